#!/usr/bin/env python3
"""Invented development set of customer histories for relradar (set x, ids x001..x080).

All text, brands, names, addresses and numbers are invented. Nothing is taken from real
customer data or public datasets. Run: python3 /work/hist7/make_histories.py
It checks the data and writes histories.csv and labels.csv next to this script.
"""
import csv
import os
import random
from collections import Counter
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies", "master_slave",
    "marriage_partners", "dealer_addict", "secret_affair", "complete_strangers",
    "fleeting_acquaintance", "casual_acquaintance", "teammates", "old_friends", "close_siblings",
    "ex_friends", "enemies", "love_hate", "one_night_stand", "colleagues", "adversaries",
]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# ---------------------------------------------------------------------------------------------
# 1. Draw the type of each id first (seeded shuffle), so that ids carry no order.
# ---------------------------------------------------------------------------------------------
MIX = {"undetermined": 24, "fling": 5, "basic_exchange": 4, "fleeting_acquaintance": 4,
       "best_friends": 4, "ex_friends": 4, "love_hate": 4, "old_friends": 3}
for _t in TYPES:
    MIX.setdefault(_t, 2)
SLOTS = [t for t, n in MIX.items() for _ in range(n)]
assert len(SLOTS) == 80, len(SLOTS)
random.Random(7117).shuffle(SLOTS)
DRAWN = {"x%03d" % (i + 1): t for i, t in enumerate(SLOTS)}

# ---------------------------------------------------------------------------------------------
# 2. Histories. Each: id, brand, start time, label (type, second, valence, traps),
#    messages as (minutes after previous message, role, text).
# ---------------------------------------------------------------------------------------------
M, H, D = 1, 60, 1440
C, A = "customer", "agent"

H_ = []


def add(cid, brand, start, typ, second, valence, trap, msgs):
    H_.append(dict(id=cid, brand=brand, start=start, type=typ, second=second,
                   valence=valence, trap=trap, msgs=msgs))


add("x001", "Bluegum Mobile", "2025-02-03T07:40:00Z", "love_hate", "adversaries", "mixed",
    "paraphrase;agent_cue;threat_to_leave_not_carried_out", [
    (0, C, "Data's dropped out at the farm again, third time since the long weekend. I swear I'm porting my number to someone else this time. Who am I kidding, I said that at the last renewal too."),
    (4, A, "G'day Maureen, sorry to hear that! We really value your loyalty as a Bluegum customer. Can you confirm your postcode so I can check the tower near you?"),
    (3, C, "3352. Look, when it works out there the coverage is better than anyone's and the plan's cheap, that's the maddening part. Every two years I grumble, I get quotes, and I sign with you anyway."),
    (6, A, "There's planned maintenance on the Learmonth site until Friday. I've added a $10 credit to your account."),
    (2, C, "Ta. Still cross with you lot. See you at the next renewal, I suppose, same fight, same outcome."),
])

add("x002", "Shannonside Broadband", "2024-11-04T09:05:00Z", "adversaries", "", "negative",
    "paraphrase;call_notes;no_textbook_cue", [
    (0, C, "Note of my phone call, 4 November, for my own records and yours. Rang about the double charge on the October bill. 52 minutes holding. Told by 'Ciarán' it would be reversed within five working days. This is what I was told in September and in August."),
    (9 * D, C, "To whom it may concern,\n\nI write again regarding account SB-448120. This is now the fourth month in a row that I have had to contact Shannonside about the same duplicated line on my bill. I have come to assume that nothing is put right with you on the first attempt, and I dare say your staff have come to assume my calls.\n\nYours faithfully,\nNoreen Fitzgibbon\n14 Abbey Road, Ennis"),
    (2 * D, A, "Dear Ms Fitzgibbon, thank you for your letter. We apologise for the inconvenience. The credit of EUR 39.99 has been requested and will appear on your next bill."),
    (31 * D, C, "Note of call, 16 December. Credit NOT on the December bill. Forty minutes this time, an improvement. Ref SB-448120-3. I shall ring again in January, as seems now to be our custom."),
])

add("x003", "Kestrel Rail", "2025-03-11T18:22:00Z", "undetermined", "", "neutral",
    "passing_use;cue_in_passing", [
    (0, C, "Hello, I love travelling by train when I can, much better than the motorway. Quick question: can I use my Senior Railcard on an Advance single from York to Edinburgh on the 08:12, or is that excluded?"),
    (5, A, "Hi Gerald, yes, the Senior Railcard gives a third off Advance fares on that route. Have a lovely trip!"),
    (2, C, "Splendid, thank you."),
])

add("x004", "Larkspur Hotels", "2025-01-19T08:10:00Z", "undetermined", "", "negative",
    "one_incident;agent_cue;strong_words", [
    (0, C, "Dear Larkspur,\n\nI stayed at your Leeds Wellington Street hotel on the night of 17 January, room 412. The heating did not work, two calls to reception produced a fan heater that smelled of burning, and I had the most dreadful night's sleep I can remember. I should like the room charge of GBP 119 refunded.\n\nRegards,\nPhilippa Oduya"),
    (1 * D, A, "Dear Ms Oduya, we are so sorry. As a valued member of the Larkspur family we would love to welcome you back. The room charge has been refunded in full."),
    (3 * H, C, "Thank you. The refund has come through."),
])

add("x005", "Copperkettle Bakery", "2024-09-24T16:45:00Z", "secret_affair", "", "positive",
    "paraphrase;product_attribute;agent_cue", [
    (0, C, "Hi, please take me off the e-mail list. Nothing wrong with you, quite the opposite: my wife reads our shared inbox, and she believes I gave up custard slices in March. What she doesn't know is the Fulham Road shop on Tuesdays after my physio. Let's keep it that way."),
    (6, A, "Haha, your secret's safe with us! I've unsubscribed you. Have you tried our new Guilt-Free range? Only 180 calories a slice."),
    (4, C, "Good Lord no, that would defeat the whole point. Can I still use the stamp card in the shop without an e-mail address on it?"),
    (3, A, "Yes, the paper card works without an account."),
    (1, C, "Perfect. Mum's the word. See you Tuesday."),
])

add("x006", "Harrowgate Building Society", "2025-04-02T10:00:00Z", "ex_friends", "old_friends", "negative",
    "agent_cue;paraphrase;tenure_backs_complaint", [
    (0, C, "Dear Sir or Madam,\n\nI opened my first passbook with Harrowgate at the Skipton branch in 1979, when the manager still wrote the interest in by hand. I have kept my savings with you for forty-six years and recommended you to half my street.\n\nThis month the Skipton branch closed, and I am told I must now 'do it on the app'. I am 81 and I do not own a smartphone. I no longer recognise the society I joined, and I have asked for my ISA to be transferred to another provider.\n\nYours faithfully,\nMargaret Hebblethwaite\n3 Raikes Road, Skipton"),
    (5 * D, A, "Dear Mrs Hebblethwaite, thank you for being one of our most loyal members. We are sorry to see you go. Telephone banking remains available on 0300 555 0142."),
    (9 * D, C, "I received your letter. Thanking me for my loyalty while showing me the door is rather the point I was making. Please confirm the transfer date in writing."),
])

