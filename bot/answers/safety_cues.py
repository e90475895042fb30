"""General cues for the safety layer: typo repair and word-family rules.

The phrase patterns in :mod:`bot.answers.safety` name wordings; this module reads the
*shape* of a message, so wordings nobody listed are still recognised:

* :func:`repair` mends misspelt cue words ("sucidal", "myslef", "harrased", "assulted") by
  a small edit (one letter added, dropped or two swapped; two for long words), only towards
  the cue vocabulary below and never from a word of that vocabulary;
* :data:`RULES` combine word families (any inflection of "hurt", "cut", "burn" … with any
  reflexive; a person as agent with a violent verb and a person as object; a reason clause
  naming an identity with a treatment word; someone other than the student with an access
  verb and the student's records …), so one rule covers the plain, indirect, third-person
  ("my roommate", "her wrists") and story wordings alike.

Everything here is general English; no course fact, contact or date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import extractOne


def family(*bases: str) -> str:
    """A regex group matching the usual inflections of each verb in ``bases``."""
    forms: set[str] = set()
    for base in bases:
        forms |= {base, base + "s", base + "es", base + "ed", base + "ing", base + "d"}
        if base.endswith("e"):
            forms |= {base[:-1] + "ing", base + "d"}
        if base.endswith("y"):
            forms |= {base[:-1] + "ies", base[:-1] + "ied"}
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


# ------------------------------------------------------------------------- word families

REFLEXIVE = r"(?:my ?self|him ?self|her ?self|them ?selves|them ?self|your ?self|our ?selves)"
SKIN = r"(?:arms?|wrists?|thighs?|skin|legs?|stomach|forearms?|hips?)"
BODY = (r"(?:arms?|wrists?|legs?|thighs?|skin|hands?|knuckles?|stomach|face|head|body|"
        r"chest|neck|shoulders?|back|butt|hips?|waist|breasts?|hair|knees?)")
PERSON_OBJ = r"(?:me|her|him|them|us|my (?:friend|roommate|teammate|partner|sister|brother))"
# a human agent (not "the deadline", "this paper", "my code")
AGENT = (r"(?:he|she|they|someone|somebody|some one|a guy|a man|a woman|a stranger|a student|"
         r"(?:some|two|three|a few|a group of|these|those) (?:guys?|men|people|students|"
         r"strangers|dudes|kids)|"
         r"(?:my|our|a|the|his|her) (?:ex|partner|boyfriend|bf|girlfriend|gf|husband|wife|"
         r"roommate|roomate|teammate|classmate|dad|father|mom|mother|brother|sister|uncle|"
         r"landlord|neighbou?r|group ?mate|lab ?mate|date|ta|professor|instructor|grader))")
HARM_VERB = family("kill", "end", "hurt", "harm", "cut", "burn", "scratch", "punish", "starve",
                   "stab", "hang", "poison", "drown", "choke", "slit", "bruise", "bang",
                   "hit", "punch", "unalive", "injure", "beat") + r"|\bburnt|\bshot|\boff"
VIOLENT = family("hit", "punch", "slap", "kick", "choke", "strangle", "shove", "push", "beat",
                 "attack", "hurt", "stab", "grab", "pin", "slam", "throw", "drag", "jump",
                 "mug", "rob", "threaten", "assault", "abuse", "force", "corner", "trap",
                 "bite", "smack") + r"|\bbeaten|\bthrew|\bthrown"
WANT = (r"(?:want|wants|wanted|wanting|wanna|wish|wishes|wished|plan|plans|planned|planning|"
        r"ready|going|gonna|decided|tempted|urge|urges|thinking (?:about|of)|think (?:about|of)|"
        r"thought (?:about|of)|ways|way|how|methods?|researching|looked up|looking up|googl\w+|"
        r"searched|deserve|deserves|need|needs)")
IDENTITY = (r"(?:woman|women|girl|girls|female|black|asian|latin[oa]s?|latinx|hispanic|gay|"
            r"lesbian|bi|bisexual|trans|transgender|queer|nonbinary|non ?binary|muslim|jewish|"
            r"jew|hindu|sikh|buddhist|christian|atheist|immigrant|international|foreign|"
            r"foreigner|indian|chinese|korean|japanese|mexican|african|arab|middle eastern|"
            r"disabled|deaf|blind|autistic|in a wheelchair|pregnant|poor|first gen\w*|"
            r"non ?native|older|old|religion|race|ethnicity|nationality|gender|sexuality|"
            r"orientation|pronouns|accent|skin(?: colou?r)?|colou?r|culture|hijab|turban|"
            r"headscarf|kippah|yarmulke|caste|name|country|faith|disability|wheelchair|"
            r"age|weight|body|appearance|english)")
TREAT = (r"(?:(?:wont|dont|doesnt|didnt|will not|do not|never|not) (?:let|listen|include|"
         r"invite|pick|give|take me|work with|talk to|sit with|want me)|ignor\w*|exclud\w*|"
         r"mock\w*|mak\w* fun|made fun|laugh\w*|"
         r"teas\w*|insult\w*|bull(?:y|ies|ied|ying)|treat\w*|grad(?:ed|ing|es?) (?:me |us )?"
         r"(?:lower|harder|worse|differently|unfairly)|graded|pick\w* on|left out|leave me out|"
         r"talk\w* (?:over|down)|interrupt\w*|dismiss\w*|refus\w*|reject\w*|jok\w*|comment\w*|"
         r"remark\w*|call\w* (?:me|her|him)|stare\w*|assum\w*|singl\w* out|yell\w*|den(?:y|ied)|"
         r"steal\w*|stole|tak\w* credit|present\w* my ideas|only (?:gave|give|let)|say\w* i|"
         r"said i|told me i|slow (?:them|us) down|assign\w* me|stuck me with|made me (?:do|take)|"
         r"gave me (?:only|just))")
GROUP = (r"(?:women|girls|females|black people|black students|asians|indians|chinese "
         r"(?:people|students)|muslims|jews|gay people|gays|trans people|latinos|mexicans|"
         r"africans|arabs|immigrants|foreigners|international students|disabled people|"
         r"people (?:like (?:me|you|her|him|us)|from (?:my|your|her|his|their|our) "
         r"(?:country|culture|background|religion|region|state|town))|your kind|you people|"
         r"people (?:of|from) (?:my|your|her|his|their|our) (?:race|religion|gender|kind|"
         r"country|culture|background|ethnicity|colou?r|faith|caste)|"
         r"(?:someone|somebody|anyone|anybody|people|a girl|a woman|a guy|a person) like "
         r"(?:me|you|her|him|us|them))")
# a person who declares an identity about themself ("I'm gay", "as a Muslim woman")
SELF_ID = (r"(?:gay|lesbian|bi|bisexual|trans|transgender|queer|nonbinary|non ?binary|muslim|"
           r"jewish|jew|hindu|sikh|black|asian|latin[oa]|latinx|hispanic|arab|disabled|deaf|blind|"
           r"autistic|immigrant|(?:a|the only) (?:woman|girl|female|black|muslim|gay|trans|"
           r"international|asian|latin[oa]) ?\w*)")
# a person as the subject of a verb ("my teammate threatens", "the TA keeps …")
PERSON_SUBJ = (r"(?:he|she|they|someone|somebody|people|\w*mates?|partners?|guys?|girls?|"
               r"students?|ta|tas|prof\w*|instructor|grader|staff|member|ex|boyfriend|girlfriend|"
               r"bf|gf|landlord|boss|man|woman|dude|friends?|roomie)")
# a person named by an identity: "a muslim", "any women", "another foreigner"
ID_PERSON = (r"(?:a|an|any|another|more) (?:gay|lesbian|trans|queer|muslim|jew|jewish|hindu|sikh|"
             r"black|asian|latin[oa]|hispanic|arab|disabled|deaf|blind|autistic|immigrant|woman|"
             r"women|girls?|foreigners?|international students?|indian|chinese|mexican|african)"
             r"(?: \w+)?")
# a word that makes talk hostile: "mean memes", "nasty stuff", "weird comments"
HOSTILE = (r"(?:mean|nasty|cruel|rude|hateful|hurtful|degrading|demeaning|humiliating|"
           r"threatening|harassing|weird|creepy|gross|sexual|inappropriate|vile|offensive|"
           r"disgusting|awful|horrible|crude|lewd|dirty)")
TALK = (r"(?:stuff|things?|com?ments?|memes?|messages?|posts?|jokes?|names|remarks?|rumou?rs?|"
        r"pictures?|photos?|pics|texts?|dms?|emails?|notes?|videos?|gifs?|slurs?|insults?)")
DRUG = (r"(?:joints?|blunts?|bongs?|dab pens?|carts|meth|crystal meth|crack|edibles|weed|pot|molly|"
        r"lsd|acid|shrooms|ketamine|xans|"
        r"xanax|lean|percs|oxy|oxys|dabs|kratom|benzos|coke|cocaine|heroin|fentanyl|opioids|"
        r"painkillers|adderall|ritalin|vyvanse|mdma|ecstasy|drugs|sleeping pills)")
CONDITION = (r"(?:tremors?|ocd|bipolar|ptsd|tourettes?|ms|multiple sclerosis|arthritis|asthma|"
             r"cerebral palsy|heart condition|diabetes|narcolepsy|pots|long covid|cancer|"
             r"chronic \w+|concussion|tbi|brain injury|hearing loss|vision loss|low vision|"
             r"tinnitus|migraines?|epilepsy|seizures?|adhd|add|autism|dyslexia|dyscalculia|"
             r"dysgraphia|apd|spd|anxiety disorder|panic disorder|depression|insomnia|"
             r"sickle cell|lupus|crohns|ibs|colitis|endometriosis|injury|injuries|stutter)")
IMPACT = (r"(?:makes? (?:\w+ )?(?:typing|reading|writing|presenting|speaking|sitting|focusing|"
          r"concentrating|hearing|seeing|walking|it) (?:\w+ )?(?:hard|slow|difficult|"
          r"impossible|painful)|need(?:s)? (?:to )?(?:take )?(?:breaks?|extra time|more time|"
          r"a note ?taker|to sit|to leave|to miss|rest|accommodations?|help|support|an? "
          r"extension)|cant (?:type|read|write|hear|see|sit|stand|walk|focus|present|speak|"
          r"attend)|(?:hard|difficult|impossible) (?:for me )?to (?:type|read|write|hear|see|"
          r"present|speak|attend|focus)|accommodat\w*|accomodat\w*|extra time|flare\w*|"
          r"(?:typing|reading|writing|hearing|seeing|walking|speaking|presenting|standing) "
          r"(?:is|gets|has been|feels) (?:\w+ )?(?:slow|hard|difficult|painful|impossible)|"
          r"scribe|note ?taker|reader for|captioner|interpreter|struggl\w* with)")
ALCOHOL = (r"(?:alcohol|drinks?|drinking|booze|vodka|whiskey|tequila|rum|gin|liquor|beers?|"
           r"wine|shots|a bottle|bottles)")
NO_CONSENT = (r"(?:never|didnt|did not|couldnt|could not|wasnt able to|was (?:way |far |much |so )?"
              r"too (?:drunk|high|wasted|out of it|intoxicated) to) "
              r"(?:agree\w*|consent\w*|say yes|said yes|want (?:it|that|to))")
INTIMATE = (r"(?:something happened|(?:went|go|gone|got) too far|party|celebration|bar|club|"
            r"his place|her place|their place|a date|drunk|in bed|"
            r"hook\w* up|that night|touch\w*|kiss\w*|sex\w*|undress\w*|room)")
DEATH_NP = (r"(?:dying|death|being dead|not existing|not being (?:here|alive|around)|ending (?:it|"
            r"things|everything|my life)|suicide|killing (?:my|him|her)sel\w*|disappearing "
            r"(?:forever|for good)|how to die|ways to die)")
MEDS = (r"(?:pills|meds|medications?|antidepressants|painkillers|sleeping pills|prescriptions?|"
        r"tablets|insulin|tylenol|advil|xanax|opioids|oxy|benzos)")
SAID = (r"(?:said|says|saying|say|told|tell|tells|think|thinks|thought|believe|believes|"
        r"claim\w*|joke\w*|comment\w*|post\w*|wrote|writes|yell\w*|implied|implies|heard|"
        r"according to|apparently)")
THIRD = (r"(?:parents?|mom|mother|dad|father|family|guardian|brother|sister|spouse|husband|"
         r"wife|boyfriend|girlfriend|ex|employer|boss|company|sponsor|advis[eo]r|coach|"
         r"department|other (?:students|people|classmates|professors|instructors|teams?)|"
         r"students|classmates|the class|others|everyone|anyone|anybody|people|teammates|"
         r"(?:the|a|an|another|other) (?:ta|tas|professor|professors|instructor|instructors|"
         r"grader|staff|teacher|department|advisor)|recruiters?|landlord|embassy|"
         r"university|school|(?:the )?(?:whole|entire) class|"
         r"(?:my|a|her|his) (?:roommate|roomate|friend|ex|landlord)s?|"
         r"(?:a|another|some|any) (?:classmate|student|peer|person|"
         r"stranger)s?)")
RECORD = (r"(?:grades?|scores?|marks|records?|transcript|gpa|enrol(?:l)?ment|attendance|"
          r"standing|academic \w+|student (?:info\w*|record|id)|name|information|info|"
          r"progress|directory \w+)")
STAFF = r"(?:ta|tas|professor|prof|instructor|grader|staff|faculty|lecturer|teacher)"
# a religious practice a student can be mocked for ("mock me for praying")
PRACTICE = (r"(?:pray\w*|fasting|worship\w*|(?:wearing|my|her|his) (?:a |my |her |his )?(?:hijab|"
            r"turban|headscarf|kippah|yarmulke|cross|veil|niqab)|(?:my|her|his) (?:beliefs?|"
            r"prayers?|faith|religion|diet|holidays?)|going to (?:church|mosque|temple|synagogue))")
# points taken: "took points off", "marked me down", "got lower grades"
DOCKED = (r"(?:took (?:\w+ )?points off|docked|marked (?:me |us |her |him )?down|(?:lower|worse) "
          r"(?:grades?|scores?|marks?)|fewer points|points? (?:off|deducted))")
BECAUSE_ME = (rf"\b(?:its|it is|it was|this is|thats|that is|(?:they|he|she) (?:did|do|does) (?:it|"
              rf"this|that)|(?:it|this) happened) (?:just |only |all |partly )?because (?:im|i am|"
              rf"of my|my|of (?:being|me being)|(?:i|she|he) (?:am|is|was)) (?:a |an )?(?:\w+ )?"
              rf"{IDENTITY}\b")
# who a student is, as it comes out: an identity, a partner, pronouns, caste
DISCLOSED = (r"gay|lesbian|bi|bisexual|trans\w*|queer|nonbinary|non binary|muslim|jewish|jew|"
             r"hindu|sikh|christian|atheist|buddhist|black|asian|latin\w*|hispanic|arab|disabled|"
             r"deaf|blind|autistic|immigrant|undocumented|refugee|pregnan\w*|caste|religion|race|"
             r"ethnicity|sexuality|orientation|pronouns|boyfriend|girlfriend|husband|wife|"
             r"diagnosis|disability|faith|nationality")
# being shut out or treated worse afterwards
SHUT_OUT = (rf"stop\w* (?:inviting|including|talking to|replying to|responding to|working with) "
            rf"(?:me|her|him)|exclud\w*|avoid\w* (?:me|her|him)|left (?:me|her|him) out|"
            rf"leave (?:me|"
            rf"her|him) out|{TREAT}")

# something done to a student's grade, mark, slot or standing, or a threat of it
POWER_ACT = (r"(?:grades?|graded|grading|marks?|marked|scores?|scored|points?|zero|a 0|an? f|"
             r"fail\w*|flunk\w*|docked|lower\w*|dropp\w*|penali[sz]\w*|deduct\w*|"
             r"took (?:\w+ )?(?:off|away)|slots?|recommendation|rec letter|reference|extension|"
             r"threat\w*|punish\w*|retaliat\w*|kick\w* (?:me|her|him) (?:off|out))")
# saying no: "refused to", "turned him down", "said no to", "wouldn't"
REFUSED = (r"(?:refus\w*|declin\w*|turn\w* (?:him |her |them )?down|said no|say no|saying no|"
           r"reject\w*|wouldnt|would not|didnt want|did not want|dont want|do not want|stopped "
           r"(?:answering|replying|responding)|ignor\w*)")
# an advance, a date, a favour, someone's place
ADVANCE = (r"(?:(?:his|her|their) (?:advances?|invitations?|invites?|"
           r"(?:dinner|date|drinks) (?:invitation|invite|offer))|advances|"
           r"(?:go|going|went) out with|(?:a|on a|out on a|go on a) dates?\b|dat(?:e|ing) "
           r"(?:him|her|them)|(?:dinner|drinks|a drink|coffee|lunch) with (?:him|her|them)|"
           r"(?:do|doing|did) (?:him|her|them) (?:a )?(?:personal )?favou?rs?|"
           r"(?:a |any |personal |his |her )?favou?rs?\b|hook(?:ing)? up|sleep(?:ing)? with|"
           r"kiss\w*|hang(?:ing)? out with (?:him|her|them)|"
           r"(?:to|into|back to|over to|at|by) (?:his|her|their) (?:apartment|place|house|home|"
           r"room|hotel|dorm|car|flat)|(?:come|came|coming) over\b(?! (?:the|this|that|my|our) )|"
           r"(?:be|stay|meet\w*|being) alone with|meet (?:him|her|them) (?:alone|off campus|"
           r"at night)|send\w* (?:him|her|them) (?:pics|photos|pictures|nudes)|"
           r"(?:be|become|being) (?:his|her) (?:girlfriend|boyfriend|date)|"
           r"ask\w* me out|visit\w* (?:him|her|them)\b(?! (?:in|during) office hours))")

# retaliation and quid pro quo, in general: something done to one's grade, mark, slot or
# standing (or a threat), tied to refusing an advance, a date, a favour or going to
# someone's place, in either order or as a condition
QUID_PRO_QUO = (rf"\b{POWER_ACT}\b[^.?!]{{0,80}}\b(?:after|because|since|ever since|when|"
               rf"once|for|as) (?:i|she|he|we) (?:\w+ ){{0,2}}?{REFUSED}\b (?:\w+ ){{0,4}}?"
               rf"{ADVANCE}|"
               rf"\b(?:i|she|he|we) (?:\w+ ){{0,2}}?{REFUSED}\b (?:\w+ ){{0,6}}?{ADVANCE}"
               rf"[^?!]{{0,100}}?\b(?:and|so|now|then|since then|ever since|after that|"
               rf"afterwards|the next (?:day|week))\b[^?!]{{0,80}}\b{POWER_ACT}\b|"
               rf"\b{POWER_ACT}\b[^.?!]{{0,60}}\b(?:if|unless|only if|as long as|in exchange "
               rf"for|in return for) (?:i|she|he|we) (?:\w+ ){{0,3}}?{ADVANCE}|"
               rf"\b(?:if|unless) (?:i|she|he|we) (?:dont|do not|didnt|wont|refuse to|say no "
               rf"to|turn down) (?:\w+ ){{0,3}}?{ADVANCE}[^.?!]{{0,60}}\b{POWER_ACT}\b")

# ------------------------------------------------------------------------------- rules

# (kind, pattern). Searched in the repaired, lower-cased, apostrophe-free text.
RULES: tuple[tuple[str, str], ...] = (
    # --- self-harm and suicide -----------------------------------------------------------
    # any harm verb with a reflexive: "starving myself", "hurt yourself", "cut herself"
    ("self_harm", rf"\b(?:{HARM_VERB})\s+(?:\w+\s+)?{REFLEXIVE}\b"
                  r"(?!\s+(?:out\b|in the foot|some slack|a break|up for|to sleep|off (?:the|a) "
                  r"(?:list|team|hook)))"),
    # harm verb on a body part, on purpose or until it bleeds: "burned my arm on purpose"
    ("self_harm", rf"\b(?:{HARM_VERB})\s+(?:my|her|his|their|your) (?:own )?{BODY}\b"
                  r"[^.?!]{0,40}\b(?:on purpose|deliberately|until (?:it|they|i|she|he) "
                  r"(?:bled|bleed|bleeds|bruised|hurt)|till (?:it|they) (?:bled|bleed))"),
    ("self_harm", rf"\buntil (?:my|her|his|their) {BODY} (?:bled|bleed|bleeds|bruised)\b"),
    ("self_harm", r"\b(?:cuts|scars|burns|cutting|marks|wounds|bandages|band ?aids) (?:\w+ ){0,2}"
                  r"(?:on|over|across|along|up and down) (?:both |my |her |his |their )(?:\w+ )?"
                  r"(?:wrists?|arms?|thighs?|legs?)\b"),
    ("self_harm", rf"\b(?:{HARM_VERB})\s+(?:my|her|his|their) (?:own )?{SKIN}\b[^.?!]{{0,20}}"
                  r"\b(?:with (?:a|an|the|my|her|his)? ?(?:lighter|razor|blade|knife|cigarette|"
                  r"scissors|compass|pen|lighter|match|hot|glass)|when(?:ever)? |every time)"),
    ("self_harm", r"\bs(?:el|le)f ?(?:harm\w*|injur\w*|mutilat\w*)"),
    ("self_harm", r"\bdeserve (?:to (?:feel pain|suffer|be hurt|be punished|hurt|die|be dead)|"
                  r"pain|to be in pain)\b"),
    # wanting, planning or looking up death: "looked up ways to die", "ways to end it"
    ("self_harm", rf"\b{WANT} (?:\w+ ){{0,3}}?(?:to )?(?:die|dying|be dead|death|not (?:wake up|"
                  r"be here|be alive|exist)|stop existing|end (?:it|it all|things|everything|my "
                  r"life)|kill (?:my|him|her|them) ?sel\w*)\b(?! (?:on|for|of (?:laughter|"
                  r"boredom|embarrassment|cringe)|laughing|inside|of me\b|"
                  r"if (?:i|we) (?:have|had) to))"),
    ("self_harm", rf"\b(?:think\w*|thought|fantasi[sz]\w*|dream\w*|daydream\w*|imagin\w*|"
                  rf"obsess\w*|contemplat\w*|consider\w*|research\w*|googl\w*|look\w* up|"
                  rf"talk\w*|writ\w*|fixat\w*) (?:a lot |so much |constantly |more )?(?:about |"
                  rf"of )?"
                  rf"{DEATH_NP}\b"),
    ("self_harm", r"\b(?:feel|felt|feeling) like (?:just )?(?:ending (?:it|things|everything|my "
                  r"life)|dying|disappearing|not existing|giving up on (?:life|everything))\b"),
    ("self_harm", r"\b(?:pills|knife|gun|rope|blade|razor)\b[^.?!]{0,40}\b(?:staring at|"
                  r"looking at|holding|counting|in my hands?|next to me|on my (?:desk|bed|"
                  r"nightstand)"
                  r")\b[^.?!]{0,40}\b(?:keep|cant stop|thinking|again|tonight|right now|it)\b"),
    ("self_harm", r"\b(?:tak\w*|took|swallow\w*|down\w*) (?:every|all(?: of)?(?: (?:my|the|her|"
                  r"his))?) "
                  r"(?:single )?(?:pills?|meds|medications?|tablets|sleeping pills)\b|"
                  r"\b(?:dont|do not|not|never) (?:plan|planning|expect|intend)\w* (?:on|to) (?:be|"
                  r"being) "
                  r"(?:here|around|alive)\b|\b(?:drive|driv\w*|crash\w*|steer\w*) (?:my|his|her|"
                  r"their|the) car (?:into|off)\b|\bhow (?:high|tall|far) (?:\w+ ){0,4}(?:building|"
                  r"bridge|fall|drop|jump|floor)\b[^?]{0,30}\b(?:need|needs|to die|fatal|kill|"
                  r"to be)\b|"
                  r"\b(?:pull\w*|scratch\w*|pick\w*|bit|bite\w*|hit\w*|punch\w*|"
                  r"bang\w*)\b[^.?!]{0,30}"
                  r"\b(?:till|until) (?:it|they) (?:bleed|bleeds|bled)\b"),
    ("self_harm", rf"\b(?:saving|sav\w* up|stockpil\w*|hoard\w*|collect\w*|"
                  rf"stash\w*) (?:up )?(?:my |"
                  rf"her |his |their )?{MEDS}\b|\b(?:hope|hoping|wish|wishing|pray\w*) (?:that )?"
                  r"(?:i|she|he) (?:get|gets|got|would get) (?:hit|run over|killed|shot|struck|"
                  r"crushed)\b|\b(?:dont|do not|cant|cannot) see (?:my ?self|me|her ?self|"
                  r"him ?self) "
                  r"(?:making it|being (?:here|around|alive)|living|surviving|lasting)\b|"
                  r"\b(?:punch\w*|hit|hitting|cut\w*|burn\w*|scratch\w*|bang\w*|smash\w*|slam\w*)"
                  r" (?:\w+ ){0,4}on purpose\b|\b(?:im|i am) done trying\b(?! to)|"
                  r"\b(?:keep|keeps|kept|cant stop|been|im|i am|was|sat|stood|standing|"
                  r"sitting) (?:just )?"
                  r"(?:looking|staring|stare|look) (?:down )?at (?:the )?(?:tracks|edge|ledge|"
                  r"water"
                  r" below|drop)\b"),
    ("self_harm", r"\b(?:to|and) (?:not|never) (?:wake|waking) up\b|\bpainless(?:ly)? (?:way|"
                  r"death|die)|"
                  r"\bdie painless\w*"),
    # imminent means or place, with the student there now
    ("self_harm", r"\b(?:pills|gun|knife|rope|blade|razor|noose)\b[^.?!]{0,20}\b(?:in front of me|"
                  r"in my hands?|right (?:here|now)|ready|lined up|counted out)\b"),
    # a high place, with the student there and a line of despair or farewell, even in the
    # next sentence ("standing on top of the parking garage. I can't do this anymore")
    ("self_harm", r"\b(?:standing|stood|sitting|sat|sit|stand|up|im|i am) (?:on|"
                  r"at) (?:the )?(?:top|"
                  r"edge) of (?:the|a|my) (?:\w+ )?(?:garage|deck|building|roof|bridge|tower|"
                  r"overpass|cliff|dorm|library|parking \w+)\b[^?]{0,100}\b(?:come down|jump\w*|"
                  r"let(?:ting)? go|fall\w*|end|right now|dont (?:think|know|want)|cant (?:do|"
                  r"take) "
                  r"(?:this|it)|(?:im|i am) sorry|goodbye|bye)|"
                  r"\b(?:standing|stood|sitting|sat|sit|stand|up) (?:on|at) (?:the|a|my) "
                  r"(?:edge|ledge|roof|rooftop|balcony|bridge|railing|tracks|cliff)\b[^.?!]{0,80}"
                  r"\b(?:come down|jump\w*|let(?:ting)? go|fall\w*|end|think\w*|right now|"
                  r"dont (?:think|know|want))"),
    # a wound someone did to themself; self-harm shorthand ("relapsed on sh", "sh urges")
    ("self_harm", r"\b(?:wrists?|arms?|thighs?|cuts|scars|bandages|bleed\w*|blood|"
                  r"burns?)\b[^?]{0,80}"
                  r"\b(?:did|does|do|done|doing) (?:it|this|that|them) to (?:my|her|him|them) ?"
                  r"sel(?:f|ves)\b|\b(?:did|does|done|doing) (?:it|this|that|them) to (?:my|her|"
                  r"him|them) ?sel(?:f|ves)\b[^?]{0,80}\b(?:wrists?|arms?|thighs?|cuts|scars|"
                  r"bandages|bleed\w*|blood|burns?)\b|"
                  r"\b(?:relaps\w*|urges? (?:to|for)|went back to|clean from|free from) (?:on |to |"
                  r"into |with )?(?:sh|si|self ?harm\w*)\b|\b(?:sh|si) (?:urges?|relapse|again|"
                  r"scars?|free|clean)\b"),
    # being alive is the problem: "better if I am not living anymore"
    ("self_harm", r"\b(?:better|easier|happier|best) (?:for (?:everyone|everybody|all|them|my "
                  r"family) |off )?(?:if|when|that) (?:i (?:am|was|were) (?:not|no longer|never)|"
                  r"i (?:wasnt|werent|no longer|never)|im (?:not|no longer)) (?:living|alive|here|"
                  r"around|existing|exist|born)\b|"
                  r"\b(?:i|im|i am) (?:am )?not (?:living|alive) anymore\b"),
    ("self_harm", r"\b(?:bought|buy|got|get|have|has) (?:a )?(?:rope|noose|razor blades?|"
                  r"gun)\b[^.?!]{0,40}\b(?:dont know why|for myself|for me|just in case|"
                  r"to end)"),
    # goodbyes and last wishes
    ("self_harm", r"\b(?:wrote|write|writing|written|made|updated|sent) (?:my |a |some )?"
                  r"(?:will|last will|letters?|notes?|goodbyes?)\b[^.?!]{0,60}\b(?:before i go|"
                  r"in case|when im gone|im only|after im gone|to my family|to everyone)|"
                  r"\bbefore i go\b(?! (?:to|home|on|back|out|into|abroad))|\bbye forever\b|"
                  r"\bsee you (?:all )?on the other side\b"),
    ("self_harm", r"\bthe only (?:thing|reason|person|one)s? (?:stopping|keeping|holding) me\b"
                  r"(?! from (?:finish|submit|start|work|do))"),
    # worthlessness: "nobody would miss me", "a waste of space"
    ("self_harm", r"\b(?:nobody|no one|noone|no body) (?:would|will|wd) (?:even )?(?:miss|notice|"
                  r"care)\b[^.?!]{0,20}\b(?:if i|me|i was|im gone)|\bnobody would miss me\b|"
                  r"\bwaste of (?:space|air|oxygen|life)\b|"
                  r"\b(?:happier|better off|easier) (?:if i (?:was|were|wasnt|werent|am not)|"
                  r"without me|when im gone)\b|\bdisappearing would (?:solve|fix)\b"),
    ("self_harm", r"\bwont be (?:around|here|alive) (?:for|by|to see|much)\b"),
    ("self_harm", r"\b(?:so |just |really |completely )?done with (?:life|living|existing|being "
                  r"alive|this life|everything and everyone)\b|"
                  r"\b(?:scars|cuts|burns|fresh cuts|wounds|self inflicted \w+)\b[^.?!]{0,50}"
                  r"\b(?:not to tell|dont tell|keep it (?:a )?secret|hid\w*|long sleeves|cover\w* "
                  r"(?:them|it) up)\b|"
                  r"\bshow\w* me (?:her|his|their) (?:scars|cuts|burns|wounds)\b"),
    ("self_harm", r"\b(?:rather|prefer to|prefer) (?:just )?(?:be )?(?:dead|die|not (?:exist|"
                  r"be here|be alive|live|wake up))\b|\b(?:want|wants|need|needs|wish) "
                  r"(?:everything|it all|this|life|it|all of this) to (?:be over|end|stop)"
                  r"(?! (?:early|soon|on time|quickly|by))\b"),
    ("self_harm", r"\b(?:knife|knives|blade|blades|razor|scissors|glass)\b[^.?!]{0,40}\b(?:wrists?|"
                  r"veins?|throat|skin|arms?|thighs?)\b"),
    ("self_harm", r"\b(?:jump\w*|fall\w*|throw\w* (?:my|him|her)self|leap\w*) (?:off|from) "
                  r"(?:the|a|my|our) (?:\w+ )?(?:roof|rooftop|bridge|garage|balcony|building|"
                  r"ledge|window|cliff|overpass|tower)\b"),
    # --- assault ------------------------------------------------------------------------
    ("assault", rf"\b{AGENT} (?:\w+ ){{0,3}}?(?:{VIOLENT}) "
                rf"(?:(?:\w+ ){{1,2}}(?:and|&) )?(?:{PERSON_OBJ})\b"
                r"(?! (?:up\b|to (?:it|the)|at (?:chess|\w+ing|(?:the |a )?(?:leaderboard|game|"
                r"benchmark|competition|hackathon|kaggle|contest))|in (?:a|the) (?:game|"
                r"match|race|leaderboard|benchmark|competition|ranking|contest)|"
                r"with (?:a|an|the|some|this|that|his|her) (?:\w+ )?(?:question|idea|"
                r"email|message|link|deadline|request|comment|problem|task|surprise|quiz|fact|"
                r"news|review)|(?:with|about) (?:the|a) (?:question|idea|project)|out of (?:\d+|"
                r"the)))"),
    ("assault", r"\b(?:got|get|getting|was|were|been|being) (?:just |recently |also |physically |"
                r"brutally |violently |randomly )?(?:beat up|beaten(?: up)?|jumped|"
                r"mugged|stabbed|shot|attacked|assaulted|choked|strangled|drugged)\b"
                r"(?! (?:down|into|at by|by (?:a|the) (?:deadline|question|reviewer)))"),
    ("assault", r"\b(?:is|was|gets|got|getting|been|being|became) (?:\w+ )?(?:violent|"
                r"physical with me|abusive)\b"),
    ("assault", r"\b(?:threw|throw\w*|hurl\w*|chuck\w*) (?:\w+ ){0,3}at (?:me|her|him|my "
                r"(?:head|face))\b|\bbeat (?:up )?(?:me|her|him|my \w+)(?: up)?\b(?! (?:at|in|"
                r"to) )|"
                r"\bwoke up (?:\w+ ){0,5}(?:bruis\w*|no memory|naked|no clothes|(?:dont|didnt|cant|"
                r"couldnt) remember|in (?:a|some) (?:strangers?|guys?|mans?) (?:bed|room|"
                r"apartment))"),
    ("assault", r"\b(?:pull\w*|point\w*|held|hold\w*|brandish\w*|waved?) (?:a |his |her |their )?"
                r"(?:knife|gun|weapon|blade|pistol) (?:on|at) (?:me|her|him|us)\b|\block\w* (?:me|"
                r"her|"
                r"him) (?:in|inside) (?:my|the|a|his|her|our) (?:room|house|apartment|closet|car|"
                r"bathroom|dorm)\b"),
    ("assault", rf"\b{AGENT} (?:\w+ ){{0,3}}?(?:{VIOLENT}) (?:my|her|his) (?:arm|arms|wrist|wrists|"
                r"neck|throat|hair|face|head)\b"),
    ("assault", r"\bforc\w* (?:him|her|them)sel(?:f|ves) on\b|\b(?:broke|"
                r"break\w*) into my (?:apartment|"
                r"room|house|place|dorm|car)\b"),
    ("assault", r"\bthreat\w* (?:me|her|him|us|my|to (?:hurt|kill|hit|beat|post|share|leak))\b"),
    ("assault", rf"\b(?:{VIOLENT}) (?:me|her|him) (?:against|into|onto|to) (?:a|the) "
                r"(?:wall|door|floor|ground|car|locker|table|bed)\b"),
    # --- harassment / sexual misconduct ---------------------------------------------------
    ("harassment", rf"\b(?:touch\w*|grab\w*|rubb?\w*|squeez\w*|strok\w*|pinch\w*|caress\w*|"
                   rf"pat\w*|feel\w* up) (?:my|her|his) {BODY}\b"
                   r"(?! (?:to (?:get|wake)|by accident))"),
    ("harassment", r"\btouch\w* (?:me |her |him |my \w+ )?without (?:my |her |his |their |)?"
                   r"(?:permission|consent|asking)\b"),
    ("harassment", rf"\b(?:i|she|he|they) {NO_CONSENT}\b(?=[^?]*\b{INTIMATE}\b)|"
                   rf"\b{INTIMATE}\b[^?]*\b(?:i|she|he) {NO_CONSENT}\b"),
    ("harassment", r"\b\w+(?:ed|ing) (?:me|her|him) without (?:asking|my (?:consent|permission|"
                   r"knowledge)|her (?:consent|permission)|his (?:consent|permission)|consent|"
                   r"permission|telling me)\b|\b(?:hack\w*|broke into|got into|logg\w* into|"
                   r"access\w*) (?:my|her|his) (?:account|slack|email|phone|instagram|messages|"
                   r"laptop|icloud|snap\w*|dms|texts)\b|\b(?:reading|reads|read|going through|"
                   r"tracking|tracks|track) my (?:messages|texts|email|dms|location|phone)\b|"
                   r"\b(?:fail|flunk|lower (?:my|her|his) grade|grade (?:me|her|him) down|mark "
                   r"(?:me|her|him) down|give (?:me|her|him) (?:a zero|an f|a bad grade|a lower "
                   r"grade))\w* (?:me |her |him )?(?:unless|if (?:i|she|he) (?:dont|doesnt|do not|"
                   r"does not|didnt|wont))\b"),
    ("harassment", r"\bthreat\w* (?:emails?|messages?|texts?|dms?|notes?|calls?|letters?|posts?)\b|"
                   r"\b(?:keeps?|kept|always|secretly|constantly|"
                   r"without asking) (?:\w+ ){0,2}(?:tak|"
                   r"snap|film|record|shoot)\w* (?:pictures?|photos?|pics|videos?|"
                   r"footage)? ?(?:of )?me\b"),
    ("harassment", r"\b(?:screenshots?|photos?|pictures?|pics|videos?|clips?) of (?:me|"
                   r"my (?:messages|"
                   r"texts|dms|chats|posts|comments))\b[^.?!]{0,60}"
                   r"\b(?:group ?chat|chat|slack|instagram|snap\w*|online|internet|discord|gross|"
                   r"creepy|sexual|rating|without|laugh\w*|mock\w*)\b|"
                   rf"\b{AGENT} (?:\w+ ){{0,5}}(?:left|leaves|leaving|keeps leaving|put|puts) "
                   r"(?:\w+ ){1,8}(?:at|on|outside|under|by|in) my (?:door|car|desk|apartment|dorm|"
                   r"room|locker|mailbox|bag)\b|"
                   r"\b(?:unless|or else|if (?:i|she|he) (?:dont|doesnt|do not|does not|wont)) "
                   r"(?:(?:i|she|he) )?(?:(?:go|goes|went|agrees? to go) on a date|goes out|"
                   r"date "
                   r"(?:him|her)|sleep with|send (?:him|her|them) (?:pics|nudes|photos)|kiss|"
                   r"hook up|"
                   r"go out|have sex|come over|spend the night)\b"),
    ("harassment", r"\b(?:pictures?|photos?|pics|images?|videos?|messages|texts|dms) "
                   r"(?:that |which )?(?:i|she|he|they) (?:did not|didnt|never|dont|do not) "
                   r"(?:ask|asked|want|wanted|consent)"),
    ("harassment", r"\b(?:mak\w*|made) (?:me|her|him) (?:feel )?(?:really |so |very |super |"
                   r"kind of |kinda |a bit |extremely )?(?:uncomfortable|unsafe|uneasy|scared)\b"),
    ("harassment", r"\b(?:dating|love|sex|romantic|personal) (?:life|history)\b|\bif (?:im|i am) "
                   r"single\b|\bmy (?:relationship|boyfriend|girlfriend) status\b"),
    ("harassment", r"\bwont take no for an answer\b|\bkeeps? (?:asking|begging|pressuring) (?:me )?"
                   r"for (?:nudes|pics|pictures|photos|my number|a date|a kiss|sex)\b"
                   r"(?! of (?:the|our|your) )"),
    ("harassment", r"\b(?:grades?|points|score|marks?|an a|an a\+|a b|full marks|pass|"
                   r"recommendation|rec letter|extension)\b[^.?!]{0,50}\b(?:if|unless|as long as|"
                   r"whether|depends on (?:whether|if)|only if) "
                   r"(?:i|we) (?:was|were|am|went|go|would|agreed|had|came|come|visit\w*|met|"
                   r"meet|spend|spent|stay\w*)\b[^.?!]{0,30}\b(?:nicer|nice to (?:him|her)|dinner|"
                   r"drinks?|date|out with|sleep|hook up|come over|kiss|favou?r|(?:his|her|their) "
                   r"(?:place|apartment|room|house|hotel|car))\b|"
                   r"\b(?:nicer|nice to (?:him|her)|dinner|drinks|a date|go out|went out|sleep "
                   r"with)\b[^.?!]{0,50}\b(?:better|higher|good|passing) (?:grade|score|mark)"),
    ("harassment", r"\b(?:have|has|required|obligated|obliged|mandated|need) to report (?:it|this|"
                   r"that|what|me|him|her)\b|\b(?:automatically|mandatory|mandated) report\w*|"
                   r"\breporting (?:obligation|requirement|duty)\b"),
    ("harassment", rf"\bconfidential\w* (?:\w+ ){{0,5}}about (?:something|what) (?:the |a |my |"
                   rf"one of the )?(?:{STAFF}|he|she|they|someone|a student|a classmate)\b|"
                   rf"\bthe (?:person|one|guy|man|woman) (?:who is |whos |thats )?(?:harass\w*|"
                   r"stalk\w*|bother\w*|abus\w*)"),
    ("harassment", r"\b(?:keeps?|kept|wont stop|doesnt stop|always|constantly) (?:adding|liking|"
                   r"commenting on|watching|staring at|texting|dming|messaging|calling|following|"
                   r"emailing|showing up)\b[^.?!]{0,50}\b(?:uncomfortable|creepy|weird|scared|"
                   r"unsafe|stop|no|late at night|middle of the night|alone|personal|instagram|old "
                   r"(?:pics|photos|posts))"),
    ("harassment", r"\b(?:verbally|emotionally|psychologically) abus\w*|\babusive (?:to|toward|"
                   r"towards|with) (?:me|her|him)\b|\b(?:yell\w*|scream\w*|shout\w*|swear\w*|"
                   r"curs\w*) at (?:me|her|him)\b"),
    ("harassment", rf"\b{STAFF} (?:\w+ ){{0,2}}(?:is|was|being|been|gets|got) (?:really |so |"
                   r"super |very |kinda |kind of )?(?:weird|creepy|inappropriate|too friendly|"
                   r"flirty|touchy)\b"),
    # agent-act-target: hostile talk aimed at the student ("mean memes about me", "nasty
    # stuff behind my back", "weird comments to me"), bullying and humiliation of a person,
    # threats with a condition, favours traded for grades
    ("harassment", rf"\b{HOSTILE} (?:\w+ )?{TALK}\b[^.?!]{{0,30}}?\b(?:about|to|at|on|behind|"
                   rf"toward|towards|of|in front of) (?:me|my|her|him|us)\b|"
                   r"\bspread\w* (?:\w+ )?(?:rumou?rs?|lies|stories|gossip) (?:about|that) "
                   r"(?:me|her|him|i|she|he)\b|\b(?:lies|lying|rumou?rs|gossip\w*) about (?:me|"
                   r"her|him)\b|\b(?:said|told me|says|commented|keeps? saying)\b[^.?!]{0,20}\b"
                   r"(?:i|she) should (?:wear|dress|smile|lose weight|show)\b|"
                   r"\bcall\w* (?:me|her|him) (?:names|\w+ names)\b"),
    ("harassment", r"\bcyber ?bull\w*|\b(?:bully|bullies|bullied|bullying|humiliat\w*|belittl\w*|"
                   r"intimidat\w*|berat\w*|ridicul\w*|degrad\w*|pick\w* on|gang\w* up on|"
                   r"torment\w*|taunt\w*|mak\w* fun of|made fun of|mock(?:s|ed|ing)?"
                   r"(?= \w+\b(?! (?:for|because|about)\b))) "
                   r"(?:me|her|him|us|my friend|everything (?:i|she|he) (?:say|says|said|do|does|"
                   r"did|write|writes|post|posts)|(?:my|her|his) (?:voice|questions?|answers?|"
                   r"ideas?|presentation|way of \w+))\b"
                   r"(?! (?:up|to|for (?:the|a|an) (?:question|answer|demo|example)|first))|"
                   r"\bimitat\w* (?:my|her|his) (?:voice|way of \w+|laugh|walk)\b|"
                   r"\b(?:being|been|getting|got|was|were|am|im|is) (?:\w+ )?(?:bullied|"
                   r"humiliated|harassed|threatened|intimidated|stalked|targeted|singled out)\b"
                   r"(?! by (?:the|a|an|this|that|our|my|these|those) (?!(?:ta|tas|prof\w*|"
                   r"instructor|grader|teammates?|classmates?|guys?|girls?|students?|people|"
                   r"staff|man|woman|ex|roommates?|partner|group)\b)\w+)"),
    ("harassment", rf"\b{PERSON_SUBJ} (?:\w+ ){{0,2}}?threat\w* (?:to \w+ (?:\w+ ){{0,3}}?"
                   r"(?:me|my|her|his)\b|(?:to|that)\b[^.?!]{0,50}\b(?:if (?:i|we|she|he) "
                   r"(?:dont|do not|wont|refuse|say no)|unless)\b)"),
    # remarks on the student's looks; name-calling; payback for saying no or reporting
    ("harassment", r"\b(?:comment\w*|remark\w*|jok\w*|talk\w*) (?:\w+ )?"
                   r"(?:on|about) (?:how (?:i|she|"
                   r"he) (?:look|looks|dress|dresses)(?! (?:at|for|into|up|over|through))|"
                   r"(?:my|her) (?:looks|body|appearance|figure|"
                   r"outfits?|clothes|legs|chest|butt|weight|lips)|what (?:i|she) wears?)\b|"
                   r"\bcall\w* (?:me|her|him) (?:a |an )?(?:stupid|dumb|idiot|moron|useless|"
                   r"worthless|ugly|fat|lazy|loser|pathetic|incompetent|trash|garbage|slut|whore|"
                   r"bitch|retard\w*)\b"),
    ("harassment", r"\b(?:lower\w*|worse|docked|dock\w*|fail\w*|zero|cut|dropped|took off|"
                   r"marked (?:me )?down)\b[^.?!]{0,40}\b(?:after|since|because|ever since|when) "
                   r"(?:i|she|he) (?:\w+ )?(?:turned (?:him|her|them) down|turned down (?:his|her|"
                   r"their)|said no to (?:him|her|them|his|her)|rejected (?:him|her|them|his|her)|"
                   r"refused (?:him|her|them|his|her|to (?:go out|date|meet))|declined (?:his|her|"
                   r"their)|reported (?:him|her|them)|stopped (?:responding|replying|answering) to "
                   r"(?:him|her|them)|wouldnt (?:go out|date|meet))\b"),
    # retaliation and quid pro quo (a grade, a slot, a threat tied to saying no to an advance)
    ("harassment", QUID_PRO_QUO),
    ("harassment", r"\b(?:grades?|points|score|marks?|pass)\b[^.?!]{0,50}\b(?:if|unless|as long "
                   r"as|whether) (?:i|we) (?:hang out|hung out|go out|went out|get (?:drinks|"
                   r"dinner|coffee|a drink)|meet up|spend time|date|hook up|sleep together)\b"),
    # exclusion and ridicule by a group: "nobody wants you here", "says bad things about me",
    # "other students are laughing at me"
    ("harassment", r"\b(?:nobody|no one|noone|none of us) (?:even )?wants? (?:me|you|her|him) "
                   r"(?:here|there|around|in (?:the|this|our|their|your) (?:class|team|group|"
                   r"course|"
                   r"program|lab))\b|"
                   r"\b(?:say\w*|said|post\w*|spread\w*|writ\w*|wrote|tell\w*|told|text\w*) "
                   r"(?:\w+ )?(?:bad|mean|nasty|horrible|awful|terrible|hurtful|cruel|"
                   r"ugly) (?:things|"
                   r"stuff|comments|lies|jokes) (?:about|to) (?:me|her|him|us)\b|"
                   r"\b(?:everyone|everybody|other (?:students|people|classmates|kids)|the other "
                   r"\w+|the (?:whole |entire )?class|people) (?:\w+ ){0,3}?laugh\w* at (?:me|her|"
                   r"him)\b"),
    # threats to the student's safety; their address or number spread ("doxxing")
    ("harassment", r"\b(?:knows?|found out|figured out|looked up|find out) where (?:i|she|he|you) "
                   r"(?!\w+ (?:because|since) (?:we|were))"
                   r"(?:live|lives|stay|stays|sleep|sleeps)\b|\bwatch your back\b|"
                   r"\b(?:said|says|told (?:me|her|him)|warned|texted|wrote|messaged)\b[^.?!]{0,60}"
                   r"\b(?:i|you|she|he) (?:had |have )?better watch (?:my|your|her|his) ?(?:self|"
                   r"back)\b"),
    ("harassment", r"(?<!\bi )(?<!\bwe )\b(?:post\w*|shar\w*|leak\w*|publish\w*|spread\w*) "
                   r"(?:\w+ )?(?:my|her|his) (?:home |dorm |personal |real |private )?(?:address|"
                   r"(?:phone )?number|location)\b[^.?!]{0,40}\b(?:in (?:the|a) (?:channel|chat|"
                   r"group|slack|discord|server)|online|publicly|everywhere|to everyone|on (?:the|"
                   r"a) "
                   r"(?:channel|slack|discord|internet|twitter|reddit))|(?<!\bi )(?<!\bwe )"
                   r"\b(?:post\w*|shar\w*|leak\w*|publish\w*) (?:\w+ )?(?:my|her|his) (?:home|"
                   r"dorm) "
                   r"address\b|\bdoxx?(?:ed|ing)? (?:me|her|him)\b|\bgot doxx?ed\b"),
    # recorded while undressed or asleep; touched "in a bad way"; unasked pictures of genitals
    ("harassment", r"\b(?:record\w*|film\w*|photograph\w*|screenshot\w*|took (?:a )?(?:photos?|"
                   r"pictures?|pics|videos?|screenshots?) of|snap\w* (?:a )?(?:photo|pic)s? of) "
                   r"(?:me|her|him) (?:while|when|as) (?:i|she|he) (?:was|were|am|is) (?:\w+ )?"
                   r"(?:changing|undress\w*|showering|in the shower|naked|asleep|sleeping|"
                   r"passed out|"
                   r"drunk|in the bathroom|getting dressed)\b|"
                   r"\btouch(?:ed|es|ing)? (?:me|her|him) (?:in (?:a|the) (?:bad|wrong|weird|"
                   r"sexual|"
                   r"inappropriate|private|uncomfortable) (?:way|place|spot)s?|inappropriately|"
                   r"there|on (?:my|her|his) (?:private|privates|body))\b|"
                   r"\b(?:pics?|pictures?|photos?|images?|videos?|snaps?|selfies?) of (?:his|her|"
                   r"their) (?:junk|dick|penis|privates|private parts|genitals|naked \w+|crotch|"
                   r"boobs)\b|\bdick pics?\b"),
    # a threat of violence ("screaming that he'll hurt me")
    ("assault", r"\b(?:hell|he will|shell|she will|theyll|they will|hed|he would|shed|she would|"
                r"theyd|(?:is|was|are|were|hes|shes|theyre) going to|gonna|swore (?:he|she|"
                r"they)d?) "
                r"(?:\w+ )?(?:hurt|beat|stab|shoot|attack|rape|strangle|choke) (?:me|her|him)\b"
                r"(?! (?:if (?:i|we) (?:dont|miss|forget|fail|am late|break)|lol|haha|at\b|"
                r"in (?:the|"
                r"a|our|my) (?:\w+ )?(?:grade|evaluation|review|score|ranking|leaderboard|game|"
                r"match|race)))|"
                r"\b(?:threaten\w*|screaming|yelling|shouting|"
                r"swore) (?:\w+ ){0,2}(?:that )?(?:hell|"
                r"he will|shell|she will|theyll|hed|shed|theyd|to) (?:\w+ )?kill (?:me|her|him|"
                r"us)\b"),
    # blackmail: something private spread unless the student complies
    ("harassment", r"(?<!\bi )(?<!\bwe )(?<!\bill )\b(?:leak\w*|post\w*|shar\w*|send\w*|expos\w*|"
                   r"spread\w*|releas\w*|show\w*|"
                   r"tell\w*|forward\w*) (?:\w+ )?(?:my|her|his) "
                   r"(?:\w+ )?(?:pics|photos?|pictures?|"
                   r"nudes|videos?|messages|dms|texts|secrets?|address|screenshots?|chats?)\b"
                   r"[^.?!]{0,50}\b(?:if (?:i|she|he|we) (?:dont|do not|wont|refuse|dont agree|"
                   r"say no|stop)|unless (?:i|she|he|we))\b|\bblackmail\w*|\bextort\w*|"
                   r"\bsextort\w*"),
    # retaliation: "he'd make sure I fail if I report him"
    ("harassment", r"\b(?:make sure|threat\w*|said|says|told me|warned|"
                   r"hed|shed|theyd|hell|shell)\b[^.?!]{0,30}\b(?:fail\w*|a zero|ruin\w*|tank\w*|"
                   r"lower\w*|sabotag\w*|expos\w*|hurt\w*|get back at|get (?:me|you) (?:kicked|"
                   r"expelled))\b[^.?!]{0,30}\b(?:if|when) (?:i|you|she|he) (?:ever )?(?:report\w*|"
                   r"tell (?:anyone|someone|the|a)|complain\w*|go to)\b"),
    # someone's photos, address or messages spread with a hostile word or without asking
    ("harassment", r"\b(?:post\w*|shar\w*|leak\w*|spread\w*|circulat\w*|forward\w*|sen[dt]\w*) "
                   r"(?:\w+ )?(?:my|her|his) (?:photos?|pics?|pictures?|videos?|nudes|address|"
                   r"number|phone number|dms|messages|screenshots?|selfies?)\b[^.?!]{0,60}"
                   rf"\b(?:{HOSTILE}|without (?:asking|my|her|his|consent|permission)|mock\w*|"
                   r"rating|rate)"),
    ("harassment", r"\b(?:in exchange for|in return for|as long as i (?:go|went) on|for going on) "
                   r"(?:a date|dates|sex|a kiss|kisses|drinks|dinner|going out|hooking up|"
                   r"sleeping with|nudes|pics|a favou?r)\b"),
    ("harassment", r"\b(?:rub\w*|press\w*|grind\w*|push\w*) (?:\w+ )?(?:up )?(?:against|on) "
                   r"(?:me|her|him)\b(?! (?:to|about|for))|\bexpos\w* (?:him|her|them)sel\w*|"
                   r"\bflash\w* (?:me|her|him)\b|\bfake (?:account|profile|page)s? (?:with|of|"
                   r"using) (?:my|her|his)\b|\bpretend\w* to be me\b|\bimpersonat\w* me\b"),
    # --- discrimination ----------------------------------------------------------------
    ("discrimination", rf"\b(?:because|cause|cuz|coz|since|for being|just for being|due to) "
                       rf"(?:of )?(?:im|i am|being|me being|my|she is|shes|he is|hes|they are|"
                       rf"theyre|her|his|their|of my) (?:a |an |the only |not )?(?:\w+ )?"
                       rf"{IDENTITY}\b(?=[^?]*\b{TREAT})|\b{TREAT}\b[^.?!]{{0,80}}\b(?:because|"
                       rf"cause|cuz|since|for being|due to) (?:of )?(?:im|i am|being|my|she is|"
                       rf"shes|he is|hes|they are|her|his|their) (?:a |an |the only |not )?"
                       rf"(?:\w+ )?{IDENTITY}\b"),
    ("discrimination", rf"\b(?:mock\w*|mak\w* fun of|made fun of|laugh\w* at|teas\w*|insult\w*|"
                       rf"bull\w*|pick\w* on) (?:me|her|him|us) (?:for|because of|about) "
                       rf"(?:(?:being |my |her |his |their )?(?:a |an )?{IDENTITY}|{PRACTICE})\b"),
    ("discrimination", rf"\b(?:comments?|commenting|remarks?|jokes?|joking|questions?) "
                       rf"(?:\w+ )?(?:about|on) (?:my|her|his) (?:{IDENTITY})\b"
                       r"(?<!body)(?<!appearance)(?<!name)(?<!english)"),
    ("discrimination", rf"\b{SAID}[^.?!]{{0,30}}\b{GROUP} (?:\w+ ){{0,2}}(?:are|r|is) "
                       r"(?:all |just |naturally |mentally |literally )?"
                       r"(?:lazy|stupid|dumb|inferior|terrorists|criminals|cheaters|dirty|"
                       r"illegal|bad at \w+|not smart|worse|weak|useless|incapable|ill|sick|"
                       r"crazy|evil|disgusting|gross|freaks|animals|not real|confused|degenerates|"
                       r"a joke|a phase|a threat|dangerous|predators|unnatural|subhuman)\b|"
                       rf"\b{SAID}[^.?!]{{0,30}}\b{GROUP} (?:\w+ ){{0,2}}(?:shouldnt|should not|"
                       r"cant|cannot|dont belong|"
                       r"do not belong|arent|are not|dont deserve|dont get to)\b|"
                       rf"\b{SAID}[^.?!]{{0,30}}\b{GROUP} (?:cant|cannot|dont|do not|never|wont) "
                       r"(?:get|do|understand|code|program|handle|learn|lead|think|be)\b"
                       r"(?: \w+)?(?:\.|,|;|!|$)"),
    # grades given by identity: "gave all the chinese students lower grades"
    ("discrimination", rf"\b(?:gave|gives|give|giving|grad\w*|mark\w*|scor\w*) (?:all (?:of )?)?"
                       rf"(?:the )?(?:{GROUP}|{IDENTITY} (?:students|people|kids|ones|members|"
                       r"women|men|girls|guys)) (?:\w+ ){0,3}(?:lower|worse|harsher|harder|bad|"
                       r"less|"
                       r"fewer|failing)\b"),
    # merit denied for an identity: "I only got in because of diversity"
    ("discrimination", r"\b(?:only|just) (?:got in|got accepted|got admitted|got (?:the|that|a|my) "
                       r"(?:grade|spot|job|internship|position|score)|got picked|got chosen|(?:am|"
                       r"is|are) here|passed|got (?:a|an) \w+)\b[^.?!]{0,20}\bbecause (?:of )?"
                       r"(?:diversity|affirmative action|a quota|quotas|(?:im|i am|my|her|his|"
                       rf"being|shes|hes) (?:a |an )?(?:\w+ )?{IDENTITY})\b"),
    # identity-based treatment: exclusion of "someone like me", or a student who names an
    # identity and then how people treat them
    ("discrimination", rf"\b(?:dont|didnt|doesnt|wont|do not|did not|not|never) (?:want|like|"
                       rf"work with|sit with|talk to|trust)\w* (?:\w+ ){{0,8}}?(?:{GROUP}|"
                       rf"{ID_PERSON})\b|"
                       rf"\b(?:excludes?|excluded|excluding|ignor\w*|avoid\w*|hat\w*) {GROUP}\b|"
                       rf"\b(?:im|i am|as an?) (?:a |an )?{SELF_ID}\b(?=[^?]*\b(?:{TREAT}|"
                       r"(?:dont|didnt|doesnt|wont) want (?:me|to (?:work|be|sit) with me)))"),
    ("discrimination", rf"\b(?:the only|the other|other) {IDENTITY} (?:student|person|one|member|"
                       rf"girl|woman|guy|man|kid)s?\b[^?]*\b(?:{TREAT}|confus\w*|mix\w* (?:me|us) "
                       rf"up)|\b(?:confus\w*|mix\w* up|mistak\w*) (?:me|her|him) (?:with|for) the "
                       rf"(?:other|only) {IDENTITY}\b"),
    ("discrimination", rf"\b{SAID}[^.?!]{{0,30}}\b{GROUP} (?:are |r |is )?(?:only|all|always|"
                       r"never|just|naturally) \w+|\b(?:call\w*|said|says) (?:that )?(?:my|her|"
                       r"his) "
                       rf"{IDENTITY} (?:is |are |was |were )?(?:stupid|fake|weird|wrong|ridiculous|"
                       r"dumb|made up|not real|a joke|disgusting|gross|a phase)\b|"
                       rf"\b(?:mak\w* fun of|made fun of|mock\w*|laugh\w* at|teas\w*|insult\w*|"
                       rf"jok\w* about|imitat\w*|mimic\w*) (?:my|her|his|their) {IDENTITY}\b"),
    ("discrimination", r"\bonly (?:calls? on|call\w* on|picks?|listens? to|helps?|praises?|"
                       r"invites?|"
                       r"includes?|answers?|hires?|chooses?) (?:the )?(?:white|male|men|guys|boys|"
                       r"women|girls|straight|native speakers|americans|domestic|asian|black|"
                       r"indian|"
                       r"chinese|christian|young|younger|older) ?(?:guys|men|students|people|ones|"
                       r"kids|boys|girls|women)?\b|\b(?:told|tell\w*|said|says|yell\w*) (?:me|her|"
                       r"him|us) (?:to )?go back to\b|\bgo back to (?:china|india|mexico|africa|"
                       r"korea|japan|vietnam|iran|iraq|pakistan|russia|asia|(?:your|my) (?:own )?"
                       r"(?:country|home country))\b|"
                       r"\bgo back (?:to )?where (?:you|i|she|he|they) came from\b|"
                       r"\bwhere (?:im|i am|shes|she is|hes|he is|theyre|they are|you are|youre) "
                       r"really from\b|"
                       r"\b(?:pull\w*|ripp?\w*|tore|tear\w*|yank\w*|grabb?\w*|knock\w*|touch\w*|"
                       r"mock\w*) (?:off )?(?:my|her|his) (?:headscarf|hijab|turban|kippah|"
                       r"yarmulke|"
                       r"veil|niqab|patka|cross|bindi)\b|\b(?:im|i am) the (?:oldest|youngest|"
                       r"only) "
                       rf"(?:\w+ )?(?:student|person|one|woman|girl|guy|member)\b[^?]*\b{TREAT}|"
                       rf"\b{TREAT}\b[^?]*\b(?:im|i am) the (?:oldest|youngest|only) (?:\w+ )?"
                       r"(?:student|person|one|woman|girl|guy|member)\b"),
    # a name or gender got wrong on purpose, again and again
    ("discrimination", r"\b(?:mispronounc\w*|misgender\w*|deadnam\w*)\b[^.?!]{0,30}\b(?:on purpose|"
                       r"deliberately|intentionally|every time|again|"
                       r"to be funny)\b|\b(?:keeps?|kept|"
                       r"always|on purpose|deliberately|intentionally|refus\w* to stop|wont stop)\b"
                       r"[^.?!]{0,20}\b(?:mispronounc\w*|misgender\w*|deadnam\w*)\b"),
    # the student ties a treatment to who they are: "took points off ... I think it's because
    # I'm international"
    ("discrimination", rf"\b(?:{TREAT}|{DOCKED})\b[^?]*{BECAUSE_ME}|{BECAUSE_ME}[^?]*\b(?:{TREAT}|"
                       rf"{DOCKED})\b"),
    # who they are came out, then they were shut out: "since I mentioned my boyfriend (I'm a
    # guy), my teammates stopped inviting me", "found out my caste ... now people avoid me"
    ("discrimination", rf"\b(?:(?:since|after|ever since|once|when) (?:i|they|he|she|people|"
                       rf"everyone|"
                       rf"my \w+) (?:\w+ )?(?:mentioned|told (?:them|everyone|people|the \w+)|"
                       rf"said|found out|learned|came out|revealed|outed|saw|heard)|(?:found out|"
                       rf"learned|discovered|figured out|outed)) (?:about )?(?:that )?(?:my|her|"
                       rf"his|"
                       rf"(?:im|i am|shes|hes|i have|she has|he has)) (?:a |an )?(?:\w+ )?"
                       rf"(?:{DISCLOSED})\b[^?]*\b(?:{SHUT_OUT})|\b(?:since|after|ever since|once|"
                       rf"when) i came out\b[^?]*\b(?:{SHUT_OUT})"),
    # a disability named by what the student uses, then hostile treatment: "I use a screen
    # reader ... they called me a burden", "my friend who uses a wheelchair ... excluded her"
    ("discrimination", rf"\b(?:i|she|he|they|who|that) (?:use|uses|used|using|am in|is in|are in|"
                       rf"rely on|relies on) (?:a |an )?(?:screen reader|wheelchair|cane|hearing "
                       rf"aids?|crutches|walker|service (?:dog|animal)|sign language|prosthetic\w*)"
                       rf"\b[^?]*\b(?:{SHUT_OUT}|burden|keep up)\b"),
    # a masked slur: "called me a f*g"
    ("discrimination", r"\bcall\w* (?:me|her|him|us|them) (?:a |an |the )?(?:[a-z]+\*+[a-z]*|"
                       r"\*+[a-z]+)(?<!ing)(?<!in)(?![a-z*])"),
    # a group told it does not belong: "maybe this course is too hard for people like me"
    ("discrimination", rf"\b(?:too (?:hard|difficult|advanced|technical) for|not (?:meant |made )?"
                       rf"for|(?:dont|doesnt|do not) belong|no place for)\b[^.?!]{{0,30}}\b{GROUP}|"
                       rf"\b{GROUP}[^.?!]{{0,20}}\b(?:dont|do not|cant|cannot|shouldnt|should not) "
                       r"(?:belong|be here|do (?:this|ml|cs|math)|make it)\b"),
    # a condition or disability mocked: "imitating my stutter", "jokes about my wheelchair"
    ("discrimination", rf"\b(?:mock\w*|imitat\w*|mimic\w*|mak\w* fun of|made fun of|laugh\w* at|"
                       rf"jok\w* about) (?:my|her|his) (?:{CONDITION}|disabilit\w*|wheelchair|"
                       r"hearing aids?|cane|crutches|accent|speech)\b"),
    ("discrimination", r"\b(?:speak\w*|talk\w*) (?:in )?(?:their|another|a different) (?:own )?"
                       r"language (?:in front of|around|to exclude|over) me\b"),
    ("discrimination", r"\b(?:said|says|saying|told me|tell me|think|thinks|keeps? saying)\b"
                       r"[^.?!]{0,20}\bmy (?:english|accent|skin|hair|religion|culture|name|race|"
                       r"ethnicity|gender|pronouns|hijab|turban|food|country|background|clothes) "
                       r"(?:is|are|isnt|sounds?|looks?) (?:too |so |not |really )?\w+|"
                       r"\b(?:monkey|ape|animal) (?:noises|sounds|jokes|gestures)\b|"
                       rf"\b{GROUP} (?:\w+ ){{0,2}}(?:belong|should stay|should be) (?:in|at) "
                       r"(?:the )?(?:kitchen|home|house)\b"),
    # --- substance ----------------------------------------------------------------------
    ("substance", r"\bsnort\w*|\bpopp\w* (?:some |a few |a couple |more )?(?:pills|molly|xanax|"
                  r"adderall|percs|oxys?)\b|\bmolly\b|\bshrooms\b|\bacid trip\b|\bbooze\b|"
                  r"\b(?:need|needs|needed) (?:a|another) (?:drink|hit|smoke|pill|shot|bump)\b|"
                  r"\b(?:using|doing|on|took|taking|take) (?:coke|meth|molly|speed|pills)\b|"
                  r"\b(?:vodka|whiskey|tequila|liquor|beers?|wine)\b[^.?!]{0,40}\b(?:every "
                  r"(?:night|day|morning)|to (?:sleep|cope|get through|function)|alone|cant "
                  r"stop|bottle)"),
    ("substance", rf"\b(?:vap\w*|smok\w*|snort\w*|popp?\w*|tak\w*|took|us(?:e|es|ed|ing)|do|does|"
                  rf"doing|"
                  rf"did|on|high on|relying on|rely on|relies on|depend\w* on|addicted to|hooked "
                  rf"on|mix\w*|buy\w*|bought|sell\w*|dealing) (?:some |a lot of |too much |more |"
                  rf"a |an |my |"
                  rf"another |half a |a whole |her |his )?(?:\w+s )?{DRUG}\b|\b(?:relying|rely|"
                  rf"relies|depend\w*|"
                  rf"hooked) on (?:\w+ )?(?:drugs?|"
                  r"pills|alcohol|drinks?|drinking|booze|edibles|weed)\b|\bwithout (?:a|my|"
                  r"some) (?:drink|beer|smoke|hit|pill|joint|vape|bump|shot)\b"),
    ("substance", r"\b(?:was|am|im|got|get|gets|been|being|is|shows up|showed up) (?:so |too |"
                  r"really |super |completely )?(?:high|stoned|drunk|wasted|tipsy|"
                  r"buzzed) (?:during|"
                  r"in|at|for|before|to) (?:the |my |our |a )?(?:presentation|class|lecture|"
                  r"meeting|"
                  r"exam|lab|office hours|work)\b"),
    ("substance", r"\b(?:shak\w*|sweat\w*|sick|tremors?|the shakes|withdrawal\w*) (?:\w+ ){0,2}"
                  r"(?:if|when|unless|until) (?:i )?(?:dont|do not|cant|havent|have not|skip) "
                  r"(?:a )?(?:drink|use|smoke|get high|take|dose)\b|\b(?:lines?|bumps?|tabs?|"
                  r"grams?|"
                  r"hits?) of (?:coke|cocaine|meth|ketamine|molly|acid|k|speed|heroin)\b"),
    ("substance", rf"\b(?:drank|drink\w*|downed|chugg\w*) (?:\w+ ){{0,4}}?(?:{ALCOHOL}|"
                  rf"bottle of \w+)\b[^.?!]{{0,30}}\b(?:by myself|alone|again|every (?:night|day)|"
                  r"all night|in one night|before (?:class|lecture|noon|work))\b"),
    ("substance", rf"\b(?:cant|cannot|can not|couldnt) (?:\w+ ){{0,6}}?without (?:\w+ ){{0,5}}?"
                  rf"(?:{ALCOHOL}|{DRUG})\b"),
    # a drink, drug or pills, then a body in danger: "drank a whole bottle ... won't wake up",
    # "mixed pills and drinks ... can barely breathe"
    ("substance", rf"\b(?:{ALCOHOL}|{DRUG}|pills|meds|snorted|"
                  rf"took something)\b[^?]{{0,80}}\b(?:passed "
                  r"out|wont wake|not waking|unresponsive|unconscious|not breathing|(?:cant|can "
                  r"barely|can hardly|barely) breathe|turning blue|having a seizure|seizing|"
                  r"throwing up blood)"),
    # --- disability ---------------------------------------------------------------------
    ("disability", r"\b(?:because of|due to|with|have|has|had) (?:a |an |my |her |his )?(?:medical "
                   r"|chronic |health |mental health |neurological |physical )?(?:condition|"
                   r"impairment)\b(?! (?:of|in) (?:the|a|this) (?:paper|model|theorem|proof))|"
                   r"\b(?:processing|learning|attention|sensory|seizure|bipolar|mood|"
                   r"neurological|developmental|reading) (?:disorder|difference|disabilit\w*)\b"),
    ("disability", r"\b(?:im|i am|as an?|being) (?:\w+ )?neurodiverge\w*|\bneurodivergen\w* "
                   r"(?:student|and|so|which)\b|\b(?:im|i am) (?:a )?(?:wheelchair|cane|"
                   r"crutch) user"),
    ("disability", rf"\b(?:have|has|had|with|my|her|his|diagnosed with) (?:a |an )?(?:\w+ )?"
                   rf"(?:mild |severe |bad |chronic )?{CONDITION}\b[^.?]{{0,60}}\b{IMPACT}|"
                   rf"\b{IMPACT}\b[^.?]{{0,40}}"
                   rf"\b(?:because of|due to|with|from|i have|ive got|i got) (?:a |an |my |her |"
                   rf"his )?"
                   rf"(?:\w+ )?"
                   rf"{CONDITION}\b|\b(?:my|a|an|her|his) (?:\w+ )?(?:condition|disorder|illness|"
                   rf"impairment|injury)\b[^.?]{{0,40}}\b{IMPACT}|\b{IMPACT}\b[^.?]{{0,40}}\b(?:my|"
                   r"a|an|her|his) (?:\w+ )?(?:condition|disorder|illness|impairment|injury)\b|"
                   r"\b(?:accommodate|support) (?:students|people|someone) with\b"),
    # --- religious observance ----------------------------------------------------------
    ("religious", r"\b(?:im|i am|were|we are|as an?|being) (?:an? )?(?:orthodox|catholic|christian|"
                  r"muslim|jewish|hindu|sikh|buddhist|jain|mormon|lds|coptic|bahai)\b[^?]*\b"
                  r"(?:holiday|holy day|feast|fast\w*|christmas|easter|clash\w*|conflict\w*|"
                  r"observ\w*|celebrat\w*|service|liturgy|pray\w*)|\bfeast days?\b|"
                  r"\b(?:orthodox|eastern|coptic) (?:christmas|easter)\b|\blent\b(?= (?:starts|"
                  r"begins|is))"),
    ("religious", r"\b(?:im|i am|as an?|being) (?:an? )?(?:practicing |observant |devout |"
                  r"religious )"
                  r"?(?:jew|jewish|muslim|christian|hindu|sikh|catholic|orthodox|buddhist|jain|"
                  r"mormon|adventist|seventh day adventist)\b[^?]*\b(?:cant|cannot|not allowed|"
                  r"saturdays?|fridays?|sundays?|sabbath|electronics|fast\w*|pray\w*|holiday|holy|"
                  r"observ\w*|miss|work on)\b"),
    ("religious", r"\b(?:holy (?:week|day|days|month|thursday|saturday)|feast|festival|"
                  r"sabbath|high holidays)\b[^?]*\b(?:im|i am|were|we are|as an?) (?:an? )?"
                  r"(?:orthodox|catholic|christian|muslim|jewish|hindu|sikh|buddhist|jain|mormon|"
                  r"lds|coptic|bahai)\b|\bholy week\b"),
    ("religious", r"\b(?:easter|christmas|lunar new year|chinese new year|tet|nowruz|navroz|"
                  r"vesak|lent|ash wednesday|good friday|palm sunday|pentecost|all saints|"
                  r"eid(?: al[ -]?(?:fitr|adha))?|mawlid|ashura|onam|pongal|makar sankranti|"
                  r"dussehra|chhath|mahavir jayanti|baisakhi|obon|losar|hanukkah|sukkot|"
                  r"shavuot|tisha bav|purim|festival)\b[^?]{0,60}\b(?:miss|resched\w*|move|"
                  r"excus\w*|celebrat\w*|observ\w*|travel\w*|conflict\w*|clash\w*|fall|falls|"
                  r"is on|during|off|away|attend|home)\b|\b(?:miss|resched\w*|move|excus\w*|"
                  r"celebrat\w*|observ\w*|conflict\w*|clash\w*|away|off) (?:\w+ ){0,5}(?:for|"
                  r"on|during|with|because of) (?:the )?(?:easter|christmas|lunar new year|chinese "
                  r"new year|tet|nowruz|vesak|lent|good friday|eid|onam|pongal|dussehra|"
                  r"hanukkah|sukkot|a (?:religious )?festival)\b"),
    # --- FERPA --------------------------------------------------------------------------
    ("ferpa", rf"\b{THIRD}\b[^.?!]{{0,40}}\b(?:see|view|access|know|find out|look up|check|"
              rf"get|obtain|be told|learn|hear|demand\w*|ask\w* for|request\w*|call\w* about|"
              rf"email\w* about|ask\w* about|"
              rf"inquir\w* about)\b[^.?!]{{0,20}}\b(?:my|that (?:im|i am)) "
              rf"(?:\w+ )?(?:{RECORD}|enrolled|in (?:this|the) (?:class|course))\b"),
    ("ferpa", rf"\b(?:you|u|ta|professor|instructor|staff|course|bot|anyone|someone|they|please|"
              rf"not|dont|do not|never|university|school|college|registrar|department|it|"
              rf"he|she)\b[^.?!]{{0,20}}(?<!\bi )(?<!\bwe )\b(?:share|tell|show|give|send|release|"
              rf"disclose|email|report|forward|discuss|mention)\w* (?:\w+ )?my (?:\w+ )?"
              rf"{RECORD} (?:\w+ )?(?:to|with) (?:my )?{THIRD}\b"),
    ("ferpa", rf"\b(?:you|u|ta|professor|instructor|staff|bot|university|school|they|not|dont|"
              rf"never)\b[^.?!]{{0,15}}\b(?:tell|show|give|send|email|forward|report)\w* (?:my|"
              rf"the) "
              rf"(?:\w+ ){{0,2}}{THIRD} (?:\w+ )?my (?:\w+ )?{RECORD}\b"),
    ("ferpa", rf"(?<!\bi )(?<!\bwe )\b(?:read|reads|announc\w*|post\w*|display\w*|show\w*|shar\w*|"
              rf"reveal\w*|leak\w*|put|puts|said|told) "
              rf"(?:\w+ )?my (?:\w+ )?{RECORD}\b[^.?!]{{0,30}}"
              r"\b(?:out loud|aloud|in front of|publicly|to (?:the|everyone|the whole)|with "
              r"(?:the|everyone)|on (?:the )?(?:screen|slack|board|projector))"),
    ("ferpa", rf"\bmy (?:\w+ )?{RECORD}\b[^.?!]{{0,30}}\b(?:visible|public|shared|posted|shown|"
              rf"available|accessible|known|published|listed) (?:to|with|for|on)\b"),
    ("ferpa", rf"\b(?:dont|do not|not|never) want (?:my (?:\w+ )?{RECORD}|anyone|people|others|"
              r"(?:other )?students|classmates|them) (?:\w+ ){0,2}(?:visible|listed|shown|posted|"
              r"public|published|to (?:know|see|find out))\b"),
    ("ferpa", r"\b(?:hide|conceal|keep (?:it )?(?:private|secret|quiet|hidden)|not (?:show|list|"
              r"disclose|publish)) (?:the fact )?(?:that )?(?:im|i am|my) (?:enrolled|enrol\w*|in "
              r"(?:this|the) (?:class|course)|name|attendance)\b"),
    ("ferpa", rf"\b(?:keep|hide|protect)\w* my (?:\w+ )?(?:info|information|records?|grades?|"
              rf"address|"
              rf"contact (?:info|details)|enrol\w*|name) (?:\w+ )?(?:away )?from (?:my |an |the |"
              rf"a )?"
              rf"(?:\w+ )?{THIRD}\b"),
    ("ferpa", rf"\b(?:make sure|ensure|so that|so) (?:he|she|they|my \w+|{THIRD}) (?:cant|cannot|"
              r"can not|wont|will not|doesnt|does not|couldnt) (?:see|find|access|know|view|look "
              r"up|find out) (?:my|where i|that i|im|i am)\b"),
    ("ferpa", r"\b(?:confidential\w*|privacy|ferpa|directory|records?) (?:flag|hold|restriction|"
              r"block|suppression)\b|\bdirectory info\w*|\bnot (?:to )?release my\b|"
              r"\bsuppress\w* (?:\w+ )?info\w*"),
)


# Understated, metaphorical and past-tense wordings (seventh round): the cue families a
# keyword list misses. Each is a general shape, about the student or about someone else.
_ALL = r"^(?=.*"  # a message naming two cue families anywhere: (?=.*A)(?=.*B)
UNDERSTATED: tuple[tuple[str, str], ...] = (
    # --- suicide: no reason to go on / come down, being around no longer, ending it for good
    ("self_harm", r"\b(?:dont|do not|cant|cannot|no longer) see (?:a|any|the|much) (?:reason|"
                  r"point) (?:to|in|for) (?:go\w* (?:back )?(?:down|on|home)|com\w* (?:back )?"
                  r"down|keep\w* (?:going|on|living)|liv\w*|stay\w* (?:alive|here|around)|"
                  r"be\w* (?:here|alive|around)|wak\w* up|exist\w*|try\w* anymore)\b"),
    ("self_harm", r"\b(?:on|at) the (?:top|highest|last) (?:floor|level|deck|story|storey) of\b"
                  r"[^?]{0,100}\b(?:go (?:back )?down|come down|jump\w*|let(?:ting)? go|"
                  r"(?:no|any|a) (?:reason|point)|goodbye|bye|(?:im|i am) sorry|cant (?:do|take))"),
    ("self_harm", r"\b(?:tired|sick|exhausted) of (?:waking up|existing|being (?:here|alive|me|"
                  r"around)|breathing|being a person|it all|everything)\b(?! (?:about|in|at) "
                  r"(?:the|this|our|my) (?:course|class|project|code))"),
    ("self_harm", r"\b(?:make|making|made|let|want|need) (?:it|it all|all (?:of )?(?:it|this)|"
                  r"everything|the pain|the noise|things|this) (?:\w+ )?(?:stop|end|go away|be "
                  r"over) (?:for good|forever|permanently|once and for all)\b"),
    ("self_harm", r"\b(?:i|ill|she|shell|he|hell|they|theyll) (?:wont|will not|probably wont|"
                  r"might not|may not|am not going to|is not going to|isnt going to) be "
                  r"(?:around|here|alive)\b[^.?!]{0,40}\b(?:anyway|anyways|by then|much longer|"
                  r"to see|for (?:it|that|long))\b|\bwhats the point\b[^?]{0,80}\b(?:wont|will "
                  r"not) be (?:around|here|alive)\b"),
    ("self_harm", r"\bhow easy it (?:would|could|will|might) be to (?:just )?(?:turn the wheel|"
                  r"swerve|jump|let go|step (?:off|out|in front)|drive (?:off|into)|crash|fall|"
                  r"end (?:it|things|everything)|die|disappear|not (?:wake up|come back)|take "
                  r"(?:them|all|the pills)|overdose)\b"),
    # farewell: giving one's things away, letters or a note left, everything ready, a last
    # week told with thanks for everything
    ("self_harm", r"\b(?:giv(?:e|es|ing|en)|gave) (?:all |most |much |a lot |half )?(?:of )?(?:my|"
                  r"her|his|their) (?:\w+ )?(?:stuff|things|belongings|possessions|clothes|books|"
                  r"plants|pets?|cats?|dogs?|laptop|guitar) away\b"),
    ("self_harm", _ALL + r"\b(?:wrote|written|writing|left|finished) (?:the|a|my|some|her|his) "
                  r"(?:\w+ )?(?:note|letters?)\b)(?=.*\b(?:(?:everything|it all|all) (?:is )?"
                  r"(?:ready|set|planned|prepared|in place)|wanted (?:someone|somebody|you|"
                  r"one person) to know|goodbye|(?:im|i am) sorry|wont (?:need|be needing)|"
                  r"dont think ill (?:need|be needing)|giv\w* (?:my|her|his) \w+ away)\b)"),
    ("self_harm", _ALL + r"\b(?:writing|wrote|write) (?:letters|notes|goodbyes) to "
                  r"(?:people|everyone|my \w+)\b)(?=.*\b(?:giv\w* (?:\w+ )?(?:stuff|things|"
                  r"belongings)|wont (?:need|be needing)|dont think ill (?:need|be needing))\b)"),
    ("self_harm", _ALL + r"\b(?:(?:thanks|thank you|sorry) for everything|goodbye (?:everyone|"
                  r"guys|all))\b)(?=.*\b(?:(?:my|his|her|their) last "
                  r"(?:day|week|night|message|post)|last (?:day|week|night) (?:here|alive)|"
                  r"(?:isnt|not|stopped|hasnt been|wont|doesnt) (?:answering|responding|replying|"
                  r"picking up)|(?:been|is|was|seems) (?:really |so |very )?(?:down|depressed|"
                  r"low|off))\b)"),
    # self-harm: fresh cuts, the blade, punishment by not eating, hitting one's head
    ("self_harm", r"\bfresh (?:cuts|scars|burns|wounds|marks)\b|\b(?:cuts|scars|burns) "
                  r"(?:\w+ ){0,2}"
                  r"(?:on|over|across) (?:both |my |her |his |their )(?:\w+ )?forearms?\b"),
    ("self_harm", r"\b(?:relaps\w*|slipped|went back) (?:on|to|into|with) (?:the )?(?:blade|"
                  r"razor|cutting|burning|lighter)\b|\bthe (?:blade|razor|cutting) thing\b"),
    ("self_harm", r"\b(?:dont|do not|wont|never|didnt) let (?:my|him|her|them) ?sel(?:f|ves) "
                  r"(?:eat|sleep|drink|rest)\b|\b(?:starv\w*|not eat\w*|dont eat|skip\w* meals)"
                  r"\b[^.?!]{0,40}\bas (?:a )?punishment\b|\bas (?:a )?punishment\b[^.?!]{0,40}"
                  r"\b(?:not eat\w*|dont eat|starv\w*|hurt\w*|hit\w*|cut\w*)\b"),
    ("self_harm", r"\b(?:hit\w*|bang\w*|slam\w*|punch\w*|smash\w*) (?:my|her|his) (?:own )?"
                  r"(?:head|face|fists?|hands?|arms?)\b[^.?!]{0,50}\b(?:until|till|so hard) "
                  r"(?:i|it|she|he|they)\b[^.?!]{0,20}\b(?:dizzy|bleed\w*|bled|bruis\w*|hurts?|"
                  r"numb|see stars|pass\w* out|black\w* out|cant (?:think|see))"),
    # --- harassment: waiting at one's lab, dozens of texts, ridicule, the target, rumours
    ("harassment", r"\b(?:waits?|waiting|waited|shows? up|showing up|showed up|hangs? around|"
                   r"lurk\w*|stands?|standing) (?:for me )?(?:outside|at|near|by) (?:my|our) "
                   r"(?:lab|office|class|classroom|building|lecture|section|work|car|bus stop)\b"
                   r"[^?]{0,60}\b(?:every|each|always|again|since|all the time)\b"),
    ("harassment", r"\b(?:texted|messaged|called|emailed|dmed|dm\w*|texts?|messages?|calls?) me "
                   r"(?:like |about |over |almost |nearly |around )?\d{2,} times\b"),
    ("harassment", r"\b(?:mute|mutes|muted|kick\w*|boot\w*|interrupt\w*|talk\w* over|cut\w* off|"
                   r"shout\w* down) me\b[^.?!]{0,30}\blaugh\w*"),
    ("harassment", r"\b(?:im|i am|i was|ive been|i have been|she is|shes|he is|hes) (?:the|their|"
                   r"his|her|everyones) (?:target|punching bag|butt of (?:the|every|their) "
                   r"jokes?|scapegoat)\b(?! (?:audience|user|variable|class|label|domain|"
                   r"distribution|model|group))"),
    ("harassment", r"\b(?:my|every|each|all my) (?:messages?|posts?|comments?|questions?|"
                   r"answers?)\b[^.?!]{0,25}\b(?:gets?|got|is|are|getting) (?:\w+ and )?"
                   r"(?:mocked|ridiculed|laughed at|made fun of|trashed|screenshotted)\b"),
    ("harassment", r"\brumou?rs? (?:that|about) (?:i|im|me|she|shes|he|hes|my)\b|"
                   r"\b(?:start\w*|spread\w*|made up|making up) (?:a |the |some )?(?:rumou?r|"
                   r"lies?|stories) (?:that|about)\b"),
    ("harassment", r"\b(?:photos?|pictures?|pics?|videos?|filmed|recorded|shots?) (?:\w+ ){0,2}up "
                   r"(?:my|her) (?:skirt|dress)\b|\bupskirt\w*"),
    # a condition tied to time alone: "he'll only sign off if I spend time alone with him"
    ("harassment", r"\bonly\b[^.?!]{0,70}\bif (?:i|she|we|he) (?:\w+ ){0,3}(?:(?:some )?time "
                   r"alone|alone with|come (?:over|to (?:his|her) (?:place|apartment|room|"
                   r"hotel))|go (?:out|on a date) with|(?:have )?(?:dinner|drinks) with (?:him|"
                   r"her)|sleep with|kiss)\b"),
    # a power holder's condition on "attitude" after a refusal
    ("harassment", _ALL + r"\b(?:(?:said|say|says|told (?:him|her)) no\b|refus\w*|turned (?:him |"
                   r"her )?down\b))(?=.*\b(?:grades?|scores?|marks?|evaluation|pass\w*|"
                   r"recommendation)\b[^.?!]{0,20}\b(?:depends?|depend\w*|hinges?|rests?) on "
                   r"(?:my|her|his|their) (?:attitude|behaviou?r|cooperation|being nice|"
                   r"friendliness)\b)"),
    # --- sexual misconduct: no memory then waking somewhere; kept going after no; doing
    # what one didn't want out of fear
    ("assault", _ALL + r"\b(?:dont|do not|cant|cannot|barely|hardly) remember (?:most of |much "
                r"of |anything|what happened|the rest|how)\b)(?=.*\b(?:woke up|waking up|wake "
                r"up) (?:at|in|next to|with)\b)"),
    ("assault", _ALL + r"\b(?:i|she) (?:said no|told him (?:no|to stop)|froze|(?:just )?stopped "
                r"(?:saying|moving|fighting)|didnt want (?:to|it))\b)(?=.*\b(?:he|she|they) "
                r"(?:just )?(?:kept going|kept on going|continued anyway|did it anyway|"
                r"didnt stop|did not stop|wouldnt stop|kept doing it)\b)"),
    ("assault", r"\b(?:doing|did|do|done) (?:things|stuff|something|it|what he wanted) (?:that )?"
                r"(?:i|she) (?:didnt|did not) (?:want|wanna)(?: to)?\b[^.?!]{0,40}\b(?:scared|"
                r"afraid|because|wouldnt leave|he|she)\b"),
    # a partner's violence, understated: injuries with "he gets like that" or one's fault
    ("assault", _ALL + r"\b(?:black eye|split lip|busted lip|bruises|bruised|swollen (?:eye|face|"
                r"lip))\b)(?=.*\b(?:gets? like that|(?:my|its my) fault|did (?:this|that|it) to "
                r"me|gets? (?:angry|mad|violent|rough)|when i (?:stay|come|talk|go|say|do))\b)"),
    ("assault", r"\b(?:threw|throws|throwing|thrown) (?:a |an |the |his |her |my )?(?:\w+ )?at "
                r"(?:me|her|him)\b(?! (?:in|during) (?:the )?(?:meeting|call|lecture))"),
    # --- discrimination: a group told what it can't do, a label used as a slur, treatment
    # tied to one's accent, a disability left inaccessible, a religion used against one
    ("discrimination", r"\b(?:women|girls|females|gay people|gays|trans people|muslims|jews|"
                       r"black people|immigrants|foreigners|international students|asians|"
                       r"indians|chinese people|mexicans|arabs|disabled people)\b[^.?!]{0,12}"
                       r"\b(?:dont|do not|cant|cannot|arent|are not|shouldnt|should not|never|"
                       r"always|just|are (?:too|so|just|all)|are) (?:\w+ )?(?:get|do|code|"
                       r"understand|belong|good at|cheat|copy|lie|steal|distracting|emotional|"
                       r"lazy|stupid|dumb|slow|lack\w*|smart enough|cut out|suited|unprofessional|"
                       r"a distraction|a problem|the problem)\b"),
    ("discrimination", r"\bfor a (?:girl|woman|female|gay (?:guy|man)|foreigner|black (?:girl|guy|"
                       r"student|woman|man)|muslim|international student|non ?native speaker)\b|"
                       r"\bsuits? (?:women|girls|men) better\b|\b(?:from|to|of) your kind\b|"
                       r"\byour kind\b(?! of)"),
    ("discrimination", r"\b(?:students|people|guys|folks) (?:from|of) (?:my|your|her|his|their) "
                       r"(?:country|culture|background|region|religion|race)\b[^.?!]{0,20}\b"
                       r"(?:always|all|never|just|cant|dont|are)\b|\blearn english first\b|"
                       r"\b(?:all|typical) (?:indians|chinese|asians|mexicans|arabs|muslims|"
                       r"jews|africans|foreigners|immigrants)\b"),
    ("discrimination", r"\b(?:china|chinese|wuhan) virus\b|\bkung flu\b|\b(?:asks?|asking|asked) "
                       r"(?:me |her |him )?(?:if|whether) (?:i|she|he) eats? (?:bats|dogs|cats)\b"),
    ("discrimination", r"\b(?:types?|typed|typing|says?|said|saying|writes?|wrote|posts?|posted|"
                       r"yells?|yelled|shouts?|calls? out)\b[^.?!]{0,25}\b(?:the|a|you|here "
                       r"comes the) (?:terrorist|illegal|alien|monkey|towelhead|bomber|"
                       r"diversity hire|token)\b"),
    ("discrimination", r"\bcall\w* (?:me|her|him) (?:the|their|his|a) (?:secretary|token \w+|"
                       r"token|diversity hire|maid|cleaning lady|mom|help|charity case|"
                       r"affirmative action)\b|\bmy (?:male|white|straight) (?:teammate|classmate|"
                       r"colleague|partner|groupmate)s? (?:says?|said|suggests?|suggested|"
                       r"repeats?|repeated) the (?:exact )?same\b"),
    ("discrimination", r"\bpeople (?:with|who have) (?:adhd|autism|dyslexia|disabilities|a "
                       r"disability|depression|anxiety|ptsd|ocd|bipolar|mental illness)\b"
                       r"[^.?!]{0,30}\b(?:like me|like her|like him|are|just|dont|cant|lack\w*|"
                       r"shouldnt|never)\b"),
    ("discrimination", r"\bbeing (?:gay|lesbian|bi|trans|queer|muslim|jewish|black|nonbinary|"
                       r"disabled) is (?:a |an |just )?(?:\w+ )?(?:choice|sin|phase|wrong|"
                       r"disgusting|unnatural|unprofessional|disease|illness|problem|"
                       r"distraction|distracting)\b"),
    ("discrimination", r"\b(?:gay|trans|queer|muslim|jewish|black|disabled) people (?:are|were|"
                       r"being) (?:\w+ )?(?:distracting|a distraction|disgusting|unprofessional|"
                       r"a problem|the problem|sinful|unnatural|lazy|dangerous)\b"),
    ("discrimination", r"\b(?:cant|cannot|can not|couldnt|dont|do not) understand (?:my|her|his) "
                       r"accent\b[^?]{0,80}\b(?:talk less|speak less|stop (?:talking|speaking)|"
                       r"not (?:talk|speak|present)|present (?:my|her|his) (?:parts?|slides|"
                       r"sections?)|themselves|instead of me)\b|\b(?:talk|speak) less\b[^?]{0,40}"
                       r"\bmy accent\b"),
    ("discrimination", _ALL + r"\b(?:wheelchair|cane|crutches|walker|deaf|blind|disab\w*)\b)(?=.*"
                       r"\b(?:(?:arent|isnt|not|never|werent|wasnt) (?:\w+ )?accessible|"
                       r"inaccessible)\b)"),
    ("discrimination", _ALL + r"\b(?:(?:observe|observing|keep|keeping) (?:shabbat|the sabbath|"
                       r"sabbath|ramadan|a fast|the fast|my religion|my faith)\b|(?:told|tell) "
                       r"them (?:i|that i) (?:observe|pray|fast)\b))(?=.*\b(?:take (?:my|her|his) "
                       r"name off|remove (?:me|her|him)|kick (?:me|her|him) (?:off|out)|not "
                       r"contributing|find another team|off the (?:team|proposal|project|"
                       r"report))\b)"),
    ("discrimination", r"\b(?:grades?|scores?|marks?|points)\b[^.?!]{0,20}\b(?:dropped|fell|"
                       r"went down|got worse|lowered|tanked)\b[^.?!]{0,30}\b(?:after|since|when|"
                       r"once) (?:i|she|he) (?:\w+ )?(?:mentioned|told|said|came out|revealed|"
                       r"talked about|brought up)\b[^.?!]{0,20}\b(?:my|her|his|that (?:im|i am|"
                       rf"shes|hes)) (?:\w+ )?(?:{DISCLOSED})\b"),
    ("discrimination", r"\b(?:dont|do not|doesnt|does not|dont even) (?:need|want) (?:the|a|any|"
                       r"another) (?:hijabi|muslim|jew|gay|lesbian|trans|black|asian|indian|"
                       r"foreigner|immigrant|girl|woman|disabled)\b"),
    # --- substance: mixing with pills and the body reacting
    ("substance", r"\b(?:drank|drinking|drunk|alcohol|vodka|wine)\b[^.?!]{0,40}\b(?:took|taking|"
                  r"popped|on top of|with|and) (?:some |a few |my |a couple )?(?:pills|xanax|"
                  r"meds|benzos|painkillers|sleeping pills)\b"),
    # --- disability: a diagnosed condition named with an official way or registering it
    ("disability", rf"\b(?:i have|ive got|i was diagnosed with|diagnosed|my) (?:a |an )?"
                   rf"(?:diagnosed )?(?:{CONDITION}|\w+ disorder)\b[^?]{{0,120}}\b(?:official\w*|"
                   rf"register\w*|alternative (?:format|assessment|arrangement)|documentation|"
                   rf"formally|the university|accommodat\w*)\b"),
    # --- ferpa: someone asking whether one is enrolled
    ("ferpa", r"\b(?:ask\w*|know|find out|confirm\w*|tell\w*) (?:\w+ ){0,3}(?:if|whether|that) "
              r"(?:im|i am|she is|shes|he is|hes) (?:enrolled|registered|a student|taking|in "
              r"(?:his|her|the|this|their) (?:class|course))\b"),
)
RULES = RULES + UNDERSTATED


# Indirect farewells, means at hand, ridicule, misuse of records (eighth round): each a
# general shape, about the student or about someone else.
FAITH = (r"(?:pray\w*|prayers?|jummah|church|mosque|temple|synagogue|gurdwara|ramadan|"
         r"fasting|shabbat|sabbath|observance|religio\w*|faith|hijab|turban|headscarf|"
         r"kippah|yarmulke|diwali|eid|holy day)")
MEANS = r"(?:gun|pistol|rifle|revolver|firearm|pills|knife|rope|noose|blade|razor)"
EIGHTH: tuple[tuple[str, str], ...] = (
    # --- suicide: not being around "for" what is coming, told as a belief or made plain
    ("self_harm", r"\b(?:dont|do not|doesnt|does not) think (?:ill|i will|ill still|shell|she "
                  r"will|hell|he will|theyll) (?:still )?be (?:around|here|alive) (?:for|by|to "
                  r"see|when|next|much longer|anymore)\b"),
    ("self_harm", _ALL + r"\b(?:wont|will not|not going to|might not|wont even) be (?:here|"
                  r"around)\b)(?=.*\b(?:not (?:be )?(?:here|around) at all|not like (?:transfer"
                  r"\w*|dropp\w*|graduat\w*|moving|leaving (?:school|campus|town))|(?:here|"
                  r"around) (?:at all|for good|ever again|permanently))\b)"),
    # a time chosen for "doing it", beside letters, notes or goodbyes
    ("self_harm", _ALL + r"\b(?:wrote|written|writing|write|left|finished) (?:\w+ )?(?:letters?|"
                  r"notes?|goodbyes?)\b)(?=.*\b(?:is when (?:ill|i will|im going to|im gonna|"
                  r"i|she|he|shell|hell) (?:do it|end it|go through with it|go)|(?:when|the "
                  r"(?:day|night)) (?:ill|i will|im going to|im gonna) (?:do it|end it|go through "
                  r"with it))\b)"),
    # no longer existing as a kindness to others; picturing one's own funeral
    ("self_harm", r"\b(?:kindest|best|nicest|most helpful|only (?:good|decent)) thing (?:i|she|"
                  r"he) (?:could|can|should|would) (?:ever )?do (?:\w+ ){0,6}?(?:is|would be) "
                  r"(?:to )?(?:just )?(?:stop existing|not exist|not be (?:here|around|alive)|"
                  r"disappear|die|be gone|end it|leave for good)\b|\b(?:i|id|ill|i could|i should|"
                  r"i would|i will|i might|me) (?:just )?stop(?:ped)? existing\b"),
    ("self_harm", r"\b(?:pictur\w*|imagin\w*|think\w* about|fantasi[sz]\w* about|"
                  r"daydream\w* about) (?:my own|my|her own|his own) (?:funeral|death|grave|"
                  r"obituary|memorial)\b"),
    # means at hand now, with tiredness, an ending or a farewell
    ("self_harm", _ALL + rf"\b{MEANS}\b[^.?!]{{0,50}}\b(?:loaded|next to me|beside me|in my "
                  r"(?:hands?|lap)|on (?:my|the) (?:desk|bed|table|lap|nightstand)|right (?:here|"
                  r"now))\b)(?=.*\b(?:(?:so |really |just )?tired|exhausted|done|unfinished|"
                  r"goodbye|sorry|cant|anymore|tonight|nobody|no one|finally|at least)\b)"),
    ("self_harm", r"\bloaded (?:gun|pistol|rifle|revolver)\b[^.?!]{0,40}\b(?:next to me|beside "
                  r"me|in my (?:hands?|lap)|on (?:my|the) (?:desk|bed|table|lap))\b"),
    # someone's exit figured out, or a weapon or means looked up
    ("self_harm", r"\b(?:look\w* up|search\w*|googl\w*|research\w*|ask\w* about) (?:how to "
                  r"(?:buy|get|get hold of|make)|where to (?:buy|get)) (?:a |some )?(?:gun|"
                  r"firearm|pistol|rope|noose|poison|pills)\b"),
    # on a bridge, a roof or a ledge and about to jump (someone else too)
    ("self_harm", _ALL + r"\b(?:bridge|roof|rooftop|ledge|balcony|overpass|cliff|top floor|"
                  r"tracks)\b)(?=.*\b(?:going to|gonna|about to|wants? to|will|threaten\w* to|"
                  r"says? (?:shes|hes|theyre|she is|he is) going to) jump\b"
                  r"(?! (?:in|into|on) (?:the |a )?(?:pool|lake|water|river|project|call|meeting|"
                  r"chat|queue|discussion))\b)"),
    # not making it to the end of a term, beside things given to others
    ("self_harm", _ALL + r"\b(?:dont|do not|doesnt|does not) think (?:ill|i will|i can|shell|"
                  r"hell|she will|he will) make it (?:to|through|past) (?:the end of )?(?:the |"
                  r"this )?(?:semester|term|year|week|month|summer|winter|break|finals|"
                  r"christmas)\b)(?=.*\b(?:gave|giving|given) (?:away )?(?:my|her|his) \w+ "
                  r"(?:away|to)\b)"),
    # --- self-harm: head or body hit until it bruises, said not as an expression; a blade
    # and blood now; lines on an arm
    ("self_harm", _ALL + r"\b(?:hit\w*|bang\w*|slam\w*|punch\w*|smash\w*) (?:my|her|his) (?:own )?"
                  r"(?:head|face|fists?|hands?)\b)(?=.*\b(?:bruis\w*|bled|bleed\w*|blood|not "
                  r"(?:the|an|a) (?:expression|idiom|figure of speech|metaphor)|not "
                  r"(?:figurative\w*|metaphorical\w*))\b)"),
    ("self_harm", _ALL + r"\b(?:blade|razor|knife|cutting)\b)(?=.*\b(?:(?:a lot of|so much|lots "
                  r"of|too much) blood|bleeding|cant (?:\w+ ){0,2}stop|doing it right now)\b)"),
    ("self_harm", r"\b(?:my|her|his|their) (?:\w+ )?(?:arms?|wrists?|thighs?|legs?|forearms?|"
                  r"stomach) (?:\w+ ){0,2}(?:with|covered in|full of) (?:\w+ ){0,3}(?:lines|"
                  r"cuts|scratches|scars|burns)\b"),
    # --- harassment: a channel or account about the student, insults following every
    # post, ridicule by someone in charge, names changed to mock, tracking
    ("harassment", r"\b(?:made|make|started|start\w*|created|create\w*|runs?|running|set up) "
                   r"(?:a |an )?(?:\w+ ){0,2}(?:channel|server|group ?chat|chat|account|page|"
                   r"thread|subreddit|instagram|tiktok) (?:\w+ ){0,6}?(?:about|mocking|making "
                   r"fun of|dedicated to|to mock) (?:me|her|him)\b"),
    ("harassment", r"\b(?:anonymous|anon|fake|burner) (?:account|profile|user|number|email)s?\b"
                   r"[^?]{0,100}\b(?:insult\w*|harass\w*|threat\w*|mock\w*|slur\w*|mean|nasty|"
                   r"every (?:post|time|day|message)|everything (?:i|she|he))\b|"
                   r"\b(?:keeps?|kept) (?:replying|responding|commenting|reacting) (?:to|on|under) "
                   r"(?:everything|every \w+|all (?:my|her|his) \w+)\b[^.?!]{0,40}\b(?:insult\w*|"
                   r"mean|nasty|mock\w*|slur\w*|hate\w*|threat\w*)"),
    ("harassment", _ALL + r"\b(?:singl\w* (?:me|her|him) out|call\w* (?:my|her|his) (?:\w+ )?"
                   r"(?:question|idea|answer|work|comment|presentation|code)\b[^.?!]{0,20}\b"
                   r"(?:dumbest|stupidest|worst|most stupid|idiotic|pathetic)|running joke|"
                   r"laughing ?stock)\b)(?=.*\b(?:again|keeps?|every (?:time|lecture|class)|"
                   r"other students|everyone|the class|anymore|running joke)\b)"),
    ("harassment", r"\b(?:chang\w*|renam\w*|set) (?:their|his|her|the|a|my) (?:zoom |display |"
                   r"screen |discord |user ?)?(?:names?|nicknames?|usernames?) (?:to|into) "
                   r"(?:something|things|stuff|jokes?|names?|words?) (?:\w+ ){0,2}(?:about|"
                   r"mocking) (?:me|her|him)\b|\b(?:every ?time|whenever|when) (?:i|she|he) "
                   r"(?:speak|talk|present|ask|join|unmute)\w*\b[^.?!]{0,60}\b(?:someone|"
                   r"somebody|they|he|she|people|others|guys?|students?|\w*mates?)\b[^.?!]{0,30}"
                   r"\b(?:make|makes|making|made) (?:\w+ )?(?:noises|sounds|fun)\b"),
    ("harassment", r"\b(?:keeps?|kept|been|always|constantly|started|start) (?:making|posting|"
                   r"sharing|spreading|sending) (?:\w+ )?(?:memes|jokes|edits|gifs|stickers|"
                   r"videos|photos|pictures) (?:about|of|mocking) (?:me|her|him)\b|"
                   r"\b(?:put|puts|installed|hid|planted|placed|stuck) (?:a |an )?(?:\w+ )?"
                   r"(?:tracker|tracking (?:app|device)|airtag|gps|spyware) (?:on|in|under) (?:my|"
                   r"her|his) \w+"),
    ("harassment", r"\b(?:track\w*|monitor\w*|spy\w* on) (?:my|her|his) (?:location|phone|"
                   r"messages|whereabouts|movements)\b|\b(?:app|tracker|airtag|gps|tile|spyware) "
                   r"(?:that )?(?:he|she|they|someone)? ?(?:put|installed|hid|planted|added) (?:on|"
                   r"in) (?:my|her|his) (?:phone|car|bag|laptop)\b"),
    ("harassment", r"\b(?:texts?|texting|texted|calls?|calling|called|messag\w*|emails?|"
                   r"emailing) (?:me on |her on |him on )?(?:my|her|his) (?:personal|private|"
                   r"own|home) (?:number|phone|cell|email|address|instagram)\b[^.?!]{0,50}\b"
                   r"(?:never gave|didnt give|did not give|dont know how|how (?:he|she|they) "
                   r"got)\b|\bnever gave (?:it|them|my (?:\w+ )?(?:number|address)) to (?:him|"
                   r"her|them)\b"),
    # --- sexual misconduct: a hand on someone's thigh, a hidden camera, a face put on
    # porn, touching that goes on after a no (told to "you" as well)
    ("harassment", r"\b(?:put|puts|putting|placed|rested|laid|kept) (?:his|her|their) hands? "
                   r"(?:on|up) (?:my|her|his|your) (?:thigh|leg|knee|waist|back|butt|ass|chest|"
                   r"breasts?|lap|hip)s?\b"),
    ("harassment", r"\bhidden (?:camera|phone|cam|recorder)\b|\b(?:camera|phone|cam|recorder)\b"
                   r"[^.?!]{0,40}\b(?:recording|filming|pointed at|facing|hidden in)\b[^.?!]{0,30}"
                   r"\b(?:bathroom|shower|bedroom|changing room|toilet|locker room)\b"),
    ("harassment", r"\b(?:photoshop\w*|edit\w*|deepfak\w*|morph\w*|put|pasted|swapp\w*) (?:my|"
                   r"her|his) (?:face|head|photo|picture)s? (?:onto|into|on) (?:\w+ )?(?:porn\w*|"
                   r"naked|nude|sex\w*)\b|\bdeep ?fake (?:porn|nudes?)\b|\b(?:fake|ai|generated) "
                   r"(?:nudes?|porn) (?:of|with) (?:me|her|him)\b"),
    ("harassment", r"\b(?:keeps?|kept) (?:touching|grabbing|groping|kissing|hugging) (?:you|"
                   r"me|her|him)\b(?=[^?]*\b(?:said no|told (?:him|her|them) (?:no|to stop)|"
                   r"uncomfortable|didnt want|dont want))|\b(?:grabb?\w*|touch\w*|rubb?\w*) "
                   r"(?:your|my|her) (?:waist|butt|ass|chest|breasts?|thighs?|legs?)\b"
                   r"[^?]{0,80}\b(?:said no|told (?:him|her|them) (?:no|to stop))\b"),
    # --- assault: threats of violence (making sure someone can't move or speak again;
    # people who "will get hurt")
    ("assault", r"\b(?:hell|he will|shell|she will|theyll|they will|hed|shed|theyd|threaten\w* "
                r"to|(?:he|she|they) (?:is |are |was |were )?(?:gonna|going to)) (?:\w+ )?"
                r"(?:break|smash|snap) (?:my|your|her|his) (?:legs?|arms?|neck|face|jaw|nose|"
                r"fingers?|knees?|skull|head|teeth)\b"),
    ("assault", r"\bmake sure (?:i|you|she|he|they) (?:cant|cannot|can not|wont|will not|never) "
                r"(?:walk|move|breathe|come back|show (?:my|your|her|his) face)\b"),
    ("assault", r"\b(?:someone|somebody|people|some people|a few people|you|everyone) (?:is|are|"
                r"will be|gonna be|is going to be|are going to be|will|is gonna) (?:\w+ )?"
                r"(?:get|getting|gets|be) (?:hurt|killed|shot|stabbed)\b|\b(?:bring|bringing|"
                r"brought) (?:a |my |his |her )?(?:gun|knife|weapon) (?:to|into) (?:class|campus|"
                r"lecture|school|the (?:class|lecture|meeting|presentation|lab))\b"),
    # --- substance: several drinks nightly to sleep, or one before class
    ("substance", r"\b(?:[\d-]+|a few|several|some|two|three|four|five|six|a couple of) "
                  r"(?:drinks|beers|shots|glasses of wine)\b[^.?!]{0,30}\b(?:every (?:night|day|"
                  r"morning)|to (?:fall asleep|sleep|cope|function|get through))|"
                  r"\b(?:need|needs|needed) (?:like )?(?:\w+ ){0,2}(?:drinks|drink|beers|shots) "
                  r"(?:\w+ ){0,3}to (?:sleep|fall asleep|function|cope|get through)\b|"
                  r"\b(?:having|have|had|drink\w*) (?:one|a drink|a beer|a shot|a glass) before "
                  r"(?:the )?(?:\w+ )?(?:class|lecture|zoom|meeting|exam|presentation)\b"),
    ("substance", r"\b(?:took|taken|taking|had|snorted|smoked|drank|downed|swallowed) "
                  r"(?:something|some \w+|a (?:whole )?bottle|\w+ pills|(?:a lot|too much|way too "
                  r"much))\b[^?]{0,80}\b(?:cant|cannot|couldnt) (?:wake|get) (?:him|her|them) "
                  r"(?:up|to wake)\b|"
                  r"\b(?:his|her|their|my) (?:lips|face|skin) (?:look|looks|looking|are|is|went|"
                  r"going) (?:\w+ )?(?:blue|grey|gray|purple)\b"),
    # --- discrimination: a group told it doesn't fit, a faith mocked, people sorted by
    # identity, a practice said to undermine someone, a member removed for who she is
    ("discrimination", rf"\b{SAID}\b[^.?!]{{0,40}}\b(?:problem|issue|weak|bad|not good enough) "
                       rf"(?:for|with) {GROUP}|\b{SAID}\b[^.?!]{{0,40}}"
                       r"\b(?:their|her|his) (?:english|accent|language) (?:isnt|is not|arent|are "
                       r"not|not) (?:good|clear|fluent) enough\b"),
    ("discrimination", rf"\b(?:put|puts|putting|group\w*|assign\w*|separat\w*|segregat\w*|sort\w*) "
                       rf"(?:all )?(?:the )?(?:{GROUP}|{IDENTITY} (?:students|people|members)) "
                       r"(?:on|in|into|together|at) (?:\w+ ){0,3}(?:because|since|cause|as)\b"),
    ("discrimination", rf"\bmy {IDENTITY} (?:makes?|made|making) (?:it )?(?:\w+ ){{0,2}}(?:hard|"
                       r"difficult|impossible) to take (?:me|her|him) seriously\b|\b(?:wrote|"
                       rf"writes|posted|commented)\b[^.?!]{{0,20}}\bmy {IDENTITY} (?:makes?|made|"
                       r"is|looks?)\b"),
    ("discrimination", _ALL + rf"\b{FAITH}\b)(?=.*\b(?:(?:everyone|everybody|people|the "
                       r"(?:whole )?(?:class|group|team|room)|they all|others|the others) "
                       r"(?:\w+ )?laugh\w*|mock\w*|made fun|mak\w* fun|ridicul\w*)\b)"),
    ("discrimination", _ALL + rf"\b{FAITH}\b)(?=.*\b(?:remov\w* (?:me|her|him)|kick\w* (?:me|her|"
                       r"him) (?:out|off)|exclud\w* (?:me|her|him)|left (?:me|her|him) out|"
                       r"stopp\w* (?:inviting|including) (?:me|her|him))\b)"),
    ("discrimination", r"\b(?:kick\w*|remov\w*|drop\w*|exclud\w*|fired) (?:\w+ ){0,3}?"
                       r"(?:out|off|from)?\s?(?:a |the |our )?(?:member|student|teammate|her|him|"
                       r"me)? ?(?:\w+ )?(?:because|since|cause|for being) (?:im|i am|she is|shes|"
                       r"he is|hes|they are|theyre) (?:a |an )?(?:pregnant|disabled|muslim|jewish|"
                       r"gay|trans|black|a mother|a mom|older|deaf|blind)\b"),
    # --- FERPA: grades shown with names, one's grade spread, others' grades looked up,
    # a third party asking the school for them, a listing one never agreed to
    ("ferpa", r"\b(?:everyones|all (?:the |our )?students|other students|other peoples|the "
              r"whole class(?:es)?|our) (?:\w+ ){0,2}(?:grades?|scores?|marks|gpas?)\b[^.?!]{0,40}"
              r"\b(?:with (?:\w+ )?names|out loud|aloud|publicly)|\b(?:everyones|students|"
              r"their) names (?:and|with|&) (?:\w+ ){0,2}(?:grades?|scores?|marks|gpas?)\b|"
              r"\b(?:post\w*|shar\w*|show\w*|list\w*|display\w*|read\w*|put\w*|upload\w*)\b"
              r"[^.?!]{0,60}\bwith (?:their |our |student |students )?(?:names and (?:\w+ )?"
              r"(?:grades?|scores?|marks)|(?:grades?|scores?|marks) and names)\b"),
    ("ferpa", r"\bmy (?:[\w-]+ ){0,3}(?:grades?|scores?|marks|gpa)\b[^.?!]{0,60}\b(?:told|tell\w*|"
              r"shar\w*|post\w*|spread\w*|announc\w*) (?:it |them )?(?:to |with |in )?(?:the )?"
              r"(?:whole |entire )?(?:group ?chat|class|team|channel|everyone|group|chat)\b"),
    ("ferpa", r"\b(?:look up|see|access|check|pull up|find|view) (?:anyones|everyones|other "
              r"(?:students|peoples)|any students|all (?:the )?students) (?:\w+ )?(?:grades?|"
              r"scores?|gpas?|records?|transcripts?)\b|\btold me my (?:gpa|grades?|transcript)\b"),
    ("ferpa", rf"\b{THIRD}\b[^.?!]{{0,60}}\b(?:contact\w*|call\w*|email\w*|ask\w*|writ\w*|"
              rf"reach\w* out to|request\w*) (?:\w+ ){{0,4}}(?:for|about|to get|to see|"
              rf"regarding) my (?:\w+ )?{RECORD}\b"),
    ("ferpa", rf"\b{THIRD}\b[^.?!]{{0,60}}\b(?:send|give|releas\w*|forward|show|mail|email)"
              rf"(?:s|ed|ing)? (?:her|him|them) my (?:\w+ )?{RECORD}\b"),
    ("ferpa", r"\b(?:never|didnt|did not) (?:agree\w*|consent\w*|sign\w* up) to (?:mine|my "
              r"\w+(?: \w+)?|it|them|that|having (?:mine|my \w+)) (?:being |to be )?(?:shown|"
              r"posted|shared|published|displayed|listed|used)\b"),
    # --- grief: a friend killed or died, told with a prepositional phrase between
    ("distress", r"\b(?:my|our) (?:best |close |good )?(?:friend|roommate|teammate|classmate|"
                 r"brother|sister|cousin|partner|boyfriend|girlfriend)s? (?:(?:in|from|at) "
                 r"(?:the|my|our|this) \w+ )?(?:just |suddenly |recently )?(?:died|passed away|"
                 r"was killed|got killed)\b|\b(?:died|was killed|got killed) in (?:a|an) (?:\w+ )?"
                 r"(?:car|crash|accident|shooting|fire)\b"),
)
RULES = RULES + EIGHTH


# Ninth round (a new-user trial's misses, general shapes): not being here wished or
# supposed with a filler in between, no future seen for oneself, a last message; being
# treated worse "because I'm" or "for being" someone; one's grade seen, told or sent to
# others by someone else.
_OTHER_AGENT = (r"(?:someone|somebody|he|she|they|people|everyone|everybody|(?:my |a |an |the "
                r"|our |one of (?:my|the|our) )?(?:classmates?|teammates?|groupmates?|"
                r"roommates?|lab ?mates?|partners?|students?|ta|tas|instructor|professor|prof|"
                r"grader|friends?|guys?|girls?)|(?:a|the) (?:guy|girl|person) (?:in|from) "
                r"(?:my|the|our) \w+)")
_RECORD_OF_MINE = r"my (?:\w+ ){0,2}?(?:grades?|scores?|marks|gpa|transcript|results)"
NINTH: tuple[tuple[str, str], ...] = (
    # wished outright; supposed ("if I wasn't around") only when it is for good
    ("self_harm", r"\bwish(?:es|ed)? (?:i|she|he|they) (?:\w+ ){0,2}?(?:wasnt|werent|was not|"
                  r"were not) (?:\w+ )?(?:here|around|alive|born|in this world)\b(?! (?:for|on|"
                  r"in|at|during|yesterday|today|tonight|tomorrow|last|this|next|when|to|by|"
                  r"until|till|before|after)\b)|\b(?:if|when) (?:i|she|he|they) (?:\w+ ){0,2}?"
                  r"(?:wasnt|werent|was not|were not) (?:\w+ )?(?:here|around|alive|in this "
                  r"world) (?:\w+ )?(?:anymore|any more|at all|for good|forever|permanently)\b"),
    ("self_harm", r"\bbetter off\b[^.?!]{0,20}\b(?:without (?:me|her|him)|if (?:i|she|he)\b"
                  r"[^.?!]{0,20}\b(?:wasnt|werent|was not|were not|didnt exist|did not exist|"
                  r"disappeared|died|was gone|were gone))\b"),
    ("self_harm", r"\b(?:dont|do not|cant|cannot|can not|no longer) see (?:a |any )?future "
                  r"(?:for (?:me|myself)|ahead of me|anymore)\b"
                  r"(?! (?:in|as|with|doing)\b| at (?!all\b))|"
                  r"\bthere is no future for me\b|\btheres no future for me\b"),
    ("self_harm", r"\b(?:this|that) (?:will be|is|was|might be|is going to be) (?:my|her|his) "
                  r"(?:last|final) (?:message|post|text|words|goodbye)\b(?! (?:about|on|for|"
                  r"before|regarding|in|of the|here about|to the (?:channel|group))\b)"),
    ("discrimination", _ALL + r"\b(?:because|cause|cuz|since|for being|just for being) (?:im|"
                       r"i am|i was|of my|shes|she is|hes|he is|theyre|they are|of (?:her|his|"
                       r"their)|being)\s+(?:a |an )?(?:" + DISCLOSED + r")\b)(?=.*\b(?:"
                       + TREAT + r"|left (?:me|her|him) (?:off|out)|kick\w* (?:me|her|him)|"
                       r"remov\w*|drop\w*|replac\w*|passed (?:me|her|him) over|told (?:me|her|"
                       r"him)|called (?:me|her|him)|wont|didnt|refus\w*)\b)"),
    ("discrimination", _ALL + r"\b(?:jok\w*|mak\w* fun|made fun|mock\w*|laugh\w*|comments?|"
                       r"remarks?|teas\w*) (?:about|at|of) (?:me|her|him|us) (?:being|for being)"
                       r" (?:a |an )?(?:" + DISCLOSED + r"|" + IDENTITY + r")\b)"),
    ("ferpa", rf"\b{_OTHER_AGENT} (?:\w+ ){{0,3}}?(?:saw|has seen|could see|can see|leaked|"
              r"announced|read out|revealed|exposed|looked up|found out|told (?:everyone|"
              r"everybody|people|others|the (?:whole |entire )?(?:class|team|group|channel)|my "
              r"(?:whole )?(?:team|group|class))|(?:posted|shared|emailed|sent|showed|forwarded|"
              r"screenshotted|screenshot)(?= (?:\w+ ){0,4}?my (?:\w+ ){0,2}?(?:grades?|scores?|"
              r"marks|gpa|transcript)\b[^.?!]{0,30}\b(?:to|with|in) (?:everyone|everybody|"
              r"the (?:whole |entire )?(?:class|team|group|channel|chat)|my (?:whole |entire )?"
              r"(?:team|group|class|teammates)|other students|others|people|slack|discord)\b))"
              rf"\b[^.?!]{{0,30}}\b{_RECORD_OF_MINE}\b"),
)
RULES = RULES + NINTH

# Short plain wordings (a probe of our own, one line each)
HOLY_DAY = (r"(?:yom kippur|rosh hashan\w*|passover|sukkot|shavuot|purim|hanukk?ah|chanukah|"
            r"good friday|ash wednesday|holy week|eid(?: al[- ]?(?:fitr|adha))?|navratri|"
            r"holi|vaisakhi|diwali|ramadan|lent|shabbat|sabbath|chhath|durga puja|ganesh "
            r"chaturthi|guru nanak\w*|lunar new year|nowruz|vesak|obon)")
TENTH: tuple[tuple[str, str], ...] = (
    ("self_harm", r"\b(?:dont|do not|doesnt|does not|no longer|stopped|stop) car(?:e|ing) "
                  r"(?:if|whether) (?:i|she|he|they) (?:live|lives|living|die|dies|dying|wake "
                  r"up|wakes up|make it|makes it|survive|survives)\b"),
    # a holy day on one's own deadline or slot ("my slot is on Yom Kippur")
    ("religious", _ALL + r"\b(?:i|im|ill|my|me)\b)(?=.*(?:\b(?:on|during|for|over|is|falls on|"
                  rf"clashes with|conflicts with) (?:the )?{HOLY_DAY}\b|\b{HOLY_DAY}\b"
                  r"[^.?!]{0,40}\b(?:due|deadline|present\w*|class|review|slot|lecture|"
                  r"submit\w*)\b))"),
    ("ferpa", r"\bwho (?:can|could|is allowed to|gets to|will) (?:see|access|view|look at|read|"
              r"get) (?:my|our|students?) (?:grades?|scores?|records?|transcripts?|gpa|marks)\b|"
              r"\b(?:dont|do not|doesnt|does not) want (?:my|her|his) (?:name|email|photo|"
              r"info\w*|details|enrol\w*) (?:\w+ ){0,3}?(?:on|in|to be on|to be in|listed "
              r"(?:on|in)|shown (?:on|in)|shared (?:on|in|with)) (?:the |a |any )?(?:class |"
              r"course |public )?(?:list|roster|directory|page|website|channel|slack|online)\b"),
)
RULES = RULES + TENTH

# Eleventh round (safety set 7, the issue's twelve categories as @mentions): general shapes.
PET_NAME = r"(?:sweetheart|sweetie|honey|babe|baby|darling|doll|cutie|sexy|gorgeous|princess)"
ELEVENTH: tuple[tuple[str, str], ...] = (
    # not waking up wished or imagined, "done with all of it" beside silence or means
    ("self_harm", r"\b(?:if|wish|hope|imagine if|what if) (?:i|she|he) (?:\w+ )?(?:didnt|did not|"
                  r"dont|do not|never|wouldnt|would not|couldnt) wake up\b(?! (?:in time|on time|"
                  r"early|for|before|until|till|at)\b)"),
    ("self_harm", _ALL + r"\b(?:im|i am|hes|he is|shes|she is|theyre|) ?done with (?:all of "
                  r"it|it all|everything|all this|all of this)\b)(?=.*\b(?:not answering|"
                  r"isnt answering|wont answer|not responding|cant reach|cant get (?:a )?hold|"
                  r"pills|gun|sorry|goodbye|tell (?:them|everyone|the group|my \w+))\b)"),
    ("self_harm", _ALL + r"\b(?:not|isnt|wont be|stopped) (?:answering|responding|picking up)\b)"
                  r"(?=.*\b(?:pills|gun|rope|blade|bridge|sorry|goodbye|done with|last message|"
                  r"tell (?:the group|everyone|them|my))\b)(?=.*\b(?:he|she|they|my (?:friend|"
                  r"teammate|roommate|partner|brother|sister))\b)"),
    # someone in charge of grades: remarks on looks, a grade tied to being "friendly"
    ("harassment", r"\b(?:grades?|marks?|scores?|points|passing)\b[^.?!]{0,40}\b(?:depends?|"
                   r"depending|depend) on how (?:friendly|nice|sweet|close|cooperative|fun|"
                   r"accommodating|open|available) (?:i am|im|she is|shes|he is|hes|we are|i get|"
                   r"i act|i would be|i will be)\b"),
    ("harassment", r"\b(?:comments?|remarks?|notes?|feedback|messages?)\b[^.?!]{0,40}\babout "
                   r"(?:how (?:i|she|he) (?:look|looks|dress|dresses)(?! (?:at|for|into|up|"
                   r"over|through|like a))|my (?:looks|body|outfit|"
                   r"appearance|face|figure|legs|lips)|her (?:looks|body|outfit|appearance))\b"),
    ("harassment", rf"\b(?:call\w*|calls) (?:me|her|you|him) {PET_NAME}\b|\b(?:should|to) "
                   r"smile more\b"),
    # sex while asleep or unable to say yes; told to stop; a night remembered in bits
    ("assault", _ALL + r"\b(?:asleep|sleeping|passed out|unconscious|blacked out|"
                          r"out of it|too drunk)\b)(?=.*\b(?:woke up|came to|wake up)\b[^.?!]{0,60}"
                          r"\b(?:he|she|they|someone) (?:was|were) (?:already )?(?:doing (?:stuff|"
                          r"things|it|something|that)(?! (?:for|on|with|in) )|touching|on top|"
                          r"having sex|undressing|inside|kissing)\b)"),
    ("assault", _ALL + r"\b(?:telling|told|tell|said|saying|asked|asking|begged|"
                          r"begging) (?:him|her|them) (?:to stop|no|stop)\b)(?=.*\b(?:bed|"
                          r"bedroom|night|drinks?|drunk|party|mixer|room|apartment|touch\w*|"
                          r"clothes|kiss\w*)\b)"),
    ("assault", _ALL + r"\b(?:only )?remembers? (?:bits|pieces|parts|flashes|almost "
                          r"nothing|nothing)\b)(?=.*\b(?:drinks?|drunk|party|mixer|bar|bed|"
                          r"his place|her place|woke up)\b)"),
    # needing a drink to get through class or presenting
    ("substance", r"\b(?:need|needs|needed|have to have|gotta have) (?:\w+ ){0,2}(?:shots?|drinks?|"
                  r"beers?|glass(?:es)? of wine|a drink|a beer|pills?|xanax|edibles?|a joint|"
                  r"to (?:drink|get high|smoke))\b[^.?!]{0,30}\b(?:before|to|so i can|just to|"
                  r"in order to) (?:i can |\w+ )?(?:present|class|lecture|talk|speak|sleep|"
                  r"function|focus|get through|face|go to|show up|work)\b"),
    # treated worse for one's English, papers or pronouns
    ("discrimination", _ALL + r"\b(?:english|it) (?:isnt|is not|wasnt|was not) (?:your|my|her|his|"
                       r"their) first language\b|\b(?:your|my|her|his|their) (?:accent|english)\b)"
                       r"(?=.*\b(?:" + TREAT + r"|left (?:me|her|him) (?:off|out)|figured|"
                       r"assumed|trouble|wont let|dont trust|not trust)\b)"),
    ("discrimination", r"\b(?:even )?(?:allowed|legal|belong|supposed to be) (?:to be )?(?:in|here "
                       r"in) (?:this|the) country\b|\bgo back (?:to|where) (?:your|my|her|his|"
                       r"their|you|she|he)\b|\b(?:visa|green card|immigration status|papers)\b"
                       r"[^.?!]{0,60}\b(?:dont trust|not trust|cant trust|shouldnt trust|"
                       r"suspicious|report (?:me|her|him))\b"),
    ("discrimination", r"\b(?:old name|dead ?name\w*|wrong pronouns|misgender\w*)\b"),
    # a condition suspected or documented, wanting help or another format
    ("disability", r"\b(?:i|she|he) (?:think|thinks|might|may|could|suspect|suspects) (?:i|she|"
                   r"he)? ?(?:might |may |could )?(?:have|has) (?:dyslexia|adhd|add|autism|"
                   r"dyscalculia|dysgraphia|a learning disability|a learning disorder|"
                   r"a processing disorder)\b|\bnever been (?:tested|diagnosed|evaluated|"
                   r"assessed)\b"),
    ("disability", r"\b(?:documented|diagnosed|registered) (?:\w+ )?(?:disorder|condition|"
                   r"disability|impairment|illness)\b"),
    # withdrawn and crying, said lightly
    ("distress", r"\b(?:havent|have not|hasnt|has not|didnt|did not) (?:left|gone out of|been out "
                 r"of) (?:my|her|his|the|our) (?:room|apartment|bed|house|dorm|flat)\b[^.?!]{0,20}"
                 r"\b(?:in|for) (?:days|weeks|a week|two weeks|\d+ (?:days|weeks)|ages)\b|"
                 r"\bcry(?:ing)? every (?:time|day|night|morning)\b"),
)
RULES = RULES + ELEVENTH

# Twelfth round (a second new-user trial): one's grade seen or spread by others, told in any
# order; drinking to the point of not remembering.
TWELFTH: tuple[tuple[str, str], ...] = (
    ("ferpa", _ALL + r"\bmy (?:\w+ ){0,2}?(?:grades?|scores?|marks|gpa|transcript|results)\b)"
              r"(?=.*(?<!\bi )(?<!\bwe )(?<!\bto )(?<!\bcan )(?<!\bwill )(?<!\bwhen )\b(?:saw|"
              r"seen|sees|looked at|looking at|peek\w*|spread(?:s|ing)?|telling (?:people|everyone|"
              r"others|the class|the group)|told (?:people|everyone|others|the class|the group)|"
              r"gossip\w*|leak\w*|announc\w*|read (?:it|them) out)\b)(?=.*\b(?:someone|"
              r"somebody|classmates?|students?|teammates?|groupmates?|people|everyone|"
              r"everybody|others|another|he|she|they|a guy|a girl|study group)\b)"),
    ("substance", r"\b(?:drank|drunk|drinking|high|stoned|wasted|hammered|smashed|blacked out)\b"
                  r"[^.?!]{0,50}\b(?:dont|do not|didnt|did not|cant|can not|cannot) (?:even )?"
                  r"(?:remember|recall)\b|\bdrank so much\b|\b(?:so|too) (?:drunk|high|"
                  r"hungover|wasted) (?:that|to|during|in|before|for)\b"),
)
RULES = RULES + TWELFTH

# Thirteenth round (probes of our own, long and indirect): a dose looked up, a night with no
# memory and clothes wrong, remarks aimed only at the students of one group, one's records
# given to someone outside.
MEDS_WORDS = (r"(?:pills|meds|medications?|antidepressants|tablets|sleeping pills|painkillers|"
              r"tylenol|advil|xanax|insulin|sleep aids?|prescriptions?)")
RECORDS_OUT = (r"(?<!\bi )(?<!\bwe )(?<!\bto )(?<!\bim )\b(?:tell|tells|told|"
               r"send|sends|sent|share(?! of)|shares(?! of)|shared|"
               r"release\w*|disclos\w*|reported|reporting|show(?! up)|shows(?! up)|showed(?! up)|"
               r"forward\w*|email\w*)\b "
               r"(?:\w+ ){0,4}?(?:my|her|his|our) (?:\w+ )?(?:grades?|scores?|transcripts?|"
               r"records?|gpa|marks)\b|\b(?:grades?|scores?|transcripts?|records?|gpa|marks)\b "
               r"(?:\w+ ){0,3}?(?:to|with) (?:my|her|his|the|a|an) (?:\w+ )?(?:scholarship|"
               r"employer|parents?|mom|dad|family|sponsor|advisor|embassy|company|office|"
               r"recruiter|funding|department|boss)\b")
THIRTEENTH: tuple[tuple[str, str], ...] = (
    ("self_harm", rf"\bhow (?:many|much) (?:of )?(?:my |her |his )?(?:\w+ )?{MEDS_WORDS} (?:it )?"
                  r"(?:would|will|does it|to) (?:take|kill|be enough|be lethal)\b|"
                  rf"\b(?:research\w*|look\w* up|googl\w*|search\w*) (?:\w+ ){{0,3}}?how (?:many|"
                  rf"much) (?:of )?(?:my |her |his )?(?:\w+ )?{MEDS_WORDS}\b"),
    ("assault", _ALL + r"\b(?:woke up|came to|came home)\b)(?=.*\b(?:not knowing how|dont know "
                r"how|no idea how|dont remember (?:how|agreeing|consenting|saying yes|anything)|"
                r"(?:my )?clothes (?:were )?(?:on )?(?:wrong|inside out|missing|torn|off|"
                r"backwards))\b)"),
    ("discrimination", _ALL + r"\bonly (?:say|says|said|do|does|did|ask|asks|asked|treat\w*|"
                       r"target\w*|interrupt\w*) (?:(?:\w+ ){0,2}?(?:to|with|at) )?"
                       r"(?:me|her|him|us)\b|\bonly (?:to|at) (?:me|her|him|us)\b)"
                       r"(?=.*\b(?:the other|another|the only|other) (?:black|asian|latin[oa]|"
                       r"hispanic|muslim|jewish|international|female|woman|women|trans|gay|disabled|indian|chinese|"
                       r"african|arab) \w+)"),
    ("ferpa", RECORDS_OUT),
)
RULES = RULES + THIRTEENTH

# Fourteenth round (safety set 8): general shapes.
THREAT_SUBJ = (r"(?:hed|he would|hell|he will|shed|she would|shell|she will|theyd|they would|"
               r"theyll|they will|(?:he|she|they)(?:s| is| are|re) (?:going to|gonna))")
FOURTEENTH: tuple[tuple[str, str], ...] = (
    # the wall punched until the hands show it, as a habit
    ("self_harm", _ALL + r"\b(?:punch\w*|hit\w*|bang\w*|slam\w*|smash\w*) (?:the |a |my )?"
                  r"(?:wall|walls|door|desk|mirror|head|fists?)\b)(?=.*\b(?:knuckles?|"
                  r"bruis\w*|bleed\w*|bled|blood|swollen|wrecked|split|broken|cracked)\b)"),
    # unsure one will still be around by a date
    ("self_harm", r"\b(?:not sure|dont know if|doubt|unsure if|unsure whether|dont think) "
                  r"(?:that )?(?:ill|i will|i would|id|im going to) (?:still )?(?:be|even be) "
                  r"(?:around|here|alive)\b(?! (?:for (?:the |this |that )?(?:class|lecture|"
                  r"meeting|session|call|office hours?)|in (?:class|person|town|the "
                  r"(?:morning|afternoon))|at (?:\d|the)))"),
    # a grade for being nicer to someone
    ("harassment", r"\b(?:get|gets|got|give|gives|gave|getting) (?:\w+ ){0,2}?(?:a|an|the|better|"
                   r"higher|good|passing)? ?(?:a|b|grade|grades|mark|marks|score|pass)\b"
                   r"[^.?!]{0,20}\bif (?:i|she|he|you|we) (?:was|were|is|am|are|would be|"
                   r"acted|act|got) "
                   r"(?:\w+ )?(?:nicer|friendlier|sweeter|more friendly|closer|nice|friendly|"
                   r"sweet|cool with|close) (?:to|with) (?:him|her|them|me)\b"),
    # not stopped when told to; "no means no" said bitterly
    ("assault", r"\b(?:didnt|did not|wouldnt|would not|refused to|kept not) stop(?:ping)? "
                r"(?:\w+ )?(?:when|after|even (?:when|after|though)) (?:i|she|we) (?:told|asked|"
                r"said|begged|kept saying|was saying)\b"),
    ("assault", _ALL + r"\bno (?:meant|means) no\b)(?=.*\b(?:apparently not|not to|didnt|"
                r"did not|guy|him|he|someone|party|night|friday|weekend)\b)"),
    # a threat to find and hurt someone
    ("assault", rf"\b{THREAT_SUBJ} (?:\w+ ){{0,3}}?(?:break|smash|hurt|kill|beat up|beat|stab|"
                r"shoot|jump|punch|hit|cut|strangle|choke) (?:me|my|you|your|her|his|him|them)\b"
                r"(?! (?:at|in|to|on|by)\b)(?! (?:code|model|build|branch|pipeline|notebook|"
                r"laptop|computer|gpu|server|program|script|record|streak|heart)\b)"),
    # someone's body reacting badly to something taken
    ("substance", _ALL + r"\b(?:took|taken|had|smoked|ate|drank|swallowed|snorted) (?:something|"
                  r"some pills?|a pill|an edible|edibles|something weird|too much|a lot)\b)"
                  r"(?=.*\b(?:throwing up|vomit\w*|shaking|seiz\w*|passed out|cant breathe|"
                  r"not breathing|unresponsive|wont wake|cant wake|chest pain|heart racing|"
                  r"hallucinat\w*)\b)"),
    # a group mocked or judged by a claim about it
    ("discrimination", rf"\b(?:jok\w*|mak\w* fun|comment\w*|remark\w*|mock\w*|memes?|slurs?) "
                       rf"(?:\w+ ){{0,2}}?(?:about|of|at|on) {GROUP}\b"),
    ("discrimination", r"\bpeople (?:with|who have) (?:an? )?(?:accents?|disabilit\w*|hijabs?|"
                       r"turbans?|headscarves|wheelchairs|adhd|autism|dyslexia)\b|"
                       r"\b(?:women|girls|females|men|asians|indians|africans|immigrants|"
                       r"foreigners|international students|muslims|christians|jews|black people)"
                       r" (?:are|were) (?:just |all |naturally |inherently |genetically |always )?"
                       r"(?:worse|better|bad|not good|terrible|weaker|dumber|smarter|lazy|"
                       r"incapable|unable)\b"),
    # turned away once others learned who one is
    ("discrimination", r"\b(?:once|after|when|as soon as) (?:they|he|she|people|everyone|the "
                       r"team|the group) (?:heard|found out|learned|saw|realized|noticed|knew) "
                       r"(?:that )?(?:im|i am|i was|i m|my|about my) (?:a |an )?(?:" + DISCLOSED
                       + r"|international|foreign|from \w+|accent|name|visa|hijab|wheelchair)\b"),
    # asking for someone else's grade
    ("ferpa", r"\b(?:what|which) (?:grade|score|marks?|mark|gpa) (?:did )?(?:my |a |another |the "
              r"other |our |his |her )?(?:\w+ )?(?:teammate|classmate|friend|partner|student|"
              r"roommate|someone|groupmate|peer)s? (?:got|get|gets|received|had|has)\b|"
              r"\b(?:tell|show|send|give) me (?:\w+ ){0,2}?(?:grades?|scores?|marks) (?:of|for) "
              r"(?:my |a |another |the other |other )(?:\w+ )?(?:teammates?|classmates?|"
              r"students?|friends?|partners?)\b"),
    # crying daily, said lightly
    ("distress", r"\bcr(?:y|ied|ying)\b[^.?!]{0,30}\bevery (?:single )?(?:day|night|morning|"
                 r"evening)\b|\bcr(?:y|ied|ying) (?:myself to sleep|all (?:day|night|the time))\b"),
)
RULES = RULES + FOURTEENTH

# Fifteenth round (safety set 9): general shapes.
FIFTEENTH: tuple[tuple[str, str], ...] = (
    # walking into water or traffic and not coming out; thinking about how one would do it
    ("self_harm", r"\b(?:walk|walking|drive|driving|swim|swimming|step|stepping) (?:\w+ ){0,2}?"
                  r"(?:into|in front of) (?:the |a )?(?:\w+ )?(?:creek|river|lake|ocean|sea|"
                  r"traffic|water|train|bus)\b[^.?!]{0,30}\b(?:not|never) (?:come|coming) "
                  r"(?:out|back)\b|\b(?:think\w*|thought) about how (?:i|id|i would|i could|"
                  r"to) (?:do it|end it|go through with it|kill myself)\b"),
    # a staff member's night-time messages; making it stop without a grade suffering
    ("harassment", _ALL + r"\b(?:" + STAFF + r"|course staff|grader|grading|people grading)\b)"
                   r"(?=.*\b(?:messag\w*|text\w*|dms?|calls?|calling|emails?)\b[^.?!]{0,40}"
                   r"\b(?:late at night|at night|midnight|after midnight|at \d+ ?am|not about "
                   r"(?:the )?(?:course|class|project|generative|models?|homework|work))\b)"),
    ("harassment", r"\bmake (?:it|this|him|her|them) stop without (?:hurting|affecting|"
                   r"ruining|tanking|risking) (?:my|her|his) (?:grade|grades|mark|marks|score)\b"),
    # remarks on how one looked, in the past
    ("harassment", r"\babout how (?:i|she|he) (?:looked|dressed|seemed) (?:in|during|on|at) "
                   r"(?:my|her|his|the) (?:presentation|talk|video|camera|zoom|class)\b"),
    # things done that one did not agree to
    ("assault", _ALL + r"\b(?:did|does|do|done) (?:stuff|things|something|what he wanted|what "
                r"she wanted) (?:to|with) (?:me|her)\b)(?=.*\b(?:didnt|did not|never|wouldnt|"
                r"would not|couldnt) (?:agree|consent|say yes|want)\w*\b)"),
    # jumped, mugged or attacked, and hurt
    ("assault", r"\b(?:got|was|were|been|get) (?:\w+ )?(?:jumped|mugged|attacked|assaulted|beaten|"
                r"beat up|stabbed|punched)\b(?! (?:by (?:the|a|this|that|my) (?:bug|error|"
                r"exception|paper|reviewers?|deadline|questions?)|on the leaderboard|in the "
                r"(?:reviews?|discussion|q ?and ?a)))"),
    # a bottle a night
    ("substance", r"\b(?:a |one |half a |most of a |a whole )?(?:bottle|fifth|handle|six ?pack|"
                  r"case) of (?:vodka|whiskey|wine|rum|gin|tequila|liquor|beer|booze)\b"
                  r"[^.?!]{0,25}\b(?:a|every|each|per) (?:night|day|evening)\b"),
    # women given the notes while men do the real work
    ("discrimination", r"\b(?:women|girls|female \w+|the (?:only )?(?:two |three )?women)\b"
                       r"[^.?!]{0,60}\b(?:assigned|told|made|asked|stuck|get stuck|getting "
                       r"assigned|keep getting assigned) (?:\w+ ){0,2}(?:to )?(?:take notes|"
                       r"the notes|note ?taking|do the slides|the admin|make (?:the )?coffee|"
                       r"clean up|format\w*)\b"),
    # one's records restricted; another student's records passed around
    ("ferpa", r"\b(?:my |her |his )?(?:records?|information|info|directory (?:info|information)|"
              r"details) (?:is |are |were )?(?:restricted|suppressed|confidential|blocked|on hold|"
              r"withheld)\b|\bprivacy hold\b|\b(?:another|other|someone elses|a classmates|"
              r"other students|another students|a students) (?:\w+ ){0,2}?(?:grades?|scores?|"
              r"marks|transcripts?|gpa)\b"),
    # several signs of not coping at once: no sleep, crying, not eating
    ("distress", _ALL + r"\b(?:havent|have not|hasnt|has not|cant|cannot|not) (?:slept|sleeping|"
                 r"sleep)\b|\bslept (?:\w+ )?(?:\d|one|two|three) hours?\b)(?=.*\b(?:cry\w*|"
                 r"cried|(?:havent|have not|not|barely|hardly) (?:eaten|eating|ate)|(?:no|a) "
                 r"real meal)\b)"),
)
RULES = RULES + FIFTEENTH


# Scored cues: each family alone is common in course talk; two families together (one of
# them from ``anchors``) make the concern. "a plan" alone is a project; "can't survive
# another week" alone is a joke about deadlines; both together are not.
_NOT_A_PERSON = (r"(?<!model )(?<!laptop )(?<!job )(?<!process )(?<!code )(?<!battery )"
                 r"(?<!server )(?<!gpu )(?<!kernel )(?<!phone )(?<!computer )(?<!plant )"
                 r"(?<!idea )(?<!paper )(?<!project )(?<!draft )(?<!it )(?<!its )(?<!this )"
                 r"(?<!that )(?<!thread )(?<!topic )(?<!repo )(?<!branch )")
SCORED: dict[str, tuple[tuple[tuple[str, str], ...], frozenset[str]]] = {
    "self_harm": ((
        ("death", r"\b(?:i|me|im|myself|she|he|her|him|they|shes|hes)\b(?:\W+\w+){0,4}?\W+"
                  + _NOT_A_PERSON + r"(?:die|dying|dead|death|suicid\w*|end it|be over|not (?:be )?"
                  r"(?:alive|here|around))\b"),
        ("endure", r"\b(?:cant|cannot|can not|wont|dont think (?:i|she|he) (?:can|will|could|"
                   r"would)|not sure (?:i|she|he) (?:can|will|could)) (?:survive|make it|last|hold "
                   r"on|go on|keep going|take (?:it|this|much) (?:anymore|much longer))\b"),
        ("plan", r"\b(?:i|she|he|they) (?:have|has|made|had|got) (?:a|the) plan\b(?! (?:for|to "
                 r"(?:finish|submit|get|do|write|present|study|catch|meet|split)|b\b))|"
                 r"\b(?:ive|i have|hes|he has|shes|she has|theyve|they have|i|he|she|they) "
                 r"(?:found|figured out|got|planned|picked|chosen|chose) (?:my|his|her|their|an?|"
                 r"the) (?:exit|way out)\b(?! (?:strategy|plan|interview|survey|ticket|for))"),
        ("talk", r"\b(?:talk\w*|think\w*|joke\w*|post\w*|writ\w*|obsess\w*|fixat\w*|"
                 r"search\w*|googl\w*) (?:a lot |so much |constantly )?(?:about|of|for) (?:death|"
                 r"dying|suicide|killing|not being|ending)\b"),
        ("farewell", r"\bgoodbye|\bbye\b|\bfarewell|\bgave (?:me |away )(?:\w+ ){0,2}(?:laptop|"
                     r"stuff|things|cat|dog|belongings|clothes|books|plants?|guitar|games?)\b|"
                     r"\bgiving away\b|\bgiv\w* (?:my|her|his|their) (?:\w+ )?(?:things|stuff|"
                     r"belongings) away\b|\bfor no reason\b|\blast (?:message|text|"
                     r"post)\b|"
                     r"\b(?:wrote|writ\w*|left) (?:a )?(?:note|letter)s?\b"),
        ("hopeless", r"\bhopeless|\bsoon (?:it|nothing) (?:wont|will not) matter\b|"
                     r"\b(?:it|nothing|none of (?:it|this)) (?:wont|will not|"
                     r"doesnt|does not) matter (?:soon|anymore|much longer|after)|\bworthless|"
                     r"\bburden\b|\bno (?:way out|future|hope)\b|"
                     r"\bpointless\b|\bcant (?:take|do) (?:it|this) anymore\b|\bgiv(?:e|ing) up\b|"
                     r"\bnobody (?:cares|would)|\bno one (?:cares|would)\b|\btrapped\b"),
        ("means", r"\b(?:knife|knives|blade|blades|razor|rope|noose|guns?|pills|overdose|bridge|"
                  r"roof|rooftop|ledge|balcony|tracks|cliff|wrists?|veins?)\b"),
    ), frozenset({"death", "endure", "plan", "talk", "farewell"})),
    "harassment": ((
        ("contact", r"\b(?:dm\w*|messag\w*|text\w*|call\w*|sends?|sent|sending|email\w*|"
                    r"follow\w*|wait\w* for|asks?|asking|asked|touch\w*|kiss\w*|hug\w*|star\w* "
                    r"at|comment\w* on|post\w*|grab\w*|corner\w*|watch\w*) (?:\w+ ){0,1}?"
                    r"(?:me|my)\b"),
        ("persist", r"\b(?:keeps?|kept|every (?:night|day|time|meeting)|always|again|wont stop|"
                    r"doesnt stop|constantly|repeatedly|all the time|trying to|tried to)\b"),
        ("unwanted", r"\b(?:(?:i )?block\w*|not interested|leave me alone|"
                     r"(?:i )?ignor\w* (?:him|her|"
                     r"them|it)|"
                     r"asked (?:him|her|them) to stop|told (?:him|her|them) (?:to stop|no|"
                     r"not to)|(?:i )?said no|didnt want|dont want|uncomfortable|creepy|scared|"
                     r"afraid|unwanted|without asking|where i live|my address|moan\w*|(?:too|so|"
                     r"really) "
                     r"(?:cute|hot|pretty|sexy)|sexy|body|naked|appearance|my looks|what i wear|"
                     r"my (?:outfit|legs|chest|figure)|breathing|hangs? up|too long|too close|"
                     r"too tight|way too|outside (?:the|"
                     r"my) (?:bathroom|door|room|apartment|"
                     r"class|dorm|house|locker room))\b"),
        ("sexual", r"\b(?:kiss\w*|moan\w*|sexy|naked|underwear|lingerie|breasts?|butt|bed|lap|"
                   r"massage\w*|cuddl\w*|undress\w*|spend the night|sleep over)\b"),
    ), frozenset({"contact"})),
}


@lru_cache(maxsize=1)
def _scored() -> dict[str, tuple[tuple[tuple[str, re.Pattern[str]], ...], frozenset[str]]]:
    return {kind: (tuple((name, re.compile(p)) for name, p in fams), anchors)
            for kind, (fams, anchors) in SCORED.items()}


def scored_kinds(text: str) -> list[str]:
    """Kinds whose cue families co-occur in ``text``: two or more, one of them an anchor
    (for harassment: contact with the student plus persistence, refusal or a sexual word)."""
    out: list[str] = []
    for kind, (families, anchors) in _scored().items():
        hit = {name for name, pattern in families if pattern.search(text)}
        if len(hit) >= 2 and hit & anchors:
            if kind == "harassment" and not (hit & {"unwanted", "sexual"}):
                continue
            out.append(kind)
    return out


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern)) for kind, pattern in RULES)


def kinds_named(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every (kind, match) the rules find in ``text`` (cleaned and repaired)."""
    out: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in compiled():
        match = pattern.search(text)
        if match is not None:
            out.append((kind, match))
    return out


