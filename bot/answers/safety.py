"""The safety layer: runs before anything else reads a message.

A student in distress, or reporting harassment, assault, discrimination, a disability,
a religious observance or a privacy (FERPA) matter, gets the course file's resources first,
privately, and nothing else. The detector reads the message in plain, indirect and long
wording, about the asker or about someone else ("my roommate said she wants to die"), and
notices when the person named is one of the course staff: then the reply names no staff
member, no office hours and no staff contact.

Rules for every caller (checked by the tests):

* the reply is private (ephemeral in a channel, the DM in a DM), never a thread or a post;
* it never quotes the message back;
* the message is never stored (not in the questions queue, not in a log line): log only
  that a sensitive reply of a given kind was sent (:func:`log_sent`).

The resources come from the course file: the policies' contacts (Counseling Center,
McKinley, Title IX / wecare, DRES, religious observances, FERPA) and the crisis lines the
staff added (``[[crisis_lines]]``, marked as not from the syllabus). No phone number,
address or link lives in this module.

Example::

    concern = detect("my teammate keeps saying he wants to end it all", course)
    concern.kind == "self_harm" and concern.someone_else
    answer = reply(concern, course)
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answers import safety_cues as cues
from bot.answers.model import Answer, Line
from bot.course import Course, Policy

logger = logging.getLogger("course_bot.safety")

# The kinds, most urgent first: a message naming several gets the most urgent one's reply.
KINDS = ("self_harm", "assault", "harassment", "discrimination", "substance", "distress",
         "disability", "religious", "ferpa")

_I = r"(?:i|im|i am|ive|i have|i was|i will|ill|i feel|i felt|i keep|i kept)"

# General English only (no course fact). Apostrophes are removed before matching ("i'm" →
# "im"); each pattern is searched anywhere in the message, so a long story still matches.
_PATTERNS: dict[str, tuple[str, ...]] = {
    "self_harm": (
        r"\bsuicid\w*", r"\bkill(?:ing)? (?:my ?self|him ?self|her ?self|them ?selves|themself)",
        r"\bend(?:ing)? (?:my|his|her|their) (?:own )?li(?:fe|ves)\b", r"\bend (?:it|things) all\b",
        r"\btak(?:e|ing) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b",
        r"\b(?:want|wanna|wants|wanted|wanting|wish|wishes|wished) (?:to )?(?:just )?"
        r"(?:die|be dead|disappear forever|not (?:be )?(?:alive|here|exist|wake up))",
        r"\bdont want to (?:be alive|live|exist|be here|wake up)\b",
        r"\b(?:doesnt|dont|do not|does not) want to (?:live|be alive|exist|be here)\b",
        r"\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b",
        r"\bbetter off (?:without me|dead|if i was gone|if i were gone)\b",
        r"\bself[ -]?harm\w*", r"\bhurt(?:ing)? (?:my ?self|him ?self|her ?self|themselves)\b",
        r"\bcut(?:ting)? (?:my ?self|him ?self|her ?self)\b", r"\boverdos\w*",
        r"\bcant (?:go on|keep going|do this anymore) (?:living|with life)\b",
        r"\b(?:jump|jumping) off (?:a|the) (?:bridge|roof|building)\b",
        r"\bgoodbye (?:note|letter)\b", r"\b(?:say|says|said|saying) goodbye to everyone\b",
        r"\bnot (?:be|being) (?:around|here|alive) (?:much longer|anymore)\b|"
        r"\b(?:be|being) (?:around|here) (?:much|for much) longer\b",
        r"\b(?:give|gives|gave|giving) (?:away|up) (?:all )?(?:my|his|her|their) (?:stuff|things|"
        r"belongings)\b",
        r"\b(?:dont|do not|cant|cannot) see (?:the|a|any) point (?:in|of) (?:anything|living|"
        r"life|going on|being here)\b", r"\bnot worth living\b|\blife (?:isnt|is not) worth\b",
        r"\bif i (?:just )?(?:disappeared|was gone|were gone|wasnt here|werent here|died)\b"
        r"(?! (?:for|on|in|at|during|yesterday|today|tonight|tomorrow|last|this|next|when|to|"
        r"by|until|till|before|after)\b)",
        r"\bwant (?:it all|everything) to (?:stop|end)\b", r"\bnever wake up\b",
        r"\bsleep (?:forever|and never)\b", r"\bno way out\b",
        r"\bdark thoughts\b|\bthoughts of (?:dying|death|ending)\b",
        # indirect wording: ending things, no point, disappearing, goodbyes, method words
        r"\b(?:thinking (?:of|about)|think about|want(?:ed)? to|wanna|going to|gonna|just|"
        r"plan(?:ning)? to|might|should) (?:just )?end(?:ing)? (?:it|things|everything|my life)\b",
        r"\b(?:think|thinking|thought|thoughts) (?:about|of) (?:dying|death|being dead|"
        r"killing (?:my|him|her)\w*|not being (?:here|alive|around))\b",
        r"\b(?:dont|do not|cant|cannot) see (?:the|any) point(?= anymore|\s*[.,!?]|$)",
        r"\b(?:whats|what is|no) (?:even )?the point (?:of|in) (?:even )?(?:trying|living|"
        r"going on|anything|any of this|it all)(?= anymore|\s*[.,!?]|$)",
        r"\bnothing matters (?:anymore|to me)\b|\bno point (?:anymore|in anything)\b",
        r"\bbetter off (?:if|when) (?:i|im) (?:was|were|wasnt|werent|am|not|didnt|no longer)"
        r" ?(?:gone|here|around|alive|exist|dead)?\b",
        r"\bsleep\b[^.?!]{0,30}\b(?:not|never) (?:to )?wake up\b",
        r"\b(?:want|wanna|wish|wishing) (?:to |i could )?(?:just )?(?:vanish|disappear)\b",
        r"\bcant (?:keep )?(?:living|going on|go on) (?:like this|anymore)\b",
        r"\b(?:letters?|notes?) to (?:my|his|her|their) (?:family|parents|mom|dad|friends|"
        r"loved ones)\b", r"\b(?:sounded|sounds|reads|read|felt) like (?:a )?goodbye\b|"
        r"\bgoodbye (?:message|post|text|video)\b",
        r"\b(?:take|taking|took|swallow\w*) (?:all(?: of)?|a bunch of|a handful of|a lot of) "
        r"(?:(?:my|her|his|their|the) )?(?:sleeping )?pills\b|\bhow many (?:sleeping )?pills\b",
        r"\bcutting again\b|\bcut(?:ting)? (?:my |her |his )?(?:arms?|wrists?|thighs?)\b",
        r"\bkill(?:s|ed|ing)? (?:my|him|her|them|your) ?(?:self|slef|sefl|selves|sel)\b",
        r"\bkms\b|\bunalive\w*", r"\bsui?c{1,2}i?d(?:e|es|al|ally)\b|\bsuis+id\w*",
        r"\bkil+(?:s|ed|ing)? (?:my|him|her|them|your) ?(?:self|slef|sefl|selves|sel|slf)\b",
        r"\bno (?:reason|point) (?:to|in) (?:keep going|go on|keep living|be here|be alive|"
        r"wake up|exist|stay alive)\b|\b(?:be|is|are) better (?:off )?without me\b",
        r"\btoo many (?:of (?:my|her|his|their) )?(?:sleeping )?(?:pills|meds|tablets)\b",
        r"\b(?:going to|gonna|wants? to|might|will) jump(?=\s*(?:[.,!?]|$|off|from))",
        r"\b(?:dont|do not|doesnt|does not) (?:wanna|want to) (?:be alive|live|exist|be here|"
        r"wake up)\b", r"\b(?:whats|what is) the point(?= anymore| of it all)",
        r"\b(?:step\w*|jump\w*|walk\w*|throw\w* (?:my|him|her)self) in front of (?:a|the) "
        r"(?:bus|train|car|truck)\b", r"\bgiv(?:e|ing|en) up on (?:life|everything|living)\b",
        r"\btired of (?:living|being alive|life|existing)\b",
        r"\b(?:pills|meds) (?:saved|stashed|stockpiled)\b|\b(?:saving|stockpil\w*|hoard\w*) "
        r"(?:up )?(?:my |her |his )?(?:pills|meds)\b",
        r"\bwish(?:es|ed)? (?:i|she|he|they) (?:was|were) (?:dead|never born|gone)\b|"
        r"\bwish(?:es|ed)? (?:i|she|he|they) (?:could|would) (?:just )?(?:die|disappear)\b",
        r"\bdo something to (?:my|him|her|them) ?sel(?:f|ves)\b",
        r"\bdone with (?:everything|life|it all|living)(?=\s*(?:[.,!?]|$|anymore))|"
        r"\bi want out(?=\s*(?:[.,!?]|$|of "
        r"(?:life|this world|everything)))|\bwant to give up(?=\s*(?:[.,!?]|$|on (?:life|"
        r"everything|myself)))",
        r"\b(?:a|no) burden (?:to|on) (?:everyone|everybody|my)\b",
        # the same cues told about someone else ("my friend says nobody would miss her",
        # "she wants to disappear", "giving her stuff away"): a concern for that person
        r"\b(?:nobody|no one|noone|no body|none of (?:you|them|us)) (?:would|will|is going to|"
        r"gonna|would even|will even|would ever|d) (?:even )?(?:miss|notice|care|mourn) "
        r"(?:me|her|him|them|if (?:i|she|he|they) (?:was|were|died|disappeared|left|went|"
        r"wasnt|werent))\b",
        r"\b(?:wants?|wanted|wanting|wishes|wished) (?:to |she could |he could |they could )?"
        r"(?:just )?(?:vanish|disappear)\b(?! (?:from|into) (?:the|this|that|our|my) (?:group|"
        r"chat|team|project|list|thread|channel|call|meeting)s?)",
        r"\b(?:giv(?:e|es|ing|en)|gave) away (?:all )?(?:of )?(?:her|his|their) (?:\w+ )?"
        r"(?:stuff|things|belongings|possessions|clothes|jewelry|books|plants|games|pets?|cats?|"
        r"dogs?|laptop|guitar)\b|\b(?:giv(?:e|es|ing|en)|gave) (?:all )?(?:of )?(?:her|his|"
        r"their) (?:\w+ )?(?:stuff|things|belongings|possessions|clothes|jewelry|books|plants|"
        r"games|pets?|cats?|dogs?|laptop|guitar) away\b",
        r"\b(?:she|he|they) (?:says?|said|thinks?|thought|feels?|felt|keeps? saying|told me|"
        r"believes?) (?:that )?(?:everyone|everybody|the world|people|we|her family|his family|"
        r"their family|her friends|his friends|they|we all|we would all|everyone would|"
        r"(?:we|they|everyone)(?:d| would)) (?:\w+ )?(?:be )?better off without (?:her|him|"
        r"them)\b",
    ),
    "assault": (
        r"\bassault\w*", r"\brap(?:e|ed|ist)\b", r"\battacked (?:me|him|her|them|my)\b",
        r"\b(?:hit|hits|punched|slapped|choked|strangled|kicked|shoved) "
        r"(?:me|him|her|them)\b(?! up| out\b| off\b| with (?:a|an|the|some|this|that) "
        r"(?:\w+ )?(?:question|"
        r"idea|email|message|link|deadline|request|comment|problem|task|surprise|quiz|fact|"
        r"news|review))", r"\bbeat (?:me|him|her|them) up\b",
        r"\bphysically (?:hurt|attacked|abused)\b", r"\bdomestic (?:violence|abuse)\b",
        r"\babusive (?:partner|boyfriend|girlfriend|relationship|parent|roommate)\b",
        r"\bforced (?:me|him|her|them) to\b", r"\bdrugged\b", r"\bspiked (?:my|her|his) drink\b",
        r"\bafraid for my (?:life|safety)\b", r"\bthreaten\w* to (?:hurt|kill|hit)\b",
        r"\bunsafe at home\b", r"\b(?:im|i am|i dont feel|i do not feel) not safe\b|"
        r"\bdont feel safe\b",
        r"\b(?:was|been|being|is|am|im) abused\b|\babus(?:e|es|ing) (?:me|her|him)\b",
        r"\broofie\w*",
        r"\b(?:put|slipped|dropped) (?:something|anything|a pill|drugs?|pills) in (?:my|her|his|"
        r"their|our) (?:drink|cup|glass|beer)\b|\bspik\w* (?:my |her |his |their )?drinks?\b|"
        r"\bdrinks? (?:was|were|got) spiked\b",
        r"\btook advantage of (?:me|her|him|them)\b(?! (?:being|to))",
        r"\b(?:grabbed|pinned|cornered) (?:me|her|him)\b(?! (?:a|an|the|some|coffee|lunch)\b)",
        r"\b(?:he|she|they) (?:didnt|did not|wouldnt|would not) stop (?:when|after|even)\b",
        r"\bwithout (?:my|her|his|their) consent\b|\bnon ?consensual\b|"
        r"\b(?:i|she|he) (?:didnt|did not|never) consent\b",
    ),
    "harassment": (
        r"\bharass\w*", r"\bstalk\w*", r"\bsexual\w*", r"\bgrop\w*", r"\bmolest\w*",
        r"\b(?:keeps?|kept) (?:touching|texting|messaging|following|staring at|hitting on|"
        r"commenting on|grabbing) (?:me|him|her|them|my)\b(?! (?:about|with|on) (?:the|our|my|"
        r"this) (?:project|deadline|slides|review|proposal|meeting|report|work|code|paper|"
        r"presentation|blog)\b)",
        r"\btouch(?:ed|es|ing) me\b", r"\bunwanted (?:touch\w*|advances?|contact|comments?|"
        r"messages?|attention)\b",
        r"\binappropriate(?:ly)? (?:touch\w*|comments?|messages?|texts?|remarks?|jokes?|"
        r"pictures?|photos?|behaviou?r|with me|toward me|towards me|to me)\b",
        r"\bsent (?:me|her|him) (?:nudes|explicit|sexual)\w*", r"\bnudes\b",
        r"\bcreep(?:s|ed|ing)? (?:me|her|him) out\b|\bcreepy\b",
        r"\bhitting on (?:me|her|him)\b", r"\bwont (?:leave|let) (?:me|her|him) alone\b",
        r"\bmakes? me (?:really |very |so )?uncomfortable\b", r"\bbull(?:y|ies|ied|ying)\b",
        r"\bintimidat\w* (?:me|her|him|them)\b|\bintimidation\b", r"\btitle (?:ix|9)\b",
        r"\btitleix\b", r"(?<!academic )\bmisconduct\b",
        r"\bcatcall\w*", r"\b(?:comments?|commented|remarks?|joked?) (?:about|on) my "
        r"(?:body|looks|appearance|figure|chest|legs|outfit|clothes)\b",
        r"\b(?:photos?|pictures?|videos?) of me without\b",
        r"\bsext\w*", r"\b(?:dating|relationship|intimate partner) "
        r"(?:violence|abuse)\b", r"\bmy ex (?:keeps|wont|will not|is|wont stop)\b",
        r"\bhaz(?:ing|ed)\b", r"\bflirt\w* with me\b", r"\basked me out\b.*\b(?:again|"
        r"uncomfortable|no)\b", r"\bpressur\w* me (?:into|to) (?:sex|date|go out)\b",
        r"\bquid pro quo\b", r"\bdate for (?:a )?(?:better )?grade\b",
        r"\bfollow(?:s|ed|ing)? me (?:home|around|to)\b",
        # consent, unwanted touch, stalking, pressure, grades traded for dates
        r"\b(?:even though|although|after|when|but) (?:i|she|he) (?:said|told (?:him|her|"
        r"them)) (?:no|to stop|not to)\b",
        r"\b(?:his|her|their) hands? (?:on|up) my\b|\b(?:touch\w*|rubb?\w*|grabb?\w*|"
        r"squeez\w*|strok\w*|pinch\w*|caress\w*) my (?:back|legs?|thighs?|butt|ass|chest|"
        r"breasts?|waist|hair|face|body|neck)\b",
        r"\b(?:hugged|kissed|touched|held) me\b[^.?!]{0,60}\b(?:didnt want|did not want|"
        r"said no|uncomfortable|without asking)",
        r"\bpressur\w* (?:(?:me|her|him|them) )?(?:into|to|for) (?:have |having |hook |send )?"
        r"(?:sex|sexual|hook\w*|nudes|pics|sleep\w*)\b|\b(?:have|had|having) sex\b",
        r"\b(?:explicit|nude|naked|dick) (?:photos?|pics?|pictures?|images?|videos?|selfies?)\b",
        r"\b(?:wont|doesnt|will not|does not|wouldnt) stop (?:texting|messaging|calling|dming|"
        r"following|contacting|touching|bothering|staring at) (?:me|her|him|them)\b",
        r"\bi blocked (?:him|her|them)\b|\bafter i blocked\b",
        r"\b(?:put|puts|putting|wrapped) (?:his|her|their) arms? around me\b|"
        r"\b(?:wouldnt|would not|wont) let (?:me )?go(?=\s*(?:[.,!?]|$|of me|even))",
        r"\b(?:private|intimate|nude|naked|explicit) (?:pictures?|photos?|pics|videos?|images?) "
        r"of (?:me|her|him)\b|\brevenge porn\b",
        r"\b(?:asks?|asking|asked|wants?|wanted|invites?|invited) me (?:\w+ ){0,6}(?:(?:stay|"
        r"meet|come over|be) (?:\w+ ){0,3}alone|late at night|at \d+ ?am|(?:to|at|in) (?:a|his|"
        r"her|the) (?:bar|hotel|club))\b|\bwhat (?:i|im|i am) (?:was )?wearing\b",
        r"\b(?:leav\w*|left) (?:\w+ )?(?:notes?|gifts?|things|letters?) (?:on|at|outside|under) "
        r"my (?:car|door|desk|apartment|dorm)\b",
        r"\binto my bed\b|\binto my room\b[^.?!]{0,30}\b(?:at night|asleep|sleeping|drunk)\b",
        r"\b(?:photos?|pictures?|videos?|pics) of me (?:\w+ ){0,3}(?:without|locker|bathroom|"
        r"shower|changing|undress\w*)",
        r"\b(?:controls|checks|tracks|monitors) my (?:phone|location|messages|texts)\b|"
        r"\bwont let me (?:see|talk to|go out|leave)\b",
        r"\b(?:waits?|waiting|waited|shows? up|showing up|showed up|hangs? around|lurk\w*) "
        r"(?:for me )?(?:outside|at|near|by) (?:my|our) (?:apartment|dorm|room|house|place|"
        r"door|desk|work|job|car)\b|\bwherever i go\b",
        r"\b(?:asked|invited|wants|wanted|told|pressur\w*) me (?:to (?:come |go )?(?:over )?)?"
        r"(?:to|into|back to) (?:his|her|their) (?:apartment|place|house|room|hotel|dorm|car)\b",
        r"\b(?:how|that) (?:pretty|hot|sexy|beautiful|cute) (?:i am|im|i look)\b|"
        r"\bcall(?:s|ed)? me (?:pretty|hot|sexy|cute|babe|baby|sweetheart)\b",
        r"\b(?:grades?|points|score)\b[^.?!]{0,40}\bif i (?:\w+ ){0,2}(?:go|went|going) out\b|"
        r"\b(?:go|went|going) out with (?:him|her)\b[^.?!]{0,40}\b(?:grade|points|score)\b",
        r"\bturned (?:him |her |them )?down\b[^.?!]{0,60}\b(?:grad\w*|harder|retaliat\w*|"
        r"punish\w*)|\bretaliat\w*",
        r"\b(?:i feel|im feeling|i felt|makes? me|made me|making me) (?:really |so |very |super "
        r"|kind of |kinda )?(?:uneasy|unsafe|violated|creeped out)(?=\s*(?:[.,!?]|$|around|"
        r"with|when|because))",
    ),
    "discrimination": (
        r"\bdiscriminat\w*", r"\bracis[mt]\w*", r"\bsexis[mt]\w*", r"\bhomophob\w*",
        r"\btransphob\w*", r"\bxenophob\w*", r"\bantisemit\w*", r"\bislamophob\w*",
        r"\bslurs?\b", r"\bbias incident\b", r"\bhate (?:speech|crime)\b",
        r"\b(?:ignor\w*|mock\w*|treat\w*|grad\w*|laugh\w*|exclud\w*|picks? on|singl\w* "
        r"(?:me )?out|call\w* (?:me|her|him)|comments?|jokes?|talk\w* down|assum\w*)[^.?!]{0,60}"
        r"(?:because|since|for being) (?:im|i am|she is|shes|he is|hes|they are|theyre|of "
        r"(?:my|her|his|their)) (?:a |an |the only )?(?:black|asian|latin[oa]|hispanic|gay|"
        r"lesbian|trans|queer|muslim|jewish|woman|female|immigrant|international|disabled|race|"
        r"religion|"
        r"accent|gender|skin|ethnicity|nationality|chinese|indian|korean|mexican|african|arab|"
        r"non ?native|foreign|girl)\b",
        r"\b(?:treat\w*|graded?|grades?) (?:me |us |her |him )?(?:differently|unfairly) "
        r"(?:because|for being)\b",
        r"\b(?:mak\w* fun of|made fun of|mock\w*|laugh\w* at|jok\w* about|insult\w*|"
        r"imitat\w*) (?:my|her|"
        r"his|their) (?:accent|race|skin|hair|hijab|turban|religion|culture|ethnicity|"
        r"nationality|name|english|food|country|gender|sexuality|pronouns|headscarf|kippah)\b",
        r"\bgo back to (?:my|your|his|her|their) (?:own )?country\b",
        r"\bcall\w* (?:me|her|him|us|them) (?:a |an )?(?:terrorist|illegal|alien|monkey)s?\b",
        r"\bmisgender\w*|\bdeadnam\w*", r"\bswastikas?\b|\bnoose\b|\bhate symbols?\b",
    ),
    "substance": (
        r"\bdrinking\b", r"\bdrink (?:too much|a lot|every (?:night|day)|alone)\b",
        r"\bdrinking problem\b",
        r"\b(?:drunk|wasted|hungover|hangover|blackout|blacked out)\b",
        r"\balcohol\w*", r"\bbinge\w*", r"\baddict\w*", r"\bsubstance\w*",
        r"\b(?:using|doing|taking|on|addicted to|high on) (?:drugs|coke|cocaine|meth|pills|"
        r"adderall|weed|xanax|opioids|heroin)\b",
        r"\bcant stop (?:drinking|using|smoking|vaping)\b",
        r"\bvap(?:e|ing) (?:constantly|all (?:the )?(?:time|day)|every (?:hour|day))\b",
        r"\b(?:smoking|smoke) weed\b|\bgetting high\b|\bhigh (?:every|all the) (?:day|time)\b",
        r"\b(?:pills|adderall|stimulants) to (?:stay awake|focus|study|sleep)\b",
        r"\bwithdrawal symptoms\b", r"\bsober\w*|\brelaps\w*",
        r"\b(?:adderall|xanax|oxycodone|oxycontin|percocet|vicodin|fentanyl|mdma|ecstasy|"
        r"ketamine|cocaine|heroin|opioids?|painkillers?|benzos|marijuana|shrooms)\b",
        r"\b(?:shows?|showed|showing|turns?|turned|came|comes) up (?:(?:to|at|for|"
        r"in) (?:\w+ ){0,4})?"
        r"(?:drunk|high|wasted|stoned)\b|"
        r"\bstoned\b", r"\b(?:drank|drink) (?:way |far )?too much\b|\bbenders?\b|"
        r"\bhow much (?:i|he|she|they) (?:drink|drinks|smoke)\b",
        r"\b(?:pill|drug|painkiller) (?:habit|addiction|problem)\b",
    ),
    "distress": (
        r"\bdepress\w*", r"\banxiety\b|\banxious\b", r"\bpanic attacks?\b",
        r"\boverwhelm\w*", r"\bcant cope\b|\bnot coping\b", r"\bhopeless\w*",
        r"\bmental(?:ly)? (?:health|breakdown|crisis|state|struggl\w*|exhausted|ill\w*)\b",
        r"\bbreaking down\b|\bbroke down (?:crying|in tears)\b|\bnervous breakdown\b",
        r"\b(?:im|i am|i feel|feeling) (?:so |really |completely )?(?:burn(?:ed|t) out|"
        r"not okay|not ok|worthless|empty|numb)\b|\bburnout\b",
        r"\bcant (?:sleep|eat|stop crying|get out of bed|focus on anything)\b",
        r"\bcry(?:ing)? (?:every|all) (?:night|day|the time)\b|\bcry myself to sleep\b|"
        r"\bdevastated\b|\bheartbroken\b",
        r"\b(?:not|havent been|stopped) (?:sleeping|eating)\b", r"\bcrying\b",
        r"\bfall(?:ing)? apart\b", r"\bso (?:stressed|lonely|alone)\b", r"\blonely\b",
        r"\bstress(?:ed)? out\b|\bstressed\b", r"\bcounsel(?:l)?(?:ing|or|ors)\b",
        r"\btherap(?:y|ist)\b", r"\bgrie(?:f|ving)\b|\bpassed away\b|\b(?:mom|dad|mother|"
        r"father|brother|sister|grandma|grandpa|grandmother|grandfather|friend) died\b",
        r"\bempty inside\b",
        r"\bcrisis\b", r"\bwellbeing\b|\bwell-being\b|\bwell being\b",
        r"\bfeel(?:ing)? (?:really |so |very |pretty |kind of |kinda )?(?:down|low|hopeless|"
        r"empty|worthless|alone|isolated|lost)\b", r"\bnot in a good (?:place|headspace|way)\b",
        r"\bstruggling (?:a lot|so much|mentally|emotionally|with everything|to cope)\b",
        r"\beating disorder\b|\banorexi\w*|\bbulimi\w*", r"\bpanicking\b|\bin a panic\b",
        r"\bcant (?:handle|take) (?:(?:this|it|everything)(?=\s*(?:[.,!?]|$|anymore|any more|"
        r"much longer|no more|right now|at all))|anymore)", r"\bhomesick\b",
        r"\btherapist\b|\bpsychiatrist\b|\bmental illness\b",
        r"\b(?:my|our) (?:mom|mother|dad|father|parents?|brother|sister|grand\w*|aunt|uncle|"
        r"cousin|(?:best )?friend|roommate|son|daughter|wife|husband|partner|girlfriend|"
        r"boyfriend|dog|cat|pet)s? (?:just |suddenly |recently )?(?:passed|died|is dying)\b|"
        r"\bfuneral\b|\bdeath in (?:my|the) family\b",
        r"\bfeel(?:ing)? (?:completely|totally|extremely|super|incredibly) (?:down|low|hopeless|"
        r"empty|worthless|alone|isolated|lost)\b",
        r"\b(?:hard|rough|tough|terrible|awful) time (?:\w+ ){0,2}(?:mentally|emotionally)\b|"
        r"\b(?:mentally|emotionally) (?:drained|broken|wrecked|unwell|not (?:okay|ok|well))\b",
        r"\b(?:its|its a|having a|had a|get|getting) panic\b|\bpanic disorder\b|"
        r"\bheart (?:is |keeps )?(?:racing|races|pounding|pounds|starts pounding)\b",
        r"\bcant (?:concentrate|focus) on anything\b|\bcant do (?:this|it) anymore\b",
        r"\b(?:dont|do not) want to do (?:this|it|any of (?:this|it)) anymore\b",
        r"\bfeel(?:s|ing)? like (?:im|i am) (?:drowning(?! in)|suffocating|falling apart|"
        r"dying inside|a failure|a burden)\b|"
        r"\b(?:everything|it all|life) (?:is|feels) (?:just )?"
        r"(?:too much|so heavy|unbearable|pointless|hopeless)(?=\s*(?:[.,!?]|$|right now|for me))",
        r"\bhavent left (?:my|the) (?:room|bed|apartment|house|dorm) in (?:days|weeks)\b",
        r"\b(?:have|having|had|get|getting) nightmares\b(?! about (?:the|this|our|my) "
        r"(?:final|project|presentation|deadline|review|paper|proposal|report))|"
        r"\bflashbacks?\b|\bptsd\b|\btraumati\w*|\bcant breathe\b",
        r"\b(?:scared|afraid|terrified) (?:of|to) eat(?:ing)?\b|\blost \d+ (?:pounds|lbs|kg)\b",
        r"\blost my (?:mom|mother|dad|father|parents?|brother|sister|grand\w*|best friend|son|"
        r"daughter|wife|husband|aunt|uncle|cousin|dog|cat)\b",
        r"\bbroke up with me\b|\b(?:my|a|the) break ?up\b|\b(?:can|could) (?:barely|hardly) "
        r"(?:function|get up|eat|sleep|breathe)\b|\bcant function\b",
        r"\b(?:having|had|have) a (?:mental |nervous |complete |total )?breakdown\b",
        r"\bstruggling (?:right now|lately|these days|so hard|badly)\b",
        r"\b(?:my|our) (?:mom|mother|dad|father|parents?|brother|sister|grand\w*|wife|husband|"
        r"son|daughter) (?:\w+ ){0,3}(?:cancer|hospital|hospice|icu|terminal|stroke|"
        r"heart attack)\b",
        # not eating or sleeping for days, told of the student or of someone else
        r"\b(?:hasnt|havent|has not|have not|hadnt|had not|didnt|did not|not|hardly|barely) "
        r"(?:been )?(?:eat(?:en|ing)?|sle(?:pt|eping))(?: anything| at all| much| properly)? "
        r"(?:in|for) (?:days|weeks|"
        r"a week|(?:two|three|four|five|several|a few|\d+) (?:days|weeks))\b|"
        r"\b(?:hasnt|has not|isnt|is not) (?:been )?(?:eating|sleeping)\b|"
        r"\b(?:stopped|stops|quit) (?:eating|sleeping)\b|"
        r"\b(?:throw|throwing|threw) up (?:after|when) (?:i eat|eating|meals|i do)\b|"
        r"\bmake myself (?:throw up|sick|vomit)\b|\bskip(?:ping)? meals\b|\bpurg(?:e|ing)\b",
    ),
    "disability": (
        r"\bdisabilit\w*", r"\bdisabled\b", r"\bdres\b", r"\baccommodat\w*|\baccomodat\w*",
        r"\badhd\b|\badd\b(?= and| diagnosis)", r"\bdyslex\w*", r"\bautis\w*",
        r"\bdeaf\w*|\bhard of hearing\b|\bhearing (?:aid|impair\w*|loss)\b",
        r"\bblind\b|\blow vision\b|\bvisual(?:ly)? impair\w*|\bscreen reader\b",
        r"\bcaption\w*|\btranscripts?\b(?= for| of (?:the )?lectures?)|\bsign language\b|"
        r"\binterpreter\b", r"\bwheelchair\w*|\bmobility\b", r"\bchronic (?:illness|pain|"
        r"condition|fatigue|migraines?)\b",
        r"\b(?:broke|broken|fractured|sprained) (?:my )?(?:arm|wrist|hand|leg|ankle|finger)s?\b|"
        r"\b(?:my|i have|having|had|upcoming|recovering from) (?:a |an )?surgery\b",
        r"\bauxiliary aids?\b", r"\bacademic adjustments?\b",
        r"\bacademic screening\b", r"\blearning (?:disorder|difference)\b",
        r"\bmigraines?\b|\bepilep\w*|\bseizures?\b|\bconcussion\b",
        r"\bsubtitle\w*", r"\b(?:im|i am|being) colou?r ?blind\b|"
        r"\b(?:have|has) a (?:stutter|stammer)\b|\bi (?:stutter|stammer)\b|"
        r"\biep\b|\b504 plan\b", r"\blarge print\b|\bbraille\b|\bassistive tech\w*",
        r"\bfainting (?:spells|episodes)\b|\bi (?:sometimes |often )?faint\b",
        r"\bdiagnosed me with\b|\b(?:i was|i got|ive been|i have been|im|"
        r"i am|just|recently|newly) diagnosed with\b|\bmy diagnosis\b",
        r"\b(?:medical|health) (?:condition|issue|problem)s?\b|\bcrohns\b|\bdiabet\w*|\blupus\b|"
        r"\bchemo\w*|\bfibromyalgia\b|\blong covid\b",
    ),
    "religious": (
        r"\breligio\w*", r"\bobservance\w*", r"\byom kippur\b|\brosh hashana\w*|\bpassover\b",
        r"\bshabbat\b|\bsabbath\b|\bshabbos\b", r"\bramadan\b|\beid\b|\bjummah\b",
        r"\bdiwali\b|\bnavaratri\b|\bholi\b", r"\bgood friday\b|\bash wednesday\b",
        r"\bchurch\b|\bmosque\b|\bsynagogue\b|\btemple\b|\bgurdwara\b",
        r"\bpray\w*", r"\bfasting\b|\bfast day\b", r"\bmy faith\b",
        r"\bholy day\b|\bhigh holidays\b|\breligious holiday\b",
        r"\bsukkot\b|\bhanukk?ah\b|\bchanukah\b|\bdurga puja\b|\bnavratri\b|\bguru nanak\b|"
        r"\byom tov\b|\bhigh holy days\b|\bgurpurab\b|\bvaisakhi\b|\bjanmashtami\b|\bshavuot\b|"
        r"\bpurim\b|\bsimchat torah\b|\bganesh chaturthi\b|"
        r"\bvesak\b|\bmass\b(?= on| at)|\bworship\b|\bpilgrimage\b|\bhajj\b",
    ),
    "ferpa": (
        r"\bferpa\b", r"\bdirectory information\b", r"\bsuppress\w* (?:my )?(?:directory|info\w*|"
        r"name)\b", r"\b(?:educational|education|academic|student) records?\b",
        r"\b(?:my|our) (?:grades?|records?|information|info) (?:private|confidential)\b",
        r"\b(?:tell|share|show|give|send)\w* (?:my )?(?:grades?|records?|scores?) (?:to|with) "
        r"(?:my )?(?:parents?|mom|dad|family|employer|anyone)\b",
        r"\b(?:parents?|mom|dad|employer) (?:see|access|get|know) my (?:grades?|records?)\b",
        r"\bprivacy\b", r"\bdont want my name (?:shown|listed|public|posted)\b",
        r"\bwho can see my (?:grades?|scores?|records?|information)\b",
        r"\b(?:other students|classmates|the class|others|everyone|students) (?:\w+ )?(?:see|"
        r"view|access) my (?:grades?|scores?|records?)\b",
        r"\bmy (?:grades?|scores?|records?) (?:to be |be )?(?:kept )?(?:private|confidential|"
        r"hidden)\b|\b(?:grades?|scores?)\b[^.?!]{0,30}\bprivate from\b",
        r"\b(?:tell|show|give) my (?:parents?|mom|dad|family) (?:my )?(?:grades?|scores?)\b",
        r"\bmy (?:parents?|mom|dad) (?:want|wants|asked|ask) (?:to see |for |about )?my "
        r"(?:grades?|scores?|records?)\b",
        r"\b(?:grades?|scores?) (?:posted|shared|shown) (?:publicly|in public|to the class)\b",
        r"\bdont want (?:anyone|others|people|the class) to know (?:im|i am) "
        r"(?:in|enrolled|taking)\b",
        r"\bkeep my (?:name|enrollment|attendance) private\b",
        r"\b(?:grades?|scores?|gpa|records?)\b[^.?!]{0,20}\b(?:visible|public|shared) (?:to|with) "
        r"(?:other students|classmates|the class|others|everyone)\b",
        r"\b(?:request\w*|copy of|access to|release) (?:a copy of )?my (?:\w+ )?records?\b",
        r"\b(?:dont|do not) (?:want|let) my (?:parents?|mom|dad|family|employer) (?:to )?"
        r"(?:know|find out|see)\b|\b(?:not|dont|never) tell my (?:parents?|mom|dad|family)\b",
        r"\b(?:parents?|mom|mother|dad|father|family|employer|boss|guardian|anyone else|"
        r"advis[eo]r|sponsor|coach|department)\b"
        r"[^.?!]{0,40}\b(?:see|know|access|find out|view|check)\b[^.?!]{0,20}\b(?:my (?:grades?|"
        r"scores?|marks|records?|transcript|gpa)|what (?:grades?|scores?) i (?:got|get|have))\b",
    ),
}

_SOMEONE_ELSE = re.compile(
    r"\b(?:my|a|our) (?:friend|roommate|teammate|partner|classmate|girlfriend|boyfriend|"
    r"brother|sister|lab ?mate|project partner|group member|team member|suite ?mate|"
    r"house ?mate|group ?mate|lab partner|best friend|bestie|roomie|bf|gf|cousin|sibling|"
    r"mom|mother|dad|father|son|daughter|husband|wife|kid)s?\b|\basking for a friend\b|"
    r"\bsomeone (?:i know|in (?:my|our|the) (?:team|group|class))\b|"
    r"\b(?:he|she|they) (?:said|says|told me|texted|posted|keeps saying|mentioned)\b")

# Unwanted personal attention from a staff member (read only when the message names one, by
# name or by role): waiting for the student, asking about their relationships or private
# life, asking for their address or number, contact at night or in private channels, and
# the student starting to avoid class over it.
_STAFF_ATTENTION = re.compile(
    r"\b(?:waits?|waiting|waited|hangs? around|hung around|lingers?|stays? behind|stayed "
    r"behind|shows? up|showed up) (?:\w+ )?(?:for me|to talk to me|to catch me|by my)\b|"
    r"\bwait\w* for me (?:after|outside|before|at|by)\b|"
    r"\bask\w* (?:me )?(?:\w+ ){0,2}(?:about|if|whether) (?:my|i have a|i am|im|i was|i like|"
    r"i (?:have|had) (?:a|any)) (?:\w+ )?(?:boyfriend|girlfriend|partner|husband|wife|dating|"
    r"love life|sex life|relationships?|personal life|private life|single|seeing anyone|"
    r"crush|ex|living alone|live alone)\b|"
    r"\bask\w* (?:me )?(?:for|about|where|what) (?:my )?(?:home |personal |private |cell |"
    r"mobile |phone |dorm |room )?(?:address|phone(?: number)?|number|cell|instagram|insta|"
    r"snapchat|snap|whatsapp|social media|facebook|i live|my room number)\b|"
    r"\b(?:texts?|texting|texted|messag\w*|dms?|dming|dmed|calls?|calling|called) me (?:\w+ )?"
    r"(?:late at night|at night|at \d+ ?(?:am|pm)|in the middle of the night|on (?:the )?"
    r"weekends?|on (?:instagram|snapchat|whatsapp|facebook|tinder|his personal|her personal))\b|"
    r"\b(?:personal|private) (?:questions|messages|texts|dms)\b|"
    r"\b(?:with|just) (?:just )?me\b[^.?!]{0,30}\b(?:late at night|at night)\b|"
    r"\b(?:late at night|at night)\b[^.?!]{0,30}\b(?:alone|just me|one on one)\b|"
    r"\b(?:texts?|texting|texted|calls?|calling|called|messag\w*) (?:me on )?my (?:personal|"
    r"private|own|cell) (?:number|phone|cell|email|instagram)\b|"
    r"\b(?:stares?|staring|stared|keeps? looking|kept looking) at me\b|"
    r"\boffer\w* (?:me )?(?:a ride|to drive me|to walk me)\b|"
    r"\b(?:not|never) (?:want|wanting) to (?:come|go|attend|show up)(?: to)? (?:class|lectures?|"
    r"office hours|section|the zoom|zoom|meetings)\b|"
    r"\b(?:afraid|scared|dread\w*|avoid\w*|nervous) (?:to |of )?(?:go\w* |com\w* |attend\w* )?"
    r"(?:to )?(?:class|lectures?|office hours|section|the zoom calls?)\b")

_QUID_PRO_QUO = re.compile(cues.QUID_PRO_QUO)
_GRADING_POWER = re.compile(r"\b(?:grades?|graded|grading|marks?|marked|scores?|scored|points?|"
                            r"zero|a 0|an? f|fail\w*|flunk\w*|docked|deduct\w*|recommendation|"
                            r"rec letter|reference|extension|slots?)\b")

# Someone else is the subject of the concern: a friend or classmate is named, and the asker
# is not its target ("me" as the object of what was done). "she told me", "texted me that"
# and "it scares me" are the asker hearing about it, not the target.
_TOLD_ME = re.compile(r"\b(?:told|tells|tell|texted|texts|messaged|messages|showed|shows|sent|"
                      r"wrote|called|confided in|admitted to|said to|says to|scares|scared|"
                      r"worries|worried|frightens|frightened|terrifies|terrified|asked|asks) me\b"
                      r"(?= (?:that|about|she|he|they|her|his|their|it|this|what|how|today|"
                      r"yesterday|last|goodbye|to help)\b|\s*[.,!?]|\s*$)")
_ASKER_TARGET = re.compile(r"\b(?:me|myself)\b")
_HAVE_A = re.compile(r"\b(?:have|has|had|got|get|having|with) (?:a|any|no) (?:girlfriend|"
                     r"boyfriend|partner|husband|wife|gf|bf)\b")


def about_someone_else(cleaned: str) -> bool:
    """True if the message is about someone other than the asker (the reply then adds how
    to help them): a person close to the asker is named and the asker is not the target."""
    # "whether I have a girlfriend": a person one has (or not) is no one the message is about
    if not _SOMEONE_ELSE.search(_HAVE_A.sub(" ", cleaned)):
        return False
    return not _ASKER_TARGET.search(_TOLD_ME.sub(" ", cleaned))


_STAFF_ROLE = re.compile(
    r"\b(?:ta|tas|t\.a\.|teaching assistants?|professor|prof|instructor|lecturer|teacher|"
    r"grader|course staff|staff member|the staff|faculty)s?\b")

# distress-only words that are ordinary in a course question; they only count together
# with a first-person feeling ("i'm so stressed" yes, "stress test" no)
_CONTEXT_NEEDED = {"distress": re.compile(r"\bcrisis\b|\bcrying\b")}


@dataclass(frozen=True)
class Concern:
    """What the safety layer recognised in a message (never the message itself)."""

    kind: str
    someone_else: bool = False
    about_staff: bool = False
    also: tuple[str, ...] = ()
    """Other kinds the same message names (their resources are added after the first's)."""
    emergency: bool = False
    """Someone may be in physical danger now (passed out, not breathing …): 911 first."""
    about_policy: bool = False
    """A question about the policy itself, with no one named ("what's the sexual misconduct
    reporting policy"): the reply opens plainly, not with sympathy for a disclosure."""


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("'", "").replace("‘", "")
    return " ".join(re.sub(r"<[@#!][^>]*>", " ", text).split())


@lru_cache(maxsize=8)
def _compiled(staff_names: tuple[str, ...]) -> tuple[dict[str, re.Pattern[str]],
                                                     re.Pattern[str] | None]:
    kinds = {kind: re.compile("|".join(f"(?:{p})" for p in pats))
             for kind, pats in _PATTERNS.items()}
    names = [re.escape(n) for n in staff_names if len(n) >= 3]
    staff = re.compile(r"\b(?:" + "|".join(names) + r")\b") if names else None
    return kinds, staff


def _staff_names(course: Course) -> tuple[str, ...]:
    out: list[str] = []
    for person in course.staff:
        name = person.name.lower()
        out.append(name)
        out += [part for part in name.split() if len(part) >= 3]
    return tuple(dict.fromkeys(out))


# A sensitive word used as a research topic ("suicide risk prediction models", "a model
# that predicts overdose", "hate speech detection") is a course question, not a concern.
# Only a bare topic word is excused: a match naming a person ("kill myself", "hurt her") or
# a crisis word followed by anything else ("im suicidal this paper ...") still counts.
_RESEARCH_AFTER = re.compile(r"\s(?:(?:risk|ideation|prevention|speech|use|abuse|"
                             r"attempt|forum|posts|text|data|consumption|statistics|rates?|"
                             r"levels|related|incidence|survey) )?"
                             r"(?:prediction|predictor|detection|detector|dataset|classifier|"
                             r"classification|models?|papers?|research|benchmark|corpus|apps?|"
                             r"tools?|systems?|topic|data|outputs?|generations?|completions?|"
                             r"samples)\b")
_RESEARCH_BEFORE = re.compile(r"\b(?:predict|predicts|predicting|detect|detects|detecting|"
                              r"classify|classifying|modell?ing|forecast|forecasting) "
                              r"(?:\w+ )?$")
_PERSON = re.compile(r"\b(?:i|im|me|my|myself|him|her|his|himself|herself|them|themselves|"
                     r"someone|he|she|they)\b")


_RESEARCH_FRAME = re.compile(r"\b(?:papers?|projects?|datasets?|data|topic|research|study|"
                             r"studies|models?|classifiers?|surveys?|lectures?|elective|"
                             r"articles?|benchmark) (?:\w+ ){0,3}(?:about|(?<!scheduled )(?<!due )"
                             r"(?<!falls )(?<!fall )(?<!held )(?<!moved )(?<!set )(?<!lands )on|"
                             r"of|using|"
                             r"regarding|called|named|titled) (?:\w+ ){0,2}$")


def _research_topic(cleaned: str, match: re.Match[str]) -> bool:
    if _PERSON.search(match.group(0)):
        return False
    before = cleaned[max(0, match.start() - 80):match.start()]  # a frame is a few words
    frame = _RESEARCH_FRAME.search(before)
    return bool(_RESEARCH_AFTER.match(cleaned, match.end())
                or _RESEARCH_BEFORE.search(before)
                or (frame is not None and not _PERSON.search(frame.group(0))))


# a sensitive word in a technical or academic sense: "the GAN discriminator", "religious
# studies elective", "I disabled notifications", "the assault on the leaderboard"
_TECHNICAL = re.compile(
    r"\bdiscriminat(?:or|ors|ive)\b|\breligio\w* (?:studies|study|elective|course|class|"
    r"department|major|minor)\b|\b(?:disabilit\w*|gender|womens|ethnic|queer|african american|"
    r"jewish|islamic|asian american|latin\w*) studies\b|"
    r"\b(?:minibatch|mini batch|batch|feature|class|fine grained|speaker|domain|price|statistical|"
    r"model) discrimination\b|\bdiscrimination (?:loss|task|network|layer|threshold|power|ability|"
    r"score)\b|\bimage caption\w*|\bcaption(?:ing)? "
    r"(?:models?|datasets?|generation|task)\b|\b(?:i|we|you|they|it|was|is|are|be|been|got|"
    r"get) disabled "
    r"(?!(?:student|person|people|veteran|myself|friend)s?\b)\w+|\bdisabled (?:gpu|cluster|"
    r"credits?|account|notifications?|button|feature|option|setting|layer|neurons?|units?)\b|"
    r"\bdisabilit\w* of (?:a|an|the) (?!student|person)\w+|\bassault on (?:the |a |this |our )?"
    r"(?:leaderboard|benchmark|record|problem|paper|sota|task|state of the art)\b|"
    r"\b(?:abus\w*|abusive) (?:of )?notation\b|\bsexual(?:ly)? (?:selection|reproduc\w*|"
    r"dimorphism)\b|\bprivacy (?:setting|settings|policy|mode|"
    r"preserving|attack|budget|guarantees?|loss)\b|\bdifferential privacy\b|"
    # an accommodation for something that is no disability or observance
    r"\b(?:discriminator|generator|critic|d|g|model|network|teacher|student)s? (?:just |always |"
    r"keeps? )?(?:bull(?:y|ies|ied|ying)|kill\w*|overpower\w*|dominat\w*|crush\w*) (?:the )?"
    r"(?:generator|discriminator|critic|d|g|model|network|student|teacher)s?\b|"
    r"\b(?:data|patient|medical|user|health|image|model|training data) privacy\b|\bprivacy "
    r"(?:rules?|laws?|regulations?|requirements?|risks?|implications|preserving)\b|"
    r"\baccom+odat\w* (?:(?:for|of|across) )?(?:the |different |my |our |a |all )?(?:time ?zones?|"
    r"travel\w*|conferences?|interviews?|jobs?|work|sports?|internships?|flights?)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|ill|id|me|my|mine|myself|we|were|our|us)\b")
_GENERIC_FAITH = re.compile(r"religio|observ|accommod|accomod|faith|holy|pray|worship")
_PERSON_HARM = re.compile(r"\b(?:me|myself|her|him|herself|himself)\b")
# "jk" / "just kidding" excuses a word only where a joke can't be a cry for help
_JOKE = re.compile(r"\bjk\b|\bjust kidding\b|\bjust joking\b")
# a joke taken back at once ("jk I know it's not", "not even fully joking")
_JOKE_UNDONE = re.compile(r"\b(?:jk|just kidding|just joking|haha\w*|lol|lmao)\b\W*(?:[^.?!]{0,80}"
                          r"[.?!]\W*)?(?:(?:but|ok|okay|well)\W+)?"
                          r"(?:i know (?:its|it is|thats|that is) not|not really|seriously|for "
                          r"real|honestly|really)\b|\bnot (?:even )?(?:fully |really |totally |"
                          r"entirely |completely )?(?:joking|kidding)\b")
_NEVER_A_JOKE = frozenset({"self_harm", "assault"})
# everyday stress about a course item, said lightly, is a course question
_MILD = re.compile(r"(?:so )?stress(?:ed)?(?: out)?|stressed|panicking|in a panic|"
                   r"fall(?:ing)? apart|overwhelm\w*")
_LIGHT = re.compile(r"\b(?:lol|lmao|haha\w*|ugh|rofl)\b|\b(?:about|over|for) (?:the|my|our|this) "
                    r"(?:deadline|proposal|report|presentation|review|exam|midterm|final|blog|"
                    r"slides|project)\b[^.!]*\?|\b(?:about|over|for) (?:the|my|our|this) "
                    r"(?:deadline|proposal|report|presentation|review|exam|midterm|final|blog|"
                    r"slides|project)\W+(?:when|what|how|is|are|can|do)\b|"
                    r"\b(?:my|our) (?:group|team|project|code|model|plan|schedule)s? "
                    r"(?:is|are) falling apart\b")


_RECORDS_OUT = re.compile(cues.RECORDS_OUT)
# an observance said not to clash with anything
_NO_CLASH = re.compile(r"\b(?:doesnt|does not|dont|do not|wont|will not|didnt|did not|never) "
                       r"(?:\w+ )?(?:overlap|conflict|clash|coincide|interfere)\w*\b|\bno "
                       r"(?:conflicts?|clash\w*|overlap)\b|\bnothing(?:s| is)? due\b|"
                       r"\bdont think (?:anything|there is anything|theres anything)(?:s| is)? "
                       r"due\b")
_CLASH_TOO = re.compile(r"\b(?:but|except|however|although|though)\b[^.?!]{0,60}(?<!doesnt )"
                        r"(?<!does not )(?<!dont )(?<!wont )(?<!no )(?<!not )\b(?:overlap\w*|"
                        r"conflict\w*|clash\w*|miss\w*|cant|during|same day|falls on)\b")
# a place of worship named as where one will be, with no clash, absence or request
_PLACE_ONLY = re.compile(r"church|mosque|synagogue|temple|gurdwara")
_OBSERVANCE_NEED = re.compile(r"\b(?:miss\w*|skip\w*|absen\w*|excus\w*|conflict\w*|clash\w*|"
                              r"overlap\w*|deadline|due|extension|resched\w*|move|late|exam|"
                              r"accommodat\w*|observ\w*|holiday|holy|service|retreat|event|"
                              r"mandatory|cant (?:make|attend|come|submit|present)|mock\w*|"
                              r"laugh\w*|joke\w*|comment\w*)\b")
_EVERYDAY_DOSE = re.compile(r"overdos\w* on (?:\w+ )?(?:caffeine|coffee|espresso|tea|energy "
                            r"drinks?|red bull|monster|sugar|candy|memes|content|papers|math|"
                            r"netflix|anime|youtube|readings?)\b")
_LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|rofl)\b")
_RECORDS_WORD = re.compile(r"\b(?:grades?|scores?|records?|transcripts?|gpa|marks|info|"
                           r"information|data|enrollment)\b")
