import { readServiceConfig, readString, readUrl, type ServiceConfig } from '@shubh/platform';
import { fileURLToPath } from 'node:url';

/** The subgraphs the supergraph names, and the variable that points the gateway at each. */
export const SUBGRAPH_URL_VARIABLES = {
  beneficiaries: 'BENEFICIARIES_URL',
  catalogue: 'CATALOGUE_URL',
  labour: 'LABOUR_URL',
  housing: 'HOUSING_URL',
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_URL_VARIABLES;

export interface GatewayConfig extends ServiceConfig {
  /** The composed schema the gateway serves (`npm run compose` writes it; it is never composed at run time). */
  supergraphPath: string;
  /** Where each subgraph answers. Unset variables keep the URL written in the supergraph (localhost defaults). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function readGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const [name, variable] of Object.entries(SUBGRAPH_URL_VARIABLES) as [SubgraphName, string][]) {
    if (env[variable]?.trim()) subgraphUrls[name] = readUrl(env, variable, ['http:', 'https:']);
  }
  return {
    ...readServiceConfig(env, 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH),
    subgraphUrls,
  };
}
