import type { CatalogueContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { toHsds } from './hsds.js';

/** The published catalogue as HSDS: three statements (services, their organisations, their programmes). */
async function hsdsCatalogue(
  province: string | null | undefined,
  { services, organisations, programmes }: CatalogueContext,
): Promise<string> {
  const published = await services.published(province);
  const [providers, funders] = await Promise.all([
    Promise.all([...new Set(published.map((service) => service.providerId))].map((id) => organisations.referencedBy(id))),
    Promise.all([...new Set(published.map((service) => service.programmeId))].map((id) => programmes.referencedBy(id))),
  ]);
  return JSON.stringify(toHsds(published, providers, funders));
}

export const hsdsExportResolvers: Resolvers = {
  Query: {
    hsdsCatalogue: (_parent, { province }, context) => hsdsCatalogue(province, context),
  },
};
