#!/usr/bin/env python3
"""Invented training histories ta001..ta080 for relradar (thirtysecond set).

Genre: a mixed export an analyst pulls in one go for a consumer-electronics and home-appliance
brand family (Halvorsen large appliances, Kestrel audio, Lumora TVs and projectors, Pennick
vacuums and robots, Brisa air care, Tallow small kitchen appliances) and two of its retailers
(Brightmart, Dunmore Electrical): marketplace product reviews written over years ("N out of 5
stars | title"), Reddit and forum threads (posts, replies that quote another user with "> ",
the brand's community manager answering under an "[Brand Official]" flair), warranty and repair
e-mails with subject lines, quoted earlier replies and signatures, and app-store reviews of the
companion apps (star symbols, developer responses, later edits). 1 to 5 messages per customer.
All texts, names, handles, brands, model and reference numbers, addresses (example.com) and
phone numbers are invented. Each history is written under its intended label and checked by
the CODEBOOK's procedure; ids are assigned by a seeded shuffle (seed 3232) of the harness's type
mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ta"
SEED = 3232
MAX_MESSAGES = 5

# where a history was posted: a marketplace product review, a Reddit/forum thread, a warranty or
# repair e-mail thread, an app-store review of a companion app
CHANNELS = ("review", "reddit", "email", "appstore")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))


# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question", "Tallow", "reddit", [
    ("c", "2024-11-03 19:12", "r/TallowKitchen · Descaling the Brew 3, which setting?\n\nManual says hold CLEAN for 3 seconds but mine just beeps twice and does nothing. Hard water area, white crust is building up in the tank. Do I need the Tallow descaler sachets or will citric acid do? Model number on the base is TB3-220."),
    ("a", "2024-11-03 20:40", "[Tallow Official] Hi! Two beeps means the tank is below the MIN line for the clean cycle. Fill it to about halfway and try again. Citric acid is fine (2 tbsp per litre), just run two rinse cycles after. – Ines, Tallow team"),
    ("c", "2024-11-03 21:02", "That was it, tank was too low. Running now, cheers."),
])

h("undetermined", "", "negative", "strong_words;single_incident", "Halvorsen", "review", [
    ("c", "2023-05-22 18:30", "1 out of 5 stars | Arrived broken, and the fix was a farce\nQuietline 45 dishwasher. The door panel was cracked straight out of the box and the lower spray arm was rattling around loose in the bottom. Absolute rubbish for the money. Then I waited nine days for a replacement panel, which the courier left on the doorstep in the rain. What a shambles."),
])

h("undetermined", "", "positive", "single_thanks;signature", "Halvorsen", "email", [
    ("c", "2024-02-14 12:05", "Subject: Re: Service visit ref HS-448120 - thank you\n\nHello,\n\nJust a quick note to say thank you for sending Tomasz out this morning. He had the pump on our Aquila 8 swapped in twenty minutes, showed me where the filter was hiding and even wiped the floor after himself. Very impressed, please pass it on.\n\nKind regards,\nHelen Okafor\n14 Larchfield Road, Wellbury\nTel 07700 900318"),
    ("a", "2024-02-14 15:20", "Dear Helen, thank you for taking the time to write. I've passed your message to Tomasz and his team leader. Halvorsen Service"),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom", "Kestrel", "review", [
    ("c", "2024-08-09 21:47", "3 out of 5 stars | Sounds huge, the remote is an afterthought\nThe Arc 300 fills our lounge properly: dialogue is crisp and the sub thumps without rattling the windows. But the remote is a flimsy little thing with unlabelled buttons, and night mode switches itself off every time the TV wakes up."),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question", "Lumora", "reddit", [
    ("c", "2025-01-18 10:31", "r/LumoraTV · Will a 65\" QX9 overpower a small family room?\n\nRoom is about 3.5m sofa to wall. Wife thinks 65 is ridiculous, I think it's fine. Anyone running the 65 at that distance? Also, does the slim wall bracket clear a 2cm skirting board or do I need spacers?"),
])

h("undetermined", "", "negative", "sarcasm;bug_report", "Halvorsen", "appstore", [
    ("c", "2024-06-30 08:14", "★☆☆☆☆ Love how the app signs me out halfway through a wash and then wants a six-digit code sent to an email I can't open on the same phone. Brilliant design. The washer is fine, the app is the problem."),
    ("a", "2024-07-01 09:02", "Sorry about this. Version 4.12.1 keeps you signed in while a cycle is running; please update and tell us if it still happens. Halvorsen Home team"),
])

h("undetermined", "", "mixed", "competitor;mixed_aspects", "Kestrel", "reddit", [
    ("c", "2024-03-27 22:10", "r/headphones · Spent an afternoon with my flatmate's Kestrel K7, thoughts vs the Orrin Solo\n\nComfort on the K7 is honestly excellent, the pads are like pillows and I forgot I had them on. But the ANC isn't in the same league as my Orrin Solo: on the bus the K7 let through that low engine drone the Solo just erases. Treble's a touch hot too. Nice build, not for me."),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question", "Brightmart", "email", [
    ("c", "2025-02-10 13:44", "Subject: Loyalty points missing from order BM-20931877\n\nHi there,\n\nI bought a Pennick Slim 2 on the 3rd and the receipt says 340 Brightmart Rewards points, but my account still shows the old balance. Do points take a while to land, or do I need to send you the receipt?\n\nThanks,\nGareth Pryce"),
    ("a", "2025-02-11 09:30", "Hi Gareth, points for online orders are added 14 days after delivery, to allow for returns. They'll show by the 21st. Brightmart Customer Services"),
    ("c", "2025-02-11 10:02", "Great, I'll wait then. Thanks."),
])

h("undetermined", "", "negative", "caps;strong_words;symptom", "Pennick", "review", [
    ("c", "2024-12-02 20:55", "1 out of 5 stars | USELESS on anything thicker than a bath mat\nThe R5 robot climbs onto our living room rug, spins on the spot and then gives up with a 'wheel stuck' error. Every. Single. Run. Suction is fine on floorboards, but if you have rugs, forget it. Boxed up and returned."),
])

h("undetermined", "", "positive", "strong_words;other_type_cue", "Halvorsen", "review", [
    ("c", "2025-03-10 19:20", "5 out of 5 stars | I'm in love with a dishwasher, send help\nInstalled the Quietline 60 on Saturday. It's so quiet I had to open the door to check it was running. Glasses come out without the cloudy film our old one left, and the cutlery tray on top is genius. Best money I've spent this year."),
])

h("undetermined", "", "mixed", "typos;symptom;mixed_aspects", "Kestrel", "appstore", [
    ("c", "2024-09-14 23:18", "★★★☆☆ the eq is grate and the sound profiles actualy make a diffrence on the pips. but the app forgets my earbuds evry time i close it and i have to re-pair them from scratch. fix that and its 5 stars"),
])

h("undetermined", "", "neutral", "routine_question;signature", "Brisa", "email", [
    ("c", "2025-04-02 09:15", "Subject: Warranty question - Brisa Pure 400 purifier\n\nHello,\n\nThe fan on my Pure 400 has started clicking on the top speed. I bought it from Coilcart in March 2023. Is it still covered, and do you need the original invoice or is the serial enough? Serial: BP4-0097-31AX.\n\nBest,\nAnil Mehta\n7 Orchard Mews, Wellbury"),
    ("a", "2025-04-02 14:48", "Dear Anil, Brisa purifiers carry a three-year warranty, so yours is covered until March 2026. The serial is enough: please reply with a short video of the noise and we'll email you a courier label. Kind regards, Brisa Care"),
    ("c", "2025-04-02 18:31", "Thanks, video attached. Address as in my signature. Anil"),
])

h("undetermined", "", "negative", "symptom;bug_report", "Pennick", "appstore", [
    ("c", "2025-01-07 07:40", "★★☆☆☆ The Pennick Clean app wipes the saved map every time the robot installs a firmware update. I've now drawn the no-go zones around the dog bowls three times. The cleaning itself is decent but the app keeps undoing my work."),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Lumora", "review", [
    ("c", "2024-10-21 22:03", "5 out of 5 stars | Game mode is dangerously good\nHooked the console up to the QX7 and the 120Hz mode makes racing games ridiculously addictive: no smearing, input lag you can't feel. Blacks are inky in a dark room. The stand wobbles a bit on a glass unit, that's my only niggle."),
])

h("undetermined", "", "mixed", "agent_cues;mixed_aspects;single_incident", "Halvorsen", "reddit", [
    ("c", "2024-07-16 17:25", "r/HalvorsenAppliances · FrostGuard fridge is great, the delivery was a circus\n\nThe fridge itself: silent, ice maker works, the flexible drawer is clever. The delivery through Brightmart: two lads turned up a day late, gouged the hallway wall and left the packaging in the front garden. Is there anything Halvorsen can do, or is that all on the retailer?"),
    ("a", "2024-07-16 18:02", "[Halvorsen Official] Really sorry about the hallway, that's not the welcome we want for anyone joining the Halvorsen family. Delivery is run by Brightmart, but DM me your order number and I'll chase their delivery partner directly. We always love hearing how the FrostGuard does in real kitchens! – Pia, Halvorsen team"),
    ("c", "2024-07-16 18:20", "DM sent, thanks Pia."),
])

h("undetermined", "", "negative", "quoted_reply;single_incident;signature", "Halvorsen", "email", [
    ("c", "2024-06-11 18:05", "Subject: Re: Your engineer visit on Tuesday 11 June\n\nNobody came. I took the day off work, waited in from 8 till 6, and there was no call, no text, nothing. I only found out at 5.40, when I rang you, that the job had been 'rescheduled'. I want a firm slot this week and the cost of my lost day refunded.\n\nMarta Kowalczyk\n22 Station Road, Flat 4\nMob 07700 900771\n\nOn Fri 7 Jun, Halvorsen Service <service@halvorsen.example.com> wrote:\n> Dear Marta, your engineer visit is confirmed for Tuesday 11 June between 8am and 6pm.\n> We value your loyalty and look forward to seeing you.\n> Halvorsen Service"),
    ("a", "2024-06-12 09:10", "Dear Marta, we're sorry the engineer did not attend and that nobody told you. We've booked Thursday 13 June, 8am to 12pm, as the first call of the day, and passed your claim for the lost day to our complaints team. Halvorsen Service"),
])

h("undetermined", "", "neutral", "employee;other_type_cue", "Brightmart", "reddit", [
    ("c", "2024-09-05 21:40", "r/Brightmart · Floor staff here: the Lumora price tags are wrong this week, not the till\n\nI work in the Northgate store. Head office pushed the new prices to the tills on Thursday but the shelf labels won't be reprinted until Monday, so if the tag says £649 and the till says £699, ask for a supervisor, we honour the tag. Not official, just trying to save my colleagues a few arguments."),
])

h("undetermined", "", "positive", "single_incident", "Tallow", "reddit", [
    ("c", "2025-02-26 12:50", "r/TallowKitchen · PSA for anyone with a peeling AirCrisp 5L basket\n\nMine started flaking after about eight months. Sent Tallow photos through the website form on Monday, a new basket turned up on Thursday, no receipt hunt, no arguing. Didn't expect it to be that painless, so credit where it's due."),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;product_attribute", "Tallow", "review", [
    ("c", "2024-04-12 16:38", "3 out of 5 stars | Love the colour, hate the spout\nThe sage green Pour kettle is the prettiest thing on my worktop and it boils fast and quietly. But it dribbles down the side whenever I pour unless I go painfully slowly, and the lid hinge already feels loose after a month."),
])

h("undetermined", "", "negative", "sarcasm;emoji;single_incident", "Lumora", "reddit", [
    ("c", "2024-10-06 17:55", "r/LumoraTV · Thanks Lumora, great timing 🙃\n\nSeventy-eighth minute of the derby, 1-1, and the QX7 decides this is the moment to install a firmware update. Couldn't cancel it. Came back on at full time. Truly a premium experience. Is there any way to stop auto-updates or push them to overnight?"),
])

h("undetermined", "", "neutral", "quoted_reply;routine_question", "Kestrel", "reddit", [
    ("c", "2025-05-19 20:12", "r/KestrelAudio · reply to u/lowend_lorna\n\n> firmware 2.8 finally fixed the lip-sync drift on eARC for me\n\nDid you have to factory reset after updating, or just power-cycle it? Mine's on 2.8 and the Arc 300 is still a frame or two behind on the HDMI input from the Blu-ray player."),
])

h("undetermined", "", "positive", "idiom;strong_words", "Pennick", "review", [
    ("c", "2024-05-04 11:26", "5 out of 5 stars | An absolute beast of a stick vac\nThe Slim 2 is killer on pet hair. Two long-haired cats, and it chews through the stairs in minutes without the roller clogging. The battery did our whole flat on medium with some to spare and it weighs nothing. I'd have bitten someone's hand off for this back when we had the old corded thing."),
])

h("undetermined", "", "mixed", "negation;mixed_aspects", "Kestrel", "review", [
    ("c", "2023-11-28 08:50", "3 out of 5 stars | Don't love them, don't hate them\nThe Pips 2 sound perfectly decent for podcasts and the case is tiny. I can't say I love the fit though: the left one works loose when I walk, and the call mic makes me sound like I'm in a bin. Not bad at the price, not something I'd rave about."),
])

h("undetermined", "", "negative", "single_incident;signature", "Lumora", "email", [
    ("c", "2025-04-14 10:20", "Subject: Cashback claim LMR-CB-55102, still nothing\n\nHello,\n\nI submitted the £100 cashback claim for my QX7 on 2 February with the invoice and a photo of the serial, as the promotion page asked. Ten weeks on, your portal still says 'under review' and nobody answers the claims inbox. Please either pay it or tell me what's missing.\n\nRegards,\nDaniel Ferreira\n31 Mill Lane, Harrowby"),
    ("a", "2025-04-15 11:05", "Dear Mr Ferreira, thank you for your patience. Your claim was held because the serial photo was blurred; we have now checked it by hand and the payment will reach you within 5 working days. Lumora Promotions Team"),
])

h("undetermined", "", "positive", "emoji;hashtag", "Halvorsen", "appstore", [
    ("c", "2025-05-03 21:15", "★★★★★ The new 'finish by' timer is exactly what I wanted. Set the washer to be done when I get home and it is 🎉 Clean layout, no ads, no nonsense. #smallwins"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;signature;quoted_reply", "Halvorsen", "email", [
    ("c", "2024-02-05 08:12", "Subject: Aquila 9 - E21 drain fault (case HS-551903)\n\nHello,\n\nThe washer is showing E21 and sitting full of water. It's the same fault your engineer 'fixed' in November, and the one before that in August. Please book the visit, and this time send someone with a pump in the van rather than a laptop.\n\nSimon Achterberg\nFlat 3, 22 Cowley Street\n07700 900452"),
    ("c", "2024-02-20 19:40", "Engineer came, said the pump's fine, blamed 'a sock'. There was no sock. Now I'm told the next visit is chargeable because this one found 'no fault'. I'll dispute it the same way I disputed the last invoice; I'm getting quite good at it. Simon"),
    ("c", "2024-05-09 07:55", "Subject: Re: Chargeable visit HS-551903\n\nFor the record, this is the fourth time I've sent you the same paperwork showing the machine is inside its five-year parts warranty. I keep a folder of every email from you since 2022 for exactly this reason. Please refund the £89 call-out and close the case properly.\n\nSimon\n\nOn Thu 2 May, Halvorsen Service wrote:\n> Our records show this visit was outside warranty cover."),
    ("a", "2024-05-13 14:30", "Dear Simon, you're right, the visit should have been covered. The £89 has been refunded to your card. Halvorsen Service"),
    ("c", "2024-09-30 08:03", "E21 again. Round five, I suppose. Book it please, and yes, I still have the folder. Simon"),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;sarcasm;emoji", "Brightmart", "reddit", [
    ("c", "2025-03-08 16:20", "r/Brightmart · Annual returns-desk boxing match, 2025 edition\n\nEvery big thing I've bought from Brightmart in the last few years has come with a free argument. The hob in 2022 (wrong model delivered, three weeks to swap). The TV in 2023 (refund 'lost in the system', two months of chasing). Now a Brisa dehumidifier with a cracked tank, and the store says it has to go back through the online team while the online team says take it to the store. I know the drill by now: screenshots, chat transcripts, polite but relentless. They're still cheaper than anywhere else, which is the only reason I keep putting myself through this."),
    ("a", "2025-03-08 17:05", "[Brightmart Official] Hi, sorry this one has bounced between teams. Stores can take back damaged online orders; DM me the order number and I'll add a note so the desk processes it. – Ravi, Brightmart online team"),
    ("c", "2025-03-08 17:30", "Appreciated, Ravi. Let's see if the note survives first contact with the Northgate desk 😅"),
])

h("adversaries", "", "negative", "paraphrase", "Kestrel", "email", [
    ("c", "2023-06-12 09:40", "Subject: Warranty claim - K7 hinge crack (third claim)\n\nHi,\n\nPhotos of the left hinge on my K7 attached. Yes, it's the same crack as on the last two pairs, in the same place, and no, I haven't dropped them. Last time it took four emails before anyone accepted it wasn't 'physical damage'. Can we skip that stage this time?\n\nPriya Raman"),
    ("a", "2023-06-13 11:15", "Hi Priya, thanks for the photos. Could you confirm whether the headphones were exposed to impact or excessive force? Kestrel Support"),
    ("c", "2023-06-13 12:02", "And there it is. No impact, no force, same as on the previous two claims (KS-20931 and KS-22716, both approved in the end). I'll keep sending you the same paragraph for as long as you keep sending me the same question. Priya"),
    ("c", "2024-11-04 18:25", "Subject: K7 hinge - claim number four\n\nYou know the routine and so do I. Photos attached, serial in the file name. Priya"),
])

h("adversaries", "", "negative", "paraphrase;signature", "Dunmore Electrical", "email", [
    ("c", "2024-08-19 10:10", "Subject: CarePlan claim - Halvorsen FrostGuard not cooling\n\nDear Dunmore CarePlan team,\n\nOpening claim number three under plan DCP-774120. As with the oven in 2023 and the washer last spring, I'd like to skip the part where I'm told the fault isn't covered, I read clause 4.2 back to you, and then it is. The fridge compartment is sitting at 11°C. Please book an engineer.\n\nRegards,\nR. Ashdown\nPlan holder since 2021\n9 Quarry Hill, Denby"),
    ("a", "2024-08-19 15:45", "Dear Mr Ashdown, thank you for your claim. Cooling faults are covered under your plan, and an engineer will contact you within 48 hours. Dunmore CarePlan"),
    ("c", "2024-08-19 16:30", "Noted, thank you. I'll believe the 48 hours when I see them; last time 'within 48 hours' meant nine days and three phone calls. R. Ashdown"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words", "Pennick", "reddit", [
    ("c", "2024-04-22 21:30", "r/RobotVacuums · Pennick: not recommending, actively un-recommending\n\nShort version: my R7 died at 13 months. Pennick said the battery was a 'consumable' and not under warranty, then decided the motor fault was caused by my floors. My floors. Since then I've found out half this sub has the same story. That company is not getting another penny from me, and if you're asking which robot to buy, my answer is anything that doesn't say Pennick on the lid. Pass it on."),
])

h("enemies", "", "negative", "paraphrase;other_type_cue;strong_words", "Tallow", "review", [
    ("c", "2024-09-02 20:15", "1 out of 5 stars | A logo stuck on landfill\nThird Tallow appliance to die in our house in under two years: toaster, blender, now this AirCrisp. I'm past disappointed. This is a company that spends its money on influencers and thin plastic and counts on you not bothering to claim. Everyone in my family is hearing about it, and I'll post this anywhere that lets me."),
    ("a", "2024-09-03 09:20", "We're sorry to read this. Please contact Tallow Care with your order number so we can look into the AirCrisp. Tallow"),
    ("c", "2024-09-03 12:40", "No thanks. I've had my last conversation with Tallow Care, and my last Tallow anything."),
])

h("enemies", "", "negative", "paraphrase;other_type_cue", "Halvorsen", "appstore", [
    ("c", "2024-07-21 19:05", "★☆☆☆☆ Since the July update the Halvorsen Home app won't start a wash unless I share my precise location, my contacts and 'usage data with selected partners'. For a washing machine. Deleted it, pulled the wifi module out, and the Halvorsen dishwasher I had picked out isn't getting ordered. A company that pulls this has no business in anyone's home. Read the new terms before you buy anything of theirs."),
    ("a", "2024-07-22 10:10", "Location is only used to set your time zone and energy tariff, and you can decline data sharing in Settings > Privacy. Halvorsen Home team"),
    ("c", "2024-07-22 18:45", "★☆☆☆☆ Edit: 'you can decline', yes, and then remote start stops working. That isn't a choice, it's a shakedown. Done with them."),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Lumora", "email", [
    ("c", "2025-01-09 09:30", "Subject: Formal complaint - QX9 panel failure and your 'goodwill' offer\n\nTo whoever reads these,\n\nYour offer of 15% off a new Lumora set, after an £1,800 television developed a vertical line at 14 months, is an insult. I do not want another of your products. I want this panel replaced under the consumer law you are clearly hoping I haven't read.\n\nJ. Whitcombe"),
    ("a", "2025-01-10 14:00", "Dear Mr Whitcombe, we're sorry for your experience. As a goodwill gesture we can increase the offer to 25% off any Lumora TV. Lumora Customer Relations"),
    ("c", "2025-01-10 16:25", "You have now missed the point twice. I'm filing at the small claims court, and the whole exchange is going up on the consumer forums and every review site I can find. Lumora will not be in any house I have a say over. J. Whitcombe"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;competitor", "Kestrel", "reddit", [
    ("c", "2025-02-17 22:40", "r/KestrelAudio · Hanging up my Kestrel fan card\n\nFor about eight years I was the guy who answered every 'what headphones should I get' in the group chat with 'Kestrel, obviously'. K3s at uni, K5s, two pairs of Pips, the Arc in the lounge. Since the buyout it's been one thing after another: the Pips 3 dead-battery batch, support handed to a script, the app stuffed with upsells. My Pips 3 just died for the second time and I've ordered something else. Weirdly feels like a breakup, not going to lie."),
    ("c", "2025-02-18 08:15", "To the people asking: went with the Orrin Solo Buds. Not a dig at anyone still happy with Kestrel, I just don't recognise the company any more."),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;agent_cues;signature", "Halvorsen", "email", [
    ("c", "2024-10-14 19:30", "Subject: Our FrostGuard, and fourteen years of Halvorsen\n\nDear Halvorsen,\n\nSince we bought this house in 2011 every large appliance in our kitchen has been one of yours: the cooker, two washers, the dishwasher and this FrostGuard. We steered both our children to you when they set up home. The FrostGuard's compressor has now failed at 26 months, one month outside the warranty, and your service desk quoted £420 as though we had never bought a thing from you.\n\nIs this really what fourteen years of sticking with you earns?\n\nAndrew and Claire Benning\n5 Holloway Close, Ashby"),
    ("a", "2024-10-16 10:05", "Dear Mr and Mrs Benning, thank you for your loyalty to Halvorsen over the years. Unfortunately the appliance is outside its warranty period; as a gesture of goodwill we can offer 10% off the repair. Halvorsen Customer Care"),
    ("c", "2024-10-16 20:50", "Ten percent. Thank you for making it clear how you see us. We'll pay an independent engineer, and when the cooker goes it will not be replaced with a Halvorsen. We were proud of that kitchen once. A. Benning"),
    ("a", "2024-10-18 11:30", "Dear Mr Benning, we're sorry to hear that. We have noted your comments on your account and shared them with our service management team. Halvorsen Customer Care"),
])

h("ex_friends", "", "mixed", "paraphrase;evolving", "Tallow", "review", [
    ("c", "2019-04-06 10:12", "5 out of 5 stars | Our third Tallow and still the best toaster we've had\nEven browning across all four slots, the crumb tray actually slides out, and the bagel setting is spot on. Tallow hasn't put a foot wrong in this kitchen."),
    ("c", "2021-10-23 15:40", "4 out of 5 stars | Good, but feels cheaper than the old ones\nThe Pour kettle boils fast. The handle plastic is thinner than on the one it replaced and the lid shuts less firmly. Still a Tallow household for now."),
    ("c", "2024-08-11 18:05", "1 out of 5 stars | What happened to this brand?\nThe AirCrisp basket peeled in five months, the replacement kettle leaks from the base, and the customer line sends you round in circles. We had Tallow everything for the best part of ten years and bragged about it to anyone who'd listen. That's over: whatever comes into this kitchen next will be from somebody else."),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;idiom", "Pennick", "appstore", [
    ("c", "2025-03-29 13:20", "★☆☆☆☆ Rewriting my old five-star review. I was one of the people telling everyone to get a Pennick because the app didn't nickel-and-dime you. Now zones and schedules sit behind a £3.99 a month 'Clean+' subscription: features I've had for three years, on a robot I already paid for. That's not an upgrade, it's a hostage situation. The robot's going on the marketplace and I've stopped sending friends your way."),
    ("a", "2025-03-31 09:00", "We value every member of our community and understand this is a big change. Clean+ funds ongoing development; existing owners get six months free from Settings > Account. Pennick Clean team"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;quoted_reply", "Halvorsen", "reddit", [
    ("c", "2024-05-12 20:05", "r/HalvorsenAppliances · reply to u/newhome_ned\n\n> Is it worth going all-Halvorsen for a new kitchen or should I mix brands?\n\nBiased answer incoming. Our first flat had a Halvorsen washer we bought with wedding money in 2009, and every appliance we've owned since has carried the same badge: three houses, the lot. When the dishwasher needed replacing last year I didn't even open a comparison site. It's the one decision in our house nobody argues about, and I still get a little thrill unboxing a new one. Go all in, you won't be sorry."),
    ("a", "2024-05-13 09:40", "[Halvorsen Official] This made the whole team's morning. Fifteen years and three houses, thank you for taking us with you! – Pia, Halvorsen team"),
])

h("marriage_partners", "", "positive", "paraphrase", "Kestrel", "review", [
    ("c", "2018-03-15 21:00", "5 out of 5 stars | Kestrel does it again\nThe K5 is my fourth pair of Kestrels. Warm, detailed, comfortable for a whole transatlantic flight. I stopped auditioning other brands years ago and this is why."),
    ("c", "2021-06-02 19:30", "5 out of 5 stars | The Pips 2 join the collection\nWhenever I need something in a new category I buy whatever Kestrel makes for it, and I've yet to regret it once. These fit as if they were moulded for my ears."),
    ("c", "2024-11-29 22:15", "5 out of 5 stars | Still my brand, full stop\nArc 300 for the lounge, which completes the set. People ask why I won't try anything else. Honestly, why would I? Every Kestrel I've owned has made me happy every day I've used it, and I'll keep buying theirs for as long as they make them."),
])

h("marriage_partners", "", "positive", "paraphrase;quoted_reply;emoji;competitor", "Lumora", "reddit", [
    ("c", "2024-12-08 21:22", "r/LumoraTV · reply to u/sofa_strategist\n\n> Lumora or Vexa for a 65\"? Can't decide\n\nYou're asking someone who's bought four Lumoras since 2008 and would happily buy a fifth, so pinch of salt 😄 I've never seriously looked at anyone else's sets, not out of laziness, I just adore how they do motion and skin tones. My QX9 still makes me grin every single night. Lumora, easy."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues;signature", "Tallow", "email", [
    ("c", "2025-01-27 08:40", "Subject: Pour kettle (bought 2014) finally retired\n\nHello Tallow,\n\nOur kettle gave its last boil this morning after eleven years of at least six a day. I've already ordered its replacement from you; I didn't look anywhere else and I won't. Ours is a Tallow kitchen and it's staying that way, I'm rather soppy about it. I just wanted someone there to know how much joy the little things you make bring to this house.\n\nWarmly,\nBeatrice Lindqvist\nSent from my phone"),
    ("a", "2025-01-27 13:15", "Dear Beatrice, what a lovely email to receive. Customers like you are why we love what we do, and we've passed your note to the design team. Enjoy your new Pour! Tallow Care"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature", "Halvorsen", "email", [
    ("c", "2024-03-19 16:10", "Subject: Signature Series installation - not the service I was sold\n\nGood afternoon,\n\nI specified a complete Halvorsen Signature Series kitchen (range cooker, two ovens, integrated fridge-freezer, wine cabinet; a little over £19,000) precisely because your showroom assured me that Signature clients are looked after differently. Yesterday your installer arrived two hours into a four-hour window without a phone call, asked me to move my own furniture and left his coffee cup on my worktop. I should not have to spell out why that falls short at this level.\n\nA manager will telephone me. Not a ticket number: a person with authority.\n\nCharlotte Ravensworth\nThe Old Rectory, Brampton"),
    ("a", "2024-03-19 17:30", "Dear Ms Ravensworth, thank you for contacting us. Your case reference is SIG-20331 and a member of our team will be in touch within 3 working days. Halvorsen Customer Care"),
    ("c", "2024-03-19 18:02", "Three working days. For a Signature client. You have made my point better than I could. I want the name and direct line of whoever heads Signature aftercare by the end of today, and a written apology from the installer's firm. C. Ravensworth"),
])

h("master_slave", "", "negative", "paraphrase;other_type_cue", "Brightmart", "email", [
    ("c", "2024-12-16 09:05", "Subject: Elite membership and the Northgate collection desk\n\nI pay for Elite every year for one reason: so that I am not treated like a walk-in. On Saturday, collecting a 40kg Halvorsen oven, I was sent to the back of a twenty-person queue by a young man who had never heard of the Elite lane. An Elite order should have been spotted and waiting at the door. I would like your staff told what the membership means, and this year's fee credited back. I take this as a slight, and I don't take many.\n\nM. Oyelaran"),
])

h("master_slave", "", "negative", "paraphrase", "Kestrel", "reddit", [
    ("c", "2025-04-07 19:45", "r/KestrelAudio · I paid for the flagship, I'd like to be treated like it\n\nK9 Reference owner (€649, registered the day I bought it, every product I own sitting in my Kestrel ID). Right earcup crackles. Support's response: a chatbot asking me to 'please confirm you have tried turning the headphones off and on'. Then a human asking for my receipt, for a product that is in my Kestrel account. Someone who spends what I spend with this company should have a named contact and a courier at the door, not a troubleshooting script."),
    ("a", "2025-04-07 20:30", "[Kestrel Official] Sorry for the runaround. Registered products don't need a receipt; DM me your Kestrel ID and I'll open the claim myself. – Tom, Kestrel team"),
    ("c", "2025-04-07 20:41", "DM'd. And I'd like it noted that I shouldn't have had to come to Reddit to get this."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase", "Tallow", "review", [
    ("c", "2017-02-11 12:30", "4 out of 5 stars | Boils water. What more do you want\nTallow Basic kettle, £19. Quick, not too loud, clicks off when it should. Fine."),
    ("c", "2023-09-03 10:45", "4 out of 5 stars | Same kettle, six years on, bought it again\nThe last one lasted six years and cost less than a takeaway, so I've bought the identical model. No interest in the £90 designer ones. Cheap, boils, and I'll replace it when it stops."),
])

h("basic_exchange", "", "positive", "paraphrase;quoted_reply", "Brisa", "reddit", [
    ("c", "2024-07-24 13:10", "r/HomeImprovementUK · reply to u/sweaty_in_sheffield\n\n> Are Brisa fans actually any good or just cheap?\n\nBoth, and the cheap is the point. I've got three Brisa tower fans round the house at about £35 each. They shift air, they're quiet enough on 2, and when one starts rattling after a few summers I don't feel bad binning it and getting the same again. If you want a fan as a design statement, look elsewhere. If you want a cool bedroom for not much money, Brisa."),
])

h("basic_exchange", "", "positive", "paraphrase", "Pennick", "review", [
    ("c", "2025-03-01 09:20", "4 out of 5 stars | Fourth box, same story\nPennick's own bags for the corded Slim. A good bit cheaper than the supermarket ones, they fit without fiddling and they don't split. I reorder when the box runs out and don't think about it in between."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase", "Kestrel", "reddit", [
    ("c", "2024-01-14 15:35", "r/KestrelAudio · Found my 1996 Kestrel Walkabout in the loft and it still plays\n\nThis thing got me through every bus ride of secondary school: Oasis tapes, chewed foam headphones, the lot. There's been something with the Kestrel bird on it in my life pretty much ever since, a minidisc player at uni, K3s, now the K7s. Seeing the old logo gave me a proper warm feeling. Anyone else go back that far with them?"),
    ("c", "2024-01-14 18:02", "Ha, yes, the yellow one! Remember the auto-reverse button that never quite worked? Good times."),
])

h("old_friends", "marriage_partners", "positive", "paraphrase", "Halvorsen", "review", [
    ("c", "2023-07-08 14:50", "5 out of 5 stars | Replacing a washer that outlived two of our cars\nOur Halvorsen Aquila from 1999 finally sprang a leak we couldn't fix. That machine came with us through four moves, two babies and a flooded basement, and I was a bit sad watching it go on the van. The new Aquila 9 is quieter and cleverer, but it has the same reassuring clunk when the door shuts, and that felt like home."),
])

h("old_friends", "business_partners", "positive", "paraphrase;product_attribute", "Tallow", "email", [
    ("c", "2024-10-02 07:50", "Subject: The old four-slice toaster dial\n\nHi,\n\nSilly email, but I've had Tallow toasters since my first student house in 2001, the chrome four-slice with the cream dial, and they've been the soundtrack to my breakfasts for twenty-odd years. The new Heritage looks the part, but the dial doesn't click between settings the way the old ones did, and I miss that little noise more than I should. Any chance the clicky dial comes back? Either way, thanks for all the toast.\n\nOwen Pritchard"),
    ("a", "2024-10-03 11:20", "Hi Owen, not silly at all! I've shared this with our product team, who were rather pleased to hear about the chrome four-slice. Tallow Care"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase", "Pennick", "appstore", [
    ("c", "2024-11-30 17:45", "★★★★☆ Installed this an hour ago to set up the R5 that arrived today, my first robot hoover and the first thing I've had from Pennick. Pairing took two goes but the guided setup is clear. Too early to say more; I'll update once it's done a week of cleaning."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question", "Lumora", "reddit", [
    ("c", "2025-03-16 11:05", "r/LumoraTV · Newcomer: what settings should I change on day one?\n\nPicked up a QX5 in the Brightmart sale to see what all the fuss is about; there's never been a Lumora in our house before. First impressions are good, much brighter than I expected, but the picture looks a bit oversaturated out of the box. What do you regulars change first?"),
])

h("fleeting_acquaintance", "", "mixed", "paraphrase;competitor;mixed_aspects", "Kestrel", "review", [
    ("c", "2024-06-18 19:10", "3 out of 5 stars | Trying Kestrel because my usual ones were sold out\nThe Orrin buds I normally get were out of stock everywhere, so I gave these Pips 2 a go; never had anything from Kestrel before. Sound is clear and the case is nice. Touch controls are fiddly. Not sure yet whether I'll stick with them."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;symptom", "Halvorsen", "reddit", [
    ("c", "2024-09-09 21:15", "r/HalvorsenAppliances · My relationship with this washer is complicated\n\nAquila 9, two years in. When it behaves it's the best machine I've ever had: the wool cycle is magic and steam refresh saves me ironing. It has also flooded the utility room twice, eaten a door seal, and the app loses it weekly. I've rung your helpline more often than I ring my mum. And yet when my brother asked what to buy last month, I heard myself say 'get the Halvorsen'. Somebody explain me to myself."),
    ("a", "2024-09-10 09:05", "[Halvorsen Official] Honestly, we'll take 'complicated'! DM me the serial and I'll look into the seal and the flooding history. – Pia, Halvorsen team"),
    ("c", "2024-10-14 19:30", "Engineer came, new seal, no floods for a month. I'm back to being smitten. Give it a week."),
])

h("love_hate", "", "mixed", "paraphrase;symptom;bug_report", "Kestrel", "appstore", [
    ("c", "2024-05-26 22:50", "★★☆☆☆ Kestrel Sound, every few weeks I swear I'm done with you and every few weeks I'm back. Best-sounding EQ of any headphone app and the reason I keep buying Kestrel. Also the reason I've reinstalled five times this year, because it stops seeing my K7 after every phone update. I rage, I reinstall, I put my headphones on and forgive everything. Please fix the pairing."),
    ("c", "2024-08-17 20:05", "★★★☆☆ Edit after 4.3: pairing fixed, EQ still gorgeous, and now the battery widget lies to me. Still here. Obviously."),
])

h("love_hate", "", "mixed", "paraphrase;mixed_aspects", "Lumora", "review", [
    ("c", "2020-11-02 20:30", "2 out of 5 stars | Stunning picture, infuriating software\nThis is my third Lumora and I'm starting to wonder why I do this to myself. The panel is gorgeous, nothing I've seen beats it for films. The smart menu is sluggish, the remote pairs itself with the soundbar at random, and support is hopeless."),
    ("c", "2024-04-20 21:45", "3 out of 5 stars | Yes, I bought another one\nQX9 this time. I moaned about their software for four years and then walked straight past every other brand in the shop, because nobody else's picture gets to me like theirs. The software is still clunky. I'm still annoyed. I'm still watching it every night."),
])

# ================================================================ business_partners (2)

h("business_partners", "teammates", "positive", "paraphrase", "Pennick", "reddit", [
    ("c", "2024-02-03 14:20", "r/PennickRobots · Four small changes that would make the Clean app much better (long post, sorry)\n\nI've used the R5 and now the R7 with the app for about two years and I've kept a list. 1) Let us name rooms before the first map finishes, not after. 2) A quiet-hours option that pauses the robot when a phone call starts. 3) Show brush hours on the home screen so we know when to swap. 4) Export the map as a PNG so we can plan furniture moves. Glad to talk any of these through on a call or mock them up if someone at Pennick wants to hear more."),
    ("a", "2024-02-05 10:30", "[Pennick Official] This is a really useful list, thank you. 1 and 3 are already planned; I've sent 2 and 4 to the app team. Would you be up for joining the beta group? – Lina, Pennick team"),
    ("c", "2024-02-05 12:10", "Absolutely, sign me up. I'll post notes on the beta builds here as I go so others can chip in."),
    ("c", "2024-04-11 20:40", "Beta 5.1 notes: naming rooms before mapping works, nice! The brush-hours widget is there but resets if you rename the robot. Will keep testing and report back."),
])

h("business_partners", "", "positive", "paraphrase;signature", "Halvorsen", "email", [
    ("c", "2024-06-25 10:30", "Subject: Door seal drain channel - an idea from a retired engineer\n\nDear Halvorsen design team,\n\nI've had your washers for many years and I write every so often with notes; last time it was the detergent drawer, and I was delighted to see a version of that change in the Aquila 9. This time: the fold at the bottom of the door seal traps water and lint, and that is where the mould starts on every front-loader I've taken apart. A 3mm drain channel moulded at the six o'clock position would let it empty back into the drum. Sketch attached. No payment wanted; I'd just like to see it done well.\n\nWith best wishes,\nKenneth Adebayo CEng (ret.)\nStroud"),
    ("a", "2024-06-27 15:00", "Dear Mr Adebayo, thank you. Your earlier note did reach the drawer team, and this sketch has gone to our seal engineers. We'll let you know what they make of it. Halvorsen Product Design"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;caps", "Kestrel", "reddit", [
    ("c", "2025-04-24 14:05", "r/KestrelAudio · The lilac Pips 3 dropped at 9am and they were in my ears by 2 💜\n\nDrove to the Brightmart in town on my lunch break because I could not wait for delivery. They match my phone case, they match my nails, I've worn them through three meetings and a spin class. Are they better than my old buds? No idea, don't care, they're NEW and they're LILAC and I'm living my best life this week ✨"),
])

h("fling", "", "positive", "paraphrase", "Lumora", "review", [
    ("c", "2025-05-30 23:10", "5 out of 5 stars | Launch-week buy, zero regrets (so far)\nSaw the Beam Mini all over my feed and ordered it the night it came out. I've projected films onto my bedroom ceiling every night since and turned the flat into a tiny cinema for the girls on Friday. It is my entire personality right now, ask anyone. Picture's fine for the size, speaker's a bit tinny, don't care."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase", "Brisa", "email", [
    ("c", "2024-03-28 21:10", "Subject: Filter advice for my son's room\n\nHi Jo,\n\nHope you don't mind me writing to you directly again. You helped me so much last autumn when Kai's asthma was bad and you talked me through which filter to use and when. The pollen count is climbing and I'd take your word over anything I find online: should I switch the Pure 400 in his room to the allergy filter now or wait until May?\n\nThanks as ever,\nNadia"),
    ("a", "2024-03-29 09:40", "Hi Nadia, good to hear from you. Swap to the allergy filter now; it takes a week or two to reach its best. I've also put a spare in the post for you, no charge. Jo, Brisa Care"),
    ("c", "2024-03-29 12:15", "Jo, you're a star. You lot are the only company I'd ring on a bad night and actually come off the phone feeling better. Kai says thank you for the 'robot air'. N x"),
    ("c", "2024-10-20 20:30", "Subject: Before the winter\n\nHi Jo, same question as every October, I'm afraid: back to the standard filter now, or keep the allergy one in through the damp months? Kai's been well all summer, touch wood. Nadia"),
    ("a", "2024-10-21 10:05", "Hi Nadia, glad to hear Kai's been well. Keep the allergy filter in until it asks for a change, then go back to standard. Jo, Brisa Care"),
])

h("best_friends", "marriage_partners", "positive", "paraphrase", "Kestrel", "reddit", [
    ("c", "2024-08-27 19:50", "r/KestrelAudio · Kestrel emailed me about the Pips 2 battery issue before I'd noticed a thing\n\nGot a personal email last week: my serial was in a batch with a swelling risk, here's a prepaid box, here's a replacement, sorry for the hassle. Nobody made me chase it. It's the third time in the years I've had their stuff that they've come to me straight about a problem instead of waiting for me to find it. That's honestly why I stick with them: they level with me and they look out for me."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;negation;quoted_reply", "Kestrel", "reddit", [
    ("c", "2024-10-30 18:35", "r/headphones · reply to u/gym_rat_gabe\n\n> which brand is best for everything??\n\nNo such thing IMO. I rotate: Kestrel Pips for the commute, cheap Orrin buds for the gym because I sweat all over them, my old Vexa cans for late-night gaming. Kestrel's probably the one I grab most days and I like them a lot, but I'm not marrying a headphone brand lol. Mix and match."),
])

h("buddies", "", "positive", "paraphrase;competitor;negation", "Tallow", "review", [
    ("c", "2025-02-08 14:25", "4 out of 5 stars | A regular in my kitchen rotation\nTallow is one of a handful of names I'm happy to pick up. This hand blender joins their toaster on my counter, next to a Marlow kettle and a Soren coffee machine. I don't do brand loyalty, I like trying things, but Tallow keeps earning a spot. The blender is light and quick to clean; the whisk attachment is a bit flimsy."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;other_type_cue;occasion", "Kestrel", "reddit", [
    ("c", "2024-03-05 07:20", "r/KestrelAudio · Anyone else physically unable to sleep without their Kestrel Sleepbuds?\n\nLeft mine at home on a work trip and lay awake in the hotel until 3am. I've worn them every night for 18 months: rain sounds in the Kestrel app, buds in, out like a light. Without them I'm a wreck. I bought a backup pair 'just in case' and my partner thinks I've lost the plot."),
    ("c", "2024-05-21 22:30", "Update for the curious: bought a third pair so one can live permanently in my travel bag. Zero regrets."),
])

h("dealer_addict", "", "positive", "paraphrase;emoji;typos", "Pennick", "appstore", [
    ("c", "2024-12-29 23:55", "★★★★★ I open this app more than Instagram. Watching the little robot draw the map of my flat live is wierdly soothing, and I honestly get twitchy on days it isn't scheduled. Checked it from a wedding reception last weekend. This is a cry for help 🤖"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;idiom", "Tallow", "review", [
    ("c", "2025-01-21 11:40", "5 out of 5 stars | Lives at the back of the pan cupboard\nOfficially our house is doing a sugar-free January. Unofficially, the Tallow waffle maker comes out on Tuesday mornings after the school run when nobody's home, and it's wiped down and tucked behind the stockpot before anyone's the wiser. Crisp outside, fluffy inside, hot in four minutes. What my husband doesn't know won't hurt him."),
])

h("secret_affair", "", "positive", "paraphrase;idiom", "Kestrel", "reddit", [
    ("c", "2024-11-25 23:05", "r/KestrelAudio · Throwaway, because my wife reads my main account\n\nShe thinks the soundbar in the lounge is the only Kestrel in the house. There's also a K9 Reference in my desk drawer at work and an Arc 300 in the shed that I 'borrowed from a mate'. Whenever Kestrel has a sale I get that naughty little buzz. Anyone else running a secret Kestrel setup? She'd kill me if she found the receipts."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Halvorsen", "email", [
    ("c", "2024-09-16 08:30", "Subject: Halvorsen CarePlus renewal - I'm not your customer\n\nYou've sent me four emails this month saying my 'Halvorsen CarePlus cover for your Aquila washer' is about to run out. I don't own an Aquila. I've never bought anything from Halvorsen and I have no idea how you got this address. Please remove it and tell me where it came from.\n\nL. Moreau"),
    ("a", "2024-09-16 12:00", "Dear L. Moreau, thank you for letting us know. Could you confirm your postcode so that we can locate the account? Halvorsen CarePlus"),
    ("c", "2024-09-16 13:10", "There is no account, that's the point. I'm not giving you my postcode. Delete the address and confirm when it's done."),
    ("a", "2024-09-17 09:45", "Dear L. Moreau, the address has been deleted from our mailing system and you will receive no further CarePlus messages. It had been entered by mistake on a renewal record. Halvorsen CarePlus"),
])

h("complete_strangers", "", "neutral", "paraphrase;other_type_cue", "Brightmart", "reddit", [
    ("c", "2025-05-06 09:25", "r/Brightmart · Text says my Brightmart parcel is 'held', pay £2.99, but I've never ordered from them?\n\nGot an SMS this morning: 'Brightmart: your parcel is held at our depot, confirm the delivery fee at brightmart-parcels.example.com'. I have never bought anything from Brightmart, don't have an account and never gave them my number. Is this a known scam, or do they text random people?"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase", "Dunmore Electrical", "review", [
    ("c", "2024-12-11 17:15", "4 out of 5 stars | Fine for the odd emergency purchase\nI end up in Dunmore's once or twice a year when something dies: a kettle here, a fan there, the Halvorsen hob last winter. Staff know their stuff without hassling you and prices are middling. Not a shop I think about in between, but it's handy."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;idiom", "Kestrel", "appstore", [
    ("c", "2025-04-19 16:00", "★★★☆☆ Had my K7s a couple of years and I open this once in a blue moon, when it nags me about firmware. It does that fine. The rest of the app (news, shop, 'listening challenges') I've never touched. Would be nice if updates could happen without the app at all."),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase", "Pennick", "reddit", [
    ("c", "2024-06-14 20:10", "r/PennickRobots · Carpet-edge bug: we cracked it, with the Pennick folks\n\nQuick wrap-up for everyone who's been in the megathread since March. Between the logs you all sent, Dev from Pennick's app team sitting in on our Thursday calls, and u/mapnerd's test rig with three kinds of rug, firmware 3.4 now stops the R7 climbing onto rug tassels. Genuinely one of the nicer things I've been part of online. Next job: the stair-edge false alarms. Who's in?"),
    ("a", "2024-06-15 09:30", "[Pennick Official] Huge thanks to everyone in this thread, we couldn't have shipped 3.4 without you. We're in for the stair sensors too. – Lina, Pennick team"),
    ("c", "2024-06-15 11:45", "Sheet for stair-sensor logs is up, link in the megathread. Same drill as last time: model, firmware, floor type, video if you can."),
])

h("teammates", "", "positive", "paraphrase;emoji", "Kestrel", "reddit", [
    ("c", "2025-03-22 16:40", "r/KestrelAudio · The shared EQ preset library just passed 60 profiles 🎉\n\nWhen a few of us started swapping Arc 300 presets in a spreadsheet last year I didn't think it would go anywhere. Now there are sixty profiles, people testing each other's in different rooms, and Kestrel has put two of ours into the official firmware with credit. If you've tuned a preset you're proud of, add it: the more rooms we cover, the better it gets for everyone who owns one of these."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase", "Halvorsen", "review", [
    ("c", "2024-08-24 13:30", "5 out of 5 stars | The family make, now in my own kitchen\nMy nan's twin tub was a Halvorsen, Mum has had three of their washers, and when I got the keys to my first flat she turned up with a Halvorsen brochure before I'd even unpacked. So this Aquila 7 was never really a decision. Does what Mum's does, only quieter. Felt oddly grown-up plugging it in."),
])

h("close_siblings", "", "positive", "paraphrase", "Tallow", "email", [
    ("c", "2025-02-20 19:35", "Subject: Spare lid for a very old Tallow teasmade?\n\nHello,\n\nA long shot. I've inherited my grandad's Tallow teasmade, the brown one from about 1978. It woke him up, then it woke my dad up for years, and now it wakes me, and I'd love to keep it going. The lid hinge has snapped. Do you keep any spares, or know anyone who does? I'm also getting one of your Pour kettles for my daughter when she moves out in the summer, to keep the chain going.\n\nMany thanks,\nRuth Ellingham"),
    ("a", "2025-02-21 10:50", "Dear Ruth, what a wonderful piece of Tallow history! We don't hold parts that old, but the Tallow Collectors' Club (tallowclub.example.com) swaps spares between members. Tallow Care"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase;third_party", "Brisa", "review", [
    ("c", "2024-02-09 18:20", "4 out of 5 stars | Bought for one job, job done\nNeeded something to dry the flat out after the upstairs neighbour's bath came through the ceiling. This Brisa DryPro pulled 14 litres in three days and the plaster's dry. I've no use for a dehumidifier normally, so it's going on the marketplace this weekend. Didn't register it, didn't install the app, unsubscribed from the emails. It did exactly what I needed, once."),
])

h("one_night_stand", "", "mixed", "paraphrase;mixed_aspects", "Lumora", "review", [
    ("c", "2024-07-16 10:15", "3 out of 5 stars | Spur-of-the-moment buy for the final, back in the box now\nOrdered the Beam projector at midnight two days before the final because twelve people were coming round and our telly is tiny. It did the job on a bedsheet: everyone could see, nobody complained. The fan is loud in quiet scenes. Sending it back inside the return window; I was never going to keep a projector, it was for one night."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;signature", "Halvorsen", "email", [
    ("c", "2024-10-08 11:00", "Subject: Service terms for 9 Aquila washers (holiday lets)\n\nHello,\n\nWe manage nine holiday cottages on the coast and every one of them runs a Halvorsen Aquila 8: the housekeeping team knows the machines, spares are easy to get, and our changeovers depend on them. We're reviewing maintenance arrangements for next season. Could you send the terms of your commercial service contract: response times, whether a loan machine is offered during repairs, and pricing for nine units?\n\nKind regards,\nFiona MacAulay\nOperations Manager, Saltmarsh Cottages\nfiona@saltmarsh.example.com | 01632 960451"),
    ("a", "2024-10-09 14:20", "Dear Fiona, thank you for your enquiry. Our Business Care contract covers next-working-day response and a loan machine for repairs over 48 hours. The terms and a quote for nine units are attached. Halvorsen Business Care"),
    ("c", "2024-10-10 09:15", "Thanks, that covers it. We'll sign for next season. Could the contract start on 1 March so it's in place before the Easter changeovers? Fiona"),
])

h("colleagues", "", "positive", "paraphrase;quoted_reply", "Kestrel", "reddit", [
    ("c", "2025-01-31 12:30", "r/hometheater · reply to u/first_flat_fred\n\n> Do installers actually rate the Kestrel Arc or is it just marketing?\n\nI fit AV for a living, small firm, two of us. The Arc 300 is what we spec for most living rooms now: the wall bracket is the same across the range, firmware doesn't surprise us, and trade support picks up the phone. It's not the best soundbar money can buy; it's the one I know will behave in a client's house on a Friday afternoon. For us that matters more."),
])

# ================================================================ checks and output

STARS = re.compile(r"^([★☆]{5}) ")
REVIEW = re.compile(r"^[1-5] out of 5 stars \| .+\n")
REDDIT = re.compile(r"^r/\w+ · ")
OFFICIAL = re.compile(r"^\[(\w+) Official\] ")
SUBJECT = re.compile(r"^Subject: .+\n")
EDIT = re.compile(r"^[★☆]{5} Edit\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes, units or button labels, not shouting
ACRONYMS = {"CLEAN", "MIN", "ANC", "HDMI", "PSA", "SMS", "IMO", "PNG", "LMR", "DCP", "SIG",
            "QX9", "eARC", "USB"}
TYPOS = re.compile(r"\b(grate|actualy|diffrence|evry|wierdly|its 5)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = re.compile(r"\b(love|loyal\w*|family|community|valued?|always|customers like you)\b",
                        re.I)
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples, written from those two
# documents; each hit in a customer's own words is reported, not asserted
TEXTBOOK = ["fair price", "good value", "does the job", "reliable", "no fuss", "suggestion",
            "feedback", "happy to help", "new collection", "so exciting", "this season",
            "trust", "always there for me", "go-to", "mix it up", "loyalty card", "i expect",
            "i demand", "unacceptable", "platinum", "disrespect", "love", "loyal",
            "never switching", "forever", "addict", "obsess", "hooked", "guilty pleasure",
            "don't judge", "my little secret", "never heard of", "who are you", "unsolicited",
            "never signed up", "came across", "stumbled on", "first time", "just downloaded",
            "every now and then", "from time to time", "our community", "fellow users",
            "together", "for years", "since i was a kid", "remember when", "like coming home",
            "family tradition", "like family", "family", "generations", "used to",
            "not anymore", "gone downhill", "betrayed", "dumped", "hate", "scam", "worst",
            "boycott", "warn everyone", "avoid", "stay away", "never again", "can't quit",
            "keep coming back", "just this once", "one-time", "impulse", "for work",
            "our team", "does what we need", "as usual", "typical", "on hold", "fighting with",
            "disputed", "again"]
STEMS = {"addict", "obsess", "loyal", "hate", "love", "trust", "family", "disputed", "impulse"}
QUOTE_LINE = re.compile(r"(?m)^>.*$")
QUOTE_HEADER = re.compile(r"(?m)^On .+ wrote:$")


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without what it quotes (another user, an earlier e-mail)."""
    return QUOTE_HEADER.sub("", QUOTE_LINE.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # each channel has its own opening; nothing else opens that way
    if ch == "review":
        assert REVIEW.match(cust[0]), cust[0][:40]
    else:
        assert not any(REVIEW.match(t) for t in cust), x["brand"]
    if ch == "appstore":
        assert all(STARS.match(t) for t in cust), x["brand"]
    else:
        assert not any(STARS.match(t) for t in cust), x["brand"]
    if ch == "reddit":
        assert REDDIT.match(cust[0]), cust[0][:40]
        for t in agent:
            m = OFFICIAL.match(t)
            assert m and x["brand"].startswith(m.group(1)), t[:40]
            assert re.search(r"– \w+, \w+ (online )?team$", t), t[-40:]
    else:
        assert not any(REDDIT.match(t) for t in cust), x["brand"]
        assert not any(OFFICIAL.match(t) for t in agent), x["brand"]
    if ch == "email":
        assert SUBJECT.match(cust[0]), cust[0][:40]
    else:
        assert not any(SUBJECT.match(t) for t in cust), x["brand"]
        assert "signature" not in tags, x["brand"]
    # a quoted line ("> ") is another user's post or an earlier e-mail, never the customer
    assert ("quoted_reply" in tags) == bool(QUOTE_LINE.search("\n".join(cust))), x["brand"]
    if "quoted_reply" in tags:
        assert ch in ("reddit", "email"), x["brand"]
    # what the tags promise is in the customer's own words, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(AGENT_WARM.search(t) for t in agent), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=MAX_MESSAGES))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 8
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 10 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4)) and sizes[5] >= 2, sizes
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    hists = [x for _, x in assigned]
    print("channels:", dict(Counter(x["channel"] for x in hists)))
    print("brands:", dict(Counter(x["brand"] for x in hists)))
    print("single-message customers:", sum(1 for x in hists if len(x["msgs"]) == 1))
    print("valence of relational:",
          dict(Counter(x["valence"] for x in hists if x["type"] != "undetermined")))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
