import { definePolicy } from '@shubh/platform';

/**
 * Results (indicators against the targets): administrators see exact figures everywhere, coordinators exact figures
 * of their own corners, monitoring the national report with small cells withheld (see suppression.ts). Only
 * administrators define and lock periods and set targets.
 */
export const resultsPolicy = definePolicy('results', {
  read: {
    allow: (caller) => caller.isNetworkAdmin || caller.hasAny('monitoring', 'corner-coordinator'),
    refusal: 'Results are for administrators, corner coordinators and monitoring',
  },
  readEverywhere: {
    allow: (caller) => caller.isNetworkAdmin || caller.has('monitoring'),
    refusal: 'Results of other corners are for administrators and monitoring',
  },
  /** Exact figures, small cells included. */
  readExact: {
    allow: (caller) => caller.isNetworkAdmin || caller.has('corner-coordinator'),
    refusal: 'Exact figures are for administrators and corner coordinators',
  },
  /**
   * A report for one province or corner: monitoring reads the national report only, since a filtered report's
   * suppression pattern, set against the national one, could give a withheld cell away.
   */
  filter: {
    allow: (caller) => caller.isNetworkAdmin || caller.has('corner-coordinator'),
    refusal: 'Monitoring reads the national report only (a filtered report could undo the suppression of small cells)',
  },
  manage: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only an administrator defines and locks reporting periods and sets targets',
  },
});
