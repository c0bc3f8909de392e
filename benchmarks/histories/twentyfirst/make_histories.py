#!/usr/bin/env python3
"""Invented development histories f001..f080 for relradar (twenty-first set).

Genre: the short public text the tool is judged on. Tweets to airlines' and other brands'
support handles (lower case, typos, hashtags, emoji, abbreviations such as "ur", "pls", "smh",
flight numbers, "DM us"), some with the support account's reply signed with ^initials, one
retweet and one quoted advert; short marketplace product reviews and app-store reviews, with or
without a written star rating, some with the seller's or developer's reply. Most customers
have a single message; the rest have two or three. All texts, names, handles, brands, flight
numbers and addresses (example.com) are invented. Each history is written under its intended
label; ids are assigned by a seeded shuffle (seed 2121) of the harness's type mix so that ids
carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "f"
SEED = 2121
TRAPS = TRAPS | {
    "brand_reply",      # the brand's support account, seller or developer answers (set aside)
    "abbreviation",     # texting shorthand: ur, u, pls, thx, smh, rn, bc, lol, tbh, w/ ...
    "implicit_cue",     # the tie is only implied by a fact: a count, a tier, a habit, a backup plan
    "repeat_letdown",   # the brand has let the customer down again and again (relational, unlike
                        # a symptom: it is the customer's pattern of use that repeats)
    "rating_mismatch",  # the written star rating says the opposite of the words (code the words)
    "advert"}           # a sponsored post or influencer advert, not a customer speaking

# where a history was posted
CHANNELS = ("tweet", "review", "app")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

# one bag, one trip: sarcasm, no sense of a running fight
h("undetermined", "", "negative", "sarcasm;single_incident;abbreviation;agent_cues;brand_reply", "Coastjet", "tweet", [
    ("c", "2025-02-03 22:14", "great job @CoastjetHelp, my bag went to phoenix and i went to tulsa. 40 min at the baggage office and nobody behind the desk. pls just tell me where my stuff is, flight CJ 1187"),
    ("a", "2025-02-03 22:31", "We're so sorry! We value you as a Coastjet flyer and want to get your bag back fast. Please DM us your bag tag number and we'll trace it. ^MB"),
])

# a delay shouted about; strong words, one event
h("undetermined", "", "negative", "single_incident;strong_words;caps;hashtag;abbreviation", "Larkspur Air", "tweet", [
    ("c", "2025-03-14 18:40", "@larkspurair LK 2291 now 4 hrs late and the gate agents know less than the app does. WORST airport day of my life, people sleeping on the carpet #larkspurfail"),
])

h("undetermined", "", "positive", "single_thanks;emoji;third_party", "Meridia Airlines", "tweet", [
    ("c", "2025-01-19 09:05", "shoutout to the crew on @meridiaair MA 740 last night. the flight attendant who crawled under row 22 to find my daughter's bunny is a legend 🐰💙"),
])

h("undetermined", "", "neutral", "routine_question;abbreviation;third_party", "Skyrell Airways", "tweet", [
    ("c", "2025-04-02 13:22", "@SkyrellAir hi can i bring a folding stroller as carry on on the small regional planes or does it have to be gate checked? flying w/ my 1yo next wk, thx"),
])

# a headline passed on without a word of the tweeter's own
h("undetermined", "", "neutral", "retweet;news_share;short_signal", "Altavera", "tweet", [
    ("c", "2025-10-07 07:51", "RT @TravelWireDaily: Altavera to cut 14 routes from its Porto hub this winter, citing a pilot shortage"),
])

# "love that" as sarcasm; the warm words are in the quoted advert
h("undetermined", "", "negative", "sarcasm;quoted_tweet;single_incident;other_type_cue", "Brightlink Mobile", "tweet", [
    ("c", "2025-05-21 08:12", "'built around you, our valued customers' says the @brightlinkmobile poster at my bus stop. built around charging me a $35 reconnection fee on a line that was never cut off, love that for me"),
])

# one locked card, sorted in the thread
h("undetermined", "", "mixed", "single_incident;abbreviation;typos;brand_reply", "Pinecrest Bank", "tweet", [
    ("c", "2025-06-09 17:48", "@pinecresthelp app says my debit card is locked and i didnt lock it. standing at the register w a full cart rn smh"),
    ("a", "2025-06-09 17:53", "Sorry for the trouble! We flagged an unusual charge for your security. Open the app and confirm the alert to unlock the card. ^JL"),
    ("c", "2025-06-09 18:01", "ok that worked thx. a text would've been nice tho instead of finding out at the till"),
])

# product enthusiasm in one review; "obsessed" is about the kettle
h("undetermined", "", "positive", "strong_words;other_type_cue;product_attribute", "Hearthly", "review", [
    ("c", "2025-02-26 20:10", "★★★★★ Obsessed with this kettle. Boils in about 90 seconds, the gooseneck is perfect for pour-over and it holds temperature for half an hour. Best thing on my counter."),
])

h("undetermined", "", "negative", "single_incident;strong_words", "Hearthly", "review", [
    ("c", "2025-07-30 11:35", "1 star. The blender arrived with the jug cracked and the box soaked through. Garbage packaging for a $90 item. Asked for a refund, still waiting."),
])

# the brand name carries the cue; the seller's reply is full of warm words
h("undetermined", "", "mixed", "mixed_aspects;product_attribute;agent_cues;brand_reply", "Loyal Threads", "review", [
    ("c", "2025-03-03 15:02", "3/5. Fits true to size and the fabric is lovely and soft. But the black faded to charcoal after three cold washes. For $48 I expected better."),
    ("a", "2025-03-04 09:17", "Hi Dana, we're sorry about the fading! Our Loyal Threads family means everything to us, so please email care@loyalthreads.example.com and we'll send a replacement."),
])

h("undetermined", "", "negative", "bug_report;symptom", "Coinwise", "app", [
    ("c", "2025-08-12 07:30", "★☆☆☆☆ crashes every time i open the receipt scanner. iphone 13, latest ios, reinstalled twice. useless until it's fixed"),
])

h("undetermined", "", "mixed", "mixed_aspects;brand_reply", "Stridely", "app", [
    ("c", "2025-01-08 06:12", "★★★☆☆ The workouts are great and the coach voices actually get me moving at 5am. But $14.99 a month with no way to download classes for the gym basement? Come on."),
    ("a", "2025-01-09 16:40", "Thanks for the honest review! Offline downloads are on our roadmap for this spring. - The Stridely Team"),
])

h("undetermined", "", "neutral", "routine_question;occasion;third_party", "Harborstay Hotels", "tweet", [
    ("c", "2025-04-28 21:06", "@harborstayhotels does the downtown portland location have on-site parking? booking a surprise weekend for my parents' 40th anniversary in june"),
])

# "for work" is the occasion of one flight; "first ... in a long time" is not a first contact
h("undetermined", "", "positive", "for_work_occasion;other_type_cue;emoji", "Skyrell Airways", "tweet", [
    ("c", "2025-09-16 10:44", "in 3C on @SkyrellAir to chicago for work and the wifi actually works?? first flight in a long time where i got a whole deck done 👏"),
])

# the dog is the one hooked
h("undetermined", "", "positive", "third_party;other_type_cue;caps", "Waggle Bites", "review", [
    ("c", "2025-05-02 19:55", "5 stars. My beagle is straight up addicted, she sits and stares at the cupboard where I keep them. Short ingredient list and no upset tummy. A HIT."),
])

# praise for the competitor; nothing about a tie to Meridia
h("undetermined", "", "negative", "competitor;single_incident", "Meridia Airlines", "tweet", [
    ("c", "2025-07-11 23:18", "flew @altavera out and @meridiaair back this week. altavera: free snacks, legroom, on time. meridia: 2 hr delay, a $9 sandwich and a gate change by shouting. just saying"),
])

h("undetermined", "", "neutral", "routine_question;typos;agent_cues;brand_reply", "Munchly", "tweet", [
    ("c", "2025-02-17 12:30", "@munchly_help how do i remove an old card from my account? cant find it anywhere in settings"),
    ("a", "2025-02-17 12:36", "Hey! We love helping our Munchers 💛 Go to Account > Wallet, swipe left on the card and tap Remove. ^KS"),
])

# five stars, words of a complaint
h("undetermined", "", "negative", "rating_mismatch;single_incident", "Amperly", "review", [
    ("c", "2025-06-20 14:08", "★★★★★ Power bank stopped charging after 9 days and the seller hasn't answered either of my emails. Pretty disappointed."),
])

# a gate agent about the staff app: an employee, not a customer; "again" is a symptom
h("undetermined", "", "negative", "employee;symptom;abbreviation;emoji", "Coastjet", "tweet", [
    ("c", "2025-08-04 23:52", "12 hr day at the gate and the @CoastjetHelp crew scheduling app logged me out mid shift swap again. fix ur internal tools pls, we're the ones smiling at ur customers 🙃"),
])

h("undetermined", "", "positive", "short_signal;other_type_cue", "Scanly", "app", [
    ("c", "2025-03-29 16:16", "★★★★★ simple, fast, does what it says"),
])

# a courier the shop chose, one parcel
h("undetermined", "", "negative", "single_incident;not_chosen", "ParcelHop", "tweet", [
    ("c", "2025-11-12 15:27", "@ParcelHopUK your driver just lobbed my parcel over the side gate into the rain. laptop inside. got it all on the doorbell cam. the shop picked you, not me, so who do i even talk to"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Flickbox", "tweet", [
    ("c", "2025-04-13 21:40", "@flickbox the subtitles on episode 4 are finally in sync, thank you to whoever fixed that 🙏"),
])

h("undetermined", "", "neutral", "routine_question;short_signal", "Brisk & Co", "review", [
    ("c", "2025-10-21 08:03", "Haven't used it yet. Does anyone know if the 2-slice model fits a full bagel? The listing doesn't say."),
])

h("undetermined", "", "negative", "single_incident;strong_words", "Voltura", "tweet", [
    ("c", "2025-09-02 19:31", "@volturacars infotainment screen went black on the interstate, no mirrors no nav, and the dealer says 2 weeks for a part?? on a car that's 5 months old. unreal"),
])

# an influencer's sponsored post
h("undetermined", "", "positive", "advert;hashtag;emoji;other_type_cue", "Dewdrop Skin", "tweet", [
    ("c", "2025-05-15 12:00", "#ad #gifted loving my new @dewdropskin night serum, skin is glowing ✨ code GLOW15 for 15% off"),
])

# ================================================================ adversaries (4)

# third cancellation this month; a backup booking as routine
h("adversaries", "", "negative", "implicit_cue;repeat_letdown;abbreviation", "Meridia Airlines", "tweet", [
    ("c", "2025-03-27 05:46", "@meridiaair 3rd cancelled flight on me this month. at this point i book a backup seat on another carrier before i even leave the house. see u at the rebooking desk, same time next week i guess"),
])

h("adversaries", "", "negative", "repeat_letdown;implicit_cue;abbreviation;typos;brand_reply;other_type_cue", "Brightlink Mobile", "tweet", [
    ("c", "2025-07-08 10:02", "@brightlinkmobile month 4 of billing me for a phone i sent back in march. i have the courier receipt. i have the ref numbers. i do not have any patience left"),
    ("a", "2025-07-08 10:20", "We're sorry for the frustration! Can you DM us your account number so we can take a look? ^RD"),
    ("c", "2025-07-08 10:34", "ive DM'd this account 6 times since april. ur team could recite my account number in their sleep by now"),
])

# stays because the mortgage is there; the same fight each quarter
h("adversaries", "", "negative", "repeat_letdown;tenure_for_complaint;paraphrase", "Pinecrest Bank", "app", [
    ("c", "2025-10-02 20:20", "★★☆☆☆ Every quarter it's the same dance: the app 'updates', my saved payees vanish, I call, 40 minutes of hold music, someone re-adds them. Been doing this since 2022. I'd move banks but my mortgage is here."),
])

h("adversaries", "", "negative", "repeat_letdown;implicit_cue;idiom;brand_reply", "Quillnet Broadband", "tweet", [
    ("c", "2025-05-06 08:58", "@quillnethelp outage number 4 since january. i have the engineer's name saved in my phone. he's a lovely man. i would like to never see him again"),
    ("a", "2025-05-06 09:25", "Hi, we're sorry to hear about the repeated drops. We've opened a priority case for your line, please DM us your postcode. ^AK"),
])

# ================================================================ enemies (4)

# one incident, but a verdict on the company and a call to others
h("enemies", "", "negative", "paraphrase;hashtag;third_party", "Altavera", "tweet", [
    ("c", "2025-08-19 14:15", "do yourselves a favour and don't book @altavera. stranded my mum in lisbon 2 days, no hotel, no vouchers, then denied the claim. the whole company is rotten, tell everyone you know #boycottaltavera"),
])

h("enemies", "", "negative", "paraphrase", "Trailmate", "app", [
    ("c", "2025-06-27 22:41", "★☆☆☆☆ Deleted. This app sells your location to anyone who pays, it's in the privacy policy if you read it. I've got my whole group chat to uninstall it too. Scummy company."),
])

# three orders, then a verdict and a warning: enemies over adversaries
h("enemies", "adversaries", "negative", "repeat_letdown;brand_reply", "Brushwell", "review", [
    ("c", "2025-09-09 17:20", "1 star. Third order from this seller that arrived clearly used, this time with someone else's hair in the brush. They're reselling returns as new. Avoid, avoid, avoid."),
    ("a", "2025-09-10 10:05", "We're sorry you feel this way. Every item is inspected before dispatch. Please contact us through your order page so we can look into this."),
])

# a 2am cancellation, then leaving and warning others; "sisters" is about other women
h("enemies", "", "negative", "evolving;competitor;other_type_cue;abbreviation", "Zoomr", "tweet", [
    ("c", "2025-11-01 02:24", "@zoomrides driver cancelled on me at 2am outside the stadium, price jumped 4x, and ur 'support' is a bot that sends me back to the start"),
    ("c", "2025-11-01 13:10", "deleted @zoomrides, using @hailyo now. not giving another cent to a company that leaves women on the curb at 2am to juice surge pricing. rt so your sisters see this"),
])

# ================================================================ ex_friends (4)

# status and lost standing, leaving for a rival; "loyal" as a grievance
h("ex_friends", "master_slave", "negative", "implicit_cue;loyal_grievance;competitor;abbreviation", "Skyrell Airways", "tweet", [
    ("c", "2025-02-11 19:03", "gold on @SkyrellAir for 6 yrs and this is what loyal gets you: bumped to row 38 for a 'system error' and a $50 voucher. i used to plan trips around your schedule. booking altavera from now on"),
])

h("ex_friends", "", "negative", "paraphrase;implicit_cue", "Copperkettle Coffee", "review", [
    ("c", "2025-04-04 09:12", "2 stars. I've bought this exact coffee for ten years, it was the one thing in my pantry I never had to think about. The 'new roast profile' tastes like burnt cardboard and the bag shrank to 10oz. Sad to say I'm done."),
])

# "remember when" in a story of decline; the agent's "loyalty" does not count
h("ex_friends", "", "negative", "other_type_cue;agent_cues;brand_reply;implicit_cue", "Munchly", "tweet", [
    ("c", "2025-06-13 20:47", "remember when @munchly_help fees were $1.99 and someone answered the chat? i ordered from you pretty much every friday since 2019. now it's a $7.49 fee, a service fee, a tip screen and cold fries"),
    ("a", "2025-06-13 21:02", "We hear you and truly value your loyalty! We'd love to make it right, check your DMs for a credit 💛 ^KS"),
    ("c", "2025-06-13 21:30", "appreciate the credit but i cancelled my munchly+ this morning. it's not the same app anymore"),
])

h("ex_friends", "", "negative", "paraphrase;other_type_cue", "Foxnote", "app", [
    ("c", "2025-12-01 07:09", "★★☆☆☆ I was one of the people telling everyone to get this back when it was just the little journal with the fox. Now there's an ad between every entry and a $60 a year paywall on features I've had free since 2020. Uninstalled, and it honestly stings a bit."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "implicit_cue;abbreviation;emoji", "Larkspur Air", "tweet", [
    ("c", "2025-05-23 16:37", "been flying @larkspurair since college, 14 yrs now. i'll take a 6am connection through boise before i book anyone else. today's crew on LK 88 reminded me why ❤️"),
])

# "anymore" here says exclusivity, not decline
h("marriage_partners", "", "positive", "implicit_cue;negation;other_type_cue", "Hollowmere Boots", "review", [
    ("c", "2025-10-18 13:44", "5/5. Pair number four. I have them in black, tan, olive and now navy, and I genuinely don't look at other boot brands anymore. Had the first pair resoled twice. These are it for me."),
])

h("marriage_partners", "", "positive", "implicit_cue;agent_cues;brand_reply", "Coinwise", "app", [
    ("c", "2025-01-27 21:15", "★★★★★ Six years, three phones, one budgeting app. Every time a friend shows me some shiny new one I try it for a day and come straight back. Please don't ever sell out."),
    ("a", "2025-01-28 11:02", "This made our whole team's week. Thank you for being part of the Coinwise family for six years! - Coinwise team"),
])

# an anniversary is the occasion; "husband" is not a cue about the brand
h("marriage_partners", "old_friends", "positive", "occasion;other_type_cue;implicit_cue;emoji", "Harborstay Hotels", "tweet", [
    ("c", "2025-08-30 18:22", "asked my husband for a @harborstayhotels weekend for our anniversary and he said 'we do that every year'. yes. that's the point. 9th year running, same chain, haven't been let down once 🥂"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "caps;paraphrase", "Meridia Airlines", "tweet", [
    ("c", "2025-06-03 07:15", "@meridiaair i'm diamond. DIAMOND. 2.1 million miles with you. and your gate agent told me to 'wait my turn' like i'm boarding with group 9. someone with a title needs to call me today"),
])

h("master_slave", "", "negative", "implicit_cue;agent_cues;brand_reply", "Orla Home", "review", [
    ("c", "2025-11-24 12:51", "1/5. I've spent over $3,000 with this store this year and I had to argue with a chatbot for 25 minutes to change a delivery address. A customer at my level should have a direct line, period."),
    ("a", "2025-11-25 09:00", "Hi Priya, thank you for being such a valued customer. We've flagged your account and a specialist will contact you directly today."),
])

# "always" here is the suite the customer is owed
h("master_slave", "", "negative", "other_type_cue;brand_reply", "Harborstay Hotels", "tweet", [
    ("c", "2025-03-08 23:10", "@harborstayhotels checked in as a titanium member and got a room next to the ice machine. asked for the corner suite i always get. front desk shrugged"),
    ("a", "2025-03-08 23:26", "We're sorry the room wasn't what you expected! Please DM us your reservation number and we'll contact the property. ^DL"),
    ("c", "2025-03-08 23:41", "i shouldn't have to DM anyone. the property should know who i am when i walk in. have the GM call me before breakfast"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;implicit_cue", "Pebblesoft", "review", [
    ("c", "2025-02-08 10:26", "4 stars. Third box of these. Nothing fancy, but they're half what the big name costs and we've never had a leak. I'll keep buying as long as the price stays sane."),
])

h("basic_exchange", "", "positive", "negation;implicit_cue", "Coastjet", "tweet", [
    ("c", "2025-09-25 12:04", "unpopular opinion: @CoastjetHelp is fine. a seat, a bag, on time-ish, $89 to vegas. i don't need a hot towel, i need to get there. booked them 5 times this year for exactly that"),
])

h("basic_exchange", "", "positive", "negation;paraphrase", "Pinecrest Bank", "app", [
    ("c", "2025-12-09 18:37", "★★★★☆ No bells, no badges, no 'streaks'. It moves money between my accounts for free and it has never been down when I needed it. That's all I want from a banking app, and it's been that for two years."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;third_party;emoji;caps", "Altavera", "tweet", [
    ("c", "2025-07-21 15:50", "flew @altavera to my grandparents every summer as a kid and today i'm on the same lisbon route with my own kid. the safety video song from 1998 is STILL in my head 😂✈️"),
])

h("old_friends", "", "positive", "paraphrase", "Vireo Pencils", "review", [
    ("c", "2025-01-31 22:02", "5 stars. I've used these pencils since art school in the 90s, and opening a new tin still smells exactly the same. It's comforting in a way that's hard to explain. Colours as rich as ever."),
])

h("old_friends", "marriage_partners", "positive", "paraphrase;agent_cues;brand_reply", "Drizzle Weather", "app", [
    ("c", "2025-04-19 07:02", "★★★★★ I've had this weather app since my very first smartphone. It has barely changed and I hope it never does. Opening it every morning is like waving to a neighbour I've known forever."),
    ("a", "2025-04-21 10:30", "Thank you for being part of the Drizzle family since the beginning! Reviews like this keep our small team going. - Drizzle"),
])

# ================================================================ fleeting_acquaintance (3)

# "sisters" is a relative; a first flight that could become more
h("fleeting_acquaintance", "", "positive", "paraphrase;other_type_cue;abbreviation", "Coastjet", "tweet", [
    ("c", "2025-11-26 21:19", "ok never flown @CoastjetHelp before today (i usually drive to my sisters) and it was... painless? boarding was quick, crew was funny. might do it again for christmas tbh"),
])

# "on a whim" without "never again": a first try, second one_night_stand
h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase;other_type_cue", "Dewdrop Skin", "review", [
    ("c", "2025-03-18 20:44", "4/5. Grabbed these on a whim after seeing them in a reel, my first thing from this brand. The sheet masks feel nice, a bit too perfumed for me. Going to see if the cleanser is better."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;occasion;abbreviation", "Lingopop", "app", [
    ("c", "2025-08-08 04:12", "★★★★☆ Downloaded this yesterday to get through a 9 hour layover. Day 1 of Portuguese and the pronunciation bit is genuinely useful. Ask me in a month if I kept it up lol"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "implicit_cue;paraphrase;abbreviation", "Flickbox", "tweet", [
    ("c", "2025-10-12 22:33", "every single time i swear off @flickbox you drop a season of something i can't not watch. third time resubscribing this year. your tv app is still garbage btw"),
])

h("love_hate", "", "mixed", "evolving;paraphrase", "Munchly", "tweet", [
    ("c", "2025-09-05 19:40", "@munchly_help 55 minutes for a burrito from 4 blocks away. deleting you."),
    ("c", "2025-09-05 23:12", "reinstalled munchly at 11pm because nothing else delivers this late. we are in a toxic relationship and we both know it"),
])

# the zips fail on every pair (a product fault), but it is the re-ordering that is relational
h("love_hate", "", "mixed", "symptom;paraphrase;implicit_cue", "Ridgeline Denim", "review", [
    ("c", "2025-05-29 13:27", "3 stars, same as the last four times. The fit is perfect, nobody else makes jeans for my legs. The zips go within a year on every single pair, and here I am ordering pair number five like a fool."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;brand_reply", "Tallyhabit", "app", [
    ("c", "2025-02-22 08:49", "★★★★☆ On this since the beta. Three things that would make it perfect for those of us who've stuck around: pin a habit to the widget, CSV export, and a Sunday summary. Happy to test any of it, you have my email."),
    ("a", "2025-02-24 14:10", "These are great, all three are going on the board! We'd love to have you in our beta group, look out for an invite. - Tallyhabit"),
])

h("business_partners", "", "positive", "paraphrase;abbreviation;implicit_cue", "Skyrell Airways", "tweet", [
    ("c", "2025-06-18 11:05", "@SkyrellAir idea from someone who flies u twice a month: show the inbound plane's status in the app. when it's late we all know before the gate does. 1/2"),
    ("c", "2025-06-18 11:07", "2/2 and let us swap seats w/ a travel companion in the app instead of at the desk. would save ur agents 20 min a flight. happy to share more, i think about this way too much lol"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;emoji;hashtag", "Voltune", "tweet", [
    ("c", "2025-10-03 17:58", "JUST GOT the @voltune x lunacorp collab headphones in lilac and i am not taking them off for the foreseeable future 💜💜 #voltunedrop"),
])

h("fling", "", "positive", "paraphrase;other_type_cue", "Marigold Cosmetics", "review", [
    ("c", "2025-09-27 21:05", "5 stars. Bought the limited autumn shade the hour it dropped. Wore it to three things this week and got asked about it every time. Will I still wear it in January? No idea, but right now it's everything."),
])

# ================================================================ best_friends (2)

# support through a bereavement, over years; "husband" is not a cue
h("best_friends", "old_friends", "positive", "paraphrase;other_type_cue;abbreviation", "Pinecrest Bank", "tweet", [
    ("c", "2025-11-15 10:20", "@pinecresthelp when my husband passed you were the only company that called ME, walked me through his accounts and never once rushed me. 3 yrs on i still ask for Marisol by name. no one i'd rather have in my corner"),
])

# advance notice and straight talk; "first" stands in the agent's reply
h("best_friends", "", "positive", "caps;agent_cues;brand_reply;paraphrase", "Quillnet Broadband", "tweet", [
    ("c", "2025-04-07 18:31", "credit where it's due: @quillnethelp texted me 2 weeks BEFORE my promo price ended with the real new price and three options. no provider has ever been that straight with me"),
    ("a", "2025-04-07 18:50", "Thanks so much! We always want you to hear it from us first 😊 ^AK"),
    ("c", "2025-04-07 19:04", "honestly that's why i keep telling people to go with you. you tell me things before i have to find them out"),
])

# ================================================================ buddies (2)

h("buddies", "casual_acquaintance", "positive", "paraphrase;emoji", "Flickbox", "tweet", [
    ("c", "2025-10-25 20:11", "@flickbox is back in the rotation for winter. cancel in march, back in october, like every year. nothing personal, there's only so many shows 😅"),
])

# "not marrying it"
h("buddies", "", "positive", "negation;other_type_cue;paraphrase", "Copperkettle Coffee", "review", [
    ("c", "2025-03-11 07:40", "4 stars. One of the three coffees I rotate between, this is the Tuesday-Thursday one. Solid medium roast, never stale. Not marrying it, but I'm always glad when it's in the cupboard."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase", "Tile Tycoon", "app", [
    ("c", "2025-04-24 03:02", "★★★★★ It's 3am, I have to be up at 7, and I just said 'one more board' for the ninth time. I opened this on a bathroom break in March and I have not had a free evening since. Send help."),
])

h("dealer_addict", "", "mixed", "paraphrase;abbreviation", "Bean & Ember", "tweet", [
    ("c", "2025-01-13 07:22", "@beanember app down since 6am and i've now walked to 3 of your stores to find a working till. yes there's a cafe next door. no, it has to be the oat cortado. this is what dependency looks like pls fix"),
])

# ================================================================ secret_affair (2)

# a profession, not a work tie
h("secret_affair", "", "positive", "paraphrase;other_type_cue", "Crunchwell", "review", [
    ("c", "2025-12-14 22:48", "5 stars. I'm a nutritionist and I tell clients to avoid exactly this kind of thing. There's a bag of these hidden behind the quinoa and nobody needs to know. Perfect crunch."),
])

h("secret_affair", "", "positive", "paraphrase;emoji", "Pageturner", "tweet", [
    ("c", "2025-07-06 23:37", "told my book club i only read the classics. my @pageturner_app history says 40 dragon romances since june. this stays between me and the algorithm 🤫"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;agent_cues;brand_reply", "Brightlink Mobile", "tweet", [
    ("c", "2025-08-22 09:16", "@brightlinkmobile why am i getting texts about 'my upgrade'? i have never had a brightlink line, my phone is with someone else. please stop texting this number"),
    ("a", "2025-08-22 09:40", "Sorry about that! We'd love to look into it, can you DM us the number the texts are coming to? ^RD"),
])

h("complete_strangers", "", "negative", "paraphrase", "Zenvora", "review", [
    ("c", "2025-05-10 16:29", "1 star. I did not order this. A box showed up with my name on it from a company I didn't know existed until today, and now I'm getting their emails too."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase", "Meridia Airlines", "tweet", [
    ("c", "2025-12-19 14:25", "i fly @meridiaair maybe twice a year when the price is right. today was fine. the new boarding pass thing in the app is kinda slick actually"),
])

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase;other_type_cue", "Saltmarsh Crisps", "review", [
    ("c", "2025-08-16 12:58", "4 stars. I pick up a bag whenever I spot them at the farm shop, so a few times a year. Always good and I never think about them in between. This batch was a touch salty."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "hashtag;abbreviation", "Tile Tycoon", "tweet", [
    ("c", "2025-06-30 20:05", "shoutout to the #tiletycoon discord, we cracked the guild raid layout in 4 hours and @tiletycoongame pinned our guide in the patch notes. this game is us now lol"),
])

h("teammates", "business_partners", "positive", "agent_cues;brand_reply;paraphrase", "Curbwise", "app", [
    ("c", "2025-09-13 11:11", "★★★★★ Our street group uses the map to log potholes, and the council fixes them much faster when twenty of us report the same one. The new 'confirm' button was our idea from the forum and they actually built it."),
    ("a", "2025-09-15 08:45", "Thank you all! It's your community that makes Curbwise work. - The Curbwise team"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;emoji", "Kettleworks", "tweet", [
    ("c", "2025-02-14 16:33", "the little orange @kettleworks kettle was in my nan's kitchen, then my mum's, and i just bought one for my first flat. basically an heirloom at this point 🥲"),
])

h("close_siblings", "", "positive", "paraphrase", "Gearhart Motor Oil", "review", [
    ("c", "2025-07-15 18:09", "5 stars. My dad did every oil change in our house with this stuff, my brother and I both use it now, and last week I showed my son how to check the level with it. The can looks different, the oil doesn't."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "occasion;other_type_cue", "Tidewell Formalwear", "review", [
    ("c", "2025-06-07 10:40", "3 stars. Needed a tux shirt for one wedding and that's it. It did the job for six hours. I won't be buying from here again, I just don't wear shirts like this. Fine for a one-off."),
])

h("one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;abbreviation", "Coastjet", "tweet", [
    ("c", "2025-04-30 06:02", "booked @CoastjetHelp for the first and last time purely bc it was $39 and i had to be in reno by 9. mission accomplished. we don't need to speak again"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "negative", "paraphrase;abbreviation", "Quillnet Broadband", "tweet", [
    ("c", "2025-10-29 09:14", "@quillnethelp our office (14 desks) runs on your business fibre. the ip change you did overnight took down the vpn for the whole team. pls warn business accounts before you do that"),
])

h("colleagues", "basic_exchange", "positive", "paraphrase", "Inkstone", "review", [
    ("c", "2025-11-05 15:22", "4 stars. We bought six of these label printers for the warehouse pick stations. They just print, all shift, every shift. The driver install on our old Windows PC was a pain."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |[1-5]/5\. |[1-5] stars?[.,] )")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
RETWEET = re.compile(r"RT @\w+: .*")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"CSV", "GM"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|youre|shouldnt)\b")
ABBREV = re.compile(r"(?i)\b(ur|u|pls|plz|thx|smh|rn|tbh|bc|lol|btw|idk|omg|ngl|tho|yrs|hrs|wk)\b"
                    r"|\bw/")
# warm words an agent's turn must hold for `agent_cues`
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "first"]
# the textbook cue words of DOMAIN.md's table, and a few more; each hit in a customer's own words
# (a retweet's text removed) should sit in a history whose trap tags explain it, or be the
# type's own cue. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "does the job", "did the job", "reliable", "no fuss",
            "suggestion", "feedback", "happy to help", "new collection", "just got", "so exciting",
            "this season", "trust", "always there", "telling me first", "go-to", "mix it up",
            "loyalty card", "i expect", "i demand", "unacceptable", "platinum", "disrespect",
            "love", "loyal", "never switching", "forever", "addict", "obsess", "hooked",
            "my fix", "guilty pleasure", "judge me", "secret", "never heard of", "who are you",
            "unsolicited", "came across", "stumbled on", "first time", "every now and then",
            "from time to time", "community", "fellow", "together", "for years",
            "since i was a kid", "remember when", "my mom always", "tradition", "like family",
            "family", "sister", "brother", "husband", "always", "again", "every time",
            "used to", "anymore", "gone downhill", "betrayed", "dumped", "hate", "scam", "worst",
            "boycott", "tell everyone", "can't quit", "keep coming back", "just this once",
            "one-off", "one-time", "impulse", "whim", "for work", "our team", "team", "as usual",
            "typical", "on hold", "hold music", "fees again", "fighting"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "love", "sister", "trust",
         "fighting", "team"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without retweeted text."""
    return RETWEET.sub("", text)


