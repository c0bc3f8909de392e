#!/usr/bin/env python3
"""Invented training histories xb001..xb080 for relradar (fortysecond set).

Genre: travel loyalty. Hotel and airline programme members (and occasional travellers) writing
e-mails to member services (subject lines, sign-offs, quoted replies), posts on a
frequent-flyer forum (trip reports, confession and nostalgia threads, questions, the brand's
official forum rep answering), hotel and lounge reviews with a written star rating and the
manager's reply, and tweets to brand handles (upgrades, status matches, points devaluation,
elite tiers and their abbreviations, lifetime status). 1 to 6 messages per customer; the brand
answers about half of them. The relationship is told in paraphrase, not in the textbook cue
phrases. All texts, names, handles, brands, programmes, tiers, addresses (example.com) and
numbers are invented. Each history is written under its intended label and checked by the
CODEBOOK's procedure; ids are assigned by a seeded shuffle (seed 4242) of the harness's type
mix so that ids carry no order.

Invented programmes and tiers used in the texts: Northwind Airways Horizon Club (Blue, Silver,
Gold, Sapphire = SPH); Kestrel Atlantic Flightpath (Jade, Onyx; tier points = TPs); Calloway
Hotels Calloway Circle (Select, Premier, Ambassador); Orsino Hotels Orsino Rewards (Diamond);
Halden House Hotels Halden Key (Gold Key); Solenne Airlines Solenne Points; Corvane Miles;
Meridia Miles; Calder Air Skyline.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "xb"
SEED = 4242
TRAPS = TRAPS | {
    "jargon"}   # frequent-flyer abbreviations and slang (SPH, TPs, YQ, IRROPS, lifers,
                # status match, award chart, mileage run)

# where a history was written: an e-mail to member services, a frequent-flyer forum, a hotel
# or lounge review site, Twitter/X
CHANNELS = ("email", "forum", "review", "tweet")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# neutral 7, negative 8, mixed 5, positive 5

# one points question; "loyalty points" is the programme, not loyalty
h("undetermined", "", "neutral", "routine_question;other_type_cue;signature;agent_cues", "Solenne Airlines", "email", [
    ("c", "2025-02-03 09:14", "Subject: loyalty points question\n\nHello, I have 18,400 Solenne Points and want to move some to the Ardent Suites hotel scheme for a trip in May. Is the transfer 1:1, is there a minimum block, and how long does it take to show up? I'd rather not book the room until I know the points have arrived.\n\nThank you,\nPriya Ramcharan"),
    ("a", "2025-02-03 15:40", "Dear Ms Ramcharan, thank you for contacting Solenne Member Services. Transfers to Ardent Suites run at 1 Solenne Point to 1 Ardent point, in blocks of 1,000, and normally arrive within 72 hours. We value your membership and wish you a wonderful trip. Kind regards, Tomasz, Member Services"),
    ("c", "2025-02-03 16:02", "Perfect, that's all I needed. Thanks Tomasz."),
])

# one bad night, very strong words, no stance on the chain
h("undetermined", "", "negative", "strong_words;single_incident;agent_cues", "Pellmore Hotels", "review", [
    ("c", "2025-03-22 08:10", "★☆☆☆☆ Without exaggeration the worst night's sleep I have ever paid for. Room 412 sits directly above the kitchen extractor, which roared from 5am like a jet on take-off. I asked to move at half five and was told the hotel was full. Reception shrugged. The breakfast was fine, the bed was fine, none of it matters when you've slept three hours before a board meeting. Absolutely dreadful."),
    ("a", "2025-03-24 11:00", "Dear guest, we are truly sorry your stay fell short. The extractor above the fourth floor has since been serviced and fitted with a timer. We would love the chance to welcome you again. Imogen Hart, General Manager, Pellmore Leeds Central"),
])

# praise for one crew
h("undetermined", "", "positive", "single_thanks;emoji;hashtag", "Tessaly Air", "tweet", [
    ("c", "2025-04-11 19:33", "Huge shout out to the crew on @TessalyAir TA218 tonight. A passenger two rows up had a panic attack and the purser sat on the floor with her for 20 mins, calm as anything. Then came round with extra biscuits for everyone nearby 🙏 #kindness"),
    ("a", "2025-04-11 20:05", "Thank you for sharing this, we'll make sure the crew hear it. ^RB"),
])

# one missed upgrade, sarcastic
h("undetermined", "", "negative", "sarcasm;single_incident", "Northwind Airways", "tweet", [
    ("c", "2025-05-02 06:48", "@NorthwindAir oh fantastic, number 14 on the upgrade list for a 90 minute hop and the front cabin goes out with 3 empty seats. cracking system you've got there"),
    ("a", "2025-05-02 07:15", "Upgrades clear in order of tier and fare, and on some flights seats are held back for disrupted customers. Sorry it wasn't your day. ^JD"),
])

# lounge review; the cue words are names of lounge areas
h("undetermined", "", "mixed", "mixed_aspects;product_attribute", "Skyhaven Lounges", "review", [
    ("c", "2025-06-09 14:20", "★★★☆☆ Skyhaven, Terminal 2. The good: the showers are spotless with a proper rain head, and the Quiet Room has recliners with actual blankets. The not so good: the hot food was two trays of beige pasta, and the Family Zone was so packed that people were perching on the bins. The Love Seat pods by the window are a cute idea but there are only four of them. Fine for an hour, I wouldn't pay to get in."),
])

# status held with a competitor; asks about a match, no tie to this brand yet
h("undetermined", "", "neutral", "competitor;routine_question;jargon", "Kestrel Atlantic", "forum", [
    ("c", "2025-01-19 21:05", "Does Kestrel still do status matches? I'm Gold with another alliance and I'm moving to a city where Kestrel has the better schedule. Last I read they'd match to Jade for 90 days with a challenge to keep it. Anyone done it recently, and did they want screenshots or a full statement?"),
])

# missing miles; the tier is only in the agent's words and in the quoted reply
h("undetermined", "", "neutral", "routine_question;agent_cues;quoted_reply;signature", "Corvane Airlines", "email", [
    ("c", "2025-07-14 10:02", "Hi, my return flight CV 771 on 2 July hasn't credited to my account (member no. 55 201 884). Boarding pass attached. Could you add the miles please?\n\nBest,\nDaniel Okafor"),
    ("a", "2025-07-16 09:30", "Dear Mr Okafor, thank you for your message. We have added 2,140 miles and 30 tier credits for CV 771. As a valued Gold member you can also request missing credit in the app under My Account > Claim. Regards, Corvane Miles Service"),
    ("c", "2025-07-16 09:51", "Got it, showing now.\n\nDaniel\n\n> As a valued Gold member you can also request missing credit in the app under My Account > Claim."),
])

# one wrong charge, told calmly
h("undetermined", "", "negative", "single_incident;signature;negation", "Orsino Hotels", "email", [
    ("c", "2025-08-05 17:45", "Subject: Incorrect charge, reservation 7K2-99310\n\nHello,\n\nI checked out of the Orsino Canal Street on 1 August and have just seen a charge of 68.00 for 'minibar' on my card. I did not open the minibar; I didn't even find the key for it. Please reverse the charge and send me a corrected folio.\n\nKind regards,\nHelen Vasquez"),
    ("a", "2025-08-07 10:12", "Dear Ms Vasquez, apologies for the error. The minibar charge has been reversed and a corrected folio is attached; the refund should show in 3-5 working days. Orsino Guest Relations"),
])

# "I LOVE this place" about one stay
h("undetermined", "", "positive", "strong_words;other_type_cue;caps", "Casa Ferro Hotels", "review", [
    ("c", "2025-09-13 22:30", "★★★★★ I LOVE this place!!! Our room looked straight over the bay, the bed was a cloud, and the woman at the desk wrote us a list of tapas bars by hand. Breakfast on the terrace was the highlight of the whole holiday. Perfect, perfect, perfect."),
])

# trip report, good seat, bad food
h("undetermined", "", "mixed", "mixed_aspects;jargon;other_type_cue", "Aurelian Air", "forum", [
    ("c", "2025-10-02 12:00", "Trip report: Aurelian business, outbound on the new 787 and back on the old A330. Seat on the 787 is excellent, direct aisle access, a door that actually closes. Catering was a letdown both ways: a cold 'lamb tagine' that had clearly never met a tagine, and they ran out of the second choice by row 4. Crew outbound were lovely; inbound the purser was snapping at people. Paid 95k points plus about 410 in YQ, which still stings. Net: would do the 787 again, would avoid the 330."),
])

# one lost bag, shouting
h("undetermined", "", "negative", "caps;single_incident;strong_words", "Rundle Air", "tweet", [
    ("c", "2025-11-18 23:10", "@RundleAir THREE DAYS and still no bag. no call, no email, the tracker says 'located' and nothing else. i have a wedding on saturday and my suit is in there. this is beyond a joke"),
    ("a", "2025-11-18 23:31", "We're sorry. Please DM your file reference and we'll chase the station first thing in the morning. ^MS"),
    ("c", "2025-11-19 08:02", "DM'd. file ref RA-55102. please actually chase it"),
])

h("undetermined", "", "neutral", "routine_question", "Meridia Air", "tweet", [
    ("c", "2025-01-08 13:55", "@MeridiaAir hi, how do I add my known traveller number to a booking made through a travel agent? app won't let me edit it"),
    ("a", "2025-01-08 14:20", "Hi! Use Manage Booking with the 6-character reference; if it's locked, send us the reference by DM and we'll add it for you. ^AL"),
    ("c", "2025-01-08 14:26", "sorted, thank you"),
])

# one thank-you to member services
h("undetermined", "", "positive", "single_thanks;agent_cues;signature", "Isola Air", "email", [
    ("c", "2025-02-27 08:30", "Dear Member Services,\n\nJust a note to say thank you to whoever dealt with my ticket last week. My passport has my middle name and the booking didn't, and I was dreading being turned away at the gate. Someone called me back within the hour and had it reissued before I'd finished my coffee. Brilliant service.\n\nWarm regards,\nFrancesca Delmonte"),
    ("a", "2025-02-28 09:00", "Dear Ms Delmonte, thank you so much for taking the time to write; we have passed your kind words to Marek, who handled your case. It's always a pleasure to help. Isola Member Services"),
])

# devaluation rant, no tie stated
h("undetermined", "", "negative", "strong_words;idiom;jargon", "Halcyon Jet", "forum", [
    ("c", "2025-03-04 19:40", "So the new Halcyon award chart landed overnight with zero notice. Long-haul business to Asia goes from 70k to 105k each way, with 'dynamic pricing' on top for anything near a school holiday. Daylight robbery dressed up as 'more choice for members'. Whoever signed this off should be made to sit in the last row for a month."),
])

# "love the colour", a rattling air con every cycle
h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;symptom", "Ardent Suites", "review", [
    ("c", "2025-04-20 10:05", "★★★☆☆ Love the colour scheme, all teal and brass, and the kitchenette is genuinely useful for a week's stay. But the air con clanks every single time it cycles, roughly every twenty minutes all night, and the 'fixed' note from maintenance on day two changed nothing. Good location, shame about the sleep."),
    ("a", "2025-04-22 09:30", "Thank you for your feedback. We have replaced the fan unit in the suite you stayed in. Ardent Suites Riverside"),
])

# a travel consultant writing for a client: not the customer
h("undetermined", "", "neutral", "third_party;routine_question;signature", "Calloway Hotels", "email", [
    ("c", "2025-05-12 11:11", "Hello,\n\nI'm a travel consultant booking on behalf of a client, Mr J. Albrecht, who holds a Calloway Circle account. He'd like his five nights in Vienna next month credited to that account, but the booking was made through our agency system. Can the member number be added at check-in, or does it need to go on the reservation now?\n\nRegards,\nNadia Rothwell\nRothwell Travel"),
    ("a", "2025-05-13 08:45", "Dear Ms Rothwell, the member number can be added to the reservation at any time before check-out, either by you or by Mr Albrecht at the desk. Calloway Reservations"),
])

# cabin crew writing about the job
h("undetermined", "", "negative", "employee", "Vantor Airways", "forum", [
    ("c", "2025-06-01 01:20", "Posting from an alt for obvious reasons. I'm cabin crew at Vantor, nine years in. The new rostering lets them change our days off with 48 hours' notice and the 'fatigue report' button might as well be decoration. Passengers ask why we look shattered on the early Lisbon turn: this is why. Management hasn't worked a trip with us since before the pandemic."),
])

# a bare retweet of a promo full of warm words
h("undetermined", "", "neutral", "retweet;other_type_cue", "Brightwing", "tweet", [
    ("c", "2025-07-07 08:00", "RT @BrightwingAir: To our loyal members: we love having you on board 💛 Double points on every flight this July, register in the app #BrightwingJuly"),
])

# "addictive" scones, "my partner", a frosty desk
h("undetermined", "", "mixed", "other_type_cue;idiom;mixed_aspects", "Gatehouse Lounges", "review", [
    ("c", "2025-08-16 07:15", "★★★☆☆ The cheese scones are dangerously addictive and the barista knew what a flat white was, which is rare airside. Then the woman on the front desk made my partner wait ten minutes while she finished a personal call, and told us we'd have to leave after exactly two hours. Good snacks, frosty welcome."),
])

# one upgrade that vanished; asks for an explanation only
h("undetermined", "", "negative", "single_incident;negation;signature", "Quayside Hotels", "email", [
    ("c", "2025-09-03 20:00", "Hello,\n\nOur confirmation email for Quayside Harbourfront said a sea-view upgrade was confirmed. At check-in on Friday we were given a room over the car park and told the upgrade 'wasn't in the system'. I'm not asking for compensation and I don't need a manager to ring me. I'd just like to understand how a confirmation can say one thing and the hotel do another.\n\nThanks,\nOwen Price"),
    ("a", "2025-09-05 10:20", "Dear Mr Price, thank you for raising this. The upgrade was offered by a third-party booking site and was not passed to the hotel; we have asked them to correct their confirmations. Quayside Guest Care"),
])

# one great stay and "we'll be back": intent after one stay, at most fleeting
h("undetermined", "fleeting_acquaintance", "positive", "single_incident;occasion", "Kintra Hotels", "review", [
    ("c", "2025-10-11 16:00", "★★★★★ Two nights for a friend's wedding. Staff remembered our names from the first morning, the room was spotless and the breakfast pastries are made in house. We'll definitely be back next time we're in the area."),
])

# "just love spending my saturday" is sarcasm; the repeats are of one delay
h("undetermined", "", "negative", "sarcasm;other_type_cue;hashtag", "Zephyra Airlines", "tweet", [
    ("c", "2025-11-29 15:42", "just love spending my saturday at gate 22 watching @ZephyraAir push the departure back in 20 minute slices. 4th delay notice and counting #ZephyraTime"),
    ("a", "2025-11-29 15:58", "So sorry for the wait, the inbound aircraft needed a part swapped. Current estimate is 16:40. ^TK"),
])

# a bug that happens every time, and praise for the new app
h("undetermined", "", "mixed", "bug_report;symptom;mixed_aspects;signature", "Lyra Airlines", "email", [
    ("c", "2025-12-02 09:30", "Hi team,\n\nBug report on the Lyra app (version 6.2, Android). Every time I try to pay for an award seat with points plus cash, the payment screen spins and then throws me back to the search. Tried three cards and two networks. Annoying, because otherwise the new app is a big step up: the seat map is clear and the boarding pass finally works offline.\n\nCheers,\nSam"),
    ("a", "2025-12-02 15:10", "Hi Sam, thanks for the detail. This is a known issue with points-plus-cash on Android 6.2; a fix is in 6.2.1, due next week. Lyra Digital Support"),
])

# a general question about lifetime status, no own history
h("undetermined", "", "neutral", "routine_question;jargon", "Northwind Airways", "forum", [
    ("c", "2025-01-28 22:10", "Quick one for the lifers: do bonus miles from the credit card count towards lifetime status with Northwind, or only flown miles? The terms page says 'qualifying activity' and I can't find a definition anywhere."),
    ("a", "2025-01-29 09:05", "Hi, Horizon Club here. Only miles flown on Northwind and partner flights count towards lifetime tiers; card bonuses do not. — Priya, Horizon Club team"),
])

# one good flight in a new seat
h("undetermined", "", "positive", "single_incident;emoji", "Pelagia Airways", "tweet", [
    ("c", "2025-02-14 06:20", "sat in 2A on @PelagiaAir's new overnight seat, slept a solid 7 hours and woke up to actually decent coffee. whoever designed that pillow deserves a raise ☕✈️"),
])

# ================================================================ adversaries (4)

# a voucher chased round after round, and she expects the next round
h("adversaries", "", "negative", "paraphrase;quoted_reply;signature", "Corvane Airlines", "email", [
    ("c", "2025-01-06 08:55", "Subject: Travel voucher CV-V-20931, once more\n\nHello,\n\nThis is the third time since October I'm writing about the same voucher. It was issued for the cancelled Porto flight, it shows as 'pending activation' and your website refuses it. Each time someone tells me it will be fixed in 7-10 days. Could someone please actually activate it?\n\nRegards,\nMarta Lindqvist"),
    ("a", "2025-01-09 10:00", "Dear Ms Lindqvist, we apologise for the inconvenience. Your voucher has been escalated and will be activated within 7-10 working days. Corvane Customer Relations"),
    ("c", "2025-02-03 09:20", "Hello,\n\nFive weeks later, still pending. I have screenshots from every round of this and I'm starting to think I'll be filing them with my tax returns.\n\n> Your voucher has been escalated and will be activated within 7-10 working days.\n\nHeard that one before.\n\nRegards,\nMarta Lindqvist"),
    ("a", "2025-02-05 14:00", "Dear Ms Lindqvist, the voucher is now active. We're sorry for the delay. Corvane Customer Relations"),
    ("c", "2025-04-22 18:10", "Hello,\n\nWell, here we go. I used the voucher for the June flight to Split and the booking has been put 'under review' with seat selection locked. I know how this goes by now: three emails, two phone calls, a month. Consider this email one.\n\nRegards,\nMarta"),
])

# a ritual of missing partner miles, keeps crediting there
h("adversaries", "", "negative", "paraphrase", "Northwind Airways", "forum", [
    ("c", "2025-03-30 20:15", "Filed my sixth missing-miles claim of the year for Northwind partner flights this morning. The routine never changes: the partner flight doesn't post, the online form says 'we can't find that flight', I send the e-ticket, they ask for the boarding pass, I send the boarding pass, eight weeks later half the miles appear. I still credit there because the perks on the home carrier are worth it, but I've learned to treat every partner ticket as a dispute waiting to happen."),
    ("a", "2025-03-31 09:40", "Hi, sorry to hear this. If you message me your member number I'll look into why partner credits aren't matching automatically. — Dana, Horizon Club team"),
])

# month after month of the same fee, still booking them, expects the next round
h("adversaries", "", "negative", "paraphrase;emoji;hashtag", "Pellmore Hotels", "tweet", [
    ("c", "2024-11-02 12:10", "@PellmoreHotels month 2 of trying to get the 'destination fee' you charged me in Bath refunded. you said it'd be gone by halloween. it is now november 🎃"),
    ("a", "2024-11-02 12:40", "Hi, sorry for the wait. Please DM us your booking number and we'll look into it. ^CH"),
    ("c", "2024-12-05 09:00", "@PellmoreHotels month 3. the DM thread is now longer than my actual stay was. still no refund"),
    ("c", "2025-01-14 17:30", "@PellmoreHotels and now the Manchester stay has the same fee on it. every booking with you comes with a free side quest #PellmoreFees"),
    ("a", "2025-01-14 18:05", "Sorry to hear this. We've added the Manchester booking to your open case and asked the hotel to review the fee. ^CH"),
    ("c", "2025-02-20 08:15", "@PellmoreHotels the Bath refund finally landed, 111 days later. Manchester still 'under review'. same time next month for that one then, no doubt"),
])

# a spreadsheet kept because the tier points go missing every year
h("adversaries", "", "negative", "paraphrase;signature;jargon;sarcasm", "Kestrel Atlantic", "email", [
    ("c", "2025-06-18 07:50", "Subject: Tier points for 2025 (member 7731 0042)\n\nHello,\n\nYour statement has me at 1,180 TPs; my own spreadsheet says 1,420. The missing 240 are the two Lisbon returns in March. I keep the spreadsheet precisely because this happens every year: last year it was the Dubai trip, the year before the codeshare to Oslo. Could you add them before the requalification date, please? Itineraries attached.\n\nBest,\nRavi Menon"),
    ("a", "2025-06-20 10:00", "Dear Mr Menon, we have added 240 tier points for your March flights. Your balance is now 1,420. Kestrel Flightpath Service"),
    ("c", "2025-06-20 10:30", "Thank you. See you next June for the annual ritual.\n\nRavi"),
])

# ================================================================ enemies (4)

# a verdict on the company and a warning to everyone
h("enemies", "", "negative", "paraphrase;strong_words", "Ostra Hotels", "review", [
    ("c", "2025-02-10 21:00", "★☆☆☆☆ Ostra as a company is rotten from the booking engine to the front desk. Charged twice, room given away at 10pm, and their 'guest care' line hangs up after forty minutes. Don't hand these people your card. I've already told my whole office to strike Ostra off the list and I'll keep telling anyone who'll listen."),
    ("a", "2025-02-12 09:15", "We're sorry to read this. Please contact our guest care team at care@ostra.example.com with your booking reference. Ostra Hotels"),
])

# nine months for a refund, tells everyone to fly anyone else
h("enemies", "", "negative", "paraphrase;caps", "Halcyon Jet", "tweet", [
    ("c", "2025-05-20 13:00", "@HalcyonJet nine months. NINE MONTHS to refund a flight YOU cancelled. you people are a menace. anyone reading this: book literally any other airline, it's not worth the gamble"),
    ("a", "2025-05-20 13:25", "We're sorry for the delay in processing your refund. Please DM your booking reference so we can investigate. ^PB"),
    ("c", "2025-05-20 13:40", "no. I'm done DMing you. the chargeback's filed and you'll never see another penny from this household"),
])

# a warning to the forum after repeated trouble: enemies over adversaries
h("enemies", "adversaries", "negative", "paraphrase;strong_words", "Orsino Hotels", "forum", [
    ("c", "2025-07-01 18:00", "PSA for anyone thinking of chasing Orsino Rewards status this year: don't. The points expire silently if you miss one quarter, the 'guaranteed' late checkout is refused at every property I've tried, and member services exists to wear you down. I've cancelled their co-branded card, moved next month's bookings elsewhere, and I'd encourage everyone here to do the same."),
    ("c", "2025-07-02 09:15", "To the person asking whether it's worth it just for the free breakfast: it isn't. Take your nights to any chain that honours its own terms."),
])

# a long fight that ends in leaving and warning others
h("enemies", "adversaries", "negative", "paraphrase;signature;quoted_reply", "Vantor Airways", "email", [
    ("c", "2025-03-03 10:00", "Subject: Complaint ref VA-C-118204\n\nHello,\n\nMy wheelchair was left at the departure airport on 24 February and returned damaged four days later. I'd like the repair covered (quote attached, 340.00).\n\nRegards,\nGraham Whitlock"),
    ("a", "2025-03-10 11:00", "Dear Mr Whitlock, we are sorry to hear about your experience. Your case has been passed to our baggage team. Vantor Customer Care"),
    ("c", "2025-04-02 08:30", "Hello,\n\nA month on and nothing from the baggage team. Please give me a date.\n\nRegards,\nGraham Whitlock"),
    ("a", "2025-04-15 16:20", "Dear Mr Whitlock, the baggage team requires the original purchase receipt for the wheelchair before they can proceed. Vantor Customer Care"),
    ("c", "2025-04-16 07:45", "Hello,\n\nThe chair is eleven years old; there is no receipt. I sent the repair quote in March.\n\n> the baggage team requires the original purchase receipt for the wheelchair\n\nThat is the third new condition in six weeks, and I've had enough. I will not fly Vantor again, I've cancelled the October booking, and the full correspondence is going to the disability charity I volunteer with so they can warn their members. I'd rather spend two days on trains.\n\nGraham Whitlock"),
])

# ================================================================ ex_friends (4)

# the one who recommended them at every dinner party, status let go
h("ex_friends", "", "negative", "paraphrase;loyal_grievance", "Calloway Hotels", "forum", [
    ("c", "2025-04-08 22:40", "I was the bore at dinner parties who'd tell you to book Calloway. Ambassador for eight straight years, knew the night managers in three cities by name. Since the merger the suite upgrades have vanished, breakfast is a voucher for the lobby café, and the Ambassador line goes to a call centre that reads scripts at me. That's the reward for all those nights, apparently. I let the status lapse this year and honestly I don't miss it, which is the saddest part."),
])

# lifetime status cut back after decades; betrayal, leaving
h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;tenure_for_complaint;signature;agent_cues", "Kestrel Atlantic", "email", [
    ("c", "2025-08-12 09:00", "Subject: Lifetime Onyx, lounge access withdrawn\n\nDear Sir or Madam,\n\nI have flown Kestrel since 1996. I reached lifetime Onyx in 2014 on the strength of a promise printed on your own website that it would never be reduced. This morning's email tells me that from January lifetime members lose lounge access on short-haul. I defended this airline through two strikes and a bankruptcy scare. I recommended you to everyone I worked with. This is the thanks.\n\nYours faithfully,\nAlan Brooke"),
    ("a", "2025-08-15 14:00", "Dear Mr Brooke, thank you for your many years of loyalty; we truly value our lifetime members. The change allows us to reduce crowding in our short-haul lounges and invest in the long-haul experience. Kestrel Flightpath Service"),
    ("c", "2025-08-15 20:00", "Dear Sir or Madam,\n\nA form letter. Of course. The man who once wrote to your chairman to praise his crews is now writing to tell you he has booked his next three trips on another carrier and doesn't much care where the miles end up.\n\nAlan Brooke"),
])

# a family's summer place that is no longer the place they fell for
h("ex_friends", "", "negative", "paraphrase;negation;agent_cues", "Verano Resorts", "review", [
    ("c", "2025-07-28 19:00", "★★☆☆☆ We've done the last week of July at Verano Cala Fina since our eldest was in nappies, and she's nineteen now. Every one of those summers it felt as though the staff had been waiting for us. This year half the pool was roped off for a paid 'cabana club', the restaurant is a buffet under heat lamps, and nobody could tell us when the kids' club had closed down. It isn't the place we fell for, and I don't think we'll book it for next summer."),
    ("a", "2025-07-30 10:30", "Dear guest, thank you for so many summers with us; our Verano family will miss you. We have shared your comments about the pool area with our management team. Rafael Ortiz, Resort Manager"),
])

# nine years, a fond tweet, then the devaluation and the move
h("ex_friends", "", "negative", "paraphrase;evolving;emoji;typos;sarcasm;competitor", "Brightwing", "tweet", [
    ("c", "2024-09-14 07:00", "@BrightwingAir 9 yrs of flying you to see my folks and the gate crew at Ashby still know me by my coffee order. never change ☕"),
    ("c", "2025-03-02 21:15", "@BrightwingAir so the points from those 9 yrs of trips are now worth about half, and the ashby desk is a self service kiosk. cheers for that"),
    ("c", "2025-05-19 08:40", "@BrightwingAir moved my card spend and my summer trips to the other lot. didnt want to, you made it easy"),
])

# ================================================================ marriage_partners (4)

# 600 nights, pays the difference rather than sleep elsewhere
h("marriage_partners", "", "positive", "paraphrase;signature;competitor", "Halden House Hotels", "email", [
    ("c", "2025-01-22 18:00", "Dear Halden team,\n\nEleven years, somewhere north of 600 nights, and every one of them under a Halden roof. When my firm moved its travel contract to another chain last spring I simply paid the difference out of my own pocket rather than sleep anywhere else. I'm writing because I reached Gold Key for life yesterday and I wanted to tell someone who'd understand: you are my hotel, full stop, and I intend to keep it that way until they carry me out.\n\nWarmly,\nCatherine Doyle"),
    ("a", "2025-01-23 09:30", "Dear Ms Doyle, congratulations on Lifetime Gold Key, and thank you. Letters like yours are passed round the whole team. We look forward to welcoming you for the next 600 nights. Halden Guest Relations"),
])

# a million miles, a rival's offer binned
h("marriage_partners", "", "positive", "paraphrase;emoji;competitor;jargon;agent_cues", "Kestrel Atlantic", "tweet", [
    ("c", "2025-03-15 16:20", "@KestrelAtlantic a million miles today, every one of them in your seats. had a status match offer from a rival last year and binned it without opening the terms. here's to the second million ✈️❤️"),
    ("a", "2025-03-15 16:41", "A million miles! Thank you for every one of them, we're proud to be part of your journeys. ^SO"),
])

# fourteenth anniversary, fourteenth stay, never considered elsewhere
h("marriage_partners", "old_friends", "positive", "paraphrase;occasion", "Casa Ferro Hotels", "review", [
    ("c", "2025-06-21 12:00", "★★★★★ Fourteenth anniversary, fourteenth stay at Casa Ferro Sóller. We honeymooned here and have never once considered spending the week anywhere else; friends keep sending us brochures for other islands and we keep ignoring them. The room, the almond cake, Joana at the bar who pours my husband's gin before he's sat down: we're theirs for as long as they'll have us."),
])

# every egg in one basket; defends it on the forum
h("marriage_partners", "best_friends", "positive", "paraphrase;negation;competitor;idiom", "Orsino Hotels", "forum", [
    ("c", "2025-09-08 20:00", "Every few months someone on here asks why anyone would put every night with one chain. I'll be the one to answer. I've had Diamond with Orsino since 2017. Another group offered to match me last autumn with a bonus on top and I said no thanks before the rep had finished the sentence. When my flight was cancelled in Osaka at midnight, the Orsino desk found me a room in a sold-out city and sent up noodles. I'm not going anywhere."),
    ("c", "2025-09-09 08:30", "@roamingrob fair point about the breakfast downgrade, it annoyed me too. Doesn't change a thing for me. All my eggs are in that basket and they've never once dropped it."),
])

# ================================================================ master_slave (3)

# top tier, preferences not honoured, wants the GM to call, and on time
h("master_slave", "", "negative", "paraphrase;signature", "Calloway Hotels", "email", [
    ("c", "2025-02-18 23:50", "Subject: Arrival at Calloway Park Lane this evening\n\nTo whom it may concern,\n\nI arrived at 9pm to a standard room, a desk clerk who had to ask how to spell my name, and no sign of the preferences that have sat on my profile for six years: high floor, feather-free pillows, sparkling water. Someone at the top tier of your programme should not have to recite these at every arrival. I assume the hotel has read my profile before I walk in, not after I've complained. I'd like a call from the general manager tomorrow morning, not an email, and I'd like to know what you intend to do about it.\n\nRegards,\nR. Castellane"),
    ("a", "2025-02-19 08:15", "Dear Mr Castellane, please accept our sincere apologies. Our General Manager, Ms Odile Perrin, will call you at 10am. Calloway Park Lane"),
    ("c", "2025-02-19 12:30", "She called at 10:25. I'll leave it there.\n\nRegards,\nR. Castellane"),
])

# six years at the top tier, asked to show the card
h("master_slave", "", "negative", "paraphrase;caps;jargon", "Northwind Airways", "tweet", [
    ("c", "2025-06-30 10:05", "@NorthwindAir six years at SPH and your Geneva agent asked me to PROVE it by showing the card. I fly more with you in a month than she'll fly in her life. I want a senior person to contact me today, not a form link."),
    ("a", "2025-06-30 10:30", "We're sorry for your experience at Geneva. A member of our Sapphire team will call you today. ^LN"),
    ("c", "2025-06-30 10:34", "make sure they've read my file before they dial"),
])

# a lounge review from the top of the ladder: recognition at the door
h("master_slave", "", "negative", "paraphrase;mixed_aspects", "Aurelian Air", "review", [
    ("c", "2025-10-19 18:40", "★★☆☆☆ Aurelian's flagship lounge, reviewed as someone at the top of their ladder. The food is good, I'll give them that. What isn't good is being made to queue at the door behind a tour group on day passes, then being seated next to the buffet while the 'private' area sat empty. I spend more with this airline than most small companies do and I expect to be recognised at the door and greeted by name, not waved through like a boarding card at a scanner. Someone from the Gold desk should be standing there."),
])

# ================================================================ basic_exchange (3)

# sorts by price; flies whoever is cheapest, usually this one
h("basic_exchange", "", "positive", "paraphrase;competitor;negation", "Tessaly Air", "forum", [
    ("c", "2025-05-05 13:00", "Contrarian view for this board: I don't collect anything. Every trip I sort the search by price, and nine times out of ten that's Tessaly on the routes I fly. Seats are seats, they leave roughly on time, the bag turns up at the other end. If someone undercuts them next year I'll fly that someone. Status is a hobby I can't be bothered with."),
])

# third of the chain on one road trip; plans the route by them
h("basic_exchange", "", "positive", "paraphrase;competitor", "Brannock Inns", "review", [
    ("c", "2025-08-02 09:00", "★★★★☆ Third Brannock on this road trip and they're all the same, which is the point. Clean room, decent shower, free parking, a kettle, done, for roughly half what the big-name places in town want. Nothing fancy. We plan the route around them now."),
])

# default for site visits while the rates stay sane: value, the trips are the occasion
h("basic_exchange", "colleagues", "positive", "paraphrase;for_work_occasion", "Lumen Stay", "tweet", [
    ("c", "2025-11-04 21:30", "@LumenStay no frills, comfy bed, wifi that works and a price my expense claim doesn't flinch at. you've been my default for site visits all year and that won't change while the rates stay sane"),
])

# ================================================================ old_friends (3)

# since 1998, the same lift and almonds, an old cardigan
h("old_friends", "", "positive", "paraphrase;agent_cues;occasion", "Marlow Collection", "review", [
    ("c", "2025-03-09 15:00", "★★★★★ I first stayed at the Marlow on Aldgate in 1998, on a business trip with my late husband tagging along, and I've been back most years since. The lift still creaks on the third floor, the porter still says 'madam' in that particular way, the bar still puts out the little bowl of salted almonds. The carpets are new, thankfully. Walking into that lobby is like pulling on an old cardigan."),
    ("a", "2025-03-11 10:00", "Dear Mrs Aldous, what a lovely review to read; we hope to see you for many more years. The Marlow Aldgate team"),
])

# a nostalgia thread; "used to" is about a captain
h("old_friends", "", "positive", "paraphrase;other_type_cue", "Northwind Airways", "forum", [
    ("c", "2025-04-27 21:00", "Nostalgia thread. I took my first Northwind flight out of Ashby in 1989 on the old turboprop with the orange seats, and I've been on one of theirs most months since. I miss the hot scones on the morning shuttle and the captain who used to read out the cricket scores. The planes are shinier now and the app beats the old paper ticket wallet, but boarding one still gives me that small-town, nothing-has-changed feeling. Anyone else still have the little plastic wings they handed out to kids?"),
])

# twenty-six years of work trips, a thank-you on retiring
h("old_friends", "", "positive", "paraphrase;signature;agent_cues;for_work_occasion", "Solenne Airlines", "email", [
    ("c", "2025-12-01 10:00", "Dear Solenne,\n\nI retire on Friday after thirty-one years of selling industrial pumps, and for twenty-six of them your planes carried me to the customers. I've eaten more of your chicken-or-pasta than my wife's cooking, and I mean that as a compliment to you, not an insult to her. I wanted to say thank you before I hang up the roller bag: the Thursday night flight home was the best part of many a hard week.\n\nKind regards,\nBernard Kowalczyk"),
    ("a", "2025-12-02 09:00", "Dear Mr Kowalczyk, congratulations on your retirement and thank you for twenty-six years with us. We would love to mark the occasion: your next return flight is on us. Solenne Member Services"),
    ("c", "2025-12-03 11:20", "That's very kind. Leisure trips from now on, and I suspect plenty of them will still start at gate 9.\n\nKind regards,\nBernard"),
])

# ================================================================ fleeting_acquaintance (3)

# a first flight after a decade with another carrier; would try again
h("fleeting_acquaintance", "", "positive", "paraphrase;competitor", "Pelagia Airways", "review", [
    ("c", "2025-05-24 11:00", "★★★★☆ My maiden flight with Pelagia after a decade of flying the same carrier out of habit. Check-in took four minutes, the seat pitch was better than I'm used to and the crew actually smiled. Coffee was grim. Not ready to move my whole life over, but I'll give them another go on the next trip."),
])

# joined last week, has not stayed yet, asks what to know
h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Calloway Hotels", "forum", [
    ("c", "2025-06-14 19:20", "Total newbie here. Joined Calloway Circle last week because I've got five nights in Lisbon for a wedding in September and a friend said I'd be daft not to. I haven't stayed with them yet. What's worth knowing? Is it true you can ask for late checkout as a basic member, and do the points expire?"),
    ("a", "2025-06-15 09:10", "Welcome aboard! Late checkout for Circle members is on request, subject to availability; points stay active as long as you have one stay or purchase every 24 months. — Jonas, Calloway Circle team"),
])

# never been in one before tonight; might make it a habit
h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;negation", "Quayside Hotels", "tweet", [
    ("c", "2025-08-23 22:15", "never set foot in a @QuaysideHotels before tonight, booked it off a friend's tip for a night in Whitby. pretty impressed, gotta say, the room smells of the sea in a good way 🌊 might make it a habit"),
])

# ================================================================ love_hate (3)

# swears every January to walk away, requalifies every December
h("love_hate", "", "mixed", "paraphrase;jargon;idiom", "Northwind Airways", "forum", [
    ("c", "2024-12-10 22:00", "Annual confession: booked two pointless round trips to Carrow this weekend to scrape Gold for another year. Every January I tell myself this is the year I walk away from Northwind: the IRROPS handling is a joke, the app logs me out mid check-in, they bumped me twice this autumn. And every December here I am doing mileage runs for them like a fool, because when it works, the crews and the lounges make me weirdly happy."),
    ("c", "2025-01-05 09:00", "Requalified. Already furious with them about a schedule change. See you all next December."),
])

# "done with you", then back because of the crews, then cross again and not
h("love_hate", "", "mixed", "paraphrase;caps;emoji;evolving", "Zephyra Airlines", "tweet", [
    ("c", "2025-02-02 07:10", "@ZephyraAir 3rd cancelled trip this year, I am DONE with you"),
    ("c", "2025-02-27 18:30", "@ZephyraAir ...booked you again because nobody else flies to Palma direct and your crews are honestly the nicest in the sky. annoyed at myself that I'm back 😩"),
    ("a", "2025-02-27 18:45", "We're glad to have you back on board! ^MK"),
    ("c", "2025-04-12 09:00", "@ZephyraAir delayed 3h. on the flight I rebooked after the cancellation. and yet the cabin crew had me laughing the whole way so I can't even stay cross. this relationship is exhausting"),
])

# raves to friends, swears in taxis, never manages to leave
h("love_hate", "", "mixed", "paraphrase;signature", "Orsino Hotels", "email", [
    ("c", "2025-10-30 23:00", "Subject: Feedback, of a sort\n\nHello,\n\nYou're the hotel group I rave about to friends and the one I swear at in taxis. Your rooms in Rome and Kyoto are the best I've slept in, and for four years I've tried to tear myself away from you after every billing mess, every upgrade that evaporates at check-in, every call-centre loop. I never manage it. This week it was a double charge in Madrid, again, and I've already booked Milan with you for December. I genuinely don't know what's wrong with me.\n\nBest,\nLena Haas"),
    ("a", "2025-11-01 10:00", "Dear Ms Haas, we're sorry about the Madrid charge, which has now been refunded. Orsino Guest Relations"),
])

# ================================================================ business_partners (2)

# three ideas for the award search; offers to test
h("business_partners", "", "positive", "paraphrase;signature;other_type_cue", "Lyra Airlines", "email", [
    ("c", "2025-03-18 21:00", "Subject: Three ideas for the award search\n\nHi,\n\nI use the Lyra award search a few times a week (I plan the trips for my extended family), so here are three things that would save me, and I suspect your call centre, a lot of time:\n1. A month view showing the cheapest points price for each day, instead of one date at a time.\n2. A filter to hide itineraries with overnight layovers.\n3. Let me hold an award for 24 hours, as you already do with cash fares.\nI'd gladly try out early versions of any of these; I keep notes on every search that goes wrong.\n\nBest,\nTheo Markides"),
    ("a", "2025-03-20 12:00", "Dear Mr Markides, thank you, these are excellent ideas and I've shared them with our digital product team. A month view is in development; may we contact you about a test group? Lyra Member Services"),
    ("c", "2025-03-20 19:45", "Yes please, sign me up. And when the month view goes live I'll send you a list of routes where the prices come out wrong, I've got a few already.\n\nTheo"),
])

# notes and sketches for the club floors, sent to the forum rep
h("business_partners", "", "positive", "paraphrase", "Calloway Hotels", "forum", [
    ("c", "2025-09-20 14:00", "@CallowayJonas since you asked for member input on the new club floors: I've stayed on club floors at six Calloway properties this year and kept notes. Short version: the evening spread is great, the coffee machines are the bottleneck (one machine, forty guests), and nobody can find the power sockets. I've put photos and a rough floor sketch in the shared doc you linked. I'll do the same for Berlin when it opens if it helps."),
    ("a", "2025-09-21 10:00", "This is brilliant, thank you. The sockets are news to us and the design team are already reading your notes. — Jonas, Calloway Circle team"),
    ("c", "2025-10-30 17:30", "Berlin notes are in the doc. Better sockets, same coffee problem. My two pence: a second machine by the window rather than one bigger one."),
])

# ================================================================ fling (2)

# a pointless weekend to ride the new suite, no strings
h("fling", "", "positive", "paraphrase;caps;emoji;negation", "Aurelian Air", "tweet", [
    ("c", "2025-04-03 08:30", "booked a totally pointless weekend to Doha JUST to try the brand new @AurelianAir suite before everyone else does. watched the cabin reveal video 11 times. no loyalty, no status, just vibes ✨"),
])

# came the week it opened because the whole feed was there
h("fling", "", "positive", "paraphrase;product_attribute", "The Wexley", "review", [
    ("c", "2025-06-07 23:00", "★★★★★ Came the week The Wexley Shoreditch opened because my entire feed was posing in that pink stairwell. Zero regrets. The rooftop at golden hour, the neon 'stay a while' sign, cocktails served in tiny bathtubs, the playlist: it is very much the place of the moment and I am very much here for it while it lasts."),
])

# ================================================================ best_friends (2)

# looked after in two emergencies; the people she rings
h("best_friends", "", "positive", "paraphrase;signature;agent_cues", "Isola Air", "email", [
    ("c", "2025-09-25 17:00", "Dear Isola team,\n\nI wanted to write properly after what happened in Lisbon. When my father collapsed on the jet bridge your ground staff stayed with him until the ambulance came, then rebooked my mother and me on the next day's flight, seated us together, and someone from your assistance desk rang me that evening just to ask how he was. It isn't the first time: when I was stranded in Cairo during the protests it was your team who rang me before I'd even thought to ring them. When travel goes wrong I don't phone anyone else. You're the people I ring.\n\nWith thanks,\nInês Carvalho"),
    ("a", "2025-09-26 09:00", "Dear Ms Carvalho, we are so glad your father is recovering. Thank you for trusting us; we're always here when you need us. Isola Special Assistance"),
])

# the member desk that tells her straight, even against its own interest
h("best_friends", "", "positive", "paraphrase;competitor;negation", "Halden House Hotels", "forum", [
    ("c", "2025-11-11 20:00", "Slightly odd thing to post, but the Halden member desk is the only travel company that has ever told me not to spend money with them. Last year they rang to say the place I'd booked in Prague was mid-renovation and I'd be miserable there, and suggested somewhere across the road that wasn't theirs. When my card was skimmed they spotted the weird booking before my bank did. I tell them what I'm planning and they tell me straight whether it's a good idea. Nobody else in this business has ever been that straight with me."),
])

# ================================================================ buddies (2)

# mid-tier with two airlines, most short hops with this one, "not married to them"
h("buddies", "", "positive", "paraphrase;negation;idiom;competitor", "Brightwing", "forum", [
    ("c", "2025-02-20 12:00", "I'm the opposite of a one-programme person. I keep mid-tier with two airlines and pick whichever times suit. Brightwing gets most of my short hops, the crews are fun and the app is painless, but I'm not married to them and I'd be bored stiff flying one airline all year. Happy to be a regular, not a devotee."),
])

# one of three chains in rotation, no pledges
h("buddies", "", "positive", "paraphrase;emoji;agent_cues;negation", "Lumen Stay", "tweet", [
    ("c", "2025-07-19 09:10", "@LumenStay you're one of the three chains I rotate through when I'm on the road. no card, no pledges, but your breakfast waffles win me back more often than the others manage 🧇"),
    ("a", "2025-07-19 09:32", "The waffle iron is always on for you 💙 ^RT"),
])

# ================================================================ dealer_addict (2)

# checks the tier bar before opening her eyes; can't not do it
h("dealer_addict", "", "mixed", "paraphrase;jargon;other_type_cue;negation", "Kestrel Atlantic", "forum", [
    ("c", "2025-08-30 07:00", "I think I have a problem. I open the Kestrel app before I've properly opened my eyes, just to look at the tier bar. Last month I flew to Reykjavik and back in a day, on a Tuesday, purely for the TPs, and I felt calmer the moment I saw the number tick up. My partner has banned award-calendar talk at dinner. I'm not even sure I enjoy it any more, I just can't not do it."),
])

# twitchy after three trips without the lounge
h("dealer_addict", "", "positive", "paraphrase;emoji;typos", "Skyhaven Lounges", "tweet", [
    ("c", "2025-10-05 06:30", "3 trips in a row without a @SkyhavenLounges and im twitchy. cant face an airport now without the shower and the little almond croissants first. send help (or a day pass) 🥐"),
])

# ================================================================ secret_affair (2)

# a company man on the other airline, sneaks personal trips here
h("secret_affair", "", "positive", "paraphrase;competitor", "Pelagia Airways", "forum", [
    ("c", "2025-01-12 23:30", "Confession thread seems the right place. My employer has a deal with Tessaly and I'm meant to be a Tessaly man through and through; I've got the logo fleece and everything. But every personal trip I take goes on Pelagia, credited to an account under my middle name, and I've never told a soul at work. The legroom is worth the sneaking around."),
])

# the spa weekends her husband thinks she gave up
h("secret_affair", "", "positive", "paraphrase;signature", "Verano Resorts", "email", [
    ("c", "2025-04-14 12:00", "Hello,\n\nA slightly awkward request. Please stop posting the spa newsletter and the points statements to my home address and use email only. As far as my husband knows, I gave up the spa weekends after the kitchen renovation went over budget. The Cala Fina spa is my one little indulgence and I'd like it to stay strictly between the two of us.\n\nThank you,\nM."),
    ("a", "2025-04-15 09:00", "Dear member, of course: we have switched your preferences to email only and removed your postal address. Verano Guest Services"),
])

# ================================================================ complete_strangers (2)

# "anniversary" emails from an airline she has never flown
h("complete_strangers", "", "negative", "paraphrase;signature;negation", "Meridia Air", "email", [
    ("c", "2025-05-30 08:20", "Hello,\n\nI've had three emails this week congratulating me on my 'Meridia Miles anniversary' and one telling me my miles are about to expire. I have never flown Meridia, never opened an account with you, and until Monday I didn't know you existed. Please tell me how you got this address, and delete it.\n\nRegards,\nKofi Mensah"),
    ("a", "2025-06-02 10:00", "Dear Mr Mensah, we're sorry for any concern. An account was opened with your email address in 2022; we have closed it and removed your details. Meridia Miles Service"),
])

# texts about points from a chain he never stayed with
h("complete_strangers", "", "negative", "paraphrase;negation", "Quayside Hotels", "tweet", [
    ("c", "2025-10-21 19:00", "@QuaysideHotels why am i getting texts about 'my Quayside Rewards points'?? never stayed with you, never joined anything, no idea who you even are. stop it"),
    ("a", "2025-10-21 19:20", "Sorry about this! Please DM us the number receiving the texts and we'll remove it today. ^EV"),
    ("c", "2025-10-21 19:31", "done. please make sure it's actually gone"),
])

# ================================================================ casual_acquaintance (2)

# a conference a couple of times a year; doesn't know the scheme's name
h("casual_acquaintance", "", "positive", "paraphrase;for_work_occasion", "Kintra Hotels", "review", [
    ("c", "2025-03-27 08:00", "★★★★☆ A conference drags me to Aberdeen a couple of times a year and I usually end up at this Kintra, so this is my fourth or fifth stay in as many years. It's fine in an unremarkable way: tidy room, okay breakfast, staff pleasant without being memorable. I couldn't tell you what their points scheme is called."),
])

# once a year when the fare lines up; forgotten points
h("casual_acquaintance", "basic_exchange", "neutral", "paraphrase;routine_question", "Solenne Airlines", "forum", [
    ("c", "2025-07-09 18:00", "Dumb question from an occasional flyer. I end up on Solenne maybe once a year when the fare lines up, so I've got about 4,000 points sitting in an account I forget exists. Is that enough for anything at all, or should I just let them lapse?"),
    ("a", "2025-07-10 08:50", "Hi! 4,000 points will cover a seat upgrade on short-haul, or you can put them towards a fare with Points + Cash. — Marta, Solenne Points team"),
])

# ================================================================ teammates (2)

# the board and the rep as a team
h("teammates", "", "positive", "paraphrase;jargon", "Kestrel Atlantic", "forum", [
    ("c", "2025-05-16 21:00", "Onyx challenge done with eleven days to spare, and I couldn't have done it without this board. Between us we've mapped which routes earn the cheapest TPs and pooled the data on when upgrades clear, and the Kestrel rep here has taken our list of broken partner links straight to IT. This thread is basically a team at this point. First round's on me at the spring meetup."),
    ("a", "2025-05-17 10:15", "Congratulations! And thank you all: the partner-link list got three bugs fixed this month. — Ola, Kestrel Flightpath team"),
])

# members' weekend, a shared list, building it with the hotel group
h("teammates", "business_partners", "positive", "paraphrase", "Selby & Vine Hotels", "forum", [
    ("c", "2025-09-27 10:00", "Trip report from the Selby & Vine members' weekend in Porto. Forty of us from this forum, the hotel gave us the terrace and a port tasting, and on Saturday afternoon we walked the GM through our shared list of what works and what doesn't across their properties. Three of the fixes from last year's list are already in place. There's something rather lovely about a bunch of strangers from the internet and a hotel group building something side by side. Start adding to the list, everyone, I'd like to see ten fixes by next year."),
])

# ================================================================ close_siblings (2)

# her dad's airline, now her son's
h("close_siblings", "old_friends", "positive", "paraphrase;signature;agent_cues", "Calder Air", "email", [
    ("c", "2025-02-08 19:00", "Hello,\n\nMy dad flew nothing but Calder for forty years and took me on my first flight, to see my gran in Inverness, when I was six. He passed last year and left me, of all things, his old Calder tie pin. I'd like to add my son, who has just turned eighteen, to my account as a household member so he can start earning on his own trips. It feels right that he starts with you.\n\nThank you,\nFiona MacLeod"),
    ("a", "2025-02-10 11:00", "Dear Ms MacLeod, we're sorry for your loss, and honoured to welcome your son to the Calder family. He has been added as a household member. Calder Skyline Team"),
])

# grandmother, mother, daughter: tea at eighteen
h("close_siblings", "old_friends", "positive", "paraphrase;occasion", "Auberge Nord", "review", [
    ("c", "2025-08-09 13:00", "★★★★★ My grandmother brought my mother to the Auberge Nord for tea on her eighteenth birthday; my mother brought me for mine; last week I brought my daughter for hers. Same corner table by the window, same silver teapot (they swear it's a different one). The staff treat the three of us like cousins home for the summer. It's our own little ritual, handed down."),
])

# ================================================================ one_night_stand (2)

# the first airport hotel on the phone, one night, nothing more
h("one_night_stand", "", "neutral", "paraphrase;negation", "Vireo Airport Hotels", "review", [
    ("c", "2025-12-09 10:00", "★★★☆☆ Flight cancelled at 11pm, so I booked the first airport hotel that came up on my phone, and it was this one. It was a bed and a shower next to a runway. Fine for one night, which is exactly what I needed and all I'll ever need from them. Didn't join the rewards thing they pushed at the desk, and I won't."),
])

# a single lounge pass during a delay, not joining anything
h("one_night_stand", "", "positive", "paraphrase;emoji;negation", "Gatehouse Lounges", "tweet", [
    ("c", "2025-03-01 15:30", "5h delay so I caved and bought a single @GatehouseLounge pass for 32 quid. not joining anything, not subscribing, just wanted a sofa and a flat white for one afternoon. worth every penny today 😌"),
])

# ================================================================ colleagues (2)

# a travel coordinator: the suites are the firm's standard for project stays
h("colleagues", "", "neutral", "paraphrase;signature", "Ardent Suites", "email", [
    ("c", "2025-04-01 09:00", "Subject: Corporate account 4410, invoicing\n\nHello,\n\nI manage travel for a 35-person engineering consultancy; Ardent Suites is our standard for project stays of a week or more, mainly for the kitchenettes and the weekly rates. Two requests from our finance team: could invoices be grouped by project code rather than by guest, and could the project code appear on each folio? We have about twenty engineers on the road at any given time, so this would save hours each month.\n\nRegards,\nJoanna Pike\nTravel Coordinator, Brightlake Engineering"),
    ("a", "2025-04-02 14:30", "Dear Ms Pike, yes: we can add a project code field to your corporate profile, and consolidated invoices by project from next month. Ardent Corporate Sales"),
    ("c", "2025-04-02 15:05", "That works for us. We'll start using it from the May bookings.\n\nRegards,\nJoanna"),
])

# a small practice runs its site visits through the SME portal
h("colleagues", "", "positive", "paraphrase", "Tarn Airways", "forum", [
    ("c", "2025-10-14 12:30", "For the small-business folk asking about corporate schemes: our architecture practice (twelve of us) has put every site visit through Tarn's SME portal for three years. One login, the receipts drop straight into our accounts software, and the flexible fares mean we can swap people when a client moves a meeting. It's not exciting, it just fits how we work. The points go into a company pot that pays for the Christmas trip."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTE_LINE = re.compile(r"(?m)^>.*$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes, tiers or abbreviations, not shouting
ACRONYMS = {"SPH", "IRROPS", "PSA", "SME"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
JARGON = re.compile(r"\b(SPH|IRROPS|SWUs?|YQ|TPs|lifers?|status match(?:es)?|award chart|mileage runs?|op-ups?)\b")
# a sign-off line followed by a name: an e-mail signature
SIGNOFF = re.compile(r"(?m)^(Regards|Kind regards|Best regards|Warm regards|Best|Thanks|Many thanks|"
                     r"Thank you|With thanks|Cheers|Warmly|Yours faithfully|Yours sincerely),?\s*\n\S")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "every member", "regular", "without you", "forever"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
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
    return QUOTE_LINE.sub("", RETWEET.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews open with five star symbols; nothing else carries a rating
    if ch == "review":
        m = STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        assert len(cust) == 1, x["brand"]
    else:
        assert not any(STARS.match(t) for t in cust), x["brand"]
    # tweets: 280 characters at most, the first names a handle, the brand signs with ^initials
    if ch == "tweet":
        for t in cust + agent:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # the official forum rep signs "— Name, ... team"
    if ch == "forum":
        for t in agent:
            assert re.search(r"— \w+, [\w ]+ team$", t), t[-40:]
    # signatures and quoted replies only in e-mail, and tagged exactly when present
    assert ("signature" in tags) == any(SIGNOFF.search(t) for t in cust), x["brand"]
    assert ("quoted_reply" in tags) == any(QUOTE_LINE.search(t) for t in cust), x["brand"]
    if tags & {"signature", "quoted_reply"}:
        assert ch == "email", x["brand"]
    # a quoted line repeats an earlier agent reply word for word
    for t in cust:
        for q in QUOTE_LINE.findall(t):
            assert any(q[1:].strip() in a for a in agent), q
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("jargon" in tags) == bool(JARGON.search(own)), (x["brand"], JARGON.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 30
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 12 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 20 and sum(sizes[n] for n in (3, 4, 5, 6)) >= 15, sizes
        with_agent = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 32 <= with_agent <= 48, with_agent
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "retweet", "jargon"):
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
