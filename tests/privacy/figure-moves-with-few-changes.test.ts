import { describe, expect, it } from "vitest";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  createClient,
  json,
  refreshed,
  startAssessment,
  submit,
  tokenFor,
} from "../support/api-client.js";
import { organisationIn } from "../support/privacy-attacker.js";
import { privacyWorld } from "../support/privacy-world.js";

/**
 * Attack (issue 15, open gap 1 of docs/privacy.md before per-figure carry): one figure moving through
 * fewer than k changed inputs. A sector client, which controls nothing, reads every group of its
 * section; k or more organisations resubmit with changes to another practice while exactly one (the
 * target) changes practice P. Counted per organisation that is k + 1 changes, so the lattice refreshes;
 * had P's shares refreshed with it, their move would be the target's answer alone. Per figure, P's
 * input changed for one organisation only, so P carries its previous shares in every group (JSON and
 * CSV) while the other practice refreshes.
 *
 * Ten members in one cell (k = 5, test settings): two answer P at 4, eight at 2. With ten members the
 * share step is 50 points, and a third at 4 turns P's shares from 100 % at 2 into 50/50: one change is
 * visible, so the test fails when the rule is removed. Section K (finance) in Limburg.
 */
const CELL = { sbiCode: "6419", headcount: 30, region: "NL-LI" };
const members: string[] = [];
let practiceP = "";
let practiceQ = "";

async function round(harness: Harness, token: string, organisationId: string, levels: Record<string, number>) {
  const draft = await startAssessment(harness, token, organisationId);
  await submit(harness, token, (await answerAll(harness, token, draft, (id) => levels[id] ?? 2)).assessmentId);
}

const world = privacyWorld({
  populate: async ({ harness, admin }) => {
    for (let index = 0; index < 10; index++) members.push(await organisationIn(harness, admin, CELL, `Bank ${index}`));
    const draft = await startAssessment(harness, admin, members[0] as string);
    practiceP = draft.progress.missing[0] as string;
    practiceQ = draft.progress.missing.at(-1) as string;
    const p = practiceP;
    await submit(harness, admin, (await answerAll(harness, admin, draft, (id) => (id === p ? 4 : 2))).assessmentId);
    for (const [index, organisationId] of members.slice(1).entries()) {
      await round(harness, admin, organisationId, index < 1 ? { [practiceP]: 4 } : {});
    }
  },
});

interface ListItem {
  group: Record<string, unknown>;
  practices: { practiceId: string }[];
}

/** Per group (by its key fields), one practice as JSON, and the CSV rows about it. */
async function readPractice(sector: string, practiceId: string) {
  const { harness } = world;
  const list = await json<{ items: ListItem[] }>(
    await harness.request("/v1/benchmarks?section=K", bearer(sector)),
    200,
  );
  const csv = await (
    await harness.request("/v1/benchmarks?section=K", bearer(sector, { headers: { Accept: "text/csv" } }))
  ).text();
  return {
    groups: list.items.length,
    json: list.items.map((item) => ({
      group: [item.group.level, item.group.section, item.group.sizeClass, item.group.region],
      practice: item.practices.find((practice) => practice.practiceId === practiceId),
    })),
    // Quoted fields: the practice id is the measure column of its adoption-rate rows.
    csv: csv.split("\r\n").filter((line) => line.split(",").includes(`"${practiceId}"`)),
  };
}

