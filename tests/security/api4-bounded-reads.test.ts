import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  json,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { TEST_SETTINGS } from "../support/test-settings.js";

/**
 * OWASP API4:2023 Unrestricted resource consumption, wide reads: the sector aggregates list pages its
 * groups (each costs many aggregate reads) like every list, and a client has at most
 * `expensivePerClient` expensive operations (benchmark lists, reports, PDFs) in flight; more answer
 * 429 with Retry-After, while another client is not held up.
 */

let harness: Harness;
let admin: string;
let sector: string;
let otherSector: string;

interface BenchmarkPage {
  items: { group: { level: string; section: string | null; sizeClass: string | null; region: string | null } }[];
  nextCursor: string | null;
}

beforeAll(async () => {
  harness = await createHarness({
    deps: { settings: { ...TEST_SETTINGS, concurrency: { ...TEST_SETTINGS.concurrency, expensivePerClient: 1 } } },
  });
  admin = await adminToken(harness);
  // Six organisations in section H, in two regions: several groups of k = 5 or more are published.
  for (const [index, region] of ["NL-NH", "NL-NH", "NL-NH", "NL-NB", "NL-NB", "NL-NB"].entries()) {
    const organisation = await createOrganisation(harness, admin, {
      name: `Vervoer ${index}`,
      sbiCode: "4941",
      headcount: 30,
      region,
    });
    const assessment = await startAssessment(harness, admin, organisation.organisationId);
    await submit(harness, admin, (await answerAll(harness, admin, assessment, (index % 4) + 1)).assessmentId);
  }
  sector = await tokenFor(
    harness,
    await createClient(harness, admin, { name: "Vervoer NL", role: "sector", sections: ["H"] }),
  );
  otherSector = await tokenFor(
    harness,
    await createClient(harness, admin, { name: "Logistiek NL", role: "sector", sections: ["H"] }),
  );
});
afterAll(async () => {
  await harness.close();
});

const groupName = (item: BenchmarkPage["items"][number]) =>
  `${item.group.level}/${item.group.section}/${item.group.sizeClass}/${item.group.region}`;

describe("GET /v1/benchmarks pages its groups", () => {
  it("walks page by page through exactly the groups of one full page, each once", async () => {
    const whole = await json<BenchmarkPage>(await harness.request("/v1/benchmarks?limit=100", bearer(sector)), 200);
    expect(whole.items.length).toBeGreaterThanOrEqual(2);
    expect(whole.nextCursor).toBeNull();

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? "" : `&cursor=${cursor}`;
      const page: BenchmarkPage = await json<BenchmarkPage>(
        await harness.request(`/v1/benchmarks?limit=1${query}`, bearer(sector)),
        200,
      );
      expect(page.items.length).toBe(1);
      walked.push(...page.items.map(groupName));
      cursor = page.nextCursor;
    } while (cursor !== null && walked.length <= whole.items.length);
    expect(walked).toEqual(whole.items.map(groupName));
  });

  it("refuses a limit over 100, a cursor of another period and a cursor it never gave out", async () => {
    const first = await harness.request("/v1/benchmarks?limit=1", bearer(sector));
    const cursor = (await json<BenchmarkPage>(first, 200)).nextCursor;
    expect(cursor).not.toBeNull();
    const over = await json<ProblemDetails>(await harness.request("/v1/benchmarks?limit=101", bearer(sector)), 400);
    expect(over.errors?.map((error) => error.pointer)).toContain("/limit");
    const foreign = await json<ProblemDetails>(
      await harness.request(`/v1/benchmarks?period=2026Q1&cursor=${cursor}`, bearer(sector)),
      400,
    );
    expect(foreign.errors?.map((error) => error.pointer)).toContain("/cursor");
    expect(
      (await json<ProblemDetails>(await harness.request("/v1/benchmarks?cursor=bm90LWEtY3Vyc29y", bearer(sector)), 400))
        .errors?.[0]?.pointer,
    ).toBe("/cursor");
  });

  it("names the next page in a Link header for CSV", async () => {
    const csv = await harness.request("/v1/benchmarks?limit=1", bearer(sector, { headers: { Accept: "text/csv" } }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Link")).toMatch(/^<\/v1\/benchmarks\?limit=1&cursor=[A-Za-z0-9_-]+>; rel="next"$/);
  });
});

describe("concurrency cap per client on expensive reads", () => {
  it("answers 429 with Retry-After past the cap, holds no other client up, and frees its places", async () => {
    const burst = await Promise.all([
      ...Array.from({ length: 5 }, () => harness.request("/v1/benchmarks?limit=100", bearer(sector))),
      harness.request("/v1/benchmarks?limit=100", bearer(otherSector)),
    ]);
    const own = burst.slice(0, 5);
    const other = burst[5] as Response;
    expect(other.status).toBe(200);
    const statuses = own.map((response) => response.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    for (const refused of own.filter((response) => response.status === 429)) {
      expect(refused.headers.get("Retry-After")).toBe("1");
      expect(refused.headers.get("Content-Type")).toBe("application/problem+json");
      expect(((await refused.json()) as ProblemDetails).detail).toContain("at most 1 at once");
    }
    // Every place was given back: one at a time, each request goes through.
    for (let round = 0; round < 3; round++) {
      expect((await harness.request("/v1/benchmarks?limit=100", bearer(sector))).status).toBe(200);
    }
  });
});
