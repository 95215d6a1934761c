#!/usr/bin/env bash
# Fails when a build uses a Debian package that scripts/install-deps.sh does not bring in, so a
# green run cannot come from a machine that happens to have more installed than a fresh one.
#
# What the build used, read from <build-dir>:
#  - every file CMake read while configuring (build.ninja's regeneration inputs, e.g. each
#    find_package's Qt6OpenGLConfig.cmake) and the package configuration in every *_DIR entry
#    of CMakeCache.txt;
#  - every file the cache names as a tool or a library (compiler, ar, ninja, gzip, cmake itself);
#  - every header the compiler read (ninja -t deps) and every library on a link line;
#  - every shared library the built programs, tests and benchmarks load (ldd).
# Each file is mapped to its package with dpkg-query -S, along its symlinks (/usr/bin/c++ through
# the alternatives to g++ and g++-12) and on both sides of the merged /usr (/lib = /usr/lib). Its
# package must be in the closure of the install list and the base system (Essential and
# Priority: required packages): Depends and Pre-Depends, recursively, without Recommends
# (install-deps.sh installs without them). Of the alternatives "a | b" only the one apt takes on
# a fresh machine counts: one already there, else the first that exists; a virtual package is met
# by a provider already there, else the first. On a clean Debian 12 (debootstrap minbase) the
# closure computed for `install-deps.sh [--packaging]` was exactly the set apt installed.
#
# Usage: scripts/check-deps.sh [--install-list FILE] [--packaging] [--verbose] <build-dir>
#        scripts/check-deps.sh [--install-list FILE] [--packaging] --print-closure
#   --install-list FILE  check against the names in FILE (one a line, # comments) instead of
#                        `scripts/install-deps.sh --list` (e.g. an older list)
#   --packaging          also the commands scripts/package-check.sh and packaging/ run, against
#                        `scripts/install-deps.sh --list --packaging`
#   --verbose            list every package the build used, with a file as evidence
#   --print-closure      print the packages the list brings in (with --packaging: that list's)
#                        and stop; <build-dir> is not needed
# Exit status: 0 complete, 1 packages missing from the list, 2 the check could not run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/.." && pwd)

install_list=""
packaging=0
verbose=0
print_closure=0
build_dir=""
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --install-list)
            [[ $# -ge 2 ]] || { echo "check-deps: --install-list needs a file" >&2; exit 2; }
            install_list=$2
            shift
            ;;
        --packaging) packaging=1 ;;
        --verbose) verbose=1 ;;
        --print-closure) print_closure=1 ;;
        -h | --help) usage; exit 0 ;;
        -*) echo "check-deps: unknown option $1 (see --help)" >&2; exit 2 ;;
        *)
            [[ -z $build_dir ]] || { echo "check-deps: one build directory only" >&2; exit 2; }
            build_dir=$1
            ;;
    esac
    shift
done
[[ $print_closure -eq 1 || -n $build_dir ]] || { usage >&2; exit 2; }
if [[ $print_closure -eq 0 ]]; then
    [[ -f $build_dir/CMakeCache.txt ]] || { echo "check-deps: $build_dir/CMakeCache.txt not found: configure first" >&2; exit 2; }
    build_dir=$(cd "$build_dir" && pwd)
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-cache >/dev/null 2>&1; then
    echo "check-deps: no dpkg/apt on this system: nothing to check"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- The install lists --------------------------------------------------------------------
# base: what the build must be satisfied by; pack: what the packaging commands may also use.
if [[ -n $install_list ]]; then
    [[ -r $install_list ]] || { echo "check-deps: cannot read $install_list" >&2; exit 2; }
    sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$install_list" >"$work/base.list"
    cp "$work/base.list" "$work/pack.list"
    list_name=$install_list
else
    "$here/install-deps.sh" --list >"$work/base.list"
    "$here/install-deps.sh" --list --packaging >"$work/pack.list"
    list_name="scripts/install-deps.sh --list"
    [[ $packaging -eq 1 ]] && list_name="$list_name [--packaging]"
fi
[[ -s $work/base.list ]] || { echo "check-deps: the install list is empty" >&2; exit 2; }

