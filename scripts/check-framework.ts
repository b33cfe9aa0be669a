import { readFileSync } from "node:fs";
import { checkFrameworkContent } from "../src/domain/framework/content-rules.js";
import { FrameworkContentSchema } from "../src/domain/framework/framework-schema.js";

/** `npx tsx scripts/check-framework.ts framework/2026.1.json`: schema and content rules, with every problem listed. */
const file = process.argv[2];
if (file === undefined) {
  console.error("usage: tsx scripts/check-framework.ts <framework.json>");
  process.exit(2);
}
const parsed = FrameworkContentSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`schema /${issue.path.join("/")}: ${issue.message}`);
  process.exit(1);
}
const issues = checkFrameworkContent(parsed.data);
for (const issue of issues) console.error(`rule ${issue.pointer}: ${issue.message}`);
const content = parsed.data;
console.log(
  `${file}: ${content.practices.length} practices, ${content.sources.length} sources, ${issues.length} problems`,
);
process.exit(issues.length === 0 ? 0 : 1);
