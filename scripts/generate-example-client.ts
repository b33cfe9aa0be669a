import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { OPENAPI_FILE } from "./generate-openapi.js";

/** The HR-tool example's types, generated from the committed contract (`npm run openapi` runs this too). */
export const EXAMPLE_TYPES_FILE = fileURLToPath(new URL("../examples/hr-tool-sync/src/api.d.ts", import.meta.url));

export async function renderExampleTypes(): Promise<string> {
  const banner =
    "/**\n * Generated from openapi/openapi.json by scripts/generate-example-client.ts (openapi-typescript).\n * Do not edit: run `npm run openapi`.\n */\n\n";
  return banner + astToString(await openapiTS(new URL(`file://${OPENAPI_FILE}`)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(EXAMPLE_TYPES_FILE, await renderExampleTypes());
  console.log(`wrote ${EXAMPLE_TYPES_FILE}`);
}
