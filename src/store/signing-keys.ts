import type { JWK } from "jose";
import { type Kysely, sql } from "kysely";
import { generateSigningJwk } from "../auth/signing-keys.js";
import type { DatabaseSchema } from "./schema.js";

/** Stored keys, newest (the signer) first. */
export async function listStoredSigningJwks(db: Kysely<DatabaseSchema>): Promise<JWK[]> {
  const rows = await db
    .selectFrom("signing_keys")
    .select(["private_jwk"])
    .orderBy("created_at", "desc")
    .orderBy("kid", "desc")
    .execute();
  return rows.map((row) => JSON.parse(row.private_jwk) as JWK);
}

export async function insertSigningJwk(db: Kysely<DatabaseSchema>, jwk: JWK, createdAt: Date): Promise<void> {
  await db
    .insertInto("signing_keys")
    .values({ kid: jwk.kid as string, private_jwk: JSON.stringify(jwk), created_at: createdAt.toISOString() })
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
 */
export async function ensureStoredSigningJwks(db: Kysely<DatabaseSchema>, now: Date): Promise<JWK[]> {
  const existing = await listStoredSigningJwks(db);
  if (existing.length > 0) return existing;
  const jwk = await generateSigningJwk();
  await sql`INSERT INTO signing_keys (kid, private_jwk, created_at)
    SELECT ${jwk.kid as string}, ${JSON.stringify(jwk)}, ${now.toISOString()}
    WHERE NOT EXISTS (SELECT 1 FROM signing_keys)`.execute(db);
  return listStoredSigningJwks(db);
}
