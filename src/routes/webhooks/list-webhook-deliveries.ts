import { z } from "@hono/zod-openapi";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getWebhookSubscription, listDeliveryAttempts } from "../../store/webhooks.js";
import { PageQuerySchema, pageRequest, pageSchema } from "../pagination.js";
import { WebhookEventTypeSchema, WebhookParamsSchema, webhookNotFound } from "./webhook-schemas.js";

const DeliveryAttemptSchema = z
  .object({
    attemptId: z.string().openapi({ example: "wha_q2m4x5c6b7nhpjr2s3t4v5w6" }),
    eventId: z.string().openapi({ description: "The event's `webhook-id` (the same on every attempt)." }),
    eventType: WebhookEventTypeSchema,
    attempt: z
      .number()
      .int()
      .openapi({ description: "1 for the first attempt at this event, 2 for its first retry, …" }),
    outcome: z.enum(["delivered", "failed", "dropped"]).openapi({
      description:
        "delivered: your receiver answered 2xx. failed: anything else (retried while `nextAttemptAt` is set). dropped: not sent, because you may no longer see the event or the subscription is disabled.",
    }),
    responseStatus: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Your receiver's HTTP status, if it answered." }),
    error: z.string().nullable(),
    nextAttemptAt: z.string().nullable().openapi({ format: "date-time" }),
    attemptedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("WebhookDeliveryAttempt");

export const listWebhookDeliveriesRoute = defineRoute({
  method: "get",
  path: "/webhooks/{webhookId}/deliveries",
  operationId: "listWebhookDeliveries",
  tags: ["Webhooks"],
  summary: "The delivery attempts of a webhook",
  description: "Every attempt to deliver an event to this subscription, oldest first, kept for 30 days.",
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: { params: WebhookParamsSchema, query: PageQuerySchema },
  responses: {
    200: {
      description: "One page.",
      content: { "application/json": { schema: pageSchema(DeliveryAttemptSchema, "WebhookDeliveryAttemptPage") } },
    },
  },
});

export function registerListWebhookDeliveries(router: ApiRouter): void {
  router.openapi(listWebhookDeliveriesRoute, async (c) => {
    const { webhookId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await getWebhookSubscription(db, c.get("principal").clientId, webhookId)) === undefined) {
      throw webhookNotFound(webhookId);
    }
    const { attempts, nextCursor } = await listDeliveryAttempts(db, webhookId, pageRequest(c.req.valid("query")));
    return c.json(
      {
        items: attempts.map((attempt) => ({
          attemptId: attempt.id,
          eventId: attempt.eventId,
          eventType: attempt.eventType as z.infer<typeof WebhookEventTypeSchema>,
          attempt: attempt.attempt,
          outcome: attempt.outcome,
          responseStatus: attempt.responseStatus,
          error: attempt.error,
          nextAttemptAt: attempt.nextAttemptAt,
          attemptedAt: attempt.createdAt,
        })),
        nextCursor,
      },
      200,
    );
  });
}
