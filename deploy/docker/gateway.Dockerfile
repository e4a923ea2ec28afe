# syntax=docker/dockerfile:1
# Dispatch gateway: REST API, SignalR hubs, Orleans client, and the built web console in wwwroot, on 5080.
# Build from the repository root (BuildKit, the default builder since Docker 23):
#   docker build -f deploy/docker/gateway.Dockerfile -t dispatch-gateway .
# gateway.Dockerfile.dockerignore beside this file keeps host build output and node_modules out of the context.

# Vite 8 needs Node ^20.19 or >=22.12; any current node:20 or node:22 image fits.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY silo/ silo/
COPY gateway/ gateway/
# A host's bin/ and obj/ hold host paths and stale restore data; drop them even if the ignore file was not applied.
RUN find silo gateway -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
# SkipWebConsole: the console is built in the next stage (no npm here); web-console/dist is absent in this stage,
# so the csproj's copy targets do nothing and the runtime stage copies dist itself.
RUN --mount=type=cache,id=dispatch-nuget,target=/root/.nuget/packages \
    dotnet publish gateway/Dispatch.Gateway/Dispatch.Gateway.csproj -c Release -o /app \
        -p:UseAppHost=false -p:SkipWebConsole=true
# The OpenAPI document the console's contract types are generated from (dotnet-getdocument runs the built gateway
# without starting anything): written to /src/web-console/src/api/generated/openapi.json.
RUN --mount=type=cache,id=dispatch-nuget,target=/root/.nuget/packages \
    dotnet msbuild gateway/Dispatch.Gateway/Dispatch.Gateway.csproj -t:GenerateOpenApiDocuments -p:Configuration=Release -nologo

# The console in its own stage: the .NET 10 SDK image (Ubuntu 24.04) has no Node 20 package. `npm run build` first
# generates the contract types from the document the build stage wrote.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS web-console
WORKDIR /src/web-console
COPY web-console/package.json web-console/package-lock.json ./
RUN --mount=type=cache,id=dispatch-npm,target=/root/.npm npm ci --no-audit --no-fund
# The same inputs the gateway's BuildWebConsole target watches; a host node_modules or dist never comes along.
COPY web-console/index.html web-console/field.html web-console/grid.html web-console/tsconfig.json web-console/vite.config.ts ./
COPY web-console/src ./src
COPY --from=build /src/web-console/src/api/generated/openapi.json ./src/api/generated/openapi.json
RUN npm run build

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for HEALTHCHECK: the base image has neither curl nor wget.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# Where ConsoleFiles looks by default: wwwroot beside the binaries.
COPY --from=web-console /src/web-console/dist ./wwwroot/
# appsettings.json binds 127.0.0.1, which nothing outside the container could reach.
# Cluster mode is this image's purpose; Dispatch__Mode=Embedded runs a one-container demo instead.
ENV Urls=http://0.0.0.0:5080 \
    Dispatch__Mode=Cluster
EXPOSE 5080
# The image's built-in non-root user (uid 1654), numeric so Kubernetes can verify runAsNonRoot.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:5080/health/ready || exit 1
ENTRYPOINT ["dotnet", "Dispatch.Gateway.dll"]
