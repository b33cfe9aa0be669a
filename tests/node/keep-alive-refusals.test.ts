import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Agent, fetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import { adminToken } from "../support/api-client.js";

/**
 * HTTP hygiene on a real socket: when the API refuses a request without reading its body (413, 415,
 * an early 401), it answers `Connection: close`, so a keep-alive client (undici, Node's fetch) opens a
 * fresh connection instead of sending its next request after the unread bytes, where it would fail.
 */

let harness: Harness;
let server: ReturnType<typeof serve>;
let baseUrl: string;
let admin: string;
let connections = 0;

beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
  server = serve({ fetch: harness.fetch, port: 0, hostname: "127.0.0.1" });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

const bigJson = (bytes: number) => JSON.stringify({ name: "x".repeat(bytes) });

const refusals: [string, number, (dispatcher: Agent) => Promise<{ status: number; headers: Headers }>][] = [
  [
    "413 (a 2 MB body)",
    413,
    (dispatcher) =>
      fetch(`${baseUrl}/organisations`, {
        dispatcher,
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
        body: bigJson(2 * 1024 * 1024),
      }) as unknown as Promise<{ status: number; headers: Headers }>,
  ],
  [
    "415 (a body of a type the operation does not take)",
    415,
    (dispatcher) =>
      fetch(`${baseUrl}/organisations`, {
        dispatcher,
        method: "POST",
        headers: { "Content-Type": "text/plain", Authorization: `Bearer ${admin}` },
        body: "x".repeat(200 * 1024),
      }) as unknown as Promise<{ status: number; headers: Headers }>,
  ],
  [
    "401 (no token, refused before the body is read)",
    401,
    (dispatcher) =>
      fetch(`${baseUrl}/organisations`, {
        dispatcher,
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: bigJson(200 * 1024),
      }) as unknown as Promise<{ status: number; headers: Headers }>,
  ],
];

describe("a keep-alive client after a refusal", () => {
  it.each(refusals)("sends its next requests without a socket error after %s", async (_name, status, refuse) => {
    // One connection at a time, kept alive: the next request goes on the same socket unless told to close.
    const dispatcher = new Agent({ connections: 1, pipelining: 1, keepAliveTimeout: 10_000 });
    try {
      const warmUp = await fetch(`${baseUrl}/health`, { dispatcher });
      expect(warmUp.status).toBe(200);
      await warmUp.arrayBuffer();
      const refused = await refuse(dispatcher);
      expect(refused.status).toBe(status);
      expect(refused.headers.get("connection")).toBe("close");
      await (refused as unknown as Response).arrayBuffer();
      for (let next = 0; next < 2; next++) {
        const after = await fetch(`${baseUrl}/health`, { dispatcher });
        expect(after.status).toBe(200);
        await after.arrayBuffer();
      }
    } finally {
      await dispatcher.close();
    }
  });

  it("keeps the connection open when the body was read (a validation error costs no reconnect)", async () => {
    const dispatcher = new Agent({ connections: 1, pipelining: 1, keepAliveTimeout: 10_000 });
    try {
      const before = connections;
      const invalid = await fetch(`${baseUrl}/organisations`, {
        dispatcher,
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${admin}` },
        body: JSON.stringify({ name: "" }),
      });
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get("connection")).not.toBe("close");
      await invalid.arrayBuffer();
      const after = await fetch(`${baseUrl}/health`, { dispatcher });
      expect(after.status).toBe(200);
      await after.arrayBuffer();
      expect(connections - before).toBe(1);
    } finally {
      await dispatcher.close();
    }
  });
});
