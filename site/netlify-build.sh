#!/usr/bin/env bash
# Netlify's build command (netlify.toml): installs the .NET SDK with Microsoft's official install
# script only when dotnet is missing, builds the site into site-output/, then indexes it with Pagefind.
# Netlify installs package.json's packages before this runs; if it did not, npm ci does here.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# global.json asks for a .NET 10 SDK: an older dotnet on the build image counts as missing.
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  install_dir="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"
  install_script="$(mktemp)"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o "$install_script"
  # The channel global.json allows (10.0.x, latest feature band).
  bash "$install_script" --channel 10.0 --install-dir "$install_dir"
  rm -f "$install_script"
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
fi

# Decision: "dotnet run" (JIT), not a ReadyToRun publish. On Netlify the generator is compiled on every
# deploy: ReadyToRun saves about 0.25 s of generation and costs about 4 s more compiling (measured).

# Netlify sets URL to the site's main address; canonical links, hreflang and the sitemap use it.
dotnet run --project site -c Release -- --output site-output ${URL:+--base-url "$URL"}
[ -d node_modules/pagefind ] || npm ci --no-audit --no-fund
npx --no-install pagefind --site site-output
