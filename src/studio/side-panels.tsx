import { useStore } from '../state/store.ts';
import { useProblemWords } from './problem-words.ts';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

/** The located problems of the draft, in file order; a click on one opens the YAML view. */
export function ProblemsPanel({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const problems = useStore(session.store, (s) => s.problems);
  const word = useProblemWords();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="problems-panel" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t('problemsHeading')}{' '}
        <span className="muted" role="status">
          ({t('problemsCount', { errors, warnings: problems.length - errors })})
        </span>
      </h2>
      <div className="problem-lines">
        {problems.length === 0 ? (
          <p>{t('noProblems')}</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={i} className={`problem problem-${p.severity}`}>
                <span className="problem-where">{t('problemAt', { line: p.line, column: p.column })}</span> {word(p)}{' '}
                <span className="code">[{p.code}]</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** The whole-scenario figures of the latest analysis, or that it is running or impossible. */
export function AnalysisSummary({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const analysis = useStore(session.store, (s) => s.analysis);
  const analysing = useStore(session.store, (s) => s.analysing);
  const loads = useStore(session.store, (s) => s.loads);
  return (
    <section className="analysis-summary" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t('analysisHeading')}</h2>
      <p role="status">
        {analysing
          ? t('analysing')
          : analysis
            ? t('analysisSummary', { paths: analysis.paths, rate: `${Math.round(analysis.passRate * 1000) / 10}%`, best: analysis.bestScore })
            : loads
              ? t('analysing')
              : t('notAnalyzable')}
      </p>
    </section>
  );
}
