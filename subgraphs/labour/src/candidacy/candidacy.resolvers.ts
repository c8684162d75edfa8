import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from '../job-vacancy/job-vacancy.module.js';
import type { labourProfileServices } from '../labour-profile/labour-profile.module.js';
import type { candidacyServices } from './candidacy.module.js';
import { cvHtml, europassCv } from './cv-document.js';

export const candidacyResolvers: Resolvers<
  ContextWith<typeof candidacyServices & typeof jobVacancyServices & typeof labourProfileServices>
> = {
  Query: {
    candidacies: (_parent, args, { candidacies }) => candidacies.list(args),
    candidacy: (_parent, { id }, { candidacies }) => candidacies.read(id),
  },
  Mutation: {
    proposeCandidacy: (_parent, { input }, { candidacies }) => candidacies.propose(input),
    agreeToCandidacy: (_parent, { id, agreedOn }, { candidacies }) => candidacies.agree(id, agreedOn),
    moveCandidacy: (_parent, { id, to, reason, note }, { candidacies }) => candidacies.moveTo(id, to, reason, note),
    hireCandidate: (_parent, { id, employment }, { candidacies }) => candidacies.hire(id, employment),
  },
  Candidacy: {
    __resolveReference: ({ id }, { candidacies }) => candidacies.findById(id),
    vacancy: ({ vacancyId }, _args, { jobVacancies }) => jobVacancies.get(vacancyId),
    beneficiary: (candidacy, _args, { candidacies }) => candidacies.beneficiaryOf(candidacy),
    cv: (candidacy, _args, { candidacies }) => candidacies.cvOf(candidacy),
    history: (candidacy, _args, { candidacies }) => candidacies.historyOf(candidacy),
    employment: (candidacy, _args, { candidacies }) => candidacies.employmentOf(candidacy),
    viewerCan: (candidacy) => candidacy,
  },
  Employment: {
    monthlyNetPayEuros: ({ monthlyNetPayCents }) => (monthlyNetPayCents === null ? null : monthlyNetPayCents / 100),
  },
  CandidacyViewerCan: {
    agree: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'PERSON_AGREED'),
    decline: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'DECLINED'),
    withdraw: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'WITHDRAWN'),
    send: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'SENT'),
    interview: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'INTERVIEW'),
    offer: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'OFFERED'),
    hire: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'HIRED'),
    reject: (candidacy, _args, { candidacies }) => candidacies.mayMove(candidacy, 'REJECTED'),
  },
  LabourViewerCan: {
    recordProfile: ({ id }, _args, { labourProfiles }) => labourProfiles.mayRecord(id),
    proposeCandidacy: ({ id }, _args, { candidacies }) => candidacies.mayPropose(id),
  },
  CandidateCv: {
    desiredIscoCodes: ({ profile }) => profile?.desiredIscoCodes ?? [],
    workExperienceYears: ({ profile }) => profile?.workExperienceYears ?? null,
    drivingLicences: ({ profile }) => profile?.drivingLicences ?? [],
    hoursPerWeek: ({ profile }) => profile?.hoursPerWeek ?? null,
    shifts: ({ profile }) => profile?.shifts ?? [],
    availableFrom: ({ profile }) => profile?.availableFrom ?? null,
    italianLevel: ({ beneficiaryId }, _args, { candidacies }) => candidacies.italianLevelOf(beneficiaryId),
    europassJson: async (cv, _args, { candidacies }) => JSON.stringify(europassCv(await candidacies.cvFacts(cv))),
    printableHtml: async (cv, _args, { candidacies }) => cvHtml(await candidacies.cvFacts(cv)),
  },
  CandidacyTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
  },
};
