import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CompiledQuery } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStorage, type SqliteStorage } from "../../src/db/sqlite-storage.js";

/**
 * Group commit on SQLite (src/db/sqlite-storage.ts): the atomic writes asked for in one turn of the
 * event loop share one transaction and one COMMIT (one fsync at synchronous = FULL), each in its own
 * savepoint. That each stays all-or-nothing on its own is tested on both runtimes in
 * tests/api/atomic-writes.test.ts; this file checks what only SQLite has: that they do share the
 * COMMIT, and what happens when a write ends the shared transaction. Crash safety with concurrent
 * submissions: tests/security/node/durability.test.ts.
 */
let directory: string;
let path: string;
let storage: SqliteStorage;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "group-commit-test-"));
  path = join(directory, "db.sqlite");
  storage = openSqliteStorage(path);
  storage.connection.exec("CREATE TABLE probe (id TEXT PRIMARY KEY NOT NULL, note TEXT NOT NULL)");
  storage.connection.pragma("wal_checkpoint(TRUNCATE)");
});
afterEach(async () => {
  await storage.close();
  rmSync(directory, { recursive: true, force: true });
});

const insert = (id: string) => CompiledQuery.raw("INSERT INTO probe (id, note) VALUES (?, ?)", [id, `note ${id}`]);
const ids = () =>
  (storage.connection.prepare("SELECT id FROM probe ORDER BY id").all() as { id: string }[]).map((row) => row.id);

/** Frames appended to the WAL since the last checkpoint: each COMMIT appends at least one. */
function walFrames(): number {
  const pageSize = Number(storage.connection.pragma("page_size", { simple: true }));
  const bytes = statSync(`${path}-wal`).size;
  return bytes === 0 ? 0 : (bytes - 32) / (pageSize + 24);
}

describe("group commit", () => {
  it("commits the writes asked for together once", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => storage.writeAtomically([insert(`g${index}`)])));
    expect(ids()).toHaveLength(20);
    // Twenty commits of one page each would append at least twenty frames; one shared commit, one.
    const grouped = walFrames();
    expect(grouped).toBeGreaterThan(0);
    expect(grouped).toBeLessThan(5);

    // One after the other (each awaited), every write commits on its own, as before.
    storage.connection.pragma("wal_checkpoint(TRUNCATE)");
    for (let index = 0; index < 5; index++) await storage.writeAtomically([insert(`s${index}`)]);
    expect(walFrames()).toBeGreaterThanOrEqual(5);
  });

  it("runs each write on its own when one ends the shared transaction, so the others still commit", async () => {
    // A bare ROLLBACK ends the group's transaction (and with it the writes before it in the group): the
    // group is given up and every write runs alone; the ROLLBACK's own write then fails by itself.
    const outcomes = await Promise.allSettled([
      storage.writeAtomically([insert("a1"), insert("a2")]),
      storage.writeAtomically([insert("b1"), CompiledQuery.raw("ROLLBACK", [])]),
      storage.writeAtomically([insert("c1")]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(ids()).toEqual(["a1", "a2", "c1"]);
    expect(storage.connection.inTransaction).toBe(false);
  });

  it("runs the writes still waiting when the storage is closed", async () => {
    const pending = storage.writeAtomically([insert("late")]);
    await storage.close();
    await expect(pending).resolves.toHaveLength(1);
    storage = openSqliteStorage(path);
    expect(ids()).toEqual(["late"]);
  });
});
