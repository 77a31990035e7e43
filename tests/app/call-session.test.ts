import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEAD_AIR_MOOD, gradePath, readTyped, walkPath, type Move } from '../../engine/index.ts';
import { startCall } from '../../src/call/call-session.ts';
import { movesOfRecord } from '../../src/storage/records.ts';
import { SMALL_YAML, bundledScenarios, load } from './fixtures.ts';
import { typedSmall } from '../support/typed-small.ts';

const small = load(SMALL_YAML);
const silence = { silence: true } as const;

describe('startCall', () => {
  it('starts at the start node with the persona mood', () => {
    const s = startCall(small).getState();
    expect(s).toMatchObject({ nodeId: 'opening', mood: 70, turn: 0, moves: [], outcome: null });
    expect(s.run.steps).toEqual([]);
  });

  it('advances on a valid reply and records the step with the mood around it', () => {
    const call = startCall(small);
    const seen: number[] = [];
    call.subscribe((s) => seen.push(s.turn));
    expect(call.choose('sorry')).toBe(true);
    const s = call.getState();
    expect(s).toMatchObject({ nodeId: 'middle', mood: 40, turn: 1, moves: ['sorry'] });
    expect(s.run.steps.map((x) => [x.turn, x.kind, x.node.id, x.choice?.id, x.moodBefore, x.moodAfter])).toEqual([[1, 'reply', 'opening', 'sorry', 70, 40]]);
    expect(seen).toEqual([1]);
  });

  it('refuses a reply the current node does not have, and any reply after the end', () => {
    const call = startCall(small);
    expect(call.choose('fix')).toBe(false);
    expect(call.getState().turn).toBe(0);
    call.choose('sorry');
    call.choose('fix');
    expect(call.getState().outcome).toBe('resolved');
    expect(call.choose('again')).toBe(false);
  });

  it('follows mood guards: the same reply escalates an angry customer and not a calmer one', () => {
    const angry = startCall(small);
    angry.choose('but');
    expect(angry.getState()).toMatchObject({ nodeId: 'furious', outcome: 'escalated', mood: 90 });
    const calmer = startCall(load(SMALL_YAML.replace('mood: 70', 'mood: 50')));
    calmer.choose('but');
    expect(calmer.getState()).toMatchObject({ nodeId: 'middle', outcome: null, mood: 70 });
  });

  it('ends as abandoned when maxTurns runs out', () => {
    const call = startCall(small, ['sorry', 'again', 'again', 'again']);
    expect(call.getState().outcome).toBe('abandoned');
    expect(call.getState().turn).toBe(4);
  });

  it('resumes saved moves exactly, dead air included', () => {
    const a = startCall(small);
    a.choose('sorry');
    a.silence();
    a.choose('again');
    const b = startCall(small, a.getState().moves);
    expect(b.getState().moves).toEqual(['sorry', silence, 'again']);
    expect(b.getState()).toEqual(a.getState());
  });

  it('stops replaying at the first id the scenario no longer has', () => {
    const s = startCall(small, ['sorry', 'gone', 'fix']).getState();
    expect(s.moves).toEqual(['sorry']);
    expect(s.nodeId).toBe('middle');
  });

  it('rewinds to just before an earlier turn', () => {
    const call = startCall(small, ['sorry', 'again', 'again']);
    call.rewind(2);
    expect(call.getState()).toMatchObject({ moves: ['sorry'], nodeId: 'middle', turn: 1, mood: 40 });
    call.rewind(1);
    expect(call.getState()).toMatchObject({ moves: [], nodeId: 'opening', mood: 70 });
  });

  it('can rewind a finished call back into play', () => {
    const call = startCall(small, ['sorry', 'fix']);
    expect(call.getState().outcome).toBe('resolved');
    call.rewind(2);
    expect(call.getState().outcome).toBeNull();
    expect(call.choose('again')).toBe(true);
  });

  it('makes dead air a turn: the customer angrier, the call at the same node, one turn used; nothing after the end', () => {
    const call = startCall(small);
    call.silence();
    expect(call.getState()).toMatchObject({ nodeId: 'opening', turn: 1, mood: 70 + DEFAULT_DEAD_AIR_MOOD, moves: [silence] });
    call.choose('sorry');
    expect(call.getState().run.steps[1]).toMatchObject({ kind: 'reply', moodBefore: 80, moodAfter: 50 });
    call.choose('fix');
    expect(call.getState().outcome).toBe('resolved');
    call.silence();
    expect(call.getState().moves).toEqual([silence, 'sorry', 'fix']);
  });

  it('gives practice feedback and the debrief one verdict on dead air (the drift of issue 12)', () => {
    // Start mood 55, one timed-out silence, then a solution: the customer is at 65 when the solution comes.
    const s = load(SMALL_YAML.replace('mood: 70', 'mood: 55'));
    const call = startCall(s);
    call.silence();
    call.choose('but');
    const practice = call.getState().run.findings.filter((f) => f.rule === 'soothe-first');
    call.choose('fix');
    const graded = gradePath(s, call.getState().moves);
    if (!graded.ok) throw new Error('not a path');
    const debrief = graded.scorecard.violations.filter((v) => v.rule === 'soothe-first');
    expect(practice.map((f) => f.turn)).toEqual(debrief.map((v) => v.turn));
    expect(graded.scorecard.moodTrace.slice(0, 2)).toEqual([55, 65]);
  });

  it('reads records saved before silences were turns', () => {
    expect(movesOfRecord({ transcript: ['a', 'b'], deadAir: [0, 2, 1] })).toEqual(['a', silence, silence, 'b', silence]);
    expect(movesOfRecord({ transcript: ['a', silence, 'b'], deadAir: [] })).toEqual(['a', silence, 'b']);
    expect(movesOfRecord({ transcript: ['a'] })).toEqual(['a']);
  });

  it('agrees with the one walk on every bundled scenario for random plays with dead air', () => {
    const scenarios = bundledScenarios().map((b) => b.scenario);
    expect(scenarios.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: scenarios.length - 1 }), fc.array(fc.nat(), { maxLength: 40 }), (si, picks) => {
        const scenario = scenarios[si]!;
        const call = startCall(scenario);
        for (const p of picks) {
          const s = call.getState();
          if (s.outcome) break;
          const choices = scenario.nodes[s.nodeId]!.choices;
          if (p % 7 === 0) call.silence();
          else call.choose(choices[p % choices.length]!.id);
        }
        const s = call.getState();
        expect(s.run.at).toMatchObject({ mood: s.mood, turns: s.turn, outcome: s.outcome });
        expect(s.run.at.node.id).toBe(s.nodeId);
        if (!s.outcome) return;
        const walked = walkPath(scenario, s.moves as Move[]);
        expect(walked.ok).toBe(true);
        if (walked.ok) {
          expect(s.outcome).toBe(walked.path.outcome);
          expect(s.mood).toBe(walked.path.finalMood);
        }
      }),
      { numRuns: 150 },
    );
  });

  describe('typed replies', () => {
    const typed = typedSmall();
    const sorry = "I'm really sorry your parcel is so late, I understand how frustrating that is.";

    it('takes a typed reply: the transcript keeps the words, the run reads them and files the findings under the turn', () => {
      const call = startCall(typed, [], readTyped);
      expect(call.typeReply(sorry)).toEqual({ ok: true });
      const s = call.getState();
      expect(s.moves).toEqual([{ typed: sorry }]);
      expect(s.nodeId).toBe('verify');
      expect(s.run.steps[0]).toMatchObject({ typed: true, text: sorry, choice: { id: 'sorry' } });
      expect(s.mood).toBe(s.run.steps[0]!.moodAfter);
      expect(s.run.steps[0]!.findings).toEqual(s.run.findings.filter((f) => f.turn === 1));
      const blamed = startCall(typed, [], readTyped);
      blamed.typeReply('You should have checked the tracking page, it is your own fault.');
      expect(blamed.getState().run.steps[0]!.findings.map((f) => [f.rule, f.kind])).toContainEqual(['no-blame', 'violation']);
    });

    it('refuses bad input with its reason and leaves the call exactly as it was', () => {
      const call = startCall(typed, [], readTyped);
      const before = call.getState();
      for (const [text, problem] of [['', 'empty'], ['  ', 'empty'], ['x'.repeat(2500), 'too-long'], ['<script>alert(1)</script>', 'markup'], ['非常抱歉，包裹晚了。', 'wrong-language']] as const) {
        expect(call.typeReply(text)).toEqual({ ok: false, problem });
        expect(call.getState()).toBe(before);
      }
      call.choose('sorry');
      expect(call.typeReply('I will send it today.')).toEqual({ ok: false, problem: 'choices-only' });
      expect(call.getState().moves).toEqual(['sorry']);
    });

    it('says not-ready until the reader is given, and ended after the end', () => {
      const call = startCall(typed);
      expect(call.typeReply(sorry)).toEqual({ ok: false, problem: 'not-ready' });
      call.setReader(readTyped);
      expect(call.typeReply(sorry).ok).toBe(true);
      call.choose('reship');
      expect(call.typeReply(sorry)).toEqual({ ok: false, problem: 'ended' });
    });

    it('resumes, rewinds and grades typed moves the same way as it played them', () => {
      const a = startCall(typed, [], readTyped);
      a.typeReply('The weather is lovely today.');
      expect(a.getState().nodeId).toBe('confused');
      a.choose('sorry-again');
      const b = startCall(typed, a.getState().moves, readTyped);
      expect(b.getState()).toEqual(a.getState());
      b.rewind(2);
      expect(b.getState()).toMatchObject({ nodeId: 'confused', moves: [{ typed: 'The weather is lovely today.' }] });
      // Without the reader, a saved typed move cannot be replayed: the call stops before it.
      expect(startCall(typed, a.getState().moves).getState().moves).toEqual([]);
      b.choose('sorry-again');
      b.choose('reship');
      const graded = gradePath(typed, b.getState().moves);
      expect(graded.ok && graded.scorecard.moodTrace).toEqual([b.getState().run.steps[0]!.moodBefore, ...b.getState().run.steps.map((x) => x.moodAfter)]);
    });

    it('agrees with the one walk on every bundled scenario for random plays mixing typed, chosen and silent moves', () => {
      const scenarios = bundledScenarios().map((b) => b.scenario);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: scenarios.length - 1 }), fc.array(fc.nat(), { maxLength: 30 }), (si, picks) => {
          const scenario = scenarios[si]!;
          const call = startCall(scenario, [], readTyped);
          for (const p of picks) {
            const s = call.getState();
            if (s.outcome) break;
            const choices = scenario.nodes[s.nodeId]!.choices;
            if (p % 7 === 0) call.silence();
            else if (p % 3 === 0) {
              // Authored replies of other nodes: real sentences in the scenario's language, read afresh here.
              const all = scenario.nodeOrder.flatMap((id) => scenario.nodes[id]!.choices);
              call.typeReply(all[p % all.length]!.reply);
            } else call.choose(choices[p % choices.length]!.id);
          }
          const s = call.getState();
          expect(s.run.at).toMatchObject({ mood: s.mood, turns: s.turn, outcome: s.outcome });
          expect(s.run.at.node.id).toBe(s.nodeId);
          if (!s.outcome) return;
          const walked = walkPath(scenario, s.moves as Move[], readTyped);
          expect(walked.ok).toBe(true);
          if (walked.ok) expect([walked.path.outcome, walked.path.finalMood]).toEqual([s.outcome, s.mood]);
        }),
        { numRuns: 100 },
      );
    });
  });
});
