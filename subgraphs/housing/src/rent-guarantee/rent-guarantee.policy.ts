import { definePolicy, isOnCaseTeam } from '@shubh/platform';
import { housingRequestPolicy, type ProposalFacts } from '../housing-request/housing-request.policy.js';

/**
 * Who may activate, claim and release rent guarantees. They are read with the placement they belong to (whoever
 * may see the proposal).
 *
 * - activate, release: the person's case team (administrators, the person's corner).
 * - claim: the case team, or the placement's provider (as for the placement itself).
 */
export const rentGuaranteePolicy = definePolicy('rent-guarantee', {
  activate: {
    allow: (caller, { person }: ProposalFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may activate a rent guarantee",
  },
  claim: {
    allow: (caller, facts: ProposalFacts) => housingRequestPolicy.may(caller, 'place', facts),
    refusal: "Only the person's Integra Corner or the placement's provider may claim against a rent guarantee",
  },
  release: {
    allow: (caller, { person }: ProposalFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may release a rent guarantee",
  },
});
