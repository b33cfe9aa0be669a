import { matchesIfNoneMatch } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { AssessmentParamsSchema, AssessmentSchema } from "./assessment-schemas.js";
import { assessmentEtag, assessmentView, findVisibleAssessment } from "./assessment-view.js";

export const getAssessmentRoute = defineRoute({
  method: "get",
  path: "/assessments/{assessmentId}",
  operationId: "getAssessment",
  readsHeaders: ["If-None-Match"],
  writesHeaders: ["ETag"],
  tags: ["Assessments"],
  summary: "An assessment: answers, progress, and once submitted its scores and the change since the previous round",
  description:
    'One assessment: its answers and progress, and once submitted its scores per phase and overall and the change since the previous submitted round. The ETag is `"r<revision>"`: send it as If-None-Match to get 304 when nothing changed, or as If-Match on PATCH.',
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:read", othersSeeNotFound: true },
  request: { params: AssessmentParamsSchema },
  responses: {
    200: {
      description: "The assessment. Its ETag is its revision.",
      content: { "application/json": { schema: AssessmentSchema } },
    },
    304: { description: "Your copy (If-None-Match) is current." },
  },
});

export function registerGetAssessment(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(getAssessmentRoute, async (c) => {
    const assessment = await findVisibleAssessment(c, c.req.valid("param").assessmentId);
    const etag = assessmentEtag(assessment);
    c.header("ETag", etag);
    // Organisation data is never kept by a cache; the ETag still answers an explicit If-None-Match.
    c.header("Cache-Control", "no-store");
    if (matchesIfNoneMatch(c, etag)) return c.body(null, 304);
    return c.json(await assessmentView(c, reader, assessment), 200);
  });
}
