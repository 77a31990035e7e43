import { describe, expect, it } from 'vitest';
import { checkPins, EXAM_CODES, examMessage, loadExam, LOCALES, scenarioHash, type Params } from '../../engine/index.ts';
import { bundledIndex, EXAM_FILE, EXAM_TEXT } from './fixtures.ts';

const codes = (text: string) => {
  const r = loadExam(text, 'e.exam.yaml');
  return r.ok ? [] : r.problems.map((p) => `${p.code}@${p.line}`);
};

describe('exam files', () => {
  it('loads the example exam with its defaults and a content hash', () => {
    const r = loadExam(EXAM_TEXT, EXAM_FILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exam).toMatchObject({ id: 'customer-care-basics', version: 1, attempts: 2, replySeconds: 45, review: true, profile: 'default', critical: ['no-blame', 'resolve-call'] });
    expect(r.exam.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = loadExam(`# reformatted\n${EXAM_TEXT}`, EXAM_FILE);
    expect(again.ok && again.exam.sha256).toBe(r.exam.sha256);
    const bumped = loadExam(EXAM_TEXT.replace('passScore: 70', 'passScore: 75'), EXAM_FILE);
    expect(bumped.ok && bumped.exam.sha256).not.toBe(r.exam.sha256);
  });

  it('may allow replies in the candidate\'s own words; an exam without the switch keeps its hash', () => {
    const r = loadExam(EXAM_TEXT, EXAM_FILE);
    const typed = loadExam(EXAM_TEXT.replace(/^review: true/m, 'review: true\ntypedReplies: true'), EXAM_FILE);
    const off = loadExam(EXAM_TEXT.replace(/^review: true/m, 'review: true\ntypedReplies: false'), EXAM_FILE);
    if (!r.ok || !typed.ok || !off.ok) throw new Error('does not load');
    expect(r.exam.typedReplies).toBeUndefined();
    expect(typed.exam.typedReplies).toBe(true);
    expect(typed.exam.sha256).not.toBe(r.exam.sha256);
    expect(off.exam.sha256).toBe(r.exam.sha256);
    expect(codes(EXAM_TEXT.replace(/^review: true/m, 'review: true\ntypedReplies: yes please'))).toHaveLength(1);
  });

  it('rejects mistakes with located problems', () => {
    expect(codes(EXAM_TEXT.replace('attempts: 2', 'attempts: 2\natempts: 3'))).toEqual(['exam-unknown-field@20']);
    expect(codes(EXAM_TEXT.replace(/^review: true.*$/m, ''))).toEqual(['exam-missing-field@4']);
    expect(codes(EXAM_TEXT.replace('critical: [no-blame, resolve-call]', 'critical: [no-blame, be-nice]'))).toEqual(['exam-invalid-value@17']);
    expect(codes(EXAM_TEXT.replace(/(- id: service-outage\n\s+version: \d+\n\s+)sha256: \w+/, '$1sha256: nothex'))).toEqual(['exam-invalid-value@14']);
    expect(codes(EXAM_TEXT.replace('  - id: service-outage', '  - id: double-charge'))).toEqual(['exam-duplicate-scenario@12']);
    expect(codes('id: [unclosed\n')).toHaveLength(1);
    expect(codes('- a list\n')).toEqual(['exam-not-a-mapping@1']);
    expect(codes('')).toHaveLength(1);
  });

  it('reports a pinned scenario that is missing, at another version, or changed, naming it', () => {
    const r = loadExam(EXAM_TEXT, EXAM_FILE);
    if (!r.ok) throw new Error('example exam does not load');
    const index = bundledIndex();
    expect(checkPins(r.exam, r.doc, index, EXAM_FILE)).toEqual([]);

    const missing = new Map(index);
    missing.delete('service-outage');
    const [m] = checkPins(r.exam, r.doc, missing, EXAM_FILE);
    expect(m).toMatchObject({ code: 'exam-scenario-missing', line: 12, params: { scenario: 'service-outage' } });

    const dc = index.get('double-charge')!;
    const older = new Map(index).set('double-charge', { ...dc, scenario: { ...dc.scenario, version: 3 } });
    expect(checkPins(r.exam, r.doc, older, EXAM_FILE)[0]).toMatchObject({ code: 'exam-scenario-version', line: 10, params: { scenario: 'double-charge', expected: dc.scenario.version, actual: 3 } });

    const changed = { ...dc.scenario, title: `${dc.scenario.title}!` };
    const p = checkPins(r.exam, r.doc, new Map(index).set('double-charge', { ...dc, scenario: changed }), EXAM_FILE)[0]!;
    expect(p).toMatchObject({ code: 'exam-scenario-changed', line: 11, params: { scenario: 'double-charge', actual: scenarioHash(changed) } });
    expect(p.message).toMatch(`scenario "double-charge" version ${dc.scenario.version} changed since it was pinned`);
  });

  it('words every problem code in every UI language', () => {
    const params: Params = new Proxy({}, { get: (_t, k) => `<${String(k)}>` }) as Params;
    for (const code of EXAM_CODES) for (const locale of LOCALES) expect(examMessage(code, params, locale), `${code} ${locale}`).not.toMatch(/undefined|^\s*$/);
  });
});
