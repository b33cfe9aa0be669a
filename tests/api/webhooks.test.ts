import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { type Clock, systemClock } from "../../src/app-env.js";
import { compileStatement, type Storage, type WriteStatement } from "../../src/db/storage.js";
import type { ProblemDetails } from "../../src/errors.js";
import { fanOutWebhookEvents } from "../../src/store/webhooks.js";
import { runWebhookDeliveries } from "../../src/webhooks/deliver-webhooks.js";
import type { WebhookRequest, WebhookSender } from "../../src/webhooks/webhook-sender.js";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  castOfClients,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";
import { frameworkDraft } from "../support/operations.js";

/**
 * Webhook subscriptions (issue 19): the resource on both runtimes, the outbox rows each change writes
 * with it, and which subscriber a queued event reaches (fan-out and the check again at delivery).
 * Sending over real HTTP, retries and signatures at a real receiver: tests/node/webhook-delivery.test.ts.
 */

let harness: Harness;
let cast: Awaited<ReturnType<typeof castOfClients>>;
beforeEach(async () => {
  harness = await createHarness();
  cast = await castOfClients(harness);
});
afterEach(async () => {
  await harness.close();
});

interface Subscription {
  webhookId: string;
  url: string;
  eventTypes: string[];
  status: string;
  disabledReason: string | null;
  secret?: string;
}

const URL_OK = "https://hr-tool.example.nl/hooks/inclusiebenchmark";
/** A URL of this test only: deliveries of other tests' events (one database on Workers) go elsewhere. */
const uniqueUrl = (name: string) => `https://hr-tool.example.nl/hooks/${crypto.randomUUID()}/${name}`;

async function subscribe(token: string, body: Record<string, unknown>): Promise<Response> {
  return harness.request("/v1/webhooks", jsonBody("POST", body, token));
}

/** A stand-in for the network: records what would have been sent and answers 204. */
function recordingSender(): WebhookSender & { sent: WebhookRequest[] } {
  const recorder = {
    sent: [] as WebhookRequest[],
    async send(request: WebhookRequest) {
      recorder.sent.push(request);
      return { status: 204 };
    },
  };
  return recorder;
}

async function deliver(sender: WebhookSender, clock: Clock = systemClock) {
  return runWebhookDeliveries({
    storage: harness.storage,
    secretSealing: harness.secretSealing,
    clock,
    sender,
    allowLoopback: false,
    log: () => {},
  });
}

async function submitRound(token: string, organisationId: string) {
  const assessment = await startAssessment(harness, token, organisationId);
  await answerAll(harness, token, assessment, 2);
  return submit(harness, token, assessment.assessmentId);
}

/** The outbox rows written since `since` (the Workers harness keeps one database for the file). */
async function outbox(since: ReadonlySet<string> = seen) {
  const rows = await harness.storage.db
    .selectFrom("webhook_events")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.filter((row) => !since.has(row.id));
}
let seen: ReadonlySet<string> = new Set();
beforeEach(async () => {
  seen = new Set();
  seen = new Set((await outbox()).map((row) => row.id));
});

