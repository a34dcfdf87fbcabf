#!/usr/bin/env bash
# Installs the built .deb, runs the installed programs, and removes it again.
#   packaging/test-deb.sh FILE.deb
# As root (CI): a real `apt-get install ./FILE.deb` and `dpkg --purge`, checking nothing is left.
# Otherwise: unpacked into a throwaway root and run from there.
set -euo pipefail
deb=$(realpath "$1")
scratch=$(mktemp -d /tmp/moderato-deb.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "== package metadata"
dpkg-deb --field "$deb" Package Version Depends
dpkg-deb --field "$deb" Depends | grep -q 'libsecret-1-0' || { echo "Depends lacks libsecret-1-0"; exit 1; }
dpkg-deb --field "$deb" Depends | grep -q 'gnome-keyring | kwalletmanager' || { echo "Depends lacks a Secret Service"; exit 1; }

check_installed() { # prefix
    "$1/bin/moderato-cli" --version | grep -q '^moderato-cli [0-9]'
    "$1/bin/moderato-graphsim" --version | grep -q '[0-9]'
    "$1/bin/moderato" --demo --screenshot "$scratch/shot.png"
    [[ -s $scratch/shot.png ]] || { echo "no screenshot from the installed moderato"; exit 1; }
    for f in share/applications/org.moderato.Moderato.desktop share/metainfo/org.moderato.Moderato.metainfo.xml \
             share/icons/hicolor/scalable/apps/org.moderato.Moderato.svg share/man/man1/moderato-cli.1; do
        [[ -e $1/$f ]] || { echo "missing: $1/$f"; exit 1; }
    done
    echo "installed programs run"
}

if [[ $(id -u) -eq 0 && ${CI:-} == true ]]; then
    echo "== apt-get install $deb"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    check_installed /usr
    dpkg-query -L moderato > "$scratch/files"
    DEBIAN_FRONTEND=noninteractive dpkg --purge moderato >/dev/null
    while read -r f; do
        [[ -f $f ]] && { echo "left behind after removal: $f"; exit 1; }
    done < "$scratch/files"
    echo "removed cleanly"
else
    echo "== unpacking into a throwaway root"
    dpkg-deb -x "$deb" "$scratch/root"
    check_installed "$scratch/root/usr"
fi
echo "package test passed"
