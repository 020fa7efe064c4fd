/** An SVG file's text drawn into a canvas (the browser's own SVG renderer, so text and theme come out as in the file). */
export async function svgImage(svgText: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws `img` scaled to fill `canvas`. */
export function drawImage(canvas: HTMLCanvasElement, img: HTMLImageElement): void {
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
}

/** The SVG as a PNG at `scale` × its own width and height. */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const img = await svgImage(svgText);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  drawImage(canvas, img);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
