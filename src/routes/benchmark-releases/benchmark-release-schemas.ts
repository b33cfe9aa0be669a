import { z } from "@hono/zod-openapi";
import type { ReleaseSummary } from "../../store/benchmark-releases.js";

export const BenchmarkReleaseSchema = z
  .object({
    releaseId: z.number().int(),
    cutAt: z.string().openapi({ format: "date-time" }),
    trigger: z.string().openapi({ description: "schedule, admin, command, first-read or demo." }),
    minimumGroupSize: z.number().int(),
    lattices: z.array(
      z.object({
        frameworkVersion: z.string(),
        period: z.string(),
        refreshed: z.boolean().openapi({
          description:
            "True when this release refreshed the lattice; false when the change threshold carried earlier figures forward.",
        }),
        figuresFromRelease: z.number().int().openapi({ description: "The release whose figures the lattice shows." }),
      }),
    ),
  })
  .openapi("BenchmarkRelease", {
    description: "Release metadata only: never a count, a group or a figure.",
  });

export const BenchmarkReleaseParamsSchema = z.object({
  releaseId: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({
      param: { name: "releaseId", in: "path", description: "The release's number (releases are numbered in order)." },
      example: 3,
    }),
});

export function releaseView(summary: ReleaseSummary): z.infer<typeof BenchmarkReleaseSchema> {
  return {
    releaseId: summary.id,
    cutAt: summary.cutAt,
    trigger: summary.trigger,
    minimumGroupSize: summary.minimumGroupSize,
    lattices: summary.lattices.map((lattice) => ({
      frameworkVersion: lattice.frameworkVersion,
      period: lattice.period,
      refreshed: lattice.figuresReleaseId === summary.id,
      figuresFromRelease: lattice.figuresReleaseId,
    })),
  };
}
