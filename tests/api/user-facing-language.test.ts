import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  answerAll,
  bearer,
  createOrganisation,
  json,
  jsonBody,
  startAssessment,
  submit,
} from "../support/api-client.js";

/**
 * What users read — recommendations and the report, in both languages — carries no internal label
 * (a seed, a seed's file name, a working note, the term CBS dropped in 2022) and writes numbers as
 * each language does. On a version before 2026.2 the framework's own texts still hold such labels
 * (2026.2 removes them): there the check covers what the code composes, with the framework's texts
 * taken out; from 2026.2 on it covers everything.
 */
let harness: Harness;
let admin: string;
let version: string;
let meatProcessor: string;
let meatAssessment: string;
let micro: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  meatProcessor = (
    await createOrganisation(harness, admin, { name: "Vleesverwerker", sbiCode: "1011", headcount: 450 })
  ).organisationId;
  const workforce = await harness.request(
    `/v1/organisations/${meatProcessor}/workforce-context`,
    jsonBody(
      "PUT",
      {
        labourMigrantShare: 55.5,
        agencyWorkerShare: 61.2,
        agedOver55Share: 27.5,
        atMostMbo2Share: 64.8,
        migrationBackgroundShare: 58.3,
        learningParticipationWithMigrationBackground: 12.4,
        learningParticipationWithoutMigrationBackground: 33.9,
        source: "hrSystem",
      },
      admin,
    ),
  );
  expect(workforce.status).toBe(200);
  const assessment = await startAssessment(harness, admin, meatProcessor);
  version = (assessment as unknown as { frameworkVersion: string }).frameworkVersion;
  meatAssessment = (await submit(harness, admin, (await answerAll(harness, admin, assessment, 1)).assessmentId))
    .assessmentId;
  micro = (await createOrganisation(harness, admin, { name: "Klein", headcount: 6 })).organisationId;
  const round = await startAssessment(harness, admin, micro);
  await submit(harness, admin, (await answerAll(harness, admin, round, 4)).assessmentId);
});
afterAll(async () => {
  await harness.close();
});

const INTERNAL = [
  /\bseeds?\b/i,
  /\d{3}_[0-9a-f]{16}(\.txt)?/,
  /niet nagegaan|not checked|were not checked/i,
  /niet[- ]?westers|non[- ]?western/i,
];
const before2026_2 = () => {
  const [year, number] = version.split(".").map(Number);
  return (year ?? 0) < 2026 || ((year ?? 0) === 2026 && (number ?? 0) < 2);
};

/** Every string in the version's framework, when its texts may still hold labels; else none. */
async function frameworkTexts(lang: "nl" | "en"): Promise<string[]> {
  if (!before2026_2()) return [];
  const content = await json<unknown>(
    await harness.request(`/v1/frameworks/${version}?lang=${lang}`, { headers: { Accept: "application/json" } }),
    200,
  );
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string" && value.length > 3) texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(content);
  return texts.sort((a, b) => b.length - a.length);
}

const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

function withoutFramework(text: string, texts: readonly string[]): string {
  let rest = text;
  for (const fragment of texts) rest = rest.split(fragment).join(" ");
  // Citations are composed from a source's fields: take out what precedes a source's title too.
  return rest;
}

