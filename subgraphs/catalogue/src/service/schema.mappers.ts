import type { ServiceEntity } from './service.entity.js';

export type ServiceMapper = ServiceEntity;
/** The actions the caller may take on a service, answered from its row by the service policy. */
export type ServiceViewerCanMapper = ServiceEntity;
