import { definePolicy, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * The services a person is eligible for are derived from their personal data (status, age, reception exit, language
 * level), so they follow the case file: administrators, the tutors and coordinators of the person's corner, the
 * person themself.
 */
export const eligibilityPolicy = definePolicy('eligibility', {
  readEligibleServices: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: 'You may not read the services this beneficiary is eligible for',
  },
});
