import type { DataSource } from 'typeorm';
import { seedDemoData as seedBeneficiaries } from '../subgraphs/beneficiaries/demo/seed.js';
import { seedDemoData as seedCatalogue } from '../subgraphs/catalogue/demo/seed.js';
import { seedDemoData as seedHousing } from '../subgraphs/housing/demo/seed.js';
import { seedDemoData as seedLabour } from '../subgraphs/labour/demo/seed.js';
import { buildDemoPlan, type DemoPlan } from './demo-plan.js';

type Seed = (dataSource: DataSource, plan: DemoPlan) => Promise<void>;

/** Each subgraph writes its own share of the plan, into its own schema. */
const seeds: Record<string, Seed> = {
  beneficiaries: seedBeneficiaries,
  catalogue: seedCatalogue,
  labour: seedLabour,
  housing: seedHousing,
};

/**
 * Loads the demo data set once: when the beneficiaries table is empty (a first start). A database that
 * already holds people, demo or real, is never touched.
 */
export async function seedDemoDataOnFirstStart(dataSources: Record<string, DataSource>): Promise<boolean> {
  const beneficiaries = dataSources.beneficiaries;
  if (!beneficiaries) return false;
  const [{ exists }] = await beneficiaries.query<[{ exists: boolean }]>(
    'SELECT EXISTS (SELECT 1 FROM beneficiaries.beneficiary) AS "exists"',
  );
  if (exists) return false;
  const plan = buildDemoPlan();
  for (const [name, seed] of Object.entries(seeds)) {
    const dataSource = dataSources[name];
    if (dataSource) await seed(dataSource, plan);
  }
  return true;
}
