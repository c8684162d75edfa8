import type { ContextWith } from '@shubh/platform';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from './organisation.module.js';

export const organisationResolvers: Resolvers<ContextWith<typeof organisationServices & typeof integraCornerServices>> = {
  Query: {
    organisation: (_parent, { id }, { organisations }) => organisations.get(id),
    organisations: (_parent, args, { organisations }) => organisations.list(args),
  },
  Organisation: {
    __resolveReference: ({ id }, { organisations }) => organisations.findById(id),
    integraCorners: ({ id }, _args, { integraCorners }) => integraCorners.hostedBy(id),
    networkAgreement: ({ agreementSignedOn, agreementScope, agreementValidUntil }) =>
      agreementSignedOn !== null && agreementScope !== null
        ? { signedOn: agreementSignedOn, scope: agreementScope, validUntil: agreementValidUntil }
        : null,
    contactPoints: ({ contactPoints }) => contactPoints,
  },
};
