import { hasRole, type Viewer } from '../auth/viewer';

/**
 * Which actions a screen offers for a record. Screens ask only these objects, never the viewer's roles: the
 * graph's `viewerCan` fields (answered by each module's policy on the server) replace the interim answers below
 * record by record, by adding `viewerCan { ... }` to the fragment; `fromServer` then wins.
 *
 * Until then the interim answers mirror the server's rules (subgraphs' `*-access.ts`); the server still refuses
 * whatever they get wrong, and the screen shows that refusal next to the action.
 */
export interface BeneficiaryViewerCan {
  changeStatus: boolean;
  enrol: boolean;
  assignTutor: boolean;
  manageConsents: boolean;
  readSensitiveProfile: boolean;
  draftActionPlan: boolean;
  reviseActionPlan: boolean;
  agreeActionPlan: boolean;
  recordFollowUp: boolean;
  sendReferral: boolean;
  readAuditTrail: boolean;
  /** Assessment forms (languages, skills, education, procedures): not in the proposed server list yet. */
  recordAssessment: boolean;
}

export interface ReferralViewerCan {
  receive: boolean;
  accept: boolean;
  reject: boolean;
  complete: boolean;
  cancel: boolean;
}

export interface ServiceViewerCan {
  update: boolean;
  publish: boolean;
  withdraw: boolean;
}

interface BeneficiaryRecord {
  id: string;
  caseStatus: string;
  tutorUserId?: string | null;
  integraCorner: { id: string };
  actionPlan?: { status: string; agreement: { agreedByBeneficiaryAt?: string | null; agreedByTutorAt?: string | null } } | null;
  viewerCan?: Partial<BeneficiaryViewerCan> | null;
}

export function beneficiaryViewerCan(record: BeneficiaryRecord, viewer: Viewer): BeneficiaryViewerCan {
  const ofCorner = viewer.cornerIds.includes(record.integraCorner.id);
  const admin = hasRole(viewer, 'network-admin');
  const coordinator = hasRole(viewer, 'corner-coordinator') && ofCorner;
  const assignedTutor = hasRole(viewer, 'tutor') && ofCorner && record.tutorUserId === viewer.userId;
  const self = hasRole(viewer, 'beneficiary') && viewer.beneficiaryId === record.id;
  const caseTeam = admin || coordinator || assignedTutor;
  const open = record.caseStatus !== 'CLOSED';
  const plan = record.actionPlan;
  const waitingFor = (who: 'beneficiary' | 'tutor') =>
    !!plan && (who === 'beneficiary' ? !plan.agreement.agreedByBeneficiaryAt : !plan.agreement.agreedByTutorAt);
  const interim: BeneficiaryViewerCan = {
    changeStatus: caseTeam && open,
    enrol: record.caseStatus === 'REFERRED' && (admin || coordinator || (hasRole(viewer, 'tutor') && ofCorner)),
    assignTutor: admin || coordinator,
    manageConsents: caseTeam || self,
    readSensitiveProfile: caseTeam,
    draftActionPlan: caseTeam && open && !plan && record.caseStatus !== 'REFERRED',
    reviseActionPlan: caseTeam && open && !!plan,
    agreeActionPlan:
      (assignedTutor && waitingFor('tutor')) || (assignedTutor && waitingFor('beneficiary')) || (self && waitingFor('beneficiary')),
    recordFollowUp: caseTeam && open && !!plan,
    sendReferral: caseTeam && open && record.caseStatus !== 'REFERRED',
    readAuditTrail: admin || coordinator || assignedTutor || self,
    recordAssessment: caseTeam && open && record.caseStatus !== 'REFERRED',
  };
  return { ...interim, ...(record.viewerCan ?? {}) };
}

interface ReferralRecord {
  status: string;
  viewerCan?: Partial<ReferralViewerCan> | null;
}

export function referralViewerCan(record: ReferralRecord, viewer: Viewer): ReferralViewerCan {
  const partner = hasRole(viewer, 'partner-operator', 'network-admin');
  const staff = hasRole(viewer, 'tutor', 'corner-coordinator', 'network-admin');
  const interim: ReferralViewerCan = {
    receive: partner && record.status === 'SENT',
    // As the catalogue's referral-transitions.ts: SENT → RECEIVED → ACCEPTED or REJECTED → COMPLETED.
    accept: partner && record.status === 'RECEIVED',
    reject: partner && record.status === 'RECEIVED',
    complete: partner && record.status === 'ACCEPTED',
    cancel: staff && ['SENT', 'RECEIVED', 'ACCEPTED'].includes(record.status),
  };
  return { ...interim, ...(record.viewerCan ?? {}) };
}

interface ServiceRecord {
  publicationStatus: string;
  provider: { id: string };
  viewerCan?: Partial<ServiceViewerCan> | null;
}

export function serviceViewerCan(record: ServiceRecord, viewer: Viewer): ServiceViewerCan {
  const own = hasRole(viewer, 'network-admin') || (hasRole(viewer, 'partner-operator') && viewer.organisationId === record.provider.id);
  const interim: ServiceViewerCan = {
    update: own && record.publicationStatus !== 'WITHDRAWN',
    publish: own && record.publicationStatus !== 'PUBLISHED',
    withdraw: own && record.publicationStatus === 'PUBLISHED',
  };
  return { ...interim, ...(record.viewerCan ?? {}) };
}
