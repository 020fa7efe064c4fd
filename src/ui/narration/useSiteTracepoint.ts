import { useEffect, useState } from 'react';
import { loadSiteTracepoints } from '../../sim/index';

type Lookup = (site: string) => string | undefined;
let lookup: Lookup | undefined;

/**
 * The tracepoint whose kernel stack shows a site's step on a real machine (the stacks test's own mapping). Its
 * table loads on demand: until it has arrived the narration simply does not name one.
 */
export function useSiteTracepoint(site: string): string | undefined {
  const [ready, setReady] = useState(lookup !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadSiteTracepoints().then((m) => {
      lookup = m.siteTracepoint;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return lookup?.(site);
}
