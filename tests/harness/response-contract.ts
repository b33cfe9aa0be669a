import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { API_MAJOR_PATH } from "../../src/api-version.js";
import type { ApiRouter } from "../../src/openapi/api-router.js";
import { buildOpenApiDocument } from "../../src/openapi/document.js";
import { DOCS_PATH, DOCS_REDIRECT_PATHS } from "../../src/routes/docs/docs-redirects.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";

/**
 * Every response an API test receives is checked against the OpenAPI document the app serves: the
 * operation must declare the status, the content type, the headers it marks required, and the body
 * must match the schema (Ajv, JSON Schema 2020-12, as OpenAPI 3.1 defines them). Both harnesses
 * (node.ts, workers.ts) send every request through `checkResponse`, so a response the contract does
 * not describe fails the test that received it. Each validator is compiled once, on first use.
 */

type Json = Record<string, unknown>;

interface DeclaredResponse {
  readonly headers: Readonly<Record<string, { required: boolean; schema: Json }>>;
  /** Media type → where the body's schema is (null: not JSON, only the media type is checked). */
  readonly content: ReadonlyMap<string, string | null>;
}

interface DocumentOperation {
  readonly operationId: string;
  readonly segments: readonly string[];
  readonly responses: ReadonlyMap<string, DeclaredResponse>;
}

interface ContractChecker {
  /** Operations per method (upper case). */
  readonly operations: ReadonlyMap<string, readonly DocumentOperation[]>;
  readonly paths: readonly (readonly string[])[];
  readonly headerValidators: Map<string, ValidateFunction>;
  /** The validator of the schema at a JSON pointer into the document, compiled on first use. */
  readonly validatorAt: (pointer: string) => ValidateFunction;
  readonly ajv: Ajv2020;
}

const DOCUMENT_ID = "https://contract.test/openapi.json";

