import { CONTRACTS, definePolicy, followsCases, isOnCaseTeam, readsPersonalData, type CaseAccessFacts, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { operatesEmployer } from '../job-vacancy/job-vacancy.policy.js';
import type { TraineeshipEntity } from './traineeship.entity.js';

const LABOUR_MATCHING = 'LABOUR_MATCHING';

/** A traineeship with the facts of its person, read from `beneficiaries.case_access` in the same request. */
export interface TraineeshipFacts {
  traineeship: Pick<TraineeshipEntity, 'hostEmployerId' | 'promoterId'>;
  person: CaseAccessFacts;
}

/** An operator of the host employer, while the person's LABOUR_MATCHING consent is in force. */
function hostReaches(caller: Caller, { traineeship, person }: TraineeshipFacts): boolean {
  return operatesEmployer(caller, traineeship.hostEmployerId) && person.purposesInForce.includes(LABOUR_MATCHING);
}

/**
 * Who may do what with traineeships. A traineeship says where a person trains, for how long and for how much:
 * personal data, shared with the host employer and the promoting body only while the person's LABOUR_MATCHING
 * consent is in force.
 *
 * - start, end: the case team (administrators, tutors and coordinators of the person's corner).
 * - start also needs the LABOUR_MATCHING consent in force (CONSENT_REQUIRED): the host will see the trainee.
 * - recordAttendance: the host employer's operators for their own traineeships (with the consent), or the case team
 *   (a timesheet handed in on paper).
 * - read (the rule in SQL, `restrictToReadable`): the case team, the person, the host employer's operators and the
 *   promoting body's operators while the consent is in force.
 * - seeCase: who reads personal data at all (employers see the trainee's name, never the case).
 */
export const traineeshipPolicy = definePolicy('traineeship', {
  start: {
    allow: (caller, person: CaseAccessFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator starts a traineeship for them",
  },
  consented: {
    allow: (_caller, person: CaseAccessFacts) => person.purposesInForce.includes(LABOUR_MATCHING),
    refusal: 'The person has not consented to labour matching: no traineeship can be shared with a host employer',
    details: { reason: 'CONSENT_REQUIRED' },
  },
  end: {
    allow: (caller, { person }: TraineeshipFacts) => isOnCaseTeam(caller, person),
    refusal: "Only the person's Integra Corner or an administrator records how a traineeship ended",
  },
  recordAttendance: {
    allow: (caller, facts: TraineeshipFacts) => isOnCaseTeam(caller, facts.person) || hostReaches(caller, facts),
    refusal: "Only the host employer's operators (for their own trainees) or the person's Integra Corner record attendance",
  },
  seeCase: {
    allow: (caller) => readsPersonalData(caller),
    refusal: 'Host employers see the trainee and the traineeship, never the case',
  },
});

/**
 * The traineeships a caller may see, as SQL over `labour.traineeship` aliased `alias`: the case team of the
 * person's corner, the person, and the host's or the promoter's operators while the consent is in force.
 */
export function restrictToReadable(
  query: SelectQueryBuilder<TraineeshipEntity>,
  caller: Caller,
  alias = 't',
): SelectQueryBuilder<TraineeshipEntity> {
  if (caller.isNetworkAdmin) return query;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  const consented = `EXISTS (SELECT 1 FROM ${CONTRACTS.caseAccess} cc WHERE cc.beneficiary_id = ${alias}.beneficiary_id
    AND '${LABOUR_MATCHING}' = ANY (cc.purposes_in_force))`;
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
    conditions.push(`(${alias}.host_employer_id = :readerHost AND ${consented})`);
    parameters.readerHost = caller.organisationId;
  }
  if (caller.has('partner-operator') && caller.organisationId) {
    conditions.push(`(${alias}.promoter_id = :readerPromoter AND ${consented})`);
    parameters.readerPromoter = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
