import type { ContextWith } from '@shubh/platform';
import type { HousingProposalStatus, Resolvers } from '../generated/resolvers-types.js';
import type { housingOfferServices } from '../housing-offer/housing-offer.module.js';
import { housingProposalWorkflow } from './housing-proposal-workflow.js';
import type { HousingProposalEntity } from './housing-request.entity.js';
import type { housingRequestServices } from './housing-request.module.js';
import { housingRequestPolicy } from './housing-request.policy.js';

type Context = ContextWith<typeof housingRequestServices & typeof housingOfferServices>;

/** Whether the caller may move the proposal to `to` now: the workflow allows it and the policy's `action` does. */
async function can(proposal: HousingProposalEntity, to: HousingProposalStatus, action: 'answer' | 'withdraw' | 'place', context: Context) {
  if (!housingProposalWorkflow.may(proposal.status, to)) return false;
  return housingRequestPolicy.may(context.caller, action, await context.housingProposals.factsOf(proposal));
}

export const housingRequestResolvers: Resolvers<Context> = {
  Query: {
    housingRequest: (_parent, { id }, { housingRequests }) => housingRequests.get(id),
    offersFor: (_parent, { requestId, first }, { housingRequests }) => housingRequests.offersFor(requestId, first),
    housingProposals: (_parent, args, { housingProposals }) => housingProposals.list(args),
  },
  Mutation: {
    openHousingRequest: (_parent, { input }, { housingRequests }) => housingRequests.open(input),
    closeHousingRequest: (_parent, { id }, { housingRequests }) => housingRequests.close(id),
    proposeForHousingOffer: (_parent, { input }, { housingProposals }) => housingProposals.propose(input),
    recordHousingViewing: (_parent, { id, viewingOn }, { housingProposals }) => housingProposals.recordViewing(id, viewingOn),
    acceptHousingProposal: (_parent, { id }, { housingProposals }) => housingProposals.accept(id),
    declineHousingProposal: (_parent, { id, reason }, { housingProposals }) => housingProposals.decline(id, reason),
    withdrawHousingProposal: (_parent, { id, reason }, { housingProposals }) => housingProposals.withdraw(id, reason),
    startHousingPlacement: (_parent, { id, input }, { housingProposals }) => housingProposals.startPlacement(id, input),
    endHousingPlacement: (_parent, { id, input }, { housingProposals }) => housingProposals.endPlacement(id, input),
  },
  HousingRequest: {
    // The beneficiaries subgraph resolves the person, and decides whether the caller may see them.
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    proposals: (request, _args, { housingRequests }) => housingRequests.proposalsOf(request),
  },
  HousingProposal: {
    offer: ({ offerId }, _args, { housingOffers }) => housingOffers.referencedBy(offerId),
    candidate: (proposal, _args, { housingProposals }) => housingProposals.candidateOf(proposal),
    placement: (proposal) => (proposal.startsOn === null ? null : proposal),
    history: (proposal, _args, { housingProposals }) => housingProposals.historyOf(proposal),
    viewerCan: (proposal) => proposal,
  },
  HousingPlacement: {
    contractType: ({ contractType }) => contractType!,
    startsOn: ({ startsOn }) => startsOn!,
    monthlyRentEuros: ({ rentCents }) => rentCents! / 100,
  },
  HousingProposalViewerCan: {
    recordViewing: (proposal, _args, context) => can(proposal, 'VIEWING', 'answer', context),
    accept: (proposal, _args, context) => can(proposal, 'ACCEPTED', 'answer', context),
    decline: (proposal, _args, context) => can(proposal, 'DECLINED', 'answer', context),
    withdraw: (proposal, _args, context) => can(proposal, 'WITHDRAWN', 'withdraw', context),
    startPlacement: (proposal, _args, context) => can(proposal, 'PLACED', 'place', context),
    endPlacement: (proposal, _args, context) => can(proposal, 'ENDED', 'place', context),
  },
  HousingProposalTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
    by: ({ byUser }) => byUser,
  },
};
