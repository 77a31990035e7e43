import type { Locale } from '../../engine/index.ts';

// The text of a new scenario: valid at once (so the graph, lint and analysis work from the first second),
// small, and with comments that say what to change.

const TEXTS: Record<Locale, { title: string; name: string; brief: string; summary: string; keyword: string; customer: string; reply: string; end: string }> = {
  'zh-Hans': { title: '新场景', name: '客户', brief: '客户来电，问题待补充。', summary: '待补充', keyword: '问题', customer: '你们到底怎么回事？', reply: '非常抱歉这个问题给您添麻烦了，我马上帮您处理。', end: '好吧，谢谢。' },
  'zh-Hant': { title: '新場景', name: '客戶', brief: '客戶來電，問題待補充。', summary: '待補充', keyword: '問題', customer: '你們到底怎麼回事？', reply: '非常抱歉這個問題給您添麻煩了，我馬上幫您處理。', end: '好吧，謝謝。' },
  en: { title: 'New scenario', name: 'Customer', brief: 'A customer calls; describe the problem here.', summary: 'to describe', keyword: 'problem', customer: 'What is going on with you people?', reply: "I'm sorry about this problem; I'll sort it out for you right now.", end: 'Fine, thanks.' },
};

/** The YAML of a new, valid two-node scenario in a scenario language. */
export function newScenarioText(locale: Locale, id: string): string {
  const t = TEXTS[locale];
  return `# A new scenario: change the texts, add nodes in the graph, or edit this YAML directly.
id: ${id}
version: 1
locale: ${locale}
title: ${t.title}
difficulty: 1
persona:
  name: ${t.name}
  temperament: lively # lively | peaceful | powerful | perfect
  mood: 70
brief: ${t.brief}
issue:
  summary: ${t.summary}
  keywords: [${t.keyword}]
solvableInCall: true
maxTurns: 8
passScore: 70
start: opening
nodes:
  opening:
    customer: ${t.customer}
    choices:
      - id: first-reply
        reply: ${t.reply}
        to: resolved
  resolved:
    customer: ${t.end}
    end: resolved
`;
}
