import { sha256Hex } from "../sha256.js";

/**
 * A contribution's opaque key in a kept release: a hash of the organisation's id, so an erased
 * organisation's id does not linger there (docs/privacy.md, "The change threshold").
 */
export async function memberKey(organisationId: string): Promise<string> {
  return (await sha256Hex(organisationId)).slice(0, 24);
}
