// Base styles first, so each component's own stylesheet (imported by the component) comes after them.
import './ui/theme.css';
import './ui/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/index';
import { App } from './ui/App';
import { startUrlSync } from './url/urlSync';

const store = createAppStore();
// A link wins, a plain visit restores the last state, a first visit opens the scenario gallery.
const { source } = startUrlSync(store);
if (source === 'none') store.getState().togglePanel('gallery', true);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
