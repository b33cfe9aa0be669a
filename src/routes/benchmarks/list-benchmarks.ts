import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { ALL_PERIODS, type PeerGroup, parseGroupKey } from "../../domain/benchmark/peer-groups.js";
import {
  FrameworkVersionLabelSchema,
  SbiSectionSchema,
  SizeClassSchema,
} from "../../domain/framework/framework-schema.js";
import { csvField } from "../../domain/framework/practices-csv.js";
import { sha256Hex } from "../../domain/sha256.js";
import { ApiError, invalidField } from "../../errors.js";
import type { CachedAnswer } from "../../http/answer-cache.js";
import { capExpensive } from "../../http/concurrency-gate.js";
import { matchesIfNoneMatch, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { type ReleasedLattice, releasedLattice, releasedQuarters } from "../../store/benchmark-releases.js";
import { sectionsOf } from "../../store/clients.js";
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE } from "../../store/cursor.js";
import { getFrameworkVersion, latestPublishedVersion } from "../../store/frameworks.js";
import { releaseForRequest, releaseHeader } from "../benchmark-releases/current-release.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { CSV_MEDIA_TYPE } from "../frameworks/framework-schemas.js";
import { ProvinceCodeSchema } from "../organisations/organisation-schemas.js";
import { PageQuerySchema } from "../pagination.js";
import { syntheticDataNotice } from "./benchmark-notices.js";
import { BenchmarkListSchema, PeerGroupLevelSchema } from "./benchmark-schemas.js";

/**
 * The list pages its groups (ordered by group key) like every list of this API: each group costs
 * several aggregate reads, so a page holds at most MAX_PAGE_SIZE of them. The cursor is the last
 * group's position (period, key).
 */
function groupCursor(period: string, key: string): string {
  return encodeCursor({ createdAt: period, id: key });
}

function groupsAfter(cursor: string | undefined, period: string): string | null {
  if (cursor === undefined) return null;
  const position = decodeCursor(cursor);
  if (position.createdAt !== period) {
    throw invalidField("query", "/cursor", "This cursor belongs to another period; start again without it");
  }
  return position.id;
}

export const listBenchmarksRoute = defineRoute({
  method: "get",
  path: "/benchmarks",
  operationId: "listBenchmarks",
  readsHeaders: ["If-None-Match"],
  writesHeaders: ["ETag"],
  tags: ["Benchmarks"],
  summary: "Sector aggregates: distributions, adoption and trends per peer group",
  description:
    "For sector organisations (their own SBI sections only) and admins. Every published group has at least k organisations and none can be derived from others by subtraction; groups that do not meet that are left out. Every figure comes from the current benchmark release (named in `release` and the Benchmark-Release header), never from the live data (docs/privacy.md). `Accept: text/csv` gives one tidy row per group × measure × statistic.",
  access: { roles: ["admin", "sector"], scope: "benchmarks:read" },
  request: {
    query: z
      .object({
        framework: FrameworkVersionLabelSchema.optional(),
        period: z
          .string()
          .regex(/^(all|\d{4}Q[1-4])$/, "must be all or a quarter such as 2026Q4")
          .default(ALL_PERIODS)
          .openapi({ description: "all (each organisation's latest submission), or a quarter of submission." }),
        section: SbiSectionSchema.optional(),
        sizeClass: SizeClassSchema.optional(),
        region: ProvinceCodeSchema.optional(),
        level: PeerGroupLevelSchema.optional(),
      })
      .extend(PageQuerySchema.shape),
  },
  // Each page costs many aggregate reads: a client has few of them built at once.
  middleware: [capExpensive("Benchmark lists being built for your client")],
  responses: {
    200: {
      description: `The published groups that match, \`limit\` per page (at most ${MAX_PAGE_SIZE}), ordered by group; \`nextCursor\` (JSON) or the \`Link: rel="next"\` header (CSV) gives the next page.`,
      content: {
        "application/json": { schema: BenchmarkListSchema },
        [CSV_MEDIA_TYPE]: {
          schema: z.string().openapi({ description: "Tidy rows: one per group × measure × statistic." }),
        },
      },
    },
    304: { description: "Your copy (If-None-Match) is current." },
    404: problemResponse("There is no such framework version (or none is published yet)."),
    406: problemResponse("Only JSON and CSV are offered."),
  },
});

