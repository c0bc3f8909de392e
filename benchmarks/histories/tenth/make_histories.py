#!/usr/bin/env python3
"""Invented development histories for relradar (k001..k080).

All brands, people, handles, numbers and addresses are invented (example.com).
Types are drawn first with a seeded shuffle (DRAW), then a history is written for each id.
Running the script checks the data and writes histories.csv and labels.csv next to it.
"""
import csv
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance", "teammates",
         "old_friends", "close_siblings", "ex_friends", "enemies", "love_hate",
         "one_night_stand", "colleagues", "adversaries"]
MORE = ["enemies", "love_hate", "ex_friends", "buddies", "best_friends", "old_friends",
        "fleeting_acquaintance"]
VALENCES = {"positive", "negative", "mixed", "neutral"}
N_TOTAL = 80
N_UNDET = 24


def draw_types(seed=1010):
    rest = [t for t in TYPES if t not in MORE]
    pool = [t for t in MORE for _ in range(4)] + [t for t in rest for _ in range(2)]
    pool += ["undetermined"] * N_UNDET
    assert len(pool) == N_TOTAL
    random.Random(seed).shuffle(pool)
    return {"k%03d" % (i + 1): t for i, t in enumerate(pool)}


DRAW = draw_types()
H = {}
M = 1        # minute
HR = 60      # hour
D = 1440     # day


def h(cid, typ, second, valence, trap, brand, start, msgs):
    """msgs: list of (role, offset_in_minutes_from_start, text); role 'c' or 'a'."""
    assert cid not in H, cid
    H[cid] = dict(type=typ, second=second, valence=valence, trap=trap, brand=brand,
                  start=start, msgs=msgs)


# ----------------------------------------------------------------------------------------
# k001-k040
# ----------------------------------------------------------------------------------------

h("k001", "complete_strangers", "", "negative", "agent_cue;paraphrase", "Covenly Insurance",
  "2025-01-14T08:02:00Z", [
    ("c", 0, "@Covenly why am I getting 'your home policy renewal is due' texts every morning?? "
             "I have never had a policy with you lot. No idea how you got my number. Stop."),
    ("a", 47, "Hi there, sorry for the confusion! Please DM us the number and your policy ref so "
              "we can take a look. We value every one of our customers. ^Jo"),
    ("c", 61, "There is no policy ref. That's the whole point. I'm not a customer, never signed "
              "anything with Covenly, never even got a quote. Take 07700 900123 off whatever list "
              "this is"),
    ("c", 1 * D + 15, "Day 2, another 'renewal' text. Still not your customer 🙃"),
])

h("k002", "undetermined", "", "neutral", "routine_question", "Northway Rail",
  "2025-02-03T06:48:00Z", [
    ("c", 0, "@NorthwayRail is the 07:42 Leeds to York actually running today or is it the rail "
             "replacement bus again"),
    ("a", 9, "Morning Dan, the 07:42 is running as planned today, platform 12b. Have a good trip! ^KP"),
    ("c", 12, "ta 👍"),
])

h("k003", "ex_friends", "", "negative", "agent_cue;price_rise;paraphrase", "Flickbox",
  "2025-03-09T21:30:00Z", [
    ("c", 0, "Had @Flickbox since 2016. It was the ONE subscription I never touched when money "
             "was tight. Now it's £3 more a month, ads on the plan I'm on and half the shows I "
             "watched have vanished. Doesn't feel like the same company. Cancelled tonight, bit "
             "gutted tbh"),
    ("a", 1 * HR + 5, "We're really sorry to see you go! We value your loyalty and hope you'll come "
                      "back to see what's new on Flickbox 🍿"),
    ("c", 1 * HR + 20, "loyalty's a two way street mate"),
])

h("k004", "fleeting_acquaintance", "", "positive", "paraphrase;work_occasion",
  "Tiffinwala", "2025-04-17T13:10:00Z", [
    ("c", 0, "Downloaded @TiffinwalaApp only last night because a colleague kept going on about "
             "it. Ordered the rajma chawal to office as a test run. Not bad at all yaar, tasted "
             "like somebody's mummy made it"),
    ("c", 25, "will see how the thali is next week, if it's this good I may keep the app 😄"),
])

h("k005", "undetermined", "", "negative", "sarcasm;one_incident", "ParcelPoint",
  "2025-05-22T16:40:00Z", [
    ("c", 0, "Love how @ParcelPointUK marked my parcel 'delivered, handed to resident' and there "
             "is no parcel and no resident. Great stuff, truly 🙃 ref PP-448812"),
    ("a", 38, "Sorry to hear this! Could you DM us the tracking number and your postcode so we "
              "can open an investigation?"),
    ("c", 44, "DM'd"),
])

h("k006", "best_friends", "", "positive", "paraphrase;reply_to_brand_post",
  "Harbourstone Bank", "2025-01-28T19:05:00Z", [
    ("c", 0, "Can't say this about many companies but I'd tell @HarbourstoneBank things I wouldn't "
             "tell my own brother. When the shop went under they sat down with me and worked out a "
             "plan, no judgement, no lecture."),
    ("a", 2 * HR, "That means a lot, thank you for sharing this with us."),
    ("c", 34 * D, "[reply to @HarbourstoneBank: 'Changes to arranged overdraft pricing from 1 "
                  "April'] tbf you texted me about this weeks ago and rang to ask if it'd hurt. "
                  "being told straight, before anyone else, is why I'm still here"),
])

h("k007", "undetermined", "", "neutral", "quoted_retweet;news;cue_in_quote", "Meridian Airways",
  "2025-02-11T10:20:00Z", [
    ("c", 0, "RT @TravelWireNews: Meridian Airways passengers feel 'betrayed' as airline scraps "
             "free hold bags on short-haul from March"),
    ("c", 3, "hmm, flying to Malaga with them in May, does this apply to bookings already made "
             "@MeridianAirways ?"),
    ("a", 50, "Hi Priya, bookings made before 1 March keep their original baggage allowance. "
              "Enjoy Malaga! ☀️"),
])

