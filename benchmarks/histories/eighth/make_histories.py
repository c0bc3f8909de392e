#!/usr/bin/env python3
"""Invented development histories y001..y080 for relradar (all text is fictional).

Run: python3 /work/hist8/make_histories.py
Writes histories.csv and labels.csv next to this script after checking the data.
"""
import csv
import os
import random
import re
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies",
    "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
    "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
    "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
    "love_hate", "one_night_stand", "colleagues", "adversaries",
]
MORE = ["dealer_addict", "secret_affair", "one_night_stand", "enemies",
        "adversaries", "buddies", "teammates"]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# --- draw the type of each id first (seeded shuffle, so ids carry no order) ---
POOL = ([t for t in MORE for _ in range(4)]
        + [t for t in TYPES if t not in MORE for _ in range(2)]
        + ["undetermined"] * 24)
random.Random(20260801).shuffle(POOL)
ASSIGNED = {"y%03d" % (i + 1): t for i, t in enumerate(POOL)}

H = []  # (id, brand, start, msgs, type, second, valence, traps)


def h(cid, brand, start, msgs, typ, second, valence, traps):
    H.append((cid, brand, start, msgs, typ, second, valence, traps))


def parse_delta(d):
    m = re.fullmatch(r"\+?(\d+)([mhd])", d)
    n, u = int(m.group(1)), m.group(2)
    return timedelta(minutes=n) if u == "m" else timedelta(hours=n) if u == "h" else timedelta(days=n)


# msgs: list of (role, delta_from_previous, text); role "c" customer, "a" agent
h("y001", "Tunepond", "2025-02-11T21:40:00Z", [
    ("c", "0m", "1 star. app logs me out every single time i open it, i have retyped my password like 40 times this week 🙄 fix it"),
    ("a", "20h", "Hi! We're so sorry. We truly value your loyalty as a Tunepond listener. Version 6.4.1 should fix the sign-out issue, please update and let us know."),
    ("c", "2d", "updated. still logging me out. the 'fix' fixed nothing lol"),
], "undetermined", "", "negative", "symptom_frequency;agent_cue;one_incident")

h("y002", "Glowbar", "2025-04-03T15:02:00Z", [
    ("c", "0m", "is the Forever Dewy tint actually vegan or is that just vibes on the packaging 👀"),
    ("a", "45m", "Hi love! Yes, Forever Dewy is 100% vegan and cruelty-free 💖 Thanks for being part of the Glowbar family!"),
    ("c", "10m", "ok bet ty"),
], "undetermined", "", "neutral", "product_attribute;agent_cue")

h("y003", "PixelForge", "2025-01-19T02:55:00Z", [
    ("c", "0m", "uninstalled skyrift for the 4th time this year. reinstalled it 2 hours later. this game is the ex i keep texting back 😭"),
    ("c", "3d", "matchmaking put me (silver) against a full diamond stack AGAIN. genuinely criminal. anyway i'm queueing again, don't look at me"),
    ("a", "5h", "Hey! Matchmaking tweaks are coming in patch 3.7. Thanks for sticking with us!"),
    ("c", "1h", "'sticking with' is doing a lot of work there. i want to leave so bad and i physically cannot. best game i've ever played, worst devs on earth, pls fix it so i can stop being mad"),
    ("c", "9d", "patch 3.7 out. matchmaking somehow worse. i played 11 games tonight. i hate it here. see you tomorrow"),
    ("c", "2d", "my friends have a bet on how long i last uninstalled this time. the over/under is 3 hours 🙃"),
], "love_hate", "dealer_addict", "mixed", "paraphrase;agent_cue;irony")

h("y004", "Kestrel Air", "2025-06-14T18:20:00Z", [
    ("c", "0m", "@kestrelair flight KA2231 sat on the tarmac for 3 hours, no water, no updates, the wifi 'coming soon' since boarding. 10/10 experience truly 🙃"),
    ("a", "30m", "We're very sorry for the delay. As a valued frequent flyer you deserve better. Please DM us your booking reference."),
    ("c", "15m", "dm'd the ref. just want the meal voucher they promised at the gate, thx"),
], "undetermined", "", "negative", "sarcasm;agent_cue;one_incident")

h("y005", "Moxi Mobile", "2025-03-08T12:10:00Z", [
    ("c", "0m", "been on moxi's $15 plan since last spring bc it's literally half what my old carrier wanted. signal is... fine? calls go through. i never think about it which is honestly the whole point"),
    ("c", "2d", "q: does the $15 plan include hotspot or is that an add-on"),
    ("a", "3h", "Hi! Hotspot (5 GB) is included on the $15 plan. We're thrilled to have you in the Moxi family!"),
    ("c", "40m", "cool. as long as the price doesn't creep up i'm staying put. not trying to have a Relationship with my phone company lmao, just want bars and a cheap bill"),
], "basic_exchange", "", "positive", "paraphrase;agent_cue;conditional")

h("y006", "Brewlane Coffee", "2025-05-21T08:33:00Z", [
    ("c", "0m", "tried the 'Obsessed' oat latte everyone on here keeps posting. it's mid. tastes like syrup with a rumour of coffee"),
    ("a", "1h", "Sorry it wasn't for you! You can ask for half syrup on any Obsessed latte 🙌"),
    ("c", "25m", "ohh didn't know that was an option, might try once more then"),
], "undetermined", "", "negative", "product_attribute;addict_word_in_name")

h("y007", "Oatfield", "2025-09-02T19:45:00Z", [
    ("c", "0m", "my grandma kept a box of oatfield honey rings in the pantry for every grandkid. my dad did the exact same thing. now my 2yo screams 'RINGS' at 6am. it's basically a family heirloom at this point 😂"),
    ("a", "2h", "This made our whole team smile! Three generations of Honey Rings fans 🥣"),
    ("c", "30m", "pls do not change the recipe. my entire family tree will riot. we are Oatfield people, it came with the last name"),
], "close_siblings", "old_friends", "positive", "paraphrase")

