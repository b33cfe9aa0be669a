/**
 * The part of Cloudflare's D1 binding this code uses, typed structurally so that `src/` compiles
 * without the Workers type package (whose globals clash with Node's).
 */
export interface D1Meta {
  readonly changes?: number;
  readonly last_row_id?: number;
}

export interface D1Result<Row = Record<string, unknown>> {
  readonly results?: Row[];
  readonly success: boolean;
  readonly meta: D1Meta;
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  all<Row = Record<string, unknown>>(): Promise<D1Result<Row>>;
}

export interface D1Database {
  prepare(query: string): D1PreparedStatement;
  batch<Row = Record<string, unknown>>(statements: D1PreparedStatement[]): Promise<D1Result<Row>[]>;
}
