-- Facts about this database itself. 'synthetic_demo_data' marks a demo database: the demo seeder only
-- seeds a database that carries it (or an empty one), so synthetic data never mixes with real data.
CREATE TABLE deployment_flags (
  name TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
