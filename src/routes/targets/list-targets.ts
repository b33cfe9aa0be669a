import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { listTargets } from "../../store/targets.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { TargetPageSchema, targetEvaluator, targetView } from "./target-schemas.js";

export const listTargetsRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/targets",
  operationId: "listTargets",
  tags: ["Plan"],
  summary: "The organisation's targets, in the order they were added",
  description:
    "Every target of the organisation's plan, a page at a time, each with what its latest submitted round shows.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read", othersSeeNotFound: true },
  request: { params: OrganisationParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: "One page.", content: { "application/json": { schema: TargetPageSchema } } } },
});

export function registerListTargets(router: ApiRouter): void {
  router.openapi(listTargetsRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const { targets, nextCursor } = await listTargets(db, organisationId, pageRequest(c.req.valid("query")));
    const evaluate = await targetEvaluator(c, organisationId);
    c.header("Cache-Control", "no-store");
    return c.json({ items: targets.map((target) => targetView(target, evaluate(target))), nextCursor }, 200);
  });
}
