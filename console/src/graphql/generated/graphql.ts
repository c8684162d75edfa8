/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a version of the plan is agreed by both the beneficiary and the tutor. */
export type ActionPlanStatus =
  /** Agreed by the beneficiary and the tutor. */
  | 'AGREED'
  /** Written, not yet agreed by both. */
  | 'DRAFT';

/** An agreement to the plan version in force, from the revision last read. */
export type AgreeActionPlanInput = {
  /** For the tutor: record also the beneficiary's agreement, given in person. */
  agreedInPerson?: boolean | null | undefined;
  /** The plan's revision as last read: agreement is given to what was read. */
  expectedRevision: number;
};

/**
 * Narrows an attention list. A tutor sees the cases assigned to them unless they ask for `allTutors`; coordinators
 * and administrators see every case they may read unless they name a tutor.
 */
export type AttentionFilter = {
  /** Every tutor's cases (and unassigned ones) the caller may read; not with tutorUserId. */
  allTutors?: boolean | null | undefined;
  /** Only the cases of this Integra Corner (a UUID). */
  integraCornerId?: string | number | null | undefined;
  /** Only the cases of this tutor (their Keycloak user id). */
  tutorUserId?: string | number | null | undefined;
};

/** Narrows a list of beneficiaries; every condition given must hold. */
export type BeneficiaryFilter = {
  /** Any of these statuses. */
  caseStatuses?: Array<CaseStatus> | null | undefined;
  /** Only the people followed by this Integra Corner (a UUID). */
  integraCornerId?: string | number | null | undefined;
  /** Province code (sigla), for example TO. */
  province?: string | null | undefined;
  /** Left reception on or after this day. */
  receptionExitFrom?: string | null | undefined;
  /** Left reception on or before this day. */
  receptionExitTo?: string | null | undefined;
  /** The cases assigned to this tutor (a Keycloak user id): a tutor's own caseload is `tutorUserId` = their id. */
  tutorUserId?: string | number | null | undefined;
};

/** Why a candidacy ended. */
export type CandidacyEndReason =
  /** The person found another job. */
  | 'FOUND_OTHER_JOB'
  /** The Italian level is not enough for the job. */
  | 'LANGUAGE_LEVEL'
  /** The person is not interested in this job. */
  | 'NOT_INTERESTED'
  /** Another reason (say which in the note). */
  | 'OTHER'
  /** Personal or family reasons. */
  | 'PERSONAL_REASONS'
  /** The employer filled the position otherwise. */
  | 'POSITION_FILLED'
  /** The hours or shifts do not fit the person's life. */
  | 'SCHEDULE_INCOMPATIBLE'
  /** The skills do not match the job. */
  | 'SKILLS_MISMATCH'
  /** The workplace is too far. */
  | 'TOO_FAR';

/** The stages of a candidacy. */
export type CandidacyStatus =
  /** The person said no (to the proposal or to the offer). */
  | 'DECLINED'
  /** Hired: the employment is recorded and an opening filled. */
  | 'HIRED'
  /** The employer called the person to an interview. */
  | 'INTERVIEW'
  /** The employer offered the job. */
  | 'OFFERED'
  /** The person agreed: the employer may now see the CV. */
  | 'PERSON_AGREED'
  /** Proposed by the corner; waiting for the person's agreement. */
  | 'PROPOSED'
  /** The employer said no. */
  | 'REJECTED'
  /** The CV was sent to the employer. */
  | 'SENT'
  /** The person (or the corner) withdrew the candidacy. */
  | 'WITHDRAWN';

/** How a closed case ended. */
export type CaseOutcome =
  /** The person reached the socio-economic autonomy the plan aimed at (work, housing, services in their own hands). */
  | 'AUTONOMY_REACHED'
  /** The person left the path before its end. */
  | 'DROPPED_OUT'
  /** The person turned out not to be eligible (protection status, 18-month window). */
  | 'INELIGIBLE'
  /** Part of the plan's goals were reached. */
  | 'PARTIAL'
  /** The case moved to another Integra Corner or programme. */
  | 'TRANSFERRED';

/** Where a beneficiary's case stands on the path from referral to closure. */
export type CaseStatus =
  /** Assessment (skills, documents, employability) done. */
  | 'ASSESSED'
  /** The path is over. */
  | 'CLOSED'
  /** Enrolled at an Integra Corner, with a tutor. */
  | 'ENROLLED'
  /** Actions of the plan are under way. */
  | 'IN_PROGRESS'
  /** The Individual Action Plan (PAI) is agreed by the beneficiary and the tutor. */
  | 'PLAN_AGREED'
  /** Referred by a reception managing body or outreach; not yet enrolled. */
  | 'REFERRED';

/** A level of the Common European Framework of Reference for Languages, from A1 (beginner) to C2 (mastery). */
export type CefrLevel =
  /** Breakthrough: understands and uses familiar everyday expressions and very basic phrases. */
  | 'A1'
  /** Waystage: communicates in simple, routine exchanges on familiar matters (shopping, work, the neighbourhood). */
  | 'A2'
  /** Threshold: deals with most situations at work or in daily life on familiar matters. */
  | 'B1'
  /** Vantage: talks with native speakers with some fluency and understands the main ideas of complex texts. */
  | 'B2'
  /** Effective operational proficiency: uses the language flexibly for social, academic and professional purposes. */
  | 'C1'
  /** Mastery: understands with ease virtually everything heard or read. */
  | 'C2';

/**
 * A change of a case's status. The path is REFERRED -> ENROLLED -> ASSESSED -> PLAN_AGREED -> IN_PROGRESS ->
 * CLOSED; any open case may be CLOSED (with an outcome), and PLAN_AGREED or IN_PROGRESS may go back to ASSESSED
 * to re-modulate the plan. Enrolment has its own mutation, `enrolBeneficiary`.
 */
export type ChangeCaseStatusInput = {
  /** The `version` of the beneficiary the change was decided on; CONFLICT when the case changed since. */
  expectedVersion: number;
  /** Why the status changes (kept in the history). */
  note?: string | null | undefined;
  /** Required when `to` is CLOSED, and only then. */
  outcome?: CaseOutcome | null | undefined;
  /** The status to move to. ENROLLED is refused here (BAD_USER_INPUT on `input.to`): use `enrolBeneficiary`. */
  to: CaseStatus;
};

/** What a consent allows. */
export type ConsentPurpose =
  /** The Integra Corner follows the case (assessment, plan, follow-up). */
  | 'CASE_MANAGEMENT'
  /** The housing situation may be used for housing support and shown to partners providing it. */
  | 'HOUSING_SUPPORT'
  /** The labour profile may be used for matching with vacancies and shown to partners doing it. */
  | 'LABOUR_MATCHING'
  /** The case may be shared with one named partner organisation (for a referral, a placement). */
  | 'SHARE_WITH_ORGANISATION';

/** How a referred person was contacted. */
export type ContactChannel =
  /** An e-mail. */
  | 'EMAIL'
  /** A meeting in person (at the corner, at the reception centre, on outreach). */
  | 'IN_PERSON'
  /** A telephone call or a message. */
  | 'PHONE'
  /** Through the reception managing body that referred the person. */
  | 'THROUGH_RECEPTION_BODY';

/** What came of an attempt to reach a referred person. */
export type ContactOutcome =
  /** The person was reached and does not want to take part: the referral is closed as DECLINED. */
  | 'DECLINED'
  /** Nobody answered. */
  | 'NO_ANSWER'
  /** The person was reached; the referral stays OPEN until it is converted or closed. */
  | 'REACHED'
  /** The contact does not belong to the person (wrong number, address unknown). */
  | 'WRONG_CONTACT';

/** A critical issue noticed at a follow-up. */
export type CriticalIssueInput = {
  /** What was done about it when it was noticed: at most 2000 characters. */
  actionTaken?: string | null | undefined;
  /** What the problem is: not blank, at most 2000 characters. */
  description: string;
  /** How serious the issue is. */
  severity: CriticalIssueSeverity;
};

/** How serious a critical issue is; CRITICAL threatens the path itself (housing, legal status) and needs action now. */
export type CriticalIssueSeverity =
  /** Threatens the path itself (housing, legal status): needs action now. */
  | 'CRITICAL'
  /** A serious difficulty that puts a goal at risk. */
  | 'HIGH'
  /** A minor difficulty to keep an eye on. */
  | 'LOW'
  /** A difficulty that needs attention but does not yet put a goal at risk. */
  | 'MEDIUM';

/** The first version of a plan. */
export type DraftActionPlanInput = {
  /** From 7 to 90; 30 unless given. */
  cadenceDays?: number | null | undefined;
  /** From 1 to 20 goals. */
  goals: Array<PlanGoalInput>;
};

/** LOW: score 0-3; MEDIUM: 4-6; HIGH: 7-9 (out of 9). */
export type EmployabilityBand =
  /** Score 7 to 9: close to the labour market. */
  | 'HIGH'
  /** Score 0 to 3: far from the labour market. */
  | 'LOW'
  /** Score 4 to 6. */
  | 'MEDIUM';

