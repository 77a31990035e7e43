import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeReply, insteadForTurn, runPath, featureDistance, FALLBACK_CHOICE_ID, formatPathError, gradePath, isNear, MAX_TYPED_CHARS, moodDeltaFor, readTyped, readTypedReply,
  typedProblemText, wordingSimilarity, wordingUnits, LOCALES, TYPED_PROBLEMS, type Scenario, type ScenarioNode,
} from '../../engine/index.ts';
import { TYPED_YAML, TYPED_ZH_YAML, typedSmall, loadOrThrow as load } from '../support/typed-small.ts';

const s = typedSmall();
const opening = s.nodes.opening!;

function takenAs(text: string, node: ScenarioNode = opening, scenario: Scenario = s): string {
  const r = readTypedReply(text, node, scenario);
  if (!r.ok) throw new Error(r.problem);
  return r.reading.choice.id;
}

// The reader's order, recomputed by brute force: fewer feature differences, then more wording, then file order.
function bruteForceBest(text: string, node: ScenarioNode, scenario: Scenario) {
  const f = analyzeReply(text, { locale: scenario.locale, issue: scenario.issue });
  const units = wordingUnits(text);
  let best: { id: string; d: number; w: number } | null = null;
  for (const c of node.choices) {
    const d = featureDistance(f, c.features);
    const w = wordingSimilarity(units, wordingUnits(c.reply));
    if (!best || d < best.d || (d === best.d && w > best.w)) best = { id: c.id, d, w };
  }
  return best!;
}

