import { definePolicy } from '@shubh/platform';

/**
 * The audit trail: administrators read anyone's, verify its integrity and download its signed checkpoints; a beneficiary
 * reads who accessed their record.
 */
export const auditTrailPolicy = definePolicy('audit-trail', {
  readAnyone: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: "Only administrators may read a beneficiary's audit trail",
  },
  readOwnAccesses: {
    allow: (caller) => caller.has('beneficiary') && caller.beneficiaryId !== null,
    refusal: 'myRecordAccesses is for beneficiaries signed in as themselves',
  },
  verify: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only administrators may verify the audit trail',
  },
  downloadCheckpoints: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only administrators may download the audit checkpoints',
  },
});
