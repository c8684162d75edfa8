import { defineModule } from '@shubh/platform';
import { CapacityBuildingAttendanceEntity } from './capacity-building-attendance.entity.js';
import { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';
import { CapacityBuildingAttendance1765520000000 } from './migrations/1765520000000-capacity-building-attendance.js';
import { capacityBuildingPolicy } from './capacity-building.policy.js';
import { capacityBuildingResolvers } from './capacity-building.resolvers.js';
import { CapacityBuildingService } from './capacity-building.service.js';

/** The services this module adds to each request's context. */
export const capacityBuildingServices = { capacityBuilding: CapacityBuildingService };

/** Capacity-building events for the network's operators (WP1d); their table came with the service module's migration; attendees, kind, reach and length with this module's. */
export const capacityBuildingModule = defineModule({
  name: 'capacity-building',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: capacityBuildingResolvers,
  entities: [CapacityBuildingEventEntity, CapacityBuildingAttendanceEntity],
  migrations: [CapacityBuildingAttendance1765520000000],
  services: capacityBuildingServices,
  policy: capacityBuildingPolicy,
});
