import type { ContextWith } from '@shubh/platform';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from './organisation.module.js';

export const organisationResolvers: Resolvers<ContextWith<typeof organisationServices & typeof integraCornerServices>> = {
  Query: {
    organisation: (_parent, { id }, { organisations }) => organisations.get(id),
    organisations: (_parent, args, { organisations }) => organisations.list(args),
    agreement: (_parent, { id }, { agreements }) => agreements.get(id),
  },
  Mutation: {
    createOrganisation: (_parent, { input }, { organisations }) => organisations.create(input),
    updateOrganisation: (_parent, { id, input, expectedVersion }, { organisations }) => organisations.update(id, input, expectedVersion),
    deactivateOrganisation: (_parent, { id, expectedVersion }, { organisations }) => organisations.deactivate(id, expectedVersion),
    createAgreement: (_parent, { input }, { agreements }) => agreements.create(input),
    updateAgreement: (_parent, { id, input, expectedVersion }, { agreements }) => agreements.update(id, input, expectedVersion),
  },
  Organisation: {
    __resolveReference: ({ id }, { organisations }) => organisations.findById(id),
    integraCorners: ({ id }, _args, { integraCorners }) => integraCorners.hostedBy(id),
    networkAgreement: ({ agreementSignedOn, agreementScope, agreementValidUntil }) =>
      agreementSignedOn !== null && agreementScope !== null
        ? { signedOn: agreementSignedOn, scope: agreementScope, validUntil: agreementValidUntil }
        : null,
    agreements: ({ id }, _args, { agreements }) => agreements.ofOrganisation(id),
    contactPoints: ({ contactPoints }) => contactPoints,
    active: ({ deactivatedAt }) => deactivatedAt === null,
  },
  Agreement: {
    organisation: ({ organisationId }, _args, { organisations }) => organisations.referencedBy(organisationId),
    parties: async ({ organisationId, otherPartyIds }, _args, { organisations }) => {
      const [counterpart, ...others] = await Promise.all([organisationId, ...otherPartyIds].map((id) => organisations.referencedBy(id)));
      return [counterpart!, ...others.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))];
    },
    status: (agreement, _args, { agreements }) => agreements.statusOf(agreement),
  },
};
