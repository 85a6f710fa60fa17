"""One table per slot reader of mobicheck/frames, called directly.

The whole-frame rows (tests/test_frames.py) show how the slots combine; these
pin what each slot reads on its own.
"""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobicheck.doc import Doc
from mobicheck.frames.clause import _CLAUSE_BREAK, _INFINITIVE, _breaks, _clause, _first_break_from
from mobicheck.frames.dates import _find_dates
from mobicheck.frames.hedge import _HEDGE, _HEDGE_NEEDLES, _hedge
from mobicheck.frames.lexical import _ONE, _PERCENTISH, _ends_as, _may_hold
from mobicheck.frames.measure import _TO_THE_STREETS, _WHOLE_OF, _WHOLE_OF_NEEDLES
from mobicheck.frames import dates, places
from mobicheck.frames.places import _find_places
from mobicheck.frames.rate import _PER_ANYWHERE, _PER_ANYWHERE_NEEDLES, _per_in
from mobicheck.frames.since import _SINCE, _SINCE_NEEDLES, _SO_FAR_NEEDLES, _SO_FAR_YEAR, _START_NEEDLES
from mobicheck.frames.source import _SPEECH, _SPEECH_NEEDLES, _SPEECH_WORDS
from mobicheck.frames.subject import _RELATIONAL, _RELATIONAL_NEEDLES, _TOLL
from mobicheck.text import _BOUNDARY

PUB = date(2023, 5, 3)  # a Wednesday

DATES = [
    ("on Tuesday", "2023-05-02"),
    ("last Wednesday", "2023-04-26"),
    ("Wednesday", "2023-05-03"),
    ("yesterday", "2023-05-02"),
    ("last week", "2023-04-24/2023-04-30"),
    ("last month", "2023-04"),
    ("this year", "2023"),
    ("in December", "2022-12"),  # more than a quarter ahead: last year's
    ("in June", "2023-06"),
    ("March 3", "2023-03-03"),
    ("3 March 2021", "2021-03-03"),
    ("between March 3 and 5", "2023-03-03/2023-03-05"),
    ("March 3-5", "2023-03-03/2023-03-05"),
    ("since 2019", "2019"),
    ("Jan. 7", "2023-01-07"),
    # A day before its month, the one date that opens with a digit.
    ("on 21st of April", "2023-04-21"),
    ("on the 9th  of  Feb 2020", "2020-02-09"),
    ("(4 Nov.)", "2022-11-04"),
    ("after 12 days, on 14 March", "2023-03-14"),
    # Lower-case openers and the relative dates, found by one trie after a space or a mark.
    ("earlier this week", "2023-05-01/2023-05-07"),
    ("overnight", "2023-05-02"),
    ("since early March", "2023-03"),
    ("by mid-June", "2023-06"),
    ("(Yesterday)", "2023-05-02"),
    # An abbreviated month after an opener keeps its day or year: the full stop is the
    # abbreviation's, not the end of a bare month ("in Oct." read alone fell in the wrong year).
    ("in Oct. 2011", "2011-10"),
    ("since Sept. 2009", "2009-09"),
    ("on Dec. 5, 2019", "2019-12-05"),
    ("by Jan. 3", "2023-01-03"),
    ("until Aug. 21", "2023-08-21"),
]


@pytest.mark.parametrize("text, value", DATES)
def test_dates(text, value):
    found = _find_dates(f"It happened {text}, officials said.", PUB)
    assert [d.value for d in found] == [value]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["March", "MARCH", "May", "may", "In", "in", "on", "last", "Last", "week", "3", "2019",
                                 "Sınce", "since", "Monday", "Mon", "Jan.", ",", ".", "early", "Yesterday", "today", "of",
                                 "2nd", "-", "between", "and", "Thursday's", "this", "morning", "March2", "İn", " ", "  ", "21st",
                                 "4", "of", "to", "November", "Sept.", "(", "12"]),
                max_size=20))
def test_date_candidates_are_the_capitals_the_loop_keeps(words):
    # dates._DATE_START offers only capitalised date words, and only the digits of a day before its
    # month; offering every capital and every digit finds the same dates.
    every_capital = re.compile(r"\W(?=[A-Z0-9]|(?:yesterday|today|tonight|overnight)\b|(?:" + "|".join(dates._OPENERS)
                               + r")\b(?=\s+(?:[A-Z0-9]|early|late|mid|night|morning|afternoon|week|month|year|this)))")
    text = " ".join(words)
    found = _find_dates(text, PUB)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates, "_DATE_START", every_capital)
        assert _find_dates(text, PUB) == found


