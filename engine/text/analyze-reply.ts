import type { Evidence, IssueSpec, Locale, ReplyFeatures } from '../types.ts';
import { buildContext } from './context.ts';
import { detectApology } from './features/apology.ts';
import { detectPolicy, detectWillingness } from './features/commitment.ts';
import { detectContrast } from './features/contrast.ts';
import { detectEmpathy } from './features/empathy.ts';
import { detectParaphrase, detectQuestion } from './features/listening.ts';
import { detectBlame } from './features/blame.ts';
import { detectRefusal } from './features/refusal.ts';
import { detectAlternatives } from './features/alternatives.ts';
import { detectSolution, findRemedies } from './features/solution.ts';
import { detectTimeframe } from './features/timeframe.ts';
import { detectConcession, detectGuarantee, detectPraise } from './features/stance.ts';

export { detectLocale } from './detect-locale.ts';

export interface AnalyzeOptions {
  /** The reply's language; Chinese and English cues are used as the text's scripts require either way. */
  locale?: Locale;
  /** The scenario's problem: a `specific` apology must name one of its keywords. */
  issue?: IssueSpec;
}

/** Find the rule features in one agent reply, with the words (spans of `text`) that show each one. */
export function analyzeReply(text: string, opts: AnalyzeOptions = {}): ReplyFeatures {
  const ctx = buildContext(text, opts.issue);
  // A Chinese scenario may quote an English word and vice versa; the declared locale adds its lexicon.
  if (opts.locale === 'en') ctx.en = ctx.en || /[a-z]/.test(ctx.text);
  // Paraphrases first: the customer's own "but" / "can't" inside them don't count.
  const paraphrase = detectParaphrase(ctx);
  const remedies = findRemedies(ctx);
  const parts = {
    contrast: detectContrast(ctx),
    apology: detectApology(ctx),
    empathy: detectEmpathy(ctx),
    solution: detectSolution(ctx, remedies),
    alternatives: detectAlternatives(ctx, remedies),
    refusal: detectRefusal(ctx),
    paraphrase,
    question: detectQuestion(ctx),
    blame: detectBlame(ctx),
    timeframe: detectTimeframe(ctx),
    willingness: detectWillingness(ctx),
    policy: detectPolicy(ctx),
    praise: detectPraise(ctx),
    guarantee: detectGuarantee(ctx),
    concession: detectConcession(ctx),
  };
  const evidence: Evidence[] = [];
  for (const p of Object.values(parts)) evidence.push(...p.evidence);
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    contrast: parts.contrast.value,
    apology: parts.apology.value,
    empathy: parts.empathy.value,
    solution: parts.solution.value || parts.alternatives.value >= 2,
    alternatives: parts.alternatives.value,
    refusal: parts.refusal.value,
    paraphrase: parts.paraphrase.value,
    question: parts.question.value,
    blame: parts.blame.value,
    timeframe: parts.timeframe.value,
    willingness: parts.willingness.value,
    policy: parts.policy.value,
    praise: parts.praise.value,
    guarantee: parts.guarantee.value,
    concession: parts.concession.value,
    evidence,
  };
}
