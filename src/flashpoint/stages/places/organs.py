"""The state of a home organ no words name, from where it acts.

Police arrest people in their own country, courts try them there, a parliament sits there:
"police detained the activist in Istanbul" tells of Turkish police as surely as "Turkish
police detained him" does, and a reader codes it so (an unnamed force is no actor of a
dataset; the state it serves is). An event's actor or recipient that is a bare home organ
(`home_organ_sectors` in places.yaml: police, courts, legislature) with no country takes the
country of the place the event's own words give it, a town or a province (not the country
the story is about, which says nothing of whose police acted in one sentence, nor a country
alone, which may be a demonym's), as the actor named by the country and the sector
("TURCOP", named "Turkey", its words kept). A recipient takes it only from an attack or an
arrest, done where the organ is ("two policemen were killed in Diyarbakir"); a threat or a
statement is placed where its speaker is.

Not the military or the government: armies fight abroad and governments act on other states,
so where they act does not say whose they are. Nor in held or contested territory or at the
seat of an international court (`organs_of_no_state_places`: "police in East Jerusalem", "a
court in The Hague"), whose organs are not those of the state the gazetteer puts them in.
"""

from __future__ import annotations

from ...knowledge.actors.codes import state_name
from ...lexicon import words
from ...records import Actor, ActorRef, Event

HOME_ORGAN_SECTORS = words("places", "home_organ_sectors")
# sectors that, as doers of an arrest or a detention (COERCE), act at home too: the government
ARRESTING_SECTORS = words("places", "arresting_sectors")
# held or contested places and seats of international courts: their organs are no one state's
NO_STATE_PLACES = words("places", "organs_of_no_state_places")
# Places the event's own words give it (not the story's country)
STATED = ("trigger", "argument")
# Acts done to their recipient where it is: an attack, an arrest
MATERIAL_TYPES = words("places", "acts_done_where_the_target_is")


def _home_organ(ref: ActorRef | None, event_type: str | None = None, role: str = "actor") -> bool:
    """A bare home organ; or a bare government ("the authorities") as the doer of an arrest,
    which a state makes in its own land ("the authorities arrested the activist in Didim")."""
    if ref is None or ref.country is not None or ref.code != ref.sector:
        return False
    return ref.sector in HOME_ORGAN_SECTORS or (ref.sector in ARRESTING_SECTORS and role == "actor" and event_type == "COERCE")


def place_home_organs(events: list[Event], actors: list[Actor]) -> None:
    """Give each bare home organ among the events' actors and recipients the state its event
    is placed in by its own words (see the module docstring)."""
    for event in events:
        where = event.location
        state = state_name(where.country_code) if where is not None else None
        if state is None or where.basis not in STATED or where.precision == "country":
            continue  # (a country alone may be a demonym's, "Turkish troops": the troops', not the scene's)
        if {(where.name or "").lower(), (where.admin1 or "").lower()} & NO_STATE_PLACES:
            continue  # "police in East Jerusalem", "a court in The Hague"
        for role in ("actor", "recipient"):
            ref = getattr(event, role)
            if role == "recipient" and event.event_type not in MATERIAL_TYPES:
                continue  # a threat made in Ankara against a force is not where the force is
            if not _home_organ(ref, event.event_type, role):
                continue
            code = f"{where.country_code}{ref.sector}"
            setattr(event, role, ref.model_copy(update={"name": state, "code": code, "country": where.country_code}))
            _list(actors, code, getattr(event, role))


def _list(actors: list[Actor], code: str, ref: ActorRef) -> None:
    """The record's actor for the organ, with the words that named it as an alias."""
    actor = next((a for a in actors if a.code == code), None)
    if actor is None:
        actors.append(Actor(name=ref.name, code=code, country=ref.country, sector=ref.sector, aliases=[ref.text]))
    elif ref.text.lower() not in {a.lower() for a in actor.aliases}:
        actor.aliases.append(ref.text)
