import type { Locale, Move } from '../types.ts';
import type { Analysis, ScoredPath } from './types.ts';

const BAR = 40;

/** The words of the analysis report in one language. */
interface Words {
  paths: (count: string) => string;
  outcomes: (r: string, e: string, a: string, cut: string) => string;
  pass: (score: number, count: string, pct: string, critical: string) => string;
  distribution: string;
  passMark: string;
  best: string;
  bestPassing: string;
  worst: string;
  passes: string;
  fails: string;
  outcome: Record<ScoredPath['outcome'], string>;
  noReplies: string;
  none: string;
  silence: string;
  violating: string;
  critical: string;
  unreachable: string;
  deadEnds: string;
  noPassingPath: string;
  traps: string;
  sep: string;
  colon: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    paths: (n) => `${n} paths`,
    outcomes: (r, e, a, cut) => `outcomes: resolved ${r}, escalated ${e}, abandoned ${a} (${cut} cut off at maxTurns)`,
    pass: (s, n, p, c) => `pass (score ≥ ${s}, no critical violation): ${n} (${p}); with a critical violation: ${c}`,
    distribution: 'Score distribution:',
    passMark: '← pass',
    best: 'Best',
    bestPassing: 'Best passing',
    worst: 'Worst',
    passes: 'passes',
    fails: 'fails',
    outcome: { resolved: 'resolved', escalated: 'escalated', abandoned: 'abandoned' },
    noReplies: '(no replies)',
    none: 'none',
    silence: '(silence)',
    violating: 'Paths violating each rule:',
    critical: '(critical)',
    unreachable: 'Unreachable nodes',
    deadEnds: 'Dead ends (no path through them reaches an ending)',
    noPassingPath: 'Replies on no passing path',
    traps: 'Replies after which the call cannot pass',
    sep: ', ',
    colon: ': ',
  },
  'zh-Hans': {
    paths: (n) => `${n} 条路径`,
    outcomes: (r, e, a, cut) => `结局：已解决 ${r}，升级投诉 ${e}，客户挂断 ${a}（其中 ${cut} 条用完最多轮数）`,
    pass: (s, n, p, c) => `通过（分数 ≥ ${s} 且没有违反关键规则）：${n}（${p}）；违反了关键规则：${c}`,
    distribution: '分数分布：',
    passMark: '← 及格线',
    best: '最好',
    bestPassing: '最好的通过路径',
    worst: '最差',
    passes: '通过',
    fails: '未通过',
    outcome: { resolved: '已解决', escalated: '升级投诉', abandoned: '客户挂断' },
    noReplies: '（没有回复）',
    none: '无',
    silence: '（沉默）',
    violating: '各规则被违反的路径数：',
    critical: '（关键）',
    unreachable: '到不了的节点',
    deadEnds: '死路（经过它的路径都到不了结局）',
    noPassingPath: '不在任何通过路径上的回复',
    traps: '选了之后就不可能通过的回复',
    sep: '、',
    colon: '：',
  },
  'zh-Hant': {
    paths: (n) => `${n} 條路徑`,
    outcomes: (r, e, a, cut) => `結局：已解決 ${r}，升級投訴 ${e}，客戶掛斷 ${a}（其中 ${cut} 條用完最多輪數）`,
    pass: (s, n, p, c) => `通過（分數 ≥ ${s} 且沒有違反關鍵規則）：${n}（${p}）；違反了關鍵規則：${c}`,
    distribution: '分數分布：',
    passMark: '← 及格線',
    best: '最好',
    bestPassing: '最好的通過路徑',
    worst: '最差',
    passes: '通過',
    fails: '未通過',
    outcome: { resolved: '已解決', escalated: '升級投訴', abandoned: '客戶掛斷' },
    noReplies: '（沒有回覆）',
    none: '無',
    silence: '（沉默）',
    violating: '各規則被違反的路徑數：',
    critical: '（關鍵）',
    unreachable: '到不了的節點',
    deadEnds: '死路（經過它的路徑都到不了結局）',
    noPassingPath: '不在任何通過路徑上的回覆',
    traps: '選了之後就不可能通過的回覆',
    sep: '、',
    colon: '：',
  },
};

