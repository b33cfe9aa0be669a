import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { build } from "esbuild";
import { BENCH_API_ENV, BENCH_INTEGRATION, seedWithFirstRelease } from "./bulk-seed.js";
import { cpuSeconds } from "./proc-stats.js";
import type { LoadRunResult } from "./report.js";

/**
 * `npx tsx bench/fixed-cost.ts base=/path/to/dist/server.js branch=dist/server.js` (bench/README.md,
 * "Fixed cost per request"): two builds of the API side by side on one 1 000-organisation database,
 * loaded alternately (`ROUNDS`, default 3) with the read scenarios whose cost is mostly the request path
 * (health, benchmark GET, recommendations, framework 304) and the floor's GET, 32 connections for
 * `DURATION` seconds (default 8) after a 1 s warm-up, each with the server's CPU time per request from
 * /proc/<pid>/stat. Prints every window and the median and minimum per build and scenario. Both servers
 * stay up the whole time; only the one being loaded does work, so the alternation keeps the machine's
 * drift out of the comparison.
 */

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 8);
const ADMIN = { clientId: "bench-admin", clientSecret: "bench-admin-q53xGYEyY8lz2Wky57mTUUKx3HF3hsWKGlsunG1gJk_z" };
const children = new Set<ChildProcess>();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()));
    });
  });
}

