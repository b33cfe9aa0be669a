import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import type { PdfRenderer } from "../app-env.js";

/** Where Debian, Ubuntu and most images put Chromium (or Chrome). */
const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium to print with: the configured path, none when "off", else the first one installed. */
export function findChromium(configured: string | null): string | null {
  if (configured === "off") return null;
  if (configured !== null) return configured;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Prints self-contained HTML to A4 PDF in headless Chromium (Node only; loaded on first use). The page
 * gets no JavaScript and no network: every request it would make is aborted.
 */
export function chromiumPdfRenderer(executablePath: string): PdfRenderer {
  let browser: Promise<Browser> | undefined;
  const launch = () => {
    browser ??= import("playwright-core").then(({ chromium }) => chromium.launch({ executablePath }));
    return browser;
  };
  return {
    async render(html) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        await context.route("**/*", (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: "load" });
        await page.emulateMedia({ media: "print" });
        return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser !== undefined) await (await browser).close();
    },
  };
}