h("k008", "buddies", "casual_acquaintance", "positive", "agent_cue;paraphrase",
  "Kettle & Crow", "2025-03-03T08:15:00Z", [
    ("c", 0, "@KettleAndCrow is my default when I'm round Old Street, but I'm not monogamous "
             "about coffee lol, if the indie place opposite has no queue I go there. Flat white "
             "was spot on today tho"),
    ("a", 30, "Glad you enjoyed it! Have you joined Crow Club? Every 8th coffee free and we'd love "
              "to reward your loyalty ☕"),
    ("c", 41, "nah I'm alright, I don't do stamps and apps, I just pop in when it suits 😅 see you "
              "thursday probably"),
])

h("k009", "undetermined", "", "negative", "product_attribute;one_incident", "Pixelforge",
  "2025-06-07T22:44:00Z", [
    ("c", 0, "@PixelforgeGames bought the 'Obsession' skin bundle for 4.99 and it's not showing "
             "in my locker. PS5, account pf_rhinoking. pls fix"),
    ("a", 1 * HR, "Hey! Sorry about that. Please raise a ticket at support.pixelforge.example.com "
                  "with your receipt and we'll sort it."),
])

h("k010", "marriage_partners", "old_friends", "positive", "agent_cue;paraphrase",
  "Southern Cross Mutual", "2025-07-01T02:30:00Z", [
    ("c", 0, "22 years with @SXMutual. Mortgage, the kids' accounts, the lot. Every couple of "
             "years some flashy online bank tries to poach me with a shiny rate and every time I "
             "just laugh. They'll have to carry me out of here ❤️"),
    ("a", 3 * HR, "Thank you for 22 amazing years! Customers like you are why we do what we do."),
    ("c", 3 * HR + 12, "ha! just don't go changing the Ballarat branch hours on me and we'll be "
                       "right for another 22 😂"),
])

h("k011", "undetermined", "", "positive", "one_incident;thank_you", "Zipride",
  "2025-08-14T05:12:00Z", [
    ("c", 0, "Shoutout to the @ZiprideApp driver (Kwame, silver Prius) who waited while I ran "
             "back upstairs for my passport. Absolute legend. Made my flight with 10 min to spare"),
])

h("k012", "love_hate", "dealer_addict", "mixed", "symptom_repetition;paraphrase", "Pixelforge",
  "2025-09-19T23:05:00Z", [
    ("c", 0, "3rd disconnect in ranked tonight @PixelforgeGames. THIRD. lost my streak. "
             "uninstalling, I'm done"),
    ("c", 14 * HR, "ok I reinstalled. I hate that nothing else scratches the itch. 4 years of this "
                   "clown show and I'm still here every night"),
    ("a", 15 * HR, "Sorry about last night, we had a server issue in EU-West. Your streak has been "
                   "restored 💜"),
    ("c", 15 * HR + 20, "see this is why I can't leave you. fix the servers tho"),
])

h("k013", "adversaries", "", "negative", "agent_cue;paraphrase", "Fibrewave",
  "2025-10-21T11:00:00Z", [
    ("c", 0, "Day 19 of the @FibrewaveHelp saga. Engineer no-show number 3. Ring, hold 52 mins, "
             "'escalated', nothing. Exact same dance as the router fiasco last spring. I know how "
             "this goes by now"),
    ("a", 2 * HR, "Hi Gareth, really sorry for the wait. I've escalated this to our engineering "
                  "team and someone will be in touch within 48 hours. ^Mo"),
    ("c", 2 * HR + 9, "You said that on the 4th. And the 11th. Screenshots attached. See you at "
                      "round 4 I suppose"),
    ("c", 3 * D, "no call. shocking absolutely nobody"),
])

h("k014", "old_friends", "", "positive", "paraphrase", "Munchmallow",
  "2025-02-20T17:30:00Z", [
    ("c", 0, "Found a bag of @Munchmallow pink shrimps at the corner shop and I'm instantly 9 "
             "again, walking home from school in Bolton with 20p worth in my pocket. Thank you for "
             "never messing with the recipe 🥹"),
    ("a", 4 * HR, "This made the whole office smile! 💗"),
    ("c", 5 * HR, "still get them for every long drive. some things are just comfort"),
])

h("k015", "old_friends", "", "positive", "agent_cue;paraphrase;mild_complaint",
  "YatraLine Rail", "2025-12-26T07:40:00Z", [
    ("c", 0, "On the Konkan Express with @YatraLineRail to Goa again, same route our college gang "
             "took in 2004 😍 same chai-wala shouting at Ratnagiri, same upper berths. Been taking "
             "this train since hostel days, feels like going home"),
    ("c", 6 * HR, "40 min late into Madgaon but who's counting. some things never change 😄"),
    ("a", 7 * HR, "Happy journey! Thank you for travelling with an old friend 🚆"),
])

h("k016", "buddies", "basic_exchange", "positive", "paraphrase", "MunchDash",
  "2025-03-15T01:10:00Z", [
    ("c", 0, "@MunchDash lives on my phone next to 2 other delivery apps, I just go wherever the "
             "promo is that night lol. tonight it's you, congrats 🏆"),
    ("c", 50, "tacos showed up warm, no complaints. see u next time ur the best deal 😂"),
])

h("k017", "basic_exchange", "", "positive", "agent_cue;paraphrase", "Brightwatt Energy",
  "2025-04-02T12:00:00Z", [
    ("c", 0, "On @BrightwattHelp for 3 yrs purely cos nobody's beaten the unit rate when I check. "
             "Bill arrives, direct debit goes out, never have to think about it. That's all I want "
             "from an energy company"),
    ("a", 1 * HR, "We love hearing that! Thanks for being part of the Brightwatt family 💛"),
    ("c", 1 * HR + 30, "no need for family, just keep the tariff sensible and we're good 😂"),
])

h("k018", "best_friends", "", "positive", "family_metaphor;paraphrase", "Ubani Bank",
  "2025-05-05T09:30:00Z", [
    ("c", 0, "Abeg let me give @UbaniBank their flowers. My account was hacked on Sunday night, "
             "before 7am Monday their fraud desk had called ME, frozen everything and walked me "
             "through it like an elder brother."),
    ("c", 4, "And no be the first time. When I was in London they called to check before passing "
             "a big transfer. I trust these people with everything I have sha 🙏🏾"),
    ("a", 2 * HR, "Thank you Chinedu! Your security is our priority. We're always here for you."),
])

