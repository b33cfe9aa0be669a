import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { changeFrameworkStatus, type FrameworkStatus, getFrameworkVersion } from "../../store/frameworks.js";
import { frameworkVersionPublishedEvent } from "../../webhooks/webhook-event-statements.js";
import { recordView } from "./framework-reader.js";
import { ExactFrameworkParamsSchema, FrameworkVersionSummarySchema } from "./framework-schemas.js";

/** Publication and retirement as noun resources: POST creates the event, the version moves on. */
const transitions = [
  {
    path: "/frameworks/{version}/publication",
    operationId: "publishFramework",
    summary: "Publish a draft: from now on its content never changes",
    description:
      "Publishes a draft framework version: from then on its content never changes and new assessments answer it when it is the latest.",
    from: "draft",
    to: "published",
  },
  {
    path: "/frameworks/{version}/retirement",
    operationId: "retireFramework",
    summary: "Retire a published version: it stays readable, `latest` moves on",
    description:
      "Retires a published version: it stays readable and its assessments keep their scores, but `latest` moves to the newest other published version.",
    from: "published",
    to: "retired",
  },
] as const;

export function registerFrameworkStatusChanges(router: ApiRouter): void {
  for (const transition of transitions) {
    const route = defineRoute({
      method: "post",
      path: transition.path,
      operationId: transition.operationId,
      tags: ["Framework"],
      summary: transition.summary,
      description: transition.description,
      access: { roles: ["admin"], scope: "frameworks:write" },
      request: { params: ExactFrameworkParamsSchema },
      responses: {
        200: {
          description: "The version as it is now.",
          content: { "application/json": { schema: FrameworkVersionSummarySchema } },
        },
        409: problemResponse(`The version is not ${transition.from}.`),
      },
    });
    router.openapi(route, async (c) => {
      const { version } = c.req.valid("param");
      const deps = c.get("deps");
      const existing = await getFrameworkVersion(deps.storage.db, version);
      if (existing === undefined)
        throw new ApiError("not-found", { detail: `There is no framework version ${version}.` });
      const from: FrameworkStatus = transition.from;
      const action = transition.to === "published" ? "publish" : "retire";
      const now = deps.clock.now();
      const changed = await changeFrameworkStatus(deps.storage, version, from, transition.to, now, [
        // The event follows the status change and the audit entry the event: each only if one was written.
        ...(transition.to === "published" ? [frameworkVersionPublishedEvent(deps.storage.db, version, now)] : []),
        auditEvent(c, "framework-version", version, action, { onlyIfPreviousChanged: true }),
      ]);
      if (!changed) {
        throw new ApiError("conflict", {
          detail: `Framework version ${version} is ${existing.status}; only a ${transition.from} version can become ${transition.to}.`,
        });
      }
      const record = await getFrameworkVersion(deps.storage.db, version);
      if (record === undefined) throw new Error(`framework ${version} vanished while its status changed`);
      return c.json(recordView(record, "nl"), 200);
    });
  }
}
