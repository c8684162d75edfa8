import { definePolicy, isThePerson, managesCase, operatesFor, readsCaseFile, type Caller, type CaseFacts } from '@shubh/platform';

/**
 * Consents per purpose. The case team and the person see them all; a partner who reaches the person sees only the
 * consents that concern it (given to its own organisation, or for a purpose given to no organisation), never those
 * given to other organisations. The person, and whoever manages the case on their behalf, grant and withdraw them.
 */
export const consentPolicy = definePolicy('consent', {
  readAll: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: 'You may not see these consents',
  },
  manage: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person) || isThePerson(caller, person),
    refusal: 'Only the beneficiary, their tutor, their corner coordinator or an administrator may record or withdraw a consent',
  },
});

/** For a caller who is not on the case: whether a consent concerns them (a partner's own organisation). */
export function concernsCaller(caller: Caller, consent: { organisationId: string | null }): boolean {
  return consent.organisationId === null || operatesFor(caller, consent.organisationId);
}
