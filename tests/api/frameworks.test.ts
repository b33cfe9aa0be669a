import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness } from "#harness";
import type { FrameworkContent } from "../../src/domain/framework/framework-schema.js";
import type { ProblemDetails } from "../../src/errors.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, bearer, castOfClients, json, jsonBody } from "../support/api-client.js";
import { builtInFramework, LATEST_BUILT_IN } from "../support/built-in-framework.js";
import { databaseSnapshot } from "../support/database-snapshot.js";

let harness: Harness;
let admin: string;
beforeAll(async () => {
  harness = await createHarness();
  admin = await adminToken(harness);
});
afterAll(async () => {
  await harness.close();
});

interface Framework {
  version: string;
  status: string;
  title: string;
  practiceCount: number;
  changes: { added: string[]; changed: string[]; removed: string[] };
  phases: { phaseId: string; name: string }[];
  practices: { practiceId: string; phase: string; name: string; evidence: { level: string; sources: string[] } }[];
  sources: { id: string }[];
}

// Built-in content as admins would post it; versions far from the built-in ones, unique per test.
const builtIn = builtInFramework();
const builtIn2026 = builtInFramework("2026.1");
let nextVersion = 2900 + Math.floor(Math.random() * 90);
function newVersion(changes: (content: FrameworkContent) => void = () => {}): FrameworkContent {
  const content = structuredClone(builtIn);
  content.version = `${nextVersion++}.1`;
  content.predecessor = LATEST_BUILT_IN;
  changes(content);
  return content;
}

