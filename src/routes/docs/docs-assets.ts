/** The Swagger UI files the docs page loads, with their media types. Nothing else is served. */
export const DOCS_ASSET_FILES = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
} as const satisfies Record<string, string>;

export type DocsAssetFile = keyof typeof DOCS_ASSET_FILES;

export function isDocsAssetFile(name: string): name is DocsAssetFile {
  return Object.hasOwn(DOCS_ASSET_FILES, name);
}
