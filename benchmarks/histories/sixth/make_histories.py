#!/usr/bin/env python3
"""Development set of invented customer histories for relradar (set hist6, ids w001..w080).

All brands, people, addresses and numbers are invented. Run:
    python3 /work/hist6/make_histories.py
It checks the data and writes histories.csv and labels.csv next to this script.
"""
import csv
import os
import random
import sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies", "master_slave",
    "marriage_partners", "dealer_addict", "secret_affair", "complete_strangers",
    "fleeting_acquaintance", "casual_acquaintance", "teammates", "old_friends", "close_siblings",
    "ex_friends", "enemies", "love_hate", "one_night_stand", "colleagues", "adversaries",
]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# ---------------------------------------------------------------------------
# 1. Draw the type of each id first (seeded shuffle), so ids carry no order.
# ---------------------------------------------------------------------------
MORE = {"old_friends": 4, "close_siblings": 4, "best_friends": 4, "teammates": 4,
        "business_partners": 4, "fleeting_acquaintance": 4, "complete_strangers": 3,
        "ex_friends": 3}
N_UNDETERMINED = 24


def draw_types(seed=6080):
    pool = ["undetermined"] * N_UNDETERMINED
    pool += [t for t in MORE for _ in range(MORE[t])]
    pool += [t for t in TYPES if t not in MORE for _ in range(2)]
    assert len(pool) == 80, len(pool)
    random.Random(seed).shuffle(pool)
    return {"w%03d" % (i + 1): t for i, t in enumerate(pool)}


DRAWN = draw_types()

# ---------------------------------------------------------------------------
# 2. Histories.  Each: id, brand, messages [(role, "YYYY-MM-DD HH:MM", text)],
#    type, second, valence, traps.
# ---------------------------------------------------------------------------
HIST = []


def H(cid, brand, msgs, type_, second, valence, trap):
    HIST.append(dict(id=cid, brand=brand, msgs=msgs, type=type_, second=second,
                     valence=valence, trap=trap))


C, A = "customer", "agent"

# --- w001..w040 -------------------------------------------------------------

H("w001", "StitchHaus", [
    (C, "2025-02-14 01:52", "Order SH-448210. Bought the green satin midi at 2am after my cousin told me the dress code was 'garden formal', which I do not own. I'm not really a clothes-shopping person. Can you confirm it arrives before the 22nd?"),
    (A, "2025-02-14 09:10", "Hi Noor, welcome to the StitchHaus family! Your order ships today and should arrive on the 18th. We've also added you to StitchHaus Circle so you'll get first look at every drop. We hope this is the start of a beautiful friendship!"),
    (C, "2025-02-14 09:31", "Thanks for the date. Please take me off the Circle thing though, I won't be back, it's a one wedding situation. Once the return window closes you can delete my details."),
], "one_night_stand", "fleeting_acquaintance", "neutral", "agent_cue;paraphrase")

H("w002", "Lumen Mobile", [
    (C, "2025-05-03 18:04", "hello, i travel to Morocco next month for 12 days. is roaming included in my plan Lumen Flex 20 or i must activate something before? thanks"),
    (A, "2025-05-03 18:20", "Hi Karim! As a loyal Lumen customer you can add the World Pass for 3.50 per day. Just text WORLD to 2020 before you fly."),
    (C, "2025-05-03 18:26", "ok, thank you"),
], "undetermined", "", "neutral", "agent_cue;routine_question")

H("w003", "PixelForge", [
    (C, "2025-01-09 23:41", "[forum: Ashfall Arena > General] Uninstalled again. 1,400 hours and the matchmaking still puts me with people who have never seen a keyboard. This studio does not deserve the playerbase it has."),
    (C, "2025-01-12 21:15", "[forum reply] ok yes I reinstalled. the new map is actually gorgeous, whoever did the lighting should get a raise. doesn't excuse the servers."),
    (C, "2025-02-20 00:07", "[forum reply] Every patch I swear it's my last and every patch I'm queueing at midnight like a clown. Fix the desync PixelForge, I'm begging and also furious."),
    (A, "2025-02-20 10:30", "[PixelForge_Mod] Thanks for the passion! Desync fixes are on the roadmap for patch 3.2."),
    (C, "2025-03-15 22:48", "[forum reply] 3.2 is out, desync still there. See you all in queue tonight, obviously."),
], "love_hate", "dealer_addict", "mixed", "paraphrase;agent_cue")

H("w004", "Swiftparcel", [
    (C, "2025-10-21 16:40", "Tracking SP77-2391-0045 says delivered at 14:02 and 'handed to resident'. It was handed to the resident of number 14, I live at 41. Typical Manchester weather today too so it sat on their step in the rain before they brought it round. Box is soaked, contents seem ok. Can you please tell your driver the numbers are not interchangeable."),
    (A, "2025-10-21 17:05", "Sorry about that, Ellis. We've passed the feedback to the depot and added a note to your address."),
], "undetermined", "", "negative", "one_incident;passing_use")

H("w005", "Dunmore Recovery Services", [
    (C, "2025-04-02 11:20", "To whom it may concern. I have received a letter (ref DRS-55102) saying I owe 1,240 GBP to 'Quickfund Direct' and that you are collecting it. I have no idea who you people are. I have never borrowed a penny from Quickfund, never had any kind of account with them, and I have never dealt with your firm either. Please explain where you got my name and address (12 Orchard Row, Example Town)."),
    (A, "2025-04-04 09:00", "Dear Ms Hartley, thank you for contacting Dunmore. Please send a copy of your ID and a utility bill so we can verify the debt."),
    (C, "2025-04-04 13:45", "I am not sending ID to a company I've never heard of about a loan I never took. If there is a debt, show me a signed agreement. Until then, stop writing to me."),
], "complete_strangers", "", "negative", "paraphrase")

H("w006", "Brightwater Bank", [
    (C, "2025-06-10 14:02", "Hello, I need to let you know my husband Tomasz passed away last week. We only moved our accounts to Brightwater two years ago, I'm not sure what I have to do now."),
    (A, "2025-06-10 14:40", "Dear Mrs Nowak, we are so sorry for your loss. Your adviser Priya will call you tomorrow. There is nothing you need to do today."),
    (C, "2025-07-02 10:15", "Just wanted to say, Priya has been a rock. She rang me before the mortgage letter arrived so I wouldn't panic when I opened it, and she's been honest with me about what I can and can't afford. I've told her things about our money I haven't even told my sister."),
    (C, "2025-09-18 09:30", "Quick one: Priya mentioned the fixed rate ends in March. Can she go through options with me? I'd rather hear it from you lot than from a comparison site, I know you'll give it to me straight."),
    (A, "2025-09-18 11:00", "Of course. We truly value your trust and your loyalty, Mrs Nowak. Priya will be in touch this week."),
], "best_friends", "", "positive", "agent_cue;paraphrase")

H("w007", "Harbourlight Hotels", [
    (C, "2025-03-03 22:10", "Checked in at Harbourlight Rotterdam. Six years as Obsidian and I'm handed a room next to the ice machine with feather pillows, despite my profile saying in capitals NO FEATHERS. I should not have to explain myself at a front desk like a walk-in."),
    (A, "2025-03-04 08:00", "Dear Mr Verbeek, we apologise. Could you tell us which room you'd prefer so we can arrange a move?"),
    (C, "2025-03-04 08:22", "That's exactly the point. I should not have to tell you. My preferences are on file, the whole reason I pay your rates is that somebody anticipates these things. I'd like the general manager to call me personally, not a form reply."),
    (C, "2025-03-04 19:45", "Still no call. I've moved my Hamburg booking for next week to another chain. When Harbourlight remembers who keeps its business lounges full, it can reach me at verbeek@example.com."),
], "master_slave", "", "negative", "paraphrase")

