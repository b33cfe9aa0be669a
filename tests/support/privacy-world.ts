import { afterAll, beforeAll } from "vitest";
import { createHarness } from "#harness";
import type { AppSettings, Clock } from "../../src/app-env.js";
import type { Harness } from "../harness/harness.js";
import { adminToken, type Credentials, createClient, cutRelease, type ReleaseBody, tokenFor } from "./api-client.js";
import { TEST_SETTINGS } from "./test-settings.js";

/**
 * The setup every attack of tests/privacy starts from: one harness per test file (a fresh database on
 * either runtime), its bootstrap admin, a clock the attack can move, and the file's population made
 * before its tests run. Call `privacyWorld()` at the top of a file (or of a `describe`): it registers
 * the hooks that open the world before the tests and close it after them.
 */
export interface PrivacyWorldOptions {
  /** The clock stands still at this moment until the test moves it (default: the system clock). */
  readonly startAt?: Date;
  /** Usage limits for the attacks on them (the test settings keep every limit out of reach). */
  readonly usageLimits?: Partial<AppSettings["usageLimits"]>;
  /** Who is in the world before the tests run: registered and submitted through the API, as anyone would. */
  readonly populate?: (world: PrivacyWorld) => Promise<void>;
}

/** An HR tool (an integration client) with a token: who registers and answers for look-alikes. */
export type Tool = Credentials & { readonly token: string } & Record<string, unknown>;

export interface PrivacyWorld {
  readonly harness: Harness;
  /** A token of the bootstrap admin, fetched when the world opened (or by the last `renewAdmin`). */
  readonly admin: string;
  /** A new admin token: after the clock moved past the old one's expiry. */
  renewAdmin(): Promise<string>;
  /** Puts the clock at a moment, where it stands still until moved again. */
  setClock(at: Date): void;
  /** Moves the clock forward (tokens expire as they would). */
  advanceClock(milliseconds: number): void;
  /** A new integration client and a token for it. */
  tool(name: string): Promise<Tool>;
  /** A benchmark release cut by the admin: others' figures change only at one. */
  release(): Promise<ReleaseBody>;
}

const SETUP_TIMEOUT_MS = 300_000;

export function privacyWorld(options: PrivacyWorldOptions = {}): PrivacyWorld {
  let opened: { harness: Harness; admin: string } | undefined;
  const open = () => {
    if (opened === undefined) throw new Error("the privacy world opens in beforeAll: read it inside a test or hook");
    return opened;
  };
  let standsAt = options.startAt?.getTime();
  let offset = 0;
  const clock: Clock = { now: () => new Date((standsAt ?? Date.now()) + offset) };
  const settings: AppSettings =
    options.usageLimits === undefined
      ? TEST_SETTINGS
      : { ...TEST_SETTINGS, usageLimits: { ...TEST_SETTINGS.usageLimits, ...options.usageLimits } };

  const world: PrivacyWorld = {
    get harness() {
      return open().harness;
    },
    get admin() {
      return open().admin;
    },
    renewAdmin: async () => {
      const current = open();
      current.admin = await adminToken(current.harness);
      return current.admin;
    },
    setClock: (at) => {
      standsAt = at.getTime();
      offset = 0;
    },
    advanceClock: (milliseconds) => {
      offset += milliseconds;
    },
    tool: async (name) => {
      const { harness, admin } = open();
      const client = await createClient(harness, admin, { name, role: "integration" });
      return { ...client, token: await tokenFor(harness, client) };
    },
    release: () => cutRelease(open().harness, open().admin),
  };

  beforeAll(async () => {
    const harness = await createHarness({ deps: { clock, settings } });
    opened = { harness, admin: await adminToken(harness) };
    await options.populate?.(world);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await opened?.harness.close();
  });
  return world;
}
