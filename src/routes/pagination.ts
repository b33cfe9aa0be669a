import { z } from "@hono/zod-openapi";
import { DEFAULT_PAGE_SIZE, decodeCursor, MAX_PAGE_SIZE, type PageRequest } from "../store/cursor.js";

/** Query parameters of every list operation. */
export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .openapi({ description: `Items per page, 1–${MAX_PAGE_SIZE}.`, example: DEFAULT_PAGE_SIZE }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "The `nextCursor` of the previous page; omit for the first page." }),
});

export function pageRequest(query: { limit: number; cursor?: string | undefined }): PageRequest {
  return { limit: query.limit, after: query.cursor === undefined ? null : decodeCursor(query.cursor) };
}

/** A page of items: `nextCursor` is null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; null on the last." }),
    })
    .openapi(name);
}