H("w008", "Marigold Tea House", [
    (C, "2025-01-20 08:12", "Dear Marigold, I've been drinking your Smoky Lapsang since my first student flat in Leeds in 1998, when a tin was a big luxury. Opening one still takes me straight back to that tiny kitchen with the broken radiator. Silly question, but is there any chance the old green tin comes back? The new cardboard box is fine, it's just not the same ritual."),
    (A, "2025-01-21 10:00", "Hello Helen, what a lovely note. The green tin is coming back as a limited run in spring!"),
    (C, "2025-04-05 17:30", "It arrived, and yes I made a little ceremony of it. Twenty-seven years and you still taste like Sunday mornings. Thank you."),
], "old_friends", "marriage_partners", "positive", "paraphrase")

H("w009", "Rivet Tools", [
    (C, "2025-08-11 12:00", "[Review, 4 stars] RV-18 combi drill. Battery got me through a full day of decking, torque is more than enough for 100mm screws. I love the little LED ring around the chuck, honestly the best feature. Chuck has a tiny bit of wobble after a month though."),
    (A, "2025-08-12 09:00", "[Response from Rivet Tools] Thanks for your loyalty to the Rivet family! Please contact us about the chuck, it's covered by warranty."),
], "undetermined", "", "positive", "product_attribute;agent_cue")

H("w010", "Saffron Street", [
    (C, "2025-09-05 21:47", "A friend sent me a code so I finally gave you a go tonight, first order ever. Lamb handi arrived hot, the rider was lovely even though I live on the 5th floor with no lift. I've been hooked on proper Punjabi food since a trip to Amritsar years ago so my bar is high, this cleared it."),
    (A, "2025-09-05 22:00", "So happy to hear it, Daniel! Here's 10% off your next order."),
    (C, "2025-09-06 10:03", "Cheers. Might try the Thai place near me through you next week and see."),
], "fleeting_acquaintance", "", "positive", "passing_use;textbook_cue_other_object")

H("w011", "Ferncliff Outdoor", [
    (C, "2025-04-14 07:50", "Hi, the zip on my Ferncliff Ridge 2 tent has split, bought 2019. Is it repairable? Before you ask, yes I know BaseTrail has 40% off tents this week. Not interested. Tent, boots, both jackets, the kids' sleeping bags: all yours. I'm not going anywhere."),
    (A, "2025-04-14 09:15", "Hi Jonas, send it to our repair centre (label attached) and we'll fix it free of charge."),
    (C, "2025-05-02 19:20", "Tent came back with a new zip AND you re-taped a seam I hadn't even noticed. This is why every bit of kit in our hallway has your little fern on it and always will. Already saving for the Ridge 3 when the kids get bigger."),
], "marriage_partners", "old_friends", "positive", "competitor_mention;paraphrase")

H("w012", "Crumbly's Bakery", [
    (C, "2025-03-08 09:40", "Saturday mornings at Crumbly's on Dale Street were my dad's thing with me and my brother: two cinnamon knots and the crossword. Now I bring my own girls every Saturday and they fight over the knots exactly like we did. So please tell me the Dale Street shop isn't closing, there's a rumour."),
    (A, "2025-03-08 12:05", "Hi Lauren, no plans to close Dale Street! It's being refurbished for two weeks in April."),
    (C, "2025-03-08 12:20", "Phew. Dad will be relieved too, he still goes on Thursdays."),
], "close_siblings", "old_friends", "positive", "paraphrase")

H("w013", "Cobaltpay", [
    (C, "2025-07-01 15:12", "Cobaltpay froze 6,800 EUR of my freelance income with no explanation, 'compliance review'. I signed up three weeks ago because someone on a podcast recommended you."),
    (A, "2025-07-02 09:00", "Hi Sofia, reviews normally take up to 10 business days. We appreciate your patience."),
    (C, "2025-07-16 18:30", "Day 15. No answer. I used to think these apps were the future of banking, now I think they're a casino that keeps your chips. Do not let this company anywhere near your money. I've told everyone in my co-working space and I'll post it anywhere that will let me."),
], "enemies", "adversaries", "negative", "negated_cue;paraphrase")

H("w014", "Zephyr Rail", [
    (C, "2025-11-02 20:11", "I left my wallet on the 17:05 Glasgow to Edinburgh this afternoon and your conductor (I think her name was Morag) tracked me down on the platform at Haymarket with it. Felt like a friend was looking out for me. Please pass on a massive thank you."),
    (A, "2025-11-03 08:30", "We'll make sure Morag hears this, thank you for taking the time to write!"),
], "undetermined", "", "positive", "one_incident;one_agent_praise")

H("w015", "Quillnote", [
    (C, "2025-02-02 19:00", "[Quillnote forum > Templates] Posting the PhD reading-log template a few of us built over the winter. Seven of us from the Discord worked on it, grab it and tear it apart."),
    (C, "2025-02-19 20:30", "[reply] Update: the Quillnote devs merged our template into the official gallery. Genuinely did not expect that. Thanks to everyone here who tested it, this is a group effort."),
    (A, "2025-02-20 09:00", "[Quillnote team] Huge thanks to this group. We'd love to feature more community templates."),
    (C, "2025-04-11 18:15", "[reply] Our little reading-log crowd is at 300 people now. If the team wants, we can put together a bundle for the autumn term with them, we already have ideas for a lab notebook version."),
], "teammates", "business_partners", "positive", "paraphrase;agent_cue")

H("w016", "Wanderloop", [
    (C, "2025-06-21 13:05", "Hi, found you through a travel blog and booked my first ever trip with you, a weekend in Ljubljana (booking WL-902211). The checkout was very easy. Is it possible to add a checked bag later or only now? For years I always booked with Skyvoyage, they were perfect, but I wanted to compare."),
    (A, "2025-06-21 13:40", "Hi Aiko, yes, you can add a bag in Manage Booking up to 24h before departure."),
    (C, "2025-06-21 13:44", "Great, thank you. Let's see how it goes."),
], "fleeting_acquaintance", "", "positive", "competitor_praise")

H("w017", "Kestrel Air", [
    (C, "2025-01-28 06:30", "Booked KA 2204 to Tromsø for Friday. To be clear, I'm a train person and I don't normally fly at all, but you were the only way to get there in time for my friend's event. One seat, once. Do I need to print the boarding pass?"),
    (A, "2025-01-28 07:00", "Hi Marek, no printing needed, use the app. We'd love to welcome you to KestrelClub so you can earn miles on every trip with us!"),
    (C, "2025-01-28 07:12", "Thanks, but no club please. After Friday I won't be needing you again, nothing personal."),
], "one_night_stand", "", "neutral", "agent_cue;negated_cue")

