import { CompiledQuery, type Kysely, sql } from "kysely";
import type { WriteStatement } from "../db/storage.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import type { DatabaseSchema } from "./schema.js";

/** What kind of thing a write changed. */
export const AUDIT_RESOURCE_TYPES = [
  "client",
  "client-organisation-link",
  "organisation",
  "framework-version",
  "assessment",
  "report-link",
  "benchmark-release",
  "action",
  "target",
  "webhook-subscription",
  "labour-market-version",
] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

/** What the write did to it. */
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "replace",
  "rotate-secret",
  "replace-sections",
  "replace-workforce-context",
  "update-answers",
  "submit",
  "publish",
  "retire",
  "revoke",
  "cut",
  "what-if",
  "limit-reached",
  "confirm-kvk",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: string;
  readonly clientId: string;
  readonly clientRole: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly requestId: string;
}

export type NewAuditEvent = AuditEvent;

/**
 * The event's INSERT. `onlyIfPreviousChanged`: inserted only when the statement just before it in
 * the same atomic write changed a row (SQLite's changes()), for a conditional update that may find
 * nothing to change (a link already revoked, a row erased meanwhile).
 */
export function insertAuditEventStatement(
  db: Kysely<DatabaseSchema>,
  event: NewAuditEvent,
  options: { readonly onlyIfPreviousChanged?: boolean } = {},
): WriteStatement {
  if (options.onlyIfPreviousChanged === true) {
    return sql`INSERT INTO audit_events (id, created_at, client_id, client_role, action, resource_type, resource_id, request_id)
      SELECT ${event.id}, ${event.occurredAt}, ${event.clientId}, ${event.clientRole}, ${event.action}, ${event.resourceType}, ${event.resourceId}, ${event.requestId}
      WHERE changes() > 0`.compile(db);
  }
  // One text for every write that audits (each runtime prepares it once), no query builder per request.
  return CompiledQuery.raw(INSERT_AUDIT_EVENT, [
    event.id,
    event.occurredAt,
    event.clientId,
    event.clientRole,
    event.action,
    event.resourceType,
    event.resourceId,
    event.requestId,
  ]);
}

const INSERT_AUDIT_EVENT = `INSERT INTO audit_events (id, created_at, client_id, client_role, action, resource_type, resource_id, request_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

export interface AuditEventFilter {
  readonly clientId?: string | undefined;
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly action?: string | undefined;
  /** Inclusive lower bound (ISO 8601, UTC). */
  readonly since?: string | undefined;
  /** Exclusive upper bound (ISO 8601, UTC). */
  readonly until?: string | undefined;
}

/** Audit events, newest first, filtered, one page at a time. */
export async function listAuditEvents(
  db: Kysely<DatabaseSchema>,
  filter: AuditEventFilter,
  page: PageRequest,
): Promise<{ events: AuditEvent[]; nextCursor: string | null }> {
  let query = db.selectFrom("audit_events").selectAll();
  if (filter.clientId !== undefined) query = query.where("client_id", "=", filter.clientId);
  if (filter.resourceType !== undefined) query = query.where("resource_type", "=", filter.resourceType);
  if (filter.resourceId !== undefined) query = query.where("resource_id", "=", filter.resourceId);
  if (filter.action !== undefined) query = query.where("action", "=", filter.action);
  if (filter.since !== undefined) query = query.where("created_at", ">=", filter.since);
  if (filter.until !== undefined) query = query.where("created_at", "<", filter.until);
  const { rows, nextCursor } = await cursorPage(query, page, { newestFirst: true });
  return {
    events: rows.map((row) => ({
      id: row.id,
      occurredAt: row.created_at,
      clientId: row.client_id,
      clientRole: row.client_role,
      action: row.action,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      requestId: row.request_id,
    })),
    nextCursor,
  };
}
