"""What sort of organisation a name is, from the name alone, for names the gazetteer and
the registers do not know; and which capitalised phrases are not organisations at all.

- `infer_kind(name)`: council, academy_trust, school, union, company, government or other.
  A name is an academy trust only when shaped like one ("... Academy Trust", "... Learning
  Trust", "... Schools Partnership", "... Federation", or a plain "... Trust") and not a
  trust of another sort: NHS and other health trusts, police federations, leisure, housing,
  wildlife, heritage and other charitable trusts.
- `is_document(tokens)`: "Academy Trust Handbook", "Ofsted report": documents, not bodies.
- `is_fragment(tokens)`: a piece of a sentence or headline the model took for a name
  ("Suspended academy trust boss", "Plymouth academy trust outsources b").
"""
from __future__ import annotations

import re

# Trusts and federations that are not academy trusts: a word anywhere in the name.
NOT_SCHOOL_TRUST = re.compile(
    r"\b(nhs|hospitals?|health|healthcare|care|ambulance|mental|clinical|hospice|cancer|medical|"
    r"police|constabulary|fire|leisure|sports?|football|cricket|rugby|golf|swimming|fitness|"
    r"housing|homes|wildlife|woodland|woodlands|national trust|canal|heritage|preservation|"
    r"conservation|historic|museums?|theatres?|arts|music|opera|landmark|charitable|"
    # "community trust" is a charity's, "... Learning Community Trust" a group of schools' (see _ACADEMY_TRUST)
    r"charity|benevolent|(?<!learning )community trust|land|development|regeneration|investment|unit|pension|"
    r"savings|building society|bank|energy|water|transport|zoo|zoological|marine|animal|dogs|"
    r"cats|horse|veterans|memorial|carers|foodbank|food bank|children's trust|childrens trust|youth|"
    r"family trust|railways?|tramway|civic|almshouses?|rivers? trust|gardens? trust|playing fields?|"
    r"churches|community foundation|allotments?|sailing|rowing|cycling|ramblers|scouts|"
    # civic charities of a place: "Holme Village Trust", "Alford Town Trust"
    r"village trust|town trust|parish trust|village hall|"
    # grant-giving charities that help pupils: "Elsie Smith Bursary Trust", "... Scholarship Trust"
    r"bursary|bursaries|scholarships?|grant[- ]making|endowment|"
    # leisure trusts named "... Active Trust"; cathedral, abbey and chapel trusts keep buildings
    r"active trust|cathedral trust|abbey trust|priory trust|chapel trust|"
    # "Wexham Maintained Schools Partnership": maintained schools are by definition no academies
    r"maintained)\b",
    re.I,
)

# Words of the list above that are also the second word of English place names ("Gorsey
# Bank", "Broad Water", "Fair Land"): they name another sort of trust only as the word
# before "Trust" or as the last word ("Downland Water Trust", "Westford Food Bank").
_PLACE_WORDS = frozenset({"bank", "land", "water"})


def not_school_trust(text: str) -> bool:
    """Whether a word of `text` says it is a trust of another sort (NOT_SCHOOL_TRUST), a
    place word only at the end: "Gorsey Bank Academies" runs schools, "Land Trust" does not."""
    for hit in NOT_SCHOOL_TRUST.finditer(text):
        if hit.group(0).lower() not in _PLACE_WORDS or text[hit.end():].strip().lower() in {"", "trust"}:
            return True
    return False


# Names that say outright that they are academy trusts.
# "... Catholic Academy Company" is how several diocesan trusts are registered (a company
# limited by guarantee that runs academies), like "... Multi-Academy Company".
_SURELY_ACADEMY_TRUST = re.compile(r"\b(academy trust|academies trust|multi[- ]academy (trust|company)|"
                                   r"academy company|academies company)\b", re.I)