# --- The closure of the install lists ------------------------------------------------------
# The base system every Debian machine has: the Essential packages and those of Priority
# required (debootstrap installs both; e.g. mawk meets every "awk" dependency). Installed ones
# only, so the names are this release's.
dpkg-query -W -f='${db:Status-Abbrev}\t${Essential}\t${Priority}\t${Package}\n' 2>/dev/null |
    awk -F'\t' '$1 ~ /^ii/ { print $4 > installed } $1 ~ /^ii/ && ($2 == "yes" || $3 == "required") { print $4 }' \
        installed="$work/installed" | sort -u >"$work/essential"
cat "$work/essential" "$work/base.list" "$work/pack.list" | sort -u >"$work/roots"
if ! xargs -a "$work/roots" apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances >"$work/depends" 2>"$work/depends.err"; then
    echo "check-deps: apt-cache depends failed:" >&2
    cat "$work/depends.err" >&2
    exit 2
fi
# Output: "E|B|P name" for the base system, base and packaging closures (each includes the one
# before), "U name" for a listed name apt does not know.
# A dependency with a choice (alternatives, a virtual package, a name other packages also
# provide, such as libencode-perl by perl) is settled only when no plain dependency is left,
# the way apt prefers what is already there or coming anyway: met by a package in the set,
# else by the first alternative that exists (its first provider when virtual). While the base
# system itself is resolved, an installed alternative is the one taken (usr-is-merged rather
# than usrmerge).
awk '
    function bare(n) { gsub(/[<>]/, "", n); sub(/:.*/, "", n); return n }
    FILENAME == ARGV[1] { installed[$1] = 1; next }
    FILENAME == ARGV[2] { root["E", ++nroot["E"]] = $1; next }
    FILENAME == ARGV[3] { root["B", ++nroot["B"]] = $1; next }
    FILENAME == ARGV[4] { root["P", ++nroot["P"]] = $1; next }
    /^[^ ]/ {
        if ($0 ~ /^</) { current = ""; next }   # a virtual package: no dependencies of its own
        current = bare($1); real[current] = 1; open = 0; last = ""; next
    }
    current != "" && /^ [ |](Pre)?Depends: / {
        or = substr($0, 2, 1) == "|"
        target = $0; sub(/^ [ |][A-Za-z-]+: /, "", target)
        target = bare(target)
        if (!open) { group = ++ngroups[current]; nalt[current, group] = 0; open = 1 }
        alt[current, group, ++nalt[current, group]] = target
        if (or) choice[current, group] = 1
        last = target
        if (!or) open = 0
        next
    }
    /^    [^ ]/ {                              # a package that provides the dependency above
        if (last != "") {
            p = bare($1)
            if (!((last, p) in seenprovider)) {
                seenprovider[last, p] = 1; providers[last] = providers[last] (providers[last] == "" ? "" : " ") p
            }
        }
        next
    }
    /^  / { last = "" }
    function met(name, pool,    n, list, i) {
        if ((name in pool) && (name in real)) return name
        n = split(providers[name], list, " ")
        for (i = 1; i <= n; i++) if ((list[i] in pool) && (list[i] in real)) return list[i]
        return ""
    }
    function pick(name,    n, list, i) {
        if (name in real) return name
        n = split(providers[name], list, " ")
        for (i = 1; i <= n; i++) if (list[i] in real) return list[i]
        return ""
    }
    function add(name) {
        if (name in inset) return
        inset[name] = 1; queue[++tail] = name
    }
    function settle(name, g, tier,    a, chosen) {
        for (a = 1; a <= nalt[name, g]; a++) if (met(alt[name, g, a], inset) != "") return
        if (tier == "E")
            for (a = 1; a <= nalt[name, g]; a++) {
                chosen = met(alt[name, g, a], installed)
                if (chosen != "") { add(chosen); return }
            }
        for (a = 1; a <= nalt[name, g]; a++) {
            chosen = pick(alt[name, g, a])
            if (chosen != "") { add(chosen); return }
        }
    }
    function closeover(tier,    name, g, target, key, parts) {
        while (1) {
            while (head < tail) {
                name = queue[++head]
                for (g = 1; g <= ngroups[name]; g++) {
                    target = alt[name, g, 1]
                    if (!((name, g) in choice) && providers[target] == "") {
                        if (target in real) add(target)
                        continue
                    }
                    deferred[++ndeferred] = name SUBSEP g
                }
            }
            if (done >= ndeferred) return
            split(deferred[++done], parts, SUBSEP)
            settle(parts[1], parts[2], tier)
        }
    }
    END {
        split("E B P", tiers, " ")
        for (t = 1; t <= 3; t++) {
            tier = tiers[t]
            for (i = 1; i <= nroot[tier]; i++) {
                chosen = met(root[tier, i], inset)
                if (chosen == "") chosen = pick(root[tier, i])
                if (chosen == "") { if (tier != "E") print "U " root[tier, i]; continue }
                add(chosen)
            }
            closeover(tier)
            for (name in inset) print tier " " name
        }
    }' "$work/installed" "$work/essential" "$work/base.list" "$work/pack.list" "$work/depends" >"$work/closure"

