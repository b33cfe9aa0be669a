import { auditEvent } from "../../http/audit-trail.js";
import { checkIfMatch, staleRevision } from "../../http/if-match.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getAction, updateAction } from "../../store/actions.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import {
  ActionParamsSchema,
  ActionSchema,
  actionEtag,
  actionEvaluator,
  actionNotFound,
  actionView,
  checkPracticeExists,
  UpdateActionSchema,
} from "./action-schemas.js";

export const updateActionRoute = defineRoute({
  method: "patch",
  path: "/organisations/{organisationId}/actions/{actionId}",
  operationId: "updateAction",
  readsHeaders: ["If-Match"],
  writesHeaders: ["ETag"],
  tags: ["Plan"],
  summary: "Change an action (partial): its status, due date, owner, target level or note",
  description:
    'Only the fields you send change; every change raises `revision` by one (ETag `"r<revision>"`). Send If-Match with the ETag you read: 412 when someone changed the action since. A PATCH that changes nothing leaves the revision as it is.',
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: {
    params: ActionParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateActionSchema },
        "application/json": { schema: UpdateActionSchema },
      },
    },
  },
  responses: {
    200: { description: "The action as it is now.", content: { "application/json": { schema: ActionSchema } } },
    409: problemResponse("The action changed while you wrote (without If-Match): read it again, then retry."),
    412: problemResponse("If-Match does not match: someone changed the action since you read it."),
  },
});

export function registerUpdateAction(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(updateActionRoute, async (c) => {
    const { organisationId, actionId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const deps = c.get("deps");
    const db = deps.storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const current = await getAction(db, organisationId, actionId);
    if (current === undefined) throw actionNotFound(actionId);
    checkIfMatch(c, actionEtag(current), "action");
    const next = {
      practiceId: patch.practiceId ?? current.practiceId,
      targetLevel: patch.targetLevel ?? current.targetLevel,
      owner: patch.owner ?? current.owner,
      dueDate: patch.dueDate ?? current.dueDate,
      status: patch.status ?? current.status,
      note: patch.note === undefined ? current.note : patch.note,
    };
    if (next.practiceId !== current.practiceId) await checkPracticeExists(c, reader, organisationId, next.practiceId);
    const changes = (Object.keys(next) as (keyof typeof next)[]).some((key) => next[key] !== current[key]);
    let updated = current;
    if (changes) {
      try {
        await updateAction(deps.storage, current, next, deps.clock.now(), [
          // Not recorded should the action have been deleted meanwhile (the update changed nothing).
          auditEvent(c, "action", actionId, "update", { onlyIfPreviousChanged: true }),
        ]);
      } catch (error) {
        throw staleRevision(c, error, "action") ?? error;
      }
      const reread = await getAction(db, organisationId, actionId);
      // Deleted meanwhile: the update found nothing to change.
      if (reread === undefined) throw actionNotFound(actionId);
      updated = reread;
    }
    c.header("ETag", actionEtag(updated));
    return c.json(actionView(updated, (await actionEvaluator(c, organisationId))(updated)), 200);
  });
}
