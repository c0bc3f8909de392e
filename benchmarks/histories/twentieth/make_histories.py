#!/usr/bin/env python3
"""Invented development histories d001..d080 for relradar (twentieth set).

Genre: everything an analyst exports in one go. Product reviews on marketplaces and brand sites
(star ratings written out, "Update:" edits, the seller's reply), app-store reviews, tweets and
replies to brand handles (lower case, typos, hashtags, emoji, @handles, `RT @handle: ...`
retweets), Facebook and community-forum posts, support e-mails with signatures and quoted
earlier replies (`On <weekday>, <date>, <Brand> wrote:` and `> ` lines), and web chats with
agents who use warm cue words. Writers from the UK, Nigeria, Kenya, India, Australia, New
Zealand, Germany, France and the US. All texts, names, handles, brands, addresses (example.com)
and numbers are invented. Each history is written under its intended label; ids are assigned by
a seeded shuffle (seed 2020) of the harness's type mix so that ids carry no order.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    MONTHS, TRAPS, WEEKDAYS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d"
SEED = 2020
TRAPS = TRAPS | {
    "public_post",      # a public review, tweet or forum/Facebook post, not a private contact
    "quoted_cue",       # a cue word stands only in quoted text (a quoted reply or a retweet)
    "rating_mismatch",  # the written star rating says the opposite of the words (code the words)
    "update_edit",      # a review edited later ("Update:"), the tie or the tone changing
    "second_language"}  # a writer whose first language is not English (German, French)

# where a history was posted
CHANNELS = ("review", "app", "tweet", "forum", "email", "chat")
PUBLIC = ("review", "app", "tweet", "forum")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent/brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "positive", "strong_words;caps;emoji;agent_cues;public_post", "Kestrel Audio", "review", [
    ("c", "2025-03-08 14:12", "★★★★★ LOVE these. Honestly the best £39 I've spent this year, the bass is silly for the price and the case fits in the little jeans pocket. Battery did a full Edinburgh to London train and then some. Buy them!!! 🎧"),
    ("a", "2025-03-09 09:30", "Thanks so much for the lovely review! We're thrilled you love them, welcome to the Kestrel family 🎶 Kestrel Audio Seller Support"),
])

h("undetermined", "", "mixed", "bug_report;symptom;update_edit;public_post", "Pennyleaf", "app", [
    ("c", "2025-05-19 07:48", "★★☆☆☆ Since the 6.2 update the app logs me out every single time I switch to the camera to scan a receipt. Log back in with the 2FA code, it asks for camera permission again, logs me out again. Pixel 8, Android 15. Cleared cache, reinstalled, same. Please fix."),
    ("a", "2025-05-20 10:02", "Hi, thanks for the detailed report and sorry for the hassle. Our team has reproduced this on Android 15 and a fix is going out in 6.2.1 this week. Pennyleaf Support"),
    ("c", "2025-05-24 18:30", "Update: 6.2.1 fixed it, the camera works without kicking me out. Bumping to four stars."),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;hashtag;typos;public_post", "Skyvale Air", "tweet", [
    ("c", "2025-07-02 16:41", "@SkyvaleAir 3 HOURS on the tarmac at gatwick, no water, no aircon, captain has said 'shortly' four times. kids are melting. absolute shambles #SK482"),
    ("a", "2025-07-02 16:55", "We're really sorry to hear this. Please DM us your booking reference and we'll look into what happened on SK482. ^TR"),
    ("c", "2025-07-02 17:20", "dm'd. we finally took off btw. still want an explanation and the compensation thats owed"),
])

h("undetermined", "", "neutral", "routine_question;third_party;signature", "Harbourline Insurance", "email", [
    ("c", "2025-09-15 08:05", "Hello,\n\nMy son starts at Leeds next week and is taking his laptop (a 2023 MacBook Air, about £1,100). Is it covered under our home contents policy HL-448-20917 while he's in halls, or do I need to add something?\n\nMany thanks,\nGillian Threlfall\n07700 900412"),
    ("a", "2025-09-15 13:40", "Dear Mrs Threlfall,\n\nThank you for getting in touch. Your policy includes cover for students' belongings away from home up to £2,000 per item, so the laptop is covered while he's in halls, provided his room is locked when he's out. No changes are needed.\n\nKind regards,\nRavi Osei\nHarbourline Insurance Customer Care"),
    ("c", "2025-09-15 14:02", "That's great, thank you Ravi.\n\nGillian"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues;short_signal", "Tellwave", "chat", [
    ("c", "2025-01-21 19:03", "hi my phone's asking for a PUK code after I got the PIN wrong three times, how do I get it"),
    ("a", "2025-01-21 19:04", "Hi there, this is Dani from Tellwave 😊 We love having you with us! I can help with that. Can you confirm the last four digits of the card you pay your bill with?"),
    ("c", "2025-01-21 19:05", "4471"),
    ("a", "2025-01-21 19:07", "Thanks! Your PUK is 52918830. Type it in, then choose a new PIN. Anything else? You're part of the Tellwave family, so just shout 💙"),
    ("c", "2025-01-21 19:09", "worked. ta"),
])

h("undetermined", "", "negative", "tenure_for_complaint;single_incident;agent_cues;quoted_reply;quoted_cue;signature", "Crestmont Bank", "email", [
    ("c", "2025-04-11 10:22", "Subject: Missing transfer ref CRB-20250407-3318\n\nI've had a current account with Crestmont since 2014 and I've never had to write one of these, so I'm not sure who it goes to. On 7 April I sent £2,350 to my builder (sort code and account number checked twice). It left my account and your app shows it as 'completed'; he says it hasn't arrived. Could someone trace it and tell me where it is?\n\nRegards,\nDeclan Furey"),
    ("a", "2025-04-11 15:10", "Dear Mr Furey, thank you for your patience and for being a valued customer for over a decade. I've raised a trace with the receiving bank (case 77-19024); these normally complete within 3 working days. Kind regards, Hannah, Crestmont Payments Team"),
    ("c", "2025-04-15 09:12", "Hi Hannah,\n\nIt landed in his account this morning. Thanks for chasing, though I'd still like to know why it sat somewhere for a week.\n\nDeclan\n\nOn Friday, 11 April 2025, Crestmont Bank wrote:\n> Dear Mr Furey, thank you for your patience and for being a valued customer for over a decade.\n> I've raised a trace with the receiving bank (case 77-19024); these normally complete\n> within 3 working days."),
])

h("undetermined", "", "negative", "retweet;news_share;emoji;short_signal;public_post", "Northglow Energy", "tweet", [
    ("c", "2025-02-03 08:15", "🙄 RT @moneydeskuk: Northglow Energy to raise standing charges by 11% from 1 April, affecting 1.2m households"),
])

h("undetermined", "", "negative", "employee;symptom;public_post", "Parcelhawk", "forum", [
    ("c", "2025-10-28 21:40", "Posting from the drivers' side for once. I've been on the Bexley route for Parcelhawk for two years and the handhelds at our depot have died by 2pm every day since the start of October. That's why you get 'we tried to deliver' at 3pm with nobody knocking: we physically can't scan after that. Not an excuse, just so you know it's not us being lazy. Management know and shrug."),
])

h("undetermined", "", "negative", "third_party;routine_question;agent_cues;public_post", "Brightvault Bank", "forum", [
    ("c", "2025-06-09 12:31", "Does anyone know if Brightvault are closing the Hexham branch? My dad (84) got a letter saying his accounts are being 'moved to digital servicing' and he doesn't have a smartphone. He's banked there his whole life and he's worried sick. Bit of a cheek after sixty years. Who do I even ring?"),
    ("a", "2025-06-09 13:05", "Hi Carol, we'd love to help your dad. Nothing changes at the Hexham counter, and he can keep banking by phone or in branch. Please send us a private message and we'll arrange a call at a time that suits him. Brightvault"),
])

h("undetermined", "", "mixed", "mixed_aspects;caps;public_post", "Velmora", "review", [
    ("c", "2025-04-27 20:05", "★★★☆☆ The fabric is gorgeous, properly heavy linen, and the colour (Sage) is exactly like the photos. BUT the sizing is a lottery: I'm a 12 everywhere, the 12 wouldn't go over my hips and the 14 is a tent. Kept the 14 and had it taken in for £18. Great dress now, annoying journey."),
])

h("undetermined", "", "mixed", "for_work_occasion;mixed_aspects;second_language;agent_cues;public_post", "Hotel Brume", "review", [
    ("c", "2025-11-06 22:14", "4/5 stars. I was in Lyon for work (the cardiology congress) and stayed three nights. The room is calm and very clean, the bed is excellent, the reception speaks English and French with a smile. The breakfast is however poor for the price: industrial croissants, in Lyon! The location near Part-Dieu station is perfect for a congress."),
    ("a", "2025-11-07 09:20", "Dear guest, thank you for choosing Hotel Brume. We have shared your remark about the croissants with our chef. You will always be at home with us and we hope to welcome you again! Margaux, Guest Relations"),
])

h("undetermined", "", "positive", "idiom;short_signal;emoji;public_post", "Copperkettle Coffee", "tweet", [
    ("c", "2025-01-13 08:02", "would honestly sell a kidney for a @CopperkettleUK oat flat white right now but the queue at waterloo is out the door and my train is in 6 min 😭"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;agent_cues;public_post", "Emberforge Games", "app", [
    ("c", "2025-08-17 13:25", "★★★★★ Dangerously addictive loop (dig, craft, sell, repeat) and the crafting tree is much deeper than it looks. The art is gorgeous and the soundtrack is worth wearing headphones for. Only gripe: the tutorial is twenty minutes too long. Great game."),
    ("a", "2025-08-18 10:00", "We love that you love the loop! Tutorial skip is coming in the next update. See you in the Reach 💜 Emberforge Games"),
])

h("undetermined", "", "positive", "single_thanks;signature;occasion", "Swiftcrate", "email", [
    ("c", "2025-12-19 17:44", "Hi,\n\nI just wanted to pass on a thank you to your driver on the Kilburn round today (I think his name was Colm). The parcel was my mum's Christmas present and he'd clearly clocked the dog in the window, so instead of leaving it on the step he put it in our recycling bin and a note through the door saying where. It's fine and it's wrapped.\n\nThanks,\nPriyanka Shah\n\nSent from my phone"),
])

h("undetermined", "", "negative", "single_incident;agent_cues", "Tiffinly", "chat", [
    ("c", "2025-03-29 13:10", "Order TF-88213. I ordered veg thali and got chicken biryani. I am vegetarian. Kindly refund, I can't eat this."),
    ("a", "2025-03-29 13:11", "Hello Aditi, I'm so sorry about this! At Tiffinly we treat every customer like family, so I completely understand. Let me check the order."),
    ("a", "2025-03-29 13:13", "I've processed a full refund of ₹340 to your original payment method and added a ₹100 voucher as an apology. It should reflect in 3-5 working days."),
    ("c", "2025-03-29 13:15", "Ok. Please tell the restaurant to check the labels, it is not a small thing for us. Thanks for the quick refund."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;emoji;single_incident;public_post", "Ringo Mobile", "tweet", [
    ("c", "2025-05-10 15:37", "love that my 'unlimited' @RingoMobileAU data drops to nothing the second i walk into the MCG. 90,000 people and me, refreshing the footy score like it's 2004. cheers ringo 🙃"),
])

h("undetermined", "", "negative", "not_chosen;single_incident;strong_words;caps;public_post", "Parcelhawk", "review", [
    ("c", "2025-11-12 12:00", "1 star. I didn't pick Parcelhawk, the shop I ordered from did. Tracking said 'delivered, handed to resident' at 10:14. I was at home, at the front window, from 9 till 1. Nobody came, no photo. The 'resident' is apparently a very quiet ghost. Shop says take it up with the courier, the courier's chatbot says take it up with the shop. WORST delivery I've had in a long time."),
])

h("undetermined", "", "neutral", "routine_question;quoted_reply;quoted_cue;signature", "Solwyn Power", "email", [
    ("c", "2025-10-02 09:26", "Hi,\n\nThanks for this. One more question: the in-home display says 0.00 kWh for the last two days but the heating has definitely been on. Do I need to send readings manually until it's fixed, or will you estimate?\n\nBest,\nTomasz Nowak\nFlat 3, 22 Ferncliffe Road\n\nOn Wednesday, 1 October 2025, Solwyn Power wrote:\n> Hi Tomasz,\n> Your smart meter is now commissioned and will send readings every 30 minutes.\n> Thanks for being one of our loyal customers, we're always here if you need us.\n> Solwyn Power Customer Team"),
    ("a", "2025-10-02 14:05", "Hi Tomasz, the display is a separate device from the meter. Your meter is sending half-hourly readings and we can see them, so there's no need to send any. Try switching the display off and on at the plug. Solwyn Power Customer Team"),
])

h("undetermined", "", "negative", "bug_report;symptom;agent_cues;public_post", "Pixelmoor", "forum", [
    ("c", "2025-06-21 23:55", "Black screen after the 3.1 patch when I alt-tab out of Starbridge, anyone else? Happens every time, have to kill it in task manager. RTX 3060, Win 11, drivers up to date. Sucks because I was mid-raid and the squad went on without me."),
    ("a", "2025-06-22 10:18", "Thanks for reporting! We've logged it as SB-4412. Our community is the best at finding these, and a hotfix is on the way. Mod_Juniper, Pixelmoor"),
])

h("undetermined", "", "negative", "competitor;single_incident;sarcasm;occasion;emoji;public_post", "Forkfleet", "tweet", [
    ("c", "2025-02-14 21:12", "@Forkfleet 52 min for a pizza from 0.8 miles away and it turned up folded in half. my flatmate ordered from munchwagon at the same time and had finished before mine left the shop. valentines sorted 🙃"),
])

h("undetermined", "", "positive", "rating_mismatch;agent_cues;third_party;public_post", "Voltaro", "review", [
    ("c", "2025-09-02 11:40", "1 star. Sorry, I meant five and I can't work out how to change it! The kettle is brilliant: boils a full jug in under two minutes, the blue light is nice and it's quieter than I expected. My mother-in-law approved of it, which is a first for anything in this house."),
    ("a", "2025-09-03 08:15", "No problem at all, we're so glad you love it (and that it passed the mother-in-law test!). Voltaro Customer Care"),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;third_party;agent_cues", "Streamory", "chat", [
    ("c", "2025-08-04 20:30", "Quick one: can my nan go on our Family plan if she lives in Bristol and we're in Cardiff? The help page says 'one household' and I don't want her getting blocked"),
    ("a", "2025-08-04 20:31", "Hi! Great question 😊 The Family plan is for one household, so your nan would need her own account, but Streamory Lite is £3.99 a month and works on a TV. We love that you want to share Streamory with your family!"),
    ("c", "2025-08-04 20:33", "ok fair enough, I'll tell her about Lite"),
])

h("undetermined", "", "neutral", "routine_question", "Arvent Motors", "chat", [
    ("c", "2025-03-17 07:50", "Good morning. Kindly advise on the service interval for the Arvent Tundra 2.4D. The manual says 15,000 km but the dealer in Westlands is telling me 10,000 km because of 'Kenyan roads'. Which one should I follow for the warranty?"),
    ("a", "2025-03-17 07:53", "Good morning Brian, thanks for asking. For vehicles driven mainly on unpaved or dusty roads the severe-duty schedule of 10,000 km applies, and following it keeps your warranty valid. On tarmac only, 15,000 km is fine."),
    ("c", "2025-03-17 07:55", "Noted, thank you. Mostly murram roads to the farm so 10,000 it is."),
])

h("undetermined", "", "positive", "occasion;other_type_cue;public_post", "Millbridge Rovers Shop", "review", [
    ("c", "2025-12-28 10:15", "5 stars. Bought the new home shirt with JAYDEN 9 on the back for my lad's 10th birthday. Ordered on the Monday &amp; it arrived Thursday, printing is spot on and it survived the first wash. He hasn't taken it off since. Good service."),
])

h("undetermined", "", "negative", "product_attribute;other_type_cue;caps;hashtag;emoji;short_signal;public_post", "Streamory", "tweet", [
    ("c", "2025-11-23 23:48", "@Streamory the drift finale BETRAYED me. eight episodes of build-up for THAT?? i need to lie down 😭 #DriftFinale"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;quoted_reply;quoted_cue;signature", "Quayside Cover", "email", [
    ("c", "2025-02-10 08:40", "Claim QC-H-550127, escape of water, 14 Elm Row\n\nThis is the fourth time I am sending the same six photos of the same kitchen ceiling. They are attached again. Each time a new handler picks up the file, asks for the photos, and the clock starts from zero. The first email was in October.\n\nI renewed with you in January regardless, because moving the policy with a claim open would only make this longer. Please confirm someone now has the photos, and give me a date for the loss adjuster.\n\nFiona MacLeod\n\nOn Monday, 3 February 2025, Quayside Cover wrote:\n> Dear Ms MacLeod,\n> Thank you for your patience. To progress your claim we require photographs of the damage.\n> We truly value you as a Quayside customer.\n> Claims Team"),
    ("a", "2025-02-11 12:15", "Dear Ms MacLeod, I have located all previous submissions and attached them to the file. The loss adjuster will attend on 19 February between 9am and 1pm. I apologise for the repeated requests. Kind regards, Owen Pryce, Claims Handler"),
    ("c", "2025-02-26 17:02", "Owen, the adjuster came, looked, and told me the report 'goes back to the claims team', so I suppose we go round once more. I'll chase on the 10th like every other month.\n\nFiona"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;caps;retweet;quoted_cue;typos;public_post", "Safariline", "tweet", [
    ("c", "2025-06-03 09:14", "@SafarilineCare day 9 of 'your issue has been escalated'. bundle still deducted twice. at this point me and your call centre are on first-name terms, Achieng says hi"),
    ("a", "2025-06-03 09:40", "Hello, apologies for the inconvenience. Kindly DM us your number so we can check the status of your ticket. ^WK"),
    ("c", "2025-06-03 09:52", "ive DM'd your team 6 times since may. check the DMs 🙂"),
    ("c", "2025-06-17 20:05", "@SafarilineCare ok refund came. 2 weeks. and tonight the same bundle was deducted twice AGAIN. see you tomorrow Achieng"),
    ("c", "2025-06-18 08:30", "lol RT @SafarilineKE: We love our loyal customers! Double data all weekend, only for you 💚"),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;agent_cues;other_type_cue;public_post", "Parcelhawk", "forum", [
    ("c", "2025-08-12 19:20", "Small eBay seller here. I send 30-40 parcels a month through Parcelhawk drop-offs because they're 80p cheaper than anyone else and I'm not made of money. Every single month at least one goes 'lost' and turns up at the buyer's three weeks later, after I've refunded them. I've a spreadsheet with a tab called 'PH claims' that has 27 rows. The claim form wants a photo of the packed parcel, which nobody takes. Has anyone actually won a claim this year or do we just eat it?"),
    ("a", "2025-08-13 08:45", "Hi, Parcelhawk here 👋 We hate to hear this and we really value our business senders. Please DM your claim numbers and we'll review them together."),
    ("c", "2025-08-13 09:30", "Sent four of them. Not holding my breath, this is round six of 'we'll review them together'."),
])

h("adversaries", "", "negative", "paraphrase;negation;agent_cues;public_post", "Northglow Energy", "forum", [
    ("c", "2025-11-24 18:02", "Northglow Energy, billing dispute number five of 2025. I have a ring binder now. It has dividers. Ring, 47 minutes of the same four bars of Vivaldi, explain from the beginning to someone new, promised a callback within 48 hours, no callback, repeat in six weeks. I'd switch but you can't switch with a balance in dispute, which I suspect you know. I don't even get angry anymore. It's just a Monday."),
    ("a", "2025-11-25 09:10", "Hi Martin, we're sorry to hear this and we'd love to put it right. Please send us a private message with your account number and we'll look into it for you. Jess"),
    ("c", "2025-11-25 09:44", "Sent. For the binder: that's message one of dispute five."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;hashtag;evolving;public_post", "Naira Nest", "tweet", [
    ("c", "2025-04-08 10:30", "@NairaNestHQ you froze my account with ₦312,000 inside for 3 weeks 'for review' and nobody can tell me what you are reviewing. my rent is due friday. abeg release my money"),
    ("a", "2025-04-08 11:05", "Hi, we're sorry for the inconvenience. Kindly send us a DM with your registered phone number. ^FA"),
    ("c", "2025-04-29 16:22", "money finally out. moved every kobo to another bank the same day. these people are not a bank, they are a trap. if you are thinking of opening a naira nest account, don't. tell your people. #NairaNest"),
])

h("enemies", "", "negative", "paraphrase;update_edit;agent_cues;public_post", "Hallow & Finch", "review", [
    ("c", "2025-03-03 18:45", "1/5. Ordered a wool coat, £160, got a polyester one with a wool label sewn in over the top of another label. Sent it back tracked on 4 Feb. No refund. Eleven emails. I have told the whole netball club, both teams and their group chats. Do not give this company your card details."),
    ("a", "2025-03-04 09:20", "We're so sorry to hear this. We pride ourselves on caring for our Hallow & Finch community. Please contact care@hallowfinch.example.com with your order number so we can make this right."),
    ("c", "2025-03-19 21:00", "Update: emailed the address above as asked, twice. Auto-reply both times. Still no refund, it's going through my bank now. Avoid."),
])

h("enemies", "", "negative", "other_type_cue;caps;public_post", "Nightjar TV", "app", [
    ("c", "2025-10-13 07:12", "1 star because zero isn't allowed. Cancelled in August, billed in September AND October. I've deleted it from my phone, my partner's tablet and my parents' TV, and cancelled the sub I'd set up for my mum. A company that keeps charging after you cancel doesn't get to be in this house. Not one good word to say about them."),
])

h("enemies", "adversaries", "negative", "paraphrase;quoted_reply;quoted_cue;signature", "Harbourline Insurance", "email", [
    ("c", "2025-12-02 16:30", "Policy HL-301-77845 / Claim HL-C-90122\n\nSeven months, three loss adjusters and one 'final review' later, you have refused our burglary claim because the back door was 'not to the standard described'. It is the same door your own surveyor photographed in 2023.\n\nPlease cancel the policy from today. We will not be insuring anything with Harbourline again, and I have put the full correspondence on our street's neighbourhood group so nobody else on Cranmore Avenue makes the same mistake. The ombudsman complaint went in this morning.\n\nPeter and Alison Wragg\n\nOn Thursday, 27 November 2025, Harbourline Insurance wrote:\n> Dear Mr Wragg,\n> Following our final review, we are unable to accept your claim.\n> We appreciate your loyalty as a Harbourline customer since 2016.\n> Yours sincerely, Claims Review Team"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;competitor;agent_cues;emoji;public_post", "Bean & Bothy", "forum", [
    ("c", "2025-05-06 07:58", "Bean & Bothy Castlegate. Six years, same order, and for most of them it was on the counter before I'd got my card out. Since the new owners: new cups, new app, new 'experience', and last Tuesday the lad asked me how to spell Moira. Nothing against him. I've started walking the extra ten minutes to the place by the station, and I didn't think I'd be the sort to write one of these."),
    ("a", "2025-05-06 10:30", "Hi Moira, we'd hate to lose a regular like you! Come in and say hi to the new team, your next drink is on us ❤️"),
    ("c", "2025-05-06 12:14", "That's kind, but it isn't the coffee. It's that nobody knows anybody in there now 🤷"),
])

h("ex_friends", "", "negative", "evolving;update_edit;paraphrase;public_post", "Lumessa Skin", "review", [
    ("c", "2023-02-14 21:10", "★★★★★ Holy grail. Fourth jar. Calmed the redness on my cheeks in about a fortnight and nothing else has done that in ten years of trying. I'll keep buying it till they stop making it."),
    ("c", "2025-06-30 22:40", "Update, two years and seven jars later: ★☆☆☆☆ They've changed the formula (new 'improved' texture, same name, same jar) and it's broken my chin out for the first time since uni. I went back through my order history: £290 with you since that first review. I'm not buying jar eight. Really gutted."),
])

h("ex_friends", "master_slave", "negative", "loyal_grievance;agent_cues;signature;paraphrase;quoted_reply", "Corvane Airways", "email", [
    ("c", "2025-01-09 12:10", "Dear Corvane Customer Relations,\n\nFor nine years I flew with you to Nairobi every quarter and to Accra twice a year, and I chose you every time, even when it cost more. Your letter of 2 January thanks me for my 'years of loyalty' in the same paragraph that removes lounge access for Silver members. I read it twice to be sure.\n\nMy next three trips are booked with another airline. I'm not writing to negotiate; I'm writing because after nine years someone there should know why.\n\nYours,\nDr Ngozi Eze\nSilver member CV-882-1045"),
    ("a", "2025-01-10 10:00", "Dear Dr Eze, thank you for your years of loyalty, which we truly value. As a gesture of goodwill we have added 5,000 Corvane Miles to your account. We hope to welcome you on board again soon. Corvane Customer Relations"),
    ("c", "2025-01-10 18:30", "Thank you for the miles. They will expire unused.\n\nN. Eze\n\nOn Friday, 10 January 2025, Corvane Airways wrote:\n> Dear Dr Eze, thank you for your years of loyalty, which we truly value.\n> As a gesture of goodwill we have added 5,000 Corvane Miles to your account."),
])

h("ex_friends", "", "negative", "paraphrase;negation;agent_cues;public_post", "Emberforge Games", "forum", [
    ("c", "2025-09-30 23:10", "2,140 hours in Hollow Reach according to Steam. Collector's edition on the shelf, the cartographer pin on my bag, two fan maps in the wiki. Since the Seasons patch put the good tools behind a £9.99 pass I've uninstalled. Not rage-quitting, not review-bombing. I just don't recognise it as the game I spent lockdown in, and I don't want to be around for what comes next."),
    ("a", "2025-10-01 11:00", "Hey, thank you for everything you've given this community over the years. We read every post like this and we'll share your thoughts with the team. Community Manager Fen"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;negation;competitor;other_type_cue;emoji;agent_cues;public_post", "Brightvault Bank", "forum", [
    ("c", "2025-03-21 19:45", "Nineteen years with Brightvault. Two mortgages, the car loan, both kids' first accounts, the lot. I'm not a loyal person by nature, I switch energy and phone every year on principle, but everyone at work goes on about the apps with the bright cards and the cashback and I genuinely don't even look. When the Dunmore branch staff retire I'm going to cry in the queue. Just wanted to say it out loud somewhere 💚"),
    ("a", "2025-03-22 09:00", "This made our day, Sandra! We love having you with us, and we'll pass your lovely words on to the Dunmore team 💚"),
])

h("marriage_partners", "old_friends", "positive", "occasion;paraphrase;agent_cues;public_post", "Kowhai Lodge", "review", [
    ("c", "2025-02-08 10:30", "5 stars. Eighth February, eighth year. We came for our anniversary in 2018 and haven't been anywhere else for it since. The kids keep offering us Fiji; we keep saying no thanks. Room 4 with the tūī in the kōwhai outside, Mere's whitebait fritters, the same walk to the falls. When we're too old to drive we'll get the shuttle. See you next Feb, Mere."),
    ("a", "2025-02-09 08:45", "Kia ora Graham and Ruth, you are part of the Kōwhai whānau now. Room 4 is already pencilled in for 2026! Mere"),
])

h("marriage_partners", "", "positive", "paraphrase;short_signal;emoji;public_post", "Voltaro", "tweet", [
    ("c", "2025-06-12 20:15", "every appliance in this flat is @VoltaroHome except the toaster, which was a gift and which i resent daily. 7 years, zero regrets. when is the voltaro toaster coming, i'm ready"),
    ("a", "2025-06-12 20:31", "We'll make sure you're the first to know 👀 ^LP"),
    ("c", "2025-06-12 20:40", "don't tease me like this 😩"),
])

h("marriage_partners", "", "positive", "paraphrase;second_language;idiom;other_type_cue;public_post", "Strahl Automobile", "forum", [
    ("c", "2025-04-19 14:05", "This is my fourth Strahl since 2006, now the Kombi 320 in grey. At the handover the salesman asked me, only for his form, if I had looked at other brands. I told him I will look at other brands when they carry me out of the garage with the feet first. My wife says I am a little bit crazy. She also drives one, since 2015."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues;signature;tenure_for_complaint;quoted_reply", "The Alder Rooms", "email", [
    ("c", "2025-10-20 09:15", "Dear Ms Lindqvist,\n\nI have stayed in the Garden Suite eleven times. On each of those occasions I have had to explain to your front desk that the feather pillows are to be removed and the room kept at 19 degrees. This is on my profile. I should not have to recite it like a stranger on my twelfth visit, nor be offered 'a look at our pillow menu'.\n\nI shall expect a call from you personally before my March booking, not a form email.\n\nJ. Aldous Pemberton"),
    ("a", "2025-10-20 15:00", "Dear Mr Pemberton, please accept my sincere apologies. You are one of our most valued guests and your preferences are now flagged on every booking. I will telephone you on Thursday. Warm regards, Ingrid Lindqvist, General Manager"),
    ("c", "2025-10-24 11:20", "Thursday has come and gone. I shan't chase.\n\nJ.A.P.\n\nOn Monday, 20 October 2025, The Alder Rooms wrote:\n> Dear Mr Pemberton, please accept my sincere apologies. You are one of our most valued\n> guests and your preferences are now flagged on every booking. I will telephone you on Thursday."),
])

h("master_slave", "", "negative", "caps;short_signal;paraphrase;public_post", "Skyvale Air", "tweet", [
    ("c", "2025-08-22 06:40", "@SkyvaleAir i'm on my 61st flight with you this year and you've put me in 34E by the toilets on a 9 hour. someone from your premium desk needs to call me before boarding. not a DM. a call. TODAY"),
    ("a", "2025-08-22 06:58", "Hi Oliver, sorry to hear this. Please DM us your booking reference and we'll see what we can do. ^MB"),
    ("c", "2025-08-22 07:02", "did you read the tweet"),
])

h("master_slave", "", "negative", "agent_cues;sarcasm;paraphrase", "Greenbarrow", "chat", [
    ("c", "2025-02-27 18:00", "I pay £89 a year for the Greenbarrow Delivery Pass precisely so that I don't have to check substitutions. Tonight I've been given oat milk for whole milk and a 'similar' gin. I don't want a voucher. I want a named person to approve any substitution on my account in future, by phone."),
    ("a", "2025-02-27 18:02", "Hi Caroline, I'm so sorry, we value our Delivery Pass members so much. I've refunded both items and added a £5 voucher as a thank you for your loyalty."),
    ("c", "2025-02-27 18:03", "Did you read what I wrote? I said no voucher. Put me through to a manager."),
    ("a", "2025-02-27 18:06", "I understand. I've requested a callback from our customer service manager within 24 hours."),
    ("c", "2025-02-27 18:07", "Within 24 hours. Remarkable."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "competitor;paraphrase;other_type_cue;public_post", "Marketley", "review", [
    ("c", "2025-07-19 09:05", "Rated 4 out of 5. Weekly shop for a family of four for about £95, which is what we used to spend at Hollins before the lunch-box stuff. Nothing fancy and the app is clunky (why is the search so bad?) but I can't remember the last missing item and the drivers turn up in their slot. That's all I want from a supermarket, so we keep using it."),
])

h("basic_exchange", "", "positive", "negation;paraphrase;public_post", "Ringo Mobile", "app", [
    ("c", "2025-01-30 12:12", "5 stars. $25 a month, coverage is fine in Brisbane and at Mum's in Toowoomba, and in three years I've never once had to ring them. That's exactly the relationship I want with a phone company. App is basic but it does the bill and top-ups and that's it."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;public_post", "Kestrel Audio", "forum", [
    ("c", "2025-09-09 18:10", "Is it just me who buys the cheapest Kestrel buds every 18 months or so because I've lost or washed the last pair? They're not amazing. They're the cheapest ones I've found that survive a 40-degree wash, and at £24 I'm not going to cry when they disappear down the back of a bus seat. On pair number four."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;emoji;public_post", "Copperkettle Coffee", "tweet", [
    ("c", "2025-10-05 15:20", "the @CopperkettleUK on harbour st still has the wobbly table by the radiator where i did all my a-level revision. 14 years later same table, same cheese toastie, different kind of tired. some places just stay put ☕"),
])

h("old_friends", "", "positive", "paraphrase;emoji;occasion;agent_cues;public_post", "Fresco Lane", "forum", [
    ("c", "2025-08-30 08:40", "Fresco Lane Tuggerah, 31 years of Saturday mornings. I've watched the bakery lady's hair go grey as mine did. My eldest used to ride in the trolley with the racing-car front, now he's six foot three and works in the deli. The new self-serve machines I could live without, but walking in there still feels like a cuppa at home. Happy 40th to the store 🎉"),
    ("a", "2025-08-30 11:15", "Thanks so much Denise! You're part of the Fresco Lane family and we'll make sure the bakery team sees this 🥖"),
])

h("old_friends", "close_siblings", "positive", "paraphrase;signature;agent_cues;occasion", "Bluetern", "email", [
    ("c", "2025-11-14 20:05", "Kia ora Bluetern,\n\nNothing wrong, just a note. I took my first flight on one of your old Fokkers in 1987, aged seven, to visit my gran in Invercargill, with a wee wings badge the crew gave me. I've flown that route at least once a year ever since: for her birthdays, for her funeral, and now to take my own kids to the same beach. Flew it again last Friday and the crew handed my daughter a wings badge. Same badge. I had a moment in seat 7A.\n\nNgā mihi,\nAroha Tane\nDunedin"),
    ("a", "2025-11-17 10:10", "Kia ora Aroha, what a beautiful message, thank you. We'll pass it on to the crew. You're part of our story and we love having your whānau on board. Ngā mihi, Bluetern Customer Care"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;public_post", "Tiffinly", "app", [
    ("c", "2025-04-02 21:45", "4/5. Downloaded it yesterday after a colleague wouldn't stop showing me her lunches. First order: paneer butter masala and two rotis, came in 25 min, still hot, rotis a bit chewy. ₹280 all in. Will see how next week goes before I decide."),
])

h("fleeting_acquaintance", "colleagues", "positive", "paraphrase;signature;agent_cues", "Shiftwise", "email", [
    ("c", "2025-05-13 16:20", "Hi Shiftwise team,\n\nWe're on day 5 of the free trial for our café (two sites, 18 staff). So far so good, the swap requests are a lot better than our WhatsApp chaos. Two questions before I decide whether to carry on past the 14 days: can staff see each other's hours, and can I export to our payroll (we use Tallybook)?\n\nCheers,\nJo Mbeki\nOwner, The Cuppa Co., Fremantle"),
    ("a", "2025-05-14 08:30", "Hi Jo, great to hear the trial is going well! Staff only see their own hours unless you switch on 'team view', and there's a Tallybook export under Reports. We love helping small teams, so shout if anything else comes up. Sam, Shiftwise"),
])

h("fleeting_acquaintance", "fling", "positive", "paraphrase;emoji;short_signal;public_post", "Orchidine", "tweet", [
    ("c", "2025-03-25 19:02", "ok my first ever @OrchidineBeauty order because tiktok would not shut up about the cherry lip oil. if it's mid i'm blaming every single one of you. report in a week 💄"),
    ("c", "2025-04-01 19:30", "lip oil report: it's actually good?? not life-changing but good. might try the blush next @OrchidineBeauty"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;public_post", "Emberforge Games", "app", [
    ("c", "2025-11-02 22:50", "2/5. One star for the servers, five for literally everything else, so two. I've uninstalled Hollow Reach Mobile three times this year out of spite and reinstalled it within the week every time. Writing this review in the 40-minute login queue, which tells you everything about both of us."),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;emoji;other_type_cue;short_signal;typos;hashtag;public_post", "Forkfleet", "tweet", [
    ("c", "2025-09-19 22:10", "@Forkfleet you are simultaneously the worst app on my phone and my dinner four nights a week. 3rd cold order this month and im still ordering tomorrow, we both know it 😩 #forkfleet"),
    ("a", "2025-09-19 22:25", "We hear you! Sorry about the cold order, DM us your order number and we'll sort it. ^JS"),
])

h("love_hate", "", "mixed", "other_type_cue;paraphrase;public_post", "Tidepool Apparel", "forum", [
    ("c", "2025-10-10 09:10", "Every Tidepool drop I swear I'm done: the sizing roulette, the three-week refunds, the 'sustainable' packaging that's two plastic bags. And every drop I'm there at 9:00 with the bag full and my finger on Pay. Today's was the fleece. I hate that it's perfect."),
])

# ================================================================ business_partners (2)

h("business_partners", "colleagues", "positive", "agent_cues;paraphrase;public_post", "Ledgerly", "forum", [
    ("c", "2025-01-27 10:30", "Three things that would save our practice about an hour per client at year end, from someone who has run 140 sole-trader returns through Ledgerly since 2021:\n\n1. Let us bulk-tag bank lines by payee across clients, not one client at a time.\n2. A 'client hasn't uploaded receipts' report we can send as a reminder.\n3. Mileage: remember the last journey instead of starting from blank.\n\nI've mocked up #2 in a spreadsheet and I'm glad to jump on a call with whoever owns reporting. We'd rather see Ledgerly get this than move to something else."),
    ("a", "2025-01-28 09:40", "Thanks so much Imran, this is exactly the kind of input we love from our partner practices. I've shared it with the reporting squad and Chloe will be in touch to book a call. Ledgerly Community Team"),
    ("c", "2025-02-12 14:00", "Had the call with Chloe, she's got the spreadsheet. Put us down to test #2 whenever there's a build."),
])

h("business_partners", "", "positive", "paraphrase;signature", "Millbridge Rovers Shop", "email", [
    ("c", "2025-06-24 20:15", "Hi Rovers Shop team,\n\nI've bought the kids' kits from you every season since 2019 (three kids, so that's a lot of shirts) and I wanted to pass on a few things from a parent's side before the new kits launch:\n\n- Kids' sizes are by age but they run small. A chest measurement next to each size would save a lot of returns.\n- The name-printing option disappears from the basket if you change the size. It happened to me twice.\n- A reminder email when the pre-order window opens would be brilliant.\n\nI've attached a rough mock-up of how a size page could look. No reply needed, just hope it helps.\n\nUp the Rovers,\nKaren Doyle"),
    ("a", "2025-06-26 11:00", "Hi Karen, this is really helpful, thank you. We've passed the size-chart idea to our web team and the basket bug is being fixed this week. Rovers Shop"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;emoji;hashtag;short_signal;paraphrase;public_post", "Velmora", "tweet", [
    ("c", "2025-04-04 13:33", "the @VelmoraStudio x dunecollective drop is UNREAL. got the lilac slip, wore it twice this week already. will i still care in june? absolutely not. do i care RIGHT NOW? with my whole chest 💜💜 #velmoraxdune"),
])

h("fling", "fleeting_acquaintance", "positive", "paraphrase;public_post", "Arvent Motors", "forum", [
    ("c", "2025-07-14 21:00", "Collected my Spark EV on Friday, my first Arvent and my first electric anything. I've since driven it to nowhere in particular four evenings in a row, including a 60 km round trip to buy one (1) ice cream. The one-pedal driving is ridiculous fun. Ask me in a year, but right now I'm grinning like an idiot."),
])

# ================================================================ best_friends (2)

h("best_friends", "marriage_partners", "positive", "paraphrase;signature;agent_cues", "Solwyn Power", "email", [
    ("c", "2025-04-28 10:40", "Dear Solwyn,\n\nI wanted to write properly. When Alan died in March your team rang me before I'd even thought about the gas and electric. Mehreen moved the account into my name without my having to send anything twice, told me about the priority register I didn't know existed, and said plainly that my direct debit was too high, and lowered it. Nobody else I dealt with that month told me I was paying too much. I've told the widows' group at church that you are the ones to talk to, and I'll be staying put.\n\nWith thanks,\nMargaret Oyelaran"),
    ("a", "2025-04-29 09:00", "Dear Margaret, thank you so much for taking the time to write, and we're so sorry for your loss. We've passed your words to Mehreen. We're always here for you. Solwyn Customer Care"),
])

h("best_friends", "", "positive", "paraphrase;other_type_cue;agent_cues", "Crestmont Bank", "chat", [
    ("c", "2025-08-07 12:00", "Hi, can I speak to Priya Raman if she's working? She's my advisor."),
    ("a", "2025-08-07 12:01", "Hi Tunde, Priya's in today, I'll transfer you now 😊"),
    ("a", "2025-08-07 12:04", "Hi Tunde, it's Priya. How did the meeting with the landlord go?"),
    ("c", "2025-08-07 12:06", "Honestly? Better because of you. I walked in with the payment plan you helped me write and he signed it. I've told you things about my debts that my brother doesn't know, and you've never once made me feel stupid. Thank you. I mean it."),
    ("a", "2025-08-07 12:07", "That means a lot. That's what we're here for. Shall we look at the overdraft next week?"),
    ("c", "2025-08-07 12:08", "Yes please. Tuesday?"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;other_type_cue;short_signal;public_post", "Streamory", "tweet", [
    ("c", "2025-09-01 18:18", "my streaming rotation this year: @Streamory jan-apr for the baking show, something else over winter for the football, back in sept for the new season of drift. no hard feelings streamory, you're in the mix, just not every month"),
    ("a", "2025-09-01 18:40", "We'll keep the kettle on for September 🫖 ^AK"),
])

h("buddies", "", "positive", "paraphrase;competitor;negation;other_type_cue;public_post", "Greenbarrow", "forum", [
    ("c", "2025-01-18 11:11", "Someone in the village group asked which supermarket is best. My answer: Greenbarrow for veg and bread, the discounter for cleaning stuff and tins, the market on Saturday for eggs. Been doing it that way for years. Don't need a points card in my purse for any of them, thanks all the same."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "paraphrase;other_type_cue;public_post", "Pixelmoor", "app", [
    ("c", "2025-03-12 23:40", "4/5. I set a screen-time limit on Starbridge to stop me opening it at work and I've tapped 'ignore limit' eleven times today. I check my greenhouse before I check the weather in the morning. My partner has started calling it 'the other woman'. Minus one star because I want my evenings back, which is not the game's fault. Or is it."),
])

h("dealer_addict", "", "positive", "paraphrase;emoji;hashtag;short_signal;other_type_cue;public_post", "Chopmate", "tweet", [
    ("c", "2025-07-25 13:05", "@ChopmateNG i have ordered the same jollof and turkey from mama eko's through you 9 days straight. my sister has asked if i'm okay. i am not okay. day 10 loading 😭😭 #jollofdiaries"),
    ("a", "2025-07-25 13:30", "Day 10 is on us 😄 Check your app for a voucher! ^TO"),
    ("c", "2025-07-25 13:41", "you people are enablers. thank you"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;other_type_cue;public_post", "Saucebox", "app", [
    ("c", "2025-05-22 20:55", "5 stars. My husband thinks I've finally learned to make a proper lamb curry. I have not. Saucebox drops it at 6:40, it's in my own pot by 6:45 and the container is in the neighbour's bin by 6:50. Eleven months of compliments. Please, whatever you do, keep the bags plain."),
])

h("secret_affair", "", "positive", "paraphrase;public_post", "Orchidine", "forum", [
    ("c", "2025-11-20 07:30", "I'm 58, I work behind the counter at a building society and every single day there's a line of Orchidine's purple glitter liner under my reading glasses. Nobody at work has ever noticed, and that's rather the point. Just bought my third tube. Please don't discontinue the purple."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "signature;competitor", "Northglow Energy", "email", [
    ("c", "2025-06-16 09:10", "Re: Final demand, account NG-00-4471923\n\nI've received a final demand from Northglow Energy for £412.16 for 14 Lark Road, Sheffield. I have never lived at 14 Lark Road. I have never had an account with Northglow; my electricity has been with another supplier at my current address since 2019. Please remove my name from whatever this is and confirm in writing that no debt will be registered against me.\n\nR. Achterberg\n9 Moss Close, Sheffield"),
    ("a", "2025-06-17 11:40", "Dear Mr Achterberg, thank you for letting us know. The account was opened under a mistyped name and we have removed your details. No debt will be recorded against you. We apologise for the worry."),
    ("c", "2025-06-17 12:05", "Thank you for sorting it quickly.\n\nR. Achterberg"),
])

h("complete_strangers", "", "negative", "short_signal;paraphrase;typos;public_post", "Safariline", "tweet", [
    ("c", "2025-10-08 07:55", "@SafarilineCare who gave you my number? i am not your customer, i have never had a safariline line in my life and i dont plan to. stop sending me 'exclusive bundle offers' at 6am"),
    ("a", "2025-10-08 08:20", "Hello, we apologise. Kindly DM us the number so we can remove it from our promotional list. ^EN"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "second_language;paraphrase;for_work_occasion;public_post", "Hotel Brume", "review", [
    ("c", "2025-03-06 21:00", "4 stars. We stay at Hotel Brume maybe once in the year, when the textile fair brings us to Lyon, sometimes not for two years. It is fine every time: clean, quiet, the breakfast is not the best of Lyon. We don't think much about it, it is simply where we book when we are in the town."),
])

h("casual_acquaintance", "", "neutral", "competitor;paraphrase;negation;public_post", "Bluetern", "app", [
    ("c", "2025-05-05 14:30", "4/5. I fly Bluetern maybe twice a year, usually when the other lot are full or silly money. App checks me in and shows the gate, that's all I need from it. Didn't notice anything special, didn't notice anything bad."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues;public_post", "Pixelmoor", "forum", [
    ("c", "2025-12-03 19:00", "Our guild (Lanternfall, 34 of us) spent three weekends mapping the new caverns and posted the map here last month. Today's patch notes credit us by name and the in-game map is basically ours with nicer colours. This is how it should work: players find stuff, devs build on it, everyone's game gets better. Already planning the next one with the Ironreed lot."),
    ("a", "2025-12-03 20:15", "You lot are legends. Huge thanks from the whole Starbridge team, this community makes the game. Mod_Juniper"),
])

h("teammates", "", "positive", "paraphrase;occasion;public_post", "Solwyn Power", "forum", [
    ("c", "2025-07-02 20:30", "Solwyn neighbourhood battery, six months in: 43 houses on Beckett Street and round the corner. We compare our export figures on a WhatsApp group every Sunday, the Solwyn engineer (shout out Kojo) came to the street barbecue with a laptop and answered questions for two hours, and between us we kept the street's battery above 60% through the evening peak every day in June. Proud of this lot."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;public_post", "Crestmont Bank", "forum", [
    ("c", "2025-09-25 10:00", "My grandad opened his first account at the Crestmont on Mill Street in 1958, my mum had her first job behind the counter there in 1979, and I opened mine in the same building at 16. Took my daughter in on Saturday for her first savings account and the manager got out the old photo of the branch. Three generations and counting."),
])

h("close_siblings", "", "positive", "paraphrase;other_type_cue;public_post", "Ashcombe Albion Club Shop", "review", [
    ("c", "2025-08-11 16:00", "5 stars. Took my daughter to the shop under the East Stand on Saturday for her first Albion scarf, same as my dad did with me in 1994 and his dad with him before that. The lady on the till wrapped it like a wedding present. Our family doesn't do heirlooms, we do this."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;negation;public_post", "Stopover Rooms", "review", [
    ("c", "2025-01-24 08:10", "3 stars. Booked at 11pm from the airport after my connection was cancelled. Clean room, hot shower, loud ice machine. It did exactly what I needed for one night and I can't see any reason I'd ever be back in Dunmore, so this is a one-and-done. No complaints."),
])

h("one_night_stand", "", "neutral", "occasion;paraphrase;public_post", "Hallow & Finch", "review", [
    ("c", "2025-12-31 11:45", "3/5. Bought this sequin jacket at 1am for a party I wasn't sure I'd go to. I went. It was fine, nobody fell over. It's going in the charity bag next week; I'm not a sequin person and I won't be back for more, but it did its one job."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "signature;quoted_reply;quoted_cue;paraphrase", "Shiftwise", "email", [
    ("c", "2025-11-11 08:30", "Hello,\n\nWe run the rotas for our 14 pharmacies through Shiftwise, around 160 staff. It's the tool we open at 7am and close at 7pm and, frankly, I only think about it when it breaks, which is rarely. One request from our area managers: can the 'unfilled shifts' report be filtered by region?\n\nRegards,\nDeepak Nair\nOperations Lead, Nair Pharmacy Group\n\nOn Monday, 10 November 2025, Shiftwise wrote:\n> Hi Deepak,\n> Thanks for being part of the Shiftwise family! Our team would love to hear how you use the reports.\n> Sam"),
])

h("colleagues", "basic_exchange", "positive", "paraphrase;negation;public_post", "Cartograph CRM", "forum", [
    ("c", "2025-04-15 12:12", "Our sales team (9 of us) lives in Cartograph from 8 till 6: pipelines, call notes, quotes. It's not exciting and I don't want it to be, it does the admin so we can sell. Only ask: let the mobile app log calls automatically."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |Rated [1-5] out of 5\b|[1-5]/5\b|[1-5] stars?\b)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
RETWEET = re.compile(r"RT @\w+: .*")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
HEADER = re.compile(r"^On (\w+), (\d{1,2}) (\w+) (\d{4}), (.+) wrote:$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"PUK", "PIN", "MCG", "RTX", "CRB", "INV", "VAT", "JAYDEN", "SIM", "UK"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt)\b")
# warm words an agent's turn must hold for `agent_cues`
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "hate to", "here for", "whānau", "regular"]
# textbook cue words of DOMAIN.md's table; each hit in a customer's own words (quotes and
# retweets removed) should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "does the job", "reliable", "no fuss", "suggestion",
            "you could improve", "feedback", "happy to help", "new collection", "just got the latest",
            "so exciting", "this season", "trust you", "always there for me", "telling me first",
            "go-to", "mix it up", "loyalty card", "i expect", "i demand", "unacceptable",
            "platinum", "disrespect", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "guilty pleasure", "don't judge", "my little secret",
            "never heard of", "who are you", "unsolicited", "came across", "stumbled on",
            "first time", "every now and then", "from time to time", "our community",
            "fellow users", "together", "for years", "since i was a kid", "remember when",
            "my mom always", "family tradition", "like family", "family", "partner", "always",
            "again", "used to love", "not anymore", "gone downhill", "betrayed", "dumped", "hate",
            "scam", "worst", "boycott", "warn everyone", "can't quit", "keep coming back",
            "just this once", "one-time", "impulse", "for work", "our team uses",
            "does what we need", "as usual", "typical", "on hold", "fees again", "fighting with"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without quoted reply lines, the quote header and retweeted text."""
    text = RETWEET.sub("", text)
    return "\n".join(ln for ln in text.split("\n")
                     if not ln.startswith(">") and not HEADER.match(ln))


