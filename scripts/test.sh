#!/usr/bin/env bash
# Builds Hookbench and runs the whole test suite, the way CI does (.ci/run calls this).
#  1. installs the missing build and test packages (apt; sudo when not root) and the npm
#     libraries of tests/signing/node (npm ci);
#  2. configures BUILD_DIR (default: build) with -DHOOKBENCH_WERROR=ON, and -DHOOKBENCH_FUZZ=ON
#     when clang++ is there (gcc stays the main compiler; the fuzz targets use clang);
#  3. checks formatting of the tracked C++ files with clang-format;
#  4. builds with Ninja;
#  5. runs ctest in scripts/test-session.sh (private D-Bus + unlocked gnome-keyring, offscreen Qt).
# Exits non-zero when anything above fails.
#
# Usage: scripts/test.sh [CTEST_ARGS...]      e.g. scripts/test.sh -R capture
# Environment: BUILD_DIR (build), BUILD_TYPE (RelWithDebInfo), TEST_JOBS (2), HOOKBENCH_FUZZ
# (ON when clang++ is found; OFF to skip the fuzz targets).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HOOKBENCH_ROOT"

build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
test_jobs=${TEST_JOBS:-2}

ensure_packages "${HOOKBENCH_BUILD_PACKAGES[@]}" "${HOOKBENCH_TEST_PACKAGES[@]}"
if command -v clang++ >/dev/null 2>&1; then
    runtime=$(clang_runtime_package) && ensure_packages "$runtime"
fi

# The providers' npm libraries that tst_signingpeers checks Hookbench against. Debian's nodejs
# lacks npm (NodeSource's bundles it); the test fails, never skips, without them.
command -v npm >/dev/null 2>&1 || ensure_packages npm
log "Installing the signing test peers (npm ci in tests/signing/node)"
(cd tests/signing/node && npm ci --no-audit --no-fund --loglevel=error)

fuzz=${HOOKBENCH_FUZZ:-}
if [[ -z $fuzz ]]; then
    fuzz=OFF
    command -v clang++ >/dev/null 2>&1 && fuzz=ON
fi

log "Configuring $build_dir ($build_type, WERROR=ON, FUZZ=$fuzz)"
configure_build "$build_dir" \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DHOOKBENCH_WERROR=ON \
    -DHOOKBENCH_BUILD_TESTS=ON \
    -DHOOKBENCH_FUZZ="$fuzz"

# Formatting: every C++ file git knows about (tracked, or new and not ignored).
log "Checking formatting (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -n1))"
format_ok=1
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -d '' sources < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -d '' sources < <(find core ui app tests bench -name '*.cpp' -print0 -o -name '*.h' -print0 2>/dev/null)
fi
existing=()
for file in "${sources[@]}"; do
    [[ -f $file ]] && existing+=("$file")
done
if ((${#existing[@]})) && ! clang-format --dry-run -Werror "${existing[@]}"; then
    format_ok=0
    log "Formatting: the files above need clang-format -i (run it from the repository root)"
fi

log "Building"
if ! cmake --build "$build_dir"; then
    ((format_ok)) || log "FAILED: formatting (see above)"
    log "FAILED: build"
    exit 1
fi

log "Running tests"
test_status=0
scripts/test-session.sh ctest --test-dir "$build_dir" --output-on-failure --no-tests=error \
    -j "$test_jobs" --timeout 600 "$@" || test_status=$?

if ((!format_ok)); then
    log "FAILED: formatting (see above)"
    exit 1
fi
if ((test_status)); then
    log "FAILED: tests (ctest exit $test_status)"
    exit "$test_status"
fi
log "All good"
