import { createLogger, stopOnSignals } from '@shubh/platform';
import { readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

const config = readGatewayConfig(process.env);
const gateway = await startGateway(config);
stopOnSignals(createLogger('gateway', config.logLevel), () => gateway.stop());
