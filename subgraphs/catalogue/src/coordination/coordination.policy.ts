import { definePolicy } from '@shubh/platform';

/**
 * The network's governance (WP1b-c): network information every signed-in caller reads. Administrators set up the
 * tables; a coordinator records the meetings of their own corners' provinces; the owner organisation closes its actions.
 */
export const coordinationPolicy = definePolicy('coordination', {
  manageTables: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only a network administrator may set up a coordination table or change who takes part',
  },
  recordMeeting: {
    allow: (caller, at: { province: string; provincesOfOwnCorners: readonly string[] }) =>
      caller.isNetworkAdmin || (caller.has('corner-coordinator') && at.provincesOfOwnCorners.includes(at.province)),
    refusal: ({ province }: { province: string }) =>
      `Only a network administrator or a coordinator of a corner in ${province} may record the table's meetings`,
  },
  completeAction: {
    allow: (caller, action: { ownerOrganisationId: string; province: string; provincesOfOwnCorners: readonly string[] }) =>
      caller.isNetworkAdmin ||
      caller.organisationId === action.ownerOrganisationId ||
      (caller.has('corner-coordinator') && action.provincesOfOwnCorners.includes(action.province)),
    refusal: 'Only the owner organisation, a coordinator of the province or a network administrator may complete the action',
  },
});
