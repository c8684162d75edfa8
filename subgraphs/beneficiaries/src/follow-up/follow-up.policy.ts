import { definePolicy, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/** Follow-ups of the plan and the critical issues they raise: part of the case file. */
export const followUpPolicy = definePolicy('follow-up', {
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see their case file",
  },
  record: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may change the case file",
  },
});
