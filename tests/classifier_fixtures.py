"""Shared data and helpers for the classifier tests (tests/test_classifier*.py): a tiny
training corpus of our own, command-line parsing and a small database. The fixtures
built from them (tiny_model, bundled) are in conftest.py."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newswatch.store import connect

SITE_GOLD = Path(__file__).parent / "data" / "site_gold.json"  # the demo site's annotated stories

# A tiny corpus of our own, enough to exercise training end to end.
TINY = [
    ("relevant", True, ["outsourcing", "industrial_action_jobs"], "Academy trust plans to outsource cleaning staff",
     "The academy trust wants to outsource cleaning and catering to a private contractor. Unison said support staff jobs were at risk."),
    ("relevant", True, ["outsourcing"], "Schools' catering contract handed to private firm",
     "The multi-academy trust has outsourced school catering to a private company in a five-year contract."),
    ("relevant", True, ["outsourcing", "industrial_action_jobs"], "Support staff strike over academy outsourcing",
     "Teaching assistants walked out after the academy trust announced plans to outsource support services. The union balloted members."),
    ("relevant", True, ["outsourcing"], "Trust outsources school cleaning across academies",
     "Cleaning at the trust's academies will be outsourced to a facilities company, the chief executive confirmed."),
    ("relevant", True, ["outsourcing", "trust_governance_finance"], "Academy trust chief pay criticised as services outsourced",
     "The academy trust paid its chief executive more while outsourcing services to cut costs, accounts show."),
    ("relevant", True, ["academisation"], "Primary school to become an academy",
     "Governors voted for the primary school to convert to academy status and join a multi-academy trust."),
    ("relevant", True, ["academisation"], "Parents oppose forced academisation of school",
     "Parents campaigned against the forced academy order which would hand the school to an academy trust."),
    ("relevant", True, ["academisation"], "Secondary school joins academy trust",
     "The secondary school converted to an academy and joined the trust after an Ofsted inspection."),
    ("relevant", True, ["trust_governance_finance"], "Academy trust deficit revealed in accounts",
     "The academy trust reported a deficit and related-party payments to directors' companies, its accounts show."),
    ("relevant", True, ["industrial_action_jobs"], "Teachers strike at academy trust over redundancies",
     "NEU members at the academy trust went on strike over redundancies and support staff job cuts."),
    ("hard_negative", False, [], "NHS trust outsources hospital porters",
     "The hospital trust will outsource porters and cleaners to a private contractor, Unison said."),
    ("hard_negative", False, [], "Council outsources bin collections",
     "The council has outsourced bin collections to a waste company in a new contract."),
    ("hard_negative", False, [], "Football academy celebrates cup win",
     "The club's football academy players won the youth cup after extra time."),
    ("hard_negative", False, [], "National Trust opens garden",
     "The National Trust reopened the walled garden to visitors this weekend."),
    ("hard_negative", False, [], "Police academy recruits graduate",
     "New police officers graduated from the training academy on Friday."),
    ("general", False, [], "Roadworks close high street",
     "The high street will be closed for resurfacing for two weeks, drivers were told."),
    ("general", False, [], "Town wins in dramatic derby",
     "The home side scored twice in the second half to win the derby in front of a big crowd."),
    ("general", False, [], "Man charged after burglary",
     "Police charged a man after a burglary at a shop on the high street."),
    ("general", False, [], "New bakery opens in market square",
     "A family bakery has opened in the market square, creating six jobs."),
    ("general", False, [], "Councillors approve housing plan",
     "Councillors approved plans for 200 homes on the edge of town despite objections."),
]


def write_tiny_corpus(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "tiny.jsonl").open("w", encoding="utf-8") as f:
        for i, (group, relevant, topics, headline, text) in enumerate(TINY):
            record = {"id": f"tiny-{i:03d}", "headline": headline, "text": text, "relevant": relevant, "topics": topics, "group": group}
            f.write(json.dumps(record) + "\n")
    return directory


def parse(module, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return parser.parse_args(argv)


def make_db(path: Path, urls=("https://news.example/a", "https://news.example/b")) -> list[int]:
    db = connect(path)
    ids = []
    for n, url in enumerate(urls):
        table = db["articles"].insert({"url": url, "source": "example", "title": f"Academy trust outsources cleaning {n}",
                                       "body": "The academy trust will outsource cleaning.\n\nUnison objected."})
        ids.append(table.last_pk)
    return ids


# Two articles of our own: one relevant (outsourcing, a strike ballot), one not.
ARTICLES = [
    {"title": "Academy trust to outsource school support staff", "body": "The academy trust which runs six schools plans to outsource cleaning, catering and site staff to a private company.\n\nThe union Unison said hundreds of support staff jobs were at risk and members would be balloted on strike action."},
    {"title": "Town hold on for derby draw", "body": "The visitors equalised in stoppage time to earn a point in the derby.\n\nThe manager praised his side's spirit."},
]
