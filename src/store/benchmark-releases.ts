import { type Kysely, sql } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import { type Change, changeOf, groupsOfContext, type LatticeMember } from "../domain/benchmark/change-threshold.js";
import { LatticeFold } from "../domain/benchmark/contribution-fold.js";
import {
  type FigureLayout,
  figureInputs,
  figureNames,
  presenceInputs,
  presenceMask,
} from "../domain/benchmark/figure-inputs.js";
import { memberKey } from "../domain/benchmark/member-key.js";
import { ALL_PERIODS } from "../domain/benchmark/peer-groups.js";
import { type GroupFigures, groupFigures, withCarriedFigures } from "../domain/benchmark/release-figures.js";
import {
  type CandidateLattice,
  latticeKey,
  type PlannedLattice,
  type PreviousLattice,
  planRelease,
} from "../domain/benchmark/release-plan.js";
import { subPopulationShown } from "../domain/benchmark/suppression.js";
import type { FrameworkContent } from "../domain/framework/framework-schema.js";
import type { Scores } from "../domain/scoring.js";
import { sha256Hex } from "../domain/sha256.js";
import { benchmarkReleasePublishedEvent } from "../webhooks/webhook-event-statements.js";
import { insertAuditEventStatement } from "./audit-events.js";
import { disclosureInputs } from "./benchmarks.js";
import { loadFrameworkContent } from "./frameworks.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema } from "./schema.js";
import { REPRESENTATION_FIGURES } from "./workforce.js";

/**
 * Benchmark releases (migration 0012, docs/privacy.md): the published figures, frozen. A cut reads the
 * current contributions with their scores and answers (folded in the same pass: contribution-fold.ts),
 * plans which lattices refresh (domain/release-plan),
 * writes the release in chunks while it is 'building', and publishes it by switching the one current
 * pointer, guarded so that two cuts racing cannot both publish from the same previous release.
 */

/** Statements per atomic write while building (each statement writes one row, a few parameters). */
const STATEMENTS_PER_WRITE = 50;
/** Members per stored chunk (JSON, well under D1's statement and row size limits). */
const MEMBERS_PER_CHUNK = 800;
/** Rows per read page and group keys per `IN` list (D1 binds at most 100 parameters). */
const READ_PAGE = 5000;
const KEYS_PER_QUERY = 80;
/** A release left 'building' this long is a crashed cut: its rows are removed. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export interface ReleaseInfo {
  readonly id: number;
  readonly cutAt: string;
  readonly minimumGroupSize: number;
}

export interface ReleaseLatticeInfo {
  readonly frameworkVersion: string;
  readonly period: string;
  /** The release whose figures the lattice shows: this one when refreshed, an earlier one when carried. */
  readonly figuresReleaseId: number;
}

export interface ReleaseSummary extends ReleaseInfo {
  readonly trigger: string;
  readonly lattices: readonly ReleaseLatticeInfo[];
}

export type ReleaseTrigger = "schedule" | "admin" | "command" | "first-read" | "demo";

interface MemberRow extends LatticeMember {
  /** In memory only (a release stores the opaque key): to find its earlier contributions. */
  readonly organisationId: string;
  readonly workforce: Readonly<Record<string, number | null>> | null;
  /** The measures it has a score for (overall and the phases that apply to it). */
  readonly measures: readonly string[];
}

/**
 * Who knows which organisation (docs/privacy.md, "Clients that control organisations"): per non-admin
 * client the organisations it registered, is or was linked to, or is the employer client of, spread to
 * every registration of the same KvK number; and per registration that shares its KvK number with
 * others, the member key of the organisation they count as (the lowest id: an opaque key that does
 * not carry the KvK number into a kept release).
 */
async function readControl(db: Kysely<DatabaseSchema>) {
  const rows = await db
    .selectFrom("client_organisation_history")
    .innerJoin("clients", "clients.id", "client_organisation_history.client_id")
    .innerJoin("organisations", "organisations.id", "client_organisation_history.organisation_id")
    .select([
      "client_organisation_history.client_id as clientId",
      "organisations.id as organisationId",
      "organisations.kvk_number as kvkNumber",
    ])
    .where("clients.role", "<>", "admin")
    // A held registration (migration 0034) is no member and confers no control over the others.
    .where("organisations.kvk_held", "=", 0)
    .execute();
  const clientsOf = new Map<string, Set<string>>();
  for (const row of rows) {
    const entity = row.kvkNumber === null ? `org:${row.organisationId}` : `kvk:${row.kvkNumber}`;
    const clients = clientsOf.get(entity) ?? new Set<string>();
    clients.add(row.clientId);
    clientsOf.set(entity, clients);
  }
  const shared = await db
    .selectFrom("organisations")
    .select(["kvk_number as kvkNumber", (eb) => eb.fn.min("id").as("firstId")])
    .where("kvk_number", "is not", null)
    .where("kvk_held", "=", 0)
    .groupBy("kvk_number")
    .having((eb) => eb.fn.countAll(), ">", 1)
    .execute();
  const entityKeys = new Map<string, string>();
  for (const row of shared) {
    if (row.kvkNumber !== null) entityKeys.set(row.kvkNumber, await memberKey(row.firstId));
  }
  const lists = new Map<string, readonly string[]>();
  return {
    controllersOf(organisationId: string, kvkNumber: string | null): readonly string[] | undefined {
      const entity = kvkNumber === null ? `org:${organisationId}` : `kvk:${kvkNumber}`;
      let list = lists.get(entity);
      if (list === undefined) {
        list = [...(clientsOf.get(entity) ?? [])].sort();
        lists.set(entity, list);
      }
      return list.length === 0 ? undefined : list;
    },
    entityOf: (kvkNumber: string | null) => (kvkNumber === null ? undefined : entityKeys.get(kvkNumber)),
  };
}

type Control = Awaited<ReturnType<typeof readControl>>;

