import { runSubgraphFromEnvironment } from '@shubh/platform';
import { beneficiariesSubgraph } from './subgraph.js';

await runSubgraphFromEnvironment(beneficiariesSubgraph);
