// The pass/fail cases of every rule, as data: each case is a straight call and the findings it must produce.
import type { Ending } from '../../engine/index.ts';
import type { ChoiceSpec, ScenarioSpec } from '../support/make-scenario.ts';

export interface Expected {
  /** Turn (null: whole call) and points, in scorecard order. */
  violations: Array<[number | null, number]>;
  credits?: Array<[number | null, number]>;
}

export interface RuleCase {
  name: string;
  replies: ChoiceSpec[];
  opts?: Omit<ScenarioSpec, 'nodes' | 'start'> & { ending?: Ending };
  expect: Expected;
}

const r = (id: string, f: ChoiceSpec['f'] = {}, mood = 0): ChoiceSpec => ({ id, f, mood });

export const CASES: Record<string, RuleCase[]> = {
  'soothe-first': [
    { name: 'fails: solution while upset, no empathy yet', replies: [r('a', { solution: true })], expect: { violations: [[1, -10]] } },
    { name: 'fails: policy explanation while upset', replies: [r('a', { policy: true })], expect: { violations: [[1, -10]] } },
    { name: 'fails: refusal at exactly the threshold', replies: [r('a', { refusal: true })], opts: { mood: 60 }, expect: { violations: [[1, -10]] } },
    { name: 'passes: empathy first, then solution', replies: [r('a', { empathy: true }), r('b', { solution: true })], expect: { violations: [] } },
    { name: 'passes: empathy and solution in one reply', replies: [r('a', { empathy: true, solution: true })], expect: { violations: [] } },
    { name: 'passes: customer no longer upset', replies: [r('a', { question: true }, -30), r('b', { solution: true })], expect: { violations: [] } },
    { name: 'passes: below the scenario threshold', replies: [r('a', { solution: true })], opts: { sootheThreshold: 90 }, expect: { violations: [] } },
  ],
  'no-but': [
    { name: 'fails: contrast at turn 2', replies: [r('a'), r('b', { contrast: true })], expect: { violations: [[2, -5]] } },
    { name: 'fails: every reply with contrast counts', replies: [r('a', { contrast: true }), r('b', { contrast: true })], expect: { violations: [[1, -5], [2, -5]] } },
    { name: 'passes: no contrast', replies: [r('a', { empathy: true }), r('b', { solution: true })], expect: { violations: [] } },
  ],
  'specific-apology': [
    { name: 'passes: specific apology before the solution', replies: [r('a', { apology: 'specific' }), r('b', { solution: true })], expect: { violations: [] } },
    { name: 'passes: specific apology with the solution', replies: [r('a', { apology: 'specific', solution: true })], expect: { violations: [] } },
    { name: 'fails: vague apology, then solution', replies: [r('a', { apology: 'vague' }), r('b', { solution: true })], expect: { violations: [[1, -5], [2, -5]] } },
    { name: 'fails: solution with no apology at all (double)', replies: [r('a'), r('b', { solution: true })], expect: { violations: [[2, -10]] } },
    { name: 'fails: call ends without any apology', replies: [r('a'), r('b')], expect: { violations: [[null, -10]] } },
    { name: 'fails: vague then specific still costs the vague one', replies: [r('a', { apology: 'vague' }), r('b', { apology: 'specific', solution: true })], expect: { violations: [[1, -5]] } },
  ],
  'offer-alternatives': [
    { name: 'fails: bare refusal, next reply offers nothing', replies: [r('a', { refusal: true }), r('b', { empathy: true })], expect: { violations: [[1, -10]] } },
    { name: 'passes: refusal, next reply offers a remedy', replies: [r('a', { refusal: true }), r('b', { solution: true })], expect: { violations: [] } },
    { name: 'passes: refusal with an alternative in the same reply', replies: [r('a', { refusal: true, solution: true })], expect: { violations: [] } },
    { name: 'fails: bare refusal as the last reply', replies: [r('a'), r('b', { refusal: true })], expect: { violations: [[2, -10]] } },
    { name: 'fails: two bare refusals in a row', replies: [r('a', { refusal: true }), r('b', { refusal: true }), r('c', { solution: true })], expect: { violations: [[1, -10]] } },
    { name: 'credit: two options, earned once', replies: [r('a', { alternatives: 2 }), r('b', { alternatives: 3 })], expect: { violations: [], credits: [[1, 5]] } },
  ],
  'listen-confirm': [
    { name: 'fails: solution before any question or restating', replies: [r('a', { solution: true })], expect: { violations: [[1, -5]] } },
    { name: 'passes: open question first', replies: [r('a', { question: true }), r('b', { solution: true })], expect: { violations: [] } },
    { name: 'passes: restating in the same reply', replies: [r('a', { paraphrase: true, solution: true })], expect: { violations: [] } },
    { name: 'fails: the call never listens', replies: [r('a'), r('b')], expect: { violations: [[null, -5]] } },
  ],
  'no-blame': [
    { name: 'fails: blame costs and fails the call', replies: [r('a'), r('b', { blame: true })], expect: { violations: [[2, -20]] } },
    { name: 'passes: no blame', replies: [r('a', { empathy: true })], expect: { violations: [] } },
  ],
  'honest-commitment': [
    { name: 'fails: unsolvable, no timeframe', replies: [r('a'), r('b')], opts: { solvableInCall: false }, expect: { violations: [[null, -10]] } },
    { name: 'passes: unsolvable, timeframe given', replies: [r('a'), r('b', { timeframe: true })], opts: { solvableInCall: false }, expect: { violations: [] } },
    { name: 'passes: solvable in the call', replies: [r('a')], expect: { violations: [] } },
  ],
  willingness: [
    { name: 'passes: stated at turn 2', replies: [r('a'), r('b', { willingness: true }), r('c'), r('d')], expect: { violations: [] } },
    { name: 'passes: stated at turn 3', replies: [r('a'), r('b'), r('c', { willingness: true })], expect: { violations: [] } },
    { name: 'fails: not by turn 3', replies: [r('a'), r('b'), r('c'), r('d', { willingness: true })], expect: { violations: [[3, -5]] } },
    { name: 'fails: short call without it', replies: [r('a')], expect: { violations: [[null, -5]] } },
  ],
  'temperament-match': [
    { name: 'fails: powerful, refusal before empathy (double)', replies: [r('a', { refusal: true })], opts: { temperament: 'powerful' }, expect: { violations: [[1, -10]] } },
    { name: 'fails: powerful, correction before empathy', replies: [r('a', { blame: true })], opts: { temperament: 'powerful' }, expect: { violations: [[1, -10]] } },
    { name: 'passes: powerful, refusal after empathy', replies: [r('a', { empathy: true }), r('b', { refusal: true })], opts: { temperament: 'powerful' }, expect: { violations: [] } },
    { name: 'fails: perfect, decision without reasons', replies: [r('a', { solution: true })], opts: { temperament: 'perfect' }, expect: { violations: [[1, -5]] } },
    { name: 'passes: perfect, reasons before the decision', replies: [r('a', { policy: true }), r('b', { solution: true })], opts: { temperament: 'perfect' }, expect: { violations: [] } },
    { name: 'credit: peaceful, rule plus alternative', replies: [r('a', { policy: true, solution: true }), r('b', { policy: true, alternatives: 2 })], opts: { temperament: 'peaceful' }, expect: { violations: [], credits: [[1, 5]] } },
    { name: 'passes: lively has no textual adjustment', replies: [r('a', { refusal: true, blame: true })], opts: { temperament: 'lively' }, expect: { violations: [] } },
  ],
  'no-refusal-at-opening': [
    { name: 'fails: refusal in reply 1', replies: [r('a', { refusal: true, solution: true })], expect: { violations: [[1, -10]] } },
    { name: 'fails: refusal in reply 2', replies: [r('a'), r('b', { refusal: true, solution: true })], expect: { violations: [[2, -10]] } },
    { name: 'passes: refusal in reply 3', replies: [r('a'), r('b'), r('c', { refusal: true, solution: true })], expect: { violations: [] } },
  ],
  'resolve-call': [
    { name: 'passes: the call ends resolved', replies: [r('a')], expect: { violations: [] } },
    { name: 'fails: the customer demands a manager', replies: [r('a', { empathy: true })], opts: { ending: 'escalated' }, expect: { violations: [[null, -20]] } },
    { name: 'fails: the customer hangs up', replies: [r('a', { empathy: true })], opts: { ending: 'abandoned' }, expect: { violations: [[null, -20]] } },
  ],
};
