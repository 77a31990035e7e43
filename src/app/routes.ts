/** The screens of the app, addressed by the location hash so a reload lands on the same screen. */
export type Route =
  | { name: 'library' }
  | { name: 'call'; key: string }
  | { name: 'debrief'; key: string; attempt: number }
  | { name: 'exam'; id: string };

/** Read a route from a location hash such as `#/call/delivery-delay`; unknown hashes go to the library. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts[0] === 'call' && parts[1]) return { name: 'call', key: parts[1] };
  if (parts[0] === 'exam' && parts[1]) return { name: 'exam', id: parts[1] };
  if (parts[0] === 'debrief' && parts[1] && parts[2] && /^\d+$/.test(parts[2])) {
    return { name: 'debrief', key: parts[1], attempt: Number(parts[2]) };
  }
  return { name: 'library' };
}

/** Write a route as a location hash. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'call':
      return `#/call/${encodeURIComponent(route.key)}`;
    case 'debrief':
      return `#/debrief/${encodeURIComponent(route.key)}/${route.attempt}`;
    case 'exam':
      return `#/exam/${encodeURIComponent(route.id)}`;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
