import { isId } from './validation.js';

/** An entity that another subgraph owns, as this subgraph knows it: by its id alone. */
export interface EntityReference {
  id: string;
}

/**
 * `__resolveReference` for an entity this subgraph only extends (labour's Beneficiary, housing's
 * Organisation): the owner decides whether it exists, so any well-formed id is taken as is. A malformed one
 * resolves to null instead of reaching SQL or failing the rest of the list.
 */
export function resolveExtendedReference({ id }: EntityReference): EntityReference | null {
  return isId(id) ? { id: id.toLowerCase() } : null;
}