_INTIMATE_WORD = re.compile(r"\b(?:touch\w*|sex\w*|kiss\w*|body|photos?|pictures?|pics|"
                            r"videos?|drunk|bed|hands?)\b")

# a drink named lightly, as an invitation, with no sign of a problem, is no concern
_SOCIAL_DRINK = re.compile(r"drinking|drinks?|drunk|beers?|booze|tipsy")
_SOCIAL = re.compile(r"\b(?:lol|lmao|haha\w*|whos in|who is in|anyone (?:in|down|coming|want\w*)|"
                     r"drinking games?|happy hour|celebrat\w*)\b")
_PROBLEM = re.compile(r"\b(?:(?:in|during|to|before|at|into) (?:class|lecture)|"
                      r"every (?:day|night|morning|weekend)|cant stop|problem|addict\w*|need|"
                      r"needs|alone|cope|coping|black\w* out|blackout|worried|scared|help|again|"
                      r"too much|depend\w*|without|relaps\w*|withdraw\w*|rehab|sober\w*|"
                      r"hungover|hangover|presenting|during)\b")


# ------------------------------------------------------------- ordinary senses of cue words

# Idioms: a cue word used for a course matter. A small lexicon of word families, matched
# on the cleaned text and blanked out before the patterns read it ("die on the hill",
# "eating me alive", "killing it", "addicted to this content", "dying to know").
_COURSE_THING = (r"(?:course|class|classes|content|material|lectures?|papers?|topics?|"
                 r"subject|readings?|project|homework|slides|blog|reviews?|gans?|vaes?|flows?|"
                 r"diffusion|models?|code|coffee|tea|show|series|game|music|anime)")
