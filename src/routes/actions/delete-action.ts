import { auditEvent } from "../../http/audit-trail.js";
import { checkIfMatch } from "../../http/if-match.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { deleteActionStatement, getAction } from "../../store/actions.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { ActionParamsSchema, actionEtag, actionNotFound } from "./action-schemas.js";

export const deleteActionRoute = defineRoute({
  method: "delete",
  path: "/organisations/{organisationId}/actions/{actionId}",
  operationId: "deleteAction",
  readsHeaders: ["If-Match"],
  tags: ["Plan"],
  summary: "Remove an action from the plan",
  description:
    "Removes the action (to keep it in the plan as not carried out, set its status to dropped instead). With If-Match, only if it is still at that ETag (412 otherwise).",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: { params: ActionParamsSchema },
  responses: {
    204: { description: "Removed." },
    412: problemResponse("If-Match does not match: someone changed the action since you read it."),
  },
});

export function registerDeleteAction(router: ApiRouter): void {
  router.openapi(deleteActionRoute, async (c) => {
    const { organisationId, actionId } = c.req.valid("param");
    const { storage } = c.get("deps");
    if ((await findVisibleOrganisation(storage.db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const action = await getAction(storage.db, organisationId, actionId);
    if (action === undefined) throw actionNotFound(actionId);
    checkIfMatch(c, actionEtag(action), "action");
    await storage.writeAtomically([
      deleteActionStatement(storage.db, organisationId, actionId),
      auditEvent(c, "action", actionId, "delete", { onlyIfPreviousChanged: true }),
    ]);
    return c.body(null, 204);
  });
}
