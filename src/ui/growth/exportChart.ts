import type { ChartSeries } from './GrowthChart';

/** Styles that make the exported SVG look like the page (the page's come from CSS variables and classes). */
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
] as const;

/**
 * The chart as a standalone SVG document: every element's computed style written inline, so the file looks
 * the same without the page's stylesheet.
 */
export function chartSvgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((el, i) => {
    const computed = getComputedStyle(el);
    // Only what differs from the parent's (the rest is inherited in the file as on the page).
    const parent = el === svg ? null : getComputedStyle(el.parentElement!);
    const style = STYLE_PROPS.filter(
      (p) => !parent || computed.getPropertyValue(p) !== parent.getPropertyValue(p),
    ).map((p) => `${p}:${computed.getPropertyValue(p)}`);
    if (style.length > 0) copies[i]!.setAttribute('style', style.join(';'));
    else copies[i]!.removeAttribute('style');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(svg.viewBox.baseVal.width));
  clone.setAttribute('height', String(svg.viewBox.baseVal.height));
  return new XMLSerializer().serializeToString(clone);
}

/** The chart's values as CSV: one row per point, model and measured. Numbers exactly as computed. */
export function chartCsv(series: readonly ChartSeries[], axis: string, counter: string): string {
  const rows = [['series', 'scenario', axis, counter].join(',')];
  for (const s of series)
    for (const p of s.points)
      rows.push([s.measured ? 'measured' : 'model', s.scenario, p.x, p.value].join(','));
  return `${rows.join('\n')}\n`;
}

/** Saves a blob as a file (a download; nothing leaves the browser). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The SVG drawn on a canvas at twice its size, as PNG. */
export async function chartPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