@pytest.mark.parametrize("text", ["Officials may say more.", "May 40 people come?", "The 40% figure stands."])
def test_not_dates(text):
    assert _find_dates(text, PUB) == []


PLACES = [
    ("Police in Yerevan said", ("Yerevan", "Armenia")),
    ("in the Volgograd region", ("Volgograd",)),
    ("in the industrial city of Kessel", ("Kessel",)),
    ("landed at an Armenian airport", ("Armenia",)),
    ("UKRAINE", ("Ukraine",)),
    ("in Washington", ("Washington", "United States")),
    ("in Guinea-Bissau", ("Guinea-Bissau",)),
]


@pytest.mark.parametrize("text, names", PLACES)
def test_places(text, names):
    assert [p.names for p in _find_places(text)] == [names]


@pytest.mark.parametrize("text", ["sent to Russian troops", "Georgian wine sales", "the Islamic State"])
def test_not_places(text):
    assert _find_places(text) == []


# Words that make and break the place patterns, in any order: what `_anchored` must find as finditer does.
_PLACE_WORDS = ["the", "The", "in", "at", "into", "near", "of", "country", "state", "nation", "republic", "Caucasus",
                "former soviet", "ex-soviet", "small", "city", "town", "capital", "border crossings", "airport",
                "Armenian", "South African", "Kessel", "Ostra-Vel", "Kenya", "interstate", "region", "x", "-", ".",
                ",", "1", "\n", "ſ", "K"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PLACE_WORDS), st.sampled_from(["", " ", " ", "  ", "\n"])), max_size=30),
       st.integers(0, 400))
def test_anchored_scans_find_what_the_patterns_find(words, pos):
    text = "".join(w + sep for w, sep in words)
    for row in [places._ANAPHORS, places._AREAS_OF, places._AREAS_LOC, places._DEMONYM_PLACES, places._NAMED_AREAS]:
        assert [m.span() for m in row.matches(text)] == [m.span() for m in row.pattern.finditer(text)]
    scanned = re.compile(r"(?<![\w-])" + places._PLACE.pattern).search(text, min(pos, len(text)))
    found = places._place_search(text, min(pos, len(text)))
    assert (found and found.span()) == (scanned and scanned.span())
    kinds = re.compile(r"\b(?:" + "|".join(places._AREA_KINDS) + r")\b")
    assert places._NAMED_AREAS.anchors(text) == [m.start() for m in kinds.finditer(text)]
    # Named areas are tried at the capitals of the run of ASCII letters, spaces and hyphens before each kind word.
    kind_words = places._NAMED_AREAS.anchors(text)
    capitals = set()
    for a in kind_words:
        lo = a
        while lo > 0 and (text[lo - 1].isascii() and text[lo - 1].isalpha() or text[lo - 1].isspace() or text[lo - 1] == "-"):
            lo -= 1
        capitals.update(i for i in range(lo, a) if text[i].isupper() and text[i].isascii()
                        and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-"))
                        and places._area_word_near(text, kind_words, i))
    assert places._area_candidates(text, kind_words) == sorted(capitals)


_RUN_TEXTS = ["ab", "Cd", " ", "\n", "-", ".", "1", "é", "ſ", "K", "—", "\u00a0", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUN_TEXTS), max_size=20), st.integers(0, 60), st.integers(0, 60))
def test_a_run_of_letters_spaces_and_hyphens_is_found_back_as_walked(parts, floor, at):
    """`_run_start` (the reversed window, matched in C) finds where the walk back a character at a time stops."""
    text = "".join(parts)
    at = min(at, len(text))
    floor = min(floor, at)
    lo = at
    while lo > floor and (text[lo - 1].isalpha() or text[lo - 1].isspace() or text[lo - 1] == "-"):
        lo -= 1
    assert places._run_start(text, floor, at) == lo


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\n \t”’\"')]aZ1", max_size=40))
def test_sentence_boundaries_open_with_one_class(text):
    # text._BOUNDARY is the two-branch pattern below written to open with [.!?\n] (the same matches).
    two_branches = re.compile(r"""[.!?]+[”’"'»)\]]*(?=[ \t]*\n|\s+[^\sa-z])|\n+""")
    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in two_branches.finditer(text)]


