import { z } from "@hono/zod-openapi";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getClient, linkClientOrganisation, unlinkClientOrganisation } from "../../store/clients.js";
import { getOrganisation } from "../../store/organisations.js";
import { activeLinkIdsMadeBy, revokeLinksMadeBy, revokeReportLinkStatement } from "../../store/report-links.js";
import { reportLinkRevokedEvent } from "../../webhooks/webhook-event-statements.js";
import { OrganisationIdSchema } from "../organisations/organisation-schemas.js";
import { ClientIdSchema, clientNotFound } from "./client-schemas.js";

/** Links between an integration client and the organisations it acts for: a PUT and a DELETE on one resource. */
const LinkParamsSchema = z.object({
  clientId: ClientIdSchema.openapi({ param: { name: "clientId", in: "path" } }),
  organisationId: OrganisationIdSchema.openapi({ param: { name: "organisationId", in: "path" } }),
});

export const linkClientOrganisationRoute = defineRoute({
  method: "put",
  path: "/clients/{clientId}/organisations/{organisationId}",
  operationId: "linkClientOrganisation",
  tags: ["Clients"],
  summary: "Let an integration client act for an organisation",
  description:
    "Lets an integration client (an HR tool) read and write this organisation's data. Linking again changes nothing.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { params: LinkParamsSchema },
  responses: {
    204: { description: "Linked (also when it already was)." },
    422: problemResponse("Only an integration client is linked to organisations."),
  },
});

export const unlinkClientOrganisationRoute = defineRoute({
  method: "delete",
  path: "/clients/{clientId}/organisations/{organisationId}",
  operationId: "unlinkClientOrganisation",
  tags: ["Clients"],
  summary: "Stop an integration client acting for an organisation",
  description:
    "Ends an integration client's access to this organisation; its data stays. The report links the client made for the organisation are revoked in the same write: they stop working at once.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { params: LinkParamsSchema },
  responses: { 204: { description: "Unlinked." } },
});

export function registerClientOrganisationLinks(router: ApiRouter): void {
  router.openapi(linkClientOrganisationRoute, async (c) => {
    const { clientId, organisationId } = c.req.valid("param");
    const deps = c.get("deps");
    const client = await getClient(deps.storage.db, clientId);
    if (client === undefined) throw clientNotFound(clientId);
    if (client.role !== "integration") {
      throw new ApiError("unprocessable-request", {
        detail: `Only an integration client is linked to organisations; ${clientId} is ${client.role}.`,
      });
    }
    if ((await getOrganisation(deps.storage.db, organisationId)) === undefined) {
      throw new ApiError("not-found", { detail: `There is no organisation ${organisationId}.` });
    }
    await linkClientOrganisation(deps.storage, clientId, organisationId, deps.clock.now(), [
      // Linking again changes nothing, and records nothing.
      auditEvent(c, "client-organisation-link", `${clientId}/${organisationId}`, "create", {
        onlyIfPreviousChanged: true,
      }),
    ]);
    return c.body(null, 204);
  });

  router.openapi(unlinkClientOrganisationRoute, async (c) => {
    const { clientId, organisationId } = c.req.valid("param");
    const deps = c.get("deps");
    const now = deps.clock.now();
    const links = await activeLinkIdsMadeBy(deps.storage.db, clientId, organisationId);
    const unlinked = await unlinkClientOrganisation(deps.storage, clientId, organisationId, [
      auditEvent(c, "client-organisation-link", `${clientId}/${organisationId}`, "delete", {
        onlyIfPreviousChanged: true,
      }),
      // The report links the client made for the organisation end with its access to it, each with
      // its `report_link.revoked` event (written only if that link was still active).
      ...links.flatMap((reportLinkId) => [
        revokeReportLinkStatement(deps.storage.db, organisationId, reportLinkId, now),
        reportLinkRevokedEvent(deps.storage.db, { organisationId, reportLinkId }, now),
      ]),
      // And any made between the read above and this write (none but in a race).
      revokeLinksMadeBy(deps.storage.db, clientId, organisationId, now),
    ]);
    if (!unlinked) {
      throw new ApiError("not-found", {
        detail: `Client ${clientId} is not linked to organisation ${organisationId}.`,
      });
    }
    return c.body(null, 204);
  });
}
