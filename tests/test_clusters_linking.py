"""Signing, the candidate index and linking (nlp/clusters/signing.py, index.py,
linking.py) without a database."""
from __future__ import annotations

from nlp.clusters.index import CandidateIndex
from nlp.clusters.linking import THRESHOLD, Cluster, components, jaccard, link
from nlp.clusters.signing import MIN_SHINGLES, Signer, shingle_hashes, shingles, to_bytes

REPORT = ("The county council approved the transfer of Harrow Vale Primary School to the Northfield "
          "Learning Trust on Tuesday after a consultation that drew two hundred responses from parents, "
          "most of them worried about teaching assistant hours and the future of the school library.")
OTHER = ("Support staff at three schools will strike next month in a dispute over the outsourcing of "
         "cleaning and catering, the union said after members voted by a large majority for action.")


def test_exact_similarity_of_shingle_hashes_is_the_jaccard_of_the_shingles():
    a, b = shingles("Trust approved", REPORT), shingles("Trust approval", REPORT + " It opens in May.")
    assert jaccard(shingle_hashes(a), shingle_hashes(b)) == len(a & b) / len(a | b)
    assert jaccard(shingle_hashes(a), shingle_hashes(set())) == 0.0


def test_signer_leaves_stubs_unsigned_and_round_trips_signatures():
    signer = Signer()
    assert signer.article("Subscribe", "Subscribe to read this story.") == (None, None)
    assert len(shingles("Subscribe", "Subscribe to read this story.")) < MIN_SHINGLES
    sig, hashes = signer.article("Transfer approved", REPORT)
    assert len(hashes) == len(shingles("Transfer approved", REPORT))
    assert (signer.load(to_bytes(sig)).hashvalues == sig.hashvalues).all()


def test_a_copy_is_a_candidate_and_linked_and_another_story_is_not():
    signer = Signer()
    texts = {1: ("Transfer approved", REPORT), 2: ("School to join trust", REPORT), 3: ("Staff to strike", OTHER)}
    signed = {aid: signer.article(*text) for aid, text in texts.items()}
    index = CandidateIndex((aid, sig) for aid, (sig, _) in signed.items())
    assert 2 in index.candidates(1) and 1 not in index.candidates(1)
    assert index.estimates(1, [2])[0] > THRESHOLD
    parent, linked = link({1, 2, 3}, index, lambda aid: signed[aid][1], cluster_of=lambda aid: aid)
    assert linked == 1
    updates, merges = components(parent)
    assert updates == {1: 1, 2: 1, 3: 3} and merges == []


def test_components_merge_clusters_under_the_smallest_id():
    # Article 9 (re-clustered) links clean clusters 4 and 2; article 7 is alone.
    parent = {9: 9, 7: 7, Cluster(4): Cluster(4), Cluster(2): Cluster(2)}
    parent[Cluster(4)] = 9
    parent[Cluster(2)] = 9
    updates, merges = components(parent)
    assert updates == {9: 2, 7: 7}
    assert sorted(merges) == [(4, 2)]