IDIOMS = re.compile(
    r"\b(?:die|dies|died|dying) on (?:the|this|that|a) hill\b|"
    r"\b(?:i )?could (?:literally |actually |almost )?cry\b(?=[^.?!]{0,50}\b(?:finally|happy|"
    r"joy|yay|woo\w*|dropped|worked|works|converged|passed|got in|accepted|beautiful|"
    r"elegant)\b)|"
    r"\b(?:im|i am) (?:going to|gonna) die\b(?=[^.?!]{0,10}\b(?:lol|lmao|haha\w*)\b)|"
    r"\bkilling my (?:sleep|sleep schedule|social life|weekend|vibe)\b|"
    r"\b(?:die|dies|died|dying) of (?:old age|boredom|embarrassment|curiosity|laughter|"
    r"suspense|cringe)\b|"
    r"\b(?:eat|eats|eating|ate|eaten) (?:me|us|him|her) alive\b|"
    r"\b(?:kill|kills|killing|killed|crush|crushing|crushed) it\b(?! all)|"
    r"\b(?:killing|kills|killed) (?:me|us)\b(?! (?:\w+ )?(?:for real|literally|seriously))|"
    r"\b(?:id|i would|would) kill for (?:a|an|some|the|more)\b|"
    r"\b(?:dying|dieing|die) (?:to|for) (?:know|see|hear|try|learn|find out|ask|a|an|some|"
    r"the)\b|"
    r"\baddict(?:ed|ing)? to (?:(?:this|the|these|that|your|our|my) )?(?:\w+ )?"
    + _COURSE_THING + r"\b|"
    r"\b(?:dead|deathly) (?:tired|serious|sure|last|wrong|simple|easy|center|weight|line)\b|"
    r"\b(?:bored|tired|sick|scared|worried) to death\b(?! (?:of|that|because))|"
    r"\b(?:be|is|was|will be|going to be|gonna be) the death of me\b|"
    r"\bmurder\w* (?:my|our|the|his|her) (?:results?|gpu|model|code|loss|accuracy|scores?|"
    r"metrics?|training|benchmark|numbers)\b|"
    # the asker pestering staff or a team with questions; an adverb of mood on a number;
    # tears of delight at an idea
    r"\b(?:harass\w*|pester\w*|spam\w*|bug\w*) (?:you|u|y ?all|(?:the |our |my )?(?:ta|tas|"
    r"professor|prof|instructor|staff|bot|team|teammates?|group|class)) with (?:\w+ )?"
    r"(?:questions|emails|messages|pings|requests|dms)\b|\bdepressingly\b|"
    r"\bcry(?:ing)? (?:at|over|about) how (?:\w+ )?(?:elegant|beautiful|good|cool|clean|nice|"
    r"neat|simple|smart|clever|funny|great|amazing|pretty|cute|satisfying)\b|"
    r"\bcrying (?:laughing|of laughter)\b|"
    # lost on a topic: confused by it, not lost in life
    r"\blost (?:on|with) (?!(?:life|everything|myself|it all|my future|what to do)\b)(?=\w)")

