import fc from "fast-check";

/**
 * fast-check arbitraries from the JSON schemas of the OpenAPI document (the subset our zod schemas
 * produce: $ref, allOf, anyOf/oneOf, enum/const, type lists, string patterns and lengths, number
 * ranges, objects with required and optional properties, records, arrays), plus junk: wrong types,
 * huge strings, deep nesting, unusual unicode and prototype-pollution keys.
 */

type Json = Record<string, unknown>;

function resolve(components: Record<string, Json>, schema: Json): Json {
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string" && hops < 10; hops++) {
    current = components[current.$ref.replace("#/components/schemas/", "")] ?? {};
  }
  return current;
}

export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

export function junkValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom("", " ", "\u0000", "\u202e", "𝕏", "é", "\ud83d\ude00", "<script>", "' OR 1=1 --", "../../etc"),
    fc.constant("x".repeat(5_000)),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...POLLUTION_KEYS, "a"), fc.integer(), { maxKeys: 2 }),
    fc.integer({ min: 50, max: 3_000 }).map((depth) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
  );
}

export function arbitraryFromSchema(components: Record<string, Json>, raw: Json, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(components, raw);
  if (depth > 8) return fc.constant(null);
  if (Array.isArray(schema.allOf)) {
    // zod emits allOf for a $ref with a description: the first member is the type.
    return arbitraryFromSchema(components, (schema.allOf[0] as Json) ?? {}, depth + 1);
  }
  const choices = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (Array.isArray(choices) && choices.length > 0) {
    return fc.oneof(...choices.map((choice) => arbitraryFromSchema(components, choice, depth + 1)));
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.type)) {
    return fc.oneof(
      ...(schema.type as string[]).map((type) => arbitraryFromSchema(components, { ...schema, type }, depth + 1)),
    );
  }
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({
        min: typeof schema.minimum === "number" ? schema.minimum : -1_000,
        max: typeof schema.maximum === "number" ? schema.maximum : 1_000_000,
      });
    case "number":
      return fc.double({
        min: typeof schema.minimum === "number" ? schema.minimum : -1_000,
        max: typeof schema.maximum === "number" ? schema.maximum : 1_000_000,
        noNaN: true,
      });
    case "string": {
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
      const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
      const maxLength = Math.min(typeof schema.maxLength === "number" ? schema.maxLength : 60, 60);
      return fc.string({ minLength: Math.min(minLength, maxLength), maxLength });
    }
    case "array":
      return fc.array(arbitraryFromSchema(components, (schema.items as Json) ?? {}, depth + 1), {
        minLength: typeof schema.minItems === "number" ? Math.min(schema.minItems, 3) : 0,
        maxLength: Math.min(typeof schema.maxItems === "number" ? schema.maxItems : 3, 3),
      });
    case "object": {
      const properties = (schema.properties as Record<string, Json> | undefined) ?? {};
      if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === "object") {
        const keys =
          typeof (schema.propertyNames as Json | undefined)?.pattern === "string"
            ? fc.stringMatching(new RegExp((schema.propertyNames as Json).pattern as string))
            : fc.string({ maxLength: 20 });
        return fc.dictionary(keys, arbitraryFromSchema(components, schema.additionalProperties as Json, depth + 1), {
          maxKeys: 3,
        });
      }
      const required = new Set((schema.required as string[] | undefined) ?? []);
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [key, arbitraryFromSchema(components, value, depth + 1)]),
        ),
        { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) },
      );
    }
    default:
      return junkValue();
  }
}

/** A valid body with one change: a leaf replaced by junk, a key removed, or an extra (polluting) key. */
export function mutatedBody(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[], budget: { left: number }) => {
    if (budget.left-- <= 0) return;
    paths.push(path);
    if (Array.isArray(value)) {
      for (const [index, item] of value.slice(0, 3).entries()) walk(item, [...path, index], budget);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value).slice(0, 12)) walk(item, [...path, key], budget);
    }
  };
  walk(valid, [], { left: 200 });
  const apply = (value: unknown, path: readonly (string | number)[], change: (target: unknown) => unknown): unknown => {
    if (path.length === 0) return change(value);
    const [head, ...rest] = path as [string | number, ...(string | number)[]];
    if (typeof value !== "object" || value === null) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
    copy[head] = apply(copy[head], rest, change);
    return copy;
  };
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), junkValue()).map(([path, junk]) => apply(valid, path, () => junk)),
    fc.constantFrom(...paths).map((path) =>
      apply(valid, path.slice(0, -1), (parent) => {
        if (typeof parent !== "object" || parent === null || Array.isArray(parent)) return parent;
        const { [String(path.at(-1))]: _removed, ...rest } = parent as Record<string, unknown>;
        return rest;
      }),
    ),
    fc
      .tuple(fc.constantFrom(...paths), fc.constantFrom(...POLLUTION_KEYS, "extra", "isAdmin"), junkValue())
      .map(([path, key, junk]) =>
        apply(valid, path, (target) => {
          if (typeof target !== "object" || target === null || Array.isArray(target)) return target;
          // Object.defineProperty: a literal __proto__ key must reach JSON.stringify as a key.
          const copy = { ...(target as object) };
          Object.defineProperty(copy, key, { value: junk, enumerable: true, configurable: true, writable: true });
          return copy;
        }),
      ),
  );
}
