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

/** The subgraphs the supergraph names; `<NAME>_URL` points the gateway at one, `<NAME>_GATEWAY_SECRET` is its secret. */
export const SUBGRAPH_NAMES = ['beneficiaries', 'catalogue', 'labour', 'housing'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const variable = (name: SubgraphName, suffix: 'URL' | 'GATEWAY_SECRET') => `${name.toUpperCase()}_${suffix}`;

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
    if (env[variable(name, 'URL')]?.trim()) subgraphUrls[name] = readUrl(env, variable(name, 'URL'), ['http:', 'https:']);
  }
  return {
    ...readServiceConfig(env, 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH),
    subgraphUrls,
    subgraphSecrets: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, readSecret(env, variable(name, 'GATEWAY_SECRET'))]),
    ) as Record<SubgraphName, string>,
    identity: readIdentityConfig(env),
  };
}
