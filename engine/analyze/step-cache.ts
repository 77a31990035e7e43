import type { Choice, Ending, Scenario, ScenarioNode } from '../types.ts';
import type { Finding, RuleState, Turn } from '../rules/types.ts';
import { finishStates, pointsOf, type ActiveRule } from '../rules/run.ts';

// The DP takes ~10^6 transitions, but the rules see far fewer distinct inputs: a rule step is a pure
// function of (rule states, choice, turn index, mood), and most steps never look at the index or the
// mood. The cache runs the real rule code once per distinct input that matters and records which of the
// varying Turn fields it read; a later transition that agrees on those fields takes the same branches
// in every rule, so it gets the same result. Exact for pure, deterministic rules (which rules must be),
// with no per-rule knowledge and no change to the rules themselves.

const NO_RULES: readonly number[] = [];

/** Findings of one step or of a path's finish, reduced to what the analysis counts. */
export interface Effect {
  points: number;
  critical: boolean;
  /** Indexes (into the active rules) of the rules that found a violation. */
  violated: readonly number[];
  /** Index of `violated` among the distinct sets the stepper has met (0: none). */
  set: number;
}

/** What stepping a rule-state tuple with one choice gives: the next tuple (interned id) and its effect. */
export interface StepResult extends Effect {
  tuple: number;
}

const READ_INDEX = 1;
const READ_MOOD = 2;

/** A Turn whose varying fields record that they were read (moodAfter is a function of moodBefore for a given choice). */
class TrackedTurn implements Turn {
  reads = 0;
  constructor(
    readonly node: ScenarioNode,
    readonly choice: Choice,
    private readonly i: number,
    private readonly before: number,
    private readonly after: number,
  ) {}
  get features() {
    return this.choice.features;
  }
  get index(): number {
    this.reads |= READ_INDEX;
    return this.i;
  }
  get moodBefore(): number {
    this.reads |= READ_MOOD;
    return this.before;
  }
  get moodAfter(): number {
    this.reads |= READ_MOOD;
    return this.after;
  }
}

/**
 * Results of one (tuple, choice) pair, filed by which fields they depended on: byMask[m][moodSlot][index],
 * with moodSlot = mood + 1 for an integer mood that was read, 0 when the mood was not read, and index 0
 * when the index was not read. Non-integer moods (rare: authored fractional deltas) go to `odd`.
 */
interface Variants {
  byMask: Array<Array<Array<StepResult | undefined> | undefined> | undefined>;
  odd?: Map<string, StepResult>;
}

/** Mood slots: 0 (mood not read), then moods 0..100 (moods are clamped) at mood + 1. */
const MOOD_SLOTS = 102;

// Pre-sized and filled: lookups then stay in bounds of packed arrays (an out-of-bounds or hole read takes
// V8's slow path, and the lookup runs once per transition). A rare larger index or mood just extends one.
const slots = <T>(n: number): Array<T | undefined> => new Array<T | undefined>(n).fill(undefined);

const slotOf = (mask: number, mood: number): number => (mask & READ_MOOD ? (Number.isInteger(mood) ? mood + 1 : -1) : 0);

function effectOf(rules: readonly ActiveRule[], found: ReadonlyArray<{ ruleIndex: number; finding: Finding }>, sets: ViolatedSets): Effect {
  if (found.length === 0) return { points: 0, critical: false, violated: NO_RULES, set: 0 };
  let points = 0;
  let critical = false;
  const violated: number[] = [];
  for (const { ruleIndex, finding } of found) {
    const active = rules[ruleIndex]!;
    points += pointsOf(active, finding);
    if (finding.kind !== 'violation') continue;
    if (active.critical) critical = true;
    if (!violated.includes(ruleIndex)) violated.push(ruleIndex);
  }
  return { points, critical, violated: violated.length ? violated : NO_RULES, set: sets.idOf(violated) };
}

/** Interns sets of violated rules, so that a transition carries a small integer instead of an array. */
class ViolatedSets {
  readonly list: (readonly number[])[] = [NO_RULES];
  private readonly ids = new Map<string, number>();

  idOf(v: readonly number[]): number {
    if (v.length === 0) return 0;
    const key = v.join(',');
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.list.push(v) - 1));
    return id;
  }
}

/** Build a key that tells apart any two different rule-state tuples (each element is self-delimiting). */
function tupleKey(states: readonly RuleState[]): string {
  let k = '';
  for (const v of states) {
    k += typeof v === 'number' ? `n${v},` : typeof v === 'boolean' ? (v ? 'T,' : 'F,') : `${JSON.stringify(v)},`;
  }
  return k;
}