describe("what users read", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`holds no internal label in the recommendations (${lang})`, async () => {
      const list = await json<{ items: { why: string[]; evidence: { sources: { citation: string }[] } }[] }>(
        await harness.request(`/v1/assessments/${meatAssessment}/recommendations?limit=20&lang=${lang}`, bearer(admin)),
        200,
      );
      const texts = await frameworkTexts(lang);
      const citations = list.items.flatMap((item) => item.evidence.sources.map((source) => source.citation));
      const shown = withoutFramework(JSON.stringify(list), [
        ...texts,
        ...citations.map((c) => JSON.stringify(c).slice(1, -1)),
      ]);
      for (const label of INTERNAL) expect(shown, String(label)).not.toMatch(label);
      // The code-composed why-texts are always checked whole.
      const why = list.items.flatMap((item) => item.why).join("\n");
      for (const label of INTERNAL) expect(why, String(label)).not.toMatch(label);
    });

    it(`holds no internal label in the report (${lang})`, async () => {
      for (const organisationId of [meatProcessor, micro]) {
        const html = await (
          await harness.request(`/v1/organisations/${organisationId}/report?lang=${lang}`, bearer(admin))
        ).text();
        const shown = withoutFramework(visibleText(html), await frameworkTexts(lang));
        for (const label of INTERNAL) expect(shown, String(label)).not.toMatch(label);
      }
    });
  }

  it("cites a source without a date as each language does: z.d. in Dutch, n.d. in English", async () => {
    const citations = async (lang: string) =>
      (
        await json<{ items: { evidence: { sources: { citation: string }[] } }[] }>(
          await harness.request(
            `/v1/assessments/${meatAssessment}/recommendations?limit=20&lang=${lang}`,
            bearer(admin),
          ),
          200,
        )
      ).items
        .flatMap((item) => item.evidence.sources.map((source) => source.citation))
        .join("\n");
    const dutch = await citations("nl");
    const english = await citations("en");
    expect(dutch).not.toContain("(n.d.)");
    expect(english).not.toContain("(z.d.)");
    // 2026.2 cites laws without a year (the Arbowet); 2026.1 has no such source among these.
    if (!before2026_2()) {
      expect(dutch).toContain("(z.d.)");
      expect(english).toContain("(n.d.)");
    }
  });

  it("writes shares as each language does: 55,5 % in Dutch, 55.5% in English", async () => {
    const why = async (lang: string) =>
      (
        await json<{ items: { why: string[] }[] }>(
          await harness.request(
            `/v1/assessments/${meatAssessment}/recommendations?limit=20&lang=${lang}`,
            bearer(admin),
          ),
          200,
        )
      ).items
        .flatMap((item) => item.why)
        .join("\n");
    const dutch = await why("nl");
    expect(dutch).toContain("55,5\u00a0% van de mensen die bij u werken, is arbeidsmigrant");
    expect(dutch).toContain("61,2\u00a0% werkt via een uitzendbureau");
    // Two factors of the vulnerable profile, worded about barriers, not about the people.
    expect(dutch).toContain(
      "Van uw medewerkers is 27,5\u00a0% ouder dan 55 jaar en heeft 64,8\u00a0% hoogstens een opleiding op mbo-2-niveau.",
    );
    expect(dutch).not.toMatch(/\d\.\d/);
    expect(dutch).not.toMatch(/minder vanzelf leert/);
    const english = await why("en");
    expect(english).toContain("55.5% of the people working for you are labour migrants");
    expect(english).not.toMatch(/\d,\d/);
  });

  it("lists the legal duties apart from the score, and puts those not met first as required by law", async () => {
    const legal = await json<{ items: { practiceId: string; legalBasis?: { law: string } | null }[] }>(
      await harness.request(`/v1/frameworks/${version}/practices`),
      200,
    );
    const duties = legal.items.filter((item) => item.legalBasis !== undefined && item.legalBasis !== null);
    // 2026.1 marks no legal duty; from 2026.2 on there are (docs/evidence.md lists them).
    expect(duties.length > 0).toBe(!before2026_2());
    const html = visibleText(
      await (await harness.request(`/v1/organisations/${meatProcessor}/report`, bearer(admin))).text(),
    );
    if (duties.length === 0) {
      expect(html).not.toContain("Wettelijke basis");
      return;
    }
    // Every duty was answered 1: none met, each listed with its law, and the cards lead with them.
    expect(html).toContain("Wettelijke basis");
    for (const duty of duties) expect(html).toContain(duty.legalBasis?.law as string);
    expect(html.match(/Nog niet op orde/g)?.length).toBe(duties.length);
    expect(html).toMatch(/1\. [\s\S]*?Wettelijk verplicht[\s\S]*?Geen punten: een wettelijke plicht telt niet mee/);
  });

  it("says next to a band when the phase rests on fewer than three practices", async () => {
    const dutch = visibleText(await (await harness.request(`/v1/organisations/${micro}/report`, bearer(admin))).text());
    expect(dutch).toMatch(/Voorhoede\s*\(op basis van 1 praktijk, dus weinigzeggend\)/);
    const english = visibleText(
      await (await harness.request(`/v1/organisations/${micro}/report?lang=en`, bearer(admin))).text(),
    );
    expect(english).toMatch(/Front-runner\s*\(on 1 practice: says little\)/);
  });
});