describe("reading the framework (open data, no token)", () => {
  it("serves version 2026.1, published, with at least 50 practices across all nine phases", async () => {
    const response = await harness.request("/v1/frameworks/2026.1");
    expect(response.headers.get("Content-Language")).toBe("nl");
    const framework = await json<Framework>(response, 200);
    expect(framework.status).toBe("published");
    expect(framework.practices.length).toBeGreaterThanOrEqual(50);
    expect(new Set(framework.practices.map((practice) => practice.phase)).size).toBe(9);
    expect(framework.phases.map((phase) => phase.phaseId)).toHaveLength(9);
    expect(framework.practices[0]?.name).toBe("Gestructureerd sollicitatiegesprek");
    expect(framework.changes.added).toHaveLength(framework.practiceCount);
  });

  it("lists the versions", async () => {
    const list = await json<{ items: { version: string; status: string }[] }>(
      await harness.request("/v1/frameworks"),
      200,
    );
    expect(list.items).toContainEqual(expect.objectContaining({ version: "2026.1", status: "published" }));
  });

  it("answers in English by Accept-Language or ?lang=, and refuses another ?lang", async () => {
    const byHeader = await harness.request("/v1/frameworks/2026.1", {
      headers: { "Accept-Language": "en-GB,nl;q=0.5" },
    });
    expect(byHeader.headers.get("Content-Language")).toBe("en");
    expect((await json<Framework>(byHeader, 200)).practices[0]?.name).toBe("Structured interviews");
    const byQuery = await harness.request("/v1/frameworks/2026.1?lang=en", { headers: { "Accept-Language": "nl" } });
    expect(byQuery.headers.get("Content-Language")).toBe("en");
    const refused = await json<ProblemDetails>(await harness.request("/v1/frameworks/2026.1?lang=de"), 400);
    expect(refused.errors?.[0]?.pointer).toBe("/lang");
  });

  it("filters practices by phase, evidence level, size class and goal", async () => {
    const list = await json<{ items: Framework["practices"] }>(
      await harness.request("/v1/frameworks/2026.1/practices?phase=werving_selectie&evidenceLevel=contested"),
      200,
    );
    expect(list.items.length).toBeGreaterThan(0);
    for (const practice of list.items) {
      expect(practice.phase).toBe("werving_selectie");
      expect(practice.evidence.level).toBe("contested");
    }
    const micro = await json<{ items: { fit: { sizeClasses: string[] }; goals: string[] }[] }>(
      await harness.request("/v1/frameworks/2026.1/practices?sizeClass=micro&goal=leren"),
      200,
    );
    expect(micro.items.length).toBeGreaterThan(0);
    for (const practice of micro.items) {
      expect(practice.fit.sizeClasses).toContain("micro");
      expect(practice.goals).toContain("leren");
    }
    expect((await harness.request("/v1/frameworks/2026.1/practices?phase=nope")).status).toBe(400);
  });

  it("shows one practice with the sources it cites in full", async () => {
    const practice = await json<{
      evidence: { level: string; sources: string[] };
      sourceDetails: { id: string; title: string }[];
    }>(await harness.request("/v1/frameworks/2026.1/practices/anonymous_applications?lang=en"), 200);
    expect(practice.evidence.level).toBe("contested");
    expect(practice.sourceDetails.map((source) => source.id).sort()).toEqual([...practice.evidence.sources].sort());
    expect((await harness.request("/v1/frameworks/2026.1/practices/no_such_practice")).status).toBe(404);
  });

  it("resolves latest to the newest published version", async () => {
    const list = await json<{ items: { version: string; status: string }[] }>(
      await harness.request("/v1/frameworks"),
      200,
    );
    const newest = list.items.filter((item) => item.status === "published").at(-1)?.version;
    const latest = await harness.request("/v1/frameworks/latest");
    expect(latest.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect((await json<Framework>(latest, 200)).version).toBe(newest);
  });

  it("answers If-None-Match with 304, and a new language with a new ETag", async () => {
    const first = await harness.request("/v1/frameworks/2026.1");
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=3600");
    const again = await harness.request("/v1/frameworks/2026.1", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const english = await harness.request("/v1/frameworks/2026.1?lang=en", { headers: { "If-None-Match": etag } });
    expect(english.status).toBe(200);
    expect(english.headers.get("ETag")).not.toBe(etag);
  });

  it("keeps each representation's headers apart: a version by number and as latest, a 304 with its validators", async () => {
    const list = await json<{ items: { version: string; status: string }[] }>(
      await harness.request("/v1/frameworks"),
      200,
    );
    const newest = list.items.filter((item) => item.status === "published").at(-1)?.version ?? "";
    // The same bytes under two names, asked in turn: each keeps the caching it says, however often asked.
    for (let round = 0; round < 2; round++) {
      const byNumber = await harness.request(`/v1/frameworks/${newest}`);
      expect(byNumber.status).toBe(200);
      expect(byNumber.headers.get("Cache-Control")).toBe("public, max-age=3600");
      const latest = await harness.request("/v1/frameworks/latest");
      expect(latest.status).toBe(200);
      expect(latest.headers.get("Cache-Control")).toBe("public, max-age=300");
      expect(latest.headers.get("ETag")).toBe(byNumber.headers.get("ETag"));
    }
    const english = await harness.request(`/v1/frameworks/${newest}?lang=en`);
    expect(english.headers.get("Content-Language")).toBe("en");
    const tag = english.headers.get("ETag") ?? "";
    const notModified = await harness.request(`/v1/frameworks/${newest}?lang=en`, {
      headers: { "If-None-Match": tag },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("ETag")).toBe(tag);
    expect(notModified.headers.get("Cache-Control")).toBe("public, max-age=3600");
    expect(notModified.headers.get("Content-Language")).toBe("en");
    expect(notModified.headers.get("Vary")).toBe(english.headers.get("Vary"));
    const csv = await harness.request(`/v1/frameworks/${newest}`, { headers: { Accept: "text/csv" } });
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toBe(`attachment; filename="menukaart-${newest}-nl.csv"`);
    expect(csv.headers.get("ETag")).not.toBe(english.headers.get("ETag"));
  });

  it("sends the framework compressed when asked (Node; a Worker leaves it to the edge), each coding with its own ETag", async () => {
    const plain = await harness.request("/v1/frameworks/2026.1");
    const plainBytes = new Uint8Array(await plain.arrayBuffer());
    const plainTag = plain.headers.get("ETag") ?? "";
    const decompress = async (body: ArrayBuffer, coding: "br" | "gzip") => {
      if (coding === "gzip") {
        const stream = new Blob([body]).stream().pipeThrough(new DecompressionStream("gzip"));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      }
      // Brotli is sent only on Node, where its zlib decompresses it.
      const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
      const zlib = node?.getBuiltinModule?.("node:zlib") as { brotliDecompressSync(data: Uint8Array): Uint8Array };
      return new Uint8Array(zlib.brotliDecompressSync(new Uint8Array(body)));
    };
    for (const [accept, coding] of [
      ["br, gzip", "br"],
      ["gzip, deflate", "gzip"],
      ["gzip;q=0.5, br;q=0", "gzip"],
    ] as const) {
      const response = await harness.request("/v1/frameworks/2026.1", { headers: { "Accept-Encoding": accept } });
      expect(response.status).toBe(200);
      const body = await response.arrayBuffer();
      if (harness.runtime === "workers") {
        expect(response.headers.get("Content-Encoding")).toBeNull();
        expect(new Uint8Array(body)).toEqual(plainBytes);
        continue;
      }
      expect(response.headers.get("Content-Encoding")).toBe(coding);
      expect(response.headers.get("Vary")).toContain("Accept-Encoding");
      expect(body.byteLength).toBeLessThan(plainBytes.byteLength / 3);
      expect(await decompress(body, coding)).toEqual(plainBytes);
      const tag = response.headers.get("ETag") ?? "";
      expect(tag).not.toBe(plainTag);
      const again = await harness.request("/v1/frameworks/2026.1", {
        headers: { "Accept-Encoding": accept, "If-None-Match": tag },
      });
      expect(again.status).toBe(304);
    }
    // Without Accept-Encoding (or refusing every coding) the body is plain, under the plain ETag.
    const refused = await harness.request("/v1/frameworks/2026.1", {
      headers: { "Accept-Encoding": "br;q=0, gzip;q=0" },
    });
    expect(refused.headers.get("Content-Encoding")).toBeNull();
    expect(refused.headers.get("ETag")).toBe(plainTag);
    expect(new Uint8Array(await refused.arrayBuffer())).toEqual(plainBytes);
  });

  it("exports CSV by Accept and at practices.csv, and refuses other media types with 406", async () => {
    const byAccept = await harness.request("/v1/frameworks/2026.1", { headers: { Accept: "text/csv" } });
    expect(byAccept.status).toBe(200);
    expect(byAccept.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const csv = await byAccept.text();
    expect(csv.split("\r\n").filter((line) => line.startsWith('"2026.1"'))).toHaveLength(builtIn2026.practices.length);
    const variant = await harness.request("/v1/frameworks/2026.1/practices.csv?phase=doorstroom");
    expect(variant.headers.get("Content-Disposition")).toContain("menukaart-2026.1-nl.csv");
    const doorstroom = builtIn2026.practices.filter((practice) => practice.phase === "doorstroom").length;
    expect((await variant.text()).split("\r\n").filter((line) => line.startsWith('"2026.1"'))).toHaveLength(doorstroom);
    const refused = await harness.request("/v1/frameworks/2026.1", { headers: { Accept: "application/xml" } });
    expect(refused.status).toBe(406);
    expect(refused.headers.get("Content-Type")).toBe("application/problem+json");
  });

  it("answers an unknown version with 404", async () => {
    expect((await harness.request("/v1/frameworks/1999.1")).status).toBe(404);
  });
});

describe("managing versions (admin)", () => {
  it("creates a draft that lists its changes, hides it from the public, publishes it, then refuses changes", async () => {
    const draft = newVersion((content) => {
      content.practices = content.practices.filter((practice) => practice.id !== "anonymous_applications");
      const changed = content.practices.find((practice) => practice.id === "structured_interviews");
      if (changed !== undefined) changed.effort.level = "high";
      const added = structuredClone(content.practices.find((practice) => practice.id === "buddy_programme"));
      if (added !== undefined)
        content.practices.push({
          ...added,
          id: "peer_mentoring_circles",
          relations: { reinforces: [], compensates: [], interferesWith: [] },
          relationNotes: [],
        });
    });
    const created = await json<Framework>(await harness.request("/v1/frameworks", jsonBody("POST", draft, admin)), 201);
    expect(created).toMatchObject({
      version: draft.version,
      status: "draft",
      changes: {
        added: ["peer_mentoring_circles"],
        changed: ["structured_interviews"],
        removed: ["anonymous_applications"],
      },
    });

    expect((await harness.request(`/v1/frameworks/${draft.version}`)).status).toBe(404);
    expect((await harness.request(`/v1/frameworks/${draft.version}`, bearer(admin))).status).toBe(200);
    const publicList = await json<{ items: { version: string }[] }>(await harness.request("/v1/frameworks"), 200);
    expect(publicList.items.map((item) => item.version)).not.toContain(draft.version);

    // Still a draft: it may be replaced.
    draft.title.en = "Draft, revised";
    expect((await harness.request(`/v1/frameworks/${draft.version}`, jsonBody("PUT", draft, admin))).status).toBe(200);

    const published = await json<Framework>(
      await harness.request(`/v1/frameworks/${draft.version}/publication`, bearer(admin, { method: "POST" })),
      200,
    );
    expect(published.status).toBe("published");
    const publicView = await json<Framework>(await harness.request(`/v1/frameworks/${draft.version}?lang=en`), 200);
    expect(publicView.title).toBe("Draft, revised");

    const before = await databaseSnapshot(harness.storage);
    draft.title.en = "Changed after publication";
    const refused = await json<ProblemDetails>(
      await harness.request(`/v1/frameworks/${draft.version}`, jsonBody("PUT", draft, admin)),
      409,
    );
    expect(refused.detail).toContain("new version");
    expect((await harness.request(`/v1/frameworks/${draft.version}`, bearer(admin, { method: "DELETE" }))).status).toBe(
      409,
    );
    expect(
      (await harness.request(`/v1/frameworks/${draft.version}/publication`, bearer(admin, { method: "POST" }))).status,
    ).toBe(409);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("retires a version: it stays readable and latest moves back", async () => {
    const draft = newVersion();
    draft.version = "2999.1";
    await json(await harness.request("/v1/frameworks", jsonBody("POST", draft, admin)), 201);
    await json(await harness.request("/v1/frameworks/2999.1/publication", bearer(admin, { method: "POST" })), 200);
    expect((await json<Framework>(await harness.request("/v1/frameworks/latest"), 200)).version).toBe("2999.1");
    // Read once while published, so a kept rendering of the published version exists before retirement.
    const published = await harness.request("/v1/frameworks/2999.1");
    const publishedTag = published.headers.get("ETag");
    expect((await json<Framework>(published, 200)).status).toBe("published");
    const retired = await json<Framework>(
      await harness.request("/v1/frameworks/2999.1/retirement", bearer(admin, { method: "POST" })),
      200,
    );
    expect(retired.status).toBe("retired");
    const afterRetirement = await harness.request("/v1/frameworks/2999.1");
    expect(afterRetirement.headers.get("ETag")).not.toBe(publishedTag);
    expect((await json<Framework>(afterRetirement, 200)).status).toBe("retired");
    expect((await json<Framework>(await harness.request("/v1/frameworks/latest"), 200)).version).not.toBe("2999.1");
  });

  it("refuses incoherent content, listing every problem with its pointer, and stores nothing", async () => {
    const draft = newVersion((content) => {
      content.practices.push(structuredClone(content.practices[0] as FrameworkContent["practices"][number]));
      content.practices[1]?.relations.reinforces.push("ghost_practice");
      content.practices[2]?.evidence.sources.push("nobody-2099");
    });
    const before = await databaseSnapshot(harness.storage);
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/frameworks", jsonBody("POST", draft, admin)),
      400,
    );
    const messages = problem.errors?.map((error) => `${error.pointer} ${error.message}`).join("\n") ?? "";
    expect(messages).toMatch(/\/practices\/\d+\/id practice id structured_interviews is used more than once/);
    expect(messages).toMatch(/\/practices\/1\/relations\/reinforces\/\d+ no practice with id ghost_practice/);
    expect(messages).toMatch(/\/practices\/2\/evidence\/sources\/\d+ no source with id nobody-2099/);
    expect(await databaseSnapshot(harness.storage)).toBe(before);
  });

  it("refuses a schema violation with pointers, and an existing version with 409", async () => {
    const broken = newVersion() as unknown as Record<string, unknown>;
    (broken.practices as Record<string, unknown>[])[0] = { id: "Not Snake", phase: "elsewhere" };
    const problem = await json<ProblemDetails>(
      await harness.request("/v1/frameworks", jsonBody("POST", broken, admin)),
      400,
    );
    expect(problem.errors?.map((error) => error.pointer)).toEqual(
      expect.arrayContaining(["/practices/0/id", "/practices/0/phase"]),
    );
    const existing = { ...structuredClone(builtIn) };
    expect((await harness.request("/v1/frameworks", jsonBody("POST", existing, admin))).status).toBe(409);
  });

  it("lets only an admin manage versions", async () => {
    const cast = await castOfClients(harness);
    for (const token of [cast.employer.token, cast.integration.token, cast.sector.token]) {
      expect((await harness.request("/v1/frameworks", jsonBody("POST", newVersion(), token))).status).toBe(403);
      expect(
        (await harness.request("/v1/frameworks/2026.1/retirement", bearer(token, { method: "POST" }))).status,
      ).toBe(403);
    }
    expect((await harness.request("/v1/frameworks", jsonBody("POST", newVersion()))).status).toBe(401);
  });

  it("keeps published content immutable in the database itself", async () => {
    await expect(
      sql`UPDATE framework_practices SET content = '{}' WHERE version = '2026.1'`.execute(harness.storage.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE framework_versions SET content_hash = 'x' WHERE version = '2026.1'`.execute(harness.storage.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`DELETE FROM framework_versions WHERE version = '2026.1'`.execute(harness.storage.db),
    ).rejects.toThrow(/cannot be deleted/);
  });
});
