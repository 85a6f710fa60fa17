"""Extraction leaves no reference cycles: each article's analyses are freed by reference counting
when `extract_claims` returns, so the cyclic collector has nothing to traverse (issue 13 speed)."""
import gc

from mobicheck.extract import extract_claims
from mobicheck.model import Article

BODY = ("The council said on Monday that 1,200 homes were without power. \"We are working around the clock,\" "
        "said Maria Lopez, the utility's spokeswoman. She added that 300 crews had been sent. "
        "Mr Lopez told reporters the cost was $4 million, up 12% from last year.")


def test_extraction_leaves_nothing_for_the_collector():
    article = Article(id="a", body=BODY, published="2024-03-04")
    extract_claims(article)  # first call: lexicons and module-level caches
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # keep what a collection finds, to name it
    try:
        claims = extract_claims(article)
        gc.collect()
        # Only mobicheck's objects count: threads of earlier tests (pools, futures) may end meanwhile.
        left = sorted({type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("mobicheck")})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert claims
    assert left == []
