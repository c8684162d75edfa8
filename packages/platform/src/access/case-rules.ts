import type { Caller } from '../auth/caller.js';

/**
 * The rules about a beneficiary's case that several modules and subgraphs share, each written once. A module's
 * policy composes them; nothing else in the hub decides "who is on the case".
 */

/** What the case rules need to know about the person: their record id, their corner and their tutor. */
export interface CaseFacts {
  /** The beneficiary's id. */
  id: string;
  /** The Integra Corner that follows the person (null when unknown: no corner rule then holds). */
  integraCornerId: string | null;
  /** The assigned tutor's user id (token `sub`), null while unassigned. */
  tutorUserId: string | null;
}

/** Roles that may read a person's data at all; every other role (employer, monitoring) reads none. */
export function readsPersonalData(caller: Caller): boolean {
  return caller.hasAny('network-admin', 'corner-coordinator', 'tutor', 'beneficiary', 'partner-operator');
}

/** The people who follow cases: administrators, tutors, coordinators. */
export function followsCases(caller: Caller): boolean {
  return caller.isNetworkAdmin || caller.hasAny('tutor', 'corner-coordinator');
}

/** The case team: administrators and the tutors and coordinators of the person's corner. */
export function isOnCaseTeam(caller: Caller, facts: Pick<CaseFacts, 'integraCornerId'>): boolean {
  return caller.isNetworkAdmin || (facts.integraCornerId !== null && caller.worksAt(facts.integraCornerId));
}

/** The person themself, signed in with the beneficiary role. */
export function isThePerson(caller: Caller, facts: Pick<CaseFacts, 'id'>): boolean {
  return caller.has('beneficiary') && caller.beneficiaryId === facts.id;
}

/** The case team or the person: who may read the case file (assessment, plan, follow-ups, history). */
export function readsCaseFile(caller: Caller, facts: Pick<CaseFacts, 'id' | 'integraCornerId'>): boolean {
  return isOnCaseTeam(caller, facts) || isThePerson(caller, facts);
}

/** A coordinator of the person's corner. */
export function coordinatesCase(caller: Caller, facts: Pick<CaseFacts, 'integraCornerId'>): boolean {
  return caller.has('corner-coordinator') && facts.integraCornerId !== null && caller.cornerIds.includes(facts.integraCornerId);
}

/** The tutor assigned to the case, working at the person's corner. */
export function isAssignedTutor(caller: Caller, facts: Pick<CaseFacts, 'integraCornerId' | 'tutorUserId'>): boolean {
  return (
    caller.has('tutor') &&
    facts.tutorUserId === caller.userId &&
    facts.integraCornerId !== null &&
    caller.cornerIds.includes(facts.integraCornerId)
  );
}

/**
 * Who manages the case (changes the case file, its status, household, consents on the person's behalf, and reads
 * special-category data): the assigned tutor, a coordinator of the person's corner, an administrator.
 */
export function managesCase(caller: Caller, facts: Pick<CaseFacts, 'integraCornerId' | 'tutorUserId'>): boolean {
  return caller.isNetworkAdmin || coordinatesCase(caller, facts) || isAssignedTutor(caller, facts);
}

/** Monitoring: aggregate figures only, never a person. */
export function readsAggregatesOnly(caller: Caller): boolean {
  return caller.has('monitoring') && !readsPersonalData(caller);
}

/** A partner operator of this organisation. */
export function operatesFor(caller: Caller, organisationId: string | null): boolean {
  return caller.has('partner-operator') && caller.organisationId !== null && caller.organisationId === organisationId;
}
