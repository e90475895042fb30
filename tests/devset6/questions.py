# ruff: noqa
# A copy of /work/devset6/questions.py (the sixth development set: 70 questions the syllabus is
# silent on, about a property of a known item or a policy, and 30 answerable look-alikes; written
# by someone who never saw the code; may be tuned on), kept so tests/devset_score.py runs without
# /work/devset6.
# Before tuning (engine at main 321f72f, the set as written): 89/100, 0 wrong facts, 11 of the 70
# silent questions answered; by category: silent 59/70, property 24/24, policy 6/6.
# After the answers7 round: 100/100, 0 wrong facts, 0 silent questions answered.
"""devset6: silent-syllabus questions and answerable look-alikes, written from the syllabus only."""

def Q(q, category, expect=(), forbid=(), silent=False):
    return {"q": q, "category": category, "expect": list(expect), "forbid": list(forbid), "silent": silent}

QUESTIONS = [
    # ------------------------------------------------------------------
    # SILENT (70): the syllabus mentions the item but not this property
    # ------------------------------------------------------------------
    # file format / template / font
    Q("can the proposal be a video instead of a pdf?", "silent", silent=True),
    Q("what file format should the project proposal be in? pdf or word?", "silent", silent=True),
    Q("is there a required latex template for the final report, like neurips style?", "silent", silent=True),
    Q("font size and margins for the paper reviews?", "silent", silent=True),
    Q("is the mid-term report single column or double column?", "silent", silent=True),
    Q("do the presentation slides have to use a specific template?", "silent", silent=True),
    Q("can i write my blog post as a jupyter notebook instead of a normal post?", "silent", silent=True),
    Q("which citation style should we use for references in the project reports?", "silent", silent=True),
    Q("is there a required structure / format for paper reviews, like the neurips reviewer form?", "silent", silent=True),
    # word counts where only pages are given
    Q("how many words is the project proposal supposed to be?", "silent", silent=True),
    Q("whats the word limit for the final report", "silent", silent=True),
    # length where no length is given
    Q("how long should my paper presentation be, in minutes?", "silent", silent=True),
    Q("how long can the appendix of the final report be? is there a limit?", "silent", silent=True),
    Q("how many slides should the paper presentation have?", "silent", silent=True),
    # where / how to submit
    Q("should i email my presentation slides to the professor or upload them somewhere?", "silent", silent=True),
    Q("where do the blog posts get published? medium? a course site?", "silent", silent=True),
    Q("will our blog posts be public?", "silent", silent=True),
    # who grades
    Q("who grades the paper reviews, the TA or prof banerjee?", "silent", silent=True),
    Q("is there a rubric for the paper presentations?", "silent", silent=True),
    Q("what's the grading rubric for reviews?", "silent", silent=True),
    # resubmit / regrade / drop / replace
    Q("can i resubmit a paper review if i find a mistake after submitting?", "silent", silent=True),
    Q("how do i request a regrade on my mid-term report?", "silent", silent=True),
    Q("is the lowest review score dropped?", "silent", silent=True),
    Q("can the final report grade replace a bad mid-term report grade?", "silent", silent=True),
    Q("is it true we can skip the mid-term report if our proposal is strong?", "silent", silent=True),
    Q("is the proposal graded pass/fail?", "silent", silent=True),
    # extra credit / partial credit
    Q("is there any extra credit in this class?", "silent", silent=True),
    Q("if i write reviews for more than 10 classes do i get extra credit?", "silent", silent=True),
    Q("do we get partial credit for a review that's only half done?", "silent", silent=True),
    # late penalties / extensions
    Q("whats the late penalty for a blog post", "silent", silent=True),
    Q("can i get an extension on the final report if my experiments aren't done?", "silent", silent=True),
    Q("do we have any late days for the paper reviews?", "silent", silent=True),
    Q("what happens if i submit my slides at 1pm instead of noon, do i lose points?", "silent", silent=True),
    # exact time of day
    Q("reviews are due end of day — does that mean 11:59pm central time exactly?", "silent", silent=True),
    Q("what time of day is the blog post due on the 7th day?", "silent", silent=True),
    # individual vs team
    Q("is the blog post written jointly with the other presenters or does each person write their own?", "silent", silent=True),
    Q("do all team members get the same grade on the project?", "silent", silent=True),
    Q("is there a peer evaluation for project teammates?", "silent", silent=True),
    Q("does every team member have to speak during the project presentation?", "silent", silent=True),
    # code / tools / topics
    Q("do we have to submit code for the project?", "silent", silent=True),
    Q("can i use jax instead of pytorch for my project", "silent", silent=True),
    Q("are we allowed to use grammarly on our reviews?", "silent", silent=True),
    Q("can my project be about diffusion models for protein structure?", "silent", silent=True),
    Q("can the project be purely theoretical with no experiments?", "silent", silent=True),
    Q("can i reuse a project from another course for this one?", "silent", silent=True),
    Q("can i use private data from my lab for the course project?", "silent", silent=True),
    Q("does the course give us gpu or cloud credits for the project?", "silent", silent=True),
    # references / content requirements
    Q("how many references does the proposal need?", "silent", silent=True),
    Q("does the mid-term report need preliminary results?", "silent", silent=True),
    Q("what sections should the proposal include?", "silent", silent=True),
    Q("can we change our project topic after the proposal?", "silent", silent=True),
    Q("can i switch teams in the middle of the semester?", "silent", silent=True),
    Q("does each review cover all papers for that class or just one of them?", "silent", silent=True),
    # presentation logistics
    Q("how are the paper presentation slots assigned?", "silent", silent=True),
    Q("can i pick which paper i present?", "silent", silent=True),
    Q("my friend says we can swap presentation days with another student, is that allowed?", "silent", silent=True),
    Q("is there Q&A time after the project presentation?", "silent", silent=True),
    # office hours / contact
    Q("when are anant's office hours?", "silent", silent=True),
    Q("where does the TA hold office hours?", "silent", silent=True),
    Q("whats the zoom link for prof banerjee's office hours", "silent", silent=True),
    Q("what's the professor's office room number?", "silent", silent=True),
    # recordings / attendance / participation
    Q("are the lectures recorded?", "silent", silent=True),
    Q("is attendence mandatory?", "silent", silent=True),
    Q("do we have to keep our cameras on during zoom class?", "silent", silent=True),
    # exams / homework (there are none in the syllabus)
    Q("what topics will be on the final exam?", "silent", silent=True),
    Q("I heard the midterm exam is open book, is that right?", "silent", silent=True),
    # course admin
    Q("what are the prerequisites for cs 598?", "silent", silent=True),
    Q("how many credit hours is this course?", "silent", silent=True),
    Q("can i audit this class?", "silent", silent=True),
    Q("what's the link for the religious observance accommodation request procedure?", "silent", silent=True),

    # ------------------------------------------------------------------
    # ANSWERABLE look-alikes (30)
    # ------------------------------------------------------------------
    Q("how many pages is the proposal?", "property", ["2 pages|two pages|2-page|two-page|2 page"]),
    Q("page limit for the mid-term report?", "property", ["4 pages|four pages|4-page|four-page|4 page"]),
    Q("how long is the final report supposed to be", "property", ["8 pages|eight pages|8-page|eight-page|8 page"]),
    Q("how long is the project presentation?", "property", ["10-12|10–12|10 to 12|ten to twelve|10 - 12|10-to-12"]),
    Q("how long should the blog post be?", "property", ["10 min|10-min|ten min|10 minute|ten-minute|10-minute"]),
    Q("can the mid-term report have appendices?", "property", ["appendi"]),
    Q("do figures count toward the 4 pages of a paper review?", "property", ["figure"]),
    Q("do references count in the 2 page limit for the proposal?", "property", ["reference"]),
    Q("how big are the project teams?", "property", ["2|two", "3|three"]),
    Q("can i do the project by myself?", "property", ["team|2|two"]),
    Q("is the project presentation in class or recorded?", "property", ["in class|in-class|during class|in the class"]),
    Q("is there a textbook for this course?", "property", ["no textbook|no required textbook|not have a textbook|no text|there is no|there's no|isn't a textbook|not a textbook|no assigned textbook"]),
    Q("where are the course readings posted?", "property", ["webpage|web page|website|web site"]),
    Q("will grades be curved?", "policy", ["no general curve|no curve|not be curved|no curve-fitting|no general curve-fitting|won't be curved|will not be curved|not curved|no curving|not curve"]),
    Q("if the cutoffs get adjusted could my letter grade go down?", "policy", ["not curve down|not be curved down|won't curve down|will not curve down|not lower|won't lower|will not lower|won't go down|will not go down|not go down|no"]),
    Q("is class in person or online?", "property", ["zoom"]),
    Q("are prof banerjee's office hours in person?", "property", ["zoom"]),
    Q("what's the TA's email?", "property", ["adadu2@illinois.edu"]),
    Q("who is the TA for this class?", "property", ["anant|dadu"]),
    Q("how many classes do i have to present papers for?", "property", ["2|two"]),
    Q("how many paper reviews do we write?", "property", ["10|ten"]),
    Q("do i have to write a review for the classes where i'm presenting?", "policy", ["exclud|not|no|don't|do not"]),
    Q("how many presenters are there per class?", "property", ["2|two", "3|three"]),
    Q("what time are presentation slides due?", "property", ["noon|12"]),
    Q("when is the blog post due relative to my presentation?", "property", ["7 days|seven days|week|7-day|seven-day"]),
    Q("when are paper reviews due?", "property", ["end of day|end-of-day|day before|eod|end of the day"]),
    Q("what should i do if a deadline conflicts with my religious holiday?", "policy", ["instructor|professor|prof", "two weeks|2 weeks|first two|first 2"]),
    Q("who do i contact for disability accommodations?", "policy", ["DRES|Disability Resources"]),
    Q("what happens if i'm caught plagiarizing?", "policy", ["fail"]),
    Q("is the schedule fixed?", "property", ["tentative|subject to|adjust|may change|can change"]),
]
