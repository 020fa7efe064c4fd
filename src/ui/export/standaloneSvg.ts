/**
 * A rendered SVG as a file that draws the same picture on its own: the theme's colours, strokes and type are
 * read from the computed styles (CSS variables resolved) and written into each element's style attribute,
 * because an SVG opened by itself has neither theme.css nor machine.css. Text stays text.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties children inherit: written where they differ from the parent's, so the file stays small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
  'marker-start',
  'marker-mid',
  'marker-end',
  'color',
] as const;

/** Properties that are not inherited, with their initial value: written only when they differ from it. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  display: 'inline',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
};

/** `url("http://host/page#id")` → `url(#id)`: references stay inside the file. */
function localUrls(value: string): string {
  return value.replace(/url\(\s*["']?[^"')]*?(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

function styleOf(own: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): string {
  const parts: string[] = [];
  for (const name of INHERITED) {
    const v = own.getPropertyValue(name);
    if (v !== '' && (parent === null || v !== parent.getPropertyValue(name))) {
      parts.push(`${name}:${localUrls(v)}`);
    }
  }
  for (const [name, initial] of Object.entries(OWN)) {
    const v = own.getPropertyValue(name);
    // `display` is inline or block for every drawn SVG element; only `none` changes the picture.
    if (name === 'display' ? v === 'none' : v !== '' && v !== initial) parts.push(`${name}:${localUrls(v)}`);
  }
  return parts.join(';');
}

export interface StandaloneSvgOptions {
  /** The picture's background (the view has none of its own: the pane's colour shows through). */
  readonly background: string;
}

/**
 * Serialises `svg` (which must be in the document, so its styles are computed) at its viewBox size, with a
 * background rectangle and every element's computed style inlined. Animation layers (`.mv-fx`) are emptied.
 */
export function standaloneSvg(svg: SVGSVGElement, options: StandaloneSvgOptions): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = originals.map((el) => getComputedStyle(el));
  const parentIndex = new Map<Element, number>(originals.map((el, i) => [el, i]));
  originals.forEach((el, i) => {
    const parent = el === svg ? undefined : parentIndex.get(el.parentElement!);
    const style = styleOf(styles[i]!, parent === undefined ? null : styles[parent]!);
    const copy = copies[i]!;
    if (style) copy.setAttribute('style', style);
    else copy.removeAttribute('style');
  });
  // A step's travelling blocks are a moment of an animation, not the state after the step.
  for (const fx of clone.querySelectorAll('.mv-fx')) fx.replaceChildren();
  // The classes only named rules of the app's CSS, which the file does not have.
  for (const el of [clone, ...clone.querySelectorAll('*')]) el.removeAttribute('class');
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', String(box.x));
  bg.setAttribute('y', String(box.y));
  bg.setAttribute('width', String(box.width));
  bg.setAttribute('height', String(box.height));
  bg.setAttribute('fill', options.background);
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}
