#!/usr/bin/env python3
"""Invented development histories p001..p080 for relradar (hist14, measuring only).

Genre: public tweets and DM threads to airlines, telecoms, banks, couriers and other
support desks. All texts, names, handles, brands and numbers are invented. Each history
is written under its intended label; ids are assigned by a seeded shuffle of the type
mix so that ids carry no order.
"""
import csv
import os
import random
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
         "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
         "love_hate", "one_night_stand", "colleagues", "adversaries"]
VALENCES = {"positive", "negative", "mixed", "neutral"}
TRAPS = {"paraphrase", "agent_cues", "emoji", "short_signal", "routine_question",
         "other_type_cue", "negation", "caps", "competitor", "occasion", "sarcasm",
         "evolving", "single_incident", "product_attribute", "strong_words", "symptom",
         "third_party", "for_work_occasion", "hashtag", "idiom", "loyal_grievance",
         "mixed_aspects", "single_thanks", "tenure_for_complaint", "typos", "bug_report",
         "news_share", "employee", "first_time_loyal_claim", "not_chosen",
         "retweet", "quoted_tweet"}

# the mix: 24 undetermined (30%); the 8 emphasised types 3-4 each; the other 13 types 2 each
MIX = {"undetermined": 24,
       "adversaries": 4, "enemies": 4, "ex_friends": 4, "marriage_partners": 4,
       "love_hate": 4, "basic_exchange": 4, "old_friends": 3, "fleeting_acquaintance": 3}
for _t in TYPES:
    MIX.setdefault(_t, 2)

HISTS = []


def h(type_, second, valence, trap, brand, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, msgs=msgs))


# ================================================================ undetermined (24)

h("undetermined", "", "neutral", "routine_question;agent_cues;short_signal", "Aerolume", [
    ("c", "2025-01-14 07:02", "@AerolumeHelp hi is a guitar ok as cabin bag on the ATR flights or does it need a seat"),
    ("a", "2025-01-14 07:19", "Hi Priya! We love having loyal flyers like you with us 💙 Guitars up to 115cm can go in the cabin if there's locker space, otherwise the crew will tag it for the hold at the door. Safe travels! ^MK"),
    ("c", "2025-01-14 07:21", "ta"),
])

