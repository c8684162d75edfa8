import { defineSubgraph } from '@shubh/platform';
import { housingOfferModule } from './housing-offer/housing-offer.module.js';
import { housingSituationModule } from './housing-situation/housing-situation.module.js';

/** The housing subgraph: offers of the network's housing agencies and where beneficiaries live. */
export const housingSubgraph = defineSubgraph({
  name: 'housing',
  defaultPort: 4004,
  schema: new URL('./schema.graphql', import.meta.url),
  modules: [housingOfferModule, housingSituationModule],
});
