import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { programmeServices } from '../programme/programme.module.js';
import type { serviceServices } from './service.module.js';
import { servicePolicy } from './service.policy.js';

export const serviceResolvers: Resolvers<ContextWith<typeof serviceServices & typeof programmeServices & typeof organisationServices>> = {
  Query: {
    service: (_parent, { id }, { services }) => services.get(id),
    services: (_parent, args, { services }) => services.list(args),
  },
  Mutation: {
    createService: (_parent, { input }, { services }) => services.create(input),
    updateService: (_parent, { id, input, expectedVersion }, { services }) => services.update(id, input, expectedVersion),
    publishService: (_parent, { id }, { services }) => services.publish(id),
    withdrawService: (_parent, { id }, { services }) => services.withdraw(id),
  },
  Service: {
    __resolveReference: ({ id }, { services }) => services.findById(id),
    programme: ({ programmeId }, _args, { programmes }) => programmes.referencedBy(programmeId),
    provider: ({ providerId }, _args, { organisations }) => organisations.referencedBy(providerId),
    remainingPlaces: ({ capacity, placesTaken }) => (capacity === null ? null : Math.max(0, capacity - placesTaken)),
    schedule: ({ scheduleDescription, startsOn, endsOn }) =>
      scheduleDescription === null && startsOn === null && endsOn === null ? null : { description: scheduleDescription, startsOn, endsOn },
    eligibility: (service) => ({
      protectionStatuses: service.eligibleProtectionStatuses,
      maxMonthsSinceReceptionExit: service.maxMonthsSinceReceptionExit,
      minAge: service.minAge,
      maxAge: service.maxAge,
      minItalianLevel: service.minItalianLevel,
    }),
    viewerCan: (service) => service,
  },
  ServiceViewerCan: {
    update: (service, _args, { caller }) => servicePolicy.may(caller, 'manage', service),
    publish: (service, _args, { caller }) => service.publicationStatus !== 'PUBLISHED' && servicePolicy.may(caller, 'manage', service),
    withdraw: (service, _args, { caller }) => service.publicationStatus === 'PUBLISHED' && servicePolicy.may(caller, 'manage', service),
  },
};
