import type { Context, MiddlewareHandler } from "hono";
import ipaddr from "ipaddr.js";
import type { AppEnv } from "../app-env.js";
import { bearerSubject } from "../auth/authenticate.js";
import { ApiError, problemResponse } from "../errors.js";
import { rateLimitHeaders } from "./app-headers.js";
import type { RateLimitDecision, RateLimitPolicy } from "./rate-limiter.js";

/**
 * Rate limits as the IETF httpapi RateLimit header fields draft describes them: every response says
 * which quotas applied (`RateLimit-Policy: "default";q=600;w=60`) and what is left of each
 * (`RateLimit: "default";r=599;t=42`); a refused request gets 429 problem details with `Retry-After`.
 */

export interface RateLimitSettings {
  /** Per authenticated client (keyed by the client id of a valid access token). */
  readonly client: RateLimitPolicy;
  /** Per client address, for requests without a valid access token. */
  readonly anonymous: RateLimitPolicy;
  /** Token endpoint, per presented client_id: limits guessing one client's secret. */
  readonly tokenClient: RateLimitPolicy;
  /** Token endpoint, per client address: limits guessing across many client ids. */
  readonly tokenAddress: RateLimitPolicy;
}

export interface RateLimitOutcome {
  readonly policy: RateLimitPolicy;
  readonly decision: RateLimitDecision;
}

export const RATE_LIMIT_HEADERS = ["RateLimit-Policy", "RateLimit", "Retry-After"] as const;

function tooManyRequests(outcomes: readonly RateLimitOutcome[]): ApiError {
  const refused = outcomes.filter(({ decision }) => !decision.allowed).map(({ policy }) => policy);
  const names = refused.map((policy) => `"${policy.name}" (${policy.limit} per ${policy.windowSeconds} s)`);
  return new ApiError("too-many-requests", {
    detail: `Rate limit ${names.join(" and ")} reached; retry after the number of seconds in Retry-After.`,
    headers: Object.fromEntries(rateLimitHeaders(outcomes)),
  });
}

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const CANONICAL_IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/**
 * The key an address is counted under. One IPv6 subscriber usually holds a whole /64 (RFC 6177) and
 * can send from any of its 2^64 addresses, so IPv6 addresses count per /64; an IPv4-mapped IPv6
 * address counts as the IPv4 address it is.
 */
export function addressQuotaKey(address: string): string {
  // The common case, checked without parsing (ipaddr's parse was ~3 % of a request's CPU in issue 20's
  // profile): a dotted-decimal IPv4 address in canonical form is its own key.
  if (CANONICAL_IPV4.test(address)) return address;
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/** The caller's address as the runtime reports it (deps.clientAddress) as a quota key, or "unknown". */
export function clientAddressOf(c: Context<AppEnv>): string {
  const address = c.get("deps").clientAddress(c);
  return address === undefined ? "unknown" : addressQuotaKey(address);
}

/**
 * Counts this request against `policy` for `key` and records the outcome for the response's RateLimit
 * headers. Returns the 429 to answer when the quota is spent, else null: no error is built for the
 * common case (this runs on every request).
 */
async function countRateLimit(c: Context<AppEnv>, key: string, policy: RateLimitPolicy): Promise<ApiError | null> {
  const deps = c.get("deps");
  const decision = await deps.rateLimiter.consume(key, policy, deps.clock.now());
  const outcomes = [...(c.get("rateLimits") ?? []), { policy, decision }];
  c.set("rateLimits", outcomes);
  return decision.allowed ? null : tooManyRequests(outcomes);
}

/**
 * As countRateLimit, throwing the 429 when the quota is spent: for routes with a stricter quota of
 * their own (the token endpoint).
 */
export async function enforceRateLimit(c: Context<AppEnv>, key: string, policy: RateLimitPolicy): Promise<void> {
  const refused = await countRateLimit(c, key, policy);
  if (refused !== null) throw refused;
}

/**
 * The app-wide quota: per client for a request with a valid access token, else per address. It runs
 * before routing, so a refused request costs no database work beyond verifying its token.
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limits = c.get("deps").settings.rateLimits;
    // A key ring that fails to load is the access check's error to report, not the limiter's.
    const subject = await bearerSubject(c).catch(() => null);
    const refused =
      subject !== null
        ? await countRateLimit(c, `client:${subject.clientId}`, limits.client)
        : await countRateLimit(c, `address:${clientAddressOf(c)}`, limits.anonymous);
    if (refused !== null) return problemResponse(c, refused);
    // The RateLimit headers go on the response with the app's others (src/http/app-headers.ts).
    await next();
  };
}
