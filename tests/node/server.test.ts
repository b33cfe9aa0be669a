import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "../../src/api-version.js";

/** `npm start` as a user runs it: the bundle it builds, a real process, a real port, real signals. */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

beforeAll(() => {
  const built = spawnSync(process.execPath, ["scripts/build-server.mjs"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the server bundle did not build: ${built.stderr}`);
});
const children: ChildProcess[] = [];
const directories: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
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

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["dist/server.js"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), "server-test-"));
  directories.push(directory);
  return directory;
}

describe("npm start (dist/server.js, bundled from src/node.ts)", () => {
  it("creates the database directory, migrates, serves, prints the docs URL and shuts down cleanly", async () => {
    const port = await freePort();
    const databasePath = join(tempDir(), "nested", "dir", "db.sqlite");
    const server = start({ PORT: String(port), DATABASE_PATH: databasePath });
    await waitFor(() => server.output().includes("listening"), "the server to listen");
    expect(server.output()).toContain(`docs at http://127.0.0.1:${port}/v1/docs`);

    const response = await fetch(`http://127.0.0.1:${port}/v1/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("API-Version")).toBe(API_VERSION);
    // Health builds its answer with its headers as one plain object (finalResponse), which the Node
    // adapter writes as it is: the app's headers must be on the wire all the same.
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("RateLimit-Policy")).toMatch(/^"anonymous";q=\d+;w=\d+$/);
    expect(response.headers.get("Content-Length")).toBe(String((await response.clone().arrayBuffer()).byteLength));
    await waitFor(() => server.output().includes('"path":"/v1/health"'), "the request log line");
    const logLine = server
      .output()
      .split("\n")
      .find((line) => line.includes('"message":"request"'));
    expect(JSON.parse(logLine ?? "{}")).toMatchObject({ method: "GET", path: "/v1/health", status: 200 });
    expect(existsSync(databasePath)).toBe(true);

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain("SIGTERM received");
    expect(server.output()).toContain('"message":"stopped"');
    // A cleanly closed WAL database checkpoints and removes its -wal file.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
  });

  it("finishes a request in flight before it stops", async () => {
    const port = await freePort();
    const admin = {
      ADMIN_CLIENT_ID: "ops-admin",
      ADMIN_CLIENT_SECRET: "ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH",
    };
    const server = start({ PORT: String(port), DATABASE_PATH: join(tempDir(), "db.sqlite"), ...admin });
    await waitFor(() => server.output().includes("listening"), "the server to listen");

    // A token request whose body is only half sent when SIGTERM arrives: the handler is waiting for it.
    const body = `grant_type=client_credentials&client_id=ops-admin&client_secret=${"ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH"}`;
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/v1/oauth/token",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, half));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        void waitFor(() => server.output().includes("SIGTERM received"), "the signal").then(() => {
          request.end(body.slice(half));
        }, reject);
      }, 300);
    });
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toMatchObject({ token_type: "Bearer" });
    expect(await server.exited).toBe(0);
    expect(server.output().indexOf("SIGTERM received")).toBeLessThan(
      server.output().indexOf('"path":"/v1/oauth/token"'),
    );
  });

  it("prints a generated admin's credentials once, on the first start without ADMIN_CLIENT_*", async () => {
    const databasePath = join(tempDir(), "db.sqlite");
    const first = start({ PORT: String(await freePort()), DATABASE_PATH: databasePath });
    await waitFor(() => first.output().includes("listening"), "the first start");
    // Plain lines a person can copy, and a log event that names the client but never the secret.
    expect(first.output()).toMatch(/^ {2}client_id: {5}cli_[a-z2-7]+$/m);
    expect(first.output()).toMatch(/^ {2}client_secret: sec_[a-z2-7]+$/m);
    const event = first
      .output()
      .split("\n")
      .find((line) => line.includes("No admin client existed") && line.startsWith("{"));
    expect(event).toBeDefined();
    expect(event).toMatch(/"clientId":"cli_[a-z2-7]+"/);
    expect(event).not.toMatch(/sec_[a-z2-7]+/);
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    const second = start({ PORT: String(await freePort()), DATABASE_PATH: databasePath });
    await waitFor(() => second.output().includes("listening"), "the second start");
    expect(second.output()).not.toContain("client_secret");
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });

  it("refuses a bad configuration with a clear message and exit code 1", async () => {
    const server = start({ PORT: "eighty", DATABASE_PATH: join(tempDir(), "db.sqlite") });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT=\\"eighty\\": must be a whole number');
  });
});
