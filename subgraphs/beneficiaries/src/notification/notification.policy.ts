import { type Caller, definePolicy } from '@shubh/platform';

/**
 * Notifications: every signed-in user reads and dismisses their own. Which are theirs is `recipientsOf`: those
 * addressed to them, to their organisation when they work for a partner (operators, employers), and to the corners
 * they work at when they follow cases there.
 */
export const notificationPolicy = definePolicy('notification', {
  readOwn: {
    allow: (caller) => caller.userId !== '',
    refusal: 'Notifications are for signed-in users',
  },
});

/** Who a caller reads notifications as: their user id, their organisation, their corners. */
export function recipientsOf(caller: Caller): { userId: string; organisationId: string | null; cornerIds: string[] } {
  return {
    userId: caller.userId,
    organisationId: caller.hasAny('partner-operator', 'employer') ? caller.organisationId : null,
    cornerIds: caller.hasAny('tutor', 'corner-coordinator') ? [...caller.cornerIds] : [],
  };
}
