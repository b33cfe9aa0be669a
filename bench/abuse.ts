import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Agent, request } from "undici";
import { BENCH_INTEGRATION, seedFreshDatabase } from "./bulk-seed.js";

/**
 * `npm run bench:abuse`: how an unrelated request fares while the API is abused within its default
 * limits (about a minute and a half). One API server (dist/server.js, the bundle `npm start` builds and
 * runs, default rate limits and concurrency caps) on a freshly seeded database; one "victim" loop sends
 * an HR tool's `GET /v1/organisations/{id}/benchmark` at a steady VICTIM_PER_SECOND on one keep-alive
 * connection for the phase (1 000 samples by default, enough for a stable p99) and records each
 * latency, first quiet, then during each abuse:
 * - token flood: 40 connections from 20 loopback addresses (127.0.0.x) guess secrets of unknown
 *   client ids and of clients whose secrets are still stored as 100 000-iteration PBKDF2;
 * - wide reads: one sector client, 6 parallel loops of `GET /v1/benchmarks?limit=100` (each a page
 *   of up to 100 groups with distributions, adoption and trends);
 * - both at once.
 * Reports p50/p99 of the victim beside its quiet figures, as a ratio, and what the abusers got.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PHASE_SECONDS = Number(process.env.ABUSE_PHASE_SECONDS ?? 20);
const ORGANISATIONS = 1000;
/** 50 a second for 20 s: 1 000 samples per phase, so the p99 rests on ten of them, not on one. */
const VICTIM_PER_SECOND = Number(process.env.ABUSE_VICTIM_PER_SECOND ?? 50);
const LEGACY_CLIENTS = 10;
const ADMIN = { clientId: "bench-admin", clientSecret: "bench-admin-q53xGYEyY8lz2Wky57mTUUKx3HF3hsWKGlsunG1gJk_z" };

