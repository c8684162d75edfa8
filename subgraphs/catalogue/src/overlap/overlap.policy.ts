import { definePolicy, followsCases, isOnCaseTeam, type CaseFacts } from '@shubh/platform';

/** Overlap checks reveal part of a person's service history: for the people who write the person's plan. */
export const overlapPolicy = definePolicy('overlap', {
  checkAny: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only administrators, tutors and coordinators check overlaps',
  },
  check: {
    allow: (caller, person: CaseFacts) => followsCases(caller) && isOnCaseTeam(caller, person),
    refusal: 'You may check overlaps only for the people of your Integra Corner',
  },
});
