import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getLabourMarketVersion, publishLabourMarketVersion } from "../../store/labour-market.js";
import { LabourMarketVersionParamsSchema, LabourMarketVersionSchema } from "./labour-market-schemas.js";

export const publishLabourMarketVersionRoute = defineRoute({
  method: "post",
  path: "/reference/labour-market/{version}/publication",
  operationId: "publishLabourMarketVersion",
  tags: ["Reference data"],
  summary: "Publish a labour-market draft: from now on it never changes, and reads use it when it is the newest",
  description:
    "Admin. Publishes a draft labour-market availability table. Organisation benchmarks, recommendations and reports use the newest published version.",
  access: { roles: ["admin"], scope: "reference:write" },
  request: { params: LabourMarketVersionParamsSchema },
  responses: {
    200: {
      description: "The version as it is now.",
      content: { "application/json": { schema: LabourMarketVersionSchema } },
    },
    409: problemResponse("The version is published already."),
  },
});

export function registerPublishLabourMarketVersion(router: ApiRouter): void {
  router.openapi(publishLabourMarketVersionRoute, async (c) => {
    const { version } = c.req.valid("param");
    const deps = c.get("deps");
    const existing = await getLabourMarketVersion(deps.storage.db, version);
    if (existing === undefined) {
      throw new ApiError("not-found", { detail: `There is no labour-market version ${version}.` });
    }
    const published = await publishLabourMarketVersion(deps.storage, version, deps.clock.now(), [
      auditEvent(c, "labour-market-version", version, "publish", { onlyIfPreviousChanged: true }),
    ]);
    if (!published) {
      throw new ApiError("conflict", {
        detail: `Labour-market version ${version} is published already; only a draft can be published.`,
      });
    }
    const record = await getLabourMarketVersion(deps.storage.db, version);
    if (record === undefined) throw new Error(`labour-market version ${version} vanished while it was published`);
    return c.json(record, 200);
  });
}
