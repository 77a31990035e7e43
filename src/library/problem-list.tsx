import { useEffect, useState } from 'react';
import { loadProblemFormatModule, type Locale, type Problem } from '../../engine/index.ts';
import { useLocale } from '../state/use-t.ts';

type FormatProblem = (problem: Problem, lang: Locale) => string;

// The wording tables of every locale are only needed once a broken file is shown, so they load on demand.
function useProblemFormatter(): FormatProblem | null {
  const [format, setFormat] = useState<{ fn: FormatProblem } | null>(null);
  useEffect(() => {
    let live = true;
    void loadProblemFormatModule().then((m) => live && setFormat({ fn: m.formatProblem }));
    return () => {
      live = false;
    };
  }, []);
  return format?.fn ?? null;
}

/** Located problems of a scenario file in the UI language, one line each as `file:line:column: severity: message [code]`. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const locale = useLocale();
  const format = useProblemFormatter();
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <code>
            {p.file}:{p.line}:{p.column}
          </code>
          : {p.severity}: {format ? format(p, locale) : '…'} <span className="code">[{p.code}]</span>
        </li>
      ))}
    </ul>
  );
}