/** Write a count with the locale's digit grouping, or in scientific form when it has more than 15 digits. */
export function formatCount(n: bigint, locale: Locale = 'en'): string {
  const s = n.toString();
  if (s.length > 15) return `${s[0]}.${s.slice(1, 4)}e${s.length - 1}`;
  return new Intl.NumberFormat(locale).format(n);
}

function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return '0%';
  const p = Number((part * 1_000_000n) / whole) / 10_000;
  return `${p < 0.01 && part > 0n ? '<0.01' : p.toFixed(2)}%`;
}

/** Paths per 10-point score band (the last band is 100 alone), as text bars scaled to the fullest band. */
function histogramLines(a: Analysis, locale: Locale): string[] {
  const bands = Array.from({ length: 11 }, () => 0n);
  for (const d of a.distribution) bands[Math.min(10, Math.floor(d.score / 10))]! += d.count;
  const max = bands.reduce((m, n) => (n > m ? n : m), 0n);
  return bands.map((n, i) => {
    const label = i === 10 ? '    100' : `${String(i * 10).padStart(3)}–${String(i * 10 + 9).padEnd(3)}`;
    const width = max === 0n ? 0 : Number((n * BigInt(BAR)) / max);
    const bar = '█'.repeat(width) || (n > 0n ? '▏' : '');
    const mark = a.passScore >= i * 10 && a.passScore < i * 10 + 10 ? ` ${WORDS[locale].passMark}` : '';
    return `  ${label} ${bar.padEnd(BAR)} ${formatCount(n, locale).padStart(11)} ${percent(n, a.paths).padStart(7)}${mark}`;
  });
}

function moveText(m: Move, w: Words): string {
  return typeof m === 'string' ? m : 'silence' in m ? w.silence : `“${m.typed}”`;
}

function pathLine(label: string, p: ScoredPath | null, w: Words): string {
  if (!p) return `${label}${w.colon}${w.none}`;
  return `${label}${w.colon}${p.score} (${p.passed ? w.passes : w.fails}, ${w.outcome[p.outcome]}) ${p.choices.map((m) => moveText(m, w)).join(' → ') || w.noReplies}`;
}

function listLine(label: string, items: string[], w: Words): string {
  return `${label}${w.colon}${items.length === 0 ? w.none : items.join(w.sep)}`;
}

/** A readable summary of an analysis with a small score histogram, in one language. */
export function formatAnalysis(a: Analysis, locale: Locale = 'en'): string {
  const w = WORDS[locale];
  const n = (x: bigint) => formatCount(x, locale);
  const o = a.outcomes;
  const lines = [
    `${a.scenarioId} v${a.version}: ${w.paths(n(a.paths))}`,
    `  ${w.outcomes(n(o.resolved), n(o.escalated), n(o.abandoned), n(a.cutOff))}`,
    `  ${w.pass(a.passScore, n(a.passCount), percent(a.passCount, a.paths), n(a.criticalPaths))}`,
    '',
    w.distribution,
    ...histogramLines(a, locale),
    '',
    pathLine(w.best, a.best, w),
    pathLine(w.bestPassing, a.bestPassing, w),
    pathLine(w.worst, a.worst, w),
    '',
    w.violating,
    ...a.rules.map((r) => `  ${r.id.padEnd(24)} ${n(r.violatingPaths).padStart(11)} ${percent(r.violatingPaths, a.paths).padStart(7)}${r.critical ? `  ${w.critical}` : ''}`),
    '',
    listLine(w.unreachable, a.unreachableNodes, w),
    listLine(w.deadEnds, a.deadEnds, w),
    listLine(w.noPassingPath, a.choicesOnNoPassingPath.map((c) => `${c.nodeId}/${c.choiceId}`), w),
    listLine(w.traps, a.choicesAfterWhichAllFail.map((c) => `${c.nodeId}/${c.choiceId}`), w),
  ];
  return `${lines.join('\n')}\n`;
}
