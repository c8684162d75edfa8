import { definePolicy, isOnCaseTeam, managesCase, followsCases, type CaseFacts } from '@shubh/platform';

/**
 * Case notes. ORDINARY notes: written and read by the case team (administrators, the tutors and coordinators of the
 * person's corner); never the person's partners. SPECIAL_CATEGORY notes (GDPR art. 9) follow the sensitive-data
 * rule: the assigned tutor, the corner's coordinator and administrators, and each read names its reason, which the
 * audit trail keeps.
 */
export const caseNotePolicy = definePolicy('case-note', {
  read: {
    allow: (caller, person: CaseFacts) => followsCases(caller) && isOnCaseTeam(caller, person),
    refusal: "Only the case team of the person's Integra Corner may read case notes",
  },
  write: {
    allow: (caller, person: CaseFacts) => followsCases(caller) && isOnCaseTeam(caller, person),
    refusal: "Only the case team of the person's Integra Corner may write case notes",
  },
  readSpecialCategory: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, the corner's coordinator and administrators may read special-category notes",
  },
  writeSpecialCategory: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, the corner's coordinator and administrators may write special-category notes",
  },
});
