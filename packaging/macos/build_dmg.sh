#!/usr/bin/env bash
# Builds GigaDesk.app with PyInstaller, signs it (hardened runtime), notarizes and staples it, and
# wraps it in a .dmg with an Applications link. Run on macOS from anywhere; see packaging/README.md.
#
# Environment (all optional; without them the result is ad-hoc signed and not notarized, fine
# for testing on this Mac, refused by Gatekeeper on others):
#   PYTHON                       Python with the project and its [bundle] extra (default .venv/bin/python)
#   SKIP_BUILD=1                 reuse dist/GigaDesk.app (e.g. CI already built and smoke-tested it)
#   GIGADESK_SIGN_IDENTITY       "Developer ID Application: Name (TEAMID)", in a keychain on the
#                                search list (read by packaging/gigadesk.spec when it builds)
#   Notarization, one of:
#   GIGADESK_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile name, or
#   GIGADESK_NOTARY_KEY, GIGADESK_NOTARY_KEY_ID, GIGADESK_NOTARY_ISSUER
#                                an App Store Connect API key (.p8 path, key id, issuer id), or
#   GIGADESK_NOTARY_APPLE_ID, GIGADESK_NOTARY_TEAM_ID, GIGADESK_NOTARY_PASSWORD
#                                an Apple ID with an app-specific password
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
APP_NAME="GigaDesk"
DIST="$ROOT/dist"
APP="$DIST/$APP_NAME.app"
VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, "packaging"); import release_info; print(release_info.version())')"
DMG="$DIST/$APP_NAME-$VERSION.dmg"
ZIP="$DIST/$APP_NAME-$VERSION-macos.zip"

log() { printf '\n== %s\n' "$*"; }

if [[ "$(uname -s)" != "Darwin" ]]; then
  echo "build_dmg.sh runs on macOS only (hdiutil, codesign, notarytool)" >&2
  exit 2
fi

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  log "PyInstaller: $APP"
  # Make a failed signature fail the build instead of a warning.
  export PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR=1 PYINSTALLER_VERIFY_BUNDLE_SIGNATURE=1
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" \
    --workpath "$ROOT/build/pyinstaller" packaging/gigadesk.spec
fi
[[ -d "$APP" ]] || { echo "missing $APP" >&2; exit 1; }

if [[ -n "${GIGADESK_SIGN_IDENTITY:-}" ]]; then
  # PyInstaller signed every binary inside out, then the app with our entitlements (see the
  # spec); check that the seal holds and that the hardened runtime is on.
  log "checking the signature"
  codesign --verify --deep --strict --verbose=2 "$APP"
  if ! codesign --display --verbose=2 "$APP" 2>&1 | grep -q 'flags=.*runtime'; then
    echo "$APP is signed without the hardened runtime" >&2
    exit 1
  fi
else
  log "no GIGADESK_SIGN_IDENTITY: PyInstaller's ad-hoc signature only (testing on this Mac)"
fi

notary_args=()
if [[ -n "${GIGADESK_NOTARY_PROFILE:-}" ]]; then
  notary_args=(--keychain-profile "$GIGADESK_NOTARY_PROFILE")
elif [[ -n "${GIGADESK_NOTARY_KEY:-}" ]]; then
  notary_args=(--key "$GIGADESK_NOTARY_KEY" --key-id "$GIGADESK_NOTARY_KEY_ID"
               --issuer "$GIGADESK_NOTARY_ISSUER")
elif [[ -n "${GIGADESK_NOTARY_APPLE_ID:-}" ]]; then
  notary_args=(--apple-id "$GIGADESK_NOTARY_APPLE_ID" --team-id "$GIGADESK_NOTARY_TEAM_ID"
               --password "$GIGADESK_NOTARY_PASSWORD")
fi
if [[ ${#notary_args[@]} -gt 0 && -z "${GIGADESK_SIGN_IDENTITY:-}" ]]; then
  echo "notarization needs a Developer ID signature: set GIGADESK_SIGN_IDENTITY" >&2
  exit 1
fi

notarize() {
  log "notarizing $(basename "$1")"
  xcrun notarytool submit "$1" "${notary_args[@]}" --wait --timeout 30m
}

# ditto keeps the framework symlinks, permissions and extended attributes; plain zip flattens
# the symlinks into copies and breaks the signature.
rm -f "$ZIP"
ditto -c -k --sequesterRsrc --keepParent "$APP" "$ZIP"
if [[ ${#notary_args[@]} -gt 0 ]]; then
  notarize "$ZIP"
  # The ticket stapled into the app lets Gatekeeper accept it offline.
  xcrun stapler staple "$APP"
  rm -f "$ZIP"
  ditto -c -k --sequesterRsrc --keepParent "$APP" "$ZIP"
fi

log "disk image $DMG"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/$APP_NAME.app"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [[ -n "${GIGADESK_SIGN_IDENTITY:-}" ]]; then
  codesign --force --sign "$GIGADESK_SIGN_IDENTITY" --timestamp "$DMG"
fi
if [[ ${#notary_args[@]} -gt 0 ]]; then
  notarize "$DMG"
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi

log "done"
ls -l "$DMG" "$ZIP"
