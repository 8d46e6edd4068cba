"""The stories of the fixture news site (written for newswatch's tests; the two seed
stories are the project's own inputs). `_build.py` turns these into HTML, feeds,
sitemaps and `_truth.json`.

Each story: key, template ("nq" = the Wyre Valley Gazette, a Newsquest-like title;
"reach" = Severn Vale Live, its Reach-like sister title), path, title, summary,
published, modified, author, section, paragraphs, and where it is linked from.
"""

SEED_PATHS = {
    "seed000": "/news/17566001.talks-break-down-between-unions-and-witham-academy-trust/",
    "seed003": "/news/15712002.hundreds-of-worcestershire-school-support-jobs-closer-to-being-outsourced/",
}

ARTICLES = [
    {
        "key": "parents-protest",
        "template": "nq",
        "path": "/news/24310003.parents-protest-academy-trust-takeover-hollybrook-primary/",
        "title": "Parents protest as academy trust plans to take over Hollybrook Primary",
        "summary": "More than 100 parents gathered at the school gates to oppose the takeover.",
        "published": "2025-03-03T07:00:00+00:00",
        "modified": "2025-03-03T09:12:00+00:00",
        "author": "Jane Smith",
        "section": "Education",
        "paragraphs": [
            "MORE than 100 parents gathered outside Hollybrook Primary School on Monday morning to protest against plans for the school to join the Severn Learning Trust.",
            "The county council-run school was told to convert to academy status after a poor inspection last autumn, and the trust was named as its preferred sponsor in January.",
            "Parents say they were not consulted and fear the trust will cut teaching assistant posts and hand cleaning and catering to private firms, as it has done at other schools it runs.",
            "Karen Mills, whose two children attend the school, said: \"Nobody has asked us what we want. We have seen what happened at Brookfield when the trust took over, and we do not want the same here.\"",
            "Tom Hadley, district secretary of the National Education Union, said the union would ballot members at the school if the trust refused to guarantee staff terms and conditions.",
            "\"Our members are not against improvement, but academisation is not the only answer, and it is certainly not an answer that should be imposed on a community without a proper conversation,\" he said.",
            "Dr Anita Rao, chief executive of the Severn Learning Trust, said the trust had held two public meetings and would hold more before the conversion date in September.",
            "\"We understand that change can be unsettling. Our only aim is to give the children of Hollybrook the education they deserve, and we will listen to every parent who wants to talk to us,\" she said.",
        ],
    },
    {
        "key": "cleaners-outsourced",
        "template": "nq",
        "path": "/news/24310004.cleaners-and-caterers-at-six-schools-to-be-transferred-to-private-contractor/",
        "title": "Cleaners and caterers at six schools to be transferred to private contractor",
        "summary": "Around 80 support staff will move to Brightway Facilities Services in April.",
        "published": "2025-03-05T10:15:00+00:00",
        "modified": "2025-03-05T13:40:00+00:00",
        "author": "Tom Baker",
        "section": "Education",
        "paragraphs": [
            "AROUND 80 cleaners, cooks and kitchen assistants working at six schools run by the Valley Schools Partnership are to be transferred to a private contractor.",
            "The academy trust confirmed this week that Brightway Facilities Services will take over cleaning and catering at its primary and secondary schools from April 1.",
            "Staff will move across under TUPE rules, which protect their pay and conditions at the point of transfer, but unions say those protections can be worn away over time.",
            "Michelle Barton, regional organiser for UNISON West Midlands, said: \"These are low-paid workers, mostly women, who have given years of service to their schools. Outsourcing their jobs to save money is a false economy and a betrayal.\"",
            "\"We will be doing everything we can to support our members through this process and we urge the trust to think again.\"",
            "A spokesperson for the Valley Schools Partnership said the decision followed a review of support services and would allow the trust to put more money into classrooms.",
            "\"Brightway has a strong track record in education settings and we are confident pupils will continue to receive high quality meals and clean, safe schools,\" the spokesperson said.",
            "Councillor Peter Grant, who represents the Kidderbury North ward, said he had written to the trust asking it to publish the business case behind the decision.",
        ],
    },
    {
        "key": "ta-strike-vote",
        "template": "nq",
        "path": "/news/24310005.teaching-assistants-vote-to-strike-over-academy-trust-pay-cuts/",
        "title": "Teaching assistants vote to strike over academy trust pay cuts",
        "summary": "GMB members at Oakfield Academy Trust backed action by nine to one.",
        "published": "2025-03-06T16:40:00+00:00",
        "modified": "2025-03-06T18:05:00+00:00",
        "author": "Jane Smith",
        "section": "Education",
        "paragraphs": [
            "TEACHING assistants at schools run by the Oakfield Academy Trust have voted overwhelmingly to strike over plans to cut their hours and pay.",
            "Nine out of ten GMB members who took part in the ballot backed strike action, on a turnout of 68 per cent, the union announced on Thursday.",
            "The trust, which runs eleven schools across the district, wants to move teaching assistants from 39-week contracts to term-time-only hours, which the union says would cost some staff more than £2,000 a year.",
            "Daniel Osei, GMB organiser, said: \"Teaching assistants hold our schools together. They are being asked to pay for a funding crisis they did not create, and they have said loud and clear that enough is enough.\"",
            "The first day of action is expected later this month unless talks produce a new offer.",
            "Oakfield Academy Trust said it was disappointed by the result and remained committed to talks through the conciliation service Acas.",
            "\"We value our support staff enormously. The changes we have proposed are about making our schools financially sustainable for the long term, and we would urge the union to return to the table,\" a trust spokesperson said.",
            "Parents have been told schools will remain open on strike days where possible, although some classes may be combined.",
        ],
    },
    {
        "key": "school-meals-in-house",
        "template": "nq",
        "path": "/news/24310006.county-council-to-bring-school-meals-back-in-house/",
        "title": "County council to bring school meals back in-house after contract problems",
        "summary": "The council will end its contract with Fairplate Catering two years early.",
        "published": "2025-03-07T08:00:00+00:00",
        "modified": "2025-03-07T08:45:00+00:00",
        "author": "Priya Shah",
        "section": "News",
        "paragraphs": [
            "SCHOOL meals in more than 40 primary schools will be run by the county council again after councillors agreed to end a private catering contract two years early.",
            "Fairplate Catering has provided meals since 2019, but a report to the council's cabinet found repeated complaints about portion sizes, late deliveries and staff shortages.",
            "Councillor Helen Ward, cabinet member for education, said: \"When we outsourced this service we were promised better food at lower cost. Neither has happened, and our children deserve better.\"",
            "She said around 190 kitchen staff would transfer back to the council, with their pay and conditions protected.",
            "\"Bringing the service back in-house gives us direct control over quality and lets us invest any savings straight back into school food,\" she added.",
            "Fairplate Catering said it was proud of the service it had provided and would work with the council on a smooth handover over the summer term.",
            "The change is expected to take effect from September, in time for the new school year.",
        ],
    },
    {
        "key": "ceo-salary",
        "template": "nq",
        "path": "/news/24310007.academy-trust-chief-executive-salary-criticised/",
        "title": "Academy trust chief executive's £240,000 salary criticised by union",
        "summary": "The NEU says the pay rise came as support staff posts were cut.",
        "published": "2025-02-27T12:30:00+00:00",
        "modified": "2025-02-28T08:00:00+00:00",
        "author": "Tom Baker",
        "section": "Education",
        "paragraphs": [
            "THE chief executive of the Valley Schools Partnership was paid up to £240,000 last year, according to the academy trust's latest accounts.",
            "The figure, an increase of £15,000 on the year before, was published in accounts filed with Companies House this month.",
            "The same accounts show the trust cut 35 support staff posts during the year as it tried to close a deficit of £1.2 million.",
            "Rachel Stokes, branch secretary of the National Education Union, said: \"It is simply indefensible for pay at the top to rise while teaching assistants and office staff are losing their jobs. Parents will rightly ask where the money is going.\"",
            "Graham Foster, chair of the trust's board, said the chief executive's pay was set by an independent committee and reflected responsibility for 14 schools and more than 7,000 pupils.",
            "\"Our pay policy is benchmarked against trusts of a similar size and we publish it in full each year,\" Mr Foster said.",
            "The Department for Education has written to trusts paying more than £150,000 asking them to justify salaries.",
        ],
    },
    {
        "key": "it-payroll-outsourcing",
        "template": "reach",
        "path": "/sister/news/local-news/schools-it-and-payroll-services-could-be-outsourced-28100008",
        "title": "Schools' IT and payroll services could be outsourced in £3m deal",
        "summary": "Council plans would hand back-office support for schools to a private firm.",
        "published": "2025-03-04T06:00:00+00:00",
        "modified": "2025-03-04T10:30:00+00:00",
        "author": "Chris Morgan",
        "section": "Local News",
        "paragraphs": [
            "IT support, payroll and HR services used by more than 100 schools could be handed to a private company in a deal worth £3 million a year.",
            "Severn Vale Council's cabinet will next week consider a report recommending that its traded services for schools are put out to tender.",
            "The report says the number of schools buying the services has fallen as more have become academies, leaving the council with rising costs per school.",
            "Councillor Simon Patel, cabinet member for finance, said: \"We have to be realistic. The market has changed and we cannot keep subsidising a service that fewer and fewer schools use.\"",
            "Joanne Clarke, UNISON branch secretary at the council, said 60 jobs were at risk and the union would fight any transfer to the private sector.",
            "\"Our members have built these services up over decades and schools tell us they value them. Selling them off to the cheapest bidder is short-sighted,\" she said.",
            "Headteachers will be consulted for six weeks before a final decision is made in the summer.",
        ],
    },
    {
        "key": "ofsted-warning",
        "template": "nq",
        "path": "/news/24310009.ofsted-warning-as-trust-takes-over-struggling-secondary/",
        "title": "Ofsted warning as trust takes over struggling secondary school",
        "summary": "Kidderbury High will join the Oakfield Academy Trust after a second poor report.",
        "published": "2025-03-07T14:00:00+00:00",
        "modified": "2025-03-07T14:00:00+00:00",
        "author": "Jane Smith",
        "section": "Education",
        "paragraphs": [
            "KIDDERBURY High School will be taken over by the Oakfield Academy Trust after inspectors found it still required improvement for the second time in a row.",
            "The Ofsted report, published on Friday, said leaders had made progress on behaviour but that too many pupils were leaving without the qualifications they needed.",
            "Under government rules, schools judged to be failing can be ordered to become academies with a sponsor chosen by the regional director for the Department for Education.",
            "Mark Ellison, the school's headteacher, said: \"I am proud of the progress our staff have made in difficult circumstances. We will work closely with the trust to make sure the transition is as smooth as possible for our students.\"",
            "The Oakfield Academy Trust, which is itself in a dispute with teaching assistants over pay, said it had a strong record of turning schools around.",
            "The National Education Union questioned whether the trust had the capacity to take on another school while it was cutting support staff hours elsewhere.",
            "The conversion is expected to be completed by January next year.",
        ],
    },
    {
        "key": "sick-pay-win",
        "template": "nq",
        "charset": "windows-1252",
        "path": "/news/24310010.support-staff-win-back-sick-pay-after-union-campaign/",
        "title": "Support staff win back sick pay after union campaign at Riverside Academy Trust",
        "summary": "The trust has reversed a decision to cut sick pay for new starters.",
        "published": "2025-02-20T09:00:00+00:00",
        "modified": "2025-02-21T16:20:00+00:00",
        "author": "Priya Shah",
        "section": "Education",
        "paragraphs": [
            "SUPPORT staff at the Riverside Academy Trust have won back full sick pay after a four-month campaign by their union.",
            "The trust had introduced a policy last autumn giving new cleaners, cooks and teaching assistants only statutory sick pay in their first two years – a cut of up to £1,400 for a fortnight’s illness.",
            "Sue Whitfield, UNISON’s schools convenor, said: “This is a real victory for low-paid staff who were being told to come into work ill or lose money they simply cannot afford to lose.",
            "“Our members stood together and the trust listened. That’s what a union is for.”",
            "The trust’s finance director, Paul Jenkins, said the policy had been reviewed “in the light of feedback from staff and their representatives”.",
            "Staff who lost money under the old policy will be paid back in March’s wages, the trust said.",
        ],
    },
    {
        "key": "cup-final",
        "template": "nq",
        "path": "/sport/24310011.wyre-valley-rovers-win-county-cup-final/",
        "title": "Wyre Valley Rovers come from behind to win county cup final",
        "summary": "Two late goals gave Rovers the trophy for the first time in 23 years.",
        "published": "2025-03-02T21:30:00+00:00",
        "modified": "2025-03-02T22:10:00+00:00",
        "author": "Dan Hughes",
        "section": "Sport",
        "paragraphs": [
            "WYRE Valley Rovers lifted the county senior cup for the first time in 23 years after two goals in the last ten minutes sank Kidderbury Town at the Meadow Ground.",
            "Town led through a first-half header from Josh Green and looked comfortable until Rovers' substitute Sam Bright levelled with a low shot in the 81st minute.",
            "Captain Alfie Ward then won it with a free kick that flew into the top corner three minutes from time, sparking wild celebrations among the 1,400 crowd.",
            "Rovers manager Lee Carter said: \"I told the lads at half-time that we had nothing to lose. They showed real character, and the fans were incredible.\"",
            "Kidderbury boss Neil Page said his side had let the game slip. \"We were the better team for an hour, but cup finals are about taking your chances and we didn't,\" he said.",
            "Rovers now face a busy run of league fixtures as they chase promotion from the Midland League first division.",
        ],
    },
    {
        "key": "a449-roadworks",
        "template": "nq",
        "path": "/news/24310012.a449-roadworks-to-last-six-weeks/",
        "title": "Roadworks on the A449 to last six weeks as bridge is repaired",
        "summary": "Drivers are warned to expect delays near Kidderbury from Monday.",
        "published": "2025-03-07T11:00:00+00:00",
        "modified": "2025-03-07T11:30:00+00:00",
        "author": "Staff reporter",
        "section": "News",
        "paragraphs": [
            "DRIVERS are being warned to expect long delays on the A449 near Kidderbury when six weeks of bridge repairs begin on Monday.",
            "Temporary traffic lights will control a single lane over the River Wyre bridge between 7am and 7pm, with a full overnight closure on four weekends.",
            "The county council says the work is needed to replace expansion joints and waterproofing that have worn out since the bridge was last repaired in 2004.",
            "Councillor Alan Price, cabinet member for highways, said: \"We know this will be frustrating, but the alternative is a much longer closure if the bridge deteriorates further. We have planned the work to keep disruption to a minimum.\"",
            "A signed diversion will be in place during the weekend closures, and bus operators have been told to expect journey times to increase by up to 20 minutes.",
            "Updates will be posted on the council's website throughout the works.",
        ],
    },
    {
        "key": "burglary-jailed",
        "template": "nq",
        "path": "/news/24310013.man-jailed-for-burglary-spree-in-kidderbury/",
        "title": "Man jailed for burglary spree in Kidderbury",
        "summary": "Liam Rowe broke into eight homes in three weeks.",
        "published": "2025-01-15T15:00:00+00:00",
        "modified": "2025-01-15T15:45:00+00:00",
        "author": "Priya Shah",
        "section": "News",
        "paragraphs": [
            "A MAN who broke into eight homes in Kidderbury in three weeks has been jailed for four years and eight months.",
            "Liam Rowe, aged 31, of no fixed address, admitted eight counts of burglary and one of handling stolen goods when he appeared at Worcester Crown Court.",
            "The court heard he targeted houses where residents were away, taking jewellery, laptops and a car, which was later found abandoned in a lay-by.",
            "Detective Constable Sarah Lowe said after the hearing: \"Rowe caused real distress to families who no longer feel safe in their own homes. I hope this sentence gives them some reassurance.\"",
            "Police are urging residents to use timer switches on lights and to report anyone acting suspiciously by calling 101.",
        ],
    },
    {
        "key": "library-hours",
        "template": "nq",
        "path": "/news/24310014.new-library-opening-hours-announced/",
        "title": "New library opening hours announced for Kidderbury and Wyre Mill",
        "summary": "Both libraries will open on Sunday afternoons from April.",
        "published": "2025-02-25T10:00:00+00:00",
        "modified": "2025-02-25T12:00:00+00:00",
        "author": "Tom Baker",
        "section": "News",
        "paragraphs": [
            "LIBRARIES in Kidderbury and Wyre Mill will open on Sunday afternoons for the first time from April, the county council has announced.",
            "The change follows a consultation last year in which more than 2,000 residents said weekend opening was their top priority for the library service.",
            "To pay for the extra hours, both libraries will open an hour later on Tuesday and Thursday mornings, when visitor numbers are lowest.",
            "Councillor Ruth Adeyemi, cabinet member for communities, said: \"Libraries are about much more than books. Opening on Sundays means families and working people can use them at a time that suits them.\"",
            "Volunteers will help run a new homework club on Sunday afternoons at Kidderbury library.",
        ],
    },
    {
        "key": "bus-route-cut",
        "template": "reach",
        "path": "/sister/news/local-news/bus-route-cut-leaves-villages-isolated-28100015",
        "title": "Bus route cut leaves villages isolated, say residents",
        "summary": "The 44 service will stop running to four villages from next month.",
        "published": "2025-01-30T07:30:00+00:00",
        "modified": "2025-01-30T09:00:00+00:00",
        "author": "Chris Morgan",
        "section": "Local News",
        "paragraphs": [
            "RESIDENTS of four villages say they will be cut off after a bus company announced it would stop running the 44 service from next month.",
            "Vale Buses said the route, which links Upper Marsh, Hinton, Stoke Green and Ashby with Kidderbury, carried too few passengers to be viable without extra council funding.",
            "Margaret Ellis, 78, who uses the bus to get to medical appointments, said: \"I don't drive and there is no other way for me to get into town. It feels like we have been forgotten.\"",
            "The council said it was looking at whether a community transport scheme could fill the gap.",
            "A Vale Buses spokesman said: \"We have run this route at a loss for three years. We simply cannot continue without support.\"",
        ],
    },
    {
        "key": "union-hiding-plan",
        "template": "reach",
        "path": "/sister/news/local-news/union-says-academy-trust-hiding-plan-to-share-staff-28100016",
        "title": "Union says academy trust is hiding plan to share support staff across schools",
        "summary": "The NEU says Severn Learning Trust staff have not been told about a central pool.",
        "published": "2025-03-01T12:00:00+00:00",
        "modified": "2025-03-01T15:30:00+00:00",
        "author": "Laura Evans",
        "section": "Local News",
        "paragraphs": [
            "AN academy trust has been accused of keeping staff in the dark about plans to move support workers into a central pool shared between its schools.",
            "The National Education Union says documents seen by its members show the Severn Learning Trust intends to employ office, finance and site staff centrally from September rather than at individual schools.",
            "Tom Hadley, district secretary of the NEU, said: \"Staff have a right to know what is planned for their jobs. A central pool could mean people being sent to work miles from home at short notice.\"",
            "He said the union had asked the trust to begin formal consultation immediately.",
            "Dr Anita Rao, chief executive of the Severn Learning Trust, said no decision had been taken.",
            "\"We are looking at how we organise our support services, as every trust does. When we have proposals, staff and unions will be the first to hear about them,\" she said.",
        ],
    },
]

