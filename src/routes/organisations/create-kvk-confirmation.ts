import { z } from "@hono/zod-openapi";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { confirmKvkStatement, getOrganisation } from "../../store/organisations.js";
import { organisationNotFound } from "./get-organisation.js";
import { OrganisationParamsSchema, OrganisationSchema, organisationView } from "./organisation-schemas.js";

const KvkConfirmationSchema = z
  .object({
    kvkNumber: z
      .string()
      .regex(/^\d{8}$/, "must be 8 digits")
      .openapi({
        description: "The KvK number you checked: the confirmation holds for this number only.",
        example: "12345678",
      }),
  })
  .openapi("KvkConfirmation");

export const createKvkConfirmationRoute = defineRoute({
  method: "post",
  path: "/organisations/{organisationId}/kvk-confirmation",
  operationId: "createKvkConfirmation",
  tags: ["Organisations"],
  summary: "Confirm a held KvK number: this registration is the same organisation as the others of its number",
  description:
    "Admins only. A registration whose KvK number another registration already had is held (`kvkHeld`) and takes no part in benchmark releases: registrations of one KvK number count as one organisation, and a client that controls one counts as knowing them all, so a number borrowed without checking would let its client read whether the other registration submitted (docs/privacy.md). Confirm only when you have checked that every registration of the number is this one employer and that the clients acting for any of them may know all of them: once confirmed, a client of any of them counts as knowing them all (a number registered first by someone else is the case to refuse). Send the number you checked: if the registration's number is another one now, the answer is 409 and nothing changes. From the next release cut on it takes part like any registration; confirming one that is not held changes nothing.",
  access: { roles: ["admin"], scope: "organisations:write" },
  request: {
    params: OrganisationParamsSchema,
    body: { required: true, content: { "application/json": { schema: KvkConfirmationSchema } } },
  },
  responses: {
    200: {
      description: "Confirmed: the registration as it is now.",
      content: { "application/json": { schema: OrganisationSchema } },
    },
    409: problemResponse("The registration's KvK number is not the one you checked (it changed): check again."),
  },
});

function numberChanged(organisationId: string, checked: string, now: string | null): ApiError {
  return new ApiError("conflict", {
    detail: `Organisation ${organisationId} has KvK number ${now ?? "(none)"}, not ${checked} that you checked: nothing was confirmed.`,
  });
}

export function registerCreateKvkConfirmation(router: ApiRouter): void {
  router.openapi(createKvkConfirmationRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const { kvkNumber } = c.req.valid("json");
    const storage = c.get("deps").storage;
    const organisation = await getOrganisation(storage.db, organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    if (organisation.kvkNumber !== kvkNumber) throw numberChanged(organisationId, kvkNumber, organisation.kvkNumber);
    if (organisation.kvkHeld) {
      const [confirmed] = await storage.writeAtomically([
        confirmKvkStatement(storage.db, organisationId, kvkNumber),
        auditEvent(c, "organisation", organisationId, "confirm-kvk", { onlyIfPreviousChanged: true }),
      ]);
      // Changed between the read and the write: held anew with another number, or erased.
      if ((confirmed?.rowsAffected ?? 0) === 0) {
        const now = await getOrganisation(storage.db, organisationId);
        if (now === undefined) throw organisationNotFound(organisationId);
        throw numberChanged(organisationId, kvkNumber, now.kvkNumber);
      }
    }
    const confirmed = await getOrganisation(storage.db, organisationId);
    if (confirmed === undefined) throw organisationNotFound(organisationId);
    return c.json(organisationView(confirmed, c.get("principal").role), 200);
  });
}
