// The real-world corpus as a regression set: per split (tune, held back) and locale, each feature's F1
// and the apology 3-way accuracy stay at or above the figures measured when this analyzer was built,
// less a small margin. Issue 11's targets (F1 ≥ 0.88, apology ≥ 0.93 on held back and blind) are not
// met yet; `npm run eval` marks every miss. The blind part is not tested here: it is measured, not tuned on.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../engine/index.ts';
import { loadRealCorpus } from './corpus-real.ts';
import { buildReport, REAL_METRICS, scoreLines, type Metric } from './metrics.ts';

type Floors = Record<'tune' | 'heldback', Record<(typeof LOCALES)[number], Record<Metric | 'apology3', number>>>;
const FLOORS: Floors = {"tune":{"zh-Hans":{"contrast":0.91,"empathy":0.9,"solution":0.78,"refusal":0.88,"paraphrase":0.81,"question":0.74,"blame":0.88,"timeframe":0.79,"willingness":0.75,"policy":0.65,"praise":0.81,"guarantee":0.72,"concession":0.96,"alternatives>=2":0.82,"apology-any":0.95,"apology-specific":0.76,"apology3":0.94},"zh-Hant":{"contrast":0.89,"empathy":0.87,"solution":0.73,"refusal":0.85,"paraphrase":0.93,"question":0.66,"blame":0.83,"timeframe":0.74,"willingness":0.77,"policy":0.56,"praise":0.96,"guarantee":0.88,"concession":0.86,"alternatives>=2":0.78,"apology-any":0.94,"apology-specific":0.84,"apology3":0.94},"en":{"contrast":0.96,"empathy":0.88,"solution":0.81,"refusal":0.8,"paraphrase":0.81,"question":0.89,"blame":0.76,"timeframe":0.88,"willingness":0.73,"policy":0.78,"praise":0.7,"guarantee":0.67,"concession":0.96,"alternatives>=2":0.91,"apology-any":0.94,"apology-specific":0.88,"apology3":0.95}},"heldback":{"zh-Hans":{"contrast":0.9,"empathy":0.81,"solution":0.7,"refusal":0.67,"paraphrase":0.96,"question":0.81,"blame":0.36,"timeframe":0.74,"willingness":0.49,"policy":0.53,"praise":0.46,"guarantee":0.36,"concession":0.96,"alternatives>=2":0.71,"apology-any":0.92,"apology-specific":0.75,"apology3":0.94},"zh-Hant":{"contrast":0.8,"empathy":0.78,"solution":0.64,"refusal":0.65,"paraphrase":0.81,"question":0.62,"blame":0.53,"timeframe":0.77,"willingness":0.57,"policy":0.6,"praise":0.29,"guarantee":0.46,"concession":0.81,"alternatives>=2":0.84,"apology-any":0.94,"apology-specific":0.72,"apology3":0.92},"en":{"contrast":0.93,"empathy":0.68,"solution":0.68,"refusal":0.68,"paraphrase":0.46,"question":0.83,"blame":0.5,"timeframe":0.65,"willingness":0.16,"policy":0.58,"praise":0.36,"guarantee":0.24,"concession":0.62,"alternatives>=2":0.72,"apology-any":0.94,"apology-specific":0.77,"apology3":0.93}}};

describe('real-world corpus, no regression below the recorded figures', () => {
  for (const split of ['tune', 'heldback'] as const) {
    for (const loc of LOCALES) {
      const lines = loadRealCorpus(split, loc);
      it.skipIf(lines.length === 0)(`${split} · ${loc}: every feature and the apology accuracy at their floors`, () => {
        const r = buildReport(scoreLines(lines), REAL_METRICS);
        const below = REAL_METRICS.filter((m) => r.features[m]!.f1 < FLOORS[split][loc][m]).map((m) => `${m} ${r.features[m]!.f1.toFixed(2)} < ${FLOORS[split][loc][m]}`);
        if (r.apologyAccuracy < FLOORS[split][loc].apology3) below.push(`apology ${r.apologyAccuracy.toFixed(2)}`);
        expect(below).toEqual([]);
      });
    }
  }
});