add("x007", "Haldi & Co", "2025-05-08T12:30:00Z", "fleeting_acquaintance", "", "positive",
    "paraphrase;first_contact", [
    (0, C, "Hello! A colleague brought a sample tin of your kashmiri chilli into the office last week and I've been thinking about it ever since, so this is my first order (HC-20931). Before it ships, can you tell me whether the garam masala has cloves in it? My son reacts to them."),
    (20, A, "Hi Deepa, thanks for ordering with us! Yes, the garam masala contains clove. I can swap it for the Bengal five-spice, which has none."),
    (5, C, "Yes please swap it. If this lot is as good as the sample I expect I'll be back, we'll see."),
])

add("x008", "Swiftpost Couriers", "2025-02-14T17:55:00Z", "undetermined", "", "negative",
    "one_incident;sender_chose_courier;strong_words", [
    (0, C, "Your driver has 'delivered' my parcel to a wheelie bin. Photo shows the bin. It was bin day. I didn't choose Swiftpost, the shop I bought from did, but this is ridiculous. Tracking SP90412877GB."),
    (10, A, "Hi Tom, so sorry about this. I've raised a trace with the depot and the driver will return this evening."),
    (4 * H, C, "Got it back, a bit damp but fine. Thanks for sorting it."),
])

add("x009", "PixelPine Games", "2025-06-01T21:14:00Z", "undetermined", "", "neutral",
    "product_attribute;quoted_ad", [
    (0, C, "Hi, your advert says 'Dangerously addictive puzzles!' and my nephew would agree :) Question though: I got a new phone, how do I move his progress across from the old one? He's on level 212 and I'd rather not face him if it's lost."),
    (15, A, "Hi! Go to Settings > Account > Link device on the old phone and enter the code on the new one."),
    (30, C, "Done, level 212 is safe. Cheers."),
])

add("x010", "Tidewell Energy", "2025-03-01T08:00:00Z", "undetermined", "", "neutral",
    "agent_cue;product_attribute", [
    (0, C, "Meter readings for account TW-7781-220: electricity 048213, gas 11902. Taken this morning."),
    (2 * H, A, "Thanks Alan. As a loyal Tidewell customer you're also eligible for our Loyalty Fix 24 tariff. Would you like details?"),
    (40, C, "What's the unit rate and standing charge on the Loyalty Fix 24, and is there an exit fee?"),
    (25, A, "24.1p/kWh, 51.2p a day standing charge, and GBP 75 per fuel to leave early."),
    (10, C, "Thanks, I'll compare it with what I have now."),
])

add("x011", "Greystone Motors", "2024-10-07T08:35:00Z", "basic_exchange", "", "positive",
    "paraphrase;no_textbook_cue", [
    (0, C, "Morning. Both our cars have gone to Greystone for servicing the last few years for the simple reason that you're not the dearest in Cheltenham and the car's ready when you said it would be. That's honestly all I ask of a garage. Could I book the Fabia in for its 60,000 service next week?"),
    (20, A, "Hi Mr Penrose, thanks for your continued custom! Tuesday 15th at 8am?"),
    (5, C, "Tuesday is fine. Same as last time please, no upselling me wiper blades, I'll say yes if I need them."),
    (8 * D, C, "Picked it up, quoted price, on time. Ta."),
])

add("x012", "Fernleaf Pharmacy", "2025-01-22T10:10:00Z", "best_friends", "", "positive",
    "paraphrase;not_one_agent", [
    (0, C, "Kia ora Fernleaf. I wanted to put this in writing. Since Mum's diagnosis last year your Karori team have been the people I lean on. Twice now someone has rung me before I'd even come in, to warn me a new prescription would clash with her heart pills. I tell your pharmacists things I don't manage to tell the GP, and they're always straight with me."),
    (2 * H, A, "Thank you so much, Hana, we've passed this on to the Karori team."),
    (14 * D, C, "Me again. Could you keep putting Mum's blister packs aside on Thursdays? And please keep doing what you did last week, telling me honestly when something's going to cost more rather than springing it on me. It matters more than you'd think."),
    (30, A, "Of course. Thursdays it is."),
])

add("x013", "Marigold Tea Company", "2025-05-20T14:00:00Z", "undetermined", "", "mixed",
    "product_attribute;product_remark", [
    (0, C, "The new caddy for the Forever Chai is gorgeous, I love the elephants. The Darjeeling first flush I ordered alongside it tastes flatter than last spring's sample though, a bit papery. Is this year's harvest different, or have I stored it wrong?"),
    (3 * H, A, "Hi Niamh, the 2025 first flush was picked a little later after a dry March, so it's gentler. Keep it airtight and away from the kettle."),
    (1 * D, C, "Ah that explains it. Thanks."),
])

add("x014", "Veltra Fashion", "2025-03-27T08:58:00Z", "fling", "fleeting_acquaintance", "positive",
    "paraphrase;first_purchase;novelty", [
    (0, C, "I was refreshing the page from 8:55 and I GOT IT!!! The lilac trench from the spring drop, size 10, before it sold out. Wearing it out tonight, I can't even. Is the matching beret in the next drop??"),
    (12, A, "Hi Aoife! Love that you got it. The beret lands on 10 April at 9am."),
    (3, C, "Alarm set. Full honesty I'd never bought anything from you before this week, your reel just got me. No idea if I'll still be into it by summer but right now I'm obsessed with this whole collection."),
])

add("x015", "Lumen Streaming", "2025-04-14T20:30:00Z", "basic_exchange", "", "positive",
    "product_attribute;agent_cue", [
    (0, C, "Please stop e-mailing me about Premium Family. I'm on Basic with ads, it plays what I want to watch, and it's four pounds a month cheaper than the other two I looked at. When that stops being true I'll look again. Until then it's fine."),
    (7, A, "Noted! We'd hate to lose a loyal subscriber like you. I've turned off upgrade offers."),
    (2, C, "Thanks. And I wouldn't say loyal, I'd say satisfied at the price."),
])

add("x016", "Pennywhistle Books", "2024-12-02T19:40:00Z", "business_partners", "teammates", "positive",
    "paraphrase;no_textbook_cue", [
    (0, C, "A thought for whoever runs your website: it would help no end if search could filter by language. I buy a lot of Irish-language children's books for my grandchildren and they're lost among everything else. I've a couple of other small things below if they're of any use."),
    (0, C, "1. A 'notify me when back in stock' button.\n2. Show the age range on the listing, not just on the back cover photo.\n3. Gift receipts without prices would be grand."),
    (2 * D, A, "Thank you, Séamus, these are really useful. We're redesigning search in the new year. Would you be willing to try the test version?"),
    (1 * H, C, "I would, gladly. Send it on and I'll tell you honestly what works and what doesn't."),
    (45 * D, C, "Tried the test site. Language filter works well; the age range shows on some but not all. Well done, keep at it."),
])

