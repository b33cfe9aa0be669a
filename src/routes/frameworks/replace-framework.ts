import { FrameworkContentSchema } from "../../domain/framework/framework-schema.js";
import { ApiError, invalidField } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { deleteDraft, getFrameworkVersion, replaceDraft } from "../../store/frameworks.js";
import { draftFrom, FRAMEWORK_DOCUMENT_MAX_BYTES } from "./framework-drafts.js";
import { recordView } from "./framework-reader.js";
import { ExactFrameworkParamsSchema, FrameworkVersionSummarySchema } from "./framework-schemas.js";

function immutable(version: string, status: string): ApiError {
  return new ApiError("conflict", {
    detail: `Framework version ${version} is ${status}: its content never changes. Create a new version instead.`,
  });
}

export const replaceFrameworkRoute = defineRoute({
  method: "put",
  path: "/frameworks/{version}",
  operationId: "replaceFramework",
  maxBodyBytes: FRAMEWORK_DOCUMENT_MAX_BYTES,
  tags: ["Framework"],
  summary: "Replace a draft's content",
  description: "Admin, drafts only: published and retired content is immutable (409).",
  access: { roles: ["admin"], scope: "frameworks:write" },
  request: {
    params: ExactFrameworkParamsSchema,
    body: { required: true, content: { "application/json": { schema: FrameworkContentSchema } } },
  },
  responses: {
    200: {
      description: "The draft as it is now.",
      content: { "application/json": { schema: FrameworkVersionSummarySchema } },
    },
    409: problemResponse("The version is published or retired."),
  },
});

export const deleteFrameworkRoute = defineRoute({
  method: "delete",
  path: "/frameworks/{version}",
  operationId: "deleteFramework",
  tags: ["Framework"],
  summary: "Delete a draft",
  description: "Admin, drafts only: a published version is retired, never deleted (409).",
  access: { roles: ["admin"], scope: "frameworks:write" },
  request: { params: ExactFrameworkParamsSchema },
  responses: { 204: { description: "Deleted." }, 409: problemResponse("The version is published or retired.") },
});

export function registerReplaceFramework(router: ApiRouter): void {
  router.openapi(replaceFrameworkRoute, async (c) => {
    const { version } = c.req.valid("param");
    const content = c.req.valid("json");
    if (content.version !== version) {
      throw invalidField("body", "/version", `The document is version ${content.version}, the path says ${version}`);
    }
    const deps = c.get("deps");
    const existing = await getFrameworkVersion(deps.storage.db, version);
    if (existing === undefined)
      throw new ApiError("not-found", { detail: `There is no framework version ${version}.` });
    if (existing.status !== "draft") throw immutable(version, existing.status);
    await replaceDraft(deps.storage, await draftFrom(c, content), [
      auditEvent(c, "framework-version", version, "replace"),
    ]);
    const record = await getFrameworkVersion(deps.storage.db, version);
    if (record === undefined) throw new Error(`draft ${version} vanished while it was replaced`);
    return c.json(recordView(record, "nl"), 200);
  });

  router.openapi(deleteFrameworkRoute, async (c) => {
    const { version } = c.req.valid("param");
    const { storage } = c.get("deps");
    const db = storage.db;
    const existing = await getFrameworkVersion(db, version);
    if (existing === undefined)
      throw new ApiError("not-found", { detail: `There is no framework version ${version}.` });
    const deleted =
      existing.status === "draft" &&
      (await deleteDraft(storage, version, [
        auditEvent(c, "framework-version", version, "delete", { onlyIfPreviousChanged: true }),
      ]));
    if (!deleted) throw immutable(version, existing.status);
    return c.body(null, 204);
  });
}