# A copy of "cleaners-outsourced" on the sister title, with rel=canonical to the original.
SYNDICATED = {
    "of": "cleaners-outsourced",
    "template": "reach",
    "path": "/sister/news/local-news/cleaners-and-caterers-six-schools-private-contractor-28100104",
}

# A mobile copy of "ta-strike-vote" with the same body and no rel=canonical.
DUPLICATE = {"of": "ta-strike-vote", "path": "/m/news/24310005.teaching-assistants-vote-to-strike/"}

# The story behind robots.txt's Disallow: never to be fetched.
DISALLOWED = {
    "template": "nq",
    "path": "/private/24310099.embargoed-budget-story/",
    "title": "Embargoed: schools budget figures",
    "summary": "Not for publication before 00:01.",
    "published": "2025-03-08T00:01:00+00:00",
    "modified": "2025-03-08T00:01:00+00:00",
    "author": "Jane Smith",
    "section": "News",
    "paragraphs": [
        "THIS story is embargoed and sits behind a robots.txt Disallow rule. A polite crawler never fetches it.",
        "Schools in the county will share a budget of £412 million next year, according to figures that are not yet public.",
        "Headteachers have warned that rising costs mean the settlement will not go far enough, and several trusts are expected to set deficit budgets.",
    ],
}

