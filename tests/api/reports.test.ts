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
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

/**
 * The benchmark report (HTML) and its links, on both runtimes. This file's organisations are in
 * section R (arts, sports and recreation), six of them medium-sized in Gelderland, so the narrowest peer
 * group passes k = 5 (the test settings). The clock can be moved to let links expire.
 */
let harness: Harness;
let offsetMs = 0;
let admin: string;
let target: string;
/** A peer of the target whose plan the plan page shows (the target's own report stays without one). */
let planner: string;
let employer: { clientId: string; clientSecret: string; token: string };

interface CreatedLink {
  reportLinkId: string;
  organisationId: string;
  status: string;
  url: string;
  expiresAt: string;
}

// 200 employees: 10 % with a migration background is 20 people, enough for their learning participation.
const PEER = { sbiCode: "9311", headcount: 200, region: "NL-GE", hasHrDepartment: true };
// Workforce figures of all six: the peer median of the first figure is 35. All six, not five: the
// target's employer client knows the target's own figure, so a median over five reporters would rest
// on four it does not know, under k (docs/privacy.md, "Sub-populations").
const SHARES = [10, 20, 30, 40, 50, 60];

async function submitRound(organisationId: string, level: number): Promise<void> {
  const assessment = await startAssessment(harness, admin, organisationId);
  await submit(harness, admin, (await answerAll(harness, admin, assessment, level)).assessmentId);
}

beforeAll(async () => {
  harness = await createHarness({ deps: { clock: { now: () => new Date(Date.now() + offsetMs) } } });
  admin = await adminToken(harness);
  const organisations: string[] = [];
  for (const index of [0, 1, 2, 3, 4, 5]) {
    organisations.push(
      (await createOrganisation(harness, admin, { ...PEER, name: `Sportclub ${index}` })).organisationId,
    );
  }
  target = organisations[0] as string;
  planner = organisations[1] as string;
  for (const [index, share] of SHARES.entries()) {
    const response = await harness.request(
      `/v1/organisations/${organisations[index]}/workforce-context`,
      jsonBody(
        "PUT",
        {
          referenceYear: 2025,
          migrationBackgroundShare: share,
          learningParticipationWithMigrationBackground: 20,
          learningParticipationWithoutMigrationBackground: 35,
        },
        admin,
      ),
    );
    expect(response.status).toBe(200);
  }
  // Submitted after the workforce figures: a submission freezes them into what peers read.
  for (const [index, level] of [1, 2, 3, 2, 1, 3].entries()) await submitRound(organisations[index] as string, level);
  // A second round for the target, so the report shows the change since the previous one.
  const second = await startAssessment(harness, admin, target);
  await submit(harness, admin, (await answerAll(harness, admin, second, 2)).assessmentId);
  const client = await createClient(harness, admin, { name: "Sportclub 0", role: "employer", organisationId: target });
  employer = { clientId: client.clientId, clientSecret: client.clientSecret, token: await tokenFor(harness, client) };
});
afterAll(async () => {
  await harness.close();
});

const reportPath = (organisationId: string) => `/v1/organisations/${organisationId}/report`;

async function createLink(token: string, body: Record<string, unknown> = {}, organisationId = target) {
  const response = await harness.request(
    `/v1/organisations/${organisationId}/report-links`,
    jsonBody("POST", body, token),
  );
  const link = await json<CreatedLink>(response, 201);
  expect(response.headers.get("Location")).toBe(
    `/v1/organisations/${organisationId}/report-links/${link.reportLinkId}`,
  );
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  return link;
}

/** The link's path and query, as a browser would request it (no Authorization header). */
const open = (url: string, init: RequestInit = {}) => {
  const parsed = new URL(url);
  return harness.request(`${parsed.pathname}${parsed.search}`, init);
};

