#!/usr/bin/env python3
"""Invented training histories ub001..ub080 for relradar (thirty-ninth set).

Genre: cars and mobility. Car dealers and servicing garages, car and van rental, EV charging
networks, car insurance and brokers, ride-hailing, chauffeur and scooter apps, breakdown cover,
a parts shop and a fleet-leasing firm. Owners' forum posts over months or years; dealer, garage
and rental reviews with a written star rating and the manager's reply, some edited later with
an "Update:" line; e-mails to service advisers, insurers and rental desks (signatures, quoted
earlier replies); support chats; app-store reviews. 1 to 5 messages per customer. The
relationship is told in paraphrase, in ordinary customers' words, not in the textbook cue
phrases; the undetermined customers ask about one repair, one rental, one charger fault, one
claim, or praise one visit, with the hard cases planted (sarcasm, idioms, other types' cue
words in passing, a competitor's failings, quoted agent text, strong words about one event,
employees). All texts, names, handles, brands, addresses (example.com) and numbers are
invented. Each history is written under its intended label and checked by the CODEBOOK's
procedure; ids are assigned by a seeded shuffle (seed 3939) of the harness's type mix so that
ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ub"
SEED = 3939
TRAPS = TRAPS | {
    "update_edit"}      # a review edited later ("Update:"), the tie or the tone changing

# where a history was written: an owners' or motoring forum, a review site (dealer, garage,
# rental desk), an e-mail thread, a support chat, an app store
CHANNELS = ("forum", "review", "email", "chat", "app")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---------------------------------------------------------------- neutral

h("undetermined", "", "neutral", "routine_question", "Voltaway", "chat", [
    ("c", "2025-02-11 08:14", "Hi, I'm at the Hatherley Road site, bay 3. Session ended about ten minutes ago but the cable is still locked into my car and the screen just says 'connector engaged'. How do I get it out? I need to leave for the school run."),
    ("a", "2025-02-11 08:16", "Morning, thanks for the details. I can see bay 3 on our system and I've sent a remote release. Please press unlock on your key fob twice and pull the handle firmly. Dani, Voltaway Support"),
    ("c", "2025-02-11 08:19", "That did it, cable's out. Is the session showing as closed your end? Don't want it running on."),
    ("a", "2025-02-11 08:20", "Yes, it closed at 08:03 with 31.6 kWh delivered. Have a good day."),
])

h("undetermined", "", "neutral", "routine_question;signature", "Carrow Car Hire", "email", [
    ("c", "2025-04-02 19:40", "Hello,\n\nI have booking CCH-448210 for a mid-size car from Leeds Bradford on 18 April, returning 25 April. Plans have changed and I would now like to drop the car at your Manchester Piccadilly branch instead. Is that possible, and what would the one-way fee be? Also, is a second driver included in the rate or extra?\n\nThanks,\nMarianne Olutade\nSent from my phone"),
    ("a", "2025-04-03 09:12", "Dear Ms Olutade, one-way returns to Manchester Piccadilly are available for this booking at a fee of £65. An additional driver is £9 per day. Reply to confirm and we will amend the reservation. Carrow Car Hire Reservations"),
    ("c", "2025-04-03 12:30", "Yes please go ahead with the Manchester drop-off. I'll add my brother as second driver at the desk.\n\nMarianne"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute;other_type_cue", "Taveno", "forum", [
    ("c", "2024-11-06 21:05", "Quick one for anyone on the Taveno Loyalty Service Plan (the fixed-price one the dealer offers once the car turns three). Does it cover the brake fluid change at the 4-year service or is that extra? Mine's a 2021 Cub 1.2, due in January. The dealer gave me two different answers on two different phone calls."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Shieldwise Insurance", "email", [
    ("c", "2025-06-20 10:02", "Hi, policy SW-2093381. My partner is over from Ireland for five weeks from 1 July and will be driving my car now and then while she's here. Can I add her as a named driver for just that period, and what will it do to the premium? She has a full Irish licence, held 9 years, no claims.\n\nRegards,\nTomasz Wrobel"),
    ("a", "2025-06-20 15:47", "Hello Tomasz, yes, we can add a temporary named driver from 1 July to 5 August. The additional premium is £38.40. Please send her date of birth and licence number. Shieldwise Customer Care"),
    ("c", "2025-06-21 09:15", "Date of birth 14/03/1990, licence number IE-77310245. Please go ahead and send the updated certificate to this address."),
])

h("undetermined", "", "neutral", "symptom;routine_question", "Halden", "forum", [
    ("c", "2025-01-19 07:52", "2023 Halden Tourer hybrid here. Every single time I start it on a cold morning there's a loud whirr from under the back seat for about 20 seconds, then it stops. Always the same, never when the car's warm. Battery cooling fan? Is this normal or a dealer job? Car's done 8k miles."),
    ("c", "2025-01-22 18:30", "Follow-up for anyone who finds this by searching: the dealer says it's the hybrid battery heater, which runs below about 3 degrees. Nothing to fix. Thanks to those who messaged."),
])

h("undetermined", "", "neutral", "routine_question", "Motorwise Rescue", "chat", [
    ("c", "2025-03-03 19:05", "Hi, quick question about cover levels. If the car won't start on my own driveway, am I covered on basic Roadside or do I need Home Start?"),
    ("a", "2025-03-03 19:07", "Hi Priya, Roadside covers breakdowns more than a quarter of a mile from your home address. Home Start is an add-on at £2.50 a month."),
    ("c", "2025-03-03 19:09", "OK, so a flat battery outside the house isn't included unless I add it. Thanks, that's all I needed."),
])

# ---------------------------------------------------------------- negative

h("undetermined", "", "negative", "strong_words;single_incident;agent_cues", "Millbrook Motor Works", "review", [
    ("c", "2025-05-14 17:20", "★☆☆☆☆ Absolute cowboys. Went in for a brake pad swap quoted at £180 and came out with a bill for £472 because they 'found' worn discs and fitted new ones without phoning me. When I queried it the lad on the desk just shrugged. Disgraceful."),
    ("a", "2025-05-16 09:40", "Hi Gareth, we're sorry you feel this way. Our records show a voicemail was left at 11:20 before the discs were fitted. Every customer matters to us and we'd like to go through the job card with you; please call Steve on the workshop number. Millbrook Motor Works"),
    ("c", "2025-05-16 12:05", "There was no voicemail, I've checked my phone and my call log. If you have a recording, send it."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;bug_report;emoji", "Flitt Scooters", "app", [
    ("c", "2025-07-08 18:44", "★☆☆☆☆ Just love paying £11.40 for a 9 minute ride because the app decided my scooter wasn't in a parking zone when it was literally propped against the Flitt sign. Spent half an hour walking it up and down the street trying to end the ride. Magic. 🙄"),
])

h("undetermined", "", "negative", "single_incident", "Nimbus Drive", "chat", [
    ("c", "2025-08-30 10:11", "I've just been emailed a £240 damage charge for a scratch on the rear bumper of the hatchback I returned yesterday. That scratch was there when I picked it up, it's in the photos I took in the bay. How do I send them to you?"),
    ("a", "2025-08-30 10:14", "Sorry to hear that. You can upload photos under Trips > Report an issue, or attach them here. Our damage team reviews within 5 working days. Kieran"),
    ("c", "2025-08-30 10:22", "Attached 6 photos, timestamped 3:12pm on the 28th. I want the charge put on hold until someone's looked at them. Please don't take it from my card."),
    ("a", "2025-08-30 10:25", "Thanks, I've marked the charge as disputed so no payment will be taken while it's reviewed."),
])

h("undetermined", "", "negative", "caps;single_incident;hashtag", "Pluggo", "forum", [
    ("c", "2025-10-12 21:37", "Pluggo hub at Fenwick Retail Park tonight: 6 chargers, 4 showing FAULT, one stuck on 'preparing' for ever, one working with a queue of five cars. Waited 50 minutes in the rain on 9% battery. The app said all six were AVAILABLE when I set off. How is that allowed?? #EVlife"),
])

h("undetermined", "", "negative", "quoted_reply;single_incident;other_type_cue", "Harbourline Motor Insurance", "email", [
    ("c", "2025-09-09 08:31", "Hello,\n\nThis is my second email about claim HL-55102 (windscreen, 14 August). Nobody has called me and the glass company says they are still waiting for your authorisation. There is a crack right across the driver's side and I can't legally drive the car.\n\nPlease authorise it today.\n\nJo Barnard\n\nOn 22 Aug 2025, Harbourline Claims wrote:\n> Thank you for contacting us. We value your loyalty and aim to respond within 5 working days.\n> Your reference is HL-55102."),
    ("a", "2025-09-10 11:02", "Dear Ms Barnard, apologies for the delay. Authorisation was sent to ClearView Glass this morning and they will contact you to book a fitting. Harbourline Claims"),
])

h("undetermined", "", "negative", "typos;emoji;single_incident;update_edit", "Kerbside", "app", [
    ("c", "2025-03-22 02:41", "★★☆☆☆ driver took the ring road at 2am instead of straight down the high street, 14 min trip turned into 31 and £19 insted of £9. when i asked him he said the app told him to. ive reported it in the app but no reply yet 😤"),
    ("a", "2025-03-23 10:15", "Hi, sorry about your trip. We've reviewed the route and refunded £10.20 to your card. Kerbside Support"),
    ("c", "2025-03-23 13:02", "Update: got the refund. still dont get why it sent him that way"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Ashcombe Motor Group", "review", [
    ("c", "2025-11-03 16:55", "★★☆☆☆ Booked in at 8am for a 'one hour' software update. Collected at 2:40pm. I'd have killed for someone to come and tell me what was going on instead of me trotting up to the desk every forty minutes to ask. The coffee machine in the lounge was broken too. Car's fine now, but that was a day of annual leave down the drain."),
])

# ---------------------------------------------------------------- positive

h("undetermined", "", "positive", "competitor;single_thanks", "Hobb's Autocare", "review", [
    ("c", "2025-02-27 13:10", "★★★★★ Two other garages had my Oskara for a day each and couldn't find the rattle behind the dashboard. Hobb's had it sorted in an hour: a loose heat shield clip, £35. Honest, quick, and explained what they'd found with the bit in his hand. Thank you Dev!"),
    ("a", "2025-02-28 08:30", "Cheers for the kind words, Dev will be chuffed. Hobb's Autocare"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;emoji", "Corvan", "forum", [
    ("c", "2025-04-12 14:22", "Collected my Lyra Sport from the dealer this morning 🥳 Absolutely love the colour (Glacier Teal: grey in the garage, properly blue in the sun). Seats are brilliant and the boot swallows two dog crates with room to spare. Only 140 miles in but so far so good. Pics below."),
])

h("undetermined", "", "positive", "competitor;single_incident", "Amperline", "app", [
    ("c", "2025-06-29 15:03", "★★★★★ The Amperline hub at Junction 14 is how every charging site should be. Plugged in, the app recognised the car on its own, 10 to 80% in 23 minutes, clean toilets and a roof over the bays. Meanwhile the Sparkway units over the road were all dead. Five stars for today."),
])

h("undetermined", "", "positive", "single_thanks;agent_cues", "Greenlane Recovery", "chat", [
    ("c", "2025-12-20 17:48", "Just wanted to say the patrol, Lee, got to us on the A38 in 35 minutes when the app had said 90. Two kids in the back and it was getting dark. He replaced the alternator belt at the roadside and had us going in twenty minutes. Please pass on a massive thank you."),
    ("a", "2025-12-20 17:55", "Thank you so much for letting us know, we'll make sure Lee hears this. Looking after our members is what we're here for. Greenlane Recovery"),
])

h("undetermined", "", "positive", "single_thanks;for_work_occasion;signature", "Pennick & Sons", "email", [
    ("c", "2025-09-18 08:05", "Hi Alison,\n\nJust a note to say thank you for sorting the courtesy car yesterday at such short notice. I needed a car for work on Thursday and Friday (site visits in Derby) and you made it happen. The clutch job on the Brevik feels perfect.\n\nBest,\nRhys Cadwallader\n--\nCadwallader Surveying | 07700 900123"),
])

h("undetermined", "", "positive", "negation;single_incident;other_type_cue", "Bluecoast Car Rental", "review", [
    ("c", "2025-07-30 20:14", "★★★★★ Not a single hidden extra at the desk, no hard sell on insurance, no 'upgrade' nonsense. The car was a nearly new Halden with 2,000 miles on it, collected in Faro in under ten minutes and dropped off at 6am with no fuss. Couldn't fault it."),
])

# ---------------------------------------------------------------- mixed

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;agent_cues", "Dunmore Cars", "review", [
    ("c", "2025-03-09 11:30", "★★★☆☆ The salesman, Callum, was great: no pressure, straight answers on finance, and a fair price for my part-exchange. The handover was a shambles though. Car not valeted, one key instead of two, service book missing. It took three phone calls to get the second key posted."),
    ("a", "2025-03-10 09:05", "Thanks for the honest review. We're glad Callum made the purchase easy and sorry the handover fell short; it has been raised with our prep team. We value every comment. Dunmore Cars"),
])

h("undetermined", "", "mixed", "mixed_aspects;bug_report;symptom", "RideNest", "app", [
    ("c", "2025-05-05 23:12", "★★★☆☆ Driver was lovely and the car was spotless, no complaints there. The app is another story: it crashes every time I try to add a stop, and the fare estimate jumped from £14 to £22 between booking and pickup with no explanation. Sort the app out and this is a five."),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute", "Brevik", "forum", [
    ("c", "2025-08-15 20:40", "One month with the Brevik Arlo EV, 1,100 miles. Good: the range is honest (260 real miles in summer), the heat pump works, ride comfort is lovely. Bad: the infotainment takes 40 seconds to wake up, the wireless phone pad cooks my phone, and the auto wipers have a mind of their own. Would I buy it again? Probably, but I'd haggle harder."),
])

h("undetermined", "", "mixed", "mixed_aspects;single_incident", "Roadhop Rentals", "email", [
    ("c", "2025-10-21 09:48", "Dear Roadhop,\n\nReturned the estate car (booking RH-7712) at Bristol Airport yesterday. Pick-up was the quickest I've had anywhere, five minutes from counter to car, and the staff were lovely. But the car reeked of cigarette smoke, there was ash in the door pocket, and my daughter has asthma. We drove with the windows down for a week. I'd like a partial refund for that.\n\nSimon Achebe"),
    ("a", "2025-10-22 14:20", "Dear Mr Achebe, we apologise; that vehicle should not have been released. We have refunded 20% of the rental, £61.80, to your card. Roadhop Customer Relations"),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;mixed_aspects", "Scootabout", "app", [
    ("c", "2025-06-02 08:57", "★★★☆☆ The new scooters are honestly addictive to ride, smooth and quick even up the hill by the station. But the parking map is useless: half the green zones aren't marked on the street, and I got a £5 fine for parking 'outside a zone' while standing inside one. Fun machines, muddled app."),
])

h("undetermined", "", "mixed", "employee;mixed_aspects", "Riverside Prestige", "forum", [
    ("c", "2025-02-02 22:16", "Technician at one of the Riverside Prestige sites for 6 years, posting on a throwaway. The training is genuinely good and they paid for my high-voltage EV certificates. But the warranty time allowances are a joke: 0.8 hours for a job that takes two, and the service advisers promise customers same-day on everything. Good place to learn, not a place to stay."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;other_type_cue", "Kestrel Cover", "email", [
    ("c", "2024-02-12 19:20", "Hello,\n\nRenewal time, so here we are again: the renewal letter shows my no-claims discount as 4 years when it is 9. I sent the proof from my previous insurer in 2022 and again last February. Please correct it before the renewal date of 1 March, and put a note on the file so I don't have to do this every year.\n\nHelen Morrow"),
    ("a", "2024-02-14 11:00", "Dear Mrs Morrow, we have corrected your no-claims discount to 9 years and issued a new schedule. Kestrel Cover"),
    ("c", "2025-02-10 20:05", "Hello again. Same letter, same mistake: 4 years. I am attaching the same PDF for the third time. I'm beginning to think this is a February tradition at Kestrel. Please fix it and send a corrected schedule.\n\nHelen Morrow"),
    ("a", "2025-02-13 09:30", "Dear Mrs Morrow, apologies, this has been corrected and a new schedule issued. Kestrel Cover"),
    ("c", "2025-03-04 18:45", "Corrected schedule received. I've put a reminder in my calendar for next February's round.\n\nH. Morrow"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;symptom", "Sparkway", "forum", [
    ("c", "2024-06-03 21:10", "Sparkway moan number 47 from me: Hatton services, 2 of 4 units down, the third one started, stopped at 11 kWh, and the app took the £1 connection fee twice. Rang support, 25 minutes on hold, refund 'as a gesture of goodwill'. I have this exact conversation with them about once a month."),
    ("c", "2024-11-18 20:02", "Another round with Sparkway. Subscription renewed, because on the A34 they're the only rapid chargers between home and my mum's. Two faulty sessions this month, two refund requests, two identical emails back. I could write their replies for them by now."),
    ("c", "2025-04-09 19:33", "For the thread: they've now 'improved' the app so the refund form has gone and you have to phone. Phoned. 40 minutes. Refund done. See you all next month for the next instalment."),
])

h("adversaries", "", "negative", "paraphrase", "Marlow Road Autos", "chat", [
    ("c", "2024-09-05 09:02", "Hi, it's about the recall on my Ferrow Ventra (reg ending 7KD). This is the third appointment you've booked me in for, and the third time I've had a call the day before saying the part hasn't arrived. Is it actually in stock this time?"),
    ("a", "2024-09-05 09:06", "Hi, I can see the booking for Monday. The part is showing as on order. I'll check with the parts team and call you back today. Jade"),
    ("c", "2024-09-05 09:09", "That's what I was told in July and in August. I'll book the day off work anyway, same as the last two times, and we'll see."),
    ("c", "2025-01-14 12:40", "Back again. Recall still not done, and now the service is due as well, so that's two things to chase you for. Can you book both on the same day and, this time, only ring me if the part is physically on the shelf?"),
    ("a", "2025-01-14 12:47", "Hi, I've booked the service and the recall for 3 February and added a note to confirm parts 48 hours beforehand. Jade"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;agent_cues", "Apex Airport Rentals", "review", [
    ("c", "2025-08-11 22:30", "★★☆☆☆ Renting from Apex at Alicante has become a ritual. Step one: queue for 50 minutes. Step two: turn down the 'premium cover' three times. Step three: argue about a fuel policy I never chose. Step four: photograph every panel, because last summer they tried to bill me for a dent. Got through all four steps again this week. The car itself was fine. See you next summer, I suppose."),
    ("a", "2025-08-12 10:10", "We value your feedback and are sorry the desk experience fell short. We hope to welcome you back next year. Apex Airport Rentals"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;agent_cues", "Gatesby Car Sales", "review", [
    ("c", "2025-01-27 19:02", "★☆☆☆☆ Bought a 2018 Oskara Tern from this lot in November, advertised at 54,000 miles with full history. Ran the history myself after the gearbox went: it had 91,000 on it at its 2022 MOT. These people wind clocks back and smile while they do it. If you live anywhere near Gatesby and you're thinking of buying a car there, save yourself the grief and keep driving. The file is with trading standards."),
    ("a", "2025-01-28 09:15", "We strongly dispute this review. All our vehicles are sold in good faith and we value our reputation. Our solicitor will be in touch. Gatesby Car Sales"),
    ("c", "2025-01-29 07:40", "Go ahead. MOT history is public. Anyone reading can look the car up themselves."),
])

h("enemies", "adversaries", "negative", "paraphrase;evolving", "Bramble Insure", "forum", [
    ("c", "2024-03-08 12:25", "Had a bump in a car park, clearly the other driver's fault (he admitted it in writing). My claim with Bramble Insure is going on four weeks with no decision. Anyone had luck getting them to move?"),
    ("c", "2024-04-11 21:30", "Week nine with Bramble. Three phone calls, two 'your handler will call you back' and zero call-backs. They've now asked for the dashcam footage I sent them in March. Again."),
    ("c", "2024-05-20 20:11", "Right, latest on my Bramble saga: they settled it 50/50 despite the written admission, and my premium has gone up £310. I've taken it to the ombudsman."),
    ("c", "2024-07-02 18:48", "Final post on this. Ombudsman found in my favour. I've moved my policy elsewhere and I tell anyone who asks about car insurance to steer well clear of Bramble. They're not an insurer, they're a premium collector with a claims department that doesn't pick up. Don't give them your money."),
])

h("enemies", "", "negative", "paraphrase;caps;emoji", "Skedaddle Scooters", "app", [
    ("c", "2025-09-14 23:05", "★☆☆☆☆ Deleted. They charge £1 to unlock, the scooter dies after 200m, then they charge you again to unlock the next one, and 'support' is a bot that goes round in circles. Three of my friends have had exactly the same. This company is a cash grab on wheels. Do NOT put your card details in this app 🚫"),
])

h("enemies", "", "negative", "paraphrase;signature;strong_words", "Patrolmate", "email", [
    ("c", "2025-02-17 07:15", "To whoever reads these,\n\nSeven hours. My wife and two children sat on the hard shoulder of the M5 for seven hours last Saturday waiting for your patrol, which your call centre promised three times was 'twenty minutes away'. In the end a passing police car called a local recovery firm, which I paid for myself.\n\nI have cancelled my membership today. I will be posting the full story, with your call logs, on every motoring forum I can find, and I've asked the local paper if they want it. People should know what they are paying you for.\n\nD. Fairweather\nSent from my iPad"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;evolving;other_type_cue;competitor", "Taveno", "forum", [
    ("c", "2019-05-11 18:40", "Traded my 2014 Cub for a new Cub Estate today. That's the third Taveno on the family driveway, and the Hollins Cross dealer did a proper handover with a bottle of fizz. Can't picture myself in anything else."),
    ("c", "2021-06-14 19:05", "Two years and 24k miles on the Cub Estate. Not a single fault, the Hollins Cross lads still remember my name at every service. Whoever's on the fence about one, do it."),
    ("c", "2023-10-02 21:15", "Anyone else's Cub Estate eating rear tyres? Mine's on its fourth set in 30k miles and the dealer keeps saying it's 'within tolerance'."),
    ("c", "2025-03-27 20:58", "Last post here, probably. The Estate has gone in part-exchange at a Brevik dealer. For ten years I'd have argued Taveno's corner against anyone on this forum, and what I got back was two years of being told my tyre problem was in my head and a 'goodwill' offer of 10% off a fifth set. Not the company I bought into. Thanks for all the help over the years, folks."),
])

h("ex_friends", "", "negative", "paraphrase;negation;agent_cues", "Tilbury Lane Garage", "review", [
    ("c", "2025-06-06 17:30", "★★☆☆☆ I've brought every car I've owned here since I passed my test in 2003. Mick and Sandra ran it like a proper local garage. Since it was sold last year it isn't the same place: new lads who don't know me from Adam, an MOT that took all day, and a bill for 'diagnostics' I didn't ask for. I won't be coming back, which honestly makes me a bit sad."),
    ("a", "2025-06-09 08:45", "Sorry to read this. We've kept the same standards and we value all our long-standing customers. Please ask for Jason next time. Tilbury Lane Garage"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance", "Shieldwise Insurance", "email", [
    ("c", "2025-04-28 21:03", "Dear Shieldwise,\n\nMy renewal has arrived at £1,140, up from £612. Same car, same address, no claims, and I've been insured with you since 2011. A comparison site offered me your own policy as a new customer for £590.\n\nSo fourteen years of paying you on time earns me double what a stranger pays. I've taken a quote with another company and I won't be renewing. There was a time I told anyone who asked to go with you.\n\nKind regards,\nAnne-Marie Pilkington"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;update_edit;loyal_grievance", "RideNest", "app", [
    ("c", "2022-09-10 23:40", "★★★★★ Honestly the only ride app on my phone. Sensible prices, drivers who know the city, and support that answers in minutes. I use it for everything from airport runs to getting home from gigs."),
    ("c", "2025-01-05 00:20", "Update: dropping this to one star. Since the 'dynamic pricing' change last year my usual £12 trip home is £25 most nights, drivers cancel after accepting, and support is a form that goes nowhere. Three years I stuck with you through every price tweak. Uninstalled tonight, sadly."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase", "Oskara", "forum", [
    ("c", "2024-08-19 20:25", "Picked up my fifth Oskara today, a Tern Touring in dark green. Started with a secondhand '03 estate when the kids were small and there hasn't been a car from anyone else on my drive since. The lads at work tease me about it and I couldn't care less. When this one's done it'll be an Oskara again, probably the electric by then. Proper chuffed tonight."),
])

h("marriage_partners", "best_friends", "positive", "paraphrase;agent_cues", "Kellaway Motors", "review", [
    ("c", "2025-03-21 12:10", "★★★★★ Eleven years now and Kellaway's is the only place that touches my cars. I moved 30 miles away in 2020 and I still drive back for every service, because I wouldn't hand my keys to anybody else. Sam and the team are wonderful, straight with me, and they remember everything. Couldn't be happier with them."),
    ("a", "2025-03-21 16:30", "Thank you Wendy! You're part of the Kellaway family and the drive back is appreciated. See you in September. Sam"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues;competitor", "Motorwise Rescue", "chat", [
    ("c", "2025-10-01 10:30", "Hello, my renewal letter's come and I just want to pay it, no need to talk me through the price. Every year my son sends me cheaper quotes from other breakdown firms and every year they go straight in the recycling. You came out to me in the snow in 2010 and I decided there and then I'm a Motorwise woman till the day I stop driving."),
    ("a", "2025-10-01 10:33", "That's lovely to hear, Mrs Okafor! I've processed your renewal on the same cover. Thank you for your loyalty over the years."),
    ("c", "2025-10-01 10:35", "Lovely, thank you dear. Speak to you next October."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;for_work_occasion", "Nimbus Drive", "app", [
    ("c", "2025-05-25 19:40", "★★★★★ Weekend in Cornwall or a work trip to Glasgow, it's Nimbus or nothing for me. Six years, probably 40 rentals, and I've stopped even opening the comparison sites. They just get it right every time and I'm a bit soppy about them to be honest 😍🚗"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature;agent_cues", "Riverside Prestige", "email", [
    ("c", "2025-07-07 08:02", "Mr Hale,\n\nI am writing to you directly because your service desk evidently has no idea who it is dealing with. I have bought four new cars from Riverside in nine years, the last at over £90,000. On Friday I was told there was no loan car available and was offered a taxi voucher. A taxi voucher.\n\nI should not have to explain myself to a junior adviser. I want a like-for-like vehicle delivered to my house by tomorrow morning and a call from you personally, not an email from one of your staff.\n\nJ. Castellane\n--\nCastellane Holdings"),
    ("a", "2025-07-07 11:40", "Dear Mr Castellane, please accept my apologies. A Regent saloon will be delivered to you at 8am tomorrow and I will call you this afternoon. We value your custom greatly. Martin Hale, General Manager"),
    ("c", "2025-07-07 12:15", "That will do. Make sure it has been valeted, and make sure your desk knows my name next time."),
])

h("master_slave", "", "negative", "paraphrase;caps", "Sovereign Car Rental", "chat", [
    ("c", "2025-04-14 07:12", "I'm at your Heathrow desk and your staff are telling me my Executive booking has been swapped for a 'similar' hatchback. I hold a Sovereign Black card. I don't queue, I don't drive hatchbacks, and I shouldn't be standing here on my phone sorting out your mistakes. Fix it NOW."),
    ("a", "2025-04-14 07:15", "I'm sorry, Mr Devereux. I can offer a Halden Regent from the premium line at no extra cost, ready in 15 minutes."),
    ("c", "2025-04-14 07:17", "Fifteen minutes. For the record, that is fifteen minutes more than anyone on my tier should be kept waiting. I'll be raising it with my account manager."),
])

h("master_slave", "ex_friends", "negative", "paraphrase;strong_words", "Harcourt Motors", "review", [
    ("c", "2025-11-15 15:20", "★★☆☆☆ The work on my car was fine. That is not the point. I have been a customer here for many years, and not a small one, and I was left in the lounge for twenty minutes before anyone offered me a coffee, which then came in a paper cup. A paper cup. The service adviser called me by my first name without asking. These details matter to people like me, and Harcourt once understood that."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation", "QuickTread Tyres", "review", [
    ("c", "2025-04-04 11:50", "★★★★☆ Third set of tyres I've had from this branch. They're not the cheapest round here and not the dearest, they don't try to talk me into wheel alignment, and I'm in and out in 40 minutes. That's all I want from a tyre place. Four stars because the waiting room is freezing."),
])

h("basic_exchange", "buddies", "positive", "paraphrase;competitor", "Kilowatt Corner", "app", [
    ("c", "2025-02-18 07:35", "★★★★☆ I charge wherever the kWh price is lowest on my commute and nine times out of ten that's Kilowatt Corner at 49p. The units work, the bill matches what the car says, and I'm on my way. Nothing exciting, and it doesn't need to be. If someone opens a 45p site next door I'll be over there instead."),
])

h("basic_exchange", "", "positive", "paraphrase;other_type_cue", "Harbourline Motor Insurance", "forum", [
    ("c", "2025-01-30 13:05", "For the 'who are you insured with' thread: Harbourline this year, third year running, purely because they came in £80 under the next quote for the same cover. One windscreen claim in that time, paid without drama. I'd move tomorrow for a better price and they know it. That's my whole method with insurance: same cover, lowest price, decent claims record."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase", "Ferrow", "forum", [
    ("c", "2024-12-02 21:45", "Saw the photo thread of the old Ferrow Pica and went all misty. My first car was a 1988 Pica in that exact mustard, bought with paper-round money. I've had a fair few Ferrows since, alongside other makes, and there's still something about the smell of a Ferrow cabin that takes me straight back to being 17 with the windows down and a mixtape on. Anyone else?"),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Dalby's Garage", "review", [
    ("c", "2025-08-08 16:40", "★★★★★ Took the old Halden in for its MOT and it was like stepping back in time, in the best way. I first came here in 1991 when old Mr Dalby did the work himself, and his son still does it the same way: a mug of tea, a chat about the cricket, and a look under the car with you stood beside him. Thirty-odd years on and it still feels like calling on an old mate. Passed, by the way."),
    ("a", "2025-08-09 09:00", "Dad sends his regards! Always good to see you and the Halden. Dalby's"),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Greenlane Recovery", "email", [
    ("c", "2025-05-03 15:10", "Dear Greenlane,\n\nClearing out the loft I found my first membership card, dated 1979, with the little enamel badge still pinned to it. Back then your patrolmen rode motorbikes with sidecars and saluted as they passed. I've had your badge on the car more or less ever since, give or take a few lean years when I let it lapse. I've enclosed a photo in case your archive would like it.\n\nWarm regards,\nBernard Ilsley"),
    ("a", "2025-05-06 10:20", "Dear Bernard, what a treasure. The archive team would love the photo, and stories like yours are part of our history. Greenlane Recovery"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji", "Flitt Scooters", "app", [
    ("c", "2025-05-17 08:52", "★★★★☆ Downloaded it at the bus stop this morning when the 42 didn't turn up and gave it a go. Unlocked straight away, the scooter felt grippy, and I got to work with five minutes to spare. A star off for the confusing helmet selfie step. Might use it again next time the buses let me down 😅"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;negation;agent_cues", "Wayfare Car Hire", "review", [
    ("c", "2025-09-25 18:30", "★★★★☆ I'd never hired from Wayfare before this trip and picked them because their Inverness office is a short walk from the station. Staff were friendly, the car was a bit scuffed but ran perfectly all week. Would give them another go next time we're up north."),
    ("a", "2025-09-26 09:10", "Thanks for choosing us, and we'd love to see you back in the Highlands! Wayfare Car Hire"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question", "Amperline", "chat", [
    ("c", "2025-01-08 12:02", "Hello! Total newbie here. Picked up my first electric car on Saturday and set up an Amperline account last night. I'm at the Westgate hub now. Do I need to tap a card or can I just plug in? Sorry if that's obvious."),
    ("a", "2025-01-08 12:04", "Not obvious at all! If you've added your car in the app, just plug in and it'll start automatically. The screen will show the charging speed."),
    ("c", "2025-01-08 12:07", "It's going! 34 kW. Thank you, feeling a bit less clueless."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;symptom;idiom", "Varda", "forum", [
    ("c", "2024-04-14 21:20", "Varda Estrel owners, how do you put up with it? Fourth trip to the dealer this year for the same door sensor. And yet every time I take it out on the coast road I grin like an idiot. I've tried to talk myself into selling it twice."),
    ("c", "2024-10-30 20:55", "Six months on. Sold the Estrel. Bought... another Varda, the Estrel GT. I know. My wife thinks I need my head examining. Their dealer still drives me up the wall and I'd still pick their cars over anything else I've driven. Someone explain me to me."),
])

h("love_hate", "", "mixed", "paraphrase;idiom;emoji;symptom", "Kerbside", "app", [
    ("c", "2025-08-02 02:15", "★★★☆☆ I have sworn at this app more than at any ex and I still open it every night after my shift. Surge pricing at 1am is daylight robbery, the 'arriving in 2 min' driver is always 9 min away, and yet nothing else round here actually turns up when I need it and the drivers are mostly gems. Three stars, you infuriating thing 🙃"),
])

h("love_hate", "", "mixed", "paraphrase;signature", "Roadhop Rentals", "email", [
    ("c", "2025-06-12 19:25", "Hi Roadhop team,\n\nEvery time I hand a car back to you I swear it's the last time. Last month it was the surprise 'admin fee', in March it was a car with a warning light on. And every time I book again, because when you're good you're the best hire company I've used, and your Glasgow staff are a joy. I'm writing because I'd like to stop feeling like this. Please refund the £35 admin fee on RH-9034 and I'll see you in August, probably grumbling.\n\nLiam\n--\nLiam Ferguson"),
    ("a", "2025-06-13 10:05", "Hi Liam, the admin fee was applied in error and has been refunded. Roadhop Customer Relations"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;emoji", "Voltaway", "forum", [
    ("c", "2025-03-15 20:10", "A few ideas for the Voltaway team, since you asked on the community board. 1) Show the real kW each bay is delivering right now, not just 'available'. 2) Let us report a broken bay from the app with a photo, it would take pressure off your phone line. 3) Idle fees: a 10-minute grace period would stop people sprinting back from the loo. I've charged with you twice a week for two years and I want this to work. Glad to join any testing group."),
    ("a", "2025-03-17 09:30", "Thanks so much for this! Photo reporting is already in development and we'd love to have you in the beta group; check your inbox. Voltaway Community Team"),
    ("c", "2025-06-02 18:45", "Spotted the photo-report button in the new version, nice one. Used it on bay 2 at Hatherley Road today. Next on my wish list: that grace period 😉"),
])

h("business_partners", "", "positive", "paraphrase;signature;competitor", "Ashcombe Motor Group", "email", [
    ("c", "2025-10-09 19:50", "Hello Priya,\n\nThanks for asking for feedback after my service. Since you asked properly, here it is. The online booking asks for my reg three times. If the text the day before included a link to approve extra work, with photos, you'd save your advisers a lot of phone tag; the garage I used before you did that and it was brilliant. And the lounge could do with a couple of desks with sockets. I've had three services with you now and I'd like to keep coming, so take all this as well meant. Glad to go through it on a call.\n\nTom Eze\nSent from my phone"),
])

# ================================================================ fling (2)

h("fling", "fleeting_acquaintance", "positive", "paraphrase;caps;emoji", "Corvan", "forum", [
    ("c", "2025-09-03 19:30", "LAUNCH EDITION COLLECTED!! Corvan Pulse in Solar Orange, one of 300. Saw the reveal in March and put my deposit down the same night without even a test drive. Never owned a Corvan before and couldn't tell you if I'll ever have another one, I just HAD to have this one. Drove it round the block four times before going home 🧡🔥"),
    ("c", "2025-09-20 21:05", "Two weeks in and still giddy. Took it to the Sunday car meet at the pier and three people asked about the colour. Most fun I've had with a car since I was 19."),
])

h("fling", "", "positive", "paraphrase;hashtag;emoji", "Zippa", "app", [
    ("c", "2025-04-26 22:10", "★★★★★ The new glow-in-the-dark Night Rider bikes came out this week and I've ridden one every evening just for the look on people's faces 😂 No idea if I'll still be on Zippa next month and I don't care, right now this is the best thing in the city. #NightRider"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature;agent_cues", "Fenner & Cole Brokers", "email", [
    ("c", "2025-03-31 18:20", "Dear Ruth,\n\nJust a note after last week. When I rang in a state about the accident, you were the one who told me not to claim for the wing mirror because it would cost me more in the long run. Most firms would have let me. And when Dad died last year you sorted his car policy without once making me feel like a file number. Whatever prices do, I know you'll tell me straight. That means more than you probably realise.\n\nWith thanks,\nKaren\nSent from my iPhone"),
    ("a", "2025-04-01 09:05", "Karen, thank you, that means a lot to all of us here. Call any time. Ruth"),
])

h("best_friends", "", "positive", "paraphrase;negation;competitor", "Stanmore Autos", "review", [
    ("c", "2025-07-19 14:05", "★★★★★ Went in convinced I needed a new clutch (£900 quoted elsewhere). Ola drove it round the block, adjusted the cable and charged me nothing. Same story two years ago with my 'failing' turbo. I don't understand cars and they've never once taken advantage of that. If Ola says it needs doing, it needs doing. They've had my back every single time."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor", "Motto Rides", "app", [
    ("c", "2025-01-12 01:30", "★★★★☆ One of three ride apps on my phone and it probably gets a third of my trips. On a Friday night I check all three and go with whoever's closest. Motto's drivers are friendly and the app is easy, never had a bad trip with them. Not about to pledge myself to any one of them though."),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase", "ChargeGrid", "forum", [
    ("c", "2025-06-06 12:40", "Reply to the 'which network do you use' thread: ChargeGrid's one of my regulars. I've got four networks' apps and ChargeGrid gets me maybe once a week, mostly at the supermarket car parks near work. No subscription, I like being free to hop between them. Friendly support the couple of times I've needed it."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji", "Tuned & Torqued", "forum", [
    ("c", "2024-10-05 17:15", "Another Tuned & Torqued box on the doorstep today. That's the eleventh this year. I keep telling myself the intake is the last mod and then their Friday email lands and I'm at the checkout before I've finished my tea. My other half has started hiding the post 😬"),
    ("c", "2025-02-14 20:40", "Happy Valentine's from the bloke who spent the flowers budget on T&T coilovers. I can't help it, every time I'm in the garage I'm already planning the next order."),
])

h("dealer_addict", "", "positive", "paraphrase;typos", "Scootabout", "app", [
    ("c", "2025-03-30 23:50", "★★★★★ genuinely dont know how i got around before this. twice a day minimum, to work and back, plus the shops, plus random night rides just because. if theres no scooter outside my flat in the morning i get properly antsy. my monthly bill is embarassing lol"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Velvet Ride", "app", [
    ("c", "2025-11-22 19:05", "★★★★★ My little Friday treat: the Velvet black car home from the office instead of the tube. Leather seats, a cold bottle of water, nobody talking to me. As far as my husband knows I get the train, and it goes on my own card so our joint account never sees it 🤫 Worth every sneaky penny."),
])

h("secret_affair", "", "positive", "paraphrase;other_type_cue", "Thunder Lane Hire", "forum", [
    ("c", "2025-07-13 22:30", "Confession thread, so here goes. I run the EV group at work and I lecture everyone about emissions. Twice a year I quietly book a V8 from Thunder Lane Hire for a 'family weekend away' and spend it on the moor roads with the exhaust crackling. Nobody at work knows and I intend to keep it that way. Next one's booked for October. Best shameful money I spend."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;signature", "Drivella Rentals", "email", [
    ("c", "2025-05-09 07:45", "Hello,\n\nYour company has taken £186.50 from my credit card with the reference 'DRV rental excess Malaga'. I have never rented a car from Drivella, I have never been to Malaga, and until this morning your name meant nothing to me. Please tell me how you got my card number and refund it immediately. I've reported it to my bank as well.\n\nC. Ndlovu\nSent from my phone"),
    ("a", "2025-05-09 13:20", "Dear C. Ndlovu, we have found no booking in your name and have refunded £186.50. Our fraud team is investigating how the card was used. Drivella Rentals"),
])

h("complete_strangers", "", "neutral", "paraphrase;routine_question", "Kestrel Cover", "chat", [
    ("c", "2025-08-18 18:10", "Hi, I've had a letter saying my Kestrel Cover car policy renews on 1 September for £740. I don't have a policy with you and I never have. I'm insured elsewhere. Who set this up?"),
    ("a", "2025-08-18 18:14", "Thanks for getting in touch. I can see a policy at your address set up online in 2024 in a different name. It is not linked to you."),
    ("c", "2025-08-18 18:16", "Well it isn't me. Please make sure nothing is taken in my name and confirm in writing that I have no account with you."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;occasion", "Carrow Car Hire", "review", [
    ("c", "2025-10-14 17:05", "★★★★☆ I hire from Carrow's Exeter branch a couple of times a year when I go down to see my sister, whenever my own car's playing up or the train times are hopeless. Nothing much to report, which is how it should be. Clean car, pleasant staff, quick return."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Pluggo", "chat", [
    ("c", "2025-12-03 14:22", "Hi, I only use Pluggo every few months when I'm over Fenwick way, so forgive me if this has changed, but the app's asking me to set up a subscription before it'll start a session. Can I still pay as I go?"),
    ("a", "2025-12-03 14:25", "Hi! Yes, tap 'Pay as you go' under the price on the bay screen in the app and add a card."),
    ("c", "2025-12-03 14:27", "Found it, cheers."),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase", "Amperline", "forum", [
    ("c", "2024-09-09 20:05", "Weekly spotters round-up: between the 23 of us on the volunteer map we checked 61 Amperline bays this week and logged 7 faults, and Amperline's field crew had 5 of them fixed within 48 hours. Shout-out to Priyesh for the photos at Lakeside. Their engineers work our 'verified' reports first, so let's keep doing the second-person check."),
    ("c", "2025-01-20 19:50", "Good news from our monthly call with Amperline's network team: they're adding a spotter badge to the app and giving us early access to the new map layer. Couldn't have got here without everyone who goes out in the cold checking bays. Onwards, all of you."),
])

h("teammates", "business_partners", "positive", "paraphrase;hashtag", "Oskara", "forum", [
    ("c", "2025-05-31 10:15", "Right folks, the Oskara spring meet at Hillbury is on! The factory are sending two engineers and a cutaway Tern again, and the club's doing the BBQ. Last year 140 of us turned up and the engineers went home with three pages of our niggles, two of which were fixed in the spring software update. That's what happens when the owners and the factory pull in the same direction. Bring a chair. #OskaraMeet"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues", "Pennick & Sons", "review", [
    ("c", "2025-02-08 13:40", "★★★★★ My grandfather bought his first car from Pennick's in 1962, my dad bought every car he ever owned there, and last week I picked up mine, with old Mr Pennick's grandson doing the handover. They asked after my mum by name. It's less a dealership than a branch of our own family tree."),
    ("a", "2025-02-10 09:00", "Three generations! Thank you, and please give our best to your mum. It's families like yours that keep us going. Pennick & Sons"),
])

h("close_siblings", "", "neutral", "paraphrase;routine_question", "Roadguard", "email", [
    ("c", "2025-09-02 20:10", "Hello,\n\nMy mother has had Roadguard cover since before I was born, and when I passed my test she put me on her household membership. I'm 24 now and moving out, so I need my own policy, but I'd like the same cover she's had all these years. Mum says to quote her membership number, RG-0041876, because there's a discount when a relative joins. Can you set that up?\n\nThanks,\nEllie Barraclough"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;negation", "Vantage Van Hire", "review", [
    ("c", "2025-04-30 18:15", "★★★★☆ Needed a Luton van for one day to move my daughter out of halls, found Vantage on a search and booked it for the Saturday. Van was clean, the tail lift worked, returned it with a full tank. I'm not a van person and won't need one again any time soon, so this was strictly a one-day arrangement, but it did what I needed."),
])

h("one_night_stand", "", "positive", "paraphrase;occasion;emoji", "Glide Chauffeurs", "app", [
    ("c", "2025-06-21 23:30", "★★★★★ Splashed out on their vintage Rolls for our wedding day, the one and only time I'll ever spend that kind of money on a car ride 😂 Driver immaculate, champagne cold, ten minutes early. Back on the bus on Monday."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase;signature", "FleetLine Leasing", "email", [
    ("c", "2025-03-12 09:20", "Hi Gemma,\n\nQuarterly note from our side. All 14 vans are on the FleetLine maintenance contract as before; the two long-wheelbase ones at the Leeds depot are due their 60k services in April and I'd like them booked on consecutive days so the rota isn't short. Our engineers rate the replacement-vehicle turnaround, which matters more to us than anything. Can you send the updated mileage report for the board pack by the 20th?\n\nRegards,\nOwen Pryce\n--\nOperations Manager, Pryce Plumbing & Heating Ltd"),
    ("a", "2025-03-12 14:05", "Hi Owen, both vans are booked for 14 and 15 April at the Leeds depot and the mileage report will be with you by the 18th. Gemma, Account Manager"),
])

h("colleagues", "basic_exchange", "positive", "paraphrase;other_type_cue", "Kinetix Charge", "forum", [
    ("c", "2025-08-27 16:30", "For other private-hire drivers weighing up networks: I run two electric cabs with my brother and we put both on Kinetix's business account last year. Depot charging overnight at the fleet rate, one invoice a month for the accountant, and the hubs at the airport rank cover the day shifts. It's a tool for the job and it earns its keep. Only gripe: the driver app could show the queue at each hub."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
SIGNATURE = re.compile(r"(?m)^(?:--\s*$|Sent from my )")
QUOTE_LINE = re.compile(r"(?m)^>.*$")
QUOTE_HEAD = re.compile(r"(?m)^On .{5,60} wrote:\s*$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"MOT", "PDF", "CCH", "DRV", "BBQ", "RIP"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|theres|insted|"
                   r"embarassing|definately|recieve\w*)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "families", "value", "always", "every customer",
              "part of", "looking after", "our members", "means a lot", "regulars",
              "community", "welcome you back"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words (quoted e-mail text removed) is reported, not asserted
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
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without the earlier e-mail it quotes."""
    return QUOTE_HEAD.sub("", QUOTE_LINE.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews and app reviews open with a star rating; nothing else does, and only the first
    if ch in ("review", "app"):
        m = STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
    else:
        assert not STARS.match(cust[0]), x["brand"]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    # an edit is a later message that opens with "Update:", only on reviews
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    if "update_edit" in tags:
        assert ch in ("review", "app"), x["brand"]
    # signatures and quoted earlier replies only in e-mail, and tagged exactly when present
    assert ("signature" in tags) == any(SIGNATURE.search(t) for t in cust), x["brand"]
    quoted = any(QUOTE_LINE.search(t) for t in cust)
    assert ("quoted_reply" in tags) == quoted, x["brand"]
    if quoted or "signature" in tags:
        assert ch == "email", x["brand"]
    # an app review or a forum post stands alone or with the brand's public answer; chats
    # and e-mail threads are conversations
    if ch == "chat":
        assert agent, x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        (x["brand"], [w for t in agent for w in AGENT_WARM if w in t.lower()])
    assert not tags & {"retweet", "quoted_tweet", "news_share"}, x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 45
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4)) and sizes[5] >= 1, sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 25
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "update_edit", "employee", "signature"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
        # relational customers' histories: not all one valence per type, and the second
        # choice is never undetermined
        assert all(x["second"] != "undetermined" for x in hists)
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    nsingle = sum(1 for _, x in assigned if len(x["msgs"]) == 1)
    print("single-message customers:", nsingle)
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
