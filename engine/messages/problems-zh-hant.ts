import type { ExpectedKind, GotKind, LoadProblemParams, Shown, YamlErrorCode, YamlHint } from './load-codes.ts';
import type { LintProblemParams } from './lint-codes.ts';
import type { Fmt, LocaleStyle, Wordings } from './format.ts';

/** Traditional Chinese quotes and suggestions. */
export const ZH_HANT_STYLE: LocaleStyle = { quote: ['「', '」'], mean: (q) => `（是不是想寫 ${q}？）` };

const EXPECTED: Record<ExpectedKind, string> = {
  string: '文字', number: '數字', int: '整數', boolean: '布林值（true 或 false）',
  object: '對應（「鍵: 值」的行）', array: '清單', record: '對應（「鍵: 值」的行）', other: '另一種值',
};
const GOT: Record<GotKind, string> = {
  null: '空值（null）', list: '清單', mapping: '對應', fraction: '小數',
  string: '文字', number: '數字', boolean: '布林值', other: '另一種值',
};
const HINTS: Record<YamlHint, string> = {
  'full-width-colon': '這個鍵後面是全形冒號「：」；YAML 需要半形冒號「:」加一個空格',
  'colon-in-value': '這個值裡有「: 」，YAML 會把它當成新的鍵；請把整個值放進引號',
};
const FORMATS = { 'kebab-case': '只能用小寫字母、數字和單個連字號（kebab-case）', 'node-id': '只能用字母、數字、「_」或「-」' };

// The parser's own messages are English; each of its error kinds gets a sentence of its own here.
const YAML: Record<YamlErrorCode, string> = {
  'yaml-alias-props': '別名（*名字）不能帶錨點或標籤',
  'yaml-bad-alias': '別名（*名字）寫得不對，或它指向的錨點（&名字）不存在',
  'yaml-bad-directive': '以「%」開頭的指令寫得不對',
  'yaml-bad-dq-escape': '雙引號文字裡有無效的跳脫（「\\」後面的字元不對）',
  'yaml-bad-indent': '縮排不對：這一行的縮排和上下文不一致',
  'yaml-bad-prop-order': '錨點和標籤要寫在值的前面',
  'yaml-bad-scalar-start': '值不能以這個字元開頭；請把值放進引號',
  'yaml-block-as-implicit-key': '縮排不對或少了「:」——這一行比上面的鍵允許的縮排更深',
  'yaml-block-in-flow': '方括號或大括號裡不能再寫分行的清單或對應',
  'yaml-impossible': '這裡的寫法 YAML 無法讀懂',
  'yaml-key-over-1024-chars': '鍵太長（超過 1024 個字元）',
  'yaml-missing-char': '少了一個字元（例如引號、括號或「:」沒有配對）',
  'yaml-multiline-implicit-key': '縮排不對或少了「:」——這一行比上面的鍵允許的縮排更深',
  'yaml-multiple-anchors': '一個值只能有一個錨點',
  'yaml-multiple-docs': '一個檔案只能放一個情境（不要用「---」分成多個文件）',
  'yaml-multiple-tags': '一個值只能有一個標籤',
  'yaml-non-string-key': '鍵必須是文字',
  'yaml-resource-exhaustion': '檔案展開後太大',
  'yaml-tab-as-indent': 'YAML 不允許用 Tab 縮排；請用空格',
  'yaml-tag-resolve-failed': '無法辨識這個標籤（以「!」開頭）',
  'yaml-unexpected-token': '這裡出現了意料之外的字元',
  'yaml-bad-collection-type': '這個標籤不能用在清單或對應上',
};

const got = (f: Fmt, v: Shown | undefined) => (v === undefined ? '' : `（現在是 ${f.q(v)}）`);
const where = (f: Fmt, path: string) => (path ? `${f.q(path)} 裡` : '');
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
    if (side === 'least' && p.bound <= 1) return `${name} 不能是空的`;
    return `${name} ${word} ${f.n(p.bound)} 個字元${p.length === undefined ? '' : `（現在有 ${f.n(p.length)} 個）`}`;
  }
  if (p.origin === 'array') return `${name} ${word}要有 ${f.n(p.bound)} 項`;
  return `${name} ${word}是 ${f.n(p.bound)}${got(f, p.value)}`;
}

