import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { deleteWebhookSubscription } from "../../store/webhooks.js";
import { WebhookParamsSchema, webhookNotFound } from "./webhook-schemas.js";

export const deleteWebhookRoute = defineRoute({
  method: "delete",
  path: "/webhooks/{webhookId}",
  operationId: "deleteWebhook",
  tags: ["Webhooks"],
  summary: "Unsubscribe",
  description: "Deletes the subscription with its queued deliveries and its delivery history; nothing more is sent.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { params: WebhookParamsSchema },
  responses: { 204: { description: "Deleted." } },
});

export function registerDeleteWebhook(router: ApiRouter): void {
  router.openapi(deleteWebhookRoute, async (c) => {
    const { webhookId } = c.req.valid("param");
    const deleted = await deleteWebhookSubscription(c.get("deps").storage, c.get("principal").clientId, webhookId, [
      auditEvent(c, "webhook-subscription", webhookId, "delete", { onlyIfPreviousChanged: true }),
    ]);
    if (!deleted) throw webhookNotFound(webhookId);
    return c.body(null, 204);
  });
}