const children = new Set<ChildProcess>();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startApi(databasePath: string, logDirectory: string): Promise<string> {
  const port = await freePort();
  const out = openSync(join(logDirectory, "api.out.log"), "w");
  const err = openSync(join(logDirectory, "api.err.log"), "w");
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the server bundle did not build: ${built.stderr}`);
  const child = spawn(process.execPath, [join(ROOT, "dist/server.js")], {
    cwd: ROOT,
    // The defaults for every limit: the abusers stay within what any caller may send.
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      ADMIN_CLIENT_ID: ADMIN.clientId,
      ADMIN_CLIENT_SECRET: ADMIN.clientSecret,
      ACCESS_TOKEN_TTL_SECONDS: "3600",
      // The victim's 50 a second would pass its own quota of 600 a minute. Raised for every client, so the
      // sector client's wide reads are bounded only by the concurrency cap on expensive reads: harsher
      // than the defaults. The token endpoint's quotas (per address, per client id) stay the defaults.
      RATE_LIMIT_CLIENT_REQUESTS: "1000000",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", out, err],
  });
  closeSync(out);
  closeSync(err);
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(readFileSync(join(logDirectory, "api.err.log"), "utf8"));
    try {
      if ((await fetch(`${base}/v1/health`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the API did not start within 60 s");
}

/** An independent PBKDF2 hash as the API stored secrets before SHA-256 (the migration's old form). */
async function legacyHash(secret: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 100_000 }, key, 256);
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
  return `pbkdf2-sha256$100000$${b64(salt)}$${b64(new Uint8Array(bits))}`;
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function token(base: string, id: string, secret: string): Promise<string> {
  const response = await fetch(`${base}/v1/oauth/token`, {
    method: "POST",
    headers: { Authorization: basic(id, secret), "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined) throw new Error(`no token for ${id}: ${JSON.stringify(body)}`);
  return body.access_token;
}

interface Latencies {
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p99: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
}

/**
 * The unrelated request, paced at VICTIM_PER_SECOND on one keep-alive connection (an HR tool's
 * steady traffic), until `until`. Its quota (600 a minute by default) would refuse 3 000 a minute:
 * the API is started with a client quota that lets it through (the abusers' quotas stay the defaults).
 */
async function victim(
  base: string,
  bearer: string,
  organisations: readonly string[],
  until: number,
): Promise<Latencies> {
  const agent = new Agent({ connections: 1 });
  const samples: number[] = [];
  let errors = 0;
  const start = Date.now();
  try {
    for (let n = 0; Date.now() < until; n++) {
      const wait = start + n * (1000 / VICTIM_PER_SECOND) - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const started = performance.now();
      const response = await request(`${base}/v1/organisations/${organisations[n % organisations.length]}/benchmark`, {
        dispatcher: agent,
        headers: { authorization: `Bearer ${bearer}` },
      });
      await response.body.arrayBuffer();
      samples.push(performance.now() - started);
      if (response.statusCode !== 200) errors++;
    }
  } finally {
    await agent.close();
  }
  samples.sort((a, b) => a - b);
  return { requests: samples.length, errors, p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}

type Tally = Record<string, number>;

async function loop(until: number, send: (n: number) => Promise<number>, tally: Tally): Promise<void> {
  for (let n = 0; Date.now() < until; n++) {
    try {
      const status = await send(n);
      tally[status] = (tally[status] ?? 0) + 1;
    } catch {
      tally.socketError = (tally.socketError ?? 0) + 1;
    }
  }
}

/** 40 connections from 20 loopback addresses guessing secrets, half of them at PBKDF2-stored clients. */
function tokenFlood(base: string, legacyIds: readonly string[], until: number, tally: Tally): Promise<void>[] {
  const agents = Array.from(
    { length: 20 },
    (_, index) => new Agent({ connect: { localAddress: `127.0.0.${index + 10}` } }),
  );
  return Array.from({ length: 40 }, (_, worker) =>
    loop(
      until,
      async (n) => {
        const clientId =
          n % 2 === 0 ? (legacyIds[(worker + n) % legacyIds.length] as string) : `cli_guess${worker}x${n}`;
        const response = await request(`${base}/v1/oauth/token`, {
          dispatcher: agents[worker % agents.length] as Agent,
          method: "POST",
          headers: {
            authorization: basic(clientId, `sec_guess${n}`),
            "content-type": "application/x-www-form-urlencoded",
          },
          body: "grant_type=client_credentials",
        });
        await response.body.arrayBuffer();
        return response.statusCode;
      },
      tally,
    ),
  ).concat(
    Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now()) + 500));
      await Promise.all(agents.map((agent) => agent.close()));
    }),
  );
}

/** One sector client, 6 loops of the widest page of the aggregates list. */
function wideReads(base: string, sectorToken: string, until: number, tally: Tally): Promise<void>[] {
  return Array.from({ length: 6 }, () =>
    loop(
      until,
      async () => {
        const response = await request(`${base}/v1/benchmarks?limit=100`, {
          headers: { authorization: `Bearer ${sectorToken}` },
        });
        await response.body.arrayBuffer();
        return response.statusCode;
      },
      tally,
    ),
  );
}

type AbuseKind = "token-flood" | "wide-reads";

interface AbusePlan {
  readonly base: string;
  readonly legacyIds: readonly string[];
  readonly sectorToken: string;
  readonly until: number;
  readonly kinds: readonly AbuseKind[];
}

/** Runs the plan in a child process (this script with ABUSE_PLAN set) and returns its tally. */
async function abuseInChild(plan: AbusePlan, work: string): Promise<Tally> {
  const output = join(work, `tally-${Date.now()}.json`);
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    cwd: ROOT,
    env: { ...process.env, ABUSE_PLAN: JSON.stringify(plan), ABUSE_TALLY: output },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.add(child);
  await new Promise((resolve) => child.once("exit", resolve));
  children.delete(child);
  return JSON.parse(readFileSync(output, "utf8")) as Tally;
}

async function abuse(plan: AbusePlan, tallyPath: string): Promise<void> {
  const tally: Tally = {};
  const loops: Promise<void>[] = [];
  if (plan.kinds.includes("token-flood")) loops.push(...tokenFlood(plan.base, plan.legacyIds, plan.until, tally));
  if (plan.kinds.includes("wide-reads")) loops.push(...wideReads(plan.base, plan.sectorToken, plan.until, tally));
  await Promise.all(loops);
  writeFileSync(tallyPath, JSON.stringify(tally));
}

interface Phase {
  readonly name: string;
  readonly victim: Latencies;
  readonly abusers: Tally;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(os.tmpdir(), "inclusiebenchmark-abuse-"));
  const stop = () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    const databasePath = join(work, "abuse.sqlite");
    const { storage, seeded } = await seedFreshDatabase(databasePath, ORGANISATIONS, 0);
    const legacyIds: string[] = [];
    for (let index = 0; index < LEGACY_CLIENTS; index++) {
      const id = `legacy-tool-${index}`;
      const now = new Date().toISOString();
      await storage.db
        .insertInto("clients")
        .values({
          id,
          name: `Legacy ${index}`,
          role: "integration",
          status: "active",
          secret_hash: await legacyHash(`sec_legacy${index}${crypto.randomUUID()}`),
          organisation_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      legacyIds.push(id);
    }
    storage.connection.pragma("wal_checkpoint(TRUNCATE)");
    await storage.close();
    const base = await startApi(databasePath, work);
    const admin = await token(base, ADMIN.clientId, ADMIN.clientSecret);
    const created = await fetch(`${base}/v1/clients`, {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Branche (bench)", role: "sector", sections: ["C", "F", "G", "Q", "M", "N", "P"] }),
    });
    const sector = (await created.json()) as { clientId: string; clientSecret: string };
    const sectorToken = await token(base, sector.clientId, sector.clientSecret);
    const victimToken = await token(base, BENCH_INTEGRATION.clientId, BENCH_INTEGRATION.clientSecret);
    const organisations = seeded.latest.slice(0, 200).map((entry) => entry.organisationId);
    // Warm the victim's path (framework content, aggregates cache).
    await victim(base, victimToken, organisations, Date.now() + 1000);

    const phases: Phase[] = [];
    // The abusers run in their own process, so their loops never delay the victim's own event loop.
    const run = async (name: string, kinds: readonly AbuseKind[]) => {
      const until = Date.now() + PHASE_SECONDS * 1000;
      const abusers =
        kinds.length === 0 ? Promise.resolve({}) : abuseInChild({ base, legacyIds, sectorToken, until, kinds }, work);
      const measured = await victim(base, victimToken, organisations, until);
      const tally: Tally = await abusers;
      phases.push({ name, victim: measured, abusers: tally });
      console.log(
        `[abuse] ${name}: victim p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms; abusers ${JSON.stringify(tally)}`,
      );
      // Let queued work drain so phases do not bleed into each other.
      await new Promise((resolve) => setTimeout(resolve, 500));
    };
    await run("quiet", []);
    await run("token flood", ["token-flood"]);
    await run("wide reads", ["wide-reads"]);
    await run("both", ["token-flood", "wide-reads"]);

    const quiet = phases[0] as Phase;
    const rows = phases.map((phase) => ({
      ...phase,
      p50Ratio: phase.victim.p50 / quiet.victim.p50,
      p99Ratio: phase.victim.p99 / quiet.victim.p99,
    }));
    const table = [
      "| phase | victim requests | victim p50 | p50 / quiet p50 | victim p99 | p99 / quiet p99 | abusers' answers |",
      "|---|---|---|---|---|---|---|",
      ...rows.map(
        (row) =>
          `| ${row.name} | ${row.victim.requests} (${row.victim.errors} errors) | ${row.victim.p50.toFixed(1)} ms | ${row.p50Ratio.toFixed(2)}× | ${row.victim.p99.toFixed(1)} ms | ${row.p99Ratio.toFixed(2)}× | ${
            Object.entries(row.abusers)
              .map(([status, count]) => `${status}: ${count}`)
              .join(", ") || "–"
          } |`,
      ),
    ].join("\n");
    console.log(`\n${table}\n`);
    const worst = Math.max(...rows.map((row) => row.p99Ratio));
    console.log(`[abuse] worst p99 ratio ${worst.toFixed(2)}× (target ≤ 5×): ${worst <= 5 ? "met" : "NOT met"}`);
    const results = join(ROOT, "bench/results");
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, "abuse.json"),
      `${JSON.stringify({ at: new Date().toISOString(), phaseSeconds: PHASE_SECONDS, victimPerSecond: VICTIM_PER_SECOND, cpu: os.cpus().length, loadAverage: os.loadavg(), phases: rows }, null, 2)}\n`,
    );
  } finally {
    stop();
  }
}

const plan = process.env.ABUSE_PLAN;
const tallyPath = process.env.ABUSE_TALLY;
if (plan !== undefined && tallyPath !== undefined) await abuse(JSON.parse(plan) as AbusePlan, tallyPath);
else await main();