/** Traditional Chinese wording of the loader's problems. */
export const ZH_HANT_LOAD: Wordings<LoadProblemParams> = {
  'file-too-large': (p, f) => `檔案有 ${f.n(Math.ceil(p.bytes / 1024))} KB；情境檔案最多 ${f.n(p.maxBytes / 1024)} KB`,
  'invalid-utf8': (p) => `檔案不是有效的 UTF-8（第 ${p.byte} 個位元組）；請另存為 UTF-8`,
  'empty-file': () => '檔案是空的；情境至少需要 id、version、locale、title、start 和 nodes',
  'too-deep': (p) => `巢狀超過 ${p.max} 層；情境從來不需要這麼深`,
  'more-problems': (p, f) => `還有 ${f.n(p.count)} 個問題沒有列出；請先修正上面這些`,
  'internal-error': (p) => `HardCall 無法讀取這個檔案（${p.detail}）；請回報這個問題`,
  'not-a-mapping': () => '情境檔案必須是欄位的對應（id: …、version: …），不能是清單或單一個值',
  'yaml-syntax': (p) => `無法解析：${p.detail}`,
  'yaml-aliases': (p) => `別名展開太多（超過 ${p.max} 次）；請直接寫出文字，不要用錨點`,
  'yaml-duplicate-key': (p, f) => `重複的鍵 ${f.q(p.key)}：同一個對應的第 ${f.n(p.firstLine)} 行已經設過；只保留一個`,
  'complex-key': () => '鍵必須是簡單的名字，不能是清單或對應（以「? 」開頭的行會產生複雜鍵）',
  'reserved-key': (p, f) => `情境檔案裡不能用 ${f.q(p.key)} 當名字；請改名`,
  'unknown-field': (p, f) => {
    const guard = p.known.includes('moodAtLeast') ? '；條件只能是 {moodAtLeast: N} 或 {moodBelow: N}' : '';
    const known = p.suggestion === undefined && !guard && p.known.length ? `；這裡可用的欄位：${p.known.join('、')}` : '';
    return `${where(f, p.path)}沒有欄位 ${f.q(p.key)}${f.mean(p.suggestion)}${guard}${known}`;
  },
  'unknown-rule': (p, f) => `沒有規則 ${f.q(p.key)}${f.mean(p.suggestion)}；規則有：${p.rules.join('、')}`,
  'missing-field': (p, f) => `${where(f, p.parent)}缺少必填欄位 ${f.q(p.field)}`,
  'wrong-type': (p, f) => `${f.q(p.path)} 必須是${EXPECTED[p.expected]}，不能是${GOT[p.got]}${got(f, p.value)}`,
  'too-small': (p, f) => bound(f, 'least', p),
  'too-big': (p, f) => bound(f, 'most', p),
  'invalid-value': (p, f) => `${f.q(p.path)} 只能是 ${p.values.join('、')} 其中之一${got(f, p.value)}${f.mean(p.suggestion)}`,
  'invalid-format': (p, f) => `${f.q(p.path)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}${got(f, p.value)}`,
  'invalid-key': (p, f) => `${where(f, p.path)}的名字 ${f.q(p.key)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}`,
  'invalid-union': (p, f) =>
    p.keys.length > 1
      ? `${f.q(p.path)} 同時寫了 ${p.keys.join(' 和 ')}；一個條件只能是 {moodAtLeast: N} 或 {moodBelow: N}`
      : `${f.q(p.path)} 必須是 {moodAtLeast: N} 或 {moodBelow: N}，N 在 0 到 100 之間`,
  'invalid-input': (p, f) => `${f.q(p.path)} 的值無效（${p.detail}）`,
  'no-nodes': () => '情境沒有節點；至少要有一個開始節點和一個結局',
  'unknown-start': (p, f) => `nodes 裡沒有開始節點 ${f.q(p.start)}${f.mean(p.suggestion)}`,
  'node-choices-and-end': (p, f) => `節點 ${f.q(p.node)} 同時有 choices 和 end；結局節點沒有選項`,
  'node-without-choices-or-end': (p, f) => `節點 ${f.q(p.node)} 需要 choices（客服的回覆）或 end（resolved、escalated 或 abandoned）其中之一`,
  'duplicate-choice-id': (p, f) =>
    `節點 ${f.q(p.node)} 裡選項 id ${f.q(p.choice)} 用了兩次（第一次在第 ${f.n(p.firstLine)} 行）；同一節點裡的 id 不能重複`,
  'choice-to-and-next': (p, f) => `選項 ${f.q(p.choice)} 同時有 to 和 next；一個目標用 to，帶條件的用 next`,
  'choice-without-target': (p, f) => `選項 ${f.q(p.choice)} 需要 to（下一個節點）或 next（帶條件的轉移）`,
  'unknown-target': (p, f) => `選項 ${f.q(p.choice)} 指向 ${f.q(p.target)}，但沒有這個節點${f.mean(p.suggestion)}`,
  'unknown-fallback': (p, f) => `節點 ${f.q(p.node)} 的 fallback 指向 ${f.q(p.target)}，但沒有這個節點${f.mean(p.suggestion)}`,
  'fallback-choices-only': (p, f) => `節點 ${f.q(p.node)} 設了 choicesOnly，自己輸入的回覆到不了它的 fallback；兩者去掉一個`,
  'fallback-on-ending': (p, f) => `節點 ${f.q(p.node)} 是結局，那裡不再有回覆，所以不能有 fallback`,
  'next-last-has-when': (p, f) => `選項 ${f.q(p.choice)} 的 next 最後一項不能有 when：它是所有條件都不成立時的去向`,
  'next-entry-without-when': (p, f) =>
    `選項 ${f.q(p.choice)} 的 next 第 ${f.n(p.entry)} 項沒有 when，後面的項永遠走不到；只有最後一項可以省略 when`,
  ...yamlWordings(),
};

