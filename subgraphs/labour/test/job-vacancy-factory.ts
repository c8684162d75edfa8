import type { DataSource } from 'typeorm';
import { JobVacancyEntity } from '../src/job-vacancy/job-vacancy.entity.js';

let sequence = 0;

/** Builds and saves a job vacancy; every field can be overridden, every default is valid. */
export async function createJobVacancy(dataSource: DataSource, overrides: Partial<JobVacancyEntity> = {}): Promise<JobVacancyEntity> {
  sequence += 1;
  return dataSource.getRepository(JobVacancyEntity).save({
    title: `Magazziniere ${sequence}`,
    description: 'Carico e scarico merci, turni a rotazione.',
    employerId: crypto.randomUUID(),
    province: 'TO',
    municipality: 'Orbassano',
    iscoCode: '9333',
    contractType: 'FIXED_TERM',
    openings: 2,
    italianLevelRequired: 'A2',
    status: 'OPEN',
    publishedOn: '2026-01-15',
    closesOn: '2026-02-15',
    ...overrides,
  });
}
