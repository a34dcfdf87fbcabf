#!/usr/bin/env bash
# Moderato's one entry point for developers and CI.
#   ./dev.sh demo            install what is missing, build, start the demo (or render it when headless)
#   ./dev.sh test            install what is missing, build, run the whole suite headless
#   ./dev.sh test-asan       the suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   ./dev.sh bench           Release build, every benchmark, build-release/bench/results.json
#   ./dev.sh fuzz [SECONDS]  every libFuzzer harness for SECONDS each (default 60)
#   ./dev.sh package         build the .deb with CPack
# Nothing here ever waits for input.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
JOBS=${JOBS:-$(nproc)}

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

required_packages() { grep -vE '^\s*(#|$)' packaging/debian-packages.txt; }

install_missing_packages() {
    local missing=() pkg extra=("$@")
    for pkg in $(required_packages) "${extra[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    local cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
    if [[ $(id -u) -eq 0 ]]; then
        log "Installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        log "Installing ${missing[*]} with sudo"
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}"
    else
        echo "Moderato needs these Debian packages. Please run, as root:" >&2
        echo "  apt-get update && ${cmd[*]}" >&2
        exit 1
    fi
}

build() { # preset [target...]
    local preset=$1
    shift
    log "Configuring and building ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$JOBS" ${1:+--target "$@"}
}

# Microsoft's own relay listener for Node, an independent reading of the Hybrid Connections
# protocol that tst_relay_hyco points at the simulator's relay emulation: a pinned version from the
# npm registry, under build/node. Without the registry the test says it was skipped.
install_hyco_https() {
    local modules=$ROOT/build/node/node_modules
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        (install_missing_packages nodejs npm) \
            || echo "dev.sh: nodejs and npm could not be installed; tst_relay_hyco will be skipped" >&2
    fi
    if command -v npm >/dev/null && [[ ! -d $modules/hyco-https ]]; then
        log "Installing hyco-https 1.4.5 (npm) for tst_relay_hyco"
        mkdir -p "$ROOT/build/node"
        npm install --no-audit --no-fund --silent --prefix "$ROOT/build/node" hyco-https@1.4.5 \
            || echo "dev.sh: npm could not install hyco-https; tst_relay_hyco will be skipped" >&2
    fi
    export HYCO_HTTPS_NODE_MODULES=$modules
}

run_headless() { # command... — inside a private D-Bus session with an unlocked gnome-keyring
    dbus-run-session -- "$ROOT/tests/with-keyring.sh" "$@"
}

case "${1:-}" in
demo)
    install_missing_packages
    # Only the app and what it links (the embedded simulator among it): the first window comes
    # before the test suite has been built; ./dev.sh test builds the rest.
    build debug moderato
    if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        log "Starting the Moderato demo"
        exec build/app/moderato --demo
    fi
    out=$ROOT/build/moderato-demo.png
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): rendering the demo window offscreen instead."
    QT_QPA_PLATFORM=offscreen build/app/moderato --demo --screenshot "$out"
    echo "Demo window rendered to: $out"
    ;;
test)
    install_missing_packages
    build debug
    install_hyco_https
    log "Running the test suite (headless)"
    run_headless ctest --preset debug -j "$JOBS"
    ;;
test-asan)
    install_missing_packages
    build asan
    install_hyco_https
    log "Running the test suite under ASan + UBSan"
    run_headless ctest --preset asan -j "$JOBS"
    ;;
bench)
    install_missing_packages
    # Only what the benchmarks run: the tests' Release build would double the time.
    build release moderato_benchmarks moderato moderato-cli moderato-graphsim
    log "Running benchmarks"
    run_headless "$ROOT/tests/bench/run-all.sh" "$ROOT/build-release"
    ;;
fuzz)
    install_missing_packages clang libclang-rt-14-dev
    secs=${2:-60}
    # The libraries under test get coverage instrumentation and the sanitizers; each harness links
    # libFuzzer itself (tests/fuzz/CMakeLists.txt). Tests are configured (the harnesses share
    # their entry points with tst_fuzz_replay) but only the harnesses are built.
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DMODERATO_BUILD_FUZZERS=ON -DMODERATO_BUILD_TESTS=ON -DMODERATO_BUILD_BENCHMARKS=OFF >/dev/null
    cmake --build build-fuzz -j "$JOBS" --target moderato_fuzzers
    log "Fuzzing every harness for ${secs}s"
    "$ROOT/tests/fuzz/run-all.sh" "$ROOT/build-fuzz" "$secs"
    ;;
package)
    install_missing_packages
    build release
    (cd build-release && cpack -G DEB >/dev/null)
    deb=$(ls -t build-release/moderato_*.deb | head -n 1)
    echo "Built $deb"
    packaging/test-deb.sh "$deb"
    ;;
*)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
