import { beneficiaryViewerCan } from './viewer-can';
import type { BeneficiaryActionsFragment } from '../graphql/generated/graphql';

const nothing = {
  manageConsents: false,
  readSensitiveProfile: false,
  readAuditTrail: false,
  changeStatus: false,
  reopen: false,
  enrol: false,
  assignTutor: false,
  recordAssessment: false,
  draftActionPlan: false,
  recordFollowUp: false,
};
const record = (
  viewerCan: Partial<typeof nothing>,
  plan: { revise?: boolean; agree?: boolean; recordAgreementInPerson?: boolean } | null = null,
  viewerCanSendReferral = false,
): BeneficiaryActionsFragment => ({
  id: 'b-1',
  viewerCan: { ...nothing, ...viewerCan },
  viewerCanSendReferral,
  actionPlan: plan && {
    id: 'p-1',
    viewerCan: { revise: false, agree: false, recordAgreementInPerson: false, updateActionStatus: false, ...plan },
  },
});

describe('the actions a screen offers are the server policies answers', () => {
  test("a screen offers exactly what the record's viewerCan allows, and nothing it does not", () => {
    expect(beneficiaryViewerCan(record({ manageConsents: true, recordFollowUp: true }, null, true))).toMatchObject({
      manageConsents: true,
      recordFollowUp: true,
      sendReferral: true,
      changeStatus: false,
      readSensitiveProfile: false,
      readAuditTrail: false,
    });
    expect(Object.values(beneficiaryViewerCan(record({})))).not.toContain(true);
  });

  test('a plan is drafted once; after that the plan in force is revised, as its own viewerCan says', () => {
    expect(beneficiaryViewerCan(record({ draftActionPlan: true }))).toMatchObject({ draftActionPlan: true, reviseActionPlan: false });
    expect(beneficiaryViewerCan(record({ draftActionPlan: true }, { revise: true }))).toMatchObject({
      draftActionPlan: false,
      reviseActionPlan: true,
    });
    expect(beneficiaryViewerCan(record({ draftActionPlan: true }, { revise: false })).reviseActionPlan).toBe(false);
  });

  test("agreeing is offered to whoever gives their agreement or records the person's in person", () => {
    expect(beneficiaryViewerCan(record({}, { agree: true })).agreeActionPlan).toBe(true);
    expect(beneficiaryViewerCan(record({}, { recordAgreementInPerson: true })).agreeActionPlan).toBe(true);
    expect(beneficiaryViewerCan(record({}, {})).agreeActionPlan).toBe(false);
    expect(beneficiaryViewerCan(record({})).agreeActionPlan).toBe(false);
  });
});
