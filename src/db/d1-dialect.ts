import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { D1Database } from "./d1-binding.js";

/** Refused on D1: it has no interactive transactions. Use `Storage.writeAtomically` (one batch). */
export class D1TransactionsUnsupportedError extends Error {
  constructor() {
    super("D1 has no interactive transactions: group the writes in Storage.writeAtomically (one batch)");
    this.name = "D1TransactionsUnsupportedError";
  }
}

class D1Connection implements DatabaseConnection {
  readonly #d1: D1Database;

  constructor(d1: D1Database) {
    this.#d1 = d1;
  }

  async executeQuery<Row>(compiled: CompiledQuery): Promise<QueryResult<Row>> {
    const result = await this.#d1
      .prepare(compiled.sql)
      .bind(...compiled.parameters)
      .all<Row>();
    const changes = result.meta.changes ?? 0;
    const lastRowId = result.meta.last_row_id;
    return {
      rows: result.results ?? [],
      numAffectedRows: BigInt(changes),
      ...(changes > 0 && lastRowId !== undefined ? { insertId: BigInt(lastRowId) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: D1 cannot stream rows; the method exists to refuse clearly
  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error("D1 does not support streaming query results");
  }
}

class D1Driver implements Driver {
  readonly #connection: D1Connection;

  constructor(d1: D1Database) {
    this.#connection = new D1Connection(d1);
  }

  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }
  async beginTransaction(): Promise<void> {
    throw new D1TransactionsUnsupportedError();
  }
  async commitTransaction(): Promise<void> {
    throw new D1TransactionsUnsupportedError();
  }
  async rollbackTransaction(): Promise<void> {
    throw new D1TransactionsUnsupportedError();
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** Kysely on a D1 binding: SQLite's SQL dialect, D1's driver. */
export class D1Dialect implements Dialect {
  readonly #d1: D1Database;

  constructor(d1: D1Database) {
    this.#d1 = d1;
  }

  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new D1Driver(this.#d1);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
