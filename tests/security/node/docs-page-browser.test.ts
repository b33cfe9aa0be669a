/// <reference lib="dom" />
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../../src/report/chromium-pdf.js";

/**
 * The docs page's Content-Security-Policy in a real browser: Swagger UI renders the whole contract
 * under it without a single violation, and the policy does bite (an injected inline script is
 * refused). Like the report's browser test: skipped without Chromium, required in CI.
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const chromiumPath = findChromium(process.env.REPORT_PDF_CHROMIUM ?? null);
const required = process.env.CI === "true";

let server: ChildProcess | undefined;
let directory: string | undefined;
let browser: Browser | undefined;
let base = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const listener = createServer();
    listener.once("error", reject);
    listener.listen(0, "127.0.0.1", () => {
      const address = listener.address();
      listener.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}

describe.skipIf(chromiumPath === null && !required)("the docs page under its CSP, in Chromium", () => {
  beforeAll(async () => {
    expect(chromiumPath, "Chromium must be installed in CI (.ci/run installs it)").not.toBeNull();
    directory = mkdtempSync(join(tmpdir(), "docs-csp-"));
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/node.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        PORT: String(port),
        DATABASE_PATH: join(directory, "db.sqlite"),
        ADMIN_CLIENT_ID: "ops-admin",
        ADMIN_CLIENT_SECRET: "ops-X5zwxFFQBjVFQopu5z6hnCzl4qBU1bTGsYAp2DaLfmKH",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = child;
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    for (let waited = 0; !output.includes("listening"); waited += 50) {
      if (waited > 20_000) throw new Error(`the server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    base = `http://127.0.0.1:${port}/v1`;
    browser = await chromium.launch({ executablePath: chromiumPath as string });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
  });

  it("renders every operation with no CSP violation, and refuses an injected inline script", async () => {
    const context = await (browser as Browser).newContext();
    try {
      const page = await context.newPage();
      // Collected in the page from its first moment, before Swagger UI runs.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener("securitypolicyviolation", (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      const consoleErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));

      const response = await page.goto(`${base}/docs`, { waitUntil: "load" });
      expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
      await page.locator(".opblock").first().waitFor({ state: "visible", timeout: 20_000 });
      const operations = await page.locator(".opblock").count();
      const contract = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, object> };
      // Operations only: a path item also holds its shared parameters (X-Request-Id).
      const declared = Object.values(contract.paths).reduce(
        (sum, item) => sum + Object.keys(item).filter((key) => key !== "parameters").length,
        0,
      );
      expect(operations).toBe(declared);
      // Expanding operations renders parameters, bodies, responses and schemas; "Try it out" renders
      // the request editors.
      const expanded = Math.min(operations, 8);
      for (let index = 0; index < expanded; index += 1) {
        await page.locator(".opblock-summary-control").nth(index).click({ timeout: 20_000 });
      }
      await expect.poll(() => page.locator(".opblock-body").count(), { timeout: 30_000 }).toBe(expanded);
      await page.locator("button.try-out__btn").first().click({ timeout: 20_000 });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(consoleErrors).toEqual([]);

      // The policy bites: an inline script an attacker got into the page does not run. (Its lack of
      // 'unsafe-eval' is checked on the header: code evaluated over the DevTools protocol, as here,
      // is exempt from the page's policy, so eval cannot be probed this way.)
      const injected = await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true";
        document.body.appendChild(script);
        return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
      });
      expect(injected).toBe(false);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length))
        .toBeGreaterThanOrEqual(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});
