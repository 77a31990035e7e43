import type { Ending, Locale, Severity } from '../types.ts';
import type { PathError } from '../path/walk.ts';
import { typedProblemText } from '../typed/typed-texts.ts';
import type { Scorecard, ScorecardViolation } from './scorecard.ts';

interface Labels {
  path: string;
  score: (score: number, pass: number) => string;
  passed: string;
  failed: string;
  critical: (titles: string) => string;
  outcome: Record<Ending, string>;
  mood: string;
  severity: Record<Severity, string>;
  turn: (n: number) => string;
  wholeCall: string;
  q: (text: string) => string;
  problem: string;
  advice: string;
  instead: string;
  violations: (n: number) => string;
  credits: (n: number) => string;
  kept: string;
  notes: string;
  keeps: (titles: string) => string;
  noInstead: string;
  madeUp: (lost: number, earned: number) => string;
  clean: string;
  pathError: (e: PathError) => string;
}

const LABELS: Record<Locale, Labels> = {
  'zh-Hans': {
    path: '路线：',
    score: (s, p) => `得分 ${s}/100（及格线 ${p}）`,
    passed: '通过',
    failed: '未通过',
    critical: (t) => `违反了关键规则：${t}`,
    outcome: { resolved: '已解决', escalated: '升级投诉', abandoned: '客户挂断' },
    mood: '怒气：',
    severity: { critical: '关键', major: '主要', minor: '次要' },
    turn: (n) => `第 ${n} 轮`,
    wholeCall: '整通电话',
    q: (t) => `「${t}」`,
    problem: '问题：',
    advice: '建议：',
    instead: '可以改说：',
    violations: (n) => `扣分（${n} 项）：`,
    credits: (n) => `加分（${n} 项）：`,
    kept: '做得好的地方：',
    notes: '提示（不扣分）：',
    keeps: (t) => `（守住：${t}）`,
    noInstead: '这一轮给出的回复里，没有一句能守住这条规则又不让后面更糟；按上面的建议去说。',
    madeUp: (l, e) => `扣了 ${l} 分，加分补回了 ${e} 分`,
    clean: '没有扣分。',
    pathError: pathErrorZh({ turn: (n) => `第 ${n} 轮`, node: '节点', hasNo: '没有选项', avail: '可选', ended: '通话已经结束', cannot: '不能再接', tooLong: '已用完最多轮数', incomplete: '路线在通话结束前就停了', badMove: '这一步既不是选项编号，也不是 {"silence": true} 或 {"typed": "…"}', unreadable: '这里不能读取自己输入的回复' }),
  },
  'zh-Hant': {
    path: '路線：',
    score: (s, p) => `得分 ${s}/100（及格線 ${p}）`,
    passed: '通過',
    failed: '未通過',
    critical: (t) => `違反了關鍵規則：${t}`,
    outcome: { resolved: '已解決', escalated: '升級投訴', abandoned: '客戶掛斷' },
    mood: '怒氣：',
    severity: { critical: '關鍵', major: '主要', minor: '次要' },
    turn: (n) => `第 ${n} 輪`,
    wholeCall: '整通電話',
    q: (t) => `「${t}」`,
    problem: '問題：',
    advice: '建議：',
    instead: '可以改說：',
    violations: (n) => `扣分（${n} 項）：`,
    credits: (n) => `加分（${n} 項）：`,
    kept: '做得好的地方：',
    notes: '提示（不扣分）：',
    keeps: (t) => `（守住：${t}）`,
    noInstead: '這一輪提供的回覆裡，沒有一句能守住這條規則又不讓後面更糟；照上面的建議去說。',
    madeUp: (l, e) => `扣了 ${l} 分，加分補回了 ${e} 分`,
    clean: '沒有扣分。',
    pathError: pathErrorZh({ turn: (n) => `第 ${n} 輪`, node: '節點', hasNo: '沒有選項', avail: '可選', ended: '通話已經結束', cannot: '不能再接', tooLong: '已用完最多輪數', incomplete: '路線在通話結束前就停了', badMove: '這一步既不是選項編號，也不是 {"silence": true} 或 {"typed": "…"}', unreadable: '這裡無法讀取自己輸入的回覆' }),
  },
  en: {
    path: 'Path: ',
    score: (s, p) => `Score ${s}/100 (pass mark ${p})`,
    passed: 'passed',
    failed: 'failed',
    critical: (t) => `broke a critical rule: ${t}`,
    outcome: { resolved: 'resolved', escalated: 'escalated', abandoned: 'customer hung up' },
    mood: 'Anger: ',
    severity: { critical: 'critical', major: 'major', minor: 'minor' },
    turn: (n) => `Turn ${n}`,
    wholeCall: 'Whole call',
    q: (t) => `“${t}”`,
    problem: 'Why: ',
    advice: 'Advice: ',
    instead: 'Try instead: ',
    violations: (n) => `Lost points (${n}):`,
    credits: (n) => `Credits (${n}):`,
    kept: 'What worked:',
    notes: 'Notes (no points):',
    keeps: (t) => ` (keeps: ${t})`,
    noInstead: 'None of the replies offered at this point keeps this rule without making the rest of the call worse; aim for the advice above.',
    madeUp: (l, e) => `${l} points lost, ${e} earned back by credits`,
    clean: 'No points lost.',
    pathError: pathErrorEn,
  },
};

