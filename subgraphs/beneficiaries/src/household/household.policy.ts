import { definePolicy, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * The people living with a beneficiary, children among them. The case team and the person see them; a partner
 * who reaches the person through a referral does not: a service needs the person, not their children's names and
 * birth days (the housing measures read the household's size and minors through their own rule).
 */
export const householdPolicy = definePolicy('household', {
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see their household",
  },
  change: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may change the household",
  },
});
