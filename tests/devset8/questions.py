# ruff: noqa
# A copy of /work/devset8/questions.py (the eighth development set, 180 questions written from the
# syllabus only by a writer who saw neither the code nor the other sets; may be tuned on).
# Before tuning (engine at main 89420e4, after the dev set 7 round and two trial rounds; the set
# as written): 158/180 (87.8 %), 1 wrong fact, 4 silent questions answered; by category: lookup
# 11/11, sum 10/11, order 13/17, property 13/13, dates_words 7/10, relative 13/13, yesno 13/14,
# what_if 10/13, policy 13/13, multipart 7/8, story 4/8, trap 7/8, silent 30/33, off_topic 7/8.
"""devset8: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}

def pct(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent"

def num(n):
    # a computed grade: accept "99%", "99 percent", "99.0", "99/100", "99 out of", "99 points"
    return pct(n) + f"|{n}.0|{n}/100|{n} out of|{n} points"

# ---- dates (2021) ----
SEP17 = "Sept 17|Sep 17|September 17|9/17|Sept. 17|Sep. 17|17 Sep|17th of Sep"
OCT1 = "Oct 1|October 1|10/1|Oct. 1|1 Oct|1st of Oct"
NOV5 = "Nov 5|November 5|11/5|Nov. 5|5 Nov|5th of Nov"
DEC8 = "Dec 8|December 8|12/8|Dec. 8|8 Dec|8th of Dec"
OCT7 = "Oct 7|October 7|10/7|Oct. 7|7 Oct"
OCT14 = "Oct 14|October 14|10/14|Oct. 14|14 Oct"
OCT19 = "Oct 19|October 19|10/19|Oct. 19|19 Oct"
OCT20 = "Oct 20|October 20|10/20|Oct. 20|20 Oct"
OCT26 = "Oct 26|October 26|10/26|Oct. 26|26 Oct"
OCT28 = "Oct 28|October 28|10/28|Oct. 28|28 Oct"
NOV2 = "Nov 2|November 2|11/2|Nov. 2|2 Nov"
NOV11 = "Nov 11|November 11|11/11|Nov. 11|11 Nov"
NOV16 = "Nov 16|November 16|11/16|Nov. 16|16 Nov"
NOV17 = "Nov 17|November 17|11/17|Nov. 17|17 Nov"
NOV30 = "Nov 30|November 30|11/30|Nov. 30|30 Nov"
SEP27 = "Sept 27|Sep 27|September 27|9/27|Sept. 27|Sep. 27|27 Sep"
# wrong dates used only in forbid
SEP24 = "Sept 24|Sep 24|September 24|9/24"
DEC3 = "Dec 3|December 3|12/3"
OCT13 = "Oct 13|October 13|10/13"
OCT27 = "Oct 27|October 27|10/27"

# ---- other fact helpers ----
YES = "yes|yep|correct|right|indeed|that's true"
NO = "no|not|nope|incorrect|actually|isn't"
NOON = "noon|12:00|12 pm|12pm|12 p.m"
EOD = "end of day|end-of-day|end of the day|11:59|midnight"
DAYBEFORE = "day before|before the presentation|before the class|prior|previous day|night before"
TUETHU = "Tue|Tuesday"
TWOPM = "2:00|2 pm|2pm|2 p.m|14:00"
TEAM = "team"
ZOOM = "zoom"

QUESTIONS = [
    # ------------------------------------------------------------------ lookup (11)
    Q("yo when's class", "lookup", [TUETHU, TWOPM]),
    Q("what time are prof banerjee's office hrs?", "lookup", ["5:00|5 pm|5pm|5 p.m|17:00|5-6|5 to 6|5–6"]),
    Q("how many % of the grade is the project proposal", "lookup", [pct(5)]),
    Q("final report deadline??", "lookup", [DEC8]),
    Q("mid term report due when", "lookup", [NOV5]),
    Q("by what date do we need to have our project groups sorted out?", "lookup", [SEP17]),
    Q("whats the weight of the paper reviews in the final grade", "lookup", [pct(30)]),
    Q("what's the professor's email address?", "lookup", ["arindamb@illinois.edu"]),
    Q("who is TA for cs598 this semester", "lookup", ["Anant|Dadu"]),
    Q("how much does the midterm report count", "lookup", [pct(10)]),
    Q("where are the lectures held, is there a room?", "lookup", [ZOOM]),

    # ------------------------------------------------------------------ sum (11)
    Q("proposal and midterm report together are worth how much?", "sum", [pct(15)]),
    Q("what's the whole project worth in total (all its parts)?", "sum", [pct(40)]),
    Q("how much is a single paper review worth?", "sum", [pct(3)], forbid=["each review is worth 30|30% each|30% per review"]),
    Q("each of my two paper presentations counts for what percent?", "sum", [pct(10)]),
    Q("one blog post = how many percent of grade", "sum", [pct(5)]),
    Q("if you leave out the project completely, what share of the grade is left?", "sum", [pct(60)]),
    Q("presentations plus blog posts combined, what % is that", "sum", [pct(30)]),
    Q("add up the three written project reports (proposal, midterm, final) - what do they come to?", "sum", [pct(35)]),
    Q("final report + the final project talk, combined weight?", "sum", [pct(25)]),
    Q("how much of the grade is everything other than the reviews?", "sum", [pct(70)]),
    Q("one paper presentation together with the blog post for that same class is worth how much?", "sum", [pct(15)]),

    # ------------------------------------------------------------------ order (17)   now = Mon Sep 13 2021 9:00 CT
    Q("what's the next project deadline coming up?", "order", [SEP17], forbid=["Dec 8|December 8"]),
    Q("after the proposal, whats the next project deliverable and when", "order", ["mid-term|midterm|mid term", NOV5], forbid=["Sept 17|Sep 17|September 17"]),
    Q("what is the very final deadline of the whole project?", "order", [DEC8], forbid=["Sept 17|Sep 17|September 17"]),
    Q("which project item is due right before the midterm report?", "order", ["proposal", OCT1], forbid=["Dec 8|December 8"]),
    Q("can u list all the project deadlines in chronological order", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("it's Oct 20 now. what's the next project deadline, just the one?", "order", [NOV5], forbid=["Sept 17|Sep 17|September 17"]),
    Q("Say it's November 10. What project work is still left for me to turn in?", "order", ["final report", DEC8]),
    Q("which topic do we move on to after VAEs?", "order", ["normalizing flow|normalising flow"]),
    Q("what's the topic right before score-based models?", "order", ["differential equation|neural ODE|neural DE"]),
    Q("last lecture topic before the project presentations start?", "order", ["operator|physics"]),
    Q("what comes after neural differential equations in the schedule", "order", ["score"]),
    Q("Suppose today is Sept 20. What's the next thing due for the project?", "order", ["proposal", OCT1]),
    Q("midterm report or proposal - which one's due first?", "order", ["proposal", OCT1]),
    Q("once the midterm report is in, what's the next deadline?", "order", ["final report", DEC8], forbid=["Oct 1|October 1"]),
    Q("what's the 2nd milestone for the course project?", "order", ["proposal", OCT1], forbid=["Dec 8|December 8"]),
    Q("if it's the morning of December 1, how long do I have until the final report is due?", "order", [DEC8, "7 days|seven days|one week|1 week|a week"]),
    Q("how many weeks are there between the proposal deadline and the mid-term report deadline?", "order", ["5 weeks|five weeks|35 days|thirty-five days"]),

    # ------------------------------------------------------------------ property (13)
    Q("how long can the proposal be?", "property", ["2 pages|two pages|2-page|two-page|2 page"]),
    Q("page limit for mid-term report pls", "property", ["4 pages|four pages|4-page|four-page|4 page"]),
    Q("How many pages is the final report supposed to be?", "property", ["8 pages|eight pages|8-page|eight-page|8 page"]),
    Q("how long should our final project presentation be", "property", ["10-12|10–12|10 to 12|10 - 12|ten to twelve"]),
    Q("how big can project teams be?", "property", ["2|two", "3|three"]),
    Q("how long is each lecture session?", "property", ["75 min|1 hour 15|1h15|1 hr 15|hour and 15|hour and a quarter|3:15"]),
    Q("how many papers am I presenting over the semester", "property", ["2|two"]),
    Q("number of paper reviews we have to write?", "property", ["10|ten"]),
    Q("roughly how long should a blog post be?", "property", ["10 min|ten min|10-min|ten-min"]),
    Q("how many class sessions are there in total that have paper presentations?", "property", ["23|twenty-three|twenty three"]),
    Q("is there a required textbook i need to buy?", "property", ["no textbook|not|no required|papers"]),
    Q("in which weeks of the semester are the project presentations?", "property", ["14", "15"]),
    Q("can one of my 10 reviews be for a class where I'm one of the presenters?", "property", [NO + "|exclud"]),

    # ------------------------------------------------------------------ dates_words (10)
    Q("anything due december the eighth?", "dates_words", ["final report|final project report"]),
    Q("whats due the fifth of november", "dates_words", ["mid-term|midterm|mid term"]),
    Q("is there something due on the first of october?", "dates_words", ["proposal"]),
    Q("do we have to hand anything in by the seventeenth of september", "dates_words", ["team"]),
    Q("what's due on the first friday of october?", "dates_words", ["proposal", OCT1]),
    Q("first friday in november, is that a deadline for something?", "dates_words", ["mid-term|midterm|mid term", NOV5]),
    Q("what do we need to have done by the third friday of september?", "dates_words", ["team", SEP17]),
    Q("final report — is it due on the eighth or the tenth of december?", "dates_words", [DEC8 + "|eighth|8th"]),
    Q("is there a deadline on the tenth of december?", "dates_words", [DEC8]),
    Q("I'll be traveling from the third to the ninth of december. which project deadline falls in that window?", "dates_words", ["final report", DEC8]),

    # ------------------------------------------------------------------ relative (13)
    Q("I'm presenting on Thursday Oct 14, when are my slides due?", "relative", [NOON, OCT14], forbid=[OCT13]),
    Q("i present tues oct 12. when's my blog post due?", "relative", [OCT19]),
    Q("I'm reviewing the paper being presented on Thu Oct 21 — when does my review need to be in?", "relative", [OCT20]),
    Q("what's due in the next two weeks?", "relative", [SEP17]),
    Q("my presentation is on nov 4 (thursday). blog post deadline?", "relative", [NOV11]),
    Q("My review is for the Tuesday Sept 28 class. When is it due?", "relative", [SEP27]),
    Q("presenting tue nov 30 - what time and day do slides have to be submitted?", "relative", [NOON, NOV30]),
    Q("I presented on Thursday September 30. When's the blog post for that due?", "relative", [OCT7]),
    Q("is anything due before the end of this week?", "relative", [SEP17]),
    Q("how many days do I have left until the proposal is due?", "relative", ["18|eighteen"]),
    Q("how many days until the final report deadline from today?", "relative", ["86|eighty-six|eighty six"]),
    Q("The paper I'm writing a review for gets presented Thursday Nov 18. Due date for my review?", "relative", [NOV17]),
    Q("If I present Tue Oct 26, when are my slides due and when's the blog due?", "relative", [OCT26, NOON, NOV2]),

    # ------------------------------------------------------------------ yesno (14)  7 true, 7 false
    Q("proposal due oct 1, right?", "yesno", [YES, OCT1]),
    Q("the final report is 20% of the grade, correct?", "yesno", [YES, pct(20)]),
    Q("we're allowed a team of 3 for the project, yes?", "yesno", [YES, "3|three"]),
    Q("class is tuesdays and thursdays at 2pm right", "yesno", [YES, TWOPM]),
    Q("Just confirming: mid-term report due Friday Nov 5?", "yesno", [YES, NOV5]),
    Q("blog post is due a week after I present, is that right?", "yesno", [YES, "7 days|seven days|week"]),
    Q("reviews are worth 30% total, yeah?", "yesno", [YES, pct(30)]),
    Q("final report's due friday dec 3 right?", "yesno", [NO, DEC8], forbid=[DEC3]),
    Q("team formation deadline is sept 24 isn't it", "yesno", [NO, SEP17], forbid=[SEP24]),
    Q("the proposal can be up to 4 pages, correct?", "yesno", [NO, "2 pages|two pages|2-page|two-page|2 page"]),
    Q("reviews are due the morning of the class where the paper is presented, right?", "yesno", [NO, EOD + "|" + DAYBEFORE]),
    Q("the project presentation is 20 minutes long, right?", "yesno", [NO, "10-12|10–12|10 to 12|10 - 12|ten to twelve"], forbid=["20 min|20-min|twenty min"]),
    Q("we need to write 12 paper reviews total, is that right?", "yesno", [NO, "10|ten"], forbid=["12 reviews|twelve reviews"]),
    Q("an A starts at 93%, yes?", "yesno", [NO, pct(90)], forbid=["A starts at 93|A is 93|an A at 93"]),

    # ------------------------------------------------------------------ what_if (13)
    # 100 - 5*(1-0.80) = 100 - 1 = 99
    Q("if I get 80% on the proposal and full marks on everything else, what's my final grade?", "what_if", [num(99)]),
    # one review = 30/10 = 3 -> 100 - 3 = 97
    Q("I got a zero on one of my paper reviews. everything else perfect. final %?", "what_if", [num(97)], forbid=[pct(70)]),
    # midterm report 10% -> 100 - 10 = 90
    Q("What happens to my grade if I skip the midterm report entirely but ace everything else?", "what_if", [num(90)]),
    # one blog post = 10/2 = 5 -> 100 - 5 = 95 (A+)
    Q("forgot to submit one of my two blog posts (0 on it), rest is 100%. what grade do i end up with?", "what_if", [num(95)]),
    # one paper presentation = 20/2 = 10 -> 100 - 10 = 90
    Q("I bombed one of my paper presentations and got 0 for it. If everything else is perfect, what's my total?", "what_if", [num(90)], forbid=[pct(80)]),
    # reviews at 80%: 30*0.8 = 24; 70 + 24 = 94
    Q("if my reviews average out to 80% and I get full credit on all the rest, what's my overall?", "what_if", [num(94)], forbid=[pct(76)]),
    # project (40%) at 70% = 28; others 60; total 88 (A-)
    Q("suppose our project scores 70% on every part, and I get 100 on presentations, blogs and reviews. final grade and letter?", "what_if", [num(88), "A-|A minus"]),
    # three reviews missed: 3*3 = 9 -> 91
    Q("I missed 3 reviews (zeros) but everything else is full marks. where does that leave me?", "what_if", [num(91)], forbid=[pct(97), pct(70)]),
    # project 40% at 85 = 34; other 60% at 95 = 57; total 91
    Q("If I average 85% across all project parts and 95% on presentations, blog posts and reviews, what's my final percentage?", "what_if", [num(91)]),
    # no final report: 100 - 20 = 80 (B+)
    Q("what's the best I can possibly get if we never turn in the final report?", "what_if", [num(80), "B+|B plus"]),
    # project presentation 5%: 100 - 5 = 95 (A+)
    Q("got 0 on the final project presentation, everything else 100. what's my grade", "what_if", [num(95)], forbid=[pct(80)]),
    # 80 + 0.20*x >= 90  ->  x >= 50
    Q("I have 100% on everything except the final report. what's the minimum I need on the final report to finish with at least 90%?", "what_if", [num(50)]),
    # 18 + 9 + 27 + 5 + 8 + 16 + 5 = 88 (A-)
    Q("my scores as points of the total: presentations 18/20, blogs 9/10, reviews 27/30, proposal 5/5, midterm report 8/10, final report 16/20, project presentation 5/5. what's my letter grade?", "what_if", [num(88) + "|88", "A-|A minus"]),

    # ------------------------------------------------------------------ policy (13)
    Q("what percentage do I need for an A+?", "policy", [pct(95)]),
    Q("what's the range for a B+", "policy", ["80", "85"]),
    Q("is this class curved?", "policy", [NO]),
    Q("if the cutoffs get changed at the end could my letter grade go DOWN?", "policy", [NO]),
    Q("lowest percentage that still gets an A-?", "policy", [pct(85)]),
    Q("below what score do you fail the course", "policy", [pct(50)]),
    Q("what could happen if someone gets caught plagiarizing?", "policy", ["fail"]),
    Q("I have a religious holiday that clashes with a deadline. who do I tell and how early?", "policy", ["instructor", "two weeks|2 weeks|first two|first 2"]),
    Q("how do I arrange disability accommodations for this class?", "policy", ["DRES|Disability Resources"]),
    Q("I've suppressed my directory info under FERPA, do I need to do anything?", "policy", ["instructor|self-identify|identify"]),
    Q("what letter grade is 87%?", "policy", ["A-|A minus"]),
    Q("what letter would a 72 be", "policy", ["B-|B minus"]),
    Q("where can I get mental health support? I've been really stressed", "policy", ["Counseling Center|McKinley|217-333"]),

    # ------------------------------------------------------------------ multipart (8)
    Q("when's the proposal due and how long is it allowed to be?", "multipart", [OCT1, "2 pages|two pages|2-page|two-page|2 page"]),
    Q("midterm report: due date, weight, page limit?", "multipart", [NOV5, pct(10), "4 pages|four pages|4-page|four-page|4 page"]),
    Q("who's the TA and what's his email?", "multipart", ["Anant|Dadu", "adadu2@illinois.edu"]),
    Q("when and where does the class meet?", "multipart", [TUETHU, TWOPM, ZOOM]),
    Q("how many reviews do we write, and what are they worth altogether?", "multipart", ["10|ten", pct(30)]),
    Q("final report due date + how much it counts?", "multipart", [DEC8, pct(20)]),
    Q("How many people per project team, and by when must the team be set?", "multipart", ["2|two", SEP17]),
    Q("what's the cutoff for an A, and will there be a curve?", "multipart", [pct(90), NO]),

    # ------------------------------------------------------------------ story (8)
    Q("hey so I literally just added this class this morning after dropping another one and I'm kind of lost. "
      "I know there's a group project and I haven't talked to anybody yet. my advisor told me to find teammates asap. "
      "by when do I actually need to have a team locked in?", "story", [SEP17]),
    Q("Dear Professor, I hope you are doing well. I am a second-year PhD student and this fall I am juggling a conference submission "
      "alongside my coursework. I would like to plan my time around the course project. Could you please tell me when the project "
      "proposal is due and how long it should be? Thank you very much for your help.", "story", [OCT1, "2 pages|two pages|2-page|two-page|2 page"]),
    Q("ok so I signed up to present a paper on Thursday Oct 28. my co-presenter keeps saying the slides are due the night before, "
      "but I thought it was the same day. we're arguing about it lol. when exactly do the slides need to be in?", "story", [NOON, OCT28], forbid=[OCT27]),
    Q("My roommate took a similar seminar and told me the reviews barely matter so I can just skip a couple. "
      "I'm really swamped with TA duties so I'm thinking of skipping 2 of them. "
      "How much of my final grade would that cost me, assuming I get full credit on the others?", "story", [pct(6) + "|6 points|six percent|six points"]),
    Q("I work full time in Chicago and I'm taking this class remotely. some weeks I have a standing meeting in the early afternoon, "
      "so I need to figure out whether I can make lecture. what days and times is the lecture, and do I need to be on campus?", "story", [TUETHU, TWOPM, ZOOM]),
    Q("Our group has three people, me and two friends from my lab. Someone in the class Slack said project teams must be exactly two people "
      "and now we're worried we'll have to split up. Is a three person team allowed or not?", "story", [YES + "|allowed|can", "3|three"]),
    Q("Hello, english is not my first language, sorry. I will present a paper on Tuesday 9 November. I want to know "
      "when I must finish the blog post, and how long it should be. Thank you so much.", "story", [NOV16, "10 min|ten min|10-min|ten-min"]),
    Q("I was out sick most of last week and I'm trying to catch up on what the written deliverables look like. "
      "I'm starting to outline the mid-term report with my teammate. how many pages is it supposed to be, and do the references count toward that?", "story",
      ["4 pages|four pages|4-page|four-page|4 page", "not|don't|do not|excluding|plus|+|in addition"]),

    # ------------------------------------------------------------------ trap (8)
    Q("when's the LAST project deadline?", "trap", [DEC8], forbid=["Sept 17|Sep 17|September 17"]),
    Q("when is the midterm due?", "trap", [NOV5], forbid=["Oct 1|October 1|10/1"]),
    Q("how much is the final project presentation worth?", "trap", [pct(5)], forbid=[pct(20)]),
    Q("how many pages for the mid-term report?", "trap", ["4 pages|four pages|4-page|four-page|4 page"], forbid=["8 pages|eight pages|8-page"]),
    Q("what's the TA's email?", "trap", ["adadu2@illinois.edu"], forbid=["arindamb"]),
    Q("when are office hours", "trap", ["5:00|5 pm|5pm|5 p.m|17:00|5-6|5 to 6|5–6"], forbid=["3:15"]),
    Q("what time do I have to submit my presentation slides?", "trap", [NOON], forbid=["end of day|end-of-day|end of the day"]),
    Q("when are paper reviews due?", "trap", [EOD, DAYBEFORE], forbid=["noon"]),

    # ------------------------------------------------------------------ silent (33)
    Q("what's the late penalty for blog posts?", "silent", silent=True),
    Q("do we get any late days or grace period for reviews?", "silent", silent=True),
    Q("when are Anant's office hours?", "silent", silent=True),
    Q("are lectures recorded in case I miss one?", "silent", silent=True),
    Q("can someone send me the zoom link for lecture?", "silent", silent=True),
    Q("is there a required latex template for the final report, like neurips style?", "silent", silent=True),
    Q("can we attach an appendix to the proposal?", "silent", silent=True),
    Q("what font size and margins should the reviews use?", "silent", silent=True),
    Q("what are the prereqs for cs598 dgdm? do I need to have taken deep learning?", "silent", silent=True),
    Q("can I audit this course?", "silent", silent=True),
    Q("how do papers get assigned to presenters - do we pick them ourselves?", "silent", silent=True),
    Q("is it ok if the course project overlaps with my thesis research?", "silent", silent=True),
    Q("does the lowest review score get dropped?", "silent", silent=True),
    Q("any extra credit opportunities?", "silent", silent=True),
    Q("is attendance taken in lecture?", "silent", silent=True),
    Q("do we have to submit code along with the final report?", "silent", silent=True),
    Q("do we have to use pytorch for the project or is tensorflow/jax fine?", "silent", silent=True),
    Q("how many credit hours is this course?", "silent", silent=True),
    Q("can undergrads register for this?", "silent", silent=True),
    Q("how do I request a regrade on a review?", "silent", silent=True),
    Q("can I publish my blog post on medium or my own website?", "silent", silent=True),
    Q("what happens if my project partner drops the course halfway through?", "silent", silent=True),
    Q("can I swap my presentation slot with a classmate?", "silent", silent=True),
    Q("will the course provide GPUs or cloud credits for the project?", "silent", silent=True),
    Q("is there class during thanksgiving week?", "silent", silent=True),
    Q("on which exact day do we give our final project presentation?", "silent", silent=True),
    Q("is there a grading rubric for the final report?", "silent", silent=True),
    Q("can I submit my reviews handwritten and scanned?", "silent", silent=True),
    Q("what's the penalty if the final report goes one page over the limit?", "silent", silent=True),
    Q("can I switch to a different team after the team deadline has passed?", "silent", silent=True),
    Q("where is Prof Banerjee's office on campus if I want to drop by in person?", "silent", silent=True),
    Q("when will the schedule of who presents which paper be released?", "silent", silent=True),
    Q("which citation style should we use in reports, IEEE or APA?", "silent", silent=True),

    # ------------------------------------------------------------------ off_topic (8)
    Q("what's the weather gonna be like in champaign tomorrow?", "off_topic", silent=True),
    Q("when is the CS 446 midterm exam?", "off_topic", silent=True),
    Q("tell me a joke about GANs", "off_topic", silent=True),
    Q("best pizza place near green street?", "off_topic", silent=True),
    Q("who won the illini game on saturday", "off_topic", silent=True),
    Q("can you translate 'good morning' into french for me", "off_topic", silent=True),
    Q("should I buy tesla stock right now?", "off_topic", silent=True),
    Q("how do I renew my parking permit at UIUC?", "off_topic", silent=True),
]

if __name__ == "__main__":
    from collections import Counter
    c = Counter(x["category"] for x in QUESTIONS)
    for k, v in c.items():
        print(k, v)
    print("total", len(QUESTIONS))
