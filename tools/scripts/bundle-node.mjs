// Bundles a Node entry point with esbuild: workspace libraries (tsconfig paths) are inlined,
// npm packages stay external and load from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { argv, exit } from 'node:process';

const [entry, outfile] = argv.slice(2);
if (!entry || !outfile) {
  console.error('usage: node tools/scripts/bundle-node.mjs <entry.ts> <outfile.js>');
  exit(2);
}

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
  logLevel: 'warning',
});
