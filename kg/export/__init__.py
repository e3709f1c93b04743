"""Exports, one module per format family."""
