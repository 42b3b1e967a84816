#!/usr/bin/env bash
# Builds one Linux package from the build tree with cpack and checks it like a user would get it.
#   deb  control data (Depends from dpkg-shlibdeps cover every library the binary links, plus the
#        SQLite driver), the file list (FHS), then unpacks it into a throwaway root and runs the
#        installed hookbench: --version, a headless capture round trip (listen on port 0, POST with
#        curl, `events list --json`, SIGTERM), desktop-file-validate and appstreamcli on the
#        installed desktop and metainfo files, and one application id everywhere.
#   rpm  `rpm -qp` file list, version and requirements (skipped without rpmbuild).
#   tgz  the file list.
# Usage: check-package.sh deb|rpm|tgz BUILD_DIR CPACK VERSION APP_ID   (CTest passes these)
# Exit codes: 0 passed, 1 failed, 77 skipped (not a Debian system, or no rpmbuild for rpm).
set -euo pipefail

kind=$1 build_dir=$2 cpack=$3 version=$4 app_id=$5
icon_sizes=(16 24 32 48 64 128 256 512)

step() { printf '== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
skip() {
    printf 'SKIP: %s\n' "$*"
    exit 77
}

work=$(mktemp -d "${TMPDIR:-/tmp}/hookbench-package.XXXXXX")
capture_pid=""
cleanup() {
    if [[ -n $capture_pid ]]; then
        kill -KILL "$capture_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# build_package GENERATOR: runs cpack into $work/out and prints the package's path.
build_package() {
    local generator=$1 package
    [[ -x $build_dir/bin/hookbench ]] || fail "build hookbench first ($build_dir/bin/hookbench)"
    if ! "$cpack" --config "$build_dir/CPackConfig.cmake" -G "$generator" -B "$work/out" \
        >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log" >&2
        fail "cpack -G $generator"
    fi
    package=$(find "$work/out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' \
        -o -name '*.tar.gz' \) | head -n1)
    [[ -n $package ]] || fail "cpack -G $generator made no package (see above)"
    printf '%s\n' "$package"
}

# expect_installed_files LIST PREFIX: LIST (one path a line) has every file the FHS layout asks
# for, below PREFIX, and nothing outside bin/ and share/.
expect_installed_files() {
    local list=$1 prefix=$2 path stray
    local -a expected=(
        "bin/hookbench"
        "share/applications/$app_id.desktop"
        "share/metainfo/$app_id.metainfo.xml"
        "share/icons/hicolor/scalable/apps/$app_id.svg"
        "share/man/man1/hookbench.1.gz"
    )
    for size in "${icon_sizes[@]}"; do
        expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for path in "${expected[@]}"; do
        grep -qxF "$prefix$path" "$list" || fail "the package lacks $prefix$path"
    done
    stray=$(grep -vE "^${prefix//./\\.}(bin|share)(/|$)" "$list" | grep -vxE '\.?/?|\./usr/?|/usr/?' \
        || true)
    [[ -z $stray ]] || fail "files outside ${prefix}bin and ${prefix}share: $stray"
}

# package_of PATH: the Debian package that ships the library PATH, or nothing. dpkg knows a file
# under one spelling: /lib or /usr/lib (merged /usr), the symlink or its target.
package_of() {
    local real candidate
    real=$(realpath "$1")
    for candidate in "$1" "$real" "${1#/usr}" "/usr${1#/usr}" "${real#/usr}" "/usr${real#/usr}"; do
        if dpkg-query -S "$candidate" >/dev/null 2>&1; then
            dpkg-query -S "$candidate" | head -n1 | cut -d: -f1
            return
        fi
    done
}

# --- .deb ------------------------------------------------------------------------------------------
check_deb() {
    command -v dpkg-deb >/dev/null 2>&1 || skip "not a Debian system (no dpkg-deb)"
    local tool missing=()
    for tool in dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
        appstreamcli:appstream curl:curl file:file readelf:binutils; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
    done
    ((${#missing[@]} == 0)) || fail "install ${missing[*]} (scripts/lib.sh lists them)"

    step "cpack -G DEB"
    local deb
    deb=$(build_package DEB)
    local arch
    arch=$(dpkg --print-architecture)
    [[ $(basename "$deb") == "hookbench_${version}_${arch}.deb" ]] ||
        fail "unexpected file name $(basename "$deb")"

    step "dpkg-deb -I"
    dpkg-deb -I "$deb" control
    [[ $(dpkg-deb -f "$deb" Package) == hookbench ]] || fail "Package is not hookbench"
    [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    # One package name a line, alternatives included, versions dropped.
    package_names() { tr ',|' '\n' | sed 's/(.*//; s/[[:space:]]//g' | grep -v '^$' || true; }
    dpkg-deb -f "$deb" Depends | package_names >"$work/depends"
    dpkg-deb -f "$deb" Recommends | package_names >"$work/recommends"
    local package
    for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
        libqt6sql6-sqlite; do
        grep -qxF "$package" "$work/depends" || fail "Depends lacks $package: $depends"
    done
    grep -qxF qt6-translations-l10n "$work/recommends" ||
        fail "Recommends lacks qt6-translations-l10n"

    step "dpkg-deb -c"
    dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/files"
    expect_installed_files "$work/files" /usr/

    step "dpkg -x into a throwaway root"
    local root=$work/root
    dpkg -x "$deb" "$root"
    local binary=$root/usr/bin/hookbench
    file "$binary" | grep -q 'ELF' || fail "$binary is not an ELF executable"
    if readelf -d "$binary" | grep -E 'R(UN)?PATH' | grep -q "$build_dir"; then
        fail "the installed binary still has an RPATH into the build tree"
    fi

    # Every library the binary links must come from a package in Depends (dpkg-shlibdeps).
    local needed path owner
    ldd "$binary" >"$work/ldd"
    while read -r needed; do
        [[ $needed == ld-linux* ]] && continue
        path=$(awk -v lib="$needed" '$1 == lib && $3 ~ /^\// { print $3 }' "$work/ldd")
        [[ -n $path ]] || fail "$needed does not resolve (ldd)"
        owner=$(package_of "$path")
        [[ -n $owner ]] || continue # not from a package (a local build): nothing to check
        grep -qxF "$owner" "$work/depends" || fail "Depends lacks $owner (for $needed): $depends"
    done < <(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')

    step "installed hookbench --version"
    local output
    output=$("$binary" --version)
    [[ $output == "Hookbench $version" ]] || fail "--version printed '$output'"

    step "headless capture round trip with the installed binary"
    export XDG_DATA_HOME=$work/xdg/data XDG_CONFIG_HOME=$work/xdg/config
    export XDG_CACHE_HOME=$work/xdg/cache
    local db=$work/store.sqlite
    "$binary" --headless --listen 127.0.0.1:0 --db "$db" >"$work/capture.out" 2>&1 &
    capture_pid=$!
    local port="" i
    for ((i = 0; i < 100; ++i)); do
        port=$(sed -n 's|^Listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/capture.out")
        [[ -n $port ]] && break
        kill -0 "$capture_pid" 2>/dev/null || break
        sleep 0.1
    done
    [[ -n $port ]] || {
        cat "$work/capture.out" >&2
        fail "the installed hookbench did not start listening"
    }
    local answer
    answer=$(curl -sS --max-time 10 -H 'Content-Type: application/json' \
        --data '{"id":"evt_package_1","type":"package.installed","data":{"ok":true}}' \
        "http://127.0.0.1:$port/hooks/package")
    [[ $answer == *'"status":"captured"'* ]] || fail "capture answered: $answer"
    output=$("$binary" events list --db "$db" --json)
    [[ $output == *'"event_id": "evt_package_1"'* && $output == *'"event_name": "package.installed"'* ]] ||
        fail "events list does not show the event: $output"
    kill -TERM "$capture_pid"
    local status=0
    wait "$capture_pid" || status=$?
    capture_pid=""
    ((status == 0)) || fail "hookbench exited $status on SIGTERM: $(cat "$work/capture.out")"
    grep -q '^Captured 1 request' "$work/capture.out" ||
        fail "no summary after SIGTERM: $(cat "$work/capture.out")"
    cat "$work/capture.out"

    step "desktop-file-validate"
    local desktop=$root/usr/share/applications/$app_id.desktop
    output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $output"
    [[ -z $output ]] || fail "desktop-file-validate: $output"
    echo "ok: $desktop"

    step "appstreamcli validate --no-net"
    local metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
    output=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1) ||
        fail "appstreamcli validate: $output"
    printf '%s\n' "$output"
    # Infos count too (a missing content rating or launchable is only an info); pedantic notes
    # do not (the id has capitals, as reverse-DNS ids do).
    ! grep -qE '^[EWI]: ' <<<"$output" || fail "appstreamcli validate has remarks (above)"

    step "one application id and one version everywhere"
    grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
    grep -qx "Exec=hookbench" "$desktop" || fail "the desktop file's Exec is not hookbench"
    grep -qF "<id>$app_id</id>" "$metainfo" || fail "the metainfo id is not $app_id"
    grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    grep -qF "<binary>hookbench</binary>" "$metainfo" || fail "the metainfo provides no binary"
    grep -qF "<release version=\"$version\"" "$metainfo" || fail "the metainfo release is not $version"
    zcat "$root/usr/share/man/man1/hookbench.1.gz" | grep -q "^\.TH HOOKBENCH 1 .*\"Hookbench $version\"" ||
        fail "the man page does not name version $version"
    # QGuiApplication::setDesktopFileName(HOOKBENCH_APP_ID): a UTF-16 literal in the binary.
    LC_ALL=C grep -qaP "$(printf '%s' "$app_id" | sed 's/[.]/\\./g; s/\\\?./&\\x00/g')" "$binary" ||
        fail "the binary does not carry the desktop file name $app_id"
    echo "ok: $app_id, $version"
}

# --- .rpm ------------------------------------------------------------------------------------------
check_rpm() {
    command -v rpmbuild >/dev/null 2>&1 || skip "no rpmbuild (apt package rpm)"
    step "cpack -G RPM"
    local rpm
    rpm=$(build_package RPM)
    step "rpm -qpi"
    rpm -qpi "$rpm" 2>/dev/null
    [[ $(rpm -qp --queryformat '%{NAME} %{VERSION}' "$rpm" 2>/dev/null) == "hookbench $version" ]] ||
        fail "name or version is not 'hookbench $version'"
    step "rpm -qpl"
    rpm -qpl "$rpm" 2>/dev/null >"$work/files"
    cat "$work/files"
    expect_installed_files "$work/files" /usr/
    # Directories that filesystem and hicolor-icon-theme own must not be claimed.
    ! grep -qxE '/usr/share/(applications|metainfo|icons|icons/hicolor|man|man/man1)' \
        "$work/files" || fail "the package claims a shared directory"
    step "rpm -qpR"
    rpm -qpR "$rpm" 2>/dev/null >"$work/requires"
    cat "$work/requires"
    grep -q '^libQt6Core\.so\.6' "$work/requires" || fail "no automatic Qt requirement"
    grep -qx 'qt6-qtbase' "$work/requires" || fail "does not require qt6-qtbase"
}

# --- .tar.gz ---------------------------------------------------------------------------------------
check_tgz() {
    step "cpack -G TGZ"
    local tgz top
    tgz=$(build_package TGZ)
    top=$(basename "$tgz" .tar.gz)
    [[ $top == "hookbench-$version-"* ]] || fail "unexpected file name $(basename "$tgz")"
    step "tar -tzf"
    tar -tzf "$tgz" | grep -v '/$' >"$work/files"
    cat "$work/files"
    expect_installed_files "$work/files" "$top/"
}

case $kind in
deb) check_deb ;;
rpm) check_rpm ;;
tgz) check_tgz ;;
*) fail "unknown package kind '$kind' (deb, rpm or tgz)" ;;
esac
echo "PASS: $kind"
