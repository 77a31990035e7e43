import type { Problem } from '../../engine/index.ts';

/** Located problems of a scenario file, one line each as `file:line:column: severity: message [code]`. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i} className={`problem problem-${p.severity}`}>
          <code>
            {p.file}:{p.line}:{p.column}
          </code>
          : {p.severity}: {p.message} <span className="code">[{p.code}]</span>
        </li>
      ))}
    </ul>
  );
}
