import type { Kysely } from "kysely";
import type { WriteStatement } from "../db/storage.js";
import type { DatabaseSchema, UsageEventsTable } from "./schema.js";

/**
 * Counted uses under a limit (migration 0016): what-if calls and new rounds per organisation,
 * registrations per integration client. The insert is refused by the database, with the whole atomic
 * write it is part of, when the subject's uses in the window have reached the limit.
 */

export type UsageKind = UsageEventsTable["kind"];

export interface Usage {
  readonly subjectId: string;
  readonly kind: UsageKind;
  readonly limit: number;
  readonly windowSeconds: number;
}

const windowStart = (usage: Usage, now: Date) => new Date(now.getTime() - usage.windowSeconds * 1000).toISOString();

/** The insert that counts one use; put it in the atomic write of what it allows. */
export function countUseStatement(db: Kysely<DatabaseSchema>, usage: Usage, now: Date): WriteStatement {
  return db.insertInto("usage_events").values({
    subject_id: usage.subjectId,
    kind: usage.kind,
    occurred_at: now.toISOString(),
    window_start: windowStart(usage, now),
    window_limit: usage.limit,
  });
}

/** Whether a failed write was refused because the limit was reached. */
export function isUsageLimitReached(error: unknown): boolean {
  return error instanceof Error && error.message.includes("usage limit reached");
}

/** Seconds until the oldest use in the window leaves it (at least 1). */
export async function usageRetryAfterSeconds(db: Kysely<DatabaseSchema>, usage: Usage, now: Date): Promise<number> {
  const oldest = await db
    .selectFrom("usage_events")
    .select("occurred_at")
    .where("subject_id", "=", usage.subjectId)
    .where("kind", "=", usage.kind)
    .where("occurred_at", ">=", windowStart(usage, now))
    .orderBy("occurred_at")
    .limit(1)
    .executeTakeFirst();
  if (oldest === undefined) return 1;
  const freeAt = new Date(oldest.occurred_at).getTime() + usage.windowSeconds * 1000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

/** Removes the uses counted for a subject (an erased organisation). */
export function deleteUsesStatement(db: Kysely<DatabaseSchema>, subjectId: string): WriteStatement {
  return db.deleteFrom("usage_events").where("subject_id", "=", subjectId);
}
