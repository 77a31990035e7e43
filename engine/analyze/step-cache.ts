import type { Choice, Ending, Scenario, ScenarioNode } from '../types.ts';
import type { RuleState } from '../rules/types.ts';
import { finishStates, pointsOf, type ActiveRule } from '../rules/run.ts';
import { IntPairTable } from './int-table.ts';
import { TrackedTurn, VariantCache } from './read-tracking.ts';

// The DP takes ~10^6 transitions, but the rules see far fewer distinct inputs: a rule step is a pure
// function of (rule state, choice, turn index, mood), and most steps never look at the index or the
// mood. The cache runs the real rule code once per distinct input that matters and records which of the
// varying Turn fields it read; a later step that agrees on those fields takes the same branches, so it
// gets the same result. Exact for pure, deterministic rules (which rules must be), with no per-rule
// knowledge and no change to the rules themselves.
//
// Two levels: each rule alone (a rule has a handful of states, so its steps are few), and the tuple of
// all rules' states (one lookup per transition). States and results are small integers in flat
// columns, so the ~10^5 cached results cost no per-entry objects.

const NO_RULES: readonly number[] = [];
/** Dense per-rule tables stop growing past this many entries (states × choices); the hashed cache has every result anyway. */
const DENSE_LIMIT = 1 << 22;

/** One rule's interned states and its cached steps. */
class RuleCache {
  readonly ids = new Map<RuleState, number>();
  readonly states: RuleState[] = [];
  readonly cache = new VariantCache();
  /** By state × choice: 1 + the id of a result that read nothing that varies (0: none yet). One array read for most steps. */
  dense: Int32Array | null;

  constructor(private readonly choiceCount: number) {
    this.dense = new Int32Array(Math.min(DENSE_LIMIT, 4 * choiceCount));
  }
  readonly next: number[] = [];
  readonly points: number[] = [];
  readonly violated: number[] = [];
  readonly reads: number[] = [];

  idOf(state: RuleState): number {
    let id = this.ids.get(state);
    if (id !== undefined) return id;
    this.ids.set(state, (id = this.states.push(state) - 1));
    const need = this.states.length * this.choiceCount;
    if (this.dense && need > this.dense.length) {
      if (need > DENSE_LIMIT) this.dense = null;
      else {
        const bigger = new Int32Array(Math.min(DENSE_LIMIT, Math.max(need, 2 * this.dense.length)));
        bigger.set(this.dense);
        this.dense = bigger;
      }
    }
    return id;
  }
}

/** Interns sets of violated rules, so that a transition carries a small integer instead of an array. */
class ViolatedSets {
  readonly list: (readonly number[])[] = [NO_RULES];
  private readonly ids = new Map<string, number>();

  idOf(v: readonly number[]): number {
    if (v.length === 0) return 0;
    const key = v.join(',');
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.list.push(v.slice()) - 1));
    return id;
  }
}

/** Steps and finishes rule-state tuples through the real rules, once per distinct relevant input. */
export class RuleStepper {
  /** Every distinct set of violated rules met so far, by id (0: the empty set). */
  readonly violatedSets = new ViolatedSets();
  /** Tuple-level cache misses (steps of every rule at once that were not a cache hit), for the statistics. */
  misses = 0;
  /** Per step result id: the next tuple, the points, the violated set, and 1 when a critical rule was violated. */
  readonly resTuple: number[] = [];
  readonly resPoints: number[] = [];
  readonly resSet: number[] = [];
  readonly resCritical: number[] = [];
  private readonly resReads: number[] = [];
  private readonly steps = new VariantCache();
  private readonly perRule: RuleCache[];
  /** Tuples as per-rule state ids, R per tuple, and a hash index over them (collisions chained). */
  private readonly tupleIds: number[] = [];
  private readonly byHash = new IntPairTable();
  private readonly chain: number[] = [];
  private readonly scratch: number[];
  private readonly violatedScratch: number[] = [];
  /** Violated-set ids by bit mask of the rules violated (when there are at most 24 rules). */
  private readonly setByMask: Int32Array | null;
  private readonly turn: TrackedTurn;
  private readonly finishes = new IntPairTable();
  private readonly stays = new IntPairTable();
  /** What each distinct finish adds (see finish). */
  readonly finishEffects: Array<{ points: number; critical: boolean; set: number }> = [];

  constructor(
    readonly rules: readonly ActiveRule[],
    private readonly scenario: Scenario,
    private readonly choiceCount: number,
  ) {
    this.perRule = rules.map(() => new RuleCache(choiceCount));
    this.scratch = rules.map(() => 0);
    this.turn = new TrackedTurn();
    this.setByMask = rules.length <= 24 ? new Int32Array(1 << rules.length).fill(-1) : null;
  }

  /** Number of distinct tuples met so far. */
  get tupleCount(): number {
    return this.chain.length;
  }

  /** The rule states of tuple `id`. */
  statesOf(id: number): RuleState[] {
    const R = this.rules.length;
    return this.perRule.map((rc, i) => rc.states[this.tupleIds[id * R + i]!]!);
  }

  /** Distinct states each rule took: every one interned is in some tuple (initial or a step's next). */
  distinctStates(): number[] {
    return this.perRule.map((rc) => rc.states.length);
  }

  /** Intern a rule-state tuple. */
  idOf(states: readonly RuleState[]): number {
    states.forEach((s, i) => (this.scratch[i] = this.perRule[i]!.idOf(s)));
    return this.intern(this.scratch);
  }

