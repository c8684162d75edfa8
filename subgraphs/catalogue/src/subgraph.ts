import type { SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import type { CatalogueContext } from './context.js';
import { IntegraCornerEntity } from './integra-corner/integra-corner.entity.js';
import { integraCornerResolvers } from './integra-corner/integra-corner.resolvers.js';
import { IntegraCornerService } from './integra-corner/integra-corner.service.js';
import { CreateCatalogue1764200000000 } from './migrations/1764200000000-create-catalogue.js';
import { CreateReferral1764600000000 } from './migrations/1764600000000-create-referral.js';
import { OrganisationEntity } from './organisation/organisation.entity.js';
import { organisationResolvers } from './organisation/organisation.resolvers.js';
import { OrganisationService } from './organisation/organisation.service.js';
import { ProgrammeEntity } from './programme/programme.entity.js';
import { programmeResolvers } from './programme/programme.resolvers.js';
import { ProgrammeService } from './programme/programme.service.js';
import { ReferralEntity } from './referral/referral.entity.js';
import { referralResolvers } from './referral/referral.resolvers.js';
import { ReferralService } from './referral/referral.service.js';
import { ServiceEntity } from './service/service.entity.js';
import { serviceResolvers } from './service/service.resolvers.js';
import { ServiceService } from './service/service.service.js';

export { IntegraCornerEntity, OrganisationEntity, ProgrammeEntity, ReferralEntity, ServiceEntity };

export const catalogueSubgraph: SubgraphDefinition<CatalogueContext> = {
  name: 'catalogue',
  defaultPort: 4002,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [organisationResolvers, integraCornerResolvers, programmeResolvers, serviceResolvers, referralResolvers],
  entities: [OrganisationEntity, IntegraCornerEntity, ProgrammeEntity, ServiceEntity, ReferralEntity],
  migrations: [CreateCatalogue1764200000000, CreateReferral1764600000000],
  createContext: (dataSource, base) => ({
    ...base,
    organisations: new OrganisationService(dataSource.getRepository(OrganisationEntity)),
    integraCorners: new IntegraCornerService(dataSource.getRepository(IntegraCornerEntity)),
    programmes: new ProgrammeService(dataSource.getRepository(ProgrammeEntity)),
    services: new ServiceService(dataSource.getRepository(ServiceEntity)),
    referrals: new ReferralService(dataSource.getRepository(ReferralEntity), base.caller, base.audit),
  }),
};