# A sensitive word governed by a research, project or ML frame is a topic, not a person:
# "is suicide prevention a valid application area for our model", "a disability-aware
# fairness metric", "can a religious holiday be a project topic", "the assault on the
# leaderboard in our attack project". Excused only when no person stands next to the word
# and the clause tells no experience ("i was harassed at the project meeting" still counts).
_FRAME = re.compile(r"\b(?:research|projects?|datasets?|data|topics?|applications?|patients|ehr|"
                    r"outputs?|generations?|completions?|"
                    r"application area|metrics?|models?|modell?ing|leaderboards?|attacks?|"
                    r"adversarial|benchmarks?|classifiers?|detection|detector|prevention|"
                    r"prediction|aware|awareness|fairness|papers?|generat\w*|synthetic|"
                    r"simulat\w*|corpus|corpora|labels?|annotations?|features?|ethics|"
                    r"broader impact|use case)\b")
# a frame word naming a person is no frame: "my project partner shows up high"
_FRAME_PERSON = re.compile(r"\b(?:project|research|lab|paper|data) (?:partners?|teammates?|mates?|"
                           r"members?|advisors?|supervisors?|leads?|co ?presenters?|"
                           r"co ?authors?)\b")
_NEAR_PERSON = re.compile(r"\b(?:i|im|ill|ive|id|me|my|myself|him|her|his|himself|herself|"
                          r"them|they|"
                          r"he|she|someone|somebody|us|we|you|your)\b")
