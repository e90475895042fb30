# ruff: noqa
# A copy of /work/devset9/questions.py (the ninth development set, 180 questions written from the
# syllabus only by a writer who saw neither the code nor the other sets; may be tuned on).
# Before tuning (engine at main eef82bd, after the dev set 8 round and the second trial's; the set
# as written): 164/180 (91.1 %), 0 wrong facts, 4 silent questions answered; by category: lookup
# 10/11, sum 11/11, order 14/17, property 13/13, dates_words 10/10, relative 12/13, yesno 13/14,
# what_if 12/13, policy 13/13, multipart 7/8, story 4/8, trap 8/8, silent 30/33, off_topic 7/8.
"""devset9: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}

def pct(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent"

def score(n):
    # a computed course score, written any common way
    return f"{n}%|{n} %|{n} percent|{n} per cent|{n}/100|{n} out of 100|{n} points|{n}.0"

def _date(shorts, long_, m, d):
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    alts = []
    for s in list(shorts) + [long_]:
        alts += [f"{s} {d}", f"{s}. {d}", f"{d} {s}", f"{d}{suf} of {s}", f"{d}{suf} {s}"]
    alts.append(f"{m}/{d}")
    seen = []
    for a in alts:
        if a not in seen:
            seen.append(a)
    return "|".join(seen)

# project key dates (syllabus)
SEP17 = _date(["Sep", "Sept"], "September", 9, 17)   # team formation
OCT1 = _date(["Oct"], "October", 10, 1)              # proposal
NOV5 = _date(["Nov"], "November", 11, 5)             # mid-term report
DEC8 = _date(["Dec"], "December", 12, 8)             # final report
# dates derived from per-class rules (slides noon same day, review end-of-day before, blog 7 days after)
SEP20 = _date(["Sep", "Sept"], "September", 9, 20)
OCT6 = _date(["Oct"], "October", 10, 6)
OCT14 = _date(["Oct"], "October", 10, 14)
OCT26 = _date(["Oct"], "October", 10, 26)
NOV1 = _date(["Nov"], "November", 11, 1)
NOV18 = _date(["Nov"], "November", 11, 18)
NOV30 = _date(["Nov"], "November", 11, 30)
DEC7 = _date(["Dec"], "December", 12, 7)
DEC9 = _date(["Dec"], "December", 12, 9)
# wrong dates used only in forbids
SEP24_WRONG = "Sep 24|Sept 24|September 24|9/24"
NOV12_WRONG = "Nov 12|November 12|11/12"

YES = "yes|yep|correct|right|indeed|that's true"
NO = "no|not|nope|incorrect|actually|isn't"

PROPOSAL = "proposal"
MIDTERM = "mid-term|midterm|mid term"
FINALREP = "final report|final project report|final"
TEAM = "team"
NOON = "noon|12 pm|12pm|12:00|midday|12 p.m"
DAYBEFORE = "day before|end of day|end-of-day|end of the day|previous day|night before|eve of"
WEEKAFTER = "7 days|seven days|a week|one week|1 week"
NORMFLOW = "normalizing flow|normalising flow"

QUESTIONS = [
    # ------------------------------------------------------------------ lookup (11)
    Q("by when do we need to have our project teams figured out?", "lookup", [SEP17]),
    Q("proposal deadline??", "lookup", [OCT1]),
    Q("wen is the midterm report due", "lookup", [NOV5]),
    Q("Hi, what is the due date for the final project report?", "lookup", [DEC8]),
    Q("how much do the paper reviews count toward the final grade", "lookup", [pct(30)]),
    Q("weight of final report?", "lookup", [pct(20)]),
    Q("what time does lecture start and when does it end", "lookup", ["2:00|2 pm|2pm|14:00|2 p.m", "3:15|15:15"]),
    Q("by what time of day do presenters have to send in their slides", "lookup", [NOON]),
    Q("how much is the project proposal worth pls", "lookup", [pct(5)]),
    Q("blog posts count for how much of the grade?", "lookup", [pct(10)]),
    Q("Hello, could you remind me what percentage of the grade the mid-term project report carries?", "lookup", [pct(10)]),

    # ------------------------------------------------------------------ sum (11)
    Q("paper presentations + blog posts together are worth what %?", "sum", [pct(30)]),
    Q("there are 10 reviews right, so what's one single review worth", "sum", [pct(3)]),
    Q("how much is ONE of my two paper presentations worth?", "sum", [pct(10)]),
    Q("whats a single blog post worth grade-wise", "sum", [pct(5)]),
    Q("how much of the grade is the whole project altogether (all parts)?", "sum", [pct(40)]),
    Q("what share of the grade is everything apart from the project", "sum", [pct(60)]),
    Q("proposal and midterm report combined = how many percent?", "sum", [pct(15)]),
    Q("if you add the three written project reports (proposal, mid-term, final), how much of the grade is that?", "sum", [pct(35)]),
    Q("reviews plus blog posts, total weight?", "sum", [pct(40)]),
    Q("adding up every presentation-type thing, the two paper presentations and the project talk, what do they make in total?", "sum", [pct(25)]),
    Q("counting only core pages (no refs/appendix), how many pages do the proposal, midterm and final reports add up to?", "sum", ["14|fourteen"]),

    # ------------------------------------------------------------------ order (17)   now = Mon Sep 13 2021
    Q("whats the next deadline coming up", "order", [SEP17, TEAM]),
    Q("what is the last project deadline of the semester?", "order", [DEC8, FINALREP], forbid=["Sep 17|Sept 17|September 17"]),
    Q("it's Oct 20 now, which project deliverable is next?", "order", [NOV5, MIDTERM]),
    Q("can u list the project deadlines in order", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("which comes first, the mid-term report or the proposal?", "order", [PROPOSAL, OCT1]),
    Q("What is due right before the final report?", "order", [MIDTERM, NOV5]),
    Q("today is Oct 2 and we just submitted our proposal. what's the next project thing we owe?", "order", [MIDTERM, NOV5]),
    Q("After the midterm report, what project deadline is still left?", "order", [FINALREP, DEC8]),
    Q("what topic do we move on to after variational autoencoders", "order", [NORMFLOW]),
    Q("which topic is covered right before GANs?", "order", [NORMFLOW]),
    Q("and after the GAN weeks, what's next topic", "order", ["neural differential|neural ODE|differential equation"]),
    Q("what's the last lecture topic before the project presentations start?", "order", ["operator|physics"]),
    Q("what comes right after the intro to generative models in the schedule?", "order", ["auto-regressive|autoregressive|auto regressive"]),
    Q("what happens in the final two weeks of the course", "order", ["project presentation|presentations of the project|project talks"]),
    Q("today is Dec 1, what is still left for the project (deadline wise)?", "order", [DEC8, FINALREP]),
    Q("first project deadline of the term?", "order", [SEP17], forbid=["Dec 8|December 8"]),
    Q("are score-based models covered before or after neural differential equations?", "order", ["after"]),

    # ------------------------------------------------------------------ property (13)
    Q("how long is each lecture", "property", ["75|1 hour 15|one hour and 15|1h15|1:15|an hour and fifteen|1 hr 15|one hour fifteen|1 hour and 15"]),
    Q("how many times per week do we meet?", "property", ["2|two|twice"]),
    Q("is the class in person or online?", "property", ["zoom"]),
    Q("page limit on the proposal?", "property", ["2|two"]),
    Q("how long can the final report be", "property", ["8|eight"]),
    Q("what's the max team size for the project", "property", ["3|three"]),
    Q("how long does our project presentation have to be", "property", ["10|ten", "12|twelve"]),
    Q("how long should the blog post be?", "property", ["10 min|ten min|10-min|ten-min|10 minute"]),
    Q("how many pages is a paper review supposed to be", "property", ["4|four"]),
    Q("how many class sessions are there in total this semester?", "property", ["23|twenty-three|twenty three"]),
    Q("when are prof Banerjee's office hours", "property", ["5:00|5 pm|5pm|5-6|5 –|5:00 –|17:00|5 p.m", "Tue|Thu"]),
    Q("what's the instructor's email address?", "property", ["arindamb@illinois.edu"]),
    Q("who is the TA and whats their email", "property", ["Dadu", "adadu2@illinois.edu"]),

    # ------------------------------------------------------------------ dates_words (10)
    Q("anything I need to hand in on the eighth of December??", "dates_words", [FINALREP]),
    Q("whats due on the first of october", "dates_words", [PROPOSAL]),
    Q("the fifth of november - what's that deadline for again?", "dates_words", [MIDTERM]),
    Q("what do we have to get done by the seventeenth of september?", "dates_words", [TEAM]),
    Q("is there a project deadline on the thirtieth of September?", "dates_words", [NO, OCT1]),
    Q("does anything fall on the first friday of november", "dates_words", [MIDTERM, NOV5]),
    Q("what's due on the second Wednesday in December?", "dates_words", [FINALREP, DEC8]),
    Q("third friday of september, anything due that day?", "dates_words", [TEAM, SEP17]),
    Q("i'll be travelling from the twelfth to the nineteenth of november, will i miss a project deadline?", "dates_words", [NO]),
    Q("the proposal is due on the first of next month, yes?", "dates_words", [YES, OCT1]),

    # ------------------------------------------------------------------ relative (13)   now = Mon Sep 13 2021
    Q("I'm presenting on Thursday Oct 14. When do my slides have to be in?", "relative", [NOON, OCT14]),
    Q("I present on Tuesday October 19, when's my blog post due?", "relative", [OCT26]),
    Q("I'm reviewing the paper presented on Thu Oct 7, when is my review due?", "relative", [OCT6]),
    Q("my review is for the tuesday nov 2 class, what's the deadline", "relative", [NOV1]),
    Q("what do I have due in the next 2 weeks?", "relative", [SEP17]),
    Q("anything due in the next three weeks?", "relative", [SEP17, OCT1]),
    Q("how many days do I have left until the proposal deadline", "relative", ["18|eighteen"]),
    Q("how many days until the final report is due from today?", "relative", ["86|eighty-six|eighty six"]),
    Q("it's Oct 25. how long until the mid-term report deadline?", "relative", ["11|eleven"]),
    Q("I presented on Thursday Nov 11 — blog due when?", "relative", [NOV18]),
    Q("I'm up on Tue Nov 30. when are my slides due and when's the blog post due?", "relative", [NOON, NOV30, DEC7]),
    Q("reviewing the Tuesday Sept 21 class, when should I submit my review", "relative", [SEP20]),
    Q("My presentation slot is Thursday Dec 2. Is my blog post due before or after the final report?", "relative", ["after", DEC9, DEC8]),

    # ------------------------------------------------------------------ yesno (14): 7 true, 7 false
    Q("proposal's due oct 1 right?", "yesno", [YES, OCT1]),
    Q("project teams can be 2 or 3 people, correct?", "yesno", [YES]),
    Q("Reviews count for 30% of the grade, yes?", "yesno", [YES, pct(30)]),
    Q("the class meets on zoom, right?", "yesno", [YES, "zoom"]),
    Q("the final report is 8 pages plus refs and appendices right", "yesno", [YES, "8|eight"]),
    Q("blog post is due a week after I present, right?", "yesno", [YES, WEEKAFTER]),
    Q("so we each present for 2 classes, correct?", "yesno", [YES, "2|two"]),
    Q("mid term report is due nov 12 right", "yesno", [NO, NOV5], forbid=[NOV12_WRONG]),
    Q("the proposal is worth 10%, correct?", "yesno", [NO, pct(5)]),
    Q("reviews are due the morning of the class, right?", "yesno", [NO, DAYBEFORE]),
    Q("we need our teams by Sept 24 yeah?", "yesno", [NO, SEP17], forbid=[SEP24_WRONG]),
    Q("project presentation is 20 minutes right?", "yesno", [NO, "10|ten", "12|twelve"], forbid=["20 min|20-min|twenty min"]),
    Q("lectures are Mon/Wed/Fri, right?", "yesno", [NO, "Tue|Thu"]),
    Q("we have to write 12 paper reviews, is that right?", "yesno", [NO, "10|ten"]),

    # ------------------------------------------------------------------ what_if (13)
    # weights: presentations 20, blogs 10, reviews 30, proposal 5, mid-term 10, final 20, project talk 5 (=100)
    # 100 - 5*(1-0.80) = 100 - 1 = 99
    Q("if I get 80 on the proposal and full marks on everything else, what's my final grade?", "what_if", [score(99)], forbid=[pct(96)]),
    # one review = 30/10 = 3 -> 100 - 3 = 97
    Q("I got a zero on one review (forgot to submit lol), everything else perfect. where does that leave me?", "what_if", [score(97)]),
    # two reviews missed = 2*3 = 6 -> 100 - 6 = 94
    Q("suppose I skip two of the reviews entirely but ace everything else, what's my percentage", "what_if", [score(94)]),
    # 100 - 10*(1-0.5) = 100 - 5 = 95 -> A+
    Q("what if our team gets 50% on the mid-term report but everything else is 100?", "what_if", [score(95), "A+|A plus"]),
    # 100 - 20 = 80 -> B+
    Q("worst case: we totally bomb the final report (0) but I have 100 on everything else. what grade?", "what_if", [score(80), "B+|B plus"]),
    # 0.9*100 = 90
    Q("if I get exactly 90% on every single component what is my overall?", "what_if", [score(90)]),
    # non-project 60 + 40*0.7 = 60 + 28 = 88 -> A-
    Q("our project is going badly, say we get 70% on all four project parts but I get full credit on presentations, blogs and reviews. final grade?", "what_if", [score(88), "A-|A minus"]),
    # 100 - 20*(1-0.8) = 100 - 4 = 96
    Q("I got 80% on both my paper presentations, everything else full marks — overall?", "what_if", [score(96)]),
    # one blog = 10/2 = 5 -> 100 - 5 = 95
    Q("i forgot to write one of my two blog posts (got 0 on it), rest is perfect. what's my score", "what_if", [score(95)]),
    # reviews 30*0.8 = 24 ; rest 70*0.9 = 63 ; total 87 -> A-
    Q("My reviews average 80% and everything else is at 90%. What would my course grade be?", "what_if", [score(87), "A-|A minus"]),
    # rest perfect = 80 ; need 90 -> 20*x >= 10 -> x = 50%
    Q("if everything else is perfect, what's the lowest score I can get on the final report and still end with an A (90)?", "what_if", [pct(50) + "|half"]),
    # reviews 30*0.7 = 21 ; rest 70 ; total 91
    Q("I'm getting 7/10 on every review. If the rest is full credit, what's my total?", "what_if", [score(91)]),
    # 20*0.9 + 10*0.6 + 30*0.95 + 40*0.85 = 18 + 6 + 28.5 + 34 = 86.5
    Q("presentations 90%, blog posts 60%, reviews 95%, and the project (all parts) 85%. overall %?", "what_if", ["86.5"]),

    # ------------------------------------------------------------------ policy (13)
    Q("what do i need for an A+", "policy", [pct(95)]),
    Q("cutoff for an A-?", "policy", [pct(85)]),
    Q("what percentage range is a B (plain B)?", "policy", ["75", "80"]),
    Q("Is this class curved?", "policy", [NO, "curve"]),
    Q("if the staff adjust the letter cutoffs, could my letter grade end up lower?", "policy", [NO]),
    Q("below what percent do you fail the course", "policy", [pct(50)]),
    Q("I have 83% overall, what letter is that?", "policy", ["B+|B plus"]),
    Q("what happens if someone gets caught plagiarizing", "policy", ["fail"]),
    Q("One of the deadlines clashes with a religious holiday I observe. What should I do?", "policy", ["instructor|professor|Banerjee", "two weeks|2 weeks|first two"]),
    Q("I need disability accommodations, who do I contact?", "policy", ["DRES|Disability Resources"]),
    Q("phone number for the counseling center?", "policy", ["333-3704"]),
    Q("I've suppressed my directory information under FERPA. do I need to do anything for this class?", "policy", ["instructor|professor|Banerjee"]),
    Q("what's the range for a D", "policy", ["50", "55"]),

    # ------------------------------------------------------------------ multipart (8)
    Q("when's the proposal due and how long can it be?", "multipart", [OCT1, "2|two"]),
    Q("how much is the final report worth, and when is it due?", "multipart", [pct(20), DEC8]),
    Q("who's the TA? and when are the instructor's office hours?", "multipart", ["Dadu", "5:00|5 pm|5pm|5-6|5 –|17:00|5 p.m"]),
    Q("a) max team size for the project b) length of the project presentation c) where is the class held", "multipart", ["3|three", "12|twelve", "zoom"]),
    Q("when are reviews due and how many do I need to write in total?", "multipart", [DAYBEFORE, "10|ten"]),
    Q("For the mid-term report: what's it worth, how many pages, and when is it due?", "multipart", [pct(10), "4|four", NOV5]),
    Q("what do I need for a solid A, and is there any curving?", "multipart", [pct(90), "curve"]),
    Q("two qs: when is the blog post due relative to my presentation, and how much are blog posts worth?", "multipart", [WEEKAFTER, pct(10)]),

    # ------------------------------------------------------------------ story (8)
    Q("Hi! I only joined the course this week because my visa got delayed, so I missed the first few lectures. "
      "I don't know anyone in the class yet and I'm a bit anxious about finding people for the project. "
      "I saw something about teams in the syllabus but couldn't find it again. By when do I need to be in a team?",
      "story", [SEP17]),
    Q("So my advisor wants me to submit a workshop paper in early November and I'm trying to plan my month. "
      "I'd like to reuse some of our project work but I don't want the two deadlines to collide. "
      "When exactly is the mid-term report for this class due, and how long does it need to be?",
      "story", [NOV5, "4|four"]),
    Q("My co-presenter and I got assigned a class in the VAE weeks and we're splitting up the slides. "
      "She's in a different time zone so we're going to finish late the night before. "
      "Just want to make sure we're not cutting it close - what time do the slides need to be submitted on the day we present?",
      "story", [NOON]),
    Q("I'm making a spreadsheet to track my grade for all my courses this semester. "
      "For this one I already have the presentation and review weights entered. "
      "The one I'm missing is the blog posts. What are they worth in total?",
      "story", [pct(10)]),
    Q("My friend took a similar seminar last year and told me paper reviews were due right after the class where the paper is discussed. "
      "I've been planning around that. Is that how it works here too, or is the deadline different?",
      "story", [NO, DAYBEFORE]),
    Q("I'm flying home for Thanksgiving and probably staying a few extra days into December to see family. "
      "My parents are asking when I'll be back. I'd like to know the final report deadline before I book anything. "
      "When is it?",
      "story", [DEC8]),
    Q("Hello, English is not my first language so sorry for mistakes. In my country the reports are usually very long. "
      "I want to know, how many pages must be the final report for the project, not counting the references?",
      "story", ["8|eight"]),
    Q("I'm taking three other courses plus a TA job, so I'm trying to figure out where to put my effort. "
      "The project seems like a lot of work with all the reports. "
      "Overall, how big a chunk of the grade is the project?",
      "story", [pct(40)]),

    # ------------------------------------------------------------------ trap (8)
    Q("when's the midterm?", "trap", [NOV5, "report"]),
    Q("when is the final due", "trap", [DEC8], forbid=["Nov 5|November 5|11/5"]),
    Q("how much is the PROJECT presentation worth, not the paper ones", "trap", [pct(5)]),
    Q("page limit for the mid-term report specifically?", "trap", ["4|four"], forbid=["8 pages|eight pages"]),
    Q("what is the very first project deadline?", "trap", [SEP17], forbid=["Dec 8|December 8"]),
    Q("blog posts have the same noon deadline as slides, right?", "trap", [NO, WEEKAFTER]),
    Q("how many reviews do I have to write, not counting the classes I present?", "trap", ["10|ten"], forbid=["12 reviews|twelve reviews|23 reviews"]),
    Q("when do we give the project presentation?", "trap", ["week 14|weeks 14|14 and 15|14-15|14, 15|14–15|last two weeks|final two weeks"]),

    # ------------------------------------------------------------------ silent (33)
    Q("what's the late policy?", "silent", silent=True),
    Q("can i get an extension on the proposal if i'm sick that week?", "silent", silent=True),
    Q("is it ok if our proposal is a recorded pitch instead of a written doc?", "silent", silent=True),
    Q("when are the TA's office hours?", "silent", silent=True),
    Q("what time of day is the team sign-up deadline, like 11:59pm or noon?", "silent", silent=True),
    Q("on the day the proposal is due, what's the cutoff time - midnight?", "silent", silent=True),
    Q("is attendance taken in lecture?", "silent", silent=True),
    Q("are the lectures recorded in case I miss one?", "silent", silent=True),
    Q("where can i find the zoom link for lecture", "silent", silent=True),
    Q("what are the prerequisites for this course?", "silent", silent=True),
    Q("how many credit hours is CS 598 DGDM?", "silent", silent=True),
    Q("is there a LaTeX template we have to use for the project reports?", "silent", silent=True),
    Q("what font size and margins should the reviews use?", "silent", silent=True),
    Q("do you drop the lowest review score?", "silent", silent=True),
    Q("any extra credit opportunities?", "silent", silent=True),
    Q("can I work on my paper reviews together with a friend and submit similar ones?", "silent", silent=True),
    Q("how do we sign up for paper presentation slots?", "silent", silent=True),
    Q("is there a rubric for how the blog posts get graded?", "silent", silent=True),
    Q("which paper are we reading first?", "silent", silent=True),
    Q("what time zone are the deadlines in? I'm taking this remotely from Asia", "silent", silent=True),
    Q("what sections should the mid-term report have?", "silent", silent=True),
    Q("does the 10-12 minute project presentation include Q&A time or is Q&A extra?", "silent", silent=True),
    Q("can I swap my presentation day with another student?", "silent", silent=True),
    Q("What happens if my project partner drops the course halfway through?", "silent", silent=True),
    Q("do we need to submit our code along with the final report?", "silent", silent=True),
    Q("where do we publish the blog posts, medium? github pages?", "silent", silent=True),
    Q("how long does it usually take to get grades back on reviews?", "silent", silent=True),
    Q("if I disagree with a grade, is there a regrade request process?", "silent", silent=True),
    Q("when I review a class, do I review every paper presented that day or just one of them?", "silent", silent=True),
    Q("can I take this course credit/no credit?", "silent", silent=True),
    Q("is there class during thanksgiving week or is it off?", "silent", silent=True),
    Q("should the reviews be single column or two column format?", "silent", silent=True),
    Q("can our project be something I'm already working on for my thesis?", "silent", silent=True),

    # ------------------------------------------------------------------ off_topic (8)
    Q("what's the weather gonna be like in champaign this weekend?", "off_topic", silent=True),
    Q("when is the CS 446 midterm exam?", "off_topic", silent=True),
    Q("tell me a joke about GANs lol", "off_topic", silent=True),
    Q("who won the Illini football game on saturday", "off_topic", silent=True),
    Q("can you recommend a good pizza place near campus?", "off_topic", silent=True),
    Q("can you write the PyTorch code for my homework in another class? it's due tonight", "off_topic", silent=True),
    Q("what's the capital of australia", "off_topic", silent=True),
    Q("should I buy bitcoin right now?", "off_topic", silent=True),
]
