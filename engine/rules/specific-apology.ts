import type { Locale } from '../types.ts';
import type { Rule, RuleFinding, RuleTexts } from './types.ts';
import { NOTHING_TO_QUOTE, NO_FINDINGS, cite } from './helpers.ts';

// State: nothing yet, a vague apology given (already penalised), or settled (specific apology, or the
// missing one penalised at the first solution).
const NONE = 0;
const VAGUE = 1;
const DONE = 2;

/** The first apology for the specific problem: the rule kept, with the words that did it. */
const SPECIFIC: RuleFinding = { kind: 'kept', code: 'specific', quote: ['apology'] };

/** The missing specific apology, found at the first solution: double when no apology at all came before. */
const missingAt = (state: number): RuleFinding => ({ kind: 'violation', code: 'missing-at-solution', quote: NOTHING_TO_QUOTE, factor: state === NONE ? 2 : 1 });

/**
 * 具体道歉: a vague apology is a violation; reaching the first solution (or the end of the call) without a
 * specific apology is one too — counted double when no apology at all was given, single after a vague one,
 * so a vague apology never costs more than none.
 */
export const specificApology: Rule<number> = {
  id: 'specific-apology',
  severity: 'minor',
  source: [
    cite('001', '二.4', '道歉時應具體說明問題，例如「對於配送延遲的問題，我們深感抱歉。」避免使用模糊的道歉詞，如「如果讓您不開心，我們很抱歉。」'),
    cite('002', '二(二)', '无论问题责任在谁……都应首先表示理解和歉意……道歉不等于认错'),
    cite('003', '三.5', '及时巧妙向客户道歉，表现低姿态，是安抚对方的有效技巧'),
  ],
  init: () => NONE,
  step(state, turn, scenario) {
    const f = turn.features;
    if (f.apology === 'specific') return { state: DONE, findings: state === DONE ? NO_FINDINGS : [SPECIFIC] };
    if (f.apology === 'vague') {
      const problem = scenario.issue.summary;
      if (!f.solution || state === DONE) return { state: state === DONE ? DONE : VAGUE, findings: [{ kind: 'violation', code: 'vague', params: { problem }, quote: ['apology'] }] };
      // A vague apology given with the first solution: one finding for the reply, counting both (vague, and no specific one yet).
      return { state: DONE, findings: [{ kind: 'violation', code: 'vague-at-solution', params: { problem }, quote: ['apology'], factor: 2 }] };
    }
    if (state === DONE || !f.solution) return { state, findings: NO_FINDINGS };
    return { state: DONE, findings: [missingAt(state)] };
  },
  finish(state) {
    if (state === DONE) return NO_FINDINGS;
    return [{ kind: 'violation', code: 'missing-in-call', factor: state === NONE ? 2 : 1 }];
  },
  texts: {
    'zh-Hans': {
      title: '具体道歉',
      advice: (c) => `道歉时说清为什么道歉，例如「对于${c.scenario?.issue.summary ?? '配送延迟'}给您带来的麻烦，我们深感抱歉」；避免「如果让您不开心，我们很抱歉」这种笼统、有条件的道歉。`,
      messages: {
        vague: (p) => `这句道歉没有说清为什么道歉（问题是：${p.problem}）。`,
        'vague-at-solution': (p) => `这句道歉没有说清为什么道歉（问题是：${p.problem}），给方案时还没有为具体的问题道过歉。`,
        specific: () => '为具体的问题道了歉。',
        'missing-at-solution': () => '到给出方案为止，还没有为具体的问题道过歉。',
        'missing-in-call': () => '整通电话没有为具体的问题道歉。',
      },
    },
    'zh-Hant': {
      title: '具體道歉',
      advice: (c) => `道歉時說清楚為什麼道歉，例如「對於${c.scenario?.issue.summary ?? '配送延遲'}的問題，我們深感抱歉」；避免「如果讓您不開心，我們很抱歉」這種模糊、有條件的道歉。`,
      messages: {
        vague: (p) => `這句道歉沒有說清楚為什麼道歉（問題是：${p.problem}）。`,
        'vague-at-solution': (p) => `這句道歉沒有說清楚為什麼道歉（問題是：${p.problem}），提出方案時還沒有為具體的問題道過歉。`,
        specific: () => '為具體的問題道了歉。',
        'missing-at-solution': () => '到提出方案為止，還沒有為具體的問題道過歉。',
        'missing-in-call': () => '整通電話沒有為具體的問題道歉。',
      },
    },
    en: {
      title: 'Apologise for the specific problem',
      advice: (c) => `Name what you are sorry for ("I'm sorry about ${c.scenario ? `the ${c.scenario.issue.summary}` : 'your parcel being a week late'}"); avoid generic or conditional apologies like "sorry if you're upset" or "sorry for any inconvenience".`,
      messages: {
        vague: (p) => `This apology does not say what it is for (the problem: ${p.problem}).`,
        'vague-at-solution': (p) => `This apology does not say what it is for (the problem: ${p.problem}), and it comes with the first solution, so no apology for the specific problem came before it.`,
        specific: () => 'Apologised for the specific problem.',
        'missing-at-solution': () => 'By the time a solution was offered, there had been no apology for the specific problem.',
        'missing-in-call': () => 'The whole call went by without an apology for the specific problem.',
      },
    },
  } satisfies Record<Locale, RuleTexts>,
};
