import type { SiteDef } from './sites';

/** Every site, by index, and the index of each id: filled as the site modules define their sites. */
export const defs: SiteDef[] = [];
export const byId = new Map<string, number>();

/** Defines a site; its index is its order of definition (traces store it, so new sites come last). */
export function site(def: SiteDef): number {
  const index = defs.length;
  defs.push(Object.freeze(def));
  byId.set(def.id, index);
  return index;
}

export function syscallSites(
  name: string,
  fn: string,
  man: string,
  id = name,
): { enter: number; exit: number } {
  return {
    enter: site({ id: `${id}.enter`, kind: 'syscall.enter', fn, man, syscall: name }),
    exit: site({ id: `${id}.exit`, kind: 'syscall.exit', fn, man, syscall: name }),
  };
}
