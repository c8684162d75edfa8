import type { HousingProposalEntity, HousingProposalTransitionEntity, HousingRequestEntity } from './housing-request.entity.js';
import type { Candidate } from './housing-proposal.service.js';
import type { RankedOffer } from './offer-ranking.js';

/** GraphQL type -> what its resolvers receive as the parent. */
export type HousingRequestMapper = HousingRequestEntity;
export type HousingProposalMapper = HousingProposalEntity;
export type HousingProposalTransitionMapper = HousingProposalTransitionEntity;
export type RankedHousingOfferMapper = RankedOffer;
export type HousingCandidateMapper = Candidate;
/** The placement is the proposal once PLACED. */
export type HousingPlacementMapper = HousingProposalEntity;
/** Answered from the proposal, with the policy. */
export type HousingProposalViewerCanMapper = HousingProposalEntity;
