import type { Analysis } from './types.ts';

type Jsonified<T> = T extends bigint
  ? string
  : T extends Array<infer U>
    ? Array<Jsonified<U>>
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** The analysis as JSON-ready data: every count (BigInt) as a decimal string, the rest as is. */
export type AnalysisJson = Jsonified<Analysis>;

function convert(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = convert(v);
    return out;
  }
  return value;
}

/** Turn an analysis into JSON-ready data: paths, passCount and every count as decimal strings. */
export function analysisToJson(a: Analysis): AnalysisJson {
  return convert(a) as AnalysisJson;
}
