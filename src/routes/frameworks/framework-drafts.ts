import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { checkFrameworkContent } from "../../domain/framework/content-rules.js";
import type { FrameworkContent } from "../../domain/framework/framework-schema.js";
import { contentHash, practiceChanges, splitContent } from "../../domain/framework/framework-version.js";
import { invalidField, validationFailed } from "../../errors.js";
import { type DraftInput, getFrameworkVersion, loadFrameworkContent } from "../../store/frameworks.js";

/**
 * A framework content document is about 190 KiB (framework/2026.1.json): drafts may be up to 1 MiB,
 * four times the limit of every other operation.
 */
export const FRAMEWORK_DOCUMENT_MAX_BYTES = 1024 * 1024;

/**
 * What creating and replacing a draft share: the content rules (beyond the schema), the predecessor
 * check, and the practice changes relative to the predecessor, computed once and stored.
 */
export async function draftFrom(c: Context<AppEnv>, content: FrameworkContent): Promise<DraftInput> {
  const issues = checkFrameworkContent(content);
  if (issues.length > 0) {
    throw validationFailed(issues.map((issue) => ({ in: "body", pointer: issue.pointer, message: issue.message })));
  }
  const db = c.get("deps").storage.db;
  let previous: FrameworkContent | undefined;
  if (content.predecessor !== null) {
    const predecessor = await getFrameworkVersion(db, content.predecessor);
    if (predecessor === undefined || predecessor.status === "draft") {
      throw invalidField("body", "/predecessor", `${content.predecessor} is not a published or retired version`);
    }
    previous = await loadFrameworkContent(db, content.predecessor);
  }
  const { parts, practices } = splitContent(content);
  return {
    parts,
    practices,
    changes: practiceChanges(previous?.practices ?? null, practices),
    contentHash: await contentHash(content),
    now: c.get("deps").clock.now(),
  };
}