H("w018", "Nordhaven Insurance", [
    (C, "2025-02-11 08:00", "My basement flooded overnight, policy NH-HOME-33019. I only switched to you in autumn 2023 so I honestly don't know how this works."),
    (A, "2025-02-11 08:20", "Hi Ruth, we're so sorry. A loss adjuster will visit tomorrow. We value your loyalty."),
    (C, "2025-03-20 16:45", "Closing the claim today and I want to say something. You rang ME when the river warning went up in the first place, before I'd even seen it. Every time I asked 'am I covered for this?' you told me the real answer, including the two times it was no. I feel like I can just be straight with you and you'll be straight with me. That's rare."),
    (C, "2025-10-01 09:10", "Renewal came through and I noticed you told me about the premium change a month before it was due, with a note explaining why. Thank you for that, I'd much rather hear it from you early."),
], "best_friends", "", "positive", "agent_cue;paraphrase")

H("w019", "Velora Cosmetics", [
    (C, "2025-08-30 17:22", "hi! saw your stand at Doha airport on a layover, never heard of you before but the girl let me try the tinted balm and i bought the mini kit. do you ship to Nairobi? would like to try the full size"),
    (A, "2025-08-31 10:00", "Hi Wanjiru, yes we ship to Kenya, delivery takes 7-10 days."),
    (C, "2025-08-31 10:05", "nice, will try one and see if my skin likes it"),
], "fleeting_acquaintance", "", "positive", "textbook_cue_misleading")

H("w020", "Mossgrove Coffee", [
    (C, "2025-10-06 11:02", "It's 11am and that was my third oat flat white from Mossgrove. If I skip the morning stop I get a headache by ten and I'm a nightmare in meetings, my team can confirm. Please, please open the Kelvin Street branch before 7, I'm currently standing outside it at 6:45 like a ghost."),
    (A, "2025-10-06 12:00", "Ha, we hear you! From November Kelvin Street opens at 6:30."),
    (C, "2025-10-06 12:04", "You have saved a life. I'd set an alarm for 6:29 if I have to."),
    (C, "2025-12-14 15:30", "Holiday closure 24-27 Dec?? What am I supposed to do for four days. Is there a beans-at-home version of the house blend that tastes the same, I'll need it."),
], "dealer_addict", "", "positive", "paraphrase")

H("w021", "Lumen Mobile", [
    (C, "2025-03-12 12:30", "I've received 3 texts from 'LUMEN' saying my contract auto-renews on 1 April and to call 0800 000 111. I am not with Lumen. I've never been with Lumen. I have never signed anything with you. Where did you get this number?"),
    (A, "2025-03-12 13:05", "Hi, sorry for any confusion! As a valued Lumen customer, you can manage your contract in the Lumen app."),
    (C, "2025-03-12 13:09", "I am NOT a Lumen customer. Read my message. Remove +44 7700 900123 from whatever list it's on."),
], "complete_strangers", "", "negative", "agent_cue")

H("w022", "Hollis & Pike", [
    (C, "2025-05-19 10:40", "Hello, what are the exact dimensions of the Aldgate love seat when boxed? Our hallway door is 70cm wide and I want to know if it will go through before I order. Also does it come in the rust colour or only the grey?"),
    (A, "2025-05-19 11:30", "Hi Fatima, boxed it's 68 x 160 x 85cm, so it should fit. Rust is available from June."),
], "undetermined", "", "neutral", "product_attribute;routine_question")

H("w023", "Swiftparcel", [
    (C, "2025-09-01 22:00", "[r/CourierLife] 3 years driving for Swiftparcel out of the Leicester depot and the routes have gotten ridiculous. 190 drops a day, scanners that die at 3pm. I used to actually like this job. Anyone else at SP thinking of leaving for another firm?"),
    (C, "2025-09-02 07:15", "[reply] To be clear I'm a driver, not a customer lol. Customers are fine, it's management."),
], "undetermined", "", "negative", "employee;tenure_cue;negated_cue")

H("w024", "Nimbus Pet Food", [
    (C, "2025-04-07 19:00", "Every dog we ever had growing up was on Nimbus, my mum used to buy the big yellow sacks from the feed shop. When I got Biscuit last year I didn't even think about it, Nimbus it was. So I was a bit sad to see the new bag: it's half the size for nearly the same price. Has the recipe changed too?"),
    (A, "2025-04-08 09:00", "Hi Chloe, the recipe is unchanged; the smaller bag is to reduce waste. We'll pass on your feedback on price."),
    (C, "2025-04-08 18:30", "OK good, Biscuit would notice if it had. Mum says hi, she's still buying it for her old boy."),
], "close_siblings", "old_friends", "positive", "paraphrase")

H("w025", "Zephyr Rail", [
    (C, "2025-02-03 18:20", "I've caught the 7:42 from Stirling for twenty-six years, through three uniforms and four paint schemes. I miss the old buffet car with the proper teapots, I really do. But when the train pulls in I still feel a bit of 'ah, there you are'. Is the buffet ever coming back on the morning service?"),
    (A, "2025-02-04 09:00", "Hi Graham, thank you for your years of travelling with us! A trolley service returns to the 7:42 in March."),
    (C, "2025-03-10 08:05", "Trolley was back this morning. Not teapots, but I'll take it. Same seat, same window, same grey Forth. Thanks."),
], "old_friends", "", "positive", "paraphrase;agent_cue")

H("w026", "Helio Energy", [
    (C, "2025-01-15 10:00", "My January bill (account HE-5521-88) shows two direct debits for December, 112.40 each. Can you refund the duplicate please? Bank statement attached."),
    (A, "2025-01-15 14:00", "Hi Ahmed, thanks for being a loyal Helio customer. We've confirmed a system error and refunded 112.40, arriving in 3-5 days."),
    (C, "2025-01-20 09:00", "Refund arrived. Slightly annoying to have to chase it but fine."),
], "undetermined", "", "negative", "one_incident;agent_cue")

H("w027", "Pebblecart", [
    (C, "2025-06-02 20:00", "The app keeps pushing 'join the Pebblecart community' and recipe videos at me. I'm not interested in a community, I'm interested in groceries. I order basically the same 20 things every Sunday because it's around 10% cheaper than the big supermarket near me and it turns up in the slot. Can I switch the videos off?"),
    (A, "2025-06-03 09:00", "Hi Bram, yes: Settings > Notifications > Inspiration. Thanks for shopping with us every week!"),
    (C, "2025-06-03 09:10", "Done, thanks. Keep the prices where they are and we're good."),
], "basic_exchange", "", "neutral", "negated_cue")

H("w028", "Glimmerbox", [
    (C, "2025-05-10 09:00", "I cancelled my Glimmerbox trial in March (I have the confirmation email) and you've taken 29.99 in April AND May. Refund both please."),
    (A, "2025-05-11 10:00", "Hi Priyanka, our records show an active subscription. Please reply with your cancellation reference."),
    (C, "2025-05-11 10:30", "I sent it. Twice. GBX-CAN-4410."),
    (C, "2025-05-25 21:00", "Still nothing. This outfit runs on people not noticing. Posting this in every mum group I'm in so nobody else hands you their card details. Avoid, avoid, avoid."),
], "enemies", "adversaries", "negative", "paraphrase")

H("w029", "Tandem Bikes", [
    (C, "2025-07-19 14:00", "Bought my first Tandem roadster in 1989 with paper-round money, and I'm now on my fourth. My wife laughs that the garage is a Tandem museum. I wanted to ask whether you still have parts for the 1994 Tourer, the rear hub is finally tired. Would love to keep her on the road."),
    (A, "2025-07-20 10:00", "Hi Piotr, we stock a compatible hub, and our workshop in Gdańsk could fit it."),
    (C, "2025-08-09 16:30", "Hub fitted, she rides like 1994. Thirty-six years of Tandem and the feeling when I push off is still the same. Cheers to the workshop guys."),
], "old_friends", "marriage_partners", "positive", "paraphrase")

