"""Word lists the components share: titles, speech verbs, spokesperson nouns, first names.

Written for this project (UK local news conventions). Lower-case throughout.
"""
from __future__ import annotations

from nlp.components.first_name_lists import MORE_FEMALE_NAMES, MORE_MALE_NAMES

# Honorifics and titles kept apart from a person's name ("Councillor Liz Amberley" -> title
# "Councillor", name "Liz Amberley"). Value: the gender the title implies, or None.
TITLES: dict[str, str | None] = {
    "councillor": None, "cllr": None, "cllr.": None, "coun": None, "coun.": None,
    "dr": None, "dr.": None, "doctor": None, "prof": None, "prof.": None, "professor": None,
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "mx": None, "sir": "m", "dame": "f", "lord": "m", "lady": "f", "baroness": "f",
    "baron": "m", "rev": None, "rev.": None, "revd": None, "reverend": None,
    "canon": None, "father": "m", "fr": "m", "fr.": "m", "bishop": None, "rt": None, "hon": None,
    "alderman": None, "judge": None, "inspector": None, "sergeant": None,
    "recorder": None,  # a part-time judge in England and Wales ("Recorder Anne Quigley")
    # British police ranks as papers abbreviate them ("Det Con Ryan Hughes", "PC Jo Bell")
    "det": None, "det.": None, "con": None, "pc": None, "dc": None, "ds": None, "di": None, "dci": None,
    "sgt": None, "sgt.": None, "insp": None, "insp.": None, "supt": None, "supt.": None,
}

# Titles before "Justice" in an English judge's style ("Mr Justice Caldwell", "Lord Justice
# Ames"): "Justice" is then part of the title, not a first name.
JUDGE_TITLES_BEFORE: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "lord", "lady"})

# Honours and offices written after a name ("Patricia Loughlin JP", "Dame Ann Hale DBE"): kept
# out of a person's name (person_extent.POST_NOMINALS) and off a speaker's (quoting/plain_names.py).
HONOURS: frozenset[str] = frozenset({"obe", "mbe", "cbe", "dbe", "kbe", "bem", "qc", "kc", "jp", "dl"})

# Speech and attribution verbs, as inflected forms (the pipeline runs without a lemmatizer).
SPEECH_CUES: frozenset[str] = frozenset(
    """say says said saying add adds added adding tell tells told telling explain explains
    explained warn warns warned warning claim claims claimed insist insists insisted state
    states stated comment comments commented continue continues continued argue argues argued
    note notes noted admit admits admitted reply replies replied respond responds responded
    ask asks asked confirm confirms confirmed announce announces announced write writes wrote
    urge urges urged stress stresses stressed suggest suggests
    suggested acknowledge acknowledges acknowledged concede concedes conceded reveal reveals
    revealed declare declares declared promise promises promised pledge pledges pledged vow
    vows vowed predict predicts predicted tweet tweets tweeted
    describe describes described
    complain complains complained allege alleges alleged accuse accuses accused criticise
    criticises criticised demand demands demanded asking shout shouts shouted cry cries cried
    exclaim exclaims exclaimed joke jokes joked""".split()
)

# Verbs that introduce a characterisation in quotes: labelled it "disastrous".
LABEL_CUES: frozenset[str] = frozenset(
    """label labels labelled labeled labelling call calls called calling brand brands branded
    branding dub dubs dubbed dubbing term terms termed describe describes described
    describing""".split()
)

ALL_CUES = SPEECH_CUES | LABEL_CUES

# "the council's contractor": the body is the one the possessive owns, not the owner.
OWNED_BODIES: frozenset[str] = frozenset({"contractor", "contractors", "provider", "supplier", "partner", "agency",
                                          "operator", "company", "firm", "subsidiary"})

# Head nouns of speakers written as a role for an organisation.
SPOKES_NOUNS: frozenset[str] = frozenset(
    """spokesman spokeswoman spokesperson spokespeople representative representatives
    source sources""".split()
)

# Words before a quotation that mark it as a title or a name, not speech.
TITLE_MARKERS: frozenset[str] = frozenset(
    """report reports document study review book film campaign scheme programme programmes
    initiative policy strategy titled entitled headlined named known so-called show
    project plan motion petition paper consultation""".split()
)

# Generic references to an organisation, and the kind they resolve to.
ORG_REFERENCES: dict[str, str] = {
    "council": "council", "authority": "council", "county council": "council",
    "trust": "academy_trust", "academy trust": "academy_trust",
    "multi-academy trust": "academy_trust", "union": "union", "unions": "union",
    "academy": "school", "school": "school", "college": "school",
    "company": "company", "firm": "company", "contractor": "company",
    "department": "government", "government": "government", "watchdog": "government",
}

PRONOUNS: dict[str, str | None] = {"he": "m", "she": "f", "they": None}

