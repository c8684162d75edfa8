import type { Resolvers } from '../generated/resolvers-types.js';
import { isMinor } from './household.service.js';

export const householdResolvers: Resolvers = {
  Beneficiary: {
    household: ({ id }, _args, { household, audit }) => {
      audit.read(id, ['household']);
      return household.of(id);
    },
  },
  HouseholdMember: {
    isMinor: ({ birthDate }) => isMinor(birthDate),
  },
  Mutation: {
    addHouseholdMember: (_parent, { beneficiaryId, input }, { household }) => household.add(beneficiaryId, input),
    removeHouseholdMember: (_parent, { id }, { household }) => household.remove(id),
  },
};
