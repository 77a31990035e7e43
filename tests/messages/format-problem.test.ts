import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, LOCALES, makeProblem, type Problem, type ProblemCode } from '../../engine/index.ts';
import { PROBLEM_TABLES } from '../../engine/problem-tables.ts';
import { SAMPLES } from './samples.ts';

const at = { file: 'case.yaml', line: 3, column: 5 };
const codes = Object.keys(SAMPLES) as ProblemCode[];

describe('formatProblem', () => {
  it('words every code in every locale, with no placeholder left over', () => {
    for (const lang of LOCALES) {
      expect(Object.keys(PROBLEM_TABLES[lang].wordings).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const text = formatProblem({ code, severity: 'error', params: SAMPLES[code], ...at } as Problem, lang);
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(5);
        expect(text, `${lang} ${code}`).not.toMatch(/undefined|\[object|NaN|\$\{/);
        // exam-syntax passes the YAML problem's own (already worded) text through.
        if (lang !== 'en' && code !== 'exam-syntax') expect(text, `${lang} ${code}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('keeps the suggestions and names in every locale', () => {
    const p = makeProblem('unknown-target', { choice: 'soothe', target: 'dome', suggestion: 'done' }, at);
    expect(formatProblem(p, 'en')).toBe('choice "soothe" leads to "dome", which is not a node (did you mean "done"?)');
    expect(formatProblem(p, 'zh-Hans')).toBe('选项 「soothe」 指向 「dome」，但没有这个节点（是不是想写 「done」？）');
    expect(formatProblem(p, 'zh-Hant')).toBe('選項 「soothe」 指向 「dome」，但沒有這個節點（是不是想寫 「done」？）');
  });

  it('writes numbers and plurals through Intl', () => {
    const long = makeProblem('too-big', { path: 'reply', origin: 'string', bound: 2000, length: 200_190 }, at);
    expect(formatProblem(long, 'en')).toBe('"reply" must be at most 2,000 characters long (it has 200,190)');
    const one = makeProblem('too-small', { path: 'keywords', origin: 'array', bound: 1 }, at);
    expect(formatProblem(one, 'en')).toBe('"keywords" must have at least 1 item');
    const two = makeProblem('too-small', { path: 'keywords', origin: 'array', bound: 2 }, at);
    expect(formatProblem(two, 'en')).toBe('"keywords" must have at least 2 items');
  });

  it('clips long names and values when the problem is made, so no message grows with the input', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 5000 }), fc.constantFrom(...LOCALES), (key, lang) => {
        const p = makeProblem('unknown-field', { key, path: key, known: [key, key], suggestion: key }, at);
        expect(formatProblem(p, lang).length).toBeLessThan(600);
      }),
      { numRuns: 200 },
    );
  });
});
