import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.js";

/** Stored outcomes of POSTs sent with an Idempotency-Key, per client. */

export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** A request still "in progress" after this long died with its process: its key may be used again. */
const ABANDONED_AFTER_MS = 60_000;

export interface StoredResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type Claim =
  | { readonly outcome: "claimed" }
  | { readonly outcome: "replay"; readonly response: StoredResponse }
  | { readonly outcome: "mismatch" }
  | { readonly outcome: "inProgress" };

export async function claimIdempotencyKey(
  db: Kysely<DatabaseSchema>,
  request: { clientId: string; key: string; requestHash: string; now: Date },
): Promise<Claim> {
  const now = request.now.toISOString();
  const abandoned = new Date(request.now.getTime() - ABANDONED_AFTER_MS).toISOString();
  await db
    .deleteFrom("idempotency_keys")
    .where((eb) =>
      eb.or([
        eb("expires_at", "<", now),
        eb.and([
          eb("client_id", "=", request.clientId),
          eb("idempotency_key", "=", request.key),
          eb("state", "=", "in_progress"),
          eb("created_at", "<", abandoned),
        ]),
      ]),
    )
    .execute();
  const inserted = await db
    .insertInto("idempotency_keys")
    .values({
      client_id: request.clientId,
      idempotency_key: request.key,
      request_hash: request.requestHash,
      state: "in_progress",
      response_status: null,
      response_headers: null,
      response_body: null,
      created_at: now,
      expires_at: new Date(request.now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000).toISOString(),
    })
    .onConflict((conflict) => conflict.columns(["client_id", "idempotency_key"]).doNothing())
    .executeTakeFirst();
  if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return { outcome: "claimed" };

  const existing = await db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("client_id", "=", request.clientId)
    .where("idempotency_key", "=", request.key)
    .executeTakeFirst();
  if (existing === undefined) return claimIdempotencyKey(db, request);
  if (existing.request_hash !== request.requestHash) return { outcome: "mismatch" };
  if (existing.state !== "completed") return { outcome: "inProgress" };
  return {
    outcome: "replay",
    response: {
      status: existing.response_status ?? 200,
      headers: JSON.parse(existing.response_headers ?? "{}") as Record<string, string>,
      body: existing.response_body ?? "",
    },
  };
}

export async function completeIdempotencyKey(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await db
    .updateTable("idempotency_keys")
    .set({
      state: "completed",
      response_status: response.status,
      response_headers: JSON.stringify(response.headers),
      response_body: response.body,
    })
    .where("client_id", "=", clientId)
    .where("idempotency_key", "=", key)
    .execute();
}

export async function releaseIdempotencyKey(db: Kysely<DatabaseSchema>, clientId: string, key: string): Promise<void> {
  await db
    .deleteFrom("idempotency_keys")
    .where("client_id", "=", clientId)
    .where("idempotency_key", "=", key)
    .where("state", "=", "in_progress")
    .execute();
}
