// `npm run eval`: per-feature precision / recall / F1 per locale on the tuning and held-back parts.
// Individual errors are listed for the tuning part only (--errors): the held-back part is for measuring.
import process from 'node:process';
import { LOCALES } from '../../engine/types.ts';
import { loadCorpus } from './corpus.ts';
import { BOOL_FEATURES, buildReport, diffLine, scoreLines, type Report, type Scored } from './metrics.ts';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

function printReport(title: string, r: Report): void {
  console.log(`\n${title}  (n=${r.n})   apology 3-way accuracy ${pct(r.apologyAccuracy)}%`);
  console.log('  feature            P      R      F1    tp  fp  fn');
  for (const f of [...BOOL_FEATURES, 'alternatives>=2', 'apology-any'] as const) {
    const s = r.features[f];
    console.log(`  ${f.padEnd(16)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
  }
}

function printPart(name: string, scored: readonly Scored[]): void {
  console.log(`\n=================== ${name} ===================`);
  for (const loc of LOCALES) printReport(`${name} · ${loc}`, buildReport(scored.filter((s) => s.line.lang === loc)));
  printReport(`${name} · all locales`, buildReport(scored));
}

const scored = scoreLines(loadCorpus());
const tuning = scored.filter((s) => !s.line.heldBack);
const heldBack = scored.filter((s) => s.line.heldBack);
printPart('tuning', tuning);
printPart('held-back', heldBack);
// Written after the analyzer, in phrasing it was not built around: the closest to "replies collected elsewhere".
printPart('blind-1 (written after the analyzer; tuned on after its first run)', scoreLines(loadCorpus('blind')));
printPart('blind-2 (written after the first broadening; tuned on after its first run)', scoreLines(loadCorpus('blind-2')));
printPart('blind-3 (written after the second broadening; tuned on after its first run)', scoreLines(loadCorpus('blind-3')));
printPart('blind-4 (written before the construction-level broadening; not tuned on)', scoreLines(loadCorpus('blind-4')));
if (process.argv.includes('--errors')) {
  console.log('\n--- tuning-part errors ---');
  for (const s of tuning) {
    const d = diffLine(s);
    if (d.length) console.log(`${s.line.id}  ${s.line.text}\n    ${d.join('; ')}`);
  }
}
