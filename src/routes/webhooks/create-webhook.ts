import { z } from "@hono/zod-openapi";
import { randomToken } from "../../auth/secret-hash.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getWebhookSubscription, insertWebhookSubscription } from "../../store/webhooks.js";
import { sealWebhookSecret } from "../../webhooks/webhook-secrets.js";
import {
  checkEventTypes,
  checkWebhookUrl,
  newWebhookSecret,
  WebhookEventTypesSchema,
  WebhookUrlSchema,
  WebhookWithSecretSchema,
  webhookEtag,
  webhookView,
} from "./webhook-schemas.js";

const CreateWebhookSchema = z
  .strictObject({ url: WebhookUrlSchema, eventTypes: WebhookEventTypesSchema })
  .openapi("CreateWebhook");

export const createWebhookRoute = defineRoute({
  method: "post",
  path: "/webhooks",
  operationId: "createWebhook",
  writesHeaders: ["Location", "ETag"],
  // Never stored for replay: the response carries the signing secret.
  idempotent: false,
  tags: ["Webhooks"],
  summary: "Subscribe to events (the signing secret is shown once)",
  description:
    "Subscribes an https URL to event types your role may see. Each delivery is a POST signed as the Standard Webhooks specification says (`webhook-id`, `webhook-timestamp`, `webhook-signature`, HMAC-SHA256 with the secret in this response). Payloads carry ids and links, never answers or workforce figures: read what changed with your own token. Failed deliveries are retried with exponential backoff for about a day; after that the subscription is disabled and `disabledReason` says why.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { body: { required: true, content: { "application/json": { schema: CreateWebhookSchema } } } },
  responses: {
    201: {
      description: "Subscribed, with its signing secret.",
      content: { "application/json": { schema: WebhookWithSecretSchema } },
    },
  },
});

export function registerCreateWebhook(router: ApiRouter): void {
  router.openapi(createWebhookRoute, async (c) => {
    const input = c.req.valid("json");
    checkWebhookUrl(c, input.url);
    checkEventTypes(c, input.eventTypes);
    const deps = c.get("deps");
    const principal = c.get("principal");
    const id = randomToken("whk", 15);
    const secret = newWebhookSecret();
    await insertWebhookSubscription(
      deps.storage,
      {
        id,
        clientId: principal.clientId,
        url: input.url,
        eventTypes: input.eventTypes,
        secret: await sealWebhookSecret(deps.secretSealing, id, secret),
        now: deps.clock.now(),
      },
      [auditEvent(c, "webhook-subscription", id, "create")],
    );
    const subscription = await getWebhookSubscription(deps.storage.db, principal.clientId, id);
    if (subscription === undefined) throw new Error(`webhook ${id} vanished right after it was created`);
    c.header("Location", `/v1/webhooks/${id}`);
    c.header("ETag", webhookEtag(subscription));
    c.header("Cache-Control", "no-store");
    return c.json({ ...webhookView(subscription), secret }, 201);
  });
}
