import {
  readIdentityConfig,
  readSecret,
  readServiceConfig,
  readString,
  readUrl,
  type IdentityConfig,
  type ServiceConfig,
} from '@shubh/platform';
import { fileURLToPath } from 'node:url';

/** The subgraphs the supergraph names: the variable pointing the gateway at each, and the one holding its secret. */
export const SUBGRAPH_VARIABLES = {
  beneficiaries: { url: 'BENEFICIARIES_URL', secret: 'BENEFICIARIES_GATEWAY_SECRET' },
  catalogue: { url: 'CATALOGUE_URL', secret: 'CATALOGUE_GATEWAY_SECRET' },
  labour: { url: 'LABOUR_URL', secret: 'LABOUR_GATEWAY_SECRET' },
  housing: { url: 'HOUSING_URL', secret: 'HOUSING_GATEWAY_SECRET' },
} as const;
export type SubgraphName = keyof typeof SUBGRAPH_VARIABLES;
const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_VARIABLES) as SubgraphName[];

export interface GatewayConfig extends ServiceConfig {
  /** The composed schema the gateway serves (`npm run compose` writes it; it is never composed at run time). */
  supergraphPath: string;
  /** Where each subgraph answers. Unset variables keep the URL written in the supergraph (localhost defaults). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** The secret each subgraph expects from the gateway (a different one per subgraph). */
  subgraphSecrets: Record<SubgraphName, string>;
  identity: IdentityConfig;
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function readGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = SUBGRAPH_VARIABLES[name].url;
    if (env[variable]?.trim()) subgraphUrls[name] = readUrl(env, variable, ['http:', 'https:']);
  }
  return {
    ...readServiceConfig(env, 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH),
    subgraphUrls,
    subgraphSecrets: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, readSecret(env, SUBGRAPH_VARIABLES[name].secret)])) as Record<
      SubgraphName,
      string
    >,
    identity: readIdentityConfig(env),
  };
}
