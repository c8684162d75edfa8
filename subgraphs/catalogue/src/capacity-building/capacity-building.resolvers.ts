import type { Resolvers } from '../generated/resolvers-types.js';

export const capacityBuildingResolvers: Resolvers = {
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
