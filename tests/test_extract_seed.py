"""The seed press release must yield exactly the facts it reports (issue: the extractor)."""

import pytest

from kg.sources import read_documents


@pytest.fixture(scope="module")
def seed(extractor, seed_path):
    (document,) = list(read_documents([seed_path]))
    return extractor.extract(document)


def test_forum_date_place_and_states(seed):
    forums = [e for e in seed.events if e.kind == "Forum"]
    assert len(forums) == 1
    forum = forums[0]
    assert forum.start == "2024-08-15" and forum.end is None
    assert forum.place == "cholpon-ata"
    assert set(forum.participants) == {"KZ", "KG", "TJ", "UZ"}
    assert forum.parent is None
    assert "Региональный форум" in forum.evidence[0].quote


def test_five_bilateral_meetings_within_the_forum(seed):
    forum = next(e for e in seed.events if e.kind == "Forum")
    meetings = [e for e in seed.events if e.kind == "Meeting"]
    assert len(meetings) == 5
    assert all(m.parent == forum.id and m.start == "2024-08-15" and m.place == "cholpon-ata" for m in meetings)
    counterparts = set()
    for meeting in meetings:
        assert "MCHS-KZ" in meeting.participants and len(meeting.participants) == 2
        counterparts |= set(meeting.participants) - {"MCHS-KZ"}
    assert counterparts == {"MCHS-UZ", "UNDRR", "UNDP", "IFRC", "GIZ"}


def test_protocol_signed_at_the_forum(seed):
    (protocol,) = seed.agreements
    forum = next(e for e in seed.events if e.kind == "Forum")
    assert protocol.kind == "Protocol"
    assert protocol.signed_at == forum.id
    assert protocol.date == "2024-08-15"
    assert set(protocol.parties) == {"KZ", "KG", "TJ", "UZ"}


def test_minister_with_post_and_ministry(seed):
    (person,) = seed.persons
    assert person.name == "Чингис Аринов"
    assert person.post == "министр по чрезвычайным ситуациям"
    assert person.affiliation == "MCHS-KZ"


def test_topics_discussed(seed):
    forum = next(e for e in seed.events if e.kind == "Forum")
    assert {"emergency-response", "training-of-specialists"} <= set(forum.topics)


def test_no_page_chrome_actor(seed):
    keys = {a.key for a in seed.actors}
    assert keys == {"KZ", "KG", "TJ", "UZ", "MCHS-KZ", "MCHS-UZ", "UNDRR", "UNDP", "IFRC", "GIZ"}
    assert not any("прокуратур" in a.label.lower() for a in seed.actors)


def test_every_evidence_quote_is_at_its_offsets(seed):
    text = seed.document.text
    quotes = [ev for e in seed.events for ev in e.evidence] + [a.evidence for a in seed.actors]
    assert quotes
    for ev in quotes:
        assert text[ev.start:ev.end] == ev.quote
