"""Story clusters over a database (nlp/clusters/assign.py with newswatch/store/clusters.py):
lightly edited copies of a report share a cluster; different reports on the same subject
do not; ids are stable and incremental; one article's failure costs that article only."""
from __future__ import annotations

import pytest

from newswatch.store import connect
from nlp.clusters import THRESHOLD, Signer, assign_clusters, cluster_db, shingles

# Three different reports on the same subject (academy trusts in one county), written
# for these tests. They share names and stock phrases, as real coverage does.
TRANSFER = (
    "Harrow Vale Primary School will join the Northfield Learning Trust in September "
    "after the Department for Education approved the transfer on Tuesday.",
    "Parents were told of the decision in a letter from the headteacher, Ruth Okafor, "
    "who said the move would give the school access to shared specialist teaching staff "
    "and a larger budget for repairs to its ageing buildings.",
    "The school was rated as requiring improvement by Ofsted last spring. Inspectors "
    "praised its early years provision but said reading in key stage two lagged behind "
    "national figures.",
    "A consultation held over the summer drew 212 responses, most of them from parents. "
    "Some raised fears that the trust would cut teaching assistant hours, which the "
    "trust denied in a public meeting at the village hall.",
    "The National Education Union branch secretary, Tom Bailey, said members would "
    "watch closely for any changes to staff contracts once the transfer went through.",
)
FINANCES = (
    "The Northfield Learning Trust has reported a deficit of 1.4 million pounds in its "
    "latest accounts, filed with Companies House this week.",
    "The trust, which runs fourteen schools across the county, blamed rising energy "
    "bills and an unfunded pay award for the shortfall in its general reserves.",
    "Its chief executive, Martin Hale, wrote in the annual report that trustees had "
    "approved a recovery plan including a review of central services and the sale of "
    "an unused playing field near Brookside Academy.",
    "Auditors flagged two related-party payments to a catering company owned by a "
    "former trustee, which the trust said had been declared and approved at the time.",
    "Councillor Anne Price, who chairs the county scrutiny committee, called for the "
    "regional director to publish the recovery plan in full.",
)
STRIKE = (
    "Support staff at three schools run by the Northfield Learning Trust will strike "
    "next month in a dispute over the outsourcing of cleaning and catering services.",
    "Unison said its members voted by a large majority for action after the trust "
    "announced plans to hand the contracts to a private facilities company from April.",
    "The union's regional organiser, Kelly Marsh, said cleaners and cooks had been "
    "offered no guarantee that their pensions and sick pay would be protected under "
    "the new employer.",
    "The trust said the change would save money that could be spent in classrooms and "
    "that all affected staff would transfer on their existing terms.",
    "Pupils at the three schools will be told about any closures on strike days by "
    "text message, the trust added.",
)


def body(paragraphs) -> str:
    return "\n\n".join(paragraphs)


def add(db, url, title, text, author=None, source="Gazette") -> int:
    return db["articles"].insert(
        {"url": url, "source": source, "title": title, "body": text, "author": author,
         "content_hash": str(hash(text))}
    ).last_pk


def cluster_of(db, article_id) -> int:
    return db["articles"].get(article_id)["cluster_id"]


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "news.db")
    yield database
    database.close()


def jaccard(a, b) -> float:
    return len(a & b) / len(a | b)


def test_lightly_edited_copies_share_a_cluster_and_other_stories_do_not(db):
    original = add(db, "https://a.example/1", "School to join academy trust", body(TRANSFER),
                   author="Sam Lee")
    new_headline = add(db, "https://b.example/1", "Village primary approved for academy move",
                       body(TRANSFER), source="Sister Title")
    byline = add(db, "https://c.example/1", "School to join academy trust",
                 "By Priya Shah, education reporter\n\n" + body(TRANSFER), author="Priya Shah",
                 source="Third Title")
    cut = add(db, "https://d.example/1", "School to join academy trust",
              body(TRANSFER[:3] + TRANSFER[4:]), source="Sister Title")
    extra = add(db, "https://e.example/1", "School to join academy trust",
                body(TRANSFER + ("The trust said it would hold drop-in sessions for families "
                                 "at the school on two evenings in July.",)),
                source="Third Title")
    finances = add(db, "https://a.example/2", "Academy trust reports deficit", body(FINANCES))
    strike = add(db, "https://a.example/3", "Academy trust staff to strike", body(STRIKE))

    stats = assign_clusters(db)

    copies = [original, new_headline, byline, cut, extra]
    assert {cluster_of(db, a) for a in copies} == {original}
    assert cluster_of(db, finances) == finances
    assert cluster_of(db, strike) == strike
    assert stats["signed"] == 7
    assert stats["multi_article_clusters"] == 1


