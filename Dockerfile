# The app alone; Neo4j comes from docker-compose.yml (NEO4J_URI is set there, so no launcher runs).
FROM node:24-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY seed ./seed
COPY scripts ./scripts
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
USER node
CMD ["node", "src/main.ts"]