h("k019", "marriage_partners", "old_friends", "positive", "occasion_anniversary;paraphrase",
  "Larkspur Hotels", "2025-06-12T15:20:00Z", [
    ("c", 0, "Checked in at @LarkspurHotels Edinburgh for our 11th anniversary, which is also our "
             "11th Larkspur stay. I don't even look at other hotels any more, my husband says I'm "
             "married to you lot as well 😂"),
    ("a", 1 * HR, "Happy anniversary! We've left a little something in your room 🍾"),
    ("c", 3 * HR, "Honestly you're the best. Bath in September is already booked obviously, "
                  "wouldn't go anywhere else"),
])

h("k020", "undetermined", "", "negative", "employee;we_not_community", "Swiftdrop",
  "2025-07-08T14:05:00Z", [
    ("c", 0, "Swiftdrop driver here. 140 drops today and the scanner died at 2pm. "
             "@SwiftdropCouriers sort your kit out, we're the ones getting abuse on the doorstep "
             "when parcels are late"),
])

h("k021", "dealer_addict", "", "positive", "paraphrase", "Bobabloom",
  "2025-08-20T04:00:00Z", [
    ("c", 0, "third @BobabloomTea of the day and it's 2pm. my bank app has started sending me "
             "concerned notifications lol. I literally plan my walk to uni around the Newtown store"),
    ("c", 6 * D, "tried to go a week without. lasted 2 days. brown sugar oat milk pls, I am weak 🧋"),
    ("a", 6 * D + 30, "We're always here when you need us 😌🧋"),
])

h("k022", "best_friends", "", "positive", "paraphrase;product_remark", "Velvetine Beauty",
  "2025-09-02T18:45:00Z", [
    ("c", 0, "What I love about @Velvetine is they'll actually tell you NOT to buy something. "
             "Messaged them about my eczema flare-up and they said skip the retinol, here's the "
             "gentle stuff, no upsell. Like asking a mate who happens to know skin."),
    ("c", 20 * D, "and they emailed me before the moisturiser formula changed so I could stock up "
                  "on the old one. who even does that 🥹"),
])

h("k023", "secret_affair", "", "positive", "agent_cue;paraphrase", "Grubnest",
  "2025-01-16T09:50:00Z", [
    ("c", 0, "Told the housemates I'm doing clean-eating January. Meanwhile @GrubnestAU has "
             "dropped loaded fries at the side gate 3 times this week. If anyone asks I was at "
             "the gym 🤫"),
    ("a", 25, "Your secret's safe with us 😉🍟"),
    ("c", 31, "delete this thread after reading pls"),
])

h("k024", "undetermined", "", "negative", "product_attribute;cue_in_passing", "SkyLark Air",
  "2025-02-25T20:10:00Z", [
    ("c", 0, "@SkyLarkAir the 'Loyalty' tab in the app just shows a spinning wheel, can't see my "
             "miles balance. iPhone 14, latest version, reinstalled already"),
    ("a", 40, "Hi Marcus, thanks for flagging. Our app team is aware of the issue and working on a "
              "fix. We appreciate your loyalty!"),
])

h("k025", "casual_acquaintance", "buddies", "neutral", "paraphrase;question", "Loomwell",
  "2025-03-27T11:25:00Z", [
    ("c", 0, "I end up in @Loomwell maybe twice a year when I need basics, never really think "
             "about it otherwise. Anyway do you still do the tall-fit chinos or did they go?"),
    ("a", 45, "Hi! Yes, tall fit is online only now in 34-38 waist 👖"),
    ("c", 50, "ok cheers"),
])

h("k026", "close_siblings", "old_friends", "positive", "agent_cue;paraphrase",
  "Pennyroyal Credit Union", "2025-04-10T16:00:00Z", [
    ("c", 0, "My grandpa opened my first @PennyroyalCU savings account when I was 6, my mom's "
             "still with them, and today I set one up for my daughter. Same branch on Elm St, "
             "same lollipop jar 🥲"),
    ("a", 2 * HR, "This made our day! Welcome to the newest member of the family 💙"),
    ("c", 2 * HR + 15, "y'all are basically a relative at this point lol"),
])

h("k027", "undetermined", "", "negative", "one_incident;strong_words", "Vantel Mobile",
  "2025-05-30T17:35:00Z", [
    ("c", 0, "@VantelMobile absolutely horrendous. Charged me $87 roaming in Cancun when the "
             "travel pass was ON. Fix it."),
    ("a", 20, "Hi Jess, sorry for this! Please DM us so we can review the charges."),
    ("c", 2 * D, "credit came through. still shouldn't have happened"),
])

h("k028", "undetermined", "", "neutral", "pidgin;routine_question", "Sabi Mobile",
  "2025-06-18T10:10:00Z", [
    ("c", 0, "@SabiMobileNG pls how I go take borrow data? I don try *312# e no dey work"),
    ("a", 15, "Hello! Dial *312*5# and select 'Borrow Data'. Thank you for choosing Sabi 💚"),
])

h("k029", "enemies", "", "negative", "agent_cue;paraphrase", "Tollgate Parking",
  "2025-07-12T13:00:00Z", [
    ("c", 0, "PSA: @TollgateParking will fine you for being 4 minutes over at Riverside Retail "
             "Park even when their machine is broken. Do not park there. Tell your mum, tell your "
             "nan. Absolute parasites."),
    ("c", 10, "RT if they've had you too, let's see how many of us there are"),
    ("a", 3 * HR, "We'd like to look into this for you. Please email appeals@tollgate.example.com"),
    ("c", 3 * HR + 5, "No you wouldn't. Going to tell every person I know to go to the Tesco car "
                      "park instead"),
])

