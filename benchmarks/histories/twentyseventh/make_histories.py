#!/usr/bin/env python3
"""Invented training histories ya001..ya080 for relradar (twentyseventh set).

Genre: travel. Tweets and direct messages to airlines, rail operators, hotels and booking
sites (lower case, @handles, hashtags, emoji, delays, lost bags, upgrades, status tiers,
miles), with the brand's replies signed ^XX as agent turns; and guest reviews on booking
platforms, each opening with a score out of ten, some with the manager's reply appended (an
agent turn signed with a name). 1 to 5 messages per customer. The relationship is told in
paraphrase, in customers' ordinary words; the undetermined customers are mostly one delayed
flight, one bad or great stay, one thank-you to a crew, routine questions about bookings and
miles. All texts, names, handles, brands, places, addresses (example.com) and numbers are
invented. Each history is written under its intended label; ids are assigned by a seeded
shuffle (seed 2727) of the harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ya"
SEED = 2727
TRAPS = TRAPS | {
    "quoted_cue",  # a cue word stands only in quoted text (a retweet or a pasted e-mail line)
    "slang"}       # internet slang and abbreviations (lol, tbh, n, u, pls, omg, ngl)

# where a history was posted: a public tweet to the brand, a direct message thread, a guest
# review on a booking platform
CHANNELS = ("tweet", "dm", "review")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "single_incident;strong_words;caps;hashtag;sarcasm", "Skyvale Air", "tweet", [
    ("c", "2025-02-11 21:47", "@SkyvaleAir FOUR HOURS sat on the tarmac at Brennick with the engines off, no water, no updates, kids screaming, captain apologising every 40 mins like that fixes anything. this is genuinely absurd #SV481"),
    ("a", "2025-02-11 22:05", "We're really sorry for tonight's wait. The delay was caused by de-icing queues at Brennick; refreshment vouchers will be handed out on arrival and you can claim compensation at skyvale.example.com/claims ^RT"),
    ("c", "2025-02-12 08:15", "vouchers for a café that shuts at midnight, handed out at 2am. thanks so much, really thoughtful"),
])

h("undetermined", "", "negative", "single_incident;typos", "Aurelia Airlines", "dm", [
    ("c", "2024-08-03 10:12", "hi, my bag didnt make it onto AU 772 from Veltra to Oskarsby last night. file ref OS44819. the tracker on your site just says 'located' and nothing else. when will it be delivered? i have literally one set of clothes"),
    ("a", "2024-08-03 10:40", "Hi Dana, thanks for the reference. Your bag is in Veltra and is booked on tonight's flight; our courier will contact you tomorrow morning to arrange delivery. ^MJ"),
    ("c", "2024-08-04 19:55", "nobody called. its now 8pm on day 2. i've bought a coat, a charger and 3 t-shirts, keep the receipts i assume?"),
    ("a", "2024-08-04 20:10", "Apologies, Dana. The courier shows delivery for 21:00 tonight. Yes, please keep receipts for essentials and submit them with your file reference. ^MJ"),
    ("c", "2024-08-05 09:02", "bag turned up at 23:40, soaked on one side. will send the receipts. not how i pictured the first days of a holiday"),
])

h("undetermined", "", "positive", "single_thanks;emoji;hashtag", "Marlo Airways", "tweet", [
    ("c", "2025-04-19 16:30", "massive thank you to the crew on @FlyMarlo MA 1207 this morning, my little one was sick twice and Priya just appeared with wipes, a blanket and a colouring book like some kind of wizard 🙏 #cabincrewheroes"),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Cobalt Air", "dm", [
    ("c", "2025-06-02 14:20", "Loyalty points question: I stayed at one of your partner hotels in May and put my membership number on the booking, but the miles haven't appeared. How long does that normally take, and is there a form if they don't show up?"),
    ("a", "2025-06-02 15:01", "Hi Tom, partner hotel miles can take up to 8 weeks to post. If they're not there by the end of July, use the missing miles form under My Account > Activity. ^KS"),
    ("c", "2025-06-02 15:09", "Great, thanks."),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;other_type_cue;agent_cues", "Hotel Marisol", "review", [
    ("c", "2024-09-14 11:02", "6/10 Pretty rooms, paper walls. Love the colour of the rooms, that deep teal with the brass lamps is gorgeous, and the rain shower was excellent. Less lovely: a wedding party in the courtyard until 1:30am and reception shrugging when we rang down. Breakfast fine, coffee not."),
    ("a", "2024-09-16 09:30", "Dear guest, thank you for your kind words about our rooms. We are sorry the celebration disturbed your sleep; we have since introduced quiet hours from midnight. We would love to welcome you back. Inés Calvo, Guest Relations Manager"),
])

h("undetermined", "", "negative", "sarcasm;idiom;other_type_cue;emoji;single_incident", "Juniper Jet", "tweet", [
    ("c", "2025-07-08 19:52", "oh love that for me. @JuniperJet the 19:40 to Calder now 'delayed' for the second time tonight. gate screen says 22:15, the app says 21:50, pick one? 🙃"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "The Quayside Inn", "review", [
    ("c", "2025-08-22 20:10", "9/10 Booked the Family Suite for three nights with two kids under six. Separate room for them with its own telly, a fridge big enough for milk and yoghurts, and the staff found us a travel cot without being asked twice. Harbour walk two minutes away. Would happily come back."),
])

h("undetermined", "", "neutral", "routine_question", "Northstrand Air", "dm", [
    ("c", "2025-01-09 09:15", "Hello, we booked return flights Sjöholm to Palmera for 14 March, booking ref 7KQ2PX. Our son was born last month (yay) and we need to add him as a lap infant. Can this be done online or do I have to call? And do we need his passport before the booking is changed?"),
    ("a", "2025-01-09 09:48", "Congratulations! You can add an infant under Manage Booking until 48 hours before departure; passport details can be added later, up to 24 hours before the flight. ^AL"),
])

h("undetermined", "", "negative", "quoted_reply;quoted_cue;single_incident", "Tripnest", "dm", [
    ("c", "2025-03-03 12:40", "I was charged twice for the same room in Lakkos (booking 55102938), €212 each time. Your email this morning says:\n> We value our loyal customers and have escalated your case to our payments team.\nThat's nice, but I just want one of the €212 back before my rent goes out on Friday."),
    ("a", "2025-03-03 13:25", "Hi Sara, I can see the duplicate payment. The refund of €212 was issued today and usually takes 3-5 working days to show. ^BH"),
    ("c", "2025-03-07 18:00", "Still not there. Rent went out. Bank says nothing pending from you."),
    ("a", "2025-03-08 10:12", "I'm sorry, Sara. I've checked with payments: the refund reference is TN-RF-88213, which your bank can trace. ^BH"),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute", "Crestline Trains", "tweet", [
    ("c", "2024-11-18 08:41", "the new quiet coach on @CrestlineTrains is actually lovely, proper tables, soft lighting, nobody on speakerphone. shame the wifi gave up at Dunmere and the trolley never came past"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Pelican Express", "dm", [
    ("c", "2025-05-12 16:20", "Hi, I'm asking on behalf of my father (not on my account). He's flying alone on PX 340 on the 20th and uses a wheelchair in the airport but can walk on board. Is assistance already on his booking or does he need to request it? He isn't on social media so I said I'd ask."),
    ("a", "2025-05-12 16:52", "Hi Ruth, assistance is requested per passenger. If he (or you, with his booking reference and surname) adds wheelchair assistance under Special Assistance, we'll meet him at check-in. ^CE"),
    ("c", "2025-05-12 17:30", "Done, thanks so much."),
])

h("undetermined", "", "negative", "employee;other_type_cue;hashtag", "Orla Air", "tweet", [
    ("c", "2025-09-30 23:14", "eleven years as cabin crew at @OrlaAir and tonight's the first time i've been rostered a 14 hour day with a 6 hour 'rest' in a hotel 40 mins from the airport. management, we're not robots. #crewlife"),
])

h("undetermined", "", "positive", "single_thanks;occasion;idiom;product_attribute;emoji", "Kestrel Jet", "tweet", [
    ("c", "2025-05-27 07:05", "we got bumped up to the front on our honeymoon flight last night and honestly i'm in love with that lie-flat seat, slept like a baby the whole way to Sarovo. thank you @KestrelJet 😭💛"),
])

h("undetermined", "", "mixed", "mixed_aspects;strong_words;symptom", "Cliffside Lodge", "review", [
    ("c", "2024-06-30 21:17", "7/10 The view is unreal. We woke up to the whole bay from the bed and I actually gasped. The bed itself was a disaster though, a mattress with a valley down the middle, and the shower ran cold every ten minutes. Staff sweet but run off their feet. ... More"),
])

h("undetermined", "", "negative", "strong_words;single_incident", "Minster Court Hotel", "review", [
    ("c", "2025-02-16 10:48", "2/10 The most miserable night I've spent anywhere. Room smelled of damp, heating stuck on full, window wouldn't open, and at 3am the fire alarm went off for forty minutes with no staff in sight. The check-out desk told us 'it happens'. Absolutely disgraceful."),
    ("a", "2025-02-17 12:00", "Dear Mr Farrell, I am truly sorry for your night with us. The alarm was triggered by a fault in a detector on the third floor, which has been replaced, and we have refunded the night in full. Graham Ossett, General Manager"),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;short_signal", "Farefinch", "tweet", [
    ("c", "2025-10-02 12:03", "RT @Farefinch: Our members are family 💜 Double points on every hotel booked this weekend. Loyal travellers, this one's for you #FarefinchFriday"),
])

h("undetermined", "dealer_addict", "positive", "other_type_cue;product_attribute;slang", "Vantor Airlines", "tweet", [
    ("c", "2025-03-21 17:33", "whoever made the little plane animation on the @VantorAir flight tracker deserves a raise. weirdly addictive to watch while you're sat at the gate lol"),
])

h("undetermined", "", "neutral", "for_work_occasion;bug_report;routine_question", "Staydrift", "dm", [
    ("c", "2025-04-04 11:11", "Hi, I stayed at the Brunnen Hof in Kallberg through you last week for work and need an itemised invoice for expenses. The 'download invoice' button in the app gives an error (screenshot attached). Can you email it to r.okafor@example.com?"),
    ("a", "2025-04-04 11:40", "Hi Remi, sorry about that, the invoice button is being fixed. I've emailed your itemised invoice now. ^JP"),
    ("c", "2025-04-04 11:58", "Got it, thank you"),
])

h("undetermined", "", "negative", "competitor;single_incident", "Zephyra", "tweet", [
    ("c", "2025-08-14 13:26", "flew Brightwing last month, 2hr delay, they handed out water and snacks at the gate without anyone asking. @ZephyraAir today: 3hr delay, one announcement, nothing else. not hard, is it"),
])

h("undetermined", "", "positive", "strong_words;idiom", "Villa Ostra", "review", [
    ("c", "2025-06-09 09:40", "10/10 Utterly smitten with this place. Six rooms, a lemon tree in the courtyard, Marta baking something different every morning, and a terrace made for doing nothing. Three nights felt like ten. I'd move in if they let me."),
])

h("undetermined", "", "mixed", "mixed_aspects", "Valeway Rail", "dm", [
    ("c", "2024-10-02 09:00", "Hi, the refund for my cancelled 18:05 (claim VW-20931) has finally arrived, so thank you for that, the amount was right and the person on the chat was lovely. But six weeks for £38? It shouldn't take that long."),
    ("a", "2024-10-02 09:35", "Thanks for letting us know, Helen. You're right, claims are taking longer than we'd like at the moment; we're adding staff to the team. ^OB"),
])

h("undetermined", "", "negative", "negation;typos;single_incident", "Tamsin Air", "tweet", [
    ("c", "2025-01-30 22:10", "i dont usually tweet at companies but @TamsinAir your agent at the Dorrow desk just told a crying woman to 'calm down or miss the flight'. not ok. she was 80 at least."),
    ("a", "2025-01-30 22:26", "We're sorry to read this. Could you DM us the time and the desk number so we can follow up with the team? ^HG"),
])

h("undetermined", "", "neutral", "routine_question;idiom", "Halcyon Airways", "tweet", [
    ("c", "2025-11-03 04:52", "@HalcyonAir dying to know if the lounge past gate B opens before 6am or if i'm sitting on the floor with a croissant"),
    ("a", "2025-11-03 05:01", "Morning! The B lounge opens at 05:00 daily, so it's a croissant on a chair. ^SW"),
])

h("undetermined", "", "positive", "single_thanks", "Hotel Albatros Nord", "dm", [
    ("c", "2025-02-25 19:30", "Hello, could you please pass this on to Ilse at reception? When my phone died on the way back from the ferry she let me charge it behind the desk, called a taxi, and walked me out to it under an umbrella. Small things, but it was an awful day and she made it better. Thank you."),
    ("a", "2025-02-26 08:10", "Dear Mrs Haugen, Ilse was so happy to read this. Thank you for writing to us. ^TV"),
])

h("undetermined", "", "mixed", "mixed_aspects;typos;slang;emoji", "Bookaroo", "tweet", [
    ("c", "2025-07-19 15:48", "@Bookaroo booking was quick n cheap, fair play. but the 'sea view' hotel u sent me to looks at a car park and a bin. cant fault the app, can fault the photos 🤷"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm", "Lowmoor Rail", "dm", [
    ("c", "2024-09-09 08:47", "Delay Repay claim for the 07:22 on 2 Sept rejected with 'insufficient evidence'. I uploaded my season ticket and the journey. Same reason you gave for the one in July, which was overturned when I appealed. Shall we just skip straight to the appeal this time?"),
    ("a", "2024-09-09 10:15", "Hi Mark, sorry about this. Please reply to the rejection email with your ticket photo and we'll review it. ^LC"),
    ("c", "2024-11-25 18:30", "And here we go again: 17:48 cancelled, next one 40 mins later and rammed, claim in, rejected within the hour. I've got a folder for you now. An actual paper folder."),
    ("a", "2024-11-25 19:02", "I'm sorry Mark, automated checks can misread cancellations. I've flagged claim LM-338102 for manual review. ^FT"),
    ("c", "2025-02-03 08:05", "Quarterly update from your most persistent passenger: three claims since Christmas, three rejections, three appeals, three payouts. It would be cheaper for both of us if the first answer was the right one."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm", "Solenne Air", "tweet", [
    ("c", "2025-04-14 12:20", "@SolenneAir it's april, so it must be time for my annual 'where did my miles go' thread. the Ostvik return from february still not credited. see you in the DMs, same as last year and the year before"),
    ("a", "2025-04-14 12:48", "Hi Jonas, sorry to hear that. Please DM us your membership and ticket numbers and we'll look into it. ^PW"),
    ("c", "2025-05-20 09:33", "update for anyone keeping score: 5 weeks, 2 agents, 1 'case closed' email with no miles in it. reopened. the dance goes on"),
])

h("adversaries", "love_hate", "negative", "paraphrase;emoji;sarcasm", "RoamDeck", "tweet", [
    ("c", "2025-01-06 10:02", "day 12 of trying to get @RoamDeck to refund a hotel that cancelled on ME. every chat agent starts from zero"),
    ("a", "2025-01-06 10:30", "Hi Lena, we're sorry for the wait. Your case has been escalated to our refunds team. ^EK"),
    ("c", "2025-01-27 14:44", "day 33. 'escalated' is apparently where refunds go to live out their days @RoamDeck"),
    ("c", "2025-02-19 09:10", "day 56, chargeback form filled in. third time in two years i've had to go through my bank to get my own money back from you lot. and yes i'll probably still book through you next winter because nobody else lists the ski flats 🙄"),
])

h("adversaries", "", "negative", "paraphrase;for_work_occasion;agent_cues", "Corvane Hotels", "review", [
    ("c", "2025-03-30 16:20", "5/10 Every Corvane stay comes with the same little ritual: the rate at checkout is higher than the one on my confirmation, I produce the email, a duty manager appears, the charge is reversed with a sigh. This was the fourth time. Room fine, bed good, gym small. I'm back next month for work, and I'll bring the printout."),
    ("a", "2025-04-01 09:20", "Dear Mr Baptiste, thank you for your feedback. I'm sorry the rate discrepancy happened again; I have asked reservations to lock your confirmed rate on your profile for future stays. We value your continued custom. Annika Holm, Front Office Manager"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;single_incident;strong_words;caps", "Corvid Air", "tweet", [
    ("c", "2025-06-18 20:37", "PSA for anyone with a trip coming up: do not give @CorvidAir a single cent. they cancelled our flight, kept the money, and their 'customer care' line hangs up after 20 mins. book literally anyone else. anyone."),
    ("a", "2025-06-18 21:02", "We're sorry to hear this. Please DM us your booking reference so we can look into your refund. ^NB"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "The Gannet Rooms", "review", [
    ("c", "2024-12-02 13:05", "1/10 Crooks with a nice logo. They kept £300 of our 'damage deposit' for a mug that was chipped when we arrived (we have the photo). Emails ignored. I've reported them to the platform and I'll be steering every person I know well clear. Don't be fooled by the pretty pictures."),
    ("a", "2024-12-04 10:00", "We are sorry you feel this way. Our housekeeping report recorded the damage at check-out and the deduction stands. The Management"),
])

h("enemies", "adversaries", "negative", "paraphrase;evolving", "Brightwing", "dm", [
    ("c", "2024-10-10 11:00", "Hi, still waiting on the compensation for BW 914 (cancelled 21 Aug). This is my fourth message."),
    ("a", "2024-10-10 15:30", "Hi Omar, apologies for the delay. Your claim is with our compensation team and you'll hear back within 28 days. ^GT"),
    ("c", "2024-11-14 09:40", "28 days came and went. The claims team says they never received it. You gave me the reference yourself."),
    ("a", "2024-11-14 10:12", "I'm sorry, Omar. I've re-submitted the claim with your original date and marked it urgent. ^GT"),
    ("c", "2025-01-08 17:25", "Paid out today, €250 after five months. I'm deleting the app, cutting up the credit card with your logo on it, and every colleague who asks me which airline to book is going to hear this story in full. Not a penny more."),
])

h("enemies", "", "negative", "paraphrase;idiom;hashtag", "Flightpick", "tweet", [
    ("c", "2025-09-05 22:48", "@Flightpick is a racket dressed up as a travel site. 'price locked' my foot, charged £64 more at the last screen and called it a 'service fee'. tell your friends, tell your nan, stay off it #junkfees"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;agent_cues;tenure_for_complaint", "Northstrand Air", "tweet", [
    ("c", "2025-03-12 19:01", "@NorthstrandAir fifteen years of every family holiday and work trip with you, silver card in my wallet since 2012, and today a gate agent told me my status 'means nothing on this fare'. the airline i used to defend to everyone isn't this one"),
    ("a", "2025-03-12 19:30", "We're sorry to hear about your experience at the gate today. Your loyalty matters to us; please DM us your booking details. ^IS"),
    ("c", "2025-04-02 08:30", "moved my miles over to the alliance card this morning. no hard feelings, just done."),
])

h("ex_friends", "", "mixed", "paraphrase;evolving;negation", "Pension Lindqvist", "review", [
    ("c", "2023-07-28 10:00", "9/10 Our third summer here and still the loveliest little guesthouse on the island. Birgit's cinnamon buns, the bikes, the quiet. See you next year!"),
    ("a", "2023-07-30 18:20", "Tack! We'll keep the room with the blue door ready for you. Birgit"),
    ("c", "2025-08-03 14:12", "4/10 Hard to write this. Since the new owners took over it's a different place: the bikes are gone, breakfast is a buffet of packets, and our old room now costs nearly double. We used to count the weeks until coming here. I don't think we'll be counting anymore."),
    ("a", "2025-08-05 11:00", "Dear guest, thank you for your feedback. We have made changes to modernise the guesthouse and hope you will give us another chance. The Management"),
])

h("ex_friends", "", "negative", "paraphrase;negation;other_type_cue", "Nordexpress Sleeper", "tweet", [
    ("c", "2025-10-21 07:45", "i planned whole holidays around @NordexSleeper, told everyone it was the most romantic way to travel. last night: cabin not cleaned, no breakfast, 3hrs late, £420 for the privilege. cancelled my sleeper club card this morning. it's not the train i fell for"),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;negation", "Staydrift", "dm", [
    ("c", "2025-05-30 21:10", "Please cancel my Staydrift Plus membership. I've booked every trip through you since my student days, probably 60-odd stays, and talked half my office into you. The new 'convenience fee' on every booking, plus member prices being higher than the hotels' own sites, means there's no point anymore. It was good while it lasted."),
    ("a", "2025-05-31 09:05", "Hi Alex, we're sorry to see you go and thank you for being part of Staydrift Plus for so long. Your membership has been cancelled and you'll keep access until 30 June. ^RM"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;hashtag;emoji;negation", "Halcyon Airways", "tweet", [
    ("c", "2025-12-01 09:12", "nine years, 140-something flights, and i have not once clicked 'book' on another airline. not planning to start now either. @HalcyonAir you're stuck with me 💙 #HalcyonAndMe"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;occasion;agent_cues", "Casa Ferreira", "review", [
    ("c", "2025-09-10 18:30", "10/10 Twelve anniversaries, twelve times here. People ask why we don't try somewhere new and honestly we can't picture it: this is our place and it's staying our place. Joana remembered we like the room at the top of the stairs before we even asked. Already booked next September."),
    ("a", "2025-09-12 10:00", "Obrigada! Room 7 is already yours for next year. Joana and the Ferreira family"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;routine_question;idiom;agent_cues", "Tidewater Rail", "dm", [
    ("c", "2025-01-14 08:20", "Just renewed my annual pass for the eighth year running and wanted to say: you've ruined every other way of getting to the coast for me. I gave the car up for you and I'd do it again tomorrow. How do I get the renewal confirmation as a PDF?"),
    ("a", "2025-01-14 08:55", "That's lovely to hear, thank you! The PDF is under My Passes > Receipts. ^KD"),
])

h("marriage_partners", "", "positive", "paraphrase;negation", "Halden Hotels", "review", [
    ("c", "2025-04-22 07:55", "9/10 I plan my trips around where there's a Halden, and when there isn't one I'll happily sleep a town over. This one in Grauwitz was as good as the rest: quiet floors, proper pillows and the same welcome I get in every one of them. Wouldn't book anything else if I can help it."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase", "Vantor Airlines", "tweet", [
    ("c", "2025-02-02 15:14", "@VantorAir 110k miles a year with you and i'm in 31E next to the loo on a 9hr flight. i shouldn't have to ask for this to be fixed, someone should already have done it. sort it before boarding"),
    ("a", "2025-02-02 15:31", "Hi Colm, we're sorry. We've moved you to 4A. Enjoy your flight. ^AM"),
    ("c", "2025-02-02 15:40", "4A. fine. this shouldn't have taken a tweet"),
])

h("master_slave", "", "negative", "paraphrase;other_type_cue;short_signal", "Aldric Grand", "dm", [
    ("c", "2024-11-20 22:30", "I arrived at 21:00 to a queue of eight people at check-in, no acknowledgement of my Diamond status, no welcome amenity, and a room overlooking the service yard. At the level I stay with you, none of that should be happening. I'd like the general manager to call me tomorrow morning."),
    ("a", "2024-11-20 22:48", "Good evening Ms Varga, please accept our apologies. A welcome amenity is on its way and an upgraded room is ready for you; the General Manager will call you at 9:00. ^ER"),
    ("c", "2024-11-21 10:05", "He called at 9:40. Noted."),
])

h("master_slave", "", "negative", "paraphrase", "Farefinch", "tweet", [
    ("c", "2025-08-08 11:40", "@Farefinch I pay for Farefinch Elite precisely so I never sit in a chat queue with everyone else. 25 minutes so far. what exactly is the money for? someone senior, today, please"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;idiom", "Pelican Express", "tweet", [
    ("c", "2025-05-05 18:22", "people moan about @PelicanExpress but it's a bus with wings and i treat it like one. £39, a seat, leaves roughly on time, gets me to my sister's every couple of months. no notes"),
])

h("basic_exchange", "", "positive", "paraphrase;negation", "Kipwell Inns", "review", [
    ("c", "2025-03-08 08:10", "8/10 Fourth Kipwell this year and they're all the same, which is the point. Clean bed, hot shower, kettle, a rate that doesn't make me wince. No spa, no charm, no surprises. I'd rather pay for that than for a lobby."),
])

h("basic_exchange", "buddies", "negative", "paraphrase;negation;other_type_cue", "Juniper Jet", "dm", [
    ("c", "2025-10-15 13:00", "Honest question: your fares on the Calder route are up about 30% since spring. I've flown you twice a month because you were the cheap, punctual option, not because I love the seats. If you're not cheaper any more, what's the reason to keep picking you?"),
    ("a", "2025-10-15 13:40", "Hi Ben, fares vary with demand; booking 4+ weeks ahead on Tuesdays and Wednesdays gets the lowest prices. We hope to see you on board soon. ^DN"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;emoji", "Ferrow Sleeper", "tweet", [
    ("c", "2025-02-27 06:58", "first did the @FerrowSleeper as a skint student in 1998, did it again last night at 45 with a bad back. the carriages are new, the porridge isn't, and waking up to the glens still gets me every time 🥣🏔️"),
])

h("old_friends", "marriage_partners", "positive", "paraphrase;idiom;agent_cues", "The Larchwood", "review", [
    ("c", "2024-08-18 12:00", "9/10 Close to twenty summers now. The carpets have changed twice and the owners once, but walking into that lobby is still like pulling on an old jumper. Same walk to the lake, same creaky stair, same gin on the terrace. Long may it continue."),
    ("a", "2024-08-20 09:00", "What a lovely review. The creaky stair sends its regards. See you next summer. Fiona & Rob"),
])

h("old_friends", "", "positive", "paraphrase;emoji", "Orla Air", "tweet", [
    ("c", "2025-06-11 12:31", "anyone else remember the little cheese rolls and the paper route maps in the seat pocket? been flying @OrlaAir since the propeller days and today the crew handed out the retro biscuits for the 50th. proper lump in the throat 🥹"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji", "Aurelia Airlines", "tweet", [
    ("c", "2025-04-08 21:05", "nervous flyer here. had never flown @AureliaAir before today, picked you on price, and the crew talked me through every single bump. might give you the summer trip too 🙂"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;other_type_cue", "Alpenrose Chalet", "review", [
    ("c", "2025-01-19 09:25", "7/10 Found this on the map the night before after our original booking fell through, had never heard of it. Simple rooms, very warm, breakfast fine, owner a bit gruff but helpful. We'd consider it again for a ski weekend."),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;competitor", "Bookaroo", "dm", [
    ("c", "2025-02-14 16:40", "Hi, new here, I only made an account today to try you for one trip before deciding whether to move over from the site I normally use. Is the price on the map the final price including tax?"),
    ("a", "2025-02-14 17:05", "Welcome! Map prices include taxes; a local city tax may be charged at the property. ^LY"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase", "Tamsin Air", "tweet", [
    ("c", "2025-09-22 08:15", "@TamsinAir you lose my bag, you move my seat, you change my flight at 3am, and here i am booking you for christmas again because nobody else does the direct route and your crew are the nicest in the sky. why am i like this"),
])

h("love_hate", "", "mixed", "paraphrase;evolving;idiom", "Hotel Viremont", "dm", [
    ("c", "2025-03-17 23:40", "That's it, I'm done with you. 50 minutes to check in, card charged twice, and the 'quiet room' was next to the ice machine."),
    ("a", "2025-03-18 09:00", "We're very sorry, Mr Laine. The duplicate charge has been reversed and we've noted your room preferences. ^VM"),
    ("c", "2025-06-02 19:12", "Yes, I said I was done. Booked again for the conference. Nothing in this city beats your rooms or that breakfast, which is exactly why the front desk chaos drives me up the wall."),
])

h("love_hate", "", "mixed", "paraphrase;hashtag", "Harbourline", "tweet", [
    ("c", "2025-05-31 10:10", "most beautiful coastal line in the country, run by the most maddening company in the country, and i'm on it every single weekend. @Harbourline i adore you, please stop cancelling the 9:14 #harbourline"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;emoji", "Cobalt Air", "dm", [
    ("c", "2025-07-07 12:12", "Two small ideas from someone who opens your app three times a week: 1) let us choose the meal on the same screen as the seat, it's buried three menus deep at the moment; 2) put the baggage belt number on the trip card after landing. I work in UX and would gladly sit in on a test session if you run them."),
    ("a", "2025-07-07 13:00", "Thanks Ines, both ideas are going to our digital team, and I've added you to the research panel list. ^KS"),
    ("c", "2025-09-15 08:50", "Saw the belt number on my trip card this morning. Made my day. Next up: the meal thing 😉"),
])

h("business_partners", "", "positive", "paraphrase", "Hotel Brisa", "review", [
    ("c", "2025-10-05 17:45", "8/10 Fourth stay and it keeps getting better, so here are a few small things from a fan: a hook by the shower, a plug socket near the bed (we're all charging phones), and oat milk at breakfast. Sort those and it's a ten. Happy to chat with the manager next time I'm in."),
    ("a", "2025-10-07 10:30", "Thank you so much for these notes, the hooks are already ordered! Please do ask for me next time. Lucía, Manager"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;caps;emoji;idiom", "Kestrel Jet", "tweet", [
    ("c", "2025-11-10 20:20", "flew the brand new @KestrelJet cabin on launch week and i am not ok about it. the mood lighting, the seat pods, THE SNACK DRAWER. everyone at work is already sick of hearing about it ✨✨"),
])

h("fling", "fleeting_acquaintance", "positive", "paraphrase", "Sable Hotel", "review", [
    ("c", "2025-07-12 23:15", "9/10 Half my feed has been posting from the Sable since it opened last month, so of course I had to see what the fuss was. It's absolutely the moment: the pink terrazzo, the rooftop at sunset, the tiny martinis. Will it still be the place in a year? Who knows. Right now I'm completely swept up in it."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;routine_question", "The Moorings", "dm", [
    ("c", "2025-04-25 14:00", "Hi all, back in June for the book fair. You know me by now: the last two times something went sideways (the lost passport, then my mum being taken ill while I was away) you were the first people I rang and you sorted everything while I panicked. I feel safer in that city knowing you're there. Usual room if possible?"),
    ("a", "2025-04-25 14:30", "Of course, Hanna, room 12 is yours. And we hope this trip is a boring one! ^MO"),
])

h("best_friends", "", "positive", "paraphrase;idiom", "Marlo Airways", "tweet", [
    ("c", "2025-08-29 09:45", "whenever a trip falls apart, @FlyMarlo are the ones picking up the pieces. rebooked me in 10 mins when my dad was in hospital, waived the fee, checked on me after. they tell me straight what they can and can't do and i believe them"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji", "Zephyra", "tweet", [
    ("c", "2025-06-25 16:00", "@ZephyraAir you're one of the three i rotate between for the Marrow run, whoever's cheapest that week. today was your turn and it was a good one, on time and the crew were a laugh 👍"),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase", "Casa Lusa", "review", [
    ("c", "2025-11-22 10:10", "8/10 One of a handful of places I bounce between when I'm in Portavera. Nice to be greeted like a regular without anyone making a fuss about it. Next time I might try the new place by the river, but I'll end up back here at some point, I always do."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji;other_type_cue", "Nightly", "tweet", [
    ("c", "2025-03-03 23:58", "it's midnight and i'm on @NightlyApp scrolling cabins i can't afford. again. i've booked something every month this year. my partner has banned the app from the bedroom. send help 😂"),
])

h("dealer_addict", "", "positive", "paraphrase;other_type_cue", "Aerlune", "tweet", [
    ("c", "2025-10-28 07:10", "booked a pointless day return to Brennick purely to get my lounge fix before the status year resets. 3hrs in the @Aerlune lounge, flew, sat in the other lounge, flew home. i need an intervention and a flat white"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;routine_question;other_type_cue", "Skyvale Air", "dm", [
    ("c", "2025-05-16 20:30", "Bit of an odd one. I put in upgrade bids on most of my holiday flights with you and pay for them myself. Nobody at home knows, my husband thinks I just get lucky, and it's the best money I spend all year. Could you make sure the upgrade receipts go to this email rather than the family account? Thanks!"),
    ("a", "2025-05-16 20:58", "Of course, your secret is safe with us 🤫 Upgrade receipts will now go to this address only. ^ZB"),
])

h("secret_affair", "", "positive", "paraphrase", "Thermae Lindow", "review", [
    ("c", "2025-02-09 19:00", "10/10 My twice-a-year escape that nobody at home knows about. I tell them it's a training course. Two nights, the thermal pools, room service, not a single person needing anything from me. Slightly ashamed, mostly thrilled. Please never change."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;negation", "Tripnest", "dm", [
    ("c", "2025-06-21 10:00", "There is a charge on my card from 'Tripnest*Htl 2291' for €189. I have never made an account with you, never booked anything through you, and I don't recognise the hotel. Who has my card details and why are you taking money from me?"),
    ("a", "2025-06-21 10:25", "Hi, we're sorry for the worry. Please don't share card details here; report the charge to your bank and send us the date and the last 4 digits so we can trace the booking. ^BH"),
    ("c", "2025-06-21 12:40", "Done. Bank says fraud. Close whatever account someone opened in my name."),
])

h("complete_strangers", "", "negative", "paraphrase;negation", "Minster Court Hotel", "tweet", [
    ("c", "2025-03-26 08:04", "@MinsterCourtHtl no idea who you are or how you got my email but please stop sending me 'reminders about my upcoming stay'. i have never set foot in your hotel"),
    ("a", "2025-03-26 08:30", "Sorry for the confusion. It sounds like a guest entered an incorrect email address; please DM us and we'll remove it. ^GO"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase", "Harrowgate Arms", "review", [
    ("c", "2025-09-28 12:30", "7/10 Our stop whenever a wedding or a funeral drags us up this way, so once every couple of years. Nothing much changes, which is fine by us. Room clean, bar food decent, car park tight."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Valeway Rail", "dm", [
    ("c", "2025-04-30 13:15", "Hi, I only take your trains a couple of times a year, mostly to visit my aunt in Felsby. Is a railcard worth it for someone like me, or will I just lose money on it?"),
    ("a", "2025-04-30 13:50", "Hi Josh, a railcard pays for itself if you spend more than about £90 a year on off-peak tickets. ^OB"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;hashtag;emoji;idiom", "Skyvale Air", "tweet", [
    ("c", "2025-12-14 19:40", "shoutout to the #SkyvaleRegulars lot tonight: the gate change never made it to the screens so we ran a relay in the group chat, the ground crew joined in and between us we got 60 people to B7 in time. teamwork makes the dream work 🙌 @SkyvaleAir"),
])

h("teammates", "", "positive", "paraphrase;routine_question;agent_cues", "Northgate Railways", "dm", [
    ("c", "2025-05-03 11:00", "Quick update from the Hollin station friends' group: the bulb planting went brilliantly, 14 of us plus two of your lads from the depot. Thanks for the tools and the tea. Same again for the autumn painting day? We'd like to do the waiting room benches next."),
    ("a", "2025-05-03 11:45", "Brilliant work! Yes, let's book the autumn day in, our community team will be in touch. ^NR"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Hotel Seeblick Amsel", "review", [
    ("c", "2025-08-30 09:15", "10/10 My grandparents honeymooned here in 1961, my parents brought us every Easter, and this year I brought my own two. Herr Amsel's daughter runs it now and greeted us like cousins. Four generations of us have signed the same guest book."),
    ("a", "2025-09-01 08:40", "It was a joy to see the next generation! The guest book has a new page waiting for you. Klara Amsel"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;emoji;third_party", "Pelagia Airways", "tweet", [
    ("c", "2025-09-09 17:50", "my dad loaded bags for @PelagiaAir for 31 years. we flew nowhere else growing up and i still don't really. seeing the old livery on the retro plane today made our whole group chat cry 🥲"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase;negation;occasion", "Pinewood Airport Lodge", "review", [
    ("c", "2025-01-04 06:10", "6/10 Somewhere to lie flat for five hours between a cancelled connection and the 7am out. Not a place I'll ever need again and I didn't need it to be charming: bed, shower, shuttle at 5. Mission accomplished."),
])

h("one_night_stand", "", "positive", "paraphrase;other_type_cue;emoji;occasion", "Solenne Air", "tweet", [
    ("c", "2025-07-01 22:00", "splashed out on @SolenneAir business for my 40th. once, never again, because i know myself. champagne, pyjamas, the lot. back to row 28 with my knees round my ears from now on but what a night 🥂"),
])

# ================================================================ colleagues (2)

h("colleagues", "business_partners", "neutral", "paraphrase;routine_question", "Tripnest", "dm", [
    ("c", "2025-02-11 09:30", "Hello, I manage travel for a 60-person engineering firm and we book all our site visits through your business portal. Two requests: can approvers see the cancellation policy before they approve, and can the monthly statement be split by cost centre? Our finance team currently does it by hand."),
    ("a", "2025-02-11 10:05", "Hi Maya, thanks. Cost-centre splitting is available and I've switched it on for your account. Showing the policy to approvers is on our roadmap. ^BH"),
])

h("colleagues", "", "positive", "paraphrase", "Crestline Trains", "tweet", [
    ("c", "2025-10-13 07:25", "our survey crew lives on @CrestlineTrains flexi tickets, 5 of us to site and back every week. the group booking on the business account saves our office manager about an hour a fortnight. cheers"),
])

# ================================================================ checks and output

SCORE = re.compile(r"^(?:10|[1-9])/10 ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^QT @\w+: .*$")
PASTED = re.compile(r"(?m)^>.*$")      # a pasted line of the brand's e-mail in a DM
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"PDF", "UX"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|omg|smh|idk|u|n)\b")
SIGNED = re.compile(r"\^[A-Z]{2}$")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "treasure", "forever"]
# cue words of the CODEBOOK's table (DOMAIN.md was not in the checkout); each hit in a
# customer's own words (retweets and pasted e-mail lines removed) should sit in a history
# whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for the money", "value for money", "does the job",
            "reliable", "no fuss", "suggestion", "would be great if", "please bring back",
            "beta test", "obsess", "so exciting", "this season", "trust", "always been there",
            "like a friend", "go-to", "go to", "i switch between", "i use others",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know how much", "do you know who", "love", "loyal", "never switching",
            "forever", "one and only", "never stay anywhere else", "addict", "hooked",
            "need my fix", "can't go a day", "guilty pleasure", "don't tell", "don't judge",
            "who are you", "never signed up", "never had an account", "first time",
            "just downloaded", "came across", "now and then", "from time to time",
            "our community", "fellow users", "we players", "together we", "since i was a kid",
            "remember when", "like coming home", "family tradition", "generations",
            "like family", "used to", "not anymore", "gone downhill", "closing my account",
            "worst", "avoid", "scam", "boycott", "warn everyone", "never again", "stay away",
            "hate", "can't quit", "keep coming back", "just this once", "one-time",
            "impulse", "only needed it for one night", "our team", "for work",
            "does what we need", "as usual", "typical", "again", "disputed", "on hold",
            "fighting with"]
STEMS = {"addict", "obsess", "loyal", "love", "trust", "hate", "impulse", "generations",
         "avoid", "disputed"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's text without what it retweets, quotes or pastes."""
    return PASTED.sub("", QUOTED.sub("", RETWEET.sub("", text)))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # every guest review opens with a score out of ten; nothing else carries one; a review's
    # reply is the manager's, signed with a name, never ^XX
    if ch == "review":
        assert all(SCORE.match(t) for t in cust), (x["brand"], [t[:20] for t in cust])
        assert not any(SIGNED.search(t) for t in agent), x["brand"]
        # reply and review alternate: at most one reply after each review
        roles = "".join(r for r, _, _ in x["msgs"])
        assert "aa" not in roles, x["brand"]
    else:
        assert not any(SCORE.match(t) for t in cust), x["brand"]
        for t in agent:
            assert SIGNED.search(t), (x["brand"], t[-20:])
    # tweets: 280 characters at most (customer and brand), the first names a handle;
    # retweets and quoted tweets only on Twitter
    if ch == "tweet":
        for t in cust + agent:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
    else:
        assert not any(RETWEET.search(t) or QUOTED.search(t) for t in cust), x["brand"]
    # pasted e-mail lines only in DMs
    if ch != "dm":
        assert not any(PASTED.search(t) for t in cust), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    assert ("quoted_reply" in tags) == any(PASTED.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert tags & {"retweet", "quoted_tweet", "quoted_reply"}, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # no e-mail signatures in this genre
    assert "signature" not in tags, x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=5))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 55
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 15 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4, 5)), sizes
        nreply = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 32 <= nreply <= 48, nreply
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "retweet", "single_thanks", "routine_question", "employee"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("brand replies by channel:",
          dict(Counter(x["channel"] for _, x in assigned
                       if any(r == "a" for r, _, _ in x["msgs"]))))
    print("customer messages per customer:",
          dict(sorted(Counter(sum(r == "c" for r, _, _ in x["msgs"])
                              for _, x in assigned).items())))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
