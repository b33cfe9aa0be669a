import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getClient } from "../../store/clients.js";
import { ClientParamsSchema, ClientSchema, clientNotFound, clientView } from "./client-schemas.js";

export const getClientRoute = defineRoute({
  method: "get",
  path: "/clients/{clientId}",
  operationId: "getClient",
  tags: ["Clients"],
  summary: "An API client",
  description: "One client: role, status, organisation (employer) or sections (sector). Never its secret.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { params: ClientParamsSchema },
  responses: { 200: { description: "The client.", content: { "application/json": { schema: ClientSchema } } } },
});

export function registerGetClient(router: ApiRouter): void {
  router.openapi(getClientRoute, async (c) => {
    const { clientId } = c.req.valid("param");
    const client = await getClient(c.get("deps").storage.db, clientId);
    if (client === undefined) throw clientNotFound(clientId);
    return c.json(clientView(client), 200);
  });
}
