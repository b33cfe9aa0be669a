/**
 * Empties a D1 database: every view, table (with its indexes and triggers) and its AUTOINCREMENT
 * sequence goes, leaving D1's own tables (`_cf_*`) as a new database has them. One batch (one
 * transaction), with foreign keys checked at its end, when nothing is left to refer to.
 */
export async function resetD1(db: D1Database): Promise<void> {
  const { results } = await db
    .prepare(
      `SELECT type, name FROM sqlite_master
       WHERE type IN ('table', 'view') AND substr(name, 1, 7) <> 'sqlite_' AND substr(name, 1, 4) <> '_cf_'
       ORDER BY type = 'table', rowid DESC`,
    )
    .all<{ type: "table" | "view"; name: string }>();
  if (results.length === 0) return;
  await db.batch([
    db.prepare("PRAGMA defer_foreign_keys = ON"),
    ...results.map(({ type, name }) =>
      db.prepare(`DROP ${type === "view" ? "VIEW" : "TABLE"} "${name.replaceAll('"', '""')}"`),
    ),
  ]);
}
