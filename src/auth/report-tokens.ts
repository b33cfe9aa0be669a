import { jwtVerify, SignJWT } from "jose";
import { describeTokenError, InvalidTokenError, type TokenSettings } from "./access-tokens.js";
import { type KeyRing, SIGNING_ALGORITHM } from "./signing-keys.js";

/**
 * Report-link tokens: signed with the API's keys, but for another audience and of another type than
 * access tokens, so neither kind is accepted where the other is expected. One token opens one
 * organisation's report, until it expires or its link is revoked (the link's id is the `jti`).
 */
export const REPORT_TOKEN_TYPE = "report+jwt";

export const reportAudience = (settings: TokenSettings) => `${settings.audience}/report`;

export interface ReportTokenClaims {
  readonly linkId: string;
  readonly organisationId: string;
}

export async function issueReportToken(
  ring: KeyRing,
  settings: TokenSettings,
  now: Date,
  expiresAt: Date,
  claims: ReportTokenClaims,
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: ring.signingKid, typ: REPORT_TOKEN_TYPE })
    .setIssuer(settings.issuer)
    .setAudience(reportAudience(settings))
    .setSubject(claims.organisationId)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .setJti(claims.linkId)
    .sign(ring.signingKey);
}

export async function verifyReportToken(
  ring: KeyRing,
  settings: TokenSettings,
  now: Date,
  token: string,
): Promise<ReportTokenClaims> {
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = typeof header.kid === "string" ? ring.verificationKeys.get(header.kid) : undefined;
        if (key === undefined) throw new InvalidTokenError("the link was signed with a key we do not know");
        return key;
      },
      {
        algorithms: [SIGNING_ALGORITHM],
        typ: REPORT_TOKEN_TYPE,
        issuer: settings.issuer,
        audience: reportAudience(settings),
        currentDate: now,
        requiredClaims: ["sub", "exp", "iat", "jti"],
      },
    );
    return { linkId: payload.jti as string, organisationId: payload.sub as string };
  } catch (error) {
    throw new InvalidTokenError(describeTokenError(error));
  }
}