_AGENT_NEAR = re.compile(r"\b" + cues.AGENT + r"\b|\b(?:teammates?|partners?|roommates?|"
                         r"classmates?|"
                         r"ta|professor|instructor|guy|man|woman|friend)\b")
_EXPERIENCE = re.compile(r"\b(?:im|i am|i was|ive been|i have been|i feel|i felt|i got|"
                         r"for me|dx|diagnos\w*|every (?:day|night)|i (?:slept|drank|woke|took)|"
                         r"started (?:drinking|using|smoking|cutting|vaping)|"
                         r"we were|happened|happening|dealing with|going through|"
                         r"experienc\w*|victim|survivor|against me|to me|toward me|"
                         r"towards me|conflict\w*|clash\w*|overlap\w*|falls? on|miss\w*|"
                         r"during my|scheduled|same day|"
                         r"(?:told|tells|said to|says to) (?:me|us|our|my|the (?:class|group|"
                         r"team)))\b")
_CLAUSE_END = re.compile(r"[.?!;]|\bbut\b|\balso\b")


def _clause(cleaned: str, match: re.Match[str]) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(cleaned, 0, match.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(cleaned, match.end())), len(cleaned))
    return cleaned[start:end]


def topic_framed(cleaned: str, match: re.Match[str]) -> bool:
    """The matched word is a research/project/ML topic in its clause, not about a person."""
    if _PERSON.search(match.group(0)):
        return False
    clause = _clause(cleaned, match)
    if _EXPERIENCE.search(clause):
        return False
    if not _FRAME.search(_FRAME_PERSON.sub(" ", clause.replace(match.group(0), " "))):
        # an elliptical follow-up ("... synthetic medical records? privacy ok?") takes the
        # frame of the sentence before it, if it names nobody itself
        before = cleaned[:max(0, cleaned.rfind(clause))]
        if _NEAR_PERSON.search(clause) or not before or not _FRAME.search(
                re.split(r"[.?!;]", before.rstrip(" .?!;"))[-1]):
            return False
    before = " ".join(cleaned[:match.start()].split()[-2:])
    after = " ".join(cleaned[match.end():].split()[:3])
    return not (_NEAR_PERSON.search(before) or _NEAR_PERSON.search(after)
                or _AGENT_NEAR.search(after))