/** The text a reader sees, tags removed. */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("GET /v1/organisations/{id}/report", () => {
  it("renders a self-contained Dutch report with every section, for a Bearer caller who may see it", async () => {
    const response = await harness.request(reportPath(target), bearer(employer.token));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Content-Language")).toBe("nl");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    const html = await response.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toMatch(/<html lang="nl">/);
    // Nothing runs and nothing loads from elsewhere: no scripts, no src attributes, only in-page links.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]?.[0])).toSatisfy((firsts: string[]) =>
      firsts.every((first) => first === "#"),
    );
    // The per-phase chart, with a text alternative, and its numbers in a table.
    expect(html).toMatch(/<svg class="chart" role="img" aria-labelledby="chart-title chart-desc"/);
    expect(html.match(/<polygon[^>]*class="own"/g)?.length).toBeGreaterThanOrEqual(10);
    expect(html).toMatch(/class="iqr"/);
    const text = visibleText(html);
    for (const heading of [
      "Organisatie en vergelijkingsgroep",
      "Scores per fase",
      "Verandering sinds de vorige ronde",
      "Aanbevolen volgende stappen",
      "Uw praktijken naast de groep",
      "Samenstelling van het personeel",
      "Verantwoording",
    ]) {
      expect(text, heading).toContain(heading);
    }
    expect(text).toContain("R – Cultuur, sport en recreatie");
    expect(text).toMatch(/Vergeleken met de ronde van/);
    // Peers' figures are as of a benchmark release, and the report says which.
    expect(text).toMatch(/Vergelijkingscijfers van benchmarkrelease \d+, vastgesteld op \d/);
    // The recommendations: five cards, each with evidence, effort and expected gain side by side.
    expect(html.match(/<article class="card recommendation"/g)).toHaveLength(5);
    expect(html.match(/<dl class="eef">/g)).toHaveLength(5);
    // Its own workforce figure next to the peer median (10, 20, 30, 40, 50, 60 → 35), coarse as shares
    // of six are (steps of 50 points: 50), from "about 10" reports (counts in steps of 10).
    expect(text).toMatch(/Medewerkers met een migratieachtergrond \(%\) 10 50 \(ongeveer 10 opgaven\)/);
    // The privacy rule with this deployment's k.
    expect(text).toContain("minstens 5 organisaties");
  });

  it("shows the same figures as the benchmark endpoint", async () => {
    const benchmark = await json<{ measures: { measure: string; score: number | null; median: number | null }[] }>(
      await harness.request(`/v1/organisations/${target}/benchmark`, bearer(employer.token)),
      200,
    );
    const html = await (await harness.request(`${reportPath(target)}?lang=en`, bearer(employer.token))).text();
    const overall = benchmark.measures.find((measure) => measure.measure === "overall");
    expect(overall?.score).not.toBeNull();
    expect(overall?.median).not.toBeNull();
    const row =
      /<tr class="total"><th scope="row">Overall<\/th><td class="num">([\d.]+)<\/td><td>[^<]*<\/td><td class="num">[\d.–]+<\/td><td class="num">([\d.–]+)<\/td>/.exec(
        html,
      );
    expect(row?.[1]).toBe(String(overall?.score));
    expect(row?.[2]).toBe(String(overall?.median));
  });

  it("speaks English with ?lang=en or Accept-Language: en", async () => {
    for (const [query, headers] of [
      ["?lang=en", {}],
      ["", { "Accept-Language": "en-GB,en;q=0.9,nl;q=0.5" }],
    ] as const) {
      const response = await harness.request(`${reportPath(target)}${query}`, bearer(employer.token, { headers }));
      expect(response.headers.get("Content-Language")).toBe("en");
      const text = visibleText(await response.text());
      expect(text).toContain("Recommended next steps");
      expect(text).toContain("R – Arts, sports and recreation");
      expect(text).not.toContain("Aanbevolen volgende stappen");
    }
  });

  it("answers 406 for PDF where the server cannot print, and for types it does not offer", async () => {
    for (const accept of ["application/pdf", "application/json"]) {
      const problem = await json<ProblemDetails>(
        await harness.request(reportPath(target), bearer(employer.token, { headers: { Accept: accept } })),
        406,
      );
      expect(problem.detail).toMatch(accept === "application/pdf" ? /cannot print reports to PDF/ : /text\/html/);
    }
  });

  it("answers 409 for an organisation without a submitted assessment, and makes no link for it", async () => {
    const { organisationId } = await createOrganisation(harness, admin, { ...PEER, name: "Nog niet ingediend" });
    const before = await databaseSnapshot(harness.storage);
    expect((await harness.request(reportPath(organisationId), bearer(admin))).status).toBe(409);
    const problem = await json<ProblemDetails>(
      await harness.request(`/v1/organisations/${organisationId}/report-links`, jsonBody("POST", {}, admin)),
      409,
    );
    expect(problem.detail).toMatch(/no submitted assessment/);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("asks for a Bearer token or a report link", async () => {
    const response = await harness.request(reportPath(target));
    const problem = await json<ProblemDetails>(response, 401);
    expect(problem.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
  });
});

describe("the plan page (Plan en voortgang)", () => {
  it("says there is no plan yet, in both languages", async () => {
    const nl = visibleText(await (await harness.request(reportPath(target), bearer(admin))).text());
    expect(nl).toContain("Plan en voortgang");
    expect(nl).toContain("U heeft nog geen acties of doelen vastgelegd");
    const en = visibleText(await (await harness.request(`${reportPath(target)}?lang=en`, bearer(admin))).text());
    expect(en).toContain("Plan and progress");
    expect(en).toContain("You have not recorded any actions or targets yet");
  });

  it("lists actions with owner, due date, status and the latest round, and targets with a progress chart", async () => {
    await json(
      await harness.request(
        `/v1/organisations/${planner}/actions`,
        jsonBody(
          "POST",
          {
            practiceId: "structured_interviews",
            targetLevel: 3,
            owner: "Team Werving & Selectie",
            dueDate: "2027-06-30",
            status: "inProgress",
          },
          admin,
        ),
      ),
      201,
    );
    // A target whose date has passed: the line now asks for the target itself (40 %); the round froze 20 %.
    await json(
      await harness.request(
        `/v1/organisations/${planner}/targets`,
        jsonBody(
          "POST",
          {
            measure: "migrationBackgroundShare",
            baselineValue: 10,
            baselineDate: "2020-01-01",
            targetValue: 40,
            targetDate: "2025-01-01",
          },
          admin,
        ),
      ),
      201,
    );
    const html = await (await harness.request(reportPath(planner), bearer(admin))).text();
    const nl = visibleText(html);
    expect(nl).toMatch(
      /Gestructureerd sollicitatiegesprek Team Werving & Selectie 30 juni 2027 bezig niveau 2, doel 3: nog niet bereikt/,
    );
    // (visibleText folds the non-breaking space before % into a space.)
    expect(nl).toContain("Van 10 % op 1 januari 2020 naar 40 % op 1 januari 2025.");
    expect(nl).toContain("Laatste ronde: 20 % (volgens de lijn verwacht: 40 %): achter op schema.");
    expect(nl).not.toContain("U heeft nog geen acties of doelen vastgelegd");
    // The chart: the dashed line from baseline to target, and one dot for the one round, labelled.
    const chart = /<svg class="target-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(chart).toMatch(/role="img" aria-labelledby="tgt_[a-z2-7]{24}-chart-title tgt_[a-z2-7]{24}-chart-desc"/);
    expect(chart).toMatch(/<line[^>]*class="target-path"/);
    expect(chart.match(/<circle[^>]*class="own"/g)).toHaveLength(1);
    expect(visibleText(chart)).toContain("20 %");
    expect(visibleText(chart)).toContain("doel 40 %");

    const en = visibleText(await (await harness.request(`${reportPath(planner)}?lang=en`, bearer(admin))).text());
    expect(en).toMatch(
      /Structured interviews Team Werving & Selectie 30 June 2027 in progress level 2, target 3: not reached yet/,
    );
    expect(en).toContain("Latest round: 20% (expected on the line: 40%): behind schedule.");
  });
});

describe("report links", () => {
  it("open the report in a browser without a Bearer token, in the link's language", async () => {
    const link = await createLink(employer.token, { lang: "en", expiresInHours: 2 });
    expect(link).toMatchObject({ organisationId: target, status: "active" });
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(2 * 3_600_000 - 60_000);
    const response = await open(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Language")).toBe("en");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(visibleText(await response.text())).toContain("Inclusive employer benchmark report");
  });

  it("never grant API access: the link's token is refused as a Bearer token", async () => {
    const link = await createLink(admin);
    const token = new URL(link.url).searchParams.get("token") as string;
    for (const path of [`/v1/organisations/${target}`, `/v1/organisations/${target}/benchmark`, reportPath(target)]) {
      const response = await harness.request(path, bearer(token));
      expect(response.status, path).toBe(401);
      expect(response.headers.get("WWW-Authenticate"), path).toMatch(/invalid_token/);
    }
  });

  it("open only the organisation they were made for", async () => {
    const other = (await createOrganisation(harness, admin, { ...PEER, name: "Sportclub anders" })).organisationId;
    await submitRound(other, 2);
    const link = await createLink(admin);
    const token = new URL(link.url).searchParams.get("token") as string;
    const problem = await json<ProblemDetails>(
      await harness.request(`${reportPath(other)}?token=${encodeURIComponent(token)}`),
      401,
    );
    expect(problem.detail).toMatch(/another report/);
    // And a forged or tampered token does nothing either.
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect((await harness.request(`${reportPath(target)}?token=${tampered}`)).status).toBe(401);
    // Nor does an access token in its place.
    expect((await harness.request(`${reportPath(target)}?token=${admin}`)).status).toBe(401);
  });

  it("stop working when revoked, and are listed with their status but never their URL", async () => {
    const link = await createLink(employer.token);
    expect((await open(link.url)).status).toBe(200);
    const linkPath = `/v1/organisations/${target}/report-links/${link.reportLinkId}`;
    const revoked = await harness.request(linkPath, bearer(employer.token, { method: "DELETE" }));
    expect(revoked.status).toBe(204);
    const problem = await json<ProblemDetails>(await open(link.url), 401);
    expect(problem.detail).toMatch(/revoked/);
    expect((await harness.request(linkPath, bearer(employer.token, { method: "DELETE" }))).status).toBe(204);
    const one = await json<{ status: string; revokedAt: string | null }>(
      await harness.request(linkPath, bearer(employer.token)),
      200,
    );
    expect(one.status).toBe("revoked");
    expect(one.revokedAt).not.toBeNull();
    const list = await json<{ items: Record<string, unknown>[] }>(
      await harness.request(`/v1/organisations/${target}/report-links`, bearer(employer.token)),
      200,
    );
    expect(list.items.length).toBeGreaterThanOrEqual(1);
    expect(list.items.find((item) => item.reportLinkId === link.reportLinkId)).toMatchObject({ status: "revoked" });
    for (const item of list.items) expect(item).not.toHaveProperty("url");
  });

  it("expire, and a browser is told so on a page", async () => {
    const link = await createLink(employer.token, { expiresInHours: 1 });
    expect((await open(link.url)).status).toBe(200);
    offsetMs = 2 * 3_600_000;
    try {
      const problem = await json<ProblemDetails>(await open(link.url), 401);
      expect(problem.detail).toMatch(/expired/);
      const page = await open(link.url, { headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(page.status).toBe(401);
      expect(page.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      const body = await page.text();
      expect(visibleText(body)).toMatch(/This report link does not work: the token has expired/);
      // Dutch by default: what happened in Dutch, the API's English detail kept and marked as English.
      expect(visibleText(body)).toMatch(/^\s*Deze rapportlink werkt niet \(meer\)/);
      expect(body).toMatch(/<span lang="en">[^<]*the token has expired/);
      const english = await open(`${link.url}&lang=en`, { headers: { Accept: "text/html" } });
      expect(visibleText(await english.text())).not.toMatch(/rapportlink/);
      const fresh = await tokenFor(harness, employer);
      const listed = await json<{ status: string }>(
        await harness.request(`/v1/organisations/${target}/report-links/${link.reportLinkId}`, bearer(fresh)),
        200,
      );
      expect(listed.status).toBe("expired");
    } finally {
      offsetMs = 0;
    }
  });

  it("refuse a lifetime beyond a week and unknown fields, storing nothing", async () => {
    const before = await databaseSnapshot(harness.storage);
    for (const [body, pointer] of [
      [{ expiresInHours: 24 * 7 + 1 }, "/expiresInHours"],
      [{ expiresInHours: 0 }, "/expiresInHours"],
      [{ lang: "de" }, "/lang"],
      [{ organisationId: target }, "/organisationId"],
    ] as const) {
      const problem = await json<ProblemDetails & { errors: { pointer: string }[] }>(
        await harness.request(`/v1/organisations/${target}/report-links`, jsonBody("POST", body, admin)),
        400,
      );
      expect(problem.errors.map((error) => error.pointer)).toContain(pointer);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("of one organisation are invisible to outsiders (404), who cannot revoke them", async () => {
    const link = await createLink(admin);
    const { organisationId: otherOrg } = await createOrganisation(harness, admin, { ...PEER, name: "Buurclub" });
    const outsider = await createClient(harness, admin, {
      name: "Buurclub",
      role: "employer",
      organisationId: otherOrg,
    });
    const outsiderToken = await tokenFor(harness, outsider);
    const before = await databaseSnapshot(harness.storage);
    const linkPath = `/v1/organisations/${target}/report-links/${link.reportLinkId}`;
    for (const init of [{}, { method: "DELETE" }]) {
      expect((await harness.request(linkPath, bearer(outsiderToken, init))).status).toBe(404);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
    expect((await open(link.url)).status).toBe(200);
  });

  it("stop working when the client that made them is disabled", async () => {
    const link = await createLink(employer.token);
    expect((await open(link.url)).status).toBe(200);
    const disabled = await harness.request(
      `/v1/clients/${employer.clientId}`,
      jsonBody("PATCH", { status: "disabled" }, admin),
    );
    expect(disabled.status).toBe(200);
    const problem = await json<ProblemDetails>(await open(link.url), 401);
    expect(problem.detail).toMatch(/no longer active/);
  });
});

describe("labour-market availability in the report", () => {
  // Last in this file: it publishes a labour-market table into the database the tests above share.
  it("sets the workforce shares next to the availability for the cell, naming the cell, source, year and licence", async () => {
    const source = "Synthetische testtabel";
    const rows = [
      { section: null, region: null, share: 20, source, year: 2024, licence: "CC BY 4.0" },
      // No row for section R in Gelderland: the report falls back to section R nationally.
      { section: "R", region: null, share: 40, source, year: 2024, licence: "CC BY 4.0" },
    ];
    await json(await harness.request("/v1/reference/labour-market/2090.1", jsonBody("PUT", { rows }, admin)), 201);
    await json(
      await harness.request("/v1/reference/labour-market/2090.1/publication", bearer(admin, { method: "POST" })),
      200,
    );
    const nl = visibleText(await (await harness.request(reportPath(target), bearer(admin))).text());
    // 10 % against 40 %: under half, 30 points lower: far below.
    expect(nl).toMatch(/Medewerkers met een migratieachtergrond \(%\) 10 50 \(ongeveer 10 opgaven\) 40 \(ver onder\)/);
    expect(nl).toContain(
      "het aandeel werkenden met een migratieachtergrond in Cultuur, sport en recreatie in heel Nederland (bron: Synthetische testtabel, 2024; licentie: CC BY 4.0)",
    );
    expect(nl).toContain(
      "Voor uw sector in uw provincie heeft de tabel geen cijfer; daarom staat hier het cijfer voor Cultuur, sport en recreatie in heel Nederland.",
    );
    const en = visibleText(await (await harness.request(`${reportPath(target)}?lang=en`, bearer(admin))).text());
    expect(en).toMatch(/Employees with a migration background \(%\) 10 50 \(about 10 reports\) 40 \(far below\)/);
    expect(en).toContain(
      "in Arts, sports and recreation across the Netherlands (source: Synthetische testtabel, 2024; licence: CC BY 4.0)",
    );
  });
});
