# syntax=docker/dockerfile:1
# Dispatch silo (cluster mode): Orleans on Redis, /health/live and /health/ready on 5090.
# Build from the repository root (BuildKit, the default builder since Docker 23):
#   docker build -f deploy/docker/silo.Dockerfile -t dispatch-silo .
# silo.Dockerfile.dockerignore beside this file keeps host build output out of the context.

# The output is framework-dependent IL, so build on the build machine's platform even for other targets.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY silo/ silo/
# A host's bin/ and obj/ hold host paths and stale restore data; drop them even if the ignore file was not applied.
RUN find silo -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
# The package cache survives between builds without ending up in a layer.
RUN --mount=type=cache,id=dispatch-nuget,target=/root/.nuget/packages \
    dotnet publish silo/Dispatch.Silo/Dispatch.Silo.csproj -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl only for HEALTHCHECK: the base image has neither curl nor wget.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# appsettings.json binds 127.0.0.1, which nothing outside the container could reach. Orleans listens on all
# interfaces too; Dispatch__Orleans__AdvertisedIp (set per deployment) is the address other silos and gateways dial.
ENV Urls=http://0.0.0.0:5090 \
    Dispatch__Orleans__ListenOnAny=true
# 5090 HTTP (health), 11111 silo-to-silo, 30000 Orleans gateway (the Dispatch gateways connect here).
EXPOSE 5090 11111 30000
# The image's built-in non-root user (uid 1654), numeric so Kubernetes can verify runAsNonRoot.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:5090/health/ready || exit 1
ENTRYPOINT ["dotnet", "Dispatch.Silo.dll"]
