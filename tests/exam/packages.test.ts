import { describe, expect, it } from 'vitest';
import { cmi5CourseXml, launchUrl, loadExam, scormManifestXml } from '../../engine/index.ts';
import { parseRoute, formatRoute } from '../../src/state/routes.ts';
import { EXAM_MESSAGES } from '../../src/exam/exam-messages.ts';
import { cmi5Launch } from '../../src/exam/lms.ts';
import { EXAM_FILE, EXAM_TEXT } from './fixtures.ts';

const loaded = loadExam(EXAM_TEXT.replace('title: Customer care basics — certification', 'title: "Basics <&> \\"quoted\\""'), EXAM_FILE);
if (!loaded.ok) throw new Error('example exam does not load');
const exam = loaded.exam;

describe('course packages', () => {
  it('cmi5.xml: one AU launched at the exam, masteryScore from the overall pass mark, escaped text', () => {
    const xml = cmi5CourseXml(exam);
    expect(xml).toContain('<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">');
    expect(xml).toMatch(/<au id="https:\/\/hardcall\.invalid\/exams\/customer-care-basics\/v1\/au" moveOn="CompletedAndPassed" masteryScore="0\.7" launchMethod="OwnWindow">/);
    expect(xml).toContain('<url>index.html?exam=customer-care-basics</url>');
    expect(xml).toContain('Basics &lt;&amp;&gt; &quot;quoted&quot;');
    expect(launchUrl(exam)).toBe('index.html?exam=customer-care-basics');
  });

  it('imsmanifest.xml: SCORM 2004 4th edition, one SCO at the launch URL listing every file', () => {
    const xml = scormManifestXml(exam, ['index.html', 'assets/a.js']);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="index.html?exam=customer-care-basics"');
    expect(xml).toContain('<file href="assets/a.js"/>');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
  });
});

describe('exam mode in the app', () => {
  it('has a route', () => {
    expect(parseRoute('#/exam/customer-care-basics')).toEqual({ name: 'exam', id: 'customer-care-basics' });
    expect(formatRoute({ name: 'exam', id: 'a b' })).toBe('#/exam/a%20b');
  });

  it('recognises a cmi5 launch only with all five launch parameters', () => {
    const all = '?exam=x&endpoint=e&fetch=f&actor=a&registration=r&activityId=i';
    expect(cmi5Launch(all)).toBe(true);
    expect(cmi5Launch(all.replace('&fetch=f', ''))).toBe(false);
  });

  it('speaks every UI language with the same keys and placeholders', () => {
    const keys = Object.keys(EXAM_MESSAGES.en).sort();
    for (const [locale, table] of Object.entries(EXAM_MESSAGES)) {
      expect(Object.keys(table).sort(), locale).toEqual(keys);
      for (const k of keys) {
        const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(holes(table[k as keyof typeof table]), `${locale} ${k}`).toEqual(holes(EXAM_MESSAGES.en[k as keyof typeof table]));
      }
    }
  });
});

describe('exam JSON Schema', () => {
  it('is committed as generated from the zod schema (npm run exam:schema)', async () => {
    const { renderExamSchema } = await import('../../scripts/exam-schema.ts');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('./fixtures.ts');
    expect(readFileSync(join(ROOT, 'scenarios/exams/exam.schema.json'), 'utf8')).toBe(renderExamSchema());
  });
});
