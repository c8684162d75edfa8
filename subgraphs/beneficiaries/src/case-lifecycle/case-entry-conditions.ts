import { caseFactMissing } from '@shubh/platform';
import type { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { statusFollowingReferralSql } from '../action-plan/referral-follow.js';
import type { CaseStatus } from '../generated/resolvers-types.js';

/**
 * The facts a case status needs before a case may enter it (the outcome CLOSED needs is an argument, checked with
 * the path). Each missing fact has a stable name, `extensions.missingFact` of the CASE_FACT_MISSING refusal:
 * - ASSESSED: the assessment's minimum, `ITALIAN_LEVEL` (an Italian level assessed, `recordLanguageLevel` with
 *   language `it`) and `SKILLS_OR_EDUCATION` (at least one skill, education or the years of work experience);
 * - PLAN_AGREED: `AGREED_PLAN`, the plan's version in force agreed by the person and by the tutor;
 * - IN_PROGRESS: `STARTED_ACTION`, an action of the version in force IN_PROGRESS or DONE (set by the team, or by the
 *   referral the action follows: `action-plan/referral-follow.ts`).
 */
export type MissingFact = 'ITALIAN_LEVEL' | 'SKILLS_OR_EDUCATION' | 'AGREED_PLAN' | 'STARTED_ACTION';

const FACT_MESSAGES: Record<MissingFact, string> = {
  ITALIAN_LEVEL: 'no Italian level is assessed yet (recordLanguageLevel with language "it")',
  SKILLS_OR_EDUCATION: 'no skill, education or work experience is recorded yet',
  AGREED_PLAN: 'the plan in force is not agreed by both the person and the tutor (agreeActionPlan)',
  STARTED_ACTION: 'no action of the plan in force has started (updateActionStatus to IN_PROGRESS, or a referral of it accepted)',
};

interface FactsRow {
  italian_level: boolean;
  skills_or_education: boolean;
  agreed_plan: boolean;
  started_action: boolean;
}

const NEEDS: Partial<Record<CaseStatus, MissingFact[]>> = {
  ASSESSED: ['ITALIAN_LEVEL', 'SKILLS_OR_EDUCATION'],
  PLAN_AGREED: ['AGREED_PLAN'],
  IN_PROGRESS: ['AGREED_PLAN', 'STARTED_ACTION'],
};

/** The CASE_FACT_MISSING refusal for entering `to`, naming the first missing fact; null when every fact is there. */
export async function entryConditionRefusal(
  manager: EntityManager,
  beneficiaryId: string,
  to: CaseStatus,
  field: string,
): Promise<GraphQLError | null> {
  const needs = NEEDS[to];
  if (!needs) return null;
  const [facts] = await manager.query<FactsRow[]>(
    `SELECT
       EXISTS (SELECT 1 FROM beneficiaries.language_assessment l WHERE l.beneficiary_id = $1 AND l.language = 'it') AS italian_level,
       (EXISTS (SELECT 1 FROM beneficiaries.skill s WHERE s.beneficiary_id = $1)
        OR EXISTS (SELECT 1 FROM beneficiaries.education e WHERE e.beneficiary_id = $1)
        OR EXISTS (SELECT 1 FROM beneficiaries.work_experience w WHERE w.beneficiary_id = $1)) AS skills_or_education,
       EXISTS (SELECT 1 FROM beneficiaries.action_plan p
                 JOIN beneficiaries.action_plan_version v ON v.plan_id = p.id AND v.version = p.current_version
                WHERE p.beneficiary_id = $1 AND v.agreed_by_beneficiary_at IS NOT NULL AND v.agreed_by_tutor_at IS NOT NULL) AS agreed_plan,
       EXISTS (SELECT 1 FROM beneficiaries.action_plan p
                 JOIN beneficiaries.plan_action a ON a.plan_id = p.id AND a.version = p.current_version
                WHERE p.beneficiary_id = $1 AND ${statusFollowingReferralSql('a')} IN ('IN_PROGRESS', 'DONE')) AS started_action`,
    [beneficiaryId],
  );
  const present: Record<MissingFact, boolean> = {
    ITALIAN_LEVEL: facts!.italian_level,
    SKILLS_OR_EDUCATION: facts!.skills_or_education,
    AGREED_PLAN: facts!.agreed_plan,
    STARTED_ACTION: facts!.started_action,
  };
  const missing = needs.find((fact) => !present[fact]);
  return missing ? caseFactMissing(`The case cannot be ${to} yet: ${FACT_MESSAGES[missing]}`, missing, field) : null;
}