HEDGES = [
    ("An estimated 300 people died.", "an estimated"),
    ("About 300 people may have died.", "may"),
    ("The toll is expected to rise to 300.", "is expected to"),
    ("Officials plan to hire 300 staff.", "plan to"),
    ("In May, 300 people died.", None),  # the month is no hedge
    ("300 people died.", None),
    ("The MAYOR counted 300 votes.", None),  # "may" holds in it, lower-cased: the pattern still decides
    ("Officials would not confirm the 300 figure.", "would"),
    ("The agency hopes to resettle 300 families.", "hopes to"),
    ("About 300 tonnes were reportedly seized – a record.", "reportedly"),  # text outside ASCII
    ("Rescuers set up 300 tents.", None),
]


@pytest.mark.parametrize("text, hedge", HEDGES)
def test_hedge(text, hedge):
    assert _hedge(text, 0, len(text)) == hedge


RATES = [
    ("3,000 arrive each week", "week"),
    ("about 1,900 daily", "day"),
    ("400 per hour", "hour"),
    ("300 in a week", None),  # a total over a period, not a rate
    ("300 this week", None),
    ("300 arrivals every month", "month"),
    ("prices rose 3% annually", "year"),
    ("up 300 percent", None),  # "per" holds in it: the pattern still decides
    ("300 a day – per day", "day"),  # text outside ASCII
]


@pytest.mark.parametrize("text, per", RATES)
def test_rate(text, per):
    assert _per_in(text, 0, len(text)) == per


CLAUSES = [
    # sentence, number, the number's clause
    ("Police said on Monday that 12 people died, and 40 were hurt.", "12", "Police said on Monday that 12 people died"),
    ("Turnout rose to 61% as polls closed.", "61", "Turnout rose to 61%"),
    ("They mobilised 300,000 people to resume the invasion.", "300,000", "They mobilised 300,000 people"),
    ("Crews saved 40 - maybe 50 - of the sheep.", "40", "Crews saved 40"),
    ("The ferry held 250 (its limit was 200).", "250", "The ferry held 250"),
    ("Of the 90 seats, 46 went to the coalition; the rest split.", "46", "46 went to the coalition"),
    ("Votes: 1,200 for, 300 against.", "300", "300 against."),
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a -,.;:()\n\"—", max_size=30), st.integers(0, 30))
def test_the_next_break_is_the_one_a_scan_finds(text, pos):
    # _clause looks the break after a figure up among its sentence's breaks, found once, instead of scanning.
    pos = min(pos, len(text))
    starts, ends = _breaks(Doc(text), 0, len(text))
    scanned = _CLAUSE_BREAK.search(text, pos, len(text))
    assert _first_break_from(text, starts, ends, pos, len(text)) == (scanned.start() if scanned else len(text))


@pytest.mark.parametrize("sentence, number, clause", CLAUSES)
def test_clause(sentence, number, clause):
    doc = Doc(sentence)
    start = sentence.index(number)
    c0, c1, _ = _clause(doc, (0, len(sentence)), start, start + len(number))
    assert sentence[c0:c1].strip() == clause


# Each prefiltered pattern with the needles declared next to it: a window holding none is not searched.
_PREFILTERED = [(_HEDGE, _HEDGE_NEEDLES), (_PER_ANYWHERE, _PER_ANYWHERE_NEEDLES), (_RELATIONAL, _RELATIONAL_NEEDLES),
                (_TOLL, _RELATIONAL_NEEDLES), (_WHOLE_OF, _WHOLE_OF_NEEDLES), (_SINCE, _SINCE_NEEDLES),
                (_SO_FAR_YEAR, _SO_FAR_NEEDLES), (_SINCE, _START_NEEDLES), (_SO_FAR_YEAR, _START_NEEDLES),
                (_SPEECH, _SPEECH_NEEDLES)]
_PATTERN_WORDS = ["may", "May", "MAY", "would", "plans", "planned", "to", "is", "expected", "an", "estimated",
                  "reportedly", "per", "each", "day", "Daily", "weekly", "number", "Number", "of", "the", "toll",
                  "death", "arrivals", "30", "most", "their", "these", "ſet", "K", "–", ",", "",
                  "Allegedly", "forecasts", "intends", "set", "likely", "Projects", "hopes", "aims", "influx",
                  "exodus", "Departures", "tally", "its", "those", "hourly", "annually", "every", "hundreds", "few",
                  "since", "Since", "SINCE", "start", "beginning", "far", "so", "So", "this", "This", "year", "YEAR", "date",
                  "said", "Said", "according", "to", "noted", "that", "puts", "wrote", "told", "essay", "."]