h("y008", "Threadhaus", "2025-07-12T01:14:00Z", [
    ("c", "0m", "bought ONE sequin dress from threadhaus at 1am for my cousin's wedding. wore it once, it's going back in the box. i am not a threadhaus girl, this was a moment of weakness"),
    ("c", "11h", "q: can i still return it if the tags are back on?"),
    ("a", "2h", "Hi! Returns are accepted within 30 days with tags attached. Hope to see you again soon for the new autumn collection ✨"),
    ("c", "20m", "lol we'll see. prob not. it was a one-off, no offense"),
], "one_night_stand", "fleeting_acquaintance", "neutral", "agent_cue;paraphrase")

h("y009", "Taskloom", "2025-02-25T10:05:00Z", [
    ("c", "0m", "our 6-person design studio runs every client project through taskloom. it's not exciting. it's a tool and it does what we pay it for"),
    ("c", "1d", "feature q: can a guest client see only their own board and not the rest of the workspace?"),
    ("a", "4h", "Yes! Use Guest Access > Limit to board. Let us know if you need a hand setting it up."),
    ("c", "30m", "perfect, setting that up for the Harlow account tomorrow morning"),
], "colleagues", "basic_exchange", "positive", "paraphrase")

h("y010", "Brewlane Coffee", "2025-10-06T09:12:00Z", [
    ("c", "0m", "brewlane is in the rotation with the campus cart and that tiny place on 9th. depends on the mood and which one has the shorter line tbh"),
    ("c", "3d", "not gonna lie the app keeps nagging me to 'commit to a Brewlane streak' lmao no thanks i like having options"),
    ("a", "1h", "Totally get it! We're here whenever you're in the mood ☕"),
    ("c", "20m", "lol fair. see u thursday probably"),
], "buddies", "casual_acquaintance", "positive", "paraphrase;product_attribute")

h("y011", "Bramble Books", "2025-11-15T16:40:00Z", [
    ("c", "0m", "Nine years and every single book I own came from you. I walk past two chains to get to Bramble, in the rain, and I'd do it again tomorrow ❤️"),
    ("c", "20d", "when you opened the second shop I teared up in the queue, not even joking"),
    ("a", "3h", "We don't deserve you! See you at the December reading night?"),
    ("c", "15m", "obviously. you're stuck with me until one of us dies and it won't be the shop"),
], "marriage_partners", "old_friends", "positive", "paraphrase")

h("y012", "Voltscoot", "2025-08-03T22:18:00Z", [
    ("c", "0m", "PSA for this sub: do NOT download voltscoot. charged me for a ride where the scooter never unlocked, then a 'parking fee' for a scooter i never touched"),
    ("c", "1d", "reading the other comments and it's the same for half of you. the company is rotten top to bottom. support is a bot and the fees are made up. delete it and tell your roommates"),
    ("a", "2h", "Hi, we'd love the chance to make this right, please DM us your account email."),
    ("c", "30m", "make it right by refunding everyone in this thread. i'm out, reported the charges to my bank"),
    ("c", "2d", "edit: bank reversed it. still deleted the app. the scooters on my street are just expensive lawn ornaments to me now"),
    ("c", "1d", "to everyone DMing me: yes, report it to your bank too, and leave a review so the next person sees it"),
], "enemies", "adversaries", "negative", "paraphrase;agent_cue")

h("y013", "FitMuse", "2025-03-30T07:50:00Z", [
    ("c", "0m", "why is fitmuse emailing me 'we miss you, come back! 💪' i have never once opened your app. who gave you my email"),
    ("a", "2h", "Sorry for the confusion! Your address appears on a 2023 sign-up on our records."),
    ("c", "10m", "there was no sign-up. never made an account, never paid you a cent. remove me please"),
], "complete_strangers", "", "negative", "agent_cue;quoted_text")

h("y014", "Larkstay Hotels", "2025-04-27T03:05:00Z", [
    ("c", "0m", "shoutout to the night desk guy at larkstay downtown who found my airpods in the lobby couch at 2am. absolute legend, give him a raise"),
    ("a", "6h", "We'll pass this on to Dev! Thank you for being a loyal Larkstay guest 💙"),
], "undetermined", "", "positive", "agent_cue;one_incident")

h("y015", "Loopwire", "2025-02-03T19:00:00Z", [
    ("c", "0m", "loopwire down again. rep told me to reboot the router. sir i have rebooted that router every evening since new year's"),
    ("c", "3d", "day 3 of calling. the hold music is now the soundtrack of my life. i know every note"),
    ("a", "4h", "We understand your frustration and a technician visit is booked for Friday."),
    ("c", "5d", "tech came, 'fixed' it, down by saturday. and the new bill has a $12 'service visit fee'. of course it does. see you for round five next month, loopwire"),
    ("a", "6h", "We're sorry to hear that. We've credited $12 to your account as a courtesy."),
    ("c", "12d", "credit showed up. so did another outage. honestly at this point i'd miss the fighting if it stopped"),
    ("c", "1d", "update for the thread: new router, same loopwire. see you all at the next outage 🫠"),
], "adversaries", "enemies", "negative", "sarcasm;paraphrase")

h("y016", "Saltline", "2025-05-09T14:30:00Z", [
    ("c", "0m", "pair #7 of saltlines just arrived. i don't even open other shoe sites anymore, they don't exist to me"),
    ("c", "6d", "kids at school roast me that every shoe i own is the same brand. idc. saltline till the wheels fall off ❤️"),
    ("a", "1h", "Seven pairs!! You're officially family 🖤"),
    ("c", "10m", "if you ever discontinue the court low i'm chaining myself to your warehouse"),
], "marriage_partners", "", "positive", "paraphrase;competitor_mention")

