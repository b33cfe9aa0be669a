declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    ASSETS: Fetcher;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    ADMIN_CLIENT_ID: string;
    ADMIN_CLIENT_SECRET: string;
    KEY_ENCRYPTION_KEY: string;
  }
}
