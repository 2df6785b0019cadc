# syntax=docker/dockerfile:1.7
# One file, two images of one release:
#   --target host     Linkage.Host: runs any set of modules (Linkage__Modules), `migrate`, the other commands
#   --target gateway  Linkage.Gateway: the YARP edge
# Both run as the non-root APP_UID (1654) of the .NET images, with a read-only root filesystem in
# Kubernetes (charts/linkage); only /tmp needs to be writable.
ARG DOTNET_VERSION=10.0

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
COPY . .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore services/Linkage.Host/Linkage.Host.csproj \
 && dotnet restore gateway/Linkage.Gateway/Linkage.Gateway.csproj

FROM build AS publish-host
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish services/Linkage.Host/Linkage.Host.csproj -c Release --no-restore -o /out -p:UseAppHost=false

FROM build AS publish-gateway
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish gateway/Linkage.Gateway/Linkage.Gateway.csproj -c Release --no-restore -o /out -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS runtime
WORKDIR /app
# Kestrel: REST and health on 8080 (HTTP/1.1), gRPC on 8081 (HTTP/2 cleartext); the chart sets the same.
ENV ASPNETCORE_HTTP_PORTS= \
    Kestrel__Endpoints__Http__Url=http://+:8080 \
    Kestrel__Endpoints__Grpc__Url=http://+:8081 \
    Kestrel__Endpoints__Grpc__Protocols=Http2 \
    DOTNET_gcServer=0 \
    MALLOC_ARENA_MAX=2
EXPOSE 8080 8081

FROM runtime AS gateway
COPY --from=publish-gateway /out ./
USER $APP_UID
ENTRYPOINT ["dotnet", "Linkage.Gateway.dll"]

# Last, so a plain `docker build .` gives the host.
FROM runtime AS host
# CJK fonts for the documents the host renders (slips, certificates); janus-tools (janus-pp-rec) and ffmpeg for
# video review: a closed room's .mjr tracks are converted and each participant's audio and video muxed into one
# file (decisions 0470, 0531, 0533). Both are in the base image's distribution (Debian main, Ubuntu universe).
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk fonts-wqy-zenhei fontconfig janus-tools ffmpeg \
 && rm -rf /var/lib/apt/lists/*
COPY --from=publish-host /out ./
# Server GC with DATAS for the host (its runtimeconfig too; decision 0621); the gateway keeps the runtime stage's 0.
# glibc maps blocks of 64 KB and more on their own and unmaps them when freed (decision 0737, as ./platform's hosts)
ENV DOTNET_gcServer=1 \
    DOTNET_GCDynamicAdaptationMode=1 \
    MALLOC_MMAP_THRESHOLD_=65536 \
    MALLOC_TRIM_THRESHOLD_=131072
USER $APP_UID
ENTRYPOINT ["dotnet", "Linkage.Host.dll"]
