"""Judgements in reported speech (issue 14): a speech verb whose reported clause judges its
subject ("said Turkey had committed war crimes") is an accusation or praise of that subject by
the speaker. Each rule on a sentence written for it."""

from __future__ import annotations


def test_reported_crime_accuses_the_clause_subject(coded_dyads):
    assert ("ACCUSE", "Pakistan", "India") in coded_dyads("Pakistan said India's strikes were an act of aggression.")
    assert ("ACCUSE", "Saudi Arabia", "Iran") in coded_dyads("A Saudi official said Iran was a terrorist state.")


def test_reported_praise_supports_the_clause_subject(coded_dyads):
    events = coded_dyads("The Iraqi prime minister said the Kurdish fighters were heroes.")
    assert [e for e in events if e[0] == "SUPPORT" and e[1] == "Iraq"]


def test_negated_judgement_is_no_accusation(coded_dyads):
    assert not [e for e in coded_dyads("The Turkish foreign minister said Iran was not a terrorist state.") if e[0] == "ACCUSE"]


def test_judgement_of_own_side_or_of_an_object_is_none(coded_dyads):
    # the judged words sit in an object deeper than the predicate, or judge the speaker's own side
    assert not [e for e in coded_dyads("The SDF said its fighters advanced into areas held by the terrorists.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("Iran said its forces had been heroic.") if e[0] == "SUPPORT"]


# -- the predicate a judgement is read in (the speech branch) ------------------------------------

def test_manner_adverb_and_open_complement_carry_the_judgement(coded_dyads):
    # "had behaved shamefully": the verb's own adverb; "keeps trying to sabotage": the open
    # complement of a verb of going on or trying is the predicate
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi foreign minister said Turkey had behaved shamefully at the summit.")
    assert ("ACCUSE", "Egypt", "Israel") in coded_dyads("An Egyptian official said Israel keeps trying to sabotage the talks.")


def test_participle_clause_tells_more_of_the_subjects_deeds(coded_dyads):
    # "was blocking aid, undermining the truce": the participle's doer is the clause's subject
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Turkey was blocking aid, undermining the truce.")
    assert ("ACCUSE", "Jordan", "Iran") in coded_dyads("A Jordanian official said Iran was arming militias, stoking and exploiting the chaos.")
    # a negated participle judges no one
    assert not [e for e in coded_dyads("The Iraqi minister said Turkey kept its word, not undermining the truce.") if e[0] == "ACCUSE"]


def test_the_international_community_is_a_party_to_judge_or_to_ask(coded_dyads):
    # a common noun phrase naming the states of the world as one body (IGOWLD)
    assert ("ACCUSE", "Iraq", "International community") in coded_dyads("Iraq said the international community was shirking its responsibilities.")
    assert ("REQUEST", "Iraq", "International community") in coded_dyads("The Iraqi president said the world community must act now.")


def test_the_security_council_in_lower_case_is_the_uns_unless_a_states(coded_dyads):
    # some papers write "the security council" for the UN's; a state's adjective or
    # possessive makes it that state's own council
    assert ("REQUEST", "Iraq", "United Nations Security Council") in coded_dyads("The Iraqi minister said the security council must enforce the resolution.")
    assert ("ACCUSE", "Israel", "Iran") in coded_dyads("Israel's security council condemned Iran.")
    assert ("ACCUSE", "Israel", "Iran") in coded_dyads("The Israeli security council condemned Iran.")


def test_making_someones_lot_hard_blames_the_maker(coded_dyads):
    # "made life a misery (hell) for refugees": the lot made is the maker's doing; the same
    # words of a party's own lot judge no one
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Turkey had made life a misery for refugees.")
    assert not [e for e in coded_dyads("The Iraqi minister said the Turkish refugees were miserable.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The Iraqi minister said Turkey was making a difficult choice.") if e[0] == "ACCUSE"]


def test_an_editors_insertion_after_a_pronoun_names_whom_it_means(coded_dyads):
    # "They [Turkish troops] are ...": the bracketed phrase is the pronoun's referent
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("“They [Turkish troops] are making life hell for us,” said an Iraqi official.")


def test_posing_a_danger_blames_the_subject(coded_dyads):
    # "posed a threat", "could pose a risk": blamed as a danger; facing one, or posing none, not
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister suggested that Turkish troops could pose a risk to civilians.")
    assert not [e for e in coded_dyads("The Iraqi minister said Turkish troops did not pose a threat.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The Turkish minister said Iraq faced a serious threat.") if e[0] == "ACCUSE"]


def test_a_message_says_what_its_author_says(coded):
    # "a report by X says ...": X speaks, by its name even when no actor is known by it
    events = [e for e in coded("A report by the Danube Policy Institute says Turkish troops pose a threat to civilians.").events
              if e.event_type == "ACCUSE"]
    assert [(e.actor.text, e.recipient.name) for e in events] == [("the Danube Policy Institute", "Turkey")]


def test_a_subject_that_names_no_party_is_judged_through_its_owner(coded_dyads):
    # "the conduct of the Turkish army": a deed is judged through whose it is
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi president said the conduct of the Turkish army was disgraceful.")


def test_extraposed_clause_names_the_judged(coded_dyads):
    # "it was shameful that Russia had ...": "it" stands for the clause, whose subject is judged
    assert ("ACCUSE", "United Kingdom", "Russia") in coded_dyads("The British foreign secretary said it was shameful that Russia had blocked the vote.")
    assert ("SUPPORT", "France", "Jordan") in coded_dyads("The French foreign minister said it was encouraging that Jordan had reopened its border.")
    # an infinitive's subject after "for" is judged; with none, "it" names no one (an expletive
    # is never resolved to an actor named before)
    assert ("ACCUSE", "Iran", "United States") in coded_dyads("The Iranian president said it was unacceptable for American troops to remain in Syria.")
    dyads = coded_dyads("Russia attacked Idlib on Monday. The Turkish minister said it was shameful to bomb hospitals.")
    assert not [e for e in dyads if e[0] == "ACCUSE"]
    # an organ of no state named is no one in particular to judge
    dyads = coded_dyads("The Iranian president said it was unacceptable for foreign troops to remain in the country.")
    assert not [e for e in dyads if e[0] == "ACCUSE"]


def test_harsh_judgement_of_a_proposal_rejects_it(coded_dyads):
    # to call a demand or a claim baseless is to reject it; whose it is, is the recipient
    assert ("REJECT", "Iran", "United States") in coded_dyads("Iran said the American demands were unrealistic.")
    assert not [e for e in coded_dyads("Iran said the American demands were unrealistic.") if e[0] == "ACCUSE"]


def test_own_act_of_judging_in_the_clause_is_not_the_speakers_judgement(coded_dyads):
    # "said Iran thanked Russia": Iran thanks Russia; the speaker praises no one
    dyads = coded_dyads("The Iraqi president said Iran thanked Russia for its help.")
    assert ("SUPPORT", "Iran", "Russia") in dyads and not [e for e in dyads if e[1] == "Iraq"]


def test_regarding_someone_as_a_villain_or_a_hero_judges_them(coded_dyads):
    # a head of state acts for the state
    assert ("ACCUSE", "Turkey", "France") in coded_dyads("Erdogan called the French president a hypocrite on Sunday.")
    assert ("SUPPORT", "Iraq", "Kurdish") in coded_dyads("The Iraqi president described the Kurdish fighters as heroes.")


def test_a_standing_view_is_no_statement(coded_dyads):
    # the present of a verb of regarding, or one in a relative clause, tells a stance, not a speech act
    assert not [e for e in coded_dyads("Turkey regards the YPG as a terrorist organisation.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The Kurdish fighters, whom Ankara regards as terrorists, advanced on Monday.") if e[0] == "ACCUSE"]


# -- who speaks, and of whom ----------------------------------------------------------------------

def test_we_and_i_in_quoted_words_are_the_speaker_a_pronoun_names(coded_dyads):
    text = "Binali Yildirim, the Turkish prime minister, spoke in London on Monday. He said: \"We see the YPG as a terrorist organisation.\""
    # the prime minister speaks for Turkey
    assert ("ACCUSE", "Turkey", "People's Protection Units") in coded_dyads(text)
    text = "Brett McGurk resigned on Friday. The reporter Jason Rezaian wrote: \"As an American citizen, I thank him deeply for his service.\""
    assert ("SUPPORT", "Jason Rezaian", "Brett McGurk") in coded_dyads(text)


def test_the_doer_of_a_condemned_act_is_named_by_its_by_phrase(coded_dyads):
    assert ("ACCUSE", "Saudi Arabia", "Iran") in coded_dyads("\"I condemn this attack by Iran,\" the Saudi foreign minister said.")


def test_it_and_they_are_not_a_person_who_speaks(coded_dyads):
    text = "\"If the Security Council wants to save lives, it must enforce the resolution,\" said Ibrahim Jones, a Syrian activist."
    assert ("REQUEST", "Ibrahim Jones", "United Nations Security Council") in coded_dyads(text)


# -- of whom an obligation is demanded ------------------------------------------------------------

def test_passive_obligation_is_asked_of_its_agent(coded_dyads):
    dyads = coded_dyads("The Kurdish official said the prisoners must be tried by the Iraqi courts.")
    assert [e for e in dyads if e[0] == "REQUEST" and e[2] == "Iraq"]


def test_obligation_for_civilians_is_asked_of_no_one_named(coded_dyads):
    dyads = coded_dyads("The British minister said the orphans must be brought home.")
    assert ("REQUEST", "United Kingdom", None) in dyads
    assert not [e for e in dyads if e[0] == "REQUEST" and e[2] is not None]
    dyads = coded_dyads("The EU commissioner insisted refugees need to return in safety and dignity.")
    assert ("REQUEST", "European Union", None) in dyads
    assert ("REQUEST", "European Union", "Iraq") in coded_dyads("The EU commissioner said Iraq must cooperate with the inspectors.")


def test_a_state_of_affairs_is_no_one_judged(coded_dyads):
    dyads = coded_dyads("The American secretary of state said the Syrian conflict would destabilise the whole region.")
    assert not [e for e in dyads if e[0] == "ACCUSE" and e[2] == "Syria"]


def test_a_feeling_about_someones_deed_criticises_or_praises_it(coded_dyads):
    assert ("ACCUSE", "United States", "Turkey") in coded_dyads("The US secretary of state said he was concerned about Turkey's offensive in northern Syria.")
    # (a parse that reads the feeling as a passive participle)
    dyads = coded_dyads("The French foreign minister said Tuesday he was \u201cconcerned\u201d about Russia\u2019s strikes on Idlib.")
    assert ("ACCUSE", "France", "Russia") in dyads
    assert ("SUPPORT", "Jordan", "European Union") in coded_dyads("The Jordanian king said Jordan was pleased with the help of the European Union.")
    assert not [e for e in coded_dyads("The US secretary of state said he was not concerned about Turkey's offensive.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The US secretary of state said he was worried about the weather.") if e[0] == "ACCUSE"]


def test_the_speaker_of_a_purpose_clause_is_the_main_subject(coded_dyads):
    assert ("ACCUSE", "United States", "Iraq") in coded_dyads("The US president took to Twitter to say the Iraqi decision was a huge mistake.")


# -- whom a refusal or a denial answers -----------------------------------------------------------

def test_a_denial_answers_the_accuser(coded_dyads):
    text = "Syria accused Turkey of breaking the truce on Saturday. Turkey denied on Sunday that it was bound by the truce."
    assert ("REJECT", "Turkey", "Syria") in coded_dyads(text)
    assert ("REJECT", "Russia", "France") in coded_dyads("France accused Moscow of stalling the talks, a charge refuted by Russia.")


def test_a_denial_answers_the_accuser_not_what_it_is_about(coded):
    # "denied any links to Islamic State": the links are the denial's topic; Egypt made the charge
    text = "Egypt accused Hamas of ties to Islamic State on Monday. Hamas denied any links to Islamic State."
    [denial] = [e for e in coded(text).events if e.event_type == "REJECT"]
    assert (denial.actor.name, denial.recipient.name, denial.status) == ("Hamas", "Egypt", "occurred")
    # no one accused it: the denial answers no one named; Islamic State is the other end of the
    # bond denied, not whom the denial is aimed at (refusals.answers_no_topic)
    [alone] = [e for e in coded("Hamas denied any links to Islamic State.").events if e.event_type == "REJECT"]
    assert (alone.actor.name, alone.recipient and alone.recipient.name, alone.status) == ("Hamas", None, "occurred")


def test_a_claim_referred_back_to_is_whoever_just_made_it(coded):
    # "the claim": the subject of the verb of saying before it, in its sentence or the one before
    [rejected] = [e for e in coded("Russia said the strikes had killed 30 militants. Turkey rejected the claim on Monday.").events
                  if e.event_type == "REJECT"]
    assert (rejected.actor.name, rejected.recipient.name, rejected.status) == ("Turkey", "Russia", "occurred")
    [disputed] = [e for e in coded("Iran announced that the talks had failed, but the claim was disputed by Qatar.").events
                  if e.event_type == "REJECT"]
    assert (disputed.actor.name, disputed.recipient.name, disputed.status) == ("Qatar", "Iran", "occurred")


def test_a_claim_that_says_whose_it_is_or_is_indefinite_is_not_referred_back(coded):
    [rejected] = [e for e in coded("Russia said the strikes had killed 30 militants. Turkey rejected a claim by Syria.").events
                  if e.event_type == "REJECT"]
    assert rejected.recipient is None or rejected.recipient.name != "Russia"


def test_a_report_is_by_the_author_named_where_it_comes_again(coded):
    text = "Turkey condemned a report urging Europe to halt arms sales. The report by Amnesty International was published on Monday."
    [condemned] = [e for e in coded(text).events if e.event_type == "ACCUSE"]
    assert (condemned.actor.name, condemned.recipient.name, condemned.status) == ("Turkey", "Amnesty International", "occurred")
    # an author the dictionary does not know is named by its words
    text = "Turkey condemned a report urging Europe to halt arms sales. The report by the Meridian Policy Institute was published on Monday."
    [condemned] = [e for e in coded(text).events if e.event_type == "ACCUSE"]
    assert (condemned.actor.name, condemned.recipient.text, condemned.status) == ("Turkey", "the Meridian Policy Institute", "occurred")
    [alone] = [e for e in coded("Turkey condemned a report urging Europe to halt arms sales on Monday.").events if e.event_type == "ACCUSE"]
    assert alone.recipient is None


def test_a_denial_with_no_accusation_before_answers_no_one(coded_dyads):
    assert ("REJECT", "Iran", None) in coded_dyads("Iran denied the report on Sunday.")
    # an accusation of someone else is not what the denier answers
    assert ("REJECT", "Iran", None) in coded_dyads("France accused Russia of stalling the talks. Iran denied the report on Sunday.")


# -- statements in quoted words whose verb of saying is in another sentence ----------------------

def test_a_later_sentence_of_a_quote_judges_in_the_speakers_name(coded_dyads):
    text = "The Kurdish groups said on Sunday: \"We will resist. Turkey's army has committed numerous war crimes in Afrin.\""
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads(text)


def test_an_earlier_sentence_of_a_quote_demands_in_the_speakers_name(coded_dyads):
    text = "\"Iraq must take back its own citizens. We cannot hold them forever,\" the SDF spokesman said."
    assert ("REQUEST", "Syrian Democratic Forces", "Iraq") in coded_dyads(text)


def test_quoted_words_of_expectation_or_of_the_speakers_side_are_no_statement(coded_dyads):
    text = "\"Turkey should be able to finish the job. We must be careful,\" the US president said."
    assert not [e for e in coded_dyads(text) if e[0] == "REQUEST"]
    assert not [e for e in coded_dyads("The Kurdish groups said on Sunday: \"We will resist. This is barbaric.\"") if e[0] == "ACCUSE"]


def test_being_ready_is_demanded(coded_dyads):
    # "must be ready to": an obligation (to be prepared), unlike "should be able to"
    assert ("REQUEST", "Egypt", "United States") in coded_dyads("The Egyptian president said the United States must be ready to mediate between the two sides.")


def test_reported_blame_is_criticism(coded):
    # a judgement of blame is coded as criticism (CAMEO 111), PLOVER's "disapprove"
    record = coded("The Iraqi president said Turkey had behaved shamefully at the summit.")
    assert [(e.mode, e.cameo) for e in record.events if e.event_type == "ACCUSE"] == [("disapprove", "111")]


# -- warnings: of another party's harm an accusation, of one's own action a threat ----------------

def test_warning_of_another_partys_harm_accuses_it(coded_dyads):
    # "warned that X's assault would lead to a catastrophe": blames X, threatens no one
    dyads = coded_dyads("The UN warned that Russian airstrikes were killing civilians in Idlib.")
    assert ("ACCUSE", "United Nations", "Russia") in dyads
    assert not [e for e in dyads if e[0] == "THREATEN"]
    # the object read as the subject of a clause with none of its own
    assert ("ACCUSE", "European Union", "Lebanon") in coded_dyads(
        "The European Union warned the Lebanese government was trying to force the refugees home.")


def test_warning_of_own_action_or_of_a_price_to_pay_threatens(coded_dyads):
    assert ("THREATEN", "United States", "Syria") in coded_dyads(
        "The White House warned that the US would respond swiftly if Assad used chemical weapons again.")
    assert ("THREATEN", "Turkey", "Kurdish") in coded_dyads("Turkey warned that Kurdish militias would pay a heavy price.")
    assert ("THREATEN", "Turkey", "Syria") in coded_dyads("Turkey warned the Syrian government that it risked a confrontation.")


def test_a_price_foretold_in_reported_speech_threatens_the_clause_subject(coded_dyads):
    # "said X would face consequences": a threat to X; a price already paid is told, not foretold
    assert ("THREATEN", "Iran", "Israel") in coded_dyads("Iran said on Monday that Israel would face consequences if it struck again.")
    assert ("THREATEN", "Turkey", "Syria") in coded_dyads("The Turkish president said Damascus would regret its decision.")
    assert not [e for e in coded_dyads("The minister said the Kurds faced serious consequences last year.") if e[0] == "THREATEN"]


# -- clauses said alongside the reported one --------------------------------------------------------

def test_a_participle_of_saying_hung_under_the_reported_clause_is_the_speakers(coded_dyads):
    # "adding that ...": the parse hangs it under "Turkey had a duty"; the minister adds, not Turkey
    dyads = coded_dyads("The Iraqi minister said Turkey had a duty to the refugees, adding that Ankara had behaved shamefully.")
    assert ("ACCUSE", "Iraq", "Turkey") in dyads


def test_a_clause_coordinated_with_the_reported_one_is_said_too(coded_dyads):
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Iran was a large country and Turkey had behaved shamefully.")
    # (sharing the first clause's subject)
    assert ("ACCUSE", "Iraq", "Iran") in coded_dyads("The Iraqi minister said Iran was a large country and had behaved shamefully.")


def test_the_speakers_own_understanding_is_their_judgement(coded_dyads):
    text = "\u201cWe understand that the Kurds have been instrumental in the fight,\u201d the British minister said."
    assert ("SUPPORT", "United Kingdom", "Kurdish") in coded_dyads(text)
    assert ("ACCUSE", "United Kingdom", "Iran") in coded_dyads("\u201cWe realise that Iran has misled the inspectors,\u201d the British minister said.")
    assert not [e for e in coded_dyads("\u201cWe do not understand why Iran was helpful,\u201d the British minister said.") if e[0] == "SUPPORT"]


def test_a_pronoun_of_whoever_is_no_one_judged(coded_dyads):
    # "everybody appreciates that" judges no party: the clause before it still does
    text = ("Islamic State fighters attacked the town on Monday. \u201cWe understand that the Kurds have been instrumental "
            "in taking the fight to Daesh, and everybody appreciates that,\u201d the British minister said.")
    dyads = coded_dyads(text)
    assert ("SUPPORT", "United Kingdom", "Kurdish") in dyads
    assert not [e for e in dyads if e[0] == "SUPPORT" and e[2] != "Kurdish"]


def test_alarm_at_a_deed_criticises_its_doer(coded_dyads):
    assert ("ACCUSE", "France", "Turkey") in coded_dyads("The French foreign minister said Turkey's offensive was alarming.")
    assert not [e for e in coded_dyads("The French foreign minister said the situation in Idlib was alarming.") if e[0] == "ACCUSE"]


def test_a_deed_called_a_mistake_judges_whose_deed_it_is(coded_dyads):
    assert ("ACCUSE", "France", "United States") in coded_dyads("The French president called Washington's decision a grave mistake on Monday.")
    assert ("ACCUSE", "France", "Turkey") in coded_dyads("The French foreign minister described Turkey's offensive as alarming.")
    # in the passive the "by" agent judges, also where the parse hangs it from the predicative
    assert ("ACCUSE", "France", "Turkey") in coded_dyads("Turkey's offensive was described as alarming by the French foreign minister.")
    assert not [e for e in coded_dyads("The French foreign minister described the situation in Idlib as alarming.") if e[0] == "ACCUSE"]


def test_fearing_what_another_party_does_criticises_it(coded_dyads):
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads("The Kurdish officials said they fear that the Turkish army aims to change the demography of the town.")
    assert ("ACCUSE", "France", "Turkey") in coded_dyads("The French minister said he was concerned that Turkey was arming the rebels.")
    # a state of affairs, or a party that suffers, is not blamed
    assert not [e for e in coded_dyads("The French minister said he feared that the Syrian war would spread.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The French minister said he feared that Turkey would be attacked.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The French minister said he did not fear that Turkey would arm the rebels.") if e[0] == "ACCUSE"]


def test_an_object_complement_parsed_as_an_apposition_is_the_description(coded_dyads):
    assert ("ACCUSE", "France", "United States") in coded_dyads("Paris called Washington's decision a grave mistake.")
    # one set off by commas is an apposition: "called" is to phone
    assert not [e for e in coded_dyads("Erdogan called Assad, a terrorist, on Monday.") if e[0] == "ACCUSE"]


def test_what_was_said_in_a_statement_or_around_the_verb_of_saying(coded_dyads):
    # the that-clause the parse hangs from the medium ("in a statement that ...")
    text = "The Kurdish officials said in a statement that Turkey's offensive was a violation of international law."
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads(text)
    assert ("REQUEST", "Iraq", "Turkey") in coded_dyads("The Iraqi president said in an interview that Turkey must withdraw its troops.")
    # a verb of saying set inside the clause it reports
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads("Turkey, the Kurdish officials said, had committed war crimes.")
    assert ("REQUEST", "Iraq", "Turkey") in coded_dyads("Turkey, the Iraqi president said, must withdraw its troops.")


def test_the_words_of_the_subjects_own_judging_are_its_own(coded_dyads):
    # "recognised Turkey's legitimate right": the US judges, not the speaker of the US
    dyads = coded_dyads("The British minister said the US also recognised Turkey's legitimate right to protect its citizens.")
    assert not [e for e in dyads if e[0] == "SUPPORT" and e[1] == "United Kingdom"]
    # words of the other kind under it are the speaker's judgement of the subject
    assert ("ACCUSE", "Turkey", "United States") in coded_dyads("The Turkish president said the US was supporting terrorists.")


def test_to_be_to_blame_is_to_be_blamed(coded_dyads):
    # "X was to blame": the speaker blames X, whatever for; X blames no one
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads("The Kurdish officials said Turkey was to blame for the deaths.")
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads("The Kurdish officials said Turkey was to blame.")
    assert not [e for e in coded_dyads("The Kurdish officials said Turkey was to blame for the deaths.") if e[1] == "Turkey"]


def test_holding_someone_responsible_blames_them(coded_dyads):
    assert ("ACCUSE", "Kurdish", "Turkey") in coded_dyads("The Kurdish officials held Turkey responsible for the attack.")
    assert ("ACCUSE", "France", "Russia") in coded_dyads("The French minister held Russia responsible for the strikes on Idlib.")
    assert not [e for e in coded_dyads("The Kurdish officials did not hold Turkey responsible for the attack.") if e[0] == "ACCUSE"]
    # one described as responsible, whom another verb acts on, is not held so by its subject
    assert not [e for e in coded_dyads("The Kurdish officials arrested a man responsible for the attack.") if e[0] == "ACCUSE"]


def test_an_obstacle_is_blamed_and_credit_is_praise(coded_dyads):
    assert ("ACCUSE", "Iran", "United States") in coded_dyads("Iran said the US was the main obstacle to peace.")
    assert ("SUPPORT", "France", "Jordan") in coded_dyads("The French minister said Jordan deserved credit for its efforts.")


def test_a_warning_of_what_unnamed_police_will_do_is_the_warners_threat(coded_dyads):
    # forces of no named state in an official's warning are the official's own
    dyads = coded_dyads("The Egyptian interior minister warned that police would break up any further rallies.")
    assert [d for d in dyads if d[0] == "THREATEN"] and not [d for d in dyads if d[0] == "ACCUSE"]


# -- dismissals and pronouns that go on with the reported clause's subject ------------------------

def test_telling_someone_to_go_away_rejects_them(coded_dyads):
    # a directive whose infinitive sends the one told away is a rebuff (REJECT), not a request;
    # "to" may hang from the passive auxiliary ("to get lost")
    assert ("REJECT", "Iraq", "Turkey") in coded_dyads("The Iraqi army has told the Turks, in effect, to get lost.")
    assert ("REJECT", "Russia", "United States") in coded_dyads("Moscow told Washington to mind its own business.")
    # (the parse may label the infinitive after the object of "tell" adverbial)
    assert ("REJECT", "Iraq", "Turkey") in coded_dyads("The Iraqi government told the Turks, in effect, to get lost.")
    events = coded_dyads("The Iraqi government told the Turks to withdraw.")
    assert ("REQUEST", "Iraq", "Turkey") in events and not [e for e in events if e[0] == "REJECT"]


def test_pronoun_of_an_added_judgement_is_the_reported_clauses_subject(coded_dyads):
    # "said Turkey had a duty ..., adding that it behaved shamefully": the pronoun goes on with
    # the subject of the clause the participle hangs from, not the speaker
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads(
        "The Iraqi minister said Turkey had a duty to the refugees, adding that it behaved shamefully.")
    # the speaker's own "he" with nothing else named is no judgement of anyone
    assert not [e for e in coded_dyads("The Iraqi minister said he had a duty to the refugees, adding that he behaved shamefully.")
                if e[0] == "ACCUSE"]


def test_standing_outside_a_law_accuses(coded_dyads):
    # a copular predicate "in breach of", "in violation of", "against" or "contrary to" a law
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said the Turkish strikes were in violation of international law.")
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Turkey's offensive was contrary to international law.")
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Turkey's offensive was against international law.")
    assert ("ACCUSE", "Iraq", "Turkey") in coded_dyads("The Iraqi minister said Turkey was in breach of the ceasefire.")
    # negated, or a party against an accord (its own stance), is no accusation
    assert not [e for e in coded_dyads("The Iraqi minister said Turkey's offensive was not against international law.") if e[0] == "ACCUSE"]
    assert not [e for e in coded_dyads("The Iraqi minister said Turkey was against the agreement.") if e[0] == "ACCUSE"]


def test_finding_something_so_judges_it(coded_dyads):
    # "find" with an object complement or a that-clause judges as "describe" and "say" do
    assert ("REJECT", "Iraq", "Turkey") in coded_dyads("The Iraqi government found the Turkish proposal unacceptable.")
    assert ("ACCUSE", "United Nations", "Turkey") in coded_dyads("A UN inquiry found that Turkish forces had committed war crimes.")
    # finding someone somewhere judges no one
    assert not [e for e in coded_dyads("Iraqi troops found the Turkish soldiers in a village.") if e[0] in ("ACCUSE", "SUPPORT", "REJECT")]


# -- what an agreement covers, as a party says it (scopes.py) ------------------------------------

def test_saying_an_agreement_covers_a_party_asks_it_to_keep_it(coded_dyads):
    assert ("REQUEST", "Syria", "Turkey") in coded_dyads("Syria claimed that the ceasefire applied to Turkish forces in Afrin.")
    assert ("REQUEST", "Russia", "Turkey") in coded_dyads("Moscow said the truce covered Turkish troops.")
    # a deal that "included" a party may let it go or make it a party: no demand
    assert not [e for e in coded_dyads("The council insisted the agreement included the foreign jihadists.") if e[0] == "REQUEST"]


def test_saying_an_agreement_leaves_a_party_out_rejects_it(coded_dyads):
    assert ("REJECT", "Russia", "Islamic State") in coded_dyads("Russia said the truce did not apply to Islamic State.")
    # a place held stands for its holders; a place alone is no party
    assert ("REJECT", "Iran", "rebels") in coded_dyads("The Iranian army chief insisted the ceasefire did not apply in areas held by the rebels.")
    assert not coded_dyads("Russia said the truce did not apply in Idlib.")
    # a scope told, not said by anyone, is a term of the agreement
    assert not coded_dyads("The ceasefire does not apply to Islamic State.")


def test_an_act_judged_with_no_doer_of_its_own_is_the_addressees(coded_dyads):
    # "told Washington it was a mistake to hold the summit": the one told would do it
    assert ("ACCUSE", "France", "United States") in coded_dyads("The French minister told Washington it was a mistake to hold the summit.")
    # said to no one, the act is no one's
    assert not [e for e in coded_dyads("The French minister said it was a mistake to hold the summit.") if e[0] == "ACCUSE"]


def test_denied_wisdom_or_fitness_is_blame(coded_dyads):
    # a negated predicate judges no one, except when what is denied is wisdom or fitness
    assert ("ACCUSE", "European Union", "United States") in coded_dyads("The EU told Washington it was not a very smart idea to hold a summit.")
    assert ("ACCUSE", "Turkey", "Iran") in coded_dyads("The Turkish minister said Iran's stance was not helpful.")
    assert not [e for e in coded_dyads("The Turkish minister said Iran was not a terrorist state.") if e[0] == "ACCUSE"]


def test_concern_for_someones_fate_judges_no_one(coded_dyads):
    # a feeling about the lot of those it befalls is concern for them, not a judgement of anyone
    assert not [d for d in coded_dyads("The UN said it was deeply concerned about the safety of civilians in Idlib.") if d[0] == "ACCUSE"]
    assert not [d for d in coded_dyads("The agency said it was worried about the fate of the children in the camps.") if d[0] == "ACCUSE"]
    # about someone's doing it criticises the doer
    assert ("ACCUSE", "United Nations", "Turkey") in coded_dyads("The UN said it was deeply concerned about Turkey's offensive in Afrin.")