add("x017", "Ravensgill Whisky", "2025-06-10T11:00:00Z", "old_friends", "casual_acquaintance", "positive",
    "paraphrase;tenure_with_warmth", [
    (0, C, "Dear Ravensgill,\n\nI first turned up at your distillery on a very wet walking holiday in 1988, soaked to the skin, and someone gave me a dram and a towel. I have been back most Augusts since. The still room smells exactly as it did, and it was lovely last year to see Morag still pouring in the tasting room.\n\nCould you tell me whether the cask tour runs on Saturday 16 August? I am bringing my walking group.\n\nWith warm regards,\nDavid Ashworth"),
    (1 * D, A, "Dear Mr Ashworth, what a lovely note. Yes, the 11:00 cask tour runs on the 16th; I have held eight places."),
    (2 * H, C, "Wonderful. Something about that place puts me right back in 1988. Tell Morag the soggy Englishman is coming."),
])

add("x018", "Dunmore Dairies", "2025-02-11T07:15:00Z", "close_siblings", "old_friends", "positive",
    "paraphrase;product_attribute", [
    (0, C, "Hello, my grandmother had Dunmore milk left on the step in Clonmel, then my mother, and now me on the same street. Pat the milkman knows the children by name, he's practically an uncle at this stage. A small change please: from March could we drop to two pints on Fridays?"),
    (30, A, "Hi Bríd, no problem. Would you like to try our Family Saver crate instead?"),
    (10, C, "No thanks, the Family Saver is far too much for us now the eldest is gone to college. Just the two pints. Tell Pat we'll have tea for him at Christmas as usual."),
])

add("x019", "Kowhai Insurance", "2025-01-09T13:20:00Z", "undetermined", "", "neutral",
    "agent_cue;routine_question", [
    (0, C, "Hi, hail damage to the car roof yesterday in Hamilton, policy KW-55019. Do I need an assessor to look at it before I book a panel beater, or can I get quotes myself?"),
    (8, A, "Kia ora Sam, we're always here for you when things go wrong. You can get two quotes yourself and upload them; no assessor needed under $4,000."),
    (3, C, "Great, will upload them this week."),
])

add("x020", "Sundara Sarees", "2025-10-15T15:05:00Z", "marriage_partners", "old_friends", "positive",
    "paraphrase;no_textbook_cue", [
    (0, C, "Namaste. Every festival saree in my almirah since 2009 has come from Sundara, and I won't buy silk from anywhere else, my daughters laugh at me for it. Each Diwali I open your parcel and I am as happy as a bride. Please can you keep the peacock-blue Kanjeevaram in the window for me until Saturday?"),
    (25, A, "Namaste Lakshmi ji! Of course, it's kept aside under your name."),
    (2 * D, C, "Collected it. Perfect as always. As long as you are open, I am your customer. Do not ever close!"),
])

add("x021", "Hollybrook Gym", "2025-03-03T06:50:00Z", "undetermined", "", "neutral",
    "idiom;routine_question", [
    (0, C, "Hiya, I'm having a knee op on the 20th and won't be able to train for about six weeks. Can I freeze my membership instead of paying? Honestly I'd kill for a swim already and it hasn't even happened yet."),
    (15, A, "Hi Jess, yes, you can freeze for up to 3 months with a doctor's note. Email it to frontdesk@hollybrook.example.com."),
    (1 * D, C, "Sent the note this morning."),
])

add("x022", "Tasman Skyways", "2024-12-20T09:00:00Z", "undetermined", "", "positive",
    "one_incident;cue_in_passing;about_one_staff_member", [
    (0, C, "Dear Tasman Skyways,\n\nI would like to thank the cabin crew on TS 415 Auckland to Christchurch on 18 December, in particular a flight attendant named Losa. My mother is 92 and very frightened of flying. Losa sat with her during the descent and held her hand. She treated Mum like her own family.\n\nPlease pass on our thanks.\n\nYours sincerely,\nRosemary Tane"),
    (3 * D, A, "Dear Ms Tane, thank you for taking the time to write. We have passed your kind words to Losa and her manager."),
])

add("x023", "Oakmere Garden Centre", "2025-04-05T10:30:00Z", "teammates", "business_partners", "positive",
    "paraphrase;we_is_group", [
    (0, C, "Hello Oakmere, I'm writing on behalf of the Tuesday growers, the lot who swap seedlings on your noticeboard by the tills. There are about twenty of us now, plus Ellen from your houseplants team who joins in. We'd like to do a planting morning at St Anne's primary in May and wondered if Oakmere would muck in with us again like last year."),
    (1 * D, A, "Hi Val, we'd love to! We can donate compost and send two staff on the Saturday."),
    (2 * H, C, "Brilliant. I'll put it on the board so everyone knows, and we'll bring the cake as usual. It always feels more like one gang than a shop and its customers, which is the nicest thing about you."),
    (35 * D, C, "Photos from St Anne's attached for your newsletter. Forty-two trays planted between us. Same again next spring?"),
])

add("x024", "Kingfisher Coaches", "2025-05-02T16:40:00Z", "basic_exchange", "", "positive",
    "negated_cue;paraphrase", [
    (0, C, "I take the Kingfisher to Galway most months rather than the train because it's half the price and it gets there. I'm not looking for a love affair with a coach company, just a seat and a plug socket that works. Question: can I bring a folding bike on the 07:30 from Dublin?"),
    (20, A, "Hi Conor, folded bikes in a bag go in the luggage hold free of charge."),
    (5, C, "Grand, that's all I needed."),
])

add("x025", "Meridian Credit Reference", "2025-02-26T11:00:00Z", "undetermined", "", "negative",
    "one_incident;template_dispute", [
    (0, C, "I am writing to dispute the following entries on my Meridian credit file, which I did not open and which are the result of identity fraud: (1) Elmstead Finance, account ending 4410; (2) QuickCat Loans, account ending 0982. I have attached a police crime reference (CR-2025-118822). Please remove these entries and confirm in writing."),
    (5 * D, A, "Dear Mr Banerjee, we have raised disputes with both lenders. We will write to you within 28 days."),
])

add("x026", "Nimbus Ledger", "2025-07-01T09:15:00Z", "colleagues", "basic_exchange", "neutral",
    "paraphrase;work_tool", [
    (0, C, "Hello, we are a four-person CA practice in Pune and all our clients' books sit on Nimbus. We have a new articled assistant starting Monday, please add one seat to account NL-30227 and tell me the prorated cost."),
    (30, A, "Hi Rohan, seat added, INR 640 prorated for July. Welcome aboard to your new colleague!"),
    (10, C, "Thanks. Also, does the GSTR-1 export handle credit notes in the new format? Our team needs it before the 11th filing."),
    (40, A, "Yes, since version 8.2 it does."),
    (3, C, "Good, that's what we needed."),
])

add("x027", "Tasman Skyways", "2025-08-18T19:00:00Z", "casual_acquaintance", "buddies", "neutral",
    "paraphrase;no_textbook_cue", [
    (0, C, "Hi, I fly with you maybe once a year, twice at a push, when I go down to see my sister in Dunedin. Otherwise you don't cross my mind much, no offence. Is it still 23kg checked on the basic fare or did that change?"),
    (10, A, "Hi Priya, the Seat+Bag fare includes 23kg. The Seat fare is carry-on only."),
    (4, C, "Right, it changed since last time then. I'll go Seat+Bag. Thanks."),
])

