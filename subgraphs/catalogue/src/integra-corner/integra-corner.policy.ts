import { definePolicy } from '@shubh/platform';

/** The corners' public details (WP1): network information every signed-in caller reads. */
export const integraCornerPolicy = definePolicy('integra-corner', {
  /** Hours and team: administrators for any corner, a coordinator for the corners they coordinate. */
  editDetails: {
    allow: (caller, corner: { id: string }) =>
      caller.isNetworkAdmin || (caller.has('corner-coordinator') && caller.cornerIds.includes(corner.id)),
    refusal: "Only a network administrator or the corner's coordinator may change its opening hours or team",
  },
});
