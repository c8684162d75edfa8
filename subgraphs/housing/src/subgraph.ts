import type { SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import type { HousingContext } from './context.js';
import { HousingOfferEntity } from './housing-offer/housing-offer.entity.js';
import { housingOfferResolvers } from './housing-offer/housing-offer.resolvers.js';
import { HousingOfferService } from './housing-offer/housing-offer.service.js';
import { HousingSituationEntity } from './housing-situation/housing-situation.entity.js';
import { housingSituationResolvers } from './housing-situation/housing-situation.resolvers.js';
import { HousingSituationService } from './housing-situation/housing-situation.service.js';
import { CreateHousingOffer1764400000000 } from './migrations/1764400000000-create-housing-offer.js';
import { CreateHousingSituation1764400000001 } from './migrations/1764400000001-create-housing-situation.js';

export { HousingOfferEntity, HousingSituationEntity };

export const housingSubgraph: SubgraphDefinition<HousingContext> = {
  name: 'housing',
  defaultPort: 4004,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [housingOfferResolvers, housingSituationResolvers],
  entities: [HousingOfferEntity, HousingSituationEntity],
  migrations: [CreateHousingOffer1764400000000, CreateHousingSituation1764400000001],
  createContext: (dataSource, base) => ({
    ...base,
    housingOffers: new HousingOfferService(dataSource.getRepository(HousingOfferEntity)),
    housingSituations: new HousingSituationService(dataSource.getRepository(HousingSituationEntity), base.caller, base.audit),
  }),
};
