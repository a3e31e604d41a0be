# ado-coolify serve: the pull-based GitOps controller (docs/serve.md, "Running it on Coolify").
# Stage 1 builds the CLI (its prepare script runs the build) and keeps only the runtime dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm prune --omit=dev --no-audit --no-fund

# Stage 2: the runtime, with the system git serve clones and fetches with, as the unprivileged node user.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates openssh-client \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/node_modules ./node_modules
RUN mkdir -p /data && chown node:node /data
USER node
ENV NODE_ENV=production
VOLUME ["/data"]
EXPOSE 8080
# Liveness: GET /healthz answers 200 {"status":"ok"} (node's own fetch: no curl in the image).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The repository and policy come from the environment (a Coolify application sets them as env
# vars); more serve options can follow as arguments. COOLIFY_URL, COOLIFY_TOKEN and the
# ${secrets.*} values come from the environment too.
ENV SERVE_BRANCH=main SERVE_SYNC=plan SERVE_INTERVAL=1m
ENTRYPOINT ["sh", "-c", "exec node bin/ado-coolify.js serve --repo \"${SERVE_REPO:?set SERVE_REPO to the repository to watch}\" --branch \"$SERVE_BRANCH\" --sync \"$SERVE_SYNC\" --interval \"$SERVE_INTERVAL\" --listen 0.0.0.0:8080 --data-dir /data \"$@\"", "serve"]
CMD []
