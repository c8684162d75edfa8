import { definePolicy } from '@shubh/platform';

/** Counts per corner and status: monitoring and administrators everywhere, coordinators for their corners. */
export const caseloadIndicatorsPolicy = definePolicy('caseload-indicators', {
  read: {
    allow: (caller) => caller.isNetworkAdmin || caller.hasAny('monitoring', 'corner-coordinator'),
    refusal: 'Caseload indicators are for monitoring, administrators and corner coordinators',
  },
  readEverywhere: {
    allow: (caller) => caller.isNetworkAdmin || caller.has('monitoring'),
    refusal: 'Caseload indicators of other corners are for monitoring and administrators',
  },
});