h("k030", "basic_exchange", "", "positive", "competitor;paraphrase", "Wattle Mobile",
  "2025-08-05T03:20:00Z", [
    ("c", 0, "Moved to @WattleMobile from one of the big three and honestly? half the price, "
             "same towers, signal's fine in Geelong. Not exciting, doesn't need to be."),
    ("c", 240 * D, "8 months in, no dramas. renewed the 12 month plan cos nobody's cheaper for "
                   "what I use"),
])

h("k031", "love_hate", "adversaries", "mixed", "paraphrase", "Meridian Airways",
  "2025-09-08T06:30:00Z", [
    ("c", 0, "Every time I swear off @MeridianAirways I end up booking them again because the "
             "Heathrow times are perfect and the crew are genuinely lovely. Then they lose my bag. "
             "Round and round we go, you and me."),
    ("a", 1 * HR, "Sorry about your bag, please DM us your file reference and we'll chase it."),
    ("c", 2 * D, "bag found. still fuming. already booked Lisbon with you for October. I am unwell"),
])

h("k032", "secret_affair", "", "positive", "agent_cue;paraphrase", "StreamHaven",
  "2025-11-20T22:15:00Z", [
    ("c", 0, "don't tell my book club but I've watched every single one of @StreamHaven's cheesy "
             "christmas romcoms. twice. in november. 🙈"),
    ("a", 20, "Your secret is safe with us 🤐 Have you seen 'Mistletoe Mix-Up' yet?"),
    ("c", 23, "SHHH. yes. adding it to the list nobody can ever see"),
])

h("k033", "undetermined", "", "negative", "quoted_reply;agent_cue;one_incident", "Northway Rail",
  "2025-10-04T12:30:00Z", [
    ("c", 0, "Your own reply from Tuesday: \"We value your loyalty and your refund will be "
             "processed within 5 working days.\" It's Saturday week. Where's my £34.60 "
             "@NorthwayRail? Delay Repay ref NR-2231"),
    ("a", 1 * HR, "Sorry Helen, I can see it's been approved and will be with you by Monday. ^RB"),
])

h("k034", "one_night_stand", "fleeting_acquaintance", "neutral", "agent_cue;paraphrase",
  "SkyLark Air", "2025-11-02T23:40:00Z", [
    ("c", 0, "Booked @SkyLarkAir purely because it's the only red-eye to Denver tonight. Not a "
             "convert, not signing up for your credit card, just get me there 😤"),
    ("a", 15, "Welcome aboard! Join SkyLark Rewards today and earn miles on tonight's flight ✈️"),
    ("c", 18, "lol no. this is a one-and-done"),
])

h("k035", "enemies", "", "negative", "quoted_ad;sarcasm;paraphrase", "Quidsy Loans",
  "2025-12-09T19:00:00Z", [
    ("c", 0, "Anyone thinking about @QuidsyLoans: don't. \"Low, fair fees\" my foot. Took one loan "
             "in 2024 and I'm still paying it off. They prey on people at their lowest."),
    ("c", 5, "Reported them to the ombudsman and I'll keep posting this until people stop "
             "using them. Borrow off your uncle, borrow off a loan shark, anything but these"),
])

h("k036", "undetermined", "", "negative", "competitor_praise;sarcasm;one_incident", "MunchDash",
  "2025-04-25T02:05:00Z", [
    ("c", 0, "@MunchDash 1hr 40 for a pizza from 10 min away. my roommate's order from another "
             "app got here in 20. y'all are lightning fast at taking my money tho 🙂"),
])

h("k037", "undetermined", "", "mixed", "product_remark", "Loomwell",
  "2025-05-14T12:00:00Z", [
    ("c", 0, "@Loomwell the linen shirt in sage comes up a full size big, fyi for anyone "
             "ordering. fabric is gorgeous tho"),
])

h("k038", "undetermined", "", "negative", "symptom_repetition;pidgin", "Ubani Bank",
  "2025-06-27T08:30:00Z", [
    ("c", 0, "@UbaniBank is the app down or na my phone? transfer don hang since morning, I don "
             "try am like 5 times"),
    ("a", 35, "Hello, we experienced a brief downtime which has now been resolved. Please retry. "
              "We value you!"),
    ("c", 40, "e don work. thanks"),
])

h("k039", "complete_strangers", "", "negative", "family_mention;paraphrase",
  "Claymore Recoveries", "2025-08-28T18:20:00Z", [
    ("c", 0, "@ClaymoreRecover stop ringing my mum's landline about some 'Mr D. Okafor' debt. "
             "There's no Mr Okafor here, we've never had a loan with anyone and we've never dealt "
             "with you. How did you even get this number??"),
    ("a", 1 * D, "Please contact our customer team on 0800 000 0000 quoting your reference."),
    ("c", 1 * D + 10, "I don't have a reference. I'm not contacting you. You contacted me."),
])

h("k040", "love_hate", "dealer_addict", "mixed", "ex_wording;paraphrase", "Tiffinwala",
  "2025-09-25T14:00:00Z", [
    ("c", 0, "@TiffinwalaApp why is it that every month I uninstall you after some late delivery "
             "and then reinstall the minute mess food is bad 😭 you are my toxic ex yaar"),
    ("c", 2 * D, "ordered again. paneer was cold. hate that I'll order tomorrow also"),
])

# ----------------------------------------------------------------------------------------
# k041-k080
# ----------------------------------------------------------------------------------------

h("k041", "fleeting_acquaintance", "", "positive", "family_mention;agent_cue;paraphrase",
  "FreshCrate", "2025-01-09T19:30:00Z", [
    ("c", 0, "Got a @FreshCrate box off a half-price code my sister sent, never done one of these "
             "before. The chickpea curry kit was decent! Not sure I'll carry on at full price but "
             "we'll see 🤔"),
    ("a", 2 * HR, "Welcome to the FreshCrate family! Stick with us and your loyalty discount "
                  "grows every month 🥕"),
])

h("k042", "buddies", "casual_acquaintance", "positive", "competitor;paraphrase", "StreamHaven",
  "2025-10-30T20:00:00Z", [
    ("c", 0, "I rotate subs every couple of months and @StreamHaven is back on for winter 🍂 "
             "Flickbox gets its turn in spring. Nothing personal, you're good company for the dark "
             "evenings"),
    ("a", 30, "Welcome back! We've missed you 💜"),
    ("c", 35, "don't get attached 😂 see you again next november probably"),
])

