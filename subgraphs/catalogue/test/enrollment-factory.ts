import type { DataSource } from 'typeorm';
import { ServiceEnrollmentEntity } from '../src/enrollment/service-enrollment.entity.js';

/** Builds and saves a completed enrolment of a person in a service; every field can be overridden. */
export async function createEnrollment(
  dataSource: DataSource,
  fields: Pick<ServiceEnrollmentEntity, 'beneficiaryId' | 'serviceId'> & Partial<ServiceEnrollmentEntity>,
): Promise<ServiceEnrollmentEntity> {
  const saved = await dataSource.getRepository(ServiceEnrollmentEntity).save({
    status: 'COMPLETED',
    startedOn: '2026-01-12',
    endedOn: '2026-03-01',
    outcome: 'Certificazione A2 conseguita',
    recordedBy: crypto.randomUUID(),
    referralId: null,
    ...fields,
  });
  return dataSource.getRepository(ServiceEnrollmentEntity).findOneByOrFail({ id: saved.id });
}
