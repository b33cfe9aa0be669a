import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
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

/**
 * Labour-market availability (issue 19): an admin loads a reference table (JSON or CSV), publishes it,
 * and the organisation benchmark and the recommendations set an organisation's shares against its cell.
 * Each test loads its own versions (label 3xxx.n), so none depends on another's state.
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

const SOURCE = "Testbron: CBS-achtige tabel, bewerkt";
const LICENCE = "CC BY 4.0";
const row = (section: string | null, region: string | null, share: number, educationLevel: string | null = null) => ({
  section,
  region,
  educationLevel,
  share,
  source: SOURCE,
  year: 2024,
  licence: LICENCE,
});

/**
 * National 20 %; section C everywhere 30 %; section C in Zuid-Holland 45 % (and per education level);
 * Utrecht, all sections, 25 %. Nothing for section F or for Groningen: those fall back.
 */
const TABLE = [
  row(null, null, 20),
  row("C", null, 30),
  row("C", "NL-ZH", 45),
  row("C", "NL-ZH", 52, "low"),
  row("C", "NL-ZH", 44, "middle"),
  row("C", "NL-ZH", 31, "high"),
  row(null, "NL-UT", 25),
];

function put(version: string, body: string, contentType: string, token = admin) {
  return harness.request(
    `/v1/reference/labour-market/${version}`,
    bearer(token, { method: "PUT", headers: { "Content-Type": contentType }, body }),
  );
}
const putJson = (version: string, rows: unknown[], token = admin) =>
  put(version, JSON.stringify({ rows }), "application/json", token);
const publish = (version: string, token = admin) =>
  harness.request(`/v1/reference/labour-market/${version}/publication`, bearer(token, { method: "POST" }));

interface TableView {
  version: string;
  publishedAt: string;
  publishedVersions: string[];
  rows: {
    section: string | null;
    region: string | null;
    educationLevel: string | null;
    share: number;
    source: string;
    year: number;
    licence: string;
  }[];
}

async function storedRows(version: string): Promise<number> {
  const result = await harness.storage.db
    .selectFrom("labour_market_availability")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("version", "=", version)
    .executeTakeFirstOrThrow();
  return Number(result.count);
}

async function loadAndPublish(version: string, rows: unknown[] = TABLE): Promise<void> {
  await json(await putJson(version, rows), 201);
  await json(await publish(version), 200);
}

interface LabourMarket {
  version: string;
  cell: { level: string; section: string | null; region: string | null };
  fallbackReason: string | null;
  availability: number;
  source: string;
  year: number;
  licence: string;
  byEducationLevel: { educationLevel: string; share: number }[];
  figures: { figure: string; own: number | null; difference: number | null; farBelow: boolean }[];
}

/** A submitted organisation of 60 in the given section and province, with its workforce shares. */
async function organisationIn(sbiCode: string, region: string, workforce: Record<string, unknown>) {
  const organisation = await createOrganisation(harness, admin, {
    name: `Werkgever ${sbiCode} ${region}`,
    sbiCode,
    region,
    headcount: 60,
    hasHrDepartment: true,
  });
  const { organisationId } = organisation;
  await json(
    await harness.request(`/v1/organisations/${organisationId}/workforce-context`, jsonBody("PUT", workforce, admin)),
    200,
  );
  const assessment = await startAssessment(harness, admin, organisationId);
  const answered = await answerAll(harness, admin, assessment, 1);
  await submit(harness, admin, answered.assessmentId);
  return { organisationId, assessmentId: answered.assessmentId };
}

const benchmarkOf = async (organisationId: string) =>
  (
    await json<{ labourMarket: LabourMarket | null }>(
      await harness.request(`/v1/organisations/${organisationId}/benchmark`, bearer(admin)),
      200,
    )
  ).labourMarket;

