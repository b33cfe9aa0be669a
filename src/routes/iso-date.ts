import { z } from "@hono/zod-openapi";

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((text) => {
    const parsed = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
  }, "must be a date that exists")
  .openapi({ format: "date", example: "2027-06-30" });
