import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import { contributionWrites, withdrawalWrites } from "../../src/store/benchmarks.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  refreshed,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";
import {
  contributionRows,
  expectReleaseEqualsRecompute,
  recomputedContributionRows,
} from "../support/contribution-recompute.js";

/** Benchmarks with k = 5 (the test settings). Each test file gets its own section, so runs do not mix. */
let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

interface Benchmark {
  peerGroup: {
    level: string;
    section: string | null;
    sizeClass: string | null;
    region: string | null;
    organisations: number;
  } | null;
  requestedLevel: string;
  fallbackReason: string | null;
  measures: {
    measure: string;
    score: number | null;
    rankBand: { from: number; to: number } | null;
    median: number | null;
    p75: number | null;
    deciles: (number | null)[];
  }[];
  practices: { practiceId: string; ownAnswer: number | string | null; peerAdoptionRate: number | null }[];
}

/** A submitted organisation in section F (construction), answering every practice at `level`. */
async function submitted(region: string, level: number, sbiCode = "4120"): Promise<string> {
  const organisation = await createOrganisation(harness, admin, {
    name: `F ${region} ${level}`,
    sbiCode,
    headcount: 30,
    region,
  });
  const assessment = await startAssessment(harness, admin, organisation.organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId);
  return organisation.organisationId;
}

const benchmarkOf = async (organisationId: string, query = "") =>
  json<Benchmark>(await harness.request(`/v1/organisations/${organisationId}/benchmark${query}`, bearer(admin)), 200);

