/// <reference types="vite/client" />
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHarness } from "#harness";
import type { Harness } from "../harness/harness.js";
import {
  buildWorld,
  documentOperations,
  fillPath,
  type Operation,
  pathValuesFor,
  validBody,
  type World,
} from "../support/operations.js";

/**
 * OWASP API7:2023 Server Side Request Forgery. No route fetches a URL a caller supplied.
 * Statically: every outbound call or dynamic load in src/ is listed here with why it is safe.
 * Dynamically: URLs in every string field of every body, in query strings and in headers are stored
 * or refused, never fetched: the global fetch is watched (both runtimes) and, on Node, the URLs point
 * at a loopback listener that must receive no connection.
 */

const SOURCES = import.meta.glob<string>("../../src/**/*.ts", { query: "?raw", import: "default", eager: true });

/** Patterns that reach out of the process or load code/files by a computed name. */
const OUTBOUND = [
  { what: "fetch", pattern: /\bfetch\s*\(/g },
  { what: "http(s).request/get", pattern: /\bhttps?\.(request|get)\s*\(/g },
  { what: "network module", pattern: /from\s+"node:(http|https|net|tls|dgram|http2)"/g },
  { what: "dynamic import", pattern: /\bimport\s*\(/g },
  { what: "sockets", pattern: /\b(connect|createConnection)\s*\(|new\s+WebSocket\b|new\s+EventSource\b/g },
  { what: "file read", pattern: /\b(readFile|readFileSync|createReadStream|readdirSync)\s*\(/g },
  {
    what: "process or browser",
    pattern: /(?<![.\w])(spawn|spawnSync|exec|execSync|execFile|fork)\s*\(|\.launch\s*\(/g,
  },
];

/** Each known use, by file and the text of its line, with the reason it cannot be steered by a caller. */
const ALLOWED: { file: string; line: RegExp; reason: string }[] = [
  {
    file: "worker.ts",
    line: /readonly ASSETS\?: \{ fetch\(request: Request\)/,
    reason: "the type of the ASSETS binding, not a call",
  },
  {
    file: "worker.ts",
    line: /env\.ASSETS\.fetch\(new Request\(`https:\/\/assets\.invalid\/\$\{fileName\}`\)\)/,
    reason:
      "the static-assets binding (no network), a fixed host; fileName is one of DOCS_ASSET_FILES (checked by isDocsAssetFile before)",
  },
  { file: "worker.ts", line: /async fetch\(request: Request, env: WorkerEnv/, reason: "the Worker's own handler" },
  { file: "worker.ts", line: /\(await app\)\.fetch\(request, env, ctx\)/, reason: "hands the request to the app" },
  {
    file: "node-docs-assets.ts",
    line: /await readFile\(join\(directory, fileName\)\)/,
    reason: "swagger-ui-dist's directory; fileName is one of DOCS_ASSET_FILES (checked by isDocsAssetFile before)",
  },
  {
    file: "report/chromium-pdf.ts",
    line: /browser \?\?= import\("playwright-core"\)\.then\(\(\{ chromium \}\) => chromium\.launch\(\{ executablePath \}\)\)/,
    reason:
      "a literal module, and Chromium from the server's config; the page it prints has JavaScript off and every request aborted (tested below)",
  },
  {
    file: "webhooks/node-webhook-sender.ts",
    line: /^import (http|https) from "node:https?";$|^import type \{ LookupFunction \} from "node:net";$/,
    reason:
      "the webhook sender (Node): only to a subscription's URL, which passed destinationProblem at subscription and again here, connecting only to addresses its lookup checked (tested below: every forbidden class, no redirects)",
  },
  {
    file: "webhooks/webhook-sender.ts",
    line: /const response = await fetch\(request\.url, \{/,
    reason:
      "the webhook sender (Workers): the URL passed destinationProblem just before (https, a public host name, no IP literal); redirect manual, a timeout, a bounded read; Cloudflare's fetch does not reach private networks",
  },
  {
    file: "db/migrator.ts",
    line: /readdirSync\(directory\)|readFileSync\(join\(directory, name\), "utf8"\)/,
    reason: "the migrations directory at start-up, never a request value",
  },
];

describe("static: outbound calls in src/", () => {
  it("reads the sources (control)", () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(50);
    expect(Object.keys(SOURCES).some((path) => path.endsWith("/worker.ts"))).toBe(true);
  });

  it("has no outbound call, network module, dynamic import or file read beyond the allowlist", () => {
    const found: string[] = [];
    const used = new Set<number>();
    for (const [path, text] of Object.entries(SOURCES)) {
      const file = path.replace(/^.*\/src\//, "");
      const lines = text.split("\n");
      lines.forEach((line, index) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        for (const { what, pattern } of OUTBOUND) {
          if (!new RegExp(pattern.source).test(line)) continue;
          const allowed = ALLOWED.findIndex((entry) => entry.file === file && entry.line.test(line));
          if (allowed === -1) found.push(`${file}:${index + 1} ${what}: ${line.trim()}`);
          else used.add(allowed);
        }
      });
    }
    expect(found, "review each for SSRF, then allowlist it with its reason").toEqual([]);
    // A stale entry would allow a future call on a line that happens to match.
    expect(ALLOWED.filter((_, index) => !used.has(index)).map((entry) => entry.file)).toEqual([]);
  });
});

describe("dynamic: caller-supplied URLs are never fetched", () => {
  let harness: Harness;
  let world: World;
  let target = "http://127.0.0.1:9/ssrf";
  let connections = 0;
  let closeListener: (() => Promise<void>) | undefined;
  const fetchSpy = vi.spyOn(globalThis, "fetch");

  beforeAll(async () => {
    if (typeof process !== "undefined" && process.release?.name === "node" && !("WebSocketPair" in globalThis)) {
      const { createServer } = await import("node:net");
      const server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      if (typeof address === "object" && address !== null) target = `http://127.0.0.1:${address.port}/ssrf`;
      closeListener = () => new Promise<void>((resolve) => server.close(() => resolve()));
    }
    harness = await createHarness();
    world = await buildWorld(harness);
    fetchSpy.mockClear();
  });
  afterEach(() => {
    // Only the app is under watch: a test's own requests go through harness.request, not fetch.
    expect(fetchSpy, "the app called fetch").not.toHaveBeenCalled();
    expect(connections, "the loopback listener was contacted").toBe(0);
  });
  afterAll(async () => {
    fetchSpy.mockRestore();
    await harness.close();
    await closeListener?.();
  });

  const URLS = () => [target, "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"];

  /** Every string leaf of a value, by JSON path; objects and arrays walked. */
  function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value === "string" || (value === null && path.at(-1) === "url")) return [path];
    if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
    if (typeof value === "object" && value !== null) {
      return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
    }
    return [];
  }
  function withLeaf(value: unknown, path: (string | number)[], replacement: string): unknown {
    if (path.length === 0) return replacement;
    const copy = structuredClone(value) as Record<string | number, unknown>;
    const [head, ...rest] = path as [string | number, ...(string | number)[]];
    copy[head] = withLeaf(copy[head], rest, replacement);
    return copy;
  }

  const send = async (operation: Operation, body: unknown, extra: Record<string, string> = {}, query = "") => {
    const token = operation.access?.roles.includes("admin") === false ? world.cast.employer.token : world.cast.admin;
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...extra };
    if (operation.body !== null) headers["Content-Type"] = Object.keys(operation.body.content)[0] as string;
    const values = pathValuesFor(world, "admin", { draftAssessment: true });
    // Erasure on a spare organisation: the fixtures stay.
    if (operation.operationId === "deleteOrganisation") values.organisationId = world.spareOrganisationId;
    const response = await harness.request(fillPath(operation.path, values) + query, {
      method: operation.method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, await response.text()).toBeLessThan(500);
  };

  const writes = documentOperations().filter(
    (operation) => operation.body !== null && operation.operationId !== "createToken",
  );

  for (const operation of writes) {
    it(`${operation.method} ${operation.path}: URLs in its string fields`, async () => {
      const body = validBody(operation.operationId, world);
      const leaves = stringLeaves(body);
      // A framework document (190 KiB) has thousands of strings: a source URL and the first leaves suffice.
      const large = JSON.stringify(body).length > 10_000;
      const chosen = [...leaves.filter((path) => path.at(-1) === "url").slice(0, 1), ...leaves.slice(0, large ? 3 : 8)];
      for (const path of chosen) {
        for (const url of URLS()) await send(operation, withLeaf(body, path, url));
      }
      // Every string at once, and URLs as extra fields.
      let all = body;
      for (const path of leaves.slice(0, 200)) all = withLeaf(all, path, target);
      await send(operation, all);
      await send(operation, { ...(body as object), callbackUrl: target, webhook: target, url: target });
    });
  }

  it("URLs in query strings and headers of every operation", async () => {
    for (const operation of documentOperations()) {
      if (operation.operationId === "createToken") continue;
      const query = operation.parameters
        .filter((parameter) => parameter.in === "query")
        .map((parameter) => `${parameter.name}=${encodeURIComponent(target)}`)
        .join("&");
      await send(
        operation,
        validBody(operation.operationId, world),
        {
          Referer: target,
          Origin: target,
          "X-Forwarded-Host": target.replace(/^http:\/\//, ""),
          Forwarded: `host=${target}`,
          "X-Original-URL": target,
          Location: target,
          "Idempotency-Key": target,
        },
        `${query === "" ? "?" : `?${query}&`}url=${encodeURIComponent(target)}&callback=${encodeURIComponent(target)}`,
      );
    }
  });

  it("prints a report to PDF without the browser fetching anything (Node, with Chromium)", async (context) => {
    if (harness.runtime !== "node") return context.skip();
    const { chromiumPdfRenderer, findChromium } = await import("../../src/report/chromium-pdf.js");
    const chromium = findChromium(null);
    if (chromium === null) {
      // CI installs Chromium (tests/node/report-browser.test.ts requires it there).
      if (process.env.CI === "true") throw new Error("Chromium is required under CI");
      return context.skip();
    }
    const pdf = chromiumPdfRenderer(chromium);
    const printing = await createHarness({ deps: { storage: harness.storage, pdf } });
    try {
      const bait = `<img src="${target}/img"><link rel="stylesheet" href="${target}/css"><iframe src="${target}/frame"></iframe>`;
      await harness.request(`/v1/organisations/${world.cast.employer.organisationId}`, {
        method: "PATCH",
        headers: {
          "Content-Type": "application/merge-patch+json",
          Authorization: `Bearer ${world.cast.employer.token}`,
        },
        body: JSON.stringify({ name: `Bakkerij ${bait}`.slice(0, 200), legalForm: `${target}/legal` }),
      });
      const response = await printing.request(`/v1/organisations/${world.cast.employer.organisationId}/report`, {
        headers: { Authorization: `Bearer ${world.cast.employer.token}`, Accept: "application/pdf" },
      });
      expect(response.status, await response.clone().text()).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    } finally {
      await pdf.close();
      await printing.close();
    }
  }, 60_000);

  it("stores a framework source URL as data, without fetching it (control: URLs are accepted there)", async () => {
    const draft = validBody("createFramework", world) as { version: string; sources: { url: string | null }[] };
    expect(draft.sources.length, "the built-in framework cites sources").toBeGreaterThan(0);
    for (const source of draft.sources) source.url = target;
    const response = await harness.request("/v1/frameworks", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${world.cast.admin}` },
      body: JSON.stringify(draft),
    });
    expect(response.status, await response.text()).toBe(201);
    const stored = await harness.request(`/v1/frameworks/${draft.version}`, {
      headers: { Authorization: `Bearer ${world.cast.admin}` },
    });
    expect(await stored.text()).toContain(target);
  });
});

/**
 * Webhooks (issue 19) are the one place the API sends to a URL a client chose. Their rules: https
 * only, a public host name (no IP literal, no local or private name), and on Node only addresses
 * the lookup checked are connected to; no redirects, a timeout, a bounded read.
 */
describe("webhook destinations", () => {
  /** One address of each forbidden class, as a literal and as what a host name resolves to. */
  const FORBIDDEN: [string, string, RegExp][] = [
    ["loopback", "127.0.0.1", /loopback/],
    ["loopback (IPv6)", "::1", /loopback/],
    ["private 10/8", "10.20.30.40", /private/],
    ["private 172.16/12", "172.16.5.4", /private/],
    ["private 192.168/16", "192.168.1.1", /private/],
    ["link-local (cloud metadata)", "169.254.169.254", /link-local/],
    ["link-local (IPv6)", "fe80::1", /link-local/],
    ["unique-local", "fd12:3456::1", /unique-local/],
    ["multicast", "224.0.0.251", /multicast/],
    ["multicast (IPv6)", "ff02::1", /multicast/],
    ["unspecified", "0.0.0.0", /unspecified/],
    ["unspecified (IPv6)", "::", /unspecified/],
    ["carrier-grade NAT", "100.64.12.1", /carrier-grade NAT/],
    ["IPv4-mapped private", "::ffff:10.0.0.1", /private/],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1", /loopback/],
    ["NAT64", "64:ff9b::a00:1", /NAT64/],
    ["documentation", "192.0.2.10", /reserved or documentation/],
  ];

  let harness: Harness;
  let token: string;
  beforeAll(async () => {
    harness = await createHarness();
    const { castOfClients } = await import("../support/api-client.js");
    token = (await castOfClients(harness)).integration.token;
  });
  afterAll(async () => {
    await harness.close();
  });

  it("refuses every forbidden address class at subscription, naming url, and stores nothing", async () => {
    const { databaseSnapshot } = await import("../support/database-snapshot.js");
    const before = await databaseSnapshot(harness.storage);
    for (const [name, address, reason] of FORBIDDEN) {
      const host = address.includes(":") ? `[${address}]` : address;
      const response = await harness.request("/v1/webhooks", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify({ url: `https://${host}/hook`, eventTypes: ["assessment.submitted"] }),
      });
      const problem = (await response.json()) as { errors?: { pointer: string; message: string }[] };
      expect(response.status, name).toBe(400);
      expect(problem.errors, name).toEqual([{ in: "body", pointer: "/url", message: expect.stringMatching(reason) }]);
    }
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("the Workers sender refuses IP literals and local names before fetching", async () => {
    const { fetchWebhookSender } = await import("../../src/webhooks/webhook-sender.js");
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    try {
      const sender = fetchWebhookSender({ timeoutMs: 1000, allowLoopback: false });
      for (const url of [
        "https://8.8.8.8/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/hook",
        "https://localhost/hook",
        "https://metadata.google.internal/hook",
        "http://hooks.example.nl/hook",
      ]) {
        expect(await sender.send({ url, headers: {}, body: "{}" }), url).toEqual({
          error: expect.stringMatching(/^Refused destination/),
        });
      }
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  describe("on Node", () => {
    const onNode =
      typeof process !== "undefined" && process.release?.name === "node" && !("WebSocketPair" in globalThis);
    let port = 0;
    let connections = 0;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      if (!onNode) return;
      const { createServer } = await import("node:net");
      const server = createServer((socket) => {
        connections++;
        socket.destroy();
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      if (typeof address === "object" && address !== null) port = address.port;
      close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    });
    afterAll(async () => {
      await close?.();
    });

    it("connects only to addresses its lookup checked: a name resolving to any forbidden class is refused", async (context) => {
      if (!onNode) return context.skip();
      const { nodeWebhookSender } = await import("../../src/webhooks/node-webhook-sender.js");
      for (const [name, address, reason] of FORBIDDEN) {
        const family = address.includes(":") ? 6 : 4;
        const sender = nodeWebhookSender({
          timeoutMs: 2000,
          allowLoopback: false,
          resolve: async () => [{ address, family }],
        });
        const result = await sender.send({ url: `https://hooks.example.nl:${port}/hook`, headers: {}, body: "{}" });
        expect(result, name).toEqual({ error: expect.stringMatching(reason) });
      }
      // Every address of the name is checked, not only the first.
      const mixed = nodeWebhookSender({
        timeoutMs: 2000,
        allowLoopback: false,
        resolve: async () => [
          { address: "93.184.215.14", family: 4 },
          { address: "127.0.0.1", family: 4 },
        ],
      });
      expect(await mixed.send({ url: `https://hooks.example.nl:${port}/hook`, headers: {}, body: "{}" })).toEqual({
        error: expect.stringMatching(/127\.0\.0\.1, a loopback/),
      });
      expect(connections, "a refused destination was connected to").toBe(0);
      // Control: the same name, with loopback allowed, does reach the listener (the count can move).
      const control = nodeWebhookSender({
        timeoutMs: 2000,
        allowLoopback: true,
        resolve: async () => [{ address: "127.0.0.1", family: 4 }],
      });
      await control.send({ url: `https://hooks.example.nl:${port}/hook`, headers: {}, body: "{}" });
      expect(connections).toBe(1);
      connections = 0;
    });

    it("does not follow redirects, gives up after its timeout and reads a bounded answer", async (context) => {
      if (!onNode) return context.skip();
      const { createServer } = await import("node:http");
      const { nodeWebhookSender } = await import("../../src/webhooks/node-webhook-sender.js");
      let hung = 0;
      const server = createServer((request, response) => {
        if (request.url === "/redirect") {
          response.writeHead(307, { Location: `http://127.0.0.1:${port}/elsewhere` }).end();
        } else if (request.url === "/endless") {
          // An answer that never ends: only a bounded read lets the sender finish.
          response.writeHead(200);
          const chunk = Buffer.alloc(16 * 1024, 120);
          const pump = () => {
            while (response.write(chunk)) {}
          };
          response.on("drain", pump);
          pump();
        } else {
          hung++;
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const receiver = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      try {
        const sender = nodeWebhookSender({ timeoutMs: 1500, allowLoopback: true });
        expect(await sender.send({ url: `${receiver}/redirect`, headers: {}, body: "{}" })).toEqual({ status: 307 });
        expect(connections, "the redirect was followed").toBe(0);
        expect(await sender.send({ url: `${receiver}/endless`, headers: {}, body: "{}" })).toEqual({ status: 200 });
        expect(await sender.send({ url: `${receiver}/hang`, headers: {}, body: "{}" })).toEqual({
          error: expect.stringMatching(/no answer within 1500 ms/),
        });
        expect(hung).toBe(1);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });
});
