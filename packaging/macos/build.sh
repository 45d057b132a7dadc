#!/bin/sh
# Build IAM Console for macOS: "IAM Console.app" (PyInstaller folder mode inside the bundle,
# Info.plist with the version, the icon and the iam-console:// link scheme) and a .dmg.
#   packaging/macos/build.sh
# Signing and notarization run when their environment variables are set:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <name> (<team>)" from the keychain
#   MACOS_NOTARY_PROFILE  a profile stored with `xcrun notarytool store-credentials`
#     (or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD instead of a stored profile)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -x .venv/bin/python ] || python3.11 -m venv .venv
python=.venv/bin/python
"$python" -m pip install -q --upgrade pip
"$python" -m pip install -q -e ".[packaging]"
QT_QPA_PLATFORM=offscreen "$python" packaging/make_icons.py
rm -rf "packaging/dist/IAM Console.app" packaging/dist/iam-console
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath packaging/dist \
    --workpath packaging/build/pyinstaller packaging/iam_console.spec
app="packaging/dist/IAM Console.app"

# smoke test: the program inside the bundle paints its sign-in window and exits 0 (3: no
# window within a minute)
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/iam-console" --smoke-test \
    --database "$smoke/smoke.sqlite3"
rm -rf "$smoke"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

version=$("$python" -c "import iam_console; print(iam_console.__version__)")
dmg="packaging/dist/iam-console-$version-macos-$(uname -m).dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "IAM Console $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    elif [ -n "${APPLE_ID:-}" ]; then
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
    fi
    if [ -n "${MACOS_NOTARY_PROFILE:-}${APPLE_ID:-}" ]; then
        xcrun stapler staple "$dmg"
    fi
fi
echo "built $dmg"