h("y017", "Inkly", "2025-06-01T11:00:00Z", [
    ("c", "0m", "4 stars. Our lab (4 grad students + our PI) keeps every protocol in Inkly shared notebooks. Boring in the best way. Would be 5 if PDF export kept table formatting."),
    ("a", "1d", "Thanks so much! We value your feedback and your loyalty. Table export is on our roadmap."),
    ("c", "12d", "Edit: table export fixed in 3.2, bumping to 5. The lab is happy, our PI is happy, which never happens."),
], "colleagues", "business_partners", "positive", "agent_cue;app_review_reply")

h("y018", "Fizzbolt", "2025-07-22T16:16:00Z", [
    ("c", "0m", "mango fizzbolt is literally crack in a can 😵"),
    ("c", "5m", "anyone know if it has more caffeine than the original?"),
    ("a", "1h", "Same 160 mg as the original! ⚡"),
    ("c", "8m", "ok ty"),
], "undetermined", "", "positive", "product_attribute;addiction_slang")

h("y019", "Quickdrop", "2025-11-28T13:25:00Z", [
    ("c", "0m", "quickdrop delivery photo shows my parcel in a bush. a bush. which bush? no one knows. incredible work"),
    ("a", "1h", "So sorry! We've opened claim QD-55821 and the driver will be contacted."),
    ("c", "3h", "found it. neighbour's hedge. 2/10, at least it didn't rain"),
], "undetermined", "", "negative", "sarcasm;one_incident;not_chosen_courier")

h("y020", "StudyOwl", "2025-01-04T20:00:00Z", [
    ("c", "0m", "just downloaded studyowl bc my friend would not shut up about it. day 1 of korean. i can say 'apple' now 🍎"),
    ("a", "2h", "Welcome! 사과 is a great first word 🦉"),
    ("c", "3d", "day 4 and i haven't quit yet which is a personal record. no promises tho, still figuring out if it's for me"),
], "fleeting_acquaintance", "", "positive", "paraphrase")

h("y021", "Snackory", "2025-01-15T23:48:00Z", [
    ("c", "0m", "i have eaten a bag of snackory ghost pepper curls every day since october. my tongue is gone. my wallet is gone. i cannot stop"),
    ("c", "9d", "tried a week without them. made it to tuesday. tuesday!!"),
    ("c", "2d", "the guy at the corner store has my bag on the counter before i even say anything. send help or a coupon"),
    ("a", "3h", "Haha we've got you 🌶️ check your DMs"),
], "dealer_addict", "", "positive", "paraphrase")

h("y022", "Cloudnap", "2025-08-19T10:10:00Z", [
    ("c", "0m", "does the 100-night trial start on delivery or on the order date?"),
    ("a", "30m", "From delivery! We hope you'll love your Cloudnap forever 💤"),
    ("c", "5m", "delivery was the 4th then, thx"),
], "undetermined", "", "neutral", "agent_cue")

h("y023", "Glowbar", "2025-10-31T18:00:00Z", [
    ("c", "0m", "THE GLOWBAR GALAXY DROP. ordered 4 things in 9 minutes. i have never felt so alive 🌌"),
    ("c", "2d", "wore the holo liner to class and three people asked. main character week"),
    ("c", "1h", "(will i care in a month? absolutely not. do i care right now? more than anything in the world)"),
    ("a", "2h", "Loving this energy ✨"),
], "fling", "", "positive", "paraphrase;self_aware_irony")

h("y024", "Credara", "2025-04-10T09:30:00Z", [
    ("c", "0m", "round 3 with credara over a phone account that isn't mine. they 'verified' it. again."),
    ("c", "31d", "sent them the police report. they sent back a letter asking for... the police report"),
    ("a", "2d", "We have received your dispute and will respond within 30 days."),
    ("c", "32d", "disputing with credara every 30 days is my main hobby now. see you in june credara"),
    ("a", "3d", "Our records show the account information was verified by the data furnisher."),
    ("c", "1h", "verified by the company that opened it in my name. cool. dispute #4 filed, with the same attachments, for the same account"),
], "adversaries", "enemies", "negative", "sarcasm;paraphrase;agent_turn")

h("y025", "Driftwave", "2025-09-12T17:00:00Z", [
    ("c", "0m", "pre-ordered the driftwave pulse clear edition the second it went live. my current headphones are fine. i simply Need The New Thing"),
    ("c", "8d", "THEY'RE HERE. see-through case is so y2k coded, i'm obsessed this week"),
    ("a", "3h", "Enjoy them! Thanks for being part of the Driftwave fam 🎧"),
], "fling", "", "positive", "addict_word_as_fling;agent_cue")

h("y026", "Finlo", "2025-05-05T12:00:00Z", [
    ("c", "0m", "got a text from Finlo saying my 'loan payment is overdue'. i have never borrowed anything from you. i'd never heard of you before today"),
    ("a", "1h", "Please verify your identity at finlo.example.com/verify so we can review the account."),
    ("c", "20m", "i'm not clicking a link from a company i've never had an account with. this is exactly how scams work. take my number off your list"),
], "complete_strangers", "", "negative", "scam_word;agent_turn")

h("y027", "Crumb & Co", "2025-03-14T17:20:00Z", [
    ("c", "0m", "every friday i tell my roommate i'm at the gym. i am not at the gym. i am at crumb & co with a double chocolate croissant 🤫"),
    ("c", "7d", "if you saw me there today, no you didn't"),
    ("a", "1h", "Your secret is safe with us 🥐"),
    ("c", "5m", "ily. the barista knows too much"),
], "secret_affair", "", "positive", "agent_cue;paraphrase")

h("y028", "Petpal", "2025-06-23T20:05:00Z", [
    ("c", "0m", "my cat refuses the salmon pate but demolishes the chicken one. she has opinions"),
    ("c", "2m", "also are the Loyal Paws treats ok for a 4 month old kitten?"),
    ("a", "1h", "Yes, Loyal Paws are fine from 10 weeks! Thanks for the feedback on the pate."),
], "undetermined", "", "neutral", "product_attribute")

