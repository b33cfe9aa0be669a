import { ApiError } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { ReleaseRaceError } from "../../store/benchmark-releases.js";
import { BenchmarkReleaseSchema, releaseView } from "./benchmark-release-schemas.js";
import { cutReleaseNow } from "./current-release.js";

export const createBenchmarkReleaseRoute = defineRoute({
  method: "post",
  path: "/benchmark-releases",
  operationId: "createBenchmarkRelease",
  tags: ["Benchmarks"],
  summary: "Cut a benchmark release now",
  description:
    "Admin. Freezes the published benchmark figures from the current contributions, as the schedule does (BENCHMARK_RELEASE_INTERVAL_HOURS). Each lattice (framework version × period) is refreshed only when every published group and difference of groups changed in 0 or at least k organisations since its previous release; otherwise its earlier figures are carried forward (docs/privacy.md). Recorded in the audit log.",
  // Each call cuts a new release; a retry cuts another, which changes nothing a reader could not see anyway.
  idempotent: false,
  access: { roles: ["admin"], scope: "benchmarks:release" },
  responses: {
    201: {
      description: "The release, published.",
      content: { "application/json": { schema: BenchmarkReleaseSchema } },
    },
    409: problemResponse("Another release was published while this one was cut: retry."),
  },
});

export function registerCreateBenchmarkRelease(router: ApiRouter): void {
  router.openapi(createBenchmarkReleaseRoute, async (c) => {
    const principal = c.get("principal");
    try {
      const summary = await cutReleaseNow(c.get("deps"), "admin", {
        clientId: principal.clientId,
        role: principal.role,
        requestId: c.get("requestId"),
      });
      c.header("Location", `/v1/benchmark-releases/${summary.id}`);
      return c.json(releaseView(summary), 201);
    } catch (error) {
      if (!(error instanceof ReleaseRaceError)) throw error;
      throw new ApiError("conflict", { detail: "Another release was published while this one was cut: retry." });
    }
  });
}
