import { CaseAccessLoader, defineModule } from '@shubh/platform';

/** The services this module adds to each request's context. */
export const caseAccessServices = { caseAccess: CaseAccessLoader };

/**
 * The facts this subgraph decides access to a person's data by (their corner, tutor, consents in force, whether the
 * caller's organisation reaches them), read per request from the beneficiaries subgraph's published contract
 * `beneficiaries.case_access`, never from what a federation representation carries.
 */
export const caseAccessModule = defineModule({
  name: 'case-access',
  services: caseAccessServices,
});
