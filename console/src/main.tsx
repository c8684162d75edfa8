import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { AuthProvider, createUserManager } from './auth/auth';
import { loadRuntimeConfig } from './config';
import { createApolloClient } from './graphql/client';
import { initI18n } from './i18n/i18n';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [config] = await Promise.all([loadRuntimeConfig(), initI18n()]);
    const userManager = createUserManager(config);
    const client = createApolloClient(config.gatewayUrl, userManager);
    root.render(
      <StrictMode>
        <AuthProvider userManager={userManager}>
          <ApolloProvider client={client}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </ApolloProvider>
        </AuthProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <main className="container py-5">
        <h1>SHUBH</h1>
        <p role="alert">The console could not start: {(error as Error).message}</p>
      </main>,
    );
  }
}

void start();
