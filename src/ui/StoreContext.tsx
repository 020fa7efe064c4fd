import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Trace } from '../sim/index';
import { getTrace, type AppState, type AppStore } from '../state/index';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store instance (for actions and commands). */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside <AppStoreProvider>');
  return store;
}

/** Selects from the store; select primitives, or wrap object selectors in useShallow. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The trace derived from the store's inputs (memoised in src/state). */
export function useTrace(): Trace {
  const scenario = useApp((s) => s.scenario);
  const params = useApp((s) => s.params);
  const program = useApp((s) => s.program);
  return useMemo(() => getTrace(scenario, params, program), [scenario, params, program]);
}
