"""Input cleaned at the door (nlp/clean.py): control characters replaced in place, runs of
odd whitespace read as one space with offsets mapped back to the text as given."""
from __future__ import annotations

from nlp.batch import analyse_batch
from nlp.clean import clean_text, compact_spaces
from nlp.findings import quote_at_offsets


def test_clean_text_keeps_length_and_offsets():
    text = "a\x00b\ud800c\x85d\te\nf\r\x7fg\u00a0h"
    cleaned = clean_text(text)
    assert cleaned == "a b\ufffdc d\te\nf\r g\u00a0h"
    assert len(cleaned) == len(text)
    plain = "Nothing to clean here.\n\nSecond paragraph."
    assert clean_text(plain) is plain


def test_compact_spaces_maps_offsets_back():
    text = "Mr\u00a0 Patel\u200b said  “hello\u00adthere”.\tEnd"
    read, offsets = compact_spaces(text)
    assert read == "Mr Patel said “hellothere”. End"
    for i, ch in enumerate(read):
        assert ch == " " or text[offsets.start(i)] == ch
    word = read.index("hellothere")
    assert text[offsets.start(word):offsets.end(word + len("hellothere"))] == "hello\u00adthere"
    assert compact_spaces("Nothing odd here.") == ("Nothing odd here.", None)


def test_findings_on_spaced_out_text_point_into_it(nlp_pipeline):
    plain = ("Trust plans school kitchen contract\n\nStaff were told on Monday.\n\n"
             "Councillor Peter Marsh, cabinet member for children, said: “It is a decision for the trust.”")
    spaced = "\u00a0\u00a0 " + plain.replace(" ", "  ").replace("Peter  Marsh", "Peter\u00a0Marsh")
    (a, b) = analyse_batch(nlp_pipeline, [(plain, 0), (spaced, 1)])
    assert [q["speaker"] for q in a.findings["quotes"]] == [q["speaker"] for q in b.findings["quotes"]] == ["Peter Marsh"]
    (q,) = b.findings["quotes"]
    assert spaced[q["start"]:q["end"]] == q["text"] == "It  is  a  decision  for  the  trust."
    for ent in b.findings["entities"]:
        assert spaced[ent["start"]:ent["end"]] == ent["text"]
    assert "Peter Marsh" in [e["canonical"] for e in b.findings["entities"]]
    # paragraph indices are not offsets: they are the same in both
    assert [(q["paragraph"], q["paragraph_end"]) for q in a.findings["quotes"]] == \
        [(q["paragraph"], q["paragraph_end"]) for q in b.findings["quotes"]]


def test_control_characters_never_in_names(nlp_pipeline):
    text = "Jo\x00hn Sm\x01ith, head teacher, said: “We were\x1f never asked.”\x00 Cllr\x0b Ann\x7f Lee agreed."
    (item,) = analyse_batch(nlp_pipeline, [(text, 1)])
    assert item.error is None
    f = item.findings
    names = [p["name"] for p in f["people"]] + [e["canonical"] for e in f["entities"]] + [q["speaker"] or "" for q in f["quotes"]]
    assert names and not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for n in names for c in n)
    for q in f["quotes"]:
        assert quote_at_offsets(q, clean_text(text))
