import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";

/** The storage seam: a transaction on SQLite, one batch on D1. Same assertions on both runtimes. */
let harness: Harness;
let table: string;
beforeEach(async () => {
  harness = await createHarness();
  // A table of the test's own, so the seam is tested apart from any product table.
  table = `atomic_probe_${crypto.randomUUID().replaceAll("-", "")}`;
  await sql`CREATE TABLE ${sql.table(table)} (id TEXT PRIMARY KEY NOT NULL, note TEXT NOT NULL)`.execute(
    harness.storage.db,
  );
});
afterEach(async () => {
  await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(harness.storage.db);
  await harness.close();
});

const insert = (id: string, note: string) =>
  sql`INSERT INTO ${sql.table(table)} (id, note) VALUES (${id}, ${note})`.compile(harness.storage.db);

async function rows(): Promise<{ id: string; note: string }[]> {
  const result = await sql<{ id: string; note: string }>`SELECT id, note FROM ${sql.table(table)} ORDER BY id`.execute(
    harness.storage.db,
  );
  return result.rows;
}

describe("Storage.writeAtomically", () => {
  it("commits every statement together and reports rows affected", async () => {
    const results = await harness.storage.writeAtomically([
      insert("a", "first"),
      insert("b", "second"),
      sql`UPDATE ${sql.table(table)} SET note = 'changed' WHERE id IN ('a', 'b')`.compile(harness.storage.db),
    ]);
    expect(results.map((result) => result.rowsAffected)).toEqual([1, 1, 2]);
    expect(await rows()).toEqual([
      { id: "a", note: "changed" },
      { id: "b", note: "changed" },
    ]);
  });

  it("leaves nothing behind when a statement in the middle fails", async () => {
    await harness.storage.writeAtomically([insert("existing", "kept")]);
    await expect(
      harness.storage.writeAtomically([
        insert("c", "before the failure"),
        insert("existing", "duplicate primary key: fails"),
        insert("d", "after the failure"),
      ]),
    ).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await rows()).toEqual([{ id: "existing", note: "kept" }]);
  });

  it("returns the rows of a statement with RETURNING", async () => {
    const [result] = await harness.storage.writeAtomically([
      sql`INSERT INTO ${sql.table(table)} (id, note) VALUES ('r', 'returned') RETURNING id, note`.compile(
        harness.storage.db,
      ),
    ]);
    expect(result?.rows).toEqual([{ id: "r", note: "returned" }]);
  });

  it("runs on the runtime's own database", () => {
    expect(harness.storage.kind).toBe(harness.runtime === "node" ? "sqlite" : "d1");
  });

  it("refuses interactive transactions on D1 with a clear error, and allows them on SQLite", async () => {
    const attempt = harness.storage.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO ${sql.table(table)} (id, note) VALUES ('t', 'in a transaction')`.execute(trx);
    });
    if (harness.storage.kind === "d1") {
      await expect(attempt).rejects.toThrow(/D1 has no interactive transactions/);
      expect(await rows()).toEqual([]);
    } else {
      await attempt;
      expect(await rows()).toEqual([{ id: "t", note: "in a transaction" }]);
    }
  });

  it("keeps concurrent writes all-or-nothing each: a failing one changes nothing and fails alone", async () => {
    await harness.storage.writeAtomically([insert("existing", "kept")]);
    // Asked for in the same turn, as concurrent requests do: on SQLite they share one transaction (group
    // commit), each in its own savepoint; on D1 each is its own batch. Either way, the same outcome.
    const writes = Array.from({ length: 12 }, (_, index) => {
      const id = `w${String(index).padStart(2, "0")}`;
      const statements = [insert(`${id}a`, `write ${index}`), insert(`${id}b`, `write ${index}`)];
      // Write 4 fails after its first statement went in; write 7 collides with write 2, which came first.
      if (index === 4) statements.push(insert("existing", "duplicate primary key: fails"));
      if (index === 7) statements.splice(1, 0, insert("w02a", "taken by write 2 in the same turn"));
      statements.push(
        sql`SELECT count(*) AS seen FROM ${sql.table(table)} WHERE id LIKE ${`${id}%`}`.compile(harness.storage.db),
      );
      return harness.storage.writeAtomically(statements);
    });
    const outcomes = await Promise.allSettled(writes);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(
      Array.from({ length: 12 }, (_, index) => (index === 4 || index === 7 ? "rejected" : "fulfilled")),
    );
    expect(String((outcomes[4] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(String((outcomes[7] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    // Each write's results are its own: its two rows, seen by its own last statement.
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.status === "fulfilled") {
        expect(outcome.value.map((result) => result.rowsAffected).slice(0, 2), `write ${index}`).toEqual([1, 1]);
        expect(outcome.value.at(-1)?.rows, `write ${index}`).toEqual([{ seen: 2 }]);
      }
    }
    const expected = [0, 1, 2, 3, 5, 6, 8, 9, 10, 11].flatMap((index) => {
      const id = `w${String(index).padStart(2, "0")}`;
      return [
        { id: `${id}a`, note: `write ${index}` },
        { id: `${id}b`, note: `write ${index}` },
      ];
    });
    expect(await rows()).toEqual([{ id: "existing", note: "kept" }, ...expected]);
  });

  it("does nothing for an empty list", async () => {
    expect(await harness.storage.writeAtomically([])).toEqual([]);
    expect(await rows()).toEqual([]);
  });
});