h("y029", "Tunepond", "2025-12-02T21:00:00Z", [
    ("c", "0m", "real question: is tunepond lossless actually better than soundwell's? my friend swears soundwell sounds better and tbh soundwell's shuffle is way smarter"),
    ("a", "2h", "Both stream at 24-bit/96 kHz on our Hi-Fi tier. We'd love to have you try it!"),
    ("c", "30m", "ok ty, will compare on the same song"),
], "undetermined", "", "neutral", "competitor_praise;agent_cue")

h("y030", "Forkful", "2025-02-12T19:30:00Z", [
    ("c", "0m", "got the forkful trial box purely for the 60% code. cooking ONE fancy dinner for my gf's birthday and then cancelling. nothing personal"),
    ("c", "3d", "cancelled ✅ the mushroom risotto slapped tho"),
    ("a", "2h", "We'd love you to stay! Here's 40% off your next 3 boxes 💚"),
    ("c", "20m", "lol nope, it was one-and-done. tell the risotto chef i said hi"),
], "one_night_stand", "fleeting_acquaintance", "positive", "agent_cue;paraphrase")

h("y031", "Fizzbolt", "2025-04-18T15:40:00Z", [
    ("c", "0m", "my mom thinks i quit fizzbolt in january. i have a stash behind my chem textbooks 💀"),
    ("c", "1d", "please stop putting the can on your story, she follows you"),
    ("a", "2h", "🤐"),
    ("c", "3m", "ty for your service"),
], "secret_affair", "dealer_addict", "positive", "paraphrase")

h("y032", "Larkstay Hotels", "2025-07-30T22:50:00Z", [
    ("c", "0m", "we end up at the larkstay by the airport maybe twice a year when flights get weird. it's fine. beds are fine. i have no feelings about it either way"),
    ("c", "1m", "does the shuttle still run at 5am?"),
    ("a", "40m", "Yes, every 20 minutes from 4:30! As a returning guest you can also join Lark Rewards for free."),
    ("c", "10m", "nah i'm good, just the shuttle thx"),
], "casual_acquaintance", "basic_exchange", "neutral", "agent_cue")

h("y033", "Voltscoot", "2025-09-09T08:15:00Z", [
    ("c", "0m", "lol i was so hooked on this true crime podcast i rode my voltscoot two stops past class"),
    ("c", "1m", "is there a way to pause a ride without ending it? like if i run into a store for 5 min"),
    ("a", "25m", "Yes! Tap 'Pause' on the ride screen; pausing is 10c/min."),
], "undetermined", "", "neutral", "passing_use")

h("y034", "Kestrel Air", "2025-10-14T06:40:00Z", [
    ("c", "0m", "I'm Kestrel Platinum, 140k miles this year, and I was just told to gate-check my carry-on like a tourist. Excuse me?"),
    ("c", "30m", "I don't want an apology template. I want someone senior to call me today, and I want the gate agent's name."),
    ("a", "1h", "We value your loyalty and are sorry about this experience. A member of our Platinum desk will contact you."),
    ("c", "5m", "Then act like it. I shouldn't have to explain who I am every time I board one of your planes."),
    ("a", "5h", "Our Platinum desk tried to reach you at 14:20 and left a voicemail."),
    ("c", "30m", "A voicemail. For a Platinum member. I expect a call at a time I choose, and an upgrade on my return leg without having to ask."),
], "master_slave", "adversaries", "negative", "agent_cue")

h("y035", "Threadhaus", "2025-11-03T00:10:00Z", [
    ("c", "0m", "i give everyone the fast fashion lecture and then open threadhaus at midnight like a goblin. nobody can ever know"),
    ("c", "1d", "if my sustainability club finds out they will exile me to the woods"),
    ("a", "2h", "No judgment here 💛 your cart is saved!"),
    ("c", "5m", "delete this reply before someone sees it 😭😭"),
], "secret_affair", "love_hate", "positive", "agent_cue;paraphrase")

h("y036", "Bramble Books", "2025-03-05T14:00:00Z", [
    ("c", "0m", "Hi, can you confirm order #BB-20931 has shipped? Thanks, Priya\n\n> On 3 Mar, Bramble Books <hello@bramble.example.com> wrote:\n> As one of our most loyal readers, you get 48h early access to our spring sale. We love you!"),
    ("a", "3h", "Hi Priya, it shipped this morning, tracking BRM448120."),
], "undetermined", "", "neutral", "quoted_reply")

h("y037", "PixelForge", "2025-05-17T19:00:00Z", [
    ("c", "0m", "ok rift crew, from the dev stream: if we log 500 repros of the bow desync they'll hotfix it this week. clips go in #bug-hunt, let's get it done"),
    ("c", "1d", "we're at 312!!! y'all are actually insane"),
    ("a", "20h", "Dev here: confirmed, hotfix 3.6.2 is live. Huge thanks to this server."),
    ("c", "10m", "WE DID IT. devs + this discord = unstoppable. this is why i stay in this game, it's the people and the fact they actually listen to us"),
    ("c", "3d", "next target from the roadmap vote: the cave map lighting. same drill, clips + timestamps in #bug-hunt. new people welcome, we'll show you how to record"),
    ("a", "1d", "Dev here again: we'll be watching that channel 👀"),
    ("c", "2h", "you heard them crew. 41 clips already, keep it coming"),
], "teammates", "business_partners", "positive", "paraphrase")

h("y038", "FitMuse", "2025-02-06T06:05:00Z", [
    ("c", "0m", "the 6am fitmuse club in the app is carrying me. 14 strangers who now text each other 'did u stretch' at dawn"),
    ("c", "4d", "challenge board has our group at #3 — need every one of you to log your run tonight!!"),
    ("c", "2d", "#1!!! fitmuse pls make us team shirts, we've earned it"),
    ("a", "3h", "You did earn it. DM us sizes 👀"),
], "teammates", "", "positive", "paraphrase")

