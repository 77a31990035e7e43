import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkPath } from '../../engine/path/walk.ts';
import { DEAD_AIR_DELTA, startCall } from '../../src/call/call-session.ts';
import { SMALL_YAML, bundledScenarios, load } from './fixtures.ts';

const small = load(SMALL_YAML);

describe('startCall', () => {
  it('starts at the start node with the persona mood', () => {
    const s = startCall(small).getState();
    expect(s).toMatchObject({ nodeId: 'opening', mood: 70, turn: 0, transcript: [], outcome: null, steps: [] });
  });

  it('advances on a valid reply and records the step with the mood around it', () => {
    const call = startCall(small);
    const seen: number[] = [];
    call.subscribe((s) => seen.push(s.turn));
    expect(call.choose('sorry')).toBe(true);
    const s = call.getState();
    expect(s).toMatchObject({ nodeId: 'middle', mood: 40, turn: 1, transcript: ['sorry'] });
    expect(s.steps).toEqual([{ turn: 1, nodeId: 'opening', choiceId: 'sorry', moodBefore: 70, moodAfter: 40, silences: 0 }]);
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

  it('resumes a saved transcript exactly, dead air included', () => {
    const a = startCall(small);
    a.choose('sorry');
    a.silence();
    a.choose('again');
    a.silence();
    const b = startCall(small, a.getState().transcript, a.deadAir());
    expect(b.getState()).toEqual(a.getState());
  });

  it('stops replaying at the first id the scenario no longer has', () => {
    const s = startCall(small, ['sorry', 'gone', 'fix']).getState();
    expect(s.transcript).toEqual(['sorry']);
    expect(s.nodeId).toBe('middle');
  });

  it('rewinds to just before an earlier reply', () => {
    const call = startCall(small, ['sorry', 'again', 'again']);
    call.rewind(2);
    expect(call.getState()).toMatchObject({ transcript: ['sorry'], nodeId: 'middle', turn: 1, mood: 40 });
    call.rewind(1);
    expect(call.getState()).toMatchObject({ transcript: [], nodeId: 'opening', mood: 70 });
  });

  it('can rewind a finished call back into play', () => {
    const call = startCall(small, ['sorry', 'fix']);
    expect(call.getState().outcome).toBe('resolved');
    call.rewind(2);
    expect(call.getState().outcome).toBeNull();
    expect(call.choose('again')).toBe(true);
  });

  it('raises the shown anger on dead air, not after the call has ended', () => {
    const call = startCall(small);
    call.silence();
    expect(call.getState().mood).toBe(70 + DEAD_AIR_DELTA);
    call.choose('sorry');
    expect(call.getState().steps[0]).toMatchObject({ silences: 1, moodBefore: 80, moodAfter: 50 });
    call.choose('fix');
    call.silence();
    expect(call.getState().pendingSilences).toBe(0);
  });

  it('agrees with walkPath on every bundled scenario for random plays', () => {
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
          call.choose(choices[p % choices.length]!.id);
        }
        const s = call.getState();
        if (!s.outcome) return;
        const walked = walkPath(scenario, s.transcript);
        expect(walked.ok).toBe(true);
        if (walked.ok) {
          expect(s.outcome).toBe(walked.path.outcome);
          expect(s.mood).toBe(walked.path.finalMood);
        }
      }),
      { numRuns: 150 },
    );
  });
});
