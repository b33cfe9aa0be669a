import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { destinationProblem } from "../../domain/webhook-destination.js";
import { eventTypesForRole, WEBHOOK_EVENT_TYPES } from "../../domain/webhook-events.js";
import { ApiError, invalidField, validationFailed } from "../../errors.js";
import type { WebhookSubscription } from "../../store/webhooks.js";
import { pageSchema } from "../pagination.js";

export const WebhookIdSchema = z
  .string()
  .regex(/^whk_[a-z0-9]{10,40}$/, "not a webhook id")
  .openapi({ example: "whk_k3vq7zq2m4x5c6b7nhpjr2s3" });

export const WebhookParamsSchema = z.object({
  webhookId: WebhookIdSchema.openapi({ param: { name: "webhookId", in: "path" } }),
});

export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).openapi("WebhookEventType", {
  description:
    "benchmark.release.published and framework.version.published: for every client. assessment.submitted, report_link.revoked and action.due: about the organisations the client controls (an employer its own, an integration those linked to it); never for a sector client.",
});

export const WebhookUrlSchema = z.string().max(2000).openapi({
  description:
    "Where events are POSTed: an https URL on a public host name (no IP address, no localhost or private name, no credentials). Redirects are not followed.",
  example: "https://hr-tool.example.nl/hooks/inclusiebenchmark",
});

export const WebhookEventTypesSchema = z
  .array(WebhookEventTypeSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, "List each event type once")
  .openapi({ example: ["assessment.submitted", "benchmark.release.published"] });

export const WebhookSchema = z
  .object({
    webhookId: WebhookIdSchema,
    url: z.string(),
    eventTypes: z.array(WebhookEventTypeSchema),
    status: z.enum(["active", "disabled"]),
    disabledReason: z.string().nullable().openapi({
      description: "Why it is disabled: by its client, or after deliveries failed for about a day.",
    }),
    disabledAt: z.string().nullable().openapi({ format: "date-time" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Webhook");

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description:
      "The signing secret (Standard Webhooks, `whsec_` + base64), shown only in this response: store it to verify the `webhook-signature` of each delivery.",
    example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  }),
}).openapi("WebhookWithSecret");

export const WebhookPageSchema = pageSchema(WebhookSchema, "WebhookPage");

export function webhookView(subscription: WebhookSubscription): z.infer<typeof WebhookSchema> {
  return {
    webhookId: subscription.id,
    url: subscription.url,
    eventTypes: subscription.eventTypes as z.infer<typeof WebhookEventTypeSchema>[],
    status: subscription.status,
    disabledReason: subscription.disabledReason,
    disabledAt: subscription.disabledAt,
    createdAt: subscription.createdAt,
    updatedAt: subscription.updatedAt,
  };
}

export function webhookEtag(subscription: WebhookSubscription): string {
  return `"r${subscription.revision}"`;
}

export function webhookNotFound(webhookId: string): ApiError {
  return new ApiError("not-found", { detail: `You have no webhook ${webhookId}.` });
}

/** A new signing secret: 32 random bytes, as Standard Webhooks writes them. */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** The URL rules (domain/webhook-destination.ts), as a 400 naming `url`. */
export function checkWebhookUrl(c: Context<AppEnv>, url: string): void {
  const problem = destinationProblem(url, { allowLoopback: c.get("deps").settings.webhooks.allowLoopbackForTests });
  if (problem !== null) throw invalidField("body", "/url", problem);
}

/** Only the events the caller's role may see (a sector client: release and framework events). */
export function checkEventTypes(c: Context<AppEnv>, eventTypes: readonly string[]): void {
  const allowed: readonly string[] = eventTypesForRole(c.get("principal").role);
  const refused = eventTypes.flatMap((type, index) => (allowed.includes(type) ? [] : [{ type, index }]));
  if (refused.length > 0) {
    throw validationFailed(
      refused.map(({ type, index }) => ({
        in: "body" as const,
        pointer: `/eventTypes/${index}`,
        message: `A ${c.get("principal").role} client cannot receive ${type}; it may subscribe to ${allowed.join(", ")}`,
      })),
    );
  }
}
