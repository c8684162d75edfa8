import { defineModule } from '@shubh/platform';
import { enrollmentPolicy } from './enrollment.policy.js';
import { enrollmentResolvers } from './enrollment.resolvers.js';
import { EnrollmentService } from './enrollment.service.js';
import { ServiceEnrollmentEntity } from './service-enrollment.entity.js';

/** The services this module adds to each request's context. */
export const enrollmentServices = { enrollments: EnrollmentService };

/** Service enrolments: what a person took part in (their service history); its table came with the referral module's migration. */
export const enrollmentModule = defineModule({
  name: 'enrollment',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: enrollmentResolvers,
  entities: [ServiceEnrollmentEntity],
  services: enrollmentServices,
  policy: enrollmentPolicy,
  personalData: [
    {
      table: 'catalogue.service_enrollment',
      description: 'The services you took part in, with their days and outcome.',
      orderBy: 't.started_on, t.id',
      anonymise: { outcome: 'NULL' },
    },
  ],
});
