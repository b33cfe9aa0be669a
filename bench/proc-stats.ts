import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU seconds (user + system) a live process has used so far: every thread of it, or one thread
 * (`thread`, e.g. the process's own id for its main thread, the one that serves requests).
 */
export function cpuSeconds(pid: number | "self", thread?: number): number {
  const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) in parentheses: state is the first, utime the 12th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function statusMb(pid: number, field: string): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (match === null) throw new Error(`no ${field} for ${pid}`);
  return Number(match[1]) / 1024;
}

/** Resident memory (VmRSS) of a live process now, in MB. */
export function rssMb(pid: number): number {
  return statusMb(pid, "VmRSS");
}

/** Peak resident set size (VmHWM) of a live process, in MB. */
export function peakRssMb(pid: number): number {
  return statusMb(pid, "VmHWM");
}

/** What is resident now, anonymous (heap, caches) and file-backed (code, mapped files), in MB: where the peak sits. */
export function residentParts(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Math.round(Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024);
  return `now ${field("VmRSS")} MB: anon ${field("RssAnon")}, file ${field("RssFile")}`;
}
