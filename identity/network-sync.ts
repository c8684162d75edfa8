/**
 * `npm run network:sync`: the catalogue's organisations are the source, Keycloak's organizations follow. Each
 * catalogue organisation is linked to one Keycloak organization by the id Keycloak gave it
 * (`catalogue.organisation.keycloak_organization_id`), and the organization carries the catalogue id back as its
 * `shubh-organisation-id` attribute, which tokens carry in the organization claim. The sync creates what is missing,
 * updates names, domains and the enabled flag (a deactivated organisation's organization is disabled, so its
 * members' tokens no longer name it), relinks by the attribute when a link was lost, and reports what it cannot
 * decide: organizations Keycloak has and the catalogue does not, organisations it could not create, and members
 * whose tokens would carry no organisation the hub reads.
 */
import { ORGANISATION_ID_ATTRIBUTE } from '../packages/platform/src/auth/identity-contract.js';
import { organizationAlias } from '../demo/demo-plan.js';
import { catalogueIdOf, KeycloakAdminError, type KeycloakAdminClient, type KeycloakOrganization } from './keycloak-admin-client.js';

/** Where the catalogue's organisations are: a `pg` pool (the command), or a subgraph's data source (tests). */
export interface CatalogueDatabase {
  query<Row>(sql: string, parameters?: unknown[]): Promise<Row[]>;
}

interface CatalogueOrganisation {
  id: string;
  name: string;
  domains: string[];
  deactivated: boolean;
  keycloakOrganizationId: string | null;
}

export type SyncAction =
  | { kind: 'create'; organisationId: string; name: string; alias: string }
  | { kind: 'update'; organisationId: string; keycloakOrganizationId: string; changes: string[] }
  | { kind: 'link'; organisationId: string; keycloakOrganizationId: string; reason: string };

export type Drift =
  /** A Keycloak organization no catalogue organisation stands behind (not deleted: someone must decide). */
  | { kind: 'keycloak-only'; keycloakOrganizationId: string; alias: string; name: string; members: number }
  /** A catalogue organisation with no Keycloak organization (a dry run, or a creation Keycloak refused). */
  | { kind: 'catalogue-only'; organisationId: string; name: string; reason: string }
  /** A member of several organizations: Keycloak maps none of them for the `organization` scope, the hub reads none. */
  | { kind: 'member-of-several'; username: string; aliases: string[] }
  /** A member of an organization linked to a deactivated organisation: their tokens no longer carry it. */
  | { kind: 'member-of-deactivated'; username: string; alias: string; organisationId: string };

export interface SyncReport {
  dryRun: boolean;
  actions: SyncAction[];
  /** What differs after the sync (after the plan, for a dry run). */
  drift: Drift[];
  /** Actions Keycloak refused, with its message. */
  failures: { action: SyncAction; message: string }[];
}

async function catalogueOrganisations(database: CatalogueDatabase): Promise<CatalogueOrganisation[]> {
  const rows = await database.query<{
    id: string;
    name: string;
    domains: string[];
    deactivated: boolean;
    keycloak_organization_id: string | null;
  }>(
    `SELECT id, name, domains, deactivated_at IS NOT NULL AS deactivated, keycloak_organization_id
       FROM catalogue.organisation ORDER BY name, id`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    domains: [...row.domains].sort(),
    deactivated: row.deactivated,
    keycloakOrganizationId: row.keycloak_organization_id,
  }));
}

/** The organization as the catalogue wants it, keeping what the catalogue does not own (alias, other attributes, redirect). */
function desired(
  organisation: CatalogueOrganisation,
  current: KeycloakOrganization | undefined,
): Omit<KeycloakOrganization, 'id' | 'alias'> {
  return {
    name: organisation.name,
    enabled: !organisation.deactivated,
    description: current?.description ?? '',
    redirectUrl: current?.redirectUrl ?? '',
    attributes: { ...(current?.attributes ?? {}), [ORGANISATION_ID_ATTRIBUTE]: [organisation.id] },
    domains: organisation.domains.map((name) => ({
      name,
      verified: current?.domains?.find((domain) => domain.name === name)?.verified ?? false,
    })),
  };
}

