import { defineWorkflow } from '@shubh/platform';
import type { HousingProposalStatus } from '../generated/resolvers-types.js';

/** The stages of a proposal, from the person proposed for an offer to the end of the tenancy or place. */
export const housingProposalWorkflow = defineWorkflow<HousingProposalStatus>('housing proposal', {
  PROPOSED: ['VIEWING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  VIEWING: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['PLACED', 'WITHDRAWN'],
  DECLINED: [],
  WITHDRAWN: [],
  PLACED: ['ENDED'],
  ENDED: [],
});

/** The stages in which a proposal holds one of the offer's places. */
export const HOLDS_A_PLACE: readonly HousingProposalStatus[] = ['ACCEPTED', 'PLACED'];