interface ZhWords {
  turn: (n: number) => string;
  node: string;
  hasNo: string;
  avail: string;
  ended: string;
  cannot: string;
  tooLong: string;
  incomplete: string;
  badMove: string;
  unreadable: string;
}

function pathErrorZh(w: ZhWords) {
  return (e: PathError): string => {
    const list = e.available.length > 0 ? `；${w.avail}：${e.available.join('、')}` : '';
    const head = w.turn(e.turn);
    if (e.code === 'unknown-choice') return `${head}：${w.node}「${e.nodeId}」${w.hasNo}「${e.choiceId}」${list}`;
    if (e.code === 'after-end') return `${head}：${w.ended}（${w.node}「${e.nodeId}」），${w.cannot}「${e.choiceId}」`;
    if (e.code === 'too-long') return `${head}：${w.tooLong}，${w.ended}`;
    if (e.code === 'bad-move') return `${head}：${w.badMove}`;
    if (e.code === 'typed-unreadable') return `${head}：${w.node}「${e.nodeId}」${w.unreadable}`;
    return `${head}：${w.incomplete}（${w.node}「${e.nodeId}」）${list}`;
  };
}

function pathErrorEn(e: PathError): string {
  const list = e.available.length > 0 ? `; available: ${e.available.join(', ')}` : '';
  const head = `turn ${e.turn}`;
  switch (e.code) {
    case 'unknown-choice':
      return `${head}: node "${e.nodeId}" has no reply "${e.choiceId}"${list}`;
    case 'after-end':
      return `${head}: the call already ended at node "${e.nodeId}"; no reply "${e.choiceId}" can follow`;
    case 'too-long':
      return `${head}: the call already ended as abandoned after maxTurns replies`;
    case 'bad-move':
      return `${head}: a move is a choice id, {"silence": true} or {"typed": "…"}`;
    case 'typed-unreadable':
      return `${head}: a typed reply cannot be read at node "${e.nodeId}"`;
    default:
      return `${head}: the path stops at node "${e.nodeId}" before the call ends${list}`;
  }
}

function formatViolation(v: ScorecardViolation, locale: Locale, l: Labels, titles: Map<string, string>): string[] {
  const lines = [`    ${v.points}  [${l.severity[v.severity]}] ${titles.get(v.rule) ?? v.rule}`];
  if (v.quote) lines.push(`      ${l.q(v.quote)}`);
  lines.push(`      ${l.problem}${v.message[locale]}`, `      ${l.advice}${v.advice[locale]}`);
  if (v.insteadNone) lines.push(`      ${l.noInstead}`);
  return lines;
}

