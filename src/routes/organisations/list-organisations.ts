import { SbiSectionSchema, SizeClassSchema } from "../../domain/framework/framework-schema.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listVisibleOrganisations } from "../../store/organisations.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { OrganisationPageSchema, organisationView } from "./organisation-schemas.js";

export const listOrganisationsRoute = defineRoute({
  method: "get",
  path: "/organisations",
  operationId: "listOrganisations",
  tags: ["Organisations"],
  summary: "The organisations you may see",
  description: "Admins see all; an integration client the ones linked to it; an employer its own.",
  access: { roles: ["admin", "employer", "integration"], scope: "organisations:read" },
  request: {
    query: PageQuerySchema.extend({
      sbiSection: SbiSectionSchema.optional(),
      sizeClass: SizeClassSchema.optional(),
    }),
  },
  responses: {
    200: {
      description: "One page, in registration order.",
      content: { "application/json": { schema: OrganisationPageSchema } },
    },
  },
});

export function registerListOrganisations(router: ApiRouter): void {
  router.openapi(listOrganisationsRoute, async (c) => {
    const query = c.req.valid("query");
    const { organisations, nextCursor } = await listVisibleOrganisations(
      c.get("deps").storage.db,
      c.get("principal"),
      { sbiSection: query.sbiSection, sizeClass: query.sizeClass },
      pageRequest(query),
    );
    return c.json(
      {
        items: organisations.map((organisation) => organisationView(organisation, c.get("principal").role)),
        nextCursor,
      },
      200,
    );
  });
}