# Words that describe schools in general ("English Schools' FA", "Catholic Schools Week"):
# before "Schools" alone they are no body's name.
_DESCRIBING_SCHOOLS = frozenset(
    """english british welsh scottish irish northern national independent catholic church anglican faith
    state rural village local small free special primary secondary grammar public private all county
    city community maintained""".split()
)
# Names shaped like an academy trust, unless a word says it is another sort of trust.
_ACADEMY_TRUST = re.compile(
    r"\b(learning trust|education trust|educational trust|schools trust|schools partnership|"
    r"partnership of schools|partnership trust|learning partnership|learning alliance|academies|federation(?! of)|"
    r"community learning|collaborative learning|education partnership|learning community|"
    # "Lisscombe Schools Alliance", "Coldwater Education Alliance": an alliance of schools is a trust's name
    r"(schools|education|academies) alliance|"
    # "Halden Learning Group": schools' name for a group (with Ltd or plc it is a firm's, read first)
    r"learning group|"
    r"diocesan .*trust|catholic .*trust|(primary|secondary|academies) partnership)\b"
    # "Lift Schools", "Wrenfield Schools": a group of schools, but not "English Schools" or
    # "Catholic Schools", words that describe schools rather than name a body
    r"|^(?!.*\b(and|&)\b)(?!(.*\b)?((con)?federation of|association of|network of|forum of|union of|council of))(?!(" + "|".join(sorted(_DESCRIBING_SCHOOLS)) + r")[’']? schools$)[\w'’ -]+ schools$",
    re.I,
)

# "Rural Schools Alliance", "National Education Alliance": words that describe schools in
# general before "Schools Alliance" make a campaign or network, not a trust
_DESCRIBED_ALLIANCE = re.compile(r"^(the )?((" + "|".join(sorted(_DESCRIBING_SCHOOLS)) + r") )+"
                                 r"(schools|education|academies) alliance$", re.I)

# "Blush & Bloom Hair Academy", "Seaview Football Academy": academies that are businesses.
# A company named for the academies it runs, as trusts are registered ("Penwith Academies Ltd",
# one company of several schools); "... Academy Ltd" (one) is as often a business.
_ACADEMIES_COMPANY = re.compile(r"\bacademies (ltd|limited)\.?$", re.I)
_TRADE_ACADEMY = re.compile(
    r"\b(hair|beauty|barbering|barber|nail|nails|football|soccer|rugby|cricket|tennis|golf|boxing|dance|"
    r"drama|stage|performing arts|skills|training|driving|coding|code|cookery|culinary|fitness|martial arts)"
    r" academy\b", re.I)
# Last words of a business's name: a bus or taxi firm, a building society, a newspaper, a
# caterer or a firm of solicitors ("Tarnford Buses", "Holm Valley Building Society", "Wexley
# Gazette", "Ashby Kitchens", "Crane & Sons"); not a campaign "for Safe Travel", nor the word alone.
_TRADE_NAME = re.compile(
    r"^(?!.*\bfor\b)\S.*\s(building society|buses|coaches|travel|taxis|cabs|freight|holdings|ventures|foods|produce|"
    r"dairies|bakery|nurseries|kitchens|staffing|build|landscapes|schoolwear|insolvency|solicitors|advisory|"
    r"restructuring|grounds maintenance|edtech|cic|gazette|echo|courier|chronicle|mercury|mutual|& sons)\.?$", re.I)
# A "... Service" in local news is the council's ("Wexham Music Service", "Inclusion Support
# Service", "Youth Justice Service"), unless it is the NHS's, a fire and rescue service, a
# church's or a national one ("Catholic Education Service", "Crown Commercial Service").
_COUNCIL_SERVICE = re.compile(
    r"^(?!.*\b(nhs|health|fire|rescue|ambulance|police|prison|probation|diocesan|diocese|catholic|church|deanery|"
    r"methodist|crown|national|commercial|payments|arbitration|civil|courts?|tribunals?)\b).*\S\s+service$", re.I)