type BenchmarkList = z.infer<typeof BenchmarkListSchema>;

function tidyCsv(list: BenchmarkList): string {
  const header = [
    "framework_version",
    "period",
    "level",
    "section",
    "size_class",
    "region",
    "measure",
    "statistic",
    "value",
  ];
  const rows: string[][] = [];
  for (const item of list.items) {
    const group = [
      item.frameworkVersion,
      item.period,
      item.group.level,
      item.group.section ?? "",
      item.group.sizeClass ?? "",
      item.group.region ?? "",
    ];
    rows.push([...group, "", "organisations", String(item.group.organisations)]);
    for (const measure of item.measures) {
      for (const [statistic, value] of [
        ["p25", measure.p25],
        ["median", measure.median],
        ["p75", measure.p75],
      ] as const) {
        rows.push([...group, measure.measure, statistic, value === null ? "" : String(value)]);
      }
      for (const [index, value] of measure.deciles.entries()) {
        rows.push([...group, measure.measure, `p${(index + 1) * 10}`, value === null ? "" : String(value)]);
      }
    }
    for (const practice of item.practices) {
      rows.push([
        ...group,
        practice.practiceId,
        "adoption_rate",
        practice.adoptionRate === null ? "" : String(practice.adoptionRate),
      ]);
    }
    for (const point of item.trend) {
      rows.push([
        item.frameworkVersion,
        point.period,
        ...group.slice(2),
        "overall",
        "median",
        point.overallMedian === null ? "" : String(point.overallMedian),
      ]);
      rows.push([
        item.frameworkVersion,
        point.period,
        ...group.slice(2),
        "",
        "organisations",
        String(point.organisations),
      ]);
    }
  }
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

async function allowedSections(c: Context<AppEnv>): Promise<Set<string> | null> {
  const principal = c.get("principal");
  if (principal.role !== "sector") return null;
  return new Set((await sectionsOf(c.get("deps").storage.db, [principal.clientId])).get(principal.clientId) ?? []);
}

export function registerListBenchmarks(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(listBenchmarksRoute, async (c) => {
    const query = c.req.valid("query");
    const mediaType = negotiateMediaType(c, ["application/json", CSV_MEDIA_TYPE]);
    const deps = c.get("deps");
    const db = deps.storage.db;
    const version = query.framework ?? (await latestPublishedVersion(db));
    const record = version === undefined ? undefined : await getFrameworkVersion(db, version);
    if (
      version === undefined ||
      record === undefined ||
      (record.status === "draft" && c.get("principal").role !== "admin")
    ) {
      throw new ApiError("not-found", {
        detail:
          version === undefined
            ? "No framework version is published yet."
            : `There is no framework version ${version}.`,
      });
    }

    const sections = await allowedSections(c);
    if (sections !== null && query.section !== undefined && !sections.has(query.section)) {
      throw invalidField("query", "/section", `Your client may read sections ${[...sections].join(", ")} only`);
    }
    const release = await releaseForRequest(c);
    // A page of a published version is computed from immutable things only (the release, the version's
    // content, the client's sections, the query), so it is kept as bytes under them: a wide page is
    // megabytes of JSON, and rebuilding it per request let one client's parallel reads take the event
    // loop from everyone else (issue 18). A draft's content can change, so its pages are not kept.
    const key =
      record.status === "draft"
        ? null
        : [
            "benchmarks",
            release.id,
            version,
            mediaType,
            sections === null ? "*" : [...sections].sort().join(","),
            new URL(c.req.url).search,
          ].join("\t");
    const kept = key === null ? undefined : c.get("answers").get(key);
    if (kept !== undefined) return listResponse(c, kept);
    const lattice = await releasedLattice(db, release.id, version, query.period);
    const matching = [...(lattice?.groups.keys() ?? [])]
      .map(parseGroupKey)
      .filter(
        (group: PeerGroup) =>
          (sections === null || (group.section !== null && sections.has(group.section))) &&
          (query.section === undefined || group.section === query.section) &&
          (query.sizeClass === undefined || group.sizeClass === query.sizeClass) &&
          (query.region === undefined || group.region === query.region) &&
          (query.level === undefined || group.level === query.level),
      )
      .sort((a, b) => a.key.localeCompare(b.key));
    const after = groupsAfter(query.cursor, query.period);
    const remaining = after === null ? matching : matching.filter((group) => group.key.localeCompare(after) > 0);
    const groups = remaining.slice(0, query.limit);
    const lastGroup = groups[groups.length - 1];
    const nextCursor =
      remaining.length > query.limit && lastGroup !== undefined ? groupCursor(query.period, lastGroup.key) : null;

    const content = await reader.contentOf(c, version);
    const quarters = query.period === ALL_PERIODS ? await releasedQuarters(db, release.id, version) : [];
    const quarterLattices: (ReleasedLattice | undefined)[] = [];
    for (const quarter of quarters) quarterLattices.push(await releasedLattice(db, release.id, version, quarter));

    const measureOrder = ["overall", ...content.phases.map((phase) => phase.id)];
    const items = groups.map((group) => {
      const figures = lattice?.groups.get(group.key);
      if (figures === undefined) throw new Error(`release ${release.id} lists ${group.key} without figures`);
      const trend = quarterLattices.flatMap((inQuarter) => {
        const quarterFigures = inQuarter?.groups.get(group.key);
        if (inQuarter === undefined || quarterFigures === undefined) return [];
        return [
          {
            period: inQuarter.period,
            organisations: quarterFigures.organisations,
            overallMedian: quarterFigures.measures.find((measure) => measure.measure === "overall")?.median ?? null,
          },
        ];
      });
      return {
        frameworkVersion: version,
        period: query.period,
        group: {
          level: group.level,
          section: group.section,
          sizeClass: group.sizeClass,
          region: group.region,
          organisations: figures.organisations,
        },
        measures: [...figures.measures].sort(
          (a, b) => measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure),
        ),
        practices: [...figures.practices],
        trend,
      };
    });
    const list: BenchmarkList = {
      frameworkVersion: version,
      period: query.period,
      release: { id: release.id, cutAt: release.cutAt },
      minimumGroupSize: release.minimumGroupSize,
      items,
      nextCursor,
      dataNotice: syntheticDataNotice(deps.settings),
    };
    const body = mediaType === CSV_MEDIA_TYPE ? tidyCsv(list) : JSON.stringify(list);
    const headers: Record<string, string> = {
      "Benchmark-Release": releaseHeader(release),
      "Content-Type": mediaType === CSV_MEDIA_TYPE ? "text/csv; charset=utf-8" : "application/json",
    };
    if (mediaType === CSV_MEDIA_TYPE) {
      if (nextCursor !== null) {
        const next = new URL(c.req.url);
        next.searchParams.set("cursor", nextCursor);
        headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
      }
      headers["Content-Disposition"] = `attachment; filename="benchmarks-${version}-${query.period}.csv"`;
    }
    const answer: CachedAnswer = {
      body: UTF8.encode(body) as Uint8Array<ArrayBuffer>,
      etag: `"${(await sha256Hex(`${mediaType}\n${body}`)).slice(0, 32)}"`,
      headers,
    };
    if (key !== null) c.get("answers").set(key, answer);
    return listResponse(c, answer);
  });
}

const UTF8 = new TextEncoder();

function listResponse(c: Context<AppEnv>, answer: CachedAnswer): Response {
  const { "Content-Type": contentType, "Benchmark-Release": release, ...headers } = answer.headers;
  if (release !== undefined) c.header("Benchmark-Release", release);
  c.header("ETag", answer.etag);
  // Organisation data is never kept by a cache; the ETag still answers an explicit If-None-Match.
  c.header("Cache-Control", "no-store");
  c.header("Vary", "Accept, Authorization");
  if (matchesIfNoneMatch(c, answer.etag)) return c.body(null, 304);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return c.body(answer.body, 200, { "Content-Type": contentType ?? "application/json" });
}
