import { runSubgraphFromEnvironment } from '@shubh/platform';
import { labourSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment(labourSubgraph);