h("y039", "Inkly", "2025-08-08T10:30:00Z", [
    ("c", "0m", "Been on Inkly daily for about two years. Some notes from a heavy user, take or leave: 1) let the backlinks panel collapse 2) colour-coded tags 3) a distraction-free writing mode. Glad to jump on a call or test builds if useful."),
    ("a", "1d", "These are great, thank you! Adding you to the 3.4 beta."),
    ("c", "6d", "Beta notes: writing mode is lovely, but the toggle hides the word count. Could it sit faded in the corner? Screenshot + repro steps attached. Keep going, it's getting really good."),
], "business_partners", "", "positive", "paraphrase")

h("y040", "Zipcab", "2025-06-20T23:30:00Z", [
    ("c", "0m", "zipcab, the green one, the purple one. three ride apps, zero loyalty lol. zipcab wins maybe half the time"),
    ("c", "4d", "zipcab drivers are lowkey the nicest tho, one gave me a mint and life advice"),
    ("a", "1h", "We'd love to be your one and only ride 💚"),
    ("c", "10m", "don't get clingy zipcab 😂 you're in the rotation, that's a compliment"),
], "buddies", "basic_exchange", "positive", "negated_cue;agent_cue")


h("y041", "StudyOwl", "2025-03-21T23:58:00Z", [
    ("c", "0m", "the owl has me in a chokehold. 312 day streak. i did a lesson in the bathroom at my own birthday party"),
    ("c", "5d", "phone died at 11:50pm and i genuinely panicked about the streak, borrowed a stranger's charger at the bus stop"),
    ("c", "1m", "is it normal to feel physically bad when i miss a day?? asking for me"),
    ("a", "3h", "That's dedication! A streak freeze can save you on those nights 🦉"),
], "dealer_addict", "", "positive", "paraphrase")

h("y042", "Ferro Bank", "2025-05-26T13:10:00Z", [
    ("c", "0m", "ferro froze my card AGAIN bc i bought a bus ticket in another city. that's lock number five this year"),
    ("c", "2h", "i know the drill by heart now: 40 min hold, birthday, first pet, unfreeze, repeat next month"),
    ("a", "1h", "Sorry for the inconvenience! Adding a travel notice in the app can help prevent this."),
    ("c", "10m", "i added one. i always add one. see you next month ferro 🫡"),
], "adversaries", "", "negative", "sarcasm;paraphrase")

h("y043", "Lumen Cinemas", "2025-12-20T23:40:00Z", [
    ("c", "0m", "paid $19 for a 'premium recliner' and mine was stuck fully reclined for the entire 3 hour movie. watched the whole thing from the ceiling. immersive i guess"),
    ("a", "2h", "So sorry about that! DM us your booking and we'll refund the upgrade."),
    ("c", "15m", "sent ✔"),
], "undetermined", "", "negative", "sarcasm;one_incident")

h("y044", "Quickdrop", "2025-09-30T20:20:00Z", [
    ("c", "0m", "quickdrop driver here, AMA. no we don't throw parcels in bushes for fun, the scanner makes us photo it wherever we leave it"),
    ("c", "40m", "the real problem is management wanting 180 stops a day out of one van. they don't care about us or you"),
    ("c", "1h", "to the guy asking: yes we get paid per stop not per hour. yes it's as bad as it sounds"),
], "undetermined", "", "negative", "employee;not_customer")

h("y045", "Larkstay Hotels", "2025-08-15T21:30:00Z", [
    ("c", "0m", "booked larkstay for literally one night bc the festival ate every other bed in the city. not my usual price range, not doing it again, but tonight it saved me"),
    ("c", "1m", "q: can i leave my bag somewhere till 3pm on checkout day?"),
    ("a", "30m", "Yes, the front desk has lockers! Hope to welcome you back for next year's festival 🎶"),
    ("c", "10m", "lol this was a one-time survival situation. thx for the locker tho"),
], "one_night_stand", "fleeting_acquaintance", "neutral", "agent_cue;paraphrase")

h("y046", "Brewlane Coffee", "2025-04-04T10:00:00Z", [
    ("c", "0m", "brewlane was my entire personality freshman year. knew every barista by name. now it's $7.40 for a latte that tastes like the cup"),
    ("c", "2d", "swapped the real oat milk for 'oat-based beverage' and killed the free refill. this is not the place i fell for"),
    ("a", "3h", "We appreciate loyal guests like you and would love to win you back!"),
    ("c", "20m", "you had me. past tense. bye brewlane 💔"),
], "ex_friends", "", "negative", "agent_cue;past_tense")

h("y047", "Driftwave", "2025-10-02T17:45:00Z", [
    ("c", "0m", "love the bass on the pulse, hate the case hinge. also the right bud cuts out when i turn my head left?? is that normal"),
    ("a", "1h", "Not normal! Try a reset: hold both buds' touch pads for 10 seconds in the case."),
    ("c", "30m", "reset worked, ty. hinge still feels like it'll snap"),
], "undetermined", "", "mixed", "product_attribute;love_hate_words_about_product")

h("y048", "Zipcab", "2025-11-11T18:05:00Z", [
    ("c", "0m", "love it when zipcab says 2 min and the driver takes a scenic tour of the entire neighbourhood first 🥰 20 min later, here we are"),
    ("a", "25m", "Sorry about that! We've refunded the wait fee on this trip."),
    ("c", "5m", "appreciated"),
], "undetermined", "", "negative", "sarcasm;love_word;one_incident")

h("y049", "Kestrel Air", "2025-06-02T09:00:00Z", [
    ("c", "0m", "flew kestrel every summer since i was 14 to see my dad. crew cookies, window seat, the whole ritual. this year: $80 to pick a seat, no cookies, 6 hour delay, nobody cared"),
    ("c", "1d", "i genuinely grew up on these planes. what happened to you"),
    ("a", "4h", "We'd hate to lose a loyal flyer like you. Please DM us so we can help."),
    ("c", "3d", "booked the summer trip on another airline. first time in 9 years. kinda sad ngl"),
], "ex_friends", "old_friends", "negative", "agent_cue;nostalgia_then_loss")