/** The figures a framework version's groups publish, in the order of a member's inputs. */
function layoutOf(content: FrameworkContent): FigureLayout {
  return {
    practices: content.practices.map((practice) => practice.id),
    measures: ["overall", ...content.phases.map((phase) => phase.id)],
    workforce: REPRESENTATION_FIGURES,
  };
}

/** The figure layout per framework version (undefined: no content, inputs unknown). */
type Layouts = Map<string, FigureLayout | undefined>;

async function layoutFor(db: Kysely<DatabaseSchema>, layouts: Layouts, version: string) {
  if (!layouts.has(version)) {
    const content = await loadFrameworkContent(db, version);
    layouts.set(version, content === undefined ? undefined : layoutOf(content));
  }
  return layouts.get(version);
}

/** Figure names (stored) as the indexes the change threshold counts by, and back (figure-inputs.ts). */
function figureIndexes(layout: FigureLayout | undefined, names: readonly string[]): Set<string> {
  if (layout === undefined) return new Set();
  const all = figureNames(layout);
  return new Set(names.map((name) => String(all.indexOf(name))).filter((index) => index !== "-1"));
}

function figureNamesOf(layout: FigureLayout | undefined, indexes: Iterable<string>): string[] {
  if (layout === undefined) return [];
  const all = figureNames(layout);
  return [...indexes]
    .map((index) => all[Number(index)])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** A contribution's answers as the fold reads them: frozen with the submission, else from the answer rows. */
const FROZEN_LEVELS = sql<
  string | null
>`COALESCE(assessments.contribution_answers, (SELECT json_group_object(practice_id, CASE WHEN not_applicable = 1 THEN 'na' ELSE CAST(maturity AS TEXT) END) FROM assessment_answers WHERE assessment_answers.assessment_id = assessments.id))`;

/** The measures a submission has a score for. */
function scoredMeasures(scores: Scores | null): string[] {
  if (scores === null) return [];
  return [
    ...(scores.overall.score === null ? [] : ["overall"]),
    ...scores.phases.filter((phase) => phase.score !== null).map((phase) => phase.phase),
  ];
}

interface LatticeInputs {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly members: Map<string, MemberRow>;
  /** The members' scores and answers, folded as they were read. */
  readonly fold: LatticeFold;
}

async function aggregatesRevision(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db.selectFrom("benchmark_state").select("revision").where("id", "=", 1).executeTakeFirst();
  return row?.revision ?? 0;
}

/**
 * Every current contribution, per lattice, with its member key, peer context, content hash, who knows
 * it, its workforce snapshot and the measures it has a score for.
 */
async function readContributions(
  db: Kysely<DatabaseSchema>,
  control: Control,
  layouts: Layouts,
): Promise<LatticeInputs[]> {
  const lattices = await db
    .selectFrom("benchmark_contributions")
    .select(["framework_version", "period"])
    .distinct()
    .orderBy("framework_version")
    .orderBy("period")
    .execute();
  const result: LatticeInputs[] = [];
  for (const lattice of lattices) {
    const layout = await layoutFor(db, layouts, lattice.framework_version);
    const members = new Map<string, MemberRow>();
    const fold = new LatticeFold();
    let after = "";
    for (;;) {
      const rows = await db
        .selectFrom("benchmark_contributions")
        .innerJoin("assessments", "assessments.id", "benchmark_contributions.assessment_id")
        .leftJoin("organisations", "organisations.id", "benchmark_contributions.organisation_id")
        .select([
          "benchmark_contributions.organisation_id as organisationId",
          "organisations.kvk_number as kvkNumber",
          "assessments.scores as scores",
          "benchmark_contributions.assessment_id as assessmentId",
          "assessments.sbi_section as section",
          "assessments.size_class as sizeClass",
          "assessments.region as region",
          "assessments.contribution_hash as hash",
          "assessments.workforce_snapshot as workforce",
          "assessments.scores as scores",
          // The answers frozen with the submission (migration 0028); where a seeder wrote none, built
          // from the answer rows by SQLite. One row per member either way, not one per answer.
          FROZEN_LEVELS.as("levels"),
        ])
        .where("benchmark_contributions.framework_version", "=", lattice.framework_version)
        .where("benchmark_contributions.period", "=", lattice.period)
        .where("benchmark_contributions.organisation_id", ">", after)
        // A held registration (a borrowed KvK number, migration 0034) takes no part until an admin confirms it.
        .where((eb) => eb.or([eb("organisations.kvk_held", "is", null), eb("organisations.kvk_held", "=", 0)]))
        .orderBy("benchmark_contributions.organisation_id")
        .limit(READ_PAGE)
        .execute();
      // An opaque key: an erased organisation's id does not linger in a kept release. Hashed a page
      // at a time (WebCrypto is asynchronous; one at a time, the awaits cost more than the hashing).
      const keys = await Promise.all(rows.map((row) => memberKey(row.organisationId)));
      rows.forEach((row, index) => {
        const entity = control.entityOf(row.kvkNumber);
        const controllers = control.controllersOf(row.organisationId, row.kvkNumber);
        const context = `${row.section}|${row.sizeClass}|${row.region}`;
        const scores = JSON.parse(row.scores ?? "null") as Scores | null;
        const levels = JSON.parse(row.levels ?? "{}") as Record<string, string>;
        const workforce = row.workforce === null ? null : (JSON.parse(row.workforce) as Record<string, number | null>);
        members.set(keys[index] as string, {
          organisationId: row.organisationId,
          context,
          hash: row.hash ?? row.assessmentId,
          ...(entity === undefined ? {} : { entity }),
          ...(controllers === undefined ? {} : { controllers }),
          ...(layout === undefined ? {} : { figures: figureInputs(layout, levels, scores, workforce) }),
          workforce,
          measures: scoredMeasures(scores),
        });
        fold.add({
          context,
          measures:
            scores === null
              ? []
              : [
                  ["overall", scores.overall.score],
                  ...scores.phases.map((phase) => [phase.phase, phase.score] as const),
                ],
          levels,
        });
      });
      if (rows.length < READ_PAGE) break;
      after = (rows.at(-1) as { organisationId: string }).organisationId;
    }
    result.push({ frameworkVersion: lattice.framework_version, period: lattice.period, members, fold });
  }
  return result;
}

function countsOf(members: ReadonlyMap<string, LatticeMember>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members.values()) {
    for (const group of groupsOfContext(member.context)) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Per group, the reported values of each workforce figure in the members' snapshots. */
function workforceValues(members: ReadonlyMap<string, MemberRow>, keys: ReadonlySet<string>) {
  const values = new Map<string, Record<string, number[]>>();
  for (const member of members.values()) {
    if (member.workforce === null) continue;
    for (const group of groupsOfContext(member.context)) {
      if (!keys.has(group)) continue;
      let record = values.get(group);
      if (record === undefined) {
        record = Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, [] as number[]]));
        values.set(group, record);
      }
      for (const figure of REPRESENTATION_FIGURES) {
        const value = member.workforce[figure];
        if (typeof value === "number") record[figure]?.push(value);
      }
    }
  }
  return values;
}