/** A beneficiary's situation in the labour market. */
export type EmploymentStatus =
  /** Employed by someone else. */
  | 'EMPLOYED'
  /** On a traineeship (tirocinio). */
  | 'IN_TRAINEESHIP'
  /** Following a vocational training course. */
  | 'IN_TRAINING'
  /** Neither working nor looking for work (for example caring for children full time). */
  | 'NOT_IN_LABOUR_FORCE'
  /** Working on their own account (lavoro autonomo, partita IVA). */
  | 'SELF_EMPLOYED'
  /** Without a job and looking for one. */
  | 'UNEMPLOYED';

/** The enrolment of a referred person. */
export type EnrolBeneficiaryInput = {
  /** The enrolment day: not in the future, and the person must be eligible on it. */
  enrolledOn: string;
  /**
   * The Keycloak user id of the tutor who will follow the case: a member of the team of the person's Integra Corner
   * with that user id (`IntegraCorner.team`, set by `setCornerTeam`), else BAD_USER_INPUT on `input.tutorUserId`.
   */
  tutorUserId: string | number;
};

/** Where a beneficiary stands in a service. */
export type EnrollmentStatus =
  /** Completed the service. */
  | 'COMPLETED'
  /** Left before the end. */
  | 'DROPPED_OUT'
  /** Admitted; the service has not started for them yet. */
  | 'ENROLLED'
  /** Taking part. */
  | 'IN_PROGRESS';

/** What a plan's goal is about. */
export type GoalArea =
  /** Administrative procedures (residence permit, residence registration, tax code, health card...). */
  | 'ADMINISTRATIVE'
  /** Education, skills and the recognition of qualifications. */
  | 'EDUCATION'
  /** Family matters: children's schooling, childcare, work-life balance. */
  | 'FAMILY'
  /** Access to health, social-health and psychological services. */
  | 'HEALTH'
  /** Housing: a home of one's own, a tenancy, cohousing. */
  | 'HOUSING'
  /** Italian language learning. */
  | 'LANGUAGE'
  /** Orientation to local services and socio-cultural life. */
  | 'SOCIAL'
  /** Work: a job, a traineeship, job search. */
  | 'WORK';

/** The progress of one goal at a follow-up. */
export type GoalProgressInput = {
  /** A goal of the plan version in force. */
  goalId: string | number;
  /** What was said about the goal: at most 2000 characters. */
  note?: string | null | undefined;
  /** How the goal is progressing. */
  progress: GoalProgressStatus;
};

/** How a goal is progressing, as the beneficiary and the tutor see it at a follow-up. */
export type GoalProgressStatus =
  /** The goal is reached. */
  | 'ACHIEVED'
  /** Behind or threatened: the plan may need re-modulating. */
  | 'AT_RISK'
  /** Work towards the goal has not begun. */
  | 'NOT_STARTED'
  /** Progressing as planned. */
  | 'ON_TRACK';

/**
 * A consent to record. The beneficiary themself, their assigned tutor, a coordinator of their corner or an
 * administrator may record it.
 */
export type GrantConsentInput = {
  /**
   * The beneficiary giving the consent (a UUID): NOT_FOUND on `input.beneficiaryId` for an unknown id, FORBIDDEN
   * for someone the caller may not see.
   */
  beneficiaryId: string | number;
  /** Required for SHARE_WITH_ORGANISATION, and only then. */
  organisationId?: string | number | null | undefined;
  /**
   * What the consent allows; CONFLICT on `input.purpose` when the same consent (same purpose, same organisation)
   * is already in force.
   */
  purpose: ConsentPurpose;
};

/** The contract of a placement. */
export type HousingContractType =
  /** A cohousing project's agreement. */
  | 'COHOUSING_AGREEMENT'
  /** A free-market tenancy of 4 years renewable for 4 (canone libero, 4+4). */
  | 'FOUR_PLUS_FOUR'
  /** A regulated-rent tenancy of 3 years renewable for 2 (canone concordato, 3+2). */
  | 'THREE_PLUS_TWO'
  /** A transitional tenancy or place for a set time. */
  | 'TRANSITIONAL';

/** The kind of home an offer is. */
export type HousingKind =
  /** A whole flat for one household. */
  | 'APARTMENT'
  /** A place in a cohousing project with shared spaces and mutual support. */
  | 'COHOUSING'
  /** A room in a shared flat. */
  | 'ROOM'
  /** Public housing (edilizia residenziale pubblica) or housing at a regulated rent. */
  | 'SOCIAL_HOUSING'
  /** Temporary housing that bridges the exit from reception and an independent home. */
  | 'TRANSITIONAL_HOUSING';

/** How a placement ended. */
export type HousingPlacementOutcome =
  /** The person was evicted. */
  | 'EVICTED'
  /** The person left. */
  | 'LEFT'
  /** The person moved on to a tenancy of their own. */
  | 'OWN_TENANCY'
  /** The person stayed to the end of the agreed period. */
  | 'STAYED';

/** Where a proposal stands. */
export type HousingProposalStatus =
  /** The provider accepted the person: a place is held. */
  | 'ACCEPTED'
  /** The provider declined. */
  | 'DECLINED'
  /** The tenancy or place ended. */
  | 'ENDED'
  /** The tenancy or place began. */
  | 'PLACED'
  /** Proposed to the provider, waiting for it. */
  | 'PROPOSED'
  /** A viewing is arranged or held. */
  | 'VIEWING'
  /** The case team withdrew the proposal. */
  | 'WITHDRAWN';

/** What an indicator's values are. */
export type IndicatorUnit =
  /** A median number of days. */
  | 'MEDIAN_DAYS'
  /** A median number of CEFR steps. */
  | 'MEDIAN_STEPS'
  /** A number of people. */
  | 'PEOPLE'
  /** A percentage (one decimal). */
  | 'PERCENT'
  /** A number of services delivered (enrolments in catalogue services), not of people. */
  | 'SERVICES';

/** Narrows a list of intake referrals; every condition given must hold. */
export type IntakeReferralFilter = {
  /** Only the referrals addressed to this Integra Corner (a UUID). */
  integraCornerId?: string | number | null | undefined;
  /** Only referrals in this status; every status when omitted. */
  status?: IntakeReferralStatus | null | undefined;
};

/** Where an intake referral stands. */
export type IntakeReferralStatus =
  /** The person became a beneficiary (status REFERRED, then enrolled). */
  | 'CONVERTED'
  /** The person does not want to take part. */
  | 'DECLINED'
  /** The corner is trying to reach the person, or has reached them and not decided yet. */
  | 'OPEN'
  /** The person could not be reached. */
  | 'UNREACHABLE';

/** Who referred the person to the programme. */
export type IntakeSource =
  /** Any other source (a social service, a school, a health service...). */
  | 'OTHER'
  /** An outreach contact of the corner's team or of a partner. */
  | 'OUTREACH'
  /** A reception managing body (ente gestore) of a SAI or CAS project the person is leaving or has left. */
  | 'RECEPTION_MANAGING_BODY'
  /** The person came forward themself. */
  | 'SELF';

/** The factors of a match. */
export type MatchFactorName =
  /** Hours a week and shifts the person can work against the job's. */
  | 'AVAILABILITY'
  /** The driving licence the job needs: a hard constraint. */
  | 'DRIVING_LICENCE'
  /** The workplace against the provinces and municipalities the person can reach (0.5 when they said none). */
  | 'MOBILITY'
  /**
   * The vacancy's ISCO-08 unit group against the occupations wanted: 1 the first wanted, 0.8 another wanted, 0.5 the
   * same minor group, 0.25 the same sub-major group.
   */
  | 'OCCUPATION';

/** Narrows a list of organisations; every condition given must hold. */
export type OrganisationFilter = {
  /** Whether deactivated organisations are listed too; only active ones when omitted or false. */
  includeDeactivated?: boolean | null | undefined;
  /** Organisations working in this province (code such as TO). */
  province?: string | null | undefined;
  /** Only organisations of this type; every type when omitted. */
  type?: OrganisationType | null | undefined;
};

/** The role an organisation plays in the network. */
export type OrganisationType =
  /** A company offering traineeships, work experiences or jobs. */
  | 'EMPLOYER'
  /** A public employment centre (Centro per l'Impiego, CPI). */
  | 'EMPLOYMENT_CENTRE'
  /** A local health authority (ASL) or one of its services. */
  | 'HEALTH_SERVICE'
  /** A social housing or rental intermediation agency. */
  | 'HOUSING_AGENCY'
  /** A non-governmental organisation or voluntary association. */
  | 'NGO'
  /** A welfare advice office (patronato), run by a trade union or an association; hosts Integra Corners. */
  | 'PATRONATO'
  /** A public administration, such as a municipality's social services or a prefecture. */
  | 'PUBLIC_ADMINISTRATION'
  /** An organisation managing a reception project (ente gestore of a SAI or CAS project). */
  | 'RECEPTION_MANAGING_BODY'
  /** A school, including the adult education centres (CPIA) that teach Italian L2. */
  | 'SCHOOL'
  /** A vocational training provider (ente di formazione). */
  | 'TRAINING_PROVIDER';

