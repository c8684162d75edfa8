import type { Resolvers } from '../generated/resolvers-types.js';

export const consentResolvers: Resolvers = {
  Consent: {
    organisation: ({ organisationId }) => (organisationId ? { id: organisationId } : null),
    inForce: ({ withdrawnAt }) => withdrawnAt === null,
  },
  Beneficiary: {
    consents: ({ id }, _args, { consents, audit }) => {
      audit.read(id, ['consents']);
      return consents.of(id);
    },
    consentedPurposes: ({ id }, _args, { consents }) => consents.purposesInForce(id),
  },
  Mutation: {
    grantConsent: (_parent, { input }, { consents }) => consents.grant(input),
    withdrawConsent: (_parent, { id }, { consents }) => consents.withdraw(id),
  },
};
