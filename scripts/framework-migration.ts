import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkFrameworkContent } from "../src/domain/framework/content-rules.js";
import { type FrameworkContent, FrameworkContentSchema } from "../src/domain/framework/framework-schema.js";
import { contentHash, practiceChanges, splitContent } from "../src/domain/framework/framework-version.js";

/**
 * `npm run framework:migration -- <version> <NNNN> <release date>` writes the migration that loads a
 * framework file (framework/<version>.json) as a published version, the same on SQLite and D1. The
 * file and the migration must stay equal (a test regenerates it); once released both are frozen, and a
 * change to the content is a new version.
 */

export const FRAMEWORK_DIRECTORY = fileURLToPath(new URL("../framework", import.meta.url));
export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL("../migrations", import.meta.url));

/** The built-in versions: file, migration, and the date the migration publishes it with. */
export const BUILT_IN_FRAMEWORKS = [
  { version: "2026.1", migration: "0003_framework_2026_1.sql", releasedOn: "2026-11-23" },
  { version: "2026.2", migration: "0020_framework_2026_2.sql", releasedOn: "2026-11-30" },
  { version: "2026.3", migration: "0032_framework_2026_3.sql", releasedOn: "2026-12-01" },
];

export function readFrameworkFile(version: string): FrameworkContent {
  const raw: unknown = JSON.parse(readFileSync(`${FRAMEWORK_DIRECTORY}/${version}.json`, "utf8"));
  const content = FrameworkContentSchema.parse(raw);
  const issues = checkFrameworkContent(content);
  if (issues.length > 0) {
    throw new Error(`framework ${version}: ${issues.map((issue) => `${issue.pointer}: ${issue.message}`).join("; ")}`);
  }
  return content;
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export async function renderFrameworkMigration(content: FrameworkContent, releasedOn: string): Promise<string> {
  const { parts, practices } = splitContent(content);
  const predecessor = content.predecessor === null ? null : readFrameworkFile(content.predecessor);
  const changes = practiceChanges(predecessor?.practices ?? null, practices);
  const at = `${releasedOn}T00:00:00.000Z`;
  const lines = [
    `-- Framework ${content.version}, generated from framework/${content.version}.json by scripts/framework-migration.ts.`,
    "-- Inserted as a draft with its practices, then published: from then on the triggers keep it unchanged.",
    `INSERT INTO framework_versions (version, status, predecessor, content, changes, content_hash, practice_count, created_at, published_at, retired_at) VALUES (${literal(content.version)}, 'draft', ${content.predecessor === null ? "NULL" : literal(content.predecessor)}, ${literal(JSON.stringify(parts))}, ${literal(JSON.stringify(changes))}, ${literal(await contentHash(content))}, ${practices.length}, ${literal(at)}, NULL, NULL);`,
    ...practices.map(
      (practice, position) =>
        `INSERT INTO framework_practices (version, practice_id, position, content) VALUES (${literal(content.version)}, ${literal(practice.id)}, ${position}, ${literal(JSON.stringify(practice))});`,
    ),
    `UPDATE framework_versions SET status = 'published', published_at = ${literal(at)} WHERE version = ${literal(content.version)};`,
  ];
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const builtIn of BUILT_IN_FRAMEWORKS) {
    const sql = await renderFrameworkMigration(readFrameworkFile(builtIn.version), builtIn.releasedOn);
    writeFileSync(`${MIGRATIONS_DIRECTORY}/${builtIn.migration}`, sql);
    console.log(`wrote migrations/${builtIn.migration}`);
  }
}
