# syntax=docker/dockerfile:1
#
# One image recipe for every service of the hub. SERVICE picks the workspace the image holds and runs:
#   docker build --build-arg SERVICE=subgraphs/beneficiaries -t shubh/beneficiaries .
#   docker build --build-arg SERVICE=gateway -t shubh/gateway .
# An image holds the compiled JavaScript of that service and of the platform, that workspace's production
# dependencies and, for the gateway, the committed supergraph: no TypeScript, no tsx, no tests, no demo data,
# no development identity provider, no other service. `scripts/service-image.ts` lists those files; CI stages
# a service from that list and runs it with node (`npm run build:check`).

# The Node range of package.json `engines`, `.nvmrc` and `@types/node`: 20.19 or later within 20.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- Manifests only, so the dependency layers are rebuilt when dependencies change, not code.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
# Every workspace's manifest: `npm ci` refuses a lockfile whose workspaces are missing.
COPY packages/platform/package.json packages/platform/
COPY subgraphs/beneficiaries/package.json subgraphs/beneficiaries/
COPY subgraphs/catalogue/package.json subgraphs/catalogue/
COPY subgraphs/labour/package.json subgraphs/labour/
COPY subgraphs/housing/package.json subgraphs/housing/
COPY gateway/package.json gateway/
COPY console/package.json console/

# --- Build: every workspace compiled once (no SERVICE here, so all five images share this stage), then each
# service's image files laid out under /image/<workspace>/ as they will be in its /app.
FROM manifests AS build
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.base.json ./
COPY scripts/ scripts/
COPY packages/ packages/
COPY subgraphs/ subgraphs/
COPY gateway/ gateway/
COPY schema/supergraph.graphql schema/
RUN npm run build && node --import tsx scripts/service-image.ts --all /image

# --- The production dependencies of the selected workspace alone (and of the workspaces it depends on).
FROM manifests AS production-dependencies
ARG SERVICE
RUN case "${SERVICE}" in gateway|subgraphs/?*) [ -f "${SERVICE}/package.json" ] ;; *) false ;; esac || { \
      echo "SERVICE must name a service workspace (gateway or subgraphs/<name>), got '${SERVICE}'" >&2; \
      exit 1; \
    }
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace="${SERVICE}" --no-audit --no-fund

# --- Runtime: owned by root and only readable by the `node` user that runs it.
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
WORKDIR /app
COPY --from=production-dependencies /app/node_modules ./node_modules
# Where two workspaces need different versions of a package (the platform's OpenTelemetry 2 beside Apollo Gateway's
# 1), npm installs the second inside the workspace: those folders hold nothing else but the workspace's package.json.
COPY --from=production-dependencies /app/packages/ ./packages/
COPY --from=production-dependencies /app/subgraphs/ ./subgraphs/
COPY --from=production-dependencies /app/gateway/ ./gateway/
COPY --from=build /image/${SERVICE}/ ./
# The service's own folder: `dist/` sits where `src/` was, so files found from import.meta.url are where the
# code expects them (the gateway's ../../schema/supergraph.graphql, every module's SDL).
WORKDIR /app/${SERVICE}
# Inside a container, loopback would make the service unreachable: listen on every interface.
ENV SERVICE=${SERVICE} \
    HOST=0.0.0.0

USER node

# Liveness on PORT, or on the service's default port when PORT is not set.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const d = { gateway: 4000, 'subgraphs/beneficiaries': 4001, 'subgraphs/catalogue': 4002, 'subgraphs/labour': 4003, 'subgraphs/housing': 4004 }; const port = process.env.PORT || d[process.env.SERVICE]; fetch('http://127.0.0.1:' + port + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Exec form: node itself is PID 1 (no npm or shell in between), so SIGTERM reaches the service's shutdown handler.
CMD ["node", "dist/main.js"]
