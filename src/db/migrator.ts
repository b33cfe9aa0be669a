import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";

/**
 * The Node migrator. It applies the same plain-SQL files that `wrangler d1 migrations apply` applies
 * on D1, records each one with a checksum, and refuses to run when a file that was already applied
 * has changed since: a released migration is frozen, a change needs a new file.
 */

const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

export interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Line endings are normalised so a checkout with CRLF does not count as a change. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
}

export function readMigrationFiles(directory: string): MigrationFile[] {
  const names = readdirSync(directory)
    .filter((name) => name.endsWith(".sql"))
    .sort();
  const seenNumbers = new Set<string>();
  return names.map((name) => {
    const match = MIGRATION_FILE.exec(name);
    if (match === null) {
      throw new MigrationError(`migration file "${name}" must be named NNNN_lower_snake_case.sql`);
    }
    const number = match[1] as string;
    if (seenNumbers.has(number)) throw new MigrationError(`two migration files share the number ${number}`);
    seenNumbers.add(number);
    const sql = readFileSync(join(directory, name), "utf8");
    return { name, sql, checksum: migrationChecksum(sql) };
  });
}

interface AppliedMigration {
  name: string;
  checksum: string;
}

/** Applies every pending migration, each in its own transaction. Returns the names applied now. */
export function applyMigrations(connection: BetterSqlite3.Database, files: readonly MigrationFile[]): string[] {
  connection.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = connection
    .prepare("SELECT name, checksum FROM schema_migrations ORDER BY name")
    .all() as AppliedMigration[];
  const filesByName = new Map(files.map((file) => [file.name, file]));

  const problems: string[] = [];
  for (const record of applied) {
    const file = filesByName.get(record.name);
    if (file === undefined) problems.push(`${record.name} was applied but its file is gone`);
    else if (file.checksum !== record.checksum) problems.push(`${record.name} changed after it was applied`);
  }
  if (problems.length > 0) {
    throw new MigrationError(
      `refusing to migrate: ${problems.join("; ")}. Released migrations are frozen: restore the file and put the change in a new migration.`,
    );
  }

  const appliedNames = new Set(applied.map((record) => record.name));
  const record = connection.prepare("INSERT INTO schema_migrations (name, checksum, applied_at) VALUES (?, ?, ?)");
  const appliedNow: string[] = [];
  for (const file of files) {
    if (appliedNames.has(file.name)) continue;
    connection.transaction(() => {
      connection.exec(file.sql);
      record.run(file.name, file.checksum, new Date().toISOString());
    })();
    appliedNow.push(file.name);
  }
  return appliedNow;
}
