// `npm run bench:bundle`: DESIGN §9's initial-JavaScript budget (≤ 150 kB gzip). Builds the app into its own
// folder and sums the gzip size of what index.html loads before the first paint: the entry script and every
// module it preloads. Lazy chunks (memory and entry views, the Chinese catalogue, the Embed dialog) are listed
// apart. Exits 1 over budget. Flag: --no-build (measure test-results/bundle-bench as it is).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = 'test-results/bundle-bench';
const BUDGET_KB = 150;

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('vite build failed');
}

const html = readFileSync(join(OUT, 'index.html'), 'utf8');
/** Scripts the page fetches at once: `<script src>` and `<link rel="modulepreload" href>`. */
const initial = new Set(
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  ),
);
const kb = (file: string) => gzipSync(readFileSync(join(OUT, file))).length / 1000;
const chunks = readdirSync(join(OUT, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ file: `assets/${f}`, kb: kb(`assets/${f}`) }))
  .sort((a, b) => b.kb - a.kb);

let total = 0;
console.log('| chunk | gzip kB | loaded |\n|---|---:|---|');
for (const c of chunks) {
  const first = initial.has(c.file);
  if (first) total += c.kb;
  console.log(`| ${c.file} | ${c.kb.toFixed(2)} | ${first ? 'at start' : 'on demand'} |`);
}
const ok = total <= BUDGET_KB;
console.log(
  `\ninitial JavaScript: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB) ${ok ? 'ok' : 'OVER BUDGET'}`,
);
if (initial.size === 0 || !ok) process.exit(1);