_KIND_RULES = [
    (re.compile(r"\b(council|borough|authority|county hall)\b", re.I), "council"),
    # a council's own services and committees: "Passenger Transport Unit", "Home to School
    # Transport", "School Meals Service", "Virtual School", "Children's Scrutiny Committee"
    (re.compile(r"\b(scrutiny (committee|panel|board|management board|commission)|passenger transport|school transport|"
                r"send transport|admissions and transport|(?<!free )school meals|virtual school)\b"
                r"(?!.*\b(group|trust|charity|company)\b)", re.I), "council"),
    (_COUNCIL_SERVICE, "council"),
    (_TRADE_ACADEMY, "company"),
    (_TRADE_NAME, "company"),
    # "Brantshire Trust Leaders' Network", "Ripley Schools Forum", "Holm Teaching School Hub": a network
    # of people or bodies, not a body that runs schools
    (re.compile(r"\b(network|forum|society|club|association|committee|panel|hub)$", re.I), "other"),
    # "Calder Federation of Schools", "Kazakh Federation of Chess": a federation of members
    (re.compile(r"\b(con)?federation of\b", re.I), "other"),
    # "Friends of Holmwood School" (its supporters' charity), "Oldcastle Association of Primary
    # Headteachers" (its heads): named after schools, but no school
    (re.compile(r"^(the )?friends of\b|\bassociation of\b", re.I), "other"),
    # "University Technical College" is a sort of school (and "... UTC Trust" its trust)
    (re.compile(r"\b(university|universities)\b(?! technical college)", re.I), "other"),
    (re.compile(r"\b(police federation|police|constabulary|nhs|hospital|foundation trust|health services?)\b", re.I),
     "other"),
    (re.compile(r"\b(academy|school|college|primary|infants|juniors|nursery|utc|pupil referral unit)\b"
                r"(?!.*\b(trust|partnership|alliance|federation|foundation|company|group)\b)", re.I), "school"),
    (re.compile(r"\b(credit union|students['’]? union|student union|rugby union|european union)\b", re.I), "other"),
    (re.compile(r"\b(union|unison|unite|gmb|neu|nasuwt|naht|ascl|nut)\b", re.I), "union"),
    (re.compile(r"\b(ltd|limited|plc|llp|group|services|solutions|catering|stock exchange)\b", re.I), "company"),
    (re.compile(r"\b(systems|estates|supplies|fc|afc|consulting|consultancy|contractors|construction|cleaning|logistics|technologies|"
                r"technology|software|motors|builders|properties|property|associates)\.?$", re.I), "company"),
    # "Holt Mercer & Co", "Kingsgate Advisory Partners": a firm of accountants or consultants
    # (not "... Learning Partners", which would be schools')
    (re.compile(r" & co\.?$|(?<!learning )(?<!education )(?<!schools )\bpartners$", re.I), "company"),
    (re.compile(r"\b(department|ministry|ofsted|government|agency|commissioner|parliament|dfe|acas)\b", re.I),
     "government"),
    # courts and tribunals: "Tarrowby Crown Court", "Employment Tribunal"
    (re.compile(r"\b((crown|magistrates['’]?|county|high|supreme|family|coroner['’]?s) court|court of appeal|"
                r"tribunal)\b", re.I), "government"),
]


# Read before the shapes of trusts' names: "Mereside Teachers' Federation" (teachers
# federated: a union); "Trust for Developing Communities", "Schools Alliance for Fair
# Funding": a body named for its purpose, a charity or a campaign, not a trust's brand.
_BEFORE_TRUST_SHAPES = [
    (re.compile(r"\bteachers['’]? (federation|association)\b", re.I), "union"),
    (re.compile(r"\b(trust|alliance|partnership|federation) for\b", re.I), "other"),
]


# A company's legal ending: limited, public limited, limited liability partnership, community
# interest company (a CIC is never a charity, so never an academy trust). The one list of them:
# org_patterns, org_short_forms, org_cut, org_initials and orgs read the same endings.
LEGAL_ENDINGS = frozenset({"ltd", "limited", "plc", "llp", "cic"})
_LEGAL_ENDING = re.compile(rf"\b({'|'.join(sorted(LEGAL_ENDINGS))})\.?$", re.I)


def infer_kind(name: str) -> str:
    """The kind of an organisation from its name (names the gazetteer does not know)."""
    if re.search(r"\b(academy|academies|multi[- ]academy) trust (ltd|limited)\.?$", name, re.I):
        return "academy_trust"  # "Penwith Academy Trust Ltd": a trust's registered company name
    if _ACADEMIES_COMPANY.search(name) and not _TRADE_ACADEMY.search(name.replace("Academies", "Academy")):
        return "academy_trust"  # "Penwith Academies Ltd": a company that runs academies, not "Tarn Dance Academies Ltd"
    if _LEGAL_ENDING.search(name):
        return "company"  # "Teesside Schools Partnership Ltd", "Ouse Learning Trust Ltd", "... Partnership CIC"
    if _TRADE_ACADEMY.search(name):
        return "company"  # "Seaview Football Academy Company": a business, not a trust
    for pattern, kind in _BEFORE_TRUST_SHAPES:
        if pattern.search(name) and not _SURELY_ACADEMY_TRUST.search(name):
            return kind
    if (_SURELY_ACADEMY_TRUST.search(name) or re.search(r"\b(MAT|SAT)$", name)) and not re.search(r"\bpolice\b", name, re.I):
        return "academy_trust"
    if _ACADEMY_TRUST.search(name) and not not_school_trust(name) and not _DESCRIBED_ALLIANCE.match(name):
        return "academy_trust"
    for pattern, kind in _KIND_RULES:
        if pattern.search(name):
            return kind
    if re.search(r"['’]s trust$", name, re.I):
        # "St Haskett's Trust", "The Duke's Trust": a bare possessive names a charity; an academy
        # trust so named says so ("St Haskett's Learning Trust") or the text shows it (orgs.py)
        return "other"
    if re.search(r"\btrust\b", name, re.I) and not not_school_trust(name):
        return "academy_trust"  # "Eko Trust": in this domain, a plain trust runs schools
    return "other"


