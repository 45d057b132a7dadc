#!/bin/sh
# Build the Linux bundle (PyInstaller folder mode) and check that it starts:
#   packaging/linux/build.sh            -> packaging/dist/iam-console-<version>-linux-<arch>.tar.gz
# Needs the project's virtual environment (scripts/setup.sh); installs PyInstaller into it.
# The smoke test starts the bundle offscreen; it must paint its sign-in window and exit 0.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=.venv/bin/python
[ -x "$python" ] || { echo "run scripts/setup.sh first" >&2; exit 1; }
"$python" -m pip install -q -e ".[packaging]"
export QT_QPA_PLATFORM=offscreen
"$python" packaging/make_icons.py
rm -rf packaging/dist/iam-console
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath packaging/dist \
    --workpath packaging/build/pyinstaller packaging/iam_console.spec
bundle=packaging/dist/iam-console
mkdir -p "$bundle/share"
cp packaging/linux/iam-console.desktop src/iam_console/resources/icons/iam-console.svg \
    packaging/build/icons/iam-console-256.png "$bundle/share/"
cp packaging/linux/install.sh "$bundle/"

# smoke test: the bundle itself, a private home, a new database
home=$(mktemp -d)
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" timeout 120 "$bundle/iam-console" --smoke-test \
    --database "$home/smoke.sqlite3" | grep -qx "IAM Console: first window painted"
echo "smoke test passed: the bundle painted its sign-in window and exited 0"
rm -rf "$home"

version=$("$python" -c "import iam_console; print(iam_console.__version__)")
archive="packaging/dist/iam-console-$version-linux-$(uname -m).tar.gz"
tar -C packaging/dist -czf "$archive" iam-console
echo "built $archive ($(du -sh "$bundle" | cut -f1) unpacked)"
