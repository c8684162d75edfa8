import type { AgreementEntity } from './agreement.entity.js';
import type { OrganisationEntity } from './organisation.entity.js';

export type OrganisationMapper = OrganisationEntity;
export type AgreementMapper = AgreementEntity;
