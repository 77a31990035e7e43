import { useEffect, useRef } from 'react';
import type { Exam, ExamRecord, Scenario, Scorecard } from '../../engine/index.ts';
import { useExamT } from './exam-i18n.ts';

/** The end of an exam: the verdict, the scorecard if the exam allows it, the record to download, and a printable certificate. */
export function ExamResult(props: { exam: Exam; scenarios: Scenario[]; record: ExamRecord; scorecards: Scorecard[]; lms: string }) {
  const { exam, scenarios, record, scorecards, lms } = props;
  const t = useExamT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const passed = record.result.passed;
  return (
    <div className="exam-result">
      <section aria-labelledby="result-heading" className="no-print">
        <h1 id="result-heading" ref={heading} tabIndex={-1}>{t('resultHeading')}: {passed ? t('resultPassed') : t('resultFailed')}</h1>
        <p>{t('resultScore', { score: record.result.score, pass: exam.passScore })}</p>
        {record.result.criticalFailures.length > 0 && <p>{t('criticalFailed', { rules: record.result.criticalFailures.join(', ') })}</p>}
        {lms === 'sending' ? <p role="status">{t('lmsReporting')}</p> : lms === 'sent' ? <p role="status">{t('lmsReported')}</p> : lms !== 'none' && <p role="alert">{t('lmsFailed', { reason: lms })}</p>}
        {exam.review ? <CallList scenarios={scenarios} record={record} scorecards={scorecards} /> : <p>{t('reviewHidden')}</p>}
        <p className="exam-actions">
          <a className="button" href={recordUrl(record)} download={`${record.exam.id}-${record.candidate.id}-${record.attempt}.record.json`}>{t('downloadRecord')}</a>{' '}
          <button type="button" onClick={() => window.print()}>{t('printCertificate')}</button>
        </p>
      </section>
      <Certificate exam={exam} record={record} />
    </div>
  );
}

function CallList({ scenarios, record, scorecards }: { scenarios: Scenario[]; record: ExamRecord; scorecards: Scorecard[] }) {
  const t = useExamT();
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">{t('perCall')}</h2>
      <ul>
        {record.scenarios.map((run, i) => (
          <li key={run.id}>
            <span lang={scenarios[i]!.locale}>{t('callScore', { title: scenarios[i]!.title, score: run.score, verdict: t(run.passed ? 'verdictPassed' : 'verdictFailed') })}</span>
            {run.brokenRules.length > 0 && <> · {t('rulesBroken', { rules: scorecards[i]!.violations.map((v) => v.rule).filter((r, k, a) => a.indexOf(r) === k).join(', ') })}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Certificate({ exam, record }: { exam: Exam; record: ExamRecord }) {
  const t = useExamT();
  const verdict = t(record.result.passed ? 'certificateVerdictPassed' : 'certificateVerdictFailed');
  return (
    <section className="certificate" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">{t('certificateTitle')}</h2>
      <p>{t('certificateText', { name: record.candidate.name, id: record.candidate.id, title: exam.title, version: exam.version, date: record.finishedAt.slice(0, 10), verdict, score: record.result.score })}</p>
      <p>
        {t('verificationCode')}: <code className="verification-code">{record.digest}</code>
      </p>
      <p className="hint">{t('verificationHint')}</p>
    </section>
  );
}

// A data URL rather than an object URL: nothing to revoke, and the record is a few kilobytes.
function recordUrl(record: ExamRecord): string {
  return `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(record, null, 2)}\n`)}`;
}
