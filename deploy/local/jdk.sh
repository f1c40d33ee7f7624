# Picks a JDK 21+ and exports JAVA_HOME and PATH. Sourced by deploy/local/run, reusable by CI:
#
#   source deploy/local/jdk.sh             # in a bash script
#   export JAVA_HOME=$(deploy/local/jdk.sh)  # run directly, it prints the JDK it picked
#
# JAVA_HOME wins when it is a JDK 21+; otherwise the newest JDK 21+ among /usr/lib/jvm/* and the
# java on the PATH. Returns non-zero (with a message) when there is none.

propertyops_java_feature() {
  # prints the feature version (17, 21, 25, ...) of the JDK at $1, nothing if it is not a JDK
  local home=$1 version
  [[ -x $home/bin/java && -x $home/bin/javac && -f $home/release ]] || return 0
  version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release")
  version=${version#1.} # 1.8 -> 8
  version=${version%%[!0-9]*}
  [[ -n $version ]] && echo "$version"
  return 0
}

propertyops_select_jdk() {
  local required=21 feature candidate best="" best_feature=0 on_path

  if [[ -n ${JAVA_HOME:-} ]]; then
    feature=$(propertyops_java_feature "$JAVA_HOME")
    if [[ -n $feature && $feature -ge $required ]]; then
      best=$JAVA_HOME
    else
      echo "jdk.sh: JAVA_HOME=$JAVA_HOME is not a JDK $required+ (${feature:-no JDK}); looking for another" >&2
    fi
  fi

  if [[ -z $best ]]; then
    local candidates=(/usr/lib/jvm/*)
    if on_path=$(command -v javac 2>/dev/null); then
      candidates+=("$(dirname "$(dirname "$(readlink -f "$on_path")")")")
    fi
    for candidate in "${candidates[@]}"; do
      [[ -d $candidate ]] || continue
      feature=$(propertyops_java_feature "$candidate")
      if [[ -n $feature && $feature -ge $required && $feature -gt $best_feature ]]; then
        best=$candidate
        best_feature=$feature
      fi
    done
  fi

  if [[ -z $best ]]; then
    echo "jdk.sh: no JDK $required or newer found (JAVA_HOME, /usr/lib/jvm/*, PATH)." >&2
    echo "        Install one (e.g. Temurin 21 or 25) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH=$JAVA_HOME/bin:$PATH
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  propertyops_select_jdk
  echo "$JAVA_HOME"
else
  propertyops_select_jdk
fi
