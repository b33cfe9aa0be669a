import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.js";
import {
  currentReleaseInfo,
  cutRelease,
  type ReleaseInfo,
  ReleaseRaceError,
  type ReleaseSummary,
  type ReleaseTrigger,
} from "../../store/benchmark-releases.js";

/** A cut in progress per storage, so concurrent first reads in one instance cut once. */
const firstCuts = new WeakMap<object, Promise<ReleaseInfo>>();

/** Cuts a release now with the deployment's settings. */
export function cutReleaseNow(
  deps: Pick<AppDeps, "storage" | "clock" | "settings">,
  trigger: ReleaseTrigger,
  actor?: { clientId: string; role: string; requestId: string },
): Promise<ReleaseSummary> {
  return cutRelease(deps.storage, {
    minimumGroupSize: deps.settings.benchmarks.minGroupSize,
    maxControlledShare: deps.settings.benchmarks.maxControlledShare,
    keep: deps.settings.benchmarks.releasesKept,
    now: deps.clock.now(),
    trigger,
    ...(actor === undefined ? {} : { actor }),
  });
}

/**
 * The release readers see. When none exists yet (a new deployment), the first read cuts one: from
 * then on, others' figures change only when a release is cut (docs/privacy.md).
 */
export async function currentRelease(deps: Pick<AppDeps, "storage" | "clock" | "settings">): Promise<ReleaseInfo> {
  const existing = await currentReleaseInfo(deps.storage.db);
  if (existing !== undefined) return existing;
  let cut = firstCuts.get(deps.storage);
  if (cut === undefined) {
    cut = cutReleaseNow(deps, "first-read").catch(async (error: unknown) => {
      // Another instance published first: read that one.
      const published = error instanceof ReleaseRaceError ? await currentReleaseInfo(deps.storage.db) : undefined;
      if (published === undefined) throw error;
      return published;
    });
    firstCuts.set(deps.storage, cut);
    void cut.finally(() => firstCuts.delete(deps.storage)).catch(() => {});
  }
  return cut;
}

/** The current release for a request, named in the `Benchmark-Release` header of the answer. */
export async function releaseForRequest(c: Context<AppEnv>): Promise<ReleaseInfo> {
  const release = await currentRelease(c.get("deps"));
  c.header("Benchmark-Release", releaseHeader(release));
  return release;
}

/** The `Benchmark-Release` header's value for a release. */
export function releaseHeader(release: ReleaseInfo): string {
  return `${release.id}; cut-at=${release.cutAt}`;
}

/**
 * The schedule's step (a timer on Node, a cron trigger on Workers): cuts a release when the current
 * one is at least BENCHMARK_RELEASE_INTERVAL_HOURS old, or when there is none. Returns the new
 * release, or null when none was due (or another instance cut it first).
 */
export async function cutReleaseIfDue(
  deps: Pick<AppDeps, "storage" | "clock" | "settings">,
): Promise<ReleaseSummary | null> {
  const current = await currentReleaseInfo(deps.storage.db);
  const intervalMs = deps.settings.benchmarks.releaseIntervalHours * 3_600_000;
  if (current !== undefined && deps.clock.now().getTime() - new Date(current.cutAt).getTime() < intervalMs) {
    return null;
  }
  try {
    return await cutReleaseNow(deps, "schedule");
  } catch (error) {
    if (error instanceof ReleaseRaceError) return null;
    throw error;
  }
}
