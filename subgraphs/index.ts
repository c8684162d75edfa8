import { beneficiariesSubgraph } from '@shubh/beneficiaries';
import { catalogueSubgraph } from '@shubh/catalogue';
import { housingSubgraph } from '@shubh/housing';
import { labourSubgraph } from '@shubh/labour';
import type { SubgraphDefinition } from '@shubh/platform';

/** Every subgraph of the hub, in start order. The gateway composes them from `schema/supergraph.graphql`. */
export const allSubgraphs: readonly SubgraphDefinition[] = [beneficiariesSubgraph, catalogueSubgraph, labourSubgraph, housingSubgraph];