# A question taken back ("what's FERPA? never mind, when are slides due"): an informational
# kind named only before the retraction is not a concern. Disclosures are never taken back.
RETRACT = re.compile(r"\b(?:never ?mind|nvm|nevermind|scratch that|forget (?:it|that|i asked)|"
                      r"ignore that|jk|just kidding|anyway|anyways)\b")
RETRACTABLE = frozenset({"ferpa", "religious", "disability"})


# "what's title ix? nvm ...": asking what a word means, then taking it back
_DEFINITION = re.compile(r"^\s*(?:(?:so|ok|okay|hey|wait|btw|quick q|random q) )?(?:whats|what is|"
                         r"what are|what does|what do|whos|who is|what even is)\b")


def retracted(kind: str, cleaned: str, match: re.Match[str]) -> bool:
    """The match is in a question the asker took back (informational kinds, or asking
    what a word means); a disclosure or a self-harm or assault word never is."""
    if kind in _NEVER_A_JOKE:
        return False
    clause = _clause(cleaned, match)
    if kind not in RETRACTABLE and not _DEFINITION.search(clause):
        return False
    later = RETRACT.search(cleaned, match.end())
    return later is not None and not _FIRST_PERSON.search(clause)


def _excused(kind: str, cleaned: str, match: re.Match[str]) -> bool:
    """True if this match is not a concern: a research topic, a technical sense, a joke."""
    if _research_topic(cleaned, match) or topic_framed(cleaned, match) \
            or retracted(kind, cleaned, match):
        return True
    window = cleaned[max(0, match.start() - 30):match.end() + 40]
    if _TECHNICAL.search(window) and not _PERSON_HARM.search(match.group(0)):
        return True
    if kind not in _NEVER_A_JOKE and _JOKE.search(cleaned) and not _JOKE_UNDONE.search(cleaned):
        return True
    if kind == "distress" and _MILD.fullmatch(match.group(0)) and _LIGHT.search(cleaned):
        return True
    if kind == "substance" and _SOCIAL_DRINK.fullmatch(match.group(0)) \
            and _SOCIAL.search(cleaned) and not _PROBLEM.search(cleaned):
        return True  # "drinking game after the presentation lol, who's in": an invitation
    if kind == "religious" and _PLACE_ONLY.fullmatch(match.group(0)) \
            and re.search(r"\b(?:at|to)(?: the)? $", cleaned[:match.start()]) \
            and not _OBSERVANCE_NEED.search(cleaned):
        return True  # where one will be ("at the temple on friday"), with no clash named
    if kind == "self_harm" and _EVERYDAY_DOSE.match(cleaned, match.start()) \
            and _LAUGH.search(cleaned) and not _BODY_DANGER.search(cleaned):
        return True  # an everyday "overdose" of coffee or memes, said with a laugh
    if kind == "assault" and "consent" in match.group(0) and _RECORDS_WORD.search(
            _clause(cleaned, match)) and not _INTIMATE_WORD.search(cleaned):
        return True  # grades given out without one's consent: a records matter (FERPA)
    if kind == "religious" and _NO_CLASH.search(cleaned) and not _CLASH_TOO.search(cleaned):
        return True  # "ramadan doesn't overlap with anything, so no conflict for me"
    if kind == "religious" and not _FIRST_PERSON.search(cleaned) \
            and not _GENERIC_FAITH.search(match.group(0)):
        return True  # "is there class on good friday": a calendar question, nobody's observance
    return False