H("w030", "Lark Streaming", [
    (C, "2025-09-09 20:45", "Just checking the price stays at 4.99 after the new season starts? I keep Lark because it's the cheapest way to get the Saturday football and it basically never buffers. If it goes to 9.99 like the rumour says I'll drop it, no hard feelings."),
    (A, "2025-09-10 09:00", "Hi Tunde, the 4.99 Basic plan isn't changing this season."),
    (C, "2025-09-10 09:05", "Good stuff. Does the job, that's all I need."),
], "basic_exchange", "buddies", "neutral", "paraphrase")

H("w031", "StitchHaus", [
    (C, "2025-03-30 12:10", "I've bought most of my work wardrobe from you since 2015. Blazers, the wide trousers, everything. The last three orders: seams coming apart after one wash, fabric you can see through. I don't recognise StitchHaus any more."),
    (A, "2025-03-31 09:00", "Hi Megan, we're sorry to hear this. We'd be happy to offer a 15% discount on your next order."),
    (C, "2025-03-31 09:40", "A discount on more of the same isn't the fix. It's honestly a bit sad, you were the first place I went for ten years. I've returned the last order and I'm done for now."),
], "ex_friends", "", "negative", "paraphrase")

H("w032", "Harbourlight Hotels", [
    (C, "2025-08-03 11:00", "[Review, Harbourlight Lisbon Baixa, 3/5] Room was spotless and the breakfast pastéis were great. But we were right above a club and the bass went until 4am both nights, earplugs from reception did nothing. Staff were kind about it."),
    (A, "2025-08-05 10:00", "[Response from the manager] Dear guest, thank you for choosing Harbourlight. We value loyal guests like you and hope to welcome you back in a quieter room on your next visit!"),
], "undetermined", "", "mixed", "agent_cue;one_incident")

H("w033", "Saffron Street", [
    (C, "2025-02-01 21:30", "You used to be the app on my home screen, I'm talking three orders a week for about four years. Since the new 'service fee' plus the small order fee plus the delivery fee, a curry costs me 24 quid. Why?"),
    (A, "2025-02-02 10:00", "Hi Kwame, fees help us support our riders and restaurants. Here's a free delivery voucher!"),
    (C, "2025-02-02 10:20", "That voucher is kind of insulting tbh. I've been with you since you had 12 restaurants in the whole city. Deleted the app this morning. I'll just ring the takeaway myself like it's 2010."),
], "ex_friends", "enemies", "negative", "paraphrase")

H("w034", "Ledgerly", [
    (C, "2025-04-02 09:15", "Hi Ledgerly team, after a full quarter using the VAT module I wrote down a few things. 1) Let us tag a transaction with two cost centres, half of our bills are shared. 2) The bank-rule editor would be much faster with a 'duplicate rule' button. 3) A CSV export of the audit log would make our accountant very happy. Happy to jump on a call if any of this is useful."),
    (A, "2025-04-03 10:00", "Hi Ines, this is fantastic feedback, thank you! Our PM would love a call."),
    (C, "2025-05-20 14:00", "Great call today. I tried the beta of split cost centres on our test company, works well; one bug: the split doesn't carry into the P&L report. Screenshots attached. Keen to test whatever comes next."),
    (C, "2025-07-08 11:30", "Saw the duplicate-rule button shipped, that's already saving me ten minutes a week. Next idea when you have time: recurring journals with end dates."),
], "business_partners", "colleagues", "positive", "paraphrase")

H("w035", "Ironleaf Gym", [
    (C, "2025-05-28 07:30", "Hi, see below. So can I freeze it for June or not? I'm away for work the whole month.\n\n> On 20 May 2025, Ironleaf Members wrote:\n> Thank you for being a loyal member since 2019! We love having you in the Ironleaf family.\n> Regarding your question, please see our membership terms."),
    (A, "2025-05-28 09:00", "Hi Olu, yes, freezes of up to 2 months are free. Done for 1-30 June."),
    (C, "2025-05-28 09:04", "Thanks."),
], "undetermined", "", "neutral", "quoted_reply;agent_cue;passing_use")

H("w036", "Tinker & Twine", [
    (C, "2025-11-20 16:00", "My son is completely obsessed with dinosaurs at the moment (we have watched the same documentary 40 times). Do you have the wooden T-rex skeleton kit in stock for Christmas delivery to Auckland, and is it ok for a 6 year old?"),
    (A, "2025-11-20 18:00", "Hi Mia, yes, in stock and it ships to NZ in 5-8 days. Recommended age is 6+."),
], "undetermined", "", "neutral", "passing_use;routine_question")

H("w037", "Kestrel Air", [
    (C, "2025-07-12 19:30", "Fantastic. Five hour delay in Frankfurt on KA 731 and counting, zero announcements, one 5 euro voucher that buys half a pretzel. Really loving the carpet at gate B12, I now know every stain personally."),
    (A, "2025-07-12 20:10", "We're sorry, Lena. The delay is due to a technical issue; you may be eligible for compensation under EU261."),
    (C, "2025-07-13 09:00", "Claim submitted, ref EU-88120."),
], "undetermined", "", "negative", "sarcasm;one_incident")

H("w038", "Orbitline Cable", [
    (C, "2025-10-14 08:10", "Moved into Flat 3, 22 Hill Road last week and you're the only provider on the street. My old provider FibreNest was honestly the best company I ever had, loved them for years, sadly they don't cover this area. Anyway: what time window is the engineer coming on Thursday?"),
    (A, "2025-10-14 09:00", "Hi Sam, the engineer is booked for 8am-12pm Thursday."),
], "undetermined", "", "neutral", "competitor_praise;routine_question")

H("w039", "Ironleaf Gym", [
    (C, "2025-01-06 10:00", "Hi, I joined last spring and I have to tell you something: I start chemo next week and probably won't be in for a while."),
    (A, "2025-01-06 11:00", "Hi Beatriz, we've frozen your membership at no cost for as long as you need. Thinking of you."),
    (C, "2025-03-14 17:40", "Just wanted to say thank you. I didn't even have to fill in a form. Dami from the front desk still messages every couple of weeks to ask how I'm doing and I can be completely honest with her about the bad days. I didn't expect a gym to be in my corner like this."),
    (C, "2025-06-02 08:00", "Back today for the first time, slow walking on the treadmill only! They'd kept my locker. I'd trust this lot with anything."),
], "best_friends", "", "positive", "paraphrase")

H("w040", "Quickfund Direct", [
    (C, "2025-06-18 12:00", "I got an email from Quickfund Direct saying my loan repayment of 89.50 failed and to update my card. I never applied for a loan with you, I've never had an account, I don't know your company. Is this a scam using your name or has someone taken a loan in my name?"),
    (A, "2025-06-18 15:00", "Hi Jamal, please don't click any links in that email. Can you forward it to security@example.com so we can check?"),
    (C, "2025-06-18 15:20", "Forwarded. And to be clear I've never been a customer of yours in any form."),
], "complete_strangers", "", "neutral", "textbook_cue_misleading")


# --- w041..w080 -------------------------------------------------------------

