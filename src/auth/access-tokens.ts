import { errors, jwtVerify } from "jose";
import { base64UrlOfBytes, base64UrlOfText } from "../domain/base64url.js";
import { isScope, ROLES, type Role, type Scope } from "./roles.js";
import { type KeyRing, SIGNING_ALGORITHM } from "./signing-keys.js";

export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly accessTokenTtlSeconds: number;
}

/** Who a verified token speaks for. */
export interface TokenSubject {
  readonly clientId: string;
  readonly role: Role;
  readonly scopes: readonly Scope[];
  /** The organisation an employer client is bound to. */
  readonly organisationId: string | null;
  /**
   * The client's credential generation when the token was issued (claim `gen`; 0 when absent). A
   * secret rotation moves the client on, and the access check refuses tokens of an older generation.
   */
  readonly generation: number;
}

export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidTokenError";
  }
}

/**
 * A signed access token (JWS compact, ES256, `typ: at+jwt`). Encoded here rather than with jose's
 * SignJWT, whose sign goes through WebCrypto on every token (the key ring signs with node:crypto
 * where it can; see signing-keys.ts); jose verifies these tokens as before.
 */
export async function issueAccessToken(
  ring: KeyRing,
  settings: TokenSettings,
  now: Date,
  subject: TokenSubject,
): Promise<{ accessToken: string; expiresIn: number }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = { alg: SIGNING_ALGORITHM, kid: ring.signingKid, typ: "at+jwt" };
  const claims = {
    role: subject.role,
    scope: subject.scopes.join(" "),
    gen: subject.generation,
    ...(subject.organisationId === null ? {} : { org: subject.organisationId }),
    iss: settings.issuer,
    aud: settings.audience,
    sub: subject.clientId,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + settings.accessTokenTtlSeconds,
    jti: crypto.randomUUID(),
  };
  const signingInput = `${base64UrlOfText(JSON.stringify(header))}.${base64UrlOfText(JSON.stringify(claims))}`;
  const signature = await ring.sign(UTF8.encode(signingInput));
  return { accessToken: `${signingInput}.${base64UrlOfBytes(signature)}`, expiresIn: settings.accessTokenTtlSeconds };
}

const UTF8 = new TextEncoder();

export function describeTokenError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "the token is not valid yet";
    if (error.claim === "iss") return "the token was issued by someone else";
    if (error.claim === "aud") return "the token is meant for another audience";
    return `the token's ${error.claim} claim is invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `tokens must be signed with ${SIGNING_ALGORITHM}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (error instanceof errors.JWKSNoMatchingKey) return "the token was signed with a key we do not know";
  if (error instanceof InvalidTokenError) return error.message;
  return "the token is malformed";
}

/** A verified token's subject and the times it is valid between (`nbf` inclusive, `exp` exclusive). */
export interface VerifiedAccessToken {
  readonly subject: TokenSubject;
  readonly notBefore: Date;
  readonly expiresAt: Date;
}

/** Verifies signature, algorithm, issuer, audience and time; rejects anything else with a reason. */
export async function verifyAccessToken(
  ring: KeyRing,
  settings: TokenSettings,
  now: Date,
  token: string,
): Promise<TokenSubject> {
  return (await verifyAccessTokenValidity(ring, settings, now, token)).subject;
}

/** As verifyAccessToken, with the validity window, for a cache of verified tokens. */
export async function verifyAccessTokenValidity(
  ring: KeyRing,
  settings: TokenSettings,
  now: Date,
  token: string,
): Promise<VerifiedAccessToken> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = typeof header.kid === "string" ? ring.verificationKeys.get(header.kid) : undefined;
        if (key === undefined) throw new errors.JWKSNoMatchingKey();
        return key;
      },
      {
        algorithms: [SIGNING_ALGORITHM],
        issuer: settings.issuer,
        audience: settings.audience,
        currentDate: now,
        requiredClaims: ["sub", "exp", "iat", "jti"],
      },
    );
    const role = payload.role;
    if (typeof role !== "string" || !(ROLES as readonly string[]).includes(role)) {
      throw new InvalidTokenError("the token carries no valid role");
    }
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(isScope) : [];
    const subject: TokenSubject = {
      clientId: payload.sub as string,
      role: role as Role,
      scopes,
      organisationId: typeof payload.org === "string" ? payload.org : null,
      generation: typeof payload.gen === "number" && Number.isInteger(payload.gen) ? payload.gen : 0,
    };
    // `exp` is a required claim and jose checked it is a number; without `nbf` a token is valid from the start.
    const notBefore = typeof payload.nbf === "number" ? payload.nbf : 0;
    return { subject, notBefore: new Date(notBefore * 1000), expiresAt: new Date((payload.exp as number) * 1000) };
  } catch (error) {
    throw new InvalidTokenError(describeTokenError(error));
  }
}
