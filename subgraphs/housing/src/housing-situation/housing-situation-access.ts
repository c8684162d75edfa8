import { forbidden, isId, type Caller, type EntityReference } from '@shubh/platform';

/** The consent purpose that lets a partner operator read a housing situation. */
export const HOUSING_SUPPORT = 'HOUSING_SUPPORT';

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
 * Who may read a beneficiary's housing situation, however the request reached it. The rule is this subgraph's: it
 * holds the data. The facts it needs come from the owner with the reference; only the gateway can call this
 * subgraph (its secret) and its public API has no `_entities`, so a client cannot forge them.
 *
 * - network-admin: every situation.
 * - corner-coordinator, tutor: the people of their Integra Corner(s).
 * - beneficiary: their own.
 * - partner-operator: a person with a HOUSING_SUPPORT consent in force (the beneficiaries subgraph lets a partner
 *   reach only a person referred to them who consented to sharing).
 * - employer, monitoring: nobody.
 */
export function mayReadHousingSituation(caller: Caller, beneficiary: BeneficiaryFacts): boolean {
  if (caller.isNetworkAdmin) return true;
  if (beneficiary.integraCornerId && caller.worksAt(beneficiary.integraCornerId)) return true;
  if (caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id) return true;
  return (
    caller.has('partner-operator') && caller.organisationId !== null && beneficiary.consentedPurposes.includes(HOUSING_SUPPORT)
  );
}

/** Throws FORBIDDEN unless the caller may read this beneficiary's housing situation. */
export function requireHousingSituationAccess(caller: Caller, beneficiary: BeneficiaryFacts): void {
  if (!mayReadHousingSituation(caller, beneficiary)) {
    throw forbidden("You may not read this beneficiary's housing situation");
  }
}