/** An action of a goal being written: a catalogue service (serviceId) or another step. */
export type PlanActionInput = {
  /** What the action is: not blank, at most 1000 characters. */
  description: string;
  /** The id of an action of the current version, to keep it; left out for a new action. */
  id?: string | number | null | undefined;
  /** Not before plannedStart. */
  plannedEnd?: string | null | undefined;
  /** The day the action is planned to start. */
  plannedStart: string;
  /**
   * The organisation expected to deliver the action (a UUID), when known. With a `serviceId` it is that service's
   * provider: left out, the service's provider is taken; another organisation is refused (BAD_USER_INPUT on this
   * field, with `extensions.serviceProviderId`). Without a service, any active organisation of the network.
   */
  providerOrganisationId?: string | number | null | undefined;
  /**
   * The catalogue service the action uses (a UUID); left out for a step outside the catalogue. Its overlap with
   * the person's service history shows in `PlanAction.overlapWarning`.
   */
  serviceId?: string | number | null | undefined;
  /** PLANNED for a new action unless given; a kept action keeps its status unless given. */
  status?: PlanActionStatus | null | undefined;
};

/** Where an action stands: PLANNED -> IN_PROGRESS -> DONE, or CANCELLED before DONE. */
export type PlanActionStatus =
  /** Dropped before it was carried out. */
  | 'CANCELLED'
  /** Carried out. */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Not started yet. */
  | 'PLANNED';

/** A goal of a plan version being written, with its actions. */
export type PlanGoalInput = {
  /** At most 20 actions. */
  actions: Array<PlanActionInput>;
  /** The area of the beneficiary's life the goal is about. */
  area: GoalArea;
  /** The goal in the words agreed with the beneficiary: not blank, at most 1000 characters. */
  description: string;
  /**
   * The id of a goal of the current version, to keep it (its follow-up progress stays attached); left out for a new
   * goal.
   */
  id?: string | number | null | undefined;
  /** The day by which the goal should be reached. */
  targetDate: string;
};

/** A person to propose for a vacancy. */
export type ProposeCandidacyInput = {
  /** The person. */
  beneficiaryId: string | number;
  /** The name the CV will show the employer (as the person wants it), 1 to 200 characters. */
  cvName: string;
  /** A note for the history. */
  note?: string | null | undefined;
  /** The OPEN vacancy. */
  vacancyId: string | number;
};

/** The kind of international protection a beneficiary holds. */
export type ProtectionStatus =
  /** Refugee status (status di rifugiato). */
  | 'REFUGEE'
  /** Subsidiary protection (protezione sussidiaria). */
  | 'SUBSIDIARY_PROTECTION';

/** The reception project a beneficiary left. */
export type ReceptionType =
  /** Centro di Accoglienza Straordinaria: emergency reception centres. */
  | 'CAS'
  /** First-reception centres and hubs. */
  | 'FIRST_RECEPTION'
  /** Any other reception arrangement. */
  | 'OTHER'
  /** Sistema di Accoglienza e Integrazione: the municipal network. */
  | 'SAI';

/** An attempt to reach a referred person. */
export type RecordContactAttemptInput = {
  /** When the attempt was made; now when left out. Not in the future. */
  at?: string | null | undefined;
  /** How the person was contacted. */
  channel: ContactChannel;
  /** What the operator noted: at most 2000 characters. */
  note?: string | null | undefined;
  /** What came of the attempt; DECLINED also closes the referral. */
  outcome: ContactOutcome;
};

/** A follow-up held with the beneficiary. */
export type RecordFollowUpInput = {
  /** The critical issues noticed, at most 20; none when left out. */
  criticalIssues?: Array<CriticalIssueInput> | null | undefined;
  /** At most one entry per goal. */
  goalProgress: Array<GoalProgressInput>;
  /** Not in the future. */
  heldOn: string;
};

/** A person referred to the programme. */
export type RecordIntakeReferralInput = {
  /** Date of birth: in the past. */
  birthDate: string;
  /** ISO 3166-1 alpha-2 code, for example NG. */
  citizenship: string;
  /** Checked: 16 characters in the official format, with a matching check character. */
  codiceFiscale?: string | null | undefined;
  /**
   * How to reach the person (a phone number, an e-mail address, the reception body's contact): at most 200
   * characters.
   */
  contact?: string | null | undefined;
  /**
   * Family name(s): up to 100 characters after trimming. Left out, null or blank for a person with a single name (no
   * family name on the permit): stored and shown as the empty string.
   */
  familyName?: string | null | undefined;
  /** Given name(s): 1 to 100 characters after trimming. */
  givenName: string;
  /**
   * The Integra Corner asked to take the person on (a UUID); the caller must work there (administrators: any),
   * otherwise FORBIDDEN.
   */
  integraCornerId: string | number;
  /** The form of international protection the person holds. */
  protectionStatus: ProtectionStatus;
  /** Province code (sigla), for example TO. */
  province: string;
  /** The day the person left (or will leave) reception: after the birth date. Eligibility is counted from it. */
  receptionExitDate: string;
  /** The kind of reception project the person is leaving or has left. */
  receptionType: ReceptionType;
  /** The day the referral arrived; today when left out. Not in the future. */
  referredOn?: string | null | undefined;
  /** The referring organisation (catalogue id); expected for RECEPTION_MANAGING_BODY. */
  referringOrganisationId?: string | number | null | undefined;
  /** Who referred the person. */
  source: IntakeSource;
};

/** A beneficiary's labour profile, whole: recording it replaces every field. */
export type RecordLabourProfileInput = {
  /** The first day the beneficiary can start. */
  availableFrom?: string | null | undefined;
  /** The beneficiary (a UUID). */
  beneficiaryId: string | number;
  /** Desired occupations as ISCO-08 unit groups (four digits of an ISCO-08 sub-major group), most wanted first, at most 5. */
  desiredIscoCodes: Array<string>;
  /** Driving licence categories held: AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE. */
  drivingLicences?: Array<string> | null | undefined;
  /** The current employment status; a change is added to the status history. */
  employmentStatus: EmploymentStatus;
  /** The version read; required when a profile exists (a stale one is CONFLICT), omitted for a first profile. */
  expectedVersion?: number | null | undefined;
  /** Hours a week the beneficiary can work, 1 to 60. */
  hoursPerWeek?: number | null | undefined;
  /** The day of the declaration of immediate availability (DID); not in the future. */
  immediateAvailabilityDeclaredOn?: string | null | undefined;
  /** Whether the beneficiary has a vehicle of their own. */
  ownVehicle?: boolean | null | undefined;
  /** Municipalities the beneficiary can reach. */
  reachableMunicipalities?: Array<string> | null | undefined;
  /** Provinces (two-letter codes) the beneficiary can reach. */
  reachableProvinces?: Array<string> | null | undefined;
  /** The day of registration at the employment centre (CPI); not in the future. */
  registeredWithEmploymentCentreOn?: string | null | undefined;
  /** Shifts the beneficiary can work. */
  shifts?: Array<Shift> | null | undefined;
  /** The day a change of status took effect; today when omitted. Not in the future. */
  statusChangedOn?: string | null | undefined;
  /** Years of work experience, 0 to 60. */
  workExperienceYears?: number | null | undefined;
};

/** An assessed language level; the latest per language is the one in force. */
export type RecordLanguageLevelInput = {
  /** Not in the future. */
  assessedOn: string;
  /**
   * The certificate behind the level (CELI, CILS, PLIDA, a CPIA test), at most 500 characters; left out for a
   * tutor's assessment.
   */
  certificate?: string | null | undefined;
  /** ISO 639-1 code, lower case (it, en, fr, ar...). */
  language: string;
  /** The assessed level on the CEFR scale. */
  level: CefrLevel;
};

/** Narrows a list of referrals; every condition given must hold. */
export type ReferralFilter = {
  /** Referrals sent by this Integra Corner. */
  integraCornerId?: string | number | null | undefined;
  /** Only referrals in this status; every status when omitted. */
  status?: ReferralStatus | null | undefined;
  /** Referrals addressed to this organisation. */
  toOrganisationId?: string | number | null | undefined;
};

/** Where a referral stands between the corner that sent it and the partner it is addressed to. */
export type ReferralStatus =
  /**
   * Accepted by the partner: the person is expected, or already taking part. Accepting takes one of the
   * service's places.
   */
  | 'ACCEPTED'
  /** Withdrawn by the corner (an accepted referral gives its place back). */
  | 'CANCELLED'
  /** The partner reports the service delivered. */
  | 'COMPLETED'
  /** The partner did not answer by the day it was due (set by `expireOverdueReferrals`). */
  | 'EXPIRED'
  /** Opened by the partner, who has not answered yet. */
  | 'RECEIVED'
  /** Rejected by the partner (no places, not eligible...). */
  | 'REJECTED'
  /** Sent by the corner; the partner has not answered yet. */
  | 'SENT';

