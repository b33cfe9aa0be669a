import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.js";

/**
 * A read on the hot path whose SQL is built by Kysely once per database, then run with new values.
 * Building a query (the operation tree, its freezing, the compilation) costs more than running it
 * from SQLite's statement cache (issue 20's profile of the benchmark GET); the text is the same every
 * time, only the values differ. The query is built once with a marker in place of each value, and
 * the markers' positions among the compiled parameters say where each value goes. The builder must
 * have one shape whatever the values (no branching on them): give each shape its own prepared query.
 */
export type PreparedQuery<V extends Record<string, string | number>, R> = (
  db: Kysely<DatabaseSchema>,
  values: V,
) => Promise<R[]>;

const MARKER = "\u0000prepared:";

export function preparedQuery<V extends Record<string, string | number>, R>(
  build: (db: Kysely<DatabaseSchema>, values: { readonly [K in keyof V]: V[K] }) => Compilable<R>,
): PreparedQuery<V, R> {
  // Per database handle (a test run holds many); the entry dies with it.
  const compiled = new WeakMap<object, { sql: string; slots: ({ value: keyof V } | { constant: unknown })[] }>();
  return async (db, values) => {
    let query = compiled.get(db);
    if (query === undefined) {
      const markers = Object.fromEntries(Object.keys(values).map((name) => [name, `${MARKER}${name}`]));
      const { sql, parameters } = build(db, markers as unknown as V).compile();
      const slots = parameters.map((parameter) =>
        typeof parameter === "string" && parameter.startsWith(MARKER)
          ? { value: parameter.slice(MARKER.length) as keyof V }
          : { constant: parameter },
      );
      query = { sql, slots };
      compiled.set(db, query);
    }
    const parameters = query.slots.map((slot) => ("value" in slot ? values[slot.value] : slot.constant));
    const result = await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters));
    return result.rows as R[];
  };
}
