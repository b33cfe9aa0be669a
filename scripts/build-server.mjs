// The Node server as `npm start` runs it: src/node.ts bundled by esbuild into dist/server.js, so a start
// loads one compiled file instead of transforming TypeScript through tsx (bench/RESULTS.md: about a
// third of the time to the first answer and half the idle memory). Packages stay external: node_modules
// is resolved at run time as usual (better-sqlite3 is native). Plain JavaScript, so `npm start` needs no tsx.
import { build } from "esbuild";

const started = performance.now();
await build({
  entryPoints: ["src/node.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  absWorkingDir: new URL("..", import.meta.url).pathname,
});
console.log(`built dist/server.js in ${Math.round(performance.now() - started)} ms`);