/** The file formats of a period report. */
export type ReportFormat =
  /** Comma-separated values (RFC 4180, UTF-8), one row per indicator and breakdown cell. */
  | 'CSV'
  /** An Excel workbook (Office Open XML): one sheet with the same rows, laid out as a FAMI/AMIF progress report. */
  | 'XLSX';

/** How long a reporting period is. */
export type ReportingPeriodKind =
  /** A calendar month. */
  | 'MONTH'
  /** The whole project, from its first to its last day. */
  | 'PROJECT'
  /** A calendar quarter. */
  | 'QUARTER';

/** What a figure of a report is broken down by. */
export type ResultDimension =
  /** Age band on the period's last day (`key` is an AgeBand value). */
  | 'AGE_BAND'
  /** Citizenship (`key` is an ISO 3166-1 alpha-2 code). */
  | 'CITIZENSHIP'
  /** The person's Integra Corner (`key` is its id). */
  | 'INTEGRA_CORNER'
  /**
   * The programme the service delivered belongs to (`key` is the programme's code, such as IMPACT): for services
   * delivered only.
   */
  | 'PROGRAMME'
  /** Protection status (`key` is a ProtectionStatus value). */
  | 'PROTECTION_STATUS'
  /** The province the person lives in (`key` is its code, such as TO). */
  | 'PROVINCE'
  /** The area of the service delivered (`key` is a ServiceArea value such as WORK): for services delivered only. */
  | 'SERVICE_AREA'
  /** Sex as on the permit (`key` is FEMALE, MALE, UNSPECIFIED or NOT_RECORDED). */
  | 'SEX'
  /** No breakdown: the figure of the whole report. */
  | 'TOTAL'
  /**
   * Whether a vulnerability is recorded in the person's special-category profile (`key` is VULNERABLE or
   * NONE_RECORDED; NOT_RECORDED in versions frozen before it was kept): for counts only, never for medians or rates.
   */
  | 'VULNERABILITY';

/**
 * The indicators of the results framework (result-based management); each one's written definition is on its enum
 * value and in `IndicatorResult.definition`.
 */
export type ResultIndicator =
  /**
   * The autonomy outcome: enrolled beneficiaries who, on some day on or after enrolment, are both in employment or
   * self-employment and in a tenancy, shared rent, social housing or cohousing (each spell started on or after
   * enrolment), counted in the period of the first such day; the programme's target is 295 people.
   */
  | 'AUTONOMY_OUTCOME'
  /**
   * Median number of days from enrolment to the first agreement of the PAI, over the beneficiaries whose first PAI was
   * agreed in the period.
   */
  | 'DAYS_TO_AGREED_PAI'
  /**
   * Of the people referred in the period, those eligible on the day their case was opened: international protection and
   * fewer than 18 months since leaving reception.
   */
  | 'ELIGIBLE'
  /**
   * People whose case was closed and who, reached at the follow-up contact six months (or more) after the closure, said
   * they were in employment or self-employment; counted in the period of the contact.
   */
  | 'EMPLOYED_AFTER_EXIT'
  /** Beneficiaries enrolled (taken in charge by a tutor of the corner) in the period. */
  | 'ENROLLED'
  /**
   * Enrolled beneficiaries with a spell in education or vocational training (status IN_TRAINING in
   * labour.employment_spell) on some day of the period on or after their enrolment.
   */
  | 'IN_EDUCATION'
  /**
   * Enrolled beneficiaries with a spell of employment or self-employment (labour's `employment_spell` contract) that
   * started on or after their enrolment and lasted into the period.
   */
  | 'IN_EMPLOYMENT'
  /**
   * Enrolled beneficiaries with a traineeship (tirocinio: status IN_TRAINEESHIP in labour.employment_spell) on some day
   * of the period on or after their enrolment. Traineeships are counted from the labour profile's status history only;
   * traineeships recorded as labour measures in their own right are not published to the results yet.
   */
  | 'IN_TRAINEESHIP'
  /**
   * Median number of CEFR steps between the first and the latest Italian assessment (0 when the level did not change,
   * negative when it fell), over the beneficiaries assessed at least twice whose latest assessment was made in the
   * period.
   */
  | 'ITALIAN_CEFR_STEPS_GAINED'
  /**
   * Beneficiaries whose latest Italian assessment, made in the period, is at least one CEFR step (A1, A2, B1, B2, C1,
   * C2) above their first Italian assessment.
   */
  | 'ITALIAN_LEVEL_GAINED'
  /**
   * Enrolled beneficiaries whose first housing spell in a tenancy, shared rent, social housing or cohousing (housing's
   * `housing_spell` contract) started on or after enrolment, in the period.
   */
  | 'MOVED_TO_TENANCY'
  /** Beneficiaries whose first PAI was agreed, by the person and the tutor both, in the period. */
  | 'PAI_AGREED'
  /**
   * Beneficiaries whose PAI was revised (a new version of the plan, with its reason, after the first) in the period; a
   * person revised twice counts once.
   */
  | 'PAI_REVISED'
  /**
   * Beneficiaries with a foreign qualification (the assessment's education records) recognised by the competent
   * authority in the period, counted on the day of their first recognition.
   */
  | 'QUALIFICATIONS_RECOGNISED'
  /**
   * Beneficiaries with a foreign qualification (the assessment's education records) submitted for recognition in the
   * period, counted on the day of their first submission.
   */
  | 'QUALIFICATIONS_SUBMITTED'
  /**
   * People recorded at intake (an intake referral to an Integra Corner) in the period, whether or not they became
   * beneficiaries; a beneficiary recorded without an intake referral counts on the day the case was opened.
   */
  | 'REACHED'
  /**
   * Of the referrals to partner services sent in the period, the percentage completed by the provider by the end of
   * the period.
   */
  | 'REFERRALS_CLOSED_LOOP_RATE'
  /**
   * Median number of days from sending a referral to a partner service to its completion by the provider
   * (catalogue.referral_outcome: sent -> completed), over the referrals completed in the period.
   */
  | 'REFERRAL_MEDIAN_DAYS'
  /** Beneficiaries whose case was opened at an Integra Corner in the period. */
  | 'REFERRED'
  /**
   * Beneficiaries with a rent guarantee or insurance (housing's `rent_guarantee_spell` contract) in force on any day of
   * the period.
   */
  | 'RENT_GUARANTEES_ACTIVE'
  /**
   * Enrolments of beneficiaries in services of the catalogue (catalogue.service_delivery: from an accepted referral or
   * recorded by the provider) that started in the period, each counted once, by the service's area and by the programme
   * the service belongs to.
   */
  | 'SERVICES_DELIVERED';

/** A new version of a plan, from the revision last read. */
export type ReviseActionPlanInput = {
  /** The cadence from this version on; unchanged unless given. */
  cadenceDays?: number | null | undefined;
  /**
   * The plan's revision as last read: CONFLICT (with extensions.currentRevision) when the plan changed since, and
   * nothing is written.
   */
  expectedRevision: number;
  /** The goals of the new version, whole: goals of the current version left out are dropped from it. */
  goals: Array<PlanGoalInput>;
  /** Why the plan is re-modulated (at least 10 characters). */
  reason: string;
};

/** A referral to send: who, to which service, from which corner. */
export type SendReferralInput = {
  /**
   * The action of the person's plan the referral is sent for (a UUID), which then follows the referral (IN_PROGRESS
   * when accepted, DONE when completed, PLANNED again when rejected or expired). BAD_USER_INPUT on `input.actionId`
   * when it is not an action of this person's plan version in force; CONFLICT on `input.actionId` when the action is
   * not PLANNED or already follows an open, accepted or completed referral.
   */
  actionId?: string | number | null | undefined;
  /** The person referred. They must have a consent in force to share their case with the service's provider. */
  beneficiaryId: string | number;
  /** The Integra Corner sending it: one of the caller's corners (administrators: any). */
  fromCornerId: string | number;
  /** What the corner tells the partner (at most 2000 characters). */
  note?: string | null | undefined;
  /** The day by which the partner is asked to answer: today or later (Europe/Rome). */
  responseDueOn: string;
  /** The service, which must be published and have a place left; the referral is addressed to its provider. */
  serviceId: string | number;
};

/** The area of a beneficiary's life a service works on. */
export type ServiceArea =
  /** Administrative procedures (residence permit, residence registration, tax code, health card...). */
  | 'ADMINISTRATIVE'
  /** Education, skills and qualifications. */
  | 'EDUCATION'
  /** Family and work-life balance. */
  | 'FAMILY'
  /** Access to health, social-health and psychological services. */
  | 'HEALTH'
  /** Housing: housing measures (WP4). */
  | 'HOUSING'
  /** Italian language learning. */
  | 'LANGUAGE'
  /** Orientation to local services and socio-cultural life. */
  | 'SOCIAL'
  /** Work: labour measures (WP4). */
  | 'WORK';

/** Where a service stands in the catalogue. */
export type ServicePublicationStatus =
  /** Being written by its provider: visible to the provider's operators and to administrators only. */
  | 'DRAFT'
  /** In the catalogue: visible to everyone, referrals may be sent to it. */
  | 'PUBLISHED'
  /** Taken out of the catalogue by its provider; existing referrals and plans still show it. */
  | 'WITHDRAWN';

