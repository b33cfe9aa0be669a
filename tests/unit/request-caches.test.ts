import { describe, expect, it } from "vitest";
import type { TokenSubject } from "../../src/auth/access-tokens.js";
import { createVerifiedTokenCache } from "../../src/auth/verified-token-cache.js";
import { sha256Hex } from "../../src/domain/sha256.js";
import { createAnswerCache } from "../../src/http/answer-cache.js";

/** The request path's caches keep to their bounds and their validity, and the hash seam agrees with WebCrypto. */

const subject = (clientId: string): TokenSubject => ({
  clientId,
  role: "integration",
  scopes: ["benchmarks:read"],
  organisationId: null,
  generation: 0,
});

describe("the verified-token cache", () => {
  it("answers only within the token's validity, and never after its exp", () => {
    const cache = createVerifiedTokenCache();
    cache.set("t1", subject("a"), new Date(1_000), new Date(5_000));
    expect(cache.get("t1", new Date(999))).toBeUndefined();
    expect(cache.get("t1", new Date(1_000))?.clientId).toBe("a");
    expect(cache.get("t1", new Date(4_999))?.clientId).toBe("a");
    expect(cache.get("t1", new Date(5_000))).toBeUndefined();
    // Expired entries are dropped, not kept for a clock that goes back.
    expect(cache.get("t1", new Date(4_000))).toBeUndefined();
  });

  it("holds at most its bound, dropping the least recently used first", () => {
    const cache = createVerifiedTokenCache(3);
    const far = new Date(10_000);
    for (const token of ["a", "b", "c"]) cache.set(token, subject(token), new Date(0), far);
    expect(cache.get("a", new Date(1))?.clientId).toBe("a");
    cache.set("d", subject("d"), new Date(0), far);
    expect(cache.size()).toBe(3);
    expect(cache.get("b", new Date(1))).toBeUndefined();
    expect(cache.get("a", new Date(1))?.clientId).toBe("a");
    cache.delete("a");
    expect(cache.get("a", new Date(1))).toBeUndefined();
  });
});

describe("the answer cache", () => {
  const answer = (bytes: number) => ({ body: new Uint8Array(bytes), etag: `"${bytes}"`, headers: {} });

  it("holds at most its entries and bytes, dropping the least recently used first", () => {
    const cache = createAnswerCache({ maxEntries: 3, maxBytes: 100 });
    cache.set("a", answer(40));
    cache.set("b", answer(40));
    expect(cache.get("a")?.etag).toBe('"40"');
    cache.set("c", answer(40));
    // 120 bytes would not fit: b, the least recently used, went.
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    cache.set("d", answer(10));
    cache.set("e", answer(10));
    expect(cache.size()).toBe(3);
    // An answer larger than the whole budget is not kept, and pushes nothing out.
    cache.set("huge", answer(101));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size()).toBe(3);
  });
});

describe("sha256Hex", () => {
  it("gives WebCrypto's digest, for ASCII, multi-byte UTF-8 and the empty text", async () => {
    for (const text of ["", "abc", "Inclusiebenchmark – één, 👩🏽‍💼", "x".repeat(100_000)]) {
      const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
      const hex = [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
      expect(await sha256Hex(text)).toBe(hex);
    }
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
