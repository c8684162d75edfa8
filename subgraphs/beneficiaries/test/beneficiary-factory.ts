import type { DataSource } from 'typeorm';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';

let sequence = 0;

/** Builds and saves a beneficiary; every field can be overridden, every default is valid. */
export async function createBeneficiary(dataSource: DataSource, overrides: Partial<BeneficiaryEntity> = {}): Promise<BeneficiaryEntity> {
  sequence += 1;
  return dataSource.getRepository(BeneficiaryEntity).save({
    givenName: `Amina${sequence}`,
    familyName: 'Diallo',
    birthDate: '1996-05-14',
    citizenship: 'GN',
    codiceFiscale: null,
    protectionStatus: 'REFUGEE',
    receptionType: 'SAI',
    receptionExitDate: '2025-10-01',
    province: 'TO',
    integraCornerId: crypto.randomUUID(),
    caseStatus: 'ENROLLED',
    enrolledOn: '2025-11-03',
    ...overrides,
  });
}

/**
 * The facts a case status needs (see `case-entry-conditions.ts`), saved directly: the assessment's minimum (an
 * Italian level and a skill), and with `plan`, a one-action plan agreed by both, its action started or not.
 */
export async function createCaseFacts(
  dataSource: DataSource,
  beneficiaryId: string,
  { plan = 'none' }: { plan?: 'none' | 'agreed' | 'started' } = {},
): Promise<void> {
  await dataSource.query(
    `INSERT INTO beneficiaries.language_assessment (beneficiary_id, language, level, assessed_on, recorded_by) VALUES ($1, 'it', 'A2', current_date, 'factory')`,
    [beneficiaryId],
  );
  await dataSource.query(
    `INSERT INTO beneficiaries.skill (beneficiary_id, label, level, certified, recorded_by) VALUES ($1, 'Cooking', 'BASIC', false, 'factory')`,
    [beneficiaryId],
  );
  if (plan === 'none') return;
  const [planRow] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO beneficiaries.action_plan (beneficiary_id, created_on, created_by) VALUES ($1, current_date, 'factory') RETURNING id`,
    [beneficiaryId],
  );
  const planId = planRow!.id;
  const [versionRow] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO beneficiaries.action_plan_version (plan_id, beneficiary_id, version, cadence_days, created_by,
       agreed_by_beneficiary_at, agreed_by_beneficiary_by, agreed_by_tutor_at, agreed_by_tutor_by)
     VALUES ($1, $2, 1, 30, 'factory', now(), 'factory', now(), 'factory') RETURNING id`,
    [planId, beneficiaryId],
  );
  const versionId = versionRow!.id;
  const goalId = crypto.randomUUID();
  await dataSource.query(
    `INSERT INTO beneficiaries.plan_goal (version_id, id, plan_id, position, area, description, target_date)
     VALUES ($1, $2, $3, 0, 'WORK', 'Work', current_date + 180)`,
    [versionId, goalId, planId],
  );
  await dataSource.query(
    `INSERT INTO beneficiaries.plan_action (version_id, id, goal_id, plan_id, beneficiary_id, version, position, description, planned_start, status)
     VALUES ($1, $2, $3, $4, $5, 1, 0, 'Job search workshop', current_date, $6)`,
    [versionId, crypto.randomUUID(), goalId, planId, beneficiaryId, plan === 'started' ? 'IN_PROGRESS' : 'PLANNED'],
  );
}
