import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { get as httpGet } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { build } from "esbuild";
import { BENCH_API_ENV, BENCH_INTEGRATION, type BulkSeedResult, seedWithFirstRelease } from "./bulk-seed.js";
import { cpuSeconds, peakRssMb, residentParts, rssMb } from "./proc-stats.js";
import {
  evaluateTargets,
  type LoadRunResult,
  type Measurement,
  measurement,
  medianRun,
  type ReferenceResult,
  referenceResult,
  referenceTable,
  type ScaleResult,
  type ScenarioResult,
  scaleResult,
  scaleTable,
  scenarioResult,
  scenarioTable,
  targetTable,
} from "./report.js";

/**
 * `npm run bench [-- --quick]`: seeds two fresh databases (small and large), builds the API's bundle
 * (as `npm start` does) and the floor's, starts both on free loopback ports (one after the other, so
 * each start's time to its first 200 is its own), loads each scenario with autocannon right after its
 * matching floor run, with the server's CPU time per request from /proc, and writes bench/results and
 * bench/RESULTS.md. Every child process is stopped at the end, also on failure.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = fileURLToPath(new URL(".", import.meta.url));

interface Options {
  readonly mode: "quick" | "full";
  readonly small: number;
  readonly large: number;
  readonly drafts: number;
  readonly connections: number;
  readonly durationS: number;
  readonly warmupS: number;
  readonly tokenDurationS: number;
  readonly scaleRounds: number;
  /** Only these scenarios (`--only=submission,health`), for a short look at one; empty: all of them. */
  readonly only: readonly string[];
  /** `--cpu-prof=DIR`: the API servers run with `--cpu-prof` and write their profiles there when stopped. */
  readonly cpuProfileDirectory: string | null;
  /**
   * `--seed-cache=DIR`: seeded databases are kept in DIR (by size and drafts) and copied from there by
   * later runs, so a look at the 100 000-organisation database costs a copy, not four minutes of seeding.
   */
  readonly seedCacheDirectory: string | null;
  /**
   * `--amount=N`: each measured run sends exactly N requests instead of running for a duration, so runs
   * on a loaded machine still do the same work (for comparing memory between builds or settings).
   */
  readonly amount: number;
}

