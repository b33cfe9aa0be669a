import { z } from "@hono/zod-openapi";
import { SbiSectionSchema } from "../../domain/framework/framework-schema.js";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getClient, replaceClientSections } from "../../store/clients.js";
import { ClientParamsSchema, ClientSchema, clientNotFound, clientView } from "./client-schemas.js";

const ClientSectionsSchema = z
  .strictObject({ sections: z.array(SbiSectionSchema).min(1).max(21) })
  .openapi("ClientSections");

export const replaceClientSectionsRoute = defineRoute({
  method: "put",
  path: "/clients/{clientId}/sections",
  operationId: "replaceClientSections",
  tags: ["Clients"],
  summary: "Set the SBI sections a sector client may read",
  description:
    "Replaces the SBI sections whose aggregates a sector client may read. Only for sector clients (422 otherwise).",
  access: { roles: ["admin"], scope: "clients:write" },
  request: {
    params: ClientParamsSchema,
    body: { required: true, content: { "application/json": { schema: ClientSectionsSchema } } },
  },
  responses: {
    200: { description: "The client as it is now.", content: { "application/json": { schema: ClientSchema } } },
    422: problemResponse("Only a sector client has sections."),
  },
});

export function registerReplaceClientSections(router: ApiRouter): void {
  router.openapi(replaceClientSectionsRoute, async (c) => {
    const { clientId } = c.req.valid("param");
    const { sections } = c.req.valid("json");
    const deps = c.get("deps");
    const client = await getClient(deps.storage.db, clientId);
    if (client === undefined) throw clientNotFound(clientId);
    if (client.role !== "sector") {
      throw new ApiError("unprocessable-request", {
        detail: `Only a sector client has sections; ${clientId} is ${client.role}.`,
      });
    }
    await replaceClientSections(deps.storage, clientId, [...new Set(sections)], deps.clock.now(), [
      auditEvent(c, "client", clientId, "replace-sections"),
    ]);
    const updated = await getClient(deps.storage.db, clientId);
    if (updated === undefined) throw clientNotFound(clientId);
    return c.json(clientView(updated), 200);
  });
}
