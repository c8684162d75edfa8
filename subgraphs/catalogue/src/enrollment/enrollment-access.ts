import { forbidden, type BeneficiaryFacts, type Caller } from '@shubh/platform';

/**
 * Who may read a beneficiary's service history. The facts (the person's corner) come from the beneficiaries
 * subgraph with the reference (`@requires`).
 *
 * - network-admin, tutors and coordinators of the person's corner, the person themself: all of it.
 * - partner-operator: the enrolments in their own organisation's services only (they know who attends).
 * - anyone else: nothing (FORBIDDEN).
 */
export type HistoryScope = { kind: 'all' } | { kind: 'provider'; organisationId: string };

export function historyScope(caller: Caller, beneficiary: BeneficiaryFacts): HistoryScope {
  if (caller.isNetworkAdmin) return { kind: 'all' };
  if (beneficiary.integraCornerId && caller.worksAt(beneficiary.integraCornerId)) return { kind: 'all' };
  if (caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id) return { kind: 'all' };
  if (caller.has('partner-operator') && caller.organisationId) return { kind: 'provider', organisationId: caller.organisationId };
  throw forbidden("You may not read this beneficiary's service history");
}

/** Throws FORBIDDEN for a role that records no enrolment at all (the per-person rule follows in the service). */
export function requireEnrollmentRecorderRole(caller: Caller): void {
  if (!caller.hasAny('network-admin', 'partner-operator', 'tutor', 'corner-coordinator')) {
    throw forbidden('Only administrators, partner operators, tutors and coordinators record enrolments');
  }
}
