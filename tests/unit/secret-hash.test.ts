import { describe, expect, it } from "vitest";
import { DUMMY_SECRET_HASH, hashSecret, isCurrentSecretHash, verifySecret } from "../../src/auth/secret-hash.js";

const SECRET = "c3f1e0b7a9d24e5f8a6b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f";

async function legacyHash(secret: string, salt: Uint8Array, iterations: number, encode: (bytes: Uint8Array) => string) {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations },
    key,
    256,
  );
  return `pbkdf2-sha256$${iterations}$${encode(salt)}$${encode(new Uint8Array(bits))}`;
}

const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

describe("client secret hashes", () => {
  it("stores the SHA-256 form and verifies only the same secret against it", async () => {
    const stored = await hashSecret(SECRET);
    expect(stored).toMatch(/^sha256\$[A-Za-z0-9_-]{43}$/);
    expect(isCurrentSecretHash(stored)).toBe(true);
    expect(await verifySecret(SECRET, stored)).toBe(true);
    expect(await verifySecret(`${SECRET.slice(0, -1)}0`, stored)).toBe(false);
    expect(await verifySecret(SECRET, DUMMY_SECRET_HASH)).toBe(false);
  });

  it("refuses a stored hash that is not base64url, even where a lenient decoder would read the same bytes", async () => {
    const stored = await hashSecret(SECRET);
    const digits = stored.slice("sha256$".length);
    // Node's decoder skips characters outside the alphabet: with a "!" inside it would read the right bytes.
    expect(await verifySecret(SECRET, `sha256$${digits.slice(0, 20)}!${digits.slice(20)}`)).toBe(false);
    expect(await verifySecret(SECRET, `sha256$${digits.slice(0, -1)}`)).toBe(false);
    expect(await verifySecret(SECRET, `sha256$${digits}$extra`)).toBe(false);
    expect(await verifySecret(SECRET, `md5$${digits}`)).toBe(false);
  });

  it("verifies a legacy PBKDF2 hash, written url-safe or with the standard alphabet and padding", async () => {
    // A salt whose encodings differ between the alphabets ("+" and "/" against "-" and "_").
    const salt = Uint8Array.from([251, 255, 191, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 250]);
    const urlSafe = await legacyHash(SECRET, salt, 1000, base64Url);
    const standard = await legacyHash(SECRET, salt, 1000, (bytes) => btoa(String.fromCharCode(...bytes)));
    expect(urlSafe).not.toBe(standard);
    for (const stored of [urlSafe, standard]) {
      expect(isCurrentSecretHash(stored)).toBe(false);
      expect(await verifySecret(SECRET, stored)).toBe(true);
      expect(await verifySecret("another secret", stored)).toBe(false);
    }
    // A cost far above the one ever written is refused without deriving anything.
    expect(await verifySecret(SECRET, urlSafe.replace("$1000$", "$5000000$"))).toBe(false);
  });
});