describe('readTypedReply', () => {
  it('takes a typed reply as the authored reply that reads like it', () => {
    expect(takenAs("I'm really sorry your parcel is so late, I understand how frustrating that is.")).toBe('sorry');
    expect(takenAs('Maybe you typed the address wrong; you should have checked before calling.')).toBe('blame');
    expect(takenAs("What's your order number?")).toBe('ask');
  });

  it('moves the mood by the mood model on the typed words, not by the authored reply', () => {
    const text = "I'm really sorry your parcel is so late, I understand how frustrating that is.";
    const r = readTypedReply(text, opening, s);
    if (!r.ok) throw new Error(r.problem);
    const f = analyzeReply(text, { locale: 'en', issue: s.issue });
    expect(r.reading.features).toEqual(f);
    expect(r.reading.moodDelta).toBe(moodDeltaFor(f, 'powerful'));
    expect(r.reading.moodDelta).not.toBe(opening.choices[0]!.moodDelta);
  });

  it('sends a reply that reads like none of the replies to the fallback node', () => {
    const r = readTypedReply('The weather is lovely today.', opening, s);
    expect(r.ok && r.fallback).toBe(true);
    if (!r.ok) return;
    expect(r.reading.choice.id).toBe(FALLBACK_CHOICE_ID);
    expect(r.reading.choice.next).toEqual([{ to: 'confused' }]);
    expect(r.ranking.every((m) => !isNear(m))).toBe(true);
  });

  it('takes the closest reply whatever it is when the node has no fallback', () => {
    const noFallback = load(TYPED_YAML.replace('    fallback: confused\n', ''));
    const r = readTypedReply('The weather is lovely today.', noFallback.nodes.opening!, noFallback);
    expect(r.ok && r.fallback).toBe(false);
    expect(r.ok && r.reading.choice.id).toBe(r.ok && r.ranking[0]!.choice.id);
  });

  it('breaks ties on features and wording by file order, deterministically', () => {
    const twin = load(
      TYPED_YAML.replace(
        '      - id: ask\n',
        '      - id: ask-first\n        reply: Could you give me your order number?\n        tags: { question: true, apology: none, empathy: false, blame: false, solution: false, refusal: false, contrast: false }\n        to: verify\n      - id: ask\n',
      ),
    );
    expect(takenAs('Could you give me your order number?', twin.nodes.opening!, twin)).toBe('ask-first');
    const swapped = { ...twin.nodes.opening!, choices: [...twin.nodes.opening!.choices].reverse() };
    expect(takenAs('Could you give me your order number?', swapped, twin)).toBe('ask');
  });

  it('ranks features first, then wording: the same words with a different reading go elsewhere', () => {
    // Borrow the apology's words but blame the customer: the blame reply reads closer.
    expect(takenAs("I'm so sorry your parcel is a week late, but you should have checked the tracking page.")).not.toBe('sorry');
  });

  it('agrees with a brute-force ranking on random mixes of reply fragments', () => {
    const pieces = [
      "I'm so sorry", 'your parcel is late', 'you should have checked', 'could you give me your order number?', 'but', 'I understand',
      'I will send a new one today', 'we cannot do that', 'the weather is nice', 'or a refund', 'within 2 days',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = `${parts.join(', ')}.`;
        const r = readTypedReply(text, opening, s);
        if (!r.ok) return;
        const best = bruteForceBest(text, opening, s);
        expect(r.ranking[0]!.choice.id).toBe(best.id);
        expect(readTypedReply(text, opening, s)).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bad typed input', () => {
  const zh = load(TYPED_ZH_YAML);
  const problem = (text: string, scenario = s, node = scenario.nodes.opening!) => {
    const r = readTypedReply(text, node, scenario);
    return r.ok ? null : r.problem;
  };

  it('refuses empty and whitespace-only replies', () => {
    expect(problem('')).toBe('empty');
    expect(problem('   \n\t  ')).toBe('empty');
    expect(problem('\u3000\u3000')).toBe('empty');
  });

  it(`refuses replies longer than ${MAX_TYPED_CHARS} characters, fast even when huge`, () => {
    expect(problem(`${'I am sorry your parcel is late. '.repeat(70)}`)).toBe('too-long');
    expect(problem('x'.repeat(MAX_TYPED_CHARS))).not.toBe('too-long');
    const t0 = performance.now();
    expect(problem('a'.repeat(5_000_000))).toBe('too-long');
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('refuses pasted HTML and script without running anything', () => {
    expect(problem('<script>alert(1)</script>')).toBe('markup');
    expect(problem("I'm sorry <b>your parcel</b> is late")).toBe('markup');
    expect(problem('<img src=x onerror=alert(1)>')).toBe('markup');
    expect(problem('<!-- note -->sorry')).toBe('markup');
    expect(problem('click javascript:alert(1)')).toBe('markup');
    expect(problem('I am 100% sure it is < 2 days and > 1 day')).toBeNull();
  });

  it('refuses replies with no words', () => {
    expect(problem('!!! ???')).toBe('no-words');
    expect(problem('12345')).toBe('no-words');
  });

  it('refuses another language than the scenario’s', () => {
    expect(problem('非常抱歉，您的包裹晚了一周。')).toBe('wrong-language');
    expect(problem('Lo siento mucho, su paquete llegará mañana.')).toBe('wrong-language');
    expect(problem('Извините, ваша посылка опоздала.')).toBe('wrong-language');
    expect(problem("I'm so sorry your parcel is late.", zh)).toBe('wrong-language');
    expect(problem('非常抱歉，您的包裹晚了一周。', zh)).toBeNull();
    expect(problem('非常抱歉，您的包裹晚了一週，我幫您查一下。', zh)).toBeNull();
    expect(problem('我帮您check一下订单。', zh)).toBeNull();
    expect(problem('OK, sure.')).toBeNull();
  });

  it('refuses typed replies at a choices-only node', () => {
    expect(problem("I'll send a new one today.", s, s.nodes.verify!)).toBe('choices-only');
  });

  it('words every problem in every UI language, naming the call’s language', () => {
    for (const p of TYPED_PROBLEMS) {
      for (const l of LOCALES) {
        const text = typedProblemText(p, l, { scenarioLocale: 'zh-Hant' });
        expect(text.length).toBeGreaterThan(5);
        if (p === 'wrong-language') expect(text).toMatch(/Chinese|中文/);
      }
    }
    expect(typedProblemText('too-long', 'en', { scenarioLocale: 'en' })).toContain('1,000');
  });
});

describe('grading typed replies (the one walk, the default reader)', () => {
  it('grades a path mixing choice ids and typed replies, the scorecard quoting the typed words', () => {
    const typed = "I'm really sorry your parcel is so late, I understand how frustrating that is.";
    const g = gradePath(s, [{ typed }, 'reship']);
    if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
    expect(g.scorecard.choices).toEqual([{ typed }, 'reship']);
    expect(g.scorecard.outcome).toBe('resolved');
    const f = analyzeReply(typed, { locale: 'en', issue: s.issue });
    expect(g.scorecard.moodTrace).toEqual([70, 70 + moodDeltaFor(f, 'powerful'), expect.any(Number)]);
  });

  it('breaks rules by what the typed words say, whatever reply they were taken as', () => {
    // Blame angers a powerful customer by 25: from 70 that is past the blame reply's guard, so a manager.
    const g = gradePath(s, [{ typed: 'You should have checked the tracking page, it is your own fault.' }]);
    if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
    expect(g.scorecard.outcome).toBe('escalated');
    const blame = g.scorecard.violations.find((v) => v.rule === 'no-blame');
    expect(blame?.turn).toBe(1);
    expect(blame?.quote).not.toBe('');
    expect(g.scorecard.passed).toBe(false);
    // What to say instead at a typed turn may be any authored reply of the node.
    expect(blame?.instead?.choiceId).toBe('sorry');
  });

  it('gives practice feedback the same "say this instead" as the scorecard, turn by turn', () => {
    const moves = [{ typed: "I'm sorry your parcel is late, but the courier is very busy this week." }, 'reship'] as const;
    const g = gradePath(s, moves);
    if (!g.ok) throw new Error(formatPathError(g.error, 'en'));
    const run = runPath(s, moves.slice(0, 1), { readTyped });
    const practice = insteadForTurn(s, run, run.steps[0]!);
    const card = g.scorecard.violations.filter((v) => v.turn === 1);
    expect(card.length).toBeGreaterThan(0);
    for (const v of card) expect(practice.get(run.rules.findIndex((r) => r.rule.id === v.rule)) ?? null).toEqual(v.instead ?? null);
  });

  it('follows the fallback and grades the rest of the call', () => {
    const g = gradePath(s, [{ typed: 'The weather is lovely today.' }, 'sorry-again', 'reship']);
    expect(g.ok && g.scorecard.outcome).toBe('resolved');
  });

  it('reports a refused typed reply as a located path error with the reason, in each language', () => {
    const g = gradePath(s, ['sorry', { typed: 'I will send one today.' }]);
    expect(g.ok).toBe(false);
    if (g.ok) return;
    expect(g.error).toMatchObject({ code: 'typed-unreadable', turn: 2, nodeId: 'verify', problem: 'choices-only' });
    expect(formatPathError(g.error, 'en')).toMatch(/turn 2.*pick one of the replies/);
    expect(formatPathError(g.error, 'zh-Hans')).toContain('请从给出的回复中选择');
    const wrong = gradePath(s, [{ typed: '非常抱歉' }]);
    expect(!wrong.ok && formatPathError(wrong.error, 'zh-Hant', 'en')).toContain('英文');
  });

  it('can be given another reader, and the plain reader answers the walk’s contract', () => {
    const g = gradePath(s, [{ typed: 'anything' }, 'reship'], undefined, { readTyped: () => ({ problem: 'markup' }) });
    expect(!g.ok && g.error.problem).toBe('markup');
    expect(readTyped('', opening, s)).toEqual({ problem: 'empty' });
  });
});
