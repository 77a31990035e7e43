import type { ExpectedKind, GotKind, LoadProblemParams, Shown, YamlErrorCode, YamlHint } from './load-codes.ts';
import type { LintProblemParams } from './lint-codes.ts';
import type { Fmt, LocaleStyle, Wordings } from './format.ts';

/** Simplified Chinese quotes and suggestions (corner brackets, as the scorecards use). */
export const ZH_HANS_STYLE: LocaleStyle = { quote: ['「', '」'], mean: (q) => `（是不是想写 ${q}？）` };

const EXPECTED: Record<ExpectedKind, string> = {
  string: '文字', number: '数字', int: '整数', boolean: '布尔值（true 或 false）',
  object: '映射（“键: 值”的行）', array: '列表', record: '映射（“键: 值”的行）', other: '另一种值',
};
const GOT: Record<GotKind, string> = {
  null: '空值（null）', list: '列表', mapping: '映射', fraction: '小数',
  string: '文字', number: '数字', boolean: '布尔值', other: '另一种值',
};
const HINTS: Record<YamlHint, string> = {
  'full-width-colon': '这个键后面是全角冒号「：」；YAML 需要半角冒号「:」加一个空格',
  'colon-in-value': '这个值里有「: 」，YAML 会把它当成新的键；请把整个值放进引号',
};
const FORMATS = { 'kebab-case': '只能用小写字母、数字和单个连字符（kebab-case）', 'node-id': '只能用字母、数字、「_」或「-」' };

// The parser's own messages are English; each of its error kinds gets a sentence of its own here.
const YAML: Record<YamlErrorCode, string> = {
  'yaml-alias-props': '别名（*名字）不能带锚点或标签',
  'yaml-bad-alias': '别名（*名字）写得不对，或它指向的锚点（&名字）不存在',
  'yaml-bad-directive': '以「%」开头的指令写得不对',
  'yaml-bad-dq-escape': '双引号文字里有无效的转义（「\\」后面的字符不对）',
  'yaml-bad-indent': '缩进不对：这一行的缩进和上下文不一致',
  'yaml-bad-prop-order': '锚点和标签要写在值的前面',
  'yaml-bad-scalar-start': '值不能以这个字符开头；请把值放进引号',
  'yaml-block-as-implicit-key': '缩进不对或少了「:」——这一行比上面的键允许的缩进更深',
  'yaml-block-in-flow': '方括号或花括号里不能再写分行的列表或映射',
  'yaml-impossible': '这里的写法 YAML 无法读懂',
  'yaml-key-over-1024-chars': '键太长（超过 1024 个字符）',
  'yaml-missing-char': '少了一个字符（例如引号、括号或「:」没有配对）',
  'yaml-multiline-implicit-key': '缩进不对或少了「:」——这一行比上面的键允许的缩进更深',
  'yaml-multiple-anchors': '一个值只能有一个锚点',
  'yaml-multiple-docs': '一个文件只能放一个场景（不要用「---」分成多个文档）',
  'yaml-multiple-tags': '一个值只能有一个标签',
  'yaml-non-string-key': '键必须是文字',
  'yaml-resource-exhaustion': '文件展开后太大',
  'yaml-tab-as-indent': 'YAML 不允许用 Tab 缩进；请用空格',
  'yaml-tag-resolve-failed': '无法识别这个标签（以「!」开头）',
  'yaml-unexpected-token': '这里出现了意料之外的字符',
  'yaml-bad-collection-type': '这个标签不能用在列表或映射上',
};

const got = (f: Fmt, v: Shown | undefined) => (v === undefined ? '' : `（现在是 ${f.q(v)}）`);
const where = (f: Fmt, path: string) => (path ? `${f.q(path)} 里` : '');
const cues = (f: Fmt, list: readonly string[]) => (list.length ? `（找到 ${list.map(f.q).join('、')}）` : '');
const yaml = (code: YamlErrorCode) => (p: { hint?: YamlHint }) => (p.hint ? HINTS[p.hint] : YAML[code]);

// Built from the table above, so each parser error kind is worded once; the type is what the loop makes.
function yamlWordings(): Wordings<Pick<LoadProblemParams, YamlErrorCode>> {
  return Object.fromEntries(Object.keys(YAML).map((code) => [code, yaml(code as YamlErrorCode)])) as unknown as Wordings<Pick<LoadProblemParams, YamlErrorCode>>;
}

function bound(f: Fmt, side: 'least' | 'most', p: LoadProblemParams['too-big']): string {
  const name = f.q(p.path);
  const word = side === 'least' ? '至少' : '最多';
  if (p.origin === 'string') {
    if (side === 'least' && p.bound <= 1) return `${name} 不能为空`;
    return `${name} ${word} ${f.n(p.bound)} 个字符${p.length === undefined ? '' : `（现在有 ${f.n(p.length)} 个）`}`;
  }
  if (p.origin === 'array') return `${name} ${word}要有 ${f.n(p.bound)} 项`;
  return `${name} ${word}是 ${f.n(p.bound)}${got(f, p.value)}`;
}

