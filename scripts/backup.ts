import { resolve } from "node:path";
import { loadNodeConfig } from "../src/config.js";
import { BackupError, backupSqliteDatabase } from "../src/db/backup.js";

/**
 * `npm run backup -- <file> [--force]`: an online backup of DATABASE_PATH into <file>, safe while the
 * server runs. Refuses to replace an existing file unless --force. Restore: see README (Security).
 */
const args = process.argv.slice(2);
const force = args.includes("--force");
const files = args.filter((arg) => arg !== "--force");
if (files.length !== 1 || files[0]?.startsWith("-")) {
  console.error("usage: npm run backup -- <backup file> [--force]");
  process.exit(2);
}
const config = loadNodeConfig(process.env);
const source = resolve(config.databasePath);
const target = resolve(files[0] as string);
try {
  const started = performance.now();
  const { pages, bytes } = await backupSqliteDatabase(source, target, { overwrite: force });
  console.log(
    `backed up ${source} to ${target}: ${pages} pages, ${bytes} bytes, integrity ok, ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`backup failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
