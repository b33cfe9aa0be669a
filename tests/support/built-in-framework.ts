import framework2026 from "../../framework/2026.1.json" with { type: "json" };
import { type FrameworkContent, FrameworkContentSchema } from "../../src/domain/framework/framework-schema.js";

/** The built-in 2026.1 content, imported (not read from disk) so it loads inside workerd too. */
export function builtInFramework(): FrameworkContent {
  return FrameworkContentSchema.parse(structuredClone(framework2026));
}
