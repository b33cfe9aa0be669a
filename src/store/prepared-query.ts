import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.js";

/**
 * A read on the hot path whose SQL is built by Kysely once per database, then run with new values.
 * Building a query (the operation tree, its freezing, the compilation) costs more than running it
 * from SQLite's statement cache (issue 20's profile of the benchmark GET); the text is the same every
 * time, only the values differ. The query is built once with a marker in place of each value, and
 * the markers' positions among the compiled parameters say where each value goes. The builder must
 * have one shape whatever the values (no branching on them): give each shape its own prepared query.
 *
 * Where the database can say cheaply whether anything in it changed (SQLite on Node:
 * `answerReadsWhileUnchanged`), a prepared query also keeps its last answers per values, and gives a
 * kept answer back, without running the query, for as long as the database is unchanged since that
 * answer was read. A read is a pure function of the database's content and its values (no clock, no
 * randomness in these queries), so an answer from the memo is the answer the query would give. Its
 * rows are frozen: they are shared by every caller until the next change. Bounded per database by
 * answers, by bytes and by the size of one answer and of its key (values can come from a caller).
 */
export type PreparedQuery<V extends Record<string, string | number>, R> = (
  db: Kysely<DatabaseSchema>,
  values: V,
) => Promise<R[]>;

const MARKER = "\u0000prepared:";

/** Answers with more rows than this are not kept (lists read once, not per request). */
const MEMO_MAX_ROWS = 64;
/** Answers kept per database, least recently used first out. */
const MEMO_MAX_ENTRIES = 4_096;
/**
 * And at most this many bytes of them (keys and values, estimated at two bytes per character): an
 * answer's size is the database's content (comments, profiles), so the count alone does not bound it.
 */
const MEMO_MAX_BYTES = 8 * 1024 * 1024;
/** An answer larger than this is not kept: it would push out hundreds of the small ones the memo is for. */
const MEMO_MAX_ENTRY_BYTES = 64 * 1024;
/**
 * Keys longer than this are not kept: a key holds its values, and some come straight from a caller
 * (the token endpoint looks up any presented client_id, up to the body limit). Real ids are far shorter.
 */
const MEMO_MAX_KEY_LENGTH = 1_024;

interface MemoEntry {
  readonly version: number;
  readonly rows: readonly unknown[];
  readonly bytes: number;
}

interface ReadMemo {
  /** The database's version now: it changes whenever the content may have changed since it was last asked. */
  readonly version: () => number;
  readonly entries: Map<string, MemoEntry>;
  /** The estimated bytes of every entry kept. */
  bytes: number;
}

const memos = new WeakMap<object, ReadMemo>();

/**
 * Lets the prepared queries on `db` answer from memory while `version()` returns what it returned
 * when the answer was read. `version` must change after any change to the database's content, by
 * this handle or any other writer, before a read that could see that change (sqlite-storage.ts: this
 * connection's change count and SQLite's data_version, which counts other connections' commits).
 */
export function answerReadsWhileUnchanged(db: Kysely<DatabaseSchema>, version: () => number): void {
  memos.set(db, { version, entries: new Map(), bytes: 0 });
}

let queries = 0;

export function preparedQuery<V extends Record<string, string | number>, R>(
  build: (db: Kysely<DatabaseSchema>, values: { readonly [K in keyof V]: V[K] }) => Compilable<R>,
): PreparedQuery<V, R> {
  const queryId = `${queries++}`;
  // Per database handle (a test run holds many); the entry dies with it.
  const compiled = new WeakMap<object, { sql: string; slots: ({ value: keyof V } | { constant: unknown })[] }>();
  return async (db, values) => {
    let query = compiled.get(db);
    if (query === undefined) {
      const markers = Object.fromEntries(Object.keys(values).map((name) => [name, `${MARKER}${name}`]));
      const { sql, parameters } = build(db, markers as unknown as V).compile();
      const slots = parameters.map((parameter) =>
        typeof parameter === "string" && parameter.startsWith(MARKER)
          ? { value: parameter.slice(MARKER.length) as keyof V }
          : { constant: parameter },
      );
      query = { sql, slots };
      compiled.set(db, query);
    }
    const parameters = query.slots.map((slot) => ("value" in slot ? values[slot.value] : slot.constant));
    const memo = memos.get(db);
    if (memo === undefined) return (await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters))).rows as R[];

    // The version is taken before the read: a change between the two leaves the answer kept under the
    // older version, which the next read no longer matches (never a newer version on older rows).
    const version = memo.version();
    const key = memoKey(queryId, parameters);
    if (key.length > MEMO_MAX_KEY_LENGTH) {
      return (await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters))).rows as R[];
    }
    const kept = memo.entries.get(key);
    if (kept !== undefined) {
      memo.entries.delete(key);
      if (kept.version === version) {
        memo.entries.set(key, kept);
        return kept.rows as R[];
      }
      memo.bytes -= kept.bytes;
    }
    const rows = (await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters))).rows as R[];
    if (rows.length <= MEMO_MAX_ROWS) {
      const bytes = 2 * key.length + estimatedBytes(rows);
      if (bytes <= MEMO_MAX_ENTRY_BYTES) {
        for (const row of rows) Object.freeze(row);
        while (
          memo.entries.size > 0 &&
          (memo.entries.size >= MEMO_MAX_ENTRIES || memo.bytes + bytes > MEMO_MAX_BYTES)
        ) {
          const [oldestKey, oldest] = memo.entries.entries().next().value as [string, MemoEntry];
          memo.entries.delete(oldestKey);
          memo.bytes -= oldest.bytes;
        }
        memo.entries.set(key, { version, rows: Object.freeze(rows), bytes });
        memo.bytes += bytes;
      }
    }
    return rows;
  };
}

/** A generous estimate of the memory rows hold: two bytes per character, eight per number, and each row's own. */
function estimatedBytes(rows: readonly unknown[]): number {
  let bytes = 0;
  for (const row of rows) {
    bytes += 64;
    for (const value of Object.values(row as Record<string, unknown>)) {
      bytes += 16 + (typeof value === "string" ? 2 * value.length : value instanceof Uint8Array ? value.byteLength : 8);
    }
  }
  return bytes;
}

/** The query and its parameters, each with its type and length, so no two parameter lists share a key. */
function memoKey(queryId: string, parameters: readonly unknown[]): string {
  let key = queryId;
  for (const parameter of parameters) {
    const text = String(parameter);
    key += `\u0000${typeof parameter === "number" ? "n" : typeof parameter === "string" ? "s" : typeof parameter}${text.length}:${text}`;
  }
  return key;
}
