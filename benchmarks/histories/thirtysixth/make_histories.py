#!/usr/bin/env python3
"""Invented development histories xa001..xa080 for relradar (thirty-sixth set).

Genre: short public texts. Tweets and replies to brand handles (lower case, typos, slang, emoji,
emoji-only posts, hashtags, memes described in words, `RT @handle: ...` retweets), one- or
two-line app-store reviews and one- or two-line product reviews, each review opening with a
star rating (some edited later with an "Update:" line); the brand's public replies as agent
turns. Most customers post a single message; some post 2 to 6 over months. The set leans on
sarcasm, irony, negation, rhetorical questions and other types' cue words used in passing, and
the relational customers tell their tie in paraphrase, in ordinary words, from very little text.
All texts, names, handles, brands, addresses (example.com) and numbers are invented. Each
history is written under its intended label; ids are assigned by a seeded shuffle (seed 3636)
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
PREFIX = "xa"
SEED = 3636
TRAPS = TRAPS | {
    "quoted_cue",       # a cue word stands only in quoted text (a retweet)
    "update_edit",      # a review edited later ("Update:")
    "meme",             # a meme described in words
    "emoji_only",       # a post made of emoji (and the handle) only
    "rhetorical",       # a rhetorical question carries the point
    "slang"}            # internet slang and abbreviations (rn, tbh, ngl, lol, pls, fr)

# where a text was posted: Twitter/X, an app store, a product page (shop or marketplace)
CHANNELS = ("tweet", "app", "product")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---------------------------------------------------------------- positive

h("undetermined", "", "positive", "competitor;short_signal", "Penny Ledger", "app", [
    ("c", "2025-02-11 21:40", "★★★★★ Miles better than my bank's own app for seeing where the money goes. The receipt scanner even reads the faded thermal ones from the petrol station."),
])

h("undetermined", "", "positive", "single_thanks;emoji;caps;agent_cues", "Nimbus Air", "tweet", [
    ("c", "2025-04-19 16:05", "@NimbusAir shoutout to the gate agent in Denver who found my kid's stuffed giraffe under 14C and RAN it down the jet bridge. you made a 5 year old's whole year 🦒❤️"),
    ("a", "2025-04-19 16:31", "This made our day! We'll pass it on to Keisha at the gate. Hugs to the giraffe and the whole family ^MO"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Harlow Packs", "product", [
    ("c", "2025-03-02 12:18", "★★★★★ Love the colour, the sage is even nicer than the photos. Fits a 15\" laptop plus charger with room to spare."),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Gridlock Puzzles", "app", [
    ("c", "2025-01-07 08:52", "★★★★★ Addictive little puzzle game, the crossword-meets-sudoku daily is clever and there are no pop-up ads. Worth the 2.99."),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;emoji", "Fernwood Hotels", "tweet", [
    ("c", "2025-06-14 10:27", "@FernwoodHotels the family room at your Leeds place was spotless and the cot was already built when we walked in. small thing, massive difference with a 4 month old 👶"),
])

h("undetermined", "fleeting_acquaintance", "positive", "strong_words;caps;emoji;slang", "Glowbar Skin", "tweet", [
    ("c", "2025-08-30 19:44", "@GlowbarSkin ok this vitamin C serum is UNREAL. two weeks in and my dark spots are actually fading?? ngl I did not expect a £14 bottle to do this 😍"),
])

# ---------------------------------------------------------------- negative

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;hashtag;caps", "Quay Rail", "tweet", [
    ("c", "2025-01-21 07:58", "@QuayRail wow a 40 min delay AND no heating on the 07:12. really spoiling us this morning 🙃 #commute #frozen"),
    ("a", "2025-01-21 08:10", "Sorry Lewis, a points failure at Ashby has held services up. Heating fault reported to the depot ^QR"),
])

h("undetermined", "", "negative", "bug_report;symptom;strong_words", "ScanSlip", "app", [
    ("c", "2025-05-03 13:15", "★☆☆☆☆ Crashes every time I open the camera to scan a receipt. Every. Single. Time. Useless until it's fixed."),
])

h("undetermined", "", "negative", "single_incident;other_type_cue;sarcasm", "Torr Outdoor", "product", [
    ("c", "2025-07-09 18:02", "★☆☆☆☆ Strap snapped on day three of the trip. Quality control on top form, then. For £60 I expected better. Sending it back."),
])

h("undetermined", "", "negative", "caps;single_incident;not_chosen;rhetorical", "ParcelDash", "tweet", [
    ("c", "2025-11-28 14:40", "@ParcelDash WHERE IS MY PARCEL. 'delivered' at 14:02, not on the step, not with the neighbours, and the photo shows a door that isn't even mine?? the shop chose you, not me"),
    ("a", "2025-11-28 15:02", "Sorry to hear this. Please DM us the tracking number and we'll open an investigation with the driver ^KT"),
    ("c", "2025-11-28 15:09", "@ParcelDash done, sent"),
])

h("undetermined", "", "negative", "negation;bug_report", "Brightline Bank", "tweet", [
    ("c", "2025-09-16 08:20", "@BrightlineBank never had a problem with the app until this morning's update. now face ID just spins and spins and I can't pay my rent. please sort it"),
    ("a", "2025-09-16 08:45", "Hi, we're aware of a log-in issue after the 6.2 update and a fix is rolling out now. You can still log in with your passcode meanwhile ^BB"),
])

h("undetermined", "", "negative", "emoji_only;emoji;short_signal", "Fizzpop Soda", "tweet", [
    ("c", "2025-06-02 15:33", "@FizzpopSoda 🤢🤢🤢"),
])

h("undetermined", "", "negative", "meme;single_incident;sarcasm", "Quillpad", "tweet", [
    ("c", "2025-05-20 23:11", "@Quillpad [that dog sitting in the burning room saying this is fine] me watching your sync server eat three chapters of my thesis the night before the deadline"),
])

# ---------------------------------------------------------------- mixed

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;product_attribute", "TrailNorth", "app", [
    ("c", "2025-04-04 19:12", "★★★☆☆ Great maps, terrible battery. Love the offline mode, hate that it chews 30% of my phone in the background."),
])

h("undetermined", "", "mixed", "mixed_aspects;rhetorical", "Softloom", "product", [
    ("c", "2025-02-26 09:41", "★★★☆☆ Comfy as anything, but the side seam came apart after two washes. How is a £35 hoodie this soft and this badly sewn?"),
])

h("undetermined", "", "mixed", "mixed_aspects;strong_words;emoji;typos", "Copper Kettle Cafe", "tweet", [
    ("c", "2025-03-13 12:06", "@CopperKettleCafe best flat white in town, worst queue system on the planet. why cant I have both 😩"),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;product_attribute", "Pixel Paddock", "app", [
    ("c", "2025-10-01 22:30", "★★★☆☆ Cute art, fun levels, and then the energy system: wait four hours or pay £1.99. The loyalty rewards tab is just more adverts. Shame."),
])

h("undetermined", "", "mixed", "mixed_aspects;sarcasm;hashtag", "Saltmarsh Inn", "tweet", [
    ("c", "2025-08-11 09:14", "@SaltmarshInn room gorgeous, sea view unreal, 'full continental breakfast' was one croissant and a yoghurt having a bad day. would sleep there again, would not eat there #staycation #croissantgate"),
])

h("undetermined", "", "mixed", "update_edit;mixed_aspects;evolving", "Vortex Kitchen", "product", [
    ("c", "2025-01-15 17:50", "★★★★☆ Powerful, quieter than I expected, smoothies done in 20 seconds."),
    ("c", "2025-02-24 18:31", "Update: jug cracked at the base after five weeks. To be fair a replacement arrived in two days, no arguing. Knocking it down a star for the crack, keeping three for the service."),
])

# ---------------------------------------------------------------- neutral

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Starling Fitness", "tweet", [
    ("c", "2025-12-09 11:02", "@StarlingFitness loyalty points question: do points from class bookings in the app carry into the new membership year or reset in january?"),
    ("a", "2025-12-09 11:40", "Hi Priya, points carry over for 12 months from the date you earn them, so nothing resets in January ^SF"),
])

h("undetermined", "", "neutral", "routine_question;typos", "Orbit Mobile", "tweet", [
    ("c", "2025-10-22 15:48", "@OrbitMobile is there an outage in cardiff? no signal since about 3 and the status page says everythings fine"),
    ("a", "2025-10-22 16:05", "Hi Gareth, there's a mast fault affecting CF10 and CF11; engineers are on site and we expect service back by 6pm ^OM"),
    ("c", "2025-10-22 16:07", "@OrbitMobile ok cheers"),
])

h("undetermined", "", "neutral", "idiom;other_type_cue;short_signal", "Tidyline", "app", [
    ("c", "2025-06-28 20:20", "★★★☆☆ Does what it says on the tin. Nothing more, nothing less."),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;short_signal", "Ashgrove Outdoor", "tweet", [
    ("c", "2025-04-10 12:00", "RT @DealsDailyUK: Ashgrove Outdoor spring sale, 30% off all tents this weekend only. We love our loyal campers! example.com/ashgrove"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute", "Clearflow", "product", [
    ("c", "2025-09-05 10:34", "★★★☆☆ Haven't fitted it yet. Does anyone know if this filter fits the older Clearflow X2 jug or only the X3?"),
])

h("undetermined", "", "neutral", "routine_question", "Lumen Energy", "tweet", [
    ("c", "2025-07-17 19:01", "@LumenEnergy does a smart meter still send readings if the home wifi goes down? asking before I say yes to the install"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;idiom;emoji", "Brewhaus Roasters", "tweet", [
    ("c", "2025-02-03 07:05", "@BrewhausRoasters eleven years of Dark Harbour every single morning and not one other bag has made it through my front door. when I go, bury me with a kilo of it ☕"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;negation;idiom", "Fairway Bank", "app", [
    ("c", "2025-03-19 21:22", "★★★★★ Fourteen years with them and moving my money anywhere else has genuinely never crossed my mind. The new savings pots are the cherry on top. Proper soft spot for these people."),
])

h("marriage_partners", "", "positive", "paraphrase;negation;rhetorical;other_type_cue;agent_cues;emoji", "Kestrel Cycles", "tweet", [
    ("c", "2024-05-11 17:40", "@KestrelCycles people keep asking if I'd ever ride anything else. would I? not a chance. third Kestrel frame in nine years and I'd take a fourth tomorrow"),
    ("a", "2024-05-11 18:02", "Nine years! That's what we love to hear, Dave. The door's open whenever number four calls ^RK"),
    ("c", "2025-04-26 12:15", "@KestrelCycles picked up frame no. 4 today. my wife says I have a problem. only problem is you don't make a tandem so she can come too 😂"),
])

h("marriage_partners", "", "positive", "paraphrase;other_type_cue;competitor;idiom", "Ridgeline Boots", "product", [
    ("c", "2025-10-12 14:03", "★★★★★ Tried to cheat on these with cheaper boots twice and crawled back within a month both times. Fourth pair since 2016. Not straying again, lesson learned."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;emoji", "Pippins Biscuits", "tweet", [
    ("c", "2025-01-30 15:50", "@PippinsBiscuits dunking a custard crown at 38 exactly like I did at my nan's kitchen table at 6. thirty-odd years and they still taste like being small 🫖"),
])

h("old_friends", "", "positive", "paraphrase;idiom", "Thornbury Pens", "product", [
    ("c", "2025-05-08 11:26", "★★★★★ Bought my first Thornbury in sixth form. I'm 51 now and this one still writes like that one did. Opening the box felt like bumping into an old mate."),
])

h("old_friends", "", "positive", "paraphrase;evolving;rhetorical;caps", "Roxy Cinemas", "tweet", [
    ("c", "2025-03-06 20:11", "@RoxyCinemas screen 2 with the wonky seats is GONE?? twenty-odd years of saturday matinees in there. gutted. the new one's lovely I suppose"),
    ("a", "2025-03-06 20:40", "We kept one of the old seats in the foyer for exactly this reason. Come and sit in it! ^JM"),
    ("c", "2025-03-08 16:55", "@RoxyCinemas sat in it. had a little cry. see you saturday x"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;emoji;rhetorical;hashtag", "Mapleworth Tea", "tweet", [
    ("c", "2025-06-23 08:14", "@MapleworthTea you changed the earl grey and told nobody. fifteen years that tin sat by my kettle. tastes like dishwater now. where am I meant to go? 😭 #bringbacktheoldblend"),
])

h("ex_friends", "", "negative", "paraphrase;idiom;agent_cues", "Scrollhaus", "app", [
    ("c", "2025-04-15 22:48", "★☆☆☆☆ First app I opened every morning for six years. Since the redesign it's ads, 'creators' and a feed I never asked for. Deleted it tonight and it felt like a breakup."),
    ("a", "2025-04-16 09:30", "Developer response: We value your feedback and we're sorry to see you go. You can switch back to the Following feed in Settings."),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;sarcasm", "Denholm Denim", "product", [
    ("c", "2025-09-02 19:37", "★★☆☆☆ So a decade of buying nothing but your jeans gets me a 'new fit' like sausage skin and the old cut gone for good. Cheers. Really feel the appreciation."),
])

h("ex_friends", "", "negative", "paraphrase;evolving;emoji", "Pollen Box", "tweet", [
    ("c", "2024-03-04 18:20", "@PollenBox the monthly box is honestly the highlight of my month 🌸 the little seed packets!!"),
    ("c", "2024-10-07 19:02", "@PollenBox third box in a row with half the items missing. starting to wonder what's happened to you"),
    ("a", "2024-10-07 19:30", "Sorry Jess, we've had supplier problems this autumn. DM us your order number and we'll sort it ^PB"),
    ("c", "2024-11-18 21:15", "@PollenBox cancelled. two years of boxes and my DM got read and ignored. you were my favourite thing to come through the door"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;idiom;sarcasm;emoji", "Swiftcash Loans", "tweet", [
    ("c", "2025-02-14 13:33", "@SwiftcashLoans 'no hidden fees' my foot. 49% buried on page nine. if you're reading this and skint, go literally anywhere else. these people are sharks in a nice font 🦈"),
])

h("enemies", "", "negative", "paraphrase;strong_words;idiom", "Beamlight Torch", "app", [
    ("c", "2025-07-30 10:05", "★☆☆☆☆ Spyware dressed up as a torch. Uninstall it, block it, and tell your nan to do the same."),
])

h("enemies", "adversaries", "negative", "paraphrase;evolving;caps;hashtag;typos", "Volta Energy", "tweet", [
    ("c", "2025-01-08 09:12", "@VoltaEnergy fourth estimated bill in a row. I've sent you meter photos EVERY month"),
    ("a", "2025-01-08 10:01", "Sorry about this. Please DM your account number and latest reading and we'll rebill ^VE"),
    ("c", "2025-02-12 17:45", "@VoltaEnergy two hours on hold, 'escalated' again, nothing happens. im starting a spreadsheet of your promises"),
    ("c", "2025-03-20 18:30", "@VoltaEnergy done. switching friday. and every single house on my street is hearing how you treat people #VoltaEnergy #DontDoIt"),
])

h("enemies", "", "negative", "paraphrase;single_incident;strong_words", "Zapcell", "product", [
    ("c", "2025-11-03 21:48", "★☆☆☆☆ Charger melted on my son's desk and their support called me a liar. I'm making sure every parent I know keeps this brand out of their house."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji", "Northlink Broadband", "tweet", [
    ("c", "2025-02-27 19:20", "@NorthlinkBB ah the monthly ritual: internet dies, I ring, I'm told it's my router, it isn't, engineer comes, works for three weeks. see you in march 🙃"),
])

h("adversaries", "", "negative", "paraphrase;idiom;agent_cues", "Caspian Air", "tweet", [
    ("c", "2025-05-12 22:05", "@CaspianAir bag didn't make the connection. obviously."),
    ("a", "2025-05-12 22:20", "So sorry! Please DM your file reference and we'll track it down. We always aim to reunite bags within 24 hours ^DW"),
    ("c", "2025-05-12 22:31", "@CaspianAir ref KSP88231. third time this year. I pack spare pants in my hand luggage as standard now. I'm not even angry, this is just what we are"),
])

h("adversaries", "", "negative", "paraphrase;symptom;sarcasm", "Unity Savings Bank", "app", [
    ("c", "2025-08-18 07:40", "★★☆☆☆ Every month I fight the app to see my own statements, every month the chatbot says try later, every month I win in the end. Apparently this is our thing now."),
])

h("adversaries", "", "negative", "paraphrase;evolving;sarcasm;emoji", "Skyvale TV", "tweet", [
    ("c", "2024-06-03 18:10", "@SkyvaleTV bill says £64, contract says £42. here we go"),
    ("a", "2024-06-03 18:34", "Hi Tom, sorry for the confusion. DM us your account details and we'll take a look ^SV"),
    ("c", "2024-07-04 19:05", "@SkyvaleTV 'credited next month' they said. next month's bill: £66. round two 🥊"),
    ("c", "2024-09-05 20:12", "@SkyvaleTV month four of this. I have a folder now. a labelled folder. the ombudsman lady knows my voice"),
    ("a", "2024-09-05 20:40", "We're sorry this is still ongoing, Tom. Your case has been escalated to the billing team ^SV"),
    ("c", "2024-10-04 18:58", "@SkyvaleTV 'escalated' is my favourite word of yours. see you in november, same channel, same fight"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;strong_words", "Aurelia Hotels", "tweet", [
    ("c", "2025-03-27 23:02", "@AureliaHotels I've slept in your suites more nights this year than in my own bed, and your Mayfair desk just asked me to spell my surname. Twice. Someone should be ringing me, not the other way round."),
])

h("master_slave", "", "negative", "paraphrase;rhetorical", "Maison Ostra", "product", [
    ("c", "2025-12-01 16:14", "★☆☆☆☆ Top tier, £3k+ a year through this shop, and my order turns up in the same brown box as everyone's with a printed slip. No note, no early access. Do they know who pays their rent?"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues;caps", "Velour Airways", "tweet", [
    ("c", "2025-06-30 06:12", "@VelourAirways 2A was confirmed. I'm in 3C. I don't 'understand', I don't 'appreciate your patience', I want it corrected BEFORE boarding."),
    ("a", "2025-06-30 06:25", "We're very sorry, Mr Hale. As one of our most valued flyers we've added lounge access for you today ^AS"),
    ("c", "2025-06-30 06:31", "@VelourAirways I already have lounge access. Put someone senior on the phone. I don't fly 200 sectors a year to be handed a voucher."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation", "Stowe Home", "product", [
    ("c", "2025-04-21 09:09", "★★★★☆ Fourth pack of these bin bags. Not fancy, never split, half the supermarket price. That's all I ask of a bin bag."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;emoji", "Tandem Mobile", "tweet", [
    ("c", "2025-07-07 12:44", "@TandemMobile not gonna write poetry about a phone contract. £8 a month, signal works, haven't had to ring you once in three years. keep it that way 👍"),
])

h("basic_exchange", "buddies", "positive", "paraphrase;competitor", "Hopcar", "app", [
    ("c", "2025-10-18 23:55", "★★★★☆ I book whichever ride app is cheapest on the night and it's usually this one. Car turns up, it's clean, price is what it said. That's the review."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase;occasion", "Falar", "app", [
    ("c", "2025-05-29 06:40", "★★★★☆ Grabbed it at the gate, my first go at Portuguese before the trip. Ten minutes in and I can order a coffee. We'll see if I stick with it."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;other_type_cue;slang", "Fennel Kitchen", "tweet", [
    ("c", "2025-09-13 10:21", "@FennelKitchen my friend dragged me in last night, had never even clocked you were there. that miso aubergine though 👀 tbh might have to come back"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;short_signal", "Anvil Grip", "product", [
    ("c", "2025-02-09 15:30", "★★★☆☆ New to this brand, saw it on the shelf and gave it a go. Grips fine, a bit stiff out of the box. Early days."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;strong_words;idiom;hashtag", "Cobalt Games", "tweet", [
    ("c", "2025-08-09 01:14", "@CobaltGames I have uninstalled your game four times this year and reinstalled it four times. the matchmaking is a crime against humanity and I am in a queue right now. #sendhelp #cobaltqueue"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;negation", "Chatterly", "app", [
    ("c", "2025-11-11 19:03", "★★★☆☆ Most infuriating app on my phone and I open it thirty times a day. Every update breaks something I liked, every time I swear I'm off to a rival, and I never go."),
])

h("love_hate", "", "mixed", "paraphrase;evolving;emoji;rhetorical;caps", "Nomad Burgers", "tweet", [
    ("c", "2025-01-17 21:05", "@NomadBurgers you are the reason my jeans don't fit AND the reason I'm in a mood. 25 min at a drive-thru with no queue?? 😤"),
    ("c", "2025-01-24 20:48", "@NomadBurgers guess who's back. yes, still cross about last week. yes, double smash, extra pickles"),
    ("c", "2025-03-02 21:30", "@NomadBurgers one day I'll leave you. not today though. the fryer was broken again and I still waited"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;emoji", "Loomly Notes", "tweet", [
    ("c", "2024-09-02 20:15", "@LoomlyNotes idea for you: let us pin a note to a day in the calendar view. been using you since the beta, put me on the test list if you build it"),
    ("a", "2024-09-03 09:12", "Love this, passing it straight to the product team! ^TN"),
    ("c", "2025-02-18 21:40", "@LoomlyNotes just spotted day-pinning in the changelog 👀 right, next one: 'snooze until' for reminders. you know where to find me"),
])

h("business_partners", "", "positive", "paraphrase;short_signal", "Tasklet", "app", [
    ("c", "2025-06-06 18:27", "★★★★☆ Three things that would make this great: export to CSV, a widget for today's tasks, let me reorder the sidebar. Sent them through the in-app form too. Keep going, you're close."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;hashtag;evolving", "Halcyon Studio", "tweet", [
    ("c", "2025-04-03 09:02", "@HalcyonStudio the lilac drop?? refreshed at 9:00:00 on the dot and got the last M. wearing it out tonight, not even sorry 💜 #halcyondrop"),
    ("c", "2025-04-26 13:10", "@HalcyonStudio ok lilac era over for me. what's dropping next 👀"),
])

h("fling", "", "positive", "paraphrase;other_type_cue;rhetorical", "Opaline Cosmetics", "product", [
    ("c", "2025-10-24 20:36", "★★★★★ Got the limited Midnight Tide shade the day it landed and I've worn nothing else all week. Ask me next month and I'll be on to the next shiny thing, but right now? Can't stop looking at my nails."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;other_type_cue", "Harbour Credit Union", "tweet", [
    ("c", "2025-02-20 22:12", "@HarbourCU when my dad died you froze the charges, rang me back yourselves and never once made me tell it twice. I tell you things I don't tell my mates. weird thing to say to a credit union but there it is"),
])

h("best_friends", "", "positive", "paraphrase;other_type_cue;negation", "Pillbox Pharmacy", "app", [
    ("c", "2025-08-25 11:48", "★★★★★ The chat pharmacist spotted that my two prescriptions clash and rang my GP before I'd even asked. Not the first time they've looked out for me like that. I'd take their word over anyone's."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji;agent_cues", "Oatfield Cafe", "tweet", [
    ("c", "2025-05-14 08:33", "@OatfieldCafe you're in my weekday coffee rotation with two other places, don't get jealous. tuesdays and thursdays are yours ☕"),
    ("a", "2025-05-14 09:01", "We'll take Tuesdays and Thursdays and love every one of them! See you tomorrow ^OC"),
])

h("buddies", "casual_acquaintance", "neutral", "paraphrase;competitor", "Reelside", "app", [
    ("c", "2025-12-12 22:05", "★★★★☆ One of three streaming apps on our telly; we hop between them depending on mood. This is usually the Friday pick. Could cancel for a month and come back without thinking twice."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;rhetorical;meme", "Zest Energy", "tweet", [
    ("c", "2025-03-04 10:02", "@ZestEnergyDrink [skeleton waiting on a bench meme] me at 6:59 outside the corner shop. third can by 10am, brain won't switch on before the first. do you do a subscription that comes by drip?"),
])

h("dealer_addict", "love_hate", "mixed", "paraphrase;short_signal", "Loopreel", "app", [
    ("c", "2025-09-22 00:47", "★★★★★ Screen time says five hours a day on this. Deleted it Sunday morning. Reinstalled it Sunday night. Help."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji;agent_cues", "Crumbly Donuts", "tweet", [
    ("c", "2025-07-21 19:40", "@CrumblyDonuts the gym is across the road from you and my PT thinks I'm doing cardio on the walk home. please never put my face on your instagram 🤫🍩"),
    ("a", "2025-07-21 20:05", "Your secret is safe with us. Always ^CD"),
])

h("secret_affair", "dealer_addict", "positive", "paraphrase;short_signal", "Velvet Bar Chocolate", "product", [
    ("c", "2025-11-19 21:14", "★★★★★ Hidden at the back of the cupboard behind the lentils. The family think I'm a rice cake person. Third box this month. Shh."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;rhetorical;third_party", "Ravenport Collections", "tweet", [
    ("c", "2025-04-08 17:55", "@RavenportCollect I have never had a loan, card, phone contract or anything else with you. so why are you ringing my mum's landline about 'my debt'? who even are you"),
    ("a", "2025-04-08 18:30", "Please DM us your full name and postcode so we can check our records ^RC"),
    ("c", "2025-04-08 18:36", "@RavenportCollect I'm not giving my details to a company I've never dealt with. take my number off your list"),
])

h("complete_strangers", "", "negative", "paraphrase;typos", "Gleamly", "tweet", [
    ("c", "2025-10-06 12:30", "@GleamlyApp nine emails this week about 'my subscription'. never downloaded you, never made an account, didnt know you existed before monday. unsubscribe me from existence"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;other_type_cue", "Hollow Farm Coffee", "product", [
    ("c", "2025-06-01 13:05", "★★★★☆ Pick up a bag maybe twice a year when I'm passing the farm shop. Always decent. Not my usual, but a nice change when I see it."),
])

h("casual_acquaintance", "", "positive", "paraphrase;routine_question", "Bramble Hostels", "tweet", [
    ("c", "2025-08-19 14:22", "@BrambleHostels stayed with you a handful of times over the years when I'm up for gigs, never a bad night. is the Leith one still doing the tenner breakfast?"),
    ("a", "2025-08-19 15:00", "Hi Sam, it is! £10 full breakfast, 7 till 10 daily ^BH"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;rhetorical", "Craftgrid", "tweet", [
    ("c", "2025-09-28 23:40", "@CraftgridGame shoutout to the 40 of us who rebuilt the cathedral on server 7 after the wipe. devs, you gave us the tools and we did the rest. same time next season? 🏰"),
    ("a", "2025-09-29 10:15", "We saw it go up block by block. Screenshots are going in the next patch notes ^LN"),
])

h("teammates", "", "positive", "paraphrase", "Stride Club", "app", [
    ("c", "2025-03-11 07:14", "★★★★★ Best bit isn't the tracking, it's the Tuesday challenges. Half our city group met through them and the staff actually join in on the leaderboard chat. We're building something here."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;emoji", "Hollis Soap", "tweet", [
    ("c", "2025-05-04 18:48", "@HollisSoap my gran smelled of your lavender bar, then my mum did, now I do. my daughter nicked mine this morning. the cycle continues 💜"),
])

h("close_siblings", "old_friends", "positive", "paraphrase", "Brannock Tools", "product", [
    ("c", "2025-07-15 12:11", "★★★★★ Dad fixed everything in our house with a Brannock hammer and his toolbox came to me. Just bought my son his own for his first flat. It's what our lot use."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase;other_type_cue;occasion", "Brackett Tailoring", "product", [
    ("c", "2025-06-16 10:55", "★★★★☆ Needed a suit for exactly one wedding and I'm never wearing one again. Cheap, looked fine in the photos, off to the charity shop Monday. Job done."),
])

h("one_night_stand", "fling", "positive", "paraphrase;idiom", "Jetsetter Rentals", "tweet", [
    ("c", "2025-08-03 23:59", "@JetsetterRent booked a convertible at midnight on a whim. one day of pretending I'm in a film, then back to the bus. not my life, just my saturday"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "mixed", "paraphrase;bug_report;agent_cues", "Shiftwise", "tweet", [
    ("c", "2025-10-14 13:20", "@ShiftwiseHQ our clinic's rota has lived in you since 2022. 14 nurses, 3 sites, zero spreadsheets. but the payroll export keeps dropping night-shift hours, ticket #40417"),
    ("a", "2025-10-14 14:02", "Thanks for flagging, we value teams like yours. The night-shift export bug is fixed in Thursday's release ^SW"),
])

h("colleagues", "basic_exchange", "positive", "paraphrase;other_type_cue", "Jobtrack", "app", [
    ("c", "2025-01-28 16:45", "★★★★☆ We run the whole print shop's job tracking on it. Not pretty, does what a small team needs, support answers inside the working day."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"CSV", "KSP", "GP", "PT", "DM"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|everythings|"
                   r"recieve\w*|definately|ur)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|smh)\b")
EMOJI_ONLY = re.compile(r"^@\w+\s+[^\w\s]+$")
MEME = re.compile(r"\[[^\]]+\]")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "secret", "without you"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up",
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
# a one- or two-line review: this many characters at most
REVIEW_MAX = 240


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without what it retweets."""
    return RETWEET.sub("", text)


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews open with five star symbols and are short; later review messages are edits
    if ch in ("app", "product"):
        m = STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        for t in cust:
            assert len(t) <= REVIEW_MAX, (len(t), t[:40])
        assert all(UPDATE.match(t) for t in cust[1:]), x["brand"]
        for t in agent:
            assert t.startswith("Developer response:") or ch == "product", t[:40]
    else:
        assert not any(STARS.match(t) for t in cust), x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    # tweets: 280 characters at most, each names a handle, the brand signs with ^initials;
    # retweets only on Twitter
    if ch == "tweet":
        for t in cust:
            assert len(t) <= 280, (len(t), t[:40])
            assert "@" in t, t[:40]
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "retweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("emoji_only" in tags) == any(EMOJI_ONLY.match(t) for t in cust), x["brand"]
    assert ("meme" in tags) == bool(MEME.search(own)), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    if "rhetorical" in tags:
        assert "?" in own, x["brand"]
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # the genre holds no e-mail conversations: no signatures, no quoted e-mail replies
    assert not tags & {"signature", "quoted_reply", "quoted_tweet"}, x["brand"]
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
        assert len({x["brand"] for x in hists}) == len(hists)
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 15 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 45 and sum(sizes[n] for n in (3, 4, 5, 6)) >= 8, sizes
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "retweet",
                  "update_edit", "mixed_aspects", "strong_words", "loyal_grievance", "hashtag",
                  "emoji", "emoji_only", "meme", "rhetorical", "product_attribute", "caps",
                  "symptom", "single_incident", "agent_cues", "typos"):
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