h("k043", "enemies", "adversaries", "negative", "quote_tweet;brand_post;sarcasm;paraphrase",
  "Vantel Mobile", "2025-02-14T15:45:00Z", [
    ("c", 0, "If you're thinking of joining @VantelMobile, here's my advice: run. Nine days with no "
             "signal at home, a $5 'goodwill credit', and a contract I can't leave without paying "
             "$300. The whole company is a shakedown."),
    ("c", 3 * HR, "QT @VantelMobile: \"Proud to be America's most trusted network 💙\" ... trusted "
                  "by who?? lmao"),
    ("c", 2 * D, "paid the $300. worth every cent to never deal with them again. tell your friends"),
])

h("k044", "ex_friends", "", "negative", "product_attribute;agent_cue;paraphrase", "Loomwell",
  "2025-03-19T10:05:00Z", [
    ("c", 0, "Wore @Loomwell basically head to toe through my twenties. Bought a jumper last week "
             "and it's bobbled after two washes. What happened to you? Quality was the whole point."),
    ("a", 1 * HR, "We're so sorry to hear this. We really value loyal customers like you, please "
                  "DM us your order number."),
    ("c", 1 * HR + 40, "not sure I count as one these days tbh. sent it back, not replacing it"),
])

h("k045", "fling", "", "positive", "paraphrase;self_aware_short_lived", "Hypeloop",
  "2025-04-04T09:01:00Z", [
    ("c", 0, "COPPED the @HypeloopDrops x Moonbase jacket at 9:00:04 🚀🚀 new personality "
             "unlocked, wearing it to literally everything this week"),
    ("c", 20, "ask me in march if I still care lol but RIGHT NOW?? who's the next collab, I need "
              "to know before the group chat does"),
])

h("k046", "undetermined", "", "neutral", "agent_cue;agent_tenure;routine_question",
  "Wattle Mobile", "2025-05-08T23:15:00Z", [
    ("c", 0, "@WattleMobile when's the new Pixel coming on your plans?"),
    ("a", 25, "G'day Sam! As one of our most loyal customers since 2015 you'll get an early access "
              "email next week 🙌"),
    ("c", 31, "sweet, cheers"),
])

h("k047", "ex_friends", "master_slave", "negative", "status_tier;loyal_grievance;paraphrase",
  "SkyLark Air", "2025-06-03T13:40:00Z", [
    ("c", 0, "Gold with @SkyLarkAir for 9 straight years. Flew you even when you were $80 "
             "dearer. After your 'program refresh' I'm Silver with the same flying, no lounge, and "
             "I'm meant to say thank you? Funny way to treat the people who stuck around."),
    ("a", 2 * HR, "Hi Dana, we hear you. Our new program rewards our most loyal flyers and we "
                  "truly value your loyalty."),
    ("c", 2 * HR + 10, "you keep using that word"),
    ("c", 9 * D, "Booked Dallas on another airline for the first time in a decade. Felt weird. "
                 "Then felt fine."),
])

h("k048", "undetermined", "", "negative", "one_incident;strong_words;long_thread",
  "Harbourstone Bank", "2025-07-15T11:20:00Z", [
    ("c", 0, "Disgraceful service at the @HarbourstoneBank Croydon branch this morning. Waited 40 "
             "minutes to be told I needed an appointment to pay in a cheque. I've never been "
             "spoken to like that."),
    ("a", 30, "Hi Mr Adeyemi, I'm really sorry to hear this. Could you DM us with the time of your "
              "visit? ^Lou"),
    ("c", 45, "DM sent. About 9:50am, the man at the front desk"),
    ("a", 1 * HR + 10, "Thank you. I've passed this to the branch manager. For cheques under £5k "
                       "you can also use the app's camera deposit. ^Lou"),
    ("c", 1 * HR + 25, "didn't know that, ok"),
    ("c", 3 * HR, "manager rang and apologised, fair play. still shouldn't have happened"),
    ("a", 3 * HR + 20, "Glad she could help. Thanks for bearing with us. ^Lou"),
])

h("k049", "one_night_stand", "fleeting_acquaintance", "neutral", "agent_cue;paraphrase",
  "Larkspur Hotels", "2025-08-22T21:50:00Z", [
    ("c", 0, "Just needed a bed before the 6am ferry so grabbed the @LarkspurHotels by the port on "
             "a whim. Bed fine, shower hot. I'm not a hotel-chain person, this was a purely "
             "practical one-off"),
    ("a", 40, "Thanks for staying! Join Larkspur Rewards and your next night could be on us 🛏️"),
    ("c", 45, "no ta"),
])

h("k050", "undetermined", "", "negative", "third_party", "ParcelPoint",
  "2025-09-12T10:35:00Z", [
    ("c", 0, "@ParcelPointUK my elderly neighbour has been waiting on a prescription delivery for "
             "4 days, she doesn't do Twitter, can someone please look? ref PP-1190-733"),
    ("a", 25, "Hi, we're sorry for the delay. Please DM us the full tracking number and postcode."),
])

h("k051", "teammates", "", "positive", "paraphrase", "Trailhop",
  "2025-10-08T18:00:00Z", [
    ("c", 0, "shoutout to the whole Tuesday crew 🏃‍♀️ 400 of us logged the 5k for the food bank "
             "and the @TrailhopRun team matched every km. this is what I mean when I say it's OUR "
             "app, not just theirs"),
    ("c", 2 * D, "posted a new Sefton Park loop in the forum, other hoppers pls run it and tell "
                 "me where the GPX goes wonky, I'll fix it before Sunday 🙌"),
    ("a", 2 * D + 60, "Legend! We'll feature it in Friday's route roundup 💚"),
])

