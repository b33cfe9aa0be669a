/**
 * `npx tsx bench/cpu-in-process.ts`: on a 1 000-organisation bulk seed (made once, kept in
 * $TMPDIR/inclusiebenchmark-cpu as a template and copied per run), the CPU time per request of each read scenario through `app.request`, `process.cpuUsage()` around N
 * requests (PROBE_N, default 2 000; PROBE_ONLY=name,… to pick) after a warm pass. Includes building the
 * Request objects, which a server does not do; compare runs of the same script, not with the bench.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { seedWithFirstRelease } from "./bulk-seed.js";
import { BENCH_BASIC, benchConfig, inProcessApp } from "./in-process-app.js";

const WORK = join(tmpdir(), "inclusiebenchmark-cpu");
const TEMPLATE = join(WORK, "template.sqlite");
const META = join(WORK, "latest.json");
if (!existsSync(TEMPLATE) || !existsSync(META)) {
  mkdirSync(WORK, { recursive: true });
  const seeded = await seedWithFirstRelease(TEMPLATE, 1000, 0);
  writeFileSync(META, JSON.stringify(seeded.latest.slice(0, 300)));
}
const DB = join(WORK, "run.sqlite");
for (const suffix of ["", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });
copyFileSync(TEMPLATE, DB);
const latest = JSON.parse(readFileSync(META, "utf8")) as {
  organisationId: string;
  assessmentId: string;
}[];
const config = benchConfig(DB);
const storage = openSqliteStorage(DB);
applyMigrations(storage.connection, readMigrationFiles("migrations"));
const app = await inProcessApp(storage, config);
const basic = BENCH_BASIC;
const tokenInit = () => ({
  method: "POST",
  headers: { Authorization: basic, "Content-Type": "application/x-www-form-urlencoded" },
  body: "grant_type=client_credentials",
});
const tok = (await (await app.request("/v1/oauth/token", tokenInit())).json()) as { access_token: string };
const bearer = { Authorization: `Bearer ${tok.access_token}` };
const etag = (await app.request("/v1/frameworks/2026.1")).headers.get("etag") ?? "";
const N = Number(process.env.PROBE_N ?? 2000);
const only = process.env.PROBE_ONLY?.split(",");
const cases: [string, (n: number) => [string, RequestInit], number][] = [
  ["health", () => ["/v1/health", {}], 200],
  [
    "benchmark",
    (n) => [`/v1/organisations/${latest[n % latest.length]?.organisationId}/benchmark`, { headers: bearer }],
    200,
  ],
  [
    "recommendations",
    (n) => [`/v1/assessments/${latest[n % latest.length]?.assessmentId}/recommendations`, { headers: bearer }],
    200,
  ],
  ["framework", () => ["/v1/frameworks/2026.1", {}], 200],
  ["framework-br", () => ["/v1/frameworks/2026.1", { headers: { "Accept-Encoding": "br, gzip" } }], 200],
  ["framework304", () => ["/v1/frameworks/2026.1", { headers: { "If-None-Match": etag } }], 304],
  ["token", () => ["/v1/oauth/token", tokenInit()], 200],
];
for (const [name, make, status] of cases) {
  if (only && !only.includes(name)) continue;
  for (let i = 0; i < Math.min(N, 600); i++) {
    const r = await app.request(...make(i));
    await r.arrayBuffer();
  }
  const before = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const r = await app.request(...make(i));
    if (r.status !== status) throw new Error(`${name}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  }
  const used = process.cpuUsage(before);
  console.log(`${name.padEnd(16)} ${((used.user + used.system) / N).toFixed(0).padStart(6)} µs/req`);
}
await storage.close();
