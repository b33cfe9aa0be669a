import type { Kysely, Selectable } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { Language } from "../domain/framework/localize.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import type { DatabaseSchema, ReportLinksTable } from "./schema.js";

/** A report link as stored: the token is never kept, only what makes the link listable and revocable. */
export interface ReportLink {
  readonly id: string;
  readonly organisationId: string;
  readonly createdByClient: string;
  readonly language: Language | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  /** The maker's credential generation: the link stops working when the maker's secret is rotated. */
  readonly clientGeneration: number;
}

function toReportLink(row: Selectable<ReportLinksTable>): ReportLink {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    createdByClient: row.created_by_client,
    language: row.language,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    clientGeneration: row.client_generation,
  };
}

export async function insertReportLink(
  storage: Storage,
  link: ReportLink,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const insert = storage.db.insertInto("report_links").values({
    id: link.id,
    organisation_id: link.organisationId,
    created_by_client: link.createdByClient,
    language: link.language,
    created_at: link.createdAt,
    expires_at: link.expiresAt,
    revoked_at: link.revokedAt,
    client_generation: link.clientGeneration,
  });
  await storage.writeAtomically([insert, ...alsoWrite]);
}

export async function getReportLink(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  id: string,
): Promise<ReportLink | undefined> {
  const row = await db
    .selectFrom("report_links")
    .selectAll()
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
  return row === undefined ? undefined : toReportLink(row);
}

/** The organisation's links, oldest first (as every cursor list in this API). */
export async function listReportLinks(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  page: PageRequest,
): Promise<{ links: ReportLink[]; nextCursor: string | null }> {
  const query = db.selectFrom("report_links").selectAll().where("organisation_id", "=", organisationId);
  const { rows, nextCursor } = await cursorPage(query, page);
  return { links: rows.map(toReportLink), nextCursor };
}

/** Marks the link revoked (once: a second revocation keeps the first time). */
export async function revokeReportLink(
  storage: Storage,
  organisationId: string,
  id: string,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db
      .updateTable("report_links")
      .set({ revoked_at: now.toISOString() })
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .where("revoked_at", "is", null),
    ...alsoWrite,
  ]);
}

/** The ids of the active (not revoked) links a client made for an organisation. */
export async function activeLinkIdsMadeBy(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  organisationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("report_links")
    .select("id")
    .where("created_by_client", "=", clientId)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}

/** Revokes one link if it is still active: put a `report_link.revoked` event directly after it. */
export function revokeReportLinkStatement(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  id: string,
  now: Date,
): WriteStatement {
  return db
    .updateTable("report_links")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", id)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null);
}

/**
 * Revokes the active links a client made for an organisation: when the client stops acting for it
 * (unlinked), its links end in the same write.
 */
export function revokeLinksMadeBy(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  organisationId: string,
  now: Date,
): WriteStatement {
  return db
    .updateTable("report_links")
    .set({ revoked_at: now.toISOString() })
    .where("created_by_client", "=", clientId)
    .where("organisation_id", "=", organisationId)
    .where("revoked_at", "is", null);
}
