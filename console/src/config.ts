/**
 * What the console needs to know about where it runs, read at start-up from `/config.json` (written by whoever
 * serves the static files: `npm start`, the console server, the container), never baked in at build time.
 */
export interface RuntimeConfig {
  /** The realm's issuer, e.g. `http://localhost:8080/realms/shubh`. */
  oidcIssuer: string;
  /** The realm's public PKCE client for front ends. */
  oidcClientId: string;
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const config = (await response.json()) as Partial<RuntimeConfig>;
  for (const key of ['oidcIssuer', 'oidcClientId', 'gatewayUrl'] as const) {
    if (typeof config[key] !== 'string' || config[key] === '') throw new Error(`/config.json has no ${key}`);
  }
  return config as RuntimeConfig;
}
