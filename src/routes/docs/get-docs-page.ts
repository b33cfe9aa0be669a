import { z } from "@hono/zod-openapi";
import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { DOCS_ASSET_FILES, isDocsAssetFile } from "./docs-assets.js";

/**
 * The interactive docs page: Swagger UI, served by the app itself from the swagger-ui-dist package,
 * so it works offline and needs no CDN. Paths are relative, so it also works behind a path prefix.
 * Scripts are files, not inline, so the page can run under a strict Content-Security-Policy.
 */
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inclusiebenchmark API — documentation</title>
<link rel="icon" type="image/png" href="docs/assets/favicon-32x32.png">
<link rel="stylesheet" href="docs/assets/swagger-ui.css">
</head>
<body>
<noscript>This page needs JavaScript. The OpenAPI document itself is at <a href="openapi.json">openapi.json</a>.</noscript>
<div id="swagger-ui"></div>
<script src="docs/assets/swagger-ui-bundle.js"></script>
<script src="docs/assets/docs-init.js"></script>
</body>
</html>
`;

// validatorUrl: null keeps Swagger UI from sending the document to an outside validator.
const DOCS_INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: false,
});
`;

/**
 * The docs page's policy: scripts, styles and images only from this API's own files (no inline
 * script or style, no eval), the OpenAPI document and "try it out" calls only to this API; data:
 * images for the icons in Swagger UI's CSS. Swagger UI styles elements from its scripts (CSSOM),
 * which style-src does not restrict: tests/security/node/docs-page-browser.test.ts renders the page
 * in Chromium under this policy and finds no violation.
 */
export const DOCS_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const getDocsPageRoute = defineRoute({
  method: "get",
  path: "/docs",
  operationId: "getDocsPage",
  tags: ["Documentation"],
  summary: "Interactive API documentation (HTML)",
  description:
    "Swagger UI over this document: read every operation, its parameters and examples, and try them out with a token. No token needed to open it.",
  responses: {
    200: { description: "The docs page.", content: { "text/html": { schema: z.string() } } },
  },
});

const DocsAssetParams = z.object({
  file: z
    .string()
    .openapi({ param: { name: "file", in: "path" }, example: "swagger-ui.css" })
    .describe("One of the docs page's own files."),
});

export const getDocsAssetRoute = defineRoute({
  method: "get",
  path: "/docs/assets/{file}",
  operationId: "getDocsAsset",
  tags: ["Documentation"],
  summary: "A static file of the docs page",
  description:
    "The scripts and styles the docs page loads (Swagger UI), served by this API so the page needs no third-party host.",
  request: { params: DocsAssetParams },
  responses: {
    200: {
      description: "The file.",
      content: {
        "text/css": { schema: z.string() },
        "text/javascript": { schema: z.string() },
        "image/png": { schema: z.string().openapi({ format: "binary" }) },
      },
    },
  },
});

export function registerDocsPage(router: ApiRouter): void {
  router.openapi(getDocsPageRoute, (c) => {
    c.header("Cache-Control", "no-cache");
    c.header("Content-Security-Policy", DOCS_PAGE_CSP);
    return c.html(DOCS_PAGE, 200);
  });

  router.openapi(getDocsAssetRoute, async (c) => {
    const { file } = c.req.valid("param");
    if (file === "docs-init.js") {
      return c.body(DOCS_INIT_SCRIPT, 200, {
        "Content-Type": "text/javascript; charset=utf-8",
        "Cache-Control": "no-cache",
      });
    }
    const body = isDocsAssetFile(file) ? await c.get("deps").docsAssets.get(file) : null;
    if (body === null || !isDocsAssetFile(file)) {
      throw new ApiError("not-found", { detail: `The docs page has no file named ${file}.` });
    }
    return c.body(body, 200, {
      "Content-Type": DOCS_ASSET_FILES[file],
      "Cache-Control": "public, max-age=86400",
    });
  });
}
