import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  cutRelease,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";

/**
 * An organisation's benchmark is kept as bytes with its ETag under what it was computed from (the
 * release, the organisation, its latest submitted assessment, the query): a read after a new
 * submission, a new release or an erasure never gets the answer from before (issue 20).
 */

let harness: Harness;
let admin: string;

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

interface BenchmarkBody {
  organisationId: string;
  assessmentId: string;
  release: { id: number; cutAt: string };
  requestedLevel: string;
  measures: { measure: string; score: number }[];
}

async function submittedRound(organisationId: string, level: number): Promise<string> {
  const assessment = await startAssessment(harness, admin, organisationId);
  return (await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId)).assessmentId;
}

async function benchmark(organisationId: string, query = "") {
  const response = await harness.request(`/v1/organisations/${organisationId}/benchmark${query}`, bearer(admin));
  const body = await json<BenchmarkBody>(response, 200);
  return { body, etag: response.headers.get("ETag"), release: response.headers.get("Benchmark-Release") };
}

describe("a kept benchmark answer", () => {
  it("is the same bytes and ETag on a repeated read, and answers If-None-Match with 304", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Cache Repeat BV" });
    await submittedRound(organisationId, 2);
    const first = await benchmark(organisationId);
    const second = await benchmark(organisationId);
    expect(second.body).toEqual(first.body);
    expect(second.etag).toBe(first.etag);
    expect(second.release).toBe(first.release);
    const conditional = await harness.request(
      `/v1/organisations/${organisationId}/benchmark`,
      bearer(admin, { headers: { "If-None-Match": first.etag ?? "" } }),
    );
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get("ETag")).toBe(first.etag);
    expect(conditional.headers.get("Benchmark-Release")).toBe(first.release);
    // Another query is another answer, not the kept one.
    const broader = await benchmark(organisationId, "?peerGroup=section");
    expect(broader.body.requestedLevel).toBe("section");
    expect(broader.etag).not.toBe(first.etag);
  });

  it("gives way to a new submission at once: the next read shows the new round", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Cache Resubmit BV" });
    const firstRound = await submittedRound(organisationId, 1);
    const before = await benchmark(organisationId);
    expect(before.body.assessmentId).toBe(firstRound);
    const secondRound = await submittedRound(organisationId, 3);
    const after = await benchmark(organisationId);
    expect(after.body.assessmentId).toBe(secondRound);
    const overall = (body: BenchmarkBody) => body.measures.find((measure) => measure.measure === "overall")?.score;
    expect(overall(after.body)).toBeGreaterThan(overall(before.body) ?? 100);
    expect(after.etag).not.toBe(before.etag);
    // The old ETag no longer matches.
    const conditional = await harness.request(
      `/v1/organisations/${organisationId}/benchmark`,
      bearer(admin, { headers: { "If-None-Match": before.etag ?? "" } }),
    );
    expect(conditional.status).toBe(200);
  });

  it("gives way to a new release at once: the next read names it and shows its figures", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Cache Release BV" });
    await submittedRound(organisationId, 2);
    const before = await benchmark(organisationId);
    const release = await cutRelease(harness, admin);
    expect(release.releaseId).toBeGreaterThan(before.body.release.id);
    const after = await benchmark(organisationId);
    expect(after.body.release.id).toBe(release.releaseId);
    expect(after.release).toBe(`${release.releaseId}; cut-at=${release.cutAt}`);
    expect(after.etag).not.toBe(before.etag);
  });

  it("is gone with an erasure: the next read is a 404, never the kept answer", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Cache Erased BV" });
    await submittedRound(organisationId, 2);
    await benchmark(organisationId);
    await benchmark(organisationId);
    const erased = await harness.request(`/v1/organisations/${organisationId}`, bearer(admin, { method: "DELETE" }));
    expect(erased.status).toBe(204);
    const after = await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(admin));
    expect(after.status).toBe(404);
  });
});

describe("a kept page of the sector aggregates", () => {
  it("is the same bytes on a repeated read, and gives way to a new release at once", async () => {
    const read = async () => {
      const response = await harness.request("/v1/benchmarks?limit=5", bearer(admin));
      const body = await json<{ release: { id: number } }>(response, 200);
      return { body, etag: response.headers.get("ETag"), release: response.headers.get("Benchmark-Release") };
    };
    const first = await read();
    const again = await read();
    expect(again.body).toEqual(first.body);
    expect(again.etag).toBe(first.etag);
    expect(again.release).toBe(first.release);
    const release = await cutRelease(harness, admin);
    const after = await read();
    expect(after.body.release.id).toBe(release.releaseId);
    expect(after.release).toBe(`${release.releaseId}; cut-at=${release.cutAt}`);
    expect(after.etag).not.toBe(first.etag);
  });
});

describe("a kept benchmark answer and what it reads live", () => {
  const table = (share: number) => ({
    rows: [{ section: null, region: null, share, source: "Synthetische testbron", year: 2024, licence: "CC BY 4.0" }],
  });
  async function publishTable(version: string, share: number): Promise<void> {
    const put = await harness.request(`/v1/reference/labour-market/${version}`, jsonBody("PUT", table(share), admin));
    expect(put.status).toBe(201);
    const publish = await harness.request(
      `/v1/reference/labour-market/${version}/publication`,
      bearer(admin, { method: "POST" }),
    );
    expect(publish.status).toBeLessThan(300);
  }
  async function labourMarket(organisationId: string) {
    const response = await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(admin));
    return (
      await json<{ labourMarket: { availability: number; figures: { own: number | null }[] } | null }>(response, 200)
    ).labourMarket;
  }

  it("gives way at once to new workforce shares and to a newly published labour-market table", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { name: "Cache Live BV", headcount: 60 });
    const workforce = (share: number) =>
      harness.request(
        `/v1/organisations/${organisationId}/workforce-context`,
        jsonBody("PUT", { migrationBackgroundShare: share }, admin),
      );
    expect((await workforce(10)).status).toBe(200);
    await submittedRound(organisationId, 2);
    await publishTable("4001.1", 20);
    const first = await labourMarket(organisationId);
    expect(first?.availability).toBe(20);
    expect(first?.figures.map((figure) => figure.own)).toContain(10);
    // The same round and release: only the live inputs changed, and the answer follows them.
    expect((await workforce(30)).status).toBe(200);
    const afterWorkforce = await labourMarket(organisationId);
    expect(afterWorkforce?.figures.map((figure) => figure.own)).toContain(30);
    await publishTable("4002.1", 40);
    expect((await labourMarket(organisationId))?.availability).toBe(40);
  });
});
