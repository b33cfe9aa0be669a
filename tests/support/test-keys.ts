import type { JWK } from "jose";
import { generateSigningJwk } from "../../src/auth/signing-keys.js";

let testKey: Promise<JWK> | undefined;

/** One ES256 key per test file, as the JWT_SIGNING_KEYS setting would carry it. */
export async function testSigningKeysSetting(): Promise<string> {
  testKey ??= generateSigningJwk();
  return JSON.stringify({ keys: [await testKey] });
}
