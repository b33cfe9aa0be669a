import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStorage, type SqliteStorage } from "../../src/db/sqlite-storage.js";
import { preparedQuery } from "../../src/store/prepared-query.js";
import { createHarness } from "../harness/node.js";
import { adminToken, bearer, TEST_ADMIN } from "../support/api-client.js";

/**
 * The prepared queries' memo on SQLite (src/store/prepared-query.ts, the version in
 * src/db/sqlite-storage.ts): a read is answered from memory only while the database is unchanged,
 * whoever changed it. A kept answer is recognisable by identity (the same frozen array); a fresh read
 * builds new rows. That every API read sees a write at once is what the API tests check on both
 * runtimes; this file checks each way the database can change under the memo.
 */
let directory: string;
let path: string;
let storage: SqliteStorage;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "read-memo-test-"));
  path = join(directory, "db.sqlite");
  storage = openSqliteStorage(path);
  storage.connection.exec("CREATE TABLE probe (id TEXT PRIMARY KEY NOT NULL, note TEXT NOT NULL)");
  storage.connection.exec("INSERT INTO probe (id, note) VALUES ('a', 'first'), ('b', 'second'), ('1', 'one')");
});
afterEach(async () => {
  await storage.close();
  rmSync(directory, { recursive: true, force: true });
});

const noteOf = preparedQuery((db, values: { id: string | number }) =>
  (db as unknown as Kysely<{ probe: { id: string; note: string } }>)
    .selectFrom("probe")
    .select(["id", "note"])
    .where("id", "=", values.id as string),
);
const read = (id: string | number) => noteOf(storage.db, { id });

describe("prepared queries on SQLite answer from memory while the database is unchanged", () => {
  it("gives the kept answer, frozen, while nothing changed", async () => {
    const first = await read("a");
    expect(first).toEqual([{ id: "a", note: "first" }]);
    expect(await read("a")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first[0] as { note: string }).note = "changed";
    }).toThrow(TypeError);
    // Other values, other answers; a number and its text are different values.
    expect(await read("b")).toEqual([{ id: "b", note: "second" }]);
    expect(await read(1)).not.toBe(await read("1"));
  });

  it("reads again after a write through the storage", async () => {
    const before = await read("a");
    await storage.writeAtomically([CompiledQuery.raw("UPDATE probe SET note = 'updated' WHERE id = 'a'")]);
    expect(await read("a")).toEqual([{ id: "a", note: "updated" }]);
    expect(await read("a")).not.toBe(before);
  });

  it("reads again after a write of any other row, through Kysely or the bare connection", async () => {
    const before = await read("a");
    await storage.db.executeQuery(CompiledQuery.raw("INSERT INTO probe (id, note) VALUES ('c', 'third')"));
    const afterKysely = await read("a");
    expect(afterKysely).not.toBe(before);
    storage.connection.prepare("DELETE FROM probe WHERE id = 'a'").run();
    expect(await read("a")).toEqual([]);
  });

  it("sees a commit by another connection to the same file (a CLI command beside the server)", async () => {
    await read("a");
    const other = new BetterSqlite3(path);
    try {
      other.prepare("UPDATE probe SET note = 'from elsewhere' WHERE id = 'a'").run();
    } finally {
      other.close();
    }
    expect(await read("a")).toEqual([{ id: "a", note: "from elsewhere" }]);
  });

  it("reads again after a change of the schema, which no change count sees", async () => {
    const before = await read("a");
    storage.connection.exec("CREATE TABLE unrelated (x INTEGER)");
    expect(await read("a")).not.toBe(before);
  });

  it("gives the right answer after a write that was rolled back", async () => {
    await read("a");
    await expect(
      storage.writeAtomically([
        CompiledQuery.raw("UPDATE probe SET note = 'undone' WHERE id = 'a'"),
        CompiledQuery.raw("INSERT INTO probe (id, note) VALUES ('a', 'duplicate')"),
      ]),
    ).rejects.toThrow();
    expect(await read("a")).toEqual([{ id: "a", note: "first" }]);
  });
});

describe("the memo's memory is bounded by bytes, not only by answers", () => {
  it("does not keep an answer larger than 64 KiB", async () => {
    storage.connection.prepare("INSERT INTO probe (id, note) VALUES ('big', ?)").run("x".repeat(40_000));
    const first = await read("big");
    expect(first[0]?.note).toHaveLength(40_000);
    expect(await read("big")).not.toBe(first);
    // A small one is kept (control).
    const small = await read("a");
    expect(await read("a")).toBe(small);
  });

  it("keeps at most 8 MiB: the least recently used answers go first", async () => {
    const insert = storage.connection.prepare("INSERT INTO probe (id, note) VALUES (?, ?)");
    // 200 answers of about 60 KB (30 000 characters at two bytes): about 12 MB in all.
    storage.connection.transaction(() => {
      for (let index = 0; index < 200; index++) insert.run(`n${index}`, `${index}`.padEnd(30_000, "y"));
    })();
    const answers: unknown[][] = [];
    for (let index = 0; index < 200; index++) answers.push(await read(`n${index}`));
    // The newest are still kept, the oldest were pushed out by the byte bound (not by the 4 096 answers).
    expect(await read("n199")).toBe(answers[199]);
    expect(await read("n0")).not.toBe(answers[0]);
  });
});

describe("the API on SQLite, with its reads answered from memory", () => {
  it("refuses a client disabled by another process at once (a token it used a moment ago)", async () => {
    const harness = await createHarness();
    try {
      const token = await adminToken(harness);
      // Twice: the second request's client check is answered from memory.
      expect((await harness.request("/v1/clients", bearer(token))).status).toBe(200);
      expect((await harness.request("/v1/clients", bearer(token))).status).toBe(200);
      const other = new BetterSqlite3((harness.storage as SqliteStorage).connection.name);
      try {
        other.prepare("UPDATE clients SET status = 'disabled' WHERE id = ?").run(TEST_ADMIN.clientId);
      } finally {
        other.close();
      }
      expect((await harness.request("/v1/clients", bearer(token))).status).toBe(401);
    } finally {
      await harness.close();
    }
  });
});
