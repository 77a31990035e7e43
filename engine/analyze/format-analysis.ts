import type { Analysis, ScoredPath } from './types.ts';

const BAR = 40;

/** Write a count with thousands separators, or in scientific form when it has more than 15 digits. */
export function formatCount(n: bigint): string {
  const s = n.toString();
  if (s.length > 15) return `${s[0]}.${s.slice(1, 4)}e${s.length - 1}`;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0%';
  const p = Number((part * 1_000_000n) / whole) / 10_000;
  return `${p < 0.01 && part > 0n ? '<0.01' : p.toFixed(2)}%`;
}

/** Paths per 10-point score band (the last band is 100 alone), as text bars scaled to the fullest band. */
function histogramLines(a: Analysis): string[] {
  const bands = Array.from({ length: 11 }, () => 0n);
  for (const d of a.distribution) bands[Math.min(10, Math.floor(d.score / 10))]! += d.count;
  const max = bands.reduce((m, n) => (n > m ? n : m), 0n);
  return bands.map((n, i) => {
    const label = i === 10 ? '    100' : `${String(i * 10).padStart(3)}–${String(i * 10 + 9).padEnd(3)}`;
    const width = max === 0n ? 0 : Number((n * BigInt(BAR)) / max);
    const bar = '█'.repeat(width) || (n > 0n ? '▏' : '');
    const mark = a.passScore >= i * 10 && a.passScore < i * 10 + 10 ? ' ← pass' : '';
    return `  ${label} ${bar.padEnd(BAR)} ${formatCount(n).padStart(11)} ${percent(n, a.paths).padStart(7)}${mark}`;
  });
}

function pathLine(label: string, p: ScoredPath | null): string {
  if (!p) return `${label}: none`;
  return `${label}: ${p.score} (${p.passed ? 'passes' : 'fails'}, ${p.outcome}) ${p.choices.join(' → ') || '(no replies)'}`;
}

function listLine(label: string, items: string[]): string {
  return `${label}: ${items.length === 0 ? 'none' : items.join(', ')}`;
}

/** A readable summary of an analysis with a small score histogram. */
export function formatAnalysis(a: Analysis): string {
  const o = a.outcomes;
  const lines = [
    `${a.scenarioId} v${a.version}: ${formatCount(a.paths)} paths`,
    `  outcomes: resolved ${formatCount(o.resolved)}, escalated ${formatCount(o.escalated)}, abandoned ${formatCount(o.abandoned)} (${formatCount(a.cutOff)} cut off at maxTurns)`,
    `  pass (score ≥ ${a.passScore}, no critical violation): ${formatCount(a.passCount)} (${percent(a.passCount, a.paths)}); with a critical violation: ${formatCount(a.criticalPaths)}`,
    '',
    'Score distribution:',
    ...histogramLines(a),
    '',
    pathLine('Best', a.best),
    pathLine('Best passing', a.bestPassing),
    pathLine('Worst', a.worst),
    '',
    'Paths violating each rule:',
    ...a.rules.map((r) => `  ${r.id.padEnd(24)} ${formatCount(r.violatingPaths).padStart(11)} ${percent(r.violatingPaths, a.paths).padStart(7)}${r.critical ? '  (critical)' : ''}`),
    '',
    listLine('Unreachable nodes', a.unreachableNodes),
    listLine('Dead ends (no path through them reaches an ending)', a.deadEnds),
    listLine('Replies on no passing path', a.choicesOnNoPassingPath.map((c) => `${c.nodeId}/${c.choiceId}`)),
    listLine('Replies after which the call cannot pass', a.choicesAfterWhichAllFail.map((c) => `${c.nodeId}/${c.choiceId}`)),
  ];
  return `${lines.join('\n')}\n`;
}