describe("one figure moving with fewer than k changed inputs", () => {
  it("carries that practice's shares in every group while k changes refresh the rest", async () => {
    const { harness, admin } = world;
    const sectorClient = await createClient(harness, admin, { name: "Sector K", role: "sector", sections: ["K"] });
    const sector = await tokenFor(harness, sectorClient);
    await world.release();
    const beforeP = await readPractice(sector, practiceP);
    const beforeQ = await readPractice(sector, practiceQ);
    // Every group of the section is shown (all ten are in one cell), each with P's shares.
    expect(beforeP.groups).toBeGreaterThanOrEqual(3);
    expect(beforeP.csv.length).toBe(beforeP.groups);
    for (const { practice } of beforeP.json) {
      expect(practice).toMatchObject({ suppressed: false, levelShares: { "2": 100, "4": 0 } });
    }

    // Six others change Q only; the target changes P only.
    for (const organisationId of members.slice(2, 8)) await round(harness, admin, organisationId, { [practiceQ]: 4 });
    await round(harness, admin, members[9] as string, { [practiceP]: 4 });
    expect(refreshed(await world.release())).toBe(true);

    const afterP = await readPractice(sector, practiceP);
    const afterQ = await readPractice(sector, practiceQ);
    // P did not move, in any group, in JSON or CSV; Q did, in every group.
    expect(afterP).toEqual(beforeP);
    expect(afterQ.groups).toBe(beforeQ.groups);
    afterQ.json.forEach(({ practice }, index) => {
      expect(practice).not.toEqual(beforeQ.json[index]?.practice);
    });
    expect(afterQ.csv.filter((line) => beforeQ.csv.includes(line))).toEqual([]);

    // Control: five more change P (six with the target, against the state P was last published from):
    // now P refreshes, in every group.
    for (const organisationId of members.slice(2, 7)) {
      await round(harness, admin, organisationId, { [practiceQ]: 4, [practiceP]: 4 });
    }
    expect(refreshed(await world.release())).toBe(true);
    const refreshedP = await readPractice(sector, practiceP);
    refreshedP.json.forEach(({ practice }, index) => {
      expect(practice).not.toEqual(beforeP.json[index]?.practice);
    });
  }, 120_000);

  it("withholds the carried practice in a group shown for the first time, never a fresh value", async () => {
    // Continues from the state above. Five newcomers in another province make a new group shown; five
    // members change Q again and the target alone changes P: P carries, and the new group has no
    // earlier value of it.
    const { harness, admin } = world;
    const sector = await tokenFor(
      harness,
      await createClient(harness, admin, { name: "Sector K again", role: "sector", sections: ["K"] }),
    );
    await world.release();
    const beforeP = await readPractice(sector, practiceP);
    for (const organisationId of members.slice(2, 7)) {
      await round(harness, admin, organisationId, { [practiceQ]: 1, [practiceP]: 4 });
    }
    await round(harness, admin, members[9] as string, { [practiceP]: 0 });
    for (let index = 0; index < 5; index++) {
      const newcomer = await organisationIn(harness, admin, { ...CELL, region: "NL-GR" }, `Nieuwe bank ${index}`);
      await round(harness, admin, newcomer, {});
    }
    expect(refreshed(await world.release())).toBe(true);
    const afterP = await readPractice(sector, practiceP);
    const afterQ = await readPractice(sector, practiceQ);
    const isNew = (group: unknown[]) => group[3] === "NL-GR";
    expect(afterP.json.filter(({ group }) => isNew(group))).toEqual([
      {
        group: ["sectionSizeRegion", "K", "small", "NL-GR"],
        practice: expect.objectContaining({ adoptionRate: null, levelShares: null, suppressed: true }),
      },
    ]);
    // Everywhere else P is as it was; Q is shown in the new group too.
    expect(afterP.json.filter(({ group }) => !isNew(group))).toEqual(beforeP.json);
    expect(afterQ.json.find(({ group }) => isNew(group))?.practice).toMatchObject({ suppressed: false });
    // CSV: P's row for the new group has no value; the other rows are as before.
    const newRows = afterP.csv.filter((line) => line.includes('"NL-GR"'));
    expect(newRows).toHaveLength(1);
    expect(newRows[0]?.endsWith('"adoption_rate",""')).toBe(true);
    expect(afterP.csv.filter((line) => !line.includes('"NL-GR"'))).toEqual(beforeP.csv);
  }, 120_000);
});