def sentences(text):
    """Rough sentence count of a review, its star rating left out."""
    body = STARS.sub("", text).strip()
    return len([s for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()])


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    assert len(x["msgs"]) <= 3, x["brand"]
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    if ch == "tweet":
        # 280 characters at most; the first names a handle; the brand signs with ^initials
        for _, _, t in x["msgs"]:
            assert len(t) <= 280, (len(t), t[:50])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert re.search(r"\^[A-Z]{2}$", t), t[:40]
        for t in cust:
            assert not STARS.match(t), t[:40]
    else:
        # a review or app review: one customer message of 1-6 sentences, then perhaps the
        # seller's or developer's reply; a star rating is optional, but written the usual way
        assert len(cust) == 1 and x["msgs"][0][0] == "c", x["brand"]
        n = sentences(cust[0])
        assert 1 <= n <= 6, (n, cust[0][:50])
        if ch == "app":
            assert STARS.match(cust[0]), cust[0][:40]
        for t in agent:
            assert not re.search(r"\^[A-Z]{2}$", t), t[:40]
    # what the tags promise is in the customer's own text, and the other way round
    assert ("brand_reply" in tags) == bool(agent), x["brand"]
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("abbreviation" in tags) == bool(ABBREV.search(own)), \
        (x["brand"], ABBREV.findall(own))
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in AGENT_WARM), x["brand"]
    if "rating_mismatch" in tags:
        assert STARS.match(cust[0]), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=3)
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 35
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 10 for c in CHANNELS), chans
        assert sum(1 for x in hists if len(x["msgs"]) == 1) >= 50
        assert sum(1 for x in hists if len(x["msgs"]) > 1) >= 15
        und = [x for x in hists if x["type"] == "undetermined"]
        assert len({x["valence"] for x in und}) == 4
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("channels of single-message customers:",
          dict(Counter(x["channel"] for _, x in assigned if len(x["msgs"]) == 1)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
