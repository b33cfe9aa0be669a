import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { API_VERSION } from "../../src/api-version.js";
import worker, { RELEASE_CRON, type WorkerEnv } from "../../src/worker.js";

async function adminAccessToken(): Promise<string> {
  const token = await SELF.fetch("https://api.example.test/v1/oauth/token", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${btoa("worker-admin:worker-admin-FXSDgFW8YZjcb_YR7qVvJa2iVSyfI6AXB0cTo1cB6fp7")}`,
    },
    body: "grant_type=client_credentials",
  });
  expect(token.status).toBe(200);
  return ((await token.json()) as { access_token: string }).access_token;
}

/** The Worker entry itself (src/worker.ts, as wrangler runs it), with its real bindings. */
describe("the Worker entry", () => {
  it("answers /v1/health from D1", async () => {
    const response = await SELF.fetch("https://api.example.test/v1/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(await response.json()).toMatchObject({ status: "ok", checks: { database: "reachable" } });
  });

  it("serves the docs page's Swagger UI through the ASSETS binding", async () => {
    const response = await SELF.fetch("https://api.example.test/v1/docs/assets/swagger-ui-bundle.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/javascript");
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    expect(await response.text()).toContain("SwaggerUIBundle");
  });

  it("ensures the configured admin, whose token then manages clients, and serves the framework", async () => {
    const token = await SELF.fetch("https://api.example.test/v1/oauth/token", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Authorization: `Basic ${btoa("worker-admin:worker-admin-FXSDgFW8YZjcb_YR7qVvJa2iVSyfI6AXB0cTo1cB6fp7")}`,
      },
      body: "grant_type=client_credentials",
    });
    expect(token.status).toBe(200);
    const { access_token } = (await token.json()) as { access_token: string };
    const created = await SELF.fetch("https://api.example.test/v1/clients", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${access_token}` },
      body: JSON.stringify({ name: "HR tool", role: "integration" }),
    });
    expect(created.status).toBe(201);
    const framework = await SELF.fetch("https://api.example.test/v1/frameworks/latest");
    expect(((await framework.json()) as { practiceCount: number }).practiceCount).toBeGreaterThanOrEqual(50);
  });

  it("does not serve the asset directory's other files at their own paths", async () => {
    const response = await SELF.fetch("https://api.example.test/index.html");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  });

  it("delivers webhooks from the every-minute cron (and cuts no release there), checking the URL again", async () => {
    const token = await adminAccessToken();
    const created = await SELF.fetch("https://api.example.test/v1/webhooks", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ url: "https://hr-tool.example.nl/hooks", eventTypes: ["benchmark.release.published"] }),
    });
    expect(created.status).toBe(201);
    const { webhookId } = (await created.json()) as { webhookId: string };
    // A destination that a tightened rule now refuses: the deliverer must check again before fetch.
    await env.DB.prepare("UPDATE webhook_subscriptions SET url = ? WHERE id = ?")
      .bind("https://10.0.0.1/hooks", webhookId)
      .run();
    await env.DB.prepare(
      "INSERT INTO webhook_events (id, type, organisation_id, data, created_at) VALUES (?, ?, NULL, ?, ?)",
    )
      .bind("msg_workerscron", "benchmark.release.published", "{}", new Date().toISOString())
      .run();
    const releases = async () =>
      (await env.DB.prepare("SELECT count(*) AS n FROM benchmark_releases").first<{ n: number }>())?.n;
    const before = await releases();
    const context = createExecutionContext();
    // The test pool's bindings are the Worker's (wrangler.toml); its own D1 type is structurally ours.
    await worker.scheduled(
      createScheduledController({ cron: "* * * * *", scheduledTime: Date.now() }),
      env as unknown as WorkerEnv,
      context,
    );
    await waitOnExecutionContext(context);
    expect(await releases()).toBe(before);
    const attempts = await env.DB.prepare(
      "SELECT outcome, error FROM webhook_delivery_attempts WHERE subscription_id = ?",
    )
      .bind(webhookId)
      .all<{ outcome: string; error: string }>();
    expect(attempts.results).toEqual([
      { outcome: "failed", error: expect.stringMatching(/^Refused destination: .*10\.0\.0\.1 is a private address/) },
    ]);
    expect(RELEASE_CRON).toBe("17 * * * *");
  });

  it("announces an action whose due date has arrived from the every-minute cron, once", async () => {
    const token = await adminAccessToken();
    const call = (path: string, body: unknown) =>
      SELF.fetch(`https://api.example.test/v1${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const organisation = await call("/organisations", {
      name: "Cron org",
      kvkNumber: "87654321",
      sbiCode: "1071",
      headcount: 35,
      region: "NL-UT",
      hasHrDepartment: false,
    });
    expect(organisation.status).toBe(201);
    const { organisationId } = (await organisation.json()) as { organisationId: string };
    const today = new Date().toISOString().slice(0, 10);
    const created = await call(`/organisations/${organisationId}/actions`, {
      practiceId: "structured_interviews",
      targetLevel: 3,
      owner: "HR",
      dueDate: today,
    });
    expect(created.status).toBe(201);
    const { actionId } = (await created.json()) as { actionId: string };
    const announcements = async () =>
      (
        await env.DB.prepare("SELECT data FROM webhook_events WHERE type = 'action.due'").all<{ data: string }>()
      ).results.filter((row) => (JSON.parse(row.data) as { actionId: string }).actionId === actionId);
    for (let run = 0; run < 2; run++) {
      const context = createExecutionContext();
      await worker.scheduled(
        createScheduledController({ cron: "* * * * *", scheduledTime: Date.now() }),
        env as unknown as WorkerEnv,
        context,
      );
      await waitOnExecutionContext(context);
      expect(await announcements()).toHaveLength(1);
    }
    expect(JSON.parse((await announcements())[0]?.data ?? "{}")).toMatchObject({ organisationId, dueDate: today });
  });
});
