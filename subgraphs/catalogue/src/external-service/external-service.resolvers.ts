import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import { ExternalServiceEntity } from './external-service.entity.js';
import type { externalServiceServices } from './external-service.module.js';

type Context = ContextWith<typeof externalServiceServices & typeof organisationServices>;

export const externalServiceResolvers: Resolvers<Context> = {
  Mutation: {
    recordExternalService: (_parent, { input }, { externalServices }) => externalServices.record(input),
    withdrawExternalService: (_parent, { id, reason }, { externalServices }) => externalServices.withdraw(id, reason),
  },
  Beneficiary: {
    externalServices: ({ id }, _args, { externalServices }) => externalServices.of(id),
    servicesReceived: ({ id }, _args, { externalServices }) => externalServices.servicesReceived(id),
  },
  ServiceRecord: {
    __resolveType: (record) => (record instanceof ExternalServiceEntity ? 'ExternalService' : 'ServiceEnrollment'),
  },
  ExternalService: {
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    provider: ({ providerOrganisationId }, _args, { organisations }) =>
      providerOrganisationId ? organisations.referencedBy(providerOrganisationId) : null,
    external: () => true,
    withdrawal: ({ withdrawnAt, withdrawnBy, withdrawalReason }) =>
      withdrawnAt ? { at: withdrawnAt, by: withdrawnBy!, reason: withdrawalReason! } : null,
  },
};
