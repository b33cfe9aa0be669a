import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { withdrawalWrites } from "../../store/benchmarks.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { deleteUsesStatement } from "../../store/usage-events.js";
import { organisationNotFound } from "./get-organisation.js";
import { OrganisationParamsSchema } from "./organisation-schemas.js";

export const deleteOrganisationRoute = defineRoute({
  method: "delete",
  path: "/organisations/{organisationId}",
  operationId: "deleteOrganisation",
  tags: ["Organisations"],
  summary: "Erase an organisation and everything about it",
  description:
    "Admin, or the employer itself. Removes the organisation, its assessments, workforce figures, plan (actions and targets), links and employer clients, and its contribution to every benchmark aggregate, in one atomic write.",
  access: { roles: ["admin", "employer"], scope: "organisations:write", othersSeeNotFound: true },
  request: { params: OrganisationParamsSchema },
  responses: {
    204: { description: "Erased." },
    409: problemResponse("An assessment was submitted meanwhile: retry."),
  },
});

export function registerDeleteOrganisation(router: ApiRouter): void {
  router.openapi(deleteOrganisationRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const { storage, clock } = c.get("deps");
    if ((await findVisibleOrganisation(storage.db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    try {
      await storage.writeAtomically([
        ...(await withdrawalWrites(storage, organisationId, clock.now())),
        // Stored idempotent responses may carry its profile or scores: they go too.
        storage.db.deleteFrom("idempotency_keys").where("response_body", "like", `%${organisationId}%`),
        storage.db.deleteFrom("organisations").where("id", "=", organisationId),
        // Its counted uses (what-if calls, rounds) name it: they go too.
        deleteUsesStatement(storage.db, organisationId),
        // Kept after the erasure: it holds opaque ids only (see migrations/0009_audit_events.sql).
        auditEvent(c, "organisation", organisationId, "delete"),
      ]);
    } catch (error) {
      if (
        error instanceof Error &&
        /stale (benchmark contribution|organisation benchmark revision)/.test(error.message)
      ) {
        throw new ApiError("conflict", {
          detail: "An assessment of this organisation was submitted meanwhile: retry the erasure.",
        });
      }
      throw error;
    }
    return c.body(null, 204);
  });
}
