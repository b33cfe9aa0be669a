import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Dependencies bundled once (Vite's optimizer) for the workerd project: every test file starts a fresh
 * workerd that loads the app's module graph through Vite's module runner one module at a time, and
 * kysely, zod, jose, hono, ajv and fast-check are about a thousand small modules between them.
 */
const PREBUNDLED = [
  "hono",
  "hono/body-limit",
  "hono/html",
  "hono/http-exception",
  "hono/utils/http-status",
  "@hono/zod-openapi",
  "zod",
  "jose",
  "kysely",
  "ipaddr.js",
  "ajv/dist/2020.js",
  "ajv-formats",
  "fast-check",
];

/**
 * Tests that drive real processes or a browser: the built server, the crash test (SIGKILL under load),
 * backups, the rate limit per address of a started server, and the report and docs page in Chromium.
 * They spend their time waiting on those processes, and they keep their own project, isolated.
 */
const PROCESS_TESTS = [
  "tests/node/server.test.ts",
  "tests/node/report-browser.test.ts",
  "tests/security/node/durability.test.ts",
  "tests/security/node/backup.test.ts",
  "tests/security/node/docs-page-browser.test.ts",
  "tests/security/node/rate-limit-address.test.ts",
];

/**
 * Three projects, one `npm test`: the API suite (tests/api), the security suite (tests/security) and the
 * privacy attack suite (tests/privacy) run against the Node app on a real SQLite file (`node`) AND
 * inside workerd against a real local D1 (`workers`); `processes` holds the tests above. `#harness`
 * resolves to the runtime's harness.
 *
 * Speed (issue 20): starting a test file's runtime cost more than most files' tests (a workerd per
 * file, the app's module graph per file), so `node` and `workers` run their files one after another
 * in shared runners (`isolate: false`), each file still on a database of its own: the Node harness
 * copies a migrated template per harness, and the workerd setup file empties the local D1 and migrates
 * it again before each file. State the app keeps in modules must therefore be keyed by the database
 * handle or the bindings (as the release cache is), never global. Each project is its own group
 * (`sequence.groupOrder`), because a shared runner is only reused by the next file of its own project.
 */
const WORKERS = 2;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    projects: [
      {
        resolve: { alias: { "#harness": path("./tests/harness/node.ts") } },
        test: {
          name: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/workers/**", ...PROCESS_TESTS],
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 20_000,
          // Hooks build apps and databases: on a loaded 2-core machine they outlast vitest's 10 s default.
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias: { "#harness": path("./tests/harness/node.ts") } },
        test: {
          name: "processes",
          include: PROCESS_TESTS,
          sequence: { groupOrder: 2 },
          testTimeout: 20_000,
          // Hooks build apps and databases: on a loaded 2-core machine they outlast vitest's 10 s default.
          hookTimeout: 30_000,
        },
      },
      {
        resolve: { alias: { "#harness": path("./tests/harness/workers.ts") } },
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: path("./wrangler.toml") },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(path("./migrations")),
                // As `wrangler secret put` would set them: the Worker ensures this admin on first use.
                ADMIN_CLIENT_ID: "worker-admin",
                ADMIN_CLIENT_SECRET: "worker-admin-FXSDgFW8YZjcb_YR7qVvJa2iVSyfI6AXB0cTo1cB6fp7",
                // As `wrangler secret put KEY_ENCRYPTION_KEY` would: a Worker refuses to start without one.
                // The same value as TEST_KEY_ENCRYPTION_KEY in tests/support/test-keys.ts.
                KEY_ENCRYPTION_KEY: "q2Xl3sQ0m8m3Yp6hB1vR9cT4wE7zK5nA0dF2gH8jL6o=",
              },
            },
          })),
        ],
        test: {
          name: "workers",
          // Security and privacy tests run on both runtimes, except their node/ folders (child processes, SQLite files).
          include: [
            "tests/api/**/*.test.ts",
            "tests/security/**/*.test.ts",
            "tests/privacy/**/*.test.ts",
            "tests/workers/**/*.test.ts",
          ],
          exclude: ["tests/security/node/**", "tests/privacy/node/**"],
          setupFiles: [path("./tests/harness/workers-setup.ts")],
          deps: { optimizer: { ssr: { enabled: true, include: PREBUNDLED } } },
          isolate: false,
          sequence: { groupOrder: 0 },
          testTimeout: 20_000,
          // Hooks build apps and databases: on a loaded 2-core machine they outlast vitest's 10 s default.
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
