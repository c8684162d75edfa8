import { addDays, todayInItaly } from '@shubh/platform';
import { createHash } from 'node:crypto';

export { addDays };
import { demoUsers } from '../identity/realm.js';

/**
 * The demo data set of `npm start`, described once. Each subgraph writes its own rows from this plan
 * (`subgraphs/<name>/demo/seed.ts`), so the ids that cross subgraphs (organisations, corners, beneficiaries) agree.
 * Ids are derived from names, so the plan is the same on every machine.
 */
export function demoId(kind: string, key: string): string {
  const hex = createHash('sha1').update(`shubh-demo:${kind}:${key}`).digest('hex');
  // Shaped as a version 5 (name-based) UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export type DemoOrganisationType =
  | 'PUBLIC_ADMINISTRATION'
  | 'RECEPTION_MANAGING_BODY'
  | 'PATRONATO'
  | 'NGO'
  | 'TRAINING_PROVIDER'
  | 'EMPLOYER'
  | 'HOUSING_AGENCY'
  | 'HEALTH_SERVICE'
  | 'EMPLOYMENT_CENTRE'
  | 'SCHOOL';

export interface DemoOrganisation {
  id: string;
  name: string;
  type: DemoOrganisationType;
  provinces: string[];
  /** The internet domains of its staff's addresses: its Keycloak organization's domains. */
  domains: string[];
  /** The id of its Keycloak organization (`keycloak/realm-shubh.json`), the stable link `npm run network:sync` keeps. */
  keycloakOrganizationId: string;
}

/** A Keycloak organization alias from a name: lower case, no accents, words joined by hyphens (immutable in Keycloak). */
export function organizationAlias(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface DemoCorner {
  id: string;
  name: string;
  province: string;
  hostOrganisationId: string;
  address: string;
  /** The realm's tutors and coordinators of the corner (keycloak/realm-shubh.json): its team members who use the hub. */
  staff: DemoStaffMember[];
}

export interface DemoStaffMember {
  userId: string;
  name: string;
  role: 'TUTOR' | 'COORDINATOR';
}

export interface DemoBeneficiary {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  citizenship: string;
  /** As recorded on the residence permit. */
  sex: 'FEMALE' | 'MALE';
  protectionStatus: 'REFUGEE' | 'SUBSIDIARY_PROTECTION';
  receptionType: 'SAI' | 'CAS' | 'FIRST_RECEPTION' | 'OTHER';
  receptionExitDate: string;
  province: string;
  integraCornerId: string;
  caseStatus: 'REFERRED' | 'ENROLLED' | 'ASSESSED' | 'PLAN_AGREED' | 'IN_PROGRESS' | 'CLOSED';
  enrolledOn: string | null;
  /** The day a CLOSED case was closed (its path took about four months), null for the others. */
  closedOn: string | null;
  /** The realm's tutor for the person's corner (keycloak/realm-shubh.json); null where the realm has none. */
  tutorUserId: string | null;
}

/** A referral from the person's Integra Corner to a partner organisation (owned by the catalogue). */
export interface DemoReferral {
  id: string;
  beneficiaryId: string;
  fromCornerId: string;
  toOrganisationId: string;
  status: 'SENT' | 'ACCEPTED' | 'COMPLETED';
  sentOn: string;
  sentBy: string;
}

/** A consent (owned by the beneficiaries subgraph); `withdrawnOn` set for one withdrawn on purpose. */
export interface DemoConsent {
  id: string;
  beneficiaryId: string;
  purpose: 'CASE_MANAGEMENT' | 'SHARE_WITH_ORGANISATION' | 'LABOUR_MATCHING' | 'HOUSING_SUPPORT';
  organisationId: string | null;
  grantedOn: string;
  withdrawnOn: string | null;
}

export interface DemoPlan {
  /** The day the plan was made for: dates are relative to it, so eligibility windows are live. */
  today: string;
  organisations: DemoOrganisation[];
  corners: DemoCorner[];
  beneficiaries: DemoBeneficiary[];
  referrals: DemoReferral[];
  consents: DemoConsent[];
}

const organisation = (name: string, type: DemoOrganisationType, provinces: string[]): DemoOrganisation => ({
  id: demoId('organisation', name),
  name,
  type,
  provinces,
  domains: [`${organizationAlias(name)}.example`],
  keycloakOrganizationId: demoId('keycloak-organization', name),
});

const ORGANISATIONS: DemoOrganisation[] = [
  organisation('Patronato INAS Torino', 'PATRONATO', ['TO']),
  organisation('Patronato ACLI Torino', 'PATRONATO', ['TO']),
  organisation('Patronato INCA Bari', 'PATRONATO', ['BA']),
  organisation('Patronato ITAL Roma', 'PATRONATO', ['RM']),
  organisation('Cooperativa Sociale Progetto Tenda', 'RECEPTION_MANAGING_BODY', ['TO']),
  organisation('SAI Comune di Bari', 'RECEPTION_MANAGING_BODY', ['BA']),
  organisation('Centro Astalli Roma', 'NGO', ['RM']),
  organisation("Centro per l'Impiego di Torino", 'EMPLOYMENT_CENTRE', ['TO']),
  organisation("Centro per l'Impiego di Bari", 'EMPLOYMENT_CENTRE', ['BA']),
  organisation('CPIA 1 Torino', 'SCHOOL', ['TO']),
  organisation('Enaip Piemonte', 'TRAINING_PROVIDER', ['TO']),
  organisation('Formedil Puglia', 'TRAINING_PROVIDER', ['BA']),
  organisation('Agenzia Sociale per la Locazione Torino', 'HOUSING_AGENCY', ['TO']),
  organisation('Abitare Solidale Bari', 'HOUSING_AGENCY', ['BA']),
  organisation('ASL Città di Torino', 'HEALTH_SERVICE', ['TO']),
  organisation('Servizi Sociali Roma Capitale', 'PUBLIC_ADMINISTRATION', ['RM']),
  organisation('Logistica Nord Ovest S.r.l.', 'EMPLOYER', ['TO']),
  organisation('Ristorazione Collettiva Piemonte S.p.A.', 'EMPLOYER', ['TO']),
  organisation('Agricola Terre di Puglia', 'EMPLOYER', ['BA']),
  organisation('Cantieri Edili Adriatici', 'EMPLOYER', ['BA']),
  organisation('Hotel Colosseo Servizi', 'EMPLOYER', ['RM']),
];

const byName = (name: string) => ORGANISATIONS.find((candidate) => candidate.name === name)!.id;

const corner = (name: string, province: string, host: string, address: string): Omit<DemoCorner, 'staff'> => ({
  id: demoId('integra-corner', name),
  name,
  province,
  hostOrganisationId: byName(host),
  address,
});

const CORNERS: Omit<DemoCorner, 'staff'>[] = [
  corner('Integra Corner Torino Aurora', 'TO', 'Patronato INAS Torino', 'Corso Giulio Cesare 15, 10152 Torino'),
  corner('Integra Corner Torino San Salvario', 'TO', 'Patronato ACLI Torino', 'Via Nizza 78, 10125 Torino'),
  corner('Integra Corner Bari Libertà', 'BA', 'Patronato INCA Bari', 'Via Manzoni 120, 70122 Bari'),
  corner('Integra Corner Roma Esquilino', 'RM', 'Patronato ITAL Roma', 'Via Principe Amedeo 44, 00185 Roma'),
];

const PEOPLE: [string, string, string, string][] = [
  // given name, family name, citizenship, birth date
  ['Amina', 'Diallo', 'GN', '1996-05-14'],
  ['Yonas', 'Tesfaye', 'ER', '1993-11-02'],
  ['Fatima', 'Ahmadi', 'AF', '1999-01-23'],
  ['Mohammed', 'Al-Hassan', 'SY', '1988-07-30'],
  ['Olena', 'Kovalenko', 'UA', '1985-03-12'],
  ['Ibrahim', 'Sow', 'ML', '2001-09-05'],
  ['Blessing', 'Okafor', 'NG', '1997-12-19'],
  ['Abdullahi', 'Warsame', 'SO', '1994-04-08'],
  ['Mariam', 'Traoré', 'CI', '2000-06-27'],
  ['Hamid', 'Rahimi', 'AF', '1991-10-15'],
  ['Selam', 'Gebremedhin', 'ER', '1998-02-03'],
  ['Omar', 'Haddad', 'SY', '1986-08-21'],
  ['Aisha', 'Bangura', 'SL', '2002-03-17'],
  ['Kofi', 'Mensah', 'GH', '1995-05-29'],
  ['Zainab', 'Hussaini', 'PK', '1990-12-01'],
  ['Tariq', 'Qureshi', 'PK', '1987-09-09'],
  ['Nadia', 'Karimi', 'IR', '1992-07-04'],
  ['Moussa', 'Keita', 'ML', '1999-11-11'],
  ['Esther', 'Nwosu', 'NG', '1994-01-30'],
  ['Dawit', 'Haile', 'ET', '1989-06-18'],
  ['Iryna', 'Shevchenko', 'UA', '1983-04-25'],
  ['Mamadou', 'Barry', 'GN', '2003-02-14'],
  ['Farah', 'Abdi', 'SO', '1997-08-08'],
  ['Samir', 'Benali', 'TN', '1990-10-10'],
  ['Grace', 'Adeyemi', 'NG', '1998-03-03'],
  ['Ali', 'Jafari', 'AF', '2000-12-24'],
  ['Lina', 'Khoury', 'SY', '1995-09-13'],
  ['Ousmane', 'Camara', 'SN', '1993-05-05'],
  ['Hawa', 'Conteh', 'SL', '2001-07-07'],
  ['Bilal', 'Akhtar', 'PK', '1996-11-20'],
  ['Ruth', 'Kidane', 'ER', '1991-02-28'],
  ['Yusuf', 'Abubakar', 'NG', '1988-12-12'],
  ['Maryam', 'Sultani', 'AF', '1994-06-06'],
  ['Ahmed', 'Nour', 'SD', '1992-03-22'],
  ['Halima', 'Yusuf', 'SO', '1999-10-01'],
  ['Sekou', 'Kanté', 'GN', '1997-04-16'],
  ['Tetiana', 'Bondarenko', 'UA', '1980-09-27'],
  ['Rashid', 'Hamdan', 'IQ', '1989-01-09'],
  ['Adama', 'Coulibaly', 'ML', '2002-08-31'],
  ['Sara', 'Mekonnen', 'ET', '1996-12-05'],
  ['Karim', 'Mansour', 'EG', '1990-05-19'],
  ['Joy', 'Eze', 'NG', '2000-02-11'],
  ['Hassan', 'Mohamud', 'SO', '1993-07-23'],
  ['Parisa', 'Moradi', 'IR', '1987-11-29'],
  ['Lamine', 'Sylla', 'SN', '1998-09-14'],
  ['Awa', 'Diop', 'SN', '2001-04-02'],
  ['Nasir', 'Safi', 'AF', '1995-03-08'],
  ['Rahel', 'Tekle', 'ER', '1992-08-17'],
  ['Viktor', 'Melnyk', 'UA', '1984-06-13'],
  ['Musa', 'Jalloh', 'SL', '1997-01-26'],
  ['Khadija', 'Bakr', 'SD', '1994-10-28'],
  ['Emmanuel', 'Ofori', 'GH', '1991-12-16'],
];

/** The given names above that are women's (their permits say F); the others' say M. */
const WOMEN = new Set(
  'Amina Fatima Olena Blessing Mariam Selam Aisha Zainab Nadia Esther Iryna Farah Grace Lina Hawa Ruth Maryam Halima Tetiana Sara Joy Parisa Awa Rahel Khadija'.split(
    ' ',
  ),
);

const STATUSES: DemoBeneficiary['caseStatus'][] = [
  'REFERRED',
  'ENROLLED',
  'ASSESSED',
  'PLAN_AGREED',
  'IN_PROGRESS',
  'IN_PROGRESS',
  'CLOSED',
];
const RECEPTION: DemoBeneficiary['receptionType'][] = ['SAI', 'SAI', 'CAS', 'CAS', 'FIRST_RECEPTION', 'OTHER'];

/** How long after enrolment the demo's closed cases were closed. */
const CLOSED_AFTER_DAYS = 120;
const minDay = (a: string, b: string) => (a < b ? a : b);

/** The plan for a given day (default: today). Reception exits spread over the last 20 months. */
export function buildDemoPlan(today = todayInItaly()): DemoPlan {
  const tutors = demoUsers().filter((user) => user.roles.includes('tutor'));
  const tutorOf = (cornerId: string) => tutors.find((tutor) => tutor.corners.includes(cornerId))?.id ?? null;
  const beneficiaries = PEOPLE.map(([givenName, familyName, citizenship, birthDate], index): DemoBeneficiary => {
    const home = CORNERS[index % CORNERS.length]!;
    const caseStatus = STATUSES[index % STATUSES.length]!;
    // 0..600 days ago: most inside the 18-month window, a few just outside it (to show ineligibility).
    const receptionExitDate = addDays(today, -((index * 37) % 600) - 10);
    return {
      id: demoId('beneficiary', `${givenName} ${familyName}`),
      givenName,
      familyName,
      birthDate,
      citizenship,
      sex: WOMEN.has(givenName) ? 'FEMALE' : 'MALE',
      protectionStatus: index % 3 === 0 ? 'SUBSIDIARY_PROTECTION' : 'REFUGEE',
      receptionType: RECEPTION[index % RECEPTION.length]!,
      receptionExitDate,
      province: home.province,
      integraCornerId: home.id,
      caseStatus,
      enrolledOn: caseStatus === 'REFERRED' ? null : addDays(receptionExitDate, 20),
      // Closed about four months after enrolment (never later than yesterday): the oldest closures are past the
      // six months after which the after-exit follow-up is due.
      closedOn: caseStatus === 'CLOSED' ? minDay(addDays(receptionExitDate, 20 + CLOSED_AFTER_DAYS), addDays(today, -1)) : null,
      tutorUserId: caseStatus === 'REFERRED' ? null : tutorOf(home.id),
    };
  });
  const { referrals, consents } = planSharing(beneficiaries, today);
  const staffOf = (cornerId: string): DemoStaffMember[] =>
    demoUsers()
      .filter((user) => user.corners.includes(cornerId) && (user.roles.includes('tutor') || user.roles.includes('corner-coordinator')))
      .map((user) => ({
        userId: user.id,
        name: `${user.firstName} ${user.lastName}`,
        role: user.roles.includes('tutor') ? 'TUTOR' : 'COORDINATOR',
      }));
  const corners = CORNERS.map((corner) => ({ ...corner, staff: staffOf(corner.id) }));
  return { today, organisations: ORGANISATIONS, corners, beneficiaries, referrals, consents };
}

/**
 * Who was referred where, and what each person consented to: everyone enrolled consents to case management;
 * people with an agreed plan are referred to a training provider, a housing agency or an employment centre of
 * their province, with consent to share with it (one consent withdrawn, to show that it ends the sharing).
 */
function planSharing(beneficiaries: DemoBeneficiary[], today: string): { referrals: DemoReferral[]; consents: DemoConsent[] } {
  const referrals: DemoReferral[] = [];
  const consents: DemoConsent[] = [];
  const consent = (
    beneficiary: DemoBeneficiary,
    purpose: DemoConsent['purpose'],
    organisationId: string | null,
    withdrawnOn: string | null = null,
  ) =>
    consents.push({
      id: demoId('consent', `${beneficiary.id}:${purpose}:${organisationId ?? ''}`),
      beneficiaryId: beneficiary.id,
      purpose,
      organisationId,
      grantedOn: beneficiary.enrolledOn ?? today,
      withdrawnOn,
    });
  const partners: Record<string, { organisation: string; purpose: DemoConsent['purpose'] }[]> = {
    TO: [
      { organisation: byName('Enaip Piemonte'), purpose: 'LABOUR_MATCHING' },
      { organisation: byName('Agenzia Sociale per la Locazione Torino'), purpose: 'HOUSING_SUPPORT' },
    ],
    BA: [{ organisation: byName("Centro per l'Impiego di Bari"), purpose: 'LABOUR_MATCHING' }],
  };
  let referred = 0;
  for (const beneficiary of beneficiaries) {
    if (beneficiary.caseStatus === 'REFERRED') continue;
    consent(beneficiary, 'CASE_MANAGEMENT', null);
    const options = partners[beneficiary.province];
    if (!options || !['PLAN_AGREED', 'IN_PROGRESS'].includes(beneficiary.caseStatus)) continue;
    const partner = options[referred % options.length]!;
    const sentOn = addDays(today, -7 - (referred % 20));
    referrals.push({
      id: demoId('referral', `${beneficiary.id}:${partner.organisation}`),
      beneficiaryId: beneficiary.id,
      fromCornerId: beneficiary.integraCornerId,
      toOrganisationId: partner.organisation,
      status: (['SENT', 'ACCEPTED', 'ACCEPTED', 'COMPLETED'] as const)[referred % 4]!,
      sentOn,
      sentBy: beneficiary.tutorUserId ?? demoId('user', 'admin.rossi'),
    });
    // The third referral's sharing consent was withdrawn: its partner no longer sees the person.
    consent(beneficiary, 'SHARE_WITH_ORGANISATION', partner.organisation, referred === 2 ? addDays(sentOn, 3) : null);
    consent(beneficiary, partner.purpose, null);
    referred += 1;
  }
  return { referrals, consents };
}
