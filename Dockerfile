# The app alone; Neo4j comes from docker-compose.yml (NEO4J_URI is set there, so no launcher runs).
# Stage 1 builds the explorer page (Vite and the page's libraries are dev dependencies).
FROM node:24-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN node web/build.ts --force

FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
COPY scripts ./scripts
COPY --from=explorer /app/web/dist ./web/dist
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
# Healthy once /ready says yes: Neo4j reachable, start-up and warm-up done.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
USER node
CMD ["node", "src/main.ts"]