h("k052", "master_slave", "", "negative", "agent_cue;status_tier;long_thread", "Larkspur Hotels",
  "2025-11-14T22:30:00Z", [
    ("c", 0, "Sixty-plus nights a year at @LarkspurHotels and tonight the Manchester desk had me "
             "queue behind a coach party. Nobody recognised my name. I should not have to ASK for "
             "the corner suite I get every single time."),
    ("a", 20, "Good evening Mr Harlow, we sincerely apologise. As a valued Diamond member your "
              "experience matters to us. May we DM you?"),
    ("c", 24, "'Valued.' Then behave like it. Someone senior rings me tonight, not tomorrow."),
    ("a", 55, "Our duty manager Ellen will call you within the next 15 minutes."),
    ("c", 2 * HR, "She called. The welcome amenity in the room is the standard one, by the way. "
                  "The standard one. I shouldn't have to spell these things out."),
    ("a", 2 * HR + 15, "We're so sorry, a replacement is on its way to your room now."),
])

h("k053", "colleagues", "basic_exchange", "positive", "question;paraphrase", "Taskloom",
  "2025-12-02T09:10:00Z", [
    ("c", 0, "We've run the whole agency's client sprints on @Taskloom for about 18 months, 14 of "
             "us across 3 time zones. Not glamorous, it just keeps the work moving. Quick q: can "
             "we bulk-export time logs per client for invoicing?"),
    ("a", 1 * HR, "Hi Leena! Yes: Reports > Time > Group by client > Export CSV. Admins only."),
    ("c", 1 * HR + 20, "perfect, that saves our finance person a whole morning each month"),
])

h("k054", "undetermined", "", "neutral", "quoted_retweet;cue_in_quote;question", "Pixelforge",
  "2025-01-22T16:00:00Z", [
    ("c", 0, "RT @GameSpotterMag: Pixelforge's 'Hollow Tide' is the most addictive roguelite of "
             "the year, and we can't stop playing"),
    ("c", 2, "any Switch release date yet @PixelforgeGames?"),
])

h("k055", "enemies", "adversaries", "negative", "hashtag;paraphrase;choice_of_courier",
  "ParcelPoint", "2025-02-06T12:15:00Z", [
    ("c", 0, "When a shop lets me choose the courier it is NEVER @ParcelPointUK. Three years of "
             "parcels chucked over the fence and trackers that lie. If a shop only uses them I buy "
             "somewhere else. #NeverParcelPoint"),
    ("c", 6 * D, "another shop just switched to them at checkout. basket abandoned. spread the "
                 "word, they don't deserve your postcode"),
])

h("k056", "love_hate", "adversaries", "mixed", "marriage_wording;paraphrase", "Northway Rail",
  "2025-03-06T08:05:00Z", [
    ("c", 0, "Dear @NorthwayRail, the Settle stretch is the most beautiful line in England and "
             "I'd marry it if I could. You are also 23 minutes late for the 4th time this week. I "
             "hate you. See you at 07:12 tomorrow."),
    ("a", 15, "Sorry for the delay this morning, this was due to a signalling fault at Skipton. "
              "You can claim Delay Repay on our website."),
    ("c", 1 * D, "07:12 on time. I forgive you. Until Thursday probably 🙄❤️"),
])

h("k057", "fling", "dealer_addict", "positive", "dealer_wording;paraphrase", "Kettle & Crow",
  "2025-09-16T07:55:00Z", [
    ("c", 0, "the new black sesame latte at @KettleAndCrow?? I've had one every day since it "
             "dropped on Monday. I'm normally a supermarket-coffee-at-home girl but this "
             "limited-edition thing has me in a chokehold 🖤"),
    ("c", 5 * D, "pls tell me it's staying past october. or don't, I like the drama of it "
                 "disappearing"),
])

h("k058", "old_friends", "close_siblings", "positive", "used_to_positive;family_mention",
  "Dunmore's Bakery", "2025-04-19T10:40:00Z", [
    ("c", 0, "Walked past @DunmoresBakes on Castle St and the smell got me. My dad used to take "
             "me for a custard slice every Saturday in the 90s. Went in: same tiles, same slice. "
             "Thirty years of popping in on and off and it still feels like a hug."),
])

h("k059", "teammates", "business_partners", "positive", "paraphrase", "Pixelforge",
  "2025-05-27T19:30:00Z", [
    ("c", 0, "we did it lads 🎉 the community vote got Foundry back in @PixelforgeGames' "
             "rotation. the devs actually listened, we all piled into the feedback thread together "
             "and it WORKED"),
    ("a", 1 * HR, "You asked, we delivered 🔥 Thanks to everyone who voted!"),
    ("c", 1 * HR + 10, "anyone in the EU discord wanna squad up for the event tonight? bring your "
                       "sweatiest mates"),
])

h("k060", "close_siblings", "old_friends", "positive", "pidgin;paraphrase", "Kora Tea",
  "2025-06-21T07:20:00Z", [
    ("c", 0, "@KoraTeaNG for my house e no be 'tea', na Kora. My grandma drank it, my mama packed "
             "it in my school bag, and now my own pikin dey fight over the last sachet. Una don "
             "be family for this house abeg ☕🇳🇬"),
    ("a", 3 * HR, "This warmed our hearts! Three generations of Kora 💛"),
])

h("k061", "dealer_addict", "love_hate", "positive", "paraphrase;self_deprecation", "StreamHaven",
  "2025-07-27T00:50:00Z", [
    ("c", 0, "every month I say I'll cancel @StreamHaven to save money and every night at 1am my "
             "thumb opens the app by itself. 'one more episode.' is there a support group"),
    ("c", 3 * D, "update: did not cancel. could not. day 3 of being asleep by 2:30 which is growth"),
])

h("k062", "business_partners", "", "positive", "agent_cue;paraphrase;long_thread", "Tiffinwala",
  "2025-08-11T12:45:00Z", [
    ("c", 0, "@TiffinwalaApp small idea from someone who orders most weekdays: let us set 'no "
             "plastic cutlery' as a default instead of unticking it every single time. And maybe a "
             "weekly office-lunch plan? Happy to test it if you're building something like that"),
    ("a", 1 * HR, "Thank you for the valuable feedback Ananya! We've shared it with our product "
                  "team 🙏"),
    ("c", 1 * HR + 30, "also the Jain filter lets through chole that lists onion in the "
                       "description. DM'd you 6 dishes with screenshots"),
    ("a", 2 * HR, "Received, thank you so much! We'll fix these."),
    ("c", 30 * D, "cutlery default is LIVE 😄 you're getting better every month, keep going. "
                  "next: bring back the small raita"),
])