describe("before any table is published", () => {
  // First in this file: the tests after it publish tables into the same database.
  it("there is no table to read, and the organisation benchmark has nothing to compare with", async () => {
    expect((await harness.request("/v1/reference/labour-market")).status).toBe(404);
    const { organisationId } = await organisationIn("1071", "NL-ZH", { migrationBackgroundShare: 1 });
    await cutRelease(harness, admin);
    expect(await benchmarkOf(organisationId)).toBeNull();
  });
});

describe("loading a labour-market table", () => {
  it("an admin loads a draft as JSON, publishes it, and then anyone reads it with source, year and licence", async () => {
    const draft = await json<{ version: string; status: string; rowCount: number }>(
      await putJson("3001.1", TABLE),
      201,
    );
    expect(draft).toMatchObject({ version: "3001.1", status: "draft", rowCount: TABLE.length });
    // A draft is not reference data yet.
    const before = await harness.request("/v1/reference/labour-market?version=3001.1");
    expect(before.status).toBe(404);
    expect(before.headers.get("Content-Type")).toMatch(/^application\/problem\+json/);

    const published = await json<{ status: string; publishedAt: string }>(await publish("3001.1"), 200);
    expect(published.status).toBe("published");
    const table = await json<TableView>(await harness.request("/v1/reference/labour-market?version=3001.1"), 200);
    expect(table.rows).toHaveLength(TABLE.length);
    expect(table.rows).toContainEqual({ ...row("C", "NL-ZH", 31, "high") });
    expect(table.rows).toContainEqual({ ...row(null, null, 20) });
    const filtered = await json<TableView>(
      await harness.request("/v1/reference/labour-market?version=3001.1&section=C&region=NL-ZH"),
      200,
    );
    expect(filtered.rows.map((item) => item.share).sort()).toEqual([31, 44, 45, 52]);
  });

  it("a published version is immutable: loading it again is refused and changes nothing", async () => {
    await loadAndPublish("3002.1");
    const again = await putJson("3002.1", [row(null, null, 99)]);
    expect(again.status).toBe(409);
    expect(((await again.json()) as ProblemDetails).detail).toMatch(/published/);
    expect((await publish("3002.1")).status).toBe(409);
    const table = await json<TableView>(await harness.request("/v1/reference/labour-market?version=3002.1"), 200);
    expect(table.rows.find((item) => item.section === null && item.region === null)?.share).toBe(20);
    expect(await storedRows("3002.1")).toBe(TABLE.length);
  });

  it("a draft can be replaced until it is published", async () => {
    await json(await putJson("3003.1", [row(null, null, 10)]), 201);
    const replaced = await json<{ rowCount: number }>(await putJson("3003.1", TABLE), 200);
    expect(replaced.rowCount).toBe(TABLE.length);
    expect(await storedRows("3003.1")).toBe(TABLE.length);
  });

  it("CSV loads like JSON: quoted fields, empty cells for 'all', and the semicolon form with decimal commas", async () => {
    const csv = [
      "section,region,educationLevel,share,source,year,licence",
      ',,,20,"CBS StatLine, bewerkt",2024,CC BY 4.0',
      "C,NL-ZH,,45.5,Testbron,2024,CC BY 4.0",
      "C,NL-ZH,high,31,Testbron,2024,CC BY 4.0",
    ].join("\r\n");
    await json(await put("3004.1", csv, "text/csv"), 201);
    await json(await publish("3004.1"), 200);
    const table = await json<TableView>(await harness.request("/v1/reference/labour-market?version=3004.1"), 200);
    expect(table.rows).toContainEqual({ ...row(null, null, 20), source: "CBS StatLine, bewerkt" });
    expect(table.rows).toContainEqual({ ...row("C", "NL-ZH", 45.5), source: "Testbron" });

    const semicolons = ["share;section;region;source;year;licence", "20,5;;;Testbron;2024;CC BY 4.0", ""].join("\n");
    await json(await put("3004.2", semicolons, "text/csv; charset=utf-8"), 201);
    expect(await storedRows("3004.2")).toBe(1);
  });
});