# Sentences of our own, each with a match of a prefiltered pattern: the match holds a declared needle.
NEEDLE_ROWS = [
    "The agency has allegedly hidden 40 reports.",
    "Officials were expected to announce 300 new jobs.",
    "The firm forecasts 12% growth next year.",
    "The club intends to sign 3 players.",
    "It is set to hire 500 staff.",
    "Sales may reach 2 million units.",
    "Exports could fall by 8%.",
    "Some 4,000 people arrive every week.",
    "Flights leave hourly, 24 a day.",
    "Output rises 3% annually.",
    "The influx of 20,000 migrants strained the town.",
    "The exodus of 9,000 families began in May.",
    "Departures of 1,200 workers were recorded.",
    "The tally of 45 votes was final.",
    "The death toll rose to 31.",
    "Hundreds of its ",  # a partitive's part, read in the window before the figure ("... 900 members left")
    "Few of those ",
    "Since the flood, 70 homes have been rebuilt.",
    "So far this year the club has signed 6 players.",
    "Since the beginning of the year 15 shops have closed.",
    "Sales are up 4% year to date.",
    "By the coach's count the team put 3 goals past them, she noted.",
    "Two players left, according to the club.",
]


@pytest.mark.parametrize("sentence", NEEDLE_ROWS)
def test_a_match_holds_a_declared_needle(sentence):
    matched = False
    for pattern, needles in _PREFILTERED:
        for m in pattern.finditer(sentence):
            matched = True
            assert _may_hold(m.group(), needles), (pattern.pattern, m.group())
    assert matched


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PATTERN_WORDS), st.sampled_from(["", " ", "  ", "\n"])), max_size=12))
def test_a_window_without_needles_has_no_match(words):
    # The slots skip a pattern on a window that holds none of its needles: only when it cannot match.
    text = "".join(w + sep for w, sep in words)
    for pattern, needles in _PREFILTERED:
        if pattern.search(text):
            assert _may_hold(text, needles), (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PATTERN_WORDS), st.sampled_from(["", " ", "  ", "\n", "\u00a0"])), max_size=10))
def test_a_partitive_whole_ends_its_window(words):
    # measure._part_of_whole searches _WHOLE_OF only in a window ending in white space whose last five
    # characters before it hold a determiner's trigger ("30 of the "): never where the pattern matches.
    text = "".join(w + sep for w, sep in words)
    if _WHOLE_OF.search(text):
        assert text[-1:].isspace() and _may_hold(text.rstrip()[-5:], _WHOLE_OF_NEEDLES), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "9", "0", "%", "one", "One", "a single", "half", "per cent", "percent",
                                 "thousands", "K", "ſhare", " ", "  ", "\n", ",", "-", "x"]), max_size=8),
       st.integers(0, 4))
def test_a_figure_ending_in_a_digit_but_one_is_not_searched(parts, cut):
    # lexical._ends_as skips _PERCENTISH and _ONE on a text ending in 0 or 2-9: never where either matches.
    text = "".join(parts)
    start = min(cut, len(text))
    for pattern in (_PERCENTISH, _ONE):
        assert _ends_as(pattern, text, start, len(text)) == bool(pattern.search(text, start, len(text))), text


@pytest.mark.parametrize("word", ["said", "says", "Said", "according", "noted", "notes", "put", "puts", "wrote",
                                  "reported", "estimates", "essay", "to", "sayings", "counted", "counts"])
def test_the_speech_words_are_what_the_pattern_matches_whole(word):
    assert (word in _SPEECH_WORDS) == bool(_SPEECH.fullmatch(word))


@pytest.mark.parametrize("text", ["Crowds took to the streets.", "200 TAKE TO THE STREETS", "The plan was to hire 40 staff."])
def test_the_literal_guards_hold_in_every_match(text):
    # clause._clause searches _INFINITIVE only where "to" is; measure._verb_after tries _TO_THE_STREETS
    # only at a "t" or "T" (no other character folds to either).
    for m in _INFINITIVE.finditer(text):
        assert "to" in m.group()
    for m in _TO_THE_STREETS.finditer(text):
        assert m.group()[0] in "tT"
