import { runSubgraphFromEnvironment } from '@shubh/platform';
import { catalogueSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment(catalogueSubgraph);
