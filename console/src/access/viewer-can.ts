import type { BeneficiaryActionsFragment } from '../graphql/generated/graphql';

/**
 * Which actions a screen offers for a record. The answers are the graph's `viewerCan` fields, decided on the server
 * by each module's policy (the same rule the mutation applies), never re-derived here from the viewer's roles; the
 * console only adds what the screen's own state decides (a plan is drafted once, then revised).
 */
export interface BeneficiaryViewerCan {
  changeStatus: boolean;
  reopen: boolean;
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

/** The actions on a person's record, from the `BeneficiaryActions` fragment. */
export function beneficiaryViewerCan(record: BeneficiaryActionsFragment): BeneficiaryViewerCan {
  const server = record.viewerCan;
  const plan = record.actionPlan;
  return {
    changeStatus: server.changeStatus,
    reopen: server.reopen,
    enrol: server.enrol,
    assignTutor: server.assignTutor,
    manageConsents: server.manageConsents,
    readSensitiveProfile: server.readSensitiveProfile,
    draftActionPlan: server.draftActionPlan && !plan,
    reviseActionPlan: !!plan?.viewerCan.revise,
    // The person agrees themself; their assigned tutor gives their own agreement or records the person's in person.
    agreeActionPlan: !!plan && (plan.viewerCan.agree || plan.viewerCan.recordAgreementInPerson),
    recordFollowUp: server.recordFollowUp,
    sendReferral: record.viewerCanSendReferral,
    readAuditTrail: server.readAuditTrail,
    recordAssessment: server.recordAssessment,
  };
}

/** The actions on a referral: its `viewerCan`, answered by the catalogue's referral policy and workflow. */
export function referralViewerCan(record: { viewerCan: ReferralViewerCan }): ReferralViewerCan {
  return record.viewerCan;
}

/** The actions on a service: its `viewerCan`, answered by the catalogue's service policy. */
export function serviceViewerCan(record: { viewerCan: ServiceViewerCan }): ServiceViewerCan {
  return record.viewerCan;
}
