import { randomToken } from "../../auth/secret-hash.js";
import type { WriteStatement } from "../../db/storage.js";
import { sectionOfSbiCode, sizeClassFor } from "../../domain/organisation-profile.js";
import { ApiError, invalidField } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import { DAY_SECONDS, withinUsageLimit } from "../../http/usage-limit.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { findOwnRegistrationByKvk, insertOrganisation } from "../../store/organisations.js";
import {
  type CreateOrganisation,
  CreateOrganisationSchema,
  OrganisationSchema,
  organisationView,
} from "./organisation-schemas.js";

export const createOrganisationRoute = defineRoute({
  method: "post",
  path: "/organisations",
  operationId: "createOrganisation",
  writesHeaders: ["Location"],
  tags: ["Organisations"],
  summary: "Register an organisation (an employer)",
  description:
    "Admins and integration clients. An integration client is linked to the organisation it creates and acts for it from then on, and may register a limited number per 24 hours (ORGANISATION_REGISTRATIONS_PER_DAY: 429 with Retry-After when spent, and the refusal is audited). A KvK number you registered before (an organisation you still act for) is refused with 409 whose `existingId` is that organisation's id: use it instead. Registrations by other clients are never consulted, so another client may register the same KvK number. Organisation-level facts only: no personal data.",
  access: { roles: ["admin", "integration"], scope: "organisations:write" },
  request: { body: { required: true, content: { "application/json": { schema: CreateOrganisationSchema } } } },
  responses: {
    201: { description: "Created.", content: { "application/json": { schema: OrganisationSchema } } },
    409: problemResponse(
      "You registered this KvK number before (`existingId` names that organisation), or a request with this Idempotency-Key is still being processed.",
      {
        detail: duplicateKvkDetail("12345678", "org_k3vq7zq2m4x5c6b7nhpjr2s3"),
        existingId: "org_k3vq7zq2m4x5c6b7nhpjr2s3",
      },
    ),
  },
});

export function duplicateKvkDetail(kvkNumber: string, existingId: string): string {
  return `You registered KvK number ${kvkNumber} before, as organisation ${existingId}: use that one.`;
}

/** The section, from sbiSection or derived from sbiCode; the two must agree when both are given. */
export function resolveSection(input: Pick<CreateOrganisation, "sbiSection" | "sbiCode">) {
  const fromCode = input.sbiCode == null ? null : sectionOfSbiCode(input.sbiCode);
  if (input.sbiCode != null && fromCode === null) {
    throw invalidField("body", "/sbiCode", `${input.sbiCode} is not in any SBI 2008 section`);
  }
  if (input.sbiSection !== undefined && fromCode !== null && fromCode !== input.sbiSection) {
    throw invalidField(
      "body",
      "/sbiCode",
      `SBI code ${input.sbiCode} is in section ${fromCode}, not ${input.sbiSection}`,
    );
  }
  const section = input.sbiSection ?? fromCode;
  if (section === null) throw invalidField("body", "/sbiSection", "Give sbiSection, sbiCode, or both");
  return section;
}

export function registerCreateOrganisation(router: ApiRouter): void {
  router.openapi(createOrganisationRoute, async (c) => {
    const input = c.req.valid("json");
    const deps = c.get("deps");
    const principal = c.get("principal");
    const sbiSection = resolveSection(input);
    // After every check of the body: a bad request is a 400 whether or not it is also a duplicate.
    if (input.kvkNumber != null) {
      const existingId = await findOwnRegistrationByKvk(deps.storage.db, principal, input.kvkNumber);
      if (existingId !== undefined) {
        throw new ApiError("conflict", { detail: duplicateKvkDetail(input.kvkNumber, existingId), existingId });
      }
    }
    const id = randomToken("org", 15);
    const insert = (alsoWrite: readonly WriteStatement[]) =>
      insertOrganisation(
        deps.storage,
        {
          id,
          name: input.name,
          kvkNumber: input.kvkNumber ?? null,
          sbiSection,
          sbiCode: input.sbiCode ?? null,
          headcount: input.headcount,
          sizeClass: sizeClassFor(input.headcount),
          region: input.region,
          labourMarketRegion: input.labourMarketRegion ?? null,
          hasHrDepartment: input.hasHrDepartment,
          legalForm: input.legalForm ?? null,
        },
        principal,
        deps.clock.now(),
        [...alsoWrite, auditEvent(c, "organisation", id, "create")],
      );
    // An integration client's registrations are limited per day: look-alike organisations in a
    // target's peer group are the sybil attack on k (docs/privacy.md, "Probing limits").
    const organisation =
      principal.role === "integration"
        ? await withinUsageLimit(
            c,
            {
              subjectId: principal.clientId,
              kind: "registration",
              limit: deps.settings.usageLimits.registrationsPerClientPerDay,
              windowSeconds: DAY_SECONDS,
            },
            "Organisations registered by this client",
            (countUse) => insert([countUse]),
            [auditEvent(c, "client", principal.clientId, "limit-reached")],
          )
        : await insert([]);
    c.header("Location", `/v1/organisations/${organisation.id}`);
    return c.json(organisationView(organisation, principal.role), 201);
  });
}
