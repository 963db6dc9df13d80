#!/bin/sh
# validate.sh desktop|metainfo|mime FILE [WORKDIR]  |  validate.sh install BUILD-DIR DEST-DIR APP-ID CMAKE
# The freedesktop validators on Stagecraft's packaging files, stricter than their exit codes:
# any warning fails. Exits 77 (CTest's skip) when the validator is not installed.
set -u
kind=$1 file=$2
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed"; exit 77; }; }
case $kind in
  desktop)
    need desktop-file-validate
    # It exits 0 on warnings and hints; they count as failures here.
    out=$(desktop-file-validate "$file" 2>&1); rc=$?
    [ -n "$out" ] && printf '%s\n' "$out"
    [ $rc -eq 0 ] && [ -z "$out" ] || { echo "FAIL: desktop-file-validate $file"; exit 1; }
    echo "PASS: desktop-file-validate $file" ;;
  metainfo)
    need appstreamcli
    # Errors, warnings and infos fail (appstreamcli itself fails only on the first two);
    # pedantic notes are shown but allowed (the id's capital letters).
    out=$(appstreamcli validate --no-net --pedantic --explain "$file" 2>&1); rc=$?
    printf '%s\n' "$out"
    if [ $rc -ne 0 ] || printf '%s\n' "$out" | grep -q '^[EWI]: '; then
      echo "FAIL: appstreamcli validate $file"; exit 1
    fi
    echo "PASS: appstreamcli validate --no-net $file" ;;
  mime)
    need xmllint; need update-mime-database
    work=$3
    xmllint --noout "$file" || { echo "FAIL: xmllint $file"; exit 1; }
    rm -rf "$work"; mkdir -p "$work/mime/packages"
    cp "$file" "$work/mime/packages/"
    # update-mime-database exits 0 even when it rejects a file; what it says decides.
    XDG_DATA_DIRS=$work XDG_DATA_HOME=$work update-mime-database "$work/mime" > "$work/log" 2>&1
    if grep -E 'Error|Failed|error' "$work/log"; then echo "FAIL: update-mime-database rejected $file"; exit 1; fi
    for glob in dockerfile '\*\.dockerfile' 'dockerfile\.\*' containerfile; do
      grep -q "^[0-9]*:text/x-dockerfile:$glob\$" "$work/mime/globs2" \
        || { echo "FAIL: no text/x-dockerfile glob '$glob' in the compiled database"; exit 1; }
    done
    grep ':text/x-dockerfile:' "$work/mime/globs2"
    echo "PASS: update-mime-database $file" ;;
  install)
    # validate.sh install BUILD-DIR DEST-DIR APP-ID CMAKE: what `cmake --install` puts where.
    build=$2 dest=$3 id=$4 cmake=$5
    rm -rf "$dest"
    "$cmake" --install "$build" --prefix "$dest" > "$dest.log" 2>&1 || { cat "$dest.log"; echo "FAIL: cmake --install"; exit 1; }
    expected="bin/stagecraft
share/applications/$id.desktop
share/metainfo/$id.metainfo.xml
share/mime/packages/$id.xml
share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 22 24 32 48 64 128 256; do
      expected="$expected
share/icons/hicolor/${size}x$size/apps/$id.png"
    done
    actual=$(cd "$dest" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
    expected=$(printf '%s\n' "$expected" | LC_ALL=C sort)
    if [ "$actual" != "$expected" ]; then
      echo "FAIL: the install tree differs from the expected one (< expected, > installed):"
      printf '%s\n' "$expected" > "$dest.expected"; printf '%s\n' "$actual" > "$dest.actual"
      diff "$dest.expected" "$dest.actual"; exit 1
    fi
    [ -x "$dest/bin/stagecraft" ] || { echo "FAIL: bin/stagecraft is not executable"; exit 1; }
    printf '%s\n' "$actual"
    echo "PASS: cmake --install installs the executable and the desktop integration files" ;;
  *) echo "usage: validate.sh desktop|metainfo|mime FILE [WORKDIR] | install BUILD DEST ID CMAKE" >&2; exit 2 ;;
esac
