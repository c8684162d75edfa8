import { definePolicy, followsCases, isOnCaseTeam, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * Services a person received before SHUBH, as their tutor recorded them. They are part of the case file: the case
 * team (administrators, the tutors and coordinators of the person's Integra Corner) and the person read them; the
 * case team records and withdraws them. A partner operator reads none of them: its view of a person's history is
 * the enrolments in its own services.
 */
export const externalServicePolicy = definePolicy('external-service', {
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: 'You may not read the services this beneficiary received before SHUBH',
  },
  /** The roles that record services received before SHUBH at all (checked before any statement). */
  recordAny: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only administrators, tutors and coordinators record the services a person received before SHUBH',
  },
  record: {
    allow: (caller, person: CaseFacts) => followsCases(caller) && isOnCaseTeam(caller, person),
    refusal: "Only an administrator or the person's Integra Corner may record the services they received before SHUBH",
  },
  withdraw: {
    allow: (caller, person: CaseFacts) => followsCases(caller) && isOnCaseTeam(caller, person),
    refusal: "Only an administrator or the person's Integra Corner may withdraw a service recorded as received before SHUBH",
  },
});