add("x028", "Kowhai Insurance", "2025-03-14T15:20:00Z", "best_friends", "", "positive",
    "paraphrase;agent_cue;trust", [
    (0, C, "I want to say something about how you've been with us since the flood. You rang to check we were safe before we'd even lodged a claim. When I admitted I'd not kept the receipts for half the stuff, your claims lady didn't make me feel like a crook, she just told me straight what I could and couldn't claim. I trust you people, which is not a sentence I ever expected to say about an insurer."),
    (1 * D, A, "Thank you, Mere. We're here for you, it's what we do."),
    (20 * D, C, "Another thing, and I'm asking you because you'll be honest: is it worth us getting the contents cover raised, or would I be wasting money? Tell me as if I were your own sister."),
    (2 * H, A, "Honestly, your current sum insured is about right for what you listed. I'd not raise it."),
    (1 * H, C, "That's exactly why I ask you. Thanks."),
])

add("x029", "PixelPine Games", "2025-05-11T23:40:00Z", "love_hate", "dealer_addict", "mixed",
    "paraphrase;sarcasm", [
    (0, C, "I have uninstalled Gem Cascade three times this year and three times I've put it back on. Your energy timers are a shakedown and the 'special offer' pop-ups are shameless. Anyway. I bought the starter pack again. Please explain why the gems didn't arrive."),
    (12, A, "Hi! So sorry, I've added the 500 gems to your account manually."),
    (5, C, "Thanks. Wonderful game, horrible company, I'm back on level 340, and I'll probably rage-quit again by June. You know I'll return. That's what annoys me most."),
])

add("x030", "Hollybrook Gym", "2025-01-06T18:10:00Z", "fleeting_acquaintance", "", "positive",
    "negated_cue;first_contact", [
    (0, C, "Just finished the free trial week. I normally hate gyms, this is the first one I've ever actually set foot in, and the lad who did my induction was patient with me. Not sure yet whether I'll sign up for a full membership. Can I do one more class before I decide?"),
    (30, A, "Hi Kerry, of course! Book any class this week as our guest."),
    (2, C, "Cheers, I'll come Thursday and see how I feel."),
])

add("x031", "Lumen Streaming", "2025-06-03T21:00:00Z", "undetermined", "", "negative",
    "agent_cue;price_rise;one_incident", [
    (0, C, "Why has my monthly charge gone from GBP 7.99 to GBP 9.49 with no e-mail? I'd have liked to know before the money left."),
    (6, A, "Hi Gary, as one of our loyal subscribers you should have had a notice on 1 May; I'm sorry it didn't reach you. The new price covers 4K streaming."),
    (3, C, "I don't have a 4K television. Noted, anyway."),
])

add("x032", "Wattle & Daub Homewares", "2024-11-29T12:00:00Z", "fleeting_acquaintance", "one_night_stand", "positive",
    "paraphrase;first_contact", [
    (0, C, "Hi there, never ordered from you before. Saw your linen napkins in a cafe in Fremantle and asked the owner where they were from. I've bought two tea towels to see how they wash (order WD-11822). Does the ochre one run in the wash?"),
    (3 * H, A, "Hi Ellie, first wash cold on its own and it won't run. Welcome!"),
    (12 * D, C, "Washed twice, no running, still lovely. Might try the napkins next."),
])

add("x033", "Bramble & Thorn Cosmetics", "2025-02-08T10:45:00Z", "undetermined", "", "neutral",
    "product_attribute;routine_question", [
    (0, C, "Is the 'Obsessed' lip tint in shade Fig vegan? The website says cruelty-free but doesn't say vegan."),
    (20, A, "Hi Anjali, yes, all shades of Obsessed are vegan; we'll update the page."),
    (2, C, "Thank you."),
])

add("x034", "Marigold Tea Company", "2025-01-16T07:05:00Z", "dealer_addict", "", "positive",
    "paraphrase;no_textbook_cue", [
    (0, C, "Help. Ran out of the Assam breakfast on Tuesday and I have been a bear since, ask my husband. Three cups of it before nine is just what I am, and supermarket bags don't touch the sides. Order MT-50311, can you please send it by express? I'll pay whatever it is."),
    (45, A, "Hi Sunita, upgraded to next-day at no cost. It'll be with you tomorrow!"),
    (1 * D, C, "It's here. Crisis averted, I've had two already. From now on I'm ordering three tins at a time so I never face a morning like that again."),
])

add("x035", "Lumen Streaming", "2025-09-01T20:00:00Z", "buddies", "casual_acquaintance", "neutral",
    "paraphrase;freedom_to_switch", [
    (0, C, "Paused my plan again, nothing against you. I hop between you and a couple of others depending on what's on. I'll be back in November for the new season of Harbourmaster, then probably pause again after. Will my watchlist still be there?"),
    (5, A, "Hi Ravi, yes, your watchlist and profiles are kept for 10 months after you pause."),
    (2, C, "Great, that's all I need. See you in November."),
    (70 * D, C, "Back on for Harbourmaster as promised. Watchlist intact, cheers."),
])

add("x036", "Greystone Motors", "2025-04-22T13:00:00Z", "undetermined", "", "neutral",
    "agent_cue;routine_question", [
    (0, C, "Can I book a MOT for a 2017 Corsa, reg ending 4KD, on a Saturday?"),
    (15, A, "Hi there, we value your custom! Saturday 3 May at 9:30 is free."),
    (3, C, "That'll do. Thanks."),
])

add("x037", "Larkspur Hotels", "2025-07-09T23:30:00Z", "one_night_stand", "fleeting_acquaintance", "neutral",
    "agent_cue;paraphrase", [
    (0, C, "Booked a room at your Manchester Airport hotel for tonight only because my connection to Belfast was cancelled. I don't need a Larkspur Rewards account and won't be back in Manchester. I only need an itemised receipt in my name so I can claim it from the airline."),
    (4, A, "Hi Declan, sorry about your flight! Joining Larkspur Rewards is free and you'd earn 1,200 points for tonight. Shall I sign you up?"),
    (2, C, "No thank you. Just the receipt, please, to declan.moore@example.com."),
    (6, A, "Sent. Safe travels."),
])

add("x038", "Swiftpost Couriers", "2025-03-19T12:10:00Z", "enemies", "adversaries", "negative",
    "sarcasm;warn_others", [
    (0, C, "Oh I'd just love to know where my parcel is. 'Out for delivery' for the sixth day. SP77120045GB."),
    (20, A, "Hi Lorraine, apologies, the parcel is at the Basildon depot and will be out tomorrow."),
    (1 * D, C, "It's not out. I've now told every shop I buy from that if they use Swiftpost I'll go elsewhere, and I've put the whole saga on the village Facebook page so nobody else has to find out the hard way. I'll pay extra postage to avoid you. Please close the complaint, I've no interest in your apology."),
])

