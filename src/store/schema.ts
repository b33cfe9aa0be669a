/**
 * The database schema as Kysely sees it. One interface per table, mirroring `migrations/`.
 * Tables are added here in the same change as the migration that creates them.
 */
// biome-ignore lint/complexity/noBannedTypes: tables are added as capabilities land
export type DatabaseSchema = {};