# Where each story is linked from (besides the article sitemap, which lists every
# main-title story except those in NOT_IN_ARTICLE_SITEMAP).
HOME_TOP = ["parents-protest", "cleaners-outsourced", "ta-strike-vote", "cup-final"]
NEWS_PAGES = [  # /news/, /news/page/2/, /news/page/3/
    ["school-meals-in-house", "parents-protest", "ta-strike-vote"],
    ["library-hours", "ceo-salary"],
    ["burglary-jailed"],
]
EDUCATION_PAGES = [  # /education/, /education/page/2/
    ["parents-protest", "cleaners-outsourced", "ta-strike-vote", "ceo-salary"],
    ["sick-pay-win", "seed000", "seed003"],
]
SPORT_PAGE = ["cup-final"]
SISTER_PAGES = [  # /sister/, /sister/?page=2
    ["it-payroll-outsourcing", "union-hiding-plan", "SYNDICATED"],
    ["bus-route-cut"],
]
# The main RSS feed lists only the most recent stories; school meals is listed under
# its old URL, which redirects (301) to the current one.
FEED = ["a449-roadworks", "school-meals-in-house", "ta-strike-vote", "cleaners-outsourced", "parents-protest"]
SISTER_FEED = ["it-payroll-outsourcing", "union-hiding-plan"]  # Atom
NEWS_SITEMAP = ["ofsted-warning", "school-meals-in-house", "ta-strike-vote", "parents-protest"]
# Each of these is found through one channel only: the Google News sitemap, the RSS
# feed, page 3 of /news/, page 2 of the sister title.
NOT_IN_ARTICLE_SITEMAP = ["ofsted-warning", "a449-roadworks", "burglary-jailed", "bus-route-cut"]
