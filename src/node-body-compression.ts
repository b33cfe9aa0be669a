import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { BodyCompressor } from "./http/content-encoding.js";

/**
 * The Node entry's compressor (http/content-encoding.ts): brotli at its highest quality and gzip at
 * level 9, since a body is compressed once and served many times (the framework: once ~100 ms, then
 * 102 KB → ~15 KB per response).
 */
export const nodeBodyCompression: BodyCompressor = {
  compress(bytes, coding) {
    const compressed =
      coding === "br"
        ? brotliCompressSync(bytes, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
          })
        : gzipSync(bytes, { level: 9 });
    // A Buffer may be a view into a shared pool: a copy of exactly its bytes is what gets kept.
    return new Uint8Array(compressed);
  },
};
