import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createUserManager } from '../auth/auth';
import { loadRuntimeConfig } from '../config';

const EXAMPLE = `# The SHUBH graph, as the signed-in user may see it. Ctrl-Enter runs the query.
query Caseload {
  beneficiaries(first: 5) {
    edges { node { givenName familyName caseStatus integraCorner { name } } }
    pageInfo { hasNextPage endCursor }
  }
}
`;

/**
 * GraphiQL served with the console, every asset bundled (no CDN): partner developers explore the graph offline.
 * It signs in like the console (the same client and session) and sends the current access token with each request.
 */
async function start() {
  const config = await loadRuntimeConfig();
  const userManager = createUserManager(config);
  const user = await userManager.getUser();
  if (!user || user.expired) {
    await userManager.signinRedirect({ state: { returnTo: '/graphiql' } });
    return;
  }
  const fetcher = createGraphiQLFetcher({
    url: config.gatewayUrl,
    fetch: async (input, init) => {
      const current = await userManager.getUser();
      const headers = new Headers(init?.headers);
      if (current) headers.set('authorization', `Bearer ${current.access_token}`);
      return fetch(input, { ...init, headers });
    },
  });
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE}>
        {/* GraphiQL's own logo is a faint link to GitHub: ours is plain text, at full contrast, and stays offline. */}
        <GraphiQL.Logo>
          <span style={{ color: 'hsl(var(--color-neutral))' }}>SHUBH · GraphiQL</span>
        </GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
}

void start();
