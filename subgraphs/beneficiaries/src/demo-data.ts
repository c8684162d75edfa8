import type { DataSource } from 'typeorm';
import type { DemoPlan } from '../../../demo/demo-plan.js';
import { BeneficiaryEntity } from './beneficiary/beneficiary.entity.js';

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(BeneficiaryEntity)
    .values(plan.beneficiaries.map((beneficiary) => ({ ...beneficiary, codiceFiscale: null })))
    .orIgnore()
    .execute();
}
