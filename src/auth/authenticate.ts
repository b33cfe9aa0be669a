import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";
import { ApiError } from "../errors.js";
import { findActiveClient } from "../store/clients.js";
import { InvalidTokenError, type TokenSubject, verifyAccessTokenValidity } from "./access-tokens.js";
import type { Role, Scope } from "./roles.js";

/** The caller of an authenticated request: a verified token whose client is still active. */
export type Principal = TokenSubject;

const REALM = 'Bearer realm="inclusiebenchmark"';

function unauthorized(detail: string, error?: "invalid_token" | "invalid_request"): ApiError {
  const challenge = error === undefined ? REALM : `${REALM}, error="${error}", error_description="${detail}"`;
  return new ApiError("unauthorized", { detail, headers: { "WWW-Authenticate": challenge } });
}

/**
 * What the request's Authorization header says. A failure is kept as its reason, not as an ApiError:
 * the rate limiter asks this of every request, and most anonymous ones carry no token at all, so
 * building an error (and its stack trace) for each would be work thrown away (20–26 µs per request in
 * issue 20's profile). The access check turns the reason into the 401 when it needs one.
 */
export type BearerResult =
  | { readonly token: string; readonly subject: TokenSubject }
  | { readonly failure: { readonly detail: string; readonly error?: "invalid_token" | "invalid_request" } };

const MISSING_TOKEN = {
  failure: { detail: "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token)." },
} as const;
const MALFORMED_HEADER = {
  failure: { detail: "The Authorization header must be: Bearer <token>.", error: "invalid_request" },
} as const;
const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i;

async function verifyBearer(c: Context<AppEnv>): Promise<BearerResult> {
  const header = c.req.header("Authorization");
  if (header === undefined || header.trim() === "") return MISSING_TOKEN;
  const match = BEARER.exec(header.trim());
  if (match === null) return MALFORMED_HEADER;
  const token = match[1] as string;
  const deps = c.get("deps");
  const now = deps.clock.now();
  const verified = c.get("verifiedTokens");
  const cached = verified.get(token, now);
  if (cached !== undefined) return { token, subject: cached };
  try {
    const { subject, notBefore, expiresAt } = await verifyAccessTokenValidity(
      await deps.keys.get(),
      deps.settings.tokens,
      now,
      token,
    );
    verified.set(token, subject, notBefore, expiresAt);
    return { token, subject };
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return { failure: { detail: `Invalid access token: ${error.message}.`, error: "invalid_token" } };
    }
    throw error;
  }
}

/** The request's access token, verified once per request (the rate limiter and the access check share it). */
function bearerOf(c: Context<AppEnv>): Promise<BearerResult> {
  let result = c.get("bearer");
  if (result === undefined) {
    result = verifyBearer(c);
    c.set("bearer", result);
  }
  return result;
}

/**
 * Whose valid access token the request carries, or null (none, or not valid). Does not check that
 * the client is still active: that is the access check's job; this only tells whose quota to count.
 */
export async function bearerSubject(c: Context<AppEnv>): Promise<TokenSubject | null> {
  const result = await bearerOf(c);
  return "subject" in result ? result.subject : null;
}

async function authenticate(c: Context<AppEnv>): Promise<Principal> {
  const result = await bearerOf(c);
  if ("failure" in result) throw unauthorized(result.failure.detail, result.failure.error);
  const subject = result.subject;
  const deps = c.get("deps");
  // A token outlives nothing about its client: a disabled client's tokens stop working at once, and
  // so do the tokens issued before its secret was rotated (an older credential generation). Checked
  // on every request, also for a token from the cache of verified tokens, which then forgets it.
  const client = await findActiveClient(deps.storage.db, subject.clientId);
  if (client === undefined || client.role !== subject.role) {
    c.get("verifiedTokens").delete(result.token);
    throw unauthorized("Invalid access token: its client is disabled or no longer exists.", "invalid_token");
  }
  if (client.credential_generation !== subject.generation) {
    c.get("verifiedTokens").delete(result.token);
    throw unauthorized(
      "Invalid access token: its client's secret was rotated after it was issued; get a new token.",
      "invalid_token",
    );
  }
  return subject;
}

/**
 * For public operations that show more to an admin (draft framework versions): the caller when a
 * token is sent (a bad token is still a 401), else null.
 */
export async function optionalPrincipal(c: Context<AppEnv>): Promise<Principal | null> {
  const header = c.req.header("Authorization");
  if (header === undefined || header.trim() === "") return null;
  return authenticate(c);
}

export interface Access {
  /** The roles that may call the operation. */
  readonly roles: readonly Role[];
  /** The scope the token must carry. */
  readonly scope: Scope;
  /**
   * Other roles get 404 instead of 403: for routes under a resource whose very existence is private
   * to those who may see it (an organisation, an assessment).
   */
  readonly othersSeeNotFound?: boolean;
}

/** The access check every protected route runs first (added by defineRoute from the route's `access`). */
export function requireAccess(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await authenticate(c);
    if (!access.roles.includes(principal.role)) {
      if (access.othersSeeNotFound === true) {
        throw new ApiError("not-found", { detail: `There is no resource at ${c.req.path}.` });
      }
      throw new ApiError("forbidden", {
        detail: `A ${principal.role} client may not do this; it needs one of the roles ${access.roles.join(", ")}.`,
      });
    }
    if (!principal.scopes.includes(access.scope)) {
      throw new ApiError("forbidden", {
        detail: `Your access token lacks the scope ${access.scope}; ask for it at POST /v1/oauth/token.`,
        headers: { "WWW-Authenticate": `${REALM}, error="insufficient_scope", scope="${access.scope}"` },
      });
    }
    c.set("principal", principal);
    await next();
  };
}
