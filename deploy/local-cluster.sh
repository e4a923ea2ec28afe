#!/usr/bin/env bash
# Runs a real Dispatch cluster on this machine without Docker:
# redis-server, 2 silos and 2 gateways (http://127.0.0.1:5080 and :5081), demo county with demo accounts.
#   deploy/local-cluster.sh start|stop|status|kill-silo N
# Logs and pid files live in deploy/.run/. Environment: REDIS_PORT (default 6379), CONFIGURATION (Release).
# Every process inherits the environment: for load runs raise the abuse limits (shared by both gateways in Redis), e.g.
#   Dispatch__RateLimits__LoginPermitsPerMinute=100000 Dispatch__RateLimits__IntakePerAccountPerMinute=100000 \
#   Dispatch__RateLimits__ActionsPerAccountPerMinute=100000 deploy/local-cluster.sh start   (tests/Dispatch.Load/README.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
run="$here/.run"
redis_port="${REDIS_PORT:-6379}"
config="${CONFIGURATION:-Release}"
silo_dll="$root/silo/Dispatch.Silo/bin/$config/net10.0/Dispatch.Silo.dll"
gateway_dll="$root/gateway/Dispatch.Gateway/bin/$config/net10.0/Dispatch.Gateway.dll"

ensure_redis() {
  if ! command -v redis-server >/dev/null; then
    echo "installing redis-server with apt"
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server >/dev/null; fi
  fi
}

alive() { [ -f "$run/$1.pid" ] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }

wait_ready() { # name url seconds
  local deadline=$((SECONDS + $3))
  until curl -fsS "$2" >/dev/null 2>&1; do
    if ! alive "$1"; then echo "$1 exited; see $run/$1.log" >&2; tail -n 20 "$run/$1.log" >&2; return 1; fi
    if [ $SECONDS -ge $deadline ]; then echo "$1 not ready after $3 s; see $run/$1.log" >&2; return 1; fi
    sleep 0.5
  done
  echo "$1 ready ($2)"
}

common_env() {
  export Dispatch__Redis="127.0.0.1:$redis_port"
  export Dispatch__County__DemoAccounts=true
  # The demo keys of the 12345 hotline and Open311 intake, as embedded mode accepts them (a real cluster sets its own).
  export Dispatch__Hotline__ApiKeys__0="${Dispatch__Hotline__ApiKeys__0:-demo-hotline-key}"
  export Dispatch__Open311__ApiKeys__0="${Dispatch__Open311__ApiKeys__0:-demo-open311-key}"
  export Dispatch__Jwt__SigningKey="$(cat "$run/jwt.key")"
  # Declare a dead silo within a few seconds rather than the production default of about a minute.
  export Dispatch__Membership__ProbeTimeout=00:00:02
  export Dispatch__Membership__NumMissedProbesLimit=2
  export Dispatch__Membership__NumVotesForDeathDeclaration=1
}

start_silo() { # n
  local n=$1
  ( common_env
    export Dispatch__Orleans__SiloPort=$((11110 + n)) Dispatch__Orleans__GatewayPort=$((29999 + n))
    # The demo simulator runs on silo 1 only (DISPATCH_SIMULATOR=false turns it off, e.g. for load runs).
    export Dispatch__Simulator__Enabled=$([ "$n" = 1 ] && echo "${DISPATCH_SIMULATOR:-true}" || echo false)
    export Urls="http://127.0.0.1:$((5089 + n))"
    nohup dotnet "$silo_dll" >"$run/silo$n.log" 2>&1 & echo $! >"$run/silo$n.pid" )
}

start_gateway() { # n
  local n=$1
  ( common_env
    export Dispatch__Mode=Cluster Urls="http://127.0.0.1:$((5079 + n))"
    nohup dotnet "$gateway_dll" >"$run/gateway$n.log" 2>&1 & echo $! >"$run/gateway$n.pid" )
}

start() {
  mkdir -p "$run"
  ensure_redis
  [ -f "$run/jwt.key" ] || head -c 48 /dev/urandom | base64 | tr -d '\n' >"$run/jwt.key"
  echo "building ($config)"
  dotnet build "$root/silo/Dispatch.Silo/Dispatch.Silo.csproj" -c "$config" -v q -nologo >/dev/null
  dotnet build "$root/gateway/Dispatch.Gateway/Dispatch.Gateway.csproj" -c "$config" -v q -nologo >/dev/null
  if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
    # AOF only, no RDB snapshots (--save ""): with a year of history a snapshot every minute cost half a core.
    redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$run" --appendonly yes --save "" --daemonize yes \
      --pidfile "$run/redis.pid" --logfile "$run/redis.log" >/dev/null
  fi
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "redis ready (127.0.0.1:$redis_port)"
  for n in 1 2; do alive "silo$n" || start_silo $n; done
  wait_ready silo1 http://127.0.0.1:5090/health/ready 90
  wait_ready silo2 http://127.0.0.1:5091/health/ready 90
  for n in 1 2; do alive "gateway$n" || start_gateway $n; done
  wait_ready gateway1 http://127.0.0.1:5080/health/ready 90
  wait_ready gateway2 http://127.0.0.1:5081/health/ready 90
  echo "console: http://127.0.0.1:5080 and http://127.0.0.1:5081 (accounts: see README, password demo)"
}

stop() {
  for p in gateway1 gateway2 silo1 silo2; do
    if alive "$p"; then kill "$(cat "$run/$p.pid")" 2>/dev/null || true; fi
  done
  for p in gateway1 gateway2 silo1 silo2; do
    for _ in $(seq 1 100); do alive "$p" || break; sleep 0.1; done
    if alive "$p"; then kill -9 "$(cat "$run/$p.pid")" 2>/dev/null || true; fi
    rm -f "$run/$p.pid"
  done
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  echo "stopped"
}

status() {
  for p in silo1 silo2 gateway1 gateway2; do
    case $p in silo1) url=http://127.0.0.1:5090;; silo2) url=http://127.0.0.1:5091;; gateway1) url=http://127.0.0.1:5080;; gateway2) url=http://127.0.0.1:5081;; esac
    if alive "$p"; then echo "$p: running (pid $(cat "$run/$p.pid")), ready: $(curl -s "$url/health/ready" || echo no)"
    else echo "$p: stopped"; fi
  done
  echo "redis: $(redis-cli -p "$redis_port" ping 2>/dev/null || echo stopped)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill-silo) kill -9 "$(cat "$run/silo${2:?silo number}.pid")"; echo "silo$2 killed (SIGKILL)" ;;
  *) echo "usage: $0 start|stop|status|kill-silo N" >&2; exit 2 ;;
esac
