# syntax=docker/dockerfile:1
# Alongside: one process serving the API and the built web app.
#   docker build -t alongside .    (or `docker compose up`, which also starts PostgreSQL)
# Without DATABASE_URL the app uses embedded PGlite in /app/data: mount a volume there to keep it.

# --- build: install everything, compile server + web, then drop dev dependencies ---------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false

# Manifests first, so the dependency layer is cached until they change.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci

COPY . .
RUN npm run build \
 && npm prune --omit=dev

# Only what the server needs at run time: production node_modules (workspace links included),
# the compiled server and shared code, the built web app, migrations and server assets.
RUN mkdir -p /out/shared /out/server /out/web \
 && cp -a package.json node_modules migrations /out/ \
 && cp -a shared/package.json shared/dist /out/shared/ \
 && cp -a server/package.json server/dist server/assets /out/server/ \
 && cp -a web/package.json web/dist /out/web/ \
 && for ws in shared server web; do \
      if [ -d "$ws/node_modules" ]; then cp -a "$ws/node_modules" "/out/$ws/"; fi; \
    done

# --- runtime ---------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app

# Code stays owned by root (read-only for the app); only the data folder is writable.
COPY --from=build /out/ ./
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 3000

# The slim image has no curl: ask node's own fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The server handles SIGTERM itself: in-flight requests finish, then it exits.
CMD ["node", "--v8-pool-size=1", "server/dist/server.js"]