def detect(text: str, course: Course) -> Concern | None:
    """The most urgent sensitive concern ``text`` names, or None.

    Two readers vote: the phrase patterns above, and the general cue rules of
    :mod:`bot.answers.safety_cues` (word families, agents and objects, reasons); both read
    the message after misspelt cue words are mended. The reading depends only on the words
    and the course's staff names, so it is remembered per wording (a class asking the same
    question pays for it once).
    """
    return _detect(text, _staff_names(course))


@lru_cache(maxsize=4096)
def _detect(text: str, staff_names: tuple[str, ...]) -> Concern | None:
    cleaned = _clean(text)
    if not cleaned:
        return None
    cleaned = " ".join(IDIOMS.sub(" ", cues.repair(cleaned)).split())
    kinds, staff = _compiled(staff_names)
    named = {kind for kind, match in cues.kinds_named(cleaned)
             if not _excused(kind, cleaned, match)}
    if not _JOKE.search(cleaned) and not _RESEARCH_FRAME.search(cleaned):
        named.update(cues.scored_kinds(cleaned))
    found: list[str] = []
    for kind in KINDS:
        match = next((m for m in kinds[kind].finditer(cleaned)
                      if not _excused(kind, cleaned, m)), None)
        if match is None:
            if kind in named:
                found.append(kind)
            continue
        needs = _CONTEXT_NEEDED.get(kind)
        if needs is not None and needs.fullmatch(match.group(0)) and not re.search(
                rf"\b{_I}\b", cleaned) and kind not in named:
            continue
        found.append(kind)
    if "ferpa" in found and "harassment" in found and _RECORDS_OUT.search(cleaned) \
            and not any(m for m in kinds["harassment"].finditer(cleaned)
                        if not _excused("harassment", cleaned, m)) \
            and not any(k == "harassment" for k, _m in cues.kinds_named(cleaned)):
        found.remove("harassment")  # one's records given out: a privacy matter, no conduct
    about_staff = bool(_STAFF_ROLE.search(cleaned) or (staff and staff.search(cleaned)))
    if about_staff and "harassment" not in found and _STAFF_ATTENTION.search(cleaned):
        found.append("harassment")  # unwanted personal attention from a staff member
        found.sort(key=KINDS.index)
    if not found:
        return None
    if "harassment" in found and not about_staff:
        # a grade, a mark or a slot traded for a date: whoever did it grades the student
        qpq = _QUID_PRO_QUO.search(cleaned)
        about_staff = qpq is not None and bool(_GRADING_POWER.search(qpq.group(0)))
    return Concern(kind=found[0], someone_else=about_someone_else(cleaned),
                   about_staff=about_staff, also=tuple(found[1:]),
                   about_policy=bool(_POLICY_ASKED.search(cleaned))
                   and not _FIRST_PERSON.search(cleaned) and not _PERSON_NAMED.search(cleaned),
                   emergency=bool(_EMERGENCY.search(cleaned) or (
                       _BODY_DANGER.search(cleaned) and _PHYSICAL.intersection(found)) or (
                       _IMMINENT.search(cleaned) and "self_harm" in found)))


# ----------------------------------------------------------------------------- replies

# which policies (course-file keys) and crisis lines answer each kind, in order
_POLICIES: dict[str, tuple[str, ...]] = {
    "self_harm": ("mental_health",),
    "assault": ("sexual_misconduct", "mental_health"),
    "harassment": ("sexual_misconduct", "mental_health"),
    "discrimination": ("mental_health", "sexual_misconduct"),
    "substance": ("mental_health",),
    "distress": ("mental_health",),
    "disability": ("disability",),
    "religious": ("religious_observances",),
    "ferpa": ("ferpa",),
}
_CRISIS = {"self_harm": ("988", "911"), "assault": ("911",), "substance": ()}
"""Kinds whose reply starts with the staff-added crisis lines (matched by their contact)."""

