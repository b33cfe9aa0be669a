import { z } from "@hono/zod-openapi";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getWebhookSubscription, updateWebhookSubscription } from "../../store/webhooks.js";
import {
  checkEventTypes,
  checkWebhookUrl,
  WebhookEventTypesSchema,
  WebhookParamsSchema,
  WebhookSchema,
  WebhookUrlSchema,
  webhookEtag,
  webhookNotFound,
  webhookView,
} from "./webhook-schemas.js";

const UpdateWebhookSchema = z
  .strictObject({
    url: WebhookUrlSchema.optional(),
    eventTypes: WebhookEventTypesSchema.optional(),
    status: z
      .enum(["active", "disabled"])
      .optional()
      .openapi({ description: "`active` re-enables a disabled subscription (new events only)." }),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "Change url, eventTypes, status or several",
  })
  .openapi("UpdateWebhook");

export const updateWebhookRoute = defineRoute({
  method: "patch",
  path: "/webhooks/{webhookId}",
  operationId: "updateWebhook",
  readsHeaders: ["If-Match"],
  writesHeaders: ["ETag"],
  tags: ["Webhooks"],
  summary: "Change a webhook's URL or events, or disable or re-enable it",
  description:
    'Every change raises the revision; the ETag is `"r<revision>"`. Send `If-Match` with the ETag you read: if someone changed the subscription since, nothing changes and the answer is 412. Re-enabling clears `disabledReason`; events that were dropped while it was disabled are not sent again.',
  access: { roles: ["admin", "employer", "integration", "sector"], scope: "webhooks:manage" },
  request: {
    params: WebhookParamsSchema,
    body: {
      required: true,
      content: {
        "application/merge-patch+json": { schema: UpdateWebhookSchema },
        "application/json": { schema: UpdateWebhookSchema },
      },
    },
  },
  responses: {
    200: {
      description: "The subscription as it is now, with its new ETag.",
      content: { "application/json": { schema: WebhookSchema } },
    },
    412: problemResponse("If-Match does not match: someone changed the subscription since you read it."),
  },
});

export function registerUpdateWebhook(router: ApiRouter): void {
  router.openapi(updateWebhookRoute, async (c) => {
    const { webhookId } = c.req.valid("param");
    const changes = c.req.valid("json");
    const deps = c.get("deps");
    const clientId = c.get("principal").clientId;
    const current = await getWebhookSubscription(deps.storage.db, clientId, webhookId);
    if (current === undefined) throw webhookNotFound(webhookId);
    const ifMatch = c.req.header("If-Match");
    if (
      ifMatch !== undefined &&
      ifMatch.trim() !== "*" &&
      ifMatch.split(",").every((tag) => tag.trim() !== webhookEtag(current))
    ) {
      throw new ApiError("precondition-failed", {
        detail: `The webhook is at ${webhookEtag(current)}, not ${ifMatch}: read it again, then retry.`,
      });
    }
    if (changes.url !== undefined) checkWebhookUrl(c, changes.url);
    if (changes.eventTypes !== undefined) checkEventTypes(c, changes.eventTypes);
    const updated = await updateWebhookSubscription(
      deps.storage,
      clientId,
      webhookId,
      current.revision,
      {
        ...(changes.url === undefined ? {} : { url: changes.url }),
        ...(changes.eventTypes === undefined ? {} : { eventTypes: changes.eventTypes }),
        ...(changes.status === undefined ? {} : { status: changes.status }),
      },
      deps.clock.now(),
      [auditEvent(c, "webhook-subscription", webhookId, "update", { onlyIfPreviousChanged: true })],
    );
    if (!updated) {
      throw new ApiError("precondition-failed", {
        detail: "Someone changed the webhook while you wrote: read it again, then retry.",
      });
    }
    const subscription = await getWebhookSubscription(deps.storage.db, clientId, webhookId);
    if (subscription === undefined) throw webhookNotFound(webhookId);
    c.header("ETag", webhookEtag(subscription));
    return c.json(webhookView(subscription), 200);
  });
}
