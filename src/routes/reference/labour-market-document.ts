import type { z } from "@hono/zod-openapi";
import {
  type AvailabilityRow,
  checkTableRows,
  LabourMarketTableSchema,
  normaliseRow,
  readLabourMarketCsv,
} from "../../domain/labour-market/labour-market-table.js";
import type { InvalidParam } from "../../errors.js";
import { invalidParamsFrom } from "../../http/validation-hook.js";

/**
 * A labour-market table as rows, or every problem with it (row and field named, and for CSV the line),
 * whichever form it came in. One function for the API (PUT /v1/reference/labour-market/{version}) and
 * `npm run reference:import`, so both refuse the same tables with the same words.
 */
export function labourMarketRowsFrom(
  text: string,
  form: "csv" | "json",
): { rows: AvailabilityRow[] } | { problems: InvalidParam[] } {
  let input: unknown;
  let lines: number[] | null = null;
  const problems: InvalidParam[] = [];
  if (form === "csv") {
    const reading = readLabourMarketCsv(text);
    const issues = reading.issues.map((issue) => ({ in: "body" as const, ...issue }));
    if (reading.rows.length === 0 && issues.length > 0) return { problems: issues };
    problems.push(...issues);
    input = { rows: reading.rows };
    lines = reading.lines;
  } else {
    try {
      input = JSON.parse(text);
    } catch {
      return { problems: [{ in: "body", pointer: "", message: "Malformed JSON in request body" }] };
    }
  }
  const onLine = (problem: InvalidParam): InvalidParam => {
    const index = /^\/rows\/(\d+)/.exec(problem.pointer)?.[1];
    const line = index === undefined || lines === null ? undefined : lines[Number(index)];
    return line === undefined || problem.message.startsWith("CSV line")
      ? problem
      : { ...problem, message: `CSV line ${line}: ${problem.message}` };
  };
  const parsed = LabourMarketTableSchema.safeParse(input);
  if (!parsed.success) problems.push(...invalidParamsFrom(parsed.error as z.ZodError, "json"));
  if (problems.length > 0 || !parsed.success) return { problems: problems.map(onLine) };
  const rows = parsed.data.rows.map(normaliseRow);
  const issues = checkTableRows(rows);
  if (issues.length > 0) return { problems: issues.map((issue) => onLine({ in: "body", ...issue })) };
  return { rows };
}