/** Steps and finishes rule-state tuples through the real rules, once per distinct relevant input. */
export class RuleStepper {
  /** Every distinct rule-state tuple met so far, by id. */
  readonly tuples: RuleState[][] = [];
  /** Every distinct set of violated rules met so far, by id (0: the empty set). */
  readonly violatedSets = new ViolatedSets();
  /** Rule steps actually run (cache misses), for the statistics. */
  misses = 0;
  private readonly tupleIds = new Map<string, number>();
  /** steps[tuple][choiceKey]: dense arrays, as an index beats a Map lookup on every transition. */
  private readonly steps: Array<Array<Variants | undefined>> = [];
  private readonly finishes = new Map<string, Effect>();

  constructor(
    readonly rules: readonly ActiveRule[],
    private readonly scenario: Scenario,
    private readonly choiceCount: number,
  ) {}

  /** Intern a rule-state tuple. */
  idOf(states: RuleState[]): number {
    const key = tupleKey(states);
    let id = this.tupleIds.get(key);
    if (id === undefined) {
      id = this.tuples.length;
      this.tuples.push(states);
      this.tupleIds.set(key, id);
    }
    return id;
  }

  /** Step tuple `tuple` with the choice numbered `choiceKey` (unique in the scenario) at turn `index`. */
  step(tuple: number, choiceKey: number, node: ScenarioNode, choice: Choice, index: number, moodBefore: number, moodAfter: number): StepResult {
    const byChoice = this.steps[tuple] ?? this.choicesOf(tuple);
    let v = byChoice[choiceKey];
    if (!v) byChoice[choiceKey] = v = { byMask: slots(4) };
    for (let m = 0; m < 4; m++) {
      const byMood = v.byMask[m];
      if (!byMood) continue;
      const slot = slotOf(m, moodBefore);
      const hit = slot < 0 ? v.odd?.get(`${m},${moodBefore},${index}`) : byMood[slot]?.[m & READ_INDEX ? index : 0];
      if (hit) return hit;
    }
    return this.run(v, tuple, node, choice, index, moodBefore, moodAfter);
  }

  private choicesOf(tuple: number): Array<Variants | undefined> {
    // Tuples are interned in order and stepped after, so this fills the outer array without holes.
    while (this.steps.length <= tuple) this.steps.push(new Array<Variants | undefined>(this.choiceCount).fill(undefined));
    return this.steps[tuple]!;
  }

  // The slow path, kept out of step() so that the lookup stays small enough to inline.
  private run(v: Variants, tuple: number, node: ScenarioNode, choice: Choice, index: number, moodBefore: number, moodAfter: number): StepResult {
    const turn = new TrackedTurn(node, choice, index, moodBefore, moodAfter);
    const { states: next, points, critical, violated } = this.stepAll(this.tuples[tuple]!, turn);
    this.misses++;
    const set = this.violatedSets.idOf(violated);
    const result: StepResult = { points, critical, violated, set, tuple: this.idOf(next) };
    const m = turn.reads;
    const byMood = (v.byMask[m] ??= slots<Array<StepResult | undefined>>(m & READ_MOOD ? MOOD_SLOTS : 1));
    const slot = slotOf(m, moodBefore);
    if (slot < 0) (v.odd ??= new Map()).set(`${m},${moodBefore},${index}`, result);
    else (byMood[slot] ??= slots<StepResult>(m & READ_INDEX ? this.scenario.maxTurns + 2 : 1))[m & READ_INDEX ? index : 0] = result;
    return result;
  }

  // As stepStates + effectOf, without the per-finding objects (a rule step runs ~10^5 times per analysis).
  private stepAll(states: readonly RuleState[], turn: Turn): { states: RuleState[]; points: number; critical: boolean; violated: readonly number[] } {
    const next: RuleState[] = [];
    let points = 0;
    let critical = false;
    let violated: number[] | null = null;
    for (let i = 0; i < this.rules.length; i++) {
      const active = this.rules[i]!;
      const r = active.rule.step(states[i]!, turn, this.scenario);
      next.push(r.state);
      let hit = false;
      for (const f of r.findings) {
        points += pointsOf(active, f);
        if (f.kind === 'violation') hit = true;
      }
      if (!hit) continue;
      if (active.critical) critical = true;
      (violated ??= []).push(i);
    }
    return { states: next, points, critical, violated: violated ?? NO_RULES };
  }

  /** What the rules' finish adds for a call ending with tuple `tuple` after `turns` replies. */
  finish(tuple: number, outcome: Ending, turns: number): Effect {
    const key = `${tuple},${outcome},${turns}`;
    let e = this.finishes.get(key);
    if (!e) this.finishes.set(key, (e = effectOf(this.rules, finishStates(this.rules, this.tuples[tuple]!, { outcome, turns }, this.scenario), this.violatedSets)));
    return e;
  }
}