export async function currentReleaseInfo(db: Kysely<DatabaseSchema>): Promise<ReleaseInfo | undefined> {
  const [row] = await CURRENT_RELEASE(db, {});
  return row === undefined ? undefined : { id: row.id, cutAt: row.cut_at, minimumGroupSize: row.minimum_group_size };
}

// Read by every recommendations request and every release-aware read: built once (prepared-query.ts).
const CURRENT_RELEASE = preparedQuery((db, _values: Record<string, never>) =>
  db
    .selectFrom("benchmark_release_current")
    .innerJoin("benchmark_releases", "benchmark_releases.id", "benchmark_release_current.release_id")
    .select(["benchmark_releases.id", "benchmark_releases.cut_at", "benchmark_releases.minimum_group_size"])
    .where("benchmark_release_current.id", "=", 1),
);

/** Two lists of controllers as one (undefined when both are). */
function union(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return [...new Set([...a, ...b])].sort();
}

/**
 * A stored member: `[key, context, hash]`, or `[…, entity | null, controllers, inputs?]` with its
 * entity, the clients that knew it, and a mask of the measures and workforce figures it has an input
 * to (figure-inputs.ts `presenceMask`; never the inputs themselves).
 */
type StoredMember =
  | [string, string, string]
  | [string, string, string, string | null, string[]]
  | [string, string, string, string | null, string[], number];

function storedMember(key: string, member: LatticeMember, layout: FigureLayout | undefined): StoredMember {
  const mask = layout === undefined || member.figures === undefined ? undefined : presenceMask(layout, member.figures);
  if (member.entity === undefined && member.controllers === undefined && mask === undefined) {
    return [key, member.context, member.hash];
  }
  const known: [string, string, string, string | null, string[]] = [
    key,
    member.context,
    member.hash,
    member.entity ?? null,
    [...(member.controllers ?? [])],
  ];
  return mask === undefined ? known : [...known, mask];
}

/**
 * The statements that keep a refreshed lattice's published state (migration 0031), or none when the
 * same members and groups are stored already: the check against one is the check against both.
 */
async function stateStatements(
  db: Kysely<DatabaseSchema>,
  plan: { readonly frameworkVersion: string; readonly period: string; readonly published: ReadonlySet<string> },
  releaseId: number,
  cutAt: string,
  members: readonly StoredMember[],
  carried: readonly string[],
): Promise<WriteStatement[]> {
  const published = [...plan.published].sort();
  // Who knew a member is left out of the hash: it is recovered from the client history, the erased
  // controllers and every other copy of the member.
  const identity = members
    .map((member) => JSON.stringify([member[0], member[1], member[2], member[3] ?? null, member[5] ?? null]))
    .sort();
  // The figures it carried are part of the state: the same members with other figures published from
  // them is another published state of those figures.
  const stateHash = await sha256Hex(
    JSON.stringify(carried.length === 0 ? { published, identity } : { published, identity, carried }),
  );
  const stored = await db
    .selectFrom("benchmark_lattice_states")
    .select("figures_release_id")
    .where("framework_version", "=", plan.frameworkVersion)
    .where("period", "=", plan.period)
    .where("state_hash", "=", stateHash)
    // Not another cut's still building: it may lose the race to publish, and its states go with it.
    .where("figures_release_id", "not in", (eb) =>
      eb.selectFrom("benchmark_releases").select("id").where("status", "=", "building"),
    )
    .executeTakeFirst();
  if (stored !== undefined) return [];
  const parts = chunks(members, MEMBERS_PER_CHUNK);
  return (parts.length === 0 ? [[]] : parts).map((chunk, index) =>
    db.insertInto("benchmark_lattice_states").values({
      framework_version: plan.frameworkVersion,
      period: plan.period,
      figures_release_id: releaseId,
      chunk: index,
      cut_at: cutAt,
      state_hash: stateHash,
      published: JSON.stringify(index === 0 ? published : []),
      members: JSON.stringify(chunk),
      carried_figures: index === 0 && carried.length > 0 ? JSON.stringify(carried) : null,
    }),
  );
}

/** Stored members as read back: the mask in place of the inputs, until the inputs are resolved. */
interface KeptMember extends LatticeMember {
  readonly mask?: number;
}

/**
 * Who knew each member: the clients stored with it in any kept copy, the clients that control it now
 * and the clients that controlled it when it was erased (migration 0030). Conservative: a member known
 * to a client makes the rules stricter for that client.
 */
async function erasedControllers(db: Kysely<DatabaseSchema>): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom("benchmark_erased_controllers").select(["member_key", "client_id"]).execute();
  const result = new Map<string, string[]>();
  for (const row of rows) {
    const list = result.get(row.member_key);
    if (list === undefined) result.set(row.member_key, [row.client_id]);
    else list.push(row.client_id);
  }
  return result;
}

