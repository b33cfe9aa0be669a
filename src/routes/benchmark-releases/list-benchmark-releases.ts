import { z } from "@hono/zod-openapi";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getReleaseSummary, listReleaseIds } from "../../store/benchmark-releases.js";
import { BenchmarkReleaseSchema, releaseView } from "./benchmark-release-schemas.js";

export const listBenchmarkReleasesRoute = defineRoute({
  method: "get",
  path: "/benchmark-releases",
  operationId: "listBenchmarkReleases",
  tags: ["Benchmarks"],
  summary: "The kept benchmark releases, newest first (metadata only)",
  description: `Admin. At most the kept number of releases (BENCHMARK_RELEASES_KEPT) and those whose figures they still show.`,
  access: { roles: ["admin"], scope: "benchmarks:read" },
  responses: {
    200: {
      description: "Newest first.",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(BenchmarkReleaseSchema) }).openapi("BenchmarkReleaseList"),
        },
      },
    },
  },
});

export function registerListBenchmarkReleases(router: ApiRouter): void {
  router.openapi(listBenchmarkReleasesRoute, async (c) => {
    const db = c.get("deps").storage.db;
    const items = [];
    for (const id of await listReleaseIds(db)) {
      const summary = await getReleaseSummary(db, id);
      if (summary !== undefined) items.push(releaseView(summary));
    }
    c.header("Cache-Control", "no-store");
    return c.json({ items }, 200);
  });
}
