import type { JWK } from "jose";
import { keyEncryption, keyProtectionFor, parseKeyEncryptionKey } from "../../src/auth/key-encryption.js";
import { generateSigningJwk } from "../../src/auth/signing-keys.js";

let testKey: Promise<JWK> | undefined;

/** The key-encryption key the test harnesses run with (as the Workers test bindings' KEY_ENCRYPTION_KEY). */
export const TEST_KEY_ENCRYPTION_KEY = "q2Xl3sQ0m8m3Yp6hB1vR9cT4wE7zK5nA0dF2gH8jL6o=";

export function testKeyEncryptionKeyBytes(text: string = TEST_KEY_ENCRYPTION_KEY): Uint8Array {
  const parsed = parseKeyEncryptionKey(text);
  if (typeof parsed === "string") throw new Error(`bad test KEK: ${parsed}`);
  return parsed;
}

/** What the harness seals its stored keys with. */
export const testKeyProtection = () => keyEncryption(testKeyEncryptionKeyBytes());

/** The harnesses' key protection from their `keyEncryptionKey` option: the test KEK, another one, or none (null). */
export function harnessKeyProtection(keyEncryptionKey: string | null | undefined) {
  return keyProtectionFor(
    keyEncryptionKey === undefined
      ? testKeyEncryptionKeyBytes()
      : keyEncryptionKey === null
        ? null
        : testKeyEncryptionKeyBytes(keyEncryptionKey),
  );
}

/** One ES256 key per test file, as the JWT_SIGNING_KEYS setting would carry it. */
export async function testSigningKeysSetting(): Promise<string> {
  testKey ??= generateSigningJwk();
  return JSON.stringify({ keys: [await testKey] });
}