H("w041", "Lark Streaming", [
    (C, "2025-11-03 19:00", "Back for my winter stint, hello again. I rotate between Lark, Cinevo and Boxline depending on what's on, usually Lark from November to February for the crime dramas. Can I restart without re-entering the card?"),
    (A, "2025-11-03 19:20", "Welcome back, Ingrid! Yes, just tap Resume in Account. We hope you'll stay with us all year round!"),
    (C, "2025-11-03 19:25", "Ha, we'll see. Probably off to Boxline in spring for the football, but you'll have me again next winter I'm sure."),
    (C, "2026-02-27 21:00", "Cancelling for now, thanks for the winter. See you in November probably."),
], "buddies", "casual_acquaintance", "positive", "agent_cue;paraphrase")

H("w042", "Kestrel Air", [
    (C, "2025-09-22 07:45", "Copying this from the news: 'Kestrel Air cabin crew announce 48h strike from 29 September. Loyal customers left furious as the airline faces its worst month ever.' My flight is KA 118 on the 30th, Oslo to Split. Is it affected? Booking ref KXQ7PL."),
    (A, "2025-09-22 08:30", "Hi Per, KA 118 on 30 September is currently scheduled to operate. We'll notify you of any change."),
    (C, "2025-09-22 08:33", "Ok thanks for quick answer."),
], "undetermined", "", "neutral", "pasted_news;routine_question")

H("w043", "Ironleaf Gym", [
    (C, "2025-01-04 12:00", "Hello, I just moved to Utrecht and bought a day pass at your Oudegracht gym to see before I sign anything. Is the sauna included in day pass or only members?"),
    (A, "2025-01-04 12:30", "Hi Mateus, welcome to the Ironleaf family! Sauna is included. Enjoy!"),
    (C, "2025-01-05 18:10", "Went today, nice place, a bit crowded at 6. Maybe I try one month and decide after."),
], "fleeting_acquaintance", "", "positive", "agent_cue;non_native")

H("w044", "Tinker & Twine", [
    (C, "2025-12-28 20:00", "[Review, 5 stars] 1000-piece 'Harbour at Dusk' jigsaw. The box calls it 'dangerously addictive' which I'd say oversells it, it's more of a calm evening thing. Pieces are thick card, no dust, and the sky section is hard in a fair way. Took us 4 evenings."),
    (A, "2025-12-29 09:00", "[Response from Tinker & Twine] Thank you for this lovely review! We're so glad you're part of our puzzling community."),
], "undetermined", "", "positive", "product_attribute;agent_cue")

H("w045", "Rivet Tools", [
    (C, "2025-03-10 07:15", "Morning. We're a 9-person carpentry outfit in Cork and the whole crew runs on Rivet 18V: drills, impact drivers, two track saws, about 40 batteries shared across vans. Question: is there a fleet warranty option so we aren't registering each battery separately? Our office manager is losing her mind."),
    (A, "2025-03-10 10:00", "Hi Declan, yes, Rivet Pro Fleet covers up to 100 tools under one account. I'll send the form."),
    (C, "2025-03-18 16:40", "Form's back. For what we need on site they do the job, the batteries swap between all the tools and that's what matters to us. Cheers."),
], "colleagues", "basic_exchange", "positive", "paraphrase")

H("w046", "Kestrel Air", [
    (C, "2025-05-05 06:10", "I put something like eighty sectors a year on Kestrel. This morning at Copenhagen the priority desk was closed and a gentleman in a yellow vest told me to 'wait my turn' in the general queue. Wait my turn. I would like to understand how that is the treatment for someone at my level."),
    (A, "2025-05-05 09:00", "Dear Mr Lindqvist, thank you for your feedback. We apologise for the inconvenience at Copenhagen."),
    (C, "2025-05-05 09:15", "An 'inconvenience'. I want a call from someone in the Diamond team today, and I want to hear what you're going to do so that this never happens to me again. I don't fill in feedback forms."),
    (C, "2025-05-07 18:00", "Two days, no call. Noted. My PA is pricing the Tokyo trip with other carriers."),
], "master_slave", "", "negative", "paraphrase")

H("w047", "Crumbly's Bakery", [
    (C, "2025-02-10 08:05", "Hi Crumbly's, small request: can I have the stamp card WITHOUT linking it to my email? My husband sees our shared inbox and he thinks I'm three weeks into keto. Two pains au chocolat on the way to the office every Tuesday is our little arrangement, yours and mine."),
    (A, "2025-02-10 09:00", "Your secret's safe with us, Ana! Just ask for a paper card at the till."),
    (C, "2025-02-11 08:12", "Got it, hidden in my work drawer. Nobody needs to know."),
], "secret_affair", "", "positive", "agent_cue;product_attribute;paraphrase")

H("w048", "Brightwater Bank", [
    (C, "2025-04-22 15:00", "Good afternoon. I opened my first savings account at your Market Street branch when I was eleven, a little blue passbook and a free pencil case. I'm sixty-one now. I found the passbook clearing out a drawer and wondered whether your archive would like it, or whether I can visit to see the old branch photos I was told you keep?"),
    (A, "2025-04-23 10:00", "Dear Mr Achebe, what a wonderful find. Our heritage team would love to meet you; they'll email to arrange a visit."),
    (C, "2025-05-15 17:20", "Visited the archive today. Seeing the old counter with the brass grille, I could smell the place again. Fifty years goes by quickly. Thank you for a lovely afternoon."),
], "old_friends", "close_siblings", "positive", "paraphrase")

H("w049", "Brightwater Bank", [
    (C, "2025-08-14 21:30", "MY CARD WAS DECLINED THREE TIMES AT A RESTAURANT IN SEVILLE TONIGHT. I had told the app I was travelling. My friend had to pay for everyone. This was the worst evening of the whole holiday. Why was it blocked?"),
    (A, "2025-08-15 08:00", "Hi Lucy, we're very sorry. Our fraud system flagged an unusual pattern. The block is removed and you can use your card now."),
    (C, "2025-08-15 08:20", "Ok it works now. Please fix the travel notice thing so it actually does something."),
], "undetermined", "", "negative", "one_incident;all_caps;strong_words")

H("w050", "Harbourlight Hotels", [
    (C, "2025-06-30 10:00", "[Review, Harbourlight Dubrovnik, 5/5] What a view from the balcony! Breakfast on the terrace was the highlight, staff remembered our coffee order by day two. Pool a bit small for the number of guests. We will definitely be back!"),
    (A, "2025-07-02 09:00", "[Response from the manager] Dear guest, thank you! We look forward to welcoming you home again, as a member of our Harbourlight family."),
], "undetermined", "fleeting_acquaintance", "positive", "one_incident;agent_cue;intent_to_return")

H("w051", "Velora Cosmetics", [
    (C, "2025-11-01 09:00", "JUST GOT THE SOLSTICE DROP!!! the holographic lilac liner is so me right now, wore it to work and three people asked. I don't even usually do makeup brands, I go wherever the fun stuff is, but this month it's you babes"),
    (A, "2025-11-01 11:00", "Love this! Tag us @velora_example so we can share your look!"),
    (C, "2025-11-02 20:40", "tagged!! also is the glitter topcoat coming back or was it limited? need it before the party on the 15th"),
], "fling", "", "positive", "paraphrase;all_caps")

