import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listClients } from "../../store/clients.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { ClientPageSchema, clientView } from "./client-schemas.js";

export const listClientsRoute = defineRoute({
  method: "get",
  path: "/clients",
  operationId: "listClients",
  tags: ["Clients"],
  summary: "All API clients",
  description:
    "Every API client with its role, status and scope of access, a page at a time (admin only). Secrets are never shown.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { query: PageQuerySchema },
  responses: {
    200: { description: "One page, in creation order.", content: { "application/json": { schema: ClientPageSchema } } },
  },
});

export function registerListClients(router: ApiRouter): void {
  router.openapi(listClientsRoute, async (c) => {
    const { clients, nextCursor } = await listClients(c.get("deps").storage.db, pageRequest(c.req.valid("query")));
    return c.json({ items: clients.map(clientView), nextCursor }, 200);
  });
}