def test_documented_similarities_hold_for_the_fixtures():
    """The module docstring's claims: light edits stay well above the threshold,
    different reports on the same subject stay far below it."""
    base = shingles("School to join academy trust", body(TRANSFER))
    edited = shingles("Village primary approved for academy move", body(TRANSFER[:3] + TRANSFER[4:]))
    other = shingles("Academy trust reports deficit", body(FINANCES))
    assert jaccard(base, edited) > THRESHOLD + 0.15
    assert jaccard(base, other) < 0.15


def test_incremental_runs_sign_only_new_articles_and_keep_ids(db):
    first = add(db, "https://a.example/1", "Academy trust reports deficit", body(FINANCES))
    other = add(db, "https://a.example/2", "Academy trust staff to strike", body(STRIKE))
    assert assign_clusters(db)["signed"] == 2
    assert (cluster_of(db, first), cluster_of(db, other)) == (first, other)

    copy = add(db, "https://b.example/9", "Trust in the red", body(FINANCES[1:]), source="Sister")
    stats = assign_clusters(db)
    assert stats["signed"] == 1
    assert cluster_of(db, copy) == first
    assert (cluster_of(db, first), cluster_of(db, other)) == (first, other)

    again = assign_clusters(db)
    assert again["signed"] == 0 and again["reclustered"] == 0


def test_a_copy_rewritten_into_another_story_leaves_the_cluster(db):
    first = add(db, "https://a.example/1", "Staff to strike", body(STRIKE))
    copy = add(db, "https://b.example/1", "Cleaners to walk out", body(STRIKE[:4]), source="Sister")
    assign_clusters(db)
    assert cluster_of(db, copy) == first
    db["articles"].update(copy, {"title": "Trust deficit", "body": body(FINANCES),
                                 "content_hash": "changed"})
    stats = assign_clusters(db)
    assert stats["signed"] == 1
    assert cluster_of(db, copy) == copy
    assert cluster_of(db, first) == first


def test_clusters_merge_under_the_smallest_id(db):
    """Copies that chain two clusters together merge them under the smaller id."""
    a = add(db, "https://a.example/1", "A", body(TRANSFER))
    b = add(db, "https://a.example/2", "B", body(STRIKE))
    assign_clusters(db)
    assert (cluster_of(db, a), cluster_of(db, b)) == (a, b)
    # Each link drops a paragraph of one report and adds one of the other, so every
    # neighbour in the chain shares about two thirds of its text with the next.
    chain = [add(db, f"https://b.example/{n}", f"C{n}", body(TRANSFER[n:] + STRIKE[:n]))
             for n in range(1, 5)]
    stats = assign_clusters(db)
    assert stats["clusters_changed"] == 1
    assert {cluster_of(db, x) for x in (a, b, *chain)} == {a}


def test_short_stubs_are_never_clustered(db):
    x = add(db, "https://a.example/1", "Subscribe", "Subscribe to read this story.")
    y = add(db, "https://b.example/1", "Subscribe", "Subscribe to read this story.")
    empty = add(db, "https://c.example/1", None, None)
    assign_clusters(db)
    assert (cluster_of(db, x), cluster_of(db, y), cluster_of(db, empty)) == (x, y, empty)


def test_deleted_articles_drop_their_signature(db):
    first = add(db, "https://a.example/1", "Staff to strike", body(STRIKE))
    assign_clusters(db)
    db.execute("DELETE FROM articles WHERE id = ?", [first])
    db.conn.commit()
    assign_clusters(db)
    assert db["article_minhash"].count == 0


class PoisonSigner(Signer):
    """Signs like the real one, but fails on bodies starting with "poison"."""

    def article(self, title, body):
        if body.startswith("poison"):
            raise MemoryError("boom")
        return super().article(title, body)


def test_clusters_isolate_a_failing_article(tmp_path):
    words = "the council approved the academy transfer after a long meeting on tuesday night in the town hall"
    path = tmp_path / "news.db"
    database = connect(path)
    for i, text in enumerate([words, words + " again", "poison " + words], 1):
        database["articles"].insert({"id": i, "url": f"https://example.test/{i}", "source": "test",
                                     "title": f"Story {i}", "body": text, "content_hash": f"h{i}"})
    database.close()
    stats = cluster_db(path, signer=PoisonSigner())
    assert stats["failed"] == [(3, "MemoryError: boom")]
    database = connect(path)
    assert [r["cluster_id"] for r in database.query("SELECT cluster_id FROM articles ORDER BY id")] == [1, 1, 3]
    assert database["article_minhash"].get(3)["sig"] is None
    database.close()
