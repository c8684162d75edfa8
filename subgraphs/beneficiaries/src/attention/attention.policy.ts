import { definePolicy, followsCases } from '@shubh/platform';

/** What needs attention in the caseload: for the people who follow cases (each list then keeps the people they may read). */
export const attentionPolicy = definePolicy('attention', {
  read: {
    allow: (caller) => followsCases(caller),
    refusal: 'Attention lists are for administrators, tutors and corner coordinators',
  },
});
