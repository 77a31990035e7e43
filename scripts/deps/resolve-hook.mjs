// Node module hook: only dependency-cruiser's own import of @swc/core is redirected, so the adapter
// itself (and anything else) still gets the real package.
const ADAPTER = new URL('./swc-tsx.mjs', import.meta.url).href;

/** Resolve `@swc/core` imported from inside dependency-cruiser to the JSX-aware adapter. */
export async function resolve(specifier, context, next) {
  if (specifier === '@swc/core' && context.parentURL?.includes('/node_modules/dependency-cruiser/')) {
    return { url: ADAPTER, shortCircuit: true };
  }
  return next(specifier, context);
}
