import type { EntityReference } from '@shubh/platform';
import type { CatalogueContext } from '../context.js';
import type { QueryReferralsArgs } from '../generated/resolvers-types.js';
import type { ReferralEntity } from './referral.entity.js';

/**
 * Typed by hand against the entity: codegen.ts does not map `Referral` to `ReferralEntity` yet, so the generated
 * `Resolvers` type would expect a parent shaped like the GraphQL type. With the mapper in place this becomes
 * `Resolvers` like every other module.
 */
export const referralResolvers = {
  Query: {
    referrals: (_parent: unknown, args: QueryReferralsArgs, { referrals }: CatalogueContext) => referrals.list(args),
  },
  Referral: {
    __resolveReference: ({ id }: EntityReference, { referrals }: CatalogueContext) => referrals.findById(id),
    // The beneficiaries subgraph resolves the person, and decides whether the caller may see them.
    beneficiary: ({ beneficiaryId }: ReferralEntity): EntityReference => ({ id: beneficiaryId }),
    service: ({ serviceId }: ReferralEntity, _args: unknown, { services }: CatalogueContext) => services.referencedBy(serviceId),
    fromCorner: ({ fromCornerId }: ReferralEntity, _args: unknown, { integraCorners }: CatalogueContext) =>
      integraCorners.referencedBy(fromCornerId),
    toOrganisation: ({ toOrganisationId }: ReferralEntity, _args: unknown, { organisations }: CatalogueContext) =>
      organisations.referencedBy(toOrganisationId),
  },
};