/**
 * Each kept member's input to each figure, for the members whose figures may differ from now: the
 * same as now where its content is the same; from its earlier contribution (found by organisation
 * and content hash: submitted assessments are never changed, and go only with the organisation)
 * where it is still here; from its presence mask where it was erased (its departure changes every
 * figure it had an input to). Left unknown where none of these is at hand: the change threshold then
 * cannot count it per figure and carries the lattice.
 */
async function resolveInputs(
  db: Kysely<DatabaseSchema>,
  version: string,
  layout: FigureLayout | undefined,
  views: readonly Map<string, KeptMember>[],
  now: ReadonlyMap<string, MemberRow>,
): Promise<void> {
  if (layout === undefined) return;
  const wanted = new Map<string, Set<string>>();
  for (const view of views) {
    for (const [key, member] of view) {
      const current = now.get(key);
      if (current !== undefined && current.hash !== member.hash) {
        const hashes = wanted.get(current.organisationId) ?? new Set<string>();
        hashes.add(member.hash);
        wanted.set(current.organisationId, hashes);
      }
    }
  }
  const earlier = new Map<string, string>();
  const organisations = [...wanted.keys()];
  for (const part of chunks(organisations, KEYS_PER_QUERY)) {
    const rows = await db
      .selectFrom("assessments")
      .select([
        "id",
        "organisation_id as organisationId",
        "contribution_hash as hash",
        "scores",
        "workforce_snapshot as workforce",
        FROZEN_LEVELS.as("levels"),
      ])
      .where("organisation_id", "in", part)
      .where("framework_version", "=", version)
      .where("status", "=", "submitted")
      .execute();
    for (const row of rows) {
      const hash = row.hash ?? row.id;
      if (!wanted.get(row.organisationId)?.has(hash)) continue;
      earlier.set(
        `${row.organisationId} ${hash}`,
        figureInputs(
          layout,
          JSON.parse(row.levels ?? "{}") as Record<string, string>,
          JSON.parse(row.scores ?? "null") as Scores | null,
          row.workforce === null ? null : (JSON.parse(row.workforce) as Record<string, number | null>),
        ),
      );
    }
  }
  for (const view of views) {
    for (const [key, member] of view) {
      const current = now.get(key);
      const { mask, ...rest } = member;
      let figures: string | undefined;
      if (current === undefined) figures = mask === undefined ? undefined : presenceInputs(layout, mask);
      else if (current.hash === member.hash) figures = current.figures;
      else figures = earlier.get(`${current.organisationId} ${member.hash}`);
      view.set(key, figures === undefined ? rest : { ...rest, figures });
    }
  }
}

/**
 * The lattices of the current release with the members and published groups their figures rest on,
 * and every earlier state each lattice published, from the kept releases or, once pruned, from the
 * kept states (a reader may have kept any of them: docs/privacy.md, "Every published state"). Each
 * member is known to whoever knew it in any kept copy, whoever controls it now and whoever controlled
 * it when it was erased (`known`).
 */
