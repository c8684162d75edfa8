import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** `npm run dev`: the dev server answers /config.json as the console server does, from the same variables. */
const runtimeConfig: Plugin = {
  name: 'shubh-runtime-config',
  configureServer(server) {
    server.middlewares.use('/config.json', (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          oidcIssuer: process.env.CONSOLE_OIDC_ISSUER ?? 'http://localhost:8080/realms/shubh',
          oidcClientId: process.env.CONSOLE_OIDC_CLIENT_ID ?? 'shubh-corner-frontend',
          gatewayUrl: process.env.CONSOLE_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
        }),
      );
    });
  },
};

// Two pages: the console and the offline GraphiQL; every asset (fonts, icons, editor workers) is bundled.
export default defineConfig({
  plugins: [react(), runtimeConfig],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { console: 'index.html', graphiql: 'graphiql.html' } },
  },
  server: { port: 5173, strictPort: true },
});
