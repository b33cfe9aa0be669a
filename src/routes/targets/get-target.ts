import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { getTarget } from "../../store/targets.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import {
  TargetParamsSchema,
  TargetSchema,
  targetEtag,
  targetEvaluator,
  targetNotFound,
  targetView,
} from "./target-schemas.js";

export const getTargetRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/targets/{targetId}",
  operationId: "getTarget",
  writesHeaders: ["ETag"],
  tags: ["Plan"],
  summary: "One target, with what the latest round shows",
  description:
    'One target of the organisation\'s plan and `lastEvaluation`: the share frozen with the latest submitted round, where the straight line from baseline to target stands at its submission date, and whether the organisation is on track. The ETag is `"r<revision>"`: send it as If-Match on PATCH.',
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read", othersSeeNotFound: true },
  request: { params: TargetParamsSchema },
  responses: {
    200: { description: "The target.", content: { "application/json": { schema: TargetSchema } } },
  },
});

export function registerGetTarget(router: ApiRouter): void {
  router.openapi(getTargetRoute, async (c) => {
    const { organisationId, targetId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const target = await getTarget(db, organisationId, targetId);
    if (target === undefined) throw targetNotFound(targetId);
    c.header("ETag", targetEtag(target));
    c.header("Cache-Control", "no-store");
    return c.json(targetView(target, (await targetEvaluator(c, organisationId))(target)), 200);
  });
}
