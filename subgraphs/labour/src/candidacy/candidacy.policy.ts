import {
  CONTRACTS,
  definePolicy,
  followsCases,
  isThePerson,
  managesCase,
  readsPersonalData,
  type CaseAccessFacts,
  type Caller,
} from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { jobVacancyPolicy, type VacancyOwner } from '../job-vacancy/job-vacancy.policy.js';
import { SEEN_BY_EMPLOYER } from './candidacy-workflow.js';
import type { CandidacyEntity } from './candidacy.entity.js';

/**
 * Who may see and move candidacies. A candidacy says who was put forward for which job: personal data.
 *
 * - propose, send: whoever manages the person's case (assigned tutor, coordinator of the corner, administrator),
 *   and only with the person's LABOUR_MATCHING consent in force.
 * - the person's side (agree, decline, withdraw): the person themself, or whoever manages the case on their behalf.
 * - the employer's side (interview, offer, hire, reject): whoever manages the vacancy (its employer's operators, or
 *   tutors, coordinators and administrators on its behalf).
 * - read (the rule in SQL, `restrictToReadable`): administrators; tutors and coordinators of the person's corner;
 *   the person; the vacancy's employer only once the person agreed and while the consent is in force, and then
 *   only the CV view, never the case (`seeCase`).
 */
export const candidacyPolicy = definePolicy('candidacy', {
  propose: {
    allow: (caller, facts: CaseAccessFacts) => managesCase(caller, facts),
    refusal: "Only the tutor assigned to the case, a coordinator of the person's corner or an administrator proposes a person",
  },
  consented: {
    allow: (_caller, facts: CaseAccessFacts) => facts.purposesInForce.includes('LABOUR_MATCHING'),
    refusal: 'The person has not consented to labour matching: nobody may propose them to an employer',
    details: { reason: 'CONSENT_REQUIRED' },
  },
  personSide: {
    allow: (caller, facts: CaseAccessFacts) => isThePerson(caller, facts) || managesCase(caller, facts),
    refusal: 'Only the person, or whoever manages their case, agrees to, declines or withdraws a candidacy',
  },
  cornerSide: {
    allow: (caller, facts: CaseAccessFacts) => managesCase(caller, facts),
    refusal: "Only the tutor assigned to the case, a coordinator of the person's corner or an administrator sends a CV",
  },
  employerSide: {
    allow: (caller, vacancy: VacancyOwner) => jobVacancyPolicy.may(caller, 'manage', vacancy),
    refusal: "Only the vacancy's employer (or a tutor on its behalf) interviews, offers, hires or rejects",
  },
  seeCase: {
    allow: (caller) => readsPersonalData(caller),
    refusal: 'Employers see the agreed CV only, never the case',
  },
});

/** Adds the caller's visibility to a query over `labour.candidacy` aliased `alias`. */
export function restrictToReadable(
  query: SelectQueryBuilder<CandidacyEntity>,
  caller: Caller,
  alias = 'c',
): SelectQueryBuilder<CandidacyEntity> {
  if (caller.isNetworkAdmin) return query;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (followsCases(caller) && caller.cornerIds.length > 0) {
    conditions.push(`EXISTS (SELECT 1 FROM ${CONTRACTS.caseAccess} ca WHERE ca.beneficiary_id = ${alias}.beneficiary_id
      AND ca.integra_corner_id IN (:...readerCorners))`);
    parameters.readerCorners = caller.cornerIds;
  }
  if (caller.has('beneficiary') && caller.beneficiaryId) {
    conditions.push(`${alias}.beneficiary_id = :readerSelf`);
    parameters.readerSelf = caller.beneficiaryId;
  }
  if (caller.has('employer') && caller.organisationId) {
    conditions.push(`(${alias}.status IN (:...employerSees)
      AND EXISTS (SELECT 1 FROM labour.job_vacancy jv WHERE jv.id = ${alias}.vacancy_id AND jv.employer_id = :readerEmployer)
      AND EXISTS (SELECT 1 FROM ${CONTRACTS.caseAccess} cc WHERE cc.beneficiary_id = ${alias}.beneficiary_id
        AND 'LABOUR_MATCHING' = ANY (cc.purposes_in_force)))`);
    parameters.employerSees = SEEN_BY_EMPLOYER;
    parameters.readerEmployer = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
