import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listActions } from "../../store/actions.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { ActionPageSchema, actionEvaluator, actionView } from "./action-schemas.js";

export const listActionsRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/actions",
  operationId: "listActions",
  tags: ["Plan"],
  summary: "The organisation's actions, in the order they were added",
  description:
    "Every action of the organisation's plan, a page at a time, each with what its latest submitted round shows.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read", othersSeeNotFound: true },
  request: { params: OrganisationParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: "One page.", content: { "application/json": { schema: ActionPageSchema } } } },
});

export function registerListActions(router: ApiRouter): void {
  router.openapi(listActionsRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const { actions, nextCursor } = await listActions(db, organisationId, pageRequest(c.req.valid("query")));
    const evaluate = await actionEvaluator(c, organisationId);
    c.header("Cache-Control", "no-store");
    return c.json({ items: actions.map((action) => actionView(action, evaluate(action))), nextCursor }, 200);
  });
}
