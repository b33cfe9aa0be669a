import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { randomToken } from "../auth/secret-hash.js";
import type { WriteStatement } from "../db/storage.js";
import { type AuditAction, type AuditResourceType, insertAuditEventStatement } from "../store/audit-events.js";

/**
 * The audit log's one entry point for routes. Every successful write records who (the principal's
 * client id and role), what (resource type, id, action), when (the injected clock) and the request id.
 *
 * Each route adds one line to its atomic write, so the change and its record commit together or
 * not at all:
 *
 *   await storage.writeAtomically([...changes, auditEvent(c, "organisation", id, "update")]);
 *
 * (store functions take it as their `alsoWrite` argument). After a conditional statement that may
 * change nothing (a row gone meanwhile, a link already revoked), pass `{ onlyIfPreviousChanged: true }`
 * and put the event directly after that statement: it is then written only if a row changed.
 * Refused requests never reach the write: nothing is recorded for them.
 * Never put a secret, a body or a workforce figure in an event: it holds ids only.
 */
export function auditEvent(
  c: Context<AppEnv>,
  resourceType: AuditResourceType,
  resourceId: string,
  action: AuditAction,
  options: { readonly onlyIfPreviousChanged?: boolean } = {},
): WriteStatement {
  const { storage, clock } = c.get("deps");
  const principal = c.get("principal");
  return insertAuditEventStatement(
    storage.db,
    {
      id: randomToken("aud", 15),
      occurredAt: clock.now().toISOString(),
      clientId: principal.clientId,
      clientRole: principal.role,
      action,
      resourceType,
      resourceId,
      requestId: c.get("requestId"),
    },
    options,
  );
}
