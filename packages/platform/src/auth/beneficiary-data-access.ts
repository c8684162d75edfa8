import { In, type FindOptionsWhere, type Repository } from 'typeorm';
import type { RequestAudit } from '../audit/request-audit.js';
import { forbidden } from '../errors.js';
import { createRecordLoader } from '../loaders.js';
import type { EntityReference } from '../federation.js';
import { isId } from '../validation.js';
import type { Caller } from './caller.js';

/** The consent purposes that let a partner operator read data another subgraph keeps about a beneficiary. */
export type DataSharingPurpose = 'LABOUR_MATCHING' | 'HOUSING_SUPPORT';

/**
 * A beneficiary as the gateway hands it over: the key, plus what the owner (the beneficiaries subgraph) computed
 * for this request through `@requires`. Typed loosely on purpose: whatever arrives is read by `readBeneficiary`.
 */
export interface BeneficiaryRepresentation extends EntityReference {
  integraCorner?: { id?: unknown } | null;
  consentedPurposes?: unknown;
}

/** What the access rule knows about a beneficiary; a missing or malformed field grants nothing. */
export interface BeneficiaryFacts {
  id: string;
  integraCornerId: string | null;
  consentedPurposes: readonly string[];
}

/**
 * `__resolveReference`: keeps the fields the owner handed over (the default would keep only the id); a malformed
 * id resolves to null instead of reaching SQL or failing the rest of the list.
 */
export function resolveBeneficiaryReference(reference: BeneficiaryRepresentation): BeneficiaryRepresentation | null {
  if (typeof reference.id !== 'string' || !isId(reference.id)) return null;
  return { id: reference.id.toLowerCase(), integraCorner: reference.integraCorner, consentedPurposes: reference.consentedPurposes };
}

/** Reads a representation defensively. */
export function readBeneficiary(parent: BeneficiaryRepresentation): BeneficiaryFacts {
  const cornerId = parent.integraCorner?.id;
  const purposes = parent.consentedPurposes;
  return {
    id: parent.id,
    integraCornerId: typeof cornerId === 'string' && isId(cornerId) ? cornerId.toLowerCase() : null,
    consentedPurposes: Array.isArray(purposes) ? purposes.filter((purpose): purpose is string => typeof purpose === 'string') : [],
  };
}

/**
 * Who may read what a subgraph other than beneficiaries keeps about a person (labour profile, housing
 * situation), however the request reached it. The rule belongs to the subgraph holding the data; the facts it
 * needs come from the owner with the reference (`@requires`), and only the gateway can call a subgraph (its
 * secret) while its public API has no `_entities`, so a client cannot forge them.
 *
 * - network-admin: everyone.
 * - corner-coordinator, tutor: the people of their Integra Corner(s).
 * - beneficiary: themself.
 * - partner-operator: a person with a consent for `purpose` in force (the beneficiaries subgraph lets a partner
 *   reach only a person referred to them who consented to sharing).
 * - employer, monitoring: nobody.
 */
export function mayReadBeneficiaryData(caller: Caller, beneficiary: BeneficiaryFacts, purpose: DataSharingPurpose): boolean {
  if (caller.isNetworkAdmin) return true;
  if (beneficiary.integraCornerId && caller.worksAt(beneficiary.integraCornerId)) return true;
  if (caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id) return true;
  return caller.has('partner-operator') && caller.organisationId !== null && beneficiary.consentedPurposes.includes(purpose);
}

/** Throws FORBIDDEN unless the caller may read this beneficiary's `what` (e.g. "labour profile"). */
export function requireBeneficiaryDataAccess(
  caller: Caller,
  beneficiary: BeneficiaryFacts,
  purpose: DataSharingPurpose,
  what: string,
): void {
  if (!mayReadBeneficiaryData(caller, beneficiary, purpose)) throw forbidden(`You may not read this beneficiary's ${what}`);
}

/**
 * The record a subgraph other than beneficiaries keeps about a person (labour profile, housing situation), read
 * under the rule above: FORBIDDEN before any read for a caller without the right, one statement per batch of
 * people, and every record returned noted for the audit trail as `field`.
 */
export class BeneficiaryRecordReader<T extends { beneficiaryId: string }> {
  readonly #byBeneficiary;

  constructor(
    repository: Repository<T>,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
    private readonly record: { field: string; what: string; purpose: DataSharingPurpose },
  ) {
    this.#byBeneficiary = createRecordLoader<string, T>(
      (ids) => repository.findBy({ beneficiaryId: In([...ids]) } as FindOptionsWhere<T>),
      (row) => row.beneficiaryId,
    );
  }

  /** The person's record, or null when none is kept; the representation carries the owner's facts. */
  async of(representation: BeneficiaryRepresentation): Promise<T | null> {
    const beneficiary = readBeneficiary(representation);
    requireBeneficiaryDataAccess(this.caller, beneficiary, this.record.purpose, this.record.what);
    const row = await this.#byBeneficiary.load(beneficiary.id);
    if (row) this.audit.read(beneficiary.id, [this.record.field]);
    return row;
  }
}
