import validation from '@learninglocker/xapi-validation';

type Validate = (s: unknown) => Array<{ path?: unknown; message?: string; constructor: { name: string } }>;
// The package is CommonJS with `exports.default`; under Node's ESM interop the default import is the exports object.
const validate: Validate = ((validation as unknown as { default?: Validate }).default ?? validation) as Validate;

/** The xAPI 1.0.3 problems @learninglocker/xapi-validation finds in a statement, as readable lines (none: valid). */
export function statementProblems(statement: unknown): string[] {
  return validate(statement).map((w) => `${w.constructor.name} at ${JSON.stringify(w.path)}${w.message ? `: ${w.message}` : ''}`);
}
