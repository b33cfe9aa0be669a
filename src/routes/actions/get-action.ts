import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getAction } from "../../store/actions.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import {
  ActionParamsSchema,
  ActionSchema,
  actionEtag,
  actionEvaluator,
  actionNotFound,
  actionView,
} from "./action-schemas.js";

export const getActionRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/actions/{actionId}",
  operationId: "getAction",
  writesHeaders: ["ETag"],
  tags: ["Plan"],
  summary: "One action, with what the latest round shows",
  description:
    "One action of the organisation's plan and `lastEvaluation`: the practice's maturity in the latest submitted round and whether it reached the target level. The ETag is `\"r<revision>\"`: send it as If-Match on PATCH.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read", othersSeeNotFound: true },
  request: { params: ActionParamsSchema },
  responses: {
    200: { description: "The action.", content: { "application/json": { schema: ActionSchema } } },
  },
});

export function registerGetAction(router: ApiRouter): void {
  router.openapi(getActionRoute, async (c) => {
    const { organisationId, actionId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const action = await getAction(db, organisationId, actionId);
    if (action === undefined) throw actionNotFound(actionId);
    c.header("ETag", actionEtag(action));
    c.header("Cache-Control", "no-store");
    return c.json(actionView(action, (await actionEvaluator(c, organisationId))(action)), 200);
  });
}
