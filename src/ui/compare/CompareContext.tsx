import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CompareState, CompareStore } from '../../state/compareStore';

const CompareContext = createContext<CompareStore | null>(null);

export function CompareStoreProvider({ store, children }: { store: CompareStore; children: ReactNode }) {
  return <CompareContext.Provider value={store}>{children}</CompareContext.Provider>;
}

/** Compare mode's store (for actions). */
export function useCompareStore(): CompareStore {
  const store = useContext(CompareContext);
  if (!store) throw new Error('useCompareStore outside <CompareStoreProvider>');
  return store;
}

/** Selects from compare mode's store; select primitives or stable objects. */
export function useCompare<T>(selector: (s: CompareState) => T): T {
  return useStore(useCompareStore(), selector);
}
