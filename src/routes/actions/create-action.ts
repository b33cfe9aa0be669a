import { randomToken } from "../../auth/secret-hash.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getAction, insertAction } from "../../store/actions.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import {
  ActionSchema,
  actionEtag,
  actionEvaluator,
  actionView,
  CreateActionSchema,
  checkPracticeExists,
} from "./action-schemas.js";

export const createActionRoute = defineRoute({
  method: "post",
  path: "/organisations/{organisationId}/actions",
  operationId: "createAction",
  writesHeaders: ["Location", "ETag"],
  tags: ["Plan"],
  summary: "Add an action to the organisation's plan",
  description:
    "Turns a practice (a recommendation, or any practice of the organisation's framework version) into an action: the maturity it should reach, the role or team that owns it (never a person's name), a due date, a status and a short note. While the action is open (planned, inProgress) the practice is marked planned in the recommendations instead of being recommended again. Each submitted round evaluates it (`lastEvaluation`).",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: {
    params: OrganisationParamsSchema,
    body: { required: true, content: { "application/json": { schema: CreateActionSchema } } },
  },
  responses: {
    201: { description: "The action.", content: { "application/json": { schema: ActionSchema } } },
  },
});

export function registerCreateAction(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(createActionRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const input = c.req.valid("json");
    const deps = c.get("deps");
    if ((await findVisibleOrganisation(deps.storage.db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    await checkPracticeExists(c, reader, organisationId, input.practiceId);
    const id = randomToken("act", 15);
    await insertAction(
      deps.storage,
      {
        id,
        organisationId,
        fields: {
          practiceId: input.practiceId,
          targetLevel: input.targetLevel,
          owner: input.owner,
          dueDate: input.dueDate,
          status: input.status,
          note: input.note ?? null,
        },
        now: deps.clock.now(),
      },
      // The event names the action, never its owner or note.
      [auditEvent(c, "action", id, "create")],
    );
    const action = await getAction(deps.storage.db, organisationId, id);
    if (action === undefined) throw new Error(`action ${id} vanished right after it was created`);
    c.header("Location", `/v1/organisations/${organisationId}/actions/${id}`);
    c.header("ETag", actionEtag(action));
    return c.json(actionView(action, (await actionEvaluator(c, organisationId))(action)), 201);
  });
}