add("x039", "Veltra Fashion", "2025-08-25T19:25:00Z", "ex_friends", "", "negative",
    "sarcasm;product_attribute;paraphrase", [
    (0, C, "For about ten years I was basically a walking Veltra advert. My friends used to joke I'd be buried in one of your wrap dresses. I've just had the autumn order and the fabric's gone so thin you can see daylight through it, and the seams are crooked. Bravo."),
    (30, A, "Hi Sinéad, we're so sorry. As a Veltra Insider you can return it free."),
    (5, C, "Returned. And please cancel the Insider membership. I kept hoping it would go back to what it was, but it hasn't for two seasons now and I'm done hoping."),
])

add("x040", "Tidewell Energy", "2025-09-10T20:15:00Z", "business_partners", "", "positive",
    "paraphrase;ideas", [
    (0, C, "I was pleased to see the heat-pump usage chart I suggested back in April turn up in the latest app update, thank you for listening. Another idea while you're in the mood: a weekly line comparing our usage with the same week last year, adjusted for temperature. It'd help people like me see whether insulation has made any difference."),
    (1 * D, A, "Thanks, Oliver, that's a great idea and I've logged it with the app team."),
    (1 * H, C, "If your app team want someone to try early versions, I'm retired, I have a heat pump and a spreadsheet habit. Put my name down."),
])
add("x041", "Jacaranda Chocolates", "2024-12-09T11:30:00Z", "ex_friends", "", "negative",
    "paraphrase;agent_cue;company_change", [
    (0, C, "Twenty-odd years I've sent a Jacaranda Christmas hamper to every relative and most of my clients, and told anyone who'd listen you were the best chocolatier in Adelaide. This year's arrived and the pralines taste of candle wax. Since the takeover it's like the same name on a different firm."),
    (3 * H, A, "Hi Graham, we're so sorry. We truly appreciate loyal customers like you, and we'd like to offer a 20% discount on your next order."),
    (1 * D, C, "It isn't a discount I'm after. I was proud to send your boxes, and I'm not any more. I've ordered next year's from a little place in Hahndorf. Shame, really."),
])

add("x042", "Brightwater Opticians", "2025-05-27T09:00:00Z", "ex_friends", "enemies", "negative",
    "negated_cue;company_action;privacy_terms", [
    (0, C, "I have had my eyes tested at Brightwater in Galway since 2012 and I have sent my mother, my husband and two neighbours to you. Today I read in your new privacy terms that my eye-health records can be shared with 'selected partners'. Nobody told me. I don't trust you with them any more."),
    (1 * D, A, "Dear Ms Keane, thank you for contacting us. Sharing is only with your consent, which you can withdraw under My Account > Privacy."),
    (2 * H, C, "Then why was the box ticked for me already? I felt safe with you, that was the whole reason I kept coming back. Please send my records to Dr O'Rourke in Salthill and close my file."),
])

add("x043", "Orbital Sneakers", "2025-06-20T16:02:00Z", "fling", "", "positive",
    "slang;emoji;addiction_word_about_novelty", [
    (0, C, "ngl the Comet colourway is the hardest thing I've ever owned 🔥🔥 first ever pair of Orbitals and I can't stop looking at them. is the glow sole only on the summer collab or will it come back??"),
    (10, A, "Hey Josh! The glow sole is exclusive to the Summer Orbit collab, once it's gone it's gone."),
    (2, C, "perfect that's the whole point. wearing them to the gig tonight. next month I'll prob be onto something else lol but rn they're everything"),
])

add("x044", "Harbour Lane Cinemas", "2025-02-12T22:40:00Z", "undetermined", "", "mixed",
    "employee_not_customer;cue_in_passing", [
    (0, C, "Hi, I work on the box office at your Ennis site. I love working here honestly but the new polyester uniforms are boiling and half the team have rashes. Who do I talk to at head office about it? My manager says it's not her call."),
    (1 * D, A, "Hi Cathal, please e-mail people@harbourlane.example.com and they'll pick it up."),
])

add("x045", "Boxfresh Meals", "2025-04-07T10:20:00Z", "undetermined", "", "neutral",
    "third_party;routine_question", [
    (0, C, "Hello, my father receives your boxes (account in his name, BF-22710). He has early dementia and the Friday delivery keeps sitting on the step. Can I move it to Tuesday when I'm there with him?"),
    (20, A, "Hi Aisling, yes, I've moved it to Tuesdays from next week and added a note to knock loudly."),
    (5, C, "Thank you, that's a big help."),
])

add("x046", "Drummond Debt Recovery", "2025-03-05T09:30:00Z", "complete_strangers", "", "negative",
    "paraphrase;no_textbook_cue;agent_cue", [
    (0, C, "Dear Sirs,\n\nRe: your ref DDR/0044719, alleged debt to Cardwise Finance of GBP 1,284.60.\n\nUntil your letter landed on my mat I had no idea your firm existed. I have no account with Cardwise Finance, have never applied for one, and have never had any dealings with you. Please stop writing to me and provide the evidence on which you rely.\n\nYours faithfully,\nAnil Chaudhry\n22 Station Road, Reading"),
    (6 * D, A, "Dear Mr Chaudhry, thank you for being a valued customer. We have placed your account on hold for 30 days while we investigate."),
    (2 * D, C, "I am not your customer, valued or otherwise. That is precisely the point. I await the evidence, or written confirmation that the matter is closed."),
])

add("x047", "Vardhan Bank", "2025-04-03T11:00:00Z", "adversaries", "", "negative",
    "paraphrase;no_textbook_cue;letter", [
    (0, C, "To the Branch Manager, Vardhan Bank, Jayanagar Branch, Bengaluru\n\nSir,\n\nEach quarter we perform the same dance. Your system debits the minimum-balance charge from my senior citizen savings account SB 004417782, from which I am exempt; I write to you; three weeks later it is reversed. This is letter number five. I enclose copies of the previous four for your convenience.\n\nYours faithfully,\nK. S. Raghunathan"),
    (8 * D, A, "Dear Sir, the charge of Rs 590 has been reversed. We regret the inconvenience."),
    (2 * H, C, "Received. I shall keep the carbon paper ready for July."),
])

add("x048", "Cosyloop Thermostats", "2025-01-28T20:50:00Z", "teammates", "business_partners", "positive",
    "paraphrase;we_is_user_group", [
    (0, C, "Hi Cosyloop, a few of us on the owners' forum have been pooling our logs since the January cold snap. Between us we've worked out that the schedule drift only happens on units with firmware 3.4 and boiler type B. We've put it all in a shared sheet. Is there someone on your side who'd like to work through it with us?"),
    (1 * D, A, "Hi Ahmed, that's amazing. Our firmware lead Jo will join the forum thread tomorrow."),
    (3 * D, C, "Jo's been brilliant on the thread. Half the forum are testing the beta now, we'll report back together by Friday. This is the kind of thing that makes owning one of these feel like being in a club."),
])