unknown=$(awk '$1 == "U" { print "  " $2 }' "$work/closure" | sort -u)
if [[ -n $unknown ]]; then
    echo "check-deps: the install list names packages apt does not know (apt-get update?):" >&2
    echo "$unknown" >&2
    exit 2
fi

if [[ $print_closure -eq 1 ]]; then
    tier=B
    [[ $packaging -eq 1 ]] && tier=P
    awk -v tier="$tier" '$1 == tier { print $2 }' "$work/closure" | sort
    exit 0
fi

# --- What the build used: "tier<TAB>source<TAB>path" ---------------------------------------
# tier B: the build, tests and benchmarks (base list); tier P: packaging commands (pack list).
evidence=$work/evidence
: >"$evidence"
cache=$build_dir/CMakeCache.txt

# Cache entries: NAME:TYPE=VALUE. A *_DIR holding a package configuration names that file;
# another directory (an include dir) names no package: its headers are checked below.
while IFS=$'\t' read -r name type value; do
    [[ $value == /* ]] || continue
    case "$type" in
        PATH | INTERNAL | STATIC | UNINITIALIZED)
            [[ $name == *_DIR && -d $value ]] || continue
            for config in "$value"/*Config.cmake "$value"/*-config.cmake; do
                [[ -f $config ]] && printf 'B\tcache %s\t%s\n' "$name" "$config" >>"$evidence"
            done
            ;;
        FILEPATH)
            # The toolchain. Other FILEPATH entries are what a Find module looked for, used or not
            # (FindOpenGL caches libGLU and libEGL when present); the link lines say what is used.
            [[ $name == CMAKE_* && -f $value ]] && printf 'B\tcache %s\t%s\n' "$name" "$value" >>"$evidence"
            ;;
    esac
done < <(awk -F= '/^[A-Za-z_][A-Za-z0-9_.+-]*:[A-Z]+=/ {
        split($1, key, ":"); value = substr($0, length($1) + 2)
        print key[1] "\t" key[2] "\t" value }' "$cache")
for name in CMAKE_COMMAND CMAKE_CTEST_COMMAND CMAKE_CPACK_COMMAND; do
    value=$(awk -F= -v n="$name" 'index($1, n ":") == 1 { print substr($0, length($1) + 2); exit }' "$cache")
    [[ -n $value && -f $value ]] && printf 'B\tcache %s\t%s\n' "$name" "$value" >>"$evidence"
done

# build.ninja: the files CMake read while configuring, the tools and libraries on its command
# lines; ninja -t deps: the headers every object was compiled from.
generator=$(awk -F= '/^CMAKE_GENERATOR:INTERNAL=/ { print $2 }' "$cache")
make_program=$(awk -F= '/^CMAKE_MAKE_PROGRAM:FILEPATH=/ { print $2 }' "$cache")
if [[ $generator == Ninja* && -f $build_dir/build.ninja ]]; then
    awk '{ gsub(/[;"=:|()]/, " ")
           for (i = 1; i <= NF; i++) {
               token = $i; sub(/^-[IL]/, "", token)
               if (token ~ /^\/(usr|opt|lib|lib32|lib64|libx32|bin|sbin|etc)\//) print token
           } }' \
        "$build_dir/build.ninja" "$build_dir"/CMakeFiles/rules.ninja 2>/dev/null |
        sort -u | while IFS= read -r path; do
        [[ -f $path ]] && printf 'B\tbuild.ninja\t%s\n' "$path"
    done >>"$evidence"
    # -n: a dry run opens ninja's logs read-only (no recompaction under a running build).
    "${make_program:-ninja}" -n -C "$build_dir" -t deps 2>/dev/null |
        awk '/^[ \t]+\// { sub(/^[ \t]+/, ""); print }' | sort -u |
        awk '{ print "B\tcompiled header\t" $0 }' >>"$evidence"
else
    echo "check-deps: not a Ninja build: headers and link lines are not checked" >&2
fi

# ldd: the shared libraries of every program, test and benchmark built (CMake's own compiler
# checks under CMakeFiles/ are not the product).
: >"$work/ldd.missing"
while IFS= read -r -d '' binary; do
    magic=$(head -c 4 "$binary" | od -An -c | tr -d ' ')
    [[ $magic == 177ELF ]] || continue
    label=${binary#"$build_dir"/}
    ldd "$binary" 2>/dev/null | awk -v label="$label" -v missing="$work/ldd.missing" '
        /=> not found/ { print label ": " $1 " not found" >> missing; next }
        /=> \// { print "B\tldd " label "\t" $3; next }
        /^[ \t]+\// { print "B\tldd " label "\t" $1 }' >>"$evidence" || true
done < <(find "$build_dir" -path "$build_dir/CMakeFiles" -prune -o -type f -perm -u+x -print0)

if [[ $packaging -eq 1 ]]; then
    # The commands of scripts/package-check.sh, CPack's DEB/RPM generators and
    # packaging/render-icons.sh, looked up where Debian installs them (a fresh machine's PATH):
    # the question is whether the list brings each one, not which copy a PATH with pyenv or
    # /usr/local in front happens to find first.
    for command_name in cpack dpkg-deb dpkg-shlibdeps rpm rpmbuild lintian file \
        desktop-file-validate appstreamcli python3 rsvg-convert gzip; do
        if path=$(PATH=/usr/sbin:/usr/bin:/sbin:/bin command -v "$command_name"); then
            printf 'P\tcommand %s\t%s\n' "$command_name" "$path" >>"$evidence"
        else
            printf 'P\tcommand %s\t(not installed)\n' "$command_name" >>"$evidence"
        fi
    done
fi

# --- Files to packages -----------------------------------------------------------------------
# Paths inside the source or build tree are ours; everything else must come from a package.
awk -F'\t' -v src="$source_dir/" -v bld="$build_dir/" '
    $3 == "(not installed)" { print; next }
    $3 !~ /^\// { next }
    index($3, src) == 1 || index($3, bld) == 1 { next }
    { print }' "$evidence" | sort -u >"$work/used"
cut -f3 "$work/used" | sort -u >"$work/paths"
# The lexical form (".." removed) and the fully resolved one, batch-wise.
tr '\n' '\0' <"$work/paths" | xargs -0 -r realpath -s -m -- >"$work/paths.lexical"
tr '\n' '\0' <"$work/paths" | xargs -0 -r realpath -m -- >"$work/paths.resolved"
# "path<TAB>hop" for every step of each path's symlink chain, so each package on the way counts:
# /usr/bin/c++ -> /etc/alternatives/c++ -> /usr/bin/g++ (g++) -> g++-12 -> x86_64-linux-gnu-g++-12.
paste "$work/paths" "$work/paths.lexical" "$work/paths.resolved" |
    while IFS=$'\t' read -r path lexical resolved; do
        printf '%s\t%s\n' "$path" "$lexical"
        [[ $lexical == "$resolved" ]] && continue
        hop=$lexical
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            [[ -L $hop ]] || break
            target=$(readlink -- "$hop")
            [[ $target == /* ]] || target=$(dirname -- "$hop")/$target
            hop=$(realpath -s -m -- "$target")
            printf '%s\t%s\n' "$path" "$hop"
        done
        printf '%s\t%s\n' "$path" "$resolved"
    done | sort -u >"$work/hops"
# Each hop as dpkg knows it: the merged /usr means /lib/x/libc.so.6 and /usr/lib/x/libc.so.6 are
# one file, registered under either name.
awk -F'\t' '
    function alias(p) {
        if (p ~ /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//) return substr(p, 5)
        if (p ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) return "/usr" p
        return ""
    }
    { print $2; a = alias($2); if (a != "") print a }' "$work/hops" | sort -u >"$work/forms"
tr '\n' '\0' <"$work/forms" | xargs -0 -r dpkg-query -S -- 2>/dev/null >"$work/owners.raw" || true
# "path<TAB>package package ..." (architecture qualifiers dropped).
awk '
    /^(diversion by|local diversion)/ { next }
    {
        colon = index($0, ": /"); if (colon == 0) next
        owners = substr($0, 1, colon - 1); path = substr($0, colon + 2)
        n = split(owners, list, ", "); names = ""
        for (i = 1; i <= n; i++) { sub(/:.*/, "", list[i]); names = names (names == "" ? "" : " ") list[i] }
        print path "\t" names
    }' "$work/owners.raw" >"$work/owners"

