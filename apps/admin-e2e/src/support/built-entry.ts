import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built admin app, as the API serves it. */
export const adminDist = fileURLToPath(new URL('../../../../dist/apps/admin/', import.meta.url));

// A string ECharts keeps in its core (the key it stores a chart instance under), so its chunk is
// found by what it contains, whatever the bundler names it.
const echartsMarker = '_echarts_instance_';

/** The built file behind a served path such as `/assets/index-x.js`. */
export function builtFile(path: string): Buffer {
  return readFileSync(join(adminDist, path));
}

/**
 * The scripts a browser must load before the app runs, read from the build itself: index.html's entry
 * script and module preloads, then every static `import` of those chunks, transitively. Dynamic
 * `import()` (lazy routes, the charts) is not followed.
 */
export function staticEntryScripts(): string[] {
  const html = readFileSync(join(adminDist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((match) => match[1] ?? '');
  if (entry.length !== 1) throw new Error(`expected one entry script in index.html, found ${entry.length}`);
  const found = new Set<string>();
  const queue = [...entry, ...preloads];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (found.has(path)) continue;
    found.add(path);
    const code = builtFile(path).toString('utf8');
    // Minified static imports: `import{a as b}from"./x.js"` and side-effect `import"./x.js"`.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
      queue.push(posix.join(posix.dirname(path), match[1] ?? ''));
    }
  }
  return [...found];
}

/** The served paths of the chunks that carry ECharts. */
export function echartsChunks(): string[] {
  return readdirSync(join(adminDist, 'assets'))
    .filter((name) => name.endsWith('.js') && builtFile(`/assets/${name}`).includes(echartsMarker))
    .map((name) => `/assets/${name}`);
}
