// The part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
  }
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    /** Exactly this many requests, instead of a duration. */
    amount?: number;
    requests?: AutocannonRequest[];
  }
  function autocannon(options: AutocannonOptions): Promise<unknown>;
  export = autocannon;
}
