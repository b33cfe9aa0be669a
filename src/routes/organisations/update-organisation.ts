import { sizeClassFor } from "../../domain/organisation-profile.js";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import {
  findOwnRegistrationByKvk,
  findVisibleOrganisation,
  getOrganisation,
  updateOrganisation,
} from "../../store/organisations.js";
import { duplicateKvkDetail, resolveSection } from "./create-organisation.js";
import { organisationNotFound } from "./get-organisation.js";
import {
  OrganisationParamsSchema,
  OrganisationSchema,
  organisationView,
  UpdateOrganisationSchema,
} from "./organisation-schemas.js";

export const updateOrganisationRoute = defineRoute({
  method: "patch",
  path: "/organisations/{organisationId}",
  operationId: "updateOrganisation",
  tags: ["Organisations"],
  summary: "Change an organisation's profile (partial)",
  description:
    "Section and size class follow from sbiCode and headcount. Assessments keep the context they were started with; a new round uses the new profile. A KvK number you registered for another organisation you still act for is refused with 409 naming it in `existingId`, as at registration.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:write", othersSeeNotFound: true },
  request: {
    params: OrganisationParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateOrganisationSchema },
        "application/json": { schema: UpdateOrganisationSchema },
      },
    },
  },
  responses: {
    200: { description: "The profile as it is now.", content: { "application/json": { schema: OrganisationSchema } } },
    409: problemResponse(
      "You registered this KvK number for another organisation (`existingId` names it): one registration per KvK number, as at registration.",
      {
        detail: duplicateKvkDetail("12345678", "org_k3vq7zq2m4x5c6b7nhpjr2s3"),
        existingId: "org_k3vq7zq2m4x5c6b7nhpjr2s3",
      },
    ),
  },
});

export function registerUpdateOrganisation(router: ApiRouter): void {
  router.openapi(updateOrganisationRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const deps = c.get("deps");
    const current = await findVisibleOrganisation(deps.storage.db, c.get("principal"), organisationId);
    if (current === undefined) throw organisationNotFound(organisationId);
    const sbiCode = patch.sbiCode === undefined ? current.sbiCode : patch.sbiCode;
    // A new code without a section derives the section; a new section alone must fit the kept code.
    const section = resolveSection({
      sbiCode,
      sbiSection:
        patch.sbiSection ?? (patch.sbiCode !== undefined && patch.sbiCode !== null ? undefined : current.sbiSection),
    });
    if (patch.kvkNumber != null && patch.kvkNumber !== current.kvkNumber) {
      // The registration rule holds for a changed KvK number too (issue 16): never two of one client's.
      const existingId = await findOwnRegistrationByKvk(deps.storage.db, c.get("principal"), patch.kvkNumber);
      if (existingId !== undefined && existingId !== organisationId) {
        throw new ApiError("conflict", { detail: duplicateKvkDetail(patch.kvkNumber, existingId), existingId });
      }
    }
    const headcount = patch.headcount ?? current.headcount;
    const next = {
      id: current.id,
      name: patch.name ?? current.name,
      kvkNumber: patch.kvkNumber === undefined ? current.kvkNumber : patch.kvkNumber,
      sbiSection: section,
      sbiCode,
      headcount,
      sizeClass: sizeClassFor(headcount),
      region: patch.region ?? current.region,
      labourMarketRegion:
        patch.labourMarketRegion === undefined ? current.labourMarketRegion : patch.labourMarketRegion,
      hasHrDepartment: patch.hasHrDepartment ?? current.hasHrDepartment,
      legalForm: patch.legalForm === undefined ? current.legalForm : patch.legalForm,
    };
    // A number given anew is held or not by the database (migration 0034's triggers), as at registration.
    await updateOrganisation(deps.storage, next, deps.clock.now(), [
      // Not recorded should the organisation have been erased meanwhile (the update changed nothing).
      auditEvent(c, "organisation", organisationId, "update", { onlyIfPreviousChanged: true }),
    ]);
    const updated = await getOrganisation(deps.storage.db, organisationId);
    if (updated === undefined) throw organisationNotFound(organisationId);
    return c.json(organisationView(updated, c.get("principal").role), 200);
  });
}