function pointerEscape(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function resolve(document: Json, value: unknown): Json {
  let current = value as Json;
  while (typeof current?.$ref === "string") {
    const reference = current.$ref as string;
    let target: unknown = document;
    for (const token of reference.replace(/^#\//, "").split("/")) {
      target = (target as Json)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    current = target as Json;
  }
  return current;
}

function buildChecker(document: Json): ContractChecker {
  // strict: false because OpenAPI schemas carry annotation keywords Ajv does not know (example, xml).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const operations = new Map<string, DocumentOperation[]>();
  const paths: string[][] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    const segments = path.split("/").slice(1);
    paths.push(segments);
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as Json;
      if (typeof operation.operationId !== "string") continue;
      const responses = new Map<string, DeclaredResponse>();
      for (const [status, rawResponse] of Object.entries(operation.responses as Json)) {
        const response = resolve(document, rawResponse);
        const headers: Record<string, { required: boolean; schema: Json }> = {};
        for (const [name, rawHeader] of Object.entries((response.headers as Json | undefined) ?? {})) {
          const header = resolve(document, rawHeader);
          headers[name.toLowerCase()] = {
            required: header.required === true,
            schema: resolve(document, header.schema ?? {}),
          };
        }
        const content = new Map<string, string | null>();
        const responsePointer =
          typeof (rawResponse as Json).$ref === "string"
            ? ((rawResponse as Json).$ref as string).replace(/^#/, "")
            : `/paths/${pointerEscape(path)}/${method}/responses/${status}`;
        for (const [mediaType, media] of Object.entries((response.content as Json | undefined) ?? {})) {
          const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
          const hasSchema = (media as Json).schema !== undefined;
          content.set(
            mediaType,
            isJson && hasSchema ? `${responsePointer}/content/${pointerEscape(mediaType)}/schema` : null,
          );
        }
        responses.set(status, { headers, content });
      }
      const list = operations.get(method.toUpperCase()) ?? [];
      list.push({ operationId: operation.operationId, segments, responses });
      operations.set(method.toUpperCase(), list);
    }
  }
  return {
    operations,
    paths,
    headerValidators: new Map(),
    validatorAt,
    ajv,
  };
}

const checkers = new WeakMap<ApiRouter, ContractChecker>();
let defaultChecker: ContractChecker | undefined;

/** The checker for the document of `router` (the real `/v1` router when none is given), compiled once. */
export function contractCheckerFor(router: ApiRouter | undefined): ContractChecker {
  if (router === undefined) {
    defaultChecker ??= buildChecker(buildOpenApiDocument(buildApiRouter()) as unknown as Json);
    return defaultChecker;
  }
  let checker = checkers.get(router);
  if (checker === undefined) {
    checker = buildChecker(buildOpenApiDocument(router) as unknown as Json);
    checkers.set(router, checker);
  }
  return checker;
}

/** The checker for a document as a client has it (e.g. fetched from /v1/openapi.json). */
export function contractCheckerForDocument(document: object): ContractChecker {
  return buildChecker(document as Json);
}

/** Segments match when equal, or when the template's is a parameter; literal segments win over parameters. */
function matchScore(template: readonly string[], actual: readonly string[]): number {
  if (template.length !== actual.length) return -1;
  let score = 0;
  for (let index = 0; index < template.length; index++) {
    const segment = template[index] ?? "";
    if (segment.startsWith("{") && segment.endsWith("}")) {
      if ((actual[index] ?? "") === "") return -1;
    } else if (segment === actual[index]) score++;
    else return -1;
  }
  return score;
}

function findOperation(checker: ContractChecker, method: string, segments: readonly string[]) {
  let best: DocumentOperation | undefined;
  let bestScore = -1;
  for (const operation of checker.operations.get(method) ?? []) {
    const score = matchScore(operation.segments, segments);
    if (score > bestScore) {
      best = operation;
      bestScore = score;
    }
  }
  return best;
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 10)
    .map((error) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`)
    .join("; ");
}

function mediaTypeOf(response: Response): string {
  return (response.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

async function checkProblem(checker: ContractChecker, response: Response, where: string): Promise<void> {
  if (mediaTypeOf(response) !== "application/problem+json") {
    throw new Error(`${where}: expected application/problem+json, got ${mediaTypeOf(response) || "none"}`);
  }
  const body: unknown = await response.clone().json();
  const problem = checker.validatorAt("/components/schemas/ProblemDetails");
  if (!problem(body)) {
    throw new Error(`${where}: body is not ProblemDetails: ${describeErrors(problem.errors)}`);
  }
}

function checkHeader(checker: ContractChecker, where: string, name: string, schema: Json, value: string): void {
  const key = JSON.stringify(schema);
  let validate = checker.headerValidators.get(key);
  if (validate === undefined) {
    validate = checker.ajv.compile(schema);
    checker.headerValidators.set(key, validate);
  }
  const type = schema.type;
  const candidate =
    type === "integer" || type === "number" ? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) : value;
  if (!validate(candidate)) {
    throw new Error(`${where}: header ${name}: ${JSON.stringify(value)} ${describeErrors(validate.errors)}`);
  }
}

/**
 * Responses that are outside the document's `/v1` server on purpose: the JWKS at the well-known
 * path JWT libraries look at, and a redirect of the newcomer's entry points to the docs page.
 */
function isOutsideTheDocument(path: string, response: Response): boolean {
  if (path === "/.well-known/jwks.json") return response.status === 200 || response.status === 304;
  if ((DOCS_REDIRECT_PATHS as readonly string[]).includes(path)) {
    return response.status === 302 && response.headers.get("Location") === DOCS_PATH;
  }
  return false;
}

/**
 * Throws when `response` (to `method` `url`) is not one the document describes. CORS preflights
 * (OPTIONS) and answers for paths the document does not have are held to the generic shapes the
 * document describes for them: 404/405 problem details, 204 with Allow.
 */
export async function checkResponse(
  checker: ContractChecker,
  method: string,
  url: string,
  response: Response,
): Promise<void> {
  const path = new URL(url, "http://localhost").pathname;
  const upper = method.toUpperCase();
  const where = `${upper} ${path} → ${response.status}`;
  if (upper === "OPTIONS") {
    if (response.status === 204 || response.status === 429) return;
    if (response.status === 404) return checkProblem(checker, response, where);
    throw new Error(`${where}: OPTIONS answers 204, 404 or 429`);
  }
  if (isOutsideTheDocument(path, response)) return;
  const underServer = path === API_MAJOR_PATH || path.startsWith(`${API_MAJOR_PATH}/`);
  const segments = underServer ? path.slice(API_MAJOR_PATH.length).split("/").slice(1) : null;
  const operation = segments === null ? undefined : findOperation(checker, upper === "HEAD" ? "GET" : upper, segments);
  if (operation === undefined) {
    // Not an operation of the document: the unmatched-route answers (404, 405), or a rate limit that
    // struck before routing, all problem details.
    if (![404, 405, 429].includes(response.status)) {
      throw new Error(`${where}: no operation in the document for ${upper} ${path}, and not a 404/405/429`);
    }
    if (response.status === 405 && response.headers.get("Allow") === null) {
      throw new Error(`${where}: 405 without Allow`);
    }
    if (upper === "HEAD") return;
    return checkProblem(checker, response, where);
  }
  const named = `${operation.operationId} (${where})`;
  const declared = operation.responses.get(String(response.status));
  if (declared === undefined) {
    const statuses = [...operation.responses.keys()].join(", ");
    throw new Error(`${named}: status ${response.status} is not declared (declared: ${statuses})`);
  }
  for (const [name, header] of Object.entries(declared.headers)) {
    const value = response.headers.get(name);
    if (value === null) {
      if (header.required) throw new Error(`${named}: required header ${name} is missing`);
      continue;
    }
    checkHeader(checker, named, name, header.schema, value);
  }
  const mediaType = mediaTypeOf(response);
  if (declared.content.size === 0) {
    const text = upper === "HEAD" ? "" : await response.clone().text();
    if (text !== "")
      throw new Error(`${named}: the document declares no body, got ${mediaType}: ${text.slice(0, 200)}`);
    return;
  }
  if (upper === "HEAD" || response.status === 304) return;
  if (!declared.content.has(mediaType)) {
    const declaredTypes = [...declared.content.keys()].join(", ");
    throw new Error(`${named}: content type ${mediaType || "none"} is not declared (declared: ${declaredTypes})`);
  }
  const pointer = declared.content.get(mediaType);
  if (pointer === null || pointer === undefined) return;
  const validate = checker.validatorAt(pointer);
  const text = await decodedText(response.clone());
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${named}: body is not JSON: ${text.slice(0, 200)}`);
  }
  if (!validate(body)) {
    throw new Error(`${named}: body does not match the schema: ${describeErrors(validate.errors)}`);
  }
}

/** The body as text, decompressed when it was sent compressed (Content-Encoding br or gzip). */
async function decodedText(response: Response): Promise<string> {
  const coding = response.headers.get("Content-Encoding");
  if (coding === null) return response.text();
  const bytes = await response.arrayBuffer();
  if (coding === "gzip") {
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  }
  // Brotli is compressed only where Node's zlib exists, so it is there to decompress it too.
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = node?.getBuiltinModule?.("node:zlib") as
    | { brotliDecompressSync(data: Uint8Array): Uint8Array }
    | undefined;
  if (coding === "br" && zlib !== undefined) {
    return new TextDecoder().decode(zlib.brotliDecompressSync(new Uint8Array(bytes)));
  }
  throw new Error(`a body in a coding the contract check cannot read: ${coding}`);
}
