/**
 * `npx tsx bench/scale-in-process.ts SMALL.sqlite LARGE.sqlite [N]`: the scale scenario's benchmark GET
 * (1 000 organisations spread over each database, as `bench/run.ts` picks them, answers cached after a
 * warm pass) through `app.request` on copies of two databases the bench seeded (`--seed-cache=DIR`),
 * alternating, with `process.cpuUsage()` around N requests (default 3 000) and, with PROBE_SQL=1, the
 * time per SQL statement text, to see what grows with the database. PROBE_CACHE_KIB and PROBE_MMAP_MB
 * try other SQLite settings on the main connection. Compare runs of the same script, not with the bench.
 */
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { BENCH_BASIC, benchConfig, inProcessApp } from "./in-process-app.js";
import { timeStatements } from "./statement-timings.js";

const [smallSource, largeSource] = process.argv.slice(2);
if (smallSource === undefined || largeSource === undefined) {
  throw new Error("usage: scale-in-process.ts SMALL.sqlite LARGE.sqlite [N]");
}
const N = Number(process.argv[4] ?? 3000);

let timing = false;
// Empty unless PROBE_SQL=1.
const timings =
  process.env.PROBE_SQL === "1" ? timeStatements(() => timing) : new Map<string, { calls: number; ms: number }>();

/** Every `size`-th organisation's latest round, as bench/run.ts's `pool`. */
function pool<T>(items: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.floor(items.length / size));
  const picked: T[] = [];
  for (let index = 0; index < items.length && picked.length < size; index += step) picked.push(items[index] as T);
  return picked;
}

async function open(source: string, name: string) {
  const path = join(tmpdir(), `scale-in-process-${name}-${process.pid}.sqlite`);
  copyFileSync(source, path);
  const seeded = JSON.parse(readFileSync(`${source}.json`, "utf8")) as {
    seeded: { latest: { organisationId: string }[] };
  };
  const config = benchConfig(path);
  const storage = openSqliteStorage(path);
  if (process.env.PROBE_CACHE_KIB !== undefined) {
    storage.connection.pragma(`cache_size = -${process.env.PROBE_CACHE_KIB}`);
  }
  if (process.env.PROBE_MMAP_MB !== undefined) {
    storage.connection.pragma(`mmap_size = ${Number(process.env.PROBE_MMAP_MB) * 1024 * 1024}`);
  }
  const app = await inProcessApp(storage, config);
  const basic = BENCH_BASIC;
  const tokenResponse = await app.request("/v1/oauth/token", {
    method: "POST",
    headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const organisations = pool(seeded.seeded.latest, 1000);
  const request = async (n: number) => {
    const organisation = organisations[n % organisations.length] as { organisationId: string };
    const response = await app.request(`/v1/organisations/${organisation.organisationId}/benchmark`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`${response.status}: ${await response.text()}`);
    return (await response.arrayBuffer()).byteLength;
  };
  let bytes = 0;
  for (let n = 0; n < organisations.length; n++) bytes += await request(n);
  const close = async () => {
    await storage.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  };
  return { name, request, close, answerKb: bytes / organisations.length / 1024 };
}

const sides = [await open(smallSource, "small"), await open(largeSource, "large")];
try {
  for (const side of sides) console.log(`${side.name}: answers of ${side.answerKb.toFixed(1)} KB on average`);
  // Garbage-collection pauses of the main thread, summed per measured window.
  let gcMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  for (let round = 0; round < 3; round++) {
    for (const side of sides) {
      timings.clear();
      timing = true;
      gcMs = 0;
      const before = process.cpuUsage();
      for (let n = 0; n < N; n++) await side.request(n);
      const used = process.cpuUsage(before);
      timing = false;
      // Entries of the window's last pauses arrive after it: let them in.
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log(
        `round ${round} ${side.name}: ${((used.user + used.system) / N).toFixed(0)} µs CPU per request, GC pauses ${((1000 * gcMs) / N).toFixed(1)} µs per request`,
      );
      if (round === 2) {
        for (const [sql, { calls, ms }] of [...timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) {
          console.log(
            `  ${((1000 * ms) / N).toFixed(1).padStart(7)} µs/request ${String(calls).padStart(6)} calls  ${sql.replace(/\s+/g, " ").slice(0, 300)}`,
          );
        }
      }
    }
  }
  gcObserver.disconnect();
} finally {
  for (const side of sides) await side.close();
}
