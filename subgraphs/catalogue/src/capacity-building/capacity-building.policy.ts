import { definePolicy } from '@shubh/platform';

/** Capacity-building events (WP1d): network information every signed-in caller reads; coordinators and administrators record them. */
export const capacityBuildingPolicy = definePolicy('capacity-building', {
  record: {
    allow: (caller) => caller.isNetworkAdmin || caller.has('corner-coordinator'),
    refusal: 'Only an administrator or a corner coordinator may record a capacity-building event',
  },
  /** A coordinator speaks for the provinces of their own corners. */
  recordIn: {
    allow: (caller, at: { province: string; provincesOfOwnCorners: readonly string[] }) =>
      caller.isNetworkAdmin || at.provincesOfOwnCorners.includes(at.province),
    refusal: ({ province }: { province: string }) =>
      `A corner coordinator records events of their own corners' provinces only, not ${province}`,
  },
  /** Who came is for the network's organisers, the attendee and their own organisation. */
  seeAttendee: {
    allow: (caller, attendee: { userId: string; organisationId: string }) =>
      caller.isNetworkAdmin ||
      caller.has('corner-coordinator') ||
      caller.userId === attendee.userId ||
      (caller.organisationId !== null && caller.organisationId === attendee.organisationId),
    refusal: 'Only the attendee, their organisation, coordinators and administrators see an attendance',
  },
  /** Only someone who attended evaluates the event, once. */
  evaluate: {
    allow: (caller, attendee: { userId: string } | null) => attendee !== null && attendee.userId === caller.userId,
    refusal: 'Only an operator who attended the event may evaluate it',
  },
});
