import type { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';

export type CapacityBuildingEventMapper = CapacityBuildingEventEntity;
