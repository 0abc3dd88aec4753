"""Quotes: who said what, direct and indirect, with the speaker resolved.

Direct quotations are found on the characters first, then tied to the parse:

1. Quotation marks are paired per paragraph: curly double (“ ”), straight double ("), two
   apostrophes or backticks used as a double mark (''X'' of some archives and wires), and
   single quotes used as quotes (‘ ’ or ' at a word boundary, never an apostrophe as in
   "don’t" or "the workers’"), single quotes only outside double ones (inside they are a
   quote within the quote). A straight mark that can only close (after a word, before a
   space) opens nothing when none is open. An opening mark left open at the end of a
   paragraph continues when the next paragraph opens with a mark too (the multi-paragraph
   convention), and otherwise ends with its paragraph.
2. Two quotes around a short cue clause ("“X,” he said, “Y”") are one quote; so are, as one
   attribution with several parts, a quote with no cue of its own after a quote and its cue
   sentence in the same paragraph ("“X,” she said. “Y.”") and quotes joined by "and" under one
   cue (called them “losers” and “sad”).
3. The cue of a quote is a dash and a name ending its line (“X.” ― Pamela Padilla), else a
   verb of saying (or "according to", or a colon or dash right before the mark) in the words
   of its sentences that are outside every quote: a verb the quote's words hang from first,
   else the nearest. A quote with no cue of its own that follows a quote of the same or the
   previous paragraph continues it (same speaker). A cue clause the sentence splitter set
   apart right after the quote (“... interest.” he said.) is its cue; a quote with no cue that
   opens the sentence after one with a verb of saying and a subject is that subject's words
   (“Burt ... told MPs it was right to help. “DfID-funded partners ...”"); a person's
   possessive right before a quote names it (Shakespeare’s “silver sea, ...”). A short quote with no cue is a scare quote
   or a title and is not reported; nor is a quote that names inside a noun phrase (MSNBC’s
   “Morning Joe”, the anthem “A Change Is Gonna Come”, Marcia “Cia” Price, “quack” cures).

Indirect speech: a verb of saying, believing, requesting, deciding or agreeing with a
clausal complement ("X said (that) ...", "X told Reuters ...", "X asserted ...", "X denied
...", "X agreed that ...", "X decided to ..."), the object of "deny", "confirm" and the like,
a cue set inside the clause it reports ("The test, North Korea said, was its biggest"), and
"according to X" (the content is its clause, on the side of "according to X" where the
clause's head is). The complement is on one side of the cue (the right one when both are
candidates), not across a colon, semicolon, dash or paragraph, and not an adverbial clause
("said before he died"); a clause the parser made adverbial but that has its own subject and
no subordinator is one ("said after the vote he would resign"). A cue that is subordinate
("..., that he wants ..."), has an object or has a verbal complement after it takes no clause
before it. A content ends at a semicolon and before a cue set at its end (", the footage
showed"), before a comma-set-off aside that holds an attribution of its own ("..., contradicting
the police’s claim that ...", "..., aside from saying ...") or is the writer's comment (an
apposition to a name, "..., although ...", "..., when there are clips of ..."), before a
coordinated verb of saying, of a speech act or of a request ("... and encouraged Americans to
..."), and a noun-phrase content (an intention or a request too) also at a dash, before a
clause of time or cause ("... to boost security after hackers ...") and before its
non-restrictive relative or apposition (PolNeAR gives each token to one attribution and, "when
in doubt", leaves the writer's additions out). Not attributions: an act imposed or allowed by
another verb ("requires candidates to disclose ..."), "it goes without saying", "find it hard
to", a feeling itself ("feel stung after ..."), "show signs of", a bare noun of the act as
object ("defended the remark", "announced plans"), a person as the object of "question" or
"echo", the rest of a relative the parser broke up ("Everything X says is a lie"), a name after
"known as", "according to" a measure or a rule ("according to his body mass index"). A content on both sides of its cue is two pieces ("an explosion that the mayor described as ..."). A complement that
is nearly all one direct quote is that quote; one with words of its own around a partial
quote is reported beside it. Speech acts whose object is the content ("criticized Clinton’s
record", "thanked his supporters", "called Trump a danger", "described the delay as
unacceptable", "likened the tax to a penalty"; stances taken in public: "backed Cruz"),
prepositional cues ("called for a special prosecutor", "called on the governor to act",
"talked about the wall", "pointed to the polls", "voted for Sanders"), nouns of saying with a
that-clause ("his claim that the vote was rigged"), and a paragraph opening with a short
name and a colon (headlines "Graham: Trump’s Rhetoric Destroying GOP", transcripts "PENCE:
We will ...", also quoted whole, but not labels such as "The Latest:" or "Stealth Over
Health:", nor headline questions). The generic "you" and "anyone" and the dummy "it" are no
sources.

Not quotes: quotation marks inside markup tags (`<tweet id="...">`), and a short title-case
quote after a preposition (a show or a book: "on “Meet the Press”").

Speakers, in document order, so earlier ones are there for later references:

- the subject of the cue verb (also after it: "said the insider"), of the verb a
  participle or conjunct hangs from ("..., saying ...", "and added"), the noun a relative
  pronoun stands for ("Trump, who said": named Trump, with "who" as its words), the object of
  "according to", a name the parser stranded before a verb with no subject;
- a name is the named-entity or proper-noun run of the phrase; a title and organisation
  come from an apposition ("Gregory Brew, an analyst at Eurasia Group"; "Michael
  Kugelman, director of the South Asia Institute at the Wilson Center"), an "of" phrase
  ("Asfandyr Mir of the US Institute of Peace") or the words before the name ("Foreign
  Minister Jalil Abbas Jilani"); a surname alone is the person named in full before;
- a cue after its quote left without a subject takes the name between the mark and the verb
  or, inverted, the person after it ("tweeted retired general Jack Keane"); the subject of a
  passive speaks for the infinitive under it ("he is reported to have declared");
- "he"/"she" is the most recent person that spoke or was the subject of a clause before (a
  name in apposition to a subject, the agent of a passive; a sentence's main clause before the
  clauses inside it; a surname the recogniser takes for an organisation is the person the
  actor dictionary knows); a text "in" an outlet is that outlet's ("an editorial in Dawn");
  "it"/"they" the most recent organisation or group; a definite description ("the
  insider", "the official") the most recent earlier speaker or mention with the same head
  noun;
- the speaker is linked to the actor the phrase denotes (`actor_for_token`), or its
  antecedent's.

`state.record.quotes` gets one `Quote` each; `state.quote_index` maps cue token
indices to their speakers (what the claims stage reads).

The package, by job: `marks` (quotation marks on the characters), `direct` (direct quotes
tied to the parse, continuations, colon lines), `cues` (verbs of saying and their subjects in
the parse), `indirect` (reported speech), `content` (where a report's content ends),
`speakers` (the resolver), `pieces` (spans and pieces), `vocabulary` (the word lists, from
`lexicon/data/quotes*.yaml`) and `stage` (the registered `Quotes` stage).
"""

from .marks import double_apostrophes_as_quotes, find_quote_marks, mask_markup
from .stage import Quotes
from .vocabulary import BELIEVE_VERBS, SAY_VERBS

__all__ = ["Quotes", "find_quote_marks", "mask_markup", "double_apostrophes_as_quotes", "SAY_VERBS", "BELIEVE_VERBS"]
