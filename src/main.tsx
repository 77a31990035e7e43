import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appStore, initStorage, registry } from './app/app-state.ts';
import { parseRoute } from './app/routes.ts';
import './styles.css';

window.addEventListener('hashchange', () => appStore.set({ route: parseRoute(location.hash) }));
void initStorage();
// Fetch the scenario of a call being reloaded while React and IndexedDB start, not after.
const first = appStore.get().route;
if (first.name !== 'library') void registry.get(first.key);
createRoot(document.getElementById('root')!).render(<App />);