add("x049", "Kingfisher Coaches", "2025-07-14T15:30:00Z", "undetermined", "", "negative",
    "cue_in_passing;one_incident", [
    (0, C, "Typical Irish summer, lashing rain at the Limerick stop, and the 13:00 was fifty minutes late with nobody to say why. I missed my connection to Tralee. Can I claim the taxi fare back? Receipt attached, EUR 62."),
    (2 * H, A, "Hi Orla, sorry about the delay. We'll refund the taxi fare under our delay guarantee; please allow 10 days."),
    (11 * D, C, "Refund received, thanks."),
])

add("x050", "Harbour Lane Cinemas", "2025-11-02T17:10:00Z", "casual_acquaintance", "", "neutral",
    "paraphrase;no_textbook_cue", [
    (0, C, "Hi, we get to Harbour Lane a few times a year, usually when a film's big enough to drag us off the sofa. Are the paper vouchers I got last Christmas still valid, or did they go when you moved to the app?"),
    (15, A, "Hi Fiona, paper vouchers are valid until their printed expiry date at any box office."),
    (3, C, "Good, we'll use them on the next big one then."),
])

add("x051", "Tidewell Energy", "2025-06-16T08:45:00Z", "complete_strangers", "", "negative",
    "agent_cue;paraphrase", [
    (0, C, "I have received a 'final bill' from Tidewell for GBP 412 for Flat 3, 18 Mill Lane. I have never lived at that address and I have never been supplied by Tidewell. I've no idea how you got my name."),
    (1 * H, A, "Hi Ms Adeyemi, thank you for being a Tidewell customer. Please could you confirm your account number?"),
    (10, C, "I don't have an account number because I'm NOT a Tidewell customer. Please stop the bill and tell me what data you hold on me."),
    (2 * D, A, "Apologies, we've found the error; the bill has been cancelled and your details removed."),
])

add("x052", "Puddleduck Toys", "2024-11-18T21:00:00Z", "close_siblings", "old_friends", "positive",
    "paraphrase;product_attribute", [
    (0, C, "The Puddleduck wooden ark sitting in my daughter's room was my dad's when he was little, then mine. Every birthday in our house there's one Puddleduck thing in the pile, it's just what we do, my sister does the same with her boys. Can I still get replacement animals for the 1970s ark? We're two elephants down."),
    (1 * D, A, "Hi Rachel, what a story! The modern elephants fit the old ark. Would you like the Best Friends animal set, which includes two?"),
    (30, C, "Yes please, the Best Friends set. Dad will be thrilled when he sees it at Christmas."),
])

add("x053", "Quillby", "2025-03-31T14:25:00Z", "undetermined", "", "neutral",
    "routine_question", [
    (0, C, "Where do I download a VAT invoice for my March subscription? I can only see a receipt."),
    (8, A, "Hi Ben, go to Billing > Invoices and choose 'VAT invoice (PDF)'."),
    (2, C, "Found it, thanks."),
])

add("x054", "Quillby", "2025-08-04T08:20:00Z", "colleagues", "business_partners", "neutral",
    "paraphrase;work_tool", [
    (0, C, "Hi, our reception team books all nine physios through Quillby, across both clinics in Tauranga. It does what we need. One request: can the SMS reminders go out in te reo Māori for patients who choose it? A good share of ours would."),
    (2 * H, A, "Hi Aroha, it's on our roadmap for Q4. Meanwhile you can edit the template text per patient group."),
    (1 * D, C, "Thanks. We've set up the template workaround for the Papamoa clinic and it's fine for now. Let our practice manager know when the proper feature lands."),
])

add("x055", "Aurelia Cruises", "2025-05-03T19:40:00Z", "master_slave", "ex_friends", "negative",
    "paraphrase;status;no_textbook_cue", [
    (0, C, "Dear Aurelia,\n\nThis is my fourteenth voyage with you and I hold Sapphire Circle status. Last night my wife and I were placed at a shared table beside the galley doors, as if we had booked last minute on a discount site. I should not have to spell out to your maître d' who we are; that is what the status is for.\n\nI would like the captain's office to contact me before dinner this evening.\n\nCommander (retd.) Hugh Pemberton, Cabin 8021"),
    (2 * H, A, "Dear Commander Pemberton, please accept our apologies. A private table has been arranged for the rest of the voyage."),
    (1 * H, C, "A table is the minimum. I note that nobody from the captain's office has telephoned. I shall raise this with your chairman's office on our return if it is not acknowledged properly."),
])

add("x056", "Fenwick & Rowe", "2025-10-10T12:15:00Z", "master_slave", "", "negative",
    "paraphrase;status;agent_cue", [
    (0, C, "I was kept waiting eleven minutes in the personal shopping suite yesterday while my stylist 'finished with another client'. I spend well over twenty thousand pounds a year in your Knightsbridge store and I am accustomed to being seen the moment I arrive. Whoever looks after me next should know who I am before I walk in."),
    (3 * H, A, "Dear Mrs Vance-Ellery, thank you for your loyalty. We have asked Lucinda, our senior stylist, to look after you personally."),
    (20, C, "Lucinda will do. I'd also like the suite ready with the autumn coats in my size before I come in on Thursday, not brought out one at a time."),
])

add("x057", "Glenmore Wool Mill", "2025-01-30T15:00:00Z", "old_friends", "", "positive",
    "paraphrase;nostalgia", [
    (0, C, "Dear Glenmore,\n\nI have been knitting with your Aran since my student days in the seventies, and opening one of your parcels still smells exactly like my old flat in Aberdeen with the wet washing on the pulley. Most of the jumpers my children grew up in were Glenmore.\n\nDo you still make the Heather Mist shade? I'd like eight balls.\n\nKind regards,\nIsobel Grant"),
    (2 * D, A, "Dear Mrs Grant, we do! Eight balls of Heather Mist are on their way."),
    (5 * D, C, "Arrived this morning. Same shade as 1979, I swear. Like an old friend turning up at the door."),
])

add("x058", "Kestrel Rail", "2025-02-24T07:55:00Z", "love_hate", "adversaries", "mixed",
    "paraphrase;sarcasm", [
    (0, C, "Another cancelled 07:42 to Brighton, lovely, just lovely. Third this month."),
    (10, A, "Sorry, Ruth, it's a shortage of train crew this morning. The 07:58 is running."),
    (1 * D, C, "I'll be honest. I adore this line, the downs out of the window, I've never once wanted to drive it. And I'm apoplectic with you about three mornings a week. I've renewed my annual season ticket every February for six years with my teeth clenched and I just did it again."),
])

add("x059", "Orbital Sneakers", "2025-07-02T13:05:00Z", "undetermined", "", "neutral",
    "agent_cue;routine_question", [
    (0, C, "Hi, the Runner 5s I ordered are half a size small. Can I swap for a 9.5? Order OS-771203."),
    (7, A, "Hi Marcus, welcome to the Orbital family! Yes, I've sent a free return label."),
    (2, C, "Cheers."),
])

add("x060", "Boxfresh Meals", "2025-03-12T19:00:00Z", "basic_exchange", "buddies", "positive",
    "paraphrase;comparison", [
    (0, C, "I keep the Classic two-person box because for what we'd actually buy it comes out cheaper than the supermarket and it's on the step every Wednesday. I tried the Premium once and it wasn't worth the difference. Can I skip the week of the 24th?"),
    (10, A, "Hi Kate, skipped! Would you like to try Premium again with 30% off?"),
    (3, C, "No thanks, Classic does the job."),
])

