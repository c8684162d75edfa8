import { beneficiaryViewerCan, referralViewerCan, serviceViewerCan } from './viewer-can';
import type { Viewer } from '../auth/viewer';

const CORNER = 'corner-1';
const tutor: Viewer = { userId: 'tutor-1', username: 'tutor', name: 'Tutor', roles: ['tutor'], cornerIds: [CORNER] };
const otherTutor: Viewer = { ...tutor, userId: 'tutor-2' };
const person: Viewer = { userId: 'user-9', username: 'amina', name: 'Amina', roles: ['beneficiary'], cornerIds: [], beneficiaryId: 'b-1' };
const partner: Viewer = {
  userId: 'p-1',
  username: 'partner',
  name: 'Partner',
  roles: ['partner-operator'],
  cornerIds: [],
  organisationId: 'org-1',
};
const record = (overrides: object = {}) => ({
  id: 'b-1',
  caseStatus: 'ENROLLED',
  tutorUserId: 'tutor-1',
  integraCorner: { id: CORNER },
  actionPlan: null,
  ...overrides,
});
const draftPlan = { status: 'DRAFT', agreement: { agreedByBeneficiaryAt: null, agreedByTutorAt: null } };

describe('the actions a screen offers', () => {
  test('the assigned tutor drafts a plan for an enrolled person; another tutor of the corner does not', () => {
    expect(beneficiaryViewerCan(record(), tutor)).toMatchObject({ draftActionPlan: true, sendReferral: true, manageConsents: true });
    expect(beneficiaryViewerCan(record(), otherTutor)).toMatchObject({
      draftActionPlan: false,
      sendReferral: false,
      manageConsents: false,
    });
  });

  test('a referred person is enrolled first: any tutor of the corner may take the case, nobody drafts yet', () => {
    expect(beneficiaryViewerCan(record({ caseStatus: 'REFERRED', tutorUserId: null }), otherTutor)).toMatchObject({
      enrol: true,
      draftActionPlan: false,
    });
  });

  test('the person agrees their own plan and manages their consents, nothing else', () => {
    const can = beneficiaryViewerCan(record({ actionPlan: draftPlan }), person);
    expect(can).toMatchObject({ agreeActionPlan: true, manageConsents: true, readAuditTrail: true });
    expect(can).toMatchObject({ reviseActionPlan: false, sendReferral: false, readSensitiveProfile: false, enrol: false });
  });

  test("the server's viewerCan, once the graph has it, wins over the interim answer", () => {
    expect(beneficiaryViewerCan(record({ viewerCan: { draftActionPlan: false } }), tutor).draftActionPlan).toBe(false);
  });

  test('a partner receives, then accepts or rejects, then completes', () => {
    expect(referralViewerCan({ status: 'SENT' }, partner)).toMatchObject({ receive: true, accept: false });
    expect(referralViewerCan({ status: 'RECEIVED' }, partner)).toMatchObject({ receive: false, accept: true, reject: true });
    expect(referralViewerCan({ status: 'ACCEPTED' }, partner)).toMatchObject({ complete: true, accept: false });
    expect(referralViewerCan({ status: 'RECEIVED' }, tutor)).toMatchObject({ accept: false, cancel: true });
  });

  test("a partner publishes and withdraws only their organisation's services", () => {
    expect(serviceViewerCan({ publicationStatus: 'DRAFT', provider: { id: 'org-1' } }, partner)).toMatchObject({
      publish: true,
      withdraw: false,
    });
    expect(serviceViewerCan({ publicationStatus: 'PUBLISHED', provider: { id: 'org-1' } }, partner)).toMatchObject({
      publish: false,
      withdraw: true,
    });
    expect(serviceViewerCan({ publicationStatus: 'PUBLISHED', provider: { id: 'org-2' } }, partner)).toMatchObject({
      update: false,
      withdraw: false,
    });
  });
});
