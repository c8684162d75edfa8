import { defineModule } from '@shubh/platform';
import { HousingProposalService } from './housing-proposal.service.js';
import { HousingProposalEntity, HousingProposalTransitionEntity, HousingRequestEntity } from './housing-request.entity.js';
import { housingRequestPolicy } from './housing-request.policy.js';
import { housingRequestResolvers } from './housing-request.resolvers.js';
import { HousingRequestService } from './housing-request.service.js';
import { CreateHousingRequest1765200000003 } from './migrations/1765200000003-create-housing-request.js';

/** The services this module adds to each request's context. */
export const housingRequestServices = { housingRequests: HousingRequestService, housingProposals: HousingProposalService };

/**
 * Intermediation from need to tenancy: a tutor's housing request, offers ranked for it with their reasons, the
 * person proposed for an offer (PROPOSED -> VIEWING -> ACCEPTED/DECLINED -> PLACED -> ENDED) and the placement.
 */
export const housingRequestModule = defineModule({
  name: 'housing-request',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: housingRequestResolvers,
  entities: [HousingRequestEntity, HousingProposalEntity, HousingProposalTransitionEntity],
  migrations: [CreateHousingRequest1765200000003],
  services: housingRequestServices,
  policy: housingRequestPolicy,
  personalData: [
    {
      table: 'housing.housing_request',
      description: 'Your requests for housing support.',
      orderBy: 't.opened_at, t.id',
      anonymise: { note: 'NULL' },
    },
    {
      table: 'housing.housing_proposal',
      description: 'The homes proposed to you and what became of each proposal.',
      orderBy: 't.proposed_at, t.id',
      anonymise: { outcome: 'NULL' },
    },
    {
      table: 'housing.housing_proposal_transition',
      description: 'Each stage of the homes proposed to you.',
      rowsOf: 't.proposal_id IN (SELECT id FROM housing.housing_proposal WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.at, t.id',
      anonymise: { note: 'NULL' },
    },
  ],
});
