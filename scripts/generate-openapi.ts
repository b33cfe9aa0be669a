import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildOpenApiDocument } from "../src/openapi/document.js";
import { buildApiRouter } from "../src/routes/register-routes.js";

/** `npm run openapi`: writes the committed contract, openapi/openapi.json, from the code. */
export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(buildApiRouter()), null, 2)}\n`;
}

export const OPENAPI_FILE = fileURLToPath(new URL("../openapi/openapi.json", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, renderOpenApiDocument());
  console.log(`wrote ${OPENAPI_FILE}`);
}
