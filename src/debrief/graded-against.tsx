import type { Regraded } from '../state/results.ts';
import { useT } from '../state/use-t.ts';

/** Says which version an attempt was graded against when it is not the library's copy of the scenario now. */
export function GradedAgainst({ graded }: { graded: Extract<Regraded, { kind: 'graded' }> }) {
  const t = useT();
  if (graded.sameText) return null;
  const version = graded.attempt.version;
  const text = !graded.current
    ? t('gradedAgainstGone', { version })
    : graded.current.version === version
      ? t('gradedAgainstEdit', { version })
      : t('gradedAgainst', { version, current: graded.current.version });
  return (
    <p className="notice" role="note">
      {text}
    </p>
  );
}
