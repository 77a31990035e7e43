import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { connectScenarioSources } from './app/scenario-sources.ts';
import { appStore, followLocation } from './state/app-store.ts';
import { parseRoute } from './state/routes.ts';
import { initStorage, registry } from './state/storage.ts';
import './styles.css';

// An LMS launches an exam as index.html?exam=<id>&… (cmi5 or SCORM); the app routes by hash.
const launchedExam = new URLSearchParams(location.search).get('exam');
if (launchedExam && !location.hash.startsWith('#/exam/')) {
  history.replaceState(null, '', `${location.pathname}${location.search}#/exam/${encodeURIComponent(launchedExam)}`);
  appStore.set({ route: parseRoute(location.hash) });
}
followLocation();
connectScenarioSources();
void initStorage();
// Fetch the scenario of a call being reloaded while React and IndexedDB start, not after.
const first = appStore.get().route;
if (first.name === 'call' || first.name === 'debrief') void registry.get(first.key).catch(() => {});
createRoot(document.getElementById('root')!).render(<App />);
