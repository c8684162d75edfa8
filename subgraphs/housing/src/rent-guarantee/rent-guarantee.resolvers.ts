import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { rentGuaranteeServices } from './rent-guarantee.module.js';

export const rentGuaranteeResolvers: Resolvers<ContextWith<typeof rentGuaranteeServices>> = {
  Mutation: {
    activateRentGuarantee: (_parent, { input }, { rentGuarantees }) => rentGuarantees.activate(input),
    claimRentGuarantee: (_parent, { id, input }, { rentGuarantees }) => rentGuarantees.claim(id, input),
    releaseRentGuarantee: (_parent, { id }, { rentGuarantees }) => rentGuarantees.release(id),
  },
  HousingProposal: {
    rentGuarantees: (proposal, _args, { rentGuarantees }) => rentGuarantees.ofPlacement(proposal),
  },
  RentGuarantee: {
    amountEuros: ({ amountCents }) => amountCents / 100,
    claimedEuros: ({ claimedCents }) => claimedCents / 100,
    remainingEuros: ({ amountCents, claimedCents }) => (amountCents - claimedCents) / 100,
    claims: (guarantee, _args, { rentGuarantees }) => rentGuarantees.claimsOf(guarantee),
  },
  RentGuaranteeClaim: {
    amountEuros: ({ amountCents }) => amountCents / 100,
  },
};
