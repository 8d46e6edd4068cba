"""More first names by gender, for the name lists of the lexicon (lexicon.py joins them to
MALE_NAMES and FEMALE_NAMES): names common in Britain across generations, and Welsh,
Scottish, Irish, British Asian and British African and Caribbean names, that the shorter
lists there lack. They tell a person from an organisation ("Felicity Aske") and resolve
"he"/"she" to the person of that gender.

Left out: names given to both sexes ("Jordan", "Sam", "Kiran", "Morgan"), names that are
common words or flowers ("Will", "Miles", "Grant", "Joy", "Hazel", "Ruby"), and names better
known as places. Lower case, one name a word.
"""
from __future__ import annotations

MORE_MALE_NAMES = frozenset(
    """abdul abdullah adil aidan aiden alf alfred alun angus anil anand anwar arjun arran arun
    asif ashok aziz barnaby barney benedict bertie bilal brendan bruno byron cecil cedric
    clifford clint conrad cyril damian damien darrell darryl deepak desmond dexter dilip dinesh
    donovan dougie dwayne edmund edwin elliot elliott emmanuel enoch ernie errol ethan evan
    ezra farhan felix finlay finley finn fintan floyd freddie gabriel garry gerard gerry gideon
    giles gilbert godfrey graeme gregor hamza hector horace hubert humphrey ibrahim idris ifan
    ignatius isaac ivan ivor jakub jamal jarvis jasper jeremiah jerome jethro jonah jonny josef
    jude jules kaleb kamal karim karan keiran kelvin kenny khalid kris krishna kurt laurence
    lenny leroy lester lionel lorcan lucas luca lyle magnus mahmood majid malik manoj manuel
    marc marcel marius marlon martyn mathew maxwell melvyn micky milo mohamed mohammad
    monty moses nadeem naveed neville nikhil oisin olly osman oswald otis paddy pankaj percy
    perry piers pierce quentin rafael rahul raj rajiv ramesh randolph ranjit raphael rashid
    reginald richie rishi robbie roderick rohan roland rolf ronan ronnie rupert sachin sajid
    salim salman samir sandeep sebastian shahid shane sharif sidney silas sohail stefan sunil
    terence teddy tobias tommy tristan umar usman vijay vinnie vivek wilfred winston xavier
    yusuf zak zain zubair
    bryn cai dewi dai elfed emlyn emrys gruffydd hywel iolo iwan llyr meirion osian
    tomos trefor aneurin bleddyn cledwyn glyn ioan islwyn
    archibald dougal murdo ruaridh ruairi struan torquil ewen
    cathal cian colm conall darragh donal eamon eamonn enda fionn tadhg diarmuid dermot fergal
    feargal gearoid
    adebayo adewale chidi chinedu chukwuma emeka kofi kwabena kwasi obi segun tunde yaw
    babatunde dele delroy""".split()
)

MORE_FEMALE_NAMES = frozenset(
    """abbie abby adele adrienne agnes aileen aimee alana alexa alicia alina alisha alma amara
    amelie amira anastasia angelina angie anita annabel annabelle annie anya arabella ariana
    audrey ava avril beatrice becca belinda bella bernice beryl bev beverley bianca bridget
    bronwen bryony caitlin camilla candice cara carmen carole cassandra cassie cecilia celia
    chantelle charlene chelsea cherie cilla clara clarissa claudia colleen constance cora
    courtney cressida daphne davina delia della delyth demi dionne dominique dora edna eilish
    elise eliza elsie elspeth emer emilia emmeline enid esme estelle ethel eunice evie faye
    felicity florence francesca freda freya frieda gabriella gabrielle gaynor georgina
    gertrude ginny gladys glenda glenys greta gwendolen gwyneth hattie henrietta hermione
    hilary hilda hollie hyacinth ida imogen ingrid isabelle isobel jacqui janine jasmine
    jeanette jemima jenna jennie jillian jocelyn josie judi juliet justine kara katharine
    katrina katy kayla keeley kimberley kristina lara larissa lea lena letitia lexi libby
    lilian lily lindsey liza lois lola lorna lottie louisa lucia lucinda lydia lyn lynda
    lynette mabel madeleine maisie marcia margo marguerite marian marianne marilyn marina
    marjorie marlene martha mavis melinda mia mildred millie milly minnie miranda miriam moira
    mollie molly mona muriel myra nadine naomi nell nellie nia nora norah noreen octavia
    odette olwen penelope petra phoebe pippa polly priscilla prudence queenie rachael rebekah
    regina rhiannon rhona rhoda robyn romilly rosalind rosalie rosanna rosie rowena roxanne
    sabrina sadie selina serena shannon sheena shelley sienna simone sonya sophia susanna
    susie suzy sybil tabitha tamara tamsin tania tara tasha tegan tess tessa thelma tilly
    toni tonya tori trudy una ursula vera verity veronica vicky vivienne winifred zara
    eluned mared nerys seren sioned elin myfanwy heledd alys manon caryl gwenllian elen
    kirstie morven iona kirsteen
    aine clodagh deirdre dervla eimear maeve nuala saoirse sorcha caoimhe mairead maura
    aarti anushka asha bushra deepa farida fozia hina humaira leila layla lubna maryam mehreen
    mumtaz naila nazia neha nisha pooja rabia rani reena rehana rekha rubina ruksana saba
    sadia saima salma samina sana shabnam shazia shilpa sobia sumaira tahira uzma zahra
    zubaida amna hafsa khadija safiya yasmeen
    abena adaeze adaora ama chiamaka chidinma chioma folake funmi funmilayo ngozi nkechi
    nneka yetunde abimbola adwoa akosua efua""".split()
)
