import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

/**
 * On Node the anonymous quota is keyed by the socket's peer address: a client cannot escape it by
 * sending X-Forwarded-For or CF-Connecting-IP (those are only trusted where a platform sets them).
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
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

describe("npm start: the anonymous rate limit", () => {
  it("counts per socket address and ignores forwarding headers a client sends", async () => {
    const directory = mkdtempSync(join(tmpdir(), "rate-limit-address-"));
    directories.push(directory);
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        PORT: String(port),
        DATABASE_PATH: join(directory, "db.sqlite"),
        ADMIN_CLIENT_ID: "ops-admin",
        ADMIN_CLIENT_SECRET: "ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH",
        RATE_LIMIT_ANONYMOUS_REQUESTS: "3",
        RATE_LIMIT_WINDOW_SECONDS: "3600",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    for (let waited = 0; !output.includes("listening"); waited += 50) {
      if (waited > 15_000) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const statuses: number[] = [];
    const spoofs = ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"];
    for (const spoof of spoofs) {
      const response = await fetch(`http://127.0.0.1:${port}/v1/frameworks`, {
        headers: { "X-Forwarded-For": spoof, "CF-Connecting-IP": spoof, "X-Real-IP": spoof },
      });
      await response.arrayBuffer();
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("Retry-After")).toMatch(/^\d+$/);
        expect(response.headers.get("RateLimit-Policy")).toBe('"anonymous";q=3;w=3600');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);

    // Another peer address (loopback answers for all of 127.0.0.0/8) has its own quota.
    const fromElsewhere = await new Promise<{ status: number; rateLimit: string | undefined }>((resolve, reject) => {
      const request = httpRequest(
        { host: "127.0.0.1", port, path: "/v1/frameworks", localAddress: "127.0.0.2" },
        (response) => {
          response.resume();
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, rateLimit: response.headers.ratelimit as string | undefined }),
          );
        },
      );
      request.on("error", reject);
      request.end();
    });
    expect(fromElsewhere).toEqual({ status: 200, rateLimit: '"anonymous";r=2;t=3600' });
  });
});