add("x061", "Bramble & Thorn Cosmetics", "2025-08-12T11:11:00Z", "fling", "one_night_stand", "positive",
    "novelty;emoji;paraphrase", [
    (0, C, "THE FESTIVAL GLITTER COLLECTION 😍😍 bought the whole set for Electric Picnic, I'm going full mermaid this year. Does the holographic one come off with normal makeup remover or will I be sparkly at work on Monday?"),
    (15, A, "Hi Chloe! It comes off with an oil cleanser, no glitter at your desk."),
    (4, C, "Amazing. It's only for the weekend so no regrets, living my best glitter life til Sunday"),
])

add("x062", "Cedarwood Coffee Roasters", "2025-09-05T07:30:00Z", "marriage_partners", "", "positive",
    "competitor_mention;paraphrase", [
    (0, C, "Seven years now, every bean in this house has been Cedarwood. People at work keep pushing other roasters at me and I say thanks but no, I'm spoken for. Please can I move my subscription to 2 x 500g fortnightly? We've a baby on the way and I'll need it."),
    (25, A, "Hi Liam, congratulations! Subscription updated."),
    (12 * D, C, "First fortnightly drop arrived. Honestly you lot make my mornings. I'll be a Cedarwood house until one of us dies."),
])

add("x063", "Kinsale Credit Union", "2025-06-23T10:45:00Z", "best_friends", "", "positive",
    "paraphrase;trust;negated_cue", [
    (0, C, "When I lost my job in 2023 it was your loans office that sat down with me and worked out a plan. I wasn't made feel small. I can ring and say 'it's a bad month' and I'm not judged for it, I'm listened to."),
    (2 * H, A, "Thanks, Eoin, that means a lot to the team."),
    (40 * D, C, "Asking your advice before I do anything stupid: the car's died and a dealer is offering 0% finance. Ye'll tell me straight if it's a trap, which is more than I can say for anyone else."),
    (1 * D, A, "Happy to look at it with you. Bring in the offer on Tuesday."),
    (6 * D, C, "Glad I asked, the fees would've killed me. Thanks for being honest with me, as always."),
])

add("x064", "Kestrel Rail", "2025-04-28T12:00:00Z", "undetermined", "", "neutral",
    "quoted_reply;agent_cue", [
    (0, C, "Hello, I'm still waiting for the Delay Repay on ticket KR-6600421 from 3 April. Could you check?"),
    (2 * D, A, "Dear Mr Whitlock, we value your loyalty. Your claim is being processed and should be paid within 14 days."),
    (16 * D, C, "Hi, it's now been more than 14 days.\n\n> Dear Mr Whitlock, we value your loyalty. Your claim is being processed and should be paid within 14 days.\n\nCould you give me an update please?"),
    (4 * H, A, "Apologies, GBP 18.40 has now been paid to your card."),
])

add("x065", "Harbour Lane Cinemas", "2025-03-09T14:00:00Z", "old_friends", "casual_acquaintance", "positive",
    "paraphrase;nostalgia", [
    (0, C, "I saw Jaws at Harbour Lane in 1975 when it was still a single screen and an usherette with a torch showed you to your seat. My first date with my late husband was in the back row in 1978. I still come in for the Sunday classics, and sitting in Screen 1 is like sitting in my own front room. Is The Sound of Music on this month?"),
    (1 * H, A, "Hi Mrs Doherty, yes, Sunday 23rd at 2pm! We'd love to see you."),
    (10, C, "I'll be there. Save me a seat in row K if you can, that's where we always sat."),
])

add("x066", "Aurelia Cruises", "2025-01-15T20:20:00Z", "fleeting_acquaintance", "one_night_stand", "neutral",
    "paraphrase;first_contact", [
    (0, C, "Hi, my husband and I have never been on a cruise, so we've booked the three-night Sydney sampler to find out whether it's for us or whether we'll be seasick and miserable. Are the ship tours included, or do we book them?"),
    (15, A, "Hi Sharon, welcome to Aurelia! The bridge tour is included; the galley tour is $25 each."),
    (3, C, "Thanks. We'll see how we go, and if we like it maybe a proper one next year."),
])

add("x067", "Puddleduck Toys", "2025-01-05T17:45:00Z", "undetermined", "", "mixed",
    "product_attribute;product_remark", [
    (0, C, "The Best Friends forever train set is beautifully made and my son loves it, but two of the wheels have come off the red carriage after a week. Could you send replacement wheels?"),
    (1 * D, A, "Hi Laura, sorry about that, new wheels are in the post."),
])

add("x068", "Haldi & Co", "2025-07-03T18:30:00Z", "fling", "", "positive",
    "novelty;paraphrase", [
    (0, C, "This Monsoon Market box!! I've cooked something new out of it every night this week, the smoked black cardamom is a revelation. Is this a one-season thing? Tell me there's a winter one coming."),
    (1 * H, A, "Hi Farah, it's a limited summer edition, but a Winter Spice box lands in November."),
    (5, C, "Signing up the second it drops. Right now I'm a woman possessed. Ask me in September whether I still care :D"),
])

add("x069", "Greystone Motors", "2025-02-05T09:50:00Z", "best_friends", "", "positive",
    "paraphrase;trust;not_one_agent", [
    (0, C, "I've never known much about cars. After my husband died it was your workshop who told me, plainly, which repairs mattered and which could wait, and never once took advantage. Whoever is on the desk, I get the same honesty."),
    (1 * H, A, "Thank you, Mrs Latham, that's very kind."),
    (30 * D, C, "The Polo is making a noise again. Before I let my nephew 'have a look' I'd rather ask you, because you'll tell me the truth even when it's cheaper for me and worse for you. Can I bring it Friday?"),
    (20, A, "Of course, Friday at 10."),
])

add("x070", "Jacaranda Chocolates", "2025-03-21T01:10:00Z", "one_night_stand", "fleeting_acquaintance", "positive",
    "paraphrase;agent_cue", [
    (0, C, "Moment of madness at 1am: I've ordered your giant 2kg Easter bunny for my sister's 40th, order JC-88102. Not a regular thing, I'm not much of a chocolate person. Please make sure it arrives by Thursday and please don't add me to any lists."),
    (7 * H, A, "Hi Tui, it'll arrive Wednesday. Would you like to join Jacaranda Rewards for 10% off future orders?"),
    (30, C, "No future orders, thanks, this was a one-off. Just the bunny."),
])

add("x071", "Glenmore Wool Mill", "2025-09-18T16:40:00Z", "undetermined", "", "positive",
    "one_incident;thank_you", [
    (0, C, "Just a quick note to say the yarn arrived in two days, beautifully wrapped. Thank you!"),
    (1 * D, A, "Thank you, Hannah, happy knitting!"),
])

