import { formatProblemLine, loadScenario, type Scenario } from '../../engine/index.ts';

/** Load a scenario from YAML text, failing the test on problems. */
export function loadOrThrow(text: string, file = 'typed-small.yaml'): Scenario {
  const r = loadScenario(text, file);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblemLine(p, 'en')).join('\n'));
  return r.value;
}

/**
 * An English call for the typed-reply tests: the authored replies' readings are pinned with `tags` so the
 * tests depend on the analyzer only for the typed words; `opening` has a fallback, `verify` is choices-only.
 */
export const TYPED_YAML = `
id: typed-small
version: 1
locale: en
title: Typed reply test call
difficulty: 1
persona: { name: Pat, temperament: powerful, mood: 70 }
brief: The parcel is a week late.
issue: { summary: late parcel, keywords: [late, parcel] }
solvableInCall: true
maxTurns: 6
passScore: 60
start: opening
nodes:
  opening:
    customer: Where is my parcel? It's a week late!
    fallback: confused
    choices:
      - id: sorry
        reply: I'm so sorry your parcel is a week late; I'd be upset too.
        tags: { apology: specific, empathy: true, contrast: false, blame: false, refusal: false, question: false, solution: false }
        mood: -30
        to: verify
      - id: blame
        reply: You should have checked the tracking page before calling.
        tags: { blame: true, apology: none, empathy: false, question: false, solution: false, refusal: false, contrast: false }
        mood: 25
        next:
          - when: { moodAtLeast: 90 }
            to: manager
          - to: verify
      - id: ask
        reply: Could you give me your order number?
        tags: { question: true, apology: none, empathy: false, blame: false, solution: false, refusal: false, contrast: false }
        mood: 0
        to: verify
  confused:
    customer: What? Are you even listening to me?
    choices:
      - id: sorry-again
        reply: I'm sorry, I hear you; your parcel is late and I will sort it out.
        to: verify
  verify:
    customer: It's order 4471. Now what?
    choicesOnly: true
    choices:
      - id: reship
        reply: I will send a new one today by express, or refund you in full right now; which do you prefer?
        to: happy
      - id: wait
        reply: Please wait another week.
        to: manager
  manager:
    customer: Get me your manager!
    end: escalated
  happy:
    customer: Thanks.
    end: resolved
`;

/** The same call in Chinese, for language checks. */
export const TYPED_ZH_YAML = TYPED_YAML.replace('locale: en', 'locale: zh-Hans').replace('id: typed-small', 'id: typed-small-zh');

/** The typed-reply test call, loaded. */
export const typedSmall = () => loadOrThrow(TYPED_YAML);
