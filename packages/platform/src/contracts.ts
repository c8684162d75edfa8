/**
 * The names that cross subgraphs, written once. Each subgraph owns one PostgreSQL schema; the only things another
 * subgraph may read there are the published contract views below (and the shared audit trail). A contract keeps
 * its name and columns: a change is a new view, never an edit of one that others read.
 */
export const SCHEMAS = {
  audit: 'audit',
  notification: 'notification',
  beneficiaries: 'beneficiaries',
  catalogue: 'catalogue',
  labour: 'labour',
  housing: 'housing',
} as const;

export type SchemaName = (typeof SCHEMAS)[keyof typeof SCHEMAS];

export const CONTRACTS = {
  /** Owner: beneficiaries. One row per person: the corner, the tutor, the consent purposes in force, the case status. */
  caseAccess: `${SCHEMAS.beneficiaries}.case_access`,
  /** Owner: beneficiaries. One row per sharing consent in force: the person, the organisation, the person's corner. */
  sharingConsentInForce: `${SCHEMAS.beneficiaries}.sharing_consent_in_force`,
  /** Owner: beneficiaries. One row per person: the name and household (size, minors) housing intermediation needs. */
  housingCandidate: `${SCHEMAS.beneficiaries}.housing_candidate`,
  /** Owner: beneficiaries. One row per action of a plan version in force: the person, the service, the stored status. */
  planActionInForce: `${SCHEMAS.beneficiaries}.plan_action_in_force`,
  /** Owner: catalogue. One row per plan action a referral was sent from: its latest referral's status. */
  planActionReferral: `${SCHEMAS.catalogue}.plan_action_referral`,
  /** Owner: beneficiaries. One row per person: the Italian level in force and the expiry of a permit being renewed. */
  labourFacts: `${SCHEMAS.beneficiaries}.labour_facts`,
  /** Owner: catalogue. One row per published Italian-language service not ended: its name and provinces. */
  languageCourse: `${SCHEMAS.catalogue}.language_course`,
  /** Owner: catalogue. One row per open referral: the person and the organisation it is addressed to. */
  referralAddressee: `${SCHEMAS.catalogue}.referral_addressee`,
  /** Owner: catalogue. One row per referral: the person, its status, the days it was sent and completed. */
  referralOutcome: `${SCHEMAS.catalogue}.referral_outcome`,
  /** Owner: catalogue. One row per service enrolment: the person, the service's area and programme, its days. */
  serviceDelivery: `${SCHEMAS.catalogue}.service_delivery`,
  /** Owner: catalogue. One row per member of a corner's team with a user id: the corner, the user id, the role. */
  cornerTeamMember: `${SCHEMAS.catalogue}.corner_team_member`,
  /** Owner: catalogue. One row per organisation, Integra Corner and service: its id, its kind, whether it is active. */
  networkDirectory: `${SCHEMAS.catalogue}.network_directory`,
  /** Owner: catalogue. One row per e-mail address of an active organisation's contact points (notification e-mail). */
  organisationMailbox: `${SCHEMAS.catalogue}.organisation_mailbox`,
  /** Owner: catalogue. One row per service: its id and the organisation that provides it. */
  serviceProvider: `${SCHEMAS.catalogue}.service_provider`,
  /** Owner: labour. One row per spell of a person's labour-market status (the results domain counts them). */
  employmentSpell: `${SCHEMAS.labour}.employment_spell`,
  /** Owner: labour. One row per traineeship: the person, the host, the days, the outcome (results count "in traineeship"). */
  traineeshipSpell: `${SCHEMAS.labour}.traineeship_spell`,
  /** Owner: labour. One row per income labour records (an employment's net pay, a traineeship's allowance), with its days. */
  incomeSpell: `${SCHEMAS.labour}.income_spell`,
  /** Owner: housing. One row per spell of a person's housing situation. */
  housingSpell: `${SCHEMAS.housing}.housing_spell`,
  /** Owner: beneficiaries. One row per person whose data retention has anonymised, and when: each subgraph anonymises its own records. */
  anonymisedPerson: `${SCHEMAS.beneficiaries}.anonymised_person`,
  /** Owner: housing. One row per rent guarantee or insurance. */
  rentGuaranteeSpell: `${SCHEMAS.housing}.rent_guarantee_spell`,
} as const;

/** Which subgraph may read which contract (the database roles grant exactly this). */
export const CONTRACT_READERS: Record<keyof typeof CONTRACTS, readonly SchemaName[]> = {
  caseAccess: [SCHEMAS.catalogue, SCHEMAS.labour, SCHEMAS.housing],
  sharingConsentInForce: [SCHEMAS.catalogue, SCHEMAS.labour, SCHEMAS.housing],
  housingCandidate: [SCHEMAS.housing],
  planActionInForce: [SCHEMAS.catalogue],
  planActionReferral: [SCHEMAS.beneficiaries],
  labourFacts: [SCHEMAS.labour],
  languageCourse: [SCHEMAS.labour],
  referralAddressee: [SCHEMAS.beneficiaries, SCHEMAS.labour, SCHEMAS.housing],
  referralOutcome: [SCHEMAS.beneficiaries],
  serviceDelivery: [SCHEMAS.beneficiaries],
  cornerTeamMember: [SCHEMAS.beneficiaries],
  networkDirectory: [SCHEMAS.beneficiaries, SCHEMAS.labour],
  organisationMailbox: [SCHEMAS.beneficiaries],
  serviceProvider: [SCHEMAS.beneficiaries],
  employmentSpell: [SCHEMAS.beneficiaries],
  traineeshipSpell: [SCHEMAS.beneficiaries],
  incomeSpell: [SCHEMAS.housing],
  housingSpell: [SCHEMAS.beneficiaries],
  rentGuaranteeSpell: [SCHEMAS.beneficiaries],
  anonymisedPerson: [SCHEMAS.catalogue, SCHEMAS.labour, SCHEMAS.housing],
};

/**
 * SQL, true when the partner organisation in `organisation` may reach the person whose id is in `beneficiary`:
 * an open referral addressed to it and the person's consent to share with it in force. The one definition of
 * "a partner with an open referral and sharing consent", for every subgraph.
 */
export function partnerReachSql(beneficiary: string, organisation: string): string {
  return `(${organisation} IS NOT NULL
    AND EXISTS (SELECT 1 FROM ${CONTRACTS.referralAddressee} ra WHERE ra.beneficiary_id = ${beneficiary} AND ra.organisation_id = ${organisation})
    AND EXISTS (SELECT 1 FROM ${CONTRACTS.sharingConsentInForce} sc WHERE sc.beneficiary_id = ${beneficiary} AND sc.organisation_id = ${organisation}))`;
}
