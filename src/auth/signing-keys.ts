import { type CryptoKey, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";

/**
 * Access tokens are signed with ES256. A key ring holds the key that signs (the first) and every key
 * that still verifies. Rotation: put a new key first; tokens signed by the old one keep verifying
 * until the old key is removed.
 */
export const SIGNING_ALGORITHM = "ES256";

export interface KeyRing {
  readonly signingKid: string;
  readonly signingKey: CryptoKey;
  /** An ES256 signature (IEEE P1363, r ‖ s, as JWS wants it) of `data` by the signing key. */
  readonly sign: (data: Uint8Array) => Promise<Uint8Array>;
  /** Verification keys by kid. */
  readonly verificationKeys: ReadonlyMap<string, CryptoKey>;
  /** The public halves, for /.well-known/jwks.json. */
  readonly publicJwks: readonly JWK[];
}

export interface KeyRingSource {
  get(): Promise<KeyRing>;
}

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SigningKeyError";
  }
}

/** A new private JWK with its RFC 7638 thumbprint as kid. */
export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: SIGNING_ALGORITHM, use: "sig" };
}

function publicHalf(jwk: JWK): JWK {
  const { kty, crv, x, y, kid } = jwk;
  return { kty, crv, x, y, kid, alg: SIGNING_ALGORITHM, use: "sig" } as JWK;
}

/** Builds a ring from private JWKs, newest (the signer) first. */
export async function keyRingFromJwks(privateJwks: readonly JWK[]): Promise<KeyRing> {
  const first = privateJwks[0];
  if (first === undefined) throw new SigningKeyError("at least one signing key is needed");
  const verificationKeys = new Map<string, CryptoKey>();
  const publicJwks: JWK[] = [];
  let signingKey: CryptoKey | undefined;
  for (const [index, jwk] of privateJwks.entries()) {
    if (jwk.kty !== "EC" || jwk.crv !== "P-256" || typeof jwk.d !== "string") {
      throw new SigningKeyError(`signing key ${index} must be a private EC P-256 JWK (ES256)`);
    }
    if (typeof jwk.kid !== "string" || jwk.kid === "") throw new SigningKeyError(`signing key ${index} needs a kid`);
    if (verificationKeys.has(jwk.kid)) throw new SigningKeyError(`two signing keys share the kid ${jwk.kid}`);
    const privateKey = (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey;
    const publicJwk = publicHalf(jwk);
    verificationKeys.set(jwk.kid, (await importJWK(publicJwk, SIGNING_ALGORITHM)) as CryptoKey);
    publicJwks.push(publicJwk);
    if (index === 0) signingKey = privateKey;
  }
  const key = signingKey as CryptoKey;
  return { signingKid: first.kid as string, signingKey: key, sign: es256Signer(key), verificationKeys, publicJwks };
}

interface NodeSigning {
  readonly KeyObject: { from(key: CryptoKey): unknown };
  sign(algorithm: "sha256", data: Uint8Array, key: { key: unknown; dsaEncoding: "ieee-p1363" }): Uint8Array;
}

/**
 * Signs with node:crypto where it exists (found through `process.getBuiltinModule`, so this file
 * imports nothing a Worker lacks): synchronous, 37 µs of CPU, where WebCrypto's sign costs 65 µs and
 * a trip through libuv's thread pool per token (bench/RESULTS.md, "Read path, session 5"). The key is
 * converted once, when the ring is built. Elsewhere (Workers), WebCrypto; both give the same signature form.
 */
function es256Signer(key: CryptoKey): (data: Uint8Array) => Promise<Uint8Array> {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const node = process?.getBuiltinModule?.("node:crypto") as Partial<NodeSigning> | undefined;
  if (typeof node?.sign === "function" && typeof node.KeyObject?.from === "function") {
    const sign = node.sign;
    try {
      const keyObject = node.KeyObject.from(key);
      // workerd's node:crypto (nodejs_compat, as in the Worker tests) cannot take its own CryptoKey: tried once here.
      sign("sha256", new Uint8Array(1), { key: keyObject, dsaEncoding: "ieee-p1363" });
      return async (data) => sign("sha256", data, { key: keyObject, dsaEncoding: "ieee-p1363" });
    } catch {
      // WebCrypto below.
    }
  }
  return async (data) =>
    new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, key, data as Uint8Array<ArrayBuffer>));
}

/** Parses the `JWT_SIGNING_KEYS` setting: a JWK Set (`{"keys": [...]}`) of private keys, signer first. */
export function parseSigningKeysSetting(text: string): JWK[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SigningKeyError('JWT_SIGNING_KEYS must be JSON: a JWK Set {"keys": [...]}');
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new SigningKeyError('JWT_SIGNING_KEYS must be a JWK Set with at least one key: {"keys": [...]}');
  }
  return keys as JWK[];
}
