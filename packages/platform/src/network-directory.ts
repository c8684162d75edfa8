import { CONTRACTS } from './contracts.js';
import { badUserInput } from './errors.js';

/** What a reference to the network names: an organisation, an Integra Corner or a service of the catalogue. */
export type NetworkKind = 'ORGANISATION' | 'INTEGRA_CORNER' | 'SERVICE';

/** An id a client gave for something of the network, and the input field it came in. */
export interface NetworkReference {
  id: string;
  kind: NetworkKind;
  field: string;
  /**
   * For a SERVICE: the provider the client named beside it (`id` null when left out) and that input's field. Named, it
   * must be the service's provider; left out, the service's provider is given back (it must still be active).
   */
  provider?: { id: string | null; field: string };
}

const NAMES: Record<NetworkKind, string> = {
  ORGANISATION: 'organisation',
  INTEGRA_CORNER: 'Integra Corner',
  SERVICE: 'service',
};

interface DirectoryRow {
  id: string;
  kind: NetworkKind;
  active: boolean;
  provider_id?: string | null;
  provider_active?: boolean | null;
}

/**
 * Refuses (BAD_USER_INPUT on the reference's field) an id that names nothing of that kind in the catalogue, or an
 * organisation it deactivated, from the catalogue's contract `network_directory`, in ONE statement for all the
 * references of a write. A subgraph other than the catalogue stores such ids without a foreign key (the schemas are
 * apart), so this is the check that keeps a case, a consent or a plan from pointing at nobody. A service reference
 * with `provider` is also checked against the catalogue's `service_provider` contract, in the same statement: the
 * answer maps each such service id to its provider, for the caller to store when the client left the provider out.
 */
export async function assertInNetwork(
  queryable: { query(sql: string, parameters: unknown[]): Promise<unknown> },
  references: readonly NetworkReference[],
): Promise<Map<string, string>> {
  const providers = new Map<string, string>();
  if (references.length === 0) return providers;
  const ids = [...new Set(references.map((reference) => reference.id))];
  // Only a subgraph granted `service_provider` asks for providers; the others read `network_directory` alone.
  const sql = references.some((reference) => reference.provider)
    ? `SELECT d.id::text AS id, d.kind, d.active, sp.provider_id::text AS provider_id, p.active AS provider_active
       FROM ${CONTRACTS.networkDirectory} d
       LEFT JOIN ${CONTRACTS.serviceProvider} sp ON d.kind = 'SERVICE' AND sp.service_id = d.id
       LEFT JOIN ${CONTRACTS.networkDirectory} p ON p.kind = 'ORGANISATION' AND p.id = sp.provider_id
       WHERE d.id = ANY($1::uuid[])`
    : `SELECT id::text AS id, kind, active FROM ${CONTRACTS.networkDirectory} WHERE id = ANY($1::uuid[])`;
  const rows = (await queryable.query(sql, [ids])) as DirectoryRow[];
  const rowOf = (reference: NetworkReference) => rows.find((row) => row.id === reference.id.toLowerCase() && row.kind === reference.kind);
  for (const reference of references) {
    const found = rowOf(reference);
    if (!found) throw badUserInput(`${reference.field} names no ${NAMES[reference.kind]} of the network`, reference.field);
    if (!found.active) throw badUserInput(`${reference.field} names an ${NAMES[reference.kind]} the network deactivated`, reference.field);
  }
  // Then, every reference being something of the network, whether a service's provider is the one named.
  for (const reference of references) {
    const found = rowOf(reference)!;
    const { provider } = reference;
    if (!provider || !found.provider_id) continue;
    if (provider.id != null && provider.id.toLowerCase() !== found.provider_id) {
      throw badUserInput(`${provider.field} must be the provider of the service in ${reference.field}, or be left out`, provider.field, {
        serviceProviderId: found.provider_id,
      });
    }
    if (!found.provider_active) {
      const field = provider.id == null ? reference.field : provider.field;
      throw badUserInput(`${field} names a service whose provider the network deactivated`, field);
    }
    providers.set(found.id, found.provider_id);
  }
  return providers;
}
