import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BackupError, backupSqliteDatabase } from "../../../src/db/backup.js";
import { applyMigrations, readMigrationFiles } from "../../../src/db/migrator.js";
import { openSqliteStorage, type SqliteStorage } from "../../../src/db/sqlite-storage.js";

/** `npm run backup`: SQLite's online backup of a live database, written while another connection writes. */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const MIGRATIONS = join(ROOT, "migrations");
const directories: string[] = [];
const open: SqliteStorage[] = [];

afterEach(async () => {
  for (const storage of open.splice(0)) await storage.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), "inclusiebenchmark-backup-"));
  directories.push(directory);
  return directory;
}

/** A migrated database in WAL mode whose writes stay in the WAL (no automatic checkpoint). */
function liveDatabase(path: string): SqliteStorage {
  const storage = openSqliteStorage(path);
  open.push(storage);
  applyMigrations(storage.connection, readMigrationFiles(MIGRATIONS));
  storage.connection.pragma("wal_checkpoint(TRUNCATE)");
  storage.connection.pragma("wal_autocheckpoint = 0");
  return storage;
}

let written = 0;
function writeEvents(storage: SqliteStorage, count: number): void {
  const insert = storage.connection.prepare(
    "INSERT INTO audit_events (id, created_at, client_id, client_role, action, resource_type, resource_id, request_id) VALUES (?, ?, 'cli_backup', 'admin', 'create', 'organisation', ?, ?)",
  );
  storage.connection.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      written += 1;
      insert.run(
        `aud_${String(written).padStart(8, "0")}`,
        new Date().toISOString(),
        `org_${written}`,
        `req-${written}`,
      );
    }
  })();
}

function eventIds(path: string): string[] {
  const database = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare("SELECT id FROM audit_events ORDER BY id").all() as { id: string }[]).map((row) => row.id);
  } finally {
    database.close();
  }
}

describe("backupSqliteDatabase", () => {
  it("copies a live WAL database, committed writes still in the WAL included, while another connection writes", async () => {
    const directory = workspace();
    const source = join(directory, "live.sqlite");
    const storage = liveDatabase(source);
    writeEvents(storage, 3000);
    expect(existsSync(`${source}-wal`)).toBe(true);

    // The writer keeps committing small transactions between the backup's steps.
    let writing = true;
    const writer = (async () => {
      for (let round = 0; round < 500 && writing; round += 1) {
        writeEvents(storage, 5);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const committedBefore = written;
    const target = join(directory, "backup.sqlite");
    const result = await backupSqliteDatabase(source, target, { overwrite: false });
    const committedAfter = written;
    writing = false;
    await writer;
    // The writer did commit while the backup ran.
    expect(committedAfter).toBeGreaterThan(committedBefore);

    expect(result.pages).toBeGreaterThan(10);
    const backup = new BetterSqlite3(target, { fileMustExist: true });
    expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(backup.pragma("journal_mode", { simple: true })).toBe("delete");
    backup.close();
    expect(existsSync(`${target}-wal`)).toBe(false);

    // Everything committed before the backup started is in it, as one consistent snapshot: a prefix.
    const ids = eventIds(target);
    expect(ids.length).toBeGreaterThanOrEqual(committedBefore);
    expect(ids.length).toBeLessThanOrEqual(committedAfter);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, index) => `aud_${String(index + 1).padStart(8, "0")}`));
    const migrations = new BetterSqlite3(target, { readonly: true });
    expect((migrations.prepare("SELECT count(*) AS n FROM schema_migrations").get() as { n: number }).n).toBe(
      readMigrationFiles(MIGRATIONS).length,
    );
    migrations.close();

    // What a plain file copy would have missed: the main file alone lacks the WAL's rows.
    const naive = join(directory, "naive.sqlite");
    copyFileSync(source, naive);
    expect(eventIds(naive).length).toBeLessThan(committedBefore);
  });

  it("refuses to overwrite an existing file unless asked to, and leaves it untouched", async () => {
    const directory = workspace();
    const source = join(directory, "live.sqlite");
    writeEvents(liveDatabase(source), 10);
    const target = join(directory, "existing.sqlite");
    writeFileSync(target, "precious");
    await expect(backupSqliteDatabase(source, target, { overwrite: false })).rejects.toThrow(BackupError);
    expect(readFileSync(target, "utf8")).toBe("precious");
    await backupSqliteDatabase(source, target, { overwrite: true });
    expect(eventIds(target)).toHaveLength(10);
    await expect(
      backupSqliteDatabase(join(directory, "missing.sqlite"), join(directory, "b.sqlite"), { overwrite: false }),
    ).rejects.toThrow(/there is no database/);
  });
});

function runBackup(args: string[], databasePath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/backup.ts", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", DATABASE_PATH: databasePath },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm run backup", () => {
  it("backs up DATABASE_PATH while it is open, refuses an existing file without --force", async () => {
    const directory = workspace();
    const source = join(directory, "live.sqlite");
    writeEvents(liveDatabase(source), 50);
    const target = join(directory, "nightly.sqlite");

    const first = await runBackup([target], source);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/integrity ok/);
    expect(eventIds(target)).toHaveLength(50);

    const again = await runBackup([target], source);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/exists already.*--force/);

    const forced = await runBackup([target, "--force"], source);
    expect(forced.code, forced.output).toBe(0);

    const usage = await runBackup([], source);
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/usage: npm run backup -- <backup file>/);
  });
});
