import { destinationProblem } from "../domain/webhook-destination.js";

/** One signed POST to a subscriber. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back: a status (any, a 3xx included: redirects are never followed) or why nothing did. */
export type WebhookResponse = { readonly status: number } | { readonly error: string };

/** Sends a webhook; each runtime has its own (Node checks the address it connects to). */
export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

export interface SenderOptions {
  /** Gives up on a receiver that has not answered in this time. */
  readonly timeoutMs: number;
  /** Test-only: a plain-http receiver on a loopback address (WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS). */
  readonly allowLoopback: boolean;
}

/** At most this much of a receiver's answer is read (the status is all that counts). */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * The Workers sender: fetch, which on Cloudflare does not reach private networks; the URL rules
 * (https, a public host name, no IP literal) are checked again before each send. No redirects.
 */
export function fetchWebhookSender(options: SenderOptions): WebhookSender {
  return {
    async send(request) {
      const problem = destinationProblem(request.url, options);
      if (problem !== null) return { error: `Refused destination: ${problem}` };
      try {
        const response = await fetch(request.url, {
          method: "POST",
          headers: request.headers,
          body: request.body,
          redirect: "manual",
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        await discardBounded(response);
        return { status: response.status };
      } catch (error) {
        return { error: `No answer: ${(error as Error).message}`.slice(0, 300) };
      }
    },
  };
}

/** Reads and drops at most MAX_RESPONSE_BYTES of the answer, then lets the connection go. */
async function discardBounded(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (reader === undefined) return;
  let read = 0;
  while (read <= MAX_RESPONSE_BYTES) {
    const chunk = await reader.read();
    if (chunk.done) return;
    read += chunk.value.byteLength;
  }
  await reader.cancel();
}