h("y050", "Sprocket Bikes", "2025-04-12T07:10:00Z", [
    ("c", "0m", "sprocket shop ride saturday 8am, meet at the Dale St store. bring spare tubes, we share"),
    ("c", "7d", "the sprocket crew fixed my derailleur on the trail last week. honestly the repair stand at the shop is our clubhouse now"),
    ("a", "2h", "See y'all Saturday! Mechanics are bringing coffee."),
    ("c", "30m", "we ride as one 🚲 also can you post the route on the app board so the new folks can find us"),
], "teammates", "", "positive", "paraphrase")

h("y051", "Noodlebox", "2025-01-24T22:10:00Z", [
    ("c", "0m", "noodlebox spicy miso 5 nights this week. my doctor would be upset. my soul is at peace"),
    ("c", "2d", "i dream about the broth. actual dreams. with broth in them"),
    ("c", "3d", "CLOSED ON MONDAY?? i walked there and stood outside like a sad dog. what am i supposed to eat"),
    ("a", "1h", "Back Tuesday at 11, we promise 🍜"),
], "dealer_addict", "", "positive", "paraphrase")

h("y052", "Shelfie", "2025-02-17T15:00:00Z", [
    ("c", "0m", "saw shelfie on some tiny-apartment tiktok. ordered one wall shelf as a test run before i commit to the whole desk setup"),
    ("a", "1d", "Welcome! Here's 10% off if you go for the desk 🪵"),
    ("c", "4d", "shelf arrived, assembly took 12 min, only cried once. desk next... maybe?"),
], "fleeting_acquaintance", "", "positive", "commit_word;paraphrase")

h("y053", "Lumen Cinemas", "2025-07-06T20:30:00Z", [
    ("c", "0m", "the lumen on 3rd street is where i saw every pixar movie as a kid. same space carpet. went back last week, smelled the popcorn butter, instantly 9 years old again"),
    ("c", "1h", "not saying it's the best theater (the seats squeak, the screen is small) but it's mine, you know?"),
    ("a", "2h", "This made our day. The carpet isn't going anywhere!"),
], "old_friends", "", "positive", "paraphrase")

h("y054", "Ferro Bank", "2025-09-01T11:20:00Z", [
    ("c", "0m", "how do i add a joint account holder? my gf and i are moving in, we're basically family now lol 🏠"),
    ("a", "40m", "Congrats! Go to Profile > Accounts > Add joint holder; they'll get an invite to verify."),
    ("c", "10m", "done, ty"),
], "undetermined", "", "neutral", "passing_use;family_word")

h("y055", "Tunepond", "2025-03-17T08:00:00Z", [
    ("c", "0m", "tunepond's algorithm knows me better than my therapist and i resent it. it also put a lullaby in my gym mix today. i'm furious. i'm also not going anywhere"),
    ("c", "12d", "they raised the student plan to $6.99 and i screamed into a pillow and then paid"),
    ("a", "2h", "We appreciate you! The student plan still includes Hi-Fi."),
    ("c", "15m", "don't 'appreciate' me, lower the price. i'll be here either way, which is the worst part"),
], "love_hate", "dealer_addict", "mixed", "paraphrase;agent_cue")

h("y056", "Saltline", "2025-05-30T16:40:00Z", [
    ("c", "0m", "hola, mi pedido SL-30117 llegó en la talla equivocada (pedí 39, vino 41). ¿cómo hago el cambio?"),
    ("a", "1h", "¡Hola! Lo sentimos. Te enviamos una etiqueta de devolución gratis por correo."),
    ("c", "20m", "gracias!"),
], "undetermined", "", "negative", "other_language;one_incident")

h("y057", "Petpal", "2025-10-19T12:00:00Z", [
    ("c", "0m", "every family dog has eaten petpal since before i was born. my parents' beagle, my uncle's labs, now my first dog of my own. didn't even look at other brands, it's just what we do"),
    ("a", "2h", "Welcome to the pack, Biscuit! 🐾"),
    ("c", "15m", "my mom literally gave me a bag as a moving-out present lol"),
], "close_siblings", "old_friends", "positive", "paraphrase")

h("y058", "Hypedrop", "2025-02-28T21:00:00Z", [
    ("c", "0m", "hypedrop sold me fake dunks with the 'authenticated' tag and everything. then suspended my account for opening a dispute"),
    ("c", "1d", "this app is a counterfeit laundromat with a logo. if you're reading this before you buy anything: don't. go literally anywhere else"),
    ("a", "3h", "We take authenticity seriously. Please contact support@hypedrop.example.com."),
    ("c", "20m", "you take money seriously. reported you to the consumer office and i'm stitching a video of the fakes rn"),
], "enemies", "", "negative", "paraphrase;agent_turn")

h("y059", "Forkful", "2025-06-09T19:00:00Z", [
    ("c", "0m", "i don't love the new packaging, way too much plastic for 3 tacos. the taco kit itself was good though"),
    ("a", "1h", "Thanks for telling us! We're moving to paper trays by June."),
    ("c", "10m", "nice 👍"),
], "undetermined", "", "mixed", "negated_cue;product_attribute")

h("y060", "PixelForge", "2025-08-27T00:30:00Z", [
    ("c", "0m", "i am a serious adult with a lease and a 401k and every night after my partner falls asleep i play skyrift pet dress-up mode for an hour. they think i'm reading"),
    ("c", "3d", "devs i am begging you do NOT put 'hours in pet salon' on the year-end share card"),
    ("a", "5h", "Your stats are private unless you choose to share 😇"),
    ("c", "2m", "bless you. my tiny shameful hobby lives on"),
], "secret_affair", "", "positive", "paraphrase")

h("y061", "Moxi Mobile", "2025-01-10T10:00:00Z", [
    ("c", "0m", "hey why does my first bill say $22 instead of $15"),
    ("a", "30m", "Hi! Your first bill includes a one-time $7 SIM activation fee. From next month it's $15."),
    ("c", "5m", "ahh ok makes sense"),
], "undetermined", "", "neutral", "agent_cue")

