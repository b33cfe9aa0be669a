import { auditEvent } from "../../http/audit-trail.js";
import { checkIfMatch, staleRevision } from "../../http/if-match.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { getTarget, updateTarget } from "../../store/targets.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import {
  checkTarget,
  TargetParamsSchema,
  TargetSchema,
  targetEtag,
  targetEvaluator,
  targetNotFound,
  targetView,
  UpdateTargetSchema,
} from "./target-schemas.js";

export const updateTargetRoute = defineRoute({
  method: "patch",
  path: "/organisations/{organisationId}/targets/{targetId}",
  operationId: "updateTarget",
  readsHeaders: ["If-Match"],
  writesHeaders: ["ETag"],
  tags: ["Plan"],
  summary: "Change a target (partial)",
  description:
    'Only the fields you send change; every change raises `revision` by one (ETag `"r<revision>"`). Send If-Match with the ETag you read: 412 when someone changed the target since. A PATCH that changes nothing leaves the revision as it is.',
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: {
    params: TargetParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateTargetSchema },
        "application/json": { schema: UpdateTargetSchema },
      },
    },
  },
  responses: {
    200: { description: "The target as it is now.", content: { "application/json": { schema: TargetSchema } } },
    409: problemResponse("The target changed while you wrote (without If-Match): read it again, then retry."),
    412: problemResponse("If-Match does not match: someone changed the target since you read it."),
  },
});

export function registerUpdateTarget(router: ApiRouter): void {
  router.openapi(updateTargetRoute, async (c) => {
    const { organisationId, targetId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const deps = c.get("deps");
    const db = deps.storage.db;
    const organisation = await findVisibleOrganisation(db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    const current = await getTarget(db, organisationId, targetId);
    if (current === undefined) throw targetNotFound(targetId);
    checkIfMatch(c, targetEtag(current), "target");
    const next = {
      measure: patch.measure ?? current.measure,
      baselineValue: patch.baselineValue ?? current.baselineValue,
      baselineDate: patch.baselineDate ?? current.baselineDate,
      targetValue: patch.targetValue ?? current.targetValue,
      targetDate: patch.targetDate ?? current.targetDate,
      note: patch.note === undefined ? current.note : patch.note,
    };
    const changes = (Object.keys(next) as (keyof typeof next)[]).some((key) => next[key] !== current[key]);
    let updated = current;
    if (changes) {
      await checkTarget(c, organisation, next);
      try {
        await updateTarget(deps.storage, current, next, deps.clock.now(), [
          // Not recorded should the target have been deleted meanwhile (the update changed nothing).
          auditEvent(c, "target", targetId, "update", { onlyIfPreviousChanged: true }),
        ]);
      } catch (error) {
        throw staleRevision(c, error, "target") ?? error;
      }
      const reread = await getTarget(db, organisationId, targetId);
      // Deleted meanwhile: the update found nothing to change.
      if (reread === undefined) throw targetNotFound(targetId);
      updated = reread;
    }
    c.header("ETag", targetEtag(updated));
    return c.json(targetView(updated, (await targetEvaluator(c, organisationId))(updated)), 200);
  });
}
