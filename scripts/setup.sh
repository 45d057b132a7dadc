#!/usr/bin/env bash
# Installs what IAM Console needs on a Debian machine: system libraries for Qt (with apt-get when
# run as root, or through sudo), a virtual environment in .venv and the Python packages.
#   scripts/setup.sh            the console
#   scripts/setup.sh --test     the console, the test tools, a virtual X server, the
#                               PostgreSQL server binaries (the tests start their own cluster),
#                               GNOME Keyring, and Node.js with the OpenID Connect test provider
#                               (tests/oidc_peer, installed from its lockfile)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
packages=(libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3
          libx11-6 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core)
if [[ "${1:-}" == "--test" ]]; then
  extras="[test,packaging]"
  packages+=(xvfb xauth postgresql gnome-keyring dbus dbus-x11 binutils)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
python3 -c "import venv, ensurepip" 2>/dev/null || packages+=(python3-venv python3-pip)

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"

if [[ "${1:-}" == "--test" ]]; then
  (cd tests/oidc_peer && npm ci --no-audit --no-fund --loglevel=error)
fi
