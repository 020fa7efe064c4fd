import { en } from './en/index';
import { loadSiteTracepoints } from '../sim/index';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The catalogues loaded so far. English is built in (it is every message's fallback); the others are filled
 * in place by loadLocale, so the Chinese text is not part of the initial JavaScript (DESIGN §9's budget).
 */
const loaded: { [L in Locale]: Record<string, string> } = { en: { ...en }, 'zh-CN': {} };
const ready = new Set<Locale>(['en']);
export const CATALOGS: { readonly [L in Locale]: Readonly<Record<string, string>> } = loaded;

const LOADERS: { readonly [L in Locale]: () => Promise<Readonly<Record<string, string>>> } = {
  en: async () => en,
  'zh-CN': async () => (await import('./zh-CN/index')).zhCN,
};

/**
 * The English messages of the memory and system-call entry views, the counters' definitions, the range and
 * chapters row, the Embed dialog and the Export dialog with its handout, which are loaded on first use: they come with those parts (the
 * definitions just after the first paint) rather than in the initial JavaScript. (Other locales carry them
 * in their catalogue.)
 */
let viewMessages: Promise<void> | undefined;
export function loadViewMessages(): Promise<void> {
  viewMessages ??= Promise.all([
    import('./en/memory'),
    import('./en/entry'),
    import('./en/onDemand'),
    import('./en/glossaryTerms'),
    import('./en/costTable'),
    import('./en/exporting'),
  ]).then(([m, e, d, g, c, x]) => {
    Object.assign(loaded.en, m.memory, e.entry, d.onDemand, g.glossaryTerms, c.costTable, x.exporting);
  });
  return viewMessages;
}

let narration: Promise<void> | undefined;
let narrationLoaded = false;
let tracepointOf: ((siteId: string) => string | undefined) | undefined;

/**
 * The tracepoint whose kernel stack shows a site's step on a real machine (the stacks test's mapping): its
 * table loads with the narration, so a narrated step names it from the first frame.
 */
export function siteTracepointOf(siteId: string): string | undefined {
  return tracepointOf?.(siteId);
}

/**
 * The English narration of every step (`step.<site>`, with the strace replay's and the receive and write
 * paths' words) and the machine view's labels, loaded on demand: the page starts it at once and shows
 * its first run only when both have arrived (the run is built in the worker meanwhile), so the narration is
 * not part of the initial JavaScript. Node tools await it before they narrate.
 */
export function loadNarration(): Promise<void> {
  narration ??= Promise.all([
    import('./en/steps'),
    import('./en/strace'),
    import('./en/io'),
    import('./en/kernelCopy'),
    import('./en/uring'),
    import('./en/realSystems'),
    import('./en/machine'),
    import('./en/textbookNotes'),
    loadSiteTracepoints(),
  ]).then(([m, s, io, kc, u, real, mv, tb, tp]) => {
    tracepointOf = tp.siteTracepoint;
    Object.assign(
      loaded.en,
      m.steps,
      s.strace,
      io.io,
      kc.kernelCopy,
      u.uring,
      real.realSystems,
      mv.machine,
      tb.textbookNotes,
    );
    narrationLoaded = true;
  });
  return narration;
}

let compareMessages: Promise<void> | undefined;

/** Compare mode's English words, loaded with compare mode (src/ui/compare). */
export function loadCompareMessages(): Promise<void> {
  compareMessages ??= import('./en/compare').then((m) => {
    Object.assign(loaded.en, m.compare);
  });
  return compareMessages;
}

/** Whether the English narration is here (loadNarration). */
export function isNarrationLoaded(): boolean {
  return narrationLoaded;
}

/** The program editor's English messages: they load with the editor (other locales carry them). */
let editorMessages: Promise<void> | undefined;
export function loadEditorMessages(): Promise<void> {
  editorMessages ??= import('./en/editorPane').then((m) => {
    Object.assign(loaded.en, m.editorPane);
  });
  return editorMessages;
}

/** Predict, problem sets and lessons (issue 19): their English words load with those views. */
let classroomMessages: Promise<void> | undefined;
export function loadClassroomMessages(): Promise<void> {
  classroomMessages ??= import('./en/classroom').then((m) => {
    Object.assign(loaded.en, m.classroom);
  });
  return classroomMessages;
}

/** The growth charts' English messages: they load with the charts' page (other locales carry them). */
let growthMessages: Promise<void> | undefined;
export function loadGrowthMessages(): Promise<void> {
  growthMessages ??= import('./en/growth').then((m) => {
    Object.assign(loaded.en, m.growth);
  });
  return growthMessages;
}

/** Whether translate() has `locale`'s own messages yet (until then it answers in English, never with keys). */
export function isLocaleLoaded(locale: Locale): boolean {
  return ready.has(locale);
}

/** Loads a locale's catalogue (once; later calls share the first). */
const pending = new Map<Locale, Promise<void>>();
export function loadLocale(locale: Locale): Promise<void> {
  let p = pending.get(locale);
  if (!p) {
    p = LOADERS[locale]().then((messages) => {
      Object.assign(loaded[locale], messages);
      ready.add(locale);
    });
    pending.set(locale, p);
  }
  return p;
}

export function isLocale(s: string): s is Locale {
  return (LOCALES as readonly string[]).includes(s);
}

/** Placeholders in a message: `{name}`. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * The message for `key` in `locale` with `{name}` placeholders filled from `params`. Falls back to English,
 * then to the key itself, so a missing message is visible but never breaks rendering. Returns plain text:
 * callers render it as text, never as HTML.
 */
export function translate(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const message = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(locale, v) : v;
  });
}

/** Numbers as people read them: 10000 → "10,000" (en) / "10,000" (zh-CN). */
export function formatNumber(locale: Locale, n: number): string {
  return Number.isInteger(n) ? n.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US') : n.toFixed(1);
}

/** Locale choice order: the link, then the saved choice, then the browser's languages, then English. */
export function pickLocale(
  fromLink?: string | null,
  saved?: string | null,
  browser: readonly string[] = [],
): Locale {
  if (fromLink && isLocale(fromLink)) return fromLink;
  if (saved && isLocale(saved)) return saved;
  for (const lang of browser) {
    if (lang.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (lang.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