/** What kind of service it is. */
export type ServiceType =
  /** Support with administrative procedures. */
  | 'ADMINISTRATIVE_SUPPORT'
  /** Childcare and other work-life balance services. */
  | 'CHILDCARE'
  /** Individual coaching towards work. */
  | 'COACHING'
  /** Career and labour counselling. */
  | 'COUNSELLING'
  /** A workshop with local employers. */
  | 'EMPLOYER_WORKSHOP'
  /** Accompaniment to health and social-health services. */
  | 'HEALTH_REFERRAL'
  /** Orientation to housing intermediation services. */
  | 'HOUSING_INTERMEDIATION'
  /** Transition to housing or cohousing, and support with entering a home. */
  | 'HOUSING_TRANSITION'
  /** Italian as a second language, including the technical vocabulary of work. */
  | 'ITALIAN_L2'
  /** A group laboratory on active job search. */
  | 'JOB_SEARCH_LAB'
  /** Individual support with looking for a job. */
  | 'JOB_SEARCH_SUPPORT'
  /** Matching with the local labour demand. */
  | 'LABOUR_MATCHING'
  /** Orientation to the services of the territory. */
  | 'ORIENTATION'
  /** Psychological support. */
  | 'PSYCHOLOGICAL_SUPPORT'
  /** Recognition of qualifications obtained abroad. */
  | 'QUALIFICATION_RECOGNITION'
  /** Rent guarantees and insurance, limited to the project period. */
  | 'RENT_GUARANTEE'
  /** Support with enrolling children in school. */
  | 'SCHOOL_SUPPORT'
  /** Assessment and certification of skills. */
  | 'SKILLS_ASSESSMENT'
  /** Socio-cultural activities. */
  | 'SOCIO_CULTURAL_ACTIVITY'
  /** A group laboratory on soft skills. */
  | 'SOFT_SKILLS_LAB'
  /** A work experience or on-the-job learning placement, such as a traineeship (tirocinio). */
  | 'WORK_EXPERIENCE';

/** A work shift. */
export type Shift =
  /** Afternoon or evening (roughly 14-22). */
  | 'AFTERNOON'
  /** Morning (roughly 6-14). */
  | 'MORNING'
  /** Night. */
  | 'NIGHT'
  /** Saturdays and Sundays. */
  | 'WEEKEND';

/** The tenancy or place that begins. */
export type StartHousingPlacementInput = {
  /** The contract signed. */
  contractType: HousingContractType;
  /** Monthly rent agreed, in euros (0 to 100000). */
  monthlyRentEuros: number;
  /** The first day. */
  startsOn: string;
};

/** The indicators an administrator sets a target for. */
export type TargetIndicator =
  /** People reaching the autonomy outcome (the programme's 295). */
  | 'AUTONOMY_OUTCOME'
  /** People enrolled. */
  | 'ENROLLED';

/** Where a vacancy stands. */
export type VacancyStatus =
  /** Withdrawn or expired without being filled. */
  | 'CLOSED'
  /** Being written: seen only by its employer and the hub's tutors, coordinators and administrators. */
  | 'DRAFT'
  /** Every opening has been filled. */
  | 'FILLED'
  /** Accepting candidates. */
  | 'OPEN';

export type BeneficiaryActionsFragment = { id: string, viewerCanSendReferral: boolean, viewerCan: { manageConsents: boolean, readSensitiveProfile: boolean, readAuditTrail: boolean, changeStatus: boolean, reopen: boolean, enrol: boolean, assignTutor: boolean, recordAssessment: boolean, draftActionPlan: boolean, recordFollowUp: boolean }, actionPlan: { id: string, viewerCan: { revise: boolean, agree: boolean, recordAgreementInPerson: boolean, updateActionStatus: boolean } } | null };

