import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import { type Answer, scoreAssessment } from "../../src/domain/scoring.js";
import type { Harness } from "../harness/harness.js";
import {
  type AssessmentBody,
  adminToken,
  answerAll,
  createOrganisation,
  json,
  startAssessment,
  submit,
} from "../support/api-client.js";
import { builtInFramework } from "../support/built-in-framework.js";

/**
 * Framework 2026.3 over the API: it corrects the Dutch (and some English) texts of 2026.2 and
 * publishes its change list with the version. It is what new assessments answer; 2026.2 stays
 * published, readable, and scores the same answers as it always did.
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

const content = builtInFramework("2026.3");

/** Written out apart from the content rules, so weakening one does not hide the other. */
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

interface VersionView {
  version: string;
  predecessor: string | null;
  status: string;
  changes: { added: string[]; changed: string[]; removed: string[] };
  changeLog?: { practiceId: string | null; field: string; note: string }[];
  practices: { practiceId: string; name: string; question: string; legalBasis?: { article: string } | null }[];
}

/** A mixed, deterministic answer per practice: every level occurs, and some are not applicable where allowed. */
const levelFor = (practiceId: string): number => [...practiceId].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 5;

async function scoredOn(version: string | undefined): Promise<AssessmentBody & { context: Record<string, unknown> }> {
  const organisation = await createOrganisation(harness, admin, {
    name: `Zorggroep ${version ?? "latest"}`,
    sbiCode: "8610",
    headcount: 320,
    region: "NL-UT",
    hasHrDepartment: true,
  });
  const started = await startAssessment(
    harness,
    admin,
    organisation.organisationId,
    version === undefined ? {} : { frameworkVersion: version },
  );
  const answered = await answerAll(harness, admin, started, levelFor);
  return (await submit(harness, admin, answered.assessmentId)) as AssessmentBody & {
    context: Record<string, unknown>;
  };
}

describe("framework 2026.3 over the API", () => {
  it("is published, is what latest resolves to, and names 2026.2 as its predecessor", async () => {
    const latest = await json<VersionView>(await harness.request("/v1/frameworks/latest"), 200);
    expect(latest).toMatchObject({ version: "2026.3", predecessor: "2026.2", status: "published" });
    // Text corrections only: no practice added or removed, so scores compare on every practice.
    expect(latest.changes.added).toEqual([]);
    expect(latest.changes.removed).toEqual([]);
    expect(latest.changes.changed).toContain("admitted_agencies_only");
  });

  it("publishes its change list in both languages, one entry per changed text, covering every changed practice", async () => {
    for (const lang of ["nl", "en"] as const) {
      const view = await json<VersionView>(await harness.request(`/v1/frameworks/2026.3?lang=${lang}`), 200);
      expect(view.changeLog?.length, lang).toBe(content.changeLog?.length);
      const logged = new Set((view.changeLog ?? []).map((entry) => entry.practiceId));
      expect([...view.changes.changed].sort(), lang).toEqual(
        [...logged].filter((id): id is string => id !== null).sort(),
      );
      for (const entry of view.changeLog ?? [])
        expect(entry.note.length, `${entry.practiceId} ${entry.field}`).toBeGreaterThan(10);
      const note = view.changeLog?.find(
        (entry) => entry.practiceId === "intern_supervision_quality" && entry.field === "evidence/summary",
      )?.note;
      expect(note, lang).toMatch(lang === "nl" ? /één/ : /numeral/);
    }
  });

  it("carries the corrected texts and no internal label in the JSON, the CSV or any practice", async () => {
    const nl = await (await harness.request("/v1/frameworks/2026.3?lang=nl")).text();
    const view = JSON.parse(nl) as VersionView;
    const practice = (id: string) => view.practices.find((candidate) => candidate.practiceId === id);
    expect(practice("admitted_agencies_only")?.name).toBe("Alleen toegelaten of gecertificeerde uitzendbureaus");
    expect(practice("admitted_agencies_only")?.legalBasis?.article).toMatch(/^art\. \d+[a-z]?\b/);
    expect(practice("psychological_safety")?.question).not.toMatch(/leert en vraagt/);
    expect(nl).toContain("één op de acht");
    for (const lang of ["nl", "en"]) {
      expectNoInternalLabel(await (await harness.request(`/v1/frameworks/2026.3?lang=${lang}`)).text(), `json ${lang}`);
      const csv = await harness.request(`/v1/frameworks/2026.3/practices.csv?lang=${lang}`);
      expect(csv.status).toBe(200);
      expectNoInternalLabel(await csv.text(), `csv ${lang}`);
    }
    for (const { id } of content.practices) {
      const response = await harness.request(`/v1/frameworks/2026.3/practices/${id}?lang=nl`);
      expect(response.status, id).toBe(200);
      expectNoInternalLabel(await response.text(), id);
    }
  });

  it("is what a new assessment answers, while 2026.2 stays open to assessments and scores as it always did", async () => {
    const onLatest = await scoredOn(undefined);
    const on2026_2 = await scoredOn("2026.2");
    expect(onLatest.frameworkVersion).toBe("2026.3");
    expect(on2026_2.frameworkVersion).toBe("2026.2");

    // 2026.2's scores follow from its own content, as computed before 2026.3 existed.
    const answers = new Map<string, Answer>(
      on2026_2.answers.map((answer) => [answer.practiceId, answer.maturity as Answer]),
    );
    const context = on2026_2.context as { sizeClass: "large"; sbiSection: "Q"; hasHrDepartment: boolean };
    const expected = scoreAssessment(builtInFramework("2026.2"), context, answers);
    expect(on2026_2.scores?.overall.score).toBe(expected.overall.score);
    expect(on2026_2.scores?.overall.band).toBe(expected.overall.band);
    expect(on2026_2.scores?.overall.score).not.toBeNull();

    // 2026.3 changes texts only: the same answers score the same.
    expect(onLatest.scores?.overall).toEqual(on2026_2.scores?.overall);
  });
});