function parseOptions(argv: readonly string[]): Options {
  const quick = argv.includes("--quick");
  const value = (name: string, fallback: number) => {
    const arg = argv.find((candidate) => candidate.startsWith(`--${name}=`));
    const parsed = arg === undefined ? fallback : Number(arg.slice(name.length + 3));
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number`);
    return parsed;
  };
  const large = value("large", quick ? 1000 : 100_000);
  return {
    mode: quick ? "quick" : "full",
    small: value("small", quick ? 200 : 1000),
    large,
    drafts: Math.min(large, value("drafts", quick ? 500 : 20_000)),
    connections: value("connections", 32),
    durationS: value("duration", quick ? 2 : 10),
    amount: value("amount", 0),
    warmupS: value("warmup", quick ? 1 : 2),
    tokenDurationS: value("token-duration", quick ? 3 : 10),
    scaleRounds: value("scale-rounds", quick ? 1 : 3),
    only: (argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length) ?? "")
      .split(",")
      .filter((name) => name !== ""),
    cpuProfileDirectory: argv.find((arg) => arg.startsWith("--cpu-prof="))?.slice("--cpu-prof=".length) ?? null,
    seedCacheDirectory: argv.find((arg) => arg.startsWith("--seed-cache="))?.slice("--seed-cache=".length) ?? null,
  };
}

const ADMIN = { clientId: "bench-admin", clientSecret: "bench-admin-q53xGYEyY8lz2Wky57mTUUKx3HF3hsWKGlsunG1gJk_z" };
const INTEGRATION = BENCH_INTEGRATION;

const children = new Set<ChildProcess>();

/** Stops every child gently (SIGTERM: a profiled server writes its profile on the way out), then waits. */
async function stopChildrenGently(): Promise<void> {
  const running = [...children].filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const forced = setTimeout(resolve, 10_000);
          child.once("exit", () => {
            clearTimeout(forced);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}

function stopChildren(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  children.clear();
}

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

interface Server {
  readonly name: string;
  readonly base: string;
  readonly process: ChildProcess;
  readonly pid: number;
  /** Milliseconds from spawning the process to its first 200 on the ready path. */
  readonly firstOkMs: number;
}

/** The API as `npm start` builds it (dist/server.js) and the floor, bundled the same way (no tsx at run time). */
async function buildBundles(): Promise<{ api: string; floor: string }> {
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the server bundle did not build: ${built.stderr}`);
  const floor = join(ROOT, "dist/bench/floor-server.js");
  await build({
    entryPoints: [join(BENCH, "floor-server.ts")],
    outfile: floor,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return { api: join(ROOT, "dist/server.js"), floor };
}

/**
 * The node options `npm start` runs the server with (package.json's start script: `node [options]
 * dist/server.js`), so the bench runs it exactly so. BENCH_API_NODE_OPTIONS replaces them, to try others.
 */
function startNodeOptions(): string[] {
  const override = process.env.BENCH_API_NODE_OPTIONS;
  if (override !== undefined) return override.split(" ").filter((option) => option !== "");
  const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const match = /(?:^|&& )node ((?:--\S+ )*)dist\/server\.js$/.exec(scripts.start ?? "");
  if (match === null)
    throw new Error(`package.json's start script does not end in node … dist/server.js: ${scripts.start}`);
  return (match[1] ?? "").split(" ").filter((option) => option !== "");
}

async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
  logDirectory: string,
  nodeOptions: readonly string[] = [],
): Promise<Server> {
  const port = await freePort();
  const out = openSync(join(logDirectory, `${name}.out.log`), "w");
  const err = openSync(join(logDirectory, `${name}.err.log`), "w");
  // node itself on the bundle, as `npm start` runs it: the pid we read RSS and CPU from is the server.
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", out, err],
  });
  closeSync(out);
  closeSync(err);
  children.add(child);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `${name} exited with ${child.exitCode}: ${readFileSync(join(logDirectory, `${name}.err.log`), "utf8")}`,
      );
    }
    try {
      const response = await fetch(`${base}${readyPath}`);
      if (response.ok) {
        await response.arrayBuffer();
        const firstOkMs = performance.now() - started;
        return { name, base, process: child, pid: child.pid as number, firstOkMs };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${name} did not answer ${readyPath} within 60 s`);
}

interface SeededDatabase {
  readonly path: string;
  readonly organisations: number;
  readonly seedMs: number;
  readonly bytes: number;
  readonly seeded: BulkSeedResult;
}

/** A fresh copy of the database seeded earlier with the same sizes, or a new seed (kept for later runs). */
async function seedDatabase(
  path: string,
  organisations: number,
  drafts: number,
  cacheDirectory: string | null,
): Promise<SeededDatabase> {
  if (cacheDirectory === null) return seedNewDatabase(path, organisations, drafts);
  const cached = join(cacheDirectory, `${organisations}-${drafts}.sqlite`);
  const cachedResult = `${cached}.json`;
  if (existsSync(cached) && existsSync(cachedResult)) {
    // A copy: the submission scenario uses up the drafts, so each run starts from the seeded state.
    copyFileSync(cached, path);
    return { ...(JSON.parse(readFileSync(cachedResult, "utf8")) as SeededDatabase), path };
  }
  const seeded = await seedNewDatabase(path, organisations, drafts);
  mkdirSync(cacheDirectory, { recursive: true });
  copyFileSync(path, cached);
  writeFileSync(cachedResult, JSON.stringify(seeded));
  return seeded;
}

async function seedNewDatabase(path: string, organisations: number, drafts: number): Promise<SeededDatabase> {
  const started = performance.now();
  // With its first release, as the API's first start (or first read) would cut it: the servers then start
  // as a restart does, and each start's time and memory are their own, not those of a first cut.
  const seeded = await seedWithFirstRelease(path, organisations, drafts);
  return { path, organisations, seedMs: performance.now() - started, bytes: statSync(path).size, seeded };
}

interface LoadSpec {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Path of the n-th request (cycling through ids, or the next draft). */
  readonly path: (n: number) => string;
  readonly expectedStatus: number;
}

/** Loads `spec` (after a warm-up) and measures it, with the CPU time `pid` (the server) spent in the measured window. */
async function load(
  spec: LoadSpec,
  options: Options,
  durationS: number,
  pid: number,
  warmup = true,
): Promise<Measurement> {
  let n = 0;
  const run = (seconds: number) =>
    autocannon({
      url: spec.url,
      connections: options.connections,
      ...(options.amount > 0 ? { amount: options.amount } : { duration: seconds }),
      requests: [
        {
          method: spec.method,
          ...(spec.headers === undefined ? {} : { headers: spec.headers }),
          ...(spec.body === undefined ? {} : { body: spec.body }),
          setupRequest: (request: Record<string, unknown>) => ({ ...request, path: spec.path(n++) }),
        },
      ],
    }) as Promise<LoadRunResult>;
  if (warmup && options.warmupS > 0) await run(options.warmupS);
  const cpuBefore = cpuSeconds(pid);
  const result = await run(durationS);
  return measurement(result, spec.expectedStatus, cpuSeconds(pid) - cpuBefore);
}

async function json(response: Response, status: number): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function tokenFor(api: Server): Promise<string> {
  const body = await json(
    await fetch(`${api.base}/v1/oauth/token`, {
      method: "POST",
      headers: {
        Authorization: basic(INTEGRATION.clientId, INTEGRATION.clientSecret),
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    }),
    200,
  );
  return body.access_token as string;
}

/** A response's bytes as sent (fetch would decode a compressed body), with the coding they are in. */
function rawResponse(url: string, acceptEncoding: string): Promise<{ body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { "Accept-Encoding": acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        else resolve({ body: Buffer.concat(chunks), encoding: response.headers["content-encoding"] });
      });
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** Every `count`-th organisation's latest round, spread over the whole database. */
function pool<T>(items: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.floor(items.length / size));
  const picked: T[] = [];
  for (let index = 0; index < items.length && picked.length < size; index += step) picked.push(items[index] as T);
  return picked;
}

/** Proves the seeded data answers as the store's own would, before anything is measured. */
async function checkBenchmark(api: Server, token: string, organisationId: string): Promise<string> {
  const body = await json(
    await fetch(`${api.base}/v1/organisations/${organisationId}/benchmark`, {
      headers: { Authorization: `Bearer ${token}` },
    }),
    200,
  );
  const group = body.peerGroup as { level: string; organisations: number } | null;
  const overall = (body.measures as { measure: string; rankBand: { from: number; to: number } | null }[]).find(
    (measure) => measure.measure === "overall",
  );
  if (group === null || overall?.rankBand === null || overall?.rankBand === undefined) {
    throw new Error(`the benchmark of ${organisationId} has no figures: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return `${group.level} group of ~${group.organisations}, overall between p${overall.rankBand.from} and p${overall.rankBand.to}`;
}

/** Asks for every organisation's benchmark once (8 at a time), so each answer is in the server's cache. */
async function prime(server: Server, token: string, organisations: readonly { organisationId: string }[]) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < organisations.length) {
        const organisation = organisations[next++] as { organisationId: string };
        const response = await fetch(`${server.base}/v1/organisations/${organisation.organisationId}/benchmark`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`priming ${organisation.organisationId}: ${response.status}`);
      }
    }),
  );
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? "unknown"}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const work = mkdtempSync(join(os.tmpdir(), "inclusiebenchmark-bench-"));
  const cleanup = () => {
    stopChildren();
    rmSync(work, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  process.on("SIGTERM", () => {
    cleanup();
    process.exit(143);
  });
  const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
  const machineBefore = machine();
  try {
    log(
      `${options.mode} run: ${options.small} and ${options.large} organisations, ${options.connections} connections, ${options.durationS} s per run`,
    );
    const small = await seedDatabase(join(work, "small.sqlite"), options.small, 0, options.seedCacheDirectory);
    log(`seeded ${small.organisations} organisations in ${Math.round(small.seedMs)} ms`);
    const large = await seedDatabase(
      join(work, "large.sqlite"),
      options.large,
      options.drafts,
      options.seedCacheDirectory,
    );
    log(
      `seeded ${large.organisations} organisations (+${large.seeded.drafts.length} drafts) in ${Math.round(large.seedMs)} ms`,
    );

    const apiEnv = (path: string) => ({
      ...BENCH_API_ENV,
      DATABASE_PATH: path,
      ADMIN_CLIENT_ID: ADMIN.clientId,
      ADMIN_CLIENT_SECRET: ADMIN.clientSecret,
    });
    const bundles = await buildBundles();
    // One after the other: each start's time to its first 200 is its own, not a share of three.
    const floor = await startServer(
      "floor",
      bundles.floor,
      { FLOOR_DATABASE_PATH: join(work, "floor.sqlite") },
      "/floor/items/1",
      work,
    );
    const profiling =
      options.cpuProfileDirectory === null ? [] : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDirectory}`];
    const nodeOptions = startNodeOptions();
    log(`API started as \`node ${[...nodeOptions, "dist/server.js"].join(" ")}\``);
    const api = await startServer("api-large", bundles.api, apiEnv(large.path), "/v1/health", work, [
      ...nodeOptions,
      ...profiling,
    ]);
    const apiSmall = await startServer("api-small", bundles.api, apiEnv(small.path), "/v1/health", work, nodeOptions);
    // Idle: started, the first release cut, nothing asked yet but the readiness check.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleRss = { large: rssMb(api.pid), small: rssMb(apiSmall.pid), floor: rssMb(floor.pid) };
    log(
      `floor on ${floor.base}, API on ${api.base} (large, first 200 after ${Math.round(api.firstOkMs)} ms, idle RSS ${Math.round(idleRss.large)} MB) and ${apiSmall.base} (small, first 200 after ${Math.round(apiSmall.firstOkMs)} ms, idle RSS ${Math.round(idleRss.small)} MB)`,
    );

    const token = await tokenFor(api);
    const tokenSmall = await tokenFor(apiSmall);
    const largeOrganisations = pool(large.seeded.latest, 1000);
    const smallOrganisations = pool(small.seeded.latest, 1000);
    log(
      `large: ${await checkBenchmark(api, token, (largeOrganisations[0] as { organisationId: string }).organisationId)}`,
    );
    log(
      `small: ${await checkBenchmark(apiSmall, tokenSmall, (smallOrganisations[0] as { organisationId: string }).organisationId)}`,
    );
    const frameworkResponse = await fetch(`${api.base}/v1/frameworks/latest`);
    await json(frameworkResponse, 200);
    const frameworkVersion = (await json(await fetch(`${api.base}/v1/frameworks`), 200)).items as { version: string }[];
    const version = frameworkVersion.at(-1)?.version ?? "2026.1";
    // Without Accept-Encoding, as the 304 scenario asks (fetch would otherwise ask for gzip, whose ETag differs).
    const etag = (
      await fetch(`${api.base}/v1/frameworks/${version}`, { headers: { "Accept-Encoding": "identity" } })
    ).headers.get("etag");
    if (etag === null) throw new Error("the framework has no ETag");
    // The framework's bytes exactly as the API sends them, plain and in brotli, for the floor to send too.
    const frameworkBytes: Record<"plain" | "br", { bytes: number; encoding: string | undefined }> = {
      plain: { bytes: 0, encoding: undefined },
      br: { bytes: 0, encoding: undefined },
    };
    for (const [name, acceptEncoding] of [
      ["plain", "identity"],
      ["br", "br, gzip"],
    ] as const) {
      const { body, encoding } = await rawResponse(`${api.base}/v1/frameworks/${version}`, acceptEncoding);
      const put = await fetch(`${floor.base}/floor/bytes/framework-${name}`, {
        method: "PUT",
        headers: encoding === undefined ? {} : { "X-Content-Encoding": encoding },
        body: new Uint8Array(body),
      });
      if (put.status !== 204) throw new Error(`the floor refused the framework bytes: ${put.status}`);
      frameworkBytes[name] = { bytes: body.byteLength, encoding };
    }
    log(
      `framework ${version}: ${frameworkBytes.plain.bytes} bytes plain, ${frameworkBytes.br.bytes} bytes as ${frameworkBytes.br.encoding ?? "identity"} (the floor sends the same)`,
    );
    const floorBytes = (name: "plain" | "br"): LoadSpec => ({
      url: floor.base,
      method: "GET",
      path: () => `/floor/bytes/framework-${name}`,
      expectedStatus: 200,
    });

    const floorGet: LoadSpec = {
      url: floor.base,
      method: "GET",
      path: (n) => `/floor/items/${(n % 1000) + 1}`,
      expectedStatus: 200,
    };
    const floorPost: LoadSpec = {
      url: floor.base,
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "bench", value: 42 }),
      path: () => "/floor/items",
      expectedStatus: 201,
    };
    // The same insert at synchronous = NORMAL: what the floor measured before it matched the API's durability.
    const floorPostNormal: LoadSpec = { ...floorPost, path: () => "/floor/items-normal" };
    const bearer = { Authorization: `Bearer ${token}` };
    const at = <T>(items: readonly T[], n: number) => items[n % items.length] as T;
    const drafts = large.seeded.drafts;
    let draftsUsed = 0;
    const scenarios: {
      name: string;
      description: string;
      floor: "GET" | "POST";
      spec: LoadSpec;
      durationS?: number;
      warmup?: boolean;
      /** A second floor: the same response bytes from the floor's server, measured right before. */
      reference?: { readonly name: string; readonly spec: LoadSpec };
    }[] = [
      {
        name: "health",
        description: "GET /v1/health (no token; the database pinged)",
        floor: "GET",
        spec: { url: api.base, method: "GET", path: () => "/v1/health", expectedStatus: 200 },
      },
      {
        name: "benchmark",
        description: "GET /v1/organisations/{id}/benchmark (1 000 organisations in turn)",
        floor: "GET",
        spec: {
          url: api.base,
          method: "GET",
          headers: bearer,
          path: (n) => `/v1/organisations/${at(largeOrganisations, n).organisationId}/benchmark`,
          expectedStatus: 200,
        },
      },
      {
        name: "recommendations",
        description: "GET /v1/assessments/{id}/recommendations (latest rounds in turn)",
        floor: "GET",
        spec: {
          url: api.base,
          method: "GET",
          headers: bearer,
          path: (n) => `/v1/assessments/${at(largeOrganisations, n).assessmentId}/recommendations`,
          expectedStatus: 200,
        },
      },
      {
        name: "framework",
        description: `GET /v1/frameworks/${version} (the whole menukaart)`,
        floor: "GET",
        spec: { url: api.base, method: "GET", path: () => `/v1/frameworks/${version}`, expectedStatus: 200 },
        reference: { name: `floor, same ${frameworkBytes.plain.bytes} bytes`, spec: floorBytes("plain") },
      },
      {
        name: "framework br",
        description: `GET /v1/frameworks/${version} with Accept-Encoding: br, gzip (as HR tools and browsers send)`,
        floor: "GET",
        spec: {
          url: api.base,
          method: "GET",
          headers: { "Accept-Encoding": "br, gzip" },
          path: () => `/v1/frameworks/${version}`,
          expectedStatus: 200,
        },
        reference: { name: `floor, same ${frameworkBytes.br.bytes} bytes (br)`, spec: floorBytes("br") },
      },
      {
        name: "framework 304",
        description: `GET /v1/frameworks/${version} with If-None-Match`,
        floor: "GET",
        spec: {
          url: api.base,
          method: "GET",
          headers: { "If-None-Match": etag },
          path: () => `/v1/frameworks/${version}`,
          expectedStatus: 304,
        },
      },
      {
        name: "submission",
        description: "POST /v1/assessments/{id}/submission (a distinct complete draft each)",
        floor: "POST",
        spec: {
          url: api.base,
          method: "POST",
          headers: bearer,
          path: () => {
            const draft = drafts[draftsUsed++];
            // Past the last draft: an id that does not exist, so the 404 counts as an error, visibly.
            return `/v1/assessments/${draft?.assessmentId ?? "asm_exhaustedexhaustedexhaust"}/submission`;
          },
          expectedStatus: 201,
        },
      },
      {
        name: "token",
        description: "POST /v1/oauth/token (SHA-256 of the secret, per request)",
        floor: "GET",
        durationS: options.tokenDurationS,
        // Warmed like every other scenario. It was not while a secret cost a PBKDF2 derivation (queued
        // derivations would have run into the measured window); with SHA-256 nothing is queued, and
        // without a warm-up the window measured the route's first, unoptimised requests too.
        spec: {
          url: api.base,
          method: "POST",
          headers: {
            Authorization: basic(INTEGRATION.clientId, INTEGRATION.clientSecret),
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: "grant_type=client_credentials",
          path: () => "/v1/oauth/token",
          expectedStatus: 200,
        },
      },
    ];

    // Scale: the same benchmark GET on the small and the large database, back to back. First, while both
    // servers have done the same (started, checked, primed): measured after the other scenarios, the large
    // one had caches, heap and outbox the small one had not, and the ratio compared histories too
    // (bench/RESULTS.md, "Submissions, memory and scale, session 6").
    const scaleSpec = (server: Server, bearerToken: string, organisations: typeof largeOrganisations): LoadSpec => ({
      url: server.base,
      method: "GET",
      headers: { Authorization: `Bearer ${bearerToken}` },
      path: (n) => `/v1/organisations/${at(organisations, n).organisationId}/benchmark`,
      expectedStatus: 200,
    });
    // Alternating rounds, each side's median kept: a burst from something else on the machine during one
    // window would otherwise decide the ratio.
    const smallRuns: Measurement[] = [];
    const largeRuns: Measurement[] = [];
    const scaleChosen = options.only.length === 0 || options.only.includes("scale");
    if (scaleChosen && options.scaleRounds > 0) {
      // Each of the 1 000 answers once on both servers before the first round: the check compares cached
      // answers at two sizes, and a time-based warm-up leaves some uncached when the machine is slow.
      await prime(apiSmall, tokenSmall, smallOrganisations);
      await prime(api, token, largeOrganisations);
    }
    for (let round = 0; scaleChosen && round < options.scaleRounds; round++) {
      smallRuns.push(
        await load(scaleSpec(apiSmall, tokenSmall, smallOrganisations), options, options.durationS, apiSmall.pid),
      );
      largeRuns.push(await load(scaleSpec(api, token, largeOrganisations), options, options.durationS, api.pid));
    }
    // `--scale-rounds=0` (or `--only` without `scale`) leaves the scale check out.
    const scale =
      smallRuns.length === 0
        ? null
        : scaleResult(
            { organisations: small.organisations, run: medianRun(smallRuns) },
            { organisations: large.organisations, run: medianRun(largeRuns) },
          );
    if (scale !== null) {
      log(
        `scale: p50 ${scale.small.run.p50Ms} → ${scale.large.run.p50Ms} ms (×${scale.p50Ratio.toFixed(2)}), p99 ×${scale.p99Ratio.toFixed(2)}, CPU per request ${scale.small.run.cpuUsPerRequest?.toFixed(0)} → ${scale.large.run.cpuUsPerRequest?.toFixed(0)} µs (×${scale.cpuRatio?.toFixed(2)})`,
      );
    }

    const results: ScenarioResult[] = [];
    const references: ReferenceResult[] = [];
    // The API's peak RSS so far, after each scenario: which load raised it.
    const rssAfter: Record<string, number> = { [scale === null ? "start" : "scale"]: Math.round(peakRssMb(api.pid)) };
    // A full run measures the matching floor right before each scenario (the machine's load drifts);
    // a quick one measures each floor once.
    const floorOnce = new Map<"GET" | "POST", Measurement>();
    const floorFor = async (method: "GET" | "POST") => {
      const cached = options.mode === "quick" ? floorOnce.get(method) : undefined;
      if (cached !== undefined) return cached;
      const floorRun = await load(method === "GET" ? floorGet : floorPost, options, options.durationS, floor.pid);
      floorOnce.set(method, floorRun);
      return floorRun;
    };
    const chosen = scenarios.filter((scenario) => options.only.length === 0 || options.only.includes(scenario.name));
    for (const scenario of chosen) {
      const duration = scenario.durationS ?? options.durationS;
      const referenceRun =
        scenario.reference === undefined ? null : await load(scenario.reference.spec, options, duration, floor.pid);
      const floorRun = await floorFor(scenario.floor);
      const apiRun = await load(scenario.spec, options, duration, api.pid, scenario.warmup ?? true);
      const result = scenarioResult(scenario.name, scenario.description, scenario.floor, apiRun, floorRun);
      results.push(result);
      if (scenario.reference !== undefined && referenceRun !== null) {
        const reference = referenceResult(scenario.name, scenario.reference.name, apiRun, referenceRun);
        references.push(reference);
        log(
          `${scenario.name}: ${scenario.reference.name} ${referenceRun.rps.toFixed(0)} req/s at ${referenceRun.cpuUsPerRequest?.toFixed(0)} µs CPU/req; API ÷ reference ${(reference.ratio * 100).toFixed(0)} %`,
        );
      }
      rssAfter[scenario.name] = Math.round(peakRssMb(api.pid));
      log(
        `${scenario.name}: ${apiRun.rps.toFixed(0)} req/s, p50 ${apiRun.p50Ms} ms, p99 ${apiRun.p99Ms} ms, CPU ${apiRun.cpuUsPerRequest?.toFixed(0)} µs/req, errors ${apiRun.errors} (timeouts ${apiRun.timeouts}) ${JSON.stringify(apiRun.statuses)}; floor ${scenario.floor} ${floorRun.rps.toFixed(0)} req/s; ratio ${(result.ratio * 100).toFixed(0)} %; API peak RSS ${rssAfter[scenario.name]} MB (${residentParts(api.pid)})`,
      );
    }
    if (draftsUsed > drafts.length) log(`WARNING: the submission scenario ran out of drafts (${drafts.length})`);
    const floorNormal = await load(floorPostNormal, options, options.durationS, floor.pid);
    const floorFull = results.find((result) => result.scenario === "submission")?.floorRun ?? null;
    log(
      `floor POST at synchronous=NORMAL: ${floorNormal.rps.toFixed(0)} req/s, p50 ${floorNormal.p50Ms} ms (at FULL, as the API: ${floorFull?.rps.toFixed(0) ?? "–"} req/s)`,
    );

    const rss = { large: peakRssMb(api.pid), small: peakRssMb(apiSmall.pid), floor: peakRssMb(floor.pid) };
    const startup = { firstOkMs: { large: api.firstOkMs, small: apiSmall.firstOkMs, floor: floor.firstOkMs }, idleRss };
    const targets = evaluateTargets({
      scenarios: results,
      scale,
      peakRssMb: rss.large,
      idleRssMb: idleRss.large,
      firstOkMs: api.firstOkMs,
    });
    const report = {
      mode: options.mode,
      date: new Date().toISOString(),
      machine: machineBefore,
      loadAverageAfter: os.loadavg().map((value) => Number(value.toFixed(2))),
      options,
      seeding: [small, large].map(({ organisations, seedMs, bytes, seeded }) => ({
        organisations,
        submittedAssessments: seeded.submitted,
        drafts: seeded.drafts.length,
        groups: seeded.groupRows,
        ms: Math.round(seedMs),
        databaseMb: Math.round(bytes / 1024 ** 2),
      })),
      draftsSubmitted: Math.min(draftsUsed, drafts.length),
      scenarios: results,
      references,
      scale,
      peakRssMb: rss,
      peakRssMbAfterScenario: rssAfter,
      startup,
      floorPost: { full: floorFull, normal: floorNormal },
      targets,
      totalS: Math.round((Date.now() - started) / 1000),
    };
    const tables = renderReport(report);
    console.log(`\n${tables}\n`);
    mkdirSync(join(BENCH, "results"), { recursive: true });
    writeFileSync(
      join(BENCH, "results", `${options.mode === "full" && options.only.length === 0 ? "latest" : "quick"}.json`),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    if (options.mode === "full" && options.only.length === 0) writeResultsSection(tables);
    if (options.cpuProfileDirectory !== null) {
      await stopChildrenGently();
      log(`CPU profile of the API (large) in ${options.cpuProfileDirectory}`);
    }
    log(`done in ${report.totalS} s`);
  } finally {
    cleanup();
  }
}

