import { useEffect, useMemo, useState } from 'react';
import { loadProblemFormatModule, type Problem } from '../../engine/index.ts';
import { useLocale } from '../state/use-t.ts';

type Word = (problem: Problem) => string;

/** Put problems into words in the UI language; the wording tables load with the first use (their own chunk). */
export function useProblemWords(): Word {
  const locale = useLocale();
  const [format, setFormat] = useState<{ fn: typeof import('../../engine/format-problem.ts').formatProblem } | null>(null);
  useEffect(() => {
    let live = true;
    void loadProblemFormatModule().then((m) => live && setFormat({ fn: m.formatProblem }));
    return () => {
      live = false;
    };
  }, []);
  // One function per language and table, so views that depend on it do not redo their work every render.
  return useMemo<Word>(() => (format ? (p) => format.fn(p, locale) : (p) => p.code), [format, locale]);
}
