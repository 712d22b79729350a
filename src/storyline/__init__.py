"""Storyline: news articles in, a sourced record of the story out."""

__version__ = "0.1.0"