function differences(organisation: CatalogueOrganisation, current: KeycloakOrganization): string[] {
  const changes: string[] = [];
  if (current.name !== organisation.name) changes.push('name');
  if (current.enabled !== !organisation.deactivated) changes.push('enabled');
  const domains = (current.domains ?? []).map((domain) => domain.name).sort();
  if (domains.join(' ') !== organisation.domains.join(' ')) changes.push('domains');
  const attribute = current.attributes?.[ORGANISATION_ID_ATTRIBUTE] ?? [];
  if (attribute.length !== 1 || attribute[0] !== organisation.id) changes.push(ORGANISATION_ID_ATTRIBUTE);
  return changes;
}

/** An alias Keycloak does not have yet: from the name, a number added when taken (aliases never change once set). */
function freeAlias(name: string, taken: Set<string>): string {
  const base = organizationAlias(name) || 'organisation';
  let alias = base;
  for (let n = 2; taken.has(alias); n += 1) alias = `${base}-${n}`;
  taken.add(alias);
  return alias;
}

export async function syncNetwork(
  database: CatalogueDatabase,
  keycloak: KeycloakAdminClient,
  { dryRun = false } = {},
): Promise<SyncReport> {
  const organisations = await catalogueOrganisations(database);
  const organizations = await keycloak.organizations();
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const byCatalogueId = new Map<string, KeycloakOrganization>();
  for (const organization of organizations) {
    const catalogueId = catalogueIdOf(organization);
    if (catalogueId && !byCatalogueId.has(catalogueId)) byCatalogueId.set(catalogueId, organization);
  }
  const aliases = new Set(organizations.map((organization) => organization.alias));
  const actions: SyncAction[] = [];
  const failures: SyncReport['failures'] = [];
  const drift: Drift[] = [];
  /** Catalogue id -> the Keycloak organization it is (or will be) linked to. */
  const linked = new Map<string, KeycloakOrganization>();

  const attempt = async (action: SyncAction, apply: () => Promise<void>) => {
    actions.push(action);
    if (dryRun) return true;
    try {
      await apply();
      return true;
    } catch (error) {
      if (!(error instanceof KeycloakAdminError)) throw error;
      failures.push({ action, message: error.message });
      return false;
    }
  };
  const saveLink = (organisationId: string, keycloakOrganizationId: string) =>
    database.query('UPDATE catalogue.organisation SET keycloak_organization_id = $2 WHERE id = $1', [
      organisationId,
      keycloakOrganizationId,
    ]);

  for (const organisation of organisations) {
    let current = organisation.keycloakOrganizationId ? byId.get(organisation.keycloakOrganizationId) : undefined;
    if (!current) {
      // The link is missing or points at an organization that is gone: the attribute finds it again, if it exists.
      const found = byCatalogueId.get(organisation.id);
      if (found) {
        const reason = organisation.keycloakOrganizationId
          ? `the linked organization ${organisation.keycloakOrganizationId} is gone; ${found.alias} carries the organisation's id`
          : `${found.alias} carries the organisation's id`;
        await attempt({ kind: 'link', organisationId: organisation.id, keycloakOrganizationId: found.id, reason }, () =>
          saveLink(organisation.id, found.id).then(() => undefined),
        );
        current = found;
      }
    }
    if (current) {
      linked.set(organisation.id, current);
      const changes = differences(organisation, current);
      if (changes.length > 0) {
        const target = current;
        await attempt({ kind: 'update', organisationId: organisation.id, keycloakOrganizationId: target.id, changes }, () =>
          keycloak.updateOrganization({ id: target.id, alias: target.alias, ...desired(organisation, target) }),
        );
      }
      continue;
    }
    // A deactivated organisation never linked needs no organization: nobody may act for it.
    if (organisation.deactivated) continue;
    const alias = freeAlias(organisation.name, aliases);
    const created = await attempt({ kind: 'create', organisationId: organisation.id, name: organisation.name, alias }, async () => {
      const id = await keycloak.createOrganization({ alias, ...desired(organisation, undefined) });
      await saveLink(organisation.id, id);
      linked.set(organisation.id, { id, alias, ...desired(organisation, undefined) });
    });
    if (dryRun) {
      drift.push({
        kind: 'catalogue-only',
        organisationId: organisation.id,
        name: organisation.name,
        reason: 'no Keycloak organization yet',
      });
    } else if (!created) {
      drift.push({
        kind: 'catalogue-only',
        organisationId: organisation.id,
        name: organisation.name,
        reason: 'Keycloak refused to create it',
      });
    }
  }

  // Drift both ways: organizations nobody in the catalogue stands behind, and members the hub would read no organisation for.
  const linkedIds = new Set([...linked.values()].map((organization) => organization.id));
  const deactivated = new Set(organisations.filter((organisation) => organisation.deactivated).map((organisation) => organisation.id));
  const membership = new Map<string, string[]>();
  for (const organization of organizations) {
    const members = await keycloak.members(organization.id);
    for (const member of members) membership.set(member.username, [...(membership.get(member.username) ?? []), organization.alias]);
    if (!linkedIds.has(organization.id)) {
      drift.push({
        kind: 'keycloak-only',
        keycloakOrganizationId: organization.id,
        alias: organization.alias,
        name: organization.name,
        members: members.length,
      });
      continue;
    }
    const catalogueId = [...linked].find(([, candidate]) => candidate.id === organization.id)![0];
    if (deactivated.has(catalogueId)) {
      for (const member of members)
        drift.push({ kind: 'member-of-deactivated', username: member.username, alias: organization.alias, organisationId: catalogueId });
    }
  }
  for (const [username, memberOf] of membership)
    if (memberOf.length > 1) drift.push({ kind: 'member-of-several', username, aliases: memberOf.sort() });

  return { dryRun, actions, drift, failures };
}

