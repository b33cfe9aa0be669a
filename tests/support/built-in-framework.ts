import framework2026_1 from "../../framework/2026.1.json" with { type: "json" };
import framework2026_2 from "../../framework/2026.2.json" with { type: "json" };
import framework2026_3 from "../../framework/2026.3.json" with { type: "json" };
import { type FrameworkContent, FrameworkContentSchema } from "../../src/domain/framework/framework-schema.js";

/** The built-in versions, imported (not read from disk) so they load inside workerd too. */
const BUILT_IN = { "2026.1": framework2026_1, "2026.2": framework2026_2, "2026.3": framework2026_3 } as const;

/** The newest built-in version: what `latest` resolves to, and the content new drafts start from. */
export const LATEST_BUILT_IN = "2026.3";

export function builtInFramework(version: keyof typeof BUILT_IN = LATEST_BUILT_IN): FrameworkContent {
  return FrameworkContentSchema.parse(structuredClone(BUILT_IN[version]));
}
