#!/usr/bin/env bash
# crates/eframe is eframe 0.37.0 as published on crates.io plus the patches in
# crates/eframe-patches/, applied in name order (crates/eframe/PATCH.md says what they change).
#
#   scripts/eframe-fork.sh check    fail, printing the difference, unless crates/eframe is exactly
#                                   upstream plus the patches
#   scripts/eframe-fork.sh rebuild  write crates/eframe anew from upstream plus the patches
#   scripts/eframe-fork.sh refresh  write the patches anew from crates/eframe, after editing it
#
# Upstream is cargo's download of eframe-0.37.0.crate, checked against crates.io's checksum. Cargo
# never downloads it for Comeback itself, whose [patch.crates-io] replaces it, so the first run on
# a machine fetches it with cargo (the network once; offline after that).
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.37.0
# crates.io's SHA-256 of eframe-0.37.0.crate, as a Cargo.lock without the patch records it.
sha256=9c5642501a65ca657d05f00c643a5c14ff2346cb3818032bfe23d58e1f8e5f84
fork=crates/eframe
patches=crates/eframe-patches
# Files of the published package that are not the crate: cargo's mark that it unpacked it, the
# upstream commit it was published from, the author's manifest (its `workspace = true` keys
# build only inside egui's repository) and egui's lockfile (a dependency's is ignored). The
# manifest cargo builds with is the normalized Cargo.toml, and it is compared like the source.
packaging=(.cargo-ok .cargo_vcs_info.json Cargo.toml.orig Cargo.lock)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The .crate cargo downloaded, not the copy cargo unpacked beside it: nothing checks that copy
# again, and an editor's go-to-definition opens it for editing.
downloaded_crate() {
  local f
  for f in "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"eframe-$version.crate"; do
    [ -f "$f" ] && echo "$f" && return
  done
  return 0
}

# Has cargo download exactly eframe 0.37.0 for a throwaway package that depends on it.
fetch_upstream() {
  local dir="$work/fetch"
  mkdir -p "$dir/src"
  : >"$dir/src/lib.rs"
  cat >"$dir/Cargo.toml" <<EOF
[package]
name = "eframe-upstream"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
eframe = { version = "=$version", default-features = false }

# Its own workspace, wherever the temporary directory is.
[workspace]
EOF
  # Comeback's lockfile keeps eframe's dependencies at the versions already downloaded, so that
  # eframe is the one crate fetched.
  cp Cargo.lock "$dir/"
  echo "Fetching eframe $version from crates.io (once per machine)" >&2
  cargo fetch --quiet --manifest-path "$dir/Cargo.toml"
}

# Unpacks upstream, without its packaging files, into $work/upstream.
unpack() {
  local crate
  crate="$(downloaded_crate)"
  if [ -z "$crate" ]; then
    fetch_upstream
    crate="$(downloaded_crate)"
  fi
  [ -n "$crate" ] || { echo "cargo fetched no eframe-$version.crate" >&2; exit 1; }
  echo "$sha256  $crate" | sha256sum --check --quiet ||
    { echo "$crate is not crates.io's eframe $version (its SHA-256 is not $sha256)" >&2; exit 1; }
  tar -xzf "$crate" -C "$work"
  mv "$work/eframe-$version" "$work/upstream"
  local f
  for f in "${packaging[@]}"; do
    rm -f "$work/upstream/$f"
  done
}

# Applies the patches to a copy of upstream, $work/patched.
apply() {
  cp -R "$work/upstream" "$work/patched"
  local p
  for p in "$patches"/*.patch; do
    # No fuzz: these patches were made against this very release.
    patch --quiet --batch --forward --fuzz=0 --no-backup-if-mismatch --reject-file=- \
      -p1 -d "$work/patched" <"$p" ||
      { echo "$p does not apply to eframe $version (after the patches before it)" >&2; exit 1; }
  done
}

# The files a patch changes, from its `--- a/…` and `+++ b/…` pairs.
files_of() {
  awk '/^--- a\// { pair = 1; next } pair && /^\+\+\+ b\// { print substr($0, 7) } { pair = 0 }' "$1"
}

# A patch's description: everything before its first file.
header_of() {
  awk '/^--- a\// { exit } { print }' "$1"
}

# The files of either of two folders, relative to them.
files_in() {
  { (cd "$1" && find . -type f) && (cd "$2" && find . -type f); } | sed 's|^\./||' | sort -u
}

# The unified diff of one file from upstream to crates/eframe, labelled for `patch -p1`.
diff_file() {
  diff -uN --label "a/$1" --label "b/$1" "$work/upstream/$1" "$fork/$1" || [ $? -eq 1 ]
}

refresh() {
  # Each file belongs to one patch, so a patch is the diff of its own files against upstream,
  # whichever patches come before it.
  local -A owner=()
  local p f
  for p in "$patches"/*.patch; do
    while read -r f; do
      [ -z "${owner[$f]:-}" ] || { echo "$f is in both ${owner[$f]} and $p" >&2; exit 1; }
      owner[$f]="$p"
    done < <(files_of "$p")
  done
  # A file changed that no patch names yet goes into the last patch.
  local last
  last="$(printf '%s\n' "$patches"/*.patch | tail -n 1)"
  while read -r f; do
    if [ -z "${owner[$f]:-}" ] && ! cmp -s "$work/upstream/$f" "$fork/$f"; then
      echo "$f is in no patch: adding it to $last" >&2
      owner[$f]="$last"
    fi
  done < <(files_in "$work/upstream" "$fork")
  for p in "$patches"/*.patch; do
    header_of "$p" >"$work/patch"
    while read -r f; do
      if [ "${owner[$f]}" = "$p" ]; then
        diff_file "$f" >>"$work/patch"
      fi
    done < <(printf '%s\n' "${!owner[@]}" | sort)
    mv "$work/patch" "$p"
  done
}

case "${1:-}" in
  check)
    unpack
    apply
    if ! diff -ruN "$work/patched" "$fork" >"$work/diff"; then
      cat "$work/diff"
      echo "$fork is not eframe $version plus $patches/ (the diff above goes from that to $fork):" \
        "after editing $fork, run 'scripts/eframe-fork.sh refresh' and commit the patches;" \
        "to undo edits, 'scripts/eframe-fork.sh rebuild'." >&2
      exit 1
    fi
    ;;
  rebuild)
    unpack
    apply
    # Only the files that differ are written, so cargo rebuilds eframe only if one does.
    while read -r f; do
      if [ ! -e "$work/patched/$f" ]; then
        rm "$fork/$f"
      elif ! cmp -s "$work/patched/$f" "$fork/$f"; then
        mkdir -p "$(dirname "$fork/$f")"
        cp "$work/patched/$f" "$fork/$f"
      fi
    done < <(files_in "$work/patched" "$fork")
    ;;
  refresh)
    unpack
    refresh
    ;;
  *)
    echo "usage: $0 check|rebuild|refresh" >&2
    exit 2
    ;;
esac
