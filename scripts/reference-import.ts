import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage } from "../src/db/sqlite-storage.js";
import { FrameworkVersionLabelSchema } from "../src/domain/framework/framework-schema.js";
import { sha256Hex } from "../src/domain/sha256.js";
import { labourMarketRowsFrom } from "../src/routes/reference/labour-market-document.js";
import {
  getLabourMarketVersion,
  publishLabourMarketVersion,
  putLabourMarketDraft,
} from "../src/store/labour-market.js";
import { remoteAdmin } from "./remote-admin.js";

/**
 * `npm run reference:import -- table.csv --version 2026.1 [--publish] [--url https://api.example.nl]`:
 * loads a labour-market availability table (CSV, or JSON with `{"rows": [...]}` when the file ends in
 * .json) as a draft version, and publishes it with --publish (docs/measurement.md, README).
 * - Without --url: directly into the Node SQLite database (DATABASE_PATH), with the API's own checks.
 * - With --url and ADMIN_CLIENT_ID / ADMIN_CLIENT_SECRET set: through PUT /v1/reference/labour-market/{version}
 *   (and POST …/publication) on a remote deployment, such as a Worker on D1.
 */
const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const file = process.argv
  .slice(2)
  .find((value, index, all) => !value.startsWith("--") && !all[index - 1]?.startsWith("--"));
const version = argument("--version");
const url = argument("--url");
const publish = process.argv.includes("--publish");
if (file === undefined || version === undefined || !FrameworkVersionLabelSchema.safeParse(version).success) {
  console.error("usage: npm run reference:import -- <table.csv|table.json> --version 2026.1 [--publish] [--url <api>]");
  process.exit(2);
}
const form = file.endsWith(".json") ? "json" : "csv";
const text = readFileSync(resolve(file), "utf8");

async function importRemotely(base: string): Promise<void> {
  const { api, headers } = await remoteAdmin(base, "reference:write", "load reference data");
  const loaded = await fetch(`${api}/v1/reference/labour-market/${version}`, {
    method: "PUT",
    headers: { ...headers, "Content-Type": form === "json" ? "application/json" : "text/csv" },
    body: text,
  });
  const body = await loaded.text();
  if (loaded.status !== 200 && loaded.status !== 201) throw new Error(`loading failed: ${loaded.status} ${body}`);
  console.log(body);
  if (publish) {
    const published = await fetch(`${api}/v1/reference/labour-market/${version}/publication`, {
      method: "POST",
      headers,
    });
    const answer = await published.text();
    if (published.status !== 200) throw new Error(`publishing failed: ${published.status} ${answer}`);
    console.log(answer);
  }
}

async function importLocally(): Promise<void> {
  const read = labourMarketRowsFrom(text, form);
  if ("problems" in read) {
    for (const problem of read.problems) console.error(`${problem.pointer || "/"}: ${problem.message}`);
    throw new Error(`${file}: ${read.problems.length} problem(s); nothing was loaded`);
  }
  const config = loadNodeConfig(process.env);
  const storage = openSqliteStorage(resolve(config.databasePath));
  applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
  try {
    const label = version as string;
    const existing = await getLabourMarketVersion(storage.db, label);
    if (existing !== undefined && existing.status !== "draft") {
      throw new Error(`labour-market version ${label} is published: its content never changes; load a new version`);
    }
    await putLabourMarketDraft(storage, {
      version: label,
      rows: read.rows,
      contentHash: await sha256Hex(JSON.stringify(read.rows)),
      now: new Date(),
      exists: existing !== undefined,
    });
    console.log(`loaded ${read.rows.length} rows as draft ${label} into ${config.databasePath}`);
    if (publish) {
      await publishLabourMarketVersion(storage, label, new Date());
      console.log(`published ${label}: benchmarks, recommendations and reports use it from now on`);
    }
  } finally {
    await storage.close();
  }
}

try {
  if (url !== undefined) await importRemotely(url);
  else await importLocally();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