h("y062", "Cloudnap", "2025-11-20T14:00:00Z", [
    ("c", "0m", "cloudnap's '100 night trial' is a trap. refused my return on night 94 bc of a 'stain' (it was on the plastic. it never left the plastic)"),
    ("c", "2d", "i'm making it my personal mission to post this under every cloudnap ad i see. buy a mattress from literally anyone else"),
    ("a", "3h", "We'd like to review this. Could you send your order number?"),
    ("c", "15m", "no. you had your chance. enjoy the comments 🙂"),
], "enemies", "", "negative", "paraphrase;sarcasm")

h("y063", "Sprocket Bikes", "2025-05-03T16:00:00Z", [
    ("c", "0m", "my best friend dragged me into sprocket with a wobbly wheel and the mechanic trued it for free while i waited, explaining every step. didn't have to do that. thank u Marco 🙏"),
    ("a", "1h", "Marco says you're welcome! 🔧"),
], "undetermined", "", "positive", "passing_use;one_incident")

h("y064", "Taskloom", "2025-07-15T09:40:00Z", [
    ("c", "0m", "feature request from a studio that's run on taskloom since 2022: recurring subtasks pls. I wrote up how we hack it with templates today: notes.example.com/taskloom-recurring"),
    ("a", "1d", "This is super helpful, we've shared it with our PM for the Q3 planning."),
    ("c", "2h", "Happy to walk them through it. Smaller one: the 'due soon' orange is unreadable for colourblind folks on our team, maybe add a pattern option?"),
], "business_partners", "colleagues", "positive", "paraphrase")

h("y065", "Noodlebox", "2025-09-14T18:30:00Z", [
    ("c", "0m", "i get noodlebox maybe once every couple months when i'm downtown and too tired to decide. it's always fine"),
    ("c", "1m", "is the garlic chili oil still on the menu?"),
    ("a", "40m", "It is! Now in a bigger jar too 🌶️"),
    ("c", "10m", "cool, might be a while before i'm back in town but good to know"),
], "casual_acquaintance", "", "neutral", "paraphrase")

h("y066", "Larkstay Hotels", "2025-03-02T22:15:00Z", [
    ("c", "0m", "I'm a Lark Diamond member. I booked a suite and walked into a standard king with a 'sorry, overbooked' note on the pillow. A NOTE."),
    ("c", "20m", "I don't want points. I want the GM to apologise to me in person and my next three stays comped. That's the bare minimum at my tier."),
    ("a", "1h", "Dear guest, we value your loyalty and sincerely apologise for this experience."),
    ("c", "10m", "Stop valuing it and start earning it. Do you know how many nights I gave you last year? Sixty-one."),
], "master_slave", "ex_friends", "negative", "agent_cue")

h("y067", "Tunepond", "2025-12-14T20:00:00Z", [
    ("c", "0m", "i pay for tunepond AND soundwell bc i'm unhinged. tunepond for discovery, soundwell for podcasts. both fine, no beef"),
    ("c", "5d", "tunepond pls stop emailing me 'switch fully and save'. i'm happy with my little arrangement"),
    ("a", "3h", "Fair enough! Enjoy the discovery mixes 🎶"),
], "buddies", "", "positive", "competitor_mention;paraphrase")

h("y068", "Kestrel Air", "2025-08-05T12:30:00Z", [
    ("c", "0m", "how do i add my Kestrel Loyalty number to a booking i already made? the website throws an error every time"),
    ("a", "40m", "Hi! Go to Manage Booking > Passenger details > Kestrel Loyalty. If it errors, try the app."),
    ("c", "15m", "app worked ty"),
], "undetermined", "", "neutral", "product_attribute;symptom_frequency")

h("y069", "Mossy", "2025-04-20T13:00:00Z", [
    ("c", "0m", "mossy is one of the 3-4 plant shops i hit up on bored weekends. they have the weird stuff"),
    ("c", "7d", "got a string of turtles at mossy today, monstera from the farmers market. i get around 🌿"),
    ("a", "2h", "Love that for you! New shipment lands Saturday 👀"),
    ("c", "20m", "might swing by, might not, no pressure either way 😌"),
], "buddies", "casual_acquaintance", "positive", "paraphrase")

h("y070", "StudyOwl", "2025-05-01T07:00:00Z", [
    ("c", "0m", "bought studyowl premium for exactly one month to cram portuguese before my lisbon trip. cancelling the second i land. it's not you it's me 🙏"),
    ("a", "2h", "Boa viagem! Your progress stays saved if you ever come back."),
    ("c", "20d", "cancelled as planned, this was a single-use situation. but the owl got me through ordering pastéis de nata so respect"),
], "one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;agent_cue")

h("y071", "Tunepond", "2025-10-08T16:20:00Z", [
    ("c", "0m", "i can't do anything without tunepond in my ears. shower, sleep, exams. it went down for 40 min today and i sat in silence like a victorian ghost"),
    ("c", "2d", "i pay for tunepond before i pay rent. priorities"),
    ("a", "1h", "So sorry about the outage, we're back 🎧"),
    ("c", "5m", "never do that to me again 😤"),
], "dealer_addict", "", "positive", "paraphrase;never_again_phrase")

h("y072", "Crumb & Co", "2025-12-28T15:30:00Z", [
    ("c", "0m", "crumb & co has been my after-school spot since 7th grade. in college now and i still get the cinnamon twist and sit at the same sticky corner table"),
    ("c", "2d", "went back over winter break and the owner remembered my order. felt like being tucked in. remember the dinosaur cookies?? those were the days"),
    ("a", "1h", "Welcome home 🥐 the dinos might make a comeback..."),
], "old_friends", "", "positive", "paraphrase")

h("y073", "StudyOwl", "2025-06-29T18:00:00Z", [
    ("c", "0m", "our studyowl discord does a group lesson every sunday. 30 of us reading the same spanish story and roasting each other's accents"),
    ("c", "7d", "the owl team sat in on our call last week and took notes on which exercises trip us up. felt like we're building it with them"),
    ("a", "1d", "You all shaped the new listening unit! Thank you 🦉"),
    ("c", "1h", "we owl together (sorry)"),
], "teammates", "business_partners", "positive", "paraphrase")

