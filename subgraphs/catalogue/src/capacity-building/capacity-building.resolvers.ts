import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { capacityBuildingServices } from './capacity-building.module.js';

export const capacityBuildingResolvers: Resolvers<ContextWith<typeof capacityBuildingServices & typeof organisationServices>> = {
  Query: {
    capacityBuildingEvents: (_parent, args, { capacityBuilding }) => capacityBuilding.list(args),
  },
  Mutation: {
    recordCapacityBuildingEvent: (_parent, { input }, { capacityBuilding }) => capacityBuilding.record(input),
    evaluateCapacityBuildingEvent: (_parent, { eventId, score, comment }, { capacityBuilding }) =>
      capacityBuilding.evaluate(eventId, score, comment),
  },
  CapacityBuildingAttendee: {
    organisation: ({ organisationId }, _args, { organisations }) => organisations.referencedBy(organisationId),
    certificateHtml: async (attendee, _args, { capacityBuilding, organisations }) =>
      capacityBuilding.certificate(attendee, (await organisations.referencedBy(attendee.organisationId)).name),
  },
  CapacityBuildingEvent: {
    hours: ({ durationMinutes }) => (durationMinutes === null ? null : durationMinutes / 60),
    attendees: ({ id }, _args, { capacityBuilding }) => capacityBuilding.attendeesOf(id),
    evaluation: ({ id }, _args, { capacityBuilding }) => capacityBuilding.evaluationOf(id),
    // Every event of a page through the organisations' one DataLoader: one statement for the whole page.
    organisations: async ({ organisationIds }, _args, { organisations }) =>
      (await Promise.all(organisationIds.map((id) => organisations.referencedBy(id)))).sort(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      ),
  },
};
