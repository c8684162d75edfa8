import type { OrganisationEntity } from './organisation.entity.js';

export type OrganisationMapper = OrganisationEntity;
