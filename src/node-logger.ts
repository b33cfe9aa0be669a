import pino from "pino";
import type { LogEntry } from "./app-env.js";

/**
 * The Node server's log: one JSON line per entry (`level`, `time`, `message` and the entry's fields),
 * info to stdout and errors to stderr, in pino's format, through pino's non-blocking destination. The request
 * log was a synchronous stdout write per request (~30 µs, issue 20's profile); sonic-boom writes
 * asynchronously and gathers the lines that arrive while a write is under way into the next one.
 * The Worker logs with console.log (workerd collects it), through the same `(entry) => void`.
 */
export interface NodeLogger {
  readonly log: (entry: LogEntry) => void;
  /** Writes whatever is still buffered, synchronously: before the process exits. */
  readonly flush: () => void;
  /** Flushes, stops the periodic flush and closes the destinations (those that are not stdout/stderr). */
  readonly close: () => Promise<void>;
}

/**
 * pino's isoTime formats a Date per line (~2 % of a health request's CPU in issue 20's profile); under
 * load several lines share a millisecond, so the fragment is built once per millisecond, same format.
 */
function cachedIsoTime(): () => string {
  let lastMs = -1;
  let fragment = "";
  return () => {
    const now = Date.now();
    if (now !== lastMs) {
      lastMs = now;
      fragment = `,"time":"${new Date(now).toISOString()}"`;
    }
    return fragment;
  };
}

/** About twenty request lines per write under load. */
const LOG_BATCH_BYTES = 4096;
/** The longest a line waits when few arrive (an idle server, the tail of a burst). */
const LOG_FLUSH_MS = 200;

/** pino's options for the same line format (also the reference the tests compare the lines with). */
export function pinoLineOptions(): pino.LoggerOptions {
  return {
    messageKey: "message",
    base: null,
    timestamp: cachedIsoTime(),
    formatters: { level: (label) => ({ level: label }) },
  };
}

/**
 * The line pino writes for `entry` (level, time, the fields in order, message), built directly: pino's
 * generic serialisation per call was ~6 % of a health request's CPU (bench/RESULTS.md, "Fixed cost per
 * request, session 6"). Fields JSON cannot represent as they are (undefined, functions) are left out,
 * as pino leaves them out; a value JSON.stringify refuses (a cycle, a BigInt) makes it throw, and the
 * caller lets pino write that entry instead.
 */
export function logLine(entry: LogEntry, timeFragment: string): string {
  let line = `{"level":${JSON.stringify(entry.level)}${timeFragment}`;
  for (const name in entry) {
    if (name === "level" || name === "message") continue;
    const value = JSON.stringify(entry[name]);
    if (value !== undefined) line += `,${JSON.stringify(name)}:${value}`;
  }
  return `${line},"message":${JSON.stringify(entry.message)}}\n`;
}

export interface LogDestinations {
  /** File descriptor for info lines (default 1, stdout). */
  readonly out: number;
  /** File descriptor for error lines (default 2, stderr). */
  readonly err: number;
}

export function createNodeLogger(destinations: LogDestinations = { out: 1, err: 2 }): NodeLogger {
  const options = pinoLineOptions();
  const time = cachedIsoTime();
  // Lines are gathered up to LOG_BATCH_BYTES before a write, and whatever is gathered is written at
  // least every LOG_FLUSH_MS: one write(2) per request was still ~8–11 % of a health request's CPU
  // (bench/RESULTS.md, "Fixed cost per request, session 6"). Errors (stderr) are written at once.
  const outDestination = pino.destination({
    dest: destinations.out,
    sync: false,
    minLength: LOG_BATCH_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  const errDestination = pino.destination({ dest: destinations.err, sync: false });
  const out = pino(options, outDestination);
  const err = pino(options, errDestination);
  const flush = () => {
    for (const destination of [outDestination, errDestination]) {
      try {
        destination.flushSync();
      } catch {
        // Not open yet (nothing written) or already closed: nothing to flush.
      }
    }
  };
  return {
    log(entry) {
      const error = entry.level === "error";
      let line: string;
      try {
        line = logLine(entry, time());
      } catch {
        const { level: _level, message, ...fields } = entry;
        if (error) err.error(fields, message);
        else out.info(fields, message);
        return;
      }
      (error ? errDestination : outDestination).write(line);
    },
    flush,
    async close() {
      flush();
      await Promise.all(
        [outDestination, errDestination].map(
          (destination) =>
            new Promise<void>((resolve) => {
              destination.once("close", () => resolve());
              destination.destroy();
            }),
        ),
      );
    },
  };
}
