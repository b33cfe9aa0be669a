import ipaddr from "ipaddr.js";

/**
 * Where a webhook may be sent (OWASP API7, SSRF). Only the public internet: a destination must not
 * reach the platform's own network, its cloud metadata service or anything else behind it.
 * Checked when a subscription is made or changed, and again before every delivery (a name's
 * addresses can change); on Node the address actually connected to is checked too
 * (src/webhooks/node-webhook-sender.ts).
 */

/** Human names of ipaddr.js's special ranges, for the problem a client sees. */
const RANGE_NAMES: Readonly<Record<string, string>> = {
  unspecified: "an unspecified address (0.0.0.0/8, ::)",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (169.254.0.0/16, fe80::/10, which includes cloud metadata services)",
  loopback: "a loopback address (127.0.0.0/8, ::1)",
  carrierGradeNat: "a carrier-grade NAT address (100.64.0.0/10)",
  private: "a private address (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)",
  uniqueLocal: "a unique-local address (fc00::/7)",
  reserved: "a reserved or documentation address",
  deprecatedSiteLocal: "a site-local address (fec0::/10)",
  rfc6052: "a NAT64 address (64:ff9b::/96)",
  rfc6145: "an IPv4-translated address",
  "6to4": "a 6to4 address (2002::/16)",
  teredo: "a Teredo address (2001::/32)",
};

/** Why this IP address may not be a destination, or null for a public unicast address. */
export function forbiddenAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an IP address";
  let parsed = ipaddr.parse(address);
  // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address it carries.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === "unicast") return null;
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}

/** A host name that names the local machine or a private network by convention. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (!name.includes(".")) return true;
  return /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain|corp)$/.test(name);
}

export interface DestinationOptions {
  /** Test-only (WEBHOOKS_ALLOW_LOOPBACK_FOR_TESTS): a plain-http receiver on 127.0.0.1 or ::1. */
  readonly allowLoopback: boolean;
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

function isLoopbackLiteral(host: string): boolean {
  return ipaddr.isValid(host) && forbiddenAddressReason(host)?.startsWith("a loopback") === true;
}

/**
 * Why this URL may not be a webhook destination, or null when it may. The rules hold on both
 * runtimes: https only, a public host name (not an IP literal: the name is what is checked and
 * connected to), no credentials in the URL.
 */
export function destinationProblem(text: string, options: DestinationOptions): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Not a URL";
  }
  const host = hostOf(url);
  if (options.allowLoopback && url.protocol === "http:" && isLoopbackLiteral(host)) return null;
  if (url.protocol !== "https:") return "Must be an https URL";
  if (url.username !== "" || url.password !== "") return "Must not carry a user name or password";
  if (url.hash !== "") return "Must not have a fragment";
  if (ipaddr.isValid(host) || /^[0-9.]+$/.test(host)) {
    const reason = ipaddr.isValid(host) ? forbiddenAddressReason(host) : null;
    return reason === null ? "Must name a host, not an IP address" : `Must name a public host: ${host} is ${reason}`;
  }
  if (isLocalName(host)) return `Must name a public host: ${host} names a local or private network`;
  return null;
}
