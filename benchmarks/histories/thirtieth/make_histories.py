#!/usr/bin/env python3
"""Invented development histories ra001..ra080 for relradar (thirtieth set).

Genre: public tweets and replies to brands' support handles, 1 to 5 tweets per customer, across
food delivery, supermarkets, fashion retail, banks and fintech apps, mobile networks, couriers,
rail, car hire and games consoles. Lower case, @handles, hashtags, emoji, slang, typos,
`RT @handle: ...` retweets and `QT @handle: ...` quoted tweets (a line of the customer's tweet),
news shares; the brands' public replies, signed ^XX, are agent turns for about half of the
customers. Most customers have one or two tweets; a few run over months. The relationship is
told in paraphrase, not in the textbook cue phrases; most undetermined customers are one tweet
about one event, a question, a retweeted promo or a joke. All texts, names, handles, brands,
addresses (example.com) and numbers are invented. Each history is written under its intended
label; ids are assigned by a seeded shuffle (seed 3030) of the harness's type mix so that ids
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
PREFIX = "ra"
SEED = 3030
TRAPS = TRAPS | {
    "quoted_cue",  # a cue word stands only in quoted text (a retweet or a quoted tweet)
    "slang",       # internet slang and abbreviations (rn, tbh, ngl, lol, pls, fr, omg, ty)
    "joke"}        # a joke that names the brand and says nothing of a tie

# the sector of the brand whose handle the customer tweets at
SECTORS = ("food_delivery", "supermarket", "fashion", "bank", "fintech", "mobile", "courier",
           "rail", "car_hire", "gaming")

HISTS = []


def h(type_, second, valence, trap, brand, sector, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, sector=sector, msgs=msgs))

# ================================================================ undetermined (25)

# ---- negative (7)
h("undetermined", "", "negative", "strong_words;single_incident;caps", "Grubbly", "food_delivery", [
    ("c", "2025-02-07 21:48", "@GrubblyUK ordered a katsu curry at 8, it turned up at 9.40 STONE cold with the lid half off and rice all over the bag. genuinely the most disgusting thing i've ever been handed. £23 for that??"),
    ("a", "2025-02-07 21:59", "That's really not OK, sorry. Please DM us the order number and we'll sort a full refund tonight ^KT"),
    ("c", "2025-02-07 22:31", "refund's come through, ta"),
])

h("undetermined", "", "negative", "sarcasm;not_chosen;emoji;other_type_cue", "Parcelhawk", "courier", [
    ("c", "2025-03-19 14:06", "@ParcelhawkHelp love how the 'proof of delivery' photo for my parcel is a picture of a hedge. not my hedge. not even my street 🙃 didn't pick you either, the shop did"),
    ("a", "2025-03-19 14:30", "Sorry about this. Could you DM us the tracking number so we can speak to the driver and the depot? ^RB"),
])

h("undetermined", "", "negative", "sarcasm;caps;hashtag;single_incident;typos", "Coastline Trains", "rail", [
    ("c", "2025-03-03 07:52", "@CoastlineTrains 07:38 to brighton CANCELLED, the next one's rammed and i cant get on. cracking start to the week. going to miss my 9am, any chance of an actual explanation? #coastlinechaos"),
    ("c", "2025-03-03 08:47", "made it. 40 mins late. the guard on the 08:06 was lovely about it at least"),
])

h("undetermined", "", "negative", "symptom;bug_report;typos;emoji", "Brisk Bank", "bank", [
    ("c", "2025-05-30 08:14", "@BriskBankSupport app crashes every single time i tap 'payments' since yesterday's update. phone's fully updated, deleted and reinstalled twice. it's payday and i cant pay my rent 😩"),
    ("a", "2025-05-30 08:40", "Sorry for the trouble. We know about an issue with Payments on some phones after version 6.2 and a fix is rolling out today. Online banking works meanwhile ^DS"),
])

h("undetermined", "", "negative", "single_incident;agent_cues", "Kestrel Car Rental", "car_hire", [
    ("c", "2024-09-12 10:14", "@KestrelRentals you've charged me £180 for a scratch on the rear bumper that was there when i picked the car up at manchester airport. i have the photos with timestamps. who do i send them to"),
    ("a", "2024-09-12 10:40", "Sorry to hear this. Please DM us your booking reference and the photos and our damage team will review them. We value your patience ^LH"),
    ("c", "2024-09-19 16:02", "@KestrelRentals still nothing from the damage team a week later and the money's still out of my account"),
    ("c", "2024-09-24 09:15", "refunded in full this morning. 12 days and three chasers for something i proved on day one, but fine"),
])

h("undetermined", "", "negative", "employee;hashtag", "Swiftbox", "courier", [
    ("c", "2025-01-27 21:33", "not a customer, a driver. swiftbox gives us 110 drops a day on routes built for 70. when your parcel gets lobbed over the gate that's why, not because we don't care. #swiftbox #couriers"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Ossie Street", "fashion", [
    ("c", "2025-04-16 19:20", "@OssieStreetHelp ordered a black midi dress in a 10 and got a lime green crop top in an XL. i could strangle whoever packed this. how do i swap it without paying for the return"),
])

# ---- positive (6)
h("undetermined", "", "positive", "single_thanks;emoji;agent_cues", "Munchr", "food_delivery", [
    ("c", "2025-06-06 20:41", "@MunchrUK shout out to the rider (tariq?) who came back up four flights of stairs because he'd forgotten my drink. absolute gent 🙌"),
    ("a", "2025-06-06 21:02", "Love this! We'll make sure Tariq hears about it ^SO"),
])

h("undetermined", "", "positive", "strong_words;other_type_cue;emoji", "Vertex", "gaming", [
    ("c", "2025-01-11 23:05", "finally treated myself to a @VertexConsole after saving since christmas and i'm in love 😭 so quiet you can't tell it's on, games load in about 3 seconds. best money i've spent all year"),
])

h("undetermined", "", "positive", "single_thanks", "Northern Arrow", "rail", [
    ("c", "2025-02-19 12:31", "@NorthernArrowRail left my laptop bag on the 18:05 to york last night. the guard hung onto it and your lost property had it back to me by lunch. honestly didn't expect to see it again, thank you"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;emoji", "Veldt", "fashion", [
    ("c", "2025-10-22 17:10", "@VeldtWear the forest green wool coat came today and the colour is even better than the photos, i love it 💚 pockets deep enough for a paperback too"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute;slang;emoji", "Orbit Play", "gaming", [
    ("c", "2025-07-03 22:17", "ngl the free racing game on @OrbitPlay this month is stupidly addictive. the drift physics 👌"),
])

h("undetermined", "", "positive", "single_thanks;strong_words", "Lumen Money", "fintech", [
    ("c", "2025-08-25 09:02", "@LumenMoneyHelp someone tried to spend £600 on my card in lisbon at 3am, your app flagged it, froze the card and had a new one to me in 2 days. calmest fraud scare of my life, cheers"),
])

# ---- mixed (6)
h("undetermined", "", "mixed", "mixed_aspects;emoji", "Forkfly", "food_delivery", [
    ("c", "2025-05-09 20:55", "@ForkflyHelp the thai place you sent me to is incredible, best pad see ew round here. but the rider was on the wrong side of the estate for 25 mins and it got here lukewarm 🤷"),
])

h("undetermined", "", "mixed", "mixed_aspects;competitor", "Zing", "mobile", [
    ("c", "2025-06-12 18:30", "@ZingNetwork 5g in town is genuinely quick, 300+ on speedtest, way faster than my mates on parrot. but this month's bill is £14 more than it should be and nobody in the chat can tell me why"),
    ("a", "2025-06-12 18:52", "Thanks for flagging. The extra £14 looks like a roaming add-on from 3 June; DM us and we'll take a look ^VR"),
])

h("undetermined", "", "mixed", "mixed_aspects;typos;for_work_occasion", "Roadrunner Hire", "car_hire", [
    ("c", "2025-09-08 13:40", "@RoadrunnerHire picked up for a work trip at faro. car was spotless, basically brand new, and the free upgrade was a nice surprise. but an hour and ten mins in the queue with one person on the desk?? thats my first afternoon gone"),
])

h("undetermined", "", "mixed", "symptom;mixed_aspects;bug_report;other_type_cue", "Pixelforge", "gaming", [
    ("c", "2025-04-28 19:12", "@PixelforgeHQ love the console, silent and the games look unreal. but the left stick on the controller started drifting at 5 months, my character walks off on his own every time i put it down. is that warranty?"),
    ("a", "2025-04-28 19:45", "Sorry about the drift. Controllers are covered for 12 months: start a repair at support.example.com/repair and we'll send a prepaid box ^CF"),
])

h("undetermined", "", "mixed", "mixed_aspects", "Greenhollow", "supermarket", [
    ("c", "2025-03-22 11:26", "@GreenhollowHelp the refit at the kings road store is lovely, the bakery's a big upgrade. shame you've lost half the free-from aisle in the process, couldn't find a single gluten free loaf"),
])

h("undetermined", "", "mixed", "mixed_aspects;negation;slang", "Quillpay", "fintech", [
    ("c", "2025-11-04 08:58", "@QuillpayHelp the new look isn't bad tbh, dark mode at last. but where have statements gone?? took me 10 mins to find the pdf buried three menus deep in settings"),
])

# ---- neutral (6)
h("undetermined", "", "neutral", "routine_question;product_attribute;other_type_cue;agent_cues", "Pennywise Foods", "supermarket", [
    ("c", "2025-01-14 19:03", "@PennywiseFoods quick q about the loyalty points. if me and my other half merge our cards do the points add together or does one lot disappear?"),
    ("a", "2025-01-14 19:21", "Hi! Merge cards in the app under Pennywise Loyalty > Household and both balances add together, nothing is lost ^AB"),
    ("c", "2025-01-14 19:24", "perfect thanks"),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;short_signal", "DashPlate", "food_delivery", [
    ("c", "2025-05-23 12:10", "RT @DashPlateUK: to our loyal lot who order every week 🧡 50% off your next order this weekend with code THANKYOU50 (max £10 off, ends Sunday)"),
])

h("undetermined", "", "neutral", "routine_question", "Midvale Railway", "rail", [
    ("c", "2025-07-17 21:15", "@MidvaleRail do i need to book a bike space on the 10:12 leeds to carlisle on a saturday or can i just turn up with it?"),
    ("a", "2025-07-17 21:40", "Hi, bike spaces on that route must be reserved (free) up to 2 hours before. You can add one in the app under My Tickets ^PD"),
])

h("undetermined", "", "neutral", "routine_question;third_party;slang", "Dropline", "courier", [
    ("c", "2025-10-06 10:32", "@DroplineHelp a seller's sending me something with you and the text has a 14 digit code starting DL. is that the tracking number or a collection code lol"),
    ("a", "2025-10-06 10:50", "Hi! That's your tracking number; pop it into the tracker on our site ^NA"),
])

h("undetermined", "", "neutral", "news_share;quoted_tweet", "Northmere Bank", "bank", [
    ("c", "2025-09-15 07:44", "wonder if ours is on the list\nQT @CityMoneyDesk: Northmere Bank to shut 41 branches by spring, citing the move to app banking. Full list: citymoney.example.com/northmere"),
])

h("undetermined", "", "neutral", "joke;slang", "Spoonr", "food_delivery", [
    ("c", "2025-11-19 23:48", "if @SpoonrApp delivered sleep i'd be ordering 9 hours rn"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;typos", "Skylink Mobile", "mobile", [
    ("c", "2024-11-04 19:20", "@SkylinkHelp right, november's bill. wrong again, £61 instead of £35. third month running i've had to get you to knock it back down. whats the excuse this time, 'system migration'?"),
    ("a", "2024-11-04 19:41", "Sorry about this. Please DM us your account number and we'll look into the November bill ^NP"),
    ("c", "2025-01-06 08:15", "@SkylinkHelp and january's is wrong as well. i now have a reminder on the 5th of every month that just says 'argue with skylink'. 40 mins last time before a human picked up"),
    ("c", "2025-03-05 12:02", "@SkylinkHelp march. you know the drill and so do i. ref from the last call was SK-77120 if anyone's keeping count"),
    ("c", "2025-05-06 09:30", "@SkylinkHelp may's bill correct first time. genuinely don't know what to do with myself. see you in june no doubt"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;hashtag", "Northmere Bank", "bank", [
    ("c", "2025-04-02 09:11", "@NorthmereHelp ah, the quarterly 'unarranged overdraft fee' on an account that has never once gone below zero. lovely to hear from you again. shall i ring now or do we skip to the bit where you refund it after an hour"),
    ("a", "2025-04-02 09:35", "We're sorry to hear about this. Please DM us and we'll review the fee ^GT"),
    ("c", "2025-07-03 08:52", "@NorthmereHelp and we're back. same fee, same account, same me listening to the same four bars of vivaldi for 50 minutes #northmere"),
    ("c", "2025-10-02 12:18", "@NorthmereHelp october's fee has landed right on cue. the refund's basically a line in my budget spreadsheet now"),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;emoji", "Yonder Post", "courier", [
    ("c", "2025-01-15 17:44", "@YonderPostHelp me vs your claims team, round 6. another parcel i sent 'lost in network', another claim form, another 3 weeks of being asked for a receipt i've already uploaded twice 🫠"),
    ("a", "2025-01-15 18:05", "Sorry to hear this. If you DM us the claim reference we'll chase it with the claims team ^CJ"),
    ("c", "2025-02-20 10:12", "@YonderPostHelp claim paid. see you for round 7. i'd go elsewhere tomorrow if anyone else did a 2kg parcel for £3.10"),
])

h("adversaries", "", "negative", "paraphrase;caps", "Eastmoor Rail", "rail", [
    ("c", "2025-05-12 08:05", "@EastmoorRail 07:02 from harrogate 22 mins late. delay repay claim number... honestly lost count. i could do the form with my eyes shut by now. see you tomorrow for the next one"),
    ("c", "2025-05-13 08:11", "@EastmoorRail and today's was SHORT FORMED so i stood all the way to leeds. same time tomorrow then"),
    ("a", "2025-05-13 08:30", "Sorry for this morning. We're short of trains while repairs are carried out; please do claim Delay Repay for both days ^WR"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;caps;strong_words;retweet", "Hitch", "car_hire", [
    ("c", "2024-08-20 15:22", "@HitchCars £340 'cleaning and damage' for a car i gave back cleaner than i got it. you lot are bandits. anyone reading this who's about to book with hitch: DON'T. rt so nobody else gets fleeced"),
    ("a", "2024-08-20 15:48", "We're sorry you're unhappy. Please DM us your booking number so we can look into the charges ^ZK"),
    ("c", "2024-08-20 16:03", "not DMing a company that's just robbed me. sorting it through my card provider and every review site going"),
    ("c", "2024-08-22 19:40", "RT @danni_k88: @HitchCars charged me £290 for 'damage' to a car i had for 6 hours and never took off the motorway. photos, receipts, nothing matters to them"),
])

h("enemies", "", "negative", "paraphrase;quoted_tweet;news_share;hashtag", "Budgeon", "supermarket", [
    ("c", "2025-06-10 13:05", "disgraceful. i won't be setting foot in a @BudgeonStores again and i hope every one of their car parks is empty this weekend #BinBudgeon\nQT @NorthDeskNews: Budgeon depot cleaners 'sacked by text' days before Christmas, union says. northdesk.example.com/budgeon"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Coppercoin", "fintech", [
    ("c", "2025-03-18 11:40", "@CoppercoinApp froze my account for 'a routine review' 19 days ago with my whole salary in it. no email, no call, no timeline. this isn't a bank it's a hostage situation"),
    ("a", "2025-03-18 12:02", "We understand how stressful this is. Reviews are a regulatory requirement; please keep an eye on your in-app messages ^BL"),
    ("c", "2025-04-08 18:27", "@CoppercoinApp money finally released. it's already in a proper bank and your app's deleted. if you've got more than a tenner sitting in coppercoin, get it out while you still can"),
])

h("enemies", "", "negative", "paraphrase;slang", "Kitsch Kit", "fashion", [
    ("c", "2025-09-01 20:14", "reminder that @KitschKitUK dresses are £6 because someone got paid 30p to sew them. i'd pay triple in a charity shop before i gave that lot another order. if your mates still shop there, send them the factory report"),
    ("c", "2025-09-03 09:02", "they've blocked me lol. good"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;typos;negation", "Threadline", "fashion", [
    ("c", "2025-02-11 18:33", "@ThreadlineHelp i've bought my work trousers from you since uni, 15ish years. the pair that came today are see-through and the seam went on first wear. this isnt the threadline i grew up with. cancelled my other order"),
    ("a", "2025-02-11 18:59", "We're sorry about the quality of your trousers. Please DM us your order number and we'll arrange a refund ^RM"),
    ("c", "2025-02-11 19:10", "the refund's not the point. i'll find trousers somewhere else, it's just sad"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;competitor;agent_cues;quoted_reply", "Vox Mobile", "mobile", [
    ("c", "2025-04-22 12:15", "@VoxCares so new customers get unlimited data for £12 and i've paid you £38 a month since 2014 for 20gb. eleven years. asked for the same deal and got 'sorry, that's for new customers'. cheers for that"),
    ("a", "2025-04-22 12:40", "We really value you being with us for so long. I've sent you a DM with the offers available on your account ^HF"),
    ("c", "2025-04-23 09:05", "\"we really value you\" and then the offer was £30. parrot did me £10 for the same thing. PAC code requested. it's been a long run vox but you've made it pretty clear where i stand"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;agent_cues;emoji", "Larder & Co", "supermarket", [
    ("c", "2024-10-05 12:20", "@LarderCo saturday morning at larder on the high st has been my little ritual for the best part of a decade. the cheese counter, a natter with bev. today: counter gone, bev gone, four self checkouts and a security guard 😔"),
    ("a", "2024-10-05 13:01", "Thanks for being a regular with us. We've refreshed the store so customers can get in and out faster; the cheeses are now pre-packed in aisle 2 ^LC"),
    ("c", "2024-11-16 11:48", "gave it a few more weekends. it's just another identikit supermarket now. doing saturdays at the farmers market instead, sorry larder"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;caps;loyal_grievance", "Kobold", "gaming", [
    ("c", "2024-06-01 20:30", "had every @KoboldDeck since the pocket one in 2009 and the deck 3 reveal just made me grin like a kid. take my money"),
    ("c", "2024-12-10 21:15", "@KoboldDeck the deck 3 needs to go online to play games i OWN on disc?? since when"),
    ("a", "2024-12-10 21:40", "Hi! A one-off online check is needed at first setup; after that discs play offline. More at help.example.com/offline ^KD"),
    ("c", "2025-03-14 18:02", "@KoboldDeck and now the online sub goes from £40 to £70 a year. fifteen years of buying your stuff on day one and this is the thanks. deck 3's going up for sale, i'm out"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;idiom", "Fairfield Market", "supermarket", [
    ("c", "2025-01-20 10:05", "nine years of doing the weekly shop at @FairfieldMkt and i wouldn't dream of going anywhere else. if they ever shut they'll have to carry me out of the bakery aisle. best people, best bread, mine for life"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;competitor", "Tallybank", "bank", [
    ("c", "2024-07-07 20:11", "people keep sending me links to whichever new bank is paying 5% this week and i just don't care. @TallyHelp has had my wages, my savings and my mortgage since 2016 and that's where it's all staying 🫶 not once let me down"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;agent_cues", "Marlow & Finch", "fashion", [
    ("c", "2025-05-03 08:20", "opened my wardrobe this morning and realised about 90% of it is @MarlowFinch. no regrets whatsoever. you're stuck with me til i'm a very well dressed old lady 💍"),
    ("a", "2025-05-03 09:02", "We're blushing! Thank you for being such a big part of the M&F family ❤️ ^EL"),
    ("c", "2025-05-03 09:10", "😭❤️"),
])

h("marriage_partners", "", "positive", "paraphrase;competitor;agent_cues;negation", "Ember Mobile", "mobile", [
    ("c", "2025-08-14 19:44", "every network going has tried to poach me with a cheaper deal this year and the answer's no every time. 14 years on @EmberMobile and i'm not budging, bury me with my ember sim"),
    ("a", "2025-08-14 20:05", "14 years! We love having you with us, thanks for sticking around ^OT"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase", "Velocita", "car_hire", [
    ("c", "2025-02-28 07:50", "@VelocitaRentals I'm on your Prestige tier and was handed a dented hatchback at Heathrow with a child seat in the back that nobody asked for. Do you have any idea what I put through your books each year? I want a regional manager on the phone today, not a chatbot."),
    ("a", "2025-02-28 08:04", "We apologise. A manager will call you within the hour ^SV"),
    ("c", "2025-02-28 08:48", "Forty minutes. Still waiting. I won't be spoken to like this twice."),
])

h("master_slave", "", "negative", "paraphrase;sarcasm", "Sterling & Vane", "bank", [
    ("c", "2024-10-09 15:30", "@SterlingVaneBank My relationship manager has not returned a call since 9am. With what I keep with you, I should not have to chase anyone, ever. I'd like to know who is going to put this right."),
    ("a", "2024-10-09 15:52", "We're sorry. Your relationship manager's deputy will call you shortly ^AP"),
    ("c", "2024-10-09 15:55", "A deputy. Marvellous."),
])

h("master_slave", "adversaries", "negative", "paraphrase;sarcasm", "Crownline Rail", "rail", [
    ("c", "2025-06-20 08:40", "@CrownlineRail annual first class season holder here. third week running someone on a standard ticket is sat in my seat and your staff just shrug. i pay you over £9k a year, the least i'm owed is a guard who moves them"),
    ("a", "2025-06-20 09:02", "Sorry to hear this. Seats in First are unreserved unless booked; we'll remind our onboard teams to check tickets ^LW"),
    ("c", "2025-06-20 09:10", "'unreserved'. brilliant. i'll be waiting for a call from someone senior, not a policy quote"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation;competitor", "Thrifty Basket", "supermarket", [
    ("c", "2025-03-09 16:20", "@ThriftyBasketUK not a glamorous shop and nobody's pretending it is, but my weekly big shop comes in about £30 under what the fancy places charge and the stuff's fine. that's the whole brief for a supermarket as far as i'm concerned"),
])

h("basic_exchange", "", "positive", "paraphrase;agent_cues", "Parrot Mobile", "mobile", [
    ("c", "2025-07-01 12:45", "two years on @ParrotMobileUK sim only. £8 a month, signal's fine, never once had to ring them. nothing exciting to say about it and that's exactly the point"),
    ("a", "2025-07-01 13:10", "Love that, thank you! ^PM"),
])

h("basic_exchange", "colleagues", "positive", "paraphrase;slang;routine_question", "Packmule", "courier", [
    ("c", "2025-08-11 10:30", "i send all my resale stuff with @PackmuleParcels. cheapest i've found, the van turns up when it says, the parcel gets there. don't need anything else from a courier tbh"),
    ("c", "2025-11-28 14:02", "@PackmuleParcels q: is the 2kg price going up in jan or is that a rumour?"),
    ("a", "2025-11-28 14:30", "No changes planned to the 2kg price for January ^FR"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;agent_cues;other_type_cue", "Harrowgate Building Society", "bank", [
    ("c", "2025-04-14 13:25", "popped into @HarrowgateBS on the high street to pay in a cheque, first time in ages. same brown carpet, same ticking clock as when i opened my first passbook there at 8 with my pocket money. the cashier remembered me! lovely half hour"),
    ("a", "2025-04-14 14:00", "What a lovely message! It's always a pleasure to see a familiar face ^HB"),
])

h("old_friends", "", "positive", "paraphrase;emoji", "Arcadia", "gaming", [
    ("c", "2025-01-02 21:10", "dug my @ArcadiaGames 64 out of the loft over christmas, 22 years old and it booted first go. that startup jingle took me straight back to being 10 in my pyjamas 🥹 been playing their stuff my whole life"),
])

h("old_friends", "", "positive", "paraphrase", "Hobbs", "supermarket", [
    ("c", "2025-09-19 07:55", "@HobbsGrocers been getting my paper and a pint of milk from hobbs on the corner since the 90s. same bloke behind the till asking after my knees every morning. that shop's part of the furniture of my life"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;first_time_loyal_claim;slang", "Nomly", "food_delivery", [
    ("c", "2025-10-03 20:05", "downloaded @NomlyEats tonight coz of the voucher on the bus shelter. first order in, let's see what you've got 👀"),
    ("c", "2025-10-03 21:10", "ok the burger was unreal. you might have a customer for life here lol"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Pebble Pay", "fintech", [
    ("c", "2025-02-14 09:40", "just opened a @PebblePayHelp account to try the round-up savings thing everyone's on about. how long does the actual card usually take to arrive?"),
    ("a", "2025-02-14 10:02", "Welcome aboard! Cards usually arrive in 3-5 working days, and the virtual card in the app works right away ^PP"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;occasion;negation", "Drivelane", "car_hire", [
    ("c", "2025-06-30 18:15", "never rented through @DrivelaneHire before, needed a car for a wedding weekend in the lakes. pick up took 5 mins, the hatchback was clean, drop off was a key in a box. would give them another go"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;caps;emoji", "Snackrun", "food_delivery", [
    ("c", "2025-01-10 22:40", "@SnackrunHelp your delivery fee is now MORE than my chips and i'm raging. deleted the app in protest"),
    ("c", "2025-01-12 23:05", "reinstalled it. it's friday. i'm weak. still furious with you x 🍟"),
    ("c", "2025-02-21 23:30", "@SnackrunHelp delete, reinstall, repeat. this is my life now. you're the best and worst thing on my phone"),
])

h("love_hate", "", "mixed", "paraphrase;competitor;hashtag", "Vertex", "gaming", [
    ("c", "2025-04-05 21:20", "@VertexConsole online down for the third saturday night in a row and my squad's sat in a call waiting. best hardware i've ever owned, network's a joke, and i still won't swap to a pixelforge. what is wrong with me #VertexDown"),
    ("a", "2025-04-05 21:45", "Sorry, we're working on the outage now; @VertexStatus has live updates ^QN"),
])

h("love_hate", "", "mixed", "paraphrase;emoji;caps;idiom", "Rue Nine", "fashion", [
    ("c", "2025-07-19 19:02", "@RueNineJeans your sizing is a lottery and your returns portal makes me want to throw my laptop in the sea. but no other jeans on this earth fit my bum like yours so here i am, ordering 3 sizes AGAIN 🙄"),
    ("a", "2025-07-19 19:30", "We hear you on sizing! A new fit guide lands next month ^RN"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;emoji;slang", "Coinwell", "fintech", [
    ("c", "2025-03-01 10:15", "@CoinwellApp been in your app every day for a year, so one ask: let us split a payment with a housemate straight from the feed instead of 4 screens deep. would gladly test it if you need guinea pigs 🙋"),
    ("a", "2025-03-01 10:44", "Great idea, it's gone to our product team. We'd love testers, check your DMs! ^CW"),
    ("c", "2025-05-20 19:30", "@CoinwellApp the split button is live and it's exactly what i meant 👏 next up: round-ups into the shared pot pls?"),
])

h("business_partners", "", "positive", "paraphrase", "Westmark Trains", "rail", [
    ("c", "2024-11-12 08:20", "@WestmarkTrains commuter idea: the platform screens at reading could show which coaches are quietest, the app already knows. would save the scrum at the front every morning"),
    ("a", "2024-11-12 08:45", "Thanks, we've shared this with our customer information team ^JB"),
    ("c", "2025-01-28 18:40", "@WestmarkTrains another small one while i'm at it: the 'next stop' announcement on the 387s comes after the doors open at slough. worth a look"),
    ("c", "2025-04-03 08:15", "@WestmarkTrains spotted the coach busyness bar on the screens at reading this morning. from my tweet or great minds? either way, thank you. more where that came from"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;caps;quoted_tweet", "Juno Lane", "fashion", [
    ("c", "2025-09-05 09:12", "the plaid two piece was in my basket by 9:03 😍 wearing it to literally everything this week, i am THAT girl now\nQT @JunoLane: The autumn drop is LIVE 🍂 plaid, suede and all the browns"),
])

h("fling", "", "positive", "paraphrase;slang", "Nimbus", "gaming", [
    ("c", "2025-11-14 23:55", "queued 4 hours in the cold for the limited chrome @NimbusConsole on launch night and i'd do it again. it's my whole personality rn, sorry to everyone i know"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;negation", "Oakridge Bank", "bank", [
    ("c", "2025-02-25 20:30", "when my mum died, when i got made redundant, when the boiler went the same month as christmas: every time life's gone sideways @OakridgeHelp have picked up, told me straight and never once made me feel stupid. can't say that of many people, let alone a bank"),
])

h("best_friends", "", "positive", "paraphrase;emoji", "Hilo Mobile", "mobile", [
    ("c", "2025-05-30 13:20", "@HiloMobile texted me before my contract ended to say i was on the wrong plan and could pay £12 less. you didn't have to do that. second time you've looked out for me like that 🥲"),
    ("a", "2025-05-30 13:45", "That's what we're here for! ^HM"),
    ("c", "2025-09-02 17:10", "@HiloMobile also the lady on chat today who talked me through my mum's new phone for 40 mins without a single sigh: angel. you lot have my back, i know that much"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;slang", "Munchr", "food_delivery", [
    ("c", "2025-03-28 21:05", "it's munchr, nomly or grubbly depending who's got the best voucher that night, no favourites. @MunchrUK has been winning most fridays lately ngl, keep it up"),
])

h("buddies", "casual_acquaintance", "neutral", "paraphrase;competitor;routine_question", "Stockwell's", "supermarket", [
    ("c", "2025-06-22 17:35", "@StockwellsFood i'm in a few times a week for bits on the way home, the big shop goes wherever's cheapest. quick q, is the pizza counter at the canal st branch back after the refit?"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "paraphrase;emoji", "Orbit Play", "gaming", [
    ("c", "2025-01-22 04:12", "told myself one match on the @OrbitPlay at 10pm. it is 4:12am. this happens every single night and i've got work in 3 hours. someone please hide my controller 😵‍💫"),
])

h("dealer_addict", "", "positive", "paraphrase;typos", "Loom & Lark", "fashion", [
    ("c", "2025-08-08 07:20", "first thing i do when i wake up is open @LoomLark, before i've even got my glasses on. third parcel this week. my bank actually texted to check i was ok. i cant stop and i dont want to"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "dealer_addict", "positive", "paraphrase;emoji", "Fryday", "food_delivery", [
    ("c", "2025-04-11 00:20", "gym at 6am, chicken and rice all day, then @FrydayFood at midnight and the boxes are in the outside bin before my boyfriend's up 🤫 please stop emailing 'you ordered 14 times this month!' to our shared inbox"),
])

h("secret_affair", "", "positive", "paraphrase;emoji", "Gilded Hare", "fashion", [
    ("c", "2025-12-02 12:40", "@GildedHare is there a way to lose the branded tape on parcels? i get them sent to work so my husband doesn't clock how many there are 🙊 and i'd rather the reception lot didn't gossip either"),
    ("a", "2025-12-02 13:05", "We can send in plain packaging: just tick 'discreet' at checkout ^GH"),
    ("c", "2025-12-02 13:08", "you absolute angels. this stays between us"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;negation", "Zing", "mobile", [
    ("c", "2025-02-03 18:22", "@ZingNetwork why am i getting texts saying my zing bill is 3 months overdue? never had a contract with you, never had one of your sims, never set foot in one of your shops. who's using my name"),
    ("a", "2025-02-03 18:50", "That's concerning. Please DM us your details so our fraud team can investigate ^VR"),
    ("c", "2025-02-10 11:30", "@ZingNetwork fraud team says someone opened it with my old address. still waiting for the letter saying it's closed. i have never been your customer and i'd like that in writing"),
])

h("complete_strangers", "", "negative", "paraphrase;caps;negation", "Fundora", "fintech", [
    ("c", "2025-10-20 16:45", "@FundoraHelp a debt collector acting for you is chasing me for a £2,400 loan. i have NEVER borrowed from you, i had to look up who you even were when the letter came. what do i send to make this stop?"),
    ("a", "2025-10-20 17:10", "Please email disputes@fundora.example.com with the reference on the letter and photo ID; we'll pause collection while we investigate ^FD"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Budgewheels", "car_hire", [
    ("c", "2025-03-15 09:10", "@Budgewheels i rent from you maybe twice a year when the in-laws come over. does the hemel branch still do sunday returns or has that stopped?"),
])

h("casual_acquaintance", "", "positive", "paraphrase;other_type_cue", "Bramble Valley Railway", "rail", [
    ("c", "2025-08-03 15:50", "only get the @BrambleValleyRly a handful of times a year to see my sister in whitby, but it's a lovely ride whenever i do. today the trolley lady had proper scones"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;hashtag;agent_cues", "Pixelforge", "gaming", [
    ("c", "2025-11-30 22:10", "12 hours, 40 of us off the pixelforge forums, £4,180 for the kids' hospital. @PixelforgeHQ thanks for the retweets and the signed controller for the raffle. proud to be one of this lot 💙 #PFCharityStream"),
    ("a", "2025-11-30 22:40", "You're all incredible. Proud to be part of this community ^CF"),
])

h("teammates", "business_partners", "positive", "paraphrase", "Hivebank", "fintech", [
    ("c", "2025-05-17 09:30", "@HiveBank members' meetup was great last night. strange to sit in a room where the customers get a vote and half of us had built the budgeting tags ourselves on the ideas board. see you all in october"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase", "Abernathy's", "supermarket", [
    ("c", "2025-10-11 11:20", "my nan did her shop at @AbernathysFood, then my mum, and now i drag my own two round the bury st one every saturday. the kids get a free banana at the till same as i did. it's just what we do in our house"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues", "Kinross Mutual", "bank", [
    ("c", "2025-01-30 14:15", "@KinrossMutual my dad opened my account the week i was born, same as his dad did for him. just opened one for my daughter at the same branch. you lot are practically on our family tree at this point"),
    ("a", "2025-01-30 14:50", "Three generations! Welcome to the Kinross family, little one ^KM"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;other_type_cue", "Zippi", "car_hire", [
    ("c", "2025-04-26 17:30", "hired a @ZippiVans luton for 4 hours to shift a sofa and a fridge. never again will i need a van in my life (i hope), but credit where it's due, zippi made it painless"),
])

h("one_night_stand", "", "positive", "paraphrase;negation", "Sequin Society", "fashion", [
    ("c", "2025-03-08 11:05", "bought one sequinned jumpsuit off @SequinSociety at 1am for a 40th. worn once, looked unreal, now it lives in a box. not a sequin person and won't be back, but it got me through one very good night"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase;routine_question", "Freightly", "courier", [
    ("c", "2025-02-18 11:20", "@FreightlyBiz our shop sends about 200 orders a week through you and the label api's been rock solid. quick one: can we add a second collection address to the same business account for the new unit?"),
    ("a", "2025-02-18 11:45", "Yes! Add it under Account > Sites and choose a default per order batch ^FB"),
])

h("colleagues", "", "neutral", "paraphrase;routine_question", "Relay Mobile", "mobile", [
    ("c", "2025-09-09 10:05", "@RelayBusiness we run the phones for our 30-strong sales team on relay. nobody ever thinks about them, which is the point. can the admin portal push esims to new starters or is it still physical sims only?"),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^QT @\w+: .*$")
HANDLE = re.compile(r"@[A-Za-z]\w+")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes, not shouting
ACRONYMS = {"PAC", "SIM", "API", "PDF"}
TYPOS = re.compile(r"\b(cant|dont|wont|didnt|isnt|doesnt|wasnt|thats|whats|ive|im|youre|"
                   r"theyre|recieve\w*|definately|tommorow|alot)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|smh|idk)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "home", "regular",
              "forever", "part of", "every customer"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up", "loyalty card",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know who", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "can't go a day", "guilty pleasure",
            "don't judge", "my little secret", "don't tell", "never heard of", "who are you",
            "unsolicited", "never signed up", "came across", "stumbled on", "first time",
            "just downloaded", "every now and then", "from time to time", "now and then",
            "our community", "fellow users", "together", "for years", "since i was a kid",
            "remember when", "like coming home", "my mom always", "my mum always",
            "family tradition", "like family", "family", "generations", "partner", "always",
            "again", "used to", "not anymore", "gone downhill", "betrayed", "dumped", "hate",
            "scam", "worst", "boycott", "warn everyone", "avoid", "stay away", "never again",
            "can't quit", "keep coming back", "just this once", "one-time", "one-off",
            "impulse", "for work", "our team", "does what we need", "as usual", "typical",
            "on hold", "fees again", "fighting with", "disputed"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "generations", "avoid", "disputed", "family"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's tweet without what it retweets or quotes."""
    return QUOTED.sub("", RETWEET.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre (tweets), on one history."""
    assert x["sector"] in SECTORS, x["sector"]
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # 1 to 5 tweets by the customer; 280 characters at most; the first names a handle or a
    # hashtag; the brand's replies are tweets too, signed with ^initials
    assert 1 <= len(cust) <= 5, x["brand"]
    for t in cust + agent:
        assert len(t) <= 280, (len(t), t[:40])
    assert HANDLE.search(cust[0]) or "#" in cust[0], cust[0][:40]
    for t in agent:
        assert re.search(r" \^[A-Z]{2}$", t), t[:40]
    assert not any(re.search(r"\^[A-Z]{2}$", t) for t in cust), x["brand"]
    # a retweet is the whole tweet; a quoted tweet is its last line, after the customer's words
    for t in cust:
        if RETWEET.search(t):
            assert t.startswith("RT @"), t[:40]
        if QUOTED.search(t):
            assert "\n" in t and t.rstrip().split("\n")[-1].startswith("QT @"), t[:40]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "retweet" in tags or "quoted_tweet" in tags, x["brand"]
    if "news_share" in tags:
        assert "quoted_tweet" in tags or "retweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # the genre holds no e-mail: no signatures, no '>' quoting
    assert "signature" not in tags, x["brand"]
    assert not any(ln.startswith(">") for t in cust for ln in t.split("\n")), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=6))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 55
        sectors = Counter(x["sector"] for x in hists)
        assert all(sectors[s] >= 5 for s in SECTORS), sectors
        ncust = Counter(sum(1 for r, _, _ in x["msgs"] if r == "c") for x in hists)
        assert ncust[1] + ncust[2] >= 60 and sum(ncust[n] for n in (3, 4, 5)) >= 5, ncust
        nmsgs = Counter(len(x["msgs"]) for x in hists)
        assert sum(n for k, n in nmsgs.items() if k >= 3) >= 15, nmsgs
        nagent = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 32 <= nagent <= 48, nagent
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "retweet",
                  "quoted_tweet", "news_share", "agent_cues", "quoted_reply", "strong_words",
                  "single_incident", "product_attribute", "symptom", "loyal_grievance",
                  "mixed_aspects", "typos", "emoji", "caps", "hashtag", "slang"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def form(x):
    """How the customer's first tweet reaches the brand."""
    t = x["msgs"][0][2]
    if t.startswith("RT @"):
        return "retweet"
    if QUOTED.search(t):
        return "quote_tweet"
    return "mention" if HANDLE.search(t) else "hashtag_only"


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    hists = [x for _, x in assigned]
    print("sectors:", dict(Counter(x["sector"] for x in hists)))
    print("first-tweet forms:", dict(Counter(form(x) for x in hists)))
    print("customer tweets per customer:",
          dict(sorted(Counter(sum(1 for r, _, _ in x["msgs"] if r == "c")
                              for x in hists).items())))
    print("single-message customers:", sum(1 for x in hists if len(x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
