import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { LogEntry } from "../../src/app-env.js";
import { createNodeLogger, pinoLineOptions } from "../../src/node-logger.js";

/**
 * The Node log builds its lines itself (pino's per-call serialisation was a measurable part of a cheap
 * request, bench/RESULTS.md) but promises pino's format: the same entries written by pino itself, with
 * the same options, must give the same lines, apart from the time stamp's value.
 */

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function files() {
  const directory = mkdtempSync(join(tmpdir(), "node-logger-"));
  directories.push(directory);
  const path = (name: string) => join(directory, name);
  return { path, open: (name: string) => openSync(path(name), "w") };
}

const ENTRIES: LogEntry[] = [
  {
    level: "info",
    message: "request",
    method: "GET",
    path: "/v1/health",
    status: 200,
    durationMs: 0.4,
    requestId: "0b6c3c1e-4c1d-4a8e-9a43-7f2d2f6f4a11",
  },
  { level: "info", message: 'quotes " and \\ and a\nnew line, ünïcödé, emoji 🙂', nested: { a: [1, "x", null] } },
  { level: "info", message: "skips what JSON cannot say", gone: undefined, kept: false, zero: 0 },
  { level: "error", message: "health check: database unreachable", requestId: "r1", error: "SQLITE_BUSY" },
  { level: "info", message: "a value JSON.stringify refuses", size: 12n },
];

const withoutTime = (text: string) =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.replace(/"time":"[^"]+"/, '"time":"_"'));

describe("the Node log", () => {
  it("writes pino's lines, info to one destination and errors to the other, and flushes them all", async () => {
    const { path, open } = files();
    const [out, err] = [open("out.log"), open("err.log")];
    const logger = createNodeLogger({ out, err });
    for (const entry of ENTRIES) logger.log(entry);
    // Flushed and closed (its periodic flush stopped, its files closed) before the files are read.
    await logger.close();

    const [pinoOut, pinoErr] = [open("pino-out.log"), open("pino-err.log")];
    const reference = { out: pino(pinoLineOptions(), pino.destination({ dest: pinoOut, sync: true })) };
    const referenceErr = pino(pinoLineOptions(), pino.destination({ dest: pinoErr, sync: true }));
    for (const { level, message, ...fields } of ENTRIES) {
      if (level === "error") referenceErr.error(fields, message);
      else reference.out.info(fields, message);
    }
    for (const fd of [pinoOut, pinoErr]) closeSync(fd);

    const written = withoutTime(readFileSync(path("out.log"), "utf8"));
    expect(written).toHaveLength(4);
    expect(written).toEqual(withoutTime(readFileSync(path("pino-out.log"), "utf8")));
    expect(withoutTime(readFileSync(path("err.log"), "utf8"))).toEqual(
      withoutTime(readFileSync(path("pino-err.log"), "utf8")),
    );
    expect(JSON.parse(written[0] as string)).toEqual({ level: "info", time: "_", ...ENTRIES[0] });
  });
});