add("x072", "PixelPine Games", "2025-10-20T06:45:00Z", "dealer_addict", "love_hate", "positive",
    "paraphrase;product_attribute", [
    (0, C, "Wordhoard is the first thing I open in the morning, before my eyes even work, and the last thing at night. I did the daily puzzle in a hospital waiting room last week with a broken wrist. Is there a way to get the archive puzzles? One a day is not enough for me any more."),
    (20, A, "Hi Gemma! Wordhoard Plus unlocks the archive of 1,400 puzzles."),
    (5, C, "Bought it. My partner says I have a problem. He's right."),
])

add("x073", "Boxfresh Meals", "2025-05-19T18:00:00Z", "buddies", "", "positive",
    "paraphrase;freedom_to_switch;competitor_mention", [
    (0, C, "Hi, I rotate between you and a couple of other boxes every few weeks, keeps dinners interesting. You're on this month. Can I pause after the 2 June box without losing my saved recipes?"),
    (12, A, "Hi Dev, yes, you can pause indefinitely and your recipes stay saved."),
    (3, C, "Sound. Back in July probably, after the other lot's summer menu."),
])

add("x074", "Aurelia Cruises", "2025-04-09T11:25:00Z", "undetermined", "", "neutral",
    "agent_cue;routine_question", [
    (0, C, "Does my passport need six months' validity left for the Norwegian fjords sailing in August?"),
    (30, A, "Good morning, and thank you for choosing Aurelia again, we always love welcoming back our most loyal guests! Yes, six months from your return date is recommended."),
    (4, C, "Thanks. Mine expires in December, so that's fine."),
])

add("x075", "Saffron Air", "2025-08-01T22:10:00Z", "love_hate", "adversaries", "mixed",
    "paraphrase;negated_cue", [
    (0, C, "Every time I swear I will not book Saffron again, and every time you're the only ones flying Kochi at a sensible hour for half the price. Your cabin crew are the sweetest people in the sky. Your app is the devil. It has charged me twice for one seat."),
    (15, A, "Namaste Anand, sorry for the trouble. The duplicate charge of Rs 450 is being refunded."),
    (1 * D, C, "Refund received. Booked Diwali with you already, and no, I'm not happy about how much I don't mind."),
])

add("x076", "Jacaranda Chocolates", "2025-10-28T12:40:00Z", "secret_affair", "", "positive",
    "agent_cue;paraphrase", [
    (0, C, "Could you ship my order in plain brown packaging to my office instead of home? My personal trainer thinks I'm three weeks into no sugar and she does home visits. The salted caramel truffles and I have an arrangement nobody else needs to know about."),
    (20, A, "Haha, your guilty pleasure is safe with us! Shipping address changed and the box will be plain."),
    (2 * D, C, "Arrived, discreet, perfect. Same again next month, same address, same silence."),
])

add("x077", "Wattle & Daub Homewares", "2025-09-29T09:00:00Z", "fling", "", "positive",
    "novelty;paraphrase", [
    (0, C, "The new Kimberley collection is unreal. I've redone the whole lounge in a weekend, ochre cushions, the rust throw, the lot. My partner came home and thought we'd moved. Any chance the big clay lamp from the launch photos is coming back in stock this week?"),
    (40, A, "Hi Jade, the clay lamp restocks Friday at 9am AEST."),
    (3, C, "Yesss. I'll be there at 8:59. Next season I'll probably do it all again in green, don't tell anyone"),
])

add("x078", "Boxfresh Meals", "2025-02-17T08:00:00Z", "enemies", "adversaries", "negative",
    "paraphrase;warn_others", [
    (0, C, "I cancelled in January. I have the confirmation e-mail. You have taken GBP 54.99 from my card twice since."),
    (2 * H, A, "Hi Mr Sato, sorry, it looks like the cancellation didn't complete. We'll refund the last payment."),
    (20, C, "The LAST payment? Both. This is a subscription trap dressed up as a food company. I've reported you to Trading Standards, I've blocked you with my bank, and I'm telling everyone I know not to hand you their card details."),
    (1 * D, A, "Both payments have now been refunded."),
])

add("x079", "Nimbus Ledger", "2025-01-30T23:10:00Z", "undetermined", "", "negative",
    "sarcasm;one_incident;mojibake", [
    (0, C, "Great. Fantastic. The update logged me out an hour before the self-assessment deadline and now it wonâ€™t accept my password. Brilliant timing, thanks so much."),
    (12, A, "Hi Martin, so sorry! I've sent a reset link to your e-mail."),
    (15, C, "In. Filed with 20 minutes to spare. Please don't push updates on 30 January again."),
])

add("x080", "Fernleaf Pharmacy", "2025-05-14T12:35:00Z", "undetermined", "", "neutral",
    "competitor_praise;routine_question", [
    (0, C, "Your Tauranga Crossing branch didn't have my Symbicort this morning; the chemist across the road had it, and they were lovely about it. For next time, can your branch order it in for me monthly?"),
    (30, A, "Hi Wiremu, yes, we can set up a monthly order. Which day suits you?"),
    (4, C, "The first Monday of each month please."),
])

# ---- END OF HISTORIES ----


def check_and_build():
    ids = [h["id"] for h in H_]
    assert len(ids) == len(set(ids)), "duplicate ids"
    rows, labels = [], []
    for h in H_:
        cid = h["id"]
        assert cid in DRAWN, cid
        assert h["type"] == DRAWN[cid], (cid, h["type"], DRAWN[cid])
        assert h["type"] in TYPES or h["type"] == "undetermined", cid
        assert h["second"] == "" or h["second"] in TYPES, (cid, h["second"])
        assert h["second"] != h["type"], cid
        assert h["valence"] in VALENCES, cid
        assert h["trap"] and ";;" not in h["trap"], cid
        assert 2 <= len(h["msgs"]) <= 8, (cid, len(h["msgs"]))
        assert any(r == C for _, r, _ in h["msgs"]), cid
        assert h["msgs"][0][1] == C, cid
        t = datetime.strptime(h["start"], "%Y-%m-%dT%H:%M:%SZ")
        prev = None
        for i, (gap, role, text) in enumerate(h["msgs"]):
            assert role in (C, A), (cid, role)
            assert text.strip() == text and text, (cid, i)
            if i:
                t = t + timedelta(minutes=max(gap, 1))
            assert prev is None or t > prev, cid
            prev = t
            rows.append([cid, h["brand"], role, t.strftime("%Y-%m-%dT%H:%M:%SZ"), text])
        labels.append([cid, h["type"], h["second"], h["valence"], h["trap"]])
    return rows, labels


def main():
    rows, labels = check_and_build()
    full = len(H_) == 80
    if full:
        got = Counter(h["type"] for h in H_)
        assert got == Counter(MIX), (got, MIX)
        assert len({h["brand"] for h in H_}) >= 25
    rows.sort(key=lambda r: (r[0], r[3]))
    labels.sort()
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        w.writerows(labels)
    cnt = Counter(h["type"] for h in H_)
    print("customers:", len(H_), "messages:", len(rows), "brands:", len({h['brand'] for h in H_}),
          "complete" if full else "PARTIAL")
    for t, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {t:24s} {n}")


if __name__ == "__main__":
    main()
