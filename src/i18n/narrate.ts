import { CATALOGS, translate, type Locale } from './index';

type NarrationParams = Readonly<Record<string, string | number>>;

/**
 * A step's params plus the phrases its narration is built from, in `locale`: `{filePages}` reads
 * "file page 3" for one page and "file pages 3–5" for several, `{pageCount}` "1 page" or "4 pages",
 * `{countBytes}` / `{bytesText}` "1 byte" or "4,096 bytes" (a step only gives the numbers).
 */
export function narrationParams(locale: Locale, params: NarrationParams): NarrationParams {
  const { first, last, pages } = params;
  const phrases: Record<string, string> = {};
  if (typeof first === 'number' && typeof last === 'number') {
    // "file page 3" / "file pages 3–5"; vmsplice's and zero-copy sends' pages are the buffer's, not a file's.
    const pagesOf = (kind: 'file' | 'buffer' | 'stream') =>
      translate(locale, `narration.${kind}${first === last ? 'Page' : 'Pages'}`, { first, last });
    const pagesText = pagesOf(params.userPages === 1 ? 'buffer' : 'file');
    phrases.streamPages = pagesOf('stream');
    // Bytes in front of the file (a header the program sent first): 1 = the header, then file pages; 2 = only it.
    phrases.filePages =
      params.header === 2
        ? translate(locale, 'narration.headerOnly', {})
        : params.header === 1
          ? translate(locale, 'narration.headerThen', { pages: pagesText })
          : pagesText;
  }
  const inBytes = (n: number) => translate(locale, n === 1 ? 'narration.oneByte' : 'narration.bytes', { n });
  if (typeof params.count === 'number') phrases.countBytes = inBytes(params.count);
  if (typeof params.bytes === 'number') phrases.bytesText = inBytes(params.bytes);
  if (params.sg === 'on' || params.sg === 'off') {
    // The process's own pages: a gathering NIC reads them, not the page cache (without SG the words are one).
    const key =
      params.userPages === 1 && params.sg === 'on'
        ? 'narration.nicReadsUser'
        : `narration.nicReads.${params.sg}`;
    phrases.nicReads = translate(locale, key, {});
  }
  if (typeof pages === 'number') {
    phrases.pageCount = translate(locale, pages === 1 ? 'narration.onePage' : 'narration.pages', { pages });
  }
  return { ...params, ...phrases };
}

/**
 * The message key a step is narrated with: `stepError.<site>` when the call failed (`errname` set) and the
 * catalogue words that failure on its own, else `step.<site>`.
 */
export function narrationKey(site: string, params: NarrationParams): string {
  const failed = typeof params.errname === 'string' && params.errname !== '';
  if (failed && `stepError.${site}` in CATALOGS.en) return `stepError.${site}`;
  // Page references to the process's own pages (vmsplice) where the site's own words say page cache.
  if (params.userPages === 1 && `stepUserPages.${site}` in CATALOGS.en) return `stepUserPages.${site}`;
  // Bytes the program made, from no file (params.header 2): the site's read+write words do not apply.
  if (params.header === 2 && `stepOwnBytes.${site}` in CATALOGS.en) return `stepOwnBytes.${site}`;
  return `step.${site}`;
}

/** The narration of one step in `locale`, as plain text. */
export function narrate(locale: Locale, site: string, params: NarrationParams): string {
  const said = translate(locale, narrationKey(site, params), narrationParams(locale, params));
  // Several sockets or files: the step names the one (or the two) it works on.
  const { socketFd, fileFd } = params;
  const prefix =
    typeof fileFd === 'number'
      ? typeof socketFd === 'number'
        ? translate(locale, 'narration.onFileSocket', { file: fileFd, fd: socketFd })
        : translate(locale, 'narration.onFile', { fd: fileFd })
      : typeof socketFd === 'number'
        ? translate(locale, 'narration.onSocket', { fd: socketFd })
        : '';
  const text = prefix + said;
  // TCP_CORK: a DMA of an skb that carries the corked header, or that was split off the held tail; bytes
  // that joined the unsent tail skb.
  const notes = (['corkHeader', 'corkSplit', 'appended'] as const)
    .filter((k) => params[k] === 1)
    .map((k) => translate(locale, `narration.${k}`, {}))
    .join('');
  // One call's copy spread over several skbs is counted once; its later parts say so (a site may word it).
  if (params.continued !== 1) return text + notes;
  const own = `narration.continuedCopy.${site}`;
  return text + notes + translate(locale, own in CATALOGS.en ? own : 'narration.continuedCopy', {});
}
