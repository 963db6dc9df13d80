# A Node.js service: dev installs every dependency and builds, runtime keeps only the
# production dependencies and the built files.
# Build the image: docker build -t app .
# Debug:           docker build --target debugging -t app-debug . && docker run -p 9229:9229 app-debug

# stagecraft: role=dev
# dev installs all dependencies (dev ones too) and builds the application into dist/
FROM node:22-bookworm-slim AS dev
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build
CMD ["npm", "run", "dev"]

# stagecraft: role=debugging
# debugging starts the built application with the inspector open on port 9229
FROM dev AS debugging
EXPOSE 9229
CMD ["node", "--inspect=0.0.0.0:9229", "dist/index.js"]

# stagecraft: role=runtime
# runtime has only the production dependencies and the built files, run as the node user
FROM node:22-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=dev /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