export type CaseloadQueryVariables = Exact<{
  filter?: BeneficiaryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { beneficiaries: { edges: Array<{ cursor: string, node: { id: string, givenName: string, familyName: string, caseStatus: CaseStatus, province: string, tutorUserId: string | null, nextFollowUpDue: string | null, integraCorner: { id: string, name: string }, eligibility: { eligible: boolean, windowClosesOn: string, daysLeft: number | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CornersQueryVariables = Exact<{ [key: string]: never; }>;


export type CornersQuery = { integraCorners: Array<{ id: string, name: string, province: string }> };

export type AttentionQueryVariables = Exact<{
  filter?: AttentionFilter | null | undefined;
}>;


export type AttentionQuery = { overdueFollowUps: { edges: Array<{ node: { dueOn: string, daysOverdue: number, beneficiary: { id: string, givenName: string, familyName: string } } }> }, openCriticalIssues: { edges: Array<{ node: { id: string, severity: CriticalIssueSeverity, description: string, raisedOn: string, beneficiary: { id: string, givenName: string, familyName: string } } }> }, permitsExpiring: { edges: Array<{ node: { id: string, permitExpiresOn: string | null, beneficiary: { id: string, givenName: string, familyName: string } } }> }, eligibilityWindowsClosing: { edges: Array<{ node: { id: string, givenName: string, familyName: string, eligibility: { windowClosesOn: string, daysLeft: number | null } } }> } };

export type CaseloadFiguresQueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type CaseloadFiguresQuery = { caseloadIndicators: Array<{ caseStatus: CaseStatus, count: number | null, suppressed: boolean, integraCorner: { id: string, name: string, province: string } }> };

export type EmployerHomeQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type EmployerHomeQuery = { organisation: { id: string, name: string, jobVacancies: Array<{ id: string, title: string, status: VacancyStatus, openings: number, publishedOn: string, closesOn: string | null, municipality: string }> } };

export type HousingProposalFieldsFragment = { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } };

export type HousingPartnerHomeQueryVariables = Exact<{
  organisationId: string | number;
  after?: string | null | undefined;
}>;


export type HousingPartnerHomeQuery = { organisation: { id: string, name: string, housingOffers: Array<{ id: string, title: string, kind: HousingKind, municipality: string, monthlyRentEuros: number, chargesEuros: number, places: number, placesLeft: number, availableFrom: string }> }, housingProposals: { edges: Array<{ node: { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordHousingViewingMutationVariables = Exact<{
  id: string | number;
  viewingOn: string;
}>;


export type RecordHousingViewingMutation = { recordHousingViewing: { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } } };

export type AcceptHousingProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptHousingProposalMutation = { acceptHousingProposal: { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } } };

export type DeclineHousingProposalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineHousingProposalMutation = { declineHousingProposal: { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } } };

export type StartHousingPlacementMutationVariables = Exact<{
  id: string | number;
  input: StartHousingPlacementInput;
}>;


export type StartHousingPlacementMutation = { startHousingPlacement: { id: string, status: HousingProposalStatus, proposedAt: string, viewingOn: string | null, offer: { id: string, title: string }, candidate: { givenName: string, familyName: string, householdSize: number } | null, placement: { contractType: HousingContractType, startsOn: string, monthlyRentEuros: number, endedOn: string | null, outcome: HousingPlacementOutcome | null } | null, viewerCan: { recordViewing: boolean, accept: boolean, decline: boolean, startPlacement: boolean } } };

export type IntakeReferralsQueryVariables = Exact<{
  filter?: IntakeReferralFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type IntakeReferralsQuery = { intakeReferrals: { edges: Array<{ node: { id: string, source: IntakeSource, referredOn: string, givenName: string, familyName: string, birthDate: string, citizenship: string, receptionExitDate: string, status: IntakeReferralStatus, contact: string | null, referringOrganisation: { id: string, name: string } | null, integraCorner: { id: string, name: string }, contactAttempts: Array<{ id: string, at: string, channel: ContactChannel, outcome: ContactOutcome, note: string | null }>, convertedBeneficiary: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordContactAttemptMutationVariables = Exact<{
  referralId: string | number;
  input: RecordContactAttemptInput;
}>;


export type RecordContactAttemptMutation = { recordContactAttempt: { id: string, status: IntakeReferralStatus, contactAttempts: Array<{ id: string, at: string, channel: ContactChannel, outcome: ContactOutcome, note: string | null }> } };

export type ConvertIntakeReferralMutationVariables = Exact<{
  referralId: string | number;
}>;


export type ConvertIntakeReferralMutation = { convertIntakeReferral: { id: string, status: IntakeReferralStatus, convertedBeneficiary: { id: string } | null } };

export type RecordIntakeReferralMutationVariables = Exact<{
  input: RecordIntakeReferralInput;
}>;


export type RecordIntakeReferralMutation = { recordIntakeReferral: { id: string, status: IntakeReferralStatus } };

export type PersonLabourQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonLabourQuery = { beneficiary: { id: string, givenName: string, familyName: string, province: string, labourViewerCan: { recordProfile: boolean, proposeCandidacy: boolean }, labourProfile: { employmentStatus: EmploymentStatus, registeredWithEmploymentCentreOn: string | null, immediateAvailabilityDeclaredOn: string | null, desiredIscoCodes: Array<string>, workExperienceYears: number | null, version: number, updatedAt: string, availability: { hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, mobility: { provinces: Array<string>, municipalities: Array<string>, drivingLicences: Array<string>, ownVehicle: boolean } } | null }, candidacies: { edges: Array<{ node: { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } } }> } };

export type LabourProfileFieldsFragment = { employmentStatus: EmploymentStatus, registeredWithEmploymentCentreOn: string | null, immediateAvailabilityDeclaredOn: string | null, desiredIscoCodes: Array<string>, workExperienceYears: number | null, version: number, updatedAt: string, availability: { hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, mobility: { provinces: Array<string>, municipalities: Array<string>, drivingLicences: Array<string>, ownVehicle: boolean } };

export type CandidacyFieldsFragment = { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } };

export type MatchFieldsFragment = { score: number, excluded: boolean, gaps: Array<string>, factors: Array<{ name: MatchFactorName, weight: number, value: number | null, explanation: string }> };

export type VacanciesForQueryVariables = Exact<{
  beneficiaryId: string | number;
}>;


export type VacanciesForQuery = { vacanciesFor: Array<{ score: number, excluded: boolean, gaps: Array<string>, vacancy: { id: string, title: string, municipality: string, status: VacancyStatus, employer: { id: string, name: string } }, factors: Array<{ name: MatchFactorName, weight: number, value: number | null, explanation: string }> }> };

export type OpenVacanciesQueryVariables = Exact<{
  province?: string | null | undefined;
}>;


export type OpenVacanciesQuery = { jobVacancies: { edges: Array<{ node: { id: string, title: string, municipality: string, openings: number, filled: number, employer: { id: string, name: string } } }> } };

export type CandidatesForQueryVariables = Exact<{
  vacancyId: string | number;
}>;


export type CandidatesForQuery = { jobVacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, candidatesFor: Array<{ score: number, excluded: boolean, gaps: Array<string>, beneficiary: { id: string, givenName: string, familyName: string }, factors: Array<{ name: MatchFactorName, weight: number, value: number | null, explanation: string }> }> };

export type RecordLabourProfileMutationVariables = Exact<{
  input: RecordLabourProfileInput;
}>;


export type RecordLabourProfileMutation = { recordLabourProfile: { employmentStatus: EmploymentStatus, registeredWithEmploymentCentreOn: string | null, immediateAvailabilityDeclaredOn: string | null, desiredIscoCodes: Array<string>, workExperienceYears: number | null, version: number, updatedAt: string, availability: { hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, mobility: { provinces: Array<string>, municipalities: Array<string>, drivingLicences: Array<string>, ownVehicle: boolean } } };

export type ProposeCandidacyMutationVariables = Exact<{
  input: ProposeCandidacyInput;
}>;


export type ProposeCandidacyMutation = { proposeCandidacy: { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } } };

export type AgreeToCandidacyMutationVariables = Exact<{
  id: string | number;
}>;


export type AgreeToCandidacyMutation = { agreeToCandidacy: { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } } };

export type MoveCandidacyMutationVariables = Exact<{
  id: string | number;
  to: CandidacyStatus;
  reason?: CandidacyEndReason | null | undefined;
}>;


export type MoveCandidacyMutation = { moveCandidacy: { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } } };

export type EmployerCandidaciesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployerCandidaciesQuery = { candidacies: { edges: Array<{ node: { id: string, status: CandidacyStatus, agreedOn: string | null, endReason: CandidacyEndReason | null, proposedAt: string, vacancy: { id: string, title: string, municipality: string, employer: { id: string, name: string } }, cv: { name: string, desiredIscoCodes: Array<string>, workExperienceYears: number | null, drivingLicences: Array<string>, hoursPerWeek: number | null, shifts: Array<Shift>, availableFrom: string | null }, history: Array<{ from: CandidacyStatus | null, to: CandidacyStatus, reason: CandidacyEndReason | null, at: string }>, viewerCan: { agree: boolean, decline: boolean, withdraw: boolean, send: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } } }> } };

export type MyRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type MyRecordQuery = { beneficiary: { id: string, givenName: string, familyName: string, caseStatus: CaseStatus, tutorUserId: string | null, nextFollowUpDue: string | null, viewerCanSendReferral: boolean, integraCorner: { id: string }, actionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, viewerCan: { revise: boolean, agree: boolean, recordAgreementInPerson: boolean, updateActionStatus: boolean }, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null }> }> } | null, consents: Array<{ id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null }>, followUps: { edges: Array<{ node: { id: string, heldOn: string } }> }, viewerCan: { manageConsents: boolean, readSensitiveProfile: boolean, readAuditTrail: boolean, changeStatus: boolean, reopen: boolean, enrol: boolean, assignTutor: boolean, recordAssessment: boolean, draftActionPlan: boolean, recordFollowUp: boolean } } };

export type MyRecordAccessesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MyRecordAccessesQuery = { myRecordAccesses: { edges: Array<{ node: { id: string, occurredAt: string, operation: string, fields: Array<string>, reason: string | null, actor: { id: string, username: string | null, roles: Array<string>, organisation: { id: string, name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyPersonalDataQueryVariables = Exact<{
  id: string | number;
}>;


export type MyPersonalDataQuery = { personalDataExport: { beneficiaryId: string, generatedAt: string, caseFile: Array<{ subgraph: string, name: string, description: string, records: Array<unknown> }>, serviceRecords: Array<{ subgraph: string, name: string, description: string, records: Array<unknown> }>, labourRecords: Array<{ subgraph: string, name: string, description: string, records: Array<unknown> }>, housingRecords: Array<{ subgraph: string, name: string, description: string, records: Array<unknown> }> } };

export type PersonalDataSectionFieldsFragment = { subgraph: string, name: string, description: string, records: Array<unknown> };

export type ReferralFieldsFragment = { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> };

export type ReferralInboxQueryVariables = Exact<{
  filter?: ReferralFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ReferralInboxQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, beneficiaries: { edges: Array<{ node: { id: string, givenName: string, familyName: string } }> } };

export type ReceiveReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type ReceiveReferralMutation = { receiveReferral: { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> } };

export type RejectReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectReferralMutation = { rejectReferral: { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> } };

export type CompleteReferralMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type CompleteReferralMutation = { completeReferral: { id: string, status: ReferralStatus, sentAt: string, responseDueOn: string, overdue: boolean, note: string | null, viewerCan: { receive: boolean, accept: boolean, reject: boolean, complete: boolean, cancel: boolean }, service: { id: string, name: string }, fromCorner: { id: string, name: string }, beneficiary: { id: string } | null, history: Array<{ from: ReferralStatus | null, to: ReferralStatus, at: string, reason: string | null, outcome: string | null }> } };

export type ServiceFieldsFragment = { id: string, name: string, description: string, area: ServiceArea, type: ServiceType, capacity: number | null, remainingPlaces: number | null, publicationStatus: ServicePublicationStatus, publishedAt: string | null, version: number, provinces: Array<string>, viewerCan: { update: boolean, publish: boolean, withdraw: boolean }, provider: { id: string, name: string }, programme: { id: string, code: string } };

export type OrganisationServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationServicesQuery = { services: { edges: Array<{ node: { id: string, name: string, description: string, area: ServiceArea, type: ServiceType, capacity: number | null, remainingPlaces: number | null, publicationStatus: ServicePublicationStatus, publishedAt: string | null, version: number, provinces: Array<string>, viewerCan: { update: boolean, publish: boolean, withdraw: boolean }, provider: { id: string, name: string }, programme: { id: string, code: string } } }> } };

export type PublishServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishServiceMutation = { publishService: { id: string, name: string, description: string, area: ServiceArea, type: ServiceType, capacity: number | null, remainingPlaces: number | null, publicationStatus: ServicePublicationStatus, publishedAt: string | null, version: number, provinces: Array<string>, viewerCan: { update: boolean, publish: boolean, withdraw: boolean }, provider: { id: string, name: string }, programme: { id: string, code: string } } };

export type WithdrawServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawServiceMutation = { withdrawService: { id: string, name: string, description: string, area: ServiceArea, type: ServiceType, capacity: number | null, remainingPlaces: number | null, publicationStatus: ServicePublicationStatus, publishedAt: string | null, version: number, provinces: Array<string>, viewerCan: { update: boolean, publish: boolean, withdraw: boolean }, provider: { id: string, name: string }, programme: { id: string, code: string } } };

export type UpdateServiceCapacityMutationVariables = Exact<{
  id: string | number;
  capacity?: number | null | undefined;
  expectedVersion: number;
}>;


export type UpdateServiceCapacityMutation = { updateService: { id: string, name: string, description: string, area: ServiceArea, type: ServiceType, capacity: number | null, remainingPlaces: number | null, publicationStatus: ServicePublicationStatus, publishedAt: string | null, version: number, provinces: Array<string>, viewerCan: { update: boolean, publish: boolean, withdraw: boolean }, provider: { id: string, name: string }, programme: { id: string, code: string } } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { beneficiary: { id: string, givenName: string, familyName: string, birthDate: string, citizenship: string, codiceFiscale: string | null, protectionStatus: ProtectionStatus, receptionType: ReceptionType, receptionExitDate: string, province: string, caseStatus: CaseStatus, tutorUserId: string | null, enrolledOn: string | null, version: number, outcome: CaseOutcome | null, closedOn: string | null, nextFollowUpDue: string | null, italianLevel: CefrLevel | null, viewerCanSendReferral: boolean, languages: Array<{ language: string, level: CefrLevel, assessedOn: string, certificate: string | null }>, integraCorner: { id: string, name: string }, eligibility: { eligible: boolean, protectionEligible: boolean, monthsSinceReceptionExit: number, windowClosesOn: string, daysLeft: number | null, reasons: Array<string>, evaluatedOn: string }, employability: { band: EmployabilityBand, score: number, maxScore: number }, statusHistory: Array<{ id: string, from: CaseStatus | null, to: CaseStatus, note: string | null, outcome: CaseOutcome | null, changedAt: string }>, consents: Array<{ id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null }>, actionPlan: { id: string, version: number, revision: number, status: ActionPlanStatus, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string }>, viewerCan: { revise: boolean, agree: boolean, recordAgreementInPerson: boolean, updateActionStatus: boolean } } | null, actionPlanHistory: { edges: Array<{ node: { id: string, version: number, revision: number, reason: string | null, createdAt: string, status: ActionPlanStatus } }> }, followUps: { edges: Array<{ node: { id: string, heldOn: string, goalProgress: Array<{ goalId: string, progress: GoalProgressStatus, note: string | null, goal: { id: string, description: string } | null }>, criticalIssues: Array<{ id: string, severity: CriticalIssueSeverity, description: string, resolvedAt: string | null }> } }> }, serviceHistory: Array<{ id: string, status: EnrollmentStatus, startedOn: string, endedOn: string | null, service: { id: string, name: string } }>, externalServices: Array<{ id: string, area: ServiceArea, programme: string, providerName: string, startedOn: string, endedOn: string | null, withdrawal: { at: string } | null }>, viewerCan: { manageConsents: boolean, readSensitiveProfile: boolean, readAuditTrail: boolean, changeStatus: boolean, reopen: boolean, enrol: boolean, assignTutor: boolean, recordAssessment: boolean, draftActionPlan: boolean, recordFollowUp: boolean } } };

export type PersonAuditQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type PersonAuditQuery = { beneficiary: { id: string, auditTrail: { edges: Array<{ node: { id: string, occurredAt: string, operation: string, fields: Array<string>, reason: string | null, actor: { id: string, username: string | null, roles: Array<string>, organisation: { id: string, name: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type AuditFieldsFragment = { id: string, occurredAt: string, operation: string, fields: Array<string>, reason: string | null, actor: { id: string, username: string | null, roles: Array<string>, organisation: { id: string, name: string } | null } };

export type ConsentFieldsFragment = { id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null };

export type EnrolBeneficiaryMutationVariables = Exact<{
  beneficiaryId: string | number;
  input: EnrolBeneficiaryInput;
}>;


export type EnrolBeneficiaryMutation = { enrolBeneficiary: { id: string, caseStatus: CaseStatus, tutorUserId: string | null, enrolledOn: string | null, version: number } };

export type ChangeCaseStatusMutationVariables = Exact<{
  beneficiaryId: string | number;
  input: ChangeCaseStatusInput;
}>;


export type ChangeCaseStatusMutation = { changeCaseStatus: { id: string, caseStatus: CaseStatus, version: number, outcome: CaseOutcome | null, closedOn: string | null } };

export type ReopenCaseMutationVariables = Exact<{
  beneficiaryId: string | number;
  reason: string;
  expectedVersion: number;
}>;


export type ReopenCaseMutation = { reopenCase: { id: string, caseStatus: CaseStatus, version: number, outcome: CaseOutcome | null, closedOn: string | null } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null } };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string, type: OrganisationType } }> } };

export type RecordLanguageLevelMutationVariables = Exact<{
  beneficiaryId: string | number;
  input: RecordLanguageLevelInput;
}>;


export type RecordLanguageLevelMutation = { recordLanguageLevel: { language: string, level: CefrLevel, assessedOn: string, certificate: string | null } };

export type RecordFollowUpMutationVariables = Exact<{
  beneficiaryId: string | number;
  input: RecordFollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, heldOn: string } };

export type ResolveCriticalIssueMutationVariables = Exact<{
  issueId: string | number;
  resolution: string;
}>;


export type ResolveCriticalIssueMutation = { resolveCriticalIssue: { id: string, resolvedAt: string | null, resolution: string | null } };

export type PersonPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPlanQuery = { beneficiary: { id: string, actionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null, overlapWarning: { hasOverlap: boolean, message: string | null } | null }> }> } | null } };

export type PlanFieldsFragment = { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null }> }> };

export type PlanOverlapFieldsFragment = { goals: Array<{ id: string, actions: Array<{ id: string, overlapWarning: { hasOverlap: boolean, message: string | null } | null }> }> };

export type PlanEditorQueryVariables = Exact<{
  id: string | number;
  province?: string | null | undefined;
}>;


export type PlanEditorQuery = { beneficiary: { id: string, givenName: string, familyName: string, province: string, actionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null, overlapWarning: { hasOverlap: boolean, message: string | null } | null }> }> } | null }, services: { edges: Array<{ node: { id: string, name: string, provider: { id: string, name: string } } }> } };

export type DraftActionPlanMutationVariables = Exact<{
  beneficiaryId: string | number;
  input: DraftActionPlanInput;
}>;


export type DraftActionPlanMutation = { draftActionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null, overlapWarning: { hasOverlap: boolean, message: string | null } | null }> }> } };

export type ReviseActionPlanMutationVariables = Exact<{
  planId: string | number;
  input: ReviseActionPlanInput;
}>;


export type ReviseActionPlanMutation = { reviseActionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null, overlapWarning: { hasOverlap: boolean, message: string | null } | null }> }> } };

