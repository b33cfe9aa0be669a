import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

/**
 * The receiving end of the API's webhooks, as an HR tool writes it (Standard Webhooks):
 *
 * 1. verify `webhook-signature` over `webhook-id`, `webhook-timestamp` and the raw body with the
 *    subscription's secret (the `standardwebhooks` package; it also refuses a timestamp more than
 *    five minutes from now, so a captured request cannot be replayed later);
 * 2. remember the ids it processed for longer than that window, so a replay within it, or a retry
 *    of an event already handled, is acknowledged without being processed twice;
 * 3. answer 2xx quickly; anything else makes the API retry with backoff for about a day.
 *
 * The payload carries ids and links only: read the new scores with your own access token.
 */
export interface ReceivedEvent {
  readonly id: string;
  readonly type: string;
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface ReceiverOptions {
  /** The subscription's secret (`whsec_…`), as POST /v1/webhooks or its secret rotation showed it. */
  readonly secret: string;
  readonly onEvent: (event: ReceivedEvent) => void | Promise<void>;
  /** The clock ids are remembered by (default: the system's). */
  readonly now?: () => number;
}

/** Ids are kept this long: twice the five minutes a timestamp may be off, so no replay slips through. */
const REMEMBER_MS = 10 * 60 * 1000;

export interface WebhookReceiver {
  /** Handles one delivery: the status to answer and why. */
  receive(
    headers: Readonly<Record<string, string | undefined>>,
    body: string,
  ): Promise<{ status: number; reason: string }>;
}

export function webhookReceiver(options: ReceiverOptions): WebhookReceiver {
  const verifier = new Webhook(options.secret);
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  return {
    async receive(headers, body) {
      const id = headers["webhook-id"] ?? "";
      let payload: { type: string; timestamp: string; data: Record<string, unknown> };
      try {
        payload = verifier.verify(body, {
          "webhook-id": id,
          "webhook-timestamp": headers["webhook-timestamp"] ?? "",
          "webhook-signature": headers["webhook-signature"] ?? "",
        }) as typeof payload;
      } catch (error) {
        if (error instanceof WebhookVerificationError) return { status: 401, reason: error.message };
        throw error;
      }
      for (const [knownId, at] of seen) if (now() - at > REMEMBER_MS) seen.delete(knownId);
      if (seen.has(id)) return { status: 200, reason: "already processed" };
      await options.onEvent({ id, type: payload.type, timestamp: payload.timestamp, data: payload.data });
      seen.set(id, now());
      return { status: 204, reason: "processed" };
    },
  };
}

/** The receiver on a Node HTTP server (POST any path). */
export function serveWebhookReceiver(receiver: WebhookReceiver) {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
      );
      receiver.receive(headers, Buffer.concat(chunks).toString("utf8")).then(
        ({ status, reason }) => response.writeHead(status, { "Content-Type": "text/plain" }).end(reason),
        () => response.writeHead(500).end(),
      );
    });
  });
}
