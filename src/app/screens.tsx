import { lazy, type ComponentType, type ReactNode } from 'react';
import { CallScreen } from '../call/call-screen.tsx';
import { LibraryView } from '../library/library-view.tsx';
import type { RouteName, RouteOf } from '../state/routes.ts';

type ScreenComponent<N extends RouteName> = ComponentType<{ route: RouteOf<N> }>;
/** A screen's component: in the first chunk, or loaded on first visit into its own chunk. */
type ScreenEntry<N extends RouteName> = { kind: 'eager'; screen: ScreenComponent<N> } | { kind: 'lazy'; load: () => Promise<ScreenComponent<N>> };

/**
 * The screen of each route, one line each (its address is in src/state/routes.ts). The library and the
 * call are in the first chunk (the first reply must show fast); the others load on demand.
 */
export const SCREENS: { [N in RouteName]: ScreenEntry<N> } = {
  library: { kind: 'eager', screen: () => <LibraryView /> },
  call: { kind: 'eager', screen: ({ route }) => <CallScreen key={route.key} scenarioKey={route.key} /> },
  debrief: { kind: 'lazy', load: () => import('../debrief/debrief-screen.tsx').then((m) => m.DebriefRoute) },
  // Exam mode (records, hashing, LMS reporting) loads only when an exam is opened.
  exam: { kind: 'lazy', load: () => import('../exam/exam-screen.tsx').then((m) => ({ route }: { route: RouteOf<'exam'> }) => <m.ExamScreen key={route.id} examId={route.id} />) },
  // The trainer studio (graph, code editor, analysis workers) is its own chunk, never loaded by players.
  studio: { kind: 'lazy', load: () => import('../studio/studio-screen.tsx').then((m) => () => <m.StudioScreen draftId={null} />) },
  'studio-draft': { kind: 'lazy', load: () => import('../studio/studio-screen.tsx').then((m) => ({ route }: { route: RouteOf<'studio-draft'> }) => <m.StudioScreen key={route.draft} draftId={route.draft} />) },
};

const lazyScreens = new Map<string, ScreenComponent<never>>();

/** The component of a route's screen; a new `attempt` makes a lazy screen fetch its code again (after a failed load). */
function screenFor<N extends RouteName>(name: N, attempt: number): ScreenComponent<N> {
  const entry: ScreenEntry<N> = SCREENS[name];
  if (entry.kind === 'eager') return entry.screen;
  const id = `${name}#${attempt}`;
  let screen = lazyScreens.get(id) as ScreenComponent<N> | undefined;
  if (!screen) {
    screen = lazy(() => entry.load().then((c) => ({ default: c })));
    lazyScreens.set(id, screen as ScreenComponent<never>);
  }
  return screen;
}

/** Render a route's screen. */
export function renderScreen<N extends RouteName>(route: RouteOf<N>, attempt: number): ReactNode {
  const Screen = screenFor(route.name as N, attempt);
  return <Screen route={route} />;
}