h("y074", "Ferro Bank", "2025-02-09T02:30:00Z", [
    ("c", "0m", "ngl ferro has shown up for me more than some people have. wallet got stolen at 2am and the chat person stayed with me until every card was frozen, then asked if i got home safe"),
    ("c", "20d", "and when fees changed they messaged me a month early and explained exactly what it meant for my account. who does that"),
    ("c", "3h", "you're the one app i'd hand my whole broke life to lol"),
    ("a", "2h", "That means the world 💙"),
], "best_friends", "", "positive", "paraphrase")

h("y075", "Shelfie", "2025-08-22T11:00:00Z", [
    ("c", "0m", "third shelfie shelf. not because i'm in love, because it's half what the big blue-and-yellow store charges and none of them have collapsed"),
    ("c", "3m", "i just want furniture that holds books and doesn't need a PhD to build"),
    ("a", "1h", "Haha thanks! Anything else we can help with?"),
    ("c", "10m", "nope, you'll hear from me when i need shelf #4"),
], "basic_exchange", "", "positive", "negated_cue;competitor_mention")

h("y076", "Glowbar", "2025-07-03T19:15:00Z", [
    ("c", "0m", "glowbar's 'clean' serum gave me a chemical burn and they deleted my comment about it. twice."),
    ("c", "1d", "so here's comment #3: they disclose nothing and delete everything. i've unfollowed, returned everything i owned from them, and my whole dorm floor has been briefed"),
    ("a", "2h", "We're sorry to hear this. Please email care@glowbar.example.com so we can help."),
    ("c", "30m", "emailed you my dermatologist's note and a goodbye. hope your stock tanks 🙂"),
], "enemies", "", "negative", "sarcasm;agent_turn")

h("y077", "Rentwise", "2025-10-27T08:45:00Z", [
    ("c", "0m", "third maintenance ticket for the same leaking sink. rentwise closed it as 'resolved' again. the sink disagrees"),
    ("c", "9d", "me and the rentwise portal have a routine now: i open it, they close it, i reopen it. it's almost romantic"),
    ("a", "2h", "We apologise. A technician will visit this week."),
    ("c", "10m", "you said that in september. fine. ticket #4 is already drafted"),
], "adversaries", "enemies", "negative", "sarcasm;romantic_word")

h("y078", "Mossy", "2025-03-12T17:00:00Z", [
    ("c", "0m", "i've been killing plants since i was a kid lol. which of your plants is actually unkillable"),
    ("a", "30m", "ZZ plant! Water it once a month and ignore it otherwise."),
    ("c", "5m", "ignoring things is my skill, buying one"),
], "undetermined", "", "neutral", "passing_use;tenure_phrase")

h("y079", "Mossy", "2025-11-06T23:55:00Z", [
    ("c", "0m", "mossy's owner is basically my plant therapist. i send her photos of my dying fiddle leaf at midnight and she answers and tells me straight when it's my fault"),
    ("c", "14d", "when my ficus died she didn't try to sell me anything. she said 'take a month, you overwater out of love'"),
    ("c", "1d", "i'd trust mossy with my plants and honestly my secrets"),
    ("a", "3h", "Anytime 🌱 and she says hi"),
], "best_friends", "", "positive", "paraphrase")

h("y080", "Lumen Cinemas", "2025-04-25T12:00:00Z", [
    ("c", "0m", "is the Buddy Pass two-for-one valid on weekend evenings or weekdays only?"),
    ("a", "20m", "Weekdays only, except school holidays!"),
    ("c", "5m", "ok thx"),
], "undetermined", "", "neutral", "product_attribute")

# ---------------------------------------------------------------- checks + write


def main():
    ids = [x[0] for x in H]
    assert len(ids) == len(set(ids)), "duplicate ids"
    rows, labels = [], []
    nmsg = 0
    for cid, brand, start, msgs, typ, second, valence, traps in H:
        assert cid in ASSIGNED, cid
        assert typ == ASSIGNED[cid], (cid, typ, ASSIGNED[cid])
        assert typ in TYPES or typ == "undetermined", (cid, typ)
        assert second == "" or (second in TYPES and second != typ), (cid, second)
        assert valence in VALENCES, (cid, valence)
        assert 2 <= len(msgs) <= 8, (cid, len(msgs))
        assert any(r == "c" for r, _, _ in msgs), cid
        assert re.fullmatch(r"[a-z_]+(;[a-z_]+)*", traps), (cid, traps)
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        prev = None
        for i, (role, delta, text) in enumerate(msgs):
            assert role in ("c", "a"), (cid, role)
            if i:
                t = t + parse_delta(delta)
            assert prev is None or t > prev, (cid, "time order")
            prev = t
            assert text.strip(), cid
            for dom in re.findall(r"[\w.-]+@([\w.-]+\.\w+)", text) + re.findall(r"\b((?:[\w-]+\.)+(?:com|net|org|io))\b", text):
                assert dom.endswith("example.com"), (cid, dom)
            rows.append([cid, brand, "customer" if role == "c" else "agent",
                         t.strftime("%Y-%m-%dT%H:%M:%SZ"), text])
            nmsg += 1
        labels.append([cid, typ, second, valence, traps])
    # mix checks (only once complete)
    if len(H) == 80:
        from collections import Counter
        c = Counter(x[4] for x in H)
        assert c["undetermined"] == 24, c
        for t in TYPES:
            assert c[t] >= (3 if t in MORE else 2), (t, c[t])
            if t in MORE:
                assert c[t] <= 5, (t, c[t])
        brands = {x[1] for x in H}
        assert len(brands) >= 28, len(brands)
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        w.writerows(labels)
    print("customers:", len(H), "messages:", nmsg, "brands:", len({x[1] for x in H}))


if __name__ == "__main__":
    main()
