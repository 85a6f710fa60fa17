"""Place names and counted-noun classes that the claim framer looks up.

The data lives in the lexicon (lexicon/en/places.yaml: countries, capitals,
demonyms, regions and region adjectives; lexicon/en/counting.yaml: subject
classes); this module builds the lookup tables from it at import. The lists
are general (every country, US states, a few much-reported regions) so that
no article's own words leak into the code: a new story about a new country
needs no code change.

    >>> PLACE_NAMES["Yerevan"], DEMONYMS["Georgians"], "caucasus" in COUNTRY_REGIONS["Armenia"]
    (('Yerevan', 'Armenia'), 'Georgia', True)
    >>> SUBJECT_CLASSES["reservist"], REGION_ADJECTIVES["ex-soviet"]
    ('people', 'soviet')
"""
from __future__ import annotations

from .lexicon import load as _lexicon

_LEX = _lexicon("en")

# Words that, inside "the <word> country/nation/state", stand for a region
# tag ("the Caucasus country" -> any country tagged "caucasus").
REGION_ADJECTIVES = _LEX.map("places.yaml", "region_adjectives")


def _build():
    names: dict[str, tuple[str, ...]] = {}  # surface -> canonical places
    demonyms: dict[str, str] = {}  # surface (sing. or plural) -> country
    regions: dict[str, frozenset[str]] = {}  # country -> region tags
    for line in _LEX.phrases("places.yaml", "countries"):
        name, aliases, demonym, capitals, tags = line.split("|")
        regions[name] = frozenset(t for t in tags.split(";") if t)
        for alias in [name, *filter(None, aliases.split(";"))]:
            names[alias] = (name,)
        for capital in filter(None, capitals.split(";")):
            # A capital stands for itself and for its country, so a claim
            # "in Yerevan" meets one "in Armenia".
            canonical = capitals.split(";")[0]
            names.setdefault(capital, (canonical, name) if canonical != name else (name,))
        if demonym:
            singular, _, plural = demonym.partition("/")
            plural = plural or (singular if singular.endswith(("ese", "ss", "sh", "ch")) else singular + "s")
            demonyms[singular] = name
            demonyms[plural] = name
    for line in _LEX.phrases("places.yaml", "regions"):
        name, aliases, within = line.split("|")
        for alias in [name, *filter(None, aliases.split(";"))]:
            names[alias] = (name, within) if within else (name,)
    # "Washington" alone is the US capital; the state is "Washington State".
    names["Washington"] = ("Washington", "United States")
    return names, demonyms, regions


PLACE_NAMES, DEMONYMS, COUNTRY_REGIONS = _build()
COUNTRIES = frozenset(COUNTRY_REGIONS)

# Heads of counted noun phrases, grouped by the kind of thing they count
# (lexicon/en/counting.yaml): "reservists" and "people" may be one count,
# "cars" and "people" never are. Singular forms; plurals are derived.
SUBJECT_CLASSES = {word: cls for cls, words in _LEX.word_map("counting.yaml", "subject_classes").items()
                   for word in words}
