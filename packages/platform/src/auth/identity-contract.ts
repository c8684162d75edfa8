/**
 * What the hub relies on from the Keycloak realm (`keycloak/realm-shubh.json`): the realm, the roles, the
 * claims carried by access tokens and the hub's audience. A test holds the realm file to this contract.
 */
export const REALM = 'shubh';

/** Every token for the hub carries this audience (an audience mapper in the realm adds it). */
export const HUB_AUDIENCE = 'shubh-hub';

export const ROLES = [
  /** Programme coordination: everything. */
  'network-admin',
  /** All cases of their Integra Corner(s). */
  'corner-coordinator',
  /** Case handler: cases of their corner(s); edits the cases assigned to them. */
  'tutor',
  /** Staff of a partner organisation: a beneficiary only through what is addressed to their organisation. */
  'partner-operator',
  /** Staff of a reception managing body: sends intake referrals, sees what became of its own (never the case). */
  'reception-operator',
  /** A company's staff: candidates' names only once the beneficiary agrees. */
  'employer',
  /** Aggregate indicators only, never personal data. */
  'monitoring',
  /** The person themself: their own record, consents and plan. */
  'beneficiary',
] as const;
export type Role = (typeof ROLES)[number];

/** Claim names in an access token, as the realm's protocol mappers write them. */
export const CLAIMS = {
  /** Realm roles, Keycloak's own layout: `realm_access.roles`. */
  roles: 'realm_access.roles',
  /**
   * Keycloak 26's organization claim (the realm's built-in `organization` client scope, its Organization
   * Membership mapper with "Add organization id" and "Add organization attributes"): a map from each
   * organization's alias to its Keycloak id and attributes,
   * `{ "enaip-piemonte": { "id": "<keycloak id>", "shubh-organisation-id": ["<catalogue Organisation id>"] } }`.
   */
  organization: 'organization',
  /** The Integra Corner ids the user works for (catalogue IntegraCorner ids). */
  corners: 'corners',
  /** For a `beneficiary` user: the id of their own Beneficiary record. */
  beneficiary: 'beneficiary',
} as const;

/**
 * The Keycloak organization attribute holding the catalogue Organisation id it stands for: `npm run network:sync`
 * writes it, the organization claim carries it, the hub reads the caller's organisation from it.
 */
export const ORGANISATION_ID_ATTRIBUTE = 'shubh-organisation-id';

/** The clients the hub's documentation and tools rely on. */
export const CLIENTS = {
  /** Public PKCE client of the Integra-Corner front ends. */
  cornerFrontend: 'shubh-corner-frontend',
  /** Confidential client of a partner organisation's system (client credentials). */
  partnerSystem: 'shubh-partner-system',
  /** The hub itself: the audience of every token. */
  hub: 'shubh-hub',
  /** Public client with the password grant, for `npm run token` on development machines only. */
  devCli: 'shubh-dev-cli',
} as const;

/**
 * The confidential client whose service account manages the realm's organizations through Keycloak's Admin REST
 * API (`npm run network:sync`); not a client of the hub, so its tokens carry none of the hub's claims.
 */
export const NETWORK_SYNC_CLIENT = 'shubh-network-sync';
