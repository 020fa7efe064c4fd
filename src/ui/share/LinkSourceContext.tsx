import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AppStore } from '../../state/index';
import { encodeHash } from '../../url/codec';
import type { LinkSource } from '../../url/urlSync';

const LinkContext = createContext<LinkSource | null>(null);

/** Where the share UI gets links from: the URL adapter (startUrlSync) in the app. */
export function LinkSourceProvider({ source, children }: { source: LinkSource; children: ReactNode }) {
  return <LinkContext.Provider value={source}>{children}</LinkContext.Provider>;
}

/**
 * A link source for an app without the URL adapter (component tests, the machine harness): the page's
 * address plus the state's hash, without writing either.
 */
export function useDetachedLinkSource(store: AppStore): LinkSource {
  return useMemo(
    () => ({
      baseUrl: () => window.location.href.split('#')[0]!,
      currentLink: () => window.location.href.split('#')[0]! + encodeHash(store.getState()),
    }),
    [store],
  );
}

export function useLinkSource(): LinkSource {
  const source = useContext(LinkContext);
  if (!source) throw new Error('useLinkSource outside <LinkSourceProvider>');
  return source;
}
