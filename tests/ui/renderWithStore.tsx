import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createAppStore, type AppStore, type Restorable } from '../../src/state/index';
import { AppStoreProvider } from '../../src/ui/StoreContext';
import { useKeyboard } from '../../src/ui/useKeyboard';

function Keyboard({ store }: { store: AppStore }) {
  useKeyboard(store);
  return null;
}

/** Renders UI with a fresh store (and the app's keyboard handler), returning both. */
export function renderWithStore(ui: ReactNode, init?: Partial<Restorable>) {
  const store = createAppStore(init);
  const result = render(
    <AppStoreProvider store={store}>
      <Keyboard store={store} />
      {ui}
    </AppStoreProvider>,
  );
  return { store, ...result };
}
