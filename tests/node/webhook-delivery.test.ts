import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type ReceivedEvent, serveWebhookReceiver, webhookReceiver } from "../../examples/hr-tool-sync/src/receiver.js";
import type { Clock } from "../../src/app-env.js";
import { MAX_DELIVERY_ATTEMPTS, retryDelayAfter } from "../../src/domain/webhook-events.js";
import { fanOutWebhookEvents } from "../../src/store/webhooks.js";
import { runWebhookDeliveries } from "../../src/webhooks/deliver-webhooks.js";
import { nodeWebhookSender } from "../../src/webhooks/node-webhook-sender.js";
import type { Harness } from "../harness/harness.js";
import { createHarness } from "../harness/node.js";
import {
  answerAll,
  bearer,
  castOfClients,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * Webhook delivery end to end on Node (issue 19): the deliverer sends over real HTTP to a local
 * receiver, the HR-tool example's (examples/hr-tool-sync/src/receiver.ts), which verifies each
 * signature with the standardwebhooks package and refuses replays by id and by timestamp. Time is
 * the injected clock; Date follows it (the package checks timestamps against Date.now()).
 */

let now = Date.now();
const clock: Clock = { now: () => new Date(now) };
function advance(milliseconds: number): void {
  now += milliseconds;
  vi.setSystemTime(now);
}

let harness: Harness;
let cast: Awaited<ReturnType<typeof castOfClients>>;

/** What the receiver does with the next requests: answer with a failure, or hand them to the example. */
const script = { failWith: [] as number[], hits: 0 };
const received: ReceivedEvent[] = [];
const captured: { headers: Record<string, string>; body: string }[] = [];
let receiverUrl = "";
let secret = "";
let server: ReturnType<typeof serveWebhookReceiver>;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
  harness = await createHarness({
    deps: { clock, settings: { ...TEST_SETTINGS, webhooks: { allowLoopbackForTests: true } } },
  });
  server = serveWebhookReceiver({
    async receive(headers, body) {
      script.hits++;
      captured.push({ headers: headers as Record<string, string>, body });
      const failure = script.failWith.shift();
      if (failure !== undefined) return { status: failure, reason: "scripted failure" };
      // The example receiver, with the secret of the subscription under test.
      return webhookReceiver({ secret, onEvent: (event) => void received.push(event) }).receive(headers, body);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.useRealTimers();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});
beforeEach(async () => {
  // A new cast each time: tokens expire as the clock moves on.
  cast = await castOfClients(harness);
  script.failWith = [];
  script.hits = 0;
  received.length = 0;
  captured.length = 0;
});
afterEach(async () => {
  expect(script.failWith, "every scripted failure was used").toEqual([]);
  // Each test receives its own subscriptions' events only.
  await harness.storage.db.deleteFrom("webhook_subscriptions").execute();
});

const deliverer = () =>
  runWebhookDeliveries({
    storage: harness.storage,
    secretSealing: harness.secretSealing,
    clock,
    sender: nodeWebhookSender({ timeoutMs: 5000, allowLoopback: true }),
    allowLoopback: true,
    log: () => {},
  });

async function subscribe(token: string, path: string, eventTypes: string[]) {
  const created = await json<{ webhookId: string; secret: string }>(
    await harness.request("/v1/webhooks", jsonBody("POST", { url: `${receiverUrl}${path}`, eventTypes }, token)),
    201,
  );
  secret = created.secret;
  return created;
}

async function submitRound(token: string, organisationId: string) {
  const assessment = await startAssessment(harness, token, organisationId);
  await answerAll(harness, token, assessment, 2);
  return submit(harness, token, assessment.assessmentId);
}

async function deliveries(token: string, webhookId: string) {
  return (
    await json<{ items: { eventId: string; outcome: string; responseStatus: number | null; attempt: number }[] }>(
      await harness.request(`/v1/webhooks/${webhookId}/deliveries?limit=100`, bearer(token)),
      200,
    )
  ).items;
}

describe("webhook delivery to a local receiver", () => {
  it("sends a signed assessment.submitted the receiver verifies, retrying after 500s with backoff", async () => {
    const subscription = await subscribe(cast.integration.token, "/hooks/a", ["assessment.submitted"]);
    const submitted = await submitRound(cast.integration.token, cast.integration.organisationId);
    script.failWith = [500, 503];

    expect(await deliverer()).toEqual({ delivered: 0, failed: 1, dropped: 0 });
    // Not due again until the backoff has passed.
    expect(await deliverer()).toEqual({ delivered: 0, failed: 0, dropped: 0 });
    advance(retryDelayAfter(1) as number);
    expect(await deliverer()).toEqual({ delivered: 0, failed: 1, dropped: 0 });
    advance((retryDelayAfter(2) as number) - 1000);
    expect(await deliverer()).toEqual({ delivered: 0, failed: 0, dropped: 0 });
    advance(1000);
    expect(await deliverer()).toEqual({ delivered: 1, failed: 0, dropped: 0 });

    expect(received).toEqual([
      {
        id: expect.stringMatching(/^msg_/),
        type: "assessment.submitted",
        timestamp: expect.any(String),
        data: expect.objectContaining({
          organisationId: cast.integration.organisationId,
          assessmentId: submitted.assessmentId,
        }),
      },
    ]);
    // The same webhook-id on every attempt (Standard Webhooks), each signed afresh.
    expect(new Set(captured.map((request) => request.headers["webhook-id"])).size).toBe(1);
    expect(captured.map((request) => request.headers["webhook-timestamp"])).toHaveLength(3);
    // The scores are read with the tool's own token, from the link in the event.
    const links = received[0]?.data.links as { assessment: string } | undefined;
    const link = links?.assessment ?? "(no link)";
    const assessment = await json<{ scores: unknown }>(
      await harness.request(link, bearer(cast.integration.token)),
      200,
    );
    expect(assessment.scores).not.toBeNull();
    expect(captured[2]?.body).not.toContain('"scores"');

    expect(
      (await deliveries(cast.integration.token, subscription.webhookId)).map((item) => [
        item.outcome,
        item.responseStatus,
        item.attempt,
      ]),
    ).toEqual([
      ["failed", 500, 1],
      ["failed", 503, 2],
      ["delivered", 204, 3],
    ]);
  });

  it("the receiver refuses a forged or tampered delivery and replays by id and by timestamp", async () => {
    await subscribe(cast.integration.token, "/hooks/b", ["assessment.submitted"]);
    await submitRound(cast.integration.token, cast.integration.organisationId);
    expect(await deliverer()).toMatchObject({ delivered: 1 });
    const [delivery] = captured;
    if (delivery === undefined) throw new Error("nothing was delivered");
    const example = webhookReceiver({ secret, onEvent: (event) => void received.push(event) });
    expect(await example.receive(delivery.headers, delivery.body)).toEqual({ status: 204, reason: "processed" });
    // The same delivery again, within the timestamp window: acknowledged, not processed twice.
    expect(await example.receive(delivery.headers, delivery.body)).toEqual({
      status: 200,
      reason: "already processed",
    });
    // A changed body, or a signature made with another secret, does not verify.
    expect((await example.receive(delivery.headers, delivery.body.replace("assessment", "assessmenT"))).status).toBe(
      401,
    );
    const forged = new Webhook(`whsec_${btoa("another secret of thirty-two bytes!")}`).sign(
      "msg_forged",
      new Date(now),
      delivery.body,
    );
    expect(
      (
        await example.receive(
          { ...delivery.headers, "webhook-id": "msg_forged", "webhook-signature": forged },
          delivery.body,
        )
      ).status,
    ).toBe(401);
    // Ten minutes later the captured request is refused by its timestamp, even by a receiver that
    // never saw its id.
    advance(10 * 60 * 1000);
    const fresh = webhookReceiver({ secret, onEvent: () => {} });
    expect(await fresh.receive(delivery.headers, delivery.body)).toEqual({
      status: 401,
      reason: "Message timestamp too old",
    });
    expect(received).toHaveLength(2);
  });

  it("disables the subscription after failing for about a day, and says why", async () => {
    const subscription = await subscribe(cast.employer.token, "/hooks/c", ["assessment.submitted"]);
    await submitRound(cast.employer.token, cast.employer.organisationId);
    script.failWith = Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => 500);
    let elapsed = 0;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverer(), `attempt ${attempt}`).toMatchObject({ failed: 1 });
      const delay = retryDelayAfter(attempt);
      if (delay === null) break;
      advance(delay);
      elapsed += delay;
    }
    expect(elapsed).toBeGreaterThan(20 * 3600e3);
    expect(elapsed).toBeLessThan(30 * 3600e3);
    const token = await tokenFor(harness, cast.employer);
    const view = await json<{ status: string; disabledReason: string }>(
      await harness.request(`/v1/webhooks/${subscription.webhookId}`, bearer(token)),
      200,
    );
    expect(view.status).toBe("disabled");
    expect(view.disabledReason).toMatch(/failed 8 times over about a day \(last: HTTP 500\)/);
    const attempts = await deliveries(token, subscription.webhookId);
    expect(attempts.map((item) => item.outcome)).toEqual(Array(MAX_DELIVERY_ATTEMPTS).fill("failed"));
    // Nothing more is sent, not even new events.
    await submitRound(token, cast.employer.organisationId);
    advance(60_000);
    expect(await deliverer()).toEqual({ delivered: 0, failed: 0, dropped: 0 });
    expect(script.hits).toBe(MAX_DELIVERY_ATTEMPTS);
  });

  it("drops the queued events of a client unlinked from the organisation or disabled since", async () => {
    const unlinked = await subscribe(cast.integration.token, "/hooks/d", ["assessment.submitted"]);
    await submitRound(cast.integration.token, cast.integration.organisationId);
    // Retried once (still linked), then unlinked before the next attempt.
    script.failWith = [500];
    expect(await deliverer()).toMatchObject({ failed: 1 });
    expect(
      (
        await harness.request(
          `/v1/clients/${cast.integration.clientId}/organisations/${cast.integration.organisationId}`,
          bearer(cast.admin, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    advance(retryDelayAfter(1) as number);
    expect(await deliverer()).toEqual({ delivered: 0, failed: 0, dropped: 1 });
    expect(script.hits).toBe(1);
    expect((await deliveries(cast.integration.token, unlinked.webhookId)).map((item) => item.outcome)).toEqual([
      "failed",
      "dropped",
    ]);

    // A disabled client: its queued event (queued while it was active) is dropped too.
    await subscribe(cast.employer.token, "/hooks/e", ["assessment.submitted"]);
    await submitRound(cast.employer.token, cast.employer.organisationId);
    await fanOutWebhookEvents(harness.storage, 10);
    await json(
      await harness.request(
        `/v1/clients/${cast.employer.clientId}`,
        jsonBody("PATCH", { status: "disabled" }, cast.admin),
      ),
      200,
    );
    advance(1000);
    expect(await deliverer()).toEqual({ delivered: 0, failed: 0, dropped: 1 });
    expect(script.hits).toBe(1);
  });
});
