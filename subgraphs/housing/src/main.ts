import { runSubgraphFromEnvironment } from '@shubh/platform';
import { housingSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment(housingSubgraph);