# ----------------------------------------------------------------------------- typos

# the words whose misspelling matters (a misspelt course word is no concern)
VOCABULARY: tuple[str, ...] = (
    "suicide", "suicidal", "myself", "himself", "herself", "themselves", "yourself", "self",
    "killing", "depressed", "depression", "anxiety", "harass", "harassed", "harassing",
    "harassment", "assault", "assaulted", "assaulting", "roommate", "teammate", "classmate",
    "drinking", "alcohol", "alcoholic", "addicted", "addiction", "overdose", "overdosed",
    "disability", "disabilities", "accommodation", "accommodations", "dyslexia", "dyslexic",
    "religious", "religion", "ramadan", "discrimination", "discriminated", "racist", "racism",
    "stalking", "stalker", "stalked", "molested", "committing", "hurting", "cutting",
    "privacy", "hopeless", "worthless", "abusive", "threatened", "threatening", "misconduct",
    "sexual", "sexually", "touching", "uncomfortable", "violence", "panic",
    "observance", "directory", "suppressed", "confidential", "wheelchair", "diagnosed",
    "murder", "attacked", "medication", "pills",
)
_VOCAB = frozenset(VOCABULARY)
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _mend(word: str) -> str:
    if word in _VOCAB or len(word) < 4:
        return word
    limit = 2 if len(word) >= 8 else 1
    best = extractOne(word, VOCABULARY, scorer=Indel.distance, score_cutoff=limit)
    if best is not None and best[0][0] == word[0] and abs(len(best[0]) - len(word)) <= limit:
        return best[0]
    if len(word) >= 4:  # two letters swapped ("slef", "myslef"): one transposition
        swap = extractOne(word, VOCABULARY, scorer=OSA.distance, score_cutoff=1)
        if swap is not None and sorted(swap[0]) == sorted(word) and swap[0][0] == word[0]:
            return swap[0]
    return word


def repair(cleaned: str) -> str:
    """``cleaned`` with misspelt cue words mended (``"sucidal"`` → ``"suicidal"``)."""
    return _WORD.sub(lambda m: _mend(m.group(0)), cleaned)
