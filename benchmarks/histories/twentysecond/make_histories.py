#!/usr/bin/env python3
"""Invented development histories c001..c080 for relradar (twenty-second set).

Genre: what the tool meets most. (a) Tweets to the support handles of airlines, telecoms,
banks, couriers, food delivery, rail and shops: lower case, typos, abbreviations, hashtags,
emoji, flight, order and tracking numbers, a retweet and a quoted tweet, and some with the
brand's support reply ("DM us", signed with ^initials). (b) Short marketplace product reviews
(electronics, household goods, clothing, beauty, toys), with or without a written star rating,
some with the seller's reply and one "Update:" edit. Most customers have one message only.
All texts, names, handles, brands, addresses (example.com) and numbers are invented. Each
history is written under its intended label; ids are assigned by a seeded shuffle (seed 2222)
of the harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "c"
SEED = 2222
MAX_MESSAGES = 3
TRAPS = TRAPS | {
    "public_post",      # a public tweet or review, not a private contact (every history here)
    "abbreviation",     # texting abbreviations in the customer's words (tbh, smh, ngl, thx, cos)
    "dm_reply",         # the brand's reply only asks to move to DMs; it says nothing of the tie
    "implicit_count",   # the tie is shown by a count (40th flight, 4th kettle, no-show number 4)
    "rating_mismatch",  # the written star rating says the opposite of the words (code the words)
    "quoted_cue",       # a cue word stands only inside quoted text (a card, a slogan)
    "update_edit"}      # a review edited later ("Update"), the tie changing

CHANNELS = ("tweet", "review")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent/seller."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "single_incident;strong_words;caps;dm_reply;public_post", "Corvia Airways", "tweet", [
    ("c", "2025-11-03 06:48", "@CorviaAir CV2291 cancelled at the GATE. no reason, no rebooking, 180 of us and one desk with one poor woman on it. this is a disgrace, honestly"),
    ("a", "2025-11-03 07:05", "We're so sorry, Hannah. CV2291 was cancelled due to a technical fault. Please DM us your booking reference and we'll get you rebooked as a priority. ^MK"),
])

h("undetermined", "", "positive", "single_thanks;emoji;public_post", "ParcelDash", "tweet", [
    ("c", "2025-12-12 17:22", "@ParcelDashUK whoever the driver was on Aspen Close today, thank you for putting my parcel in the bin store like i asked in the notes and not on the step in the rain 🙏"),
])

h("undetermined", "", "neutral", "routine_question;occasion;public_post", "Voxora Mobile", "tweet", [
    ("c", "2026-04-14 12:10", "@VoxoraCares hi, does the 30GB plan work in turkey or is roaming just EU? going out in may for my cousin's wedding"),
    ("a", "2026-04-14 12:31", "Hi Priya! Turkey is in our Zone 2, so it's £3.50 a day on top of your plan. You can add a 7-day Travel Pass in the app for £15 instead. Have a lovely time! ^JL"),
])

h("undetermined", "", "neutral", "retweet;news_share;short_signal;public_post", "Northwind Jet", "tweet", [
    ("c", "2025-09-22 08:15", "RT @TravelWireNews: Northwind Jet to drop 14 routes from Bristol this winter, blaming crew shortages and 'aircraft availability'"),
])

h("undetermined", "", "positive", "strong_words;other_type_cue;public_post", "Lumetta", "review", [
    ("c", "2025-10-05 20:40", "★★★★★ Obsessed with this lamp. The warm setting makes my reading corner look like a little café and it took two minutes to put together. Cord could be longer."),
])

h("undetermined", "", "negative", "symptom;bug_report;public_post", "Nuvio", "review", [
    ("c", "2026-01-18 09:12", "★★☆☆☆ The plug drops off the wifi every single time the router restarts overnight, so the heater doesn't come on in the morning. Re-paired it three times this week. When it works it's handy, but that's not often enough."),
    ("a", "2026-01-19 11:30", "Hi, sorry for the trouble. Firmware 2.4.1 fixes the reconnect issue after a router restart. In the app go to Device > Settings > Update, and let us know if it still drops. Nuvio Support"),
])

h("undetermined", "", "mixed", "mixed_aspects;public_post", "Rivetta", "review", [
    ("c", "2025-06-02 13:05", "Rated 3 out of 5. Lovely heavy denim and the colour is exactly like the photos. The waist runs a full size small though, and one back pocket was already coming unstitched. Would size up."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;emoji;agent_cues;dm_reply;single_incident;public_post", "Munchly", "tweet", [
    ("c", "2026-02-07 21:14", "@MunchlyHelp love that my 'hot' lasagne turned up colder than my fridge and the rider marked it delivered 10 mins before he actually rang the bell. living the dream 👍"),
    ("a", "2026-02-07 21:30", "Hi Dev, that's not the Munchly experience we want for our valued customers 💛 Please DM us your order number and we'll put this right. ^SA"),
])

h("undetermined", "", "negative", "competitor;single_incident;typos;public_post", "Linkwell Broadband", "tweet", [
    ("c", "2025-08-19 20:02", "@LinkwellHelp paying for 500 and getting 61 tonight, cant even load my email, while next door on Fibrenest is streaming in 4k. anything going on in SE15??"),
    ("a", "2025-08-19 20:20", "Hi Sam, there's a fault on a street cabinet in SE15 and our engineers are on it. We expect speeds back to normal by 6pm tomorrow. Sorry for the hassle. ^DW"),
])

h("undetermined", "", "neutral", "for_work_occasion;routine_question;caps;public_post", "Bluecrest Airlines", "tweet", [
    ("c", "2026-03-09 19:45", "@BluecrestAir flying BC118 to lisbon for work on thurs. on a Basic fare can i take my laptop bag AND a cabin case or is it one or the other"),
    ("a", "2026-03-09 20:02", "Hi Tom, Basic includes one small under-seat bag. You can add a cabin case in Manage Booking from £18. Safe travels! ^RF"),
])

h("undetermined", "", "negative", "product_attribute;symptom;bug_report;public_post", "Grovers", "tweet", [
    ("c", "2025-10-28 18:33", "@GroversHelp is the Loyalty+ app down? it says session expired every time i go to scan at the till. third till today it's failed on, getting a bit silly"),
])

h("undetermined", "", "negative", "not_chosen;strong_words;caps;single_incident;public_post", "Kettlecraft", "review", [
    ("c", "2025-12-01 10:15", "1 star. Arrived smashed, with a boot print on the box. AVOID whichever courier this seller uses. The kettle might be lovely, I'll never know."),
    ("a", "2025-12-02 09:00", "We're so sorry about this! A replacement has gone out today with a different courier, tracking is in your messages. Kettlecraft Customer Care"),
])

h("undetermined", "", "neutral", "employee;abbreviation;public_post", "Swiftbox Couriers", "tweet", [
    ("c", "2025-11-27 22:40", "ngl working the swiftbox depot black friday week is something else. 14k parcels through our belt before 9am. be nice to your drivers pls, we're doing our best @SwiftboxHelp"),
])

h("undetermined", "", "negative", "rating_mismatch;strong_words;public_post", "Lashly", "review", [
    ("c", "2026-05-03 08:50", "★★★★★ Honestly the worst mascara I've put on my face. Clumped by the second coat and I had panda eyes by lunch. Returning it."),
])

h("undetermined", "", "positive", "third_party;routine_question;other_type_cue;emoji;public_post", "Fernbridge Bank", "tweet", [
    ("c", "2025-07-11 14:03", "@FernbridgeHelp my dad (82) just got a text saying his card is frozen and to ring a number. is that actually you or a scam?? he banks with you, i don't"),
    ("a", "2025-07-11 14:10", "Hi Jess, that isn't us. We'd never ask him to call a number from a text. Please tell him not to ring it; he can call the number on the back of his card to check. ^PN"),
    ("c", "2025-07-11 14:41", "thank you, he's called and it's all sorted 🙏"),
])

h("undetermined", "", "positive", "other_type_cue;public_post", "Puzzlepine", "review", [
    ("c", "2025-01-04 16:20", "Came a day early and the seller had popped a handwritten note in. 1000 pieces of pure chaos, my partner and I did it over two evenings with a lot of arguing about the sky. Would order from again."),
])

h("undetermined", "", "positive", "idiom;other_type_cue;emoji;short_signal;abbreviation;public_post", "Palmera Air", "tweet", [
    ("c", "2026-06-20 07:30", "@PalmeraAir i'd marry the PL77 crew tbh 😍 sunrise over the wing and a free refill on the coffee"),
])

h("undetermined", "", "negative", "news_share;quoted_tweet;emoji;public_post", "Copperleaf Card", "tweet", [
    ("c", "2025-09-03 12:12", "yikes 😬 hope everyone actually gets their money back\n\nQT @MoneyDeskNews: Copperleaf Card fined £4.2m for missing refund deadlines on 30,000 disputed transactions"),
])

h("undetermined", "", "positive", "other_type_cue;occasion;public_post", "Ampera", "review", [
    ("c", "2025-08-30 11:00", "★★★★☆ Solid little power bank. Charged two phones twice over a festival weekend. Bit heavy for a bumbag. Good value for £17."),
])

h("undetermined", "adversaries", "negative", "other_type_cue;single_incident;public_post", "Tidal Telecom", "tweet", [
    ("c", "2026-02-24 16:05", "@TidalTelSupport on hold 52 minutes to change the date of a direct debit. fifty two. minutes. for a date."),
])

h("undetermined", "", "positive", "occasion;public_post", "Zoomcraft", "review", [
    ("c", "2025-11-30 19:12", "Bought for my nephew's 6th birthday and he hasn't put it down. The remote is easy for small hands and it survived the stairs twice. Battery only lasts about 20 minutes. 4 stars."),
])

h("undetermined", "", "negative", "negation;single_incident;public_post", "Streamora", "tweet", [
    ("c", "2026-03-02 22:10", "@StreamoraHelp not cancelling or anything, genuinely just asking: why did my price go up £2 with no email? found out from my bank statement"),
    ("a", "2026-03-03 09:15", "Hi Marc, sorry for the surprise. We emailed all members on 3 February, it may have landed in spam. You can see the new prices under Account > Plan. ^KO"),
])

h("undetermined", "", "neutral", "routine_question;occasion;public_post", "Glowna", "review", [
    ("c", "2025-05-15 10:00", "Is this ok for sensitive skin? Mine came without the leaflet and I don't want to risk a reaction the week before a wedding."),
    ("a", "2025-05-15 15:20", "Hi! The serum is fragrance free and dermatologist tested, but we recommend a patch test behind the ear 24 hours before. The leaflet is at glowna.example.com/leaflet. Glowna Team"),
])

h("undetermined", "", "negative", "single_incident;abbreviation;dm_reply;public_post", "ParcelDash", "tweet", [
    ("c", "2026-01-09 13:25", "@ParcelDashUK tbh not sure how a parcel goes from 'out for delivery' to 'returned to sender' in 40 mins w/o anyone knocking. tracking PD88412 smh"),
    ("a", "2026-01-09 13:40", "Hi Kemi, sorry about this! Please DM us the tracking number and your address and we'll get it back out to you. ^LB"),
])

h("undetermined", "", "mixed", "for_work_occasion;mixed_aspects;public_post", "Orvix", "review", [
    ("c", "2025-04-22 18:00", "★★★☆☆ Got these for work calls from my kitchen table. Mic is clear and my manager has stopped asking if I'm in a tunnel. Ear cushions get warm though, and the right one started crackling after a month."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "implicit_count;dm_reply;typos;paraphrase;public_post", "Linkwell Broadband", "tweet", [
    ("c", "2025-09-15 08:05", "@LinkwellHelp engineer no-show number four. ive stopped booking days off for you lot, i just sit in the car outside with my laptop now in case he turns up. ref LW-55102"),
    ("a", "2025-09-15 08:30", "Hi Gemma, really sorry, I can see the missed appointments on your account. Please DM us and I'll escalate this to our field team. ^CH"),
    ("c", "2025-09-15 08:41", "escalated. like the last three times. see you at no-show five"),
])

h("adversaries", "", "negative", "caps;emoji;paraphrase;public_post", "Fernbridge Bank", "tweet", [
    ("c", "2026-01-27 12:50", "@FernbridgeHelp month three of my mortgage overpayment 'not showing on the system'. i now have a desktop folder called FERNBRIDGE ROUND 3 and a reminder to chase you every friday 🙃"),
])

h("adversaries", "colleagues", "negative", "paraphrase;public_post", "Swiftbox Couriers", "tweet", [
    ("c", "2025-10-20 09:10", "@SwiftboxHelp i send about 30 parcels a week through you for my candle shop and every monday i open the tracking page like it's a horror film. which ones have gone on holiday this week"),
])

h("adversaries", "", "negative", "other_type_cue;sarcasm;emoji;dm_reply;paraphrase;public_post", "Northwind Jet", "tweet", [
    ("c", "2026-04-02 13:00", "@NorthwindJet our yearly tradition: i book the algarve in january, you move my flight by 6 hours in march, i lose my lunch break to your chatbot. same time next year ✈️"),
    ("a", "2026-04-02 13:22", "Hi Ravi, sorry about the schedule change. You can move to another flight for free or take a full refund. DM us your booking ref and we'll help. ^EB"),
])

# ================================================================ enemies (4)

h("enemies", "adversaries", "negative", "caps;paraphrase;public_post", "Voxora Mobile", "tweet", [
    ("c", "2025-06-30 19:40", "@VoxoraCares seven months of bills on my late mum's account after we sent the death certificate TWICE. i will be telling every single person i know to keep well away from you. every one."),
])

h("enemies", "", "negative", "agent_cues;product_attribute;paraphrase;public_post", "Brisa", "review", [
    ("c", "2025-07-25 15:30", "1/5 Don't buy anything from Brisa. The fan rattled from day one and the 'lifetime warranty' means paying to post it to their warehouse abroad. I've been round the house and binned every Brisa thing I own, the heater too."),
    ("a", "2025-07-26 09:45", "We're sorry you feel this way. Please email care@brisa.example.com with your order number so we can help. We value every customer and want to make this right. Brisa Support"),
])

h("enemies", "", "negative", "typos;paraphrase;public_post", "Corvia Airways", "tweet", [
    ("c", "2026-05-11 21:05", "every time someone in the group chat says theyre thinking of booking corvia i send them my CV909 thread from last year. saving people one chat at a time @CorviaAir"),
])

h("enemies", "", "negative", "paraphrase;public_post", "Skinmuse", "review", [
    ("c", "2025-03-19 17:45", "This gave me a rash, and when I said so on their own website the review vanished. So here it is again. Nothing from this company goes near my skin or my daughters' skin ever again, and I'd tell anyone the same."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "competitor;product_attribute;typos;paraphrase;public_post", "Grovers", "tweet", [
    ("c", "2025-12-04 20:10", "@GroversHelp 11 years of thursday big shops at yours. since you got rid of the staffed tills and halved the Loyalty+ points i've done three weeks at Fenmart and honestly? i dont miss you"),
])

h("ex_friends", "", "negative", "agent_cues;paraphrase;public_post", "Sockhop", "review", [
    ("c", "2025-10-10 11:20", "Rated 2 out of 5. Half my sock drawer is Sockhop, I've bought them since uni. This pack went thin at the heel in a month and they're about half as thick as they used to be. Not sure what's changed but I won't be restocking."),
    ("a", "2025-10-11 10:05", "Hi, thank you for being such a loyal Sockhop fan over the years. We did move to a new mill this spring and we're looking into the heel. We'd love to send you a replacement pack. Sockhop Team"),
])

h("ex_friends", "enemies", "negative", "loyal_grievance;paraphrase;public_post", "Bluecrest Airlines", "tweet", [
    ("c", "2025-08-08 23:15", "i defended you to everyone for years @BluecrestAir. three cancelled trips in a row, a voucher that expired before i could use it, and this is what loyalty gets me? done being your unpaid PR"),
])

h("ex_friends", "", "negative", "evolving;update_edit;other_type_cue;public_post", "Dapplewood", "review", [
    ("c", "2019-04-14 10:30", "★★★★★ Best frying pan I've ever owned. Eggs slide straight off, no oil needed. Already bought one for my sister."),
    ("c", "2025-04-20 18:05", "Update, six years on: that first pan is still going. The two I bought this spring both lost their coating within weeks. Whatever changed, this isn't the company I got half my family cooking with."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "implicit_count;emoji;agent_cues;paraphrase;public_post", "Palmera Air", "tweet", [
    ("c", "2025-12-18 19:20", "flew @PalmeraAir for the 40th time this year (yes i counted) and i still get giddy when i see the orange tail at the gate. nobody else gets a look in 🧡"),
    ("a", "2025-12-18 19:45", "40!! 🧡 Thank you Asha, we love having you on board. See you on number 41 ^ML"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;public_post", "Rivetta", "review", [
    ("c", "2026-02-15 14:40", "★★★★★ Every pair of jeans I've owned since 2012 has been Rivetta and my husband says I'll be buried in them. The fit is the same as it's always been and this black wash is gorgeous."),
])

h("marriage_partners", "", "positive", "emoji;paraphrase;public_post", "Monzetta", "tweet", [
    ("c", "2025-05-25 09:30", "@MonzettaApp salary, savings, holiday pot, the kids' pocket money. all of it lives with you and it's staying there. best thing i did in 2019 💜"),
])

h("marriage_partners", "", "positive", "competitor;paraphrase;public_post", "Purella", "review", [
    ("c", "2025-09-09 21:00", "5 stars. We're a Purella house. When money was tight I tried the supermarket own brands and came running back after a month. I wouldn't wash the baby's clothes in anything else."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "dm_reply;paraphrase;public_post", "Corvia Airways", "tweet", [
    ("c", "2025-10-14 15:10", "@CorviaAir Diamond tier, 180k miles with you this year, and your lounge staff in Madrid told me to 'wait like everyone else'. I want a call from someone senior today. Not a DM."),
    ("a", "2025-10-14 15:25", "Hello Mr Okafor, we're sorry to hear this. We're unable to call out from social media, but if you DM us your membership number we'll pass this to the Diamond desk. ^SV"),
    ("c", "2025-10-14 15:32", "I don't do DMs. You have my number on file. Have someone ring it."),
])

h("master_slave", "", "negative", "agent_cues;paraphrase;public_post", "Tessel & Co", "review", [
    ("c", "2025-11-21 12:00", "Rated 1 out of 5. I've spent well over £3,000 with this shop in the last year and I had to find out from a tracking page that my pre-order is three weeks late. Someone should have called me. I shouldn't be the one chasing you."),
    ("a", "2025-11-22 09:10", "Dear Ms Varga, we're very sorry. As one of our valued customers you should have heard from us first, and your personal stylist will call you today. Tessel & Co Client Services"),
])

h("master_slave", "adversaries", "negative", "paraphrase;public_post", "Tidal Telecom", "tweet", [
    ("c", "2026-01-12 10:45", "@TidalTelSupport I pay for your top tariff on four lines and have done for years. I do not 'hold for the next available advisor'. Give me a named contact by friday or all four lines move."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "implicit_count;competitor;paraphrase;public_post", "Kettlecraft", "review", [
    ("c", "2025-03-02 09:40", "★★★★☆ Fourth one of these across two flats. Nothing fancy, boils fast, cheaper than the big names and lasts about four years, which is fine at this price. I'll just buy another when it goes."),
])

h("basic_exchange", "", "positive", "emoji;abbreviation;typos;paraphrase;public_post", "Brightmart", "tweet", [
    ("c", "2026-03-28 11:25", "@BrightmartCares not a complaint lol. your own-brand range is the reason my weekly shop stays under £50. dont need fancy, just need it on the shelf when i get there 👍"),
])

h("basic_exchange", "", "positive", "negation;competitor;paraphrase;public_post", "Tuffsac", "review", [
    ("c", "2025-07-07 16:10", "I'm not brand loyal about bin bags, but this is my third box of these. They don't split, they're half the price of the ones I used to get, and that's the whole review."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "agent_cues;paraphrase;public_post", "Brickwell", "review", [
    ("c", "2025-12-27 20:30", "★★★★★ I had the yellow tub of Brickwell in 1994 and bought the same set for my son this Christmas. The smell when I opened the box took me straight back to my nan's living room carpet. Same satisfying click."),
    ("a", "2025-12-28 10:00", "What a lovely memory to share, thank you! Welcome back to the Brickwell family, and happy building to your son. The Brickwell Team"),
])

h("old_friends", "", "positive", "abbreviation;paraphrase;public_post", "Meridian Rail", "tweet", [
    ("c", "2025-09-01 07:40", "@MeridianRail the 07:12 and me go back to 2009. new trains are shiny but i miss the slam doors and the tea trolley lady. still the best twenty minutes of my day tbh"),
])

h("old_friends", "", "positive", "paraphrase;public_post", "Velvette", "review", [
    ("c", "2026-04-09 22:15", "5/5 I've worn Velvette's Rosewood since my first job in the 90s. They've redesigned the tube three times, but it's the same colour and the same smell, and putting it on still feels like getting ready to go out at nineteen."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;public_post", "Aerolume", "tweet", [
    ("c", "2025-06-16 18:50", "never flown @AerolumeHelp before today, porto to leeds. cheap, on time, seat was fine, crew were chatty. might give them a go again in the summer, we'll see"),
])

h("fleeting_acquaintance", "", "mixed", "paraphrase;public_post", "Mossline", "review", [
    ("c", "2025-02-10 19:30", "Never bought from Mossline before, gave them a go after seeing them on a friend's stories. The fabric is soft and the waistband stays put, but they go see-through on a squat. Will try the thicker style before I give up on them."),
])

h("fleeting_acquaintance", "", "positive", "competitor;abbreviation;emoji;agent_cues;paraphrase;public_post", "Munchly", "tweet", [
    ("c", "2025-11-08 20:45", "downloaded @MunchlyHelp tonight cos the pizza place round the corner stopped delivering. order came in 22 mins 👌 app wanted my life story to sign up tho"),
    ("a", "2025-11-08 21:02", "Welcome to Munchly! 🍕 We love having you, here's to the first of many. ^TJ"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "caps;other_type_cue;symptom;paraphrase;public_post", "Streamora", "tweet", [
    ("c", "2025-10-31 23:30", "@StreamoraHelp you cancelled my favourite show AGAIN, it buffers every night at 9, and here i am renewing for another year. why am i like this"),
])

h("love_hate", "", "mixed", "implicit_count;paraphrase;public_post", "Zentro", "review", [
    ("c", "2026-01-05 13:15", "★★★☆☆ Fifth Zentro case. I swear at every one of them when the corner cracks after six months, then I order the next because nothing else looks this good on my phone. Sigh."),
])

h("love_hate", "adversaries", "mixed", "emoji;paraphrase;public_post", "Voxora Mobile", "tweet", [
    ("c", "2025-08-27 18:00", "@VoxoraCares your signal is honestly the best thing in my life and your billing team is my nemesis. every month i swear i'm leaving, every month i don't ❤️‍🔥"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "agent_cues;paraphrase;public_post", "Coinpath", "tweet", [
    ("c", "2026-02-19 08:20", "@CoinpathApp small idea from someone who's used the pots since the beta: let me set round-ups to weekends only. i'd switch it on tomorrow. and if you need testers, put me down"),
    ("a", "2026-02-19 09:05", "Love this, thank you! Passed straight to the product team 🙌 ^AN"),
])

h("business_partners", "", "positive", "product_attribute;other_type_cue;public_post", "Whirla", "review", [
    ("c", "2025-05-05 17:50", "4/5 Love this blender for smoothies. Two things would make it perfect: a lid with a pour spout and a shorter cord, it's a trip hazard on my worktop. I emailed both ideas to Whirla and they actually wrote back, so I'm hoping to see them in the next model."),
    ("a", "2025-05-06 10:10", "Thank you! Your note reached our design team and a spout lid is in testing now. Whirla Customer Care"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;emoji;paraphrase;public_post", "Tessel & Co", "tweet", [
    ("c", "2026-03-14 10:03", "JUST GOT ONE 😭😭 the lilac drop from @TesselandCo sold out in 4 minutes and i'm holding it. wearing it to everything this week, don't talk to me"),
])

h("fling", "", "positive", "other_type_cue;paraphrase;public_post", "Lumi Beauty", "review", [
    ("c", "2025-11-15 21:30", "★★★★★ Bought the limited Aurora palette the morning it dropped. The shimmers are unreal and I've done a different look every night this week. Will I still reach for it in a month? No idea. Right now I'm obsessed."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "emoji;paraphrase;public_post", "Fernbridge Bank", "tweet", [
    ("c", "2025-04-08 16:30", "@FernbridgeHelp redundancy in 2021, divorce in 2023, and now my dad. every time life goes sideways you're my first call and you find a way through it with me. Ayesha today was a star. thank you 💐"),
])

h("best_friends", "basic_exchange", "positive", "paraphrase;public_post", "Voltique", "review", [
    ("c", "2026-05-20 12:10", "★★★★★ I know nothing about laptops, so I ring their advice line before anything I buy and they tell me straight when I don't need the pricey one. This time the chap talked me out of upgrading at all. Bought the cheaper model and it's perfect."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "competitor;paraphrase;public_post", "Northwind Jet", "tweet", [
    ("c", "2025-07-19 12:00", "@NorthwindJet you and palmera take turns getting my sun holidays, whoever's cheaper the week i book wins. this time it's you. don't let me down on the snacks"),
])

h("buddies", "basic_exchange", "positive", "competitor;paraphrase;public_post", "Gripsy", "review", [
    ("c", "2025-08-12 09:05", "Rated 4 out of 5. I'm not fussy about phone cases, I grab whoever's on offer. This is my second Gripsy and the grip is nice. Next one might be someone else's, no offence."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "other_type_cue;paraphrase;public_post", "Amberleaf", "review", [
    ("c", "2025-06-08 22:45", "5 stars. Sixth bottle of this body oil since January. My partner hides it and I always find it. I genuinely get twitchy if I run low before the next order turns up."),
])

h("dealer_addict", "", "mixed", "emoji;paraphrase;public_post", "Munchly", "tweet", [
    ("c", "2026-04-25 19:30", "day 3 of the @MunchlyHelp outage and i have opened the app 40 times out of pure muscle memory. i no longer know how to cook. please come back 😩"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;public_post", "Cocoa Hollow", "review", [
    ("c", "2025-03-30 21:20", "★★★★★ The salted caramel one lives at the back of the cupboard behind the lentils, where the kids won't look. Nobody in this house knows it exists except me and one teaspoon."),
])

h("secret_affair", "", "positive", "emoji;paraphrase;public_post", "Rowan & Finch", "tweet", [
    ("c", "2025-10-03 13:30", "@RowanandFinch yes it's going to my office again, because if my wife sees one more of your green bags she'll cut up my card. our little arrangement continues 🤫"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "dm_reply;paraphrase;public_post", "Qwix Mobile", "tweet", [
    ("c", "2025-05-12 11:11", "@QwixMobile why am i getting texts that my qwix bill is overdue?? i have never had a phone with you. never. who is Darren and why is my number on his account"),
    ("a", "2025-05-12 11:40", "Hi, sorry for the confusion. Please DM us the number and we'll remove it from the account. ^GP"),
])

h("complete_strangers", "", "negative", "quoted_cue;agent_cues;paraphrase;public_post", "Tumbletots", "review", [
    ("c", "2026-02-02 15:00", "I didn't order this. A box of Tumbletots bath toys turned up addressed to me with a card saying 'thank you for being part of our family!'. I've never bought from this company or signed up for anything. Take me off whatever list I'm on."),
    ("a", "2026-02-03 09:30", "We're sorry, this isn't how we like to welcome anyone to the Tumbletots family. We've removed your address and reported the order to the marketplace. Tumbletots"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "routine_question;paraphrase;public_post", "Westline Trains", "tweet", [
    ("c", "2025-09-26 20:15", "@WestlineTrains i use you about three times a year to see my gran and every time i forget how split tickets work. is it still cheaper to split at crewe?"),
])

h("casual_acquaintance", "", "positive", "paraphrase;public_post", "Wickery", "review", [
    ("c", "2025-12-09 16:40", "Rated 4 out of 5. I pick up one of their candles when I'm passing the market stall, twice a year maybe. The fig one is lovely and burns evenly."),
])

# ================================================================ teammates (2)

h("teammates", "old_friends", "positive", "agent_cues;emoji;paraphrase;public_post", "Brickwell", "tweet", [
    ("c", "2026-01-22 19:00", "shoutout to the @BrickwellToys builders forum, a guy in ohio posted me the one missing piece for my 1998 castle. we are the nicest bunch of grown-up weirdos on the internet 🧱"),
    ("a", "2026-01-22 19:40", "This is exactly what our community is for 💛 Enjoy the castle! ^HB"),
])

h("teammates", "", "positive", "paraphrase;public_post", "Mossline", "review", [
    ("c", "2025-04-27 08:30", "★★★★☆ Bought these for the Mossline Sunday run. There are about sixty of us in town now in the same shorts, it feels like wearing the team kit. Shorts are fine, pockets could be deeper."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;public_post", "Ivory Dell", "review", [
    ("c", "2025-02-22 11:05", "★★★★★ My gran used Ivory Dell on everything, my mum did too, and now it's getting the grass out of my son's football kit. Some things you don't change."),
])

h("close_siblings", "", "positive", "hashtag;emoji;paraphrase;public_post", "Harrowgate Building Society", "tweet", [
    ("c", "2025-08-15 15:50", "@HarrowgateBS grandad opened my first savings book at your Market St branch in 1998, same counter he used for my dad. took my daughter in today to open hers 🥹 #threegenerations"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "occasion;paraphrase;public_post", "Glitterbox", "review", [
    ("c", "2026-01-02 12:00", "3/5 Needed a gold sequin top for one NYE party, ordered it at 11pm on the 29th, wore it once, it's going to the charity shop. Did the job for one night. Not a shop I'd usually go near."),
])

h("one_night_stand", "fleeting_acquaintance", "neutral", "occasion;abbreviation;paraphrase;public_post", "Aerolume", "tweet", [
    ("c", "2026-03-20 17:30", "@AerolumeHelp only booked you because everyone else was full the week of the funeral. got there, got back, that's us. no need for the app, the emails or the 'membership' thx"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "routine_question;paraphrase;public_post", "CargoLoop", "tweet", [
    ("c", "2025-06-04 10:20", "@CargoLoopHelp our warehouse team books all our pallet collections through your portal. is the API rate limit changing on the 1st? our dev needs to know before we push the update"),
])

h("colleagues", "", "positive", "paraphrase;public_post", "Orvix", "review", [
    ("c", "2025-10-16 14:00", "★★★★☆ We put these on all 12 desks in our office last year and just ordered six more for the new starters. Mics are clear on client calls and IT likes that they pair without drivers. Foam pads wear out, spares sold separately."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |Rated [1-5] out of 5\.? ?|[1-5]/5\.? ?|[1-5] stars?\.? ?)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?s)\n*QT @\w+: .*")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
HASHTAG = re.compile(r"(?<!\w)#(?![A-Z]{2}\d+\b)\w*[A-Za-z]\w*")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes or acronyms, not shouting
ACRONYMS = {"API", "NYE", "ETA", "PDF", "USB"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|theyre|youre)\b")
ABBREV = re.compile(r"(?<!\w)(tbh|ngl|smh|lol|thx|pls|cos|tho|w/o|btw|imo|tmrw|idk)(?!\w)")
# warm words an agent's turn must hold for `agent_cues`
AGENT_WARM = ["love", "loyal", "family", "community", "value", "welcome", "first"]
# my own list of textbook cue words (DOMAIN.md's table and their near forms, plus a few words
# that tempt a matcher); each hit in a customer's own words (retweeted and quoted-tweet text
# removed) should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "did the job",
            "reliable", "no fuss", "suggestion", "idea", "feedback", "happy to help",
            "new collection", "just got", "so exciting", "this season", "limited", "trust",
            "always there", "first to know", "go-to", "go to", "mix it up", "rotation",
            "loyalty card", "i expect", "i demand", "unacceptable", "platinum", "diamond",
            "gold member", "disrespect", "love", "loyal", "never switching", "forever",
            "marry", "addict", "obsess", "hooked", "fix", "can't go a day", "guilty pleasure",
            "don't judge", "secret", "never heard of", "who are you", "unsolicited",
            "came across", "stumbled", "first time", "first order", "never bought",
            "every now and then", "from time to time", "once in a while", "community",
            "fellow", "together", "we are", "for years", "since i was", "remember when",
            "back in the day", "nostalgi", "my mum", "my mom", "grandad", "gran", "tradition",
            "like family", "family", "partner", "sister", "always", "again", "every time",
            "used to", "not anymore", "downhill", "betray", "dumped", "hate", "scam", "worst",
            "boycott", "avoid", "stay away", "warn", "never again", "can't quit",
            "keep coming back", "just this once", "one-time", "one time", "impulse",
            "for work", "our team", "team", "office", "does what we need", "as usual",
            "typical", "on hold", "fees", "fighting", "disgrace"]
STEMS = {"addict", "obsess", "betray", "loyal", "hate", "impulse", "partner", "love",
         "nostalgi", "idea", "stumbled", "fellow", "warn", "fighting", "trust", "marry"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without retweeted text and the quoted tweet."""
    return QUOTED.sub("", RETWEET.sub("", text))


