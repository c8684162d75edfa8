import type { Role } from '../auth/viewer';

/**
 * The console's sections, in one list: the shell shows a section to the roles it names, each with its route in
 * `app.tsx`.
 */
export interface Section {
  path: string;
  /** i18n key of the link text. */
  label: string;
  roles: Role[];
}

const STAFF: Role[] = ['tutor', 'corner-coordinator', 'network-admin'];

export const SECTIONS: Section[] = [
  { path: '/caseload', label: 'nav.caseload', roles: STAFF },
  { path: '/attention', label: 'nav.attention', roles: STAFF },
  { path: '/intake', label: 'nav.intake', roles: STAFF },
  { path: '/vacancies', label: 'nav.jobVacancies', roles: STAFF },
  { path: '/results', label: 'nav.results', roles: ['corner-coordinator', 'network-admin', 'monitoring'] },
  { path: '/figures', label: 'nav.figures', roles: ['corner-coordinator', 'network-admin', 'monitoring'] },
  { path: '/partner/referrals', label: 'nav.referralInbox', roles: ['partner-operator'] },
  { path: '/partner/services', label: 'nav.services', roles: ['partner-operator', 'network-admin'] },
  { path: '/partner/housing', label: 'nav.housing', roles: ['partner-operator'] },
  { path: '/employer', label: 'nav.vacancies', roles: ['employer'] },
  { path: '/me/plan', label: 'nav.myPlan', roles: ['beneficiary'] },
  { path: '/me/consents', label: 'nav.myConsents', roles: ['beneficiary'] },
  { path: '/me/accesses', label: 'nav.myAccesses', roles: ['beneficiary'] },
];
