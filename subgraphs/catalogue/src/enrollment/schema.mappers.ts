import type { ServiceEnrollmentEntity } from './service-enrollment.entity.js';

export type ServiceEnrollmentMapper = ServiceEnrollmentEntity;
