import type { ExternalServiceEntity } from './external-service.entity.js';

export type ExternalServiceMapper = ExternalServiceEntity;
