import { definePolicy, managesCase, sharedRecordPolicy, type CaseAccessFacts } from '@shubh/platform';

/**
 * Who may read and record a person's labour profile, from the facts of `beneficiaries.case_access`.
 *
 * - read: the platform's shared-record rule (the case team, the person, a partner reaching the person with the
 *   LABOUR_MATCHING consent in force).
 * - record: whoever manages the case (the assigned tutor, a coordinator of the person's corner, an administrator).
 */
export const labourProfilePolicy = definePolicy('labour-profile', {
  read: sharedRecordPolicy.actions.read,
  record: {
    allow: (caller, facts: CaseAccessFacts) => managesCase(caller, facts),
    refusal: "Only the tutor assigned to the case, a coordinator of the person's corner or an administrator records a labour profile",
  },
});
