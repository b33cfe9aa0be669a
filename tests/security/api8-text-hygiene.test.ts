import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import {
  adminToken,
  createOrganisation,
  json,
  jsonBody,
  ORGANISATION_INPUT,
  startAssessment,
} from "../support/api-client.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

/**
 * OWASP API8:2023 Security misconfiguration, text hygiene: every free-text field is NFC-normalised,
 * counted in code points, and refuses control characters, bidi overrides and isolates and lone
 * surrogates with a problem naming the field, changing nothing.
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

const BAD_TEXT: [string, string][] = [
  ["NUL", "Bakkerij\u0000De Korenaar"],
  ["a line break in a name", "Bakkerij\nDe Korenaar"],
  ["a C1 control", "Bakkerij\u0085De Korenaar"],
  ["U+202E right-to-left override", "Bakkerij \u202Eranerok eD"],
  ["U+2066 left-to-right isolate", "Bakkerij \u2066De Korenaar\u2069"],
  ["a lone high surrogate", "Bakkerij \uD83D De Korenaar"],
  ["a lone low surrogate", "Bakkerij \uDE00 De Korenaar"],
];

async function refusedField(response: Response, pointer: string): Promise<string> {
  const problem = await json<ProblemDetails>(response, 400);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  const error = problem.errors?.find((candidate) => candidate.pointer === pointer);
  expect(error, JSON.stringify(problem.errors)).toBeDefined();
  return error?.message ?? "";
}

describe("names", () => {
  it.each(BAD_TEXT)("refuses an organisation name with %s, naming the field and storing nothing", async (_, name) => {
    const before = await databaseSnapshot(harness.storage);
    // JSON.stringify escapes a lone surrogate as \uD83D, so it arrives as sent.
    await refusedField(
      await harness.request("/v1/organisations", jsonBody("POST", { ...ORGANISATION_INPUT, name }, admin)),
      "/name",
    );
    expect(await databaseSnapshot(harness.storage)).toEqual(before);
  });

  it.each(BAD_TEXT)("refuses a client name with %s", async (_, name) => {
    await refusedField(
      await harness.request("/v1/clients", jsonBody("POST", { name, role: "integration" }, admin)),
      "/name",
    );
  });

  it("stores a name NFC-normalised: a combining sequence and its precomposed form are the same name", async () => {
    const decomposed = await createOrganisation(harness, admin, { name: "Cafe\u0301 De Zwaan" });
    expect(decomposed.name).toBe("Caf\u00e9 De Zwaan");
    const stored = await harness.storage.db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", decomposed.organisationId)
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe("Caf\u00e9 De Zwaan");
    expect(stored.name.length).toBe(13);
  });

  it("counts length in code points: 200 emoji (400 UTF-16 units) fit, 201 do not; 200 é as e + U+0301 fit", async () => {
    const emoji = "\u{1F9C1}";
    expect((await createOrganisation(harness, admin, { name: emoji.repeat(200) })).name).toBe(emoji.repeat(200));
    const message = await refusedField(
      await harness.request(
        "/v1/organisations",
        jsonBody("POST", { ...ORGANISATION_INPUT, name: emoji.repeat(201) }, admin),
      ),
      "/name",
    );
    expect(message).toContain("at most 200 characters");
    // 400 code points as sent, 200 once composed.
    expect((await createOrganisation(harness, admin, { name: "e\u0301".repeat(200) })).name).toBe("\u00e9".repeat(200));
  });

  it("keeps ordinary names from any script as they are", async () => {
    for (const name of [
      "Zorggroep Ælmere",
      "Şahin Bouw B.V.",
      "مخبز الهلال",
      "株式会社 Sakura",
      "Dr. K. O'Neill & Zn.",
    ]) {
      expect((await createOrganisation(harness, admin, { name })).name).toBe(name);
    }
  });
});

describe("comments", () => {
  it("allow line breaks, refuse NUL, U+202E and a lone surrogate with a problem naming the answer's comment", async () => {
    const organisation = await createOrganisation(harness, admin);
    const assessment = await startAssessment(harness, admin, organisation.organisationId);
    const practiceId = assessment.progress.missing[0] as string;
    const path = `/v1/assessments/${assessment.assessmentId}`;
    const answer = (comment: string) =>
      jsonBody("PATCH", { answers: { [practiceId]: { maturity: 2, comment } } }, admin);

    const saved = await json<{ answers: { practiceId: string; comment: string | null }[] }>(
      await harness.request(path, answer("Eerste regel\nTweede regel met cafe\u0301")),
      200,
    );
    expect(saved.answers.find((entry) => entry.practiceId === practiceId)?.comment).toBe(
      "Eerste regel\nTweede regel met caf\u00e9",
    );
    for (const comment of ["nul\u0000byte", "omgekeerd \u202Etekst", "half \uD800 teken"]) {
      const before = await databaseSnapshot(harness.storage);
      await refusedField(await harness.request(path, answer(comment)), `/answers/${practiceId}/comment`);
      expect(await databaseSnapshot(harness.storage)).toEqual(before);
    }
  });
});

describe("the contract", () => {
  it("describes the rule on every free-text field of the OpenAPI document", async () => {
    const document = await json<{ components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>(
      await harness.request("/v1/openapi.json"),
      200,
    );
    const text = JSON.stringify(document.components.schemas);
    for (const [schema, property] of [
      ["CreateOrganisation", "name"],
      ["CreateOrganisation", "legalForm"],
      ["AnswerInput", "comment"],
    ] as const) {
      const described = JSON.stringify(document.components.schemas[schema]?.properties?.[property]);
      expect(described, `${schema}.${property}`).toContain("NFC-normalised");
      expect(described, `${schema}.${property}`).toContain("U+202A–U+202E");
    }
    expect(text).toContain("Unicode code points");
  });
});
