#!/usr/bin/env bash
# Makes sure the portal's end-to-end tests have their browser: Debian's Chromium (/usr/bin/chromium) and a CJK
# font, so Chinese pages render as text in the screenshots. Installs them with apt-get when absent (root, or
# sudo without a password); never downloads a browser of its own. Sourced or run by ./test.
set -euo pipefail

browser_packages=()
[[ -x /usr/bin/chromium ]] || browser_packages+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || browser_packages+=(fonts-noto-cjk)

if ((${#browser_packages[@]})); then
  if [[ $(id -u) == 0 ]]; then
    apt_get=(apt-get)
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    apt_get=(sudo apt-get)
  else
    echo "browser.sh: the portal's browser tests need ${browser_packages[*]}: apt-get install ${browser_packages[*]}" >&2
    exit 1
  fi
  echo "browser.sh: installing ${browser_packages[*]} with apt-get"
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends "${browser_packages[@]}" >/dev/null ||
    { DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update >/dev/null &&
      DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y --no-install-recommends "${browser_packages[@]}" >/dev/null; }
fi
/usr/bin/chromium --version
