import { encodeHash } from '../../url/codec';
import type { Controls, LinkState } from '../../url/fields';

/** What the Embed dialog lets the author choose. */
export interface EmbedOptions {
  readonly from: number;
  readonly to: number;
  readonly autoplay: boolean;
  readonly loop: boolean;
  /** A line of narration under the machine. */
  readonly narration: boolean;
  readonly controls: Controls;
  readonly width: number;
  readonly height: number;
}

/** Text for an HTML attribute value in double quotes. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed link of a state: the same scenario, parameters and view, in embed mode with the options. Pure. */
export function embedLink(base: string, state: LinkState, o: EmbedOptions): string {
  return (
    base +
    encodeHash({
      ...state,
      step: o.from,
      from: o.from,
      to: o.to,
      autoplay: o.autoplay,
      loop: o.loop,
      controls: o.controls,
      narration: o.narration,
      embed: true,
      present: false,
    })
  );
}

/** The `<iframe>` snippet for a course page or slide; every value is escaped for its attribute. Pure. */
export function embedSnippet(src: string, title: string, o: Pick<EmbedOptions, 'width' | 'height'>): string {
  return (
    `<iframe src="${attr(src)}" width="${o.width}" height="${o.height}" title="${attr(title)}" ` +
    `loading="lazy" style="border:0" allow="fullscreen; clipboard-write"></iframe>`
  );
}
