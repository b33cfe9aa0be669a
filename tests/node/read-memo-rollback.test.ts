import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { afterEach, beforeEach, expect, it } from "vitest";
import { openSqliteStorage, type SqliteStorage } from "../../src/db/sqlite-storage.js";
import { preparedQuery } from "../../src/store/prepared-query.js";

/**
 * A latent hole in the memo's version (src/db/sqlite-storage.ts, changeVersion): a prepared read
 * made while this connection is inside a transaction sees its uncommitted changes and is kept; a
 * ROLLBACK then undoes them without moving total_changes(), data_version or the schema cookie, so the
 * memo answers with rows that were never committed until some later write. No shipped code reads
 * through `db` inside an open transaction today (every transaction is a synchronous better-sqlite3
 * function; db.transaction() is forbidden), but `storage.connection` is public and the memo's
 * contract ("version must change ... before a read that could see that change") does not say so.
 */
let directory: string;
let storage: SqliteStorage;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "read-memo-rollback-"));
  storage = openSqliteStorage(join(directory, "db.sqlite"));
  storage.connection.exec("CREATE TABLE probe (id TEXT PRIMARY KEY NOT NULL, note TEXT NOT NULL)");
  storage.connection.exec("INSERT INTO probe (id, note) VALUES ('a', 'first')");
});
afterEach(async () => {
  await storage.close();
  rmSync(directory, { recursive: true, force: true });
});

const noteOf = preparedQuery((db, values: { id: string }) =>
  (db as unknown as Kysely<{ probe: { id: string; note: string } }>)
    .selectFrom("probe")
    .select(["id", "note"])
    .where("id", "=", values.id),
);

it("does not keep an answer read inside a transaction that is then rolled back", async () => {
  expect(await noteOf(storage.db, { id: "a" })).toEqual([{ id: "a", note: "first" }]);
  storage.connection.exec("BEGIN");
  storage.connection.prepare("UPDATE probe SET note = 'never committed' WHERE id = 'a'").run();
  expect(await noteOf(storage.db, { id: "a" })).toEqual([{ id: "a", note: "never committed" }]);
  storage.connection.exec("ROLLBACK");
  expect(await noteOf(storage.db, { id: "a" })).toEqual([{ id: "a", note: "first" }]);
});