async function previousLattices(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  known: ReadonlyMap<string, readonly string[]>,
  inputs: readonly LatticeInputs[],
  layouts: Layouts,
): Promise<Map<string, Previous>> {
  const lattices = await db
    .selectFrom("benchmark_release_lattices")
    .select(["framework_version", "period", "figures_release_id", "carried_figures"])
    .where("release_id", "=", releaseId)
    .execute();
  const result = new Map<string, Previous>();
  for (const lattice of lattices) {
    const version = lattice.framework_version;
    const period = lattice.period;
    const layout = await layoutFor(db, layouts, version);
    // Every published release's figures of this lattice, and the latest release that stored its
    // members with what its readers knew by then.
    const copies = await db
      .selectFrom("benchmark_release_lattices")
      .innerJoin("benchmark_releases", "benchmark_releases.id", "benchmark_release_lattices.release_id")
      .select([
        "benchmark_release_lattices.release_id as releaseId",
        "figures_release_id as figuresReleaseId",
        "carried_figures as carriedFigures",
      ])
      .where("benchmark_releases.status", "=", "published")
      .where("framework_version", "=", version)
      .where("period", "=", period)
      .execute();
    const latestCopy = new Map<number, number>();
    // The figures each state carried: as stored with the release that published it (migration 0033).
    const carriedAt = new Map<number, Set<string>>();
    for (const copy of copies) {
      if (copy.releaseId === copy.figuresReleaseId && typeof copy.carriedFigures === "string") {
        carriedAt.set(copy.releaseId, figureIndexes(layout, Object.keys(JSON.parse(copy.carriedFigures) as object)));
      }
      latestCopy.set(copy.figuresReleaseId, Math.max(latestCopy.get(copy.figuresReleaseId) ?? 0, copy.releaseId));
    }
    latestCopy.set(lattice.figures_release_id, releaseId);
    const chunksOf = (id: number) =>
      db
        .selectFrom("benchmark_release_members")
        .select("members")
        .where("release_id", "=", id)
        .where("framework_version", "=", version)
        .where("period", "=", period)
        .orderBy("chunk")
        .execute();
    const views: {
      figuresReleaseId: number;
      members: Map<string, KeptMember>;
      published: Set<string>;
      carried?: Set<string>;
    }[] = [];
    const knownHere = new Map<string, Set<string>>();
    for (const [figuresReleaseId, copyId] of [...latestCopy].sort((a, b) => a[0] - b[0])) {
      // A release cut before members were kept with every lattice kept them only where it refreshed.
      let memberRows = await chunksOf(copyId);
      if (memberRows.length === 0 && copyId !== figuresReleaseId) memberRows = await chunksOf(figuresReleaseId);
      const members = new Map<string, KeptMember>();
      for (const row of memberRows) {
        for (const [key, context, hash, entity, stored, mask] of JSON.parse(row.members) as StoredMember[]) {
          for (const client of stored ?? []) {
            const set = knownHere.get(key) ?? new Set<string>();
            set.add(client);
            knownHere.set(key, set);
          }
          members.set(key, {
            context,
            hash,
            ...(entity === undefined || entity === null ? {} : { entity }),
            ...(mask === undefined ? {} : { mask }),
          });
        }
      }
      const groups = await db
        .selectFrom("benchmark_release_groups")
        .select("group_key")
        .where("release_id", "=", figuresReleaseId)
        .where("framework_version", "=", version)
        .where("period", "=", period)
        .execute();
      const carried = carriedAt.get(figuresReleaseId);
      views.push({
        figuresReleaseId,
        members,
        published: new Set(groups.map((group) => group.group_key)),
        ...(carried === undefined ? {} : { carried }),
      });
    }
    // Every published state of the lattice whose release has been pruned since (migration 0031): a
    // reader may still hold those figures (docs/privacy.md, "Every published state").
    const states = await db
      .selectFrom("benchmark_lattice_states")
      .select("figures_release_id as figuresReleaseId")
      .distinct()
      .where("framework_version", "=", version)
      .where("period", "=", period)
      .where("figures_release_id", "not in", (eb) =>
        eb.selectFrom("benchmark_releases").select("id").where("status", "=", "building"),
      )
      .orderBy("figures_release_id")
      .execute();
    for (const { figuresReleaseId } of states) {
      if (latestCopy.has(figuresReleaseId)) continue;
      const rows = await db
        .selectFrom("benchmark_lattice_states")
        .select(["published", "members", "carried_figures as carriedFigures"])
        .where("framework_version", "=", version)
        .where("period", "=", period)
        .where("figures_release_id", "=", figuresReleaseId)
        .orderBy("chunk")
        .execute();
      const members = new Map<string, KeptMember>();
      const published = new Set<string>();
      let carried: Set<string> | undefined;
      for (const row of rows) {
        for (const group of JSON.parse(row.published) as string[]) published.add(group);
        if (typeof row.carriedFigures === "string") {
          carried = figureIndexes(layout, JSON.parse(row.carriedFigures) as string[]);
        }
        for (const [key, context, hash, entity, stored, mask] of JSON.parse(row.members) as StoredMember[]) {
          for (const client of stored ?? []) {
            const set = knownHere.get(key) ?? new Set<string>();
            set.add(client);
            knownHere.set(key, set);
          }
          members.set(key, {
            context,
            hash,
            ...(entity === undefined || entity === null ? {} : { entity }),
            ...(mask === undefined ? {} : { mask }),
          });
        }
      }
      views.push({ figuresReleaseId, members, published, ...(carried === undefined ? {} : { carried }) });
    }
    // Oldest first: a carried figure rests on the latest earlier state that published it.
    views.sort((a, b) => a.figuresReleaseId - b.figuresReleaseId);
    for (const view of views) {
      for (const [key, member] of view.members) {
        const controllers = union(knownHere.has(key) ? [...(knownHere.get(key) ?? [])] : undefined, known.get(key));
        if (controllers !== undefined) view.members.set(key, { ...member, controllers: [...controllers].sort() });
      }
    }
    const now = inputs.find((input) => input.frameworkVersion === version && input.period === period)?.members;
    await resolveInputs(
      db,
      version,
      layout,
      views.map((view) => view.members),
      now ?? new Map(),
    );
    const toView = (view: (typeof views)[number]) => ({
      members: view.members,
      published: view.published,
      ...(view.carried === undefined ? {} : { carried: view.carried }),
    });
    const currentView = views.find((view) => view.figuresReleaseId === lattice.figures_release_id);
    if (currentView === undefined) continue;
    result.set(latticeKey(version, period), {
      figuresReleaseId: lattice.figures_release_id,
      carriedOrigins:
        lattice.carried_figures === null || lattice.carried_figures === undefined
          ? {}
          : (JSON.parse(lattice.carried_figures) as Record<string, number>),
      view: toView(currentView),
      earlier: views.filter((view) => view !== currentView && view.published.size > 0).map(toView),
    });
  }
  return result;
}

/** The figures a release stores for each published group of one lattice. */
async function releasedGroups(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  version: string,
  period: string,
): Promise<Map<string, GroupFigures>> {
  const rows = await db
    .selectFrom("benchmark_release_groups")
    .select(["group_key", "figures"])
    .where("release_id", "=", releaseId)
    .where("framework_version", "=", version)
    .where("period", "=", period)
    .execute();
  return new Map(rows.map((row) => [row.group_key, JSON.parse(row.figures) as GroupFigures]));
}

/** A lattice as the current release shows it, with the release each carried figure's values rest on. */
type Previous = PreviousLattice & { figuresReleaseId: number; carriedOrigins: Readonly<Record<string, number>> };

/**
 * Per published group of a refreshed lattice, the measures and workforce figures whose reporters (the
 * members with a score for the measure, or that reported the figure) fail the rules for a part of a
 * group (`subPopulationShown`): they are withheld, the group stays.
 */
function withheldFigures(
  members: ReadonlyMap<string, MemberRow>,
  published: ReadonlySet<string>,
  k: number,
  maxShare: number,
): Map<string, Set<string>> {
  const reporters = new Map<string, Map<string, Change[]>>();
  for (const [key, member] of members) {
    const change = changeOf(key, member);
    const figures = [
      ...member.measures,
      ...REPRESENTATION_FIGURES.filter((figure) => typeof member.workforce?.[figure] === "number"),
    ];
    for (const group of groupsOfContext(member.context)) {
      if (!published.has(group)) continue;
      const byFigure = reporters.get(group) ?? new Map<string, Change[]>();
      reporters.set(group, byFigure);
      for (const figure of figures) {
        const list = byFigure.get(figure);
        if (list === undefined) byFigure.set(figure, [change]);
        else list.push(change);
      }
    }
  }
  const withheld = new Map<string, Set<string>>();
  for (const [group, byFigure] of reporters) {
    const held = new Set<string>();
    for (const [figure, list] of byFigure) {
      // Under k the figure is not shown anyway (measureSummary, peerMedian); the rules matter above.
      if (list.length >= k && !subPopulationShown(list, k, maxShare)) held.add(figure);
    }
    if (held.size > 0) withheld.set(group, held);
  }
  return withheld;
}

