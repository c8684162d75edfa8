import type { DataSource } from 'typeorm';
import { ServiceEntity } from '../src/service/service.entity.js';
import { createService } from './service-factory.js';

/** A service in the public catalogue (the factory's default is a draft). */
export function createPublishedService(dataSource: DataSource, overrides: Partial<ServiceEntity> = {}): Promise<ServiceEntity> {
  return createService(dataSource, { publicationStatus: 'PUBLISHED', publishedAt: new Date(), ...overrides });
}

/**
 * A person of the beneficiaries subgraph who consents to share their case with these organisations: the rows
 * behind its published view `beneficiaries.sharing_consent_in_force`, which the referral workflow reads. Written
 * straight to that schema because this test has no beneficiaries subgraph to ask.
 */
export async function createConsentingPerson(dataSource: DataSource, integraCornerId: string, sharesWith: string[]): Promise<string> {
  const [person]: { id: string }[] = await dataSource.query(
    `INSERT INTO beneficiaries.beneficiary (given_name, family_name, birth_date, citizenship, protection_status,
       reception_type, reception_exit_date, province, integra_corner_id)
     VALUES ('Amina', 'Diallo', '1996-05-14', 'GN', 'REFUGEE', 'SAI', current_date - 90, 'TO', $1) RETURNING id`,
    [integraCornerId],
  );
  for (const organisationId of sharesWith) await grantSharingConsent(dataSource, person!.id, organisationId);
  return person!.id;
}

export async function grantSharingConsent(dataSource: DataSource, beneficiaryId: string, organisationId: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO beneficiaries.consent (beneficiary_id, purpose, organisation_id, granted_by)
     VALUES ($1, 'SHARE_WITH_ORGANISATION', $2, 'test')`,
    [beneficiaryId, organisationId],
  );
}

export async function withdrawSharingConsent(dataSource: DataSource, beneficiaryId: string, organisationId: string): Promise<void> {
  await dataSource.query(
    `UPDATE beneficiaries.consent SET withdrawn_at = now(), withdrawn_by = 'test'
     WHERE beneficiary_id = $1 AND organisation_id = $2 AND withdrawn_at IS NULL`,
    [beneficiaryId, organisationId],
  );
}
