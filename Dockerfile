# syntax=docker/dockerfile:1
# Waymark as one image for the server and the worker (docker-compose.yml runs both).
#   docker build -t waymark .
#   docker run -p 8888:8888 -v waymark-data:/data waymark      # PGlite in the volume
# The server runs its TypeScript through tsx (a runtime dependency, as for `npm start`): there is
# no compile step to drift from what the tests run.

ARG NODE_IMAGE=node:22-bookworm-slim

# Every dependency, to build the SPA.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS web
# The whole context (.dockerignore keeps node_modules, data and secrets out): the SPA imports
# shared rules from lib/, and vite.config.ts precompresses with lib/server/precompress.ts.
COPY . .
RUN npm run build:web

# Only what runs: production dependencies.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=8888 \
    WAYMARK_DATA_DIR=/data
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY lib ./lib
COPY inngest ./inngest
COPY supabase ./supabase
# The built SPA without its sources: the server sees an up-to-date build and never runs Vite.
COPY --from=web /app/frontend/dist ./frontend/dist
# The embedded database and the generated auth secrets live in /data; the app runs as `node`.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8888
# No curl in slim images: Node's own fetch asks /healthz, which also checks the database.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8888) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# With `docker run --init` (compose: `init: true`) a tiny init is PID 1 and passes SIGTERM on;
# node drains and stops within Docker's 10 s (lib/server/graceful-shutdown.ts).
CMD ["node", "--import", "tsx", "lib/server/main.ts"]