export interface CutOptions {
  readonly minimumGroupSize: number;
  /** The largest share (0–1) of a shown group one non-admin client may control, unless it controls all of it. */
  readonly maxControlledShare: number;
  /** Published releases kept (with every older release whose figures they still show). */
  readonly keep: number;
  readonly now: Date;
  readonly trigger: ReleaseTrigger;
  /** Who asked, for the audit event (a scheduled or command cut records the system). */
  readonly actor?: { readonly clientId: string; readonly role: string; readonly requestId: string };
}

/** The inputs and the plan of a cut, read consistently: retried when a submission lands while reading. */
async function readAndPlan(db: Kysely<DatabaseSchema>, k: number, maxShare: number, previousId: number | null) {
  for (let attempt = 0; ; attempt++) {
    const revision = await aggregatesRevision(db);
    const layouts: Layouts = new Map();
    const inputs = await readContributions(db, await readControl(db), layouts);
    // Who knows a member: whoever controls it now, or controlled it when it was erased.
    const known = new Map<string, readonly string[]>(await erasedControllers(db));
    for (const input of inputs) {
      for (const [key, member] of input.members) {
        if (member.controllers !== undefined) known.set(key, union(member.controllers, known.get(key)) ?? []);
      }
    }
    const previous = previousId === null ? new Map() : await previousLattices(db, previousId, known, inputs, layouts);
    for (const [key, lattice] of previous) {
      // A lattice whose members are all gone is compared with an empty one, not forgotten.
      if (!inputs.some((input) => latticeKey(input.frameworkVersion, input.period) === key)) {
        const [frameworkVersion = "", period = ""] = key.split(" ");
        if (lattice.view.published.size > 0) {
          inputs.push({ frameworkVersion, period, members: new Map(), fold: new LatticeFold() });
        }
      }
    }
    const candidates: CandidateLattice[] = [];
    for (const input of inputs) {
      const { distinct, controlled, registrations } = await disclosureInputs(db, input.frameworkVersion, input.period);
      candidates.push({
        ...input,
        counts: countsOf(input.members),
        disclosure: { distinct, control: { byClient: controlled, maxShare }, registrations },
      });
    }
    const plans = planRelease(candidates, previous, k);
    const figures = new Map<string, Map<string, GroupFigures>>();
    const contents = new Map<string, FrameworkContent | undefined>();
    for (const plan of plans) {
      if (!plan.refresh) continue;
      const input = inputs.find(
        (candidate) => candidate.frameworkVersion === plan.frameworkVersion && candidate.period === plan.period,
      ) as LatticeInputs;
      if (!contents.has(plan.frameworkVersion)) {
        contents.set(plan.frameworkVersion, await loadFrameworkContent(db, plan.frameworkVersion));
      }
      const content = contents.get(plan.frameworkVersion);
      if (content === undefined) throw new Error(`framework ${plan.frameworkVersion} has contributions but no content`);
      const keys = [...plan.published].sort();
      const folded = input.fold.groups(plan.published);
      const workforce = workforceValues(input.members, plan.published);
      const withheld = withheldFigures(input.members, plan.published, k, maxShare);
      const counts = countsOf(input.members);
      const measures = ["overall", ...content.phases.map((phase) => phase.id)];
      const emptyWorkforce = Object.fromEntries(REPRESENTATION_FIGURES.map((figure) => [figure, [] as number[]]));
      // Figures that may not refresh keep their released values in every group (docs/privacy.md, "Per
      // figure"), copied into this release so that reads stay one lookup.
      const carried = new Set(figureNamesOf(layouts.get(plan.frameworkVersion), plan.carried));
      const before = previous.get(latticeKey(plan.frameworkVersion, plan.period));
      const released =
        carried.size === 0 || before === undefined
          ? new Map<string, GroupFigures>()
          : await releasedGroups(db, before.figuresReleaseId, plan.frameworkVersion, plan.period);
      figures.set(
        latticeKey(plan.frameworkVersion, plan.period),
        new Map(
          keys.map((key) => [
            key,
            withCarriedFigures(
              groupFigures(
                {
                  size: counts.get(key) ?? 0,
                  bins: folded.get(key)?.bins ?? new Map(),
                  levels: folded.get(key)?.levels ?? new Map(),
                  workforce: workforce.get(key) ?? emptyWorkforce,
                  ...(withheld.has(key) ? { withheld: withheld.get(key) as Set<string> } : {}),
                },
                measures,
                content.practices,
                k,
              ),
              released.get(key),
              carried,
              measures,
            ),
          ]),
        ),
      );
    }
    if ((await aggregatesRevision(db)) === revision || attempt >= 4) {
      return { inputs, plans, previous, figures, layouts };
    }
  }
}

/**
 * Per carried figure (by name), the release whose state its values rest on: where the previous release
 * carried it already, that release's origin; else the previous figures' release. A carried lattice keeps
 * its previous origins.
 */
function carriedOrigins(
  plan: PlannedLattice,
  before: Previous | undefined,
  layout: FigureLayout | undefined,
): Record<string, number> {
  if (before === undefined) return {};
  if (!plan.refresh) return { ...before.carriedOrigins };
  return Object.fromEntries(
    figureNamesOf(layout, plan.carried).map((name) => [name, before.carriedOrigins[name] ?? before.figuresReleaseId]),
  );
}

