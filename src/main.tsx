import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appStore, initStorage, registry } from './app/app-state.ts';
import { parseRoute } from './app/routes.ts';
import './styles.css';

// An LMS launches an exam as index.html?exam=<id>&… (cmi5 or SCORM); the app routes by hash.
const launchedExam = new URLSearchParams(location.search).get('exam');
if (launchedExam && !location.hash.startsWith('#/exam/')) {
  history.replaceState(null, '', `${location.pathname}${location.search}#/exam/${encodeURIComponent(launchedExam)}`);
  appStore.set({ route: parseRoute(location.hash) });
}
window.addEventListener('hashchange', () => appStore.set({ route: parseRoute(location.hash) }));
void initStorage();
// Fetch the scenario of a call being reloaded while React and IndexedDB start, not after.
const first = appStore.get().route;
if (first.name === 'call' || first.name === 'debrief') void registry.get(first.key);
createRoot(document.getElementById('root')!).render(<App />);