describe("a bad table is refused, naming the row and the field, and nothing changes", () => {
  it("JSON: every invalid field of every row is listed", async () => {
    const response = await putJson("3010.1", [
      row(null, null, 20),
      row("C", "NL-ZH", 45),
      { ...row("C", null, 140) },
      { ...row("Z", "NL-XX", 10), year: 1850, licence: "" },
      { ...row("C", "NL-UT", 10), bsn: "123456782" },
    ]);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as ProblemDetails & { errors: { pointer: string; message: string }[] };
    const pointers = problem.errors.map((error) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        "/rows/2/share",
        "/rows/3/section",
        "/rows/3/region",
        "/rows/3/year",
        "/rows/3/licence",
        "/rows/4/bsn",
      ]),
    );
    expect(pointers).not.toContain("/rows/0/share");
    expect(problem.errors.find((error) => error.pointer === "/rows/4/bsn")?.message).toMatch(/Personal data/);
    expect(
      await harness.storage.db
        .selectFrom("labour_market_versions")
        .select("version")
        .where("version", "=", "3010.1")
        .execute(),
    ).toEqual([]);
  });

  it("a cell given twice and a missing national row are refused", async () => {
    const duplicate = await putJson("3011.1", [row(null, null, 20), row("C", null, 30), row("C", null, 31)]);
    expect(duplicate.status).toBe(400);
    const problem = (await duplicate.json()) as { errors: { pointer: string; message: string }[] };
    expect(problem.errors).toEqual([{ in: "body", pointer: "/rows/2", message: expect.stringMatching(/row 1/) }]);

    const noNational = await putJson("3011.1", [row("C", null, 30)]);
    expect(noNational.status).toBe(400);
    const missing = (await noNational.json()) as { errors: { pointer: string; message: string }[] };
    expect(missing.errors).toEqual([{ in: "body", pointer: "/rows", message: expect.stringMatching(/national row/) }]);
    expect(await storedRows("3011.1")).toBe(0);
  });

  it("CSV: the problem names the row, the field and the line", async () => {
    const csv = [
      "section,region,educationLevel,share,source,year,licence",
      ",,,20,Testbron,2024,CC BY 4.0",
      "C,NL-ZH,,veel,Testbron,2024,CC BY 4.0",
      '"C",NL-ZH,doctorate,10,"Testbron",2024,CC BY 4.0',
    ].join("\n");
    const response = await put("3012.1", csv, "text/csv");
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { pointer: string; message: string }[] };
    expect(problem.errors.find((error) => error.pointer === "/rows/1/share")?.message).toMatch(/^CSV line 3: /);
    expect(problem.errors.find((error) => error.pointer === "/rows/2/educationLevel")?.message).toMatch(
      /^CSV line 4: /,
    );

    const unknownColumn = await put("3012.1", "section,region,share,source,year,licence,naam\n", "text/csv");
    expect(unknownColumn.status).toBe(400);
    expect(((await unknownColumn.json()) as ProblemDetails).detail).toMatch(/unknown column "naam"/);
    expect(await storedRows("3012.1")).toBe(0);
  });

  it("a bad replacement leaves the draft as it was", async () => {
    await json(await putJson("3013.1", TABLE), 201);
    expect((await putJson("3013.1", [row(null, null, -1)])).status).toBe(400);
    expect(await storedRows("3013.1")).toBe(TABLE.length);
  });

  it("only an admin with reference:write loads or publishes", async () => {
    const cast = await castOfClients(harness);
    for (const token of [cast.employer.token, cast.integration.token, cast.sector.token]) {
      expect((await putJson("3014.1", TABLE, token)).status).toBe(403);
    }
    const anonymous = await harness.request("/v1/reference/labour-market/3014.1", jsonBody("PUT", { rows: TABLE }));
    expect(anonymous.status).toBe(401);
    expect(await storedRows("3014.1")).toBe(0);
    await json(await putJson("3014.1", TABLE), 201);
    expect((await publish("3014.1", cast.employer.token)).status).toBe(403);
    const [version] = await harness.storage.db
      .selectFrom("labour_market_versions")
      .select("status")
      .where("version", "=", "3014.1")
      .execute();
    expect(version?.status).toBe("draft");
  });
});