def sentences(text):
    """A rough sentence count of a review, the written rating set aside."""
    m = STARS.match(text)
    body = text[m.end():] if m else text
    return [s for s in re.split(r"(?<=[.!?])\s+", body.strip()) if s]


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    assert "public_post" in tags, x["brand"]
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    if ch == "tweet":
        # 280 characters at most, the first names a handle, the brand signs with ^initials
        for t in cust + agent:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert re.search(r"\^[A-Z]{2}$", t), t[:40]
        assert not any(STARS.match(t) for t in cust), x["brand"]
        assert "update_edit" not in tags and "rating_mismatch" not in tags, x["brand"]
    else:
        # short reviews: 1-6 sentences; a written star rating is optional and, if given with
        # stars, has five of them; the seller's reply is not a tweet
        for t in cust:
            assert 1 <= len(sentences(t)) <= 6, (len(sentences(t)), t[:40])
        m = STARS.match(cust[0])
        if m and m.group(1):
            assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        if "rating_mismatch" in tags:
            assert m, x["brand"]
        for t in agent:
            assert not re.search(r"\^[A-Z]{2}$", t), t[:40]
        assert not any("@" in t and not EMAIL.search(t) for t in cust), x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.search(t) for t in cust), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    if "retweet" in tags or "quoted_tweet" in tags:
        assert "news_share" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(HASHTAG.search(own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), x["brand"]
    assert ("abbreviation" in tags) == bool(ABBREV.search(own)), (x["brand"], ABBREV.findall(own))
    assert ("dm_reply" in tags) == any("DM us" in t for t in agent), x["brand"]
    if "quoted_cue" in tags:
        assert re.search(r"'[^']*(family|love|loyal|valued)[^']*'", own), x["brand"]
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in AGENT_WARM), x["brand"]
    if "single_incident" in tags or "single_thanks" in tags:
        assert x["type"] == "undetermined", x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=MAX_MESSAGES)
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 40
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 30 for c in CHANNELS), chans
        assert sum(1 for x in hists if len(x["msgs"]) == 1) >= 50
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("single-message customers:", sum(1 for _, x in assigned if len(x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
