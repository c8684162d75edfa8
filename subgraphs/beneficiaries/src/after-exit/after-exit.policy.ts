import { definePolicy, followsCases, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * The follow-up contact six months after a case closed: the due list is for the people who follow cases (each sees
 * the closed cases they may read); the result is part of the case file, recorded by whoever managed the case (the
 * assigned tutor, a coordinator of the corner, an administrator).
 */
export const afterExitPolicy = definePolicy('after-exit', {
  listDue: {
    allow: (caller) => followsCases(caller),
    refusal: 'The after-exit follow-ups due are for administrators, tutors and corner coordinators',
  },
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see their case file",
  },
  record: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may record the after-exit follow-up",
  },
});
