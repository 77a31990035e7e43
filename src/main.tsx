import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appStore, followLocation } from './state/app-store.ts';
import { initStorage, registry } from './state/storage.ts';
import './styles.css';

followLocation();
void initStorage();
// Fetch the scenario of a call being reloaded while React and IndexedDB start, not after.
const first = appStore.get().route;
if (first.name !== 'library') void registry.get(first.key).catch(() => {});
createRoot(document.getElementById('root')!).render(<App />);