H("w052", "StitchHaus", [
    (C, "2025-06-05 12:30", "ok the Neon Garden capsule is UNREAL. ordered the mesh jacket and the lime cargo skirt the minute it dropped at noon, my festival look is sorted. not gonna lie I'd never bought anything from StitchHaus before this, it was just this collection that got me"),
    (A, "2025-06-05 13:00", "Yay! Your order ships tomorrow. Welcome aboard!"),
    (C, "2025-06-19 22:15", "wore it at the festival, got stopped for photos lol. honestly who knows what I'll be into by autumn but right now this is everything"),
], "fling", "fleeting_acquaintance", "positive", "paraphrase")

H("w053", "Lark Streaming", [
    (C, "2025-04-16 21:10", "The app on my Samsung TV takes forever to load and then crashes every time I open the Live tab. Reinstalled twice. Any fix?"),
    (A, "2025-04-16 21:40", "Hi Ravi, sorry about that! Please update the TV firmware; a fix for the Live tab is coming in version 5.2."),
    (C, "2025-04-17 19:00", "Updated, still crashes on Live. Will wait for 5.2 I guess."),
], "undetermined", "", "negative", "passing_use;symptom_frequency")

H("w054", "Harbourlight Hotels", [
    (C, "2025-07-08 14:00", "Hi, we end up at the Harbourlight in Bergen every year or two when we visit my in-laws, it's near their flat and it's fine. Booking 2-5 August again (HB-300918). Is the car park still under the building or did that change?"),
    (A, "2025-07-08 15:00", "Hi Sigrid, the car park is unchanged; 20 NOK per night for guests."),
    (C, "2025-07-08 15:05", "Thanks."),
], "casual_acquaintance", "", "neutral", "paraphrase")

H("w055", "Nimbus Pet Food", [
    (C, "2025-02-17 18:00", "Can I throw an idea at you? We've bought your senior formula for about five years and the one thing I'd change is the bag. A resealable strip like the coffee people use would keep the last third from going stale. I also sketched a scoop that clips inside the bag (photo attached), feel free to steal it."),
    (A, "2025-02-18 09:00", "Hi Gareth, we love this. Our packaging team is testing resealable bags; may we send you samples?"),
    (C, "2025-03-20 17:30", "Samples tested on two fussy greyhounds. Strip works, but it tears if you open it in the cold garage; maybe a thicker film at the corners? Happy to keep testing."),
    (C, "2025-09-02 12:00", "Saw the resealable bag in the shop today, did a small dance in aisle 4. Nice one."),
], "business_partners", "", "positive", "paraphrase")

H("w056", "Brightwater Bank", [
    (C, "2025-01-10 11:00", "Twenty-two years with Brightwater. You shut the Hillfield branch in November, fine. Now my mortgage query goes to a chatbot that asks me if I meant 'mortgage'. I rang the number and waited 55 minutes."),
    (A, "2025-01-10 14:00", "Dear Mr O'Brien, we value your loyalty. Our digital assistant is available 24/7."),
    (C, "2025-01-10 14:20", "'We value your loyalty' is what the chatbot says too. This is what two decades gets you."),
    (C, "2025-03-03 09:00", "For your records: salary now goes to another bank and the mortgage follows when the fix ends. I really used to recommend you to everyone. Shame."),
], "ex_friends", "adversaries", "negative", "agent_cue;quoted_agent_words")

H("w057", "Harbourlight Hotels", [
    (C, "2025-08-20 09:30", "[Review, Harbourlight Algarve, 4/5] We booked the Family Suite for two adults and three kids and it was perfect, two bedrooms and a little kitchen. Kids loved the pool slide. Great for families! Only minus: the kids' club was closed on Sunday."),
    (A, "2025-08-22 10:00", "[Response from the manager] Thank you! Families like yours are what Harbourlight is all about."),
], "undetermined", "", "positive", "product_attribute;family_trip;agent_cue")

H("w058", "Velora Cosmetics", [
    (C, "2025-03-02 20:00", "Nine years, and every single thing in my bathroom is Velora. I'm going to be buried with your cleansing balm, I've told my sister. When you pulled the rose toner in 2022 I bought twelve bottles. I just want you to know there is nobody else for me, no matter how many 'dupes' TikTok throws at me."),
    (A, "2025-03-03 09:00", "Amara, this made our whole team smile. Thank you for loving Velora!"),
    (C, "2025-06-15 19:00", "Rose toner is BACK?!! Best day. Already ordered three. Here's to the next nine years."),
], "marriage_partners", "", "positive", "competitor_mention;paraphrase")

H("w059", "Zephyr Rail", [
    (C, "2025-10-27 06:50", "Morning, I'm travelling to Leeds for work on Tuesday with an off-peak ticket. If my meeting finishes early can I take the 15:10 or only after 16:00? Thanks."),
    (A, "2025-10-27 07:30", "Hi Nadia, off-peak tickets are valid on departures after 15:00 from Leeds, so the 15:10 is fine."),
], "undetermined", "", "neutral", "passing_use;routine_question")

H("w060", "Lark Streaming", [
    (C, "2025-05-12 23:30", "Is there any way to lock or hide one profile? I share the account with two flatmates who think I exclusively watch documentaries about glaciers. I do not. I watch every series of 'Villa of Hearts' the day it drops, at 1am, with headphones. This needs to stay between us."),
    (A, "2025-05-13 09:00", "Hi! Yes: Profile > Lock with PIN. Your secret is safe with us."),
    (C, "2025-05-13 23:55", "PIN set. Season 7 tonight, nobody suspects a thing."),
], "secret_affair", "", "positive", "agent_cue;paraphrase")

H("w061", "Wanderloop", [
    (C, "2025-03-15 16:00", "Hi there, I book through you maybe once a year, when I remember you exist haha. Last time was Porto in 2023 I think. Can I still log in with my old email or do I need a new account?"),
    (A, "2025-03-15 16:30", "Hi Oskar, your account is still active; use Forgot password to reset."),
    (C, "2025-03-15 16:40", "Worked, cheers. Booking Seville for May."),
], "casual_acquaintance", "", "neutral", "paraphrase")

H("w062", "Quillnote", [
    (C, "2025-01-22 22:00", "Quillnote is the best notes app ever made and I want to throw my laptop out of the window about twice a week. Sync conflict again, two versions of my thesis chapter."),
    (A, "2025-01-23 09:00", "Hi Leon, sorry! Version 8.3 improves conflict handling."),
    (C, "2025-02-28 20:15", "I tried to leave. Moved everything to Notara. Came crawling back after four days because nothing else thinks the way Quillnote does. I resent this."),
    (C, "2025-04-03 23:10", "8.3 and I still got a conflict tonight. Still here. Still mad. Still writing my thesis in you."),
], "love_hate", "", "mixed", "paraphrase;competitor_mention")

H("w063", "Hollis & Pike", [
    (C, "2025-09-09 18:30", "Bit of a sentimental order, this. My grandparents' dining table is Hollis & Pike from their wedding in 1962, my parents' sofa is yours too, and my partner and I have just bought our first bed from you for our first flat. Mum joked I'm 'carrying on the family firm'. Could you confirm the delivery slot for order HP-77120?"),
    (A, "2025-09-09 19:00", "Hi Rosa, how lovely! Welcome to the Hollis & Pike family. Delivery is 14 September, 8am-12pm."),
    (C, "2025-09-14 15:00", "Bed is in. Same solid feel as Grandma's table. Thank you."),
], "close_siblings", "old_friends", "positive", "agent_cue;paraphrase")

