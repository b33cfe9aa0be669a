import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { json } from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";

/**
 * Framework 2026.2 as users read it over the API: the grading rubric, legal baselines and lawful
 * measurement are visible, and no working label of the project (seed labels, file names, notes on
 * what was not checked, retired CBS terms) reaches any public response.
 */

let harness: Harness;
beforeAll(async () => {
  harness = await createHarness();
});
afterAll(async () => {
  await harness.close();
});

const content = builtInFramework("2026.2");

/** What must never reach a reader: written out here, apart from the content rules, so weakening one does not hide the other. */
const INTERNAL = [
  /seed/i,
  /\d{3}_[0-9a-f]{16}/,
  /niet nagegaan|niet gecontroleerd|not checked|not opened|stored excerpt|not recorded|catalogue|catalogus/i,
  /niet[- ]?westers|non[- ]?western/i,
];

function expectNoInternalLabel(body: string, where: string): void {
  for (const label of INTERNAL) {
    const match = body.match(label);
    expect(
      match?.[0],
      `${where}: …${match === null ? "" : body.slice(Math.max(0, (match.index ?? 0) - 60), (match.index ?? 0) + 60)}…`,
    ).toBeUndefined();
  }
}

interface PracticeView {
  practiceId: string;
  evidence: { level: string; sources: string[]; evaluatedBy?: string[]; justification?: string };
  legalBasis?: { law: string; article: string; summary: string } | null;
  measurement?: { specialCategoryData: boolean; lawfulRoutes: string[]; guide: string } | null;
  relationNotes?: { kind: string; practice: string; sources: string[]; byAnalogy: boolean; explanation: string }[];
  sourceDetails?: { id: string; title: string; kind?: string; doi?: string | null; url: string | null }[];
}

describe("framework 2026.2 over the API", () => {
  // 2026.3 succeeded it as latest (tests/api/framework-2026-3.test.ts); 2026.2 stays published and readable.
  it("is published, stays readable by its number, and names 2026.1 as its predecessor with the change list", async () => {
    const published = await json<{
      version: string;
      predecessor: string;
      status: string;
      changes: { changed: string[] };
    }>(await harness.request("/v1/frameworks/2026.2"), 200);
    expect(published).toMatchObject({ version: "2026.2", predecessor: "2026.1", status: "published" });
    expect(published.changes.changed).toContain("anonymous_applications");
    expect(published.changes.changed.length).toBeGreaterThan(50);
    const previous = await json<{ status: string; practices: PracticeView[] }>(
      await harness.request("/v1/frameworks/2026.1"),
      200,
    );
    expect(previous.status).toBe("published");
    expect(
      previous.practices.find((practice) => practice.practiceId === "refuse_discriminatory_requests"),
    ).not.toHaveProperty("legalBasis");
  });

  it("carries no internal label in the framework JSON or CSV, in either language", async () => {
    for (const lang of ["nl", "en"]) {
      const body = await (await harness.request(`/v1/frameworks/2026.2?lang=${lang}`)).text();
      expect(body.length).toBeGreaterThan(100_000);
      expectNoInternalLabel(body, `framework json ${lang}`);
      const csv = await harness.request(`/v1/frameworks/2026.2/practices.csv?lang=${lang}`);
      expect(csv.status).toBe(200);
      expectNoInternalLabel(await csv.text(), `framework csv ${lang}`);
      const list = await harness.request(`/v1/frameworks/2026.2/practices?lang=${lang}`);
      expectNoInternalLabel(await list.text(), `practice list ${lang}`);
    }
  });

  it("carries no internal label on any practice endpoint, and shows each practice's grade, justification and cited sources", async () => {
    for (const practice of content.practices) {
      for (const lang of ["nl", "en"]) {
        const response = await harness.request(`/v1/frameworks/2026.2/practices/${practice.id}?lang=${lang}`);
        const body = await response.text();
        expect(response.status, practice.id).toBe(200);
        expectNoInternalLabel(body, `${practice.id} ${lang}`);
        const view = JSON.parse(body) as PracticeView;
        expect(view.evidence.justification?.length, practice.id).toBeGreaterThan(20);
        expect(view.evidence.evaluatedBy, practice.id).toEqual(practice.evidence.evaluatedBy);
        expect(view.sourceDetails?.map((source) => source.id).sort()).toEqual([...practice.evidence.sources].sort());
        for (const source of view.sourceDetails ?? []) expect(source.kind, source.id).toBeDefined();
      }
    }
  });

  it("shows legal duties with their law and article, and the lawful route of practices that need special-category data", async () => {
    const refuse = await json<PracticeView>(
      await harness.request("/v1/frameworks/2026.2/practices/refuse_discriminatory_requests?lang=en"),
      200,
    );
    expect(refuse.legalBasis).toMatchObject({ law: expect.stringContaining("AWGB"), article: "art. 5 lid 1" });
    expect(refuse.evidence.level).not.toBe("contested");
    const reporting = await json<PracticeView>(
      await harness.request("/v1/frameworks/2026.2/practices/discrimination_reporting?lang=nl"),
      200,
    );
    expect(reporting.legalBasis?.article).toContain("art. 3 lid 2");
    expect(reporting.evidence.level).not.toBe("contested");
    const agencies = await json<PracticeView>(
      await harness.request("/v1/frameworks/2026.2/practices/admitted_agencies_only?lang=en"),
      200,
    );
    expect(agencies.legalBasis?.summary).toContain("1 January 2027");

    const funnel = await json<PracticeView>(
      await harness.request("/v1/frameworks/2026.2/practices/hiring_funnel_monitoring?lang=en"),
      200,
    );
    expect(funnel.measurement).toEqual({
      specialCategoryData: true,
      lawfulRoutes: ["anonymousSurvey", "aggregateHrData"],
      guide: "docs/measurement.md#anonymous-survey",
    });
    const interviews = await json<PracticeView>(
      await harness.request("/v1/frameworks/2026.2/practices/structured_interviews?lang=en"),
      200,
    );
    expect(interviews.legalBasis).toBeNull();
    expect(interviews.measurement).toBeNull();
    expect(interviews.relationNotes?.find((note) => note.practice === "hiring_funnel_monitoring")).toMatchObject({
      kind: "reinforces",
      byAnalogy: true,
    });
    expect(interviews.sourceDetails?.find((source) => source.id === "schmidt-hunter-1998")?.doi).toBe(
      "10.1037/0033-2909.124.2.262",
    );
  });
});
