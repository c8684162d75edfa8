import { CaseAccessLoader, defineModule } from '@shubh/platform';
import { HousingSituationChangeEntity, HousingSituationEntity, HousingSituationInForceEntity } from './housing-situation.entity.js';
import { housingSituationPolicy } from './housing-situation.policy.js';
import { housingSituationResolvers } from './housing-situation.resolvers.js';
import { HousingSituationService } from './housing-situation.service.js';
import { CreateHousingSituation1764400000001 } from './migrations/1764400000001-create-housing-situation.js';
import { PublishHousingSpells1764990000001 } from './migrations/1764990000001-publish-housing-spells.js';
import { HousingSituationNeedAndHistory1765200000001 } from './migrations/1765200000001-housing-situation-need-and-history.js';

/**
 * The services this module adds to each request's context; `caseAccess` reads the beneficiaries subgraph's
 * published `case_access` contract for every access decision of the housing subgraph.
 */
export const housingSituationServices = { housingSituations: HousingSituationService, caseAccess: CaseAccessLoader };

/** Where a beneficiary lives and what home they need; personal data read under the platform's shared-record rule. */
export const housingSituationModule = defineModule({
  name: 'housing-situation',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: housingSituationResolvers,
  entities: [HousingSituationEntity, HousingSituationInForceEntity, HousingSituationChangeEntity],
  migrations: [CreateHousingSituation1764400000001, PublishHousingSpells1764990000001, HousingSituationNeedAndHistory1765200000001],
  services: housingSituationServices,
  policy: housingSituationPolicy,
  personalData: [
    {
      table: 'housing.housing_situation',
      description: 'Your housing situation now: status, municipality, risk, income for rent, what you look for.',
    },
    {
      table: 'housing.housing_situation_history',
      description: 'Your housing situations before.',
      orderBy: 't.recorded_at, t.id',
    },
  ],
});