# --- The verdict -----------------------------------------------------------------------------
awk -F'\t' -v verbose="$verbose" -v list="$list_name" -v missing_libraries="$work/ldd.missing" '
    function alias(p) {
        if (p ~ /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//) return substr(p, 5)
        if (p ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) return "/usr" p
        return ""
    }
    FILENAME == ARGV[1] { split($0, w, " "); inset[w[1], w[2]] = 1; if (w[1] == "B") nbase++; next }
    FILENAME == ARGV[2] { owners[$1] = $2; next }
    FILENAME == ARGV[3] { nhops[$1]++; hop[$1, nhops[$1]] = $2; next }
    FILENAME == ARGV[4] {
        tier = $1; source = $2; path = $3; files++
        if (path == "(not installed)") { notinstalled[source] = 1; bad = 1; next }
        owned = 0
        for (h = 1; h <= nhops[path]; h++) {
            step = hop[path, h]
            own = owners[step]; a = alias(step)
            if (a != "" && (a in owners)) own = own (own == "" ? "" : " ") owners[a]
            if (own == "") continue
            owned = 1
            n = split(own, names, " "); ok = 0
            for (i = 1; i <= n; i++) if ((tier, names[i]) in inset) { ok = 1; used[names[i]] = used[names[i]] ? used[names[i]] : step }
            if (ok) continue
            key = names[1]
            for (i = 2; i <= n; i++) if (index(" " key " ", " " names[i] " ") == 0) key = key " | " names[i]
            if (!(key in missing)) { missing[key] = 0; order[++nmissing] = key }
            if (missing[key] < 3) { missing[key]++; why[key] = why[key] "      " step "  (" source ")\n" }
        }
        if (!owned && !(path in unowned)) { unowned[path] = source; nunowned++ }
        next
    }
    END {
        while ((getline line < missing_libraries) > 0) { libs = libs "  " line "\n"; bad = 1 }
        npackages = 0; for (p in used) npackages++
        printf "check-deps: %d files the build used, from %d packages, against what %s brings in (%d packages with the base system)\n", files, npackages, list, nbase
        if (verbose) for (p in used) printf "  used: %-32s %s\n", p, used[p] | "sort"
        close("sort")
        if (nmissing > 0) {
            printf "check-deps: FAILED: the build uses %d package(s) that %s does not bring in on a fresh machine:\n", nmissing, list
            for (i = 1; i <= nmissing; i++) printf "  %s\n%s", order[i], why[order[i]]
            printf "Missing packages:\n"
            for (i = 1; i <= nmissing; i++) print order[i]
            bad = 1
        }
        if (nunowned > 0) {
            printf "check-deps: FAILED: files from no package (a fresh machine will not have them):\n"
            for (p in unowned) printf "  %s  (%s)\n", p, unowned[p]
            bad = 1
        }
        for (c in notinstalled) { printf "check-deps: FAILED: %s is not installed\n", c; bad = 1 }
        if (libs != "") printf "check-deps: FAILED: libraries the loader does not find:\n%s", libs
        if (!bad) print "check-deps: OK: every package the build used comes with the install list"
        exit bad ? 1 : 0
    }' "$work/closure" "$work/owners" "$work/hops" "$work/used"
