import { z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { AppEnv } from "../../app-env.js";
import { issueAccessToken } from "../../auth/access-tokens.js";
import { ROLE_SCOPES, type Role, SCOPES, type Scope } from "../../auth/roles.js";
import { DUMMY_SECRET_HASH, hashSecret, isCurrentSecretHash, verifySecret } from "../../auth/secret-hash.js";
import { problemTypeUri } from "../../errors.js";
import { finalResponse } from "../../http/app-headers.js";
import { withinConcurrencyCap } from "../../http/concurrency-gate.js";
import { clientAddressOf, enforceRateLimit } from "../../http/rate-limit.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { CLIENT_SECRET_BASIC_SCHEME, defineRoute } from "../../openapi/define-route.js";
import { findClientCredentials, replaceSecretHash } from "../../store/clients.js";

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4). Errors follow RFC 6749 §5.2 (`error`,
 * `error_description`, as application/json, which OAuth client libraries expect) and carry the
 * problem-details members too, so they read like every other error of this API.
 */

const TokenRequestSchema = z
  .object({
    grant_type: z.literal("client_credentials").openapi({ description: "The only grant: client credentials." }),
    client_id: z
      .string()
      .optional()
      .openapi({ description: "client_secret_post: the client id, when not sent with HTTP Basic." }),
    client_secret: z
      .string()
      .optional()
      .openapi({ description: "client_secret_post: the secret, when not sent with HTTP Basic." }),
    scope: z
      .string()
      .optional()
      .openapi({
        description: `Space-separated; default: every scope the client's role allows. Scopes: ${Object.keys(SCOPES).join(", ")}.`,
      }),
  })
  .openapi("TokenRequest", { example: { grant_type: "client_credentials", scope: "organisations:read" } });

const TokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().openapi({ example: 900 }),
    scope: z.string().openapi({ example: "organisations:read assessments:write" }),
  })
  .openapi("TokenResponse");

const OAUTH_ERRORS = ["invalid_request", "invalid_client", "unsupported_grant_type", "invalid_scope"] as const;
type OAuthErrorCode = (typeof OAUTH_ERRORS)[number];

const OAuthErrorSchema = z
  .object({
    error: z.enum(OAUTH_ERRORS),
    error_description: z.string(),
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
  })
  .openapi("OAuthError");

/** The titles the token endpoint's errors carry (RFC 6749 codes read as problem titles). */
export const OAUTH_ERROR_TITLES: Record<OAuthErrorCode, string> = {
  invalid_request: "The token request is not valid",
  invalid_client: "Client authentication failed",
  unsupported_grant_type: "Unsupported grant type",
  invalid_scope: "Invalid scope",
};

/** The body of a token error: RFC 6749 §5.2 members and the problem-details members. */
function oauthErrorBody(error: OAuthErrorCode, description: string, instance: string, requestId: string) {
  const status = error === "invalid_client" ? 401 : 400;
  return {
    error,
    error_description: description,
    type: problemTypeUri(status === 401 ? "unauthorized" : "validation-failed"),
    title: OAUTH_ERROR_TITLES[error],
    status,
    detail: description,
    instance,
    requestId,
  };
}

const oauthErrorExample = (error: OAuthErrorCode, description: string) =>
  oauthErrorBody(error, description, "/v1/oauth/token", "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f");

const oauthErrorResponse = (description: string, example: ReturnType<typeof oauthErrorExample>) => ({
  description,
  content: { "application/json": { schema: OAuthErrorSchema, example } },
});

export const createTokenRoute = defineRoute({
  method: "post",
  path: "/oauth/token",
  operationId: "createToken",
  // Never stored for replay: the response carries a secret or a token.
  idempotent: false,
  tags: ["Authentication"],
  summary: "Get an access token (OAuth 2.0 client credentials)",
  description:
    "Send `grant_type=client_credentials` with the client's credentials in HTTP Basic (preferred) or in the body. The token is a JWT (ES256) valid for `expires_in` seconds; its public keys are at `/.well-known/jwks.json`.",
  // client_secret_basic, or client_secret_post (the credentials in the form body: no header scheme).
  security: [{ [CLIENT_SECRET_BASIC_SCHEME]: [] }, {}],
  request: {
    body: { required: true, content: { "application/x-www-form-urlencoded": { schema: TokenRequestSchema } } },
  },
  responses: {
    200: { description: "An access token.", content: { "application/json": { schema: TokenResponseSchema } } },
    400: oauthErrorResponse(
      "invalid_request, unsupported_grant_type or invalid_scope (RFC 6749 §5.2).",
      oauthErrorExample("invalid_request", "grant_type is required."),
    ),
    401: oauthErrorResponse(
      "invalid_client: unknown client, wrong secret, or disabled client.",
      oauthErrorExample("invalid_client", "Unknown client, wrong secret, or a disabled client."),
    ),
  },
});

function oauthError(c: Context<AppEnv>, error: OAuthErrorCode, description: string) {
  const body = oauthErrorBody(error, description, c.req.path, c.get("requestId"));
  const status = body.status;
  const headers = { "Cache-Control": "no-store" };
  return status === 401
    ? c.json(body, 401, { ...headers, "WWW-Authenticate": 'Basic realm="inclusiebenchmark"' })
    : c.json(body, 400, headers);
}

interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** RFC 6749 §2.3.1: Basic carries form-urlencoded id and secret; using two methods at once is an error. */
function credentialsFrom(
  authorization: string | undefined,
  body: z.infer<typeof TokenRequestSchema>,
): Credentials | { problem: string } {
  const inBody = body.client_id !== undefined || body.client_secret !== undefined;
  if (authorization !== undefined && /^Basic /i.test(authorization)) {
    if (inBody) return { problem: "Send the client credentials in HTTP Basic or in the body, not both." };
    let decoded: string;
    try {
      decoded = atob(authorization.slice(6).trim());
    } catch {
      return { problem: "The Basic credentials are not valid base64." };
    }
    const separator = decoded.indexOf(":");
    if (separator < 0) return { problem: "The Basic credentials must be client_id:client_secret." };
    try {
      return {
        clientId: decodeURIComponent(decoded.slice(0, separator).replaceAll("+", " ")),
        clientSecret: decodeURIComponent(decoded.slice(separator + 1).replaceAll("+", " ")),
      };
    } catch {
      return { problem: "The Basic credentials are not validly encoded." };
    }
  }
  if (body.client_id === undefined || body.client_secret === undefined) {
    return { problem: "Send client_id and client_secret, in HTTP Basic or in the body." };
  }
  return { clientId: body.client_id, clientSecret: body.client_secret };
}

function grantedScopes(role: Role, requested: string | undefined): Scope[] | { problem: string } {
  const allowed = ROLE_SCOPES[role];
  if (requested === undefined || requested.trim() === "") return [...allowed];
  const asked = [...new Set(requested.trim().split(/ +/))];
  const refused = asked.filter((scope) => !(allowed as readonly string[]).includes(scope));
  if (refused.length > 0) {
    return {
      problem: `A ${role} client cannot get the scope ${refused.join(", ")}; it may ask for ${allowed.join(" ")}.`,
    };
  }
  return asked as Scope[];
}

export function registerCreateToken(router: ApiRouter): void {
  router.openapi(
    createTokenRoute,
    async (c) => {
      const body = c.req.valid("form");
      const deps = c.get("deps");
      // Guessing secrets is slowed per address and per client id, counted before any secret is checked.
      const limits = deps.settings.rateLimits;
      await enforceRateLimit(c, `token-address:${clientAddressOf(c)}`, limits.tokenAddress);
      const credentials = credentialsFrom(c.req.header("Authorization"), body);
      if ("problem" in credentials) return oauthError(c, "invalid_request", credentials.problem);
      await enforceRateLimit(c, `token-client:${credentials.clientId}`, limits.tokenClient);

      const client = await findClientCredentials(deps.storage.db, credentials.clientId);
      // An unknown id costs a hash check too, so response time does not tell which ids exist.
      const storedHash = client?.secret_hash ?? DUMMY_SECRET_HASH;
      // Only a legacy PBKDF2 hash is expensive: it holds a thread for tens of milliseconds, so few run at once.
      const secretMatches = await verifySecret(credentials.clientSecret, storedHash, (work) =>
        withinConcurrencyCap(
          c,
          "legacy-secret-check",
          deps.settings.concurrency.legacySecretChecks,
          "Checks of secrets stored in the old (slow) form",
          work,
        ),
      );
      if (client === undefined || !secretMatches || client.status !== "active") {
        return oauthError(c, "invalid_client", "Unknown client, wrong secret, or a disabled client.");
      }
      // The migration path: a secret still stored in the old form is stored in the fast form from now on.
      if (!isCurrentSecretHash(storedHash)) {
        await replaceSecretHash(deps.storage.db, client.id, storedHash, await hashSecret(credentials.clientSecret));
      }
      const role = client.role as Role;
      const scopes = grantedScopes(role, body.scope);
      if ("problem" in scopes) return oauthError(c, "invalid_scope", scopes.problem);

      const { accessToken, expiresIn } = await issueAccessToken(
        await deps.keys.get(),
        deps.settings.tokens,
        deps.clock.now(),
        {
          clientId: client.id,
          role,
          scopes,
          organisationId: client.organisation_id,
          generation: client.credential_generation,
        },
      );
      const token: z.infer<typeof TokenResponseSchema> = {
        access_token: accessToken,
        token_type: "Bearer",
        expires_in: expiresIn,
        scope: scopes.join(" "),
      };
      // One plain header object to the socket (app-headers.ts): no Web Headers built and converted per token.
      return finalResponse(c, 200, JSON.stringify(token), {
        "Content-Type": "application/json",
        "Cache-Control": "no-store",
        Pragma: "no-cache",
      }) as unknown as TypedResponse<z.infer<typeof TokenResponseSchema>, 200, "json">;
    },
    (result, c) => {
      if (result.success) return;
      const grantTypeInvalid = result.error.issues.some((issue) => issue.path[0] === "grant_type");
      return (async () => {
        // RFC 6749 §5.2 tells a missing grant_type (invalid_request) from another one (unsupported_grant_type).
        if (grantTypeInvalid) {
          const form = await c.req.parseBody();
          if (form.grant_type === undefined) return oauthError(c, "invalid_request", "grant_type is required.");
          if (typeof form.grant_type === "string") {
            return oauthError(c, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
          }
        }
        return oauthError(c, "invalid_request", "The form fields must be plain text values.");
      })();
    },
  );
}
