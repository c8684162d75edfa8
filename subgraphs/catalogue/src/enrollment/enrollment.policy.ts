import { definePolicy, isOnCaseTeam, operatesFor, readsCaseFile, type CaseAccessFacts, type CaseFacts } from '@shubh/platform';

/**
 * Service enrolments (what a person took part in). The case team and the person read the whole history; a partner
 * operator reads the enrolments in their own organisation's services (they know who attends). Enrolments are
 * recorded by the person's case team, an administrator, or the service's provider for a person it reaches (an
 * open referral to it and the person's consent to share with it), and only for a person who exists.
 */
export const enrollmentPolicy = definePolicy('enrollment', {
  readHistory: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "You may not read this beneficiary's service history",
  },
  readOwnServicesHistory: {
    allow: (caller) => caller.has('partner-operator') && caller.organisationId !== null,
    refusal: "You may not read this beneficiary's service history",
  },
  /** The role that records enrolments at all (checked before any statement). */
  recordAny: {
    allow: (caller) => caller.isNetworkAdmin || caller.hasAny('partner-operator', 'tutor', 'corner-coordinator'),
    refusal: 'Only administrators, partner operators, tutors and coordinators record enrolments',
  },
  record: {
    allow: (caller, { person, providerId }: { person: CaseAccessFacts; providerId: string }) =>
      isOnCaseTeam(caller, person) || (operatesFor(caller, providerId) && person.reachedByCallerOrganisation),
    refusal: "Only an administrator, the service's provider or the person's Integra Corner may record their enrolments",
  },
});
