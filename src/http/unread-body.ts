import type { Context } from "hono";
import type { AppEnv } from "../app-env.js";

/**
 * A request whose body the API refused without reading it (413, 415, a 401 before parsing, a 429)
 * leaves those bytes on the connection. Node's server would read them as the start of the next
 * request, and a keep-alive client (undici) that sends its next request on that socket gets a socket
 * error. Reading a body we refused would spend the very bandwidth and time the refusal saves, so the
 * answer says `Connection: close` instead: the client opens a fresh connection for its next request.
 * A body that was read (a validation error) keeps the connection. On Workers, Cloudflare's edge owns
 * the client's connection and drops the header; it applies where the API serves HTTP itself (Node).
 * Asked with the response's status once it is known (src/http/app-headers.ts).
 */
export function leavesUnreadBody(c: Context<AppEnv>, status: number): boolean {
  const length = c.req.header("Content-Length");
  const declaresBody = (length !== undefined && length !== "0") || c.req.header("Transfer-Encoding") !== undefined;
  if (!declaresBody) return false;
  // A 413 may come after part of a streamed body was read: the rest is still on the wire.
  return status === 413 || !c.req.raw.bodyUsed;
}
