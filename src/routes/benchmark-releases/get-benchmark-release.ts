import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getReleaseSummary } from "../../store/benchmark-releases.js";
import { BenchmarkReleaseParamsSchema, BenchmarkReleaseSchema, releaseView } from "./benchmark-release-schemas.js";

export const getBenchmarkReleaseRoute = defineRoute({
  method: "get",
  path: "/benchmark-releases/{releaseId}",
  operationId: "getBenchmarkRelease",
  tags: ["Benchmarks"],
  summary: "One benchmark release (metadata only)",
  description:
    "Admin. When it was cut, by what, with which k, and per lattice (framework version × period) whether it was refreshed or carries an earlier release's figures. Never a count, a group or a figure.",
  access: { roles: ["admin"], scope: "benchmarks:read" },
  request: { params: BenchmarkReleaseParamsSchema },
  responses: {
    200: { description: "The release.", content: { "application/json": { schema: BenchmarkReleaseSchema } } },
  },
});

export function registerGetBenchmarkRelease(router: ApiRouter): void {
  router.openapi(getBenchmarkReleaseRoute, async (c) => {
    const { releaseId } = c.req.valid("param");
    const summary = await getReleaseSummary(c.get("deps").storage.db, releaseId);
    if (summary === undefined) {
      throw new ApiError("not-found", { detail: `There is no kept benchmark release ${releaseId}.` });
    }
    c.header("Cache-Control", "no-store");
    return c.json(releaseView(summary), 200);
  });
}