h("k063", "fleeting_acquaintance", "", "positive", "competitor;pidgin;paraphrase",
  "Sabi Mobile", "2025-09-30T17:00:00Z", [
    ("c", 0, "Just port my line to @SabiMobileNG this week. E still early o, but the data dey "
             "last pass my former network so far 👀 make una no spoil am"),
    ("a", 1 * HR, "Welcome to Sabi! We won't disappoint 💚"),
])

h("k064", "undetermined", "", "neutral", "negated_cue;routine_question", "FreshCrate",
  "2025-10-16T20:20:00Z", [
    ("c", 0, "@FreshCrate can I skip next week's box? away in Cornwall. (not breaking up with you, "
             "promise 😂)"),
    ("a", 20, "Of course! Just go to Deliveries > Skip week by Tuesday midnight. Enjoy Cornwall!"),
])

h("k065", "master_slave", "", "negative", "agent_cue;status_tier;paraphrase",
  "Harbourstone Bank", "2025-11-25T14:10:00Z", [
    ("c", 0, "Three accounts and a six-figure ISA with @HarbourstoneBank and a 22-year-old asks "
             "me to 'verify who I am'. I expect to be known, not interrogated. Frankly insulting."),
    ("a", 40, "Hi, we're sorry you're unhappy. Security checks apply to all our customers to keep "
              "your money safe."),
    ("c", 45, "I am not 'all your customers'. A named relationship manager calls me by 5pm today "
              "and I don't want to hear the words 'security checks' again."),
    ("a", 2 * HR, "Understood. Your request has been passed to our Premier team."),
    ("c", 4 * HR, "It's 4.40. Tick tock."),
])

h("k066", "casual_acquaintance", "buddies", "positive", "paraphrase", "Zipride",
  "2025-12-12T23:55:00Z", [
    ("c", 0, "I'm a bus person mostly but I'll grab a @ZiprideApp every few months when it's "
             "raining sideways or I'm out past midnight. Tonight was one of those 🌧️ worked fine"),
])

h("k067", "undetermined", "", "negative", "hate_about_feature;product_attribute", "StreamHaven",
  "2025-02-18T21:00:00Z", [
    ("c", 0, "I hate the new @StreamHaven app layout with a burning passion. WHERE is my continue "
             "watching row??"),
    ("a", 10, "Hi! It's now under My Stuff > Continue. We're listening to feedback on the new "
              "layout 💜"),
])

h("k068", "undetermined", "", "neutral", "agent_cue;routine_question", "YatraLine Rail",
  "2025-03-21T05:30:00Z", [
    ("c", 0, "@YatraLineRail PNR 4521876630 is showing WL 12 for tomorrow, what are the chances "
             "of confirmation? Kindly advise"),
    ("a", 30, "Dear passenger, we value your patronage. The chart is prepared 4 hours before "
              "departure; please check status then."),
    ("c", 40, "ok, thank you for the prompt revert"),
])

h("k069", "buddies", "basic_exchange", "positive", "agent_cue;paraphrase", "Meridian Airways",
  "2025-04-29T06:10:00Z", [
    ("c", 0, "@MeridianAirways you're my Tuesday airline 😄 Mondays I go with the cheapies, "
             "Fridays whoever has a window seat, Tue-Thu it's usually you. Works for me, just "
             "don't get clingy"),
    ("a", 1 * HR, "Ha! Join Meridian Club for exclusive fares and we'll see you every day of the "
                  "week ✈️"),
    ("c", 1 * HR + 5, "see, clingy 😂"),
])

h("k070", "fleeting_acquaintance", "", "positive", "paraphrase", "Covenly Insurance",
  "2025-05-19T18:30:00Z", [
    ("c", 0, "Sorted my first ever car insurance through @Covenly after a mate recommended it. "
             "Took about 6 minutes. Can't really judge yet obviously, ask me when I have to claim 😅"),
])

h("k071", "undetermined", "", "positive", "one_incident;thank_you", "Grubnest",
  "2025-06-09T08:15:00Z", [
    ("c", 0, "the @GrubnestAU driver left my brekkie with a little note and a drawn smiley on the "
             "bag 😭 best thing that's happened to me all week"),
])

h("k072", "best_friends", "", "positive", "paraphrase;named_agent", "Brightwatt Energy",
  "2025-07-22T13:30:00Z", [
    ("c", 0, "When I lost my job in March @BrightwattHelp paused the direct debit, no forms, no "
             "guilt trip, and someone rang every fortnight just to check I was coping. I'd stopped "
             "believing companies could be decent."),
    ("c", 5, "and they told me about the autumn price change before it was even in the papers so "
             "I could plan. honestly feel like I can be straight with them and they're straight "
             "back"),
    ("a", 2 * HR, "Thank you so much for this, we'll pass it on to the team. We're always here 💛"),
])

h("k073", "old_friends", "", "positive", "news_context;family_mention;paraphrase", "SkyLark Air",
  "2025-08-31T17:10:00Z", [
    ("c", 0, "RT @AvGeekDaily: SkyLark Air retires its last 757 after 31 years of service"),
    ("c", 4, "weirdly emotional about this. first flew @SkyLarkAir in '98 to see grandma in "
             "Tucson, then the flight to my first job interview, then our honeymoon. not saying "
             "you're perfect but you've been part of the furniture of my life a long time ✈️🥲"),
])

h("k074", "undetermined", "", "negative", "sarcasm;cue_sarcastic;one_incident", "Vantel Mobile",
  "2025-09-04T15:20:00Z", [
    ("c", 0, "oh I just LOVE being on hold with @VantelMobile, best hour of my life, truly my "
             "favourite company 😍😍"),
])

