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
  },
  CapacityBuildingEvent: {
    // Every event of a page through the organisations' one DataLoader: one statement for the whole page.
    organisations: async ({ organisationIds }, _args, { organisations }) =>
      (await Promise.all(organisationIds.map((id) => organisations.referencedBy(id)))).sort(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      ),
  },
};
