/**
 * The one SHA-256 of the codebase. Node's own hash (node:crypto, found through
 * `process.getBuiltinModule`, so this file imports nothing a Worker lacks) is synchronous and costs
 * 10–14 µs for a benchmark body where WebCrypto's digest costs 48–271 µs (issue 20's profile): the
 * promise, the copy into a new buffer and the trip through the thread pool. Where there is no
 * node:crypto (Workers), WebCrypto; both give the same hex digest.
 */
interface NodeHash {
  update(text: string, encoding: "utf8"): NodeHash;
  digest(encoding: "hex"): string;
  digest(): Uint8Array;
}
type CreateHash = (algorithm: "sha256") => NodeHash;

function nodeCreateHash(): CreateHash | null {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = process?.getBuiltinModule?.("node:crypto") as { createHash?: CreateHash } | undefined;
  return typeof crypto?.createHash === "function" ? crypto.createHash : null;
}

const createHash = nodeCreateHash();

/** Hex SHA-256 of a text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  if (createHash !== null) return createHash("sha256").update(text, "utf8").digest("hex");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of a text's UTF-8 bytes, as bytes (a client secret's check: 4 µs here, 24–32 µs through WebCrypto). */
export async function sha256Bytes(text: string): Promise<Uint8Array> {
  if (createHash !== null) return createHash("sha256").update(text, "utf8").digest();
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
