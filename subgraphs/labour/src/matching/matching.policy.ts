import { definePolicy, followsCases } from '@shubh/platform';

/**
 * Who may match. People for a vacancy: those who follow cases (tutors, coordinators, administrators), each over
 * the people of their own corners with the LABOUR_MATCHING consent in force (the rule in SQL: `CANDIDATES_SQL`).
 * Vacancies for a person: whoever may read the person's labour profile (the labour-profile policy decides).
 */
export const matchingPolicy = definePolicy('matching', {
  candidatesFor: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only tutors, coordinators and administrators look for candidates',
  },
});
