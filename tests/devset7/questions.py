# ruff: noqa
# A copy of /work/devset7/questions.py (the seventh development set, 220 questions written from the
# syllabus only by a writer who saw neither the code nor the other sets; may be tuned on).
# Before tuning (engine at main c50a03b, the set as written): 199/220 (90.5 %), 0 wrong facts,
# 4 silent questions answered; by category: lookup 14/14, sum 11/14, order 18/20, property 15/16,
# dates_words 10/12, relative 15/16, yesno 15/16, what_if 13/16, policy 15/16, multipart 9/10,
# story 8/10, trap 10/10, silent 36/40, off_topic 10/10.
"""devset7: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}

def pct(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent"

# ---- dates (2021) ----
SEP17 = "Sep 17|Sept 17|September 17|9/17|17 Sep|17th of Sep|seventeenth"
OCT1 = "Oct 1|October 1|10/1|1 Oct|1st of Oct|first of October"
NOV5 = "Nov 5|November 5|11/5|5 Nov|5th of Nov|fifth of November"
DEC8 = "Dec 8|December 8|12/8|8 Dec|8th of Dec|eighth of December"
SEP16 = "Sep 16|Sept 16|September 16|9/16|16 Sep"
SEP20 = "Sep 20|Sept 20|September 20|9/20|20 Sep"
SEP23 = "Sep 23|Sept 23|September 23|9/23|23 Sep"
SEP30 = "Sep 30|Sept 30|September 30|9/30|30 Sep"
OCT7 = "Oct 7|October 7|10/7|7 Oct"
OCT12 = "Oct 12|October 12|10/12|12 Oct"
OCT13 = "Oct 13|October 13|10/13|13 Oct"
OCT19 = "Oct 19|October 19|10/19|19 Oct"
OCT21 = "Oct 21|October 21|10/21|21 Oct"
OCT28 = "Oct 28|October 28|10/28|28 Oct"
NOV2 = "Nov 2|November 2|11/2|2 Nov"
NOV3 = "Nov 3|November 3|11/3|3 Nov"
NOV4 = "Nov 4|November 4|11/4|4 Nov"
NOV15 = "Nov 15|November 15|11/15|15 Nov"

# ---- wrong dates used only in forbid ----
NOV12 = "Nov 12|November 12|11/12"
SEP24 = "Sep 24|Sept 24|September 24|9/24"
DEC10 = "Dec 10|December 10|12/10"
OCT15 = "Oct 15|October 15|10/15"
OCT22 = "Oct 22|October 22|10/22"

# ---- other helpers ----
YES = "yes|yep|correct|right|indeed|that's true"
NO = "no|not|nope|incorrect|actually|isn't"
FRI = "Fri|Friday"
WED = "Wed|Wednesday"
TUE = "Tue|Tuesday"
THU = "Thu|Thursday"
NOON = "noon|12:00|12 pm|12pm|midday"
EOD = "end of day|end-of-day|end of the day|11:59|midnight|day before|the day prior|the evening before"
CLASS_START = "2:00|2 pm|2pm|2:00pm|14:00"
CLASS_END = "3:15|15:15"
OH_TIME = "5:00|5 pm|5pm|5-6|5 - 6|5 – 6|17:00"
ZOOM = "zoom"
TWO = "2|two"
THREE = "3|three"
FOUR = "4|four"
EIGHT = "8|eight"
TEN = "10|ten"
MINS_10_12 = "10-12|10–12|10 - 12|10 to 12|10 and 12|ten to twelve"
TEN_MIN_READ = "10 min|10-min|ten min|10 minute|ten-minute|10-minute"
PROPOSAL = "proposal"
MIDTERM_REPORT = "mid-term report|midterm report|mid term report|mid-term|midterm"
FINAL_REPORT = "final report|final project report|final"
TEAM = "team"
INSTR_EMAIL = "arindamb@illinois.edu"
TA_EMAIL = "adadu2@illinois.edu"
CURVE_NO = "no general curve|no curve|not be curved|won't be curved|will not be curved|no curve-fitting|no general curve-fitting|not curve|no curving|won't curve|will not curve"

QUESTIONS = [
    # =====================================================================
    # lookup (14)
    # =====================================================================
    Q("when is the project proposal due", "lookup", [OCT1]),
    Q("midterm report deadline??", "lookup", [NOV5]),
    Q("hey, what day do we hand in the final project report?", "lookup", [DEC8]),
    Q("by when do we have to have our project groups formed", "lookup", [SEP17]),
    Q("what time does lecture start and end", "lookup", [CLASS_START, CLASS_END]),
    Q("how much of the grade are the paper reviews", "lookup", [pct(30)]),
    Q("final report weight?", "lookup", [pct(20)]),
    Q("when are prof banerjee's office hours", "lookup", [OH_TIME]),
    Q("whats the instructors email adress", "lookup", [INSTR_EMAIL]),
    Q("who is the TA for this class?", "lookup", ["Anant|Dadu"]),
    Q("blogpost percentage of final grade pls", "lookup", [pct(10)]),
    Q("how many percent do the paper presentations count", "lookup", [pct(20)]),
    Q("proposal is worth how much", "lookup", [pct(5)]),
    Q("what is the TA email", "lookup", [TA_EMAIL]),

    # =====================================================================
    # sum (14)
    # =====================================================================
    Q("proposal and midterm report together are worth what %?", "sum", [pct(15)]),
    Q("paper presentations plus the blog posts combined = ?", "sum", [pct(30)]),
    Q("How much is the whole project worth in total (all the project parts)?", "sum", [pct(40)]),
    Q("what's a single paper review worth", "sum", [pct(3)]),
    Q("each of my two paper presentations counts for how much?", "sum", [pct(10)]),
    Q("one blog post = how many percent of the grade", "sum", [pct(5)]),
    Q("how much is everything except the project", "sum", [pct(60)]),
    Q("if you add up the three written project reports (proposal, mid-term, final), what share of the grade is that?", "sum", [pct(35)]),
    Q("final report + project presentation, total weight?", "sum", [pct(25)]),
    Q("reviews and blogs combined how much", "sum", [pct(40)]),
    Q("what fraction of the grade is NOT the final report", "sum", [pct(80)]),
    Q("how many percent are two reviews worth together", "sum", [pct(6)]),
    Q("one paper presentation together with the blog post that goes with it, how much is that worth?", "sum", [pct(15)]),
    Q("counting only the core pages (no refs/appendix), how many pages do proposal + midterm + final add up to?", "sum", ["14|fourteen"]),

    # =====================================================================
    # order (20)   now = Mon Sep 13 2021, 9:00 Central
    # =====================================================================
    Q("whats the next project deadline coming up?", "order", [SEP17, TEAM], forbid=[DEC8]),
    Q("after the proposal, what's the next project thing due?", "order", [MIDTERM_REPORT, NOV5], forbid=[SEP17]),
    Q("what is due right before the final report", "order", [MIDTERM_REPORT, NOV5], forbid=[SEP17]),
    Q("can you list all the project deadlines in order", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("it's Oct 20 now, what's the next project deadline?", "order", [NOV5], forbid=[SEP17]),
    Q("today is Nov 10. what project stuff is still left?", "order", [FINAL_REPORT, DEC8], forbid=[SEP17]),
    Q("and what comes after the midterm report?", "order", [FINAL_REPORT, DEC8], forbid=[SEP17]),
    Q("which topic comes right after intro to generative models?", "order", ["auto-regressive|autoregressive|auto regressive"]),
    Q("what do we cover after VAEs", "order", ["normalizing flow|normalising flow"]),
    Q("what's the topic just before neural differential equations?", "order", ["generative adversarial|GAN"]),
    Q("last lecture topic before the project presentations start?", "order", ["operator|physics"]),
    Q("what topic starts in week 11", "order", ["neural differential|neural ODE|differential equation"]),
    Q("can u give me the list of course topics in the order we do them", "order", ["auto-regressive|autoregressive", "variational|VAE", "normalizing|normalising", "adversarial|GAN", "differential", "score"]),
    Q("ok it's december 1st. anything project-related still due?", "order", [FINAL_REPORT, DEC8], forbid=[SEP17]),
    Q("once teams are locked in, what's the next deadline after that?", "order", [PROPOSAL, OCT1], forbid=[DEC8]),
    Q("It is Sept 20. What is my next project milestone?", "order", [PROPOSAL, OCT1], forbid=[SEP17]),
    Q("which is due first, midterm report or the proposal?", "order", [PROPOSAL, OCT1]),
    Q("how many project deadlines do we still have left as of today", "order", [FOUR]),
    Q("it's October 2nd — how many project deadlines remain and what are they?", "order", [TWO, NOV5, DEC8], forbid=[SEP17]),
    Q("which do we get to first in the course, score-based models or neural ODEs?", "order", ["neural differential|neural ODE|differential equation"]),

    # =====================================================================
    # property (16)
    # =====================================================================
    Q("how many pages can the proposal be", "property", [TWO]),
    Q("page limit for midterm report?", "property", [FOUR]),
    Q("how long is the final report supposed to be", "property", [EIGHT]),
    Q("how big are project teams?", "property", [TWO, THREE]),
    Q("how long does our final project presentation need to be", "property", [MINS_10_12]),
    Q("how long should the blog post be?", "property", [TEN_MIN_READ]),
    Q("how long is each class session", "property", ["75|1 hour 15|1h15|1 hr 15|hour and 15|hour and a quarter|hour and fifteen|1:15"]),
    Q("how many times a week do we meet", "property", ["2|two|twice", TUE, THU]),
    Q("how many paper reviews do i need to write for the whole semester", "property", [TEN]),
    Q("how many times do I have to present a paper", "property", [TWO]),
    Q("how many ppl present per class?", "property", [TWO, THREE]),
    Q("how many class sessions are there in total", "property", ["23|twenty-three|twenty three"]),
    Q("what's the length requirement for a paper review", "property", [FOUR]),
    Q("do references count towards the 2 page limit of the proposal?", "property", ["not|no|excluding|exclude|plus|in addition|extra|separate|on top"]),
    Q("is there a textbook for this course", "property", ["no|not", "paper"]),
    Q("is the project presentation done in class or do we send a recording", "property", ["in class|in-class|during class"]),

    # =====================================================================
    # dates_words (12)
    # =====================================================================
    Q("is anything due on the eighth of december?", "dates_words", [FINAL_REPORT]),
    Q("what's due on the first of October", "dates_words", [PROPOSAL]),
    Q("the fifth of november, what's due that day?", "dates_words", [MIDTERM_REPORT]),
    Q("what happens on the seventeenth of september for the project", "dates_words", [TEAM]),
    Q("is the final report due on the tenth of december?", "dates_words", [NO, DEC8], forbid=[DEC10]),
    Q("midterm report: fifth of november or the twelfth?", "dates_words", [NOV5], forbid=[NOV12]),
    Q("teams need to be set by the seventeenth, yes?", "dates_words", [YES]),
    Q("what weekday is the first of october, when the proposal's due?", "dates_words", [FRI]),
    Q("the mid term report is due on the fifth of november which is a friday right", "dates_words", [YES]),
    Q("final report on the eighth of december — is that a wednesday?", "dates_words", [YES, WED]),
    Q("is the midterm report due on the twenty-second of october?", "dates_words", [NO, NOV5], forbid=[OCT22]),
    Q("proposal due the fifteenth of october?", "dates_words", [NO, OCT1], forbid=[OCT15]),

    # =====================================================================
    # relative (16)
    # =====================================================================
    Q("I present on Tue Oct 12: when is my blog post due?", "relative", [OCT19]),
    Q("my presentation is tuesday october 12. when do my slides have to be in?", "relative", [NOON, OCT12]),
    Q("I'm reviewing the paper presented on Thursday Oct 14, when is my review due?", "relative", [OCT13]),
    Q("presenting on sept 30, so the blog is due when?", "relative", [OCT7]),
    Q("what's due in the next two weeks?", "relative", [SEP17], forbid=[DEC8]),
    Q("what project deadlines are in the next 3 weeks", "relative", [SEP17, OCT1], forbid=[DEC8]),
    Q("how many days until the proposal is due", "relative", ["18|eighteen|17|seventeen"]),
    Q("how many days do I have left until the final report deadline", "relative", ["86|85|eighty-six|eighty six"]),
    Q("I'm writing a review for the thursday Nov 4 class, when does it need to be in?", "relative", [NOV3]),
    Q("My presentation is Thursday Oct 21. When do I upload slides, and when's my blog post due?", "relative", [NOON, OCT28]),
    Q("it's Oct 20 today, how many days till the midterm report is due?", "relative", ["16|sixteen"]),
    Q("reviewing the paper for tuesday sep 21, whats my deadline", "relative", [SEP20]),
    Q("i'm one of the presenters this thursday (sep 16). when's my blog due?", "relative", [SEP23]),
    Q("when's the review due for the Nov 16 class?", "relative", [NOV15]),
    Q("is anything for the project due this week?", "relative", [SEP17, TEAM]),
    Q("I got assigned Oct 5 and Oct 28 for my two presentations. When are my two blog posts due?", "relative", ["Oct 12|October 12|10/12|12 Oct", "Nov 4|November 4|11/4|4 Nov"]),

    # =====================================================================
    # yesno (16): 8 true, 8 false
    # =====================================================================
    Q("the proposal is due oct 1, right?", "yesno", [YES, OCT1]),
    Q("teams have to be formed by Sept 17 correct?", "yesno", [YES, SEP17]),
    Q("final report is due wednesday dec 8, yes?", "yesno", [YES, DEC8]),
    Q("class is tue and thu at 2pm right?", "yesno", [YES, CLASS_START]),
    Q("reviews are 30% of the grade, correct?", "yesno", [YES, pct(30)]),
    Q("blog post is due a week after we present, right?", "yesno", [YES, "7 days|seven days|a week|one week|1 week"]),
    Q("the final report is 8 pages not counting refs and appendix, is that right?", "yesno", [YES, EIGHT]),
    Q("we can have 3 people on a project team, right?", "yesno", [YES, THREE]),
    Q("midterm report is due Nov 12, right?", "yesno", [NO, NOV5], forbid=[NOV12]),
    Q("the final report is worth 30%, yeah?", "yesno", [NO, pct(20)]),
    Q("the proposal is 4 pages right", "yesno", [NO, TWO]),
    Q("class meets in person in Siebel, correct?", "yesno", [NO, ZOOM]),
    Q("paper reviews are due the day after the presentation right?", "yesno", [NO, "before"]),
    Q("the project presentation is 20 minutes, right?", "yesno", [NO, MINS_10_12]),
    Q("we need to buy the textbook for this course, right?", "yesno", [NO, "paper"]),
    Q("team formation deadline is Sept 24 isn't it?", "yesno", [NO, SEP17], forbid=[SEP24]),

    # =====================================================================
    # what_if (16)
    # weights: presentations 20 (2 x 10), blogs 10 (2 x 5), reviews 30 (10 x 3),
    # proposal 5, midterm report 10, final report 20, project presentation 5
    # =====================================================================
    # 100 - 5*(1-0.80) = 100 - 1 = 99
    Q("if I get 80 on the proposal and full marks on everything else, what's my grade?", "what_if", ["99"], forbid=["96%|84%"]),
    # one review = 3%; 100 - 3 = 97
    Q("I got a zero on one review but 100 on everything else. what's my overall?", "what_if", ["97"], forbid=["70%"]),
    # blogs = 10%; 100 - 10 = 90
    Q("say I skip both blog posts entirely and ace everything else, where do I end up?", "what_if", ["90"]),
    # final report 20%; 100 - 20*0.30 = 100 - 6 = 94
    Q("what if i get a 70 on the final report but perfect scores on all other stuff", "what_if", ["94"], forbid=["86%"]),
    # midterm report 10%; 100 - 10*0.5 = 95
    Q("hypothetically: 50% on the midterm report, 100 on everything else. final percentage?", "what_if", ["95"]),
    # non-project 60% at 90 -> 54; project 40% at 100 -> 40; total 94
    Q("If I average 90 on all the paper stuff (presentations, blogs, reviews) and get 100 on every project component, what's my total?", "what_if", ["94"]),
    # reviews 30% at 85 -> 25.5; rest 70 -> total 95.5
    Q("I'm getting about 85 on every review. if everything else is 100 what would my final number be?", "what_if", ["95.5|95,5"]),
    # 2 reviews missed = 2 * 3 = 6; 100 - 6 = 94
    Q("I missed two reviews (zeros). Everything else perfect. what's my grade out of 100?", "what_if", ["94"]),
    # project presentation 5%; 100 - 5 = 95
    Q("worst case I bomb the project presentation and get 0 on it, but full marks elsewhere — what's my percentage?", "what_if", ["95"]),
    # presentations 20*0.8 = 16; blogs 10*0.9 = 9; rest 70 -> 16 + 9 + 70 = 95
    Q("Suppose I score 80 on my paper presentations, 90 on my blog posts, and 100 on all the rest. Overall?", "what_if", ["95"]),
    # no final report: 100 - 20 = 80 -> B+ (>=80 & <85)
    Q("if i just don't turn in the final report at all but everything else is perfect, what's the best grade I can get", "what_if", ["80", "B+"]),
    # final 20*0.6 = 12 (lose 8); midterm 10*0.7 = 7 (lose 3); 100 - 11 = 89 -> A- (>=85 & <90)
    Q("60 on the final report and 70 on the midterm report, 100 on everything else: what number and what letter?", "what_if", ["89", "A-|A minus"]),
    # project 40*0.8 = 32; rest 60 -> 92 -> A (>=90 & <95)
    Q("if my team gets 80 on every project component and I get full credit on presentations, blogs and reviews, what do I end with?", "what_if", ["92"]),
    # one paper presentation = 10%; 50% of it -> lose 5; 100 - 5 = 95
    Q("one of my two paper presentations went badly, got a 50 on it. other presentation and everything else 100. overall?", "what_if", ["95"]),
    # need total 90 with everything else 100 -> may lose 10 of the 20 final-report points -> need 50 on final report
    Q("what's the minimum I need on the final report to still have 90 overall if I have 100 on everything else?", "what_if", ["50"]),
    # 90 on everything -> 90 overall -> A (>=90 & <95)
    Q("if I get exactly 90 on every single component what's my course percentage?", "what_if", ["90"]),

    # =====================================================================
    # policy (16)
    # =====================================================================
    Q("what do I need for an A+", "policy", ["95"]),
    Q("what's the cutoff for an A", "policy", ["90"]),
    Q("what range is a B-?", "policy", ["70", "75"]),
    Q("if I finish with 87% what letter grade is that", "policy", ["A-|A minus"]),
    Q("82 percent overall, what letter?", "policy", ["B+|B plus"]),
    Q("what letter would a 57 be", "policy", ["C-|C minus"]),
    Q("67% = what grade", "policy", ["C+|C plus"]),
    Q("is this class curved?", "policy", [CURVE_NO]),
    Q("if the cutoffs get changed, could my letter grade go down?", "policy", ["not|no|won't|will not"]),
    Q("below what percentage do you fail", "policy", ["50"]),
    Q("what happens if someone gets caught cheating", "policy", ["fail"]),
    Q("I have a religious holiday that clashes with a deadline, what do I do?", "policy", ["instructor", "two weeks|2 weeks|first two|first 2"]),
    Q("who do I contact for disability accommodations", "policy", ["DRES|Disability Resources"]),
    Q("I've suppressed my directory info under FERPA, anything I need to do?", "policy", ["instructor"]),
    Q("which part of the student code covers academic integrity", "policy", ["Article 1", "Part 4"]),
    Q("not sure if something counts as plagiarism, who should i ask?", "policy", ["instructor"]),

    # =====================================================================
    # multipart (10)
    # =====================================================================
    Q("when is the proposal due and how many pages?", "multipart", [OCT1, TWO]),
    Q("what's the final report worth and when's it due", "multipart", [pct(20), DEC8]),
    Q("how many people per team? and when do teams need to be decided?", "multipart", [TWO, SEP17]),
    Q("what days is class, what time, and where?", "multipart", [TUE, THU, CLASS_START, ZOOM]),
    Q("how many reviews do we write, how much are they worth total, and how much is one?", "multipart", [TEN, pct(30), pct(3)]),
    Q("for the blog post: how long, when due, and how much of the grade?", "multipart", [TEN_MIN_READ, "7 days|seven days|a week|one week|1 week", pct(10)]),
    Q("what's prof banerjee's email and when are his office hours", "multipart", [INSTR_EMAIL, OH_TIME]),
    Q("midterm report - date, page limit, weight?", "multipart", [NOV5, FOUR, pct(10)]),
    Q("what score gets an A+ and is there any curving?", "multipart", ["95", CURVE_NO]),
    Q("project presentation: how long does it have to be and what's it worth?", "multipart", [MINS_10_12, pct(5)]),

    # =====================================================================
    # story (10)
    # =====================================================================
    Q("Hi! So I just added this class late and I'm still catching up on everything. I've been talking to two people from my lab about doing the project together, and we're pretty excited about doing something with normalizing flows. But I'm not sure how much time we have. When do we need to have the team officially sorted out?", "story", [SEP17]),
    Q("hello, I am international student and english is not my first language, sorry. I am very worry about the writing parts of this course. My friend tell me the final report is very long. Please how many pages is final report, and the references is count or not?", "story", [EIGHT, "not|no|excluding|exclude|plus|in addition|extra|separate|on top"]),
    Q("Dear TA, I hope this message finds you well. I have been assigned to present a paper on Tuesday, October 12, together with one other classmate. We are preparing the slides now and I wanted to confirm the logistics. By what time on that day must the slides be submitted? Thank you very much.", "story", [NOON]),
    Q("ugh this week is insane, I have two other project deadlines and a quals exam. I'm trying to plan out the rest of the semester so I don't die. for this class, what's the very next thing due for the project after the team thing?", "story", [PROPOSAL, OCT1]),
    Q("So my roommate took a different 598 last year and he said the grades there were curved a lot at the end, so nobody stressed about the cutoffs. I'm kind of counting on that here too honestly. Is this course going to curve the final grades?", "story", [CURVE_NO]),
    Q("I'm a part-time student working full time, so I can only really make it to things after 5. I know lectures are during the day and I'll watch what I can, but I really want to ask the professor questions live. When exactly are the instructor's office hours and how are they held?", "story", [OH_TIME, ZOOM]),
    Q("Hey, our group has been going back and forth on this. One person thinks the midterm report is basically the same as the proposal, just a bit longer, and the other thinks it's worth way more. I'm the one who has to plan our time, so: how much is the midterm report worth compared to the proposal?", "story", [pct(10), pct(5)]),
    Q("I present with two other students on Thursday October 14, and then I'm supposed to write the blog post. Last semester in another class the blog was due the same night, which was brutal. Please tell me it's not the same here — when exactly is the blog due for me?", "story", [OCT21]),
    Q("Quick context: I'm trying to budget my reading time. I know we do reviews and a couple of presentations, and there are a lot of classes on the schedule. I just need to know how many reviews I'm on the hook for total, and whether the classes I present count toward that.", "story", [TEN, "exclud|not count|don't count|doesn't count|do not count|not includ|separate|other than"]),
    Q("I'm trying to get my thesis defense scheduled and my advisor wants to know when I'm completely done with coursework deliverables for this class. I know there are project presentations near the end but I mean the last written thing. What's the last written deadline for the project?", "story", [FINAL_REPORT, DEC8], forbid=[SEP17]),

    # =====================================================================
    # trap (10)
    # =====================================================================
    Q("what's the LAST project deadline, not the first one", "trap", [DEC8], forbid=[SEP17]),
    Q("when's the midterm REPORT due (I know when the proposal is)", "trap", [NOV5], forbid=[DEC8]),
    Q("how much is the PROJECT presentation worth — not the paper presentations", "trap", [pct(5)]),
    Q("how much are the paper presentations worth? not the project one", "trap", [pct(20)]),
    Q("what's the page limit on the FINAL report specifically", "trap", [EIGHT]),
    Q("what's the very first project deadline", "trap", [SEP17], forbid=[DEC8]),
    Q("when are presentation slides due (not reviews)", "trap", [NOON]),
    Q("how long is the project presentation in minutes? (not the blog read time)", "trap", [MINS_10_12]),
    Q("how much is the mid-term REPORT worth, not the proposal", "trap", [pct(10)]),
    Q("what time are the instructor's office hours (not lecture time)", "trap", [OH_TIME], forbid=["3:15|15:15"]),

    # =====================================================================
    # silent (40): not stated in the syllabus
    # =====================================================================
    # -- look answerable --
    Q("what time on Oct 1 is the proposal due? 11:59pm?", "silent", silent=True),
    Q("what's the late penalty for the midterm report", "silent", silent=True),
    Q("when are the TA's office hours?", "silent", silent=True),
    Q("what font size and margins for the final report", "silent", silent=True),
    Q("how many papers do we review per class", "silent", silent=True),
    Q("what's the zoom link for lecture", "silent", silent=True),
    Q("what's the grading rubric for the paper reviews", "silent", silent=True),
    Q("how many points off per day if my review is late", "silent", silent=True),
    Q("can the proposal be a video?", "silent", silent=True),
    Q("do we have to use the NeurIPS latex template for the reports?", "silent", silent=True),
    Q("is attendance taken in lecture?", "silent", silent=True),
    Q("does the lowest review score get dropped?", "silent", silent=True),
    Q("is there any extra credit?", "silent", silent=True),
    Q("can the two presenters of the same class co-write one blog post?", "silent", silent=True),
    Q("what timezone are deadlines in", "silent", silent=True),
    Q("what time is the final report due on the due date", "silent", silent=True),
    Q("where's the TA office hour held?", "silent", silent=True),
    Q("how do we sign up for paper presentation slots?", "silent", silent=True),
    Q("can I swap my presentation day with a classmate", "silent", silent=True),
    Q("what is the url of the class webpage with the papers", "silent", silent=True),
    # -- other unstated things --
    Q("will the lectures be recorded", "silent", silent=True),
    Q("what are the prerequisites for this course?", "silent", silent=True),
    Q("how many credit hours is cs598 DGD", "silent", silent=True),
    Q("can I take this course credit/no credit", "silent", silent=True),
    Q("what programming language should we use for the project", "silent", silent=True),
    Q("can I reuse my project from another class?", "silent", silent=True),
    Q("how do regrade requests work", "silent", silent=True),
    Q("can I get an extension on the midterm report if I'm sick?", "silent", silent=True),
    Q("what happens if my teammate drops the course?", "silent", silent=True),
    Q("will the lecture slides be posted somewhere?", "silent", silent=True),
    Q("does the final report need to include a link to our code?", "silent", silent=True),
    Q("is the proposal graded pass/fail or on a scale", "silent", silent=True),
    Q("can we change our project topic after submitting the proposal?", "silent", silent=True),
    Q("do reviews need to be submitted as pdf or can it be google doc", "silent", silent=True),
    Q("does the blog have to be published publicly like on medium?", "silent", silent=True),
    Q("how do we register our team, who do we email?", "silent", silent=True),
    Q("can undergrads take this class?", "silent", silent=True),
    Q("can I submit a review late for partial credit?", "silent", silent=True),
    Q("which specific papers are we reading in week 5?", "silent", silent=True),
    Q("is using github copilot allowed for the project code?", "silent", silent=True),

    # =====================================================================
    # off_topic (10)
    # =====================================================================
    Q("what's the weather gonna be like in champaign tomorrow", "off_topic", silent=True),
    Q("when is the CS 446 midterm?", "off_topic", silent=True),
    Q("tell me a joke about GANs lol", "off_topic", silent=True),
    Q("whats a good pizza place near campus", "off_topic", silent=True),
    Q("who won the illini game saturday?", "off_topic", silent=True),
    Q("can you help me debug my pytorch CUDA out of memory error", "off_topic", silent=True),
    Q("how do I apply for an on-campus job?", "off_topic", silent=True),
    Q("what's the best laptop for grad school", "off_topic", silent=True),
    Q("write me a poem about my cat", "off_topic", silent=True),
    Q("when does spring 2022 registration open?", "off_topic", silent=True),
]
