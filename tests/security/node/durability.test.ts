import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStorage, PAGE_CACHE_KIB } from "../../../src/db/sqlite-storage.js";
import { contributionRows, recomputedContributionRows } from "../../support/contribution-recompute.js";

/**
 * Crash durability on Node: the real server (`node --import tsx src/node.ts`, as `npm start`) on a
 * SQLite file takes concurrent submissions over loopback and is killed with SIGKILL mid-load. After a
 * restart on the same file, every submission that was answered 2xx is there, submitted, with the
 * scores it was answered with, and the contribution rows equal a recompute. Why this holds
 * (WAL, synchronous) is in docs/security.md ("Durability").
 */

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const ADMIN = {
  ADMIN_CLIENT_ID: "durability-admin",
  ADMIN_CLIENT_SECRET: "durability-yXHFZZUFBYrHja5YaCtAUpMZPcvDIJZZBhphx4XJNT9T",
};
// One open draft per organisation (issue 16): one answered draft each, every one submitted twice
// at about the same time, so concurrent submissions hit different assessments and the same one.
const ORGANISATIONS = 48;
// As many as the bench's connections: the server commits the submissions that reach it together as
// one group (one transaction, one fsync, a savepoint each), so the kill lands in and between groups.
const CONCURRENCY = 32;
/** Kill once this many submissions have been answered 2xx (with others in flight). */
const KILL_AFTER = 20;

const children: ChildProcess[] = [];
const directory = mkdtempSync(join(tmpdir(), "durability-test-"));
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()));
    });
  });
}

async function startServer(databasePath: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", PORT: String(port), DATABASE_PATH: databasePath, ...ADMIN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  for (let waited = 0; !output.includes("listening"); waited += 50) {
    if (waited > 20_000 || child.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, exited, base: `http://127.0.0.1:${port}/v1` };
}

async function call(base: string, path: string, init: RequestInit & { token?: string } = {}) {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  if (typeof init.body === "string" && headers["Content-Type"] === undefined)
    headers["Content-Type"] = "application/json";
  const response = await fetch(`${base}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, body: text === "" ? null : (JSON.parse(text) as Record<string, unknown>) };
}

async function adminToken(base: string): Promise<string> {
  const response = await fetch(`${base}/oauth/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${btoa(`${ADMIN.ADMIN_CLIENT_ID}:${ADMIN.ADMIN_CLIENT_SECRET}`)}`,
    },
    body: "grant_type=client_credentials",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe("the SQLite settings the guarantee rests on", () => {
  it("opens every database in WAL mode with synchronous = FULL and foreign keys on", async () => {
    const storage = openSqliteStorage(join(directory, "pragmas.sqlite"));
    try {
      expect(storage.connection.pragma("journal_mode", { simple: true })).toBe("wal");
      // 2 = FULL: a commit waits for the WAL to reach the disk, so a 2xx survives a power loss too.
      expect(storage.connection.pragma("synchronous", { simple: true })).toBe(2);
      expect(storage.connection.pragma("foreign_keys", { simple: true })).toBe(1);
      // A bounded page cache (negative: KiB), part of the peak-memory budget.
      expect(storage.connection.pragma("cache_size", { simple: true })).toBe(-PAGE_CACHE_KIB);
    } finally {
      await storage.close();
    }
  });
});

describe("SIGKILL mid-load", () => {
  it("keeps every submission answered 2xx, and contributions equal to a recompute", async () => {
    const databasePath = join(directory, "durability.sqlite");
    const first = await startServer(databasePath);
    const token = await adminToken(first.base);

    // Organisations across a few peer groups, each with an answered draft ready to submit.
    const drafts: string[] = [];
    for (let index = 0; index < ORGANISATIONS; index++) {
      const organisation = await call(first.base, "/organisations", {
        method: "POST",
        token,
        body: JSON.stringify({
          name: `Durable ${index}`,
          sbiCode: ["1071", "4711", "8610"][index % 3],
          headcount: [8, 35, 120][index % 3],
          region: ["NL-UT", "NL-ZH"][index % 2],
          hasHrDepartment: index % 2 === 0,
        }),
      });
      expect(organisation.status).toBe(201);
      const draft = await call(first.base, `/organisations/${organisation.body?.organisationId}/assessments`, {
        method: "POST",
        token,
        body: "{}",
      });
      expect(draft.status).toBe(201);
      const missing = (draft.body as { progress: { missing: string[] } }).progress.missing;
      const answers = Object.fromEntries(missing.map((id, at) => [id, { maturity: (at + index) % 5 }]));
      const answered = await call(first.base, `/assessments/${draft.body?.assessmentId}`, {
        method: "PATCH",
        token,
        body: JSON.stringify({ answers }),
      });
      expect(answered.status).toBe(200);
      drafts.push(draft.body?.assessmentId as string);
    }
    // Interleave organisations so concurrent submissions hit different ones, and each twice in a row.
    drafts.sort((a, b) => (a.slice(-3) < b.slice(-3) ? -1 : 1));
    drafts.splice(0, drafts.length, ...drafts.flatMap((id) => [id, id]));

    const answered = new Map<string, unknown>();
    const failed: string[] = [];
    let inFlight = 0;
    let inFlightAtKill = -1;
    let next = 0;
    const worker = async () => {
      while (next < drafts.length && inFlightAtKill === -1) {
        const id = drafts[next++] as string;
        inFlight++;
        let response: Awaited<ReturnType<typeof call>>;
        try {
          response = await call(first.base, `/assessments/${id}/submission`, { method: "POST", token });
        } catch {
          failed.push(id); // the connection died with the server
          continue;
        } finally {
          inFlight--;
        }
        // Checked outside the try: a failed expectation must fail the test, not count as a dead connection.
        if (response.status >= 200 && response.status < 300) {
          // Of the two submissions of one draft, in the same group or not, one succeeds.
          expect(answered.has(id), `${id} was submitted twice`).toBe(false);
          answered.set(id, response.body?.scores);
          if (answered.size >= KILL_AFTER && inFlightAtKill === -1) {
            inFlightAtKill = inFlight;
            first.child.kill("SIGKILL");
          }
        } else {
          // 409: the same submission won the race, or came first. Never a 5xx.
          expect(response.status, JSON.stringify(response.body)).toBe(409);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await first.exited;
    expect(first.child.signalCode).toBe("SIGKILL");
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(inFlightAtKill, "the kill landed while submissions were in flight").toBeGreaterThan(0);

    const second = await startServer(databasePath);
    const restartToken = await adminToken(second.base);
    for (const [id, scores] of answered) {
      const stored = await call(second.base, `/assessments/${id}`, { token: restartToken });
      expect(stored.status, id).toBe(200);
      expect(stored.body?.status, id).toBe("submitted");
      expect(stored.body?.scores, id).toEqual(scores);
    }
    second.child.kill("SIGTERM");
    await second.exited;

    // The contribution rows on disk are the ones the assessments on disk call for.
    const storage = openSqliteStorage(databasePath);
    try {
      const submitted = await storage.db
        .selectFrom("assessments")
        .select("id")
        .where("status", "=", "submitted")
        .execute();
      expect(submitted.length).toBeGreaterThanOrEqual(answered.size);
      const rows = await contributionRows(storage.db);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(await recomputedContributionRows(storage.db));
    } finally {
      await storage.close();
    }
  }, 90_000);
});