H("w064", "Tandem Bikes", [
    (C, "2025-04-06 19:00", "[Tandem Owners Forum] Sunday ride report: 23 of us on Tandems of every age from a 1986 Classic to two of the new Voltlines. Tandem HQ sent a mechanic and a van of spares, which was brilliant. Next month the route is up to you lot, post suggestions below."),
    (A, "2025-04-07 09:00", "[Tandem Bikes] Thanks for having us! We'll be there in May too."),
    (C, "2025-05-04 20:00", "[reply] Another cracking one, 31 riders. We raised 640 for the air ambulance between us. Love how the riders and the Tandem folks just muck in together."),
    (C, "2025-06-10 18:30", "[reply] Volunteers wanted for the June tyre-fixing workshop with the Tandem mechanics, new riders especially welcome."),
], "teammates", "old_friends", "positive", "paraphrase;agent_cue")

H("w065", "Mossgrove Coffee", [
    (C, "2025-10-18 13:00", "[Review, Mossgrove Grünerløkka, 5 stars] I love this place! Best cardamom bun I've had in Oslo, and the barista explained the single origin without being snobby. Visiting from Toronto for the week."),
    (A, "2025-10-19 08:00", "[Owner reply] Takk! We hope you'll become a loyal regular whenever you're in town."),
], "undetermined", "fleeting_acquaintance", "positive", "one_incident;textbook_cue;agent_cue")

H("w066", "Quillnote", [
    (C, "2025-06-08 17:20", "Love it when the sync works, which today it didn't. Two pages of meeting notes gone after the update. Is there any version history I can restore from?"),
    (A, "2025-06-08 17:50", "Hi Zeynep, yes: open the note > ... > Version history. Your notes should be there from 16:40."),
    (C, "2025-06-08 18:00", "Found them. Ok."),
], "undetermined", "", "negative", "sarcasm;one_incident")

H("w067", "Brightwater Bank", [
    (C, "2025-02-26 10:00", "Hello, my grandfather banked with Brightwater his whole life, he passed away in January and I am the executor. He was always very proud of his account with you. What documents do I need to close it and move the balance to the estate?"),
    (A, "2025-02-26 11:30", "We're sorry for your loss, Mr Haddad. Please send the death certificate, grant of probate and your ID to bereavement@example.com."),
    (C, "2025-02-26 11:40", "Thank you, will send this week."),
], "undetermined", "", "neutral", "not_a_customer;family_cue;tenure_of_third_party")

H("w068", "Zephyr Rail", [
    (C, "2025-01-30 08:00", "I commute Perth to Edinburgh daily and have been keeping notes on the new app. Three things that would make it much better: show the carriage number for bike spaces before boarding; let season ticket holders add a 'usual train' shortcut; and put platform changes as a push notification, not just on the screen."),
    (A, "2025-01-30 12:00", "Hi Callum, thank you, this is really useful. Would you join our app panel for commuters?"),
    (C, "2025-02-05 18:00", "Count me in. Also noticed the journey planner suggests connections under 3 min at Haymarket, which nobody can make with a bike. Worth a rule?"),
    (C, "2025-05-12 07:55", "Push notification for platform change just saved me this morning. Nice to see it go from panel to phone. Next: delay repay in the app please!"),
], "business_partners", "", "positive", "paraphrase")

H("w069", "Wanderloop", [
    (C, "2025-02-07 03:15", "I'm in Izmir and there's been an earthquake, we're fine but the hotel is evacuated. Booking WL-775430. I don't know what to do."),
    (A, "2025-02-07 03:30", "Hi Selin, we're so glad you're safe. We've found you a room inland and we'll cover it. An agent will call you in 10 minutes."),
    (C, "2025-02-20 12:00", "Home now and I wanted to write properly. You called me every day until I was on the plane, and you told me honestly which flights might not go instead of giving me false hope. I'd only booked with you once before. Now you're the first people I'd ring if anything went wrong anywhere, before my own family honestly."),
    (C, "2025-08-01 09:00", "Booking our summer trip with you, obviously. I just feel safe knowing you've got my back."),
], "best_friends", "", "positive", "paraphrase")

H("w070", "Brightwater Bank", [
    (C, "2025-03-18 12:30", "Hi, I'd like to open a junior saver for my son, born last week. My grandad opened my first account at Brightwater the week I was born, my dad has been with you forty-odd years, so it'd feel wrong to go anywhere else for the little one. What do you need from me?"),
    (A, "2025-03-18 13:00", "Congratulations, Mr Evans! You can open it in the app with his birth certificate."),
    (C, "2025-03-19 20:00", "Done. Four generations now, my dad's quite emotional about it."),
], "close_siblings", "marriage_partners", "positive", "paraphrase")

H("w071", "Kestrel Air", [
    (C, "2025-04-01 10:00", "Hi, honestly I fly whoever is cheapest to Warsaw, but you end up being my pick quite often, crew are always chill. Can I add my Kestrel number to a booking I made last week for the miles?"),
    (A, "2025-04-01 10:30", "Hi Kasia, yes, add it in Manage Booking. Thanks for choosing Kestrel!"),
    (C, "2025-06-12 19:00", "Flew with you again, smooth as usual. Next one's probably with Balto Air because of the times, but see you in autumn I guess."),
], "buddies", "casual_acquaintance", "positive", "textbook_cue_positive_as_usual;paraphrase")

H("w072", "PixelForge", [
    (C, "2025-03-01 02:40", "It's 2:40am and I'm on level 1,812 of Tidepool Match. I open it before I've opened my eyes properly in the morning. Can you add a daily time limit setting? I tried deleting it for a week and lasted two days."),
    (A, "2025-03-01 10:00", "Hi! You can set a reminder in Settings > Wellbeing. Glad you're enjoying Tidepool!"),
    (C, "2025-03-15 01:55", "Reminder set. I tap 'ignore' every night. Just bought the 9.99 gem pack because I couldn't wait for the lives to refill. Please don't send me the double XP weekend notification, I can't resist it."),
], "dealer_addict", "love_hate", "mixed", "paraphrase;agent_cue")

H("w073", "Orbitline Cable", [
    (C, "2025-02-03 19:00", "Internet down again, account OC-11920. That's the third outage since Christmas."),
    (A, "2025-02-03 19:30", "Hi Dev, sorry for the trouble! A technician is scheduled for 10 February."),
    (C, "2025-02-10 13:00", "Technician didn't show. Of course he didn't."),
    (C, "2025-03-02 20:00", "Back on hold. 48 minutes so far. I could set my watch by you lot. Account credit for February was never applied either, so that's a second thing to chase."),
    (A, "2025-03-02 20:50", "Apologies, Dev. Credit of 18.00 has now been applied."),
    (C, "2025-04-15 18:10", "And it's gone again tonight. I'll ring tomorrow, you'll promise a visit, I'll take the morning off. Same dance as always."),
], "adversaries", "", "negative", "paraphrase;sarcasm")

H("w074", "Pebblecart", [
    (C, "2025-07-07 10:00", "Hello, after the update where is the Loyalty tab? I cannot find my points anymore, I had 340. Please help, my English is not so good."),
    (A, "2025-07-07 10:20", "Hi Thi, the Loyalty tab moved to Profile > Rewards. Your 340 points are still there!"),
    (C, "2025-07-07 10:25", "Found it, thank you very much."),
], "undetermined", "", "neutral", "product_attribute;non_native")

