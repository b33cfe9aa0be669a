import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { PROBLEM_TYPES, type ProblemType } from "../../src/errors.js";
import { buildOpenApiDocument } from "../../src/openapi/document.js";
import { takesJsonExample } from "../../src/openapi/schema-example.js";
import { OAUTH_ERROR_TITLES } from "../../src/routes/oauth/create-token.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";

/**
 * Every operation of the contract shows how it is used: a description, a complete example of each
 * request body and success response, and of each error status the body the API really sends (its
 * problem type's title and that status). Each example is validated against its own schema with Ajv,
 * as the response checker validates real responses (tests/harness/response-contract.ts).
 */

type Json = Record<string, unknown>;

const document = buildOpenApiDocument(buildApiRouter()) as unknown as Json;
const DOCUMENT_ID = "https://contract.test/examples.json";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: DOCUMENT_ID });

function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function validatorAt(pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
}

interface Media {
  readonly where: string;
  readonly pointer: string;
  readonly example: unknown;
  readonly status: string | null;
  readonly mediaType: string;
}

const operations: { id: string; description: unknown }[] = [];
const requestMedia: Media[] = [];
const successMedia: Media[] = [];
const errorMedia: Media[] = [];
for (const [path, item] of Object.entries(document.paths as Json)) {
  for (const [method, raw] of Object.entries(item as Json)) {
    const operation = raw as Json;
    if (typeof operation.operationId !== "string") continue;
    const id = operation.operationId;
    operations.push({ id, description: operation.description });
    const base = `/paths/${escapeToken(path)}/${method}`;
    const body = operation.requestBody as Json | undefined;
    for (const [mediaType, media] of Object.entries((body?.content as Json | undefined) ?? {})) {
      if (!takesJsonExample(mediaType)) continue;
      const pointer = `${base}/requestBody/content/${escapeToken(mediaType)}/schema`;
      requestMedia.push({
        where: `${id} request ${mediaType}`,
        pointer,
        example: (media as Json).example,
        status: null,
        mediaType,
      });
    }
    for (const [status, response] of Object.entries(operation.responses as Json)) {
      for (const [mediaType, media] of Object.entries(((response as Json).content as Json | undefined) ?? {})) {
        if (!takesJsonExample(mediaType)) continue;
        const entry = {
          where: `${id} ${status} ${mediaType}`,
          pointer: `${base}/responses/${status}/content/${escapeToken(mediaType)}/schema`,
          example: (media as Json).example,
          status,
          mediaType,
        };
        (status.startsWith("2") ? successMedia : errorMedia).push(entry);
      }
    }
  }
}

function invalidExamples(media: readonly Media[]): string[] {
  return media.flatMap(({ where, pointer, example }) => {
    if (example === undefined) return [`${where}: no example`];
    const validate = validatorAt(pointer);
    return validate(example) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
  });
}

describe("the contract's examples", () => {
  it("covers every operation (control: the document has the operations and bodies to check)", () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(requestMedia.length).toBeGreaterThan(10);
    expect(successMedia.length).toBeGreaterThan(35);
    expect(errorMedia.length).toBeGreaterThan(200);
  });

  it("describes every operation", () => {
    expect(operations.filter(({ description }) => typeof description !== "string" || description.length < 20)).toEqual(
      [],
    );
  });

  it("has a complete, valid example of every request body", () => {
    expect(invalidExamples(requestMedia)).toEqual([]);
  });

  it("has a valid example of every success response", () => {
    expect(invalidExamples(successMedia)).toEqual([]);
  });

  it("has, per error status, an example with the body the API sends for it: that status and its type's title", () => {
    expect(invalidExamples(errorMedia)).toEqual([]);
    const wrong = errorMedia.flatMap(({ where, example, status }) => {
      const problem = example as { type?: string; title?: string; status?: number; detail?: string; error?: string };
      // The token endpoint's errors (RFC 6749 §5.2, the documented exception) title their own codes.
      const oauthTitle = OAUTH_ERROR_TITLES[problem.error as keyof typeof OAUTH_ERROR_TITLES];
      const type = problem.type?.replace("https://inclusiebenchmark.nl/problems/", "") as ProblemType;
      const known = PROBLEM_TYPES[type];
      if (known === undefined) return [`${where}: unknown problem type ${problem.type}`];
      if (problem.status !== Number(status) || known.status !== Number(status))
        return [`${where}: status ${problem.status}`];
      if (problem.title !== (oauthTitle ?? known.title))
        return [`${where}: title ${problem.title}, the API sends ${known.title}`];
      if (typeof problem.detail !== "string" || problem.detail.length === 0) return [`${where}: no detail`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
