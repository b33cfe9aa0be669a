import { base64UrlOfBytes, bytesOfBase64Url } from "../domain/base64url.js";
import { sha256Bytes } from "../domain/sha256.js";

/**
 * Client secrets are stored as `sha256$<base64url of SHA-256(secret)>` and compared in constant time
 * (node:crypto where it exists, else WebCrypto: domain/sha256.ts). The secrets this API issues are 256-bit
 * random values and a configured admin secret must carry as much (see `secretStrengthProblem`), so a
 * leaked hash cannot be reversed by guessing: a slow password hash would protect nothing more, while
 * it costs every token request a thread for tens of milliseconds (docs/security.md, "Client secrets").
 *
 * Hashes written before that (`pbkdf2-sha256$<iterations>$<salt>$<hash>`) still verify; the token
 * endpoint replaces one with the fast form on its client's next successful use. Deriving one is the
 * only expensive step left, so callers run it through a concurrency cap (`runExpensive`).
 */

const SHA256_SCHEME = "sha256";
const LEGACY_SCHEME = "pbkdf2-sha256";
const encoder = new TextEncoder();

async function derivePbkdf2(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashSecret(secret: string): Promise<string> {
  return `${SHA256_SCHEME}$${base64UrlOfBytes(await sha256Bytes(secret))}`;
}

/** Whether a stored hash is of the current (fast) form; a legacy one is rehashed on its next use. */
export function isCurrentSecretHash(stored: string): boolean {
  return stored.startsWith(`${SHA256_SCHEME}$`);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

/** Runs an expensive step under the caller's concurrency cap (it may refuse by throwing). */
export type RunExpensive = <T>(work: () => Promise<T>) => Promise<T>;

const runDirectly: RunExpensive = (work) => work();

/**
 * Whether `secret` matches `stored`. Only a legacy PBKDF2 hash is expensive, and only it goes
 * through `runExpensive`; an unknown scheme never matches.
 */
export async function verifySecret(
  secret: string,
  stored: string,
  runExpensive: RunExpensive = runDirectly,
): Promise<boolean> {
  const parts = stored.split("$");
  if (parts[0] === SHA256_SCHEME && parts.length === 2) {
    const expected = bytesOfBase64Url(parts[1] as string);
    return expected !== null && constantTimeEqual(await sha256Bytes(secret), expected);
  }
  if (parts[0] === LEGACY_SCHEME && parts.length === 4) {
    const rounds = Number(parts[1]);
    const salt = bytesOfBase64Url(parts[2] as string);
    const expected = bytesOfBase64Url(parts[3] as string);
    // 100 000 was the only count ever written; anything far above it is not ours and would be a cost bomb.
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1_000_000 || salt === null || expected === null) {
      return false;
    }
    return constantTimeEqual(await runExpensive(() => derivePbkdf2(secret, salt, rounds)), expected);
  }
  return false;
}

/** Verified against when the client id is unknown, so an unknown id costs as much as a wrong secret. */
export const DUMMY_SECRET_HASH = `${SHA256_SCHEME}$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

/** A run this long (repeating, counting up or down) marks typed text, not random output. */
const MIN_TYPED_RUN = 8;

/** The entropy every client secret carries: generated ones by construction, a configured one by check. */
export const MIN_SECRET_BITS = 256;

const CHARACTER_CLASSES: readonly { readonly test: RegExp; readonly size: number }[] = [
  { test: /[a-z]/, size: 26 },
  { test: /[A-Z]/, size: 26 },
  { test: /[0-9]/, size: 10 },
  { test: /[^a-zA-Z0-9]/, size: 33 },
];

/**
 * Why a chosen secret (ADMIN_CLIENT_SECRET) is too weak, or null. An upper estimate of its entropy
 * (length × log2 of the alphabets it draws from) must reach 256 bits, and it must not hold the
 * patterns people type instead of random text: eight or more characters in a row that repeat or
 * count up or down ("aaaaaaaa", "01234567", "abcdefgh"), or fewer than 12 different characters. Random
 * output of `openssl rand -hex 32` (or base64 of 32 random bytes) passes; `s` × 40 or `my-secret-0123456789…` does not.
 * Why eight and not five: random hex holds a run of five ("45678", "99999") in about one secret in
 * 400, which the check refused; a run of eight turns up in about one in a million.
 */
export function secretStrengthProblem(secret: string): string | null {
  const characters = [...secret];
  const pool = CHARACTER_CLASSES.filter((kind) => kind.test.test(secret)).reduce((sum, kind) => sum + kind.size, 0);
  const bits = characters.length * Math.log2(Math.max(pool, 1));
  const generate = "generate one with `openssl rand -hex 32`";
  if (bits < MIN_SECRET_BITS) {
    return `must carry at least ${MIN_SECRET_BITS} bits of randomness (this one has at most ${Math.floor(bits)}): ${generate}`;
  }
  if (new Set(characters).size < 12) return `must not be made of so few different characters: ${generate}`;
  let run = 1;
  let step: number | null = null;
  for (let index = 1; index < characters.length; index++) {
    const difference = (characters[index]?.codePointAt(0) ?? 0) - (characters[index - 1]?.codePointAt(0) ?? 0);
    if (Math.abs(difference) <= 1 && (step === null || difference === step)) {
      run += 1;
      step = difference;
    } else {
      run = Math.abs(difference) <= 1 ? 2 : 1;
      step = Math.abs(difference) <= 1 ? difference : null;
    }
    if (run >= MIN_TYPED_RUN) return `must not contain runs such as "aaaaaaaa" or "12345678": ${generate}`;
  }
  return null;
}

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
