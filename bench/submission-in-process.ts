/**
 * `npx tsx bench/submission-in-process.ts SEEDED.sqlite [N]`: on a copy of a database the bench seeded
 * with drafts (`npm run bench -- --seed-cache=DIR` keeps it, with its `.json` beside it), N submissions
 * (default 1 500) through `app.request`, 32 at a time as the bench's connections send them, with the CPU
 * time they took (all threads, and the main thread alone from /proc) and, with PROBE_SQL=1, the CPU time
 * per SQL statement text, to see which reads and writes a submission pays for. PROBE_CACHE_KIB tries
 * another SQLite page cache. Compare runs of the same script, not with the bench.
 */
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { BENCH_BASIC, benchConfig, inProcessApp } from "./in-process-app.js";
import { cpuSeconds } from "./proc-stats.js";
import { timeStatements } from "./statement-timings.js";

const source = process.argv[2];
if (source === undefined) throw new Error("usage: submission-in-process.ts SEEDED.sqlite [N]");
const N = Number(process.argv[3] ?? 1500);
const seeded = JSON.parse(readFileSync(`${source}.json`, "utf8")) as {
  seeded: { drafts: { assessmentId: string }[] };
};
const drafts = seeded.seeded.drafts;
if (drafts.length < N) throw new Error(`only ${drafts.length} drafts`);

// Empty unless PROBE_SQL=1: CPU time per statement text, what each read or write of a submission costs in SQLite.
const timings = process.env.PROBE_SQL === "1" ? timeStatements() : new Map<string, { calls: number; ms: number }>();

const DB = join(tmpdir(), `submission-in-process-${process.pid}.sqlite`);
copyFileSync(source, DB);
const config = benchConfig(DB);
const storage = openSqliteStorage(DB);
// PROBE_CACHE_KIB: another SQLite page cache size than the server's, to see what it changes.
if (process.env.PROBE_CACHE_KIB !== undefined)
  storage.connection.pragma(`cache_size = -${process.env.PROBE_CACHE_KIB}`);
try {
  const app = await inProcessApp(storage, config);
  const basic = BENCH_BASIC;
  const tokenResponse = await app.request("/v1/oauth/token", {
    method: "POST",
    headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  let next = 0;
  const submitOne = async () => {
    const draft = drafts[next++] as { assessmentId: string };
    const response = await app.request(`/v1/assessments/${draft.assessmentId}/submission`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status !== 201) throw new Error(`${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const run = async (count: number) => {
    const end = next + count;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < end) await submitOne();
      }),
    );
  };
  await run(Math.min(300, N / 5));
  timings.clear();
  const measured = N - next;
  const before = process.cpuUsage();
  const mainBefore = cpuSeconds("self", process.pid);
  const started = performance.now();
  await run(measured);
  const used = process.cpuUsage(before);
  const mainUsed = cpuSeconds("self", process.pid) - mainBefore;
  const wall = performance.now() - started;
  console.log(
    `${measured} submissions: ${((used.user + used.system) / measured).toFixed(0)} µs CPU each (all threads), ${((1e6 * mainUsed) / measured).toFixed(0)} µs on the main thread, ${(measured / (wall / 1000)).toFixed(0)}/s`,
  );
  const rows = [...timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25);
  for (const [sql, { calls, ms }] of rows) {
    console.log(
      `${((1000 * ms) / measured).toFixed(0).padStart(6)} µs/submission ${String(calls).padStart(6)} calls  ${sql.replace(/\s+/g, " ").slice(0, 400)}`,
    );
  }
} finally {
  await storage.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });
}