/** Cuts a release and publishes it. Returns its summary. */
export async function cutRelease(storage: Storage, options: CutOptions): Promise<ReleaseSummary> {
  const { db } = storage;
  const k = options.minimumGroupSize;
  const at = options.now.toISOString();
  await removeAbandoned(storage, options.now);
  const current = await currentReleaseInfo(db);
  const previousId = current?.id ?? null;
  const { plans, previous, figures, layouts } = await readAndPlan(db, k, options.maxControlledShare, previousId);

  const last = await db
    .selectFrom("benchmark_releases")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const id = (last?.id ?? 0) + 1;
  await storage.writeAtomically([
    db
      .insertInto("benchmark_releases")
      .values({ id, cut_at: at, status: "building", trigger: options.trigger, minimum_group_size: k }),
  ]);

  const statements: WriteStatement[] = [];
  const lattices: ReleaseLatticeInfo[] = [];
  for (const plan of plans) {
    const key = latticeKey(plan.frameworkVersion, plan.period);
    const before = previous.get(key);
    const figuresReleaseId = plan.refresh || before === undefined ? id : before.figuresReleaseId;
    lattices.push({ frameworkVersion: plan.frameworkVersion, period: plan.period, figuresReleaseId });
    const carried = carriedOrigins(plan, before, layouts.get(plan.frameworkVersion));
    statements.push(
      db.insertInto("benchmark_release_lattices").values({
        release_id: id,
        framework_version: plan.frameworkVersion,
        period: plan.period,
        figures_release_id: figuresReleaseId,
        carried_figures: Object.keys(carried).length === 0 ? null : JSON.stringify(carried),
      }),
    );
    // Every lattice keeps its members with who knows them, carried ones too: the next cut compares with
    // them, and what a client learnt while a lattice was carried it keeps knowing after an erasure.
    const layout = layouts.get(plan.frameworkVersion);
    const members = [...plan.members].map(([key, member]) => storedMember(key, member, layout));
    chunks(members, MEMBERS_PER_CHUNK).forEach((chunk, index) => {
      statements.push(
        db.insertInto("benchmark_release_members").values({
          release_id: id,
          framework_version: plan.frameworkVersion,
          period: plan.period,
          chunk: index,
          members: JSON.stringify(chunk),
        }),
      );
    });
    if (figuresReleaseId !== id) continue;
    statements.push(...(await stateStatements(db, plan, id, at, members, Object.keys(carried).sort())));
    for (const [groupKey, groupFigures] of figures.get(key) ?? []) {
      statements.push(
        db.insertInto("benchmark_release_groups").values({
          release_id: id,
          framework_version: plan.frameworkVersion,
          period: plan.period,
          group_key: groupKey,
          figures: JSON.stringify(groupFigures),
        }),
      );
    }
  }
  for (const part of chunks(statements, STATEMENTS_PER_WRITE)) await storage.writeAtomically(part);

  // A scheduled or command cut is recorded as the platform itself (client `system`, acting as admin).
  const actor = options.actor ?? { clientId: "system", role: "admin", requestId: `release-${options.trigger}` };
  // Published only if no other cut published meanwhile: readers never see a half-built release, and
  // two releases never rest on the same previous one.
  const [switched] = await storage.writeAtomically([
    db
      .updateTable("benchmark_release_current")
      .set({ release_id: id })
      .where("id", "=", 1)
      .where((eb) => (previousId === null ? eb("release_id", "is", null) : eb("release_id", "=", previousId))),
    db
      .updateTable("benchmark_releases")
      .set({ status: "published" })
      .where("id", "=", id)
      .where((eb) => eb(eb.selectFrom("benchmark_release_current").select("release_id").where("id", "=", 1), "=", id)),
    // Written only if the release was published (the statement before), and the audit entry only if it was.
    benchmarkReleasePublishedEvent(db, id, new Date(at)),
    insertAuditEventStatement(
      db,
      {
        id: `aud_${(await sha256Hex(`${id} ${at} ${Math.random()}`)).slice(0, 20)}`,
        occurredAt: at,
        clientId: actor.clientId,
        clientRole: actor.role,
        action: "cut",
        resourceType: "benchmark-release",
        resourceId: String(id),
        requestId: actor.requestId,
      },
      { onlyIfPreviousChanged: true },
    ),
  ]);
  if ((switched?.rowsAffected ?? 0) === 0) {
    await deleteReleases(storage, [id], { withStates: true });
    throw new ReleaseRaceError();
  }
  await removeOldReleases(storage, options.keep);
  await removeSettledErasures(storage);
  return { id, cutAt: at, minimumGroupSize: k, trigger: options.trigger, lattices };
}

/** Another cut published first; the caller may read the current release instead. */
export class ReleaseRaceError extends Error {
  constructor() {
    super("another benchmark release was published while this one was cut");
    this.name = "ReleaseRaceError";
  }
}

/**
 * Removes releases. Their published states stay (a reader may hold the figures) unless `withStates`:
 * a release that was never published published no state.
 */
async function deleteReleases(
  storage: Storage,
  ids: readonly number[],
  options: { readonly withStates?: boolean } = {},
): Promise<void> {
  const { db } = storage;
  for (const part of chunks(ids, KEYS_PER_QUERY)) {
    await storage.writeAtomically([
      ...(options.withStates === true
        ? [db.deleteFrom("benchmark_lattice_states").where("figures_release_id", "in", part)]
        : []),
      db.deleteFrom("benchmark_release_members").where("release_id", "in", part),
      db.deleteFrom("benchmark_release_groups").where("release_id", "in", part),
      db.deleteFrom("benchmark_release_lattices").where("release_id", "in", part),
      db.deleteFrom("benchmark_releases").where("id", "in", part),
    ]);
  }
}

async function removeAbandoned(storage: Storage, now: Date): Promise<void> {
  const rows = await storage.db
    .selectFrom("benchmark_releases")
    .select("id")
    .where("status", "=", "building")
    .where("cut_at", "<", new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString())
    .execute();
  if (rows.length > 0)
    await deleteReleases(
      storage,
      rows.map((row) => row.id),
      { withStates: true },
    );
}

