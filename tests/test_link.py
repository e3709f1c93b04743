"""Cross-document linking: when two reports name one event, and when they do not."""

from kg.link import same_event
from kg.rdf import actor_iri, place_iri
from kg.records import EventRecord

REGIONS = {place_iri("cholpon-ata").value: {place_iri("issyk-kul").value},
           place_iri("bosteri").value: {place_iri("issyk-kul").value}}


def event(kind, start, place, *who, end=None):
    return EventRecord(id="e1", kind=kind, start=start, end=end, evidence=(), place=place, participants=tuple(who))


def actors(*keys):
    return {actor_iri(k).value for k in keys}


def test_the_same_forum_in_two_villages_of_one_region():
    forum = event("Forum", "2024-08-15", "cholpon-ata", "KZ", "KG", "TJ", "UZ")
    assert same_event(forum, "2024-08-14", "2024-08-15", place_iri("bosteri").value, actors("KG", "UNDP", "KZ", "TJ"),
                      REGIONS)


def test_two_places_apart_are_two_events():
    session = event("Forum", "2023", "minsk", "KSCHS-CSTO")
    assert not same_event(session, "2023-05-31", "2023-06-03", place_iri("kubinka").value, actors("KSCHS-CSTO"),
                          REGIONS)


def test_a_meeting_needs_its_two_sides():
    talks = event("Meeting", "2023-06-02", "kubinka", "MCHS-RU", "MCHS-KG")
    assert not same_event(talks, "2023-06-02", None, place_iri("kubinka").value, actors("MCHS-RU", "KCHS-TJ"), REGIONS)
    assert same_event(talks, "2023-06-02", None, place_iri("kubinka").value, actors("MCHS-RU", "MCHS-KG"), REGIONS)


def test_a_closer_match_scores_higher():
    forum = event("Forum", "2022-10-04", "dushanbe", "KZ", "KG", end="2022-10-06")
    same_day = same_event(forum, "2022-10-04", "2022-10-06", place_iri("dushanbe").value, actors("KZ", "KG"), REGIONS)
    same_month = same_event(forum, "2022-10", None, place_iri("dushanbe").value, actors("KZ"), REGIONS)
    assert same_day > same_month > 0


def test_sessions_of_two_councils_in_one_city_are_two_events():
    session = event("Forum", "2023", "minsk", "KSCHS-CSTO")
    assert not same_event(session, "2023-11", None, place_iri("minsk").value, actors("MGSCHS-CIS"), REGIONS,
                          actors("KSCHS-CSTO", "MGSCHS-CIS"))


def test_two_delegations_visiting_one_city_are_two_visits():
    visit = event("Visit", "2024-04", "bishkek", "MCHS-UZ", "KG")
    assert not same_event(visit, "2024-04-11", "2024-04-12", place_iri("bishkek").value, actors("MCHS-KZ", "MCHS-KG"),
                          REGIONS)


def test_a_forum_in_two_villages_of_one_region_with_one_side_in_common():
    forum = event("Forum", "2024-08-14", "cholpon-ata", "KZ", "KG", "MCHS-KG", "TJ", "UZ")
    assert same_event(forum, "2024-08-14", "2024-08-15", place_iri("bosteri").value,
                      actors("MCHS-KG", "UNDP", "EU", "GIZ"), REGIONS)
    assert not same_event(forum, "2024-08-14", "2024-08-15", place_iri("bosteri").value, actors("UNDP", "EU"),
                          REGIONS)


def test_a_delivery_of_one_day_between_the_same_two_states_named_by_a_body_or_the_state():
    states = {actor_iri("MCHS-KG").value: actor_iri("KG").value}
    flight = event("AidDelivery", "2023-02-07", None, "MCHS-KG", "TR")
    assert same_event(flight, "2023-02-07", None, None, actors("KG", "TR"), REGIONS, states=states)
    assert not same_event(flight, "2023-02-08", None, None, actors("KG", "TR"), REGIONS, states=states)
    assert not same_event(flight, "2023-02-07", None, None, actors("KZ", "TR"), REGIONS, states=states)


def test_aid_told_from_either_side_of_a_border_is_one_delivery():
    states = {actor_iri("MCHS-UZ").value: actor_iri("UZ").value}
    aid = event("AidDelivery", "2025-09-06", "termez", "UZ", "AF")
    apart = {place_iri("termez").value: {place_iri("surkhandarya").value},
             place_iri("hairatan").value: {place_iri("balkh").value}}
    assert same_event(aid, "2025-09-06", None, place_iri("hairatan").value, actors("MCHS-UZ", "AF"), apart,
                      states=states)
    assert not same_event(aid, "2025-09-06", None, place_iri("hairatan").value, actors("KZ", "AF"), apart,
                          states=states)


def test_a_meeting_of_the_same_states_on_the_same_day():
    states = {actor_iri("MFA-TM").value: actor_iri("TM").value}
    talks = event("Meeting", "2020-11-19", None, "TM", "UN")
    assert same_event(talks, "2020-11-19", None, None, actors("MFA-TM", "UN"), REGIONS, states=states)
    assert not same_event(talks, "2020-11-20", None, None, actors("MFA-TM", "UN"), REGIONS, states=states)
