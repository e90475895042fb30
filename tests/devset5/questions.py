# ruff: noqa
# A copy of /work/devset5/questions.py (the fifth development set, written by someone who never
# saw the code; may be tuned on), kept so tests/devset_score.py runs without /work/devset5.
# Before tuning (engine at main 14f6f34, answers5 and safety6 merged; the set as written):
# 222/260 (85.4 %), 1 wrong fact, 5 silent questions answered; by category: lookup 10/12,
# sum 7/16, order 23/24, property 17/18, dates_words 11/14, relative 18/20, yesno 14/16,
# what_if 13/18, policy 17/20, multipart 10/10, story 11/12, typos 10/10, trap 6/10,
# silent 45/50, off_topic 10/10. (Before answers5, at 5b2059a: 217/260.)
# After the answers6 round: 259/260 (99.6 %), 0 wrong facts, 0 silent questions answered (the
# miss: "things I present out loud" is read by the safety layer as a privacy concern).
"""devset5: development question set for CS 598 Fall 2021 course bot, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}


def pct(n):
    return f"{n}%|{n} %|{n} percent|{n} per cent|{n}pct"


# fixed key dates (all 2021)
SEP17 = "Sep 17|Sept 17|September 17|9/17|17 Sep"
OCT1 = "Oct 1|October 1|10/1|1 Oct"
NOV5 = "Nov 5|November 5|11/5|5 Nov"
DEC8 = "Dec 8|December 8|12/8|8 Dec"
# forbid-safe versions (no prefix collisions)
SEP17_F = "Sep 17|Sept 17|September 17"
NOV5_F = "Nov 5|November 5"
DEC8_F = "Dec 8|December 8"

TEAM = "team"
PROPOSAL = "proposal"
MIDTERM = "mid-term|midterm|mid term"
FINAL = "final report|final project report|final write-up|final writeup"
NOON = "noon|12 pm|12pm|12:00|midday|12 p.m"
REVIEW_DUE = "day before|end of day|end-of-day|end of the day|night before|evening before|previous day|prior day|eod"
WEEK_AFTER = "7 days|seven days|one week|a week|1 week|week after"
YES = "yes|yep|yeah|correct|right|indeed|exactly|that's true|true"
NO = "no|not|nope|incorrect|actually|isn't|wrong"
ZOOM = "zoom"
TUE_THU = "Tue|Tuesday"
TWO = "2|two"
THREE = "3|three"
APLUS = "A+|A +|A plus"
AMINUS = "A-|A−|A –|A minus"
BPLUS = "B+|B +|B plus"
CMINUS = "C-|C−|C –|C minus"
DGRADE = "grade of D|letter D|D grade|D range|a D|\"D\"|'D'|D (|D."
CURVE = "no general curve|no curve|not curve|won't be curved|not be curved|no curving|not graded on a curve|isn't curved|not curved|no general|won't curve|will not curve"
FGRADE = "fail|an F|grade of F|letter F|F grade|\"F\"|'F'|F (|F."

QUESTIONS = [
    # ------------------------------------------------------------------ lookup (12)
    Q("proposal due?", "lookup", [OCT1]),
    Q("When we must give the mid-term report for project? I am not sure about the date.", "lookup", [NOV5]),
    Q("final report deadline pls", "lookup", [DEC8]),
    Q("what percent is presenting papers in class worth, not counting the blog posts?", "lookup", [pct(20)]),
    Q("what's the weight of the blog posts?", "lookup", [pct(10)]),
    Q("How much is the project proposal worth in my final grade?", "lookup", [pct(5)]),
    Q("what percent of the course grade is the final project report", "lookup", [pct(20)]),
    Q("how much does the mid-term report count for", "lookup", [pct(10)]),
    Q("by when do my paper reviews need to be submitted?", "lookup", [REVIEW_DUE]),
    Q("when do presenters have to send in their slides?", "lookup", [NOON]),
    Q("what's the minimum overall percentage for a plain A?", "lookup", ["90"]),
    Q("what is the professor's email address?", "lookup", ["arindamb@illinois.edu"]),

    # ------------------------------------------------------------------ sum (16)
    Q("blog posts and paper reviews combined - what fraction of the grade is that?", "sum", [pct(40)]),
    Q("Since we present twice, how much is a single one of my presentations worth?", "sum", [pct(10)], ["20% each|20 % each|20 percent each|each worth 20|each is worth 20|20% per presentation"]),
    Q("how many percent is one individual paper review worth?", "sum", ["3%|3 %|3 percent|three percent|3 per cent"]),
    Q("what is the whole course project worth altogether (proposal, reports, presentation)?", "sum", [pct(40)]),
    Q("if I add up only the three written project documents (proposal, mid-term, final), what's the total weight?", "sum", [pct(35)]),
    Q("everything connected to the paper presentations, i.e. the talks plus the blog posts, adds up to how much?", "sum", [pct(30)]),
    Q("how much of the grade is NOT from the project?", "sum", [pct(60)]),
    Q("what is just one blog post worth?", "sum", [pct(5)], ["10% each|10 % each|10 percent each|each worth 10|each is worth 10|10% per blog"]),
    Q("proposal + mid-term report together are worth?", "sum", [pct(15)]),
    Q("How much do the final report and the final project presentation add up to?", "sum", [pct(25)]),
    Q("If I skip one paper review, how many points of my final grade do I lose?", "sum", ["3%|3 %|3 percent|3 points|three percent|three points|3 percentage"]),
    Q("in total how many classes will I either present or write a review for?", "sum", ["12|twelve"]),
    Q("adding up the page limits of the proposal, mid-term and final report (not counting refs), how many pages is that?", "sum", ["14|fourteen"]),
    Q("How much more are the reviews worth than the in-class paper presentation talks (blogs excluded)?", "sum", ["10"]),
    Q("what share of my grade comes from things I present out loud - the paper presentations plus the project presentation?", "sum", [pct(25)]),
    Q("if I skip both blog posts and one review, how much do I lose in total?", "sum", [pct(13) + "|13 points|13 percentage"]),

    # ------------------------------------------------------------------ order (24)
    Q("what's the next deadline coming up?", "order", [SEP17]),
    Q("what is the very last project deadline of the semester?", "order", [DEC8], [SEP17_F]),
    Q("what's the first project milestone?", "order", [SEP17, TEAM]),
    Q("it's Oct 20 now, what's the next project deadline?", "order", [NOV5], [SEP17_F]),
    Q("It's Nov 10. What is still left to submit for the project (written stuff)?", "order", [DEC8], [SEP17_F]),
    Q("between Oct 1 and Dec 8, is there any other project deadline?", "order", [NOV5, MIDTERM]),
    Q("can you list all the project deadlines in order?", "order", [SEP17, OCT1, NOV5, DEC8]),
    Q("what comes right after the proposal?", "order", [NOV5, MIDTERM], [SEP17_F]),
    Q("what's the project deadline before the proposal?", "order", [SEP17, TEAM]),
    Q("it's october 2nd and I just submitted our proposal. what's the next big thing due?", "order", [NOV5], [SEP17_F]),
    Q("which is due first, the mid-term report or the final report, and when?", "order", [MIDTERM, NOV5]),
    Q("how many days are there between the proposal deadline and the mid-term report deadline?", "order", ["35|thirty-five|thirty five|5 weeks|five weeks"]),
    Q("how many days do we get between the mid-term report and the final report deadlines?", "order", ["33|thirty-three|thirty three"]),
    Q("how many days from today until teams have to be set?", "order", ["4|four"]),
    Q("how many days until the proposal is due, counting from today?", "order", ["18|eighteen"]),
    Q("it's Dec 1 now. anything left to turn in for the project report-wise?", "order", [DEC8, FINAL]),
    Q("today is Sept 20 - what's the next deadline?", "order", [OCT1, PROPOSAL]),
    Q("what's due this week?", "order", [SEP17, TEAM]),
    Q("which project deadline falls in November?", "order", [NOV5, MIDTERM]),
    Q("is anything due in December other than the project talks?", "order", [DEC8, FINAL]),
    Q("what topic do we move on to after variational autoencoders?", "order", ["flow"]),
    Q("which topic is covered right before neural differential equations?", "order", ["adversarial|GAN"]),
    Q("what's the last lecture topic before the project presentations start?", "order", ["operator|physics"]),
    Q("After the intro to generative models, what's the first actual model family we study?", "order", ["auto-regressive|autoregressive|auto regressive"]),

    # ------------------------------------------------------------------ property (18)
    Q("how long is each lecture?", "property", ["75|hour and 15|hour 15|1h15|1:15|3:15"]),
    Q("how many times a week does the class meet?", "property", ["2|two|twice", TUE_THU]),
    Q("where are the lectures held?", "property", [ZOOM]),
    Q("page limit for the proposal?", "property", [TWO], ["8 pages", "4 pages"]),
    Q("how many pages can the mid-term report be?", "property", ["4|four"], ["8 pages", "2 pages"]),
    Q("What's the max length of the final report?", "property", ["8|eight"], ["4 pages", "2 pages"]),
    Q("how long should our project presentation be?", "property", ["10|12"], ["75 min"]),
    Q("how many people go in a project team?", "property", [TWO, THREE]),
    Q("which term is this course offered in?", "property", ["fall", "2021"]),
    Q("is the lecture schedule set in stone?", "property", ["tentative|subject to|adjust|may change|can change"]),
    Q("roughly how long should a blog post be?", "property", ["10 min|10-min|ten min|10 minute|ten-minute"]),
    Q("how many paper reviews do I have to write?", "property", ["10|ten"]),
    Q("how many students present in each class session?", "property", [TWO, THREE]),
    Q("who is the TA for this course?", "property", ["Anant|Dadu"]),
    Q("when does the professor hold office hours?", "property", ["5:00|5 pm|5pm|5-6|5 -|5–6|5 to 6", TUE_THU]),
    Q("do i need to buy a textbook?", "property", ["no textbook|no required textbook|no text book|not have a textbook|doesn't have a textbook|does not have a textbook|there is no textbook|isn't a textbook|no book|don't need|do not need|not need"]),
    Q("do references count towards the 4 pages of the mid-term report?", "property", ["no|not|plus|addition|exclud|separate|on top|don't count"], ["8 pages"]),
    Q("which weeks are set aside for the project presentations?", "property", ["14", "15"]),

    # ------------------------------------------------------------------ dates_words (14)
    Q("what's due on the first of October?", "dates_words", [PROPOSAL]),
    Q("anything happening on the seventeenth of september?", "dates_words", [TEAM]),
    Q("what do I need to hand in on the fifth of November?", "dates_words", [MIDTERM]),
    Q("is something due on the 8th of Dec?", "dates_words", [FINAL]),
    Q("what's due on the 17th?", "dates_words", [TEAM]),
    Q("what needs to be submitted on wednesday the eighth of december?", "dates_words", [FINAL]),
    Q("october first - what's due that day?", "dates_words", [PROPOSAL]),
    Q("what happens on nov fifth?", "dates_words", [MIDTERM]),
    Q("what's due on the first?", "dates_words", [PROPOSAL]),
    Q("I have my cousin's wedding on the 1st of October. Which deadline is that day?", "dates_words", [PROPOSAL]),
    Q("On the fifth of November, which part of the project is due and how much is it worth?", "dates_words", [MIDTERM, pct(10)]),
    Q("I'm flying out on the seventh of December and coming back on the ninth. Will I miss a deadline while I'm away?", "dates_words", [FINAL, DEC8]),
    Q("what is due on december the eighth, and how many pages is it allowed to be?", "dates_words", [FINAL, "8|eight"]),
    Q("seventeenth september, what do I need to have sorted by then?", "dates_words", [TEAM]),

    # ------------------------------------------------------------------ relative (20)
    Q("I am presenting in 21 October (Thursday). The blog post deadline is which day?", "relative", ["Oct 28|October 28|10/28|28 Oct"], ["Oct 22|October 22"]),
    Q("I'm presenting on Tue Oct 12, when do my slides have to be in?", "relative", [NOON]),
    Q("my presentation is on Nov 4. blog post deadline?", "relative", ["Nov 11|November 11|11/11|11 Nov"]),
    Q("I present on Tuesday, November 30. When's the blog post for that due?", "relative", ["Dec 7|December 7|12/7|7 Dec"]),
    Q("I need to review the paper for the Tuesday Oct 19 class. When is that review due?", "relative", ["Oct 18|October 18|10/18|18 Oct"]),
    Q("when is my review due for the thursday oct 14 session?", "relative", ["Oct 13|October 13|10/13|13 Oct"]),
    Q("I present on Thu Dec 2. When is the blog post due?", "relative", ["Dec 9|December 9|12/9|9 Dec"]),
    Q("My presentation is on Tue Sept 28. When are my slides due and when is my blog post due?", "relative", [NOON, "Oct 5|October 5|10/5|5 Oct"]),
    Q("reviewing the paper for the Nov 9 class - when's the review deadline?", "relative", ["Nov 8|November 8|11/8|8 Nov"]),
    Q("my presentation is tomorrow! when's the blog post due?", "relative", ["Sep 21|Sept 21|September 21|9/21|21 Sep"]),
    Q("I present this Thursday. When is my blog post due?", "relative", ["Sep 23|Sept 23|September 23|9/23|23 Sep"]),
    Q("I present a week from tomorrow. blog due when?", "relative", ["Sep 28|Sept 28|September 28|9/28|28 Sep"]),
    Q("I'm reviewing the paper for this Thursday's class. When does my review need to be in?", "relative", ["Sep 15|Sept 15|September 15|9/15|15 Sep|Wednesday|Wed"]),
    Q("I'm presenting Tuesday Oct 26 and reviewing for the Thursday Oct 28 class. When's that review due?", "relative", ["Oct 27|October 27|10/27|27 Oct"]),
    Q("I presented on Oct 5 and today is Oct 11. Is my blog post late already? When is it due?", "relative", ["Oct 12|October 12|10/12|12 Oct"]),
    Q("If I present on Thursday Nov 18, when is my blog post due?", "relative", ["Nov 25|November 25|11/25|25 Nov"]),
    Q("I presented last Thursday. When is my blog post due?", "relative", ["Sep 16|Sept 16|September 16|9/16|16 Sep|Thursday|Thu"]),
    Q("My two presentations are Thu Oct 7 and Tue Nov 16. When are the two blog posts due?", "relative", ["Oct 14|October 14|10/14|14 Oct", "Nov 23|November 23|11/23|23 Nov"]),
    Q("For the class on Tuesday Nov 2, when do I have to submit my review?", "relative", ["Nov 1|November 1|11/1|1 Nov|Monday"]),
    Q("I'm reviewing tomorrow's paper. When is my review due?", "relative", ["today|tonight|Sep 13|Sept 13|September 13|9/13|end of day|end of the day"]),

    # ------------------------------------------------------------------ yesno (16)
    Q("the final report is due Dec 8, right?", "yesno", [YES, DEC8]),
    Q("the proposal is due October 8th, correct?", "yesno", [NO, OCT1]),
    Q("the mid-term report is worth 20% of the grade, yes?", "yesno", [NO, pct(10)]),
    Q("reviews are 30% of the grade, is that right?", "yesno", [YES, pct(30)]),
    Q("we meet Mondays, Wednesdays and Fridays right?", "yesno", [NO, TUE_THU]),
    Q("can our project team have 4 people?", "yesno", [NO, THREE]),
    Q("the blog post is due a week after my presentation, right?", "yesno", [YES, WEEK_AFTER]),
    Q("paper reviews are due the morning of the class, right?", "yesno", [NO, REVIEW_DUE]),
    Q("is the final report limit 10 pages?", "yesno", [NO, "8|eight"]),
    Q("the project presentation is 20 minutes, right?", "yesno", [NO, "10|12"]),
    Q("is there a required textbook we need to buy?", "yesno", ["no|not|isn't|none"]),
    Q("class is in person in Siebel Center, right?", "yesno", [NO, ZOOM]),
    Q("teams have to be formed by Friday Sept 17, yes?", "yesno", [YES, SEP17]),
    Q("the midterm report is due on Friday Nov 5?", "yesno", [YES, NOV5]),
    Q("the final report is due on a Friday like the other deadlines, right?", "yesno", [NO, "Wed|Wednesday", DEC8]),
    Q("each paper presentation is worth 20%, right?", "yesno", [NO, pct(10)]),

    # ------------------------------------------------------------------ what_if (18)
    Q("If I get a zero on the project proposal but 100% on literally everything else, what's my final percentage and letter grade?", "what_if", ["95", APLUS], [AMINUS]),
    Q("Say I completely bomb the final report (0 points) but get full marks everywhere else. What overall % and letter would that be?", "what_if", ["80", BPLUS]),
    Q("what if I just don't do 5 of the 10 reviews (zeros for those) but everything else is perfect? grade?", "what_if", ["85", AMINUS]),
    Q("If I get 0 on one of my two paper presentations but everything else is full marks, what's my overall percent?", "what_if", ["90"]),
    Q("suppose I get exactly 80% on every single component. what letter is that?", "what_if", ["80", BPLUS]),
    Q("I get 96% on every component. final letter?", "what_if", ["96", APLUS]),
    Q("if our team totally fails the project (zero on proposal, both reports and the presentation) but I ace all my individual stuff, what's my total?", "what_if", ["60"]),
    Q("What happens if I only do the project, perfectly, and do nothing else (no presentations, no blogs, no reviews)?", "what_if", ["40", FGRADE]),
    Q("if I get 52% on everything, what letter grade do I get?", "what_if", ["52", DGRADE]),
    Q("I get 57% on everything. letter?", "what_if", ["57", CMINUS]),
    Q("I did 8 of the 10 reviews with full marks, full marks on both presentations, both blogs and the proposal, 70% on the mid-term report, 75% on the final report and full marks on the project presentation. What's my total and letter?", "what_if", ["86", AMINUS]),
    Q("If everything else is perfect, what score do I need on the final report to still end with at least 90% overall?", "what_if", ["50%|50 %|50 percent|half|10 points|10 out of 20|10/20|10 of the 20"]),
    Q("I skip 2 reviews and get a zero on the project presentation, all else perfect. what letter?", "what_if", ["89", AMINUS]),
    Q("If I get zero on the final report AND zero on the proposal but everything else is perfect, what's my overall percentage?", "what_if", ["75"]),
    Q("my two in-class paper presentations average 50% (blogs are fine) and my reviews 80%; everything else is perfect. total and letter grade?", "what_if", ["84", BPLUS]),
    Q("What if I turn in only 9 reviews and everything else is perfect?", "what_if", ["97", APLUS]),
    Q("full marks on reviews, blogs and paper presentations, and 90% on every project component - what's my final %?", "what_if", ["96", APLUS]),
    Q("say I end up with 70% on reviews, 80% on presentations, 60% on blogs and 50% on all project parts. what's my overall percentage?", "what_if", ["63"]),

    # ------------------------------------------------------------------ policy (20)
    Q("what happens if someone gets caught plagiarizing in this class?", "policy", ["fail"]),
    Q("I'm not sure whether reusing text from my old paper counts as plagiarism. who should I ask?", "policy", ["instructor|professor|Banerjee|Arindam"]),
    Q("one of my religious holidays clashes with a deadline. what am I supposed to do?", "policy", ["instructor|professor", "two weeks|2 weeks|first two|first 2"]),
    Q("how do I get accommodations for my disability in this class?", "policy", ["DRES|Disability Resources"]),
    Q("what's the phone number and email for DRES?", "policy", ["333-4603", "disability@illinois.edu"]),
    Q("I've been really stressed lately. Is there a number for the counseling center?", "policy", ["333-3704"]),
    Q("where is McKinley Health Center?", "policy", ["1109|Lincoln"]),
    Q("If I tell the professor about a sexual misconduct incident, does it stay between us?", "policy", ["Title IX|report"]),
    Q("I suppressed my directory info under FERPA. Do I need to do anything for this course?", "policy", ["instructor|professor|self-identify|identify"]),
    Q("if they change the grade cutoffs, could my letter grade go down?", "policy", ["not curve down|won't curve down|will not curve down|not be curved down|NOT curve|not lower|won't lower|will not lower|no"]),
    Q("is this class graded on a curve?", "policy", [CURVE]),
    Q("I didn't know about the academic integrity rules - can I use that as an excuse?", "policy", ["not an excuse|no excuse|isn't an excuse|not a valid excuse|cannot|can't|no"]),
    Q("which part of the student code covers academic integrity?", "policy", ["Article 1|Part 4|1-401"]),
    Q("do i have to write reviews for the classes where i'm one of the presenters?", "policy", ["exclud|don't|do not|not|no"]),
    Q("is it ok if our project team has 3 people?", "policy", [YES, THREE]),
    Q("are the letter grade cutoffs final?", "policy", ["tentative|adjust|may change|likely"]),
    Q("by when do I have to request a religious accommodation?", "policy", ["two weeks|2 weeks|first two|first 2"]),
    Q("where can I find which university employees can keep things confidential?", "policy", ["wecare"]),
    Q("does the counseling center cost extra?", "policy", ["no additional cost|no cost|free|no extra cost|no charge|at no"]),
    Q("I think I might have an undiagnosed learning disability that's hurting my grades. Is there anything the university offers?", "policy", ["screening|DRES|Disability Resources"]),

    # ------------------------------------------------------------------ multipart (10)
    Q("when's the proposal due and how much is it worth?", "multipart", [OCT1, pct(5)]),
    Q("How many pages can the final report be, and when is it due?", "multipart", ["8|eight", DEC8]),
    Q("who's the TA, and what's the instructor's email?", "multipart", ["Anant|Dadu", "arindamb@illinois.edu"]),
    Q("how many reviews do we write and how much are they worth in total?", "multipart", ["10|ten", pct(30)]),
    Q("when and where does the class meet?", "multipart", [TUE_THU, "2:00|2 pm|2pm|2:00pm|14:00|2 p.m", ZOOM]),
    Q("mid-term report: due date, weight, page limit?", "multipart", [NOV5, pct(10), "4|four"]),
    Q("When do teams need to be formed and how big can they be?", "multipart", [SEP17, THREE]),
    Q("how much is the blog worth and when is it due?", "multipart", [pct(10), WEEK_AFTER]),
    Q("project presentation - how long and how much of the grade?", "multipart", ["10|12", pct(5)]),
    Q("what are the prof's office hours and are they in person or online?", "multipart", ["5:00|5 pm|5pm|5-6|5 -|5–6|5 to 6", ZOOM]),

    # ------------------------------------------------------------------ story (12)
    Q("hey so I'm a second year PhD student in ECE and my advisor wanted me to take this course to learn about normalizing flows for my research. I was at a conference last week so I missed the first few lectures and I'm trying to catch up. I found the papers on the webpage, that part is fine. When do we have to have our project teams formed? I don't really know anyone in the class yet.", "story", [SEP17]),
    Q("Hi! I got assigned to present on Thursday, October 14th together with two other people. We already split up the paper into sections and I'm doing the experiments part. My question is about the follow-up blog post, when does that one have to be submitted? I'd like to plan around my other deadlines.", "story", ["Oct 21|October 21|10/21|21 Oct"]),
    Q("I'm trying to plan my semester since I'm also TAing another class and have quals. I know the project is a big chunk, but I'm wondering how much the paper reviews count overall, because if they're a big part I'll block out time for them every week. Thanks!", "story", [pct(30)]),
    Q("Hello, I am exchange student from Korea. In my home university the report length is always flexible and professors don't care too much. For the final report in this course, how many pages we are allowed to write? Thank you very much.", "story", ["8|eight"]),
    Q("Hi, I observe Yom Kippur and a couple other holidays this fall and I'm worried one of them will clash with a presentation or deadline. My friend said I should just email the TA the day before. What's the actual process and is there a time limit for asking?", "story", ["instructor|professor", "two weeks|2 weeks|first two|first 2"]),
    Q("honestly this semester has been rough. I'm not sleeping well, I've been skipping meals, and I feel overwhelmed by everything. I don't really want to talk to my advisor about it. is there somewhere on campus I can call?", "story", ["333-3704|333-2700|Counseling|McKinley"]),
    Q("My partner and I have been brainstorming a project on neural ODEs for climate data. A third friend from our lab wants to join us, and she's really good at the physics side. Is it allowed to have three people in a team, or is it strictly pairs?", "story", [YES, THREE]),
    Q("so I'm presenting on Tuesday Nov 9 and my roommate who took a different seminar says slides are always due the night before. I don't want to miss it. when exactly do the slides need to be submitted?", "story", [NOON]),
    Q("I'm going to be at a workshop in Europe in early November and I'm trying to figure out what I need to finish before I leave. I know the final report isn't until December. When exactly is the mid-term report due?", "story", [NOV5]),
    Q("I work full time and can only make it to office hours in the late afternoon or evening. I'd like to talk to the professor about my project idea. When are his office hours?", "story", ["5:00|5 pm|5pm|5-6|5 -|5–6|5 to 6"]),
    Q("In my undergrad, every class was curved so the average was a B. I'm a bit nervous because I've heard grad seminars are tough and everyone here is strong. Is this class going to be curved like that?", "story", [CURVE]),
    Q("Quick context: I present on Tuesday Oct 26 with two others, and the next class on Thursday Oct 28 is one of the ones I picked to review. I'm worried about doing both back to back. When is the review for that Thursday class due?", "story", ["Oct 27|October 27|10/27|27 Oct"]),

    # ------------------------------------------------------------------ typos (10)
    Q("wen is the propsal du", "typos", [OCT1]),
    Q("hw much r the reviws worth", "typos", [pct(30)]),
    Q("finl reprt pg limt?", "typos", ["8|eight"]),
    Q("midterm rprt due??", "typos", [NOV5]),
    Q("whos the TA lol", "typos", ["Anant|Dadu"]),
    Q("blog post due how many days aftr i present", "typos", ["7|seven|week"]),
    Q("tm size 4 projct?", "typos", [TWO, THREE]),
    Q("wat time is class tues thurs", "typos", ["2:00|2 pm|2pm|2:00pm|14:00|2 p.m"]),
    Q("profs ofice hrs?", "typos", ["5:00|5 pm|5pm|5-6|5 -|5–6|5 to 6"]),
    Q("is clas irl or on zoom", "typos", [ZOOM]),

    # ------------------------------------------------------------------ trap (10)
    Q("what's the LAST project deadline, not the first one?", "trap", [DEC8], [SEP17_F]),
    Q("how much is a single review worth? not all of them together, just one.", "trap", ["3%|3 %|3 percent|three percent|3 per cent"], ["30% each", "each worth 30", "30% per"]),
    Q("Which of the project deadlines is the furthest away from today?", "trap", [DEC8], [SEP17_F]),
    Q("when are the reviews due? (the reviews, not the blog posts)", "trap", [REVIEW_DUE], ["7 days after", "seven days after"]),
    Q("how long is the team project presentation? I mean the project one, not the paper presentation", "trap", ["10|12"], ["75 min", "1 hour 15", "hour and 15"]),
    Q("what's the page limit for the MIDTERM report - not the final", "trap", ["4|four"], ["8 pages", "eight pages"]),
    Q("how much is the project presentation worth? not the paper presentations, the project one", "trap", [pct(5)], [pct(20)]),
    Q("when is the final report due? not the mid-term one", "trap", [DEC8], [NOV5_F]),
    Q("what time do the prof's office hours END?", "trap", ["6:00|6 pm|6pm|6:00pm|6 p.m|- 6|–6|-6|to 6"], ["3:15"]),
    Q("what time does lecture end?", "trap", ["3:15"], ["6:00", "6 pm", "6pm"]),

    # ------------------------------------------------------------------ silent (50)
    # -- properties of known items that the syllabus does not state (25)
    Q("can i turn in the proposal as a google doc link instead of a pdf?", "silent", silent=True),
    Q("is there a latex template we have to use for the final report?", "silent", silent=True),
    Q("what font size and margins should the mid-term report use?", "silent", silent=True),
    Q("how many slides should my paper presentation have?", "silent", silent=True),
    Q("how many minutes does each presenter get when presenting a paper in class?", "silent", [], ["10-12", "10 to 12", "10–12"], silent=True),
    Q("where do we upload the paper reviews, canvas or by email?", "silent", silent=True),
    Q("do the blog posts get published publicly somewhere?", "silent", silent=True),
    Q("is there a late penalty if the mid-term report comes in a day late?", "silent", silent=True),
    Q("how many late days do we get for reviews?", "silent", silent=True),
    Q("will the lowest review score be dropped?", "silent", silent=True),
    Q("can we resubmit the proposal after getting feedback to improve the grade?", "silent", silent=True),
    Q("who grades the blog posts, the TA or the professor?", "silent", silent=True),
    Q("is there a rubric for the paper reviews?", "silent", silent=True),
    Q("can two of us write one review together and both submit it?", "silent", silent=True),
    Q("does the final report need to include a link to our code?", "silent", silent=True),
    Q("do all teammates get the same grade on the project?", "silent", silent=True),
    Q("can I use the paper I present in class as the basis of my course project?", "silent", silent=True),
    Q("for the project presentation can we do a live demo instead of slides?", "silent", silent=True),
    Q("is there extra credit for an especially good blog post?", "silent", silent=True),
    Q("do the reviews have to follow a particular structure, like a NeurIPS review form?", "silent", silent=True),
    Q("what happens if my co-presenter drops the class before our presentation?", "silent", silent=True),
    Q("can I swap my presentation slot with another student?", "silent", silent=True),
    Q("is the mid-term report graded on having results, or is progress enough?", "silent", silent=True),
    Q("should the blog post be written in markdown or submitted as a pdf?", "silent", silent=True),
    Q("does the proposal need an abstract section?", "silent", silent=True),
    # -- other things the syllabus does not answer (25)
    Q("what are the TA's office hours?", "silent", silent=True),
    Q("where can I find the zoom link for lecture?", "silent", silent=True),
    Q("are the lectures recorded?", "silent", silent=True),
    Q("what are the prerequisites for this course?", "silent", silent=True),
    Q("how many credit hours is CS 598?", "silent", silent=True),
    Q("can undergrads register for this class?", "silent", silent=True),
    Q("when's the last day to drop this course?", "silent", silent=True),
    Q("is there a discussion section or lab for this class?", "silent", silent=True),
    Q("what date was the very first lecture?", "silent", silent=True),
    Q("are there going to be any guest lectures?", "silent", silent=True),
    Q("do we get GPU credits or cluster access for the project?", "silent", silent=True),
    Q("where is the professor's physical office?", "silent", silent=True),
    Q("is class cancelled during thanksgiving week?", "silent", silent=True),
    Q("the class is full, how do I get an override or get on the waitlist?", "silent", silent=True),
    Q("can I take this course pass/fail (credit/no credit)?", "silent", silent=True),
    Q("how quickly does the professor usually reply to emails?", "silent", silent=True),
    Q("what's the URL of the class webpage where the papers are posted?", "silent", silent=True),
    Q("the syllabus says to follow a procedure for religious accommodations, what's the link to that form?", "silent", silent=True),
    Q("does the counseling center take walk-ins?", "silent", silent=True),
    Q("what are DRES's office hours?", "silent", silent=True),
    Q("how many students are enrolled in the course?", "silent", silent=True),
    Q("when will our final grades be released?", "silent", silent=True),
    Q("is there a poster session at the end of the semester for the projects?", "silent", silent=True),
    Q("are we allowed to use github copilot for the project code?", "silent", silent=True),
    Q("do I need to keep my camera on during the zoom lectures?", "silent", silent=True),

    # ------------------------------------------------------------------ off_topic (10)
    Q("what's the weather going to be like in Champaign this weekend?", "off_topic", silent=True),
    Q("who won the Illini football game on Saturday?", "off_topic", silent=True),
    Q("can you help me solve this integral for my calc homework: integral of x*e^x dx", "off_topic", silent=True),
    Q("what's a good recipe for vegetarian chili?", "off_topic", silent=True),
    Q("is it a good time to buy nvidia stock?", "off_topic", silent=True),
    Q("write me a short poem about my cat please", "off_topic", silent=True),
    Q("how do I fix a segfault in my CS 241 malloc assignment?", "off_topic", silent=True),
    Q("translate 'where is the library' into french", "off_topic", silent=True),
    Q("what's the capital of Australia?", "off_topic", silent=True),
    Q("can you recommend a good show to watch on netflix?", "off_topic", silent=True),
]