def name_says_kind(name: str) -> bool:
    """Whether a word of the name says what sort of body it is (a pattern of
    `infer_kind` matched), as opposed to the bare default: "Harrowgate Foundation",
    "Ashgrove Education" say nothing; "... Rivers Trust", "... Borough Council" do. A plain
    "... Trust" counts as saying nothing for sure either: most are academy trusts here,
    not all."""
    if _SURELY_ACADEMY_TRUST.search(name) or re.search(r"\b(MAT|SAT)$", name) or _LEGAL_ENDING.search(name):
        return True
    if _ACADEMY_TRUST.search(name) or not_school_trust(name):
        return True
    return any(pattern.search(name) for pattern, _ in _KIND_RULES)


def says_academy_trust(name: str) -> bool:
    """"... Academy Trust", "... Multi-Academy Company", "... MAT": the name says it outright."""
    return bool(_SURELY_ACADEMY_TRUST.search(name) or re.search(r"\b(MAT|SAT)$", name)) \
        and not re.search(r"\bpolice\b", name, re.I)


# Last words that make a capitalised phrase a document, programme, award, grant, event or building rather
# than a body ("Dedicated Schools Grant").
DOCUMENT_HEADS = frozenset(
    """handbook report reports guidance framework code act bill regulations manual directive
    review strategy plan policy agreement charter letter accounts inspection rating judgement
    judgment notice handbooks statement paper descriptors standards scheme articles warning
    fund funds programme programmes initiative award awards prize prizes medal hub areas zones
    guildhall stadium conference conferences festival summit expo fair week cup trophy championships
    ceremony gala survey surveys census prom proms amnesty arrangement arrangements curriculum grant grants
    masterplan specification prospectus qualification qualifications wage""".split()
)
# A building or place, not its operator: "Ise Valley Leisure Centre", "Kingsway Sports Centre",
# "Eastbrook Baths", "Dunham Moss Nature Reserve"; a hospital site, not the NHS trust that runs it
# ("Marlby General Hospital", "Wenbury Cottage Hospital"); a venue ("Tolbury Sports Arena",
# "Pellow Sports Hall"); a school's old premises ("the Old Board School": "Old" and a generic
# kind of school), a market hall ("the Corn Exchange").
_BUILDINGS = re.compile(r"\b((leisure|sports?|aquatics?|community|swimming|shopping|civic|visitor|conference|youth|trust) centre"
                        r"|nature reserve|country park|baths|lido|(general|cottage) hospital|arena|sports (hall|village)"
                        r"|corn exchange)$"
                        r"|^(the )?old (grammar|board|national|british|village|county|endowed|free|church) school$", re.I)
