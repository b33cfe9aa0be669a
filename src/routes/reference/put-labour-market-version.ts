import { LABOUR_MARKET_MAX_ROWS, LabourMarketTableSchema } from "../../domain/labour-market/labour-market-table.js";
import { sha256Hex } from "../../domain/sha256.js";
import { ApiError, validationFailed } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getLabourMarketVersion, putLabourMarketDraft } from "../../store/labour-market.js";
import { labourMarketRowsFrom } from "./labour-market-document.js";
import { LabourMarketVersionParamsSchema, LabourMarketVersionSchema } from "./labour-market-schemas.js";

/** A full table (1144 rows of ~150 bytes) is about 170 KiB as JSON: 512 KiB leaves room for long source texts. */
export const LABOUR_MARKET_DOCUMENT_MAX_BYTES = 512 * 1024;

const CSV = "text/csv";
const mediaTypeOf = (contentType: string | undefined) => (contentType ?? "").split(";")[0]?.trim().toLowerCase();

export const putLabourMarketVersionRoute = defineRoute({
  method: "put",
  path: "/reference/labour-market/{version}",
  operationId: "putLabourMarketVersion",
  maxBodyBytes: LABOUR_MARKET_DOCUMENT_MAX_BYTES,
  tags: ["Reference data"],
  summary: "Load a labour-market availability table as a draft version (creates or replaces the draft)",
  description: `Admin. The share of the working population with a migration background per SBI section × province (and per education level where the source has it), each row with its source, year and licence: as JSON (\`{"rows": [...]}\`) or as CSV with the header \`section,region,educationLevel,share,source,year,licence\` (an empty section, region or educationLevel means all; semicolon-separated with decimal commas is accepted too). Every row is checked; a problem names the row (\`/rows/{index}/{field}\`, and for CSV the line) and nothing is stored. At most ${LABOUR_MARKET_MAX_ROWS} rows, one per cell, the national row (all × all × all) included. A published version is immutable (409): load a new version. Publish with POST …/publication; reads use the newest published version.`,
  access: { roles: ["admin"], scope: "reference:write" },
  request: {
    params: LabourMarketVersionParamsSchema,
    body: {
      required: true,
      content: {
        // Validated by the handler (per row, for both forms alike), not by the router: the router would
        // refuse a CSV body against the JSON schema.
        "application/json": { schema: { $ref: "#/components/schemas/LabourMarketTableInput" } },
        [CSV]: {
          schema: {
            type: "string",
            description: "UTF-8, header line first: section,region,educationLevel,share,source,year,licence.",
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: "The draft, replaced.",
      content: { "application/json": { schema: LabourMarketVersionSchema } },
    },
    201: { description: "The draft, created.", content: { "application/json": { schema: LabourMarketVersionSchema } } },
    409: problemResponse("The version is published: its content never changes."),
  },
});

function immutable(version: string): ApiError {
  return new ApiError("conflict", {
    detail: `Labour-market version ${version} is published: its content never changes. Load a new version instead.`,
  });
}

export function registerPutLabourMarketVersion(router: ApiRouter): void {
  // The JSON form's schema, referenced by the operation (the handler validates it, see above).
  router.openAPIRegistry.register("LabourMarketTableInput", LabourMarketTableSchema);
  router.openapi(putLabourMarketVersionRoute, async (c) => {
    const { version } = c.req.valid("param");
    const deps = c.get("deps");
    const existing = await getLabourMarketVersion(deps.storage.db, version);
    if (existing !== undefined && existing.status !== "draft") throw immutable(version);
    const form = mediaTypeOf(c.req.header("Content-Type")) === CSV ? "csv" : "json";
    const read = labourMarketRowsFrom(await c.req.text(), form);
    if ("problems" in read) throw validationFailed(read.problems);
    const { rows } = read;
    try {
      await putLabourMarketDraft(
        deps.storage,
        {
          version,
          rows,
          contentHash: await sha256Hex(JSON.stringify(rows)),
          now: deps.clock.now(),
          exists: existing !== undefined,
        },
        [auditEvent(c, "labour-market-version", version, existing === undefined ? "create" : "replace")],
      );
    } catch (error) {
      // Published (or created) meanwhile: the triggers or the primary key refused the whole write.
      const now = await getLabourMarketVersion(deps.storage.db, version);
      if (now !== undefined && now.status !== "draft") throw immutable(version);
      if (existing === undefined && now !== undefined) {
        throw new ApiError("conflict", {
          detail: `Labour-market version ${version} was created meanwhile; try again.`,
        });
      }
      throw error;
    }
    const record = await getLabourMarketVersion(deps.storage.db, version);
    if (record === undefined) throw new Error(`labour-market draft ${version} vanished right after it was written`);
    return c.json(record, existing === undefined ? 201 : 200);
  });
}
