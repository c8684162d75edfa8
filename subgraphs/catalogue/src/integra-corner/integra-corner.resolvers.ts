import type { ContextWith } from '@shubh/platform';
import type { CornerTeamRole, Resolvers, Weekday } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { integraCornerServices } from './integra-corner.module.js';

const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const TEAM_ROLES: readonly CornerTeamRole[] = [
  'TUTOR',
  'COORDINATOR',
  'LEGAL_ADVISER',
  'CAREER_ADVISER',
  'HOUSING_ADVISER',
  'MEDIATOR',
  'PSYCHOLOGIST',
];

export const integraCornerResolvers: Resolvers<ContextWith<typeof integraCornerServices & typeof organisationServices>> = {
  Query: {
    integraCorner: (_parent, { id }, { integraCorners }) => integraCorners.get(id),
    integraCorners: (_parent, { province }, { integraCorners }) => integraCorners.list(province),
  },
  Mutation: {
    setCornerOpeningHours: (_parent, { cornerId, openingHours, expectedVersion }, { integraCorners }) =>
      integraCorners.setOpeningHours(cornerId, openingHours, expectedVersion),
    setCornerTeam: (_parent, { cornerId, team, expectedVersion }, { integraCorners }) =>
      integraCorners.setTeam(cornerId, team, expectedVersion),
  },
  IntegraCorner: {
    __resolveReference: ({ id }, { integraCorners }) => integraCorners.findById(id),
    hostOrganisation: ({ hostOrganisationId }, _args, { organisations }) => organisations.referencedBy(hostOrganisationId),
    openingHours: ({ openingHours }) =>
      [...openingHours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens)),
    team: ({ team }) =>
      [...team]
        .sort((a, b) => TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role) || a.name.localeCompare(b.name))
        .map((member) => ({ ...member, userId: member.userId ?? null })),
  },
};
