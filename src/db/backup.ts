import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupResult {
  readonly pages: number;
  readonly bytes: number;
}

/**
 * Copies a live SQLite database with SQLite's online backup API (better-sqlite3 `db.backup`), which
 * reads a consistent snapshot including what is still only in the WAL, while the server keeps
 * writing (WAL readers never block writers). All pages are copied in one step: a multi-step backup
 * restarts whenever another connection writes, and could never finish under steady load.
 *
 * The copy is written next to the target and renamed into place once complete and checked, so the
 * target is never a half-written file. An existing target is refused unless `overwrite`.
 */
export async function backupSqliteDatabase(
  sourcePath: string,
  targetPath: string,
  options: { readonly overwrite: boolean },
): Promise<BackupResult> {
  if (!existsSync(sourcePath)) throw new BackupError(`there is no database at ${sourcePath}`);
  if (existsSync(targetPath) && !options.overwrite) {
    throw new BackupError(`${targetPath} exists already: choose another file, or pass --force to replace it`);
  }
  const partial = `${targetPath}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const source = new BetterSqlite3(sourcePath, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    const { totalPages } = await source.backup(partial, { progress: () => 0x7fffffff });
    const copy = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new BackupError(`the copy failed its integrity check: ${String(check)}`);
      // A self-contained file: nothing of it left in a -wal next to it.
      copy.pragma("wal_checkpoint(TRUNCATE)");
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    renameSync(partial, targetPath);
    return { pages: totalPages, bytes: statSync(targetPath).size };
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    throw error;
  } finally {
    source.close();
  }
}
