import type { IssueSpec, Locale, ReplyFeatures } from '../types.ts';

export interface AnalyzeOptions {
  locale?: Locale;
  issue?: IssueSpec;
}

/** Find the rule features in one agent reply. (Provisional: being replaced by the lexicon analyzer.) */
export function analyzeReply(text: string, _opts: AnalyzeOptions = {}): ReplyFeatures {
  const contrast = /但是|不过|不過|可是|\bbut\b|\bhowever\b/i.test(text);
  return {
    contrast,
    apology: /抱歉|对不起|對不起|sorry/i.test(text) ? 'vague' : 'none',
    empathy: /理解|着急|著急|understand/i.test(text),
    solution: /为您|為您|帮您|幫您|I will|I'll/i.test(text),
    alternatives: 0,
    refusal: /不能|无法|無法|can't|cannot/i.test(text),
    paraphrase: false,
    question: /[?？]/.test(text),
    blame: false,
    timeframe: /小时内|小時內|within/i.test(text),
    willingness: false,
    policy: /规定|規定|policy/i.test(text),
    evidence: [],
  };
}
