import { CONTRACTS } from './contracts.js';
import { badUserInput } from './errors.js';

/** What a reference to the network names: an organisation, an Integra Corner or a service of the catalogue. */
export type NetworkKind = 'ORGANISATION' | 'INTEGRA_CORNER' | 'SERVICE';

/** An id a client gave for something of the network, and the input field it came in. */
export interface NetworkReference {
  id: string;
  kind: NetworkKind;
  field: string;
}

const NAMES: Record<NetworkKind, string> = {
  ORGANISATION: 'organisation',
  INTEGRA_CORNER: 'Integra Corner',
  SERVICE: 'service',
};

/**
 * Refuses (BAD_USER_INPUT on the reference's field) an id that names nothing of that kind in the catalogue, or an
 * organisation it deactivated, from the catalogue's contract `network_directory`, in ONE statement for all the
 * references of a write. A subgraph other than the catalogue stores such ids without a foreign key (the schemas are
 * apart), so this is the check that keeps a case, a consent or a plan from pointing at nobody.
 */
export async function assertInNetwork(
  queryable: { query(sql: string, parameters: unknown[]): Promise<unknown> },
  references: readonly NetworkReference[],
): Promise<void> {
  if (references.length === 0) return;
  const rows = (await queryable.query(`SELECT id::text AS id, kind, active FROM ${CONTRACTS.networkDirectory} WHERE id = ANY($1::uuid[])`, [
    [...new Set(references.map((reference) => reference.id))],
  ])) as { id: string; kind: NetworkKind; active: boolean }[];
  for (const reference of references) {
    const found = rows.find((row) => row.id === reference.id.toLowerCase() && row.kind === reference.kind);
    if (!found) throw badUserInput(`${reference.field} names no ${NAMES[reference.kind]} of the network`, reference.field);
    if (!found.active) throw badUserInput(`${reference.field} names an ${NAMES[reference.kind]} the network deactivated`, reference.field);
  }
}
