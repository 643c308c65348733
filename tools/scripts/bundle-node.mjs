// Bundles a Node entry point with esbuild: workspace libraries (tsconfig paths) are inlined,
// npm packages stay external and load from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { argv, exit } from 'node:process';

const [entry, outfile] = argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: node tools/scripts/bundle-node.mjs <entry.ts> <outfile.js>');
  exit(2);
}

// Vite's `import text from './x.txt?raw'`, so code that Vitest runs bundles the same way: the file's text is
// inlined as a string (the seed documents ship inside the API bundle, with no files to copy beside it).
const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  tsconfig: 'tsconfig.base.json',
  define: { GOALTRAIL_VERSION: JSON.stringify(version) },
  plugins: [rawText],
  logLevel: 'warning',
});
