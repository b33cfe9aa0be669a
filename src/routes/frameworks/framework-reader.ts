import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { optionalPrincipal } from "../../auth/authenticate.js";
import type { FrameworkContent } from "../../domain/framework/framework-schema.js";
import type { Language } from "../../domain/framework/localize.js";
import { ApiError } from "../../errors.js";
import { finalResponse } from "../../http/app-headers.js";
import type { BodyCompressor, ContentCoding } from "../../http/content-encoding.js";
import { matchesIfNoneMatch } from "../../http/content-negotiation.js";
import {
  type FrameworkVersionRecord,
  frameworkVersionStamp,
  getFrameworkVersion,
  latestPublishedVersion,
  loadFrameworkContent,
} from "../../store/frameworks.js";

/**
 * Reading framework versions for the public endpoints: resolves `latest`, hides drafts from everyone
 * but admins, keeps parsed content in memory by content hash (a version's content can only change
 * while it is a draft, and then its hash changes too), and answers conditional requests. A published
 * or retired version's record is kept by its stamp (status and content hash, read on every request):
 * reading and parsing the whole row per request was a quarter of the framework GET's CPU, its 304
 * included (bench/RESULTS.md, "Read path, session 5").
 */
export interface FrameworkReader {
  resolve(c: Context<AppEnv>, version: string): Promise<FrameworkVersionRecord>;
  content(c: Context<AppEnv>, record: FrameworkVersionRecord): Promise<FrameworkContent>;
  /** The content of a version an assessment was made against (published or retired). */
  contentOf(c: Context<AppEnv>, version: string): Promise<FrameworkContent>;
  /**
   * A rendered representation of a version, kept by everything that makes it differ (content hash,
   * status, language, media type, variant): rendering the whole framework costs milliseconds, the
   * stored bytes nothing (bench/RESULTS.md). Drafts are rendered anew each time.
   */
  rendered(representation: Representation, render: () => string): Uint8Array<ArrayBuffer>;
  /** The rendered bytes of a representation in `coding`, compressed once (drafts: each time). */
  encoded(
    representation: Representation,
    render: () => string,
    coding: ContentCoding,
    compressor: BodyCompressor,
  ): Uint8Array<ArrayBuffer>;
  /**
   * The response headers of a representation (its validators and caching headers, see
   * representationHeaders, and `content`'s), built once per representation and how it was asked
   * for (`latest` is cached for less long); drafts: each time. Served as they are with the kept bytes.
   */
  headers(representation: Representation, content: () => Record<string, string>): Readonly<Record<string, string>>;
}

const CACHE_ENTRIES = 16;
const RENDERED_ENTRIES = 64;
const RECORD_ENTRIES = 16;

