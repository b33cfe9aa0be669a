import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { listWebhookSubscriptions } from "../../store/webhooks.js";
import { PageQuerySchema, pageRequest } from "../pagination.js";
import { WebhookPageSchema, webhookView } from "./webhook-schemas.js";

export const listWebhooksRoute = defineRoute({
  method: "get",
  path: "/webhooks",
  operationId: "listWebhooks",
  tags: ["Webhooks"],
  summary: "Your webhook subscriptions",
  description: "The calling client's subscriptions, a page at a time, oldest first. Secrets are never shown again.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { query: PageQuerySchema },
  responses: {
    200: { description: "One page.", content: { "application/json": { schema: WebhookPageSchema } } },
  },
});

export function registerListWebhooks(router: ApiRouter): void {
  router.openapi(listWebhooksRoute, async (c) => {
    const { subscriptions, nextCursor } = await listWebhookSubscriptions(
      c.get("deps").storage.db,
      c.get("principal").clientId,
      pageRequest(c.req.valid("query")),
    );
    return c.json({ items: subscriptions.map(webhookView), nextCursor }, 200);
  });
}
