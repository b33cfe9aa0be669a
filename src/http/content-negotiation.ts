import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";
import { LANGUAGES, type Language } from "../domain/framework/localize.js";
import { ApiError, invalidField } from "../errors.js";

/** `?lang=` wins; else the first of nl/en in Accept-Language by quality; else Dutch. */
export function negotiateLanguage(c: Context<AppEnv>): Language {
  const override = c.req.query("lang");
  if (override !== undefined) {
    if ((LANGUAGES as readonly string[]).includes(override)) return override as Language;
    throw invalidField("query", "/lang", "Must be nl or en");
  }
  const header = c.req.header("Accept-Language");
  if (header === undefined) return "nl";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return {
        language: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const match = ranked.find((entry) => (LANGUAGES as readonly string[]).includes(entry.language));
  return (match?.language as Language | undefined) ?? "nl";
}

/** Picks one of `offered` (first is the default) from the Accept header, or answers 406. */
export function negotiateMediaType<T extends string>(c: Context<AppEnv>, offered: readonly [T, ...T[]]): T {
  const header = c.req.header("Accept");
  if (header === undefined || header.trim() === "") return offered[0];
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { range: range.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    if (range === "*/*") return offered[0];
    const exact = offered.find((type) => type === range);
    if (exact !== undefined) return exact;
    const [kind] = range.split("/");
    const wildcard = range.endsWith("/*") ? offered.find((type) => type.startsWith(`${kind}/`)) : undefined;
    if (wildcard !== undefined) return wildcard;
  }
  throw new ApiError("not-acceptable", { detail: `This resource is available as ${offered.join(" or ")}.` });
}

/** RFC 9110 If-None-Match: true when the client's copy is current. */
export function matchesIfNoneMatch(c: Context<AppEnv>, etag: string): boolean {
  const header = c.req.header("If-None-Match");
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}
