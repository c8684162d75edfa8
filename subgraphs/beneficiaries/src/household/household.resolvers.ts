import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { householdServices } from './household.module.js';
import { householdPolicy } from './household.policy.js';
import { isMinor } from './household.service.js';

export const householdResolvers: Resolvers<ContextWith<typeof householdServices>> = {
  Beneficiary: {
    household: (beneficiary, _args, { household }) => household.of(beneficiary),
  },
  BeneficiaryViewerCan: {
    changeHousehold: (beneficiary, _args, { caller }) => householdPolicy.may(caller, 'change', beneficiary),
  },
  HouseholdMember: {
    isMinor: ({ birthDate }) => isMinor(birthDate),
  },
  Mutation: {
    addHouseholdMember: (_parent, { beneficiaryId, input }, { household }) => household.add(beneficiaryId, input),
    removeHouseholdMember: (_parent, { id }, { household }) => household.remove(id),
  },
};
