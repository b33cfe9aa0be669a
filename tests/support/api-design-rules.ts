/**
 * The Dutch API Design Rules 2.x, as their Spectral ruleset checks them, applied to an OpenAPI
 * document. Each violation names the rule and where it is, so a failing test says what to fix.
 */

type Json = Record<string, unknown>;

export interface Violation {
  readonly rule: string;
  readonly at: string;
  readonly message: string;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const KEBAB_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)?$/;
const PARAMETER_SEGMENT = /^\{[a-z][a-zA-Z0-9]*\}$/;
const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function resolve(document: Json, value: unknown): unknown {
  if (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#/")) {
    const target = value.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
    return resolve(document, target);
  }
  return value;
}

export function checkApiDesignRules(document: Json): Violation[] {
  const violations: Violation[] = [];
  const violate = (rule: string, at: string, message: string) => violations.push({ rule, at, message });

  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.")) {
    violate("openapi3", "openapi", "the document must be OpenAPI 3.x");
  }

  const info = isObject(document.info) ? document.info : {};
  const version = typeof info.version === "string" ? info.version : "";
  if (!SEMVER.test(version)) violate("semver", "info.version", `"${version}" is not a semantic version`);
  const contact = isObject(info.contact) ? info.contact : {};
  for (const field of ["name", "email", "url"]) {
    if (typeof contact[field] !== "string" || contact[field] === "") {
      violate("info-contact-fields-exist", `info.contact.${field}`, "contact needs name, email and url");
    }
  }

  const major = version.split(".")[0];
  const servers = Array.isArray(document.servers) ? document.servers : [];
  if (servers.length === 0) violate("include-major-version-in-uri", "servers", "declare at least one server");
  servers.forEach((server, index) => {
    const url = isObject(server) && typeof server.url === "string" ? server.url : "";
    if (!new RegExp(`/v${major}$`).test(url)) {
      violate("include-major-version-in-uri", `servers[${index}]`, `"${url}" must end in /v${major}`);
    }
    if (/^[a-z]+:\/\//i.test(url) && !url.startsWith("https://")) {
      violate("servers-use-https", `servers[${index}]`, `"${url}" must use https`);
    }
  });

  const paths = isObject(document.paths) ? document.paths : {};
  if (!("/openapi.json" in paths))
    violate("openapi-root-exists", "paths", "the document must be served at /openapi.json");

  const operationIds = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(paths)) {
    if (path.length > 1 && path.endsWith("/")) violate("paths-no-trailing-slash", path, "no trailing slash");
    for (const segment of path
      .split("/")
      .slice(1)
      .filter((part) => part !== "")) {
      if (!KEBAB_SEGMENT.test(segment) && !PARAMETER_SEGMENT.test(segment)) {
        violate("paths-kebab-case", path, `segment "${segment}" is not kebab-case`);
      }
    }
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const at = `${method.toUpperCase()} ${path}`;

      const operationId = operation.operationId;
      if (typeof operationId !== "string" || operationId === "") {
        violate("operation-operationId", at, "every operation needs an operationId");
      } else if (operationIds.has(operationId)) {
        violate(
          "operation-operationId-unique",
          at,
          `operationId "${operationId}" is also used by ${operationIds.get(operationId)}`,
        );
      } else {
        operationIds.set(operationId, at);
      }

      const parameters = [
        ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
        ...(Array.isArray(operation.parameters) ? operation.parameters : []),
      ].map((parameter) => resolve(document, parameter));
      for (const parameter of parameters) {
        if (isObject(parameter) && parameter.in === "query" && typeof parameter.name === "string") {
          if (!LOWER_CAMEL.test(parameter.name)) {
            violate(
              "query-parameters-lower-camel-case",
              at,
              `query parameter "${parameter.name}" is not lowerCamelCase`,
            );
          }
        }
      }

      const responses = isObject(operation.responses) ? operation.responses : {};
      const needs400 = ["post", "put", "patch"].includes(method) || parameters.length > 0 || "requestBody" in operation;
      if (needs400 && !("400" in responses)) violate("missing-400-response", at, "declare a 400 response");

      for (const [status, rawResponse] of Object.entries(responses)) {
        const response = resolve(document, rawResponse);
        if (!isObject(response)) continue;
        if (/^[23]/.test(status)) {
          const headers = isObject(response.headers) ? response.headers : {};
          if (!("API-Version" in headers)) {
            violate(
              "missing-version-header",
              `${at} ${status}`,
              "2xx/3xx responses must declare the API-Version header",
            );
          }
        }
        if (/^[45]/.test(status)) {
          const content = isObject(response.content) ? response.content : {};
          const problem = content["application/problem+json"];
          const schema = isObject(problem) ? resolve(document, problem.schema) : undefined;
          const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
          if (problem === undefined) {
            violate("use-problem-json", `${at} ${status}`, "4xx/5xx responses must be application/problem+json");
          } else if (!["status", "title", "detail"].every((field) => field in properties)) {
            violate("use-problem-schema", `${at} ${status}`, "problem details need status, title and detail");
          }
        }
      }
    }
  }
  return violations;
}
