import type { SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import type { CatalogueContext } from './context.js';
import { enrollmentResolvers } from './enrollment/enrollment.resolvers.js';
import { EnrollmentService } from './enrollment/enrollment.service.js';
import { ServiceEnrollmentEntity } from './enrollment/service-enrollment.entity.js';
import { ReferralWorkflowAndEnrolments1764950000000 } from './migrations/1764950000000-referral-workflow-and-enrolments.js';
import { overlapResolvers } from './overlap/overlap.resolvers.js';
import { OverlapService } from './overlap/overlap.service.js';
import { ReferralTransitionEntity } from './referral/referral-transition.entity.js';
import { ReferralWorkflow } from './referral/referral-workflow.js';
import { CapacityBuildingEventEntity } from './capacity-building/capacity-building-event.entity.js';
import { capacityBuildingResolvers } from './capacity-building/capacity-building.resolvers.js';
import { CapacityBuildingService } from './capacity-building/capacity-building.service.js';
import { eligibilityResolvers } from './eligibility/eligibility.resolvers.js';
import { EligibilityService } from './eligibility/eligibility.service.js';
import { hsdsExportResolvers } from './hsds-export/hsds-export.resolvers.js';
import { NetworkAndServicePublication1764900000000 } from './migrations/1764900000000-network-and-service-publication.js';
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

export { CapacityBuildingEventEntity, IntegraCornerEntity, OrganisationEntity, ProgrammeEntity, ReferralEntity, ServiceEntity };

export const catalogueSubgraph: SubgraphDefinition<CatalogueContext> = {
  name: 'catalogue',
  defaultPort: 4002,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [
    organisationResolvers,
    integraCornerResolvers,
    programmeResolvers,
    serviceResolvers,
    referralResolvers,
    capacityBuildingResolvers,
    eligibilityResolvers,
    hsdsExportResolvers,
    enrollmentResolvers,
    overlapResolvers,
  ],
  entities: [
    OrganisationEntity,
    IntegraCornerEntity,
    ProgrammeEntity,
    ServiceEntity,
    ReferralEntity,
    CapacityBuildingEventEntity,
    ReferralTransitionEntity,
    ServiceEnrollmentEntity,
  ],
  migrations: [
    CreateCatalogue1764200000000,
    CreateReferral1764600000000,
    NetworkAndServicePublication1764900000000,
    ReferralWorkflowAndEnrolments1764950000000,
  ],
  createContext: (dataSource, base) => {
    const services = new ServiceService(dataSource, base.caller, base.audit);
    const organisations = new OrganisationService(dataSource.getRepository(OrganisationEntity));
    const integraCorners = new IntegraCornerService(dataSource.getRepository(IntegraCornerEntity));
    const programmes = new ProgrammeService(dataSource.getRepository(ProgrammeEntity));
    const referrals = new ReferralService(
      dataSource.getRepository(ReferralEntity),
      dataSource.getRepository(ReferralTransitionEntity),
      base.caller,
      base.audit,
    );
    const enrollments = new EnrollmentService(dataSource, services, base.caller, base.audit);
    return {
      ...base,
      organisations,
      integraCorners,
      programmes,
      services,
      referrals,
      capacityBuilding: new CapacityBuildingService(dataSource, base.caller, base.audit),
      eligibility: new EligibilityService(services, base.caller, base.audit),
      referralWorkflow: new ReferralWorkflow(dataSource, base.caller, base.audit, referrals, services, integraCorners, enrollments),
      enrollments,
      overlaps: new OverlapService(dataSource, base.caller, base.audit, enrollments, services, programmes, organisations),
    };
  },
};
