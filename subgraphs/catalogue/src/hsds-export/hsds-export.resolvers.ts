import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { programmeServices } from '../programme/programme.module.js';
import type { serviceServices } from '../service/service.module.js';
import { toHsds } from './hsds.js';

type Context = ContextWith<typeof serviceServices & typeof organisationServices & typeof programmeServices>;

/** The published catalogue as HSDS: three statements (services, their organisations, their programmes). */
async function hsdsCatalogue(province: string | null | undefined, { services, organisations, programmes }: Context): Promise<string> {
  const published = await services.published(province);
  const [providers, funders] = await Promise.all([
    Promise.all([...new Set(published.map((service) => service.providerId))].map((id) => organisations.referencedBy(id))),
    Promise.all([...new Set(published.map((service) => service.programmeId))].map((id) => programmes.referencedBy(id))),
  ]);
  return JSON.stringify(toHsds(published, providers, funders));
}

export const hsdsExportResolvers: Resolvers<Context> = {
  Query: {
    hsdsCatalogue: (_parent, { province }, context) => hsdsCatalogue(province, context),
  },
};