h("undetermined", "", "negative", "single_incident;caps;strong_words", "Parcelfox", [
    ("c", "2025-02-03 18:40", "@Parcelfox YOUR DRIVER LEFT A LAPTOP ON MY DOORSTEP IN THE POURING RAIN. A LAPTOP. IN A CARDBOARD BOX. what is wrong with people"),
    ("a", "2025-02-03 19:05", "So sorry to see this. Please DM us the tracking number and a photo and we'll get a claim opened for you today. ^RB"),
    ("c", "2025-02-03 19:11", "dm'd. box is literally soggy"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Kestrel Bank", [
    ("c", "2025-03-09 21:15", "got a text saying my kestrel account is 'locked pending verification' with a link. is that you?? not clicking it"),
    ("a", "2025-03-09 21:32", "Good call not clicking! That isn't us – we'll never send a link asking you to log in. Forward it to 7726 and delete it. We've always got your back, Tom, any time you're unsure just ask us here 🤝 ^SD"),
])

h("undetermined", "", "neutral", "news_share;retweet;short_signal", "Northwind Air", [
    ("c", "2025-04-22 12:03", "RT @flightdeskdaily: Northwind Air to add 12 summer routes from Leeds, incl. Split and Bergen, from June. Fares from £39 one way."),
])

h("undetermined", "", "negative", "short_signal;symptom;emoji", "Tellwave", [
    ("c", "2025-05-02 20:48", "tellwave signal in my kitchen is so bad i have to stand on the bin to send a voice note 😂 every single time"),
])

h("undetermined", "", "neutral", "third_party;other_type_cue;routine_question", "Harbor Trust Bank", [
    ("c", "2025-01-27 10:10", "Hi @HarborTrustHelp my mum has banked with you since before I was born and she absolutely swears by you, but she's locked herself out of online banking. Can I ring on her behalf or does it have to be her?"),
    ("a", "2025-01-27 10:38", "Hi Gemma, thanks for getting in touch. For security we'd need to speak to your mum, but she can add you as a trusted person on the call so you can help from then on. ^LP"),
    ("c", "2025-01-27 10:41", "ok will sit with her tomorrow, thanks"),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;short_signal", "Brewlane Coffee", [
    ("c", "2025-10-30 08:12", "@brewlane is the Forever Roast back this winter or is it gone gone? and do you still do the Loyalty Latte size"),
    ("a", "2025-10-30 09:40", "Forever Roast returns on 10 Nov! The Loyalty Latte is now called the Big Cup but it's the same size 😊 ^Jo"),
])

h("undetermined", "", "negative", "bug_report;symptom", "Streamora", [
    ("c", "2025-06-11 22:31", "@StreamoraSupport app crashes every time i try to cast to the tv. reinstalled twice. android 14, pixel 7"),
    ("a", "2025-06-11 22:50", "Thanks for the details! We're aware of a casting issue on Android 14 and a fix is rolling out this week. Clearing the app cache should help meanwhile. ^AN"),
    ("c", "2025-06-12 07:15", "cache thing didnt help. will wait for the update i guess"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;other_type_cue;emoji", "Coralair", [
    ("c", "2025-07-19 05:44", "love that my 7am coralair flight is now a 1:40pm flight and i found out from the airport screen not the app. living the dream 🙃✈️"),
])

h("undetermined", "", "negative", "employee;paraphrase", "Swiftcrate", [
    ("c", "2025-12-01 21:06", "people moaning at swiftcrate drivers this week: i had 168 drops today in a van with no heater. we're not ignoring your 'leave with neighbour' note, we physically cannot read 168 notes. the depot sets the route not us"),
    ("c", "2025-12-01 21:09", "anyway. hot chocolate and bed. see you all tomorrow at 6"),
])

h("undetermined", "", "neutral", "competitor;routine_question;third_party", "Pulsecom", [
    ("c", "2025-03-15 13:20", "@PulsecomHelp does your 5g actually work in Harrowgate town centre? my brother's on Nimbus and won't shut up about his speeds"),
    ("a", "2025-03-15 13:44", "Hi Dan, yes – Harrowgate centre has had 5G since last autumn. You can check any postcode on our coverage map: pulsecom.example.com/coverage ^FT"),
])

h("undetermined", "", "mixed", "mixed_aspects;single_incident", "Bluecrest Airways", [
    ("c", "2025-08-04 16:55", "bluecrest BA-NCE today: legroom genuinely good, crew lovely and chatty, BUT the hot meal was stone cold and the wifi never connected once. 50/50"),
])

h("undetermined", "", "neutral", "for_work_occasion;routine_question", "Bluecrest Airways", [
    ("c", "2025-09-08 11:02", "flying @bluecrest to Hamburg for work next tues, on a Light fare. can I pick an aisle seat for free at check in or is that extra"),
    ("a", "2025-09-08 11:30", "Hi Oskar, on Light fares seats are assigned free at check-in (opens 24h before), or you can choose one now from £8. ^CW"),
    ("c", "2025-09-08 11:31", "cool i'll gamble"),
])

h("undetermined", "", "positive", "negation;single_thanks;short_signal", "Dropkite", [
    ("c", "2025-02-20 14:10", "not gonna lie i expected the worst when i saw dropkite on the tracking but it turned up a day early and the guy even rang the bell. fair play"),
])

h("undetermined", "", "positive", "occasion;other_type_cue;emoji;agent_cues", "Aerolume", [
    ("c", "2025-06-28 09:30", "flying @Aerolume to Lisbon tmrw for our honeymoon!!! 💍💍 any chance of something special on board? we're row 14"),
    ("a", "2025-06-28 10:05", "Congratulations to you both! 🥂 Welcome to the Aerolume family – we've let your crew know and they'll take good care of you in row 14. ^MK"),
    ("c", "2025-06-28 10:07", "AHHH thank you 😭"),
])

h("undetermined", "", "neutral", "quoted_tweet;other_type_cue;routine_question", "Kestrel Bank", [
    ("c", "2025-04-03 19:25", "is this actually true @KestrelBank? how long does a remortgage take with you, roughly\n\nQT @lucy_in_leeds: kestrel sorted my remortgage in 9 days, customer for life now honestly 🙏"),
    ("a", "2025-04-03 20:01", "Hi Marcus! It varies, but most remortgages complete in 2-4 weeks once the valuation is back. Happy to book you a call with an adviser. ^SD"),
])

h("undetermined", "", "positive", "single_thanks;strong_words", "Mintleaf Bank", [
    ("c", "2025-05-17 15:42", "the lady at @MintleafBank Crossgate branch today was an absolute STAR. sorted my lost card and new pin in ten minutes while my toddler screamed the place down. give Beverley a raise"),
    ("a", "2025-05-17 16:10", "This is lovely to hear, we'll make sure Beverley sees it! ^HA"),
])

h("undetermined", "", "neutral", "news_share;hashtag;product_attribute;retweet", "Cartwheel", [
    ("c", "2025-09-01 12:00", "RT @Cartwheel: Vote for your fave dish of the summer and you could win a YEAR of free meals 🍔🍜 RT + reply to enter #CartwheelCravings"),
    ("c", "2025-09-01 12:01", "@Cartwheel the halloumi wrap obviously #CartwheelCravings"),
])

h("undetermined", "", "negative", "single_incident;agent_cues", "Rideloop", [
    ("c", "2025-10-11 00:52", "@RideloopHelp charged £48.60 for a 12 minute ride?? the quote was £11. explain please"),
    ("a", "2025-10-11 01:20", "Hi Aisha, we truly value you as a loyal Rideloop rider and are sorry for this. A surge error hit some rides tonight; we've refunded the difference, you'll see it in 3-5 days. ^GV"),
    ("c", "2025-10-11 01:22", "ok. thanks for sorting it quick"),
])

h("undetermined", "", "neutral", "typos;routine_question;short_signal", "Voltiq Energy", [
    ("c", "2025-03-03 17:33", "hw do i chnage the adress on my voltiq acount, movd last wk"),
    ("a", "2025-03-03 17:50", "Hi! You can do it in the app under Account > Property, or DM us the new address and your account number and we'll do it. ^NE"),
])

h("undetermined", "", "negative", "first_time_loyal_claim;loyal_grievance;single_incident", "Cartwheel", [
    ("c", "2025-11-14 20:37", "first ever order with @Cartwheel and it's 55 mins late and the restaurant says the driver left ages ago. is this how you treat loyal customers??"),
    ("a", "2025-11-14 20:49", "Sorry Ben, your driver had a flat tyre. We've reassigned the order and added a £5 credit. ^PO"),
])

h("undetermined", "dealer_addict", "positive", "idiom;routine_question", "Brewlane Coffee", [
    ("c", "2025-04-20 07:48", "would genuinely sell a kidney for a brewlane oat flat white right now. are you open easter monday?"),
    ("a", "2025-04-20 08:20", "Keep both kidneys 😄 We're open 8-3 on Easter Monday! ^Jo"),
])

h("undetermined", "", "negative", "not_chosen;single_incident", "Dropkite", [
    ("c", "2025-12-01 16:15", "@DropkiteHelp the shop sent my order with you, not my choice. tracking says 'delivered – front door' at 13:02. I was at the front door all afternoon. it is not here"),
    ("a", "2025-12-01 16:41", "Sorry about that. Please DM the tracking number and we'll check the driver's GPS and photo. ^KL"),
    ("c", "2025-12-01 17:30", "photo is of someone else's door lol. red door, mine is white"),
])

h("undetermined", "", "neutral", "short_signal;hashtag;emoji", "Northwind Air", [
    ("c", "2025-08-15 06:10", "me refreshing the northwind app every 4 seconds to see if gate 22 has become gate 9 yet 🤡 #travelday"),
])


# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;agent_cues;sarcasm", "Tellwave", [
    ("c", "2025-01-06 09:14", "@TellwaveCares day 4 no broadband. engineer booked for 8-1 never came. again"),
    ("a", "2025-01-06 09:40", "We're really sorry, Leon. We value you and we've rebooked your engineer for Thursday AM. ^BH"),
    ("c", "2025-01-09 13:05", "thursday AM came and went. no engineer. i'm starting to think ringing tellwave is my actual job and the day job is the hobby"),
    ("c", "2025-01-20 18:22", "right, back online. 14 days, 3 no-shows, 5 calls, 1 credit of £6. see you next winter when the box dies again, same time same place"),
])

