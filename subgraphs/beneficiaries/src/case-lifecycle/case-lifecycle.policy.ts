import { coordinatesCase, definePolicy, managesCase, readsCaseFile, type CaseFacts } from '@shubh/platform';

/**
 * Where a case stands and who follows it. Its history (status changes, tutor hand-overs) is part of the case file.
 * Changes are made by whoever manages the case; a tutor of the person's corner may enrol the person by taking the
 * case; handing a case to another tutor is a coordinator's decision.
 */
export const caseLifecyclePolicy = definePolicy('case-lifecycle', {
  readHistory: {
    allow: (caller, person: CaseFacts) => readsCaseFile(caller, person),
    refusal: "Only the person's Integra Corner, administrators and the person themself may see the case's history",
  },
  changeStatus: {
    allow: (caller, person: CaseFacts) => managesCase(caller, person),
    refusal: "Only the assigned tutor, a coordinator of the person's corner or an administrator may change this case",
  },
  enrol: {
    allow: (caller, { person, tutorUserId }: { person: CaseFacts; tutorUserId: string }) =>
      managesCase(caller, person) ||
      (caller.has('tutor') &&
        person.integraCornerId !== null &&
        caller.cornerIds.includes(person.integraCornerId) &&
        tutorUserId === caller.userId),
    refusal: "Only a tutor of the person's corner taking the case, its coordinator or an administrator may enrol them",
  },
  reopen: {
    allow: (caller, person: CaseFacts) => caller.isNetworkAdmin || coordinatesCase(caller, person),
    refusal: "Only a coordinator of the person's corner or an administrator may reopen a closed case",
  },
  assignTutor: {
    allow: (caller, person: CaseFacts) => caller.isNetworkAdmin || coordinatesCase(caller, person),
    refusal: "Only a coordinator of the person's corner or an administrator may assign the tutor of a case",
  },
});
