import { beneficiariesSubgraph } from '@shubh/beneficiaries';

/** Every subgraph of the hub, in start order. The gateway composes them from `schema/supergraph.graphql`. */
export const allSubgraphs = [beneficiariesSubgraph] as const;
