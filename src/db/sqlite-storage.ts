import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { DatabaseSchema } from "../store/schema.js";
import { compileStatement, type Storage, type WriteResult, type WriteStatement } from "./storage.js";

export interface SqliteStorage extends Storage {
  readonly kind: "sqlite";
  /** The underlying connection, for the migrator and the backup command. */
  readonly connection: BetterSqlite3.Database;
}

/** Most recently used statements kept prepared. */
const STATEMENT_CACHE_ENTRIES = 500;
const CACHED_STATEMENT_MAX_LENGTH = 2000;

/**
 * Opens (creating if needed) a SQLite database file for the Node runtime.
 *
 * WAL lets readers proceed while a write commits. `synchronous = FULL` makes every commit wait for
 * the WAL to reach the disk (fsync), so a 2xx means the write survives a process crash AND a power
 * loss or OS crash. `NORMAL` would survive a process crash too (the commit is in the OS's cache)
 * but could lose the last transactions on power loss, so an answered submission, or an answered
 * erasure, could silently come undone; FULL costs about 3–6 ms per write (docs/security.md,
 * "Durability"). `busy_timeout` makes a second process (a CLI command next to a running server) wait
 * for the write lock instead of failing at once.
 */
export function openSqliteStorage(path: string): SqliteStorage {
  const connection = new BetterSqlite3(path);
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
  // Prepared statements are reused by SQL text, for Kysely's reads as for the atomic writes (Kysely's
  // own SQLite driver prepares every query anew). Bounded, and without the long aggregate upserts: they
  // inline their values, so their SQL differs per write, and caching them would grow memory with every
  // submission (unbounded, it did: bench/RESULTS.md).
  const statementCache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string): BetterSqlite3.Statement => {
    let statement = statementCache.get(sql);
    if (statement === undefined) {
      statement = connection.prepare(sql);
      // A long statement is an upsert with its values inlined: used once, and large when prepared.
      if (sql.length > CACHED_STATEMENT_MAX_LENGTH) return statement;
      if (statementCache.size >= STATEMENT_CACHE_ENTRIES) {
        statementCache.delete(statementCache.keys().next().value as string);
      }
    } else {
      statementCache.delete(sql);
    }
    statementCache.set(sql, statement);
    return statement;
  };
  // Safe to share: the driver runs each statement to completion synchronously (we never stream).
  const database = { prepare, close: () => connection.close() };
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });

  // better-sqlite3 is synchronous, so the whole transaction runs without yielding to the event
  // loop: no other request can interleave with it.
  const runAll = connection.transaction((statements: readonly WriteStatement[]): WriteResult[] =>
    statements.map((statement) => {
      const compiled = compileStatement(statement);
      const prepared = prepare(compiled.sql);
      const parameters = compiled.parameters as unknown[];
      if (prepared.reader) {
        const rows = prepared.all(...parameters) as Record<string, unknown>[];
        return { rowsAffected: 0, rows };
      }
      const info = prepared.run(...parameters);
      return { rowsAffected: info.changes, rows: [] };
    }),
  );

  const ping = connection.prepare("SELECT 1");

  return {
    kind: "sqlite",
    db,
    connection,
    async writeAtomically(statements) {
      return runAll(statements);
    },
    async ping() {
      // Prepared once: health checks come every few seconds from every load balancer.
      ping.get();
    },
    async close() {
      statementCache.clear();
      if (connection.open) connection.close();
    },
  };
}
