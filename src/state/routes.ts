/**
 * The app's addresses, one line each: a pattern of literal segments and `:param` segments after `#/`.
 * A new screen adds its line here and its screen to the shell's table (src/app/screens.tsx).
 */
export const ROUTE_PATTERNS = {
  library: '',
  call: 'call/:key',
  debrief: 'debrief/:key/:attempt',
  exam: 'exam/:id',
  studio: 'studio',
  'studio-draft': 'studio/:draft',
} as const;

type Patterns = typeof ROUTE_PATTERNS;
type ParamsOf<P extends string> = P extends `${infer Head}/${infer Rest}`
  ? ParamsOf<Head> & ParamsOf<Rest>
  : P extends `:${infer Name}`
    ? { [K in Name]: string }
    : unknown;
type Flatten<T> = { [K in keyof T]: T[K] };

export type RouteName = keyof Patterns;
/** A screen and its parameters, e.g. `{ name: 'call', key: 'delivery-delay' }`. */
export type Route = { [N in RouteName]: Flatten<{ name: N } & ParamsOf<Patterns[N]>> }[RouteName];
/** The route of one screen. */
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

const NAMES = Object.keys(ROUTE_PATTERNS) as RouteName[];

/** Read a route from a location hash such as `#/call/delivery-delay`; unknown hashes go to the library. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  for (const name of NAMES) {
    const params = matchPattern(ROUTE_PATTERNS[name], parts);
    if (params) return { ...params, name } as Route;
  }
  return { name: 'library' };
}

/** Write a route as a location hash. */
export function formatRoute(route: Route): string {
  const params = new Map(Object.entries(route));
  const segments = patternSegments(ROUTE_PATTERNS[route.name]).map((s) => (s.startsWith(':') ? encodeURIComponent(String(params.get(s.slice(1)) ?? '')) : s));
  return `#/${segments.join('/')}`;
}

function matchPattern(pattern: string, parts: readonly string[]): Record<string, string> | null {
  const segments = patternSegments(pattern);
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, s] of segments.entries()) {
    const part = parts[i]!;
    if (s.startsWith(':')) params[s.slice(1)] = part;
    else if (s !== part) return null;
  }
  return params;
}

function patternSegments(pattern: string): string[] {
  return pattern.split('/').filter(Boolean);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
