import type { JWK } from "jose";
import { type Kysely, sql } from "kysely";
import { isSealedKey, type KeyProtection } from "../auth/key-encryption.js";
import { generateSigningJwk } from "../auth/signing-keys.js";
import type { DatabaseSchema } from "./schema.js";

/** Stored keys, newest (the signer) first, opened with `protection`. */
export async function listStoredSigningJwks(db: Kysely<DatabaseSchema>, protection: KeyProtection): Promise<JWK[]> {
  const rows = await storedRows(db);
  return Promise.all(rows.map((row) => protection.open(row.kid, row.private_jwk)));
}

async function storedRows(db: Kysely<DatabaseSchema>) {
  return db
    .selectFrom("signing_keys")
    .select(["kid", "private_jwk"])
    .orderBy("created_at", "desc")
    .orderBy("kid", "desc")
    .execute();
}

export async function insertSigningJwk(
  db: Kysely<DatabaseSchema>,
  jwk: JWK,
  createdAt: Date,
  protection: KeyProtection,
): Promise<void> {
  await db
    .insertInto("signing_keys")
    .values({ kid: jwk.kid as string, private_jwk: await protection.seal(jwk), created_at: createdAt.toISOString() })
    .onConflict((conflict) => conflict.column("kid").doNothing())
    .execute();
}

export async function removeSigningKey(db: Kysely<DatabaseSchema>, kid: string): Promise<boolean> {
  const result = await db.deleteFrom("signing_keys").where("kid", "=", kid).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The stored keys, generating the first one when there is none (first start without configured keys).
 * The first key is inserted only into an empty table, so two instances starting together agree on it.
 *
 * With a key-encryption key, plain keys left from before are retired: a backup taken before holds
 * them in the clear, so they must sign and verify nothing any more. A new sealed key takes over and
 * the plain ones are removed (tokens and report links they signed stop working; see README).
 */
export async function ensureStoredSigningJwks(
  db: Kysely<DatabaseSchema>,
  now: Date,
  protection: KeyProtection,
): Promise<JWK[]> {
  const existing = await storedRows(db);
  const plain = existing.filter((row) => !isSealedKey(row.private_jwk));
  if (existing.length > 0 && !(protection.sealed && plain.length > 0)) return listStoredSigningJwks(db, protection);
  const jwk = await generateSigningJwk();
  if (existing.length > 0) {
    await insertSigningJwk(db, jwk, now, protection);
    for (const row of plain) await removeSigningKey(db, row.kid);
    return listStoredSigningJwks(db, protection);
  }
  await sql`INSERT INTO signing_keys (kid, private_jwk, created_at)
    SELECT ${jwk.kid as string}, ${await protection.seal(jwk)}, ${now.toISOString()}
    WHERE NOT EXISTS (SELECT 1 FROM signing_keys)`.execute(db);
  return listStoredSigningJwks(db, protection);
}
