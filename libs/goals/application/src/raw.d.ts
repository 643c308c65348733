// Vite's `?raw` suffix imports a file's text (esbuild does the same through tools/scripts/bundle-node.mjs),
// so the seed documents are bundled with the code instead of being read from disk at run time.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
