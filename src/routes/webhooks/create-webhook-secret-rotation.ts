import { z } from "@hono/zod-openapi";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getWebhookSubscription, updateWebhookSubscription } from "../../store/webhooks.js";
import { sealWebhookSecret } from "../../webhooks/webhook-secrets.js";
import { newWebhookSecret, WebhookIdSchema, WebhookParamsSchema, webhookNotFound } from "./webhook-schemas.js";

const WebhookSecretRotationSchema = z
  .object({
    webhookId: WebhookIdSchema,
    secret: z.string().openapi({
      description:
        "The new signing secret, shown only in this response. Deliveries from now on are signed with it; the old one no longer verifies them.",
    }),
    rotatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("WebhookSecretRotation");

export const createWebhookSecretRotationRoute = defineRoute({
  method: "post",
  path: "/webhooks/{webhookId}/secret-rotations",
  operationId: "createWebhookSecretRotation",
  // Never stored for replay: the response carries the secret.
  idempotent: false,
  tags: ["Webhooks"],
  summary: "Give a webhook a new signing secret",
  description: "Every delivery from now on, retries of earlier events included, is signed with the new secret.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { params: WebhookParamsSchema },
  responses: {
    201: { description: "The new secret.", content: { "application/json": { schema: WebhookSecretRotationSchema } } },
  },
});

export function registerCreateWebhookSecretRotation(router: ApiRouter): void {
  router.openapi(createWebhookSecretRotationRoute, async (c) => {
    const { webhookId } = c.req.valid("param");
    const deps = c.get("deps");
    const clientId = c.get("principal").clientId;
    const current = await getWebhookSubscription(deps.storage.db, clientId, webhookId);
    if (current === undefined) throw webhookNotFound(webhookId);
    const secret = newWebhookSecret();
    const now = deps.clock.now();
    // The audit entry names the rotation, never the secret.
    const rotated = await updateWebhookSubscription(
      deps.storage,
      clientId,
      webhookId,
      current.revision,
      { secret: await sealWebhookSecret(deps.secretSealing, webhookId, secret) },
      now,
      [auditEvent(c, "webhook-subscription", webhookId, "rotate-secret", { onlyIfPreviousChanged: true })],
    );
    if (!rotated) {
      throw new ApiError("conflict", { detail: "The webhook changed while its secret was rotated: try again." });
    }
    c.header("Cache-Control", "no-store");
    return c.json({ webhookId, secret, rotatedAt: now.toISOString() }, 201);
  });
}
