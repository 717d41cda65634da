#!/usr/bin/env bash
# Started by `./mvnw verify` before the integration tests: brings up what they need on this machine
# (MariaDB on 127.0.0.1:3306, RabbitMQ on 127.0.0.1:5672, Debian's chromium and chromium-driver),
# installing a missing one with apt-get. A service that cannot be had stops the build here with one
# line, instead of tests that fail or skip one by one later.
set -euo pipefail

say() { echo "test-services: $*"; }
need_root() {
  [ "$(id -u)" = 0 ] || { say "$1 is missing and only root can install it (apt-get install $2)" >&2; exit 1; }
}
apt_install() {
  need_root "$1" "$2"
  say "installing $2"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $2 >/dev/null
}

# MariaDB (MySQL-compatible), root with an empty password: database code is tested through Connector/J.
mysql_up() { mysqladmin --protocol=TCP -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1; }
if ! mysql_up; then
  mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  [ -x "$mariadbd" ] || apt_install "MariaDB" "mariadb-server"
  say "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec "$mariadbd"
  for _ in $(seq 1 60); do mysql_up && break; sleep 1; done
  mysql_up || { say "MariaDB did not start on 127.0.0.1:3306" >&2; exit 1; }
fi

# RabbitMQ (guest/guest): remote partitioning sends its partitions through it.
rabbit_up() { (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; }
if ! rabbit_up; then
  command -v rabbitmq-server >/dev/null 2>&1 || apt_install "RabbitMQ" "rabbitmq-server"
  say "starting RabbitMQ"
  rabbitmq-server -detached || true
  for _ in $(seq 1 90); do rabbit_up && break; sleep 1; done
  rabbit_up || { say "RabbitMQ did not start on 127.0.0.1:5672" >&2; exit 1; }
fi

# Debian's Chromium and its driver: the browser tests drive the pages with them.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install "Chromium" "chromium chromium-driver"
fi