const signed = (f: Fmt, x: number) => (x > 0 ? `+${f.n(x)}` : f.n(x));
const TEMPERAMENT = { lively: '活潑型', peaceful: '和平型', powerful: '力量型', perfect: '完美型' } as const;

/** Traditional Chinese wording of lint warnings and file problems. */
export const ZH_HANT_LINT: Wordings<LintProblemParams> = {
  'unreachable-node': (p, f) => `節點 ${f.q(p.node)} 永遠到不了：從開始節點 ${f.q(p.start)} 出發，沒有回覆通往它`,
  'ending-unreachable': (p, f) => `依怒氣變化和條件，沒有一條路徑能在 maxTurns（${f.n(p.maxTurns)}）輪內到達結局 ${f.q(p.node)}（${p.end}）`,
  'node-unreachable-in-play': (p, f) => `依怒氣變化和條件，沒有一條路徑能在 maxTurns（${f.n(p.maxTurns)}）輪內到達節點 ${f.q(p.node)}`,
  'no-ending-reachable': (p, f) => `從節點 ${f.q(p.node)} 到不了任何結局：通話只能耗盡輪數`,
  'tags-disagree': (p, f) =>
    `回覆 ${f.q(p.choice)} 標記為 ${p.feature}: ${String(p.tagged)}，但文字讀起來是 ${p.feature}: ${String(p.read)}${cues(f, p.cues)}；請檢查標記或改寫回覆`,
  'contrast-before-resolution': (p, f) =>
    `回覆 ${f.q(p.choice)} 通往已解決的結局，卻用了轉折詞${cues(f, p.cues)}，會被「不說但是」規則扣分；它真的是解決問題的那句嗎？`,
  'vague-apology-before-resolution': (p, f) =>
    `回覆 ${f.q(p.choice)} 通往已解決的結局，但道歉很籠統${cues(f, p.cues)}；請在道歉裡說出具體問題（${p.issue}）`,
  'off-path-reference': (p, f) =>
    `回覆${f.q(p.choice)}提到了${f.q(p.term)}，但只有別的回覆（例如${f.q(p.other)}）說過它，有些路徑不經過那些回覆也會到達節點${f.q(p.node)}；請改寫這句，讓它在每條路徑上都說得通，或者拆開這個節點`,
  'replies-read-same': (p, f) =>
    `節點 ${f.q(p.node)} 的回覆 ${f.q(p.first)} 和 ${f.q(p.second)} 讀起來一樣（${p.features.length > 0 ? p.features.join('、') : '沒有規則特徵'}），去向卻不同，自己輸入的類似回覆只能靠措辭區分；讓其中一句做點另一句沒做的事，或把節點設為 choicesOnly`,
  'mood-far-from-model': (p, f) =>
    `回覆 ${f.q(p.choice)} 寫的 mood 是 ${signed(f, p.authored)}，而怒氣模型依這句話的內容（${p.effects.length ? p.effects.join('、') : '沒有它會反應的內容'}）對${TEMPERAMENT[p.temperament]}客戶預測 ${signed(f, p.predicted)}；兩者相差超過 ${f.n(p.tolerance)}：請對照 003 一.1–一.3 檢查這個數字，或檢查措辭是否表達了這句回覆的本意`,
  'duplicate-scenario-id': (p, f) => `情境 id ${f.q(p.id)} 已被 ${p.firstFile} 使用；每個情境要有自己的 id`,
  'file-not-found': () => '沒有這個檔案或資料夾',
  'file-unreadable': (p) => `無法讀取檔案：${p.errno ?? p.detail}`,
  'read-failed': (p) => `無法讀取檔案：${p.detail}`,
  'symlink-broken': (p) => `這個符號連結指向 ${p.target}，但那裡沒有檔案；已略過`,
};