/** The lost points grouped by turn; each reply suggested instead is printed once per turn, with the rules it keeps. */
function formatViolations(card: Scorecard, locale: Locale, l: Labels, titles: Map<string, string>): string[] {
  const lines: string[] = [l.violations(card.violations.length)];
  const turns = [...new Set(card.violations.map((v) => v.turn))];
  for (const turn of turns) {
    const here = card.violations.filter((v) => v.turn === turn);
    lines.push(`  ${turn === null ? l.wholeCall : l.turn(turn)}`);
    for (const v of here) lines.push(...formatViolation(v, locale, l, titles));
    const suggested = new Map<string, { reply: string; rules: string[] }>();
    for (const v of here) {
      if (!v.instead) continue;
      const s = suggested.get(v.instead.choiceId) ?? { reply: v.instead.reply, rules: [] };
      s.rules.push(titles.get(v.rule) ?? v.rule);
      suggested.set(v.instead.choiceId, s);
    }
    for (const [id, s] of suggested) lines.push(`    ${l.instead}${l.q(s.reply)} (${id})${l.keeps(s.rules.join(', '))}`);
  }
  return lines;
}

function formatOthers(title: string, list: Scorecard['credits'], locale: Locale, l: Labels, titles: Map<string, string>, points: boolean): string[] {
  if (list.length === 0) return [];
  const lines = [title];
  for (const c of list) {
    const quote = c.quote ? ` ${l.q(c.quote)}` : '';
    lines.push(`  ${c.turn === null ? l.wholeCall : l.turn(c.turn)}  ${points ? `+${c.points}  ` : ''}${titles.get(c.rule) ?? c.rule}: ${c.message[locale]}${quote}`);
  }
  return lines;
}

/** Render a scorecard as compact, readable text in one language (the scenario's, for the CLI). */
export function formatScorecard(card: Scorecard, locale: Locale): string {
  const l = LABELS[locale];
  const titles = new Map(card.summary.map((s) => [s.rule, s.title[locale]] as const));
  const verdict = card.passed ? l.passed : l.failed;
  const critical = card.criticalFailures.length > 0 ? ` · ${l.critical(card.criticalFailures.map((r) => titles.get(r) ?? r).join(', '))}` : '';
  // A score that credits lifted says so, so 100/100 never stands beside lost points unexplained.
  const madeUp = card.pointsLost > 0 && card.pointsEarned > 0 ? ` (${l.madeUp(card.pointsLost, card.pointsEarned)})` : '';
  const lines = [
    `${card.scenario.title} (${card.scenario.id} v${card.scenario.version}, ${card.profile})`,
    `${l.path}${card.choices.map((m) => (typeof m === 'string' ? m : 'silence' in m ? '…' : `“${m.typed}”`)).join(' → ')}`,
    `${l.score(card.score, card.passScore)}${madeUp} · ${verdict}${critical} · ${l.outcome[card.outcome]}`,
    `${l.mood}${card.moodTrace.join(' → ')}`,
  ];
  if (card.violations.length === 0) lines.push(l.clean);
  else lines.push(...formatViolations(card, locale, l, titles));
  lines.push(...formatOthers(l.credits(card.credits.length), card.credits, locale, l, titles, true));
  lines.push(...formatOthers(l.kept, card.kept, locale, l, titles, false));
  lines.push(...formatOthers(l.notes, card.notes, locale, l, titles, false));
  return lines.join('\n') + '\n';
}

/**
 * Render why a sequence of moves is not a path, naming the turn and the replies that were available; for a
 * typed reply the reader refused, why (in `scenarioLocale`'s terms, e.g. which language the call is in).
 */
export function formatPathError(error: PathError, locale: Locale, scenarioLocale: Locale = locale): string {
  const head = LABELS[locale].pathError(error);
  if (!error.problem) return head;
  return `${head}${locale === 'en' ? ': ' : '：'}${typedProblemText(error.problem, locale, { scenarioLocale })}`;
}
