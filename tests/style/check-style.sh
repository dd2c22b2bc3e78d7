#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file drifts from .clang-format or lacks its SPDX licence line, naming each file
# and how to fix it. CI runs it as the `style` test; `--fix` rewrites the files in place.
set -euo pipefail
root=${1:?usage: check-style.sh SOURCE_DIR [--fix]}
mode=${2:-check}
cd "$root"
clang_format=$(command -v clang-format || command -v clang-format-14 || true)
if [ -z "$clang_format" ]; then
    echo "check-style: clang-format is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi

mapfile -t sources < <(find app core render ui tests -type f \( -name '*.cpp' -o -name '*.h' \) \
                            -not -path 'tests/fixtures/*' | LC_ALL=C sort)
drift=()
unlicensed=()
if [ "$mode" = "--fix" ]; then
    "$clang_format" -i --style=file "${sources[@]}"
else
    # One process for the whole tree; each drifting file is named once.
    mapfile -t drift < <("$clang_format" --dry-run --style=file "${sources[@]}" 2>&1 |
                         sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: \(warning\|error\): code should be clang-formatted.*/\1/p' |
                         uniq)
fi
for file in "${sources[@]}"; do
    head -n 3 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || unlicensed+=("$file")
done

# Both languages ship whole: an unfinished message shows its English source (or "1 problem(s)").
unfinished=()
for file in resources/translations/*.ts; do
    count=$(grep -c 'type="unfinished"' "$file" || true)
    [ "$count" -gt 0 ] && unfinished+=("$file: $count")
done

status=0
if [ ${#unfinished[@]} -gt 0 ]; then
    echo "check-style: unfinished translations (type=\"unfinished\"):"
    printf '  %s\n' "${unfinished[@]}"
    status=1
fi
if [ ${#drift[@]} -gt 0 ]; then
    echo "check-style: ${#drift[@]} file(s) differ from .clang-format:"
    printf '  %s\n' "${drift[@]}"
    echo "  fix with: bash tests/style/check-style.sh . --fix"
    status=1
fi
if [ ${#unlicensed[@]} -gt 0 ]; then
    echo "check-style: ${#unlicensed[@]} file(s) lack '// SPDX-License-Identifier: GPL-3.0-or-later' in their first 3 lines:"
    printf '  %s\n' "${unlicensed[@]}"
    status=1
fi
[ $status -eq 0 ] && echo "check-style: ${#sources[@]} files formatted and licensed, translations finished"
exit $status
