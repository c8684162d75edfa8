import { definePolicy } from '@shubh/platform';

/**
 * The network itself (WP1): organisations and their agreements are network information every signed-in caller
 * reads; only network administrators change who belongs to the network and on which terms.
 */
export const organisationPolicy = definePolicy('organisation', {
  manage: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only a network administrator may change the organisations of the network',
  },
  manageAgreements: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only a network administrator may record or change an agreement',
  },
});
