# syntax=docker/dockerfile:1
#
# One image recipe for every service of the hub. SERVICE picks the workspace to run:
#   docker build --build-arg SERVICE=subgraphs/beneficiaries -t shubh/beneficiaries .
#   docker build --build-arg SERVICE=gateway -t shubh/gateway .
# The services run their TypeScript through tsx (a runtime dependency), so there is no build step.

ARG NODE_IMAGE=node:24-bookworm-slim

# --- Dependencies: only the manifests, so this layer is rebuilt when dependencies change, not code.
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# Every workspace's manifest: `npm ci` refuses a lockfile whose workspaces are missing.
COPY packages/platform/package.json packages/platform/
COPY subgraphs/beneficiaries/package.json subgraphs/beneficiaries/
COPY subgraphs/catalogue/package.json subgraphs/catalogue/
COPY subgraphs/labour/package.json subgraphs/labour/
COPY subgraphs/housing/package.json subgraphs/housing/
COPY gateway/package.json gateway/
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# --- Runtime: dependencies plus source, owned by root and only readable by the `node` user that runs it.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .

# Declared after the copies so that every service shares the layers above.
ARG SERVICE
RUN if [ -z "${SERVICE}" ] || [ ! -f "${SERVICE}/src/main.ts" ]; then \
      echo "SERVICE must name a workspace with src/main.ts (gateway or subgraphs/<name>), got '${SERVICE}'" >&2; \
      exit 1; \
    fi
# Inside a container, loopback would make the service unreachable: listen on every interface.
ENV SERVICE=${SERVICE} \
    HOST=0.0.0.0

USER node

# Liveness on PORT, or on the service's default port when PORT is not set.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const d = { gateway: 4000, 'subgraphs/beneficiaries': 4001, 'subgraphs/catalogue': 4002, 'subgraphs/labour': 4003, 'subgraphs/housing': 4004 }; const port = process.env.PORT || d[process.env.SERVICE]; fetch('http://127.0.0.1:' + port + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# `exec` makes node PID 1 (no npm or shell in between), so SIGTERM reaches the service's shutdown handler.
CMD ["/bin/sh", "-c", "exec node --import tsx \"$SERVICE/src/main.ts\""]
