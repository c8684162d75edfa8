import { definePolicy, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * The assessment (WP2): skills, education and recognition of qualifications, languages, administrative
 * procedures, employability. Part of the case file: the case team and the person read it; the people who
 * manage the case record it. Partners see a referred person, not their case file.
 */
export const assessmentPolicy = definePolicy('assessment', {
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see their case file",
  },
  record: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may change the case file",
  },
});
