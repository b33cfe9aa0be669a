import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { ALL_PERIODS, type PeerGroupLevel } from "../../domain/benchmark/peer-groups.js";
import { measurePositions } from "../../domain/benchmark/release-figures.js";
import { FrameworkVersionLabelSchema } from "../../domain/framework/framework-schema.js";
import { appliesTo } from "../../domain/scoring.js";
import { sha256Hex } from "../../domain/sha256.js";
import { ApiError } from "../../errors.js";
import type { CachedAnswer } from "../../http/answer-cache.js";
import { finalResponse } from "../../http/app-headers.js";
import { matchesIfNoneMatch } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { getAnswers, getAssessment } from "../../store/assessments.js";
import { releasedLattice } from "../../store/benchmark-releases.js";
import { organisationBenchmarkState } from "../../store/organisations.js";
import { getWorkforce } from "../../store/workforce.js";
import { answersMap } from "../assessments/assessment-view.js";
import { releaseForRequest, releaseHeader } from "../benchmark-releases/current-release.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { labourMarketComparison } from "../reference/organisation-availability.js";
import { syntheticDataNotice } from "./benchmark-notices.js";
import { OrganisationBenchmarkSchema, PeerGroupLevelSchema } from "./benchmark-schemas.js";
import { choosePeerGroup, peerGroupView } from "./peer-group-choice.js";

export const getOrganisationBenchmarkRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/benchmark",
  operationId: "getOrganisationBenchmark",
  readsHeaders: ["If-None-Match"],
  writesHeaders: ["ETag"],
  tags: ["Benchmarks"],
  summary: "Where the organisation stands among its peers",
  description:
    "For its latest submitted assessment (its own answers and scores, live), against the peers as of the current benchmark release (named in `release` and the Benchmark-Release header): the peer group used (section × size class × region, or the next broader group that is large enough, with the reason), its position per phase and overall (the band between published quantiles its score falls in, quartiles, deciles), and per practice its own answer next to the peers' coarse adoption rate; and its shares with a migration background next to the labour-market availability for its section × province (public reference data, falling back to broader cells and saying which, with source and year). A group is shown only with at least k distinct organisations, with at least k (or none) that any one client does not control, with no client controlling more than a set share of it, and when no smaller group could be derived from it by subtraction (docs/privacy.md).",
  access: { roles: ["admin", "employer", "integration"], scope: "benchmarks:read", othersSeeNotFound: true },
  request: {
    params: OrganisationParamsSchema,
    query: z.object({
      framework: FrameworkVersionLabelSchema.optional().openapi({
        description: "Another framework version the organisation submitted for; default: its latest submission's.",
      }),
      peerGroup: PeerGroupLevelSchema.optional().openapi({
        description: "Start from a broader group than the narrowest.",
      }),
    }),
  },
  responses: {
    200: { description: "The benchmark.", content: { "application/json": { schema: OrganisationBenchmarkSchema } } },
    304: { description: "Your copy (If-None-Match) is current." },
    409: problemResponse("The organisation has no submitted assessment (for that framework version) yet."),
  },
});

export function registerGetOrganisationBenchmark(router: ApiRouter, reader: FrameworkReader): void {
  router.openapi(getOrganisationBenchmarkRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const query = c.req.valid("query");
    const state = await organisationBenchmarkState(
      c.get("deps").storage.db,
      c.get("principal"),
      organisationId,
      ALL_PERIODS,
      query.framework,
    );
    if (state === undefined) throw organisationNotFound(organisationId);
    const answers = c.get("answers");
    const cached =
      state.releaseId === null || state.assessmentId === null
        ? undefined
        : answers.get(answerKey(organisationId, state.releaseId, state.assessmentId, state.liveInputs, query));
    const answer = cached ?? (await computeAnswer(c, reader, organisationId, state.liveInputs, query));
    return respond(c, answer);
  });
}

/**
 * The key of a benchmark answer: everything it is computed from. The release's figures never change
 * under its id, and a submitted assessment (its context, scores and answers) never changes either, so
 * a new submission, a new release or an erasure (the organisation, or its contribution, gone) reads
 * under another key, or not at all. The framework content of a submitted version is immutable, and
 * the data notice is the deployment's setting. What is read live (the organisation's own workforce
 * shares, the labour-market table in use) is in `liveInputs`.
 */
function answerKey(
  organisationId: string,
  releaseId: number,
  assessmentId: string,
  liveInputs: string,
  query: { framework?: string | undefined; peerGroup?: PeerGroupLevel | undefined },
): string {
  return `benchmark\t${releaseId}\t${organisationId}\t${assessmentId}\t${liveInputs}\t${query.framework ?? ""}\t${query.peerGroup ?? ""}`;
}

