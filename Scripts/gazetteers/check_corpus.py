#!/usr/bin/env python3
"""Count how often the gazetteer names occur in a cable corpus, to tune the flags.

For every surface form (name, aliases, acronyms, demonyms) of every entry it counts
case-sensitive, token-bounded occurrences, split into header lines (up to SUBJECT:, plus
TAGS/FM/TO/INFO lines) and body lines, and also counts the all-lower-case and ALL-CAPS
variants of the form. It prints, per gazetteer file:
  * the 100 entries with the most body matches (and their most frequent forms);
  * likely false positives: forms that occur mostly in lower case (an ordinary word),
    or that match only in header lines, or whose ALL-CAPS variant dwarfs the written form;
    each with the flags the entry already carries.

Usage: python3 Scripts/gazetteers/check_corpus.py [--corpus DIR] [--top N] [--out FILE]
Only the standard library is needed.
"""
from __future__ import annotations

import argparse
import collections
import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
GAZ = os.path.join(ROOT, "Sources", "CableGraphCore", "Resources", "Gazetteers")
DEFAULT_CORPUS = "/work/shared/corpus/cables"

TOKEN = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
HEADER_LINE = re.compile(r"^\s*(TAGS|FM|TO|INFO|SUBJECT|SUBJ|REF|E\.?O\.?|CLASSIFIED BY|ACTION)\b")
SUBJECT = re.compile(r"^\s*(SUBJECT|SUBJ)\b")

# what to read from each file: the key column and the list columns that hold surface forms
FILES = {
    "countries.tsv": ("code", ["name", "aliases", "demonyms"]),
    "subdivisions.tsv": ("code", ["name", "aliases"]),
    "regions.tsv": ("key", ["name", "aliases"]),
    "organizations.tsv": ("key", ["name", "acronyms", "aliases"]),
    "cities.tsv": ("key", ["name", "aliases"]),
}


def toks(s: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(s.replace("\u2019", "'")))


def load_entries(gaz_dir: str):
    entries = {}  # file -> list of (key, name, forms, flags)
    for fname, (keycol, cols) in FILES.items():
        rows = []
        with open(os.path.join(gaz_dir, fname), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                forms = []
                for c in cols:
                    forms += [x for x in r[c].split("|") if x]
                rows.append((r[keycol], r["name"], list(dict.fromkeys(forms)), r["flags"]))
        entries[fname] = rows
    return entries


class Counter:
    """Token n-gram matcher: first token -> the token lengths of the forms that start with it."""

    def __init__(self, forms: set[tuple[str, ...]]):
        self.forms = forms
        self.starts = collections.defaultdict(set)
        for t in forms:
            if t:
                self.starts[t[0]].add(len(t))
        self.header = collections.Counter()
        self.body = collections.Counter()

    def feed(self, line_tokens: list[str], is_header: bool) -> None:
        target = self.header if is_header else self.body
        starts = self.starts
        forms = self.forms
        n = len(line_tokens)
        i = 0
        while i < n:
            lens = starts.get(line_tokens[i])
            hit = 0
            if lens:
                # leftmost-longest, as a matcher would: 'Saudi Arabia' is not also 'Arabia'
                for L in sorted(lens, reverse=True):
                    if i + L <= n and tuple(line_tokens[i:i + L]) in forms:
                        target[tuple(line_tokens[i:i + L])] += 1
                        hit = L
                        break
            i += hit or 1


def scan(corpus: str, matcher: Counter) -> int:
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            in_header = True
            for line in f:
                if in_header and SUBJECT.match(line):
                    matcher.feed(TOKEN.findall(line.replace("\u2019", "'")), True)
                    in_header = False
                    continue
                is_header = in_header or bool(HEADER_LINE.match(line))
                matcher.feed(TOKEN.findall(line.replace("\u2019", "'")), is_header)
    return len(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--gazetteers", default=GAZ)
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()

    entries = load_entries(args.gazetteers)
    all_forms = set()
    for rows in entries.values():
        for _, _, forms, _ in rows:
            for f in forms:
                t = toks(f)
                all_forms.update({t, tuple(x.lower() for x in t), tuple(x.upper() for x in t)})
    matcher = Counter(all_forms)
    nfiles = scan(args.corpus, matcher)

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    w = out.write
    w(f"# Gazetteer matches in {nfiles} cables ({args.corpus})\n\n")
    w("Counts are case-sensitive, token-bounded and leftmost-longest over all forms of all files. body = outside header lines; hdr = header lines "
      "(before SUBJECT:, and TAGS/FM/TO/INFO/REF lines); lower/UPPER = the all-lower-case / ALL-CAPS "
      "variant of the form (body lines).\n")
    for fname, rows in entries.items():
        per_entry = []
        suspects = []
        for key, name, forms, flags in rows:
            tot_body = 0
            form_counts = []
            for f in forms:
                t = toks(f)
                body, hdr = matcher.body[t], matcher.header[t]
                low_t = tuple(x.lower() for x in t)
                up_t = tuple(x.upper() for x in t)
                lower = matcher.body[low_t] if low_t != t else 0
                upper = matcher.body[up_t] if up_t != t else 0
                tot_body += body
                form_counts.append((body, hdr, lower, upper, f))
                reason = None
                if lower >= 5 and lower > body:
                    reason = "mostly lower case"
                elif hdr >= 5 and body == 0:
                    reason = "header lines only"
                elif not f.isupper() and upper >= 20 and upper > 4 * (body + 1):
                    reason = "mostly ALL-CAPS text"
                if reason:
                    suspects.append((max(lower, hdr, upper), f, key, name, reason, body, hdr, lower, upper, flags))
            form_counts.sort(reverse=True)
            per_entry.append((tot_body, key, name, form_counts))
        per_entry.sort(key=lambda x: (-x[0], x[1]))
        w(f"\n## {fname}: top {args.top} entries by body matches\n\n")
        w("| # | key | name | body | top forms (body/hdr/lower/UPPER) |\n|---|---|---|---|---|\n")
        for i, (tot, key, name, fc) in enumerate(per_entry[: args.top], 1):
            top = "; ".join(f"{f} {b}/{h}/{lo}/{up}" for b, h, lo, up, f in fc[:4] if b or h)
            w(f"| {i} | {key} | {name} | {tot} | {top} |\n")
        zero = sum(1 for e in per_entry if e[0] == 0)
        w(f"\n{zero} of {len(per_entry)} entries have no body match.\n")
        suspects.sort(key=lambda x: (-x[0], x[1]))
        w(f"\n### {fname}: likely false positives ({len(suspects)})\n\n")
        w("| form | key | why | body | hdr | lower | UPPER | flagged |\n|---|---|---|---|---|---|---|---|\n")
        for _, f, key, name, reason, b, h, lo, up, flags in suspects[: args.top]:
            fl = flags.split("|")
            flagged = "yes" if (f == name and "ambiguous" in fl) or f"ambiguous-alias:{f}" in fl else "no"
            w(f"| {f} | {key} | {reason} | {b} | {h} | {lo} | {up} | {flagged} |\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