h("adversaries", "love_hate", "negative", "paraphrase;other_type_cue;competitor", "Bluecrest Airways", [
    ("c", "2025-03-02 10:15", "boarding pass in one hand, compensation form in the other. that's just how a bluecrest trip goes for me at this point"),
    ("c", "2025-05-18 21:40", "second bluecrest claim of the year submitted. i have a folder in my email called 'bluecrest battles'. it has subfolders"),
    ("a", "2025-05-18 22:05", "Sorry to hear your flight was disrupted, please DM us your booking ref and we'll take a look. ^CW"),
    ("c", "2025-05-18 22:09", "i do love the new seats tbf. doesn't help much when they're parked at the gate for 3 hours. and before anyone says 'just fly Aerolume' – they don't go from my airport"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;tenure_for_complaint", "Harbor Trust Bank", [
    ("c", "2025-04-01 08:30", "@HarborTrustHelp the £15 'unarranged overdraft' fee is back on my statement. i was 40p over for one night"),
    ("a", "2025-04-01 09:02", "Hi Raj, we appreciate your loyalty and we've refunded the £15 as a one-off gesture. ^LP"),
    ("c", "2025-04-01 09:10", "it's not a one-off though is it. it's jan, it's april, it'll be july. every quarter we do this little dance: you charge, i tweet, you refund. been doing it since 2019"),
    ("c", "2025-07-02 08:44", "and there it is. july. £15. shall we?"),
])

h("adversaries", "", "negative", "paraphrase;competitor;agent_cues", "Creditmark", [
    ("c", "2025-02-11 12:00", "@CreditmarkUK the closed Fernway card is STILL showing as in arrears on my file. I disputed it in November. And December. Same answer."),
    ("a", "2025-02-11 12:45", "Hi Sophie, we're sorry for the frustration. Please raise a new dispute in your dashboard and we'll contact the lender. ^TQ"),
    ("c", "2025-02-11 12:51", "a new dispute. number four. the other two agencies fixed this in a week in October. you're the only one where it comes back from the dead"),
    ("c", "2025-03-20 17:15", "update for anyone following the saga: dispute four 'closed – data confirmed by lender'. lender says they told you it's wrong. see you in dispute five"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;agent_cues", "Rideloop", [
    ("c", "2025-06-05 19:30", "deleted rideloop. also told the group chat and my whole office. after what came out this week about how you treat your drivers i'm not giving you another penny and neither should anyone else"),
    ("a", "2025-06-05 20:10", "Hi Callum, we're sorry to see you go. We'd love the chance to earn back your trust – our driver welfare update is here: rideloop.example.com/drivers ^GV"),
    ("c", "2025-06-05 20:12", "no thanks. keep your link"),
])

h("enemies", "adversaries", "negative", "paraphrase;caps;single_incident", "Orbitel", [
    ("c", "2025-07-07 11:25", "@OrbitelHelp you charged me a £180 'early exit fee' for a contract that ended in MAY"),
    ("a", "2025-07-07 12:00", "Hi Nadia, please DM us your account number so we can look into this. ^EM"),
    ("c", "2025-07-09 15:48", "two days, three DMs, zero answers. fine. I'm putting this on every review site I can find, and nobody in my family is going near Orbitel while I'm alive. ORBITEL: NOT EVEN ONCE"),
])

h("enemies", "", "negative", "sarcasm;other_type_cue;third_party", "Cartwheel", [
    ("c", "2025-08-21 21:15", "so excited to never open cartwheel again 🥰 told my mum to delete it too. a 'service fee' on top of a 'delivery fee' on top of a 'small order fee' is just robbery with a logo"),
    ("c", "2025-08-22 08:03", "and before you DM me a voucher: I don't want it. I want people to stop using you"),
])

h("enemies", "", "negative", "evolving;paraphrase;agent_cues", "Ledgerly", [
    ("c", "2025-02-14 10:20", "@LedgerlyApp does the free plan have a limit on international transfers?"),
    ("a", "2025-02-14 10:45", "Hi! Free plan includes £1,000 a month of fee-free international transfers. ^DZ"),
    ("c", "2025-03-30 17:55", "funny how the '£1,000 fee-free' turned into a 2.5% 'exchange margin' nobody mentioned. these people are crooks with a nice font. if you're thinking of opening a ledgerly account please, please don't"),
    ("a", "2025-03-30 18:20", "Sorry to hear this, Imogen. Our margin is shown on the confirmation screen; we'd love to help make things right. ^DZ"),
    ("c", "2025-03-30 18:22", "made things right by moving my money out. warning everyone i know."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;competitor;tenure_for_complaint", "Northwind Air", [
    ("c", "2025-05-26 22:00", "flew @NorthwindAir every single summer since uni. last two years it's been one let-down after another and tonight's 6 hour 'technical delay' with no food voucher was the end of it"),
    ("c", "2025-05-27 09:12", "booked August with Coralair this morning. felt weirdly sad doing it tbh. you were the good one once"),
])

h("ex_friends", "", "negative", "paraphrase;emoji;agent_cues;product_attribute", "Brewlane Coffee", [
    ("c", "2025-09-12 08:05", "@brewlane you were my morning ritual for six years. the new paper cups, the new prices, the new 'app only' queue... it's just not my place anymore 😔"),
    ("a", "2025-09-12 09:30", "We miss you already! You'll always be part of the Brewlane family – DM us for a free drink on us? ^Jo"),
    ("c", "2025-09-12 09:41", "that's kind but no. walked past today and didn't even look in"),
])

h("ex_friends", "master_slave", "negative", "loyal_grievance;paraphrase;agent_cues", "Kestrel Bank", [
    ("c", "2025-01-31 19:50", "14 years with @KestrelBank. new customers get 5% on savings. i get 0.6%. that's the reward for sticking around?"),
    ("a", "2025-01-31 20:15", "Hi Gareth, we really do value your loyalty. Existing customers can switch to our Loyalty Saver at 3.1% in the app. ^SD"),
    ("c", "2025-01-31 20:20", "3.1 vs 5. lol. i defended you lot to my mates for years. moving it all to Quayside on friday"),
])

h("ex_friends", "enemies", "negative", "evolving;paraphrase", "Streamora", [
    ("c", "2024-10-02 21:10", "streamora is genuinely the best £7.99 i spend every month"),
    ("c", "2025-04-11 18:40", "£7.99 -> £11.99 AND ads on the middle tier now? ok"),
    ("c", "2025-06-01 22:30", "cancelled streamora tonight. i used to tell everyone to get it. now i just tell them to wait for the free trial and leave"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;agent_cues", "Aerolume", [
    ("c", "2025-02-16 18:30", "every trip I've taken for 11 years has started with an Aerolume boarding pass and I wouldn't have it any other way. the crew on AL204 today made my whole week ❤️"),
    ("a", "2025-02-16 19:00", "Thank you so much, Elena! We'll pass this on to the AL204 crew. ^MK"),
    ("c", "2025-02-16 19:04", "people at work keep sending me cheaper fares on other airlines. i just don't look. you're it for me"),
])

h("marriage_partners", "", "positive", "paraphrase;negation;competitor;emoji", "Mintleaf Bank", [
    ("c", "2025-06-09 12:20", "people always ask why i haven't moved to one of the shiny new app banks. because @MintleafBank has never given me a single reason to even look 💚 me and you till the end"),
    ("c", "2025-06-09 12:22", "(not sponsored, i wish)"),
])

h("marriage_partners", "", "positive", "negation;paraphrase;agent_cues", "Tellwave", [
    ("c", "2025-08-30 14:00", "not once in 9 years have i thought about leaving @TellwaveCares. i'd change my name before i changed my network"),
    ("a", "2025-08-30 14:25", "Nine years! Thank you for your loyalty, Marta – we're lucky to have you. ^BH"),
    ("c", "2025-08-30 14:27", "when my contract's up i don't even read the other offers. just renew and carry on ☺️"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;other_type_cue", "Swiftcrate", [
    ("c", "2025-11-20 10:00", "i refuse to send anything with anyone else. every birthday parcel, every bit of vinted, every box to my son at uni – always @Swiftcrate 🥹"),
    ("c", "2025-11-20 10:03", "my husband says i'm in a relationship with the swiftcrate tracking page. he's not wrong. 8 years strong"),
])

# ================================================================ love_hate (4)

h("love_hate", "adversaries", "mixed", "paraphrase;emoji;other_type_cue", "Coralair", [
    ("c", "2025-03-21 06:30", "@coralair you are the best and worst thing in my life. cheapest way home to see my mum and every single time i swear at the gate this is the last one"),
    ("c", "2025-03-21 06:31", "and then i'm on your website at midnight booking the next one 🙃 as usual"),
    ("c", "2025-04-29 23:50", "booked. again. i hate that i'm smiling"),
])

h("love_hate", "", "mixed", "paraphrase;evolving;symptom", "Snapcart", [
    ("c", "2025-03-10 17:00", "swore off snapcart after the rotten avocado incident, never again i said"),
    ("c", "2025-04-02 19:12", "it's april and i'm back. they delivered in 25 minutes and i hate how much i missed it"),
    ("c", "2025-04-02 19:45", "aaand the eggs are smashed. why do i do this to myself. see you thursday snapcart"),
])

h("love_hate", "", "mixed", "paraphrase;idiom;caps", "Nimbus Mobile", [
    ("c", "2025-05-05 12:15", "nimbus coverage is UNREAL and nimbus customer service is a crime against humanity. four years like this"),
    ("a", "2025-05-05 12:40", "Sorry to hear that, Femi. What can we help with today? ^OR"),
    ("c", "2025-05-05 12:42", "nothing you can fix, it's a personal problem. i can't leave you and i can't stop complaining about you"),
])

h("love_hate", "", "mixed", "paraphrase;other_type_cue;sarcasm", "Hopscotch Rail", [
    ("c", "2025-07-14 08:40", "dear @HopscotchRail, the views on the coast line are the only reason i put up with you. 23 minutes late. again. thanks for the extra scenery i suppose"),
    ("c", "2025-07-15 08:38", "on time today and i'm weirdly emotional about it. still furious about yesterday. will still be on the 07:52 tomorrow, obviously"),
])

# ================================================================ basic_exchange (4)

h("basic_exchange", "", "positive", "paraphrase;negation", "Quayside Bank", [
    ("c", "2025-01-19 11:10", "no bells, no whistles, no monthly fee, card works in every country i've tried. that's literally all i've wanted from @QuaysideBank for 5 years and it keeps delivering"),
])

h("basic_exchange", "", "positive", "paraphrase;negation;third_party", "Dropkite", [
    ("c", "2025-10-08 15:30", "i use dropkite every time i send stuff to my gran in cork. £3 cheaper than the others and it gets there in 2 days. not glamorous, doesn't need to be"),
    ("a", "2025-10-08 16:00", "Glad we're your go-to, Aoife! Say hi to your gran from us 👋 ^KL"),
])

h("basic_exchange", "", "neutral", "paraphrase;competitor;agent_cues", "Loopline", [
    ("c", "2025-05-28 09:00", "@LooplineHelp contract ends next month. not after anything fancy. will you match the £25/month new-customer price? if yes i stay, if not i go to whoever's cheapest, nothing personal"),
    ("a", "2025-05-28 09:35", "Hi Will, we'd love to keep you in the Loopline family! I can offer £27/month on a 12-month deal with the same speed. ^ZA"),
    ("c", "2025-05-28 09:40", "Starlane are doing £24. get to £25 and we're done"),
    ("a", "2025-05-28 10:10", "Done – £25/month for 12 months, confirmation email on its way. ^ZA"),
    ("c", "2025-05-28 10:11", "lovely, same again next year then"),
])

h("basic_exchange", "casual_acquaintance", "positive", "paraphrase;idiom", "Ferrolink", [
    ("c", "2025-07-26 07:20", "third summer taking the car over on ferrolink. cheapest crossing, leaves when it says it'll leave, the chips are chips. not exciting, does exactly what it says on the tin"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;agent_cues;evolving", "Harbor Trust Bank", [
    ("c", "2025-10-02 13:00", "opened my first ever account at the harbor trust on Mill Lane in 1998 with my paper round money. found out today the branch closes next month and i'm properly sad"),
    ("c", "2025-10-02 13:03", "mrs okafor at the counter used to give me a lolly even when i was 15 and clearly too old. so many saturday mornings in that queue"),
    ("a", "2025-10-02 13:40", "What a lovely memory, Chidi. We're sorry to be leaving Mill Lane; the team would love to see you before it closes. ^LP"),
])

h("old_friends", "", "positive", "paraphrase;emoji", "Ferrolink", [
    ("c", "2025-08-09 16:45", "every summer as a kid we crossed on the old ferrolink boat, the one with the orange seats and the arcade machine that ate 20p coins. took my own kids across today and the horn still sounds exactly the same 🥲"),
    ("c", "2025-08-09 16:46", "some things just feel like the start of the holidays"),
])

h("old_friends", "marriage_partners", "positive", "paraphrase;short_signal", "Pulsecom", [
    ("c", "2025-04-14 20:00", "had the same pulsecom number since the nokia 3310 and snake days lol. 22 years. you lot are part of the furniture"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;third_party", "Ledgerly", [
    ("c", "2025-01-08 23:10", "downloaded ledgerly tonight cos a mate wouldn't stop going on about it. set up in 4 mins, card on the way. we'll see how it goes 👀"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;short_signal", "Zipcab", [
    ("c", "2025-09-20 01:30", "first go with @zipcab tonight. driver had a phone charger AND let me pick the music. might be a convert"),
    ("a", "2025-09-20 09:00", "Welcome aboard! Glad your first ride went well 🚕 ^IS"),
])

h("fleeting_acquaintance", "", "neutral", "negation;routine_question", "Parcelfox", [
    ("c", "2025-06-16 12:05", "never sent anything with @Parcelfox before, trying your locker drop-off today. once i've paid how long have i got to put it in the locker?"),
    ("a", "2025-06-16 12:30", "Hi Jess! You've got 5 days from purchase to drop it in any Parcelfox locker. ^RB"),
    ("c", "2025-06-16 12:31", "great, thank you"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues", "Ledgerly", [
    ("c", "2025-04-07 19:00", "idea for you @LedgerlyApp: let us split a transaction with a flatmate straight from the feed. i do it by hand every month and have done for 2 years"),
    ("c", "2025-04-07 19:02", "also the spending chart would be way more useful if you could hide rent from it. happy to try a test version if you ever build either"),
    ("a", "2025-04-07 19:40", "Love these ideas, Sam – we value your partnership! I've passed both to the product team. ^DZ"),
    ("c", "2025-07-22 08:15", "saw split-with-a-friend in the beta. it's close! two things: let me round to the pound, and show who's paid back. will send screenshots"),
])

h("business_partners", "", "neutral", "paraphrase;symptom;bug_report", "Voltiq Energy", [
    ("c", "2025-02-25 21:30", "@VoltiqEnergy some notes on the new smart meter view, since you asked for feedback in the email: the half-hourly graph resets to today every time i rotate the phone"),
    ("c", "2025-02-25 21:34", "and a suggestion: a weekly 'you used X more than last week because Y' would get people like me to actually shift the dishwasher to off-peak. i've been sending you these for a while, hope they land somewhere"),
    ("a", "2025-02-26 09:10", "They do land! Thanks Harriet, the rotation bug is logged and the weekly summary is on our list. ^NE"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;paraphrase;emoji;product_attribute", "Nimbus Mobile", [
    ("c", "2025-09-19 08:01", "GOT THE NIMBUS FOLD 3 ON LAUNCH DAY 😭✨ queued from 6am. it's my entire personality this month, sorry to everyone who has to see me unfold it"),
    ("c", "2025-09-19 08:05", "first 'flagship' i've ever bought, i usually keep a phone for 5 years lol. but look at it"),
])

h("fling", "fleeting_acquaintance", "positive", "paraphrase;caps", "Coralair", [
    ("c", "2025-10-01 19:20", "coralair announced a Reykjavik route at 7pm and by 7:04 my impulsive self had booked it. never flown with you before, i'm here purely for the shiny new thing"),
    ("c", "2025-10-01 19:22", "NORTHERN LIGHTS HERE I COME"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;third_party", "Quayside Bank", [
    ("c", "2025-03-13 10:45", "when my husband died last year, @QuaysideBank were the only company that didn't make me tell the story five times. same person rang me back every week for a month"),
    ("c", "2025-03-13 10:48", "i'd tell them anything now. if something's wrong with my money they're the first people i call, before my own kids"),
])

h("best_friends", "", "positive", "paraphrase;agent_cues", "Tellwave", [
    ("c", "2025-06-23 18:00", "@TellwaveCares rang ME to say i was overpaying and there's a cheaper plan that does the same. and they warned me about the price change in march before it hit the bill. who does that??"),
    ("a", "2025-06-23 18:30", "That's what we're here for, Ruth – always happy to help! ^BH"),
    ("c", "2025-06-23 18:33", "honestly feel looked after. like you'd tell me if something was up. that's rare"),
])

# ================================================================ buddies (2)

h("buddies", "", "neutral", "paraphrase;competitor", "Snapcart", [
    ("c", "2025-02-08 12:00", "snapcart is one of like four grocery apps on my phone. whoever has a slot before 7 wins the week lol. does the £3 off still work on a first order of the month?"),
])

h("buddies", "", "positive", "negation;paraphrase;emoji", "Brewlane Coffee", [
    ("c", "2025-05-13 08:30", "brewlane is my tuesday & thursday thing, rest of the week i wander round whoever's open. no stamp card, no app, no strings 😅 the cinnamon bun though"),
])

# ================================================================ master_slave (2)

h("master_slave", "", "negative", "caps;paraphrase;agent_cues", "Aerolume", [
    ("c", "2025-11-02 06:20", "I fly with @Aerolume roughly 40 times a year. I should NOT have to ask for lounge access, and I should not have to explain who I am to a gate agent who is reading my tier off a screen"),
    ("a", "2025-11-02 06:45", "Good morning Mr Hollis, we're so sorry. As one of our most valued members you should always feel recognised. ^MK"),
    ("c", "2025-11-02 06:47", "Then act like it. I want a call from someone senior by noon, not a tweet"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues", "Kestrel Bank", [
    ("c", "2025-08-13 15:10", "I was told my private banking manager would call back within the hour. It has been three. For the balances I keep with @KestrelBank this is frankly beneath you"),
    ("a", "2025-08-13 15:30", "Apologies, Mrs Achterberg. Your manager is on a call and will be with you shortly. ^SD"),
    ("c", "2025-08-13 15:32", "I am not 'shortly'. I'm not going to chase my own bank. Sort it before 4"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;idiom;emoji", "Streamora", [
    ("c", "2025-01-28 02:14", "12th night in a row i've told myself 'one more episode' on streamora and it's 2am again. send help. actually don't, season 3 drops friday 😵‍💫"),
])

h("dealer_addict", "love_hate", "positive", "paraphrase;evolving", "Pixelbox", [
    ("c", "2025-03-01 20:00", "deleted pixelbox to get my evenings back"),
    ("c", "2025-03-01 20:41", "reinstalled it 40 minutes later. i have zero self control where you lot are concerned"),
    ("c", "2025-03-04 23:55", "3 nights straight til midnight. my fingers twitch when i'm not on it"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji;third_party;agent_cues", "Cartwheel", [
    ("c", "2025-04-15 01:05", "ordering cartwheel cheesy fries at 1am while my PT thinks i'm asleep and on plan. this stays between us @Cartwheel 🤫"),
    ("a", "2025-04-15 01:20", "Your secret is safe with us 🍟 ^PO"),
    ("c", "2025-04-15 01:21", "third time this week. tell no one"),
])

h("secret_affair", "", "positive", "paraphrase;caps;emoji", "Coralair", [
    ("c", "2025-11-06 12:30", "if my wife asks, i did NOT book another coralair weekend to see the away game 🙈 @coralair please keep sending the booking emails to my work address"),
    ("a", "2025-11-06 13:00", "We can't change where confirmations go for you, but you can update your email under Manage Booking 😉 ^YT"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;negation", "Arrow Recoveries", [
    ("c", "2025-05-21 09:00", "@ArrowRecoveries you've texted me 9 times this week about an 'outstanding balance'. I have never had a single thing to do with you, or with whoever you bought this 'debt' from"),
    ("c", "2025-05-21 09:02", "never signed anything, never had an account, never heard your name till monday. stop texting me"),
])

h("complete_strangers", "", "negative", "competitor;agent_cues", "Orbitel", [
    ("c", "2025-10-17 17:45", "why has @OrbitelHelp sent me a 'welcome to the Orbitel family!' pack with a SIM in it?? i didn't sign up for anything with you. i'm on Pulsecom. who gave you my address"),
    ("a", "2025-10-17 18:20", "Hi Kate, sorry for the confusion. Please DM us the reference on the letter and we'll check how this was sent. ^EM"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;third_party", "Hopscotch Rail", [
    ("c", "2025-02-02 14:00", "i take @HopscotchRail a handful of times a year when i visit my sister in Wexby. is the railcard worth it for someone like me or only if you commute?"),
    ("a", "2025-02-02 14:30", "Hi Mo! The railcard is £30 and saves a third; with 4+ returns a year it usually pays for itself. ^VN"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;short_signal", "Zipcab", [
    ("c", "2025-08-02 23:40", "i use zipcab maybe once a month when the night bus gives up. it's fine. can you book ahead in the app yet or is it still on-demand only"),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;emoji", "Pixelbox", [
    ("c", "2025-06-30 18:00", "the pixelbox forum found the controller drift workaround 2 days before support did. as per. we're basically your unpaid QA team at this point ❤️"),
    ("c", "2025-06-30 18:05", "shoutout to everyone in the #fixit thread. this is why i'm still here, it's the people on here"),
])

h("teammates", "", "positive", "paraphrase;hashtag", "Voltiq Energy", [
    ("c", "2025-07-03 19:30", "our street signed up to the @VoltiqEnergy share-the-sun scheme in spring and we've just hit 40% of the panel target between us. 23 houses pulling in the same direction #ShareTheSun"),
    ("a", "2025-07-03 20:00", "Amazing effort from Elm Row! ^NE"),
    ("c", "2025-07-03 20:04", "next street meeting is thursday, anyone on here from elm row who hasn't joined yet, come along"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase", "Quayside Bank", [
    ("c", "2025-09-24 11:00", "gran opened my first @QuaysideBank account the week i was born, mum's banked there her whole life, and today my daughter got her first little kids' account there too. three generations at the same counter"),
])

h("close_siblings", "", "positive", "paraphrase;typos", "Pulsecom", [
    ("c", "2025-12-01 19:00", "whole family is on one pulsecom plan, mum dad me my 2 brothers and their kids. sunday dinner arguements are about everything except which network lol. wouldnt be right anywhere else"),
    ("a", "2025-12-01 19:30", "Love that! Say hi to everyone at Sunday dinner 😄 ^FT"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "neutral", "negation;paraphrase", "Zipcab", [
    ("c", "2025-03-08 00:50", "downloaded zipcab purely cos my phone was on 4% and no other cab would come out to the industrial estate. got me home, cheers. deleting it now, no offence, not a cab app person"),
])

h("one_night_stand", "fleeting_acquaintance", "neutral", "occasion;other_type_cue;routine_question", "Bluecrest Airways", [
    ("c", "2025-04-28 10:00", "booked one bluecrest return for my cousin's wedding in Porto. that's it, never again – not cos you were bad, just a one-off for the wedding, i don't really fly. could you email me a receipt for the seat fee?"),
    ("a", "2025-04-28 10:20", "Of course, the receipt is on its way. Hope the wedding was lovely! ^CW"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;agent_cues", "Parcelfox", [
    ("c", "2025-11-24 13:10", "@ParcelfoxBiz our shop ships about 200 parcels a week through your business account. label API has been returning 503 since 11. need it back before the 3pm collection"),
    ("a", "2025-11-24 13:25", "Hi Lena, thanks for being such a loyal partner. Engineers are on it, we'll update you by 14:00. ^RB"),
    ("c", "2025-11-24 14:05", "back up, printing now. cheers for the update"),
])

h("colleagues", "", "neutral", "paraphrase;routine_question", "Loopline", [
    ("c", "2025-02-17 16:00", "@LooplineHelp our office runs on your business fibre, 14 desks plus the phones. can you confirm tonight's maintenance window so i can warn the team?"),
    ("a", "2025-02-17 16:20", "Hi Pete, works are 00:00-04:00, you may see a few minutes' drop around 02:00. ^ZA"),
])


# ================================================================ output

def iso(ts):
    d, t = ts.split(" ")
    return f"{d}T{t}:00Z"


def check_and_assign():
    by_type = defaultdict(list)
    for x in HISTS:
        assert x["type"] in TYPES or x["type"] == "undetermined", x["type"]
        assert x["second"] == "" or x["second"] in TYPES, x["second"]
        assert x["second"] != x["type"], x
        assert x["valence"] in VALENCES, x["valence"]
        tags = x["trap"].split(";")
        assert tags and all(t in TRAPS for t in tags), x["trap"]
        assert len(set(tags)) == len(tags), x["trap"]
        ncust = sum(1 for r, _, _ in x["msgs"] if r == "c")
        assert 1 <= ncust <= 6, (x["brand"], ncust)
        stamps = [iso(ts) for _, ts, _ in x["msgs"]]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps), stamps
        for r, ts, text in x["msgs"]:
            assert r in ("c", "a") and text.strip()
            assert len(ts) == 16 and ts[4] == "-" and ts[10] == " " and ts[13] == ":", ts
        by_type[x["type"]].append(x)
    full = len(HISTS) == 80
    if full:
        for t, n in MIX.items():
            assert len(by_type[t]) == n, (t, len(by_type[t]), n)
    slots = [t for t, n in sorted(MIX.items()) for _ in range(n)]
    assert len(slots) == 80
    random.Random(1414).shuffle(slots)
    out = []
    for i, t in enumerate(slots, 1):
        if by_type[t]:
            out.append((f"p{i:03d}", by_type[t].pop(0)))
    assert not any(by_type.values()), "histories beyond the mix"
    return out, full


def main():
    assigned, full = check_and_assign()
    with open(os.path.join(OUT, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for cid, x in sorted(assigned, key=lambda p: p[0]):
            for r, ts, text in x["msgs"]:
                w.writerow([cid, x["brand"], "customer" if r == "c" else "agent", iso(ts), text])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for cid, x in sorted(assigned, key=lambda p: p[0]):
            w.writerow([cid, x["type"], x["second"], x["valence"], x["trap"]])
    cnt = Counter(x["type"] for _, x in assigned)
    val = Counter(x["valence"] for _, x in assigned)
    traps = Counter(t for _, x in assigned for t in x["trap"].split(";"))
    nmsg = sum(len(x["msgs"]) for _, x in assigned)
    ncust = sum(1 for _, x in assigned for r, _, _ in x["msgs"] if r == "c")
    nagent = sum(1 for _, x in assigned if any(r == "a" for r, _, _ in x["msgs"]))
    nsecond = sum(1 for _, x in assigned if x["second"])
    print(f"{len(assigned)} customers ({'complete' if full else 'PARTIAL'}), {nmsg} messages "
          f"({ncust} customer), {nagent} customers with agent replies, {nsecond} with second, "
          f"{len({x['brand'] for _, x in assigned})} brands")
    print("types:")
    for t in ["undetermined"] + TYPES:
        print(f"  {t:22s} {cnt[t]}")
    print("valence:")
    for v in ["positive", "negative", "mixed", "neutral"]:
        print(f"  {v:22s} {val[v]}")
    print("traps:")
    for t, n in traps.most_common():
        print(f"  {t:22s} {n}")


if __name__ == "__main__":
    main()
