import { defineSubgraph } from '@shubh/platform';
import { housingOfferModule } from './housing-offer/housing-offer.module.js';
import { housingRequestModule } from './housing-request/housing-request.module.js';
import { housingSituationModule } from './housing-situation/housing-situation.module.js';
import { rentGuaranteeModule } from './rent-guarantee/rent-guarantee.module.js';
import { personalDataRightsModule } from './personal-data/personal-data.module.js';

/**
 * The housing subgraph: where beneficiaries live and what home they need, offers of the network's housing agencies,
 * intermediation from a request to a tenancy, and rent guarantees bounded by the programme.
 */
export const housingSubgraph = defineSubgraph({
  name: 'housing',
  defaultPort: 4004,
  schema: new URL('./schema.graphql', import.meta.url),
  modules: [housingOfferModule, housingSituationModule, housingRequestModule, rentGuaranteeModule, personalDataRightsModule],
});
