import BetterSqlite3 from "better-sqlite3";
import { type CompiledQuery, Kysely, SqliteDialect } from "kysely";
import { answerReadsWhileUnchanged } from "../store/prepared-query.js";
import type { DatabaseSchema } from "../store/schema.js";
import { compileStatement, type Storage, type WriteResult } from "./storage.js";

export interface SqliteStorage extends Storage {
  readonly kind: "sqlite";
  /** The underlying connection, for the migrator and the backup command. */
  readonly connection: BetterSqlite3.Database;
}

/** A write waiting for the next group commit. */
interface PendingWrite {
  readonly statements: readonly CompiledQuery[];
  readonly resolve: (results: WriteResult[]) => void;
  readonly reject: (error: unknown) => void;
}

type GroupOutcome = { readonly results: WriteResult[] } | { readonly error: unknown };

/** Thrown out of a group's transaction when one of its writes ended the transaction itself. */
class GroupAborted extends Error {}

/** SQLite's page cache per connection, in KiB. */
export const PAGE_CACHE_KIB = 4096;

/** Most recently used statements kept prepared. */
const STATEMENT_CACHE_ENTRIES = 500;
const CACHED_STATEMENT_MAX_LENGTH = 2000;

/**
 * A number that changes whenever the database's content or schema may have changed since it was last
 * asked, read without touching a table: this connection's change count (`total_changes()`: every row
 * it inserted, updated or deleted, triggers included; a rolled-back change counts too, which only
 * costs a read), SQLite's `data_version` (moves when another connection, in this process or another,
 * commits) and the schema cookie (DDL, which no change count sees). The prepared queries answer from
 * memory while it is unchanged (prepared-query.ts): a cached benchmark answer then costs no read of
 * the 100 000-organisation file at all.
 */
function changeVersion(connection: BetterSqlite3.Database): () => number {
  const counters = connection
    .prepare(
      "SELECT total_changes(), d.data_version, s.schema_version FROM pragma_data_version AS d, pragma_schema_version AS s",
    )
    .raw();
  let changes = -1;
  let dataVersion = -1;
  let schemaVersion = -1;
  let version = 0;
  let inTransaction = false;
  return () => {
    // Inside a transaction a read may see changes a ROLLBACK undoes without moving any counter: each
    // such read gets a version of its own, and the first read after the transaction a new one again.
    if (connection.inTransaction) {
      inTransaction = true;
      return ++version;
    }
    const [nowChanges, nowDataVersion, nowSchemaVersion] = counters.get() as [number, number, number];
    if (
      inTransaction ||
      nowChanges !== changes ||
      nowDataVersion !== dataVersion ||
      nowSchemaVersion !== schemaVersion
    ) {
      inTransaction = false;
      changes = nowChanges;
      dataVersion = nowDataVersion;
      schemaVersion = nowSchemaVersion;
      version += 1;
    }
    return version;
  };
}

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
  // The page cache, bounded at 4 MiB (better-sqlite3's default is 16 MiB, about 25 MB of RSS once full
  // on a large database). A request touches a few pages of a few indexes; the rest of the file is in
  // the OS's page cache either way. Measured: no change in CPU per submission (bench/RESULTS.md,
  // "Submissions, session 5").
  connection.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
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
  answerReadsWhileUnchanged(db, changeVersion(connection));

  const runStatement = (compiled: CompiledQuery): WriteResult => {
    const prepared = prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (prepared.reader) {
      const rows = prepared.all(...parameters) as Record<string, unknown>[];
      return { rowsAffected: 0, rows };
    }
    const info = prepared.run(...parameters);
    return { rowsAffected: info.changes, rows: [] };
  };
  // better-sqlite3 is synchronous, so a whole transaction runs without yielding to the event loop: no
  // other request can interleave with it. Called inside another transaction, better-sqlite3 makes it a
  // savepoint instead: that is how one write of a group is undone alone.
  const runAll = connection.transaction((statements: readonly CompiledQuery[]): WriteResult[] =>
    statements.map(runStatement),
  );
  const runGroup = connection.transaction((group: readonly PendingWrite[]): GroupOutcome[] =>
    group.map((write) => {
      try {
        return { results: runAll(write.statements) };
      } catch (error) {
        // A statement failed: its savepoint is rolled back, the others stand. Should anything have ended
        // the whole transaction (a RAISE(ROLLBACK), an I/O error), the writes before it are gone too:
        // give up the group, and `flush` runs each write on its own.
        if (!connection.inTransaction) throw new GroupAborted();
        return { error };
      }
    }),
  );

  // Group commit. With synchronous = FULL every COMMIT waits for an fsync, and that wait blocks the
  // event loop (better-sqlite3 is synchronous): 32 concurrent submitters spent most of their time
  // queued behind each other's fsyncs (bench/RESULTS.md, "Submissions, session 5"). The writes asked
  // for in one turn of the event loop are run as one transaction, each in its own savepoint (all or
  // nothing on its own: a failing one is rolled back alone and rejects only its own promise), with
  // one COMMIT; every promise settles after that COMMIT, so a 2xx is still only sent once its write is
  // on disk. A lone write runs exactly as before (its own transaction).
  let pending: PendingWrite[] = [];
  const flush = () => {
    const group = pending;
    pending = [];
    if (group.length === 0) return;
    let outcomes: readonly GroupOutcome[];
    if (group.length === 1) {
      outcomes = group.map(runAlone);
    } else {
      try {
        outcomes = runGroup(group);
      } catch {
        // The shared transaction failed as a whole (its COMMIT, or a write that ended it; better-sqlite3
        // has rolled it back): nothing of it is on disk. Each write then runs on its own, so each gets
        // its own outcome, as without grouping.
        outcomes = group.map(runAlone);
      }
    }
    group.forEach((write, index) => {
      const outcome = outcomes[index] as GroupOutcome;
      if ("results" in outcome) write.resolve(outcome.results);
      else write.reject(outcome.error);
    });
  };
  const runAlone = (write: PendingWrite): GroupOutcome => {
    try {
      return { results: runAll(write.statements) };
    } catch (error) {
      return { error };
    }
  };

  const ping = connection.prepare("SELECT 1");

  return {
    kind: "sqlite",
    db,
    connection,
    writeAtomically(statements) {
      if (statements.length === 0) return Promise.resolve([]);
      let compiled: CompiledQuery[];
      try {
        compiled = statements.map(compileStatement);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<WriteResult[]>((resolve, reject) => {
        // setImmediate runs after this turn's I/O callbacks: the writes of every request that arrived
        // in this turn join the same group.
        if (pending.length === 0) setImmediate(flush);
        pending.push({ statements: compiled, resolve, reject });
      });
    },
    async ping() {
      // Prepared once: health checks come every few seconds from every load balancer.
      ping.get();
    },
    async close() {
      // Writes asked for before the close still happen (or fail) as they would have.
      flush();
      statementCache.clear();
      if (connection.open) connection.close();
    },
  };
}
