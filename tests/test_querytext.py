"""The SPARQL lexer: what a request is, where its parameters are, and rewrites that map errors back."""

import pytest

from kg.querytext import read_shape, split_syntax_error, substitute


@pytest.mark.parametrize("text, form, updates, services", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT", (), ()),
    ("# title: x\nPREFIX ex: <http://x/>\nASK { ex:a ?p ?o }", "ASK", (), ()),
    ("BASE <http://x/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT", (), ()),
    # keywords inside a comment, a string or an IRI are not keywords
    ("# DELETE WHERE { ?s ?p ?o }\nSELECT * { ?s ?p ?o }", "SELECT", (), ()),
    ("SELECT * { ?s ?p 'INSERT DATA { <a:b> <a:b> <a:b> }' }", "SELECT", (), ()),
    ('SELECT * { ?s ?p """it says\nSERVICE <http://evil.example/> { }""" }', "SELECT", (), ()),
    ("SELECT * { ?s ?p <http://example.org/DROP> }", "SELECT", (), ()),
    ('SELECT * { ?s ?p "a \\" DELETE" }', "SELECT", (), ()),
    # prefixed names and variables named like keywords are not keywords
    ("SELECT ?load WHERE { ?load ex:delete ?insert }", "SELECT", (), ()),
    # updates, wherever the keyword stands
    ("PREFIX ex: <http://x/>\nINSERT DATA { ex:a ex:b ex:c }", "UPDATE", ("INSERT",), ()),
    ("LOAD <http://example.org/data.ttl>", "UPDATE", ("LOAD",), ()),
    ("delete where { ?s ?p ?o }", "UPDATE", ("DELETE",), ()),
    ("SELECT * { ?s ?p ?o } ; DROP ALL", "SELECT", ("DROP",), ()),
    # SERVICE calls, with their target
    ("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", "SELECT", (),
     ("<https://query.wikidata.org/sparql>",)),
    ("SELECT * { SERVICE SILENT ?endpoint { ?s ?p ?o } }", "SELECT", (), ("?endpoint",)),
])
def test_shape_of_a_request(text, form, updates, services):
    shape = read_shape(text)
    assert (shape.form, shape.update_words, shape.services) == (form, updates, services)
    assert shape.is_update == (form == "UPDATE" or bool(updates))


def test_parameters_and_prefixes():
    shape = read_shape("PREFIX ecr: <https://w3id.org/ecr/ontology#>\n"
                       "SELECT ?x { ?x ecr:participant $actor . FILTER(LANGMATCHES(LANG(?l), $lang)) "
                       "?x rdfs:label '$not_a_parameter' } # $nor_this\nLIMIT 5")
    assert shape.parameters == ("actor", "lang")
    assert shape.prefixes == {"ecr": "https://w3id.org/ecr/ontology#"}
    assert set(shape.used_prefixes) == {"ecr", "rdfs"}


def test_substitute_replaces_only_parameter_tokens():
    text = "SELECT ?actor { ?e ?p $actor . ?e ?q '$actor' } # $actor"
    assert substitute(text, {"actor": "<urn:x>"}).text == "SELECT ?actor { ?e ?p <urn:x> . ?e ?q '$actor' } # $actor"


@pytest.mark.parametrize("text, limit, expected", [
    ("SELECT * { ?s ?p ?o }", 5, "SELECT * { ?s ?p ?o }\nLIMIT 5\n"),
    ("SELECT * { ?s ?p ?o } LIMIT 100 OFFSET 3", 5, "SELECT * { ?s ?p ?o } LIMIT 5 OFFSET 3"),
    ("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 2 } } ORDER BY ?s", 7,
     "SELECT * { { SELECT * { ?s ?p ?o } LIMIT 2 } } ORDER BY ?s\nLIMIT 7\n"),
    ("SELECT * { ?s ?p ?o } VALUES ?s { <urn:a> }", 1, "SELECT * { ?s ?p ?o } LIMIT 1\nVALUES ?s { <urn:a> }"),
])
def test_limit_is_set_at_the_top_level(text, limit, expected):
    assert substitute(text, {}, limit).text == expected


def test_error_position_maps_back_through_the_rewrite():
    text = "SELECT * {\n  ?s ?p $value . ?s ?q ?? \n}"
    rewrite = substitute(text, {"value": '"a much longer literal than the name"'}, limit=3,
                         preamble="PREFIX a: <urn:a:>\nPREFIX b: <urn:b:>\n")
    new_line = rewrite.text.splitlines().index('  ?s ?p "a much longer literal than the name" . ?s ?q ?? ') + 1
    new_column = rewrite.text.splitlines()[new_line - 1].index("??") + 1
    assert rewrite.original_position(new_line, new_column) == (2, text.splitlines()[1].index("??") + 1)
    # A position inside a substituted term points at the parameter.
    inside = rewrite.text.splitlines()[new_line - 1].index("much") + 1
    assert rewrite.original_position(new_line, inside) == (2, 9)


@pytest.mark.parametrize("message, expected", [
    ("error at 4:35: expected one of ABS, AVG", (4, 35, "expected one of ABS, AVG")),
    ("error at 1:10: expected CONSTRUCT", (1, 10, "expected CONSTRUCT")),
    ("something else", None),
])
def test_split_syntax_error(message, expected):
    assert split_syntax_error(message) == expected