H("w075", "Hollis & Pike", [
    (C, "2025-11-11 16:00", "Hi, the Aldgate sofa came today (order HP-80211). There are two deep scratches on the left leg and the cushion cover has a stain. Honestly for 1,400 EUR this is unacceptable. The delivery guys were nice. What can you do? Foto attached."),
    (A, "2025-11-12 09:00", "Hi Giulia, we're sorry. We'll send a repair technician and a new cushion cover this week."),
    (C, "2025-11-19 17:00", "Technician came, leg fixed, cover replaced. Ok."),
], "undetermined", "", "negative", "textbook_cue;one_incident;non_native")

H("w076", "Ferncliff Outdoor", [
    (C, "2025-09-12 19:00", "Field notes after three weeks on the Kungsleden with the Ridge shell and the Tarn 45 pack, in case your design team finds it useful: shell was bombproof in horizontal rain; pit zips are too short to vent while wearing the pack; the hip-belt pocket doesn't fit a modern phone; and please, please keep the old-style side compression straps. Photos attached."),
    (A, "2025-09-13 10:00", "Hi Elin, this is brilliant. Our designer Mark would like to send you the next pack prototype. Interested?"),
    (C, "2025-09-13 11:00", "Absolutely. I'm doing Padjelanta in July, happy to put it through that and write it up the same way."),
    (C, "2026-07-30 20:00", "Prototype report attached. Pocket is perfect now. Belt padding compresses after 100km; I'd try the denser foam from the Tarn 35."),
], "business_partners", "", "positive", "paraphrase")

H("w077", "Ledgerly", [
    (C, "2025-01-14 09:00", "Hello, we're a six-person accountancy practice in Wellington and around forty of our clients are on Ledgerly through our partner account. It covers what we need for GST returns. Question: can we bulk-assign a new staff member to all 40 client files instead of one by one?"),
    (A, "2025-01-14 11:00", "Hi Hemi, yes: Partner Hub > Team > Assign to all. Thanks for being a valued partner!"),
    (C, "2025-01-14 11:20", "Perfect, done in one go. Thanks."),
], "colleagues", "basic_exchange", "neutral", "agent_cue;paraphrase")

H("w078", "PixelForge", [
    (C, "2025-10-01 20:00", "[Ashfall Arena forum > Events] Our guild (Ember Wardens, 60 players) is running the charity stream on the 18th again and this year PixelForge is putting in a custom banner for anyone who donates. Everyone's welcome, bring your mains."),
    (A, "2025-10-02 10:00", "[PixelForge_Community] We're proud to support the Wardens! Devs will join the stream for an hour."),
    (C, "2025-10-19 11:00", "[reply] 4,200 raised for the children's hospital, by us, the other guilds who joined and the dev team playing badly on stream together (sorry, Jonna). Best night this game has had."),
], "teammates", "", "positive", "paraphrase;agent_cue")

H("w079", "Clearpath Credit", [
    (C, "2025-02-05 10:00", "I am writing to dispute, for the fourth time, a late payment on my Northline card account reported for June 2023. I paid on time and have the bank statement. Each time you mark it 'verified' without looking at my evidence."),
    (A, "2025-02-20 09:00", "Dear Ms Oyelaran, the furnisher has verified the information as accurate."),
    (C, "2025-03-01 14:00", "Same answer word for word as in August and November. I will file again and send the statement again, and I'll keep doing it. This is now my hobby apparently."),
    (C, "2025-05-10 16:30", "Fifth dispute filed today, reference CP-D-55190. Looking forward to the copy-paste reply."),
], "adversaries", "", "negative", "paraphrase;sarcasm")

H("w080", "Helio Energy", [
    (C, "2025-03-12 19:00", "[Helio Community Solar > Riverside Street group] Panels on 14 of our 20 roofs now! Helio's engineers did the survey, and we neighbours sorted the paperwork and the scaffold schedule between us. Shout if you're on the street and still undecided."),
    (A, "2025-03-13 09:00", "[Helio] Riverside Street is an inspiration to all our community groups!"),
    (C, "2025-06-21 12:00", "[reply] Midsummer numbers: the street exported 2.1 MWh in May. Helio's dashboard now shows all of us together. Street party on the 28th to celebrate, Helio folks invited."),
    (C, "2025-09-05 18:30", "[reply] Three more houses signed up, so 17 of 20. Helio, can the next batch use the same installer team? They felt like part of the gang by the end."),
], "teammates", "business_partners", "positive", "paraphrase;agent_cue")


# ---------------------------------------------------------------------------
# 3. Checks and output
# ---------------------------------------------------------------------------
def iso(ts):
    return datetime.strptime(ts, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")


def check(expected_n):
    errors = []
    ids = [h["id"] for h in HIST]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids: %s" % [i for i, n in Counter(ids).items() if n > 1])
    if len(HIST) != expected_n:
        errors.append("expected %d histories, got %d" % (expected_n, len(HIST)))
    for h in HIST:
        cid = h["id"]
        if cid not in DRAWN:
            errors.append("%s: id not in draw" % cid)
            continue
        if h["type"] != DRAWN[cid]:
            errors.append("%s: type %s but draw says %s" % (cid, h["type"], DRAWN[cid]))
        if h["type"] not in TYPES + ["undetermined"]:
            errors.append("%s: bad type %s" % (cid, h["type"]))
        if h["second"] and (h["second"] not in TYPES or h["second"] == h["type"]):
            errors.append("%s: bad second %s" % (cid, h["second"]))
        if h["valence"] not in VALENCES:
            errors.append("%s: bad valence %s" % (cid, h["valence"]))
        if not h["brand"]:
            errors.append("%s: no brand" % cid)
        msgs = h["msgs"]
        if not 2 <= len(msgs) <= 8:
            errors.append("%s: %d messages" % (cid, len(msgs)))
        if not any(r == C for r, _, _ in msgs):
            errors.append("%s: no customer message" % cid)
        prev = None
        for r, ts, text in msgs:
            if r not in (C, A):
                errors.append("%s: bad role %s" % (cid, r))
            try:
                t = datetime.strptime(ts, "%Y-%m-%d %H:%M")
            except ValueError:
                errors.append("%s: bad timestamp %s" % (cid, ts))
                continue
            if prev and t <= prev:
                errors.append("%s: timestamps not increasing at %s" % (cid, ts))
            prev = t
            if not text.strip():
                errors.append("%s: empty text" % cid)
    return errors


def main():
    expected = int(os.environ.get("HIST_EXPECTED", "80"))
    errors = check(expected)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    hist = sorted(HIST, key=lambda h: h["id"])
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for h in hist:
            for r, ts, text in h["msgs"]:
                w.writerow([h["id"], h["brand"], r, iso(ts), text])
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for h in hist:
            w.writerow([h["id"], h["type"], h["second"], h["valence"], h["trap"]])
    types = Counter(h["type"] for h in hist)
    n_msgs = sum(len(h["msgs"]) for h in hist)
    n_cust = sum(1 for h in hist for m in h["msgs"] if m[0] == C)
    print("histories: %d, messages: %d (customer %d, agent %d), brands: %d"
          % (len(hist), n_msgs, n_cust, n_msgs - n_cust, len({h['brand'] for h in hist})))
    for t, n in sorted(types.items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (t, n))
    print("valence:", dict(Counter(h["valence"] for h in hist)))


if __name__ == "__main__":
    main()