# Common first names in the UK (and, on the middle lines, in the US; on the last, Welsh,
# Scottish, Irish and British Asian names) by gender, used to resolve he/she; names given
# to both sexes are left out. Unknown names match either pronoun. More names: first_name_lists.py.
MALE_NAMES = frozenset(
    """aaron adam adrian alan alastair alex alexander alistair andrew andy anthony arthur
    barry ben benjamin bernard bill billy bob brian bruce callum carl charles charlie chris
    christopher clive colin craig daniel danny darren david dean dennis derek dominic donald
    douglas duncan ed eddie edward ellis eric frank fred gareth gary gavin geoff geoffrey
    george gerald gordon graham greg gregory harry henry howard hugh iain ian jack jacob
    jake james jamie jason jeff jeremy jim jimmy joe john jon jonathan joseph josh joshua
    julian justin keith kevin kieran lee leo leon lewis liam luke malcolm marcus mark martin
    matt matthew michael mike mohammed muhammad neil nicholas nick nigel noah oliver oscar
    owen patrick paul peter phil philip ralph raymond richard rob robert robin roger ross
    roy russell ryan sam samuel scott sean simon stephen steve steven stuart ted terry thomas
    tim timothy toby tom tony trevor wayne william
    al albert allen andre antonio arnold barack bernie bobby brad bradley brandon brett bryan
    carlos chad chuck clarence clark cory corey curtis dale dan dave dick don doug dwight earl
    elijah ernest eugene francis frederick gene glenn hank harold harvey herbert jared jay jeb
    jerry jesse joel johnny jorge jose juan karl ken kenneth kirk kyle larry lawrence leonard
    lloyd louis luis lyndon marco mario marvin maurice melvin mitch mitchell mitt nathan
    nathaniel norman orrin pete randy ray reggie reince rick ricky rod rodney ron ronald rudy
    shawn stanley theodore todd travis troy vernon victor vince vincent walter wesley willie
    woodrow zach zachary
    rhys dylan huw dafydd gethin geraint aled owain rhodri ieuan emyr hamish euan ewan lachlan
    calum alasdair ciaran declan cormac eoin seamus padraig niall conor fergus imran tariq
    omar hassan ahmed sanjay rajesh ravi vikram amir kwame
    mick fraser rory shaun ollie alfie archie reece""".split()
) | MORE_MALE_NAMES
FEMALE_NAMES = frozenset(
    """abigail alice alison amanda amber amelia amy andrea angela ann anna anne annette
    barbara beth bethany brenda carol caroline catherine charlotte chloe christine claire
    clare debbie deborah denise diana diane donna dorothy eleanor elizabeth ella ellie emily
    emma esther eve fiona frances gemma georgia gillian grace hannah harriet hayley heather
    helen holly isabel isabella jackie jacqueline jade jane janet janice jean jennifer
    jenny jess jessica jill jo joan joanna joanne josephine julia julie karen kate katherine
    kathryn katie kelly kerry kim laura lauren linda lisa liz lorraine louise lucy lynn
    maggie margaret maria marie mary megan melanie michelle natalie nicola nicole olivia
    pam pamela patricia paula pauline penny philippa rachel rebecca ruth sally samantha sandra
    sara sarah sharon sheila shirley sophie stella stephanie sue susan suzanne tina tracey
    valerie vanessa victoria wendy yvonne zoe
    alexandra alexis allison ashley becky betsy betty beverly bonnie brittany candace carla
    carly carolyn cathy cheryl christina cindy connie cynthia dawn debra dianne dolores doris
    edith elaine eileen elena ellen erica erin evelyn gina gloria gretchen gwen heidi hillary
    huma irene jeanne joyce judith judy kamala kathleen kathy kellyanne kirsten kristen kristin
    lillian lois loretta lori maureen maxine meghan melania melissa michele monica nancy nikki
    nina norma paige patty peggy phyllis rita roberta rosa rose rosemary sheryl sonia stacey
    sylvia tammy tanya teresa theresa tiffany tulsi wanda yolanda
    bethan catriona siobhan niamh aoife sian rhian cerys carys ffion lowri catrin angharad
    eleri morag eilidh mhairi kirsty isla ailsa orla roisin sinead ciara aisling grainne priya
    anjali aisha ayesha fatima amina zainab yasmin nadia farah shabana nasreen parveen sunita
    meera
    leanne shona jodie kayleigh leah gail tracy natasha lesley lynne marion mandy danielle
    jemma mairi bernadette colette geraldine""".split()
) | MORE_FEMALE_NAMES
# Every first name of either list (lower case): a word that may open a person's name.
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES

# Head words of job titles (the tagger sometimes reads "chief executive" as adjectives).
ROLE_HEADS = frozenset(
    """executive officer director head headteacher teacher secretary leader member chair
    chairman chairwoman chairperson organiser organizer manager governor principal
    spokesman spokeswoman spokesperson councillor mayor minister president representative
    rep coordinator parent worker assistant deputy trustee founder owner commissioner
    inspector adviser advisor officer clerk convenor convener campaigner lead""".split()
)

# Nouns for documents that "say" things: the speaker is whoever issued them.
DOCUMENT_NOUNS = frozenset(
    """statement statements letter letters email emails report reports minutes notice
    message post document review study investigation findings survey leaflet leaflets
    poster posters sign signs banner banners placard placards website tweet accounts figures
    data documents papers records research analysis guidance filing filings petition petitions
    summary release note notes memo newsletter newsletters bulletin judgment judgement policy policies""".split()
)

# Role words the model sometimes puts inside a PERSON entity ("Cleaner Debbie Hollis").
ROLE_WORDS = ROLE_HEADS | frozenset(
    """cleaner caretaker cook chef nurse pupil student mum dad grandmother grandfather
    resident captain manager coach striker midfielder goalkeeper defender winger
    keeper full-back fullback centre-back skipper detective
    constable sergeant superintendent inspector officer firefighter mother father
    volunteer pensioner shopkeeper landlord driver shopper trader customer passenger commuter
    visitor neighbour ta treasurer vicar priest rector curate chaplain pastor imam rabbi
    librarian bursar receptionist technician""".split()
)

# The possessive ending as the tokenizer splits it off a name ("the trust's", "the trust’s"):
# the one home of this set (org_patterns.py's _POSSESSIVE also takes a bare apostrophe).
POSSESSIVE_S = frozenset({"'s", "’s"})
