import type { CapacityBuildingAttendanceEntity } from './capacity-building-attendance.entity.js';
import type { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';

export type CapacityBuildingEventMapper = CapacityBuildingEventEntity;
export type CapacityBuildingAttendeeMapper = CapacityBuildingAttendanceEntity;
