import { serve } from "@hono/node-server";
import BetterSqlite3 from "better-sqlite3";
import { Hono } from "hono";

/**
 * The floor: the least a Hono + better-sqlite3 service on this machine does per request, with the same
 * libraries and the API's SQLite settings (WAL, synchronous = FULL: a commit waits for the disk, as the
 * API's do). GET reads one row by key and answers a small JSON; POST parses a small JSON body and
 * inserts one row. `POST /floor/items-normal` does the same on a second database at synchronous =
 * NORMAL, the durability earlier runs compared with by mistake, reported beside it. No auth, no
 * validation, no logging: every figure of the API is reported as a ratio to these. Run from an
 * esbuild bundle, as the API is.
 *
 * `GET /floor/bytes/{name}` answers bytes the runner put once (`PUT`, with the coding they are in):
 * the API's own framework response, plain and brotli. A one-row GET is no fair floor for 155 KB (or
 * 27 KB) of body, whose copy into the socket and loopback delivery cost more than a small request's
 * whole handling; the same bytes from this server are (bench/RESULTS.md, "Token and framework, session 6").
 */
const path = process.env.FLOOR_DATABASE_PATH;
const port = Number(process.env.PORT);
if (path === undefined || !Number.isInteger(port)) throw new Error("FLOOR_DATABASE_PATH and PORT are required");

function open(file: string, synchronous: "FULL" | "NORMAL") {
  const db = new BetterSqlite3(file);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(`CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, value INTEGER NOT NULL, created_at TEXT NOT NULL)`);
  return {
    insert: db.prepare("INSERT INTO items (name, value, created_at) VALUES (?, ?, ?)"),
    read: db.prepare("SELECT id, name, value, created_at AS createdAt FROM items WHERE id = ?"),
  };
}

const full = open(path, "FULL");
const normal = open(`${path}.normal`, "NORMAL");
for (let index = 0; index < 1000; index++) full.insert.run(`item ${index}`, index, new Date().toISOString());

const app = new Hono();
app.get("/floor/items/:id", (c) => {
  const row = full.read.get(Number(c.req.param("id")));
  return row === undefined ? c.json({ error: "not found" }, 404) : c.json(row);
});
for (const [route, db] of [
  ["/floor/items", full],
  ["/floor/items-normal", normal],
] as const) {
  app.post(route, async (c) => {
    const body = (await c.req.json()) as { name?: unknown; value?: unknown };
    const info = db.insert.run(String(body.name), Number(body.value), new Date().toISOString());
    return c.json({ id: Number(info.lastInsertRowid) }, 201);
  });
}

const bytes = new Map<string, { readonly body: Uint8Array<ArrayBuffer>; readonly headers: Record<string, string> }>();
app.put("/floor/bytes/:name", async (c) => {
  const encoding = c.req.header("X-Content-Encoding");
  bytes.set(c.req.param("name"), {
    body: new Uint8Array(await c.req.arrayBuffer()),
    headers: {
      "Content-Type": "application/json",
      ...(encoding === undefined ? {} : { "Content-Encoding": encoding }),
    },
  });
  return c.body(null, 204);
});
app.get("/floor/bytes/:name", (c) => {
  const kept = bytes.get(c.req.param("name"));
  return kept === undefined ? c.json({ error: "not found" }, 404) : c.body(kept.body, 200, kept.headers);
});

const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`${JSON.stringify({ listening: info.port })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
