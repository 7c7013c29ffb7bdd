#!/usr/bin/env bash
# cli_doc.sh: docs/cli.md lists the same options as `sitrep COMMAND --help`, command by
# command. The options of a command's section are those in the first column of its
# tables, plus the tables of the shared sections it links to ([dictionary
# options](#dictionary-options), [store options](#store-options), [filters](#filters));
# -h/--help is left out on both sides. Needs no shared folder.
set -u
: "${SITREP:?}" "${SITREP_SOURCE:?}"
command -v python3 >/dev/null || { echo "python3 not found: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
commands=(code validate "dict check" "dict names" explain parse train ingest load events export
          timeline network stats serve)
for c in "${commands[@]}"; do
    # shellcheck disable=SC2086
    "$SITREP" $c --help >"$tmp/${c// /_}.help" 2>&1 || echo "exit $?" >>"$tmp/${c// /_}.help"
done
python3 - "$SITREP_SOURCE/docs/cli.md" "$tmp" "${commands[@]}" <<'PY'
import re, sys
doc_path, tmp, commands = sys.argv[1], sys.argv[2], sys.argv[3:]
doc = open(doc_path, encoding="utf-8").read()
sections = {}
for m in re.finditer(r"^## ([^\n]+)\n(.*?)(?=^## |\Z)", doc, re.M | re.S):
    sections[m.group(1).strip()] = m.group(2)
OPT = re.compile(r"(?<![\w-])(--[a-z0-9][a-z0-9-]*|-[a-zA-Z])(?![\w-])")

def table_options(text):
    found = set()
    for line in text.splitlines():
        if line.startswith("|") and not re.match(r"\|\s*-+\s*\|", line):
            found |= set(OPT.findall(line.split("|")[1]))
    return found

links = {"#dictionary-options": "Dictionary options", "#store-options": "Store options",
         "#filters": "Filters"}
fails = []
for c in commands:
    help_text = open("%s/%s.help" % (tmp, c.replace(" ", "_"))).read()
    listed = set()
    for line in help_text.splitlines():
        m = re.match(r"\s+((?:-[a-zA-Z], )?--[a-z0-9-]+)", line)
        if m:
            listed |= set(OPT.findall(m.group(1)))
    section = sections.get("sitrep " + c)
    if section is None:
        fails.append("docs/cli.md has no section '## sitrep %s'" % c)
        continue
    documented = table_options(section)
    for anchor, title in links.items():
        if "(%s)" % anchor in section:
            documented |= table_options(sections.get(title, ""))
    listed -= {"-h", "--help"}
    documented -= {"-h", "--help"}
    if not listed:
        fails.append("sitrep %s --help lists no option: %s" % (c, help_text[:200]))
    if listed - documented:
        fails.append("sitrep %s: in --help, not in docs/cli.md: %s" % (c, " ".join(sorted(listed - documented))))
    if documented - listed:
        fails.append("sitrep %s: in docs/cli.md, not in --help: %s" % (c, " ".join(sorted(documented - listed))))
for f in fails:
    print("FAIL:", f)
if fails:
    sys.exit(1)
print("cli_doc: the options of %d commands match docs/cli.md" % len(commands))
PY
