import { type PeerContext, peerGroupsFor } from "./peer-groups.js";

/**
 * What the disclosure rules count (docs/privacy.md, "Clients that control organisations"). Pure.
 * k counts distinct organisations: registrations that share a KvK number are one organisation, so
 * registering an employer twice does not make a group look larger. A client controls an organisation
 * when it controls any registration of it (it can then know its answers), so it is counted as known
 * to that client in every group the organisation is in.
 */

export interface DisclosureMember {
  /** The organisation's id. */
  readonly organisationId: string;
  /** Its KvK number, when given. */
  readonly kvkNumber: string | null;
  readonly context: PeerContext;
}

export interface DisclosureCounts {
  /** Distinct organisations per group key. */
  readonly distinct: ReadonlyMap<string, number>;
  /** Per non-admin client, per group key: the distinct organisations of the group it controls. */
  readonly controlled: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * The same in registrations, the unit the figures are summed in: registrations per group, and per
   * client the registrations of the organisations it controls (suppression.ts `RegistrationLayer`).
   */
  readonly registrations: {
    readonly counts: ReadonlyMap<string, number>;
    readonly byClient: ReadonlyMap<string, ReadonlyMap<string, number>>;
  };
}

const entityOf = (member: DisclosureMember) =>
  member.kvkNumber === null ? `org:${member.organisationId}` : `kvk:${member.kvkNumber}`;

/**
 * Group counts of distinct organisations and, per client, of those it controls. `controllers` maps an
 * organisation id to the non-admin clients that registered it, are or were linked to it, or are its
 * employer client.
 */
export function disclosureCounts(
  members: readonly DisclosureMember[],
  controllers: ReadonlyMap<string, readonly string[]>,
): DisclosureCounts {
  const entitiesByGroup = new Map<string, Set<string>>();
  const clientsOfEntity = new Map<string, Set<string>>();
  for (const member of members) {
    const entity = entityOf(member);
    for (const group of peerGroupsFor(member.context)) {
      const entities = entitiesByGroup.get(group.key) ?? new Set<string>();
      entities.add(entity);
      entitiesByGroup.set(group.key, entities);
    }
    const clients = clientsOfEntity.get(entity) ?? new Set<string>();
    for (const client of controllers.get(member.organisationId) ?? []) clients.add(client);
    clientsOfEntity.set(entity, clients);
  }
  const distinct = new Map([...entitiesByGroup].map(([key, entities]) => [key, entities.size]));
  const registrationCounts = new Map<string, number>();
  const registrationsByClient = new Map<string, Map<string, number>>();
  for (const member of members) {
    const groups = peerGroupsFor(member.context);
    for (const group of groups) registrationCounts.set(group.key, (registrationCounts.get(group.key) ?? 0) + 1);
    for (const client of clientsOfEntity.get(entityOf(member)) ?? []) {
      const byGroup = registrationsByClient.get(client) ?? new Map<string, number>();
      registrationsByClient.set(client, byGroup);
      for (const group of groups) byGroup.set(group.key, (byGroup.get(group.key) ?? 0) + 1);
    }
  }
  const controlledEntities = new Map<string, Map<string, Set<string>>>();
  for (const member of members) {
    const entity = entityOf(member);
    for (const client of clientsOfEntity.get(entity) ?? []) {
      const byGroup = controlledEntities.get(client) ?? new Map<string, Set<string>>();
      controlledEntities.set(client, byGroup);
      for (const group of peerGroupsFor(member.context)) {
        const entities = byGroup.get(group.key) ?? new Set<string>();
        entities.add(entity);
        byGroup.set(group.key, entities);
      }
    }
  }
  const controlled = new Map(
    [...controlledEntities].map(([client, byGroup]) => [
      client,
      new Map([...byGroup].map(([key, entities]) => [key, entities.size])),
    ]),
  );
  return { distinct, controlled, registrations: { counts: registrationCounts, byClient: registrationsByClient } };
}