async function computeAnswer(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  organisationId: string,
  liveInputs: string,
  query: { framework?: string | undefined; peerGroup?: PeerGroupLevel | undefined },
): Promise<CachedAnswer> {
  const { benchmark, release } = await organisationBenchmark(c, reader, organisationId, query);
  const text = JSON.stringify(benchmark);
  const answer: CachedAnswer = {
    body: UTF8.encode(text) as Uint8Array<ArrayBuffer>,
    etag: `"${await sha256Hex(text)}"`,
    headers: { "Benchmark-Release": releaseHeader(release) },
  };
  // Kept under what it was computed from (which may be newer than what the state query saw; the live
  // inputs as the state query saw them, read before the computation: a change after it misses later).
  c.get("answers").set(answerKey(organisationId, release.id, benchmark.assessmentId, liveInputs, query), answer);
  return answer;
}

function respond(c: Context<AppEnv>, answer: CachedAnswer): Response {
  // Organisation data is never kept by a cache; the ETag still answers an explicit If-None-Match.
  const headers = { ...answer.headers, ETag: answer.etag, "Cache-Control": "no-store" };
  if (matchesIfNoneMatch(c, answer.etag)) return finalResponse(c, 304, null, headers);
  return finalResponse(c, 200, answer.body, { ...headers, "Content-Type": "application/json" });
}

const UTF8 = new TextEncoder();

/**
 * The benchmark of an organisation the caller may see (checked by the caller), with what it was
 * computed from, for the report. 409 when the organisation has no submitted assessment yet.
 */
export async function organisationBenchmark(
  c: Context<AppEnv>,
  reader: FrameworkReader,
  organisationId: string,
  query: { framework?: string | undefined; peerGroup?: PeerGroupLevel | undefined },
) {
  const deps = c.get("deps");
  const db = deps.storage.db;
  let contributions = db
    .selectFrom("benchmark_contributions")
    .innerJoin("assessments", "assessments.id", "benchmark_contributions.assessment_id")
    .select([
      "benchmark_contributions.assessment_id as assessmentId",
      "benchmark_contributions.framework_version as version",
    ])
    .where("benchmark_contributions.organisation_id", "=", organisationId)
    .where("benchmark_contributions.period", "=", ALL_PERIODS)
    .orderBy("assessments.submitted_at", "desc")
    .limit(1);
  if (query.framework !== undefined)
    contributions = contributions.where("benchmark_contributions.framework_version", "=", query.framework);
  const contribution = await contributions.executeTakeFirst();
  const assessment = contribution === undefined ? undefined : await getAssessment(db, contribution.assessmentId);
  if (assessment === undefined || assessment.scores === null) {
    throw new ApiError("conflict", {
      detail: `Organisation ${organisationId} has no submitted assessment${query.framework ? ` for framework ${query.framework}` : ""} yet: submit one to see its benchmark.`,
    });
  }

  const release = await releaseForRequest(c);
  const k = release.minimumGroupSize;
  const version = assessment.frameworkVersion;
  const requestedLevel = query.peerGroup ?? "sectionSizeRegion";
  const lattice = await releasedLattice(db, release.id, version, ALL_PERIODS);
  const choice = choosePeerGroup(lattice, assessment.context, k, requestedLevel);
  const { figures, fallbackReason } = choice;

  const content = await reader.contentOf(c, version);
  const answers = answersMap(await getAnswers(db, assessment.id));
  const adoption = new Map(figures?.practices.map((practice) => [practice.practiceId, practice.adoptionRate]));
  // The organisation's own figures are its live view, set against public reference data (not a release).
  const workforce = await getWorkforce(db, organisationId);
  const labourMarket = await labourMarketComparison(db, assessment.context, workforce);
  const benchmark: z.infer<typeof OrganisationBenchmarkSchema> = {
    organisationId,
    assessmentId: assessment.id,
    frameworkVersion: version,
    release: { id: release.id, cutAt: release.cutAt },
    peerGroup: peerGroupView(choice),
    requestedLevel,
    fallbackReason,
    minimumGroupSize: k,
    measures: measurePositions(assessment.scores, figures).map(({ summary, ...position }) => ({
      ...position,
      p25: summary?.p25 ?? null,
      median: summary?.median ?? null,
      p75: summary?.p75 ?? null,
      deciles: summary?.deciles ?? [],
    })),
    practices: content.practices
      .filter((practice) => appliesTo(practice, assessment.context))
      .map((practice) => ({
        practiceId: practice.id,
        phase: practice.phase,
        ownAnswer: answers.get(practice.id) ?? null,
        peerAdoptionRate: adoption.get(practice.id) ?? null,
      })),
    labourMarket,
    dataNotice: syntheticDataNotice(deps.settings),
  };
  return { benchmark, assessment, choice, content, answers, release, workforce };
}
