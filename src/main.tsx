import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appStore, initStorage } from './app/app-state.ts';
import { parseRoute } from './app/routes.ts';
import './styles.css';

window.addEventListener('hashchange', () => appStore.set({ route: parseRoute(location.hash) }));
void initStorage();
createRoot(document.getElementById('root')!).render(<App />);