_OPENING = {
    "self_harm": "I'm really glad you reached out. If you or someone you know might be in "
                 "danger, please contact one of these right now:",
    "assault": "I'm sorry this happened. You deserve support and safety; these can help "
               "right away:",
    "harassment": "I'm sorry you're dealing with this. You can get confidential support and "
                  "information about your options here:",
    "discrimination": "I'm sorry you're dealing with this. The syllabus has no section on "
                      "discrimination or bias; the closest confidential support and reporting "
                      "resources it lists are:",
    "substance": "Thanks for reaching out. Confidential help, at no cost:",
    "distress": "I'm sorry things are hard right now. Confidential help, at no cost:",
    "disability": "Here is how accommodations work in this course:",
    "religious": "Here is how religious observances are accommodated:",
    "ferpa": "Here is what the syllabus says about the privacy of your records:",
}
_POLICY_OPENING = "Here is what the syllabus says, and where to get help:"
_POLICY_OPENS = frozenset({"assault", "harassment", "discrimination", "substance", "distress"})
"""Kinds whose opening speaks to someone in trouble: a question about the policy alone gets
:data:`_POLICY_OPENING` instead."""
_POLICY_ASKED = re.compile(r"\b(?:policy|policies|procedure|process|reporting obligation|rules? "
                           r"(?:on|about|for)|what does the syllabus say|where (?:is|are) the)\b")
_PERSON_NAMED = re.compile(r"\b(?:he|she|him|her|they|them|someone|somebody|my|friend|"
                           r"roommate|teammate|classmate|partner)\b")
_SOMEONE = ("If this is about someone else, you can contact these on their behalf too, and "
            "share them with your friend.")
_NOT_STAFF = ("You don't have to go through the course staff for this: the offices above are "
              "outside the course and can help you directly.")
_EMERGENCY = re.compile(r"\bpassed out\b|\bwont wake\b|\bnot waking\b|\bunconscious\b|"
                              r"\balcohol poisoning\b|\bnot breathing\b|"
                              r"\bnot responding\b|\bunresponsive\b|"
                              r"\b(?:cant|cannot|couldnt) (?:wake|get) (?:him|her|them) (?:up|"
                              r"to wake)\b")
# harm about to happen, with the means or the place at hand now: 911 first too ("a loaded gun
# in my lap", "up on the overpass and about to jump")
_IMMINENT = re.compile(r"\b(?:gun|pistol|rifle|revolver)\b[^.?!]{0,50}\b(?:loaded|right now)\b|"
                       r"\bloaded (?:gun|pistol|rifle|revolver)\b|\b(?:bridge|roof|rooftop|ledge|"
                       r"balcony|overpass|top floor)\b[^?]{0,80}\b(?:going to|gonna|about to) "
                       r"jump\b(?! (?:in|into|on) (?:the |a )?(?:pool|lake|water|river))|"
                       r"\b(?:doing it|cutting) right now\b")
# a body in danger now, told beside harm, a substance or an attack: 911 first too ("snorted
# something and his lips are turning blue", "mixed xanax and alcohol, can barely breathe");
# alone, "I can't breathe" is as often a panic attack
_BODY_DANGER = re.compile(r"\b(?:lips|face|skin|fingers) (?:are |is )?(?:turning|going|turned|"
                          r"gone) "
                          r"(?:blue|grey|gray|purple)\b|\bturning blue\b|\b(?:can|could) (?:barely|"
                          r"hardly|not) breathe?\b|\bcant breathe\b|\bstopped breathing\b|"
                          r"\b(?:wont|will not|doesnt|does not) stop bleeding\b|"
                          r"\bhaving a seizure\b|"
                          r"\b(?:keep|keeps|kept|cant stop|wont stop|been) (?:throwing up|"
                          r"vomiting|puking)\b|\bheart (?:is |keeps )?(?:racing|pounding) "
                          r"(?:really |so |super |very )?(?:fast|hard)\b|"
                          r"\bseizing\b|\bcut (?:too|so) deep\b|\b(?:a lot of|so much|lots of|"
                          r"too much) blood\b|\b(?:his|her|their|my) (?:lips|face|skin) (?:look|"
                          r"looks|looking) (?:\w+ ){0,2}(?:blue|grey|gray|purple)\b")
_PHYSICAL = frozenset({"self_harm", "substance", "assault"})


def _policy(course: Course, key: str) -> Policy | None:
    return course.policy(key)


def _staff_free(line: str, course: Course) -> bool:
    """True if ``line`` names no staff member, staff email or instructor contact."""
    low = line.lower()
    for person in course.staff:
        if person.name.lower() in low or person.email.lower() in low:
            return False
    return "office hour" not in low


def reply(concern: Concern, course: Course) -> Answer:
    """The private reply to ``concern``: resources first, from the course file only."""
    opening = _POLICY_OPENING if concern.about_policy and concern.kind in _POLICY_OPENS \
        else _OPENING[concern.kind]
    lines: list[Line] = [Line(opening)]
    sources: list[str] = []
    notes: list[str] = []
    crisis = list(_CRISIS.get(concern.kind, ()))
    if concern.kind in {"substance", "distress"} and concern.also and "self_harm" in concern.also:
        crisis = ["988", "911"]
    if concern.emergency and "911" not in crisis:
        crisis = ["911", *crisis]
    for wanted in crisis:
        for line in course.crisis_lines:
            if wanted in line.contact:
                lines.append(Line(f"• {line.name}: {line.contact} ({line.when})."))
                if line.note and line.note not in notes:
                    notes.append(line.note)
    kinds = (concern.kind, *concern.also)
    keys = list(dict.fromkeys(k for kind in kinds for k in _POLICIES[kind]))
    texts: list[str] = []
    for key in keys:
        policy = _policy(course, key)
        if policy is None:
            continue
        for contact in policy.contacts:
            lines.append(Line(f"• {contact.name}: " + ", ".join(contact.details())))
        sources.append(course.cite(policy.source))
        if key == keys[0] or concern.kind in {"disability", "religious", "ferpa"}:
            texts += [p.strip() for p in policy.text.split("\n\n") if p.strip()]
        if policy.note:
            notes.append(policy.note)
    for paragraph in texts:
        # a paragraph that only restates a contact already listed is not repeated
        if len(paragraph) < 200 and any(
                line.text.endswith(paragraph.split(":", 1)[-1].strip()) for line in lines):
            continue
        lines.append(Line(paragraph))
    if concern.someone_else:
        lines.append(Line(_SOMEONE))
    if concern.about_staff and concern.kind in {"assault", "harassment", "discrimination"}:
        lines.append(Line(_NOT_STAFF))
        lines = [line for line in lines if _staff_free(line.text, course)]
    elif concern.kind in {"harassment", "assault", "discrimination", "substance", "distress",
                          "self_harm"}:
        pass  # resources only: staff office hours are not an answer to distress
    primary = _POLICIES[concern.kind][0]
    return Answer(kind="answer", lines=tuple(lines), topic=f"policy:{primary}",
                  sources=tuple(dict.fromkeys(sources)), notes=tuple(notes), sensitive=True,
                  confidence=1.0, concern=concern.kind)


# ------------------------------------------------------------- light distress + a question

_NOT_LIGHT = frozenset(KINDS) - {"distress"}


def light(concern: Concern) -> bool:
    """Everyday distress (stressed, overwhelmed, burned out, crying, down about results):
    a course question in the same message still gets its answer, with a resources line."""
    return concern.kind == "distress" and not _NOT_LIGHT.intersection(concern.also) \
        and not concern.emergency


def without_concern(text: str, course: Course) -> str:
    """``text`` with the distress wording and idioms blanked out (what the course question
    is): "i'm so stressed about the project deadline, when is it" → "... the project
    deadline, when is it"."""
    cleaned = " ".join(IDIOMS.sub(" ", cues.repair(_clean(text))).split())
    kinds, _ = _compiled(_staff_names(course))
    spans = [m.span() for m in kinds["distress"].finditer(cleaned)]
    spans += [m.span() for kind, m in cues.kinds_named(cleaned) if kind == "distress"]
    for start, end in sorted(spans, reverse=True):
        cleaned = cleaned[:start] + " " + cleaned[end:]
    return " ".join(cleaned.split())


_ASKING = re.compile(r"\b(?:when|whens|what|whats|how|hows|is|are|can|do|does|who|where|which|"
                     r"will|should|any|did)\b")


def question_after(text: str, course: Course) -> str:
    """The question that follows the distress wording ("brb crying over my ELBO, when's the
    next review due" → "whens the next review due"), or ""."""
    cleaned = " ".join(IDIOMS.sub(" ", cues.repair(_clean(text))).split())
    kinds, _ = _compiled(_staff_names(course))
    ends = [m.end() for m in kinds["distress"].finditer(cleaned)]
    ends += [m.end() for kind, m in cues.kinds_named(cleaned) if kind == "distress"]
    if not ends:
        return ""
    asking = _ASKING.search(cleaned, max(ends))
    return cleaned[asking.start():] if asking else ""


def alongside(answer: Answer, course: Course) -> Answer:
    """The course ``answer`` first, then one gentle resources line (the course file's
    Counseling Center); private, like every reply to a message naming distress."""
    policy = _policy(course, "mental_health")
    if policy is None or not policy.contacts:
        return answer
    contact = next((c for c in policy.contacts if "counsel" in c.name.lower()),
                   policy.contacts[0])
    line = Line("If things feel like a lot right now, you don't have to carry it alone: "
                f"{contact.name}, " + ", ".join(contact.details()) + " (confidential).")
    return replace(answer, lines=(*answer.lines, line),
                   sources=tuple(dict.fromkeys((*answer.sources, course.cite(policy.source)))),
                   sensitive=True, concern="distress")


def log_sent(answer: Answer, *, where: str) -> None:
    """Record that a sensitive reply was sent: its kind and where, never the message."""
    logger.info("sensitive reply sent", extra={"concern": answer.concern or answer.topic,
                                               "where": where})
