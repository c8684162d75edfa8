import { testDatabaseUrl } from '@shubh/platform/testing';
import { startHub, type HubOptions, type RunningHub } from '../../hub/hub.js';
import { TestIdentity } from './test-identity.js';

/**
 * A whole hub for an end-to-end test file, as the gateway tests start it: a test identity provider, the run's test
 * database, free ports, no logs; `options` adds or overrides (a scheduler, e-mail, rate limits). Stop it with
 * `stopTestHub` after the file's tests.
 */
export async function startTestHub(
  options: Partial<Omit<HubOptions, 'identity'>> = {},
): Promise<{ hub: RunningHub; identity: TestIdentity }> {
  const identity = await TestIdentity.start();
  try {
    const hub = await startHub({
      databaseUrl: testDatabaseUrl(),
      host: '127.0.0.1',
      ports: 'ephemeral',
      logLevel: 'silent',
      identity: identity.config,
      ...options,
    });
    return { hub, identity };
  } catch (error) {
    await identity.stop();
    throw error;
  }
}

/** Stops what `startTestHub` started (either may be missing when the start failed). */
export async function stopTestHub(hub: RunningHub | undefined, identity: TestIdentity | undefined): Promise<void> {
  await hub?.stop();
  await identity?.stop();
}
