import { todayInItaly, type ContextWith } from '@shubh/platform';
import type { GraphQLFieldResolver } from 'graphql';
import type { BeneficiaryResolvers, Resolvers } from '../generated/resolvers-types.js';
import { ageBandOn } from './age-band.js';
import type { BeneficiaryEntity } from './beneficiary.entity.js';
import type { beneficiaryServices } from './beneficiary.module.js';

type Context = ContextWith<typeof beneficiaryServices>;

/** Every field of a beneficiary is personal data: reading it is noted for the audit trail. */
const PERSONAL_FIELDS = [
  'givenName',
  'familyName',
  'birthDate',
  'citizenship',
  'sex',
  'codiceFiscale',
  'protectionStatus',
  'receptionType',
  'receptionExitDate',
  'province',
  'caseStatus',
  'tutorUserId',
  'enrolledOn',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof BeneficiaryEntity)[];

const audited =
  (field: (typeof PERSONAL_FIELDS)[number]): GraphQLFieldResolver<BeneficiaryEntity, Context> =>
  (beneficiary, _args, { audit }) => {
    audit.read(beneficiary.id, [field]);
    return beneficiary[field];
  };

export const beneficiaryResolvers: Resolvers<Context> = {
  Query: {
    beneficiary: (_parent, { id }, { beneficiaries }) => beneficiaries.get(id),
    beneficiaries: (_parent, args, { beneficiaries }) => beneficiaries.list(args),
  },
  Beneficiary: {
    ...(Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, audited(field)])) as BeneficiaryResolvers<Context>),
    __resolveReference: ({ id }, { beneficiaries }) => beneficiaries.findById(id),
    integraCorner: ({ id, integraCornerId }, _args, { audit }) => {
      audit.read(id, ['integraCorner']);
      return { id: integraCornerId };
    },
    ageBand: ({ id, birthDate }, _args, { audit }) => {
      audit.read(id, ['ageBand']);
      return ageBandOn(birthDate, todayInItaly());
    },
    viewerCan: (beneficiary) => beneficiary,
  },
  BeneficiaryViewerCan: {
    read: () => true,
  },
};
