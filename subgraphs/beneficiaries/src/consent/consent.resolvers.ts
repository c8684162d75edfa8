import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import { consentPolicy } from './consent.policy.js';
import type { consentServices } from './consent.module.js';

export const consentResolvers: Resolvers<ContextWith<typeof consentServices>> = {
  Consent: {
    organisation: ({ organisationId }) => (organisationId ? { id: organisationId } : null),
    inForce: ({ withdrawnAt }) => withdrawnAt === null,
  },
  Beneficiary: {
    consents: (beneficiary, _args, { consents }) => consents.of(beneficiary),
  },
  BeneficiaryViewerCan: {
    manageConsents: (beneficiary, _args, { caller }) => consentPolicy.may(caller, 'manage', beneficiary),
  },
  Mutation: {
    grantConsent: (_parent, { input }, { consents }) => consents.grant(input),
    withdrawConsent: (_parent, { id }, { consents }) => consents.withdraw(id),
  },
};
