import { auditEvent } from "../../http/audit-trail.js";
import { checkIfMatch } from "../../http/if-match.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { deleteTargetStatement, getTarget } from "../../store/targets.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { TargetParamsSchema, targetEtag, targetNotFound } from "./target-schemas.js";

export const deleteTargetRoute = defineRoute({
  method: "delete",
  path: "/organisations/{organisationId}/targets/{targetId}",
  operationId: "deleteTarget",
  readsHeaders: ["If-Match"],
  tags: ["Plan"],
  summary: "Remove a target from the plan",
  description: "Removes the target. With If-Match, only if it is still at that ETag (412 otherwise).",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: { params: TargetParamsSchema },
  responses: {
    204: { description: "Removed." },
    412: problemResponse("If-Match does not match: someone changed the target since you read it."),
  },
});

export function registerDeleteTarget(router: ApiRouter): void {
  router.openapi(deleteTargetRoute, async (c) => {
    const { organisationId, targetId } = c.req.valid("param");
    const { storage } = c.get("deps");
    if ((await findVisibleOrganisation(storage.db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const target = await getTarget(storage.db, organisationId, targetId);
    if (target === undefined) throw targetNotFound(targetId);
    checkIfMatch(c, targetEtag(target), "target");
    await storage.writeAtomically([
      deleteTargetStatement(storage.db, organisationId, targetId),
      auditEvent(c, "target", targetId, "delete", { onlyIfPreviousChanged: true }),
    ]);
    return c.body(null, 204);
  });
}
