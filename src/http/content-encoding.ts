import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";

/**
 * Compressed representations of large, immutable bodies (the whole framework: 102 KB of JSON),
 * compressed once and then served as bytes. Sending the uncompressed framework cost more than all the
 * rest of its request (`writev` of 102 KB was the largest frame of its profile, bench/RESULTS.md "Read
 * path, session 5"), and real HR tools send `Accept-Encoding`. The Node entry compresses with its own
 * zlib (node-body-compression.ts); a Worker has no compressor in its deps, because Cloudflare's edge
 * compresses responses itself (and would encode a body again that says it is encoded already).
 */
export type ContentCoding = "br" | "gzip";

export interface BodyCompressor {
  /** `bytes` in `coding`, as a body of exactly those bytes. */
  compress(bytes: Uint8Array, coding: ContentCoding): Uint8Array<ArrayBuffer>;
}

/**
 * The coding to send a compressible body in, from Accept-Encoding (RFC 9110 §12.5.3): brotli when the
 * client takes it, else gzip, else null (identity). A coding with q=0 is refused; `*` stands for any
 * coding not named.
 */
export function negotiateContentCoding(c: Context<AppEnv>): ContentCoding | null {
  const header = c.req.header("Accept-Encoding");
  if (header === undefined || header === "") return null;
  const quality = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    quality.set(name.trim().toLowerCase(), q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: ContentCoding) => (quality.get(coding) ?? quality.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return null;
}
