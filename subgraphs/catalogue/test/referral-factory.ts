import type { DataSource } from 'typeorm';
import { ReferralEntity } from '../src/referral/referral.entity.js';
import { ServiceEntity } from '../src/service/service.entity.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createService } from './service-factory.js';

/**
 * Builds and saves a referral of a (new, unless given) beneficiary, with a new service and sending corner unless
 * they are given; it is addressed to the service's provider unless `toOrganisationId` says otherwise.
 */
export async function createReferral(dataSource: DataSource, overrides: Partial<ReferralEntity> = {}): Promise<ReferralEntity> {
  const service = overrides.serviceId
    ? await dataSource.getRepository(ServiceEntity).findOneByOrFail({ id: overrides.serviceId })
    : await createService(dataSource);
  const fromCornerId = overrides.fromCornerId ?? (await createIntegraCorner(dataSource)).id;
  const saved = await dataSource.getRepository(ReferralEntity).save({
    beneficiaryId: crypto.randomUUID(),
    status: 'SENT',
    sentBy: crypto.randomUUID(),
    responseDueOn: '2026-02-10',
    ...overrides,
    serviceId: service.id,
    fromCornerId,
    toOrganisationId: overrides.toOrganisationId ?? service.providerId,
  });
  // Read back: sent_at and created_at are the database's own.
  return dataSource.getRepository(ReferralEntity).findOneByOrFail({ id: saved.id });
}
