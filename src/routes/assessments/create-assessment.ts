import { z } from "@hono/zod-openapi";
import { randomToken } from "../../auth/secret-hash.js";
import type { WriteStatement } from "../../db/storage.js";
import { FrameworkVersionLabelSchema } from "../../domain/framework/framework-schema.js";
import { ApiError, invalidField } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import { DAY_SECONDS, withinUsageLimit } from "../../http/usage-limit.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getAssessment, insertAssessment, isSecondOpenDraft, openDraftOf } from "../../store/assessments.js";
import { getFrameworkVersion, latestPublishedVersion } from "../../store/frameworks.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { AssessmentSchema } from "./assessment-schemas.js";
import { assessmentEtag, assessmentView } from "./assessment-view.js";

const CreateAssessmentSchema = z
  .strictObject({
    frameworkVersion: FrameworkVersionLabelSchema.optional().openapi({
      description: "A published framework version; default: the latest.",
    }),
  })
  .openapi("CreateAssessment");

export const createAssessmentRoute = defineRoute({
  method: "post",
  path: "/organisations/{organisationId}/assessments",
  operationId: "createAssessment",
  writesHeaders: ["Location", "ETag"],
  tags: ["Assessments"],
  summary: "Start a self-assessment round (a draft)",
  description:
    "Against a published framework version (default: the latest). The organisation's size class, section, region and HR department are recorded with it: they decide which practices apply. New rounds are limited per organisation (ASSESSMENTS_PER_ORGANISATION_PER_30_DAYS, except for admins): 429 with Retry-After when spent. An organisation has at most one open draft: while it has one, this answers 409 with the open draft's id in `existingId` (and names it in `detail`); answer and submit that draft, or read it with GET /v1/assessments/{assessmentId}. A retry with the same Idempotency-Key still replays the first 201.",
  access: { roles: ["admin", "employer", "integration"], scope: "assessments:write", othersSeeNotFound: true },
  request: {
    params: OrganisationParamsSchema,
    body: { required: false, content: { "application/json": { schema: CreateAssessmentSchema } } },
  },
  responses: {
    201: { description: "The draft.", content: { "application/json": { schema: AssessmentSchema } } },
    409: problemResponse(
      "The organisation already has an open draft (`existingId` is its id), or a request with this Idempotency-Key is still being processed.",
      {
        detail: secondDraftDetail("org_k3vq7zq2m4x5c6b7nhpjr2s3", "asm_b7nhpjr2s3t4v5w6q2m4x5c6"),
        existingId: "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
      },
    ),
  },
});

function secondDraftDetail(organisationId: string, openDraft: string): string {
  return `Organisation ${organisationId} already has an open draft, ${openDraft}: answer and submit that one before starting another.`;
}

function secondDraft(organisationId: string, openDraft: string): ApiError {
  return new ApiError("conflict", { detail: secondDraftDetail(organisationId, openDraft), existingId: openDraft });
}

export function registerCreateAssessment(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(createAssessmentRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const input = c.req.valid("json");
    const deps = c.get("deps");
    const organisation = await findVisibleOrganisation(deps.storage.db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    const version = input.frameworkVersion ?? (await latestPublishedVersion(deps.storage.db));
    if (version === undefined)
      throw new ApiError("unprocessable-request", { detail: "No framework version is published yet." });
    const framework = await getFrameworkVersion(deps.storage.db, version);
    if (framework === undefined || framework.status !== "published") {
      throw invalidField("body", "/frameworkVersion", `${version} is not a published framework version`);
    }
    const openDraft = await openDraftOf(deps.storage.db, organisationId);
    if (openDraft !== undefined) throw secondDraft(organisationId, openDraft);
    const id = randomToken("asm", 15);
    const principal = c.get("principal");
    const insertDraft = (alsoWrite: readonly WriteStatement[]) =>
      insertAssessment(
        deps.storage,
        {
          id,
          organisationId,
          frameworkVersion: version,
          context: {
            sizeClass: organisation.sizeClass,
            sbiSection: organisation.sbiSection,
            region: organisation.region,
            hasHrDepartment: organisation.hasHrDepartment,
          },
          now: deps.clock.now(),
        },
        [...alsoWrite, auditEvent(c, "assessment", id, "create")],
      );
    // A draft started at the same moment by another request wins the database's check (0024): this
    // request's whole write is refused, and it answers as if it had come second.
    const insert = async (alsoWrite: readonly WriteStatement[]) => {
      try {
        await insertDraft(alsoWrite);
      } catch (error) {
        if (!isSecondOpenDraft(error)) throw error;
        const winner = await openDraftOf(deps.storage.db, organisationId);
        if (winner === undefined) throw error;
        throw secondDraft(organisationId, winner);
      }
    };
    // New rounds are limited per organisation, not per assessment: a fresh draft must not reset the
    // what-if and rank probing limits (docs/privacy.md, "Probing limits"). Admins are not limited.
    if (principal.role === "admin") await insert([]);
    else {
      await withinUsageLimit(
        c,
        {
          subjectId: organisationId,
          kind: "assessment",
          limit: deps.settings.usageLimits.assessmentsPerOrganisationPer30Days,
          windowSeconds: 30 * DAY_SECONDS,
        },
        "New assessments of this organisation",
        (countUse) => insert([countUse]),
      );
    }
    const assessment = await getAssessment(deps.storage.db, id);
    if (assessment === undefined) throw new Error(`assessment ${id} vanished right after it was created`);
    c.header("Location", `/v1/assessments/${id}`);
    c.header("ETag", assessmentEtag(assessment));
    return c.json(await assessmentView(c, reader, assessment), 201);
  });
}