/** Keeps the newest `keep` published releases and every release whose figures they still show. */
async function removeOldReleases(storage: Storage, keep: number): Promise<void> {
  const { db } = storage;
  const published = await db
    .selectFrom("benchmark_releases")
    .select("id")
    .where("status", "=", "published")
    .orderBy("id", "desc")
    .execute();
  const kept = published.slice(0, keep).map((row) => row.id);
  const old = published.slice(keep).map((row) => row.id);
  if (old.length === 0 || kept.length === 0) return;
  const referenced = new Set<number>();
  for (const part of chunks(kept, KEYS_PER_QUERY)) {
    const rows = await db
      .selectFrom("benchmark_release_lattices")
      .select("figures_release_id")
      .distinct()
      .where("release_id", "in", part)
      .execute();
    for (const row of rows) referenced.add(row.figures_release_id);
  }
  const unreferenced = old.filter((id) => !referenced.has(id));
  // An old release whose figures a kept one still shows stays whole until no kept release does.
  await deleteReleases(storage, unreferenced);
}

/**
 * Who controlled an erased organisation is needed while a stored release or a kept published state
 * (migration 0031) may hold it: once every stored release and state was cut after the erasure, none
 * does (migration 0030). States are kept for good, so in practice these rows are too.
 */
async function removeSettledErasures(storage: Storage): Promise<void> {
  const { db } = storage;
  const release = await db
    .selectFrom("benchmark_releases")
    .select((eb) => eb.fn.min("cut_at").as("cutAt"))
    .where("status", "=", "published")
    .executeTakeFirst();
  const state = await db
    .selectFrom("benchmark_lattice_states")
    .select((eb) => eb.fn.min("cut_at").as("cutAt"))
    .executeTakeFirst();
  const oldest = [release?.cutAt, state?.cutAt].filter((at): at is string => typeof at === "string").sort()[0];
  if (oldest === undefined) return;
  await storage.writeAtomically([db.deleteFrom("benchmark_erased_controllers").where("erased_at", "<", oldest)]);
}

/** A release's metadata: when it was cut and which lattices it refreshed or carried. */
export async function getReleaseSummary(db: Kysely<DatabaseSchema>, id: number): Promise<ReleaseSummary | undefined> {
  const release = await db
    .selectFrom("benchmark_releases")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "published")
    .executeTakeFirst();
  if (release === undefined) return undefined;
  const lattices = await db
    .selectFrom("benchmark_release_lattices")
    .select(["framework_version", "period", "figures_release_id"])
    .where("release_id", "=", id)
    .orderBy("framework_version")
    .orderBy("period")
    .execute();
  return {
    id: release.id,
    cutAt: release.cut_at,
    minimumGroupSize: release.minimum_group_size,
    trigger: release.trigger,
    lattices: lattices.map((row) => ({
      frameworkVersion: row.framework_version,
      period: row.period,
      figuresReleaseId: row.figures_release_id,
    })),
  };
}

export async function listReleaseIds(db: Kysely<DatabaseSchema>): Promise<number[]> {
  const rows = await db
    .selectFrom("benchmark_releases")
    .select("id")
    .where("status", "=", "published")
    .orderBy("id", "desc")
    .execute();
  return rows.map((row) => row.id);
}

export interface ReleasedLattice {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly figuresReleaseId: number;
  /** The published groups and their figures. */
  readonly groups: ReadonlyMap<string, GroupFigures>;
}

/**
 * What an instance read of a release, per release id: releases are immutable, so nothing read under
 * an id can go stale. Only the newest id read is kept (per database handle).
 */
const releaseCaches = new WeakMap<
  object,
  { id: number; lattices: Map<string, Promise<ReleasedLattice | undefined>>; periods: Map<string, Promise<string[]>> }
>();

function cacheFor(db: Kysely<DatabaseSchema>, releaseId: number) {
  let cache = releaseCaches.get(db);
  if (cache === undefined || cache.id !== releaseId) {
    cache = { id: releaseId, lattices: new Map(), periods: new Map() };
    releaseCaches.set(db, cache);
  }
  return cache;
}

async function loadLattice(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  version: string,
  period: string,
): Promise<ReleasedLattice | undefined> {
  const lattice = await db
    .selectFrom("benchmark_release_lattices")
    .select("figures_release_id")
    .where("release_id", "=", releaseId)
    .where("framework_version", "=", version)
    .where("period", "=", period)
    .executeTakeFirst();
  if (lattice === undefined) return undefined;
  const rows = await db
    .selectFrom("benchmark_release_groups")
    .select(["group_key", "figures"])
    .where("release_id", "=", lattice.figures_release_id)
    .where("framework_version", "=", version)
    .where("period", "=", period)
    .execute();
  return {
    frameworkVersion: version,
    period,
    figuresReleaseId: lattice.figures_release_id,
    groups: new Map(rows.map((row) => [row.group_key, JSON.parse(row.figures) as GroupFigures])),
  };
}

/** One lattice of a release, or undefined when the release has none for it (nothing published there). */
export function releasedLattice(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  version: string,
  period: string,
): Promise<ReleasedLattice | undefined> {
  const cache = cacheFor(db, releaseId);
  const key = latticeKey(version, period);
  let lattice = cache.lattices.get(key);
  if (lattice === undefined) {
    lattice = loadLattice(db, releaseId, version, period);
    cache.lattices.set(key, lattice);
    lattice.catch(() => cache.lattices.delete(key));
  }
  return lattice;
}

/** The quarters a release has lattices for, for one framework version, oldest first. */
export function releasedQuarters(db: Kysely<DatabaseSchema>, releaseId: number, version: string): Promise<string[]> {
  const cache = cacheFor(db, releaseId);
  let periods = cache.periods.get(version);
  if (periods === undefined) {
    periods = db
      .selectFrom("benchmark_release_lattices")
      .select("period")
      .where("release_id", "=", releaseId)
      .where("framework_version", "=", version)
      .where("period", "<>", ALL_PERIODS)
      .orderBy("period")
      .execute()
      .then((rows) => rows.map((row) => row.period));
    cache.periods.set(version, periods);
  }
  return periods;
}