export function createFrameworkReader(): FrameworkReader {
  const cache = new Map<string, FrameworkContent>();
  // Published and retired content never changes (the database refuses it), so it is kept by version alone.
  const immutable = new Map<string, FrameworkContent>();
  const rendered = new Map<string, Uint8Array<ArrayBuffer>>();
  const headerSets = new Map<string, Readonly<Record<string, string>>>();
  const records = new Map<string, FrameworkVersionRecord>();
  const encoder = new TextEncoder();
  // TextEncoder always allocates a plain ArrayBuffer (never a shared one); the DOM typings say so, Node's not yet.
  const utf8 = (text: string) => encoder.encode(text) as Uint8Array<ArrayBuffer>;
  const keyOf = (representation: Representation, coding: string) => {
    const { record } = representation;
    return [
      record.version,
      record.contentHash,
      record.status,
      representation.lang,
      representation.mediaType,
      representation.variant,
      coding,
    ].join("\t");
  };
  const kept = (representation: Representation, coding: string, make: () => Uint8Array<ArrayBuffer>) => {
    if (representation.record.status === "draft") return make();
    const key = keyOf(representation, coding);
    const bytes = rendered.get(key);
    if (bytes !== undefined) return bytes;
    const made = make();
    if (rendered.size >= RENDERED_ENTRIES) rendered.delete(rendered.keys().next().value as string);
    rendered.set(key, made);
    return made;
  };
  const reader: FrameworkReader = {
    async resolve(c, requested) {
      const db = c.get("deps").storage.db;
      const version = requested === "latest" ? await latestPublishedVersion(db) : requested;
      const stamp = version === undefined ? undefined : await frameworkVersionStamp(db, version);
      let record: FrameworkVersionRecord | undefined;
      if (version !== undefined && stamp !== undefined) {
        // A draft is read whole every time (admins only, rare); a published or retired record changes
        // only with its status, which is in the key, as is the content hash.
        const key = `${version}\t${stamp.status}\t${stamp.contentHash}`;
        record = stamp.status === "draft" ? undefined : records.get(key);
        if (record === undefined) {
          record = await getFrameworkVersion(db, version);
          // Kept under what was read with it (its status may have moved on since the stamp).
          if (record !== undefined && record.status !== "draft") {
            if (records.size >= RECORD_ENTRIES) records.delete(records.keys().next().value as string);
            records.set(`${record.version}\t${record.status}\t${record.contentHash}`, record);
          }
        }
      }
      // Drafts exist only for admins; to everyone else a draft is as absent as an unknown version.
      if (record !== undefined && (record.status !== "draft" || (await optionalPrincipal(c))?.role === "admin")) {
        return record;
      }
      throw new ApiError("not-found", {
        detail:
          requested === "latest"
            ? "No framework version has been published yet."
            : `There is no framework version ${requested}.`,
      });
    },
    async content(c, record) {
      const key = `${record.version}:${record.contentHash}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const content = await loadFrameworkContent(c.get("deps").storage.db, record.version);
      if (content === undefined) throw new Error(`framework ${record.version} has a record but no content`);
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, content);
      return content;
    },
    async contentOf(c, version) {
      const kept = immutable.get(version);
      if (kept !== undefined) return kept;
      const record = await getFrameworkVersion(c.get("deps").storage.db, version);
      if (record === undefined) throw new Error(`framework version ${version} is referenced but missing`);
      const content = await reader.content(c, record);
      if (record.status !== "draft") immutable.set(version, content);
      return content;
    },
    rendered(representation, render) {
      return kept(representation, "identity", () => utf8(render()));
    },
    encoded(representation, render, coding, compressor) {
      return kept(representation, coding, () => compressor.compress(reader.rendered(representation, render), coding));
    },
    headers(representation, content) {
      const make = () => Object.freeze({ ...content(), ...representationHeaders(representation) });
      if (representation.record.status === "draft") return make();
      const coding = representation.coding === undefined ? "-" : (representation.coding ?? "identity");
      const key = `${keyOf(representation, coding)}\t${representation.requested === "latest"}`;
      const known = headerSets.get(key);
      if (known !== undefined) return known;
      const made = make();
      if (headerSets.size >= RENDERED_ENTRIES) headerSets.delete(headerSets.keys().next().value as string);
      headerSets.set(key, made);
      return made;
    },
  };
  return reader;
}

export interface Representation {
  readonly record: FrameworkVersionRecord;
  readonly requested: string;
  readonly lang: Language;
  readonly mediaType: string;
  /** What else distinguishes this representation (e.g. filters). */
  readonly variant: string;
  /**
   * For an operation that sends its body compressed when asked (Accept-Encoding): the coding chosen,
   * null for identity. Its own ETag per coding (RFC 9110 §8.8.3), and `Vary: Accept-Encoding`.
   */
  readonly coding?: ContentCoding | null | undefined;
}

/**
 * The validators and caching headers of a framework representation: the ETag covers content, status,
 * language, media type, variant and coding (RFC 9110 §8.8.3: each coding has its own).
 */
export function representationHeaders(representation: Representation): Record<string, string> {
  const { record } = representation;
  const tag = [
    record.contentHash.slice(0, 32),
    record.status,
    representation.lang,
    representation.mediaType,
    representation.variant,
  ]
    .join("-")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  const coding = representation.coding;
  return {
    ETag: `"${tag}${coding === undefined || coding === null ? "" : `-${coding}`}"`,
    "Cache-Control":
      record.status === "draft"
        ? "private, no-store"
        : representation.requested === "latest"
          ? "public, max-age=300"
          : "public, max-age=3600",
    Vary: `Accept, Accept-Language, Authorization${coding === undefined ? "" : ", Accept-Encoding"}`,
    "Content-Language": representation.lang,
  };
}

const VALIDATOR_HEADERS = ["ETag", "Cache-Control", "Vary", "Content-Language"] as const;

/**
 * Answers 304 when the client's copy (If-None-Match) is current, with the representation's
 * validators and caching headers (`headers`, as representationHeaders made them); else null.
 */
export function notModifiedResponse(c: Context<AppEnv>, headers: Readonly<Record<string, string>>): Response | null {
  const etag = headers.ETag;
  if (etag === undefined || !matchesIfNoneMatch(c, etag)) return null;
  const validators: Record<string, string> = {};
  for (const name of VALIDATOR_HEADERS) {
    const value = headers[name];
    if (value !== undefined) validators[name] = value;
  }
  return finalResponse(c, 304, null, validators);
}

/**
 * Sets the validators and caching headers of a framework representation, and answers 304 when the
 * client's copy is current.
 */
export function conditionalHeaders(c: Context<AppEnv>, representation: Representation): Response | null {
  const headers = representationHeaders(representation);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  return matchesIfNoneMatch(c, headers.ETag as string) ? c.body(null, 304) : null;
}

export function recordView(record: FrameworkVersionRecord, lang: Language) {
  return {
    version: record.version,
    status: record.status,
    title: record.title[lang],
    predecessor: record.predecessor,
    practiceCount: record.practiceCount,
    changes: record.changes,
    createdAt: record.createdAt,
    publishedAt: record.publishedAt,
    retiredAt: record.retiredAt,
  };
}
