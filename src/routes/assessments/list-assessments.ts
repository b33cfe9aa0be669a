import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listAssessments } from "../../store/assessments.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { AssessmentPageSchema } from "./assessment-schemas.js";

export const listAssessmentsRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/assessments",
  operationId: "listAssessments",
  tags: ["Assessments"],
  summary: "An organisation's assessment rounds, newest first",
  description:
    "The organisation's assessment rounds, newest first, a page at a time, with each round's status and (once submitted) overall score and band.",
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:read", othersSeeNotFound: true },
  request: { params: OrganisationParamsSchema, query: PageQuerySchema },
  responses: { 200: { description: "One page.", content: { "application/json": { schema: AssessmentPageSchema } } } },
});

export function registerListAssessments(router: ApiRouter): void {
  router.openapi(listAssessmentsRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    const { assessments, nextCursor } = await listAssessments(db, organisationId, pageRequest(c.req.valid("query")));
    return c.json(
      {
        items: assessments.map((assessment) => ({
          assessmentId: assessment.id,
          frameworkVersion: assessment.frameworkVersion,
          status: assessment.status,
          overallScore: assessment.scores?.overall.score ?? null,
          overallBand: assessment.scores?.overall.band ?? null,
          createdAt: assessment.createdAt,
          submittedAt: assessment.submittedAt,
        })),
        nextCursor,
      },
      200,
    );
  });
}
