import pino from "pino";
import type { LogEntry } from "./app-env.js";

/**
 * The Node server's log: one JSON line per entry (`level`, `time`, `message` and the entry's fields),
 * info to stdout and errors to stderr, written by pino through a non-blocking destination. The request
 * log was a synchronous stdout write per request (~30 µs, issue 20's profile); sonic-boom writes
 * asynchronously and gathers the lines that arrive while a write is under way into the next one.
 * The Worker logs with console.log (workerd collects it), through the same `(entry) => void`.
 */
export interface NodeLogger {
  readonly log: (entry: LogEntry) => void;
  /** Writes whatever is still buffered, synchronously: before the process exits. */
  readonly flush: () => void;
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

export function createNodeLogger(): NodeLogger {
  const options: pino.LoggerOptions = {
    messageKey: "message",
    base: null,
    timestamp: cachedIsoTime(),
    formatters: { level: (label) => ({ level: label }) },
  };
  const outDestination = pino.destination({ dest: 1, sync: false });
  const errDestination = pino.destination({ dest: 2, sync: false });
  const out = pino(options, outDestination);
  const err = pino(options, errDestination);
  return {
    log(entry) {
      const { level, message, ...fields } = entry;
      if (level === "error") err.error(fields, message);
      else out.info(fields, message);
    },
    flush() {
      for (const destination of [outDestination, errDestination]) {
        try {
          destination.flushSync();
        } catch {
          // Not open yet (nothing written) or already closed: nothing to flush.
        }
      }
    },
  };
}