  private intern(ids: readonly number[]): number {
    const R = ids.length;
    let h = 0x811c9dc5;
    for (let i = 0; i < R; i++) h = Math.imul(h ^ ids[i]!, 0x01000193);
    h >>>= 1;
    const head = this.byHash.get(h, 0);
    for (let c = head; c >= 0; c = this.chain[c]!) {
      let same = true;
      for (let i = 0; i < R && same; i++) same = this.tupleIds[c * R + i] === ids[i];
      if (same) return c;
    }
    const id = this.chain.length;
    for (let i = 0; i < R; i++) this.tupleIds.push(ids[i]!);
    this.chain.push(head);
    this.byHash.set(h, 0, id);
    return id;
  }

  /** Step tuple `tuple` with the choice numbered `choiceKey` (unique in the scenario) at turn `index`; returns a result id. */
  step(tuple: number, choiceKey: number, node: ScenarioNode, choice: Choice, index: number, moodBefore: number, moodAfter: number): number {
    const k1 = tuple * this.choiceCount + choiceKey;
    const hit = this.steps.lookup(k1, moodBefore, index);
    return hit >= 0 ? hit : this.run(k1, tuple, choiceKey, node, choice, index, moodBefore, moodAfter);
  }

  // The slow path, kept out of step() so that the lookup stays small enough to inline.
  private run(k1: number, tuple: number, choiceKey: number, node: ScenarioNode, choice: Choice, index: number, moodBefore: number, moodAfter: number): number {
    this.misses++;
    const R = this.rules.length;
    const violated = this.violatedScratch;
    violated.length = 0;
    let points = 0;
    let critical = 0;
    let reads = 0;
    let bits = 0;
    for (let i = 0; i < R; i++) {
      const rc = this.perRule[i]!;
      const a = this.tupleIds[tuple * R + i]!;
      const rk = a * this.choiceCount + choiceKey;
      let r = rc.dense ? rc.dense[rk]! - 1 : -1;
      if (r < 0) r = rc.cache.lookup(rk, moodBefore, index);
      if (r < 0) r = this.runRule(i, rk, a, node, choice, index, moodBefore, moodAfter);
      this.scratch[i] = rc.next[r]!;
      points += rc.points[r]!;
      reads |= rc.reads[r]!;
      if (!rc.violated[r]) continue;
      violated.push(i);
      bits |= 1 << i;
      if (this.rules[i]!.critical) critical = 1;
    }
    let set = this.setByMask ? this.setByMask[bits & 0xffffff]! : -1;
    if (set < 0) {
      set = this.violatedSets.idOf(violated);
      if (this.setByMask) this.setByMask[bits] = set;
    }
    const id = this.resTuple.length;
    this.resTuple.push(this.intern(this.scratch));
    this.resPoints.push(points);
    this.resSet.push(set);
    this.resCritical.push(critical);
    this.resReads.push(reads);
    this.steps.store(k1, reads, moodBefore, index, id);
    return id;
  }

  private runRule(i: number, rk: number, a: number, node: ScenarioNode, choice: Choice, index: number, moodBefore: number, moodAfter: number): number {
    const rc = this.perRule[i]!;
    const active = this.rules[i]!;
    const turn = this.turn;
    turn.node = node;
    turn.choice = choice;
    turn.i = index;
    turn.before = moodBefore;
    turn.after = moodAfter;
    turn.reads = 0;
    const res = active.rule.step(rc.states[a]!, turn, this.scenario);
    let points = 0;
    let hit = 0;
    for (const f of res.findings) {
      points += pointsOf(active, f);
      if (f.kind === 'violation') hit = 1;
    }
    const id = rc.next.length;
    rc.next.push(rc.idOf(res.state));
    rc.points.push(points);
    rc.violated.push(hit);
    rc.reads.push(turn.reads);
    rc.cache.store(rk, turn.reads, moodBefore, index, id);
    if (turn.reads === 0 && rc.dense) rc.dense[rk] = id + 1;
    return id;
  }

  /** The result of a turn on which no rule steps (dead air): the same tuple, no points; one id per tuple. */
  stay(tuple: number): number {
    let id = this.stays.get(tuple, 0);
    if (id >= 0) return id;
    id = this.resTuple.length;
    this.resTuple.push(tuple);
    this.resPoints.push(0);
    this.resSet.push(0);
    this.resCritical.push(0);
    this.resReads.push(0);
    this.stays.set(tuple, 0, id);
    return id;
  }

  /** What the rules' finish adds for a call ending with tuple `tuple` after `turns` replies, as an id into finishEffects. */
  finish(tuple: number, outcome: Ending, turns: number): number {
    const k2 = (outcome === 'resolved' ? 0 : outcome === 'escalated' ? 1 : 2) * 1024 + turns;
    let id = this.finishes.get(tuple, k2);
    if (id >= 0) return id;
    let points = 0;
    let critical = false;
    const violated: number[] = [];
    for (const { ruleIndex, finding } of finishStates(this.rules, this.statesOf(tuple), { outcome, turns }, this.scenario)) {
      const active = this.rules[ruleIndex]!;
      points += pointsOf(active, finding);
      if (finding.kind !== 'violation') continue;
      if (active.critical) critical = true;
      if (!violated.includes(ruleIndex)) violated.push(ruleIndex);
    }
    violated.sort((x, y) => x - y);
    id = this.finishEffects.push({ points, critical, set: this.violatedSets.idOf(violated) }) - 1;
    this.finishes.set(tuple, k2, id);
    return id;
  }
}
