import { randomToken } from "../../auth/secret-hash.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { getTarget, insertTarget } from "../../store/targets.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import {
  CreateTargetSchema,
  checkTarget,
  TargetSchema,
  targetEtag,
  targetEvaluator,
  targetView,
} from "./target-schemas.js";

export const createTargetRoute = defineRoute({
  method: "post",
  path: "/organisations/{organisationId}/targets",
  operationId: "createTarget",
  writesHeaders: ["Location", "ETag"],
  tags: ["Plan"],
  summary: "Set a measurable target on one of the organisation's workforce shares",
  description:
    "A target on a workforce share (e.g. the share with a migration background in management from 8 % to 12 % by 2028-12-31): the baseline value and date, the target value and date. Refused (400, naming `measure`) where the workforce context would refuse the share because it describes fewer than the minimum number of people (WORKFORCE_MIN_PEOPLE): e.g. a management share without managerCount, or with too few managers, in the workforce context. Each submitted round evaluates it against the straight line from baseline to target (`lastEvaluation`).",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: {
    params: OrganisationParamsSchema,
    body: { required: true, content: { "application/json": { schema: CreateTargetSchema } } },
  },
  responses: {
    201: { description: "The target.", content: { "application/json": { schema: TargetSchema } } },
  },
});

export function registerCreateTarget(router: ApiRouter): void {
  router.openapi(createTargetRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const input = c.req.valid("json");
    const deps = c.get("deps");
    const organisation = await findVisibleOrganisation(deps.storage.db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    const fields = {
      measure: input.measure,
      baselineValue: input.baselineValue,
      baselineDate: input.baselineDate,
      targetValue: input.targetValue,
      targetDate: input.targetDate,
      note: input.note ?? null,
    };
    await checkTarget(c, organisation, fields);
    const id = randomToken("tgt", 15);
    await insertTarget(
      deps.storage,
      {
        id,
        organisationId,
        fields,
        now: deps.clock.now(),
      },
      // The event names the target, never its figures or note.
      [auditEvent(c, "target", id, "create")],
    );
    const target = await getTarget(deps.storage.db, organisationId, id);
    if (target === undefined) throw new Error(`target ${id} vanished right after it was created`);
    c.header("Location", `/v1/organisations/${organisationId}/targets/${id}`);
    c.header("ETag", targetEtag(target));
    return c.json(targetView(target, (await targetEvaluator(c, organisationId))(target)), 201);
  });
}
