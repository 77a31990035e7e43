import { useEffect, useState } from 'react';
import { loadGradeModule, loadTypedModule } from '../../engine/index.ts';

type ReaderModule = Awaited<ReturnType<typeof loadTypedModule>>;
type GradeModule = Awaited<ReturnType<typeof loadGradeModule>>;
/** The typed-reply reader, and the grader's "say this instead" search for feedback on the words. */
export type TypedModule = Pick<ReaderModule, 'readTyped' | 'tidyTypedText'> & Pick<GradeModule, 'insteadForTurn'>;

let loading: Promise<TypedModule> | null = null;

/**
 * The typed-reply reader with the text analyzer (and the grader's suggestions), loaded once on first need: the first screen and a call
 * played by choosing alone never download it. A failed download may be retried.
 */
export function getTypedModule(): Promise<TypedModule> {
  loading ??= Promise.all([loadTypedModule(), loadGradeModule()]).then(
    ([reader, grade]): TypedModule => ({ readTyped: reader.readTyped, tidyTypedText: reader.tidyTypedText, insteadForTurn: grade.insteadForTurn }),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The typed-reply module once it has loaded (null before), fetching it if `wanted`. */
export function useTypedModule(wanted: boolean): TypedModule | null {
  const [loaded, setLoaded] = useState<TypedModule | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let cancelled = false;
    getTypedModule().then(
      (m) => !cancelled && setLoaded(m),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, loaded]);
  return loaded;
}
