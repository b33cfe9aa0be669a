/**
 * Client secrets are stored as PBKDF2-SHA256 hashes (WebCrypto, so the same code runs on Node and
 * Workers) in the form `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url). 100 000 iterations is
 * the most Workers' WebCrypto allows; the secrets we issue are 256-bit random values, so the hash
 * guards a leaked database, not a guessable password. Comparison is constant-time.
 */

const ITERATIONS = 100_000;
const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(secret, salt, ITERATIONS);
  return `pbkdf2-sha256$${ITERATIONS}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split("$");
  const rounds = Number(iterations);
  if (
    scheme !== "pbkdf2-sha256" ||
    !Number.isInteger(rounds) ||
    rounds < 1 ||
    salt === undefined ||
    hash === undefined
  ) {
    return false;
  }
  const expected = fromBase64Url(hash);
  const actual = await derive(secret, fromBase64Url(salt), rounds);
  return constantTimeEqual(actual, expected);
}

/** Verified against when the client id is unknown, so an unknown id costs as much as a wrong secret. */
export const DUMMY_SECRET_HASH = `pbkdf2-sha256$${ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** A random identifier or secret: `prefix_` + base32 of `bytes` random bytes (unguessable, not sequential). */
export function randomToken(prefix: string, bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of random) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      output += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32[(value << (5 - bits)) & 31];
  return `${prefix}_${output}`;
}
