#!/usr/bin/env bash
# The end-to-end journey against docker-compose.yml itself, where a Docker engine exists (Docker Engine 24+, Compose
# v2.20+, a JDK 25 and Maven for the tests): builds the images, brings the whole compose file up with a throwaway
# .env (random secrets, the demo realm and demo venues of deploy/journey/docker-compose.journey.yml, self-signed
# certificates for orientation.localhost and connexion.localhost, e-mail captured by the "mail" service), waits until
# every container is healthy, runs standalone's JourneyIT through the TLS proxy, then removes everything it created
# (containers, volumes, the temporary directory) unless KEEP=1.
#
#   deploy/journey/run.sh            (deployment's ComposeUpJourneyIT runs it: mvn -pl deployment verify -Pcompose-up)
#
# Without a Docker engine it stops at once with exit code 2 and says so. The proxy publishes ports 80 and 443 of
# the machine: they must be free.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

if ! docker info >/dev/null 2>&1; then
  echo "compose journey: no Docker engine here (docker info fails): nothing run" >&2
  exit 2
fi

WORK="$(mktemp -d)"
PROJECT="orientation-journey-$$"
GATEWAY_HOSTNAME=orientation.localhost
KEYCLOAK_HOSTNAME=connexion.localhost
compose() {
  docker compose --project-name "$PROJECT" --env-file "$WORK/.env" -f docker-compose.yml \
    -f deploy/journey/docker-compose.journey.yml --profile mail-capture "$@"
}
cleanup() {
  if [[ "${KEEP:-}" != 1 ]]; then
    compose down --volumes --remove-orphans >/dev/null 2>&1 || true
    rm -rf "$WORK"
  else
    echo "KEEP=1: project $PROJECT and $WORK left in place"
  fi
}
trap cleanup EXIT

secret() { openssl rand -hex 24; }
cat > "$WORK/.env" <<ENV
GATEWAY_HOSTNAME=$GATEWAY_HOSTNAME
KEYCLOAK_HOSTNAME=$KEYCLOAK_HOSTNAME
TLS_DIR=$WORK/tls
KEYCLOAK_ADMIN_PASSWORD=$(secret)
KEYCLOAK_DB_PASSWORD=$(secret)
# the demo realm's secrets (identity/src/main/resources/realm/orientation-realm.json)
GATEWAY_CLIENT_SECRET=gateway-secret-demo
NOTIFICATION_SERVICE_CLIENT_SECRET=notification-service-secret-demo
KAFKA_CLUSTER_ID=$(docker run --rm apache/kafka:4.1.1 /opt/kafka/bin/kafka-storage.sh random-uuid)
MONGO_ROOT_PASSWORD=$(secret)
MONGO_VENUE_SERVICE_PASSWORD=$(secret)
MONGO_REFERRAL_SERVICE_PASSWORD=$(secret)
MONGO_NOTIFICATION_SERVICE_PASSWORD=$(secret)
REDIS_PASSWORD=$(secret)
ORIENTATION_CRYPTO_KEY=$(openssl rand -base64 32)
MAIL_HOST=mail
MAIL_PORT=3025
MAIL_SMTP_AUTH=false
MAIL_SMTP_STARTTLS=false
MAIL_FROM=ne-pas-repondre@orientation.localhost
GRAFANA_ADMIN_PASSWORD=$(secret)
ENV

# self-signed certificates, one per name, and a trust store holding both for the tests' JVM
for name in "$GATEWAY_HOSTNAME" "$KEYCLOAK_HOSTNAME"; do
  mkdir -p "$WORK/tls/$name"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$name" -addext "subjectAltName=DNS:$name" \
    -keyout "$WORK/tls/$name/privkey.pem" -out "$WORK/tls/$name/fullchain.pem" 2>/dev/null
  keytool -importcert -noprompt -alias "$name" -file "$WORK/tls/$name/fullchain.pem" \
    -keystore "$WORK/truststore.p12" -storetype PKCS12 -storepass journey >/dev/null
done
# the two names resolve to this machine for the tests' JVM (JDK's jdk.net.hosts.file)
printf '127.0.0.1 localhost %s %s\n' "$GATEWAY_HOSTNAME" "$KEYCLOAK_HOSTNAME" > "$WORK/hosts"

echo "== building the images and starting the compose file (project $PROJECT)"
compose build
compose up -d --wait --wait-timeout 900

echo "== JourneyIT through https://$GATEWAY_HOSTNAME"
# unit tests skipped (no such test), only JourneyIT of the e2e profile
mvn -B -q -pl standalone -am verify -Pe2e -Dtest=NoUnitTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=JourneyIT -Dfailsafe.failIfNoSpecifiedTests=false \
  "-Dorientation.gateway=https://$GATEWAY_HOSTNAME" \
  "-Dorientation.keycloak=https://$KEYCLOAK_HOSTNAME" \
  "-Dorientation.mail-api=http://127.0.0.1:8025" \
  "-DargLine=-Djavax.net.ssl.trustStore=$WORK/truststore.p12 -Djavax.net.ssl.trustStorePassword=journey -Djdk.net.hosts.file=$WORK/hosts"
echo "== compose journey passed"