describe("an organisation's benchmark", () => {
  const utrecht: string[] = [];
  const zuidHolland: string[] = [];

  it("refuses before anything is submitted", async () => {
    const organisation = await createOrganisation(harness, admin, { sbiCode: "4120" });
    expect(
      (await harness.request(`/v1/organisations/${organisation.organisationId}/benchmark`, bearer(admin))).status,
    ).toBe(409);
  });

  it("withholds a group of k or more when a smaller sibling could be worked out by subtraction", async () => {
    for (const level of [0, 1, 2, 3, 4, 2]) utrecht.push(await submitted("NL-UT", level));
    for (const level of [1, 2, 3]) zuidHolland.push(await submitted("NL-ZH", level));
    // F × small × NL-UT has 6 ≥ k, but F × small (9) minus it would reveal the 3 in NL-ZH.
    const benchmark = await benchmarkOf(utrecht[2] as string);
    expect(benchmark.requestedLevel).toBe("sectionSizeRegion");
    expect(benchmark.peerGroup).toMatchObject({
      level: "sectionSize",
      section: "F",
      sizeClass: "small",
      region: null,
      organisations: 10,
    });
    // Utrecht is withheld against subtraction, Zuid-Holland is too small: both read alike, since telling
    // the two apart would let look-alikes learn a cell's exact count (docs/privacy.md).
    const reason =
      /group is not shown \(fewer than 5 organisations, or showing it would let a group under 5 be worked out/;
    expect(benchmark.fallbackReason).toMatch(reason);
    const zh = await benchmarkOf(zuidHolland[0] as string);
    expect(zh.fallbackReason).toMatch(reason);
    const wording = (text: string | null) => text?.replace(/^The .*? group is/, "The group is");
    expect(wording(zh.fallbackReason)).toBe(wording(benchmark.fallbackReason));
  });

  it("shows the narrowest group once every sibling is large enough, with positions and adoption", async () => {
    // Five new members at once: the change threshold lets the next release refresh the lattice.
    for (const level of [0, 4, 1, 2, 3]) zuidHolland.push(await submitted("NL-ZH", level));
    expect((await benchmarkOf(utrecht[2] as string)).fallbackReason).toMatch(/is not shown/);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const benchmark = await benchmarkOf(utrecht[2] as string);
    expect(benchmark.fallbackReason).toBeNull();
    // Six organisations, published in steps of 10 below 100 (docs/privacy.md, "No exact counts").
    expect(benchmark.peerGroup).toMatchObject({ level: "sectionSizeRegion", region: "NL-UT", organisations: 10 });
    const overall = benchmark.measures.find((measure) => measure.measure === "overall");
    // Utrecht scores: 0, 25, 50, 75, 100, 50 — quartiles 25, 50, 75; this one is 50: from the median
    // up to p75, no finer than the published quartiles.
    expect(overall).toMatchObject({ score: 50, rankBand: { from: 50, to: 75 }, median: 50 });
    // Six organisations: deciles would list their own scores, so they appear only from 2k (10) on.
    expect(overall?.deciles).toEqual([]);
    const practice = benchmark.practices.find((candidate) => candidate.practiceId === "structured_interviews");
    // At 3 or 4: two of six (one at 3, one at 4). With six members the share step is 50 points
    // (at least 2 · 100 / 6), the level shares rounded together: level 2 (two of six) takes the one
    // 50 left after rounding down, so 3 and 4 show 0 each.
    expect(practice).toMatchObject({ ownAnswer: 2, peerAdoptionRate: 0 });
    const top = (await benchmarkOf(utrecht[4] as string)).measures.find((measure) => measure.measure === "overall");
    expect(top?.rankBand).toEqual({ from: 75, to: 100 });
  });

  it("answers If-None-Match with 304 while the benchmark is unchanged", async () => {
    const path = `/v1/organisations/${utrecht[2]}/benchmark`;
    const first = await harness.request(path, bearer(admin));
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag") ?? "";
    expect((await harness.request(path, bearer(admin, { headers: { "If-None-Match": etag } }))).status).toBe(304);
  });

  it("moves to a broader group on request, and explains a missing group", async () => {
    const broader = await benchmarkOf(utrecht[0] as string, "?peerGroup=section");
    expect(broader.peerGroup).toMatchObject({ level: "section", section: "F", sizeClass: null });
    expect(broader.fallbackReason).toBeNull();
    expect(
      (await harness.request(`/v1/organisations/${utrecht[0]}/benchmark?peerGroup=galaxy`, bearer(admin))).status,
    ).toBe(400);
  });

  it("replaces an organisation's contribution when it submits again, and drops it when it is erased", async () => {
    const before = await benchmarkOf(utrecht[2] as string);
    // Five of the six resubmit higher, each with answers it did not give before: at least k changed,
    // so the next release refreshes.
    for (const index of [0, 1, 3, 4, 5]) {
      const again = await startAssessment(harness, admin, utrecht[index] as string);
      await submit(harness, admin, (await answerAll(harness, admin, again, index === 4 ? 3 : 4)).assessmentId);
    }
    expect(await benchmarkOf(utrecht[2] as string)).toEqual(before);
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const after = await benchmarkOf(utrecht[2] as string);
    expect(after.peerGroup?.organisations).toBe(before.peerGroup?.organisations);
    // 0 became 100: the Utrecht scores are now 25, 50, 50, 75, 100, 100, so p75 moves from 75 to 100.
    expect(before.measures.find((m) => m.measure === "overall")?.p75).toBe(75);
    expect(after.measures.find((m) => m.measure === "overall")?.p75).toBe(100);
    expect((await harness.request(`/v1/organisations/${utrecht[5]}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      204,
    );
    // One erasure alone never shows: the next release carries the lattice's figures forward.
    const release = await cutRelease(harness, admin);
    expect(refreshed(release)).toBe(false);
    const erased = await benchmarkOf(utrecht[2] as string);
    expect({ ...erased, release: null }).toEqual({ ...after, release: null });
    expect(erased.peerGroup?.level).toBe("sectionSizeRegion");
    expect((await harness.request(`/v1/organisations/${utrecht[5]}`, bearer(admin))).status).toBe(404);
    // Changes add up from the lattice's last refresh. Each differs from every release a reader may have
    // kept (docs/privacy.md, "Every kept release"): the one that first answered 1 everywhere answers one
    // practice at 0, or it would be unchanged since the first release, and that release and this one
    // would be four organisations apart.
    for (const index of [0, 1, 3, 4]) {
      const again = await startAssessment(harness, admin, utrecht[index] as string);
      const first = again.progress.missing[0];
      const level = (id: string) => (index === 1 && id === first ? 0 : 1);
      await submit(harness, admin, (await answerAll(harness, admin, again, level)).assessmentId);
    }
    // Five organisations changed, but only one left: the group sizes (and with them the published
    // groups) would move by one organisation, so the lattice still carries (docs/privacy.md, "Per
    // figure": the size goes with the membership). Changed expectation: this refreshed before.
    expect(refreshed(await cutRelease(harness, admin))).toBe(false);
    expect({ ...(await benchmarkOf(utrecht[2] as string)), release: null }).toEqual({ ...after, release: null });
    // Four newcomers in Utrecht: five entered or left, and the erasure leaves the figures.
    for (let index = 0; index < 4; index++) utrecht.push(await submitted("NL-UT", 0));
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const overall = (await benchmarkOf(utrecht[2] as string)).measures.find((m) => m.measure === "overall");
    // Nine in NL-UT: four at 0, four at 25 below this one at 50, so above the published p75.
    expect(overall?.rankBand).toEqual({ from: 75, to: 100 });
  });

  it("keeps the contribution rows equal to the assessments, and a release equal to a recompute from them", async () => {
    const { db } = harness.storage;
    expect(await contributionRows(db)).toEqual(await recomputedContributionRows(db));
    await cutRelease(harness, admin);
    expect(await expectReleaseEqualsRecompute(db)).toBeGreaterThan(0);
  });
});

describe("racing writes to one organisation's contribution", () => {
  it("aborts an erasure prepared before a submission that committed first", async () => {
    const organisation = await createOrganisation(harness, admin, { name: "Race 1", sbiCode: "4120" });
    const assessment = await answerAll(
      harness,
      admin,
      await startAssessment(harness, admin, organisation.organisationId),
      2,
    );
    const erasure = [
      ...(await withdrawalWrites(harness.storage, organisation.organisationId, new Date())),
      harness.storage.db.deleteFrom("organisations").where("id", "=", organisation.organisationId),
    ];
    await submit(harness, admin, assessment.assessmentId);
    await expect(harness.storage.writeAtomically(erasure)).rejects.toThrow(/stale organisation benchmark revision/);
    expect((await harness.request(`/v1/organisations/${organisation.organisationId}`, bearer(admin))).status).toBe(200);
    // Gone before the next release, so it never counts as a change there.
    const path = `/v1/organisations/${organisation.organisationId}`;
    expect((await harness.request(path, bearer(admin, { method: "DELETE" }))).status).toBe(204);
  });

  it("aborts a submission's contribution writes prepared before the organisation was erased", async () => {
    const organisation = await createOrganisation(harness, admin, { name: "Race 2", sbiCode: "4120" });
    const draft = await answerAll(
      harness,
      admin,
      await startAssessment(harness, admin, organisation.organisationId),
      2,
    );
    const writes = await contributionWrites(harness.storage, {
      organisationId: organisation.organisationId,
      assessmentId: draft.assessmentId,
      frameworkVersion: draft.frameworkVersion,
      submittedAt: new Date(),
    });
    expect(
      (await harness.request(`/v1/organisations/${organisation.organisationId}`, bearer(admin, { method: "DELETE" })))
        .status,
    ).toBe(204);
    await expect(harness.storage.writeAtomically(writes)).rejects.toThrow(/FOREIGN KEY|stale/);
  });
});

describe("privacy within a shown group", () => {
  it("describes no phase that fewer than k members have a score for", async () => {
    // Five hairdressers (section S): three employ no labour migrants, so that phase has two scores.
    const migrants = builtInFramework()
      .practices.filter((practice) => practice.phase === "arbeidsmigranten")
      .map((p) => p.id);
    const members: string[] = [];
    for (const index of [0, 1, 2, 3, 4]) {
      const organisation = await createOrganisation(harness, admin, {
        name: `Kapper ${index}`,
        sbiCode: "9602",
        headcount: 30,
        region: "NL-GR",
      });
      const assessment = await startAssessment(harness, admin, organisation.organisationId);
      const level = (id: string) => (index < 3 && migrants.includes(id) ? ("notApplicable" as const) : index);
      await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId);
      members.push(organisation.organisationId);
    }
    expect(refreshed(await cutRelease(harness, admin))).toBe(true);
    const benchmark = await benchmarkOf(members[4] as string);
    expect(benchmark.peerGroup).toMatchObject({ section: "S", region: "NL-GR" });
    const phase = benchmark.measures.find((measure) => measure.measure === "arbeidsmigranten");
    expect(phase).toMatchObject({ score: 100, rankBand: null, median: null, deciles: [] });
    expect(benchmark.measures.find((measure) => measure.measure === "overall")?.rankBand).not.toBeNull();
  });
});

describe("sector aggregates (GET /v1/benchmarks)", () => {
  it("gives a sector client its own sections only, as JSON and tidy CSV", async () => {
    const sector = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "Bouwend NL", role: "sector", sections: ["F"] }),
    );
    const list = await json<{ items: { group: { section: string | null; level: string }; measures: unknown[] }[] }>(
      await harness.request("/v1/benchmarks", bearer(sector)),
      200,
    );
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) expect(item.group.section).toBe("F");
    const csv = await harness.request(
      "/v1/benchmarks?level=section",
      bearer(sector, { headers: { Accept: "text/csv" } }),
    );
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // The BOM is there for spreadsheets; text() strips it when it decodes.
    expect([...new Uint8Array(await csv.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe(
      '"framework_version","period","level","section","size_class","region","measure","statistic","value"',
    );
    expect(lines.some((line) => line.includes('"section","F","","","overall","median"'))).toBe(true);

    const refused = await json<ProblemDetails>(await harness.request("/v1/benchmarks?section=Q", bearer(sector)), 400);
    expect(refused.errors?.[0]?.pointer).toBe("/section");
    const other = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "Zorg NL", role: "sector", sections: ["Q"] }),
    );
    const none = await json<{ items: unknown[] }>(
      await harness.request("/v1/benchmarks?section=Q", bearer(other)),
      200,
    );
    expect(none.items).toEqual([]);
  });

  it("never lists a group under k, and answers If-None-Match with 304", async () => {
    const response = await harness.request("/v1/benchmarks", bearer(admin));
    const list = await json<{ items: { group: { organisations: number } }[] }>(response, 200);
    for (const item of list.items) expect(item.group.organisations).toBeGreaterThanOrEqual(5);
    const again = await harness.request(
      "/v1/benchmarks",
      bearer(admin, { headers: { "If-None-Match": response.headers.get("ETag") ?? "" } }),
    );
    expect(again.status).toBe(304);
  });

  it("answers an unknown framework version with 404", async () => {
    expect((await harness.request("/v1/benchmarks?framework=2099.1", bearer(admin))).status).toBe(404);
    expect((await harness.request(`/v1/benchmarks?framework=2027.${"1".repeat(80)}`, bearer(admin))).status).toBe(400);
  });

  it("is not for employers or integrations", async () => {
    const organisation = await createOrganisation(harness, admin);
    const employer = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "E", role: "employer", organisationId: organisation.organisationId }),
    );
    expect((await harness.request("/v1/benchmarks", bearer(employer))).status).toBe(403);
  });
});
