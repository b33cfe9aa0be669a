import { z } from "zod";

/** The Node entry's configuration, read from the environment and checked before anything starts. */
export const NodeConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(8787),
  HOST: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .default("127.0.0.1")
    .describe("Interface to listen on; 0.0.0.0 for all (containers)."),
  DATABASE_PATH: z.string().trim().min(1, "must not be empty").default("./data/inclusiebenchmark.sqlite"),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "must not be negative")
    .default(10_000),
});

export interface NodeConfig {
  readonly port: number;
  readonly host: string;
  readonly databasePath: string;
  readonly shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Empty variables count as unset, so `PORT= npm start` means the default, not an error. */
function withoutEmpty(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}

export function loadNodeConfig(env: Readonly<Record<string, string | undefined>>): NodeConfig {
  const result = NodeConfigSchema.safeParse(withoutEmpty(env));
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `${name}=${JSON.stringify(env[name] ?? "")}: ${issue.message}`;
      }),
    );
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databasePath: parsed.DATABASE_PATH,
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
  };
}
