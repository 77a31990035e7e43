import { loadTypedModule } from '../../engine/index.ts';

type TypedModule = Awaited<ReturnType<typeof loadTypedModule>>;

let loading: Promise<TypedModule> | null = null;

/**
 * The typed-reply reader with the text analyzer, loaded once on first need: the first screen and a call
 * played by choosing alone never download it. A failed download may be retried.
 */
export function getTypedModule(): Promise<TypedModule> {
  loading ??= loadTypedModule().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
