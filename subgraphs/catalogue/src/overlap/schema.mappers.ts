import type { PlanActionRepresentation } from './overlap.service.js';

export type PlanActionMapper = PlanActionRepresentation;
