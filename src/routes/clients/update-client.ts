import { z } from "@hono/zod-openapi";
import { freeText } from "../../domain/free-text.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getClient, updateClient } from "../../store/clients.js";
import { ClientParamsSchema, ClientSchema, clientNotFound, clientView } from "./client-schemas.js";

const UpdateClientSchema = z
  .strictObject({
    name: freeText({ max: 200 }).optional(),
    status: z
      .enum(["active", "disabled"])
      .optional()
      .openapi({ description: "A disabled client's tokens stop working at once." }),
  })
  .refine((body) => body.name !== undefined || body.status !== undefined, { message: "Change name, status or both" })
  .openapi("UpdateClient");

export const updateClientRoute = defineRoute({
  method: "patch",
  path: "/clients/{clientId}",
  operationId: "updateClient",
  tags: ["Clients"],
  summary: "Rename, disable or re-enable a client",
  description: "Renames a client, or disables it (its tokens stop working at once) or enables it again.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: {
    params: ClientParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateClientSchema },
        "application/json": { schema: UpdateClientSchema },
      },
    },
  },
  responses: {
    200: { description: "The client as it is now.", content: { "application/json": { schema: ClientSchema } } },
  },
});

export function registerUpdateClient(router: ApiRouter): void {
  router.openapi(updateClientRoute, async (c) => {
    const { clientId } = c.req.valid("param");
    const changes = c.req.valid("json");
    const deps = c.get("deps");
    const updated = await updateClient(
      deps.storage,
      clientId,
      {
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.status === undefined ? {} : { status: changes.status }),
      },
      deps.clock.now(),
      [auditEvent(c, "client", clientId, "update", { onlyIfPreviousChanged: true })],
    );
    const client = updated ? await getClient(deps.storage.db, clientId) : undefined;
    if (client === undefined) throw clientNotFound(clientId);
    return c.json(clientView(client), 200);
  });
}