h("k075", "adversaries", "", "negative", "agent_cue;paraphrase", "Crestline Credit",
  "2025-10-13T10:00:00Z", [
    ("c", 0, "Fourth dispute now @CrestlineCredit about the same closed card showing 'late'. "
             "Every quarter it turns up again like a bad penny. I send letters, you 'verify', it "
             "reappears. Fine. Round five, paperwork attached."),
    ("a", 1 * D, "We understand your frustration. Please allow up to 30 days for our "
                 "investigation."),
    ("c", 1 * D + 30, "You don't, but ok. Dispute ref CC-77120 uploaded. Again. See you in "
                      "January when it comes back"),
])

h("k076", "colleagues", "basic_exchange", "positive", "question;paraphrase", "Swiftdrop",
  "2025-11-06T09:45:00Z", [
    ("c", 0, "We ship about 300 orders a week through @SwiftdropCouriers for our candle business. "
             "Not perfect but the API plugs into our shop and collections turn up. Any chance of a "
             "second collection slot on Fridays?"),
    ("a", 2 * HR, "Hi Mia, yes, business accounts can add a 4pm Friday slot. Email "
                  "business@swiftdrop.example.com"),
    ("c", 2 * HR + 30, "done, thanks"),
])

h("k077", "ex_friends", "", "negative", "agent_cue;negated_cue;paraphrase", "Kettle & Crow",
  "2025-12-15T11:30:00Z", [
    ("c", 0, "@KettleAndCrow Castle Sq was my Saturday ritual for 8 years. Now it's paper cups "
             "even if you sit in, the barista who knew my order has gone and the flat white tastes "
             "like a rumour. Doesn't feel like mine any more 💔"),
    ("a", 45, "We're sad to hear this. You're a loyal customer and we'd love to welcome you back!"),
    ("c", 1 * HR, "found a new place round the corner. thanks for the 8 years I guess"),
])

h("k078", "undetermined", "", "neutral", "routine_question", "Southern Cross Mutual",
  "2025-01-31T00:20:00Z", [
    ("c", 0, "@SXMutual g'day, does the offset work with a joint account or only individual ones? "
             "cheers"),
    ("a", 45, "Hi Tom! Joint accounts can be linked as an offset too. Chat to us in-app for setup."),
])

h("k079", "business_partners", "", "positive", "tenure_in_passing;paraphrase", "FreshCrate",
  "2025-02-27T19:00:00Z", [
    ("c", 0, "Been getting boxes a good while now 📦 few ideas @FreshCrate: 1) let us swap one "
             "recipe for a double of another, 2) sell the spice blends on their own, 3) an ice-pack "
             "return scheme? Happy to jump on a call, I want this to work"),
    ("a", 1 * D, "Love these, passing them to the menu team right now!"),
    ("c", 40 * D, "brought back the harissa lamb AND swaps?? you listened!! ok next one: a solo "
                  "portion size for us single folk"),
])

h("k080", "undetermined", "", "neutral", "scam_about_impostor;pidgin;cue_in_passing",
  "Ubani Bank", "2025-03-12T14:40:00Z", [
    ("c", 0, "@UbaniBank there's a fake 'Ubani Bank Support' account DMing people asking for PIN. "
             "Na scam o, abeg flag am before e catch somebody's mama"),
    ("a", 20, "Thank you! We never ask for your PIN. Please report @ubanisupport_help."),
])

# ----------------------------------------------------------------------------------------
# writing and checks
# ----------------------------------------------------------------------------------------

EXPECT = 80


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def fmt_ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def check():
    errs = []
    ids = sorted(H)
    want = ["k%03d" % i for i in range(1, EXPECT + 1)]
    if ids != want:
        errs.append("ids: %s" % sorted(set(want) ^ set(ids)))
    for cid in ids:
        x = H[cid]
        if x["type"] != DRAW[cid]:
            errs.append("%s: type %s but draw says %s" % (cid, x["type"], DRAW[cid]))
        if x["type"] not in TYPES and x["type"] != "undetermined":
            errs.append("%s: bad type" % cid)
        if x["second"] and (x["second"] not in TYPES or x["second"] == x["type"]):
            errs.append("%s: bad second" % cid)
        if x["valence"] not in VALENCES:
            errs.append("%s: bad valence" % cid)
        if not x["trap"] or any(not t or " " in t for t in x["trap"].split(";")):
            errs.append("%s: bad trap list" % cid)
        msgs = x["msgs"]
        if not 1 <= len(msgs) <= 8:
            errs.append("%s: %d messages" % (cid, len(msgs)))
        if not any(r == "c" for r, _, _ in msgs):
            errs.append("%s: no customer message" % cid)
        offs = [o for _, o, _ in msgs]
        if offs != sorted(offs) or len(set(offs)) != len(offs):
            errs.append("%s: offsets not strictly increasing" % cid)
        for r, _, t in msgs:
            if r not in ("c", "a") or not t.strip():
                errs.append("%s: bad message" % cid)
        parse_ts(x["start"])
    if EXPECT == N_TOTAL:
        from collections import Counter
        cnt = Counter(x["type"] for x in H.values())
        if cnt["undetermined"] != N_UNDET:
            errs.append("undetermined count %d" % cnt["undetermined"])
        for t in TYPES:
            lo, hi = (3, 5) if t in MORE else (2, 99)
            if not lo <= cnt[t] <= hi:
                errs.append("count %s = %d" % (t, cnt[t]))
        if len({x["brand"] for x in H.values()}) < 25:
            errs.append("too few brands")
    return errs


def main():
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    rows = []
    for cid in sorted(H):
        x = H[cid]
        t0 = parse_ts(x["start"])
        for r, off, text in x["msgs"]:
            rows.append([cid, x["brand"], "customer" if r == "c" else "agent",
                         fmt_ts(t0 + timedelta(minutes=off)), text])
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for cid in sorted(H):
            x = H[cid]
            w.writerow([cid, x["type"], x["second"], x["valence"], x["trap"]])
    print("wrote %d customers, %d messages, %d brands" %
          (len(H), len(rows), len({x["brand"] for x in H.values()})))


if __name__ == "__main__":
    main()