# Last words of a building or a site, never of a body (no set's writer counts one): "Faraday
# Building", "Riverside Pool", "Wendlebeck Priory" (its ruins); a campaign to save one is a
# group ("Save Ashcombe Pool").
_SITE_ENDS = frozenset({"building", "buildings", "pool", "pools", "priory", "abbey", "ruins"})
_CAMPAIGN_OPENERS = frozenset({"save", "keep", "protect", "friends"})
# A council's scrutiny committee is a part of the council, not a body of its own (the writers of
# nine sets of the eleven that name one: "Children and Young People Scrutiny Committee").
_COUNCIL_PARTS = re.compile(r"\bscrutiny (committee|panel|board|commission)$", re.I)
_BODY_FIRSTS = frozenset("organisation organization association union council federation confederation league".split())
# Hubs that are bodies, the networks England names so (Teaching School, Maths, Music, English
# and Family Hubs), not a "Careers Hub" programme or a "Community Hub" building.
_BODY_HUBS = frozenset("school maths music english family".split())
# Funds that are bodies in their own right (the International Monetary Fund).
_BODY_FUNDS = frozenset("monetary pension pensions investment wildlife".split())
# First words of documents named "X of Y" / "X to Y": "Scheme of Delegation", "Articles of
# Association", "Notice to Improve", "Financial Notice to Improve".
_DOCUMENT_FIRSTS = frozenset("scheme articles notice memorandum terms code letter".split())
# Offices and terms that the model sometimes tags as organisations.
_OFFICES = frozenset("secretary minister chancellor bishop archbishop".split())
# Last words of bodies named after an office holder: "Bishop Amwell Academies".
_NAMED_BODY_ENDS = frozenset("trust academies academy school schools college partnership foundation federation "
                             "alliance learning education collaborative".split())
# School subjects and sectors ("the PE lead", "an FE college"), a family doctor ("a GP"),
# honours ("OBE") and teaching terms ("PPA time") are no bodies either.
NOT_ORG_TERMS = frozenset(
    """TUPE MAT MATs SAT SATs SEND SEN EHCP EHCPs GCSE GCSEs PFI KS1 KS2 LGPS NQT ECT CEO CFO Bishop
    Archbishop FOI FOIs PE FE ICT PSHE RSE GP GPs CCTV OBE MBE CBE PPA QTS""".split()
)

# Lower-case words that may sit inside a real name.
_NAME_LOWER = frozenset("of and the for in on at upon with under by de la le du da van von y & to plc ltd".split())


def is_document(words: list[str]) -> bool:
    """Names whose last word is a document, programme, award or building noun: "Academy
    Trust Handbook", "Ofsted report", "Trust Capacity Fund", "Education Awards"."""
    if not words:
        return False
    last = words[-1].lower().strip(".")
    if last in {"fund", "funds"} and len(words) > 1 and words[-2].lower() in _BODY_FUNDS:
        return False
    if last == "hub" and len(words) > 1 and words[-2].lower() in _BODY_HUBS:
        return False  # "Wexham Teaching School Hub", "Fenland Maths Hub": networks that act and speak
    if len(words) > 2 and words[0].lower() in _BODY_FIRSTS and words[1].lower() == "of":
        return False  # "Organisation of Islamic Conference": a body named after what it is
    return last in DOCUMENT_HEADS


def is_document_title(words: list[str]) -> bool:
    """Whole names of documents, offices and terms: "Scheme of Delegation", "Notice to
    Improve", "Keeping Children Safe in Education", "Secretary of State", "TUPE"."""
    if not words:
        return False
    lower = [w.lower() for w in words]
    if len(words) == 1:
        return words[0] in NOT_ORG_TERMS
    for k, w in enumerate(lower[:-1]):
        if w in _DOCUMENT_FIRSTS and lower[k + 1] in {"of", "to", "for"}:
            return True
    joined = " ".join(lower)
    if lower[-3:] == ["of", "the", "year"] or _BUILDINGS.search(joined) or _COUNCIL_PARTS.search(joined):
        return True  # "Trust of the Year": an award; "Ise Valley Leisure Centre": a building
    if lower[-1] in _SITE_ENDS and lower[0] not in _CAMPAIGN_OPENERS:
        return True  # "Faraday Building", "Riverside Pool": a building, not "Save Ashcombe Pool"
    if lower[-1] == "library" and "of" not in lower:
        return True  # "Wessington Library": a council's building (every set naming one), not "Friends of X Library"
    if lower[0] in _OFFICES and lower[-1] not in _NAMED_BODY_ENDS:
        return True  # "Secretary of State", "Minister for School Standards" (not "Bishop X Academies")
    return lower[0].endswith("ing") and lower[0] in {"keeping", "working", "making", "improving", "raising"}


def is_fragment(words: list[str]) -> bool:
    """A piece of running text, not a name: a lower-case content word inside it
    ("Suspended academy trust boss"), or a truncated last word ("... b", "outsou...")."""
    for k, w in enumerate(words):
        if w.islower() and w.isalpha() and w not in _NAME_LOWER:
            if k > 0 and words[k - 1] == "-":
                continue  # "Multi-academy"
            return True
    return bool(words) and (words[-1] in {"...", "…"} or words[-1].endswith("…"))
