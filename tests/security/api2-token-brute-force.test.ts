import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { type Clock, systemClock } from "../../src/app-env.js";
import { ensureBootstrapAdmin } from "../../src/auth/bootstrap-admin.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, basic, createClient, TEST_ADMIN } from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API2:2023 Broken authentication, brute force on the token endpoint: guesses at one client's
 * secret are limited per client id, and guesses across client ids per address; a correct secret of
 * another client is unaffected.
 */

const TOKEN_CLIENT_LIMIT = 5;
const TOKEN_ADDRESS_LIMIT = 12;

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

function manualClock(): Clock & { advance(seconds: number): void } {
  let now = Date.now();
  return {
    now: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

async function start(clock: Clock = manualClock()): Promise<Harness> {
  harness = await createHarness({
    deps: {
      clock,
      clientAddress: (c) => c.req.header("X-Test-Address"),
      settings: {
        ...TEST_SETTINGS,
        rateLimits: {
          ...TEST_SETTINGS.rateLimits,
          tokenClient: { name: "token-client", limit: TOKEN_CLIENT_LIMIT, windowSeconds: 300 },
          tokenAddress: { name: "token-address", limit: TOKEN_ADDRESS_LIMIT, windowSeconds: 300 },
        },
      },
    },
  });
  return harness;
}

function tokenRequest(clientId: string, clientSecret: string, address = "198.51.100.7"): Promise<Response> {
  return harness.request("/v1/oauth/token", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: basic({ clientId, clientSecret }),
      "X-Test-Address": address,
    },
    body: "grant_type=client_credentials",
  });
}

async function expectTooMany(response: Response): Promise<ProblemDetails> {
  expect(response.status).toBe(429);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
  const problem = (await response.json()) as ProblemDetails;
  expect(problem.type).toBe("https://inclusiebenchmark.nl/problems/too-many-requests");
  expect(JSON.stringify(problem)).not.toMatch(/access_token/);
  return problem;
}

describe("brute force on one client's secret", () => {
  it("is stopped after the per-client-id limit, even for the right secret, while another client gets its token", async () => {
    const clock = manualClock();
    await start(clock);
    const admin = await adminToken(harness);
    const victim = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    const bystander = await createClient(harness, admin, { name: "Other tool", role: "integration" });

    for (let guess = 0; guess < TOKEN_CLIENT_LIMIT; guess += 1) {
      const response = await tokenRequest(victim.clientId, `sec_wrong-guess-${guess}`);
      expect(response.status).toBe(401);
      expect(response.headers.get("RateLimit-Policy")).toContain(`"token-client";q=${TOKEN_CLIENT_LIMIT};w=300`);
    }
    const problem = await expectTooMany(await tokenRequest(victim.clientId, "sec_wrong-guess-again"));
    expect(problem.detail).toContain("token-client");
    // Limited before the secret is checked: the right secret does not get through the window either,
    // so a guess that happens to be right cannot be told apart.
    await expectTooMany(await tokenRequest(victim.clientId, victim.clientSecret));

    const other = await tokenRequest(bystander.clientId, bystander.clientSecret);
    expect(other.status, await other.clone().text()).toBe(200);
    expect(((await other.json()) as { access_token?: string }).access_token).toBeTypeOf("string");

    clock.advance(300);
    expect((await tokenRequest(victim.clientId, victim.clientSecret)).status).toBe(200);
  });

  it("answers an unknown client id exactly like a known one: 401s, then 429", async () => {
    await start();
    for (let guess = 0; guess < TOKEN_CLIENT_LIMIT; guess += 1) {
      expect((await tokenRequest("cli_does-not-exist", `guess-${guess}`)).status).toBe(401);
    }
    await expectTooMany(await tokenRequest("cli_does-not-exist", "guess"));
  });

  it("counts credentials sent in the body the same as HTTP Basic", async () => {
    await start();
    const admin = await adminToken(harness);
    const victim = await createClient(harness, admin, { name: "HR tool", role: "integration" });
    for (let guess = 0; guess < TOKEN_CLIENT_LIMIT; guess += 1) {
      const response = await harness.request("/v1/oauth/token", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: victim.clientId,
          client_secret: `wrong-${guess}`,
        }).toString(),
      });
      expect(response.status).toBe(401);
    }
    await expectTooMany(await tokenRequest(victim.clientId, "wrong"));
  });
});

describe("brute force across client ids from one address", () => {
  it("is stopped after the per-address limit; another address is unaffected", async () => {
    await start();
    // Each guess at a different client id, so the per-client limit never applies.
    for (let guess = 0; guess < TOKEN_ADDRESS_LIMIT; guess += 1) {
      expect((await tokenRequest(`cli_guess-${guess}`, "secret", "203.0.113.9")).status).toBe(401);
    }
    const problem = await expectTooMany(await tokenRequest("cli_guess-final", "secret", "203.0.113.9"));
    expect(problem.detail).toContain("token-address");

    await ensureBootstrapAdmin(harness.storage, systemClock, TEST_ADMIN);
    const elsewhere = await tokenRequest(TEST_ADMIN.clientId, TEST_ADMIN.clientSecret, "203.0.113.10");
    expect(elsewhere.status).toBe(200);
  });
});

describe("brute force across the addresses of one IPv6 network", () => {
  it("counts every address of a /64 as one; the next /64 and IPv4 have their own quota", async () => {
    await start();
    // One subscriber's /64 holds 2^64 addresses: a new address per guess must not buy new guesses.
    for (let guess = 0; guess < TOKEN_ADDRESS_LIMIT; guess += 1) {
      const address = `2001:db8:aa:bb:${guess.toString(16)}::${(guess + 1).toString(16)}`;
      expect((await tokenRequest(`cli_guess-${guess}`, "secret", address)).status).toBe(401);
    }
    const problem = await expectTooMany(await tokenRequest("cli_guess-final", "secret", "2001:db8:aa:bb:ffff::9"));
    expect(problem.detail).toContain("token-address");
    // Spelled out in full it is the same network.
    await expectTooMany(await tokenRequest("cli_guess-long", "secret", "2001:0db8:00aa:00bb:0000:0000:0000:0001"));

    await ensureBootstrapAdmin(harness.storage, systemClock, TEST_ADMIN);
    expect((await tokenRequest(TEST_ADMIN.clientId, TEST_ADMIN.clientSecret, "2001:db8:aa:bc::1")).status).toBe(200);
    expect((await tokenRequest(TEST_ADMIN.clientId, TEST_ADMIN.clientSecret, "192.0.2.44")).status).toBe(200);
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address it is", async () => {
    await start();
    for (let guess = 0; guess < TOKEN_ADDRESS_LIMIT; guess += 1) {
      expect((await tokenRequest(`cli_guess-${guess}`, "secret", "192.0.2.77")).status).toBe(401);
    }
    await expectTooMany(await tokenRequest("cli_guess-mapped", "secret", "::ffff:192.0.2.77"));
  });
});
