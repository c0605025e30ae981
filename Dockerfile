# The service image used by docker-compose.yml. tfjs-node (native TensorFlow) installs here, where
# downloads are allowed; on machines without it the service falls back to the WASM backend.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# tfjs-node must install here (the compose system runs it): no `|| true`, a failed download fails the build.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3 && npm rebuild @tensorflow/tfjs-node \
  && node -e "require('@tensorflow/tfjs-node')"
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
# bench/kafka.ts drives the mock-cluster helpers of the Kafka tests; the build compiles what it imports.
COPY test/kafka ./test/kafka
COPY test/helpers ./test/helpers
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=8080 STORE_PATH=/data/review.db
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY rules ./rules
COPY models ./models
COPY samples ./samples
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:8080/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
RUN mkdir -p /data && chown node:node /data
USER node
CMD ["node", "dist/src/main.js"]
