import BetterSqlite3 from "better-sqlite3";

/**
 * CPU time per SQL statement text in this process (every better-sqlite3 statement prepared from now on),
 * while `measuring` says so: which reads and writes a request pays for. CPU time, not wall time: on a
 * shared machine the wall time of a call includes waiting for a core.
 */
export function timeStatements(measuring: () => boolean = () => true): Map<string, { calls: number; ms: number }> {
  const timings = new Map<string, { calls: number; ms: number }>();
  const prototype = (BetterSqlite3 as unknown as { prototype: { prepare: (sql: string) => unknown } }).prototype;
  const prepare = prototype.prepare;
  prototype.prepare = function (this: unknown, sql: string) {
    const statement = prepare.call(this, sql) as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ["all", "get", "run"]) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      statement[method] = (...args: unknown[]) => {
        if (!measuring()) return original.apply(statement, args);
        const started = process.cpuUsage();
        try {
          return original.apply(statement, args);
        } finally {
          const used = process.cpuUsage(started);
          const entry = timings.get(sql) ?? { calls: 0, ms: 0 };
          entry.calls++;
          entry.ms += (used.user + used.system) / 1000;
          timings.set(sql, entry);
        }
      };
    }
    return statement;
  };
  return timings;
}
