import type { DataSource } from 'typeorm';
import { ProgrammeEntity } from '../src/programme/programme.entity.js';

/** A code no other test uses, so a test can filter the catalogue by its own programme. */
export const uniqueProgrammeCode = (prefix = 'TEST') => `${prefix}_${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/** Builds and saves a programme with a unique code; every field can be overridden, every default is valid. */
export async function createProgramme(dataSource: DataSource, overrides: Partial<ProgrammeEntity> = {}): Promise<ProgrammeEntity> {
  return dataSource.getRepository(ProgrammeEntity).save({
    code: uniqueProgrammeCode(),
    name: 'Progetto di integrazione lavorativa',
    fundingSource: 'FAMI 2021-2027',
    managingAuthority: 'Regione Piemonte',
    startsOn: '2025-01-01',
    endsOn: '2026-12-31',
    ...overrides,
  });
}
