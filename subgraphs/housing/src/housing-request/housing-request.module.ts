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
});
