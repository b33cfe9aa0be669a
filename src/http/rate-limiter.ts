/**
 * Per-client rate limiting. `RateLimiter` is the seam: the Node entry uses the in-process limiter
 * below (one process holds every counter); on Workers the in-process limiter counts per isolate, so
 * a deployment that needs a global limit injects another implementation (see README, Security).
 */

/** A quota: at most `limit` requests per `windowSeconds`, named in the RateLimit headers. */
export interface RateLimitPolicy {
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Requests left in the current window (0 when refused). */
  readonly remaining: number;
  /** Whole seconds until the window resets (at least 1). */
  readonly resetSeconds: number;
}

export interface RateLimiter {
  /** Counts one request for `key` under `policy` and says whether it is within the quota. */
  consume(key: string, policy: RateLimitPolicy, now: Date): Promise<RateLimitDecision>;
}

interface Window {
  readonly startedAt: number;
  readonly endsAt: number;
  count: number;
}

export interface InProcessRateLimiterOptions {
  /** The most keys held at once; beyond it stale keys are dropped, then the oldest. */
  readonly maxKeys?: number;
}

export const DEFAULT_MAX_RATE_LIMIT_KEYS = 50_000;
/** Longer than any client id (at most 64 characters) or address, so a cut key never meets a real one. */
const MAX_KEY_LENGTH = 200;

/**
 * Fixed windows per key, in memory. Memory is bounded: when `maxKeys` is reached, windows that have
 * ended are dropped, and if every window is still running the oldest ones go (their clients start a
 * fresh window: an attacker spraying keys can only ever gain, never cost others, requests).
 */
export function createInProcessRateLimiter(options: InProcessRateLimiterOptions = {}): RateLimiter & {
  readonly size: () => number;
} {
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_RATE_LIMIT_KEYS;
  const windows = new Map<string, Window>();

  const makeRoom = (now: number) => {
    for (const [key, window] of windows) if (window.endsAt <= now) windows.delete(key);
    // Map iteration follows insertion order, and a key is re-inserted when its window restarts.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  };

  return {
    size: () => windows.size,
    async consume(key, policy, at) {
      const now = at.getTime();
      // Keys come from callers (a presented client_id): capped, so memory stays bounded per key too.
      const id = `${policy.name}\u0000${key.slice(0, MAX_KEY_LENGTH)}`;
      let window = windows.get(id);
      if (window === undefined || window.endsAt <= now) {
        windows.delete(id);
        if (windows.size >= maxKeys) makeRoom(now);
        window = { startedAt: now, endsAt: now + policy.windowSeconds * 1000, count: 0 };
        windows.set(id, window);
      }
      if (window.count <= policy.limit) window.count += 1;
      const allowed = window.count <= policy.limit;
      return {
        allowed,
        remaining: Math.max(0, policy.limit - window.count),
        resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
      };
    },
  };
}
