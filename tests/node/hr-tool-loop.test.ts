import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReceivedEvent, serveWebhookReceiver, webhookReceiver } from "../../examples/hr-tool-sync/src/receiver.js";
import { runWebhookDeliveries } from "../../src/webhooks/deliver-webhooks.js";
import { nodeWebhookSender } from "../../src/webhooks/node-webhook-sender.js";
import type { Harness } from "../harness/harness.js";
import { createHarness } from "../harness/node.js";
import {
  type AssessmentBody,
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * Issue 19's "done when", as one HR tool lives it: it subscribes a webhook, its organisation submits a
 * round, the signed `assessment.submitted` arrives at the example receiver (verified with the
 * standardwebhooks package), the tool follows the event's links to the scores and recommendations,
 * turns the top recommendation into an action, sees the next round mark it planned, and after the
 * round that reaches the target level sees it reached in the report's "Plan en voortgang"; the
 * organisation's benchmark sets its share next to labour-market availability, naming the source.
 * Every response goes through the harness, which checks it against the OpenAPI document.
 */

let harness: Harness;
let server: ReturnType<typeof serveWebhookReceiver>;
let receiverUrl = "";
let secret = "";
const received: ReceivedEvent[] = [];
const answered: number[] = [];

beforeAll(async () => {
  harness = await createHarness({
    deps: { settings: { ...TEST_SETTINGS, webhooks: { allowLoopbackForTests: true } } },
  });
  server = serveWebhookReceiver({
    // The example receiver, with the secret the subscription showed once (set below).
    async receive(headers, body) {
      const outcome = await webhookReceiver({ secret, onEvent: (event) => void received.push(event) }).receive(
        headers,
        body,
      );
      answered.push(outcome.status);
      return outcome;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/inclusiebenchmark`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

/** One run of the deliverer, as the Node background loop runs it. */
const deliver = () =>
  runWebhookDeliveries({
    storage: harness.storage,
    secretSealing: harness.secretSealing,
    clock: { now: () => new Date() },
    sender: nodeWebhookSender({ timeoutMs: 5000, allowLoopback: true }),
    allowLoopback: true,
    log: () => {},
  });

const SOURCE = "Synthetische testtabel (geen CBS-cijfers)";

interface Recommendations {
  items: { practiceId: string; currentMaturity: number; planned: { actionId: string } | null }[];
  plannedPractices: { practiceId: string; action: { actionId: string; dueDate: string; status: string } }[];
}

const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the HR tool's loop (issue 19, done when)", () => {
  it("subscribes, receives a signed assessment.submitted, reads the scores, plans an action and sees it reached", async () => {
    const admin = await adminToken(harness);
    // The admin loads a small (synthetic) availability table first.
    const rows = [
      { section: null, region: null, educationLevel: null, share: 20, source: SOURCE, year: 2024, licence: "CC0" },
      { section: "C", region: "NL-ZH", educationLevel: null, share: 45, source: SOURCE, year: 2024, licence: "CC0" },
    ];
    await json(await harness.request("/v1/reference/labour-market/2024.1", jsonBody("PUT", { rows }, admin)), 201);
    await json(
      await harness.request("/v1/reference/labour-market/2024.1/publication", bearer(admin, { method: "POST" })),
      200,
    );

    // The HR tool: an integration client that registers its employer and subscribes.
    const tool = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const token = await tokenFor(harness, tool);
    const { organisationId } = await createOrganisation(harness, token, {
      name: "Voedingsbedrijf Zuid",
      sbiCode: "1071",
      region: "NL-ZH",
      headcount: 60,
    });
    await json(
      await harness.request(
        `/v1/organisations/${organisationId}/workforce-context`,
        jsonBody("PUT", { migrationBackgroundShare: 30 }, token),
      ),
      200,
    );
    const subscription = await json<{ webhookId: string; secret: string }>(
      await harness.request(
        "/v1/webhooks",
        jsonBody("POST", { url: receiverUrl, eventTypes: ["assessment.submitted"] }, token),
      ),
      201,
    );
    secret = subscription.secret;

    const round = async (level: (practiceId: string) => number): Promise<AssessmentBody> => {
      const draft = await startAssessment(harness, token, organisationId);
      return submit(harness, token, (await answerAll(harness, token, draft, level)).assessmentId);
    };

    // Round 1: the event arrives, signed; the receiver verified it (it answers 401 otherwise).
    const first = await round(() => 1);
    expect(await deliver()).toEqual({ delivered: 1, failed: 0, dropped: 0 });
    expect(answered).toEqual([204]);
    expect(received).toHaveLength(1);
    const event = received[0] as ReceivedEvent;
    expect(event.type).toBe("assessment.submitted");
    expect(event.data).toMatchObject({ organisationId, assessmentId: first.assessmentId });
    const links = event.data.links as { assessment: string; recommendations: string; benchmark: string };

    // The tool follows the links with its own token: the new scores, then what to do first.
    const assessment = await json<AssessmentBody>(await harness.request(links.assessment, bearer(token)), 200);
    expect(assessment.scores?.overall.score).toBe(first.scores?.overall.score);
    expect(assessment.scores?.overall.score).not.toBeNull();
    const before = await json<Recommendations>(await harness.request(links.recommendations, bearer(token)), 200);
    const top = before.items[0];
    if (top === undefined) throw new Error("no recommendation for a round answered at level 1");
    expect(top.currentMaturity).toBe(1);

    // The top recommendation becomes an action: one level up, owned by a role, with a date.
    const action = await json<{ actionId: string; lastEvaluation: unknown }>(
      await harness.request(
        `/v1/organisations/${organisationId}/actions`,
        jsonBody(
          "POST",
          { practiceId: top.practiceId, targetLevel: 2, owner: "HR-adviseur werving", dueDate: "2027-12-31" },
          token,
        ),
      ),
      201,
    );

    // Round 2, nothing changed yet: its recommendations show the practice as planned, not recommended again.
    const second = await round(() => 1);
    await deliver();
    expect(received.map((item) => item.data.assessmentId)).toEqual([first.assessmentId, second.assessmentId]);
    const secondLinks = received[1]?.data.links as { recommendations: string };
    const planned = await json<Recommendations>(await harness.request(secondLinks.recommendations, bearer(token)), 200);
    const mark =
      planned.plannedPractices.find((item) => item.practiceId === top.practiceId)?.action ??
      planned.items.find((item) => item.practiceId === top.practiceId)?.planned;
    expect(mark).toMatchObject({ actionId: action.actionId });
    expect(planned.items.filter((item) => item.practiceId === top.practiceId && item.planned === null)).toEqual([]);
    const actionPath = `/v1/organisations/${organisationId}/actions/${action.actionId}`;
    expect(
      (await json<{ lastEvaluation: unknown }>(await harness.request(actionPath, bearer(token)), 200)).lastEvaluation,
    ).toMatchObject({ assessmentId: second.assessmentId, value: 1, reached: false });

    // Round 3 reaches the target level: the action is evaluated as reached, in JSON and in the report.
    const third = await round((practiceId) => (practiceId === top.practiceId ? 2 : 1));
    await deliver();
    expect(received).toHaveLength(3);
    expect(
      (await json<{ lastEvaluation: unknown }>(await harness.request(actionPath, bearer(token)), 200)).lastEvaluation,
    ).toMatchObject({ assessmentId: third.assessmentId, value: 2, reached: true });
    const report = await harness.request(`/v1/organisations/${organisationId}/report`, bearer(token));
    expect(report.status).toBe(200);
    const text = visibleText(await report.text());
    const plan = text.slice(text.indexOf("Plan en voortgang"));
    expect(plan).toMatch(/HR-adviseur werving 31 december 2027 gepland niveau 2, doel 2: bereikt/);
    const en = visibleText(
      await (await harness.request(`/v1/organisations/${organisationId}/report?lang=en`, bearer(token))).text(),
    );
    expect(en).toMatch(/HR-adviseur werving 31 December 2027 planned level 2, target 2: reached/);

    // The employer's benchmark: its share next to the availability of its cell, the source named.
    await cutRelease(harness, admin);
    const benchmark = await json<{
      labourMarket: {
        cell: { level: string };
        availability: number;
        source: string;
        figures: { figure: string; own: number | null; difference: number | null }[];
      } | null;
    }>(await harness.request(links.benchmark, bearer(token)), 200);
    expect(benchmark.labourMarket).toMatchObject({
      cell: { level: "sectionRegion" },
      availability: 45,
      source: SOURCE,
    });
    expect(benchmark.labourMarket?.figures).toContainEqual(
      expect.objectContaining({ figure: "migrationBackgroundShare", own: 30, difference: -15 }),
    );
    expect(text).toContain(`bron: ${SOURCE}`);

    // Every delivery was verified and processed once; the deliveries list says so too.
    expect(answered).toEqual([204, 204, 204]);
    const deliveries = await json<{ items: { outcome: string }[] }>(
      await harness.request(`/v1/webhooks/${subscription.webhookId}/deliveries`, bearer(token)),
      200,
    );
    expect(deliveries.items.map((item) => item.outcome)).toEqual(["delivered", "delivered", "delivered"]);
  });
});
