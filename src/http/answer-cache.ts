/**
 * Answers kept as bytes with their ETag, under a key that names everything they were computed from
 * (for a benchmark: the release, the organisation, its latest submitted assessment and the query).
 * Such an answer can never go stale: when anything it rests on changes, the key changes, and the old
 * entry is simply never asked for again; memory is bounded by entries and by bytes, least recently
 * used first out. One per app (one Node process, or one Worker isolate).
 */
export interface CachedAnswer {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  /** Headers that belong to the answer (e.g. the release it shows). */
  readonly headers: Readonly<Record<string, string>>;
}

export interface AnswerCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer): void;
  readonly size: () => number;
}

export interface AnswerCacheLimits {
  readonly maxEntries: number;
  readonly maxBytes: number;
}

/** 2 000 benchmark answers of ~10 KB: the bench's 1 000 organisations fit, at ~20 MB at most. */
export const DEFAULT_ANSWER_CACHE_LIMITS: AnswerCacheLimits = { maxEntries: 2_000, maxBytes: 24 * 1024 * 1024 };

export function createAnswerCache(limits: AnswerCacheLimits = DEFAULT_ANSWER_CACHE_LIMITS): AnswerCache {
  const entries = new Map<string, CachedAnswer>();
  let bytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    entries.delete(key);
    bytes -= entry.body.byteLength;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      // Map order is insertion order: a hit moves to the end, so the first key is the least recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key, answer) {
      remove(key);
      if (answer.body.byteLength > limits.maxBytes) return;
      while (
        entries.size > 0 &&
        (entries.size >= limits.maxEntries || bytes + answer.body.byteLength > limits.maxBytes)
      ) {
        remove(entries.keys().next().value as string);
      }
      entries.set(key, answer);
      bytes += answer.body.byteLength;
    },
    size: () => entries.size,
  };
}
