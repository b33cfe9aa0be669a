// The Node server as `npm start` runs it: src/node.ts bundled by esbuild into dist/server.js, so a start
// loads one compiled file instead of transforming TypeScript through tsx (bench/RESULTS.md: about a
// third of the time to the first answer and half the idle memory), with its dependencies in it. The
// source map is written beside it but not loaded by `npm start`: `--enable-source-maps` on the bundle
// cost ~20 MB of idle memory (set NODE_OPTIONS=--enable-source-maps to map stack traces to src/).
// Plain JavaScript, so `npm start` needs no tsx.
import { build } from "esbuild";

const started = performance.now();
await build({
  entryPoints: ["src/node.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Dependencies bundled too, except what must stay a package: better-sqlite3 (native), playwright-core
  // (loaded on the first PDF only), swagger-ui-dist (its files are read from the package). Loading the
  // others as hundreds of small ESM files from node_modules was most of the start (resolving, reading
  // and linking each; bench/RESULTS.md, "Read path, session 5").
  external: ["better-sqlite3", "playwright-core", "swagger-ui-dist"],
  // Bundled CommonJS packages (pino) still require() Node's built-ins.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  sourcemap: true,
  // Whitespace and syntax only: V8 keeps the script's source in the heap (2.3 → 1.7 MB, and 3 MB less
  // of large-object space at idle, measured), while function names stay readable in stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  absWorkingDir: new URL("..", import.meta.url).pathname,
});
console.log(`built dist/server.js in ${Math.round(performance.now() - started)} ms`);
