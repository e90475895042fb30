# ruff: noqa
# A copy of /work/devset4/questions.py (the fourth development set, written by someone who never
# saw the code; may be tuned on), kept so tests/devset_score.py runs without /work/devset4.
# Before tuning (engine at 5b2059a, the draft as written): 241/284 (84.9 %), 4 wrong facts,
# 6 silent questions answered; by category: lookup 19/20, sum 11/18, order 20/28, property 19/20,
# dates_words 12/16, relative 17/22, yesno 16/18, what_if 16/20, policy 18/18, multipart 14/14,
# story 13/14, typos 11/12, silent 34/40, off_topic 12/12, trap 9/12.
# One correction of the draft: the silent question "how many minutes should my paper
# presentation be?" listed the project presentation's "10-12 mins" spellings as `expect` (all four
# required at once, inside a decline: no reply could pass); they are its `forbid` here, which is
# what a silent question means (the 10-12 minutes are the project presentation's, not the paper
# presentations'). After the answers5 round: 284/284 on this copy (283/284 on the draft).
"""devset4: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}


_MON = {9: ("Sep", "September"), 10: ("Oct", "October"), 11: ("Nov", "November"), 12: ("Dec", "December")}


def D(m, d):
    """All the usual spellings of a 2021 date, as one '|' group."""
    ab, full = _MON[m]
    alts = [f"{ab} {d}", f"{ab}. {d}", f"{full} {d}", f"{m}/{d}", f"{d} {ab}", f"2021-{m:02d}-{d:02d}"]
    if m == 9:
        alts += [f"Sept {d}", f"Sept. {d}"]
    return "|".join(alts)


def P(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent"


SEP17 = D(9, 17)
OCT1 = D(10, 1)
NOV5 = D(11, 5)
DEC8 = D(12, 8)

NOON = "noon|12 pm|12pm|12:00|12 p.m.|midday"
EOD = "end of day|end-of-day|end of the day|eod|11:59|midnight|by the end of"
WEEK = "7 days|seven days|a week|one week|1 week"
YES = "yes|correct|right|yep|yeah|indeed|that's it|exactly"
NO = "no|not|actually|incorrect|wrong"
PROPOSAL = "proposal"
MIDTERM = "mid-term|midterm|mid term"
FINALREP = "final report|final project report|final write"
TEAM = "team|group|partner"
AMINUS = "A-|A minus|A−|A –"
APLUS = "A+|A plus"
BPLUS = "B+|B plus"
FLOWS = "normalizing flow|normalising flow|flows"
AUTOREG = "auto-regressive|autoregressive|auto regressive"
OPS = "operator|physics"
SCORE = "score-based|score based|score"
TUETHU = "Tue|Tuesday"

QUESTIONS = [
    # ------------------------------------------------------------------ lookup (20)
    Q("hey, when do the project proposals have to be turned in?", "lookup", [OCT1]),
    Q("what's the deadline for the mid-term project report", "lookup", [NOV5]),
    Q("when is the final project writeup due?", "lookup", [DEC8]),
    Q("by when do we need to have our project groups figured out?", "lookup", [SEP17]),
    Q("how much of my grade comes from the paper reviews?", "lookup", [P(30)]),
    Q("what are the blog posts worth overall, percentage-wise?", "lookup", [P(10)]),
    Q("how much do the paper presentations count toward the final grade", "lookup", [P(20)]),
    Q("what's the project proposal worth grade-wise?", "lookup", [P(5)]),
    Q("weight of the midterm project report?", "lookup", [P(10)]),
    Q("how heavily is the final report weighted", "lookup", [P(20)]),
    Q("how much does the end-of-semester project presentation count for?", "lookup", [P(5)]),
    Q("what time do my presentation slides have to be submitted by?", "lookup", [NOON]),
    Q("after I present a paper, how long do I have to get the blog post in?", "lookup", [WEEK]),
    Q("when are the paper reviews due?", "lookup", [EOD, "before|prior"]),
    Q("what's the lowest score that still gets an A+?", "lookup", ["95"]),
    Q("what range of percentages counts as a B+?", "lookup", ["80", "85"]),
    Q("what percentage range gives a C-?", "lookup", ["55", "60"]),
    Q("below what overall percent do you get an F?", "lookup", ["50"]),
    Q("what score do you need for a D?", "lookup", ["50", "55"]),
    Q("when does professor Banerjee hold office hours?", "lookup", ["5:00|5 pm|5pm|5 p.m.|5-6|5–6|5 - 6|5 – 6", TUETHU]),

    # ------------------------------------------------------------------ sum (18)
    Q("blog posts and reviews together are worth how much?", "sum", [P(40)]),
    Q("paper presentations plus the blog posts that go with them - what's that combined?", "sum", [P(30)]),
    Q("how much is the whole course project worth all together?", "sum", [P(40)]),
    Q("if I add up the proposal, the mid-term report and the final report, what % is that?", "sum", [P(35)]),
    Q("we each present twice, right? so what's ONE of my paper presentations worth?", "sum", [P(10)]),
    Q("what's a single blog post worth?", "sum", [P(5)]),
    Q("each individual paper review is worth what percent of the grade?", "sum", ["3%|3 %|3 percent|three percent|3 points|three points"]),
    Q("how many points do I lose if I just skip one of the reviews?", "sum", ["3%|3 %|3 percent|three percent|3 points|three points|3 percentage"]),
    Q("what do I lose by never writing either of my blog posts?", "sum", [P(10) + "|10 points|ten points|10 percentage"]),
    Q("how much of the grade has nothing to do with the project?", "sum", [P(60)]),
    Q("proposal and mid-term report, combined weight?", "sum", [P(15)]),
    Q("final report plus the project presentation, together how much?", "sum", [P(25)]),
    Q("how much of my grade is from presenting in total, counting both the paper talks and the project talk?", "sum", [P(25)]),
    Q("what fraction of the project grade is the final report alone?", "sum", ["half|50%|50 %|1/2|50 percent"]),
    Q("what share of the project portion does the proposal make up?", "sum", ["12.5|1/8|one eighth|one-eighth"]),
    Q("one paper presentation plus the blog post that goes with it - how much is that bundle?", "sum", [P(15)]),
    Q("in total how many paper-related things do I hand in: presentations, blog posts and reviews?", "sum", ["14|fourteen"]),
    Q("out of the 23 classes, in how many will I be either presenting or reviewing?", "sum", ["12|twelve"]),

    # ------------------------------------------------------------------ order (28)
    Q("what's the next project deadline coming up?", "order", [SEP17]),
    Q("once teams are set, what's the next thing due for the project?", "order", [PROPOSAL, OCT1]),
    Q("it's Oct 20 now - what's the next project deadline?", "order", [NOV5]),
    Q("today is Nov 10. what's still left to turn in for the project?", "order", [DEC8]),
    Q("what's the very last dated deadline in the syllabus?", "order", [DEC8]),
    Q("can you list the project deadlines in chronological order?", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("between the proposal and the final report, is there anything else due for the project?", "order", [MIDTERM, NOV5]),
    Q("what project stuff is due between now and mid-October?", "order", [SEP17, OCT1], ["Nov 5", "November 5", "Dec 8", "December 8"]),
    Q("it's December 1st, what's the next big project deadline?", "order", [DEC8]),
    Q("which project item is due right before the final report?", "order", [MIDTERM, NOV5]),
    Q("which comes first, forming the team or the proposal?", "order", [TEAM, SEP17]),
    Q("it's Sept 20 and my team is sorted. what's coming next for the project?", "order", [OCT1]),
    Q("what topic comes right after VAEs?", "order", [FLOWS]),
    Q("what do we cover just before GANs?", "order", [FLOWS]),
    Q("after the intro to generative models, what's the first actual model family we study?", "order", [AUTOREG]),
    Q("what's the last lecture topic before project presentations start?", "order", [OPS]),
    Q("what comes after neural differential equations in the schedule?", "order", [SCORE]),
    Q("what's the very first thing covered in the course?", "order", ["outline|background"]),
    Q("how many days are there between the proposal deadline and the mid-term report deadline?", "order", ["35|thirty-five|thirty five|5 weeks|five weeks"]),
    Q("how many days do we get between the mid-term report and the final report?", "order", ["33|thirty-three|thirty three"]),
    Q("how many days from today until teams are due?", "order", ["4|four"]),
    Q("how many days from now until the proposal's due?", "order", ["18|eighteen"]),
    Q("what's the second project deadline of the term?", "order", [OCT1]),
    Q("which project deadline is third in line?", "order", [NOV5]),
    Q("it's Oct 2 and I just submitted our proposal. what's next, and when?", "order", [MIDTERM, NOV5]),
    Q("what are we learning about in week 9?", "order", ["GAN|adversarial"]),
    Q("which two topics overlap in week 12?", "order", ["differential equation|neural ODE|neural DE", SCORE]),
    Q("what topics come after GANs, in order?", "order", ["differential equation|neural ODE|neural DE", SCORE, OPS]),

    # ------------------------------------------------------------------ property (20)
    Q("how long is each lecture?", "property", ["75|1 hour 15|1h15|hour and 15|hour and a quarter|3:15"]),
    Q("how many times a week do we meet?", "property", ["2|two|twice", TUETHU]),
    Q("is this class in person or online?", "property", ["zoom"]),
    Q("how long can the proposal be?", "property", ["2 pages|two pages|2-page|two-page|2 page"]),
    Q("page limit for the mid-term report?", "property", ["4 pages|four pages|4-page|four-page|4 page"]),
    Q("do references count toward the final report's page limit?", "property", ["no|not|don't|doesn't|exclud|on top|in addition|extra|plus"]),
    Q("how big are the project teams supposed to be?", "property", ["2|two", "3|three"]),
    Q("how many people present in each class?", "property", ["2|two", "3|three"]),
    Q("how many classes are there to pick from for paper presentations?", "property", ["23|twenty-three|twenty three"]),
    Q("how long should the blog post be?", "property", ["10 min|10-min|ten min|10 minute|ten-minute|ten minute"]),
    Q("how long is the project presentation supposed to be?", "property", ["10-12|10–12|10 to 12|ten to twelve|10 - 12|10 and 12"]),
    Q("is the week-by-week topic schedule set in stone?", "property", ["tentative|subject to|adjust|may change|could change"]),
    Q("are the letter grade cutoffs final?", "property", ["tentative|adjust|may change|could change|not final"]),
    Q("which term is this syllabus for?", "property", ["fall", "2021"]),
    Q("who's teaching this course?", "property", ["Banerjee"]),
    Q("who is the TA and how do I reach them?", "property", ["Dadu", "adadu2@illinois.edu"]),
    Q("are the prof's office hours in person or on zoom?", "property", ["zoom"]),
    Q("where do the course readings come from?", "property", ["paper", "webpage|web page|website|class page|course page"]),
    Q("which weeks are the project presentations?", "property", ["14", "15"]),
    Q("where do we give the final project presentation?", "property", ["in class|during class|in-class"]),

    # ------------------------------------------------------------------ dates_words (16)
    Q("what's due on the first of october?", "dates_words", [PROPOSAL]),
    Q("anything due the fifth of november?", "dates_words", [MIDTERM]),
    Q("8th of dec - what's that deadline for?", "dates_words", [FINALREP]),
    Q("what happens on the seventeenth of september?", "dates_words", [TEAM]),
    Q("what's due on the 17th?", "dates_words", [TEAM]),
    Q("is anything project-related due on the twelfth of november?", "dates_words", ["no|not|nothing|none"]),
    Q("what am I handing in on december the eighth?", "dates_words", [FINALREP]),
    Q("is something due the first friday in october?", "dates_words", [PROPOSAL]),
    Q("what's due on the first friday of november?", "dates_words", [MIDTERM]),
    Q("the second wednesday in december - what's due then?", "dates_words", [FINALREP]),
    Q("why does the third friday of september matter for this class?", "dates_words", [TEAM]),
    Q("what day of the week is the eighth of december deadline?", "dates_words", ["Wed"]),
    Q("is there any project deadline on the tenth of october?", "dates_words", ["no|not|nothing|none"]),
    Q("I present on the fourteenth of october, when does my blog post need to be up?", "dates_words", [D(10, 21)]),
    Q("I'm reviewing for the class on the second of november. when's my review due?", "dates_words", [D(11, 1)]),
    Q("what's due on 11/5?", "dates_words", [MIDTERM]),

    # ------------------------------------------------------------------ relative (22)
    Q("I present on Thu Oct 21. when is my blog post due?", "relative", [D(10, 28)], ["Nov 4", "November 4"]),
    Q("my paper presentation is Tuesday Sept 28, when's the blog post due?", "relative", [D(10, 5)]),
    Q("I'm presenting on Tue Nov 30, what's the blog deadline for that?", "relative", [D(12, 7)]),
    Q("if I present Thursday Dec 2, when does my blog post have to be in?", "relative", [D(12, 9)]),
    Q("presenting Oct 26 (a tuesday). blog due when?", "relative", [D(11, 2)]),
    Q("I'm not presenting on Thursday Oct 14, so when's my review for that class due?", "relative", [D(10, 13), EOD]),
    Q("I want to review the paper for Tuesday Nov 9. what's my deadline?", "relative", [D(11, 8)]),
    Q("review for the Tue Oct 5 class: when is it due?", "relative", [D(10, 4)]),
    Q("when's the review for the Thursday Sept 30 class due?", "relative", [D(9, 29)]),
    Q("I'm reviewing tomorrow's class (not presenting). when does the review have to be in?", "relative", ["today|tonight|" + D(9, 13)]),
    Q("I'm presenting this Thursday! when is my blog post due?", "relative", [D(9, 23)]),
    Q("my talk is the Tuesday right after the proposal deadline. when's my blog post due?", "relative", [D(10, 12)]),
    Q("my talk is the Thursday right before the mid-term report is due. blog deadline?", "relative", [D(11, 11)]),
    Q("I present on Nov 16, when do the slides and the blog post need to be in?", "relative", [NOON, D(11, 23)]),
    Q("my two paper talks are Oct 7 and Nov 18. what are my two blog deadlines?", "relative", [D(10, 14), D(11, 25)]),
    Q("I presented Sept 21 and today is Sept 27. when's my blog post due?", "relative", [D(9, 28) + "|tomorrow"]),
    Q("it's Oct 13 and I present tomorrow. what time do my slides need to be submitted?", "relative", [NOON]),
    Q("if I present Dec 7, is my blog due before or after the final report?", "relative", [D(12, 14), "after"]),
    Q("I present Oct 28 and my friend presents Nov 2. when are our blog posts due?", "relative", [D(11, 4), D(11, 9)]),
    Q("I'm reviewing the Oct 21 session, when's the deadline?", "relative", [D(10, 20)]),
    Q("I want to review the Thursday Nov 18 class. latest I can turn it in?", "relative", [D(11, 17)]),
    Q("presenting Sept 23. what's the latest day I can submit the blog?", "relative", [D(9, 30)]),

    # ------------------------------------------------------------------ yesno (18)
    Q("the final report is due Dec 8, right?", "yesno", [YES, DEC8]),
    Q("proposals are due Oct 8, correct?", "yesno", [NO, OCT1]),
    Q("the mid-term report is due Friday Nov 5, yeah?", "yesno", [YES, NOV5]),
    Q("teams have to be formed by Fri Sept 24, right?", "yesno", [NO, SEP17]),
    Q("reviews are worth 20% of the grade, right?", "yesno", [NO, P(30)]),
    Q("blog posts are 10% total, correct?", "yesno", [YES, P(10)]),
    Q("class meets Monday and Wednesday right?", "yesno", [NO, TUETHU]),
    Q("lectures are in a classroom on campus, right?", "yesno", [NO, "zoom"]),
    Q("there's a required textbook, right?", "yesno", [NO, "paper"]),
    Q("project teams are groups of 4, right?", "yesno", [NO, "2|two"]),
    Q("the proposal is 2 pages not counting references, right?", "yesno", [YES, "2|two"]),
    Q("the final report can be up to 10 pages, right?", "yesno", [NO, "8|eight"]),
    Q("blog posts are due two weeks after presenting, right?", "yesno", [NO, WEEK]),
    Q("slides are due at midnight the night before I present, correct?", "yesno", [NO, NOON]),
    Q("a 90 overall is an A, right?", "yesno", [YES, "90"]),
    Q("you need a 93 for an A, correct?", "yesno", [NO, "90"]),
    Q("the project presentation is 20 minutes long, right?", "yesno", [NO, "10-12|10–12|10 to 12|ten to twelve|10 - 12|12 min"]),
    Q("the mid-term report is worth 20%, right?", "yesno", [NO, P(10)]),

    # ------------------------------------------------------------------ what_if (20)
    Q("say I get a 0 on the proposal but everything else is perfect, what's my grade and letter?", "what_if", ["95", APLUS]),
    Q("if I totally skip the mid-term report and ace everything else, where do I end up?", "what_if", ["90"]),
    Q("if I bomb the final report (zero) but everything else is 100%, what grade do I get?", "what_if", ["80", BPLUS]),
    Q("what's my grade if I skip one review and everything else is perfect?", "what_if", ["97", APLUS]),
    Q("I skipped 3 reviews, everything else will be full marks. final percent?", "what_if", ["91"]),
    Q("if I skip 5 of the 10 reviews but everything else is perfect, what letter do I get?", "what_if", ["85", AMINUS]),
    Q("I never write either blog post but get 100 on everything else. final %?", "what_if", ["90"]),
    Q("if I get 50% on the final report and full marks on everything else what's my overall grade?", "what_if", ["90"]),
    Q("if I score 80% on every single component, what's my overall grade and letter?", "what_if", ["80", BPLUS]),
    Q("my reviews average 50% but everything else is perfect - what letter is that?", "what_if", ["85", AMINUS]),
    Q("proposal 80%, mid-term report 90%, final report 70%, and 100% on everything else. overall?", "what_if", ["92"]),
    Q("say reviews average 90%, paper presentations 80%, blog posts 70%, and the project is perfect. total?", "what_if", ["90"]),
    Q("what if I get a zero on the entire project but perfect on everything else?", "what_if", ["60"]),
    Q("if I get 0 on both the proposal and the final report and 100 on the rest, what's my percent?", "what_if", ["75"]),
    Q("if everything else is perfect, what score do I need on the final report to still get an A?", "what_if", ["50|half|10 out of 20|10/20"]),
    Q("everything else is 100% - what's the lowest final report score that keeps me at an A+?", "what_if", ["75|15 out of 20|15/20|three quarters"]),
    Q("if the rest is perfect, what review average do I need to get at least an A-?", "what_if", ["50|half|15 out of 30|15/30"]),
    Q("I skip two reviews and one blog post, rest perfect. what's my grade and letter?", "what_if", ["89", AMINUS]),
    Q("if I miss one paper presentation and its blog post but ace everything else, what do I get?", "what_if", ["85", AMINUS]),
    Q("I get 95% on everything except a zero on the final report. overall percent?", "what_if", ["76"]),

    # ------------------------------------------------------------------ policy (18)
    Q("what happens if someone gets caught cheating in this class?", "policy", ["fail"]),
    Q("I honestly didn't know that copying code without citing was plagiarism - is that a valid excuse?", "policy", ["not an excuse|no excuse|isn't an excuse|is not an excuse|not a valid|no,|no."]),
    Q("where can I read the official academic integrity rules?", "policy", ["studentcode|Student Code|Article 1|1-401"]),
    Q("not sure if reusing parts of my old paper counts as cheating, what should I do?", "policy", ["instructor|professor|Banerjee|ask"]),
    Q("one of my religious holidays conflicts with a deadline. what am I supposed to do?", "policy", ["instructor|professor|Banerjee", "two weeks|2 weeks|first two"]),
    Q("how do I get disability accommodations for this course?", "policy", ["DRES|Disability Resources"]),
    Q("what's the contact info for DRES?", "policy", ["333-4603|disability@illinois.edu|1207 S. Oak|1207 S Oak|Oak St"]),
    Q("I've been super stressed and barely sleeping, where can I get help on campus?", "policy", ["Counseling Center|McKinley|333-3704|333-2700"]),
    Q("what's McKinley Health Center's number?", "policy", ["333-2700"]),
    Q("if I tell the professor about sexual misconduct, does it stay confidential?", "policy", ["Title IX", "report"]),
    Q("who can I talk to confidentially about sexual misconduct?", "policy", ["wecare|confidential"]),
    Q("I suppressed my directory info under FERPA - do I need to do anything for this class?", "policy", ["instructor|professor|Banerjee"]),
    Q("can one of my 10 reviews be for a class where I'm one of the presenters?", "policy", ["no|not|exclud|can't|cannot"]),
    Q("is the class graded on a curve?", "policy", ["no|not|won't", "curve"]),
    Q("if they adjust the grade cutoffs, could my letter grade go down?", "policy", ["no|not|won't"]),
    Q("do I need to buy a textbook?", "policy", ["no|not|don't", "paper"]),
    Q("can I just do the project by myself?", "policy", ["2|two"]),
    Q("can we make a project team of four people?", "policy", ["3|three"]),

    # ------------------------------------------------------------------ multipart (14)
    Q("when's the proposal due and how much is it worth?", "multipart", [OCT1, P(5)]),
    Q("how many reviews do we write and what are they worth in total?", "multipart", ["10|ten", P(30)]),
    Q("what's the page limit for the final report, and when is it due?", "multipart", ["8|eight", DEC8]),
    Q("who's the TA, and what's their email?", "multipart", ["Dadu", "adadu2@illinois.edu"]),
    Q("what time is class and where does it happen?", "multipart", ["2:00|2 pm|2pm|2 p.m.|14:00", "zoom"]),
    Q("when's the mid-term report due and how long can it be?", "multipart", [NOV5, "4|four"]),
    Q("how many paper presentations do I give, and when are slides due?", "multipart", ["2|two", NOON]),
    Q("how big should project teams be and when do they need to be formed?", "multipart", ["2|two", SEP17]),
    Q("how long should a blog post be, and when's it due?", "multipart", ["10 min|10-min|ten min|10 minute|ten-minute|ten minute", WEEK]),
    Q("what's the cutoff for an A-? and for a B+?", "multipart", ["85", "80"]),
    Q("what time are the prof's office hours and are they in person?", "multipart", ["5:00|5 pm|5pm|5 p.m.|5-6|5–6|5 - 6|5 – 6", "zoom"]),
    Q("how long is the project presentation and what's it worth?", "multipart", ["10-12|10–12|10 to 12|ten to twelve|10 - 12", P(5)]),
    Q("is there a textbook? and if not, where do the readings come from?", "multipart", ["no|not", "webpage|web page|website|class page|course page"]),
    Q("give me all three project report deadlines: proposal, mid-term, final", "multipart", [OCT1, NOV5, DEC8]),

    # ------------------------------------------------------------------ story (14)
    Q("hey so I just joined the course late because my registration got messed up, and I've been trying to catch up on the "
      "lectures. my advisor also wants me to fix my schedule for next semester which is stressing me out. anyway, the thing "
      "I actually need to know: when is the project proposal due? I want to make sure I don't miss it.", "story", [OCT1]),
    Q("My roommate and I are both in this class and we were thinking of teaming up. She already has a project idea about "
      "normalizing flows for molecules. We have a third friend who might join too. By what date do we have to tell you our team? "
      "Just want to lock it in before the weekend.", "story", [SEP17]),
    Q("So I'm presenting a GAN paper on Thursday October 21st with two other people. We split the slides already and I'm "
      "doing the experiments part. My question is when the blog post for that presentation is due, since I'll be traveling "
      "the week after.", "story", [D(10, 28)]),
    Q("I had a rough week and I'm trying to plan out the rest of the semester so I don't fall behind again. I've got a "
      "conference submission due soon and TA duties for another class. For this course, how much is the whole set of paper "
      "reviews worth? trying to figure out where to put my time.", "story", [P(30)]),
    Q("ok so my team is kind of disorganized and nobody's started the final report. we have results but the writing is a "
      "mess. one guy wants to put 15 pages of figures in the main body. what's the actual page limit for the final report? "
      "I need ammo for the argument lol", "story", ["8|eight"]),
    Q("I've been doing well on the reviews and presentations so far I think. but I'm worried about the project since my "
      "partner dropped the class. if I ended up with a zero on the final report but perfect on everything else, what would "
      "my overall percentage be? asking hypothetically.", "story", ["80"]),
    Q("Hi! I'm an exchange student and Zoom classes at this time are hard for me because of my schedule at work. I wanted to "
      "double check the class meeting time. What days and times does the class meet? thanks so much.", "story", [TUETHU, "2:00|2 pm|2pm|2 p.m.|14:00"]),
    Q("I'm writing my review for next Tuesday's class. I started reading the paper over the weekend and the math in "
      "section 3 is brutal. I'm not presenting that day. When exactly do reviews have to be submitted relative to the class?", "story", [EOD, "before|prior"]),
    Q("My group wants to present a demo in our final project presentation but we're worried about time. We've got a video, "
      "a live notebook, and slides. How long do we get for the project presentation?", "story", ["10-12|10–12|10 to 12|ten to twelve|10 - 12|12 min"]),
    Q("I'm trying to plan around the grade cutoffs because I need at least an A- to keep my fellowship. My department is "
      "strict about this. What's the minimum percentage for an A-?", "story", ["85"]),
    Q("So we just had our first team meeting and we're brainstorming ideas for the proposal. One of my teammates thinks it "
      "needs to be like 5 pages with a full literature review. I think that's overkill. How long is the proposal supposed to be?", "story", ["2|two"]),
    Q("Quick context: I'm presenting twice this semester and I'm already nervous about it. My advisor said presentations in "
      "seminar classes are usually a big chunk of the grade. In this course, how much are the paper presentations worth?", "story", [P(20)]),
    Q("I'm a little confused because I was looking at the schedule and trying to figure out when we get to the stuff I care "
      "about for my research. I work on neural ODEs for climate modeling. Which weeks cover neural differential equations?", "story", ["11", "12"]),
    Q("It's early October, we just submitted the proposal and feel good about it. Now my team is trying to plan the next milestone, "
      "and we have midterms in other classes in late October. When is the mid-term report due for this class?", "story", [NOV5]),

    # ------------------------------------------------------------------ typos (12)
    Q("wen is teh propsal due", "typos", [OCT1]),
    Q("hw much r the reviews worth", "typos", [P(30)]),
    Q("final rprt due date??", "typos", [DEC8]),
    Q("midterm rep0rt deadline pls", "typos", [NOV5]),
    Q("whens the blog thing due after my pres", "typos", [WEEK]),
    Q("ofice hrs for the prof?", "typos", ["5:00|5 pm|5pm|5 p.m.|5-6|5–6|5 - 6|5 – 6"]),
    Q("how mny ppl per proj team", "typos", ["2|two"]),
    Q("wat % do u need for an A+", "typos", ["95"]),
    Q("clas time tues thurs?", "typos", ["2:00|2 pm|2pm|2 p.m.|14:00"]),
    Q("tm formation ddl?", "typos", [SEP17]),
    Q("slides due when lol", "typos", [NOON]),
    Q("pg limit on final rpt", "typos", ["8|eight"]),

    # ------------------------------------------------------------------ silent (40)
    Q("can I submit the proposal as a google doc instead of a pdf?", "silent", silent=True),
    Q("is there a latex template we have to use for the final report?", "silent", silent=True),
    Q("how many late days do we get in this class?", "silent", silent=True),
    Q("what's the penalty for turning in a blog post late?", "silent", silent=True),
    Q("when are the TA's office hours?", "silent", silent=True),
    Q("where do we upload the paper reviews, canvas or email?", "silent", silent=True),
    Q("is there a final exam in this course, and how much is it worth?", "silent", silent=True),
    Q("what's the zoom link for lecture?", "silent", silent=True),
    Q("are the lectures recorded?", "silent", silent=True),
    Q("do I need to keep my camera on during the zoom lectures?", "silent", silent=True),
    Q("how do we sign up for which papers we present?", "silent", silent=True),
    Q("can I use pretrained models from huggingface in my project?", "silent", silent=True),
    Q("how do I ask for a regrade on a review?", "silent", silent=True),
    Q("is there any extra credit available?", "silent", silent=True),
    Q("does the lowest review score get dropped?", "silent", silent=True),
    Q("can I write an 11th review to replace a bad one?", "silent", silent=True),
    Q("what are the prerequisites for this course?", "silent", silent=True),
    Q("can I take this class credit/no credit?", "silent", silent=True),
    Q("is there a grading rubric for the paper reviews?", "silent", silent=True),
    Q("how are the paper presentations graded, is there a rubric?", "silent", silent=True),
    Q("what's the exact word count for the blog posts?", "silent", silent=True),
    Q("how many credit hours is this course?", "silent", silent=True),
    Q("can I audit this class?", "silent", silent=True),
    Q("when is fall break?", "silent", silent=True),
    Q("do we have to submit our code along with the final report?", "silent", silent=True),
    Q("does the blog post have to be public, like on medium?", "silent", silent=True),
    Q("will the lecture slides be posted somewhere?", "silent", silent=True),
    Q("how many minutes should my paper presentation be?", "silent", [], ["10-12", "10–12", "10 to 12", "12 min"], silent=True),
    Q("what's the link for requesting a religious accommodation? it looks like it's missing from the syllabus", "silent", silent=True),
    Q("should the project use pytorch or jax, or does it not matter?", "silent", silent=True),
    Q("will we get GPU credits or cluster access for the project?", "silent", silent=True),
    Q("who grades the blog posts, the TA or the prof?", "silent", silent=True),
    Q("how many papers get discussed in each class session?", "silent", silent=True),
    Q("are the requirements different for undergrads taking this?", "silent", silent=True),
    Q("where is the TA's office?", "silent", silent=True),
    Q("is the proposal graded pass/fail or on a scale?", "silent", silent=True),
    Q("can our project be on something the class doesn't cover, like reinforcement learning?", "silent", silent=True),
    Q("do we need a specific citation style (APA, IEEE...) in the reports?", "silent", silent=True),
    Q("is there a max length for the appendix in the final report?", "silent", silent=True),
    Q("can I submit my presentation slides as a keynote file?", "silent", silent=True),

    # ------------------------------------------------------------------ off_topic (12)
    Q("what's the weather gonna be like in champaign tomorrow?", "off_topic", silent=True),
    Q("who won the illini game on saturday?", "off_topic", silent=True),
    Q("can you help me with my CS 446 homework on SVMs?", "off_topic", silent=True),
    Q("when is the CS 225 midterm?", "off_topic", silent=True),
    Q("best boba place on green street?", "off_topic", silent=True),
    Q("can you write my cover letter for a google internship", "off_topic", silent=True),
    Q("how do i get a replacement i-card", "off_topic", silent=True),
    Q("what time does the ARC open on sundays?", "off_topic", silent=True),
    Q("tell me a joke", "off_topic", silent=True),
    Q("what's 17 times 23", "off_topic", silent=True),
    Q("when is thanksgiving this year?", "off_topic", silent=True),
    Q("how do i renew my campus parking permit?", "off_topic", silent=True),

    # ------------------------------------------------------------------ trap (12)
    Q("what's the LAST project deadline, not the first one?", "trap", [DEC8], ["Sep 17", "Sept 17", "September 17", "9/17"]),
    Q("how much is a single review worth - just one of them?", "trap", ["3%|3 %|3 percent|three percent"]),
    Q("how much is the project presentation worth? the final project talk, not the paper ones", "trap", [P(5)], ["20%"]),
    Q("how many reviews do I actually have to write?", "trap", ["10|ten"], ["23 reviews"]),
    Q("how many pages is the proposal - just the proposal, not the final report", "trap", ["2|two"], ["8 pages"]),
    Q("how much is the mid-term REPORT worth? (I know it's not an exam)", "trap", [P(10)], ["20%"]),
    Q("what's the weight of just the final report, not the whole project?", "trap", [P(20)], ["40%"]),
    Q("what weekday is the final report due?", "trap", ["Wed"], ["Friday"]),
    Q("I'm presenting on Tue Oct 5. when's my review for that class due?", "trap", ["no|not|don't|exclud|won't"], ["Oct 4", "October 4", "10/4"]),
    Q("what's the earliest project deadline?", "trap", [SEP17], ["Dec 8", "December 8"]),
    Q("how long do I get for my project presentation? not how long the class is", "trap", ["10-12|10–12|10 to 12|ten to twelve|10 - 12"], ["75 min", "3:15"]),
    Q("what's the cutoff for an A-? not an A", "trap", ["85"], ["95"]),
]