function renderReport(report: {
  date: string;
  machine: ReturnType<typeof machine>;
  loadAverageAfter: number[];
  options: Options;
  seeding: { organisations: number; submittedAssessments: number; drafts: number; ms: number; databaseMb: number }[];
  scenarios: ScenarioResult[];
  references: ReferenceResult[];
  scale: ScaleResult | null;
  peakRssMb: { large: number; small: number; floor: number };
  startup: {
    firstOkMs: { large: number; small: number; floor: number };
    idleRss: { large: number; small: number; floor: number };
  };
  floorPost: { full: Measurement | null; normal: Measurement };
  targets: ReturnType<typeof evaluateTargets>;
}): string {
  const { machine: m, options } = report;
  return [
    `Run ${report.date} (${options.mode}): ${m.cpu}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; load average before ${m.loadAverage.join(" / ")}, after ${report.loadAverageAfter.join(" / ")}.`,
    `${options.connections} connections, ${options.durationS} s per run (token issuance ${options.tokenDurationS} s) after ${options.warmupS} s warm-up; ${options.mode === "full" ? "each API run right after its floor run" : "each floor measured once"}.`,
    "",
    scenarioTable(report.scenarios),
    "",
    ...(report.references.length === 0
      ? []
      : [
          "The framework beside the floor's server sending the same bytes (the fair floor for a large body):",
          "",
          referenceTable(report.references),
          "",
        ]),
    report.scale === null ? "(no scale check in this run)" : scaleTable(report.scale),
    "",
    `Seeding: ${report.seeding.map((seed) => `${seed.organisations.toLocaleString("en")} organisations (${seed.submittedAssessments.toLocaleString("en")} submitted rounds, ${seed.drafts.toLocaleString("en")} drafts) in ${(seed.ms / 1000).toFixed(1)} s, ${seed.databaseMb} MB`).join("; ")}.`,
    `Start (node on the esbuild bundle, as \`npm start\`): first 200 after ${Math.round(report.startup.firstOkMs.large)} ms on the large database, ${Math.round(report.startup.firstOkMs.small)} ms on the small one (floor ${Math.round(report.startup.firstOkMs.floor)} ms); idle RSS ${Math.round(report.startup.idleRss.large)} / ${Math.round(report.startup.idleRss.small)} MB (floor ${Math.round(report.startup.idleRss.floor)} MB).`,
    `Peak RSS (VmHWM): API on the large database ${Math.round(report.peakRssMb.large)} MB, on the small one ${Math.round(report.peakRssMb.small)} MB; floor ${Math.round(report.peakRssMb.floor)} MB.`,
    `Floor POST (one insert): ${report.floorPost.full === null ? "–" : fixedRps(report.floorPost.full)} at synchronous = FULL (the API's durability, the submission's floor), ${fixedRps(report.floorPost.normal)} at NORMAL.`,
    "",
    targetTable(report.targets),
  ].join("\n");
}

function fixedRps(run: Measurement): string {
  return `${run.rps.toFixed(0)} req/s (p50 ${run.p50Ms} ms, ${run.cpuUsPerRequest === null ? "–" : run.cpuUsPerRequest.toFixed(0)} µs CPU/req)`;
}

const START = "<!-- latest full run: written by npm run bench -->";
const END = "<!-- end of latest full run -->";

function writeResultsSection(tables: string): void {
  const path = join(BENCH, "RESULTS.md");
  const current = readFileSync(path, "utf8");
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path} lacks the markers ${START} … ${END}`);
  writeFileSync(path, `${current.slice(0, from + START.length)}\n${tables}\n${current.slice(to)}`);
}

await main();
