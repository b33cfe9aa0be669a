import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { OrganisationParamsSchema, OrganisationSchema, organisationView } from "./organisation-schemas.js";

export const getOrganisationRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}",
  operationId: "getOrganisation",
  tags: ["Organisations"],
  summary: "An organisation's profile",
  description: "404 for an organisation you may not see, exactly as for one that does not exist.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read", othersSeeNotFound: true },
  request: { params: OrganisationParamsSchema },
  responses: {
    200: { description: "The profile.", content: { "application/json": { schema: OrganisationSchema } } },
  },
});

export function organisationNotFound(organisationId: string): ApiError {
  return new ApiError("not-found", { detail: `There is no organisation ${organisationId} that you may see.` });
}

export function registerGetOrganisation(router: ApiRouter): void {
  router.openapi(getOrganisationRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const organisation = await findVisibleOrganisation(c.get("deps").storage.db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    return c.json(organisationView(organisation, c.get("principal").role), 200);
  });
}
