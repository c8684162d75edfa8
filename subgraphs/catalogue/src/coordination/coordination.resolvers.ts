import { todayInItaly, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { OrganisationEntity } from '../organisation/organisation.entity.js';
import type { coordinationServices } from './coordination.module.js';

const byName = (a: OrganisationEntity, b: OrganisationEntity) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export const coordinationResolvers: Resolvers<ContextWith<typeof coordinationServices & typeof organisationServices>> = {
  Query: {
    coordinationTables: (_parent, { province }, { coordination }) => coordination.tables(province),
    coordinationTable: (_parent, { id }, { coordination }) => coordination.table(id),
  },
  Mutation: {
    createCoordinationTable: (_parent, { input }, { coordination }) => coordination.createTable(input),
    setCoordinationTableMembers: (_parent, { tableId, organisationIds }, { coordination }) =>
      coordination.setMembers(tableId, organisationIds),
    recordCoordinationMeeting: (_parent, { input }, { coordination }) => coordination.recordMeeting(input),
    completeCoordinationAction: (_parent, { id }, { coordination }) => coordination.completeAction(id),
  },
  CoordinationTable: {
    members: async ({ id }, _args, { coordination, organisations }) =>
      Promise.all((await coordination.memberIdsOf(id)).map((organisationId) => organisations.referencedBy(organisationId))),
    meetings: ({ id }, { first }, { coordination }) => coordination.meetingsOf(id, first),
  },
  CoordinationMeeting: {
    table: ({ tableId }, _args, { coordination }) => coordination.table(tableId),
    attendingOrganisations: async ({ attendingIds }, _args, { organisations }) =>
      (await Promise.all(attendingIds.map((id) => organisations.referencedBy(id)))).sort(byName),
    decisions: ({ id }, _args, { coordination }) => coordination.decisionsOf(id),
    actions: ({ id }, _args, { coordination }) => coordination.actionsOfMeeting(id),
  },
  CoordinationDecision: {
    actions: (decision, _args, { coordination }) => coordination.actionsOfDecision(decision),
  },
  CoordinationAction: {
    owner: ({ ownerOrganisationId }, _args, { organisations }) => organisations.referencedBy(ownerOrganisationId),
    overdue: ({ completedAt, dueOn }) => completedAt === null && dueOn < todayInItaly(),
  },
};