def check_quotes(text, ts):
    """Every quoted block sits under an `On <weekday>, <date>, <Brand> wrote:` header whose
    weekday matches its date, dated no later than the message."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(">") and (i == 0 or not lines[i - 1].startswith(">")):
            m = HEADER.match(lines[i - 1]) if i else None
            assert m, ("quote without header", text[:40])
            wd, day, month, year = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            date = dt.date(year, MONTHS.index(month) + 1, day)
            assert WEEKDAYS[date.weekday()] == wd, (wd, date)
            assert date <= dt.date.fromisoformat(ts[:10]), (date, ts)
    for ln in lines:
        if ln.startswith("On ") and ln.endswith("wrote:"):
            assert HEADER.match(ln), ln


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    assert ("public_post" in tags) == (ch in PUBLIC), (x["brand"], ch)
    cust = [(ts, t) for r, ts, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    texts = [t for _, t in cust]
    own = "\n".join(own_words(t) for t in texts)
    # reviews open with a written star rating; nothing else does
    if ch in ("review", "app"):
        m = STARS.match(texts[0])
        assert m, texts[0][:30]
        if m.group(1):
            assert len(m.group(1)) + len(m.group(2)) == 5, texts[0][:30]
    else:
        assert not any(STARS.match(t) for t in texts), x["brand"]
        assert "rating_mismatch" not in tags, x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.search(t) for t in texts), x["brand"]
    if "update_edit" in tags:
        assert ch in ("review", "app"), x["brand"]
    # tweets: 280 characters at most, the first names a handle, the brand signs with ^initials
    if ch == "tweet":
        for t in texts:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in texts[0], texts[0][:40]
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    # e-mails and chats: signatures only in e-mails; quoted replies only in e-mails
    if "signature" in tags:
        assert ch == "email", x["brand"]
    for ts, t in cust:
        check_quotes(t, ts)
    # what the tags promise is in the customer's text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in texts), x["brand"]
    assert ("quoted_reply" in tags) == any(ln.startswith(">") for t in texts
                                           for ln in t.split("\n")), x["brand"]
    if "quoted_reply" in tags:
        assert ch == "email", x["brand"]
    if "quoted_cue" in tags:
        assert "quoted_reply" in tags or "retweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), x["brand"]
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in AGENT_WARM), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=6)
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 40
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 5 for c in CHANNELS), chans
        assert sum(1 for x in hists if len(x["msgs"]) == 1) >= 25
        quoted = sum(1 for x in hists if "quoted_reply" in x["trap"].split(";"))
        assert quoted >= 5, quoted
    return assigned, full



def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
