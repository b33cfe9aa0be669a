import type { TokenSubject } from "./access-tokens.js";

/**
 * Access tokens already verified by this app (one Node process, or one Worker isolate): an ES256
 * verification with jose costs 121–154 µs per request (issue 20's profile), and a client sends the
 * same token for its whole lifetime. Only what the signature proves is kept (the claims), until the
 * token's own `exp`; whether its client may still use it is checked on every request, cached or not
 * (authenticate.ts: the client must be active and of the token's credential generation), and a token
 * that fails that check is dropped from here at once. Bounded: when full, the least recently used
 * entries go first. Only verified tokens get in, so a flood of bad tokens cannot push good ones out.
 */
export interface VerifiedTokenCache {
  /** The claims of a token verified before, when it is still within its validity at `now`. */
  get(token: string, now: Date): TokenSubject | undefined;
  /** Keeps a token whose signature and claims were just verified, until `expiresAt`. */
  set(token: string, subject: TokenSubject, notBefore: Date, expiresAt: Date): void;
  /** Drops a token (its client was disabled, unlinked or moved to a new credential generation). */
  delete(token: string): void;
  readonly size: () => number;
}

interface Entry {
  readonly subject: TokenSubject;
  readonly notBeforeMs: number;
  readonly expiresAtMs: number;
}

export const DEFAULT_VERIFIED_TOKENS = 10_000;

export function createVerifiedTokenCache(maxEntries = DEFAULT_VERIFIED_TOKENS): VerifiedTokenCache {
  const entries = new Map<string, Entry>();
  return {
    get(token, now) {
      const entry = entries.get(token);
      if (entry === undefined) return undefined;
      const at = now.getTime();
      if (at >= entry.expiresAtMs) {
        entries.delete(token);
        return undefined;
      }
      // An injected clock can go back: a token is never valid here before it would verify.
      if (at < entry.notBeforeMs) return undefined;
      // Map order is insertion order: moving a hit to the end makes the first key the least recently used.
      entries.delete(token);
      entries.set(token, entry);
      return entry.subject;
    },
    set(token, subject, notBefore, expiresAt) {
      entries.delete(token);
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(token, { subject, notBeforeMs: notBefore.getTime(), expiresAtMs: expiresAt.getTime() });
    },
    delete(token) {
      entries.delete(token);
    },
    size: () => entries.size,
  };
}
