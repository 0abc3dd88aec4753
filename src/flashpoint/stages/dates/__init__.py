"""Dates: every temporal expression in the text, resolved to a calendar value.

The stage finds temporal expressions with patterns over the text (absolute dates in the
usual news formats, weekday names, relative expressions, years, decades, quarters,
seasons, holidays, ranges), checks the doubtful ones against the parse (a bare "May" or
"2000" is a date only in a date-like context), and resolves each in text order against
two anchors:

- the **publication date** for deictic expressions: "yesterday", "on Tuesday", "last
  week", "in March", "two years ago", "Jan. 3" (the year chosen by the tense of the
  governing verb: past tense looks back, future tense forward, otherwise the nearest);
- the **reference date**, the last date the text itself established, for anaphoric ones:
  "two days later", "a day after", "the following week", "that day", "hours before".

Durations ("for two weeks", "three-year"), sets ("every Friday") and vague references
("now", "recently") are recognised so that nothing else mistakes them for dates; they are
kept in `state.timexes` with their `kind` and no value, and are not listed in the
record's `dates`.

Values are ISO 8601 at the precision the record allows (day, week, month, year, decade). A
week is written as ISO 8601 and TimeML write it, the ISO week date "2024-W03" (the week
from Monday 15 to Sunday 21 January 2024; its year is the ISO week-year, the year of its
Thursday), not as its Monday, so that no reader mistakes it for a day. Calendar units that
the record cannot express are given in full in `Timex.exact` ("2024-W03-WE", "1989-Q3",
"1998-SU") and in the record at the nearest allowed precision: a weekend as its week, a
quarter, half or season as its year. An event dated by such a value keeps a day only in its
`date`: a week, a month or a year leaves it null and gives `date_range`, the period's first and
last day (`Event.set_date`, language/periods.py).

`event_date(state, trigger_token_index, sentence_index, speech)` is what the event coder calls
(`speech`, a `SpeechAct`, for a statement: who made it, to date it by the speech it was made in).

The package, by job:

- `words.py`: the word lists, read from `lexicon/data/dates.yaml` and `dates_context.yaml`;
- `patterns.py`: the regular expressions, one per rule name;
- `find.py`: `find_candidates`, every match of the patterns with overlaps settled;
- `tense.py`: reading the parse around a match, and `tense_of` its governing verb;
- `accept.py`: the checks against the parse that reject matches which are not dates;
- `values.py`: `Val`, a calendar value, and the calendar arithmetic;
- `reading.py`: the words of a match as numbers (months, weekdays, counts);
- `context.py`: the publication date and the last date the text established;
- `resolve.py`: `resolve`, through `RULES`, one resolver function per rule name;
- `offsets.py`: the resolvers that count units ("two days ago", "the following week");
- `extract.py`: `extract_dates`, all of the above over one text, and ranges ("from X to Y");
- `timex.py`: `Timex`, what the stage adds for each expression;
- `event_date.py`: `event_date`, the date of an event;
- `stage.py`: the registered `Dates` stage.
"""

from .event_date import event_date
from .extract import extract_dates
from .find import Candidate, find_candidates
from .patterns import PATTERNS
from .resolve import RULES, resolve
from .stage import Dates
from .tense import tense_of
from .timex import Timex
from .values import Val

__all__ = ["Dates", "Timex", "event_date", "extract_dates", "find_candidates", "Candidate", "PATTERNS", "RULES", "resolve", "tense_of", "Val"]
