// Trainer-written scenario files with path verdicts decided from rules.md and the seed documents before the
// engine ever graded them (issue 11). The agreement between those verdicts and the engine is a measured figure
// printed for the lead, not a target: this test fails only when a file does not load or a verdict is not a
// valid complete path with known rule ids. See tests/verdicts-real/README.md. The second set
// (tests/verdicts-real-2, written blind from other public pages) is graded the same way and reported on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_IDS, formatPathError, formatProblemLine, gradePath, loadScenario, type Scenario } from '../engine/index.ts';

interface Verdict {
  path: string[];
  passed: boolean;
  breaks: string[];
  why: string;
}

interface Mismatch {
  where: string;
  verdict: Verdict;
  passed: boolean;
  score: number;
  breaks: string[];
}

interface Tally {
  paths: number;
  passAgree: number;
  breaksAgree: number;
  bothAgree: number;
}

// One set of files and what grading them found; each set is reported on its own so a set graded for the first
// time is never blurred with one the engine may already have been tuned against.
interface VerdictSet {
  name: string;
  minFiles: number;
  tallies: Map<string, Tally>;
  mismatches: Mismatch[];
  // Per rule: on how many paths the verdicts list it, the engine finds it, and both do.
  perRule: Map<string, { verdict: number; engine: number; both: number }>;
}

const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;
const KNOWN_RULES = new Set<string>(RULE_IDS);

/** Start an empty tally for one verdict set under tests/. */
function createSet(name: string, minFiles: number): VerdictSet {
  const tallies = new Map<string, Tally>(LOCALES.map((l) => [l, { paths: 0, passAgree: 0, breaksAgree: 0, bothAgree: 0 }]));
  return { name, minFiles, tallies, mismatches: [], perRule: new Map() };
}

const SETS: VerdictSet[] = [createSet('verdicts-real', 3), createSet('verdicts-real-2', 4)];

/** Read a verdict file and check its shape, so a typo in a rule id fails loudly instead of counting as a disagreement. */
function readVerdicts(file: string): Verdict[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(Array.isArray(data), `${file} must be a list`).toBe(true);
  const list = data as Verdict[];
  for (const v of list) {
    expect(Array.isArray(v.path) && v.path.length > 0, `${file}: a path is a non-empty list of choice ids`).toBe(true);
    expect(typeof v.passed, `${file}: passed must be a boolean`).toBe('boolean');
    expect(typeof v.why, `${file}: why must be a sentence`).toBe('string');
    for (const r of v.breaks) expect(KNOWN_RULES.has(r), `${file}: unknown rule id ${r}`).toBe(true);
  }
  return list;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Grade one verdict's path and file the agreement under its locale. */
function compare(set: VerdictSet, locale: string, where: string, scenario: Scenario, v: Verdict): void {
  const res = gradePath(scenario, v.path);
  if (!res.ok) throw new Error(`${where} ${v.path.join(',')}: ${formatPathError(res.error, 'en')}`);
  const card = res.scorecard;
  const breaks = [...new Set(card.violations.map((x) => x.rule))];
  const passOk = card.passed === v.passed;
  const breaksOk = sameSet(breaks, [...new Set(v.breaks)]);
  countPerRule(set.perRule, v.breaks, breaks);
  const t = set.tallies.get(locale)!;
  t.paths++;
  if (passOk) t.passAgree++;
  if (breaksOk) t.breaksAgree++;
  if (passOk && breaksOk) t.bothAgree++;
  else set.mismatches.push({ where, verdict: v, passed: card.passed, score: card.score, breaks });
}

function countPerRule(perRule: VerdictSet['perRule'], verdict: readonly string[], engine: readonly string[]): void {
  for (const rule of new Set([...verdict, ...engine])) {
    const c = perRule.get(rule) ?? { verdict: 0, engine: 0, both: 0 };
    const inVerdict = verdict.includes(rule);
    const inEngine = engine.includes(rule);
    if (inVerdict) c.verdict++;
    if (inEngine) c.engine++;
    if (inVerdict && inEngine) c.both++;
    perRule.set(rule, c);
  }
}

function describeMismatch(m: Mismatch): string {
  const missing = m.verdict.breaks.filter((r) => !m.breaks.includes(r));
  const extra = m.breaks.filter((r) => !m.verdict.breaks.includes(r));
  const verdict = m.verdict.passed ? 'pass' : 'fail';
  const engine = `${m.passed ? 'pass' : 'fail'} ${m.score}`;
  return [
    `  ${m.where} [${m.verdict.path.join(', ')}]`,
    `    verdict ${verdict}, engine ${engine}${m.passed === m.verdict.passed ? '' : '  <- pass/fail differs'}`,
    `    rules the engine missed: ${missing.join(', ') || '-'}; rules only the engine found: ${extra.join(', ') || '-'}`,
    `    verdict's reason: ${m.verdict.why}`,
  ].join('\n');
}

function report(set: VerdictSet): string {
  const lines = ['', `Trainer-written files, verdicts decided before grading (tests/${set.name}):`];
  let all: Tally = { paths: 0, passAgree: 0, breaksAgree: 0, bothAgree: 0 };
  for (const [locale, t] of set.tallies) {
    lines.push(`  ${locale.padEnd(8)} ${t.paths} paths: pass/fail agree ${t.passAgree}/${t.paths}, broken-rule set agrees ${t.breaksAgree}/${t.paths}, both ${t.bothAgree}/${t.paths}`);
    all = { paths: all.paths + t.paths, passAgree: all.passAgree + t.passAgree, breaksAgree: all.breaksAgree + t.breaksAgree, bothAgree: all.bothAgree + t.bothAgree };
  }
  lines.push(`  ${'all'.padEnd(8)} ${all.paths} paths: pass/fail agree ${all.passAgree}/${all.paths}, broken-rule set agrees ${all.breaksAgree}/${all.paths}, both ${all.bothAgree}/${all.paths}`);
  lines.push('Per rule, paths where the verdicts list it / the engine finds it / both:');
  for (const [rule, c] of [...set.perRule].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${rule.padEnd(22)} ${c.verdict} / ${c.engine} / ${c.both}`);
  lines.push(set.mismatches.length ? 'Disagreements:' : 'No disagreements.');
  for (const m of set.mismatches) lines.push(describeMismatch(m));
  return lines.join('\n');
}

/** Register the tests of one set: every file of every locale loads, and each verdict is graded and tallied. */
function describeSet(set: VerdictSet): void {
  for (const locale of LOCALES) {
    const dir = join(process.cwd(), 'tests', set.name, locale);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    describe(`trainer-written files (${set.name}), ${locale}`, () => {
      it(`has at least ${set.minFiles} files`, () => expect(files.length).toBeGreaterThanOrEqual(set.minFiles));
      for (const file of files) {
        it(`${file} loads and every verdict is a complete path`, () => {
          const loaded = loadScenario(readFileSync(join(dir, file), 'utf8'), file);
          if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblemLine(p, 'en')).join('\n'));
          expect(loaded.value.locale).toBe(locale);
          const verdicts = readVerdicts(join(dir, file.replace(/\.yaml$/, '.verdicts.json')));
          expect(verdicts.length).toBeGreaterThanOrEqual(4);
          for (const v of verdicts) compare(set, locale, `${set.name}/${locale}/${file}`, loaded.value, v);
        });
      }
    });
  }
}

for (const set of SETS) describeSet(set);

afterAll(() => {
  for (const set of SETS) console.log(report(set));
});
