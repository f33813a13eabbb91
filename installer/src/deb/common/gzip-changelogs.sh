#!/bin/sh
# Builds each package's /usr/share/doc files: copies src/deb/PKG/doc/* and writes changelog.gz
# from doc/changelog with @VERSION@ replaced, compressed with gzip -9n (no name, no time stamp),
# as Debian policy and lintian want. Usage: gzip-changelogs.sh SRC_DEB_DIR OUT_DIR VERSION
set -eu
src=$1
out=$2
version=$3
for doc in "$src"/*/doc; do
    package=$(basename "$(dirname "$doc")")
    rm -rf "${out:?}/$package"
    mkdir -p "$out/$package"
    for file in "$doc"/*; do
        [ "$(basename "$file")" = changelog ] && continue
        cp "$file" "$out/$package/"
    done
    sed "s/@VERSION@/$version/g" "$doc/changelog" | gzip -9n > "$out/$package/changelog.gz"
done
