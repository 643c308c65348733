// Vite's `?raw` suffix imports a file's text; the tests read the sample documents this way, without Node's fs.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