async function start(script: string, env: Record<string, string>, ready: string, work: string, name: string) {
  const port = await freePort();
  const out = openSync(join(work, `${name}.log`), "w");
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 6000; attempt++) {
    try {
      const response = await fetch(`${base}${ready}`);
      await response.arrayBuffer();
      if (response.ok) return { base, pid: child.pid as number };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${name} did not start`);
}

interface Spec {
  readonly base: string;
  readonly headers?: Record<string, string>;
  readonly path: (n: number) => string;
  readonly status: number;
}

async function load(spec: Spec, pid: number): Promise<{ rps: number; cpuUs: number; wrong: number }> {
  let n = 0;
  const run = (seconds: number) =>
    autocannon({
      url: spec.base,
      connections: 32,
      duration: seconds,
      requests: [
        {
          method: "GET",
          ...(spec.headers === undefined ? {} : { headers: spec.headers }),
          setupRequest: (request: Record<string, unknown>) => ({ ...request, path: spec.path(n++) }),
        },
      ],
    }) as Promise<LoadRunResult>;
  await run(1);
  const before = cpuSeconds(pid);
  const result = await run(DURATION);
  const cpu = cpuSeconds(pid) - before;
  const statuses = result.statusCodeStats ?? {};
  const good = statuses[String(spec.status)]?.count ?? 0;
  const total = Object.values(statuses).reduce((sum, entry) => sum + (entry?.count ?? 0), 0);
  return { rps: good / DURATION, cpuUs: (cpu / Math.max(1, total)) * 1e6, wrong: total - good + result.errors };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function main(): Promise<void> {
  const variants = process.argv.slice(2).map((arg) => {
    const [name, script] = arg.split("=");
    if (name === undefined || script === undefined) throw new Error("arguments: name=path/to/server.js …");
    return { name, script };
  });
  const work = mkdtempSync(join(os.tmpdir(), "fixed-cost-"));
  try {
    const database = join(work, "bench.sqlite");
    const seeded = await seedWithFirstRelease(database, 1000, 0);
    // Beside the package's node_modules (its packages stay external), as bench/run.ts builds it.
    const floorScript = new URL("../dist/bench/floor-server.js", import.meta.url).pathname;
    await build({
      entryPoints: [new URL("./floor-server.ts", import.meta.url).pathname],
      outfile: floorScript,
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      absWorkingDir: new URL("..", import.meta.url).pathname,
      logLevel: "warning",
    });
    const floor = await start(
      floorScript,
      { FLOOR_DATABASE_PATH: join(work, "floor.sqlite") },
      "/floor/items/1",
      work,
      "floor",
    );
    const env = {
      ...BENCH_API_ENV,
      DATABASE_PATH: database,
      ADMIN_CLIENT_ID: ADMIN.clientId,
      ADMIN_CLIENT_SECRET: ADMIN.clientSecret,
    };
    const servers: {
      name: string;
      script: string;
      base: string;
      pid: number;
      token: string;
      version: string;
      etag: string;
    }[] = [];
    for (const variant of variants) {
      const server = await start(variant.script, env, "/v1/health", work, variant.name);
      const tokenResponse = await fetch(`${server.base}/v1/oauth/token`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${BENCH_INTEGRATION.clientId}:${BENCH_INTEGRATION.clientSecret}`).toString("base64")}`,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: "grant_type=client_credentials",
      });
      const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
      const versions = (
        (await (await fetch(`${server.base}/v1/frameworks`)).json()) as { items: { version: string }[] }
      ).items;
      const version = versions.at(-1)?.version ?? "2026.1";
      const framework = await fetch(`${server.base}/v1/frameworks/${version}`, {
        headers: { "Accept-Encoding": "identity" },
      });
      await framework.arrayBuffer();
      const etag = framework.headers.get("etag") ?? "";
      servers.push({ ...variant, ...server, token, version, etag });
    }
    const organisations = seeded.latest;
    const at = (n: number) =>
      organisations[n % organisations.length] as { organisationId: string; assessmentId: string };
    const scenarios: { name: string; spec: (server: (typeof servers)[number]) => Spec }[] = [
      { name: "health", spec: (s) => ({ base: s.base, path: () => "/v1/health", status: 200 }) },
      {
        name: "benchmark",
        spec: (s) => ({
          base: s.base,
          headers: { Authorization: `Bearer ${s.token}` },
          path: (n) => `/v1/organisations/${at(n).organisationId}/benchmark`,
          status: 200,
        }),
      },
      {
        name: "recommendations",
        spec: (s) => ({
          base: s.base,
          headers: { Authorization: `Bearer ${s.token}` },
          path: (n) => `/v1/assessments/${at(n).assessmentId}/recommendations`,
          status: 200,
        }),
      },
      {
        name: "framework 304",
        spec: (s) => ({
          base: s.base,
          headers: { "If-None-Match": s.etag },
          path: () => `/v1/frameworks/${s.version}`,
          status: 304,
        }),
      },
    ];
    // Every answer computed once before anything is measured: the measured windows read cached answers,
    // as a steady server does, whatever the window's length.
    for (const server of servers) {
      for (const scenario of scenarios) {
        const spec = scenario.spec(server);
        let n = 0;
        await autocannon({
          url: spec.base,
          connections: 8,
          amount: organisations.length,
          requests: [
            {
              method: "GET",
              ...(spec.headers === undefined ? {} : { headers: spec.headers }),
              setupRequest: (request: Record<string, unknown>) => ({ ...request, path: spec.path(n++) }),
            },
          ],
        });
      }
    }
    const results = new Map<string, { rps: number; cpuUs: number }[]>();
    const record = (key: string, value: { rps: number; cpuUs: number }) => {
      results.set(key, [...(results.get(key) ?? []), value]);
    };
    for (let round = 0; round < ROUNDS; round++) {
      const floorRun = await load(
        { base: floor.base, path: (n) => `/floor/items/${(n % 1000) + 1}`, status: 200 },
        floor.pid,
      );
      record("floor GET", floorRun);
      console.log(
        `round ${round + 1} floor GET: ${floorRun.rps.toFixed(0)} req/s, ${floorRun.cpuUs.toFixed(0)} µs, load ${os.loadavg()[0]?.toFixed(1)}`,
      );
      for (const scenario of scenarios) {
        // Alternate which build goes first, so neither always follows the floor.
        const ordered = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of ordered) {
          const run = await load(scenario.spec(server), server.pid);
          record(`${scenario.name}\t${server.name}`, run);
          console.log(
            `round ${round + 1} ${scenario.name} ${server.name}: ${run.rps.toFixed(0)} req/s, ${run.cpuUs.toFixed(0)} µs CPU/req${run.wrong > 0 ? `, ${run.wrong} wrong/errors` : ""}`,
          );
        }
      }
    }
    console.log("\nscenario\tbuild\tCPU µs/req median (min)\treq/s median (max)");
    for (const [key, runs] of results) {
      const cpu = runs.map((run) => run.cpuUs);
      const rps = runs.map((run) => run.rps);
      console.log(
        `${key}\t${median(cpu).toFixed(0)} (${Math.min(...cpu).toFixed(0)})\t${median(rps).toFixed(0)} (${Math.max(...rps).toFixed(0)})`,
      );
    }
  } finally {
    for (const child of children) child.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