/** The report in words, one line each, as the command prints it. */
export function describeReport(report: SyncReport): string[] {
  const lines: string[] = [];
  const verb = report.dryRun ? 'would' : 'did';
  if (report.actions.length === 0) lines.push('Keycloak is in step with the catalogue: nothing to do.');
  for (const action of report.actions) {
    if (action.kind === 'create') lines.push(`${verb} create organization ${action.alias} for "${action.name}" (${action.organisationId})`);
    if (action.kind === 'update')
      lines.push(`${verb} update ${action.keycloakOrganizationId} for ${action.organisationId}: ${action.changes.join(', ')}`);
    if (action.kind === 'link') lines.push(`${verb} link ${action.organisationId} to ${action.keycloakOrganizationId}: ${action.reason}`);
  }
  for (const failure of report.failures) lines.push(`FAILED ${failure.action.kind} ${failure.action.organisationId}: ${failure.message}`);
  if (report.drift.length === 0) lines.push('No drift.');
  for (const item of report.drift) {
    if (item.kind === 'keycloak-only') {
      lines.push(`drift: organization ${item.alias} ("${item.name}", ${item.members} members) is in Keycloak but not in the catalogue`);
    }
    if (item.kind === 'catalogue-only')
      lines.push(`drift: "${item.name}" (${item.organisationId}) is in the catalogue but not in Keycloak: ${item.reason}`);
    if (item.kind === 'member-of-several') {
      lines.push(`drift: ${item.username} is a member of ${item.aliases.join(', ')}: the hub reads no organisation for them`);
    }
    if (item.kind === 'member-of-deactivated') {
      lines.push(`drift: ${item.username} is a member of ${item.alias}, whose organisation ${item.organisationId} is deactivated`);
    }
  }
  return lines;
}
