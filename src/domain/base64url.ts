/**
 * Base64url without padding (RFC 4648 §5), as JWS and the stored secret hashes use it. Node's Buffer
 * (found through `process.getBuiltinModule`, so this file imports nothing a Worker lacks) encodes a
 * token's claims and signature in 1–2 µs where the portable form (a binary string, btoa, three
 * replacements) took 11–13 µs per token (bench/RESULTS.md, "Token and framework, session 6");
 * elsewhere (Workers) the portable form, with the same output.
 */
interface NodeBufferView {
  toString(encoding: "base64url"): string;
  readonly byteLength: number;
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
}
interface NodeBufferClass {
  from(text: string, encoding: "utf8" | "base64url"): NodeBufferView;
  from(bytes: ArrayBufferLike, byteOffset: number, length: number): NodeBufferView;
}

function nodeBuffer(): NodeBufferClass | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const module = process?.getBuiltinModule?.("node:buffer") as { Buffer?: NodeBufferClass } | undefined;
  return typeof module?.Buffer?.from === "function" ? module.Buffer : null;
}

const NodeBuffer = nodeBuffer();
const UTF8 = new TextEncoder();
// Either alphabet, as atob after the url-safe replacements took it.
const BASE64_DIGITS = /^[A-Za-z0-9_+/-]*$/;

export function base64UrlOfBytes(bytes: Uint8Array): string {
  if (NodeBuffer !== null) {
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
  }
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The base64url of a text's UTF-8 bytes. */
export function base64UrlOfText(text: string): string {
  if (NodeBuffer !== null) return NodeBuffer.from(text, "utf8").toString("base64url");
  return base64UrlOfBytes(UTF8.encode(text));
}

/**
 * The bytes of base64url text, or null when it is not that. What it accepts is what atob accepted
 * after the url-safe replacements (either alphabet, padding only to a multiple of four), checked
 * first, since Node's decoder skips characters it does not know where atob refuses them.
 */
export function bytesOfBase64Url(text: string): Uint8Array | null {
  const digits = text.length % 4 === 0 ? text.replace(/={1,2}$/, "") : text;
  if (!BASE64_DIGITS.test(digits) || digits.length % 4 === 1) return null;
  if (NodeBuffer !== null) {
    const decoded = NodeBuffer.from(digits, "base64url");
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  }
  const binary = atob(digits.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
