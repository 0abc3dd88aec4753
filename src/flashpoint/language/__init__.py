"""Linguistics shared by stages: small readers of the language of news text (a dateline, what a
pronoun refers back to, ...) that more than one stage, or a stage and another part of the program,
rely on, kept here so that they cannot drift apart. Word lists live in `flashpoint.lexicon`; this
package holds the code that reads text with them.

- `datelines`: the dateline at the top of a story ("ISLAMABAD, January 18, 2024 -").
- `coreference`: the one search for a pronoun's (or a definite description's) antecedent that
  actors, events and quotes call, each passing what differs for its purpose (which mentions are
  candidates, when they agree with the pronoun, how far back to look).
- `trees`: walks over the parse that several stages make (how far a word hangs below another
  within one clause; the participles said with a verb of saying), read by dates and places.
- `numbers`: numbers in digits or words ("two", "twenty-five", "a dozen"), read by claims and
  dates, each with its own readings on top of the shared cardinals.
- `periods`: calendar periods (`Val`, what the dates stage resolves an expression to) and an
  event's date as the record holds it: a day only in `date`, the first and last day of its
  week, month or year in `date_range` (`value_range`, `period_value`, `event_range`,
  `event_period`), read by the events stage, the corpus, the store, the pages and the exports.
"""