/** Simplified Chinese wording of the loader's problems. */
export const ZH_HANS_LOAD: Wordings<LoadProblemParams> = {
  'file-too-large': (p, f) => `文件有 ${f.n(Math.ceil(p.bytes / 1024))} KB；场景文件最多 ${f.n(p.maxBytes / 1024)} KB`,
  'invalid-utf8': (p) => `文件不是有效的 UTF-8（第 ${p.byte} 个字节）；请另存为 UTF-8`,
  'empty-file': () => '文件是空的；场景至少需要 id、version、locale、title、start 和 nodes',
  'too-deep': (p) => `嵌套超过 ${p.max} 层；场景从来不需要这么深`,
  'more-problems': (p, f) => `还有 ${f.n(p.count)} 个问题没有列出；请先修正上面这些`,
  'internal-error': (p) => `HardCall 无法读取这个文件（${p.detail}）；请报告这个问题`,
  'not-a-mapping': () => '场景文件必须是字段的映射（id: …、version: …），不能是列表或单个值',
  'yaml-syntax': (p) => `无法解析：${p.detail}`,
  'yaml-aliases': (p) => `别名展开太多（超过 ${p.max} 次）；请直接写出文字，不要用锚点`,
  'yaml-duplicate-key': (p, f) => `重复的键 ${f.q(p.key)}：同一个映射的第 ${f.n(p.firstLine)} 行已经设过；只保留一个`,
  'complex-key': () => '键必须是简单的名字，不能是列表或映射（以「? 」开头的行会产生复杂键）',
  'reserved-key': (p, f) => `场景文件里不能用 ${f.q(p.key)} 作名字；请改名`,
  'unknown-field': (p, f) => {
    const guard = p.known.includes('moodAtLeast') ? '；条件只能是 {moodAtLeast: N} 或 {moodBelow: N}' : '';
    const known = p.suggestion === undefined && !guard && p.known.length ? `；这里可用的字段：${p.known.join('、')}` : '';
    return `${where(f, p.path)}没有字段 ${f.q(p.key)}${f.mean(p.suggestion)}${guard}${known}`;
  },
  'unknown-rule': (p, f) => `没有规则 ${f.q(p.key)}${f.mean(p.suggestion)}；规则有：${p.rules.join('、')}`,
  'missing-field': (p, f) => `${where(f, p.parent)}缺少必填字段 ${f.q(p.field)}`,
  'wrong-type': (p, f) => `${f.q(p.path)} 必须是${EXPECTED[p.expected]}，不能是${GOT[p.got]}${got(f, p.value)}`,
  'too-small': (p, f) => bound(f, 'least', p),
  'too-big': (p, f) => bound(f, 'most', p),
  'invalid-value': (p, f) => `${f.q(p.path)} 只能是 ${p.values.join('、')} 之一${got(f, p.value)}${f.mean(p.suggestion)}`,
  'invalid-format': (p, f) => `${f.q(p.path)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}${got(f, p.value)}`,
  'invalid-key': (p, f) => `${where(f, p.path)}的名字 ${f.q(p.key)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}`,
  'invalid-union': (p, f) =>
    p.keys.length > 1
      ? `${f.q(p.path)} 同时写了 ${p.keys.join(' 和 ')}；一个条件只能是 {moodAtLeast: N} 或 {moodBelow: N}`
      : `${f.q(p.path)} 必须是 {moodAtLeast: N} 或 {moodBelow: N}，N 在 0 到 100 之间`,
  'invalid-input': (p, f) => `${f.q(p.path)} 的值无效（${p.detail}）`,
  'no-nodes': () => '场景没有节点；至少要有一个开始节点和一个结局',
  'unknown-start': (p, f) => `nodes 里没有开始节点 ${f.q(p.start)}${f.mean(p.suggestion)}`,
  'node-choices-and-end': (p, f) => `节点 ${f.q(p.node)} 同时有 choices 和 end；结局节点没有选项`,
  'node-without-choices-or-end': (p, f) => `节点 ${f.q(p.node)} 需要 choices（客服的回复）或 end（resolved、escalated 或 abandoned）之一`,
  'duplicate-choice-id': (p, f) =>
    `节点 ${f.q(p.node)} 里选项 id ${f.q(p.choice)} 用了两次（第一次在第 ${f.n(p.firstLine)} 行）；同一节点里的 id 不能重复`,
  'choice-to-and-next': (p, f) => `选项 ${f.q(p.choice)} 同时有 to 和 next；一个目标用 to，带条件的用 next`,
  'choice-without-target': (p, f) => `选项 ${f.q(p.choice)} 需要 to（下一个节点）或 next（带条件的转移）`,
  'unknown-target': (p, f) => `选项 ${f.q(p.choice)} 指向 ${f.q(p.target)}，但没有这个节点${f.mean(p.suggestion)}`,
  'unknown-fallback': (p, f) => `节点 ${f.q(p.node)} 的 fallback 指向 ${f.q(p.target)}，但没有这个节点${f.mean(p.suggestion)}`,
  'fallback-choices-only': (p, f) => `节点 ${f.q(p.node)} 设了 choicesOnly，自己输入的回复到不了它的 fallback；两者去掉一个`,
  'fallback-on-ending': (p, f) => `节点 ${f.q(p.node)} 是结局，那里不再有回复，所以不能有 fallback`,
  'next-last-has-when': (p, f) => `选项 ${f.q(p.choice)} 的 next 最后一项不能有 when：它是所有条件都不成立时的去向`,
  'next-entry-without-when': (p, f) =>
    `选项 ${f.q(p.choice)} 的 next 第 ${f.n(p.entry)} 项没有 when，后面的项永远走不到；只有最后一项可以省略 when`,
  ...yamlWordings(),
};