describe("webhook subscriptions", () => {
  it("creates one whose secret is shown once, reads, lists by cursor, changes with If-Match and deletes it", async () => {
    const token = cast.integration.token;
    const response = await subscribe(token, { url: URL_OK, eventTypes: ["assessment.submitted"] });
    const created = await json<Subscription>(response, 201);
    expect(created.webhookId).toMatch(/^whk_[a-z2-7]{24}$/);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created).toMatchObject({ url: URL_OK, eventTypes: ["assessment.submitted"], status: "active" });
    expect(response.headers.get("Location")).toBe(`/v1/webhooks/${created.webhookId}`);
    // The secret signs: the Standard Webhooks library accepts it.
    expect(() => new Webhook(created.secret as string)).not.toThrow();

    const read = await harness.request(`/v1/webhooks/${created.webhookId}`, bearer(token));
    const fetched = await json<Subscription>(read, 200);
    expect(fetched).not.toHaveProperty("secret");
    expect(JSON.stringify(fetched)).not.toContain(created.secret);
    const etag = read.headers.get("ETag");
    expect(etag).toBe('"r1"');

    const second = await json<Subscription>(
      await subscribe(token, { url: `${URL_OK}/2`, eventTypes: ["benchmark.release.published"] }),
      201,
    );
    const page1 = await json<{ items: Subscription[]; nextCursor: string | null }>(
      await harness.request("/v1/webhooks?limit=1", bearer(token)),
      200,
    );
    expect(page1.items.map((item) => item.webhookId)).toEqual([created.webhookId]);
    const page2 = await json<{ items: Subscription[]; nextCursor: string | null }>(
      await harness.request(`/v1/webhooks?limit=1&cursor=${page1.nextCursor}`, bearer(token)),
      200,
    );
    expect(page2).toEqual({ items: [expect.objectContaining({ webhookId: second.webhookId })], nextCursor: null });

    const patch = (body: unknown, ifMatch: string) =>
      harness.request(
        `/v1/webhooks/${created.webhookId}`,
        bearer(token, {
          method: "PATCH",
          headers: { "Content-Type": "application/merge-patch+json", "If-Match": ifMatch },
          body: JSON.stringify(body),
        }),
      );
    const changed = await patch({ eventTypes: ["assessment.submitted", "report_link.revoked"] }, etag as string);
    expect(await json<Subscription>(changed, 200)).toMatchObject({
      eventTypes: ["assessment.submitted", "report_link.revoked"],
    });
    expect(changed.headers.get("ETag")).toBe('"r2"');
    // The ETag read before the change is stale now: 412, nothing changes.
    const before = await databaseSnapshot(harness.storage);
    const stale = await json<ProblemDetails>(await patch({ status: "disabled" }, etag as string), 412);
    expect(stale.detail).toContain('"r2"');
    expect(await databaseSnapshot(harness.storage)).toBe(before);

    const disabled = await json<Subscription>(await patch({ status: "disabled" }, '"r2"'), 200);
    expect(disabled).toMatchObject({ status: "disabled", disabledReason: "Disabled by its client." });
    const enabled = await json<Subscription>(await patch({ status: "active" }, '"r3"'), 200);
    expect(enabled).toMatchObject({ status: "active", disabledReason: null });

    const rotation = await json<{ secret: string }>(
      await harness.request(`/v1/webhooks/${created.webhookId}/secret-rotations`, bearer(token, { method: "POST" })),
      201,
    );
    expect(rotation.secret).toMatch(/^whsec_/);
    expect(rotation.secret).not.toBe(created.secret);

    expect(
      (await harness.request(`/v1/webhooks/${created.webhookId}`, bearer(token, { method: "DELETE" }))).status,
    ).toBe(204);
    expect((await harness.request(`/v1/webhooks/${created.webhookId}`, bearer(token))).status).toBe(404);
  });

  it("refuses URLs that are not https on a public host name, naming url, and stores nothing", async () => {
    const before = await databaseSnapshot(harness.storage);
    const cases: [string, RegExp][] = [
      ["http://hr-tool.example.nl/hook", /https/],
      ["https://10.1.2.3/hook", /private address/],
      ["https://127.0.0.1:8443/hook", /loopback/],
      ["https://169.254.169.254/latest/meta-data/", /link-local/],
      ["https://[::1]/hook", /loopback/],
      ["https://[fd00::1]/hook", /unique-local/],
      ["https://100.64.0.1/hook", /carrier-grade NAT/],
      ["https://224.0.0.1/hook", /multicast/],
      ["https://0.0.0.0/hook", /unspecified/],
      ["https://[::ffff:192.168.0.1]/hook", /private address/],
      ["https://2130706433/hook", /loopback/],
      ["https://8.8.8.8/hook", /not an IP address/],
      ["https://localhost/hook", /local or private network/],
      ["https://metadata.google.internal/hook", /local or private network/],
      ["https://intranet/hook", /local or private network/],
      ["https://user:pass@hr-tool.example.nl/hook", /user name or password/],
      ["ftp://hr-tool.example.nl/hook", /https/],
      ["not a url", /Not a URL/],
    ];
    for (const [url, message] of cases) {
      const problem = await json<ProblemDetails>(
        await subscribe(cast.integration.token, { url, eventTypes: ["assessment.submitted"] }),
        400,
      );
      expect(problem.errors, url).toEqual([{ in: "body", pointer: "/url", message: expect.stringMatching(message) }]);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("lets a sector client subscribe to release and framework events only", async () => {
    const before = await databaseSnapshot(harness.storage);
    const refused = await json<ProblemDetails>(
      await subscribe(cast.sector.token, {
        url: URL_OK,
        eventTypes: ["benchmark.release.published", "assessment.submitted"],
      }),
      400,
    );
    expect(refused.errors).toEqual([
      { in: "body", pointer: "/eventTypes/1", message: expect.stringContaining("cannot receive assessment.submitted") },
    ]);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    await json(
      await subscribe(cast.sector.token, {
        url: URL_OK,
        eventTypes: ["benchmark.release.published", "framework.version.published"],
      }),
      201,
    );
    const unknown = await json<ProblemDetails>(
      await subscribe(cast.integration.token, { url: URL_OK, eventTypes: ["assessment.deleted"] }),
      400,
    );
    expect(unknown.errors?.[0]?.pointer).toBe("/eventTypes/0");
  });

  it("shows a client only its own subscriptions (404 for another's, which stays as it was)", async () => {
    const mine = await json<Subscription>(
      await subscribe(cast.integration.token, { url: URL_OK, eventTypes: ["assessment.submitted"] }),
      201,
    );
    const before = await databaseSnapshot(harness.storage);
    for (const other of [cast.employer.token, cast.sector.token, cast.admin]) {
      const path = `/v1/webhooks/${mine.webhookId}`;
      expect((await harness.request(path, bearer(other))).status).toBe(404);
      expect((await harness.request(`${path}/deliveries`, bearer(other))).status).toBe(404);
      expect((await harness.request(path, jsonBody("PATCH", { status: "disabled" }, other))).status).toBe(404);
      expect((await harness.request(`${path}/secret-rotations`, bearer(other, { method: "POST" }))).status).toBe(404);
      expect((await harness.request(path, bearer(other, { method: "DELETE" }))).status).toBe(404);
      const list = await json<{ items: Subscription[] }>(await harness.request("/v1/webhooks", bearer(other)), 200);
      expect(list.items).toEqual([]);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });
});

describe("the outbox", () => {
  it("writes assessment.submitted with the submission: ids and links, never answers or scores", async () => {
    const submitted = await submitRound(cast.employer.token, cast.employer.organisationId);
    const events = await outbox();
    expect(events.map((event) => [event.type, event.organisation_id])).toEqual([
      ["assessment.submitted", cast.employer.organisationId],
    ]);
    const data = JSON.parse(events[0]?.data ?? "{}") as Record<string, unknown>;
    expect(data).toEqual({
      organisationId: cast.employer.organisationId,
      assessmentId: submitted.assessmentId,
      frameworkVersion: submitted.frameworkVersion,
      links: {
        assessment: `/v1/assessments/${submitted.assessmentId}`,
        recommendations: `/v1/assessments/${submitted.assessmentId}/recommendations`,
        benchmark: `/v1/organisations/${cast.employer.organisationId}/benchmark`,
      },
    });
    // A refused second submission changes nothing, so it reports nothing.
    expect(
      (
        await harness.request(
          `/v1/assessments/${submitted.assessmentId}/submission`,
          bearer(cast.employer.token, { method: "POST" }),
        )
      ).status,
    ).toBe(409);
    expect(await outbox()).toHaveLength(1);
  });

  it("commits the event and the submission together: a write that fails leaves neither", async () => {
    // The same database, through a storage that fails the write holding an outbox row.
    const failing: Storage = {
      ...harness.storage,
      db: harness.storage.db,
      async writeAtomically(statements: readonly WriteStatement[]) {
        const holdsEvent = statements.some((statement) => compileStatement(statement).sql.includes("webhook_events"));
        return harness.storage.writeAtomically(
          holdsEvent
            ? [...statements, harness.storage.db.insertInto("organisations").values({ id: null } as never)]
            : statements,
        );
      },
    };
    const broken = await createHarness({ deps: { storage: failing } });
    const assessment = await startAssessment(broken, cast.employer.token, cast.employer.organisationId);
    await answerAll(broken, cast.employer.token, assessment, 2);
    const response = await broken.request(
      `/v1/assessments/${assessment.assessmentId}/submission`,
      bearer(cast.employer.token, { method: "POST" }),
    );
    expect(response.status).toBe(500);
    const stored = await json<{ status: string }>(
      await harness.request(`/v1/assessments/${assessment.assessmentId}`, bearer(cast.employer.token)),
      200,
    );
    expect(stored.status).toBe("draft");
    expect(await outbox()).toEqual([]);
  });

  it("writes report_link.revoked once, however often the link is revoked", async () => {
    await submitRound(cast.employer.token, cast.employer.organisationId);
    const link = await json<{ reportLinkId: string }>(
      await harness.request(
        `/v1/organisations/${cast.employer.organisationId}/report-links`,
        jsonBody("POST", {}, cast.employer.token),
      ),
      201,
    );
    const path = `/v1/organisations/${cast.employer.organisationId}/report-links/${link.reportLinkId}`;
    for (let time = 0; time < 2; time++) {
      expect((await harness.request(path, bearer(cast.employer.token, { method: "DELETE" }))).status).toBe(204);
    }
    const events = (await outbox()).filter((event) => event.type !== "assessment.submitted");
    expect(events.map((event) => event.type)).toEqual(["report_link.revoked"]);
    expect(JSON.parse(events[0]?.data ?? "{}")).toMatchObject({ reportLinkId: link.reportLinkId });
  });

  it("writes benchmark.release.published when a release is published", async () => {
    const release = await cutRelease(harness, cast.admin);
    const events = await outbox();
    expect(events.map((event) => [event.type, event.organisation_id])).toEqual([["benchmark.release.published", null]]);
    expect(events.map((event) => JSON.parse(event.data))).toContainEqual({
      releaseId: release.releaseId,
      links: { release: `/v1/benchmark-releases/${release.releaseId}` },
    });
  });

  it("writes framework.version.published when a version is published (not when it is retired)", async () => {
    const draft = frameworkDraft();
    await json(await harness.request("/v1/frameworks", jsonBody("POST", draft, cast.admin)), 201);
    const version = draft.version as string;
    await json(
      await harness.request(`/v1/frameworks/${version}/publication`, bearer(cast.admin, { method: "POST" })),
      200,
    );
    await json(
      await harness.request(`/v1/frameworks/${version}/retirement`, bearer(cast.admin, { method: "POST" })),
      200,
    );
    const events = await outbox();
    expect(events.map((event) => [event.type, event.organisation_id])).toEqual([["framework.version.published", null]]);
    expect(events.map((event) => JSON.parse(event.data))).toContainEqual({
      version,
      links: { framework: `/v1/frameworks/${version}` },
    });
  });

  it("erasing an organisation erases its queued events", async () => {
    const organisation = await createOrganisation(harness, cast.admin);
    await submitRound(cast.admin, organisation.organisationId);
    expect(await outbox()).toHaveLength(1);
    expect(
      (
        await harness.request(
          `/v1/organisations/${organisation.organisationId}`,
          bearer(cast.admin, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    expect(await outbox()).toHaveLength(0);
  });
});

describe("who an event reaches", () => {
  it("sends a per-organisation event to the clients that control the organisation, and release events to all", async () => {
    const subscriptions: Record<string, Subscription> = {};
    for (const [name, token, types] of [
      ["employer", cast.employer.token, ["assessment.submitted", "benchmark.release.published"]],
      ["integration", cast.integration.token, ["assessment.submitted", "benchmark.release.published"]],
      ["sector", cast.sector.token, ["benchmark.release.published"]],
    ] as const) {
      subscriptions[name] = await json<Subscription>(
        await subscribe(token, { url: uniqueUrl(name), eventTypes: [...types] }),
        201,
      );
    }
    await submitRound(cast.employer.token, cast.employer.organisationId);
    await cutRelease(harness, cast.admin);
    const sender = recordingSender();
    await deliver(sender);
    const ours = new Set(Object.values(subscriptions).map((subscription) => subscription.url));
    sender.sent = sender.sent.filter((request) => ours.has(request.url));
    const received = sender.sent.map((request) => {
      const body = JSON.parse(request.body) as { type: string };
      return `${new URL(request.url).pathname.split("/").at(-1)} ${body.type}`;
    });
    expect(received.sort()).toEqual([
      "employer assessment.submitted",
      "employer benchmark.release.published",
      "integration benchmark.release.published",
      "sector benchmark.release.published",
    ]);
    // Each is signed with its subscription's secret, as a receiver verifies it.
    for (const request of sender.sent) {
      const name = new URL(request.url).pathname.split("/").at(-1) as string;
      const verified = new Webhook(subscriptions[name]?.secret as string).verify(request.body, { ...request.headers });
      expect(verified).toMatchObject({ type: expect.any(String), data: expect.any(Object) });
    }
    const deliveries = await json<{ items: { eventType: string; outcome: string; attempt: number }[] }>(
      await harness.request(
        `/v1/webhooks/${subscriptions.employer?.webhookId}/deliveries`,
        bearer(cast.employer.token),
      ),
      200,
    );
    expect(deliveries.items.map((item) => [item.eventType, item.outcome, item.attempt]).sort()).toEqual([
      ["assessment.submitted", "delivered", 1],
      ["benchmark.release.published", "delivered", 1],
    ]);
    // The integration does not learn even that the employer's event existed (no dropped attempt).
    const integrationDeliveries = await json<{ items: { eventType: string; outcome: string }[] }>(
      await harness.request(
        `/v1/webhooks/${subscriptions.integration?.webhookId}/deliveries`,
        bearer(cast.integration.token),
      ),
      200,
    );
    expect(integrationDeliveries.items.map((item) => [item.eventType, item.outcome])).toEqual([
      ["benchmark.release.published", "delivered"],
    ]);
  });

  it("drops a queued event when the client no longer controls the organisation at delivery", async () => {
    const subscription = await json<Subscription>(
      await subscribe(cast.integration.token, { url: uniqueUrl("integration"), eventTypes: ["assessment.submitted"] }),
      201,
    );
    await submitRound(cast.integration.token, cast.integration.organisationId);
    // Queued for the integration (it is linked now)...
    const sender = recordingSender();
    await fanOutWebhookEvents(harness.storage, 10);
    // ...then unlinked before the deliverer sends it.
    expect(
      (
        await harness.request(
          `/v1/clients/${cast.integration.clientId}/organisations/${cast.integration.organisationId}`,
          bearer(cast.admin, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    expect((await deliver(sender)).dropped).toBeGreaterThanOrEqual(1);
    expect(sender.sent.filter((request) => request.url === subscription.url)).toEqual([]);
    const deliveries = await json<{ items: { outcome: string; error: string }[] }>(
      await harness.request(`/v1/webhooks/${subscription.webhookId}/deliveries`, bearer(cast.integration.token)),
      200,
    );
    expect(deliveries.items).toEqual([
      expect.objectContaining({ outcome: "dropped", error: expect.stringContaining("may no longer see") }),
    ]);
  });
});

describe("action.due", () => {
  const at = (iso: string): Clock => ({ now: () => new Date(iso) });
  const actionsPath = (organisationId: string) => `/v1/organisations/${organisationId}/actions`;
  async function createAction(organisationId: string, dueDate: string, status: string) {
    const body = { practiceId: "structured_interviews", targetLevel: 3, owner: "HR", dueDate, status };
    return (
      await json<{ actionId: string }>(
        await harness.request(actionsPath(organisationId), jsonBody("POST", body, cast.employer.token)),
        201,
      )
    ).actionId;
  }
  // This test's organisation only (the Workers harness keeps one database for the file).
  const dueEvents = async () =>
    (await outbox())
      .filter((event) => event.type === "action.due" && event.organisation_id === cast.employer.organisationId)
      .map((event) => JSON.parse(event.data) as { actionId: string; dueDate: string })
      // Events of one run share their time; their ids are random.
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));

  it("announces each open action once when its due date arrives, never a done or dropped one", async () => {
    const organisationId = cast.employer.organisationId;
    const late = await createAction(organisationId, "2031-03-01", "inProgress");
    const onTheDay = await createAction(organisationId, "2031-03-31", "planned");
    const nextDay = await createAction(organisationId, "2031-04-01", "planned"); // not due yet
    await createAction(organisationId, "2031-02-01", "done");
    await createAction(organisationId, "2031-01-15", "dropped");
    const employer = await json<Subscription>(
      await subscribe(cast.employer.token, { url: uniqueUrl("employer"), eventTypes: ["action.due"] }),
      201,
    );
    // The HR tool acts for another organisation: the employer's actions are not its business.
    const integration = await json<Subscription>(
      await subscribe(cast.integration.token, { url: uniqueUrl("integration"), eventTypes: ["action.due"] }),
      201,
    );

    const sender = recordingSender();
    await deliver(sender, at("2031-03-31T08:00:00Z"));
    const announced = await dueEvents();
    expect(announced.map((event) => [event.actionId, event.dueDate])).toEqual([
      [late, "2031-03-01"],
      [onTheDay, "2031-03-31"],
    ]);
    const events = (await outbox()).filter(
      (event) => event.type === "action.due" && event.organisation_id === organisationId,
    );
    expect(events.map((event) => event.organisation_id)).toEqual([organisationId, organisationId]);
    expect(events.map((event) => JSON.parse(event.data))).toContainEqual({
      organisationId,
      actionId: late,
      dueDate: "2031-03-01",
      links: { action: `${actionsPath(organisationId)}/${late}` },
    });
    const received = sender.sent.filter((request) => request.url === employer.url);
    expect(
      received.map((request) => (JSON.parse(request.body) as { data: { actionId: string } }).data.actionId).sort(),
    ).toEqual([late, onTheDay].sort());
    expect(sender.sent.filter((request) => request.url === integration.url)).toEqual([]);
    const integrationDeliveries = await json<{ items: unknown[] }>(
      await harness.request(`/v1/webhooks/${integration.webhookId}/deliveries`, bearer(cast.integration.token)),
      200,
    );
    expect(integrationDeliveries.items).toEqual([]);
    // Announcing is not an edit: the action's revision (its ETag) is as it was.
    const read = await harness.request(`${actionsPath(organisationId)}/${late}`, bearer(cast.employer.token));
    expect(read.headers.get("ETag")).toBe('"r1"');

    // Later runs announce nothing again: the same day nothing, the next day only the action due then.
    await deliver(recordingSender(), at("2031-03-31T08:01:00Z"));
    expect(await dueEvents()).toHaveLength(2);
    await deliver(recordingSender(), at("2031-04-01T08:00:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).toEqual([late, onTheDay, nextDay]);
  });

  it("announces an action when its due date begins in the Netherlands, not in UTC", async () => {
    const organisationId = cast.employer.organisationId;
    // Winter (CET, UTC+1) and summer (CEST, UTC+2 from 30 March 2031), within the month the outbox keeps:
    // the date begins at 23:00 and at 22:00 UTC the day before.
    const winter = await createAction(organisationId, "2031-03-15", "planned");
    const summer = await createAction(organisationId, "2031-03-31", "planned");
    await deliver(recordingSender(), at("2031-03-14T22:59:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).toEqual([]);
    await deliver(recordingSender(), at("2031-03-14T23:00:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).toEqual([winter]);
    await deliver(recordingSender(), at("2031-03-30T21:59:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).toEqual([winter]);
    await deliver(recordingSender(), at("2031-03-30T22:00:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).toEqual([winter, summer]);
  });

  // Within a month: the outbox keeps settled events that long (the deliverer prunes older ones).
  it("announces an action again when its due date was changed and the new date arrives", async () => {
    const organisationId = cast.employer.organisationId;
    const action = await createAction(organisationId, "2031-03-01", "planned");
    await deliver(recordingSender(), at("2031-03-02T08:00:00Z"));
    expect((await dueEvents()).map((event) => event.dueDate)).toEqual(["2031-03-01"]);
    const moved = await harness.request(
      `${actionsPath(organisationId)}/${action}`,
      bearer(cast.employer.token, {
        method: "PATCH",
        headers: { "Content-Type": "application/merge-patch+json", "If-Match": '"r1"' },
        body: JSON.stringify({ dueDate: "2031-03-20" }),
      }),
    );
    await json(moved, 200);
    await deliver(recordingSender(), at("2031-03-19T08:00:00Z"));
    expect((await dueEvents()).map((event) => event.dueDate)).toEqual(["2031-03-01"]);
    await deliver(recordingSender(), at("2031-03-20T00:00:00Z"));
    expect((await dueEvents()).map((event) => event.dueDate)).toEqual(["2031-03-01", "2031-03-20"]);
    // Done before its date: never announced.
    const finished = await createAction(organisationId, "2031-03-25", "planned");
    await json(
      await harness.request(
        `${actionsPath(organisationId)}/${finished}`,
        bearer(cast.employer.token, {
          method: "PATCH",
          headers: { "Content-Type": "application/merge-patch+json", "If-Match": '"r1"' },
          body: JSON.stringify({ status: "done" }),
        }),
      ),
      200,
    );
    await deliver(recordingSender(), at("2031-03-26T00:00:00Z"));
    expect((await dueEvents()).map((event) => event.actionId)).not.toContain(finished);
  });
});

describe("report_link.revoked when a client is unlinked", () => {
  it("writes one event per link the client made for the organisation, in the unlink's write", async () => {
    const { token, organisationId, clientId } = cast.integration;
    await submitRound(token, organisationId);
    const makeLink = async () =>
      (
        await json<{ reportLinkId: string }>(
          await harness.request(`/v1/organisations/${organisationId}/report-links`, jsonBody("POST", {}, token)),
          201,
        )
      ).reportLinkId;
    const first = await makeLink();
    const second = await makeLink();
    const alreadyRevoked = await makeLink();
    expect(
      (
        await harness.request(
          `/v1/organisations/${organisationId}/report-links/${alreadyRevoked}`,
          bearer(token, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    // An admin's link for the same organisation stays, and reports nothing.
    const adminLink = (
      await json<{ reportLinkId: string }>(
        await harness.request(`/v1/organisations/${organisationId}/report-links`, jsonBody("POST", {}, cast.admin)),
        201,
      )
    ).reportLinkId;
    const before = new Set((await outbox()).map((event) => event.id));
    expect(
      (
        await harness.request(
          `/v1/clients/${clientId}/organisations/${organisationId}`,
          bearer(cast.admin, { method: "DELETE" }),
        )
      ).status,
    ).toBe(204);
    const events = await outbox(new Set([...seen, ...before]));
    expect(events.map((event) => [event.type, event.organisation_id])).toEqual([
      ["report_link.revoked", organisationId],
      ["report_link.revoked", organisationId],
    ]);
    expect(events.map((event) => (JSON.parse(event.data) as { reportLinkId: string }).reportLinkId).sort()).toEqual(
      [first, second].sort(),
    );
    const adminView = await json<{ revokedAt: string | null }>(
      await harness.request(`/v1/organisations/${organisationId}/report-links/${adminLink}`, bearer(cast.admin)),
      200,
    );
    expect(adminView.revokedAt).toBeNull();
    // Unlinking again finds no link: 404, and nothing more is written.
    expect(
      (
        await harness.request(
          `/v1/clients/${clientId}/organisations/${organisationId}`,
          bearer(cast.admin, { method: "DELETE" }),
        )
      ).status,
    ).toBe(404);
    expect(await outbox(new Set([...seen, ...before]))).toHaveLength(2);
  });
});
