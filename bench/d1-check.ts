import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import BetterSqlite3 from "better-sqlite3";
import { BENCH_INTEGRATION, seedFreshDatabase } from "./bulk-seed.js";
import { type LoadRunResult, measurement } from "./report.js";

/**
 * `npm run bench:d1 [-- --organisations=N]`: the Worker path, small and indicative. Seeds the demo data
 * with the bulk seeder into a SQLite file, turns it into SQL (in the order the triggers allow: drafts,
 * answers, then the submissions), loads it into a fresh local D1 (`wrangler d1 execute --local`), starts
 * `wrangler dev` on it and loads the benchmark GET with autocannon. Local workerd + D1 (SQLite behind a
 * simulator) says little about Cloudflare's figures: this proves the same seeding works on D1 and shows
 * the order of magnitude.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const INTEGRATION = BENCH_INTEGRATION;
const ADMIN = { clientId: "bench-admin", clientSecret: "bench-admin-q53xGYEyY8lz2Wky57mTUUKx3HF3hsWKGlsunG1gJk_z" };

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((candidate) => candidate.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.slice(name.length + 3));
};

function quote(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** The seeded rows as INSERT statements, 100 rows each, in an order the schema's triggers accept. */
function dumpSql(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  const out: string[] = [];
  const insert = (table: string, rows: Record<string, unknown>[]) => {
    for (let start = 0; start < rows.length; start += 100) {
      const chunk = rows.slice(start, start + 100);
      const columns = Object.keys(chunk[0] as object);
      const values = chunk.map((row) => `(${columns.map((column) => quote(row[column])).join(", ")})`);
      out.push(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values.join(", ")};`);
    }
  };
  const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  insert("deployment_flags", all("SELECT * FROM deployment_flags"));
  insert("organisations", all("SELECT * FROM organisations"));
  insert("clients", all("SELECT * FROM clients"));
  insert("client_organisations", all("SELECT * FROM client_organisations"));
  insert(
    "assessments",
    all(
      "SELECT id, organisation_id, framework_version, 'draft' AS status, 1 AS revision, size_class, sbi_section, region, has_hr_department, NULL AS scores, created_at, updated_at, NULL AS submitted_at FROM assessments",
    ),
  );
  insert("assessment_answers", all("SELECT * FROM assessment_answers"));
  for (const row of all("SELECT id, status, revision, scores, contribution_answers, submitted_at FROM assessments")) {
    out.push(
      `UPDATE assessments SET status = ${quote(row.status)}, revision = ${quote(row.revision)}, scores = ${quote(row.scores)}, contribution_answers = ${quote(row.contribution_answers)}, submitted_at = ${quote(row.submitted_at)} WHERE id = ${quote(row.id)};`,
    );
  }
  insert("benchmark_contributions", all("SELECT * FROM benchmark_contributions"));
  db.close();
  return `${out.join("\n")}\n`;
}

async function main(): Promise<void> {
  const organisations = arg("organisations", 300);
  const durationS = arg("duration", 10);
  const work = mkdtempSync(join(os.tmpdir(), "inclusiebenchmark-d1-"));
  let dev: ChildProcess | undefined;
  try {
    const started = performance.now();
    const sqlitePath = join(work, "seed.sqlite");
    const { storage, seeded } = await seedFreshDatabase(sqlitePath, organisations, 0);
    await storage.close();
    const sqlFile = join(work, "seed.sql");
    writeFileSync(sqlFile, dumpSql(sqlitePath));
    const state = join(work, "state");
    const wrangler = (args: string[]) =>
      execFileSync("npx", ["wrangler", ...args], { cwd: ROOT, env: { ...process.env, CI: "1" }, stdio: "pipe" });
    wrangler(["d1", "migrations", "apply", "inclusiebenchmark", "--local", "--persist-to", state]);
    wrangler(["d1", "execute", "inclusiebenchmark", "--local", "--persist-to", state, "--file", sqlFile]);
    const seedMs = performance.now() - started;
    console.log(`seeded ${organisations} organisations into a local D1 in ${(seedMs / 1000).toFixed(1)} s`);

    const port = 18900 + Math.floor(Math.random() * 90);
    dev = spawn(
      "npx",
      [
        "wrangler",
        "dev",
        "--local",
        "--persist-to",
        state,
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--var",
        `ADMIN_CLIENT_ID:${ADMIN.clientId}`,
        "--var",
        `ADMIN_CLIENT_SECRET:${ADMIN.clientSecret}`,
        // A Worker refuses to start without a key-encryption key for its stored signing keys.
        "--var",
        `KEY_ENCRYPTION_KEY:${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`,
        ...["CLIENT", "ANONYMOUS", "TOKEN_CLIENT", "TOKEN_ADDRESS"].flatMap((policy) => [
          "--var",
          `RATE_LIMIT_${policy}_REQUESTS:1000000`,
        ]),
      ],
      { cwd: ROOT, env: { ...process.env, CI: "1" }, stdio: "ignore", detached: true },
    );
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error("wrangler dev did not answer /v1/health within 90 s");
      try {
        if ((await fetch(`${base}/v1/health`)).ok) break;
      } catch {
        // not yet
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const tokenResponse = await fetch(`${base}/v1/oauth/token`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${INTEGRATION.clientId}:${INTEGRATION.clientSecret}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    if (tokenResponse.status !== 200) throw new Error(`token: ${tokenResponse.status} ${await tokenResponse.text()}`);
    const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
    const first = seeded.latest[0] as { organisationId: string };
    const check = await fetch(`${base}/v1/organisations/${first.organisationId}/benchmark`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await check.json()) as { peerGroup: { level: string; organisations: number } | null };
    if (check.status !== 200 || body.peerGroup === null)
      throw new Error(`benchmark: ${check.status} ${JSON.stringify(body)}`);
    console.log(
      `benchmark of ${first.organisationId}: ${body.peerGroup.level} group of ~${body.peerGroup.organisations}`,
    );

    let n = 0;
    const run = (seconds: number) =>
      autocannon({
        url: base,
        connections: 8,
        duration: seconds,
        requests: [
          {
            method: "GET",
            headers: { Authorization: `Bearer ${token}` },
            setupRequest: (request) => ({
              ...request,
              path: `/v1/organisations/${(seeded.latest[n++ % seeded.latest.length] as { organisationId: string }).organisationId}/benchmark`,
            }),
          },
        ],
      }) as Promise<LoadRunResult>;
    await run(2);
    const measured = measurement(await run(durationS), 200);
    const result = {
      date: new Date().toISOString(),
      organisations,
      connections: 8,
      durationS,
      seedMs: Math.round(seedMs),
      benchmarkGet: measured,
    };
    console.log(JSON.stringify(result, null, 2));
    writeFileSync(
      join(ROOT, "bench", "results", `d1-local-${organisations}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    if (dev?.pid !== undefined) {
      try {
        process.kill(-dev.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
