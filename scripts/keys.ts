import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { keyProtectionFor } from "../src/auth/key-encryption.js";
import { generateSigningJwk } from "../src/auth/signing-keys.js";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { insertSigningJwk, listStoredSigningJwks, removeSigningKey } from "../src/store/signing-keys.js";

/**
 * `npm run keys -- list | rotate | remove <kid>`: the signing keys kept in the Node database (used
 * when JWT_SIGNING_KEYS is not set). Rotate, restart, wait at least the token lifetime, then remove
 * the old key: tokens it signed keep working until then. Restart the server after each change.
 */
const [command, argument] = process.argv.slice(2);
const config = loadNodeConfig(process.env);
const storage = openSqliteStorage(resolve(config.databasePath));
applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
// Keys are sealed with KEY_ENCRYPTION_KEY when it is set, as the server does.
const protection = await keyProtectionFor(config.keyEncryptionKey);

try {
  if (config.signingKeys !== null) {
    console.warn("note: JWT_SIGNING_KEYS is set, so the server signs with those keys, not with the ones below.");
  }
  if (command === "rotate") {
    const jwk = await generateSigningJwk();
    await insertSigningJwk(storage.db, jwk, new Date(), protection);
    console.log(`new signing key ${jwk.kid}; restart the server to sign with it`);
  } else if (command === "remove" && argument !== undefined) {
    const keys = await listStoredSigningJwks(storage.db, protection);
    if (keys[0]?.kid === argument && keys.length === 1) {
      console.error("refusing to remove the only signing key; rotate first");
      process.exitCode = 1;
    } else if (await removeSigningKey(storage.db, argument)) {
      console.log(`removed ${argument}; tokens it signed no longer verify after a restart`);
    } else {
      console.error(`no stored key ${argument}`);
      process.exitCode = 1;
    }
  } else if (command === "list" || command === undefined) {
    const keys = await listStoredSigningJwks(storage.db, protection);
    for (const [index, key] of keys.entries()) console.log(`${key.kid}${index === 0 ? "  (signs)" : "  (verifies)"}`);
  } else {
    console.error("usage: npm run keys -- list | rotate | remove <kid>");
    process.exitCode = 2;
  }
} finally {
  await storage.close();
}
