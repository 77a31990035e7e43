import type { Roster, RosterRow } from './roster.ts';

/** Write the roster as one self-contained HTML page (inline CSS and SVG, no script, nothing fetched). */
export function rosterHtml(roster: Roster, generatedAt: string): string {
  const { exam, rows } = roster;
  const passed = rows.filter((r) => r.verdict === 'passed').length;
  const failed = rows.filter((r) => r.verdict === 'failed').length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(exam.title)} — roster</title>
<style>${CSS}</style></head><body><main>
<h1>${esc(exam.title)} <small>${esc(exam.id)} v${exam.version}</small></h1>
<p>${rows.length} candidates: ${passed} passed, ${failed} failed, ${roster.invalid} invalid records. Generated ${esc(generatedAt)}.</p>
<h2>Candidates</h2>
${candidateTable(roster)}
<h2>Score distribution per scenario</h2>
<div class="charts">${roster.distributions.map((d, i) => distributionChart(exam.scenarios[i]!, d)).join('\n')}</div>
<h2>Rule failure rates across the cohort</h2>
${ruleTable(roster)}
<h2>Failed on a critical rule</h2>
${criticalTable(roster)}
</main></body></html>
`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}main{max-width:1100px;margin:auto;padding:1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}.passed{color:#0a6b2d}.failed{color:#a40e26}.invalid{color:#7a4b00;font-weight:bold}
small{color:#555;font-weight:normal}.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600}
.bar{display:inline-block;height:.8rem;background:#a40e26;vertical-align:middle}code{font-size:12px}@media print{main{max-width:none}}`;

function candidateTable(roster: Roster): string {
  const heads = ['Candidate', 'Name', 'Attempt', 'Score', 'Verdict', ...roster.exam.scenarios, 'Critical', 'Review', 'Verification code'];
  const body = roster.rows.map((r) => `<tr>${rowCells(r, roster.exam.scenarios.length)}</tr>`).join('\n');
  return `<table><thead><tr>${heads.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function rowCells(r: RosterRow, scenarios: number): string {
  const verdict = r.verdict === 'invalid' ? `invalid: ${r.problems.join(', ')}` : r.verdict;
  const review = r.review ? `${esc(r.review.by)}, ${esc(r.review.at)}: ${esc(r.review.reason)} (was ${esc(r.original ?? '')})` : '';
  const scores = Array.from({ length: scenarios }, (_, i) => `<td class="num">${r.scenarioScores[i] ?? ''}</td>`).join('');
  return `<td>${esc(r.candidateId)}</td><td>${esc(r.name)}</td><td class="num">${r.attempt} of ${r.attempts}</td><td class="num">${r.score ?? ''}</td><td class="${r.verdict}">${esc(verdict)}</td>${scores}<td>${esc(r.criticalFailures.join(', '))}</td><td>${review}</td><td><code>${esc(r.digest.slice(0, 16))}</code></td>`;
}

function distributionChart(scenario: string, counts: number[]): string {
  const max = Math.max(1, ...counts);
  const w = 24;
  const h = 120;
  const bars = counts
    .map((n, i) => {
      const bh = Math.round((n / max) * h);
      const label = i === 10 ? '100' : `${i * 10}–${i * 10 + 9}`;
      return `<rect x="${i * (w + 4) + 30}" y="${h - bh + 10}" width="${w}" height="${bh}" fill="#2b5fa8"><title>${label}: ${n}</title></rect><text x="${i * (w + 4) + 30 + w / 2}" y="${h + 24}" font-size="9" text-anchor="middle">${i * 10}</text>`;
    })
    .join('');
  const desc = counts.map((n, i) => `${i === 10 ? '100' : `${i * 10}–${i * 10 + 9}`}: ${n}`).join(', ');
  return `<figure><figcaption>${esc(scenario)}</figcaption><svg role="img" aria-label="${esc(`${scenario} score distribution: ${desc}`)}" width="${11 * (w + 4) + 40}" height="${h + 32}"><text x="0" y="18" font-size="10">${max}</text><line x1="28" y1="${h + 10}" x2="${11 * (w + 4) + 30}" y2="${h + 10}" stroke="#999"/>${bars}</svg></figure>`;
}

function ruleTable(roster: Roster): string {
  const rows = roster.ruleFailures
    .map((r) => {
      const pct = r.runs === 0 ? 0 : (100 * r.failed) / r.runs;
      return `<tr><td>${esc(r.rule)}${r.critical ? ' <small>(critical)</small>' : ''}</td><td class="num">${r.failed} / ${r.runs}</td><td class="num">${pct.toFixed(1)}%</td><td><span class="bar" style="width:${(pct * 2).toFixed(0)}px"></span></td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr><th scope="col">Rule</th><th scope="col">Runs broken</th><th scope="col">Rate</th><th scope="col"></th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function criticalTable(roster: Roster): string {
  if (roster.criticalByCandidate.length === 0) return '<p>Nobody.</p>';
  const rows = roster.criticalByCandidate.map((c) => `<tr><td>${esc(c.candidateId)}</td><td>${esc(c.name)}</td><td>${esc(c.scenario)}</td><td>${esc(c.rule)}</td></tr>`).join('\n');
  return `<table><thead><tr><th scope="col">Candidate</th><th scope="col">Name</th><th scope="col">Scenario</th><th scope="col">Critical rule</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
