"""Linguistics shared by stages: small readers of the language of news text (a dateline, ...) that
more than one stage, or a stage and another part of the program, rely on, kept here so that they
cannot drift apart. Word lists live in `flashpoint.lexicon`; this package holds the code that reads
text with them."""
