import { applyD1Migrations, env } from "cloudflare:test";
import { resetD1 } from "./d1-reset.js";

// Test files run one after another in a shared workerd (isolate: false in vitest.config.mts), on one
// local D1: each starts from an empty database, then the same migration files `wrangler d1
// migrations apply` runs are applied to it, as for a fresh D1.
await resetD1(env.DB);
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
