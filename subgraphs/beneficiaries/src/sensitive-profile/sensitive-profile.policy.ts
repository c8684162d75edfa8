import { definePolicy, managesCase, type CaseFacts } from '@shubh/platform';

/**
 * Special-category data (GDPR art. 9: vulnerabilities, health, legal-status documents): the assigned tutor, the
 * corner's coordinator and administrators only; never partners, nor another tutor of the corner. Each read names
 * its reason, which the audit trail keeps.
 */
export const sensitiveProfilePolicy = definePolicy('sensitive-profile', {
  read: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, the corner's coordinator and administrators may see special-category data",
  },
  record: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, the corner's coordinator and administrators may see special-category data",
  },
});
