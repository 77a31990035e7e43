import type { Wordings } from '../messages/format.ts';
import type { ImportProblemParams } from './import-codes.ts';

/** The Twine import's problems in English. */
export const EN_IMPORT: Wordings<ImportProblemParams> = {
  'import-unknown-format': () => 'not a Twine file: expected Twee 3 (":: Passage" headers) or Twine 2 HTML (<tw-storydata>)',
  'import-parse-failed': (p) => `the Twine file could not be read (${p.detail})`,
  'import-no-passages': () => 'the story has no passages to import',
  'import-start-missing': (p, f) => `start passage ${f.q(p.start)} not found; the first passage ${f.q(p.first)} starts the call`,
  'import-macro': (p, f) => `macro left out (HardCall runs no story-format code): ${f.q(p.excerpt)}`,
  'import-variable': (p, f) => `variable left out (HardCall keeps no story variables): ${f.q(p.excerpt)}`,
  'import-script': (p, f) => `script left out (HardCall runs no story code): ${f.q(p.excerpt)}`,
  'import-markup': (p, f) => `HTML markup left out: ${f.q(p.excerpt)}`,
  'import-setter': (p, f) => `link setter left out (HardCall keeps no story variables): ${f.q(p.excerpt)}`,
  'import-story-script': () => 'the story JavaScript is left out: HardCall runs no story code',
  'import-empty-passage': (p, f) => `passage ${f.q(p.passage)} has no text of its own; its name stands as the customer's line`,
  'import-ending-outcome': (p, f) => `passage ${f.q(p.passage)} has no links, so it became an ending: pick its outcome (resolved, escalated or abandoned)`,
  'import-broken-link': (p, f) => `link ${f.q(p.text)} leads to ${f.q(p.target)}, which is no passage of this story`,
  'import-duplicate-passage': (p, f) => `a second passage named ${f.q(p.passage)} is ignored, as Twine does`,
  'import-other-stories': (p, f) => `the archive holds ${f.n(p.count)} stories; only ${f.q(p.imported)} was imported (the others: ${f.list(p.others)})`,
};

/** The Twine import's problems in Simplified Chinese. */
export const ZH_HANS_IMPORT: Wordings<ImportProblemParams> = {
  'import-unknown-format': () => '这不是 Twine 文件：应为 Twee 3（以「:: 段落名」开头）或 Twine 2 HTML（含 <tw-storydata>）',
  'import-parse-failed': (p) => `无法读取这个 Twine 文件（${p.detail}）`,
  'import-no-passages': () => '故事里没有可导入的段落',
  'import-start-missing': (p, f) => `找不到起始段落 ${f.q(p.start)}；改由第一个段落 ${f.q(p.first)} 开始通话`,
  'import-macro': (p, f) => `已略去宏（HardCall 不运行故事格式的代码）：${f.q(p.excerpt)}`,
  'import-variable': (p, f) => `已略去变量（HardCall 不保存故事变量）：${f.q(p.excerpt)}`,
  'import-script': (p, f) => `已略去脚本（HardCall 不运行故事代码）：${f.q(p.excerpt)}`,
  'import-markup': (p, f) => `已略去 HTML 标记：${f.q(p.excerpt)}`,
  'import-setter': (p, f) => `已略去链接中的赋值（HardCall 不保存故事变量）：${f.q(p.excerpt)}`,
  'import-story-script': () => '已略去故事的 JavaScript：HardCall 不运行故事代码',
  'import-empty-passage': (p, f) => `段落 ${f.q(p.passage)} 没有自己的文字，以段落名作为客户的话`,
  'import-ending-outcome': (p, f) => `段落 ${f.q(p.passage)} 没有链接，已设为结局：请选择结果（resolved、escalated 或 abandoned）`,
  'import-broken-link': (p, f) => `链接 ${f.q(p.text)} 指向 ${f.q(p.target)}，但故事里没有这个段落`,
  'import-duplicate-passage': (p, f) => `第二个名为 ${f.q(p.passage)} 的段落被忽略（与 Twine 的做法相同）`,
  'import-other-stories': (p, f) => `存档里有 ${f.n(p.count)} 个故事；只导入了 ${f.q(p.imported)}（其余：${f.list(p.others)}）`,
};

/** The Twine import's problems in Traditional Chinese. */
export const ZH_HANT_IMPORT: Wordings<ImportProblemParams> = {
  'import-unknown-format': () => '這不是 Twine 檔案：應為 Twee 3（以「:: 段落名」開頭）或 Twine 2 HTML（含 <tw-storydata>）',
  'import-parse-failed': (p) => `無法讀取這個 Twine 檔案（${p.detail}）`,
  'import-no-passages': () => '故事裡沒有可匯入的段落',
  'import-start-missing': (p, f) => `找不到起始段落 ${f.q(p.start)}；改由第一個段落 ${f.q(p.first)} 開始通話`,
  'import-macro': (p, f) => `已略去巨集（HardCall 不執行故事格式的程式碼）：${f.q(p.excerpt)}`,
  'import-variable': (p, f) => `已略去變數（HardCall 不保存故事變數）：${f.q(p.excerpt)}`,
  'import-script': (p, f) => `已略去指令碼（HardCall 不執行故事程式碼）：${f.q(p.excerpt)}`,
  'import-markup': (p, f) => `已略去 HTML 標記：${f.q(p.excerpt)}`,
  'import-setter': (p, f) => `已略去連結中的賦值（HardCall 不保存故事變數）：${f.q(p.excerpt)}`,
  'import-story-script': () => '已略去故事的 JavaScript：HardCall 不執行故事程式碼',
  'import-empty-passage': (p, f) => `段落 ${f.q(p.passage)} 沒有自己的文字，以段落名作為客戶的話`,
  'import-ending-outcome': (p, f) => `段落 ${f.q(p.passage)} 沒有連結，已設為結局：請選擇結果（resolved、escalated 或 abandoned）`,
  'import-broken-link': (p, f) => `連結 ${f.q(p.text)} 指向 ${f.q(p.target)}，但故事裡沒有這個段落`,
  'import-duplicate-passage': (p, f) => `第二個名為 ${f.q(p.passage)} 的段落被忽略（與 Twine 的做法相同）`,
  'import-other-stories': (p, f) => `封存檔裡有 ${f.n(p.count)} 個故事；只匯入了 ${f.q(p.imported)}（其餘：${f.list(p.others)}）`,
};
