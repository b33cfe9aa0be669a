import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DocsAssetSource } from "./app-env.js";

/** Reads the docs page's files from the installed swagger-ui-dist package. */
export function nodeDocsAssets(): DocsAssetSource {
  const directory = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  return {
    async get(fileName) {
      try {
        const bytes = await readFile(join(directory, fileName));
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      } catch {
        return null;
      }
    },
  };
}
