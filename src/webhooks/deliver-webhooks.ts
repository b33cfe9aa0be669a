import { Webhook } from "standardwebhooks";
import type { Clock, LogEntry } from "../app-env.js";
import { type KeyProtection, SealedTextError } from "../auth/key-encryption.js";
import { randomToken } from "../auth/secret-hash.js";
import type { Storage } from "../db/storage.js";
import { destinationProblem } from "../domain/webhook-destination.js";
import { MAX_DELIVERY_ATTEMPTS, retryDelayAfter, type WebhookPayload } from "../domain/webhook-events.js";
import {
  claimWebhookDelivery,
  type DueDelivery,
  dueWebhookDeliveries,
  fanOutWebhookEvents,
  pruneWebhookHistory,
  recordWebhookAttempt,
} from "../store/webhooks.js";
import { announceDueActions } from "./announce-due-actions.js";
import { openWebhookSecret, sealPlainWebhookSecrets } from "./webhook-secrets.js";
import type { WebhookSender } from "./webhook-sender.js";

export interface WebhookDelivererDeps {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly sender: WebhookSender;
  readonly allowLoopback: boolean;
  /** Opens the stored signing secrets (the app's `secretSealing`: the same KEK). */
  readonly secretSealing: KeyProtection | Promise<KeyProtection>;
  readonly log: (entry: LogEntry) => void;
}

export interface DeliveryRun {
  readonly delivered: number;
  readonly failed: number;
  readonly dropped: number;
}

/** Events and attempts are kept this long after they settle (the deliveries list shows a month). */
const HISTORY_MS = 30 * 24 * 3600e3;
/** A claimed delivery is not sent again by another run before this (longer than a send can take). */
const LEASE_MS = 60e3;

/** The body, as signed and sent (Standard Webhooks: type, timestamp, data). */
export function webhookBody(delivery: Pick<DueDelivery, "eventType" | "occurredAt" | "data">): string {
  const payload: WebhookPayload = {
    type: delivery.eventType,
    timestamp: delivery.occurredAt,
    data: JSON.parse(delivery.data) as Record<string, unknown>,
  };
  return JSON.stringify(payload);
}

/**
 * One run of the deliverer (Node: a timer; Workers: the cron): actions whose due date has arrived
 * are announced (`action.due`), new events become deliveries, and every delivery that is due is
 * sent, signed, once. Who may see the event is checked again here: a
 * client unlinked from the organisation, or disabled, since the event was queued gets nothing, and
 * the delivery is recorded as dropped.
 */
export async function runWebhookDeliveries(
  deps: WebhookDelivererDeps,
  options: { readonly batchSize?: number } = {},
): Promise<DeliveryRun> {
  const batchSize = options.batchSize ?? 50;
  const { storage, clock } = deps;
  // Secrets stored before they were sealed are sealed a batch per run (the secrets stay the same).
  await sealPlainWebhookSecrets(storage, deps.secretSealing, batchSize);
  await announceDueActions(storage, clock.now(), batchSize);
  await fanOutWebhookEvents(storage, batchSize);
  const due = await dueWebhookDeliveries(storage.db, clock.now(), batchSize);
  const counts = { delivered: 0, failed: 0, dropped: 0 };
  for (const delivery of due) {
    const started = clock.now();
    if (!(await claimWebhookDelivery(storage, delivery, new Date(started.getTime() + LEASE_MS)))) continue;
    const attempt = delivery.attempts + 1;
    const base = {
      id: randomToken("wha", 15),
      subscriptionId: delivery.subscriptionId,
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      attempt,
    };
    if (!delivery.subscriptionActive || !delivery.visible) {
      counts.dropped++;
      await recordWebhookAttempt(storage, {
        ...base,
        outcome: "dropped",
        responseStatus: null,
        error: delivery.subscriptionActive
          ? "Not sent: the client may no longer see this event (unlinked from the organisation, or disabled)."
          : "Not sent: the subscription is disabled.",
        nextAttemptAt: null,
        at: started,
        disableSubscription: null,
      });
      continue;
    }
    const result = await send(deps, delivery, started);
    const at = clock.now();
    if ("status" in result && result.status >= 200 && result.status < 300) {
      counts.delivered++;
      await recordWebhookAttempt(storage, {
        ...base,
        outcome: "delivered",
        responseStatus: result.status,
        error: null,
        nextAttemptAt: null,
        at,
        disableSubscription: null,
      });
      continue;
    }
    counts.failed++;
    const error =
      "status" in result
        ? result.status >= 300 && result.status < 400
          ? `HTTP ${result.status}: redirects are not followed`
          : `HTTP ${result.status}`
        : result.error;
    const delay = retryDelayAfter(attempt);
    await recordWebhookAttempt(storage, {
      ...base,
      outcome: "failed",
      responseStatus: "status" in result ? result.status : null,
      error,
      nextAttemptAt: delay === null ? null : new Date(at.getTime() + delay),
      at,
      disableSubscription:
        delay === null
          ? `Disabled at ${at.toISOString()}: event ${delivery.eventId} failed ${MAX_DELIVERY_ATTEMPTS} times over about a day (last: ${error}). Fix the receiver, then set status to active.`
          : null,
    });
    if (delay === null) {
      deps.log({
        level: "info",
        message: "webhook subscription disabled after persistent failure",
        subscriptionId: delivery.subscriptionId,
      });
    }
  }
  await pruneWebhookHistory(storage, new Date(clock.now().getTime() - HISTORY_MS));
  return counts;
}

async function send(deps: WebhookDelivererDeps, delivery: DueDelivery, now: Date) {
  // Checked again here: a subscription made before a rule tightened is held to it too.
  const problem = destinationProblem(delivery.url, { allowLoopback: deps.allowLoopback });
  if (problem !== null) return { error: `Refused destination: ${problem}` };
  let secret: string;
  try {
    secret = await openWebhookSecret(deps.secretSealing, delivery.subscriptionId, delivery.secret);
  } catch (error) {
    if (!(error instanceof SealedTextError)) throw error;
    // An operator's error (a changed or missing KEY_ENCRYPTION_KEY), never the subscriber's: said in the log.
    deps.log({
      level: "error",
      message: `webhook not signed: ${error.message}`,
      subscriptionId: delivery.subscriptionId,
    });
    return { error: "Not sent: the server cannot read this subscription's signing secret (its operator is told)." };
  }
  const body = webhookBody(delivery);
  const signature = new Webhook(secret).sign(delivery.eventId, now, body);
  return deps.sender.send({
    url: delivery.url,
    body,
    headers: {
      "content-type": "application/json",
      "user-agent": "Inclusiebenchmark-Webhooks/1",
      "webhook-id": delivery.eventId,
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": signature,
    },
  });
}
