import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrationFiles } from "../../src/db/migrator.js";
import { MIGRATIONS_DIRECTORY } from "../harness/node.js";

let directory: string;
let connection: BetterSqlite3.Database;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "migrator-test-"));
  connection = new BetterSqlite3(join(directory, "db.sqlite"));
});
afterEach(() => {
  connection.close();
  rmSync(directory, { recursive: true, force: true });
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(directory, "migrations-"));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

const tables = () =>
  (connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => name !== "schema_migrations");

describe("the Node migrator", () => {
  it("applies pending migrations in order, once", () => {
    const dir = migrationsDir({
      "0002_second.sql": "ALTER TABLE first ADD COLUMN b TEXT;",
      "0001_first.sql": "CREATE TABLE first (a TEXT);",
    });
    expect(applyMigrations(connection, readMigrationFiles(dir))).toEqual(["0001_first.sql", "0002_second.sql"]);
    expect(applyMigrations(connection, readMigrationFiles(dir))).toEqual([]);
    expect(tables()).toEqual(["first"]);
    const columns = connection.prepare("SELECT name FROM pragma_table_info('first')").all();
    expect(columns).toEqual([{ name: "a" }, { name: "b" }]);
  });

  it("refuses to run when an applied migration file changed, and applies nothing", () => {
    const dir = migrationsDir({ "0001_first.sql": "CREATE TABLE first (a TEXT);" });
    applyMigrations(connection, readMigrationFiles(dir));
    writeFileSync(join(dir, "0001_first.sql"), "CREATE TABLE first (a TEXT, sneaky TEXT);");
    writeFileSync(join(dir, "0002_second.sql"), "CREATE TABLE second (a TEXT);");
    expect(() => applyMigrations(connection, readMigrationFiles(dir))).toThrow(MigrationError);
    expect(() => applyMigrations(connection, readMigrationFiles(dir))).toThrow(
      /0001_first.sql changed after it was applied/,
    );
    expect(tables()).toEqual(["first"]);
  });

  it("does not count a change of line endings as a change", () => {
    const dir = migrationsDir({ "0001_first.sql": "CREATE TABLE first (a TEXT);\n-- note\n" });
    applyMigrations(connection, readMigrationFiles(dir));
    writeFileSync(join(dir, "0001_first.sql"), "CREATE TABLE first (a TEXT);\r\n-- note\r\n");
    expect(applyMigrations(connection, readMigrationFiles(dir))).toEqual([]);
  });

  it("refuses to run when an applied migration file is gone", () => {
    const dir = migrationsDir({ "0001_first.sql": "CREATE TABLE first (a TEXT);" });
    applyMigrations(connection, readMigrationFiles(dir));
    const emptyDir = migrationsDir({});
    expect(() => applyMigrations(connection, readMigrationFiles(emptyDir))).toThrow(
      /0001_first.sql was applied but its file is gone/,
    );
  });

  it("rolls back a failing migration and stops there", () => {
    const dir = migrationsDir({
      "0001_first.sql": "CREATE TABLE first (a TEXT);",
      "0002_broken.sql": "CREATE TABLE second (a TEXT); INSERT INTO nowhere VALUES (1);",
      "0003_third.sql": "CREATE TABLE third (a TEXT);",
    });
    expect(() => applyMigrations(connection, readMigrationFiles(dir))).toThrow(/no such table: nowhere/);
    expect(tables()).toEqual(["first"]);
  });

  it("refuses badly named files and duplicate numbers", () => {
    expect(() => readMigrationFiles(migrationsDir({ "1_first.sql": "" }))).toThrow(/NNNN_lower_snake_case.sql/);
    expect(() => readMigrationFiles(migrationsDir({ "0001_a.sql": "", "0001_b.sql": "" }))).toThrow(
      /share the number 0001/,
    );
  });

  it("reads the project's own migrations", () => {
    const files = readMigrationFiles(MIGRATIONS_DIRECTORY);
    for (const file of files) expect(file.name).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/);
  });
});
