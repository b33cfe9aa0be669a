import { type ApiRouter, createApiRouter } from "../openapi/api-router.js";
import { buildOpenApiDocument } from "../openapi/document.js";
import { registerDocsPage } from "./docs/get-docs-page.js";
import { registerGetOpenApiDocument } from "./docs/get-openapi-document.js";
import { registerGetHealth } from "./health/get-health.js";

/** The one place every `/v1` operation is registered. */
export function buildApiRouter(): ApiRouter {
  const router = createApiRouter();
  let document: object | undefined;
  registerGetHealth(router);
  registerGetOpenApiDocument(router, () => {
    document ??= buildOpenApiDocument(router);
    return document;
  });
  registerDocsPage(router);
  return router;
}
