import { useEffect, useState } from 'react';
import { useExamT } from './exam-i18n.ts';
import { newSeed, type ExamReady } from './exam-load.ts';
import type { ExamSession } from './exam-store.ts';

/** The exam's start page: what it asks, and the candidate's name and ID (or the LMS's learner). */
export function ExamIdentify({ ready, learner, onStart }: { ready: ExamReady; learner: { name: string; id: string } | null; onStart: (s: ExamSession) => void }) {
  const { exam, store } = ready;
  const t = useExamT();
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function start(candidate: { name: string; id: string }) {
    const past = (await store.listRecords(exam.id)).filter((r) => r.candidate.id === candidate.id).length;
    if (past >= exam.attempts) return setError(t('noAttemptsLeft', { id: candidate.id, allowed: exam.attempts }));
    onStart({ examId: exam.id, examSha: exam.sha256, candidate, attempt: past + 1, seed: newSeed(), startedAt: new Date().toISOString(), transcripts: exam.scenarios.map(() => []), current: 0 });
  }

  // Launched by an LMS that names the learner: start straight away, as that learner.
  useEffect(() => {
    if (learner) void start(learner);
    // Once per launch: `start` is recreated on every render but only the learner decides.
  }, [learner]);

  return (
    <section className="exam-intro" aria-labelledby="exam-heading">
      <h1 id="exam-heading">{t('examHeading', { title: exam.title })}</h1>
      <p>{t('examIntro', { count: exam.scenarios.length, pass: exam.passScore })}</p>
      {exam.replySeconds > 0 && <p>{t('examTimeLimit', { seconds: exam.replySeconds })}</p>}
      <p>{t('examAttempts', { allowed: exam.attempts })}</p>
      {error && <p role="alert">{error}</p>}
      {!learner && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim() || !id.trim()) return setError(t('fillBoth'));
            void start({ name: name.trim(), id: id.trim() });
          }}
        >
          <label>
            {t('candidateName')} <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" aria-required="true" />
          </label>
          <label>
            {t('candidateId')} <input value={id} onChange={(e) => setId(e.target.value)} aria-required="true" />
          </label>
          <button type="submit" className="primary">{t('startExam')}</button>
        </form>
      )}
    </section>
  );
}
