import { definePolicy, followsCases, isOnCaseTeam, operatesFor, type CaseAccessFacts, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { CONTRACTS } from '@shubh/platform';
import type { HousingProposalEntity } from './housing-request.entity.js';

/** A proposal with the facts of its person, read from `beneficiaries.case_access` in the same request. */
export interface ProposalFacts {
  proposal: Pick<HousingProposalEntity, 'providerId'>;
  person: CaseAccessFacts;
}

const HOUSING_SUPPORT = 'HOUSING_SUPPORT';

/** The offer's organisation reaches the person: the person's consent to housing support is in force. */
function providerReaches(caller: Caller, { proposal, person }: ProposalFacts): boolean {
  return operatesFor(caller, proposal.providerId) && person.purposesInForce.includes(HOUSING_SUPPORT);
}

/**
 * Who may do what in housing intermediation. Requests and rankings are the case team's; the provider of an offer
 * answers the proposals for it and sees the person proposed (the agreed minimum) only while the person's
 * HOUSING_SUPPORT consent is in force; employers, monitoring and other partners see nothing.
 *
 * - open, read, rank a request; propose; withdraw: the case team (administrators, the person's corner).
 * - propose also needs the person's HOUSING_SUPPORT consent in force (CONSENT_REQUIRED).
 * - answer (viewing, accept, decline): the offer's organisation (with the consent) and administrators.
 * - place, end: the offer's organisation (with the consent) or the case team.
 * - seeCandidate: the case team, or the offer's organisation with the consent.
 */
export const housingRequestPolicy = definePolicy('housing-request', {
  open: {
    allow: (caller, person: CaseAccessFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may open a housing request for them",
  },
  read: {
    allow: (caller, person: CaseAccessFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may see their housing request",
  },
  propose: {
    allow: (caller, person: CaseAccessFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may propose them for a home",
  },
  proposeWithConsent: {
    allow: (_caller, person: CaseAccessFacts) => person.purposesInForce.includes(HOUSING_SUPPORT),
    refusal: 'The person has not consented to housing support: they cannot be proposed to a housing provider',
    details: { reason: 'CONSENT_REQUIRED', field: 'input.requestId' },
  },
  listProposals: {
    allow: (caller) => followsCases(caller) || caller.has('partner-operator'),
    refusal: 'Your role does not give access to housing proposals',
  },
  answer: {
    allow: (caller, facts: ProposalFacts) => caller.isNetworkAdmin || providerReaches(caller, facts),
    refusal: "Only the offer's organisation may answer a proposal, while the person's consent to housing support is in force",
  },
  withdraw: {
    allow: (caller, { person }: ProposalFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator may withdraw a proposal",
  },
  place: {
    allow: (caller, facts: ProposalFacts) => isOnCaseTeam(caller, facts.person) || providerReaches(caller, facts),
    refusal: "Only the offer's organisation or the person's Integra Corner may start or end a placement",
  },
  seeCandidate: {
    allow: (caller, facts: ProposalFacts) => isOnCaseTeam(caller, facts.person) || providerReaches(caller, facts),
    refusal: "Only the person's Integra Corner and the offer's organisation (with the person's consent) see who is proposed",
  },
});

/**
 * The proposals a caller may see, as SQL over `housing.housing_proposal` aliased `alias`, from `case_access`:
 * the same rule as `seeCandidate` (the case team of the person's corner, the offer's organisation while the
 * HOUSING_SUPPORT consent is in force), so lists and single reads obey it alike.
 */
export function restrictProposals(
  query: SelectQueryBuilder<HousingProposalEntity>,
  caller: Caller,
  alias = 'p',
): SelectQueryBuilder<HousingProposalEntity> {
  if (caller.isNetworkAdmin) return query;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (caller.hasAny('tutor', 'corner-coordinator') && caller.cornerIds.length > 0) {
    conditions.push(
      `EXISTS (SELECT 1 FROM ${CONTRACTS.caseAccess} ca WHERE ca.beneficiary_id = ${alias}.beneficiary_id AND ca.integra_corner_id IN (:...readerCorners))`,
    );
    parameters.readerCorners = caller.cornerIds;
  }
  if (caller.has('partner-operator') && caller.organisationId) {
    conditions.push(
      `(${alias}.provider_id = :readerOrganisation AND EXISTS (SELECT 1 FROM ${CONTRACTS.caseAccess} ca
        WHERE ca.beneficiary_id = ${alias}.beneficiary_id AND '${HOUSING_SUPPORT}' = ANY(ca.purposes_in_force)))`,
    );
    parameters.readerOrganisation = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
