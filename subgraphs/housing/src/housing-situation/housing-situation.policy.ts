import { definePolicy, isOnCaseTeam, type CaseAccessFacts } from '@shubh/platform';

/**
 * Who may record a person's housing situation. Reading it follows the platform's shared-record rule (the case team,
 * the person, a partner reaching them with the HOUSING_SUPPORT consent), in `SharedRecordReader`.
 *
 * - record: the person's case team (administrators, the tutors and coordinators of the person's corner).
 */
export const housingSituationPolicy = definePolicy('housing-situation', {
  record: {
    allow: (caller, person: CaseAccessFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may record their housing situation",
  },
});
