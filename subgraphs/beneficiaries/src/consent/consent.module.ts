import { defineModule } from '@shubh/platform';
import { ConsentEntity } from './consent.entity.js';
import { consentPolicy } from './consent.policy.js';
import { consentResolvers } from './consent.resolvers.js';
import { ConsentService } from './consent.service.js';
import { AddAccessControl1764500000000 } from './migrations/1764500000000-add-access-control.js';
import { PublishSharingConsent1764650000000 } from './migrations/1764650000000-publish-sharing-consent.js';
import { SharingConsentWithCorner1764660000000 } from './migrations/1764660000000-sharing-consent-with-corner.js';
import { PublishCaseAccess1764800000000 } from './migrations/1764800000000-publish-case-access.js';
import { CaseAccessWithStatus1768300000001 } from './migrations/1768300000001-case-access-with-status.js';

/** The services this module adds to each request's context. */
export const consentServices = { consents: ConsentService };

/**
 * Consents per purpose, and the two contracts other subgraphs decide access by (`sharing_consent_in_force`,
 * `case_access`). Its first migration also created the special-category table, which the sensitive-profile module owns.
 */
export const consentModule = defineModule({
  name: 'consent',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: consentResolvers,
  entities: [ConsentEntity],
  migrations: [
    AddAccessControl1764500000000,
    PublishSharingConsent1764650000000,
    SharingConsentWithCorner1764660000000,
    PublishCaseAccess1764800000000,
    CaseAccessWithStatus1768300000001,
  ],
  services: consentServices,
  policy: consentPolicy,
  personalData: [
    {
      table: 'beneficiaries.consent',
      description: 'The consents you gave and withdrew, per purpose and organisation, with their days.',
      orderBy: 't.granted_at, t.id',
    },
  ],
});