const signed = (f: Fmt, x: number) => (x > 0 ? `+${f.n(x)}` : f.n(x));
const TEMPERAMENT = { lively: '活泼型', peaceful: '和平型', powerful: '力量型', perfect: '完美型' } as const;

/** Simplified Chinese wording of lint warnings and file problems. */
export const ZH_HANS_LINT: Wordings<LintProblemParams> = {
  'unreachable-node': (p, f) => `节点 ${f.q(p.node)} 永远到不了：从开始节点 ${f.q(p.start)} 出发，没有回复通向它`,
  'ending-unreachable': (p, f) => `按怒气变化和条件，没有一条路径能在 maxTurns（${f.n(p.maxTurns)}）轮内到达结局 ${f.q(p.node)}（${p.end}）`,
  'node-unreachable-in-play': (p, f) => `按怒气变化和条件，没有一条路径能在 maxTurns（${f.n(p.maxTurns)}）轮内到达节点 ${f.q(p.node)}`,
  'no-ending-reachable': (p, f) => `从节点 ${f.q(p.node)} 到不了任何结局：通话只能耗尽轮数`,
  'tags-disagree': (p, f) =>
    `回复 ${f.q(p.choice)} 标记为 ${p.feature}: ${String(p.tagged)}，但文字读出来是 ${p.feature}: ${String(p.read)}${cues(f, p.cues)}；请检查标记或改写回复`,
  'contrast-before-resolution': (p, f) =>
    `回复 ${f.q(p.choice)} 通向已解决的结局，却用了转折词${cues(f, p.cues)}，会被「不说但是」规则扣分；它真的是解决问题的那句吗？`,
  'vague-apology-before-resolution': (p, f) =>
    `回复 ${f.q(p.choice)} 通向已解决的结局，但道歉很笼统${cues(f, p.cues)}；请在道歉里说出具体问题（${p.issue}）`,
  'off-path-reference': (p, f) =>
    `回复${f.q(p.choice)}提到了${f.q(p.term)}，但只有别的回复（例如${f.q(p.other)}）说过它，有些路径不经过那些回复也会到达节点${f.q(p.node)}；请改写这句，让它在每条路径上都讲得通，或者拆开这个节点`,
  'replies-read-same': (p, f) =>
    `节点 ${f.q(p.node)} 的回复 ${f.q(p.first)} 和 ${f.q(p.second)} 读出来一样（${p.features.length > 0 ? p.features.join('、') : '没有规则特征'}），去向却不同，自己输入的类似回复只能靠措辞区分；让其中一句做点另一句没做的事，或把节点设为 choicesOnly`,
  'mood-far-from-model': (p, f) =>
    `回复 ${f.q(p.choice)} 写的 mood 是 ${signed(f, p.authored)}，而怒气模型按这句话的内容（${p.effects.length ? p.effects.join('、') : '没有它会反应的内容'}）对${TEMPERAMENT[p.temperament]}客户预测 ${signed(f, p.predicted)}；两者相差超过 ${f.n(p.tolerance)}：请对照 003 一.1–一.3 检查这个数字，或检查措辞是否表达了这句回复的本意`,
  'duplicate-scenario-id': (p, f) => `场景 id ${f.q(p.id)} 已被 ${p.firstFile} 使用；每个场景要有自己的 id`,
  'file-not-found': () => '没有这个文件或文件夹',
  'file-unreadable': (p) => `无法读取文件：${p.errno ?? p.detail}`,
  'read-failed': (p) => `无法读取文件：${p.detail}`,
  'symlink-broken': (p) => `这个符号链接指向 ${p.target}，但那里没有文件；已跳过`,
};