export type AgreeActionPlanMutationVariables = Exact<{
  planId: string | number;
  input: AgreeActionPlanInput;
}>;


export type AgreeActionPlanMutation = { agreeActionPlan: { id: string, version: number, revision: number, current: boolean, status: ActionPlanStatus, reason: string | null, cadenceDays: number, createdAt: string, agreement: { agreedByBeneficiaryAt: string | null, agreedInPerson: boolean, agreedByTutorAt: string | null }, goals: Array<{ id: string, area: GoalArea, description: string, targetDate: string, actions: Array<{ id: string, description: string, plannedStart: string, plannedEnd: string | null, status: PlanActionStatus, service: { id: string, name: string } | null, provider: { id: string, name: string } | null }> }> } };

export type EligibleServicesQueryVariables = Exact<{
  id: string | number;
}>;


export type EligibleServicesQuery = { beneficiary: { id: string, givenName: string, familyName: string, integraCorner: { id: string }, consents: Array<{ id: string, purpose: ConsentPurpose, inForce: boolean, grantedAt: string, withdrawnAt: string | null, organisation: { id: string, name: string } | null }>, eligibleServices: Array<{ score: number, reasons: Array<string>, overlap: { hasOverlap: boolean, message: string | null }, service: { id: string, name: string, area: ServiceArea, type: ServiceType, remainingPlaces: number | null, provider: { id: string, name: string } } }> } };

export type SendReferralMutationVariables = Exact<{
  input: SendReferralInput;
}>;


export type SendReferralMutation = { sendReferral: { id: string, status: ReferralStatus, responseDueOn: string, toOrganisation: { id: string, name: string }, service: { id: string, name: string } } };

export type ReportingPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingPeriodsQuery = { reportingPeriods: Array<{ id: string, kind: ReportingPeriodKind, startsOn: string, endsOn: string, locked: boolean, versions: Array<{ version: number, lockedAt: string, explanation: string | null }> }> };

export type ResultsReportQueryVariables = Exact<{
  periodId: string | number;
}>;


export type ResultsReportQuery = { resultsReport: { version: number | null, figuresAsOf: string, suppressed: boolean, suppressionThreshold: number, period: { id: string, locked: boolean }, indicators: Array<{ indicator: ResultIndicator, unit: IndicatorUnit, name: string, definition: string, target: number | null, cells: Array<{ dimension: ResultDimension, key: string, target: number | null, periodValue: number | null, cumulativeValue: number | null, suppressed: boolean, integraCorner: { id: string, name: string } | null }> }> } };

export type ProgrammeTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeTargetsQuery = { resultTargets: Array<{ id: string, indicator: TargetIndicator, province: string | null, value: number, integraCorner: { id: string } | null }> };

export type ResultsReportFileQueryVariables = Exact<{
  periodId: string | number;
  format: ReportFormat;
}>;


export type ResultsReportFileQuery = { resultsReportFile: { fileName: string, mediaType: string, contentBase64: string } };

