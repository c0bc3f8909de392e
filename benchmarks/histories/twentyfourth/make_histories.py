#!/usr/bin/env python3
"""Invented development histories l001..l080 for relradar (twentyfourth set).

Genre: public posts over time, 1 to 4 per customer. Reviews on a brand's own site and on
marketplaces and booking or review platforms (restaurants, coffee chains, supermarkets,
fashion, beauty, electronics, hotels, airlines, rail, couriers), with a written star rating,
some edited later with an "Update:" line; app-store reviews of games and apps; tweets and
replies to brand handles (lower case, typos, slang, emoji, hashtags, `RT @handle: ...`
retweets, `QT @handle: ...` quoted tweets); forum posts; the brand's public replies as agent
turns. The relationship is told in paraphrase, not in the textbook cue phrases; the set leans
on the hard cases (sarcasm, negation, idioms, other types' cue words used in passing, praise of
a competitor, a retweeted promo, mixed reviews, strong words about one incident). All texts,
names, handles, brands, addresses (example.com) and numbers are invented. Each history is
written under its intended label; ids are assigned by a seeded shuffle (seed 2424) of the
harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "l"
SEED = 2424
TRAPS = TRAPS | {
    "quoted_cue",       # a cue word stands only in quoted text (a retweet or a quoted tweet)
    "update_edit",      # a review edited later ("Update:"), the tie or the tone changing
    "seller_not_brand", # a marketplace review blaming the reseller, not the brand
    "slang"}            # internet slang and abbreviations (rn, tbh, tho, pls, szn, lol, ty)

# where a history was posted: the brand's own site, a marketplace or booking/review platform,
# an app store, Twitter/X, a forum
CHANNELS = ("site", "market", "app", "tweet", "forum")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "mixed", "mixed_aspects;agent_cues", "Osteria Lume", "site", [
    ("c", "2025-03-15 22:40", "★★★☆☆ The cacio e pepe was the best I've had outside Rome, silky and properly peppery, and the tiramisu was generous. But we waited 35 minutes between starters and mains with nobody checking on us, and the bill had a bottle of wine we never ordered (taken off when I pointed it out). Food five, service one."),
    ("a", "2025-03-17 10:05", "Grazie for taking the time to write. We're sorry about the wait on Friday; we were two staff down. We would love to welcome you back and show you a smoother evening. Marco, Owner"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;hashtag;occasion", "Westway Trains", "tweet", [
    ("c", "2025-01-24 18:02", "@WestwayTrains oh brilliant, the 17:10 to bristol is now 'terminating at swindon' with zero explanation. such a treat to stand on a freezing platform for an hour on my birthday 🙃 #WestwayFail"),
    ("a", "2025-01-24 18:11", "Sorry for the disruption this evening. A failed freight train near Chippenham is blocking the line; a replacement service leaves Swindon at 18:25. ^PL"),
    ("c", "2025-01-24 18:20", "thanks. a heads up over the tannoy would have been nice"),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;short_signal", "Beanstalk Coffee", "tweet", [
    ("c", "2025-05-29 07:31", "RT @BeanstalkCoffee: We love our regulars 💚 Free pastry with any large drink this Friday, just show the app at the till #FreebieFriday"),
])

h("undetermined", "", "mixed", "product_attribute;other_type_cue;mixed_aspects", "Tinkerwell Games", "app", [
    ("c", "2025-02-09 21:14", "★★★☆☆ The puzzles are clever, proper lateral-thinking stuff, and the hand-drawn art is lovely. But the streak system and the pop-ups are engineered to get players addicted: it pings you at 11pm to 'keep your streak alive'. Turned notifications off and it's a good game. Would pay £3 to remove the nagging."),
    ("a", "2025-02-10 10:00", "Thanks for playing! A one-off purchase to remove pop-ups is coming in version 2.2. Tinkerwell Games"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;agent_cues;occasion", "Harbour Rest Inn", "market", [
    ("c", "2025-10-30 19:25", "Rated 5 out of 5. Booked the Family Room for two nights over half term. Bunk beds for the kids, a proper kettle, blackout blinds that actually black out. Ten minutes' walk to the harbour and the chippy on the corner is excellent. Would recommend."),
    ("a", "2025-10-31 09:12", "Thank you! We're so pleased the Family Room worked for you all. Our door is always open. The Harbour Rest team"),
])

h("undetermined", "", "positive", "seller_not_brand;third_party", "Sonique", "market", [
    ("c", "2025-06-03 13:47", "Rated 3 out of 5. The headphones themselves are excellent: the noise cancelling kills the tube rumble and the app is simple. Three stars because the seller (not Sonique) sent them in a box that had clearly been opened, with fingerprints all over the ear cups and no warranty card. Sonique's own support emailed me a warranty code within a day, so credit to them."),
])

h("undetermined", "", "negative", "employee", "Fresco Market", "forum", [
    ("c", "2025-08-19 23:58", "Throwaway because my manager reads this sub. I've done nights at a Fresco Market in the Midlands for four years. Since the new rota system we find out our shifts on Thursday for the following Monday. Half of us have second jobs or kids. Customers keep asking why the shelves are empty at 7am: that's why. Nobody from head office has set foot in our store since spring."),
])

h("undetermined", "", "neutral", "routine_question;short_signal;slang", "Brisa Air", "tweet", [
    ("c", "2025-04-02 11:20", "@BrisaAir hi, is a folding pushchair free on top of the 10kg cabin bag or does it count? flying MAD-LHR on the 14th with a 1 yr old"),
    ("a", "2025-04-02 11:34", "Hi! Pushchairs and car seats travel free and don't count towards your allowance. You can take it right to the gate. Have a good flight! ^RC"),
    ("c", "2025-04-02 11:36", "perfect ty"),
])

h("undetermined", "", "positive", "idiom;slang;short_signal", "Doughroom", "tweet", [
    ("c", "2025-09-13 10:22", "i would walk barefoot across lego for one of the @Doughroom cardamom buns rn. sold out by the time i got there at 10, gutted"),
])

h("undetermined", "", "negative", "not_chosen;single_incident;strong_words", "Dashbox Couriers", "market", [
    ("c", "2025-04-22 17:05", "1 star. I didn't choose Dashbox, the garden centre did. The driver lobbed a 12kg bag of compost over a six-foot gate, it split all over the patio, and the photo 'proof of delivery' is of my neighbour's bins. Absolutely shocking."),
    ("a", "2025-04-23 09:15", "We're sorry about this. We've raised it with the depot and asked the sender to arrange a replacement. Dashbox Customer Team"),
])

h("undetermined", "", "positive", "single_thanks;strong_words", "The Galloway", "site", [
    ("c", "2025-07-08 16:33", "★★★★★ I left my passport in the room safe and only realised at the airport. Niamh on reception got a taxi driver to bring it to Terminal 2 and I made my flight with eleven minutes to spare. Absolute lifesavers. Can't fault the room either."),
    ("a", "2025-07-09 08:30", "Thank you so much for writing. Niamh was delighted to hear you made it. Safe travels! The Galloway"),
])

h("undetermined", "", "mixed", "bug_report;symptom;update_edit", "Hearthlink", "market", [
    ("c", "2025-01-06 08:15", "2/5 Won't stay on the Wi-Fi for more than an hour, then it announces 'I'm having trouble connecting' in the middle of the night. Factory reset it twice, moved the router, same."),
    ("a", "2025-01-07 10:20", "Hi, thanks for the detail. A firmware update addressing dropped connections is rolling out over the next ten days; it installs automatically overnight. Hearthlink Support"),
    ("c", "2025-01-17 20:40", "Update: firmware 4.3 came through on Tuesday and it has held the connection for five days straight. Up to 4 stars, the sound is great for the size."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;product_attribute", "Greenline Rail", "forum", [
    ("c", "2025-11-04 12:48", "Quick railcard question. My partner and I have a Two Together card. If he's stuck at work and I travel alone on the Friday, can I still use the discount for my leg? The ticket office at Leeds said yes, the app says no."),
    ("a", "2025-11-04 14:02", "Hi Sana, the Two Together discount only applies when you're both on the train, so a solo journey is full fare. If he joins you for the return, that leg is discounted. Greenline Rail online team"),
])

h("undetermined", "", "neutral", "news_share;third_party", "Harcourt's", "tweet", [
    ("c", "2025-01-09 09:17", "wow. 'Harcourt's to close 31 stores by March, 2,400 jobs at risk' (newsdesk.example.com). hope the staff are looked after @HarcourtsStores"),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;agent_cues", "Greenfork", "site", [
    ("c", "2025-05-14 13:30", "★☆☆☆☆ DISGUSTING. A long black hair baked into the halloumi in my bowl at the Canary Wharf branch. Staff shrugged and offered me a cookie. Never seen anything like it."),
    ("a", "2025-05-14 17:45", "We're truly sorry. This isn't the standard we hold ourselves to and every guest deserves better. Please email hello@greenfork.example.com so we can refund you in full. Greenfork team"),
])

h("undetermined", "", "negative", "bug_report;symptom;agent_cues", "Ironhollow", "forum", [
    ("c", "2025-03-02 22:05", "Since patch 2.7 the game crashes to desktop every time I open the blacksmith menu. Every. Single. Time. Verified files, rolled back drivers, same. Ryzen 5 / RX 6700. Please tell me I'm not the only one."),
    ("a", "2025-03-03 10:30", "Not just you! We've reproduced it and a hotfix is in testing. Thanks for being part of the Ironhollow community 🛡️ Community Team"),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;mixed_aspects", "Lumen Skin", "site", [
    ("c", "2025-02-26 20:11", "★★★☆☆ Love the serum, hate the pump. The formula is lovely, sinks in fast, no stickiness, and my skin looks calmer after two weeks. But the pump stopped dispensing with a third of the bottle left and I had to cut it open with scissors. For £34 that shouldn't happen."),
    ("a", "2025-02-27 10:00", "We're sorry about the pump. Please contact care@lumenskin.example.com with your order number and we'll send a replacement bottle. Lumen Skin"),
])

h("undetermined", "", "negative", "product_attribute;other_type_cue;bug_report", "Grainger's", "tweet", [
    ("c", "2025-06-27 19:04", "@GraingersHelp your Loyalty app has shown 'something went wrong' on the vouchers tab since friday. the £5 off one expires sunday, can someone sort it"),
    ("a", "2025-06-27 19:40", "Sorry about that! A fix for the vouchers tab goes live tonight and we've extended your £5 voucher by a week. ^DM"),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;occasion", "Bao Bureau", "market", [
    ("c", "2025-08-31 23:10", "5/5 Dinner for my sister's 30th. The pork belly bao, the crispy chilli cucumbers, the staff singing (badly, on purpose). You've got a customer for life, we'll be back before the month's out!"),
])

h("undetermined", "adversaries", "negative", "other_type_cue;single_incident;typos", "Corvina Airlines", "tweet", [
    ("c", "2025-10-06 15:55", "@CorvinaAir two hours and ten minutes on hold to fix one letter in my surname on a booking. one letter. the flight is in 3 days"),
    ("a", "2025-10-06 16:10", "Sorry for the wait! Please DM us the booking reference and we'll correct the name for you here. ^SK"),
    ("c", "2025-10-06 16:31", "done, fixed in 5 min over DM. shame the phone line doesnt tell you that"),
])

h("undetermined", "", "positive", "occasion;third_party", "Joypod", "market", [
    ("c", "2025-12-27 11:02", "5 stars. Bought the Joypod Mini for my nephew's 9th. Set up in ten minutes &amp; the controllers feel solid, and the parental settings were easier than my own phone's. He's been on Kart Rally non-stop and I'm now the favourite auntie."),
])

h("undetermined", "", "mixed", "competitor;slang;mixed_aspects", "Smokestack Burgers", "tweet", [
    ("c", "2025-07-19 20:48", "tried the new @SmokestackBurger truffle stack and honestly patty union down the road does it better and for £3 less. fries were good tho"),
])

h("undetermined", "", "positive", "quoted_tweet;quoted_cue;emoji;short_signal", "Hotbird Chicken", "tweet", [
    ("c", "2025-03-21 12:15", "nashville and it's not even close 🌶️🔥\nQT @HotbirdUK: Sweet chilli or Nashville hot? Tell us your go-to 👇"),
])

h("undetermined", "", "neutral", "routine_question", "Lowland Rail", "forum", [
    ("c", "2025-09-25 07:40", "Anyone know how Delay Repay works on strike days if you bought an advance ticket before the strike was announced? Lowland Rail's page says 'full refund' in one paragraph and 'change of journey only' in the next. Travelling Glasgow to Carlisle on the 3rd."),
])

h("undetermined", "", "neutral", "product_attribute", "Northbound Denim", "site", [
    ("c", "2025-04-12 14:26", "★★★★☆ Sizing tip for anyone on the fence: the Ridge straight runs small in the waist and long in the leg. I'm usually a 32/32 and the 33/30 fits like it should. Denim is thick and stiff for the first week."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;retweet;slang", "Tamarind Rail", "tweet", [
    ("c", "2024-10-07 07:51", "@TamarindRail the 07:42 from hatfield is cancelled. my colleagues now greet me with 'cancelled or just late?' like it's the weather forecast"),
    ("a", "2024-10-07 07:58", "Sorry to hear this. The 07:42 was cancelled due to a shortage of train crew. The 07:57 is running on time. ^JB"),
    ("c", "2024-10-21 08:03", "@TamarindRail delay repay claim number 4 this month submitted. i've got the form memorised, could do it in my sleep. handy, because i'm not getting any"),
    ("c", "2024-11-04 07:49", "set your watch by it: monday, 07:42, 'short-formed to 4 carriages'. see you at platform 2 tomorrow, same time, same scrum for a seat 🙃 lol RT @TamarindRail: We're proud that 9 in 10 of our trains ran on time in October 🚆"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues", "Boxwell", "forum", [
    ("c", "2025-02-17 20:12", "Boxwell returns, round I've-lost-count. The only drop-off within walking distance of our village is the Boxwell locker at the petrol station, so that's how everything I send back goes. And each time the locker takes the parcel, prints a receipt, and the tracking sits at 'awaiting collection' for a fortnight while the shop refuses a refund. I now photograph the parcel going in, the receipt, the locker door and my own face like a hostage. Four disputes this year, four wins, each one a month of emails. Does anyone else just accept this as the price of living rurally?"),
    ("a", "2025-02-18 09:20", "Hi Gemma, sorry to hear about this. We value every customer and want to get this right. Could you DM us the tracking numbers? Boxwell Support"),
    ("c", "2025-02-18 09:41", "Sent. They're going in the folder with the others."),
    ("c", "2025-03-20 19:05", "For the thread: two of the four came back as 'scanned late at depot' and the shop has paid out. The other two are 'under review'. Posted another return through the same locker this morning, obviously. There is no other locker."),
])

h("adversaries", "", "negative", "paraphrase;idiom", "Jetvane", "market", [
    ("c", "2025-06-30 21:30", "2/5 Booked Jetvane for the Manchester to Faro run in June because they're the only direct flight from our end. The flight itself was fine. The bag, as per house tradition, took a separate holiday: this time Lisbon, for four days. I now pack a tracker tag, a spare set of clothes in the carry-on and a printed copy of the claim form. Third summer running. I'll be on the same route next June, tracker and all."),
])

h("adversaries", "", "negative", "paraphrase;update_edit;sarcasm;agent_cues", "Crateful", "site", [
    ("c", "2025-09-08 19:10", "★★☆☆☆ Week six of the substitution lottery. Ordered oat milk, got double cream. Ordered 'ripe' avocados, got cricket balls. I still order from them because they're the only ones who deliver to our lane on a Saturday, and every Monday I fill in the missing-items form like a tax return. It's part of the weekly routine now."),
    ("a", "2025-09-09 11:00", "Hi Lauren, we're really sorry. We'd love to keep you as part of the Crateful family, so we've added a £5 credit to your account. Customer Care"),
    ("c", "2025-09-29 18:55", "Update: week nine. Cream for oat milk once more. The missing-items form now autofills my name, which says it all."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;caps", "Tixly", "tweet", [
    ("c", "2025-03-08 10:14", "@TixlyHelp £38 in 'service fees' on a £45 ticket, then the ticket vanishes from the app the morning of the gig and your bot tells me to 'contact the venue'. do NOT hand these people your card details, genuinely. tell your mates."),
    ("a", "2025-03-08 10:40", "Sorry to hear about your experience. Please DM us your order number and we'll investigate with the venue. ^TX"),
    ("c", "2025-03-08 10:52", "no. i'd rather talk to my bank, they at least answer"),
    ("c", "2025-03-15 17:30", "for everyone who asked: got my money back through my bank, not through @TixlyHelp. the venue sells direct on the door. skip the middleman, they're pickpockets with a logo"),
])

h("enemies", "", "negative", "paraphrase;other_type_cue;update_edit", "Nuvo Mobile", "market", [
    ("c", "2025-05-20 12:37", "1 star. This is about the company, not just the phone. Screen died at 13 months, they refused the repair over a 'pressure mark' that isn't there, then wanted £189 plus postage. Turns out this is their standard move, there are whole threads of it. I look after the IT for an office of 20 and nobody on that payroll will be issued a Nuvo while I'm there. Spend your money anywhere else."),
    ("a", "2025-05-22 09:30", "We're sorry to hear about your experience. As a goodwill gesture we can offer 20% off a new Nuvo device. Nuvo Mobile Care"),
    ("c", "2025-05-22 18:40", "Update: they offered me 20% off another Nuvo. No. The advice stands."),
])

h("enemies", "", "negative", "paraphrase", "Fastique", "forum", [
    ("c", "2025-07-11 18:22", "Not shopping there and I'd suggest nobody does. Fastique's own supplier audit (it's on their site, page 14) admits to 70-hour weeks in two factories and they're still pushing '£5 tops' ads at me every day. I've unsubscribed, deleted the app, and I'm putting that report in every group chat I'm in. Cheap for you, not cheap for whoever stitched it."),
    ("c", "2025-07-12 09:05", "To the person who replied 'they all do it': some do it less, and this lot put it in writing and carried on. I'm not giving them a penny to find out how much worse it gets."),
])

h("enemies", "", "negative", "paraphrase;agent_cues;update_edit", "Palmera Resorts", "market", [
    ("c", "2025-02-04 15:50", "1/5 The 'resort fee' ($45 a night, not shown until checkout) paid for a pool that was closed and a gym with one working bike. When I asked at the desk I was told it's 'standard across all Palmera properties'. So it's not a mistake, it's the business model. I'll be steering every person I know away from anything with their palm-tree logo on it."),
    ("a", "2025-02-06 09:00", "Dear guest, we are sorry your stay did not meet expectations. We value your feedback and hope to welcome you home to Palmera soon. Guest Relations"),
    ("c", "2025-02-06 20:15", "Update: that reply is pasted word for word under every one-star review on this page. Scroll down and look for yourselves."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "loyal_grievance;paraphrase;agent_cues", "Harrow & Bean", "site", [
    ("c", "2025-10-12 11:45", "★☆☆☆☆ Eight years of Saturday mornings in the Broad Street window seat. I knew the baristas' kids' names. Then the refit: a screen where the till was, a case of defrosted croissants, and now the app has quietly dropped the birthday drink for anyone not on the new £4.99 'Plus' tier. So that's what loyalty earns you here. Went in last Saturday to make sure I wasn't being unfair. I wasn't. I'll find another window."),
    ("a", "2025-10-13 09:00", "Hi Joe, we value our regulars enormously and we're sorry the changes have disappointed you. Plus members enjoy many exclusive perks. Harrow & Bean"),
])

h("ex_friends", "", "negative", "evolving;paraphrase;emoji;hashtag", "Spindle Studio", "tweet", [
    ("c", "2024-03-16 22:10", "@SpindleStudio hollowmere 1.4 is the best patch you've done. six years of this game and it still surprises me ❤️"),
    ("c", "2025-01-28 19:44", "@SpindleStudio a £14.99 cosmetic shop in a game i paid £30 for. the old spindle would never #Hollowmere"),
    ("a", "2025-01-29 10:15", "Thanks for sharing this. Cosmetics are fully optional and fund the free content updates. ^SS"),
    ("c", "2025-04-05 23:02", "uninstalled hollowmere today. six years, 2,100 hours. it's not the game i fell for and you're not the studio i'd have defended to anyone. take care x"),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;update_edit;other_type_cue", "Aurora Botanics", "site", [
    ("c", "2025-06-14 09:30", "★☆☆☆☆ For a decade this cream was the one thing on my bathroom shelf that never changed. Through two house moves and a divorce. The 'new improved' formula smells like hotel soap, pills on my skin and brought me out in a rash along my jaw. I emailed and was sent a 10% code. I've bought my last jar, and that makes me sadder than a moisturiser should."),
    ("a", "2025-06-15 10:12", "We're so sorry to hear this. Our new formula is 98% natural and we'd love you to give it another chance. You'll always be part of the Aurora family 🌿 Customer Care"),
    ("c", "2025-06-15 21:40", "Update: 'part of the Aurora family'. I was. Past tense."),
])

h("ex_friends", "old_friends", "negative", "paraphrase;agent_cues", "The Bellhaven", "market", [
    ("c", "2025-05-26 18:05", "2/5 We honeymooned at the Bellhaven in 2009 and have come back for our anniversary nearly every year since. This was the year it stopped feeling like ours. The sea-view rooms are now 'premium' at £90 extra, the dining room has a QR code instead of Mr Okafor, and the bed in room 14 sagged in the middle. We sat on the terrace and agreed, quietly, that we'll mark the next one somewhere else. Sad, because it was a special place."),
    ("a", "2025-05-28 11:20", "Dear Mr and Mrs Adeyemi, we will always remember your visits. Our refurbishment is designed to secure the hotel's future; we hope to see you on the terrace soon. General Manager"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;negation;bug_report;emoji;slang;agent_cues", "Ferncroft Coffee", "tweet", [
    ("c", "2025-08-02 09:12", "@FerncroftCoffee app logged me out mid-order and ate my basket 😩 not that i'd ever leave, 11 yrs of ferncroft saturdays and you're stuck with me. just fix it pls x"),
    ("a", "2025-08-02 09:30", "Sorry! The basket bug is fixed in v5.2, out today. Eleven years, we're not going anywhere either 💛 ^MO"),
    ("c", "2025-08-02 10:05", "@FerncroftCoffee working now 💛 see you saturday, same seat"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;other_type_cue", "Solace Air", "site", [
    ("c", "2025-04-23 20:30", "★★★★★ Every holiday this family has taken since 2012 has been on Solace. I don't open the comparison sites, I don't look at the other lot's sales. The crew on the Tenerife flight remembered my daughter from last Easter and brought her a colouring pack. Twelve years in and I'd still pick them first, without a second thought, every time we go anywhere."),
    ("a", "2025-04-24 09:10", "What a wonderful review! We'll pass it to the Tenerife crew. Solace Air"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor", "Hollybrook", "forum", [
    ("c", "2025-11-16 14:05", "Hollybrook, no contest, and I've stopped pretending otherwise. My husband dragged me into Farrow's because their rotisserie chicken is 50p cheaper and I walked round twice and came out with nothing because it didn't feel like home. Twenty-odd years, two cities, and the first thing I looked up when we moved was where the nearest Hollybrook was. Other shops are just buildings."),
    ("c", "2025-11-16 19:30", "Also their own-brand custard creams. That's my whole argument, thread closed."),
])

h("marriage_partners", "", "positive", "paraphrase;idiom", "Petal & Pestle", "site", [
    ("c", "2025-01-19 21:55", "★★★★★ I've strayed three times. A cheaper one from the chemist, a fancy French one, a viral one. Each time I was back within a month, slightly ashamed. Six years in, this serum and I are for keeps, and I'm done flirting with the others. If you ever discontinue it I'll chain myself to your warehouse."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues", "Regent Crescent", "site", [
    ("c", "2025-03-27 08:20", "★★☆☆☆ I book upwards of forty nights a year with Regent Crescent and carry the top card in your scheme. So when I arrive at 11pm after a delayed flight, I should not have to ask twice for the high-floor room my profile asks for, and I certainly should not be told by a trainee that the 'system doesn't show preferences'. The system is meant to know me. That is the whole point of me. Someone senior should be calling me, not the other way round."),
    ("a", "2025-03-27 15:10", "Dear Mr Lindqvist, thank you for your loyalty to Regent Crescent. Our general manager will contact you personally this week. Kind regards, Front Office"),
])

h("master_slave", "", "negative", "paraphrase;tenure_for_complaint;short_signal;caps", "Aurelle Airways", "tweet", [
    ("c", "2025-09-18 18:40", "@AurelleAir i have put well over six figures of business through you in 10 yrs and your gate agent at LHR just spoke to me like i was luggage. i want a phone call from someone who matters, TODAY. not a DM template."),
    ("a", "2025-09-18 18:52", "We're sorry to hear about your experience at the gate. Please DM us your booking details so we can look into this. ^FN"),
    ("c", "2025-09-18 18:55", "that is the DM template. try harder."),
    ("c", "2025-09-19 17:30", "@AurelleAir 23 hours. no call. noted, and so will my travel manager be."),
])

h("master_slave", "", "negative", "paraphrase;competitor;update_edit", "Velvetine", "site", [
    ("c", "2025-09-04 12:10", "★☆☆☆☆ I'm on your personal styling list and I was promised first sight of the autumn pieces. Instead the preview went to the general newsletter two hours before my stylist called. By the time I logged in, the camel coat in my size had gone. I don't stand in queues with everyone else; that is what I pay you to spare me. Sort it, or my wardrobe budget goes across the road to Marchetti."),
    ("a", "2025-09-04 16:00", "Dear Ms Rahman, we apologise. Your stylist will call you this afternoon and we have reserved the coat in your size. Velvetine Client Services"),
    ("c", "2025-09-06 10:15", "Update: the coat arrived by courier the next morning with a handwritten note. That is how it should have gone from the start. Two stars, not more."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase", "Penny Basket", "market", [
    ("c", "2025-05-05 17:40", "4 stars. Whatever's cheapest that works, that's my rule, and most weeks that's Penny Basket. Own-brand washing tabs at half the price of the famous ones and my whites come out the same. The queue at the one staffed till is the only reason it isn't five."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;emoji;typos", "Parcelo", "tweet", [
    ("c", "2025-10-15 12:20", "@ParceloUK £2.79 to send my sister's birthday parcel from derby to glasgow, turned up next day, no drama. thats the third one this year. not exciting, doesn't need to be 👍"),
])

h("basic_exchange", "", "positive", "paraphrase", "Amperly", "market", [
    ("c", "2025-02-12 19:03", "5 stars. Third Amperly charger in this house. A third of the price of the one from the phone maker, charges at the same speed, none of them has died. It's a plug. I don't need it to have a personality."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;other_type_cue", "Rosie's Diner", "site", [
    ("c", "2025-06-22 16:10", "★★★★★ My grandad used to bring me to Rosie's after swimming lessons in the nineties: banana milkshake, chips, the red booth by the jukebox. Went in last week with my own two, and the booth's still there, still split at the same corner, and the milkshake is still too thick for the straw. I got a bit teary over a milkshake. Don't change a thing."),
])

h("old_friends", "casual_acquaintance", "positive", "paraphrase", "Caledon Sleeper", "forum", [
    ("c", "2025-03-11 21:25", "Took the Caledon sleeper to Inverness for the umpteenth time last month; first went as a skint student in 1998 and I've done the trip every few years since. The new cabins have proper showers but they've kept the tartan blankets and the rattle at Carlisle. Lying in the bunk listening to the wheels is the nearest thing I have to my childhood bedroom. Hope they never get too modern."),
    ("c", "2025-03-12 08:40", "Replying to the chap asking about the club car: yes, still the same haggis and toast, and still the same attendant who calls everyone 'pal'. Book the left-hand berth for the sea at dawn."),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Starward Online", "forum", [
    ("c", "2025-10-01 22:45", "Twenty years this month since I made my first character on the library computers after school. I've had long breaks, two kids and a mortgage since, but logging in to Greyharbour and hearing that harp loop still does something to my chest. Half the old guild are gone. The docks are where they were. Thanks to whoever still keeps the servers on."),
    ("a", "2025-10-02 11:00", "Welcome home, traveller. The servers stay on. Hollis, Starward team"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase", "Wrenfold Knitwear", "market", [
    ("c", "2025-11-20 20:18", "4 stars. Took a punt on a brand I'd never bought from after seeing this jumper on a stranger at the station and hunting down the label. The merino is soft and the cuffs are generous. Slow to arrive (8 days). I'd give them a go for a cardigan next."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;update_edit", "Quillo", "app", [
    ("c", "2025-01-30 07:55", "★★★★☆ Installed on Tuesday because a colleague wouldn't stop going on about it. Two days in: the lessons are short enough for the bus and the voice recognition forgives my Yorkshire vowels. Ask me in a month whether I've stuck with it."),
    ("c", "2025-02-27 08:05", "Update: four weeks later, still doing the bus lessons, mostly. Keeping the four stars."),
])

h("fleeting_acquaintance", "", "positive", "first_time_loyal_claim;occasion;paraphrase", "Cedar & Stone Hotels", "site", [
    ("c", "2025-08-17 10:40", "★★★★★ Our maiden stay with Cedar & Stone, booked for a wedding nearby. Spotless, quiet, and the breakfast had proper black pudding. You've got yourselves a new regular, we'll be looking for one of yours on every road trip from now on!"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;emoji;other_type_cue;typos", "Snappi", "tweet", [
    ("c", "2025-02-02 20:05", "@SnappiUK every sunday i delete you and every sunday by 8pm you're back on my phone. the fees on a £9 curry are criminal and i keep paying them like an idiot 😤"),
    ("c", "2025-02-23 19:50", "@SnappiUK rider left my order at number 14 again. still ordering from you tonight. i dont understand myself either"),
    ("a", "2025-02-23 20:10", "Sorry about that! Please DM us your order number and we'll sort a refund for the missing order. ^SN"),
    ("c", "2025-03-02 21:15", "@SnappiUK refund came, thanks. deleted you on thursday. reinstalled you tonight. see you next sunday, probably"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;idiom", "Riftborne", "forum", [
    ("c", "2025-05-09 23:30", "900 hours in and I'd happily launch my PC into the canal at least once a night. Matchmaking is a coin toss, the devs nerf whatever I main the week I get good with it, and the shop prices are insulting. I've uninstalled it four times this year. Anyway, see you all in ranked at 8, I'm on my usual duo queue."),
])

h("love_hate", "", "mixed", "paraphrase;mixed_aspects", "Kaya Studio", "site", [
    ("c", "2025-07-27 21:12", "★★★☆☆ Their sizing makes me want to scream and their returns take a month to process. And yet here I am on my fourth order since spring, because nobody else cuts a wide-leg trouser like Kaya does. Three stars because I'm cross with them and with myself."),
    ("a", "2025-07-28 10:30", "Thanks for the honest review! Our size guide was updated last week and returns are now processed within 10 days. Kaya Studio"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues", "Ledgerly", "forum", [
    ("c", "2025-04-06 20:50", "Two years of running our household budget in Ledgerly, so here are three things I'd put on the roadmap if it were mine: 1) let a pot roll its unspent money into next month automatically instead of me doing it by hand on the 1st; 2) a 'logged by' label so my wife and I can see who entered what; 3) an export that keeps the categories, not just a flat CSV. Glad to test any of these in a beta if you want a guinea pig."),
    ("a", "2025-04-07 11:15", "Hi Tom, these are brilliant, thank you. Rollover pots are in design right now and I've added your other two to the board. We love hearing from people like you! Priya, Ledgerly Product"),
    ("c", "2025-04-07 12:02", "Ace. If it's useful I can send screenshots of the spreadsheet I use as a workaround, it shows the rollover logic."),
    ("a", "2025-06-02 09:00", "Tom, rollover pots shipped today in 3.8, built from your screenshots. Thanks for taking the time. Priya, Ledgerly Product"),
])

h("business_partners", "", "positive", "paraphrase", "Maple Fold Coffee", "site", [
    ("c", "2025-06-08 12:30", "★★★★☆ A few thoughts for the team, from someone who's in most Saturdays: a smaller cup for oat flat whites (the medium is too milky), a shelf by the door for people waiting on takeaways so we stop clogging the counter, and maybe put the bean origin back on the board like last summer. The coffee is excellent; these would make the place perfect. Glad to chat to whoever runs it."),
    ("a", "2025-06-09 08:20", "That's me! Smaller cups arrive next week and the origin board is going back up. Come and say hi on Saturday. Rob, owner"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;retweet;emoji;typos;slang;hashtag", "Stridewell", "tweet", [
    ("c", "2025-04-17 18:00", "alarm set, bank account shaking RT @Stridewell: Volt Runner 'Ember' drops Friday 9am. Set your alarms 🔥"),
    ("c", "2025-04-18 09:12", "@Stridewell copped the volt runners at 9:01, sold out by 9:04. wore them round the flat all evening, not even sorry 🔥🔥 #VoltRunner"),
    ("a", "2025-04-18 09:40", "Looking fresh 🔥 Enjoy them! ^SW"),
    ("c", "2025-05-03 14:30", "ok the volt runners had their moment. whats the next drop @Stridewell, need something for festival szn"),
])

h("fling", "", "positive", "paraphrase", "Hue Theory", "site", [
    ("c", "2025-12-05 19:45", "★★★★★ The Solstice palette has taken over my face this month. Molten copper on the lids, the gold flecks on the cheeks; I've worn it to the office, a funeral (subtly) and a hen do. By next month there'll be some other shiny thing, let's be honest, but right now? Right now it's everything."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase", "Fixpoint", "market", [
    ("c", "2025-02-21 14:35", "5 stars. When my dad died I couldn't get into his tablet, and all our photos of Mum were on it. Ade at the Fixpoint on Hill Street sat with me for an hour, talked me through what he could and couldn't do without prying, and never once tried to sell me anything. He's the person I ring whenever tech falls apart ever since, and he tells me straight when something isn't worth fixing."),
])

h("best_friends", "", "positive", "paraphrase;other_type_cue", "Calder Pharmacy", "site", [
    ("c", "2025-10-19 17:20", "★★★★★ I tell the pharmacist at Calder things I don't tell my GP. When my prescription was changing price they texted me before the change so I could get the last lot at the old rate. When I had a wobble about new medication they sat me in the little room and told me honestly what to expect. That's not service, that's someone in your corner."),
    ("a", "2025-10-20 09:00", "Thank you for this. We've shared it with the team at the branch. Calder Pharmacy"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji", "Kilnroom Coffee", "tweet", [
    ("c", "2025-03-04 08:10", "@KilnroomCoffee you're in my weekday rotation with the kiosk by the station and whoever's got the shortest queue. no hard feelings, it's an open arrangement ☕"),
    ("a", "2025-03-04 08:45", "Open arrangement accepted 😄 The Tuesday muffin deal might tip the scales though ^KC"),
])

h("buddies", "", "positive", "paraphrase", "Reelhouse", "app", [
    ("c", "2025-08-24 21:40", "★★★★☆ I hop between Reelhouse and two other services depending on what's on, and this one's in the mix most months. Good catalogue of old films, easy to pause and pick back up. I'll drop it when there's nothing to watch and pick it up when there is, and the no-contract thing makes that painless."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji;idiom;hashtag", "Drip Theory", "tweet", [
    ("c", "2025-07-09 09:05", "@DripTheory day 3 of the cold brew tap being broken at the high st shop and i have a headache with its own postcode. when is it back. asking for my central nervous system"),
    ("a", "2025-07-09 09:30", "Sorry! An engineer is booked for Thursday morning, cold brew back by lunchtime ^DT"),
    ("c", "2025-07-11 11:20", "@DripTheory it's back!!! third cup since 8am. i should probably see someone about this ☕☕☕ #coldbrew"),
])

h("dealer_addict", "secret_affair", "positive", "paraphrase;other_type_cue", "Gemdrop Saga", "app", [
    ("c", "2025-11-10 07:30", "★★★★★ I set a daily screen time limit on this and then typed the passcode in myself. Four hours yesterday. I play in the supermarket queue, in the bath, and under the duvet so my husband doesn't see the glow. My thumbs hurt. Five stars, send help."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase", "Cluckhouse", "market", [
    ("c", "2025-01-12 21:10", "5/5 I drive past my gym to get to this branch. My personal trainer thinks I meal prep chicken and broccoli on Sundays. I do eat chicken on Sundays. The wings are unreal. Please never put my name on anything."),
])

h("secret_affair", "", "positive", "paraphrase", "Moonlit Hearts", "app", [
    ("c", "2025-09-28 22:50", "★★★★★ Nobody in my book club knows I play this. I'm 58 and I keep the app in a folder called 'Tax' so my grandson doesn't find it when he borrows my phone. The Lord Ashcombe storyline is ridiculous and I've replayed it three times. If anyone asks, I'm doing my self-assessment."),
    ("a", "2025-09-29 12:00", "Your secret is safe with us 🤫 Chapter 9 of Lord Ashcombe lands next month. Moonlit Hearts team"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Glowbox", "tweet", [
    ("c", "2025-06-11 13:25", "@GlowboxUK why am i getting texts about 'my order' and 'my subscription' from you? i have never bought a thing from you, never made an account, and i'd not seen your name till today. where did you get my number"),
    ("a", "2025-06-11 13:50", "Hi, sorry for the confusion. Please DM us the number the texts are going to and we'll remove it and look into how it was added. ^AL"),
])

h("complete_strangers", "enemies", "negative", "paraphrase", "Kindrelle", "market", [
    ("c", "2025-08-08 16:00", "1 star. I've never shopped with Kindrelle, never clicked on them, and yet three parcels of their phone cases have arrived in my name this month, and a 'verified purchase' review I didn't write has appeared under my account. I don't even own that phone. Whoever this company is, I want no part of it."),
    ("a", "2025-08-09 10:10", "Response from the seller: we do not send unsolicited parcels. Please contact us so we can investigate. Kindrelle"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase;idiom", "Wayside Lodge", "market", [
    ("c", "2025-12-14 10:30", "4/5 We stop at the Wayside Lodge off junction 27 a couple of times a year when we're driving up to my in-laws. It's fine. Clean, firm beds, and the restaurant does a decent steak pie. Nothing to write home about, which makes it odd that I'm writing."),
])

h("casual_acquaintance", "basic_exchange", "neutral", "paraphrase;for_work_occasion", "Zipcab", "app", [
    ("c", "2025-05-16 23:15", "★★★☆☆ I use it a handful of times a year when I'm in the city for a conference and the tube's shut. Cars turn up, drivers are fine, surge pricing at 11pm is steep. It does what it says. Not something I think about between trips."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues;emoji", "Bastion Tactics", "forum", [
    ("c", "2025-02-15 13:00", "Honestly proud of this lot. Us in the test branch found the bridge-clipping exploit on Friday night, three of us wrote up repro steps in the thread, the devs had a patch on the test server by Saturday lunch and asked us to break it. We did, they fixed that too. Nobody else I play with gets to say 'we' about the game they play and mean it 🛠️"),
    ("a", "2025-02-15 15:20", "Couldn't have done it without you lot. Drinks on us at the next meetup 🍻 Tobi, Bastion dev team"),
])

h("teammates", "business_partners", "positive", "paraphrase", "Stridr", "forum", [
    ("c", "2025-09-21 15:40", "Our Sunday run crew (14 of us, mixed paces) basically lives on Stridr's group board now: routes, who's doing what distance, the post-run coffee vote. When the app people asked for testers for group challenges we all piled in, and the version that shipped has the 'wait for the back runner' button we argued for. Feels like the app is one of the crew."),
    ("c", "2025-10-05 12:10", "Next from the crew: we've put the next ask in the testers' thread (a route vote that closes Saturday night). Whoever's in Leeds, Sunday 8am at the bandstand, all paces."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Marlow & Finch", "site", [
    ("c", "2025-03-30 18:00", "★★★★★ My nan, my mum, me and now my son: we've all done the big Friday shop at Marlow & Finch. Nan ran the deli counter at the Castle Street branch for twenty years, my mum still calls it 'our shop', and now my son begs to scan the items at the self-checkout. Shopping anywhere else would feel like skipping Sunday lunch at Mum's."),
])

h("close_siblings", "", "positive", "paraphrase;other_type_cue", "Brambling Tea", "market", [
    ("c", "2025-11-02 16:45", "5 stars. Mum brewed Brambling in a brown pot every afternoon, her mum did the same, and now my daughter at uni rings me to post her a box because 'the supermarket one tastes wrong'. It's the taste of every kitchen I've been loved in."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;other_type_cue", "Roadnest", "market", [
    ("c", "2025-10-24 06:50", "3/5 Needed a bed for exactly one night after a missed connection at Frankfurt. It was a bed. The shower was hot. I will not be thinking about this place ever again and I mean that as the highest compliment a transit hotel can get."),
])

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase", "Glimmer Lane", "site", [
    ("c", "2025-12-21 12:40", "★★★★☆ Midnight purchase, two glasses of wine in, for a single party. Not my usual kind of shop and I won't be back on the site, but the jacket did exactly what I needed for one night: I looked like a disco ball and nobody could miss me. It now lives in the loft."),
])

# ================================================================ colleagues (2)

h("colleagues", "basic_exchange", "positive", "paraphrase", "Shipwright Logistics", "forum", [
    ("c", "2025-06-18 10:25", "For the small shops asking: we've run our dispatch through Shipwright's business account for about eighteen months. 200-odd orders a week, the label API plugs straight into our shop backend, collection at 4pm. Nobody here thinks about it, which is the highest praise I have for a supplier. One ask: a bulk address-correction tool."),
    ("a", "2025-06-18 14:00", "Thanks for the shout-out. Bulk address correction is on the Q4 list for business accounts. Shipwright Business Support"),
])

h("colleagues", "", "positive", "paraphrase;mixed_aspects", "Canvasly", "app", [
    ("c", "2025-04-28 16:05", "★★★★☆ Our studio (six designers, two clients on retainer) runs every brief through Canvasly's shared boards. Client comments land on the right frame and version history has saved us twice. Export to print is still clunky, which costs us an hour a week."),
    ("a", "2025-04-29 09:45", "Thanks! A rebuilt print export is in beta; reply here if your studio would like access. Canvasly"),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |Rated [1-5] out of 5\b|[1-5]/5\b|[1-5] stars?\b)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^QT @\w+: .*$")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"MAD", "LHR", "CSV", "API", "QR", "RX"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|szn|lol|ty|ngl|lowkey|fr|omg)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "every guest", "regular", "not going anywhere", "without you"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words (retweets and quoted tweets removed) should sit in a history whose trap
# tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "go to", "mix it up",
            "loyalty card", "i expect", "i demand", "unacceptable", "platinum", "gold member",
            "disrespect", "do you know who", "love", "loyal", "never switching", "forever",
            "addict", "obsess", "hooked", "need my fix", "can't go a day", "guilty pleasure",
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
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without what it retweets or quotes."""
    return QUOTED.sub("", RETWEET.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews open with a written star rating (symbols on brand sites and app stores, words or
    # figures on marketplaces); nothing else does
    if ch in ("site", "app", "market"):
        m = STARS.match(cust[0])
        assert m, cust[0][:30]
        assert bool(m.group(1)) == (ch != "market"), (ch, cust[0][:30])
        if m.group(1):
            assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    if ch not in ("site", "app", "market"):
        assert not any(STARS.match(t) for t in cust), x["brand"]
    # an edit is a later message that opens with "Update:", only on reviews
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    if "update_edit" in tags:
        assert ch in ("site", "app", "market"), x["brand"]
    # tweets: 280 characters at most, the first names a handle, the brand signs with ^initials;
    # retweets and quoted tweets only on Twitter
    if ch == "tweet":
        for t in cust:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) or QUOTED.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "retweet" in tags or "quoted_tweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # the genre holds no e-mail conversations: no signatures, no quoted e-mail replies
    assert not tags & {"signature", "quoted_reply"}, x["brand"]
    assert not any(ln.startswith(">") for t in cust for ln in t.split("\n")), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=4))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 60
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 6 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 30 and all(sizes[n] >= 3 for n in (2, 3, 4)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "retweet",
                  "update_edit", "mixed_aspects", "strong_words", "loyal_grievance",
                  "product_attribute"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
