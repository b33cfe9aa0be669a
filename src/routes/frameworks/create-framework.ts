import { FrameworkContentSchema } from "../../domain/framework/framework-schema.js";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getFrameworkVersion, insertDraft } from "../../store/frameworks.js";
import { draftFrom, FRAMEWORK_DOCUMENT_MAX_BYTES } from "./framework-drafts.js";
import { recordView } from "./framework-reader.js";
import { FrameworkVersionSummarySchema } from "./framework-schemas.js";

export const createFrameworkRoute = defineRoute({
  method: "post",
  path: "/frameworks",
  operationId: "createFramework",
  writesHeaders: ["Location"],
  maxBodyBytes: FRAMEWORK_DOCUMENT_MAX_BYTES,
  tags: ["Framework"],
  summary: "Create a draft framework version from a content document",
  description:
    "Admin. The document is checked against the schema and the content rules (unique ids, every phase at least 4 practices, sources cited and existing, relations to existing practices, coherent applicability); every problem is listed. Practice ids are stable across versions: the response lists what the draft adds, changes and removes relative to its predecessor.",
  access: { roles: ["admin"], scope: "frameworks:write" },
  request: { body: { required: true, content: { "application/json": { schema: FrameworkContentSchema } } } },
  responses: {
    201: { description: "The draft.", content: { "application/json": { schema: FrameworkVersionSummarySchema } } },
    409: problemResponse("That version exists already."),
  },
});

export function registerCreateFramework(router: ApiRouter): void {
  router.openapi(createFrameworkRoute, async (c) => {
    const content = c.req.valid("json");
    const deps = c.get("deps");
    if ((await getFrameworkVersion(deps.storage.db, content.version)) !== undefined) {
      throw new ApiError("conflict", {
        detail: `Framework version ${content.version} exists already; choose a new version.`,
      });
    }
    await insertDraft(deps.storage, await draftFrom(c, content), [
      auditEvent(c, "framework-version", content.version, "create"),
    ]);
    const record = await getFrameworkVersion(deps.storage.db, content.version);
    if (record === undefined) throw new Error(`draft ${content.version} vanished right after it was created`);
    c.header("Location", `/v1/frameworks/${record.version}`);
    return c.json(recordView(record, "nl"), 201);
  });
}
