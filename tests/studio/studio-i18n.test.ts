import { describe, expect, it } from 'vitest';
import { createStudioTranslator } from '../../src/i18n/studio-i18n.ts';
import { studioEn } from '../../src/i18n/studio-messages-en.ts';
import { studioZhHans } from '../../src/i18n/studio-messages-zh-hans.ts';
import { studioZhHant } from '../../src/i18n/studio-messages-zh-hant.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Characters whose Simplified and Traditional forms differ, as they appear in the studio's strings.
const SIMPLIFIED_ONLY = /[这个们说让对关为发过还没时间后里从会开问选择应该请线结图节点导载编辑删标题类条确认误态总级单处务户间据码记录设计经错视称来变笼写读复无内语]/;

describe('studio messages', () => {
  it.each([
    ['zh-Hans', studioZhHans],
    ['zh-Hant', studioZhHant],
  ])('%s has every English key with the same placeholders', (_n, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(studioEn).sort());
    for (const [key, text] of Object.entries(studioEn)) expect(placeholders(catalog[key as keyof typeof studioEn]), key).toEqual(placeholders(text));
  });

  it('zh-Hant uses no Simplified-only character', () => {
    const bad = Object.entries(studioZhHant).filter(([, v]) => SIMPLIFIED_ONLY.test(v));
    expect(bad).toEqual([]);
  });

  it('translates with placeholders filled', () => {
    expect(createStudioTranslator('en')('nodeNotFound', { id: 'x' })).toBe('No node "x"');
    expect(createStudioTranslator('zh-Hant')('statusBest', { score: 80 })).toBe('最高 80 分');
  });
});
