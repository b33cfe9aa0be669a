import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getWebhookSubscription } from "../../store/webhooks.js";
import { WebhookParamsSchema, WebhookSchema, webhookEtag, webhookNotFound, webhookView } from "./webhook-schemas.js";

export const getWebhookRoute = defineRoute({
  method: "get",
  path: "/webhooks/{webhookId}",
  operationId: "getWebhook",
  writesHeaders: ["ETag"],
  tags: ["Webhooks"],
  summary: "One of your webhook subscriptions",
  description:
    "The subscription with its status and, when disabled, why. Another client's subscription answers 404. The ETag goes in If-Match to change it.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { params: WebhookParamsSchema },
  responses: { 200: { description: "The subscription.", content: { "application/json": { schema: WebhookSchema } } } },
});

export function registerGetWebhook(router: ApiRouter): void {
  router.openapi(getWebhookRoute, async (c) => {
    const { webhookId } = c.req.valid("param");
    const subscription = await getWebhookSubscription(c.get("deps").storage.db, c.get("principal").clientId, webhookId);
    if (subscription === undefined) throw webhookNotFound(webhookId);
    c.header("ETag", webhookEtag(subscription));
    return c.json(webhookView(subscription), 200);
  });
}
