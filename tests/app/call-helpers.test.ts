import { describe, expect, it } from 'vitest';
import { gradePath } from '../../engine/index.ts';
import type { Evidence } from '../../engine/index.ts';
import { startCall } from '../../src/call/call-session.ts';
import { segmentReply } from '../../src/call/highlight.ts';
import { pickVoice, type VoiceLike } from '../../src/call/speech.ts';
import { bundledScenarios } from './fixtures.ts';

const ev = (feature: Evidence['feature'], start: number, end: number): Evidence => ({ feature, start, end, cue: '' });

describe('segmentReply', () => {
  it('marks evidence spans and leaves the rest plain', () => {
    expect(segmentReply('I am sorry, but no.', [ev('apology', 5, 10), ev('contrast', 12, 15)])).toEqual([
      { text: 'I am ', features: [] },
      { text: 'sorry', features: ['apology'] },
      { text: ', ', features: [] },
      { text: 'but', features: ['contrast'] },
      { text: ' no.', features: [] },
    ]);
  });

  it('splits overlapping spans and clips spans outside the text', () => {
    const segs = segmentReply('abcdef', [ev('empathy', 0, 4), ev('solution', 2, 99), ev('blame', -3, -1)]);
    expect(segs).toEqual([
      { text: 'ab', features: ['empathy'] },
      { text: 'cd', features: ['empathy', 'solution'] },
      { text: 'ef', features: ['solution'] },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdef');
  });

  it('returns the text whole when there is no evidence, and nothing for an empty reply', () => {
    expect(segmentReply('plain', [])).toEqual([{ text: 'plain', features: [] }]);
    expect(segmentReply('', [ev('question', 0, 3)])).toEqual([]);
  });
});

describe('pickVoice', () => {
  const voices: VoiceLike[] = [
    { lang: 'en-US', name: 'US' },
    { lang: 'en-GB', name: 'GB', default: true },
    { lang: 'cmn-Hans-CN', name: 'Mandarin (mainland)' },
    { lang: 'cmn-Hant-TW', name: 'Mandarin (Taiwan)' },
    { lang: 'yue-Hant-HK', name: 'Cantonese' },
  ];

  it('picks Mandarin voices reported as cmn for Chinese, by script', () => {
    expect(pickVoice(voices, 'zh-Hans')?.name).toBe('Mandarin (mainland)');
    expect(pickVoice(voices, 'zh-Hant')?.name).toBe('Mandarin (Taiwan)');
  });

  it('falls back to Cantonese (yue) for Traditional Chinese, and prefers zh-TW when present', () => {
    expect(pickVoice(voices.filter((v) => v.name !== 'Mandarin (Taiwan)'), 'zh-Hant')?.name).toBe('Cantonese');
    expect(pickVoice([...voices, { lang: 'zh_TW', name: 'Android TW' }], 'zh-Hant')?.name).toBe('Android TW');
  });

  it('does not read Simplified Chinese with a Cantonese or Taiwan voice', () => {
    expect(pickVoice([{ lang: 'yue-Hant-HK', name: 'C' }, { lang: 'zh-TW', name: 'T' }], 'zh-Hans')).toBeNull();
  });

  it('prefers the default voice of the matching language, and returns null when nothing matches', () => {
    expect(pickVoice(voices, 'en')?.name).toBe('GB');
    expect(pickVoice([{ lang: 'fr-FR', name: 'F' }], 'en')).toBeNull();
    expect(pickVoice([], 'zh-Hans')).toBeNull();
  });
});

describe('practice feedback (the one rule pass)', () => {
  it('gives each reply the same per-turn findings the grader reports for a finished call', () => {
    for (const { file, scenario } of bundledScenarios()) {
      // Take the first reply at every node until the call ends: a deterministic complete path.
      const call = startCall(scenario);
      while (!call.getState().outcome) call.choose(scenario.nodes[call.getState().nodeId]!.choices[0]!.id);
      const state = call.getState();
      const graded = gradePath(scenario, state.moves);
      expect(graded.ok, file).toBe(true);
      if (!graded.ok) continue;
      const steps = state.run.steps;
      const fromFeedback = steps.flatMap((s) => s.findings.filter((x) => x.kind === 'violation').map((x) => `${x.rule}@${s.turn}:${x.points}`));
      const fromCard = graded.scorecard.violations.filter((v) => v.turn !== null).map((v) => `${v.rule}@${v.turn}:${v.points}`);
      expect(fromFeedback.sort(), file).toEqual(fromCard.sort());
    }
  });
});
