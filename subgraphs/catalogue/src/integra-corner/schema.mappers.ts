import type { IntegraCornerEntity } from './integra-corner.entity.js';

export type IntegraCornerMapper = IntegraCornerEntity;