export const BeneficiaryActionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryActions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageConsents"}},{"kind":"Field","name":{"kind":"Name","value":"readSensitiveProfile"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"changeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"enrol"}},{"kind":"Field","name":{"kind":"Name","value":"assignTutor"}},{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"draftActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSendReferral"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revise"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"recordAgreementInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"updateActionStatus"}}]}}]}}]}}]} as unknown as DocumentNode<BeneficiaryActionsFragment, unknown>;
export const HousingProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<HousingProposalFieldsFragment, unknown>;
export const LabourProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithEmploymentCentreOn"}},{"kind":"Field","name":{"kind":"Name","value":"immediateAvailabilityDeclaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LabourProfileFieldsFragment, unknown>;
export const CandidacyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<CandidacyFieldsFragment, unknown>;
export const MatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<MatchFieldsFragment, unknown>;
export const PersonalDataSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalDataSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]} as unknown as DocumentNode<PersonalDataSectionFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const ServiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ServiceFieldsFragment, unknown>;
export const AuditFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuditFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const PlanOverlapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOverlapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overlapWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanOverlapFieldsFragment, unknown>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeneficiaryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"tutorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CornersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Corners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integraCorners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]} as unknown as DocumentNode<CornersQuery, CornersQueryVariables>;
export const AttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttentionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCriticalIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permitsExpiring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permitExpiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityWindowsClosing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"60"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttentionQuery, AttentionQueryVariables>;
export const CaseloadFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadFiguresQuery, CaseloadFiguresQueryVariables>;
export const EmployerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobVacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}}]}}]}}]} as unknown as DocumentNode<EmployerHomeQuery, EmployerHomeQueryVariables>;
export const HousingPartnerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HousingPartnerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"housingOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"chargesEuros"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HousingProposalFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<HousingPartnerHomeQuery, HousingPartnerHomeQueryVariables>;
export const RecordHousingViewingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHousingViewing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHousingViewing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"viewingOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewingOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HousingProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<RecordHousingViewingMutation, RecordHousingViewingMutationVariables>;
export const AcceptHousingProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHousingProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHousingProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HousingProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<AcceptHousingProposalMutation, AcceptHousingProposalMutationVariables>;
export const DeclineHousingProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineHousingProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineHousingProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HousingProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<DeclineHousingProposalMutation, DeclineHousingProposalMutationVariables>;
export const StartHousingPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartHousingPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartHousingPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHousingPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HousingProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HousingProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HousingProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewingOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyRentEuros"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"startPlacement"}}]}}]}}]} as unknown as DocumentNode<StartHousingPlacementMutation, StartHousingPlacementMutationVariables>;
export const IntakeReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntakeReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"receptionExitDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"referringOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeReferralsQuery, IntakeReferralsQueryVariables>;
export const RecordContactAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContactAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContactAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RecordContactAttemptMutation, RecordContactAttemptMutationVariables>;
export const ConvertIntakeReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertIntakeReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertIntakeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"convertedBeneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertIntakeReferralMutation, ConvertIntakeReferralMutationVariables>;
export const RecordIntakeReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntakeReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntakeReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntakeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordIntakeReferralMutation, RecordIntakeReferralMutationVariables>;
export const PersonLabourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonLabour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"labourViewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProfile"}},{"kind":"Field","name":{"kind":"Name","value":"proposeCandidacy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourProfileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidacyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithEmploymentCentreOn"}},{"kind":"Field","name":{"kind":"Name","value":"immediateAvailabilityDeclaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<PersonLabourQuery, PersonLabourQueryVariables>;
export const VacanciesForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacanciesFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacanciesFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<VacanciesForQuery, VacanciesForQueryVariables>;
export const OpenVacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenVacancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"openings"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenVacanciesQuery, OpenVacanciesQueryVariables>;
export const CandidatesForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatesFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidatesFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<CandidatesForQuery, CandidatesForQueryVariables>;
export const RecordLabourProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLabourProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLabourProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLabourProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabourProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWithEmploymentCentreOn"}},{"kind":"Field","name":{"kind":"Name","value":"immediateAvailabilityDeclaredOn"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mobility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"ownVehicle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecordLabourProfileMutation, RecordLabourProfileMutationVariables>;
export const ProposeCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidacyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<ProposeCandidacyMutation, ProposeCandidacyMutationVariables>;
export const AgreeToCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeToCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeToCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidacyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<AgreeToCandidacyMutation, AgreeToCandidacyMutationVariables>;
export const MoveCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidacyStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidacyEndReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidacyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<MoveCandidacyMutation, MoveCandidacyMutationVariables>;
export const EmployerCandidaciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerCandidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidacyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidacyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Candidacy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"desiredIscoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"workExperienceYears"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}},{"kind":"Field","name":{"kind":"Name","value":"send"}},{"kind":"Field","name":{"kind":"Name","value":"interview"}},{"kind":"Field","name":{"kind":"Name","value":"offer"}},{"kind":"Field","name":{"kind":"Name","value":"hire"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}}]}}]} as unknown as DocumentNode<EmployerCandidaciesQuery, EmployerCandidaciesQueryVariables>;
export const MyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryActions"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tutorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryActions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageConsents"}},{"kind":"Field","name":{"kind":"Name","value":"readSensitiveProfile"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"changeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"enrol"}},{"kind":"Field","name":{"kind":"Name","value":"assignTutor"}},{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"draftActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSendReferral"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revise"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"recordAgreementInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"updateActionStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyRecordQuery, MyRecordQueryVariables>;
export const MyRecordAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecordAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRecordAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyRecordAccessesQuery, MyRecordAccessesQueryVariables>;
export const MyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiaryId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labourRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalDataSectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalDataSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]} as unknown as DocumentNode<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export const ReferralInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const ReceiveReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ReceiveReferralMutation, ReceiveReferralMutationVariables>;
export const AcceptReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const RejectReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RejectReferralMutation, RejectReferralMutationVariables>;
export const CompleteReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receive"}},{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const OrganisationServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OrganisationServicesQuery, OrganisationServicesQueryVariables>;
export const PublishServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PublishServiceMutation, PublishServiceMutationVariables>;
export const WithdrawServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<WithdrawServiceMutation, WithdrawServiceMutationVariables>;
export const UpdateServiceCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"capacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacity"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"publicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceCapacityMutation, UpdateServiceCapacityMutationVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BeneficiaryActions"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"citizenship"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"protectionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"receptionType"}},{"kind":"Field","name":{"kind":"Name","value":"receptionExitDate"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tutorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"italianLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"protectionEligible"}},{"kind":"Field","name":{"kind":"Name","value":"monthsSinceReceptionExit"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosesOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlanHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"goalProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BeneficiaryActions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Beneficiary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageConsents"}},{"kind":"Field","name":{"kind":"Name","value":"readSensitiveProfile"}},{"kind":"Field","name":{"kind":"Name","value":"readAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"changeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"enrol"}},{"kind":"Field","name":{"kind":"Name","value":"assignTutor"}},{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"draftActionPlan"}},{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSendReferral"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revise"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"recordAgreementInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"updateActionStatus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const PersonAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonAuditQuery, PersonAuditQueryVariables>;
export const EnrolBeneficiaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolBeneficiary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolBeneficiaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolBeneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tutorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EnrolBeneficiaryMutation, EnrolBeneficiaryMutationVariables>;
export const ChangeCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseStatusMutation, ChangeCaseStatusMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const RecordLanguageLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLanguageLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLanguageLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLanguageLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}}]}}]} as unknown as DocumentNode<RecordLanguageLevelMutation, RecordLanguageLevelMutationVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const ResolveCriticalIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCriticalIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCriticalIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issueId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<ResolveCriticalIssueMutation, ResolveCriticalIssueMutationVariables>;
export const PersonPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOverlapFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOverlapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overlapWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPlanQuery, PersonPlanQueryVariables>;
export const PlanEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOverlapFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOverlapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overlapWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanEditorQuery, PlanEditorQueryVariables>;
export const DraftActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"beneficiaryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beneficiaryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOverlapFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOverlapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overlapWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftActionPlanMutation, DraftActionPlanMutationVariables>;
export const ReviseActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanOverlapFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanOverlapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overlapWarning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviseActionPlanMutation, ReviseActionPlanMutationVariables>;
export const AgreeActionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeActionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreeActionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeActionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedByBeneficiaryAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedInPerson"}},{"kind":"Field","name":{"kind":"Name","value":"agreedByTutorAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreeActionPlanMutation, AgreeActionPlanMutationVariables>;
export const EligibleServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibleServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"overlap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EligibleServicesQuery, EligibleServicesQueryVariables>;
export const SendReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"toOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const ReportingPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>;
export const ResultsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"figuresAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"periodValue"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeValue"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResultsReportQuery, ResultsReportQueryVariables>;
export const ProgrammeTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"integraCorner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeTargetsQuery, ProgrammeTargetsQueryVariables>;
export const ResultsReportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResultsReportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultsReportFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ResultsReportFileQuery, ResultsReportFileQueryVariables>;