describe("versions", () => {
  it("reads use the newest published version; a newer draft does not count; older versions stay readable", async () => {
    await loadAndPublish("3020.1");
    await loadAndPublish("3020.2", [row(null, null, 22)]);
    await json(await putJson("3020.3", [row(null, null, 99)]), 201);
    const latest = await json<TableView>(await harness.request("/v1/reference/labour-market"), 200);
    expect(latest.version).toBe("3020.2");
    expect(latest.rows).toEqual([row(null, null, 22)]);
    expect(latest.publishedVersions.slice(-2)).toEqual(["3020.1", "3020.2"]);
    const older = await json<TableView>(await harness.request("/v1/reference/labour-market?version=3020.1"), 200);
    expect(older.rows).toHaveLength(TABLE.length);
  });

  it("the database itself refuses to change a published version", async () => {
    await loadAndPublish("3021.1");
    await expect(
      harness.storage.writeAtomically([
        harness.storage.db.updateTable("labour_market_availability").set({ share: 1 }).where("version", "=", "3021.1"),
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      harness.storage.writeAtomically([
        harness.storage.db.deleteFrom("labour_market_versions").where("version", "=", "3021.1"),
      ]),
    ).rejects.toThrow(/cannot be deleted/);
  });
});

describe("the organisation benchmark sets the organisation's shares next to availability", () => {
  it("uses the narrowest cell with a figure, falls back to broader cells and says which, with source and year", async () => {
    const zh = await organisationIn("1071", "NL-ZH", { migrationBackgroundShare: 40 });
    const gr = await organisationIn("1071", "NL-GR", { migrationBackgroundShare: 40 });
    const ut = await organisationIn("4120", "NL-UT", { migrationBackgroundShare: 40 });
    const national = await organisationIn("4120", "NL-GR", {});
    await cutRelease(harness, admin);
    await loadAndPublish("3030.1");

    const inCell = (await benchmarkOf(zh.organisationId)) as LabourMarket;
    expect(inCell).toMatchObject({
      version: "3030.1",
      cell: { level: "sectionRegion", section: "C", region: "NL-ZH" },
      fallbackReason: null,
      availability: 45,
      source: SOURCE,
      year: 2024,
      licence: LICENCE,
    });
    expect(inCell.byEducationLevel.map((level) => [level.educationLevel, level.share])).toEqual([
      ["low", 52],
      ["middle", 44],
      ["high", 31],
    ]);
    expect(inCell.figures).toContainEqual({
      figure: "migrationBackgroundShare",
      own: 40,
      difference: -5,
      farBelow: false,
    });
    expect(inCell.figures).toContainEqual({
      figure: "migrationBackgroundManagementShare",
      own: null,
      difference: null,
      farBelow: false,
    });

    const sectionOnly = (await benchmarkOf(gr.organisationId)) as LabourMarket;
    expect(sectionOnly.cell).toEqual({ level: "section", section: "C", region: null });
    expect(sectionOnly.availability).toBe(30);
    expect(sectionOnly.fallbackReason).toMatch(/all provinces/);
    expect(sectionOnly.byEducationLevel).toEqual([]);

    const regionOnly = (await benchmarkOf(ut.organisationId)) as LabourMarket;
    expect(regionOnly.cell).toEqual({ level: "region", section: null, region: "NL-UT" });
    expect(regionOnly.availability).toBe(25);
    expect(regionOnly.fallbackReason).toMatch(/province's figure/);

    const nationalOnly = (await benchmarkOf(national.organisationId)) as LabourMarket;
    expect(nationalOnly.cell).toEqual({ level: "national", section: null, region: null });
    expect(nationalOnly.availability).toBe(20);
    expect(nationalOnly.figures.every((figure) => figure.own === null && !figure.farBelow)).toBe(true);
  });
});

interface Recommendation {
  practiceId: string;
  phase: string;
  why: string[];
  priority: number;
}

const recommendationsOf = async (assessmentId: string, lang: "nl" | "en") =>
  (
    await json<{ items: Recommendation[] }>(
      await harness.request(`/v1/assessments/${assessmentId}/recommendations?limit=20&lang=${lang}`, bearer(admin)),
      200,
    )
  ).items;

describe("a share far below availability is a trigger", () => {
  it("for the recruitment practices (workforce, hires) and the progression practices (management), saying why in nl and en", async () => {
    await loadAndPublish("3040.1");
    // 10 % and 12 % against 45 %: far below. Management 30 % against 45 %: below, but not far.
    const far = await organisationIn("1071", "NL-ZH", {
      migrationBackgroundShare: 10,
      migrationBackgroundHiresShare: 12,
      hiresCount: 25,
      migrationBackgroundManagementShare: 30,
      managerCount: 12,
    });
    const near = await organisationIn("1071", "NL-ZH", { migrationBackgroundShare: 30 });
    const nl = await recommendationsOf(far.assessmentId, "nl");
    const recruitment = nl.filter((item) => item.phase === "werving_selectie");
    expect(recruitment.length).toBeGreaterThan(0);
    for (const item of recruitment) {
      expect(item.why).toContain(
        "Een migratieachtergrond heeft 10\u00a0% van uw medewerkers en 12\u00a0% van wie u vorig jaar aannam, tegenover 45\u00a0% van de werkenden in SBI-sectie C in Zuid-Holland (Testbron: CBS-achtige tabel, bewerkt, 2024). Dat is ver onder wat de arbeidsmarkt biedt: deze praktijk helpt om breder te werven en eerlijker te selecteren.",
      );
    }
    // Management is not far below: no progression practice is triggered, nor any other phase.
    for (const item of nl.filter((candidate) => candidate.phase !== "werving_selectie")) {
      expect(item.why.join(" ")).not.toMatch(/arbeidsmarkt/);
    }
    const en = await recommendationsOf(far.assessmentId, "en");
    expect(en.find((item) => item.phase === "werving_selectie")?.why).toContain(
      "10% of your employees and 12% of last year's hires have a migration background, compared with 45% of the working population in SBI section C in Zuid-Holland (Testbron: CBS-achtige tabel, bewerkt, 2024). That is far below what the labour market offers: this practice helps you recruit more widely and select more fairly.",
    );
    // The trigger raises the priority of a recruitment practice against the same answers without it.
    const nearItems = await recommendationsOf(near.assessmentId, "nl");
    const priorityOf = (items: Recommendation[], id: string) => items.find((item) => item.practiceId === id)?.priority;
    for (const item of nearItems) expect(item.why.join(" ")).not.toMatch(/arbeidsmarkt/);
    expect(priorityOf(nl, "structured_interviews")).toBeGreaterThan(
      priorityOf(nearItems, "structured_interviews") ?? 0,
    );
  });

  it("management far below availability triggers the progression practices", async () => {
    await loadAndPublish("3041.1");
    const organisation = await organisationIn("1071", "NL-ZH", {
      migrationBackgroundShare: 40,
      migrationBackgroundManagementShare: 5,
      managerCount: 20,
    });
    const items = await recommendationsOf(organisation.assessmentId, "nl");
    const progression = items.filter((item) => item.phase === "doorstroom");
    expect(progression.length).toBeGreaterThan(0);
    for (const item of progression) {
      expect(item.why.join(" ")).toMatch(
        /^.*Een migratieachtergrond heeft 5\u00a0% van uw leidinggevenden, tegenover 45\u00a0% .* deze praktijk helpt om mensen met een migratieachtergrond te laten doorstromen\./,
      );
    }
    for (const item of items.filter((candidate) => candidate.phase === "werving_selectie")) {
      expect(item.why.join(" ")).not.toMatch(/arbeidsmarkt/);
    }
  });
});
