/**
 * The console on its own (the container's command, compiled to `console/server/main.js` with no dependency):
 * configuration from the environment, read at start-up.
 */
import { startConsoleServer } from './console-server.ts';

function required(name: string, fallback?: string): string {
  const value = process.env[name]?.trim() || fallback;
  if (!value) {
    console.error(`Configuration error: ${name} is required`);
    process.exit(1);
  }
  return value;
}

function url(name: string, fallback?: string): string {
  const value = required(name, fallback);
  if (!/^https?:\/\//.test(value)) {
    console.error(`Configuration error: ${name} must be a URL starting with http:// or https://, got "${value}"`);
    process.exit(1);
  }
  return value;
}

const port = Number(required('CONSOLE_PORT', '5173'));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Configuration error: CONSOLE_PORT must be an integer from 0 to 65535`);
  process.exit(1);
}
const running = await startConsoleServer({
  host: required('HOST', '127.0.0.1'),
  port,
  config: {
    oidcIssuer: url('CONSOLE_OIDC_ISSUER', 'http://localhost:8080/realms/shubh'),
    oidcClientId: required('CONSOLE_OIDC_CLIENT_ID', 'shubh-corner-frontend'),
    gatewayUrl: url('CONSOLE_GATEWAY_URL', 'http://localhost:4000/graphql'),
  },
});
console.log(`Console: ${running.url}`);
const stop = () => void running.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
