"""The SPARQL commands of `kg`: query, queries, serve, push, pull."""

import click


def register(group: click.Group) -> None:
    """Add the SPARQL commands to the `kg` group."""
