import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/index.ts';
import { formatProblem } from '../../engine/index.ts';
import { analyzeScenario } from '../../engine/index.ts';
import { REASSURANCE_PROFILE } from '../../engine/index.ts';
import { checkAgainstBruteForce } from './check-against-brute-force.ts';
import { graderFor } from './brute-force.ts';

const DIR = join(import.meta.dirname, '../../scenarios');
const FILES = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json');

describe('analysis of every bundled scenario agrees with brute force + gradePath', () => {
  it('finds bundled scenarios', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });
  for (const file of FILES) {
    it(file, () => {
      const loaded = loadScenario(readFileSync(join(DIR, file), 'utf8'), file);
      if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.problems.map((p) => formatProblem(p, 'en')).join('; ')}`);
      const a = analyzeScenario(loaded.value);
      expect(a.paths).toBeGreaterThan(1n);
      checkAgainstBruteForce(loaded.value, a);
    });
  }
  it('uses the profile it is given, like gradePath', () => {
    const file = FILES.find((f) => f.startsWith('tech-fault')) ?? FILES[0]!;
    const loaded = loadScenario(readFileSync(join(DIR, file), 'utf8'), file);
    if (!loaded.ok) throw new Error('does not load');
    const reassured = analyzeScenario(loaded.value, REASSURANCE_PROFILE);
    checkAgainstBruteForce(loaded.value, reassured, graderFor(loaded.value, REASSURANCE_PROFILE));
    expect(analyzeScenario(loaded.value).rules.map((r) => r.id)).toContain('honest-commitment');
    expect(reassured.rules.map((r) => r.id)).not.toContain('honest-commitment');
  });
});
