import { definePolicy, isAssignedTutor, isThePerson, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * The Individual Action Plan (PAI): read by the case team and the person; drafted, revised and moved along by
 * whoever manages the case; agreed by the two people whose agreement it records, the person and their assigned
 * tutor (who may also record the person's agreement given in person).
 */
export const actionPlanPolicy = definePolicy('action-plan', {
  read: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see their case file",
  },
  edit: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may change the case file",
  },
  agree: {
    allow: (caller, person: CaseFacts) => isThePerson(caller, person) || isAssignedTutor(caller, person),
    refusal: 'Only the beneficiary and their assigned tutor agree a plan',
  },
  recordAgreementInPerson: {
    allow: (caller, person: CaseFacts) => isAssignedTutor(caller, person),
    refusal: "Only the assigned tutor records the beneficiary's agreement given in person",
  },
});
