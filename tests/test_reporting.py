"""newswatch.reporting: what the commands print about enrichment and clustering."""
from newswatch.reporting import MAX_ERRORS_SHOWN, report_clusters, report_enrich, report_failures


def test_failures_are_listed_up_to_the_limit_then_counted(capsys):
    errors = [(n, f"ValueError: bad {n}") for n in range(1, MAX_ERRORS_SHOWN + 4)]
    report_failures({"failed": len(errors), "errors": errors}, "newswatch enrich")
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"newswatch enrich: {len(errors)} articles failed (recorded in enrich_failures):"
    assert err[1:-1] == [f"  article {n}: ValueError: bad {n}" for n in range(1, MAX_ERRORS_SHOWN + 1)]
    assert err[-1] == "  ... and 3 more (see enrich_failures)"


def test_nothing_is_printed_when_nothing_failed(capsys):
    report_enrich({"failed": 0, "errors": [], "articles": 2})
    out, err = capsys.readouterr()
    assert out == "enrich: {'failed': 0, 'errors': [], 'articles': 2}\n" and err == ""


def test_clusters_report_names_the_articles_that_could_not_be_signed(capsys):
    report_clusters({"signed": 1, "failed": [(7, "ValueError: no text")]})
    out, err = capsys.readouterr()
    assert out.startswith("clusters: {'signed': 1")
    assert err == "clusters: article 7 could not be signed: ValueError: no text\n"
