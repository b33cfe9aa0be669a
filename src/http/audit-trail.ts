import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { randomToken } from "../auth/secret-hash.js";
import type { WriteStatement } from "../db/storage.js";
import { type AuditAction, type AuditResourceType, insertAuditEventStatement } from "../store/audit-events.js";

/**
 * The audit log's one entry point for routes. Every successful write records who (the principal's
 * client id and role), what (resource type, id, action), when (the injected clock) and the request id.
 *
 * A route that writes with `storage.writeAtomically` adds one line to that same write, so the change
 * and its record commit together or not at all:
 *
 *   await storage.writeAtomically([...changes, auditEvent(c, "organisation", id, "update")]);
 *
 * (store functions take it as their `alsoWrite` argument). A route whose write is a single
 * conditional statement (it learns only afterwards whether a row changed) records after it
 * succeeded with `recordAuditEvent`. Refused requests never reach either: nothing is recorded.
 * Never put a secret, a body or a workforce figure in an event: it holds ids only.
 */
export function auditEvent(
  c: Context<AppEnv>,
  resourceType: AuditResourceType,
  resourceId: string,
  action: AuditAction,
): WriteStatement {
  const { storage, clock } = c.get("deps");
  const principal = c.get("principal");
  return insertAuditEventStatement(storage.db, {
    id: randomToken("aud", 15),
    occurredAt: clock.now().toISOString(),
    clientId: principal.clientId,
    clientRole: principal.role,
    action,
    resourceType,
    resourceId,
    requestId: c.get("requestId"),
  });
}

/** Records an event on its own, after a write that could not carry it (see above). */
export async function recordAuditEvent(
  c: Context<AppEnv>,
  resourceType: AuditResourceType,
  resourceId: string,
  action: AuditAction,
): Promise<void> {
  await c.get("deps").storage.writeAtomically([auditEvent(c, resourceType, resourceId, action)]);
}
