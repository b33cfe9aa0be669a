import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { destinationProblem, forbiddenAddressReason, hostOf } from "../domain/webhook-destination.js";
import { MAX_RESPONSE_BYTES, type SenderOptions, type WebhookSender } from "./webhook-sender.js";

/** Resolves a host name to all its addresses (node:dns by default; tests pass their own). */
export type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error === null ? resolve(addresses) : reject(error),
    ),
  );

/**
 * The socket's lookup: the name is resolved once, every address it has is checked, and the socket
 * connects to a checked address. So a name cannot pass the check and then resolve to a private
 * address for the connection (DNS rebinding).
 */
function checkedLookup(resolve: Resolve, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const family = typeof options.family === "number" ? options.family : 0;
        const usable = addresses.filter((address) => family === 0 || address.family === family);
        for (const address of usable) {
          const reason = forbiddenAddressReason(address.address);
          if (reason !== null && !(allowLoopback && reason.startsWith("a loopback"))) {
            callback(new Error(`${hostname} resolves to ${address.address}, ${reason}`), "", 0);
            return;
          }
        }
        const first = usable[0];
        if (first === undefined) {
          callback(new Error(`${hostname} has no address`), "", 0);
          return;
        }
        if (options.all === true) (callback as (error: null, addresses: LookupAddress[]) => void)(null, [...usable]);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, "", 0),
    );
  };
}

/**
 * The Node sender: node:https with the checked lookup above, no redirects (a 3xx is an answer, not
 * followed), a timeout for the whole exchange, and at most MAX_RESPONSE_BYTES of the answer read.
 */
export function nodeWebhookSender(options: SenderOptions & { readonly resolve?: Resolve }): WebhookSender {
  const lookup = checkedLookup(options.resolve ?? systemResolve, options.allowLoopback);
  return {
    send(request) {
      const problem = destinationProblem(request.url, options);
      if (problem !== null) return Promise.resolve({ error: `Refused destination: ${problem}` });
      const url = new URL(request.url);
      // Only a loopback literal in test mode is plain http (destinationProblem allows nothing else).
      const client = url.protocol === "https:" ? https : http;
      return new Promise((settle) => {
        let settled = false;
        const finish = (result: { status: number } | { error: string }) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          settle(result);
        };
        const outgoing = client.request(
          {
            protocol: url.protocol,
            hostname: hostOf(url),
            port: url.port === "" ? undefined : Number(url.port),
            path: `${url.pathname}${url.search}`,
            method: "POST",
            headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
            lookup,
            agent: false,
          },
          (response) => {
            let read = 0;
            response.on("data", (chunk: Buffer) => {
              read += chunk.byteLength;
              if (read > MAX_RESPONSE_BYTES) response.destroy();
            });
            response.on("close", () => finish({ status: response.statusCode ?? 0 }));
            response.on("error", () => finish({ status: response.statusCode ?? 0 }));
          },
        );
        const timer = setTimeout(() => {
          outgoing.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
        }, options.timeoutMs);
        outgoing.on("error", (error) => finish({ error: `No answer: ${error.message}`.slice(0, 300) }));
        outgoing.end(request.body);
      });
    },
  };
}
