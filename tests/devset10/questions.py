# ruff: noqa
# A copy of /work/devset10/questions.py (the tenth development set, 180 questions written from the
# syllabus only by a writer who saw neither the code nor the other sets; tuned on last, in the
# answers13 round: 180/180 after). Blind figure before, engine at 0fbdcf8 (main 9b9d640 with the fifteenth safety round):
# 169/180 (93.9 %), 0 wrong facts, 2 silent questions answered; by category: lookup 12/12, sum
# 10/12, order 13/16, property 13/13, dates_words 10/10, relative 13/13, yesno 12/13, what_if
# 11/13, policy 13/13, multipart 8/8, story 7/8, trap 8/8, silent 32/33, off_topic 7/8.
"""devset10: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}

def pct(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent"

# ---- date helpers (2021) ----
SEP13 = "Sep 13|Sept 13|September 13|9/13|13 Sep|today|tonight"
SEP16 = "Sep 16|Sept 16|September 16|9/16|16 Sep"
SEP17 = "Sep 17|Sept 17|September 17|9/17|17 Sep|Sep. 17|Sept. 17"
SEP27 = "Sep 27|Sept 27|September 27|9/27|27 Sep"
OCT1 = "Oct 1|Oct. 1|October 1|10/1|1 Oct"
OCT19 = "Oct 19|Oct. 19|October 19|10/19|19 Oct"
OCT21 = "Oct 21|Oct. 21|October 21|10/21|21 Oct"
NOV3 = "Nov 3|Nov. 3|November 3|11/3|3 Nov"
NOV5 = "Nov 5|Nov. 5|November 5|11/5|5 Nov"
NOV16 = "Nov 16|Nov. 16|November 16|11/16|16 Nov"
NOV23 = "Nov 23|Nov. 23|November 23|11/23|23 Nov"
DEC8 = "Dec 8|Dec. 8|December 8|12/8|8 Dec"
DEC9 = "Dec 9|Dec. 9|December 9|12/9|9 Dec"

# wrong-date forbids
F_SEP17 = "Sep 17|Sept 17|September 17|9/17"
F_SEP24 = "Sep 24|Sept 24|September 24|9/24"
F_SEP30 = "Sep 30|Sept 30|September 30|9/30"
F_NOV12 = "Nov 12|November 12|11/12"
F_DEC10 = "Dec 10|December 10|12/10"

YES = "yes|yep|correct|right|indeed|that's true"
NO = "no|not|nope|incorrect|actually|isn't"

NOON = "noon|12 pm|12:00|12pm|12 p.m."
TWO_PM = "2:00|2 pm|2pm|2:00pm|2 p.m.|14:00"
MIDTERM = "mid-term|midterm|mid term"
WEEK = "7 days|seven days|a week|one week|1 week|week after"
DAY_BEFORE = "day before|previous day|night before|prior day|before the presentation|before presentation|before the class"
NOTHING = "no|not|nothing"

QUESTIONS = [
    # ================= lookup (12) =================
    Q("by when do we need to have our project teams figured out?", "lookup", [SEP17]),
    Q("midterm report deadline pls", "lookup", [NOV5]),
    Q("What day is the final project report due?", "lookup", [DEC8]),
    Q("how much do the paper reviews count for overall", "lookup", [pct(30)]),
    Q("whats the proposal weight in the final grade", "lookup", [pct(5)]),
    Q("what time does lecture start and when does it end?", "lookup", [TWO_PM, "3:15"]),
    Q("Prof Banerjee office hour is which time?", "lookup", ["5:00|5 pm|5pm|5-6|5 -|5 –|5:00-6:00|5–6", "Tue|Thu"]),
    Q("on the day i present, by what time do slides have to be in", "lookup", [NOON]),
    Q("reviews r due when exactly? like relative to the presentation", "lookup", [DAY_BEFORE]),
    Q("How much is the mid-term project report worth?", "lookup", [pct(10)]),
    Q("who's the TA for 598 this fall", "lookup", ["Anant|Dadu"]),
    Q("what's the rule for when blog posts are due", "lookup", [WEEK]),

    # ================= sum (12) =================
    Q("paper presentations + blog posts together = how much of the grade?", "sum", [pct(30)]),
    Q("what % of my grade is the whole project, all parts included", "sum", [pct(40)]),
    Q("how much is one single paper review worth?", "sum", ["3%|3 %|3 percent|three percent|3 points|3.0%"]),
    Q("if you take out the project, how much of the grade is left?", "sum", [pct(60)]),
    Q("What fraction of the grade comes from the three written project reports (proposal, mid-term, final) combined?", "sum", [pct(35)]),
    Q("midterm report and final report combined weight?", "sum", [pct(30)]),
    Q("each of my two paper presentations is worth how many percent?", "sum", [pct(10)]),
    Q("one blog post = ?%", "sum", [pct(5)]),
    Q("reviews and blog posts, total weight?", "sum", [pct(40)]),
    Q("how much of the grade is everything that is NOT paper reviews", "sum", [pct(70)]),
    Q("not counting refs or appendices, how many pages of main text do I write across proposal, midterm report and final report in total?", "sum", ["14|fourteen"]),
    Q("Ignoring the project, how many individual written pieces do I hand in in total, reviews plus blog posts?", "sum", ["12|twelve"]),

    # ================= order (16) =================
    Q("what's the next thing due?", "order", [SEP17], forbid=[F_DEC10]),
    Q("after the proposal, what is the next project milestone?", "order", [MIDTERM, NOV5], forbid=[F_SEP17]),
    Q("what's the very last deadline of the semester", "order", ["final report", DEC8], forbid=[F_SEP17]),
    Q("can you list all the project deadlines in order, earliest first?", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("it's Oct 20 now, what's next for the project?", "order", [NOV5, MIDTERM], forbid=[F_SEP17]),
    Q("Assume today is November 10. Which project deadlines are still ahead of me?", "order", [DEC8], forbid=[F_SEP17]),
    Q("what topic do we do right after the intro to generative models?", "order", ["auto-regressive|autoregressive|auto regressive"]),
    Q("which topic comes after variational autoencoders?", "order", ["normalizing flow|normalising flow"]),
    Q("what's the last lecture topic before the project presentations start", "order", ["operator|physics"]),
    Q("what do we cover just before GANs?", "order", ["normalizing flow|normalising flow"]),
    Q("after the GAN weeks, which topics follow, in order?", "order", ["differential equation|neural ode|neural de", "score"]),
    Q("what's the second to last project deadline?", "order", [MIDTERM, NOV5], forbid=[F_SEP17]),
    Q("which comes first, midterm report or proposal?", "order", ["proposal", OCT1]),
    Q("oct 2 today. whats the next project thing due", "order", [NOV5], forbid=[F_SEP17]),
    Q("what comes right after the team formation deadline?", "order", ["proposal", OCT1]),
    Q("Say it's Dec 1. What do I still have left to turn in for the project?", "order", [DEC8, "final report"], forbid=[F_SEP17]),

    # ================= property (13) =================
    Q("how long is each class session?", "property", ["75|1 hour 15|1h15|hour and 15|1:15|one hour and fifteen|hour and a quarter"]),
    Q("what days of the week does this class meet", "property", ["Tue", "Thu"]),
    Q("is the class in-person or online?", "property", ["zoom|online"]),
    Q("how many ppl per project team?", "property", ["2|two"]),
    Q("page limit for the project proposal?", "property", ["2 pages|two pages|2-page|two-page|2 page"]),
    Q("how long can the final report be?", "property", ["8 pages|eight pages|8-page|eight-page|8 page"]),
    Q("how many pages is a paper review meant to be", "property", ["4|four"]),
    Q("how long should a blog post be?", "property", ["10 min|10-min|ten min|10 minute|ten-minute"]),
    Q("how long is the talk for the final project presentation", "property", ["10-12|10 to 12|10–12|ten to twelve|10 - 12|10 and 12"]),
    Q("how many presenters are there in each class session?", "property", ["2|two", "3|three"]),
    Q("how many classes in total are there with paper presentations", "property", ["23|twenty-three|twenty three"]),
    Q("do i need to buy a textbook for this?", "property", ["no|not", "paper"]),
    Q("during which weeks are GANs covered", "property", ["8", "10"]),

    # ================= dates_words (10) =================
    Q("is there something due on december the eighth??", "dates_words", ["final report|final project report"]),
    Q("what's due on the fifth of november", "dates_words", [MIDTERM]),
    Q("first of October — what is due that day?", "dates_words", ["proposal"]),
    Q("the seventeenth of september, what's that deadline for again", "dates_words", ["team"]),
    Q("do we have anything due on the tenth of December?", "dates_words", [NOTHING]),
    Q("is the project proposal due on the first friday of october?", "dates_words", [YES]),
    Q("anything due during the week of the sixth of december?", "dates_words", ["final report", DEC8]),
    Q("is there a project deadline on the twelfth of november?", "dates_words", [NOTHING]),
    Q("what's happening on the seventeenth? someone in my group said something is due", "dates_words", ["team"]),
    Q("first friday in november: anything due that day?", "dates_words", [MIDTERM]),

    # ================= relative (13) =================
    Q("I present on Tuesday Oct 12. When's my blog post due?", "relative", [OCT19]),
    Q("my presentation slot is thursday october 21, when do my slides have to be submitted", "relative", [NOON, OCT21]),
    Q("I'm reviewing the paper that gets presented on Sep 28. when do I need my review in?", "relative", [SEP27]),
    Q("review for the Nov 4 class is due when?", "relative", [NOV3]),
    Q("what's due in the next two weeks?", "relative", [SEP17]),
    Q("how many days until the proposal deadline?", "relative", ["18|eighteen"]),
    Q("How long do I have until the final report is due?", "relative", [DEC8, "86|eighty-six|eighty six|12 weeks|twelve weeks"]),
    Q("i present nov 16 (tue). slides and blog due when", "relative", [NOV16, NOV23, NOON]),
    Q("my second presentation is Thursday Dec 2. When is the blog post for that one due?", "relative", [DEC9]),
    Q("what's due this week?", "relative", [SEP17]),
    Q("I'm writing the review for tomorrow's class. When is it due?", "relative", [SEP13]),
    Q("it's Oct 25, how many days are left until the midterm report?", "relative", ["11|eleven", NOV5]),
    Q("I presented last Thursday (Sept 9). When is the blog post for it due?", "relative", [SEP16]),

    # ================= yesno (13): 6 true, 7 false =================
    Q("proposal is due oct 1st right?", "yesno", [YES, OCT1]),
    Q("Teams have to be formed by Friday Sept 17, correct?", "yesno", [YES, SEP17]),
    Q("The final report deadline is Wednesday, December 8 — yes?", "yesno", [YES, DEC8], forbid=[F_DEC10]),
    Q("reviews count for 30% of the grade, right?", "yesno", [YES, pct(30)]),
    Q("class happens on zoom, doesn't it?", "yesno", [YES, "zoom"]),
    Q("blog posts are due one week after we present, correct?", "yesno", [YES, WEEK]),
    Q("midterm report is due Nov 12 yeah?", "yesno", [NO, NOV5], forbid=[F_NOV12]),
    Q("proposal due Sept 30?", "yesno", [NO, OCT1], forbid=[F_SEP30]),
    Q("we need to write 12 paper reviews, correct?", "yesno", [NO, "10|ten"], forbid=["12 reviews|twelve reviews"]),
    Q("the project presentation is 20 min right", "yesno", [NO, "10-12|10 to 12|10–12|ten to twelve|10 - 12|12 min"], forbid=["20 min|20-min|twenty min"]),
    Q("I think the proposal is worth 10%, is that right?", "yesno", [NO, pct(5)], forbid=["proposal is 10%|proposal is worth 10%"]),
    Q("paper reviews are due the morning of the presentation, right?", "yesno", [NO, DAY_BEFORE]),
    Q("team formation deadline is Sept 24, isn't it?", "yesno", [NO, SEP17], forbid=[F_SEP24]),

    # ================= what_if (13) =================
    # proposal 5% * 0.8 = 4 ; 100 - 5 + 4 = 99
    Q("if I get 80 on the proposal and full marks on everything else, what's my final percentage?", "what_if", ["99"], forbid=["98"]),
    # one review = 30%/10 = 3% ; 100 - 3 = 97
    Q("I got a zero on one of my paper reviews, everything else is perfect. what's my grade?", "what_if", ["97"], forbid=["70%|70 %|70 percent"]),
    # midterm report 10% lost ; 100 - 10 = 90
    Q("Suppose I totally bomb the midterm report (0) but get 100 on everything else. What's my overall?", "what_if", ["90"]),
    # final report 20% * 0.7 = 14 ; 100 - 20 + 14 = 94
    Q("what if i get 70% on the final report and 100 on all the rest", "what_if", ["94"], forbid=["86"]),
    # both blog posts missed: 10% lost ; 100 - 10 = 90
    Q("If I never write either blog post but ace everything else, where do I end up?", "what_if", ["90"]),
    # one blog post = 10%/2 = 5% ; 100 - 5 = 95 -> A+ (>=95)
    Q("forgot one blog post entirely, everything else full marks. what's my percent and letter?", "what_if", ["95", "A+|A +|A plus"]),
    # one paper presentation = 20%/2 = 10% ; 100 - 10 = 90
    Q("I got 0 on one of my two paper presentations, 100% on all other stuff. what's my total?", "what_if", ["90"]),
    # 85% on everything -> 85 -> A- (>=85 & <90)
    Q("If I score 85% on every single component, what letter grade would that be?", "what_if", ["85", "A-|A−|A minus"]),
    # reviews 30*0.9 = 27 ; project 40*0.8 = 32 ; presentations+blogs 30*1.0 = 30 ; total 89 -> A-
    Q("Say I average 90% on reviews, 80% on every project part, and 100% on presentations and blog posts. What's my grade?", "what_if", ["89", "A-|A−|A minus"], forbid=["88"]),
    # no project at all: 100 - 40 = 60
    Q("hypothetically if i skip the project completely but get perfect on all the rest, what's my percentage", "what_if", ["60"]),
    # final report 20% missing: 100 - 20 = 80 -> B+ (>=80 & <85)
    Q("What's the best I could get if I don't submit the final report at all (everything else perfect)? Percent and letter please.", "what_if", ["80", "B+|B +|B plus"]),
    # project presentation 5% * 0.5 = 2.5 ; 100 - 5 + 2.5 = 97.5
    Q("if my project presentation gets 50% and everything else is 100%, what is my overall?", "what_if", ["97.5|97,5"]),
    # midterm 80% -> loses 10*0.2 = 2 ; need total >= 90 -> final report may lose at most 8 of its 20 -> needs >= 60%
    Q("I got 80% on the midterm report and 100 on everything else so far (assume 100 on the presentation too). What's the minimum I need on the final report to still get an A?", "what_if", ["60"], forbid=["50%"]),

    # ================= policy (13) =================
    Q("what's the cutoff for an A?", "policy", ["90"]),
    Q("what do i need for an A+", "policy", ["95"]),
    Q("min % for a B+?", "policy", ["80"]),
    Q("is this course curved?", "policy", ["no|not"]),
    Q("If the staff adjust the grade cutoffs later, can my letter grade go down because of it?", "policy", ["no|not|won't|will not"]),
    Q("what happens if someone gets caught plagiarising in this class", "policy", ["fail"]),
    Q("I have a religious holiday that clashes with one of the deadlines. what should i do and by when?", "policy", ["instructor", "two weeks|2 weeks|first two|first 2"]),
    Q("I need disability accommodations for this course. who do I contact?", "policy", ["DRES|Disability Resources", "instructor"]),
    Q("what letter is a 72%?", "policy", ["B-|B−|B minus"]),
    Q("below what percentage do you get an F", "policy", ["50"]),
    Q("are the letter grade cutoffs final or could they change?", "policy", ["tentative|adjust|may change|subject to"]),
    Q("I honestly didn't know that counted as plagiarism. Is that a valid excuse?", "policy", ["no|not"]),
    Q("I've suppressed my directory info under FERPA. do I need to do anything for this class?", "policy", ["instructor", "identify|let|tell|notify|inform"]),

    # ================= multipart (8) =================
    Q("When is the proposal due, and how long can it be?", "multipart", [OCT1, "2 pages|two pages|2-page|two-page|2 page"]),
    Q("final report: due date, weight, page limit?", "multipart", [DEC8, pct(20), "8 pages|eight pages|8-page|eight-page|8 page"]),
    Q("which days is class, what time, and where is it held", "multipart", ["Tue", "Thu", TWO_PM, "zoom"]),
    Q("how many reviews do we write, and what are they worth all together?", "multipart", ["10|ten", pct(30)]),
    Q("how big can project teams be and when do they need to be set??", "multipart", ["2|two", "3|three", SEP17]),
    Q("midterm report -- weight? due date?", "multipart", [pct(10), NOV5]),
    Q("what's the professor's email, and when are his office hours?", "multipart", ["arindamb@illinois.edu", "5:00|5 pm|5pm|5-6|5 -|5 –|5:00-6:00|5–6"]),
    Q("blog post: how long and when due", "multipart", ["10 min|10-min|ten min|10 minute|ten-minute", WEEK]),

    # ================= story (8) =================
    Q("Hi! I just added the class this morning after being on the waitlist forever. I don't know anyone yet and I'm a bit stressed about finding people for the project. "
      "Someone in the Zoom chat said there's a deadline for forming groups soon. When exactly do teams have to be formed by?", "story", [SEP17]),
    Q("hey so I got assigned to present on thursday october 14, which is fine, but I also have a conference trip the week after that. "
      "I want to plan my writing ahead of time. when would the blog post for that presentation be due?", "story", [OCT21]),
    Q("Hello, I had a family emergency and completely missed the project proposal, so I'll get a zero on it. "
      "I'm planning to get full marks on everything else from here on. I know that's optimistic lol. What's the highest overall percentage I could still end up with?", "story", ["95"]),
    Q("So I just finished my first paper review and it came out to about 6 pages including two pages of references. "
      "My friend says I wrote way too much. I'm not sure what the expectation is. How long is the main part of a review supposed to be?", "story", ["4|four"]),
    Q("Dear course staff, I will be travelling to a family wedding during the first week of November and will have limited internet access. "
      "I would like to make sure I don't miss anything important for the project. Could you tell me on which date the mid-term report is due? Thank you very much.", "story", [NOV5]),
    Q("ok so our team is starting to put together slides for the final project talk and we have a LOT of results. we're arguing about how much to cut. "
      "one of us thinks we get like half an hour. how long is the project presentation actually supposed to be?", "story", ["10-12|10 to 12|10–12|ten to twelve|10 - 12|10 and 12"]),
    Q("I've been tracking my scores in a spreadsheet and I think I'm sitting around 86 or 87 right now. My funding requires me to keep at least an A- in my courses. "
      "What's the minimum percentage for an A- in this class?", "story", ["85"]),
    Q("Hi, I have a job interview on-site in another city on December 8th and I want to make sure it doesn't collide with anything. "
      "My teammate thinks the final report is due that week but isn't sure of the exact day. When is the final report due?", "story", [DEC8]),

    # ================= trap (8) =================
    Q("what's the LAST project deadline — not the first one, the very last", "trap", [DEC8], forbid=[F_SEP17]),
    Q("page limit for the MID-TERM report specifically?", "trap", ["4 pages|four pages|4-page|four-page|4 page"], forbid=["8 pages|eight pages"]),
    Q("how much is the PROJECT presentation worth (not the paper presentations)?", "trap", [pct(5)], forbid=["project presentation is 20%|project presentation is worth 20%|project presentation counts for 20%"]),
    Q("when are the SLIDES due for a paper presentation? not the review, the slides", "trap", [NOON], forbid=["slides are due the day before|slides are due end of day"]),
    Q("When's the proposal due? Not the team thing, the actual written proposal.", "trap", [OCT1], forbid=[F_SEP17]),
    Q("in how many classes do I personally have to present?", "trap", ["2|two"], forbid=["present in 23|present 23|present in all 23"]),
    Q("how many classes do I need to write reviews for?", "trap", ["10|ten"], forbid=["23 reviews|12 reviews|twelve reviews"]),
    Q("what's the weight of just the final REPORT, not the whole project?", "trap", [pct(20)], forbid=["final report is 40%|final report is worth 40%|final report counts for 40%"]),

    # ================= silent (33) =================
    Q("could our proposal be a recorded pitch video instead of a document?", "silent", silent=True),
    Q("what's the late policy for this class", "silent", silent=True),
    Q("if i hand in the midterm report a day late how many points do i lose?", "silent", silent=True),
    Q("I'm sick this week, can I get an extension on my blog post?", "silent", silent=True),
    Q("What are Anant's office hours?", "silent", silent=True),
    Q("what time of day is the mid-term report due, 11:59pm or earlier?", "silent", silent=True),
    Q("is attendance taken / mandatory in lectures?", "silent", silent=True),
    Q("are the zoom lectures recorded so I can watch later?", "silent", silent=True),
    Q("can someone send me the zoom link for class", "silent", silent=True),
    Q("what are the prerequisites for cs598 deep generative models?", "silent", silent=True),
    Q("how many credit hours is this course?", "silent", silent=True),
    Q("do you drop the lowest paper review score?", "silent", silent=True),
    Q("can I write extra reviews beyond the required ones for extra credit?", "silent", silent=True),
    Q("which latex template should the final report use, neurips style or something else?", "silent", silent=True),
    Q("how do we get assigned the papers we present? can I pick my own paper?", "silent", silent=True),
    Q("can I swap my presentation date with a classmate?", "silent", silent=True),
    Q("are we allowed to work together with friends on the paper reviews?", "silent", silent=True),
    Q("does the project have to be in pytorch or can we use jax/tensorflow?", "silent", silent=True),
    Q("will the course provide GPUs or cloud credits for the project?", "silent", silent=True),
    Q("where do we publish the blog posts? will they be public?", "silent", silent=True),
    Q("is there a grading rubric for the paper reviews?", "silent", silent=True),
    Q("when will we get our proposal grades back?", "silent", silent=True),
    Q("can my project overlap with my thesis research or with a project for another course?", "silent", silent=True),
    Q("is there a piazza or campuswire for this class?", "silent", silent=True),
    Q("does the project need to be novel research or can it just reproduce a paper?", "silent", silent=True),
    Q("what font size and margins are required for the project reports?", "silent", silent=True),
    Q("can undergrads register for this course?", "silent", silent=True),
    Q("what's the penalty if the final report goes over the page limit?", "silent", silent=True),
    Q("my co-presenter dropped the course, can I present the paper alone or will I get a new partner?", "silent", silent=True),
    Q("do all members of a project team get the same grade?", "silent", silent=True),
    Q("what is the last day to drop this class without a W?", "silent", silent=True),
    Q("do we have to submit our code along with the final report?", "silent", silent=True),
    Q("is there class during thanksgiving week?", "silent", silent=True),

    # ================= off_topic (8) =================
    Q("what's the weather gonna be like in champaign tomorrow?", "off_topic", silent=True),
    Q("when is CS 446 homework 2 due?", "off_topic", silent=True),
    Q("tell me a joke about GANs pls", "off_topic", silent=True),
    Q("best pizza place near campus in urbana?", "off_topic", silent=True),
    Q("what's the bitcoin price today", "off_topic", silent=True),
    Q("did the Illini win the football game on saturday?", "off_topic", silent=True),
    Q("can you help me write a cover letter for a summer internship?", "off_topic", silent=True),
    Q("how do you say 'normalizing flow' in spanish?", "off_topic", silent=True),
]
