/**
 * Examples for the document, made from the schemas themselves: every request body and every success
 * response gets a complete example (every property, optional ones included) built from the examples,
 * enums and constants the zod schemas declare. One rule instead of an example written by hand per
 * operation, so a new field or operation has its example at once; a field whose kind cannot be
 * sampled honestly (a string with a pattern) carries its own `example` in its zod schema, and
 * tests/unit/openapi-examples.test.ts validates every example against its schema (Ajv).
 */

type Json = Record<string, unknown>;

/** Values for string formats the API uses, fixed so the committed document is stable. */
const FORMAT_EXAMPLES: Record<string, string> = {
  "date-time": "2026-11-30T09:15:00.000Z",
  date: "2026-11-30",
  uri: "https://api.inclusiebenchmark.nl/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3/report?token=eyJhbGciOiJFUzI1NiJ9",
  url: "https://api.inclusiebenchmark.nl/v1",
  email: "hr@bakkerij-dekorenaar.nl",
  uuid: "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f",
};

function resolveReference(document: Json, reference: string): Json | undefined {
  let target: unknown = document;
  for (const token of reference.replace(/^#\//, "").split("/")) {
    if (typeof target !== "object" || target === null) return undefined;
    target = (target as Json)[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return typeof target === "object" && target !== null ? (target as Json) : undefined;
}

function isNullSchema(schema: unknown): boolean {
  return typeof schema === "object" && schema !== null && (schema as Json).type === "null";
}

function sampleNumber(schema: Json): number {
  const integer = schema.type === "integer";
  let value = typeof schema.minimum === "number" ? schema.minimum : 0;
  if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) {
    value = schema.exclusiveMinimum + (integer ? 1 : 0.5);
  }
  if (typeof schema.maximum === "number" && value > schema.maximum) value = schema.maximum;
  return value;
}

function sampleString(schema: Json): string {
  if (typeof schema.format === "string" && FORMAT_EXAMPLES[schema.format] !== undefined) {
    return FORMAT_EXAMPLES[schema.format] as string;
  }
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 1;
  return "example".padEnd(minLength, "x");
}

/**
 * A complete example of `schema` (resolved within `document`), or undefined when none can be made
 * (a reference cycle). Declared examples win; otherwise every property is sampled, the first branch
 * that is not null is taken, and arrays hold one item (or their minimum).
 */
export function exampleOf(document: Json, schema: unknown, seen: ReadonlySet<string> = new Set()): unknown {
  if (typeof schema !== "object" || schema === null) return undefined;
  const node = schema as Json;
  if (typeof node.$ref === "string") {
    if (seen.has(node.$ref)) return undefined;
    const target = resolveReference(document, node.$ref);
    return target === undefined ? undefined : exampleOf(document, target, new Set([...seen, node.$ref]));
  }
  if (node.example !== undefined) return node.example;
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum.find((value) => value !== null);
  if (node.default !== undefined) return node.default;
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) {
      const chosen = branches.find((branch) => !isNullSchema(branch)) ?? branches[0];
      return exampleOf(document, chosen, seen);
    }
  }
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => exampleOf(document, part, seen));
    if (parts.every((part) => typeof part === "object" && part !== null && !Array.isArray(part))) {
      return Object.assign({}, ...parts);
    }
    return parts[0];
  }
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const type = types.find((candidate) => candidate !== "null") ?? types[0];
  switch (type) {
    case "object":
      return sampleObject(document, node, seen);
    case "array": {
      const item = exampleOf(document, node.items, seen);
      const count = Math.max(1, typeof node.minItems === "number" ? node.minItems : 1);
      if (Array.isArray(node.prefixItems)) return node.prefixItems.map((prefix) => exampleOf(document, prefix, seen));
      return item === undefined ? [] : Array.from({ length: count }, () => item);
    }
    case "string":
      return sampleString(node);
    case "integer":
    case "number":
      return sampleNumber(node);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return node.properties === undefined ? undefined : sampleObject(document, node, seen);
  }
}

function sampleObject(document: Json, node: Json, seen: ReadonlySet<string>): Json {
  const sample: Json = {};
  for (const [name, property] of Object.entries((node.properties as Json | undefined) ?? {})) {
    const value = exampleOf(document, property, seen);
    if (value !== undefined) sample[name] = value;
  }
  const additional = node.additionalProperties;
  if (Object.keys(sample).length === 0 && typeof additional === "object" && additional !== null) {
    const value = exampleOf(document, additional, seen);
    const names = (node.propertyNames as Json | undefined)?.enum;
    const key = Array.isArray(names) && typeof names[0] === "string" ? names[0] : "example";
    if (value !== undefined) sample[key] = value;
  }
  return sample;
}

/** The media types whose examples are JSON documents (the form body is described as one too). */
export function takesJsonExample(mediaType: string): boolean {
  return (
    mediaType === "application/json" || mediaType.endsWith("+json") || mediaType === "application/x-www-form-urlencoded"
  );
}

interface MediaObject {
  schema?: unknown;
  example?: unknown;
  examples?: unknown;
}

function addExample(document: Json, media: MediaObject): void {
  if (media.example !== undefined || media.examples !== undefined || media.schema === undefined) return;
  const example = exampleOf(document, media.schema);
  if (example !== undefined) media.example = example;
}

/**
 * Gives every request body and every success response of `document` (JSON media types) an example
 * when it has none, in place.
 */
export function addExamples(document: Json): void {
  for (const item of Object.values((document.paths as Json | undefined) ?? {})) {
    for (const operation of Object.values(item as Json)) {
      if (typeof operation !== "object" || operation === null) continue;
      const { requestBody, responses } = operation as { requestBody?: Json; responses?: Json };
      for (const [mediaType, media] of Object.entries((requestBody?.content as Json | undefined) ?? {})) {
        if (takesJsonExample(mediaType)) addExample(document, media as MediaObject);
      }
      for (const [status, response] of Object.entries(responses ?? {})) {
        if (!status.startsWith("2")) continue;
        for (const [mediaType, media] of Object.entries(((response as Json).content as Json | undefined) ?? {})) {
          if (takesJsonExample(mediaType)) addExample(document, media as MediaObject);
        }
      }
    }
  }
}
