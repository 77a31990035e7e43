// A reply that points back to something only some paths said (issue 17): lint flags it, and the scorecard
// never suggests it to a learner whose path did not say it.
import { describe, expect, it } from 'vitest';
import { formatProblem, gradePath, lintScenario, loadScenario, type Problem, type Scenario } from '../../engine/index.ts';

function load(yaml: string): Scenario {
  const r = loadScenario(yaml, 'refs.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const EN_YAML = `id: refs
version: 1
locale: en
title: t
difficulty: 1
persona: { name: Sam, temperament: powerful, mood: 70, pronoun: they }
brief: Internet down for three days.
issue: { summary: outage, keywords: [outage, internet] }
solvableInCall: true
maxTurns: 4
passScore: 50
start: a
nodes:
  a:
    customer: Three days without internet!
    choices:
      - { id: waive, reply: "I'm so sorry about the outage. I'll waive this month's line rental for you.", mood: -20, to: b }
      - { id: nothing, reply: "I'm so sorry about the outage. I can't change the bill.", mood: 10, to: b }
  b:
    customer: And what about the bill?
    choices:
      - { id: waived-shows, reply: "The waived line rental will show on your next bill, you'll see.", mood: -10, to: end }
      - { id: but-fee, reply: "I hear you, but the fee is the fee.", mood: 10, to: end }
      - { id: credit, reply: "I hear you; I'll put a credit for the three days on your next bill.", mood: -5, to: end }
  end: { customer: ok, end: resolved }
`;
const EN = load(EN_YAML);

describe('replies that point back to another path', () => {
  it('lint names the reply, the words and a reply that said them', () => {
    const found = lintScenario(EN).filter((f) => f.code === 'off-path-reference');
    expect(found.map((f) => f.params)).toEqual([expect.objectContaining({ choice: 'waived-shows', other: 'waive', node: 'b' })]);
  });

  it('is never suggested to a learner whose path did not say it', () => {
    const onWaivePath = gradePath(EN, ['waive', 'but-fee']);
    const onOtherPath = gradePath(EN, ['nothing', 'but-fee']);
    if (!onWaivePath.ok || !onOtherPath.ok) throw new Error('not a path');
    const insteadOf = (c: typeof onWaivePath) => (c.ok ? c.scorecard.violations.filter((v) => v.turn === 2).map((v) => v.instead?.choiceId) : []);
    expect(insteadOf(onOtherPath)).not.toContain('waived-shows');
    expect(insteadOf(onOtherPath)).toContain('credit');
  });

  it('words the warning in each UI language', () => {
    const f = lintScenario(EN).find((x) => x.code === 'off-path-reference');
    if (f?.code !== 'off-path-reference') throw new Error('no warning');
    const p: Problem = { code: f.code, params: f.params, severity: 'warning', file: 'refs.yaml', line: 1, column: 1 };
    expect(formatProblem(p, 'zh-Hans')).toContain('回复「waived-shows」提到了「The waived line rental」');
    expect(formatProblem(p, 'zh-Hant')).toContain('回覆');
    expect(formatProblem(p, 'en')).toContain('reply "waived-shows" refers back to');
  });

  it('does not flag a reply that points back to what every path said', () => {
    const same = load(EN_YAML.replace('I can\'t change the bill.', "I'll waive this month's line rental too."));
    expect(lintScenario(same).filter((f) => f.code === 'off-path-reference')).toEqual([]);
  });
});
