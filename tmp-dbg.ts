import { readFileSync } from 'node:fs';
import { loadScenario, runPath, resolveRules, resolveProfile } from './engine/index.ts';
import { createContinuationOracle } from './engine/grade/best-continuation.ts';
import { groundTerms, offPathReference } from './engine/grade/references.ts';
import { positionAfter, takeMove } from './engine/path/walk.ts';
const [file, ...path] = process.argv.slice(2);
const r = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'), 'x'); if (!r.ok) throw 1;
const s = r.value; const rules = resolveRules(s, resolveProfile(undefined)); const run = runPath(s, path, { rules });
const o = createContinuationOracle(s, rules); const ground = groundTerms(s);
const step = run.steps[path.length - 1]!;
const at = { node: step.node, mood: step.moodBefore, turns: step.turn - 1, outcome: null as null };
for (const c of step.node.choices) {
  const st = takeMove(s, at, c.id); if (!('kind' in st)) continue;
  const { stepStates, pointsOf } = await import('./engine/index.ts');
  const x = stepStates(rules, step.statesBefore, { index: st.turn, node: st.node, choice: c, text: c.reply, features: c.features, moodBefore: st.moodBefore, moodAfter: st.moodAfter }, s);
  const pts = x.findings.reduce((a, f) => a + pointsOf(rules[f.ruleIndex]!, f.finding), 0);
  console.log(c.id, 'step', pts, 'best', o(positionAfter(s, st), x.states), 'viol', x.findings.filter(f=>f.finding.kind==='violation').map(f=>rules[f.ruleIndex]!.rule.id).join(','), 'off', offPathReference(s, c, run.steps.slice(0, step.turn - 1).map((q) => q.text), ground));
}
