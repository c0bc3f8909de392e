#!/usr/bin/env python3
"""Invented development histories j001..j080 for relradar (seventeenth set).

Genre: the kinds of text a real export holds: product reviews on marketplaces and brand
sites (star ratings, titles, sizes and colours, "Update:" edits months later, the brand's
reply), tweets and replies to airlines, telecoms, banks and couriers (@handles, hashtags,
emoji, typos, lower case, retweets and quoted tweets of news), and a few app-store reviews.
All texts, names, brands, handles and addresses are invented. Each history is written under
its intended label; ids are assigned by a seeded shuffle (seed 1717) of the type mix so that
ids carry no order.
"""
import csv
import datetime as dt
import os
import random
import re
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "j"
SEED = 1717

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
         "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
         "love_hate", "one_night_stand", "colleagues", "adversaries"]
VALENCES = {"positive", "negative", "mixed", "neutral"}
TRAPS = {"paraphrase", "agent_cues", "signature", "emoji", "short_signal", "routine_question",
         "other_type_cue", "negation", "caps", "competitor", "occasion", "sarcasm",
         "evolving", "single_incident", "product_attribute", "strong_words", "symptom",
         "quoted_reply", "third_party", "for_work_occasion", "hashtag", "idiom",
         "loyal_grievance", "mixed_aspects", "single_thanks", "tenure_for_complaint", "typos",
         "bug_report", "news_share", "employee", "first_time_loyal_claim", "not_chosen",
         "retweet", "quoted_tweet",
         # new in this set
         "product_love",    # "obsessed with this serum" / "love this duvet": one product, one review
         "review_update",   # a review edited later ("Update:", star changes), same purchase
         "star_rating",     # the star rating disagrees with, or stands in for, the words
         }

# 25 undetermined, 4 types at 4, 5 types at 3, the other 12 types at 2: exactly 80.
MIX = {"undetermined": 25,
       "adversaries": 4, "enemies": 4, "ex_friends": 4, "marriage_partners": 4,
       "master_slave": 3, "basic_exchange": 3, "old_friends": 3,
       "fleeting_acquaintance": 3, "love_hate": 3}
for _t in TYPES:
    MIX.setdefault(_t, 2)

HISTS = []

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def h(type_, second, valence, trap, brand, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "dealer_addict", "positive", "product_love;product_attribute;emoji;star_rating",
  "Lumaroot", [
      ("c", "2025-03-03 21:14",
       "5.0 out of 5 stars  Obsessed is an understatement\n"
       "Size: 30 ml | Verified Purchase\n"
       "Combination skin here: shiny by 11 and flaky round the nose by dinner, so I'm fussy. "
       "This is a thin, slightly milky serum and the dropper actually measures, four drops does "
       "face and neck. No scent I can pick up, no pilling under sunscreen, and after two weeks "
       "the red patch on my chin has calmed right down. Obsessed with this serum honestly 😍 "
       "Only niggle: the bottle is frosted glass so you can't see how much is left."),
  ])

h("undetermined", "", "negative", "single_incident;caps;hashtag;strong_words;agent_cues",
  "Pelican Jet", [
      ("c", "2025-04-11 17:52",
       "@PelicanJet FOUR HOURS on the tarmac at Stansted with no water and the captain saying "
       "'shortly' every 20 minutes. absolutely disgraceful #PJ418"),
      ("a", "2025-04-11 18:05",
       "@tomasz_wh We're truly sorry, Tomasz. Our valued customers deserve better than this and "
       "we'll make it right. Please DM us your booking ref. ^KL"),
      ("c", "2025-04-11 22:40",
       "@PelicanJet rebooked on the 21:55, landing at 1am. not impressed, will be claiming"),
  ])

h("undetermined", "", "negative", "sarcasm;symptom;emoji;other_type_cue;agent_cues",
  "Vexa Mobile", [
      ("c", "2025-01-19 09:03",
       "@VexaMobile love how my 'unlimited' data gives up the second I walk into my own "
       "kitchen 🙃 2 bars in the hall, SOS in the kitchen, every single time"),
      ("a", "2025-01-19 09:31",
       "@Jen_in_Leeds Hi Jen, sorry about that! Could you DM us your postcode so we can check the "
       "mast near you? We love helping our Vexa family 💜 ^DP"),
      ("c", "2025-01-19 09:40", "@VexaMobile sent"),
  ])

h("undetermined", "", "neutral", "retweet;news_share;short_signal;other_type_cue",
  "Harbourline Bank", [
      ("c", "2025-02-06 07:48",
       "RT @CityWireNews: Harbourline customers 'betrayed' by closure of 40 branches, says "
       "consumer group. Union warns 600 jobs at risk https://example.com/n/88412"),
  ])

h("undetermined", "", "negative", "quoted_tweet;third_party;sarcasm;news_share",
  "Pelican Jet", [
      ("c", "2025-05-22 12:10",
       "lol. my cousin flew them last tuesday and sat at Faro for 6 hrs\n\n"
       "Quote @TravelDeskDaily: Pelican Jet named most punctual low-cost airline of 2024 in "
       "passenger survey ✈️ https://example.com/td/2291"),
  ])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;agent_cues;star_rating",
  "Fernhollow Outdoor", [
      ("c", "2025-10-14 18:22",
       "3.0 out of 5 stars  Bone dry, but that zip\n"
       "Colour: Moss Green | Size: M | Verified Purchase\n"
       "Wore the Tarn shell on a six-hour walk in proper sideways rain and came home dry "
       "underneath, including the cuffs, which is more than my last jacket managed. Hood "
       "adjusts with one hand, pit zips are big, it packs into its own chest pocket. The main "
       "zip though: stiff from day one, catches on the storm flap every time, and I've already "
       "nearly ripped the fabric once with cold fingers. Sizing is generous, I'm 5'9\" with a "
       "fleece under and the M has room to spare."),
      ("a", "2025-10-16 10:02",
       "Hi there, thanks so much for the detailed review! We love hearing from the Fernhollow "
       "family. A stiff zip is not what we want for you - please contact care@fernhollow.example.com "
       "and we'll sort a repair or replacement. Team Fernhollow"),
  ])

h("undetermined", "", "negative", "symptom;bug_report;agent_cues;star_rating",
  "Tallyhoo", [
      ("c", "2025-06-02 08:15",
       "★★☆☆☆ Export broken\n"
       "Crashes every time I try to export the month to CSV. Android 14, Pixel 7, app v4.0.3. "
       "Tried clearing cache, reinstalling, nothing. Budgeting bits are fine. 2 stars until the "
       "export works because that's the reason I downloaded it."),
      ("a", "2025-06-03 14:40",
       "Developer response: Thanks for flagging this, and for being a loyal Tallyhoo user! A fix "
       "for CSV export on Android 14 is in 4.0.4, rolling out this week."),
  ])

h("undetermined", "", "neutral", "routine_question;agent_cues",
  "Harbourline Bank", [
      ("c", "2025-07-08 19:26",
       "@HarbourlineBank hi, does the new contactless debit card work in the US or do i need to "
       "tell you i'm travelling? fly thursday"),
      ("a", "2025-07-08 19:51",
       "@owen_mcb Hi Owen! Your card works worldwide, no need to tell us. You can also add a "
       "travel note in the app under Cards > Travel. Safe travels, and thanks for being with us. ^RS"),
  ])

h("undetermined", "", "positive", "single_thanks;emoji;strong_words;idiom",
  "Parcelwick", [
      ("c", "2025-11-27 16:33",
       "@Parcelwick shoutout to the driver who carried a 22kg sack of dog food up four flights "
       "in the pouring rain without a word of complaint. absolute legend, give that man a raise 🙌🐕"),
  ])

h("undetermined", "", "negative", "not_chosen;single_incident;strong_words",
  "Zoomdrop", [
      ("c", "2025-08-19 20:01",
       "1 star - 'Left in a safe place'. What safe place?\n"
       "I didn't pick Zoomdrop, the shop did. Tracking says delivered at 13:02 to 'safe place "
       "(rear of property)'. I live in a second-floor flat with no rear. The photo shows a door "
       "I've never seen in my life. Online chat is a bot that loops back to 'your parcel has "
       "been delivered'. Now I have to chase the shop for a refund. Useless."),
  ])

h("undetermined", "", "positive", "product_attribute;product_love;third_party;star_rating",
  "Tessel Home", [
      ("c", "2025-12-01 07:58",
       "5 stars  Finally warm\n"
       "Size: King | Tog: 10.5 | Verified Purchase\n"
       "Bought the Forever Soft duvet after a winter of shivering under a cheap hollowfibre "
       "one. It's lofty without being heavy, the corners have loops for the cover ties, and "
       "it didn't smell of factory when it came out of the bag. My husband, who runs hot, "
       "says he loves it too, which has never happened before with a duvet. Washed once at 40 "
       "and it came back fine, took a day to dry."),
  ])

h("undetermined", "", "negative", "idiom;bug_report;agent_cues",
  "Brewvana", [
      ("c", "2025-02-15 08:47",
       "@BrewvanaHome i would sell a kidney for a working steam wand right now. machine says "
       "DESCALE. i descaled yesterday. it says DESCALE. Brio 2, 6 weeks old"),
      ("a", "2025-02-15 09:20",
       "@maddie_r Morning Maddie, we know how much you love your coffee! Try holding the steam and "
       "descale buttons together for 5 seconds to reset the counter. Let us know! ^Jo"),
      ("c", "2025-02-15 09:26", "@BrewvanaHome that worked. why is that not in the manual"),
  ])

h("undetermined", "", "negative", "employee;sarcasm;other_type_cue",
  "Parcelwick", [
      ("c", "2025-12-09 21:30",
       "being a @Parcelwick driver in december: 140 drops a day, a scanner that dies at 3pm and "
       "a manager who calls us the 'loyal heart of the network' in the group chat. loyal heart "
       "is knackered mate"),
  ])

h("undetermined", "", "positive", "competitor;other_type_cue;star_rating",
  "Corvid Audio", [
      ("c", "2025-09-04 13:12",
       "4.0 out of 5 stars  Good enough to replace my old ones\n"
       "Colour: Slate | Verified Purchase\n"
       "My old SonaBeat pair lasted forever and I adored them, but the headband finally snapped. "
       "These Corvid Q40s are good: the noise cancelling kills the train hum, the app EQ is easy, "
       "the case is slim. Ear cups get warm after two hours and the touch controls are a bit "
       "jumpy in the rain. Battery is fine for a week of commuting."),
  ])

h("undetermined", "", "negative", "strong_words;caps;single_incident;agent_cues",
  "Northgale Airways", [
      ("c", "2025-06-28 10:14",
       "@NorthgaleAir WORST customer service in the known universe. my bag went to Oslo, i went "
       "to Bilbao, and your desk told me to 'check the app'. the app says 'in transit'. it's my "
       "sister's wedding tomorrow and my suit is in Norway"),
      ("a", "2025-06-28 10:42",
       "@marcusbrennan Marcus, we're so sorry. Please DM us your file reference and we'll do "
       "everything we can to get it to you today. We value you as a Northgale customer. ^AF"),
      ("c", "2025-06-28 19:05",
       "@NorthgaleAir bag arrived at the hotel 6pm. thanks to whoever pushed that through"),
  ])

h("undetermined", "", "neutral", "third_party;routine_question",
  "Kestrel Telecom", [
      ("c", "2025-03-14 11:20",
       "@KestrelCares my dad (82) is on your landline and broadband bundle and got a letter "
       "saying the price goes up in April. can I ring on his behalf? he's not on twitter lol"),
      ("a", "2025-03-14 11:48",
       "@priya_nair_ Hi Priya, yes, if your dad adds you as a nominated contact first. He can "
       "do that by phone with us in about 5 mins. ^BT"),
  ])

h("undetermined", "", "mixed", "negation;mixed_aspects;product_attribute;product_love",
  "Solenne Cosmetics", [
      ("c", "2025-05-09 22:05",
       "3 stars  Not in love with the shade\n"
       "Shade: Rosewood Kiss | Verified Purchase\n"
       "On the website this looks like a dusty pink. On me it's brown, like a week-old bruise. "
       "That's my skin tone, not a fault, but the swatch photos are misleading. The formula is "
       "lovely: creamy, no feathering, it lasted through two coffees and lunch. Would try "
       "another shade before I'd write it off."),
  ])

h("undetermined", "", "mixed", "product_attribute;other_type_cue;star_rating",
  "Plotline", [
      ("c", "2025-04-01 23:11",
       "★★★☆☆ Clever puzzles, greedy timer\n"
       "The level design is genuinely clever and the hand-drawn art is gorgeous. It's built to be "
       "addictive, the whole 'one more level' loop, and then the energy system stops you after "
       "five tries unless you wait 30 minutes or pay. Feels designed to make you crave it rather "
       "than enjoy it. Fair game underneath."),
  ])

h("undetermined", "", "mixed", "review_update;agent_cues;evolving;product_attribute",
  "Pipkin Kids", [
      ("c", "2025-01-12 15:30",
       "5 stars  Best buggy we've tried\n"
       "Colour: Oat | Verified Purchase\n"
       "Folds one-handed, fits in the boot of a small hatchback, the basket takes a full shop. "
       "Our 10-month-old naps in it flat. Pricey but feels solid."),
      ("c", "2025-03-20 09:12",
       "Update March: down to 2 stars. Front left wheel cracked right through on a kerb. Ten "
       "weeks old. Not impressed at this price."),
      ("a", "2025-03-21 12:00",
       "Hi, we're so sorry to hear this. Every Pipkin family matters to us. We've emailed you "
       "to arrange a replacement wheel set at no cost. The Pipkin Team"),
      ("c", "2025-04-02 18:45",
       "Update 2: replacement wheels came in 4 days, new design with a metal hub. Back to 4 "
       "stars. Would have been 5 without the faff."),
  ])

h("undetermined", "", "neutral", "other_type_cue;routine_question;agent_cues",
  "Northgale Airways", [
      ("c", "2025-09-17 05:41",
       "@NorthgaleAir left my passport on the kitchen table as usual 🤦 can I move to "
       "tomorrow's 7am without paying a whole new fare? booking ref in DM"),
      ("a", "2025-09-17 05:58",
       "@lena_kowal Morning Lena, happens to the best of us! On your fare it's a £45 change fee "
       "plus any difference. I've sent options to your DMs. ^MK"),
      ("c", "2025-09-17 06:10", "@NorthgaleAir done, thanks"),
  ])

h("undetermined", "", "neutral", "occasion;routine_question;agent_cues",
  "Haloquin", [
      ("c", "2025-08-02 14:26",
       "Question: Does the 8-inch chef's knife come with a blade guard or sheath? Buying it as "
       "a wedding present and don't want it rattling around in the box."),
      ("a", "2025-08-03 09:10",
       "Answer from Haloquin: Hello! Yes, every Haloquin chef's knife ships with a magnetic "
       "beech sheath. What a lovely gift - welcome to the Haloquin family."),
  ])

h("undetermined", "", "neutral", "short_signal;typos;agent_cues",
  "Quillpay", [
      ("c", "2025-10-03 12:02", "@Quillpay is down?? cant log in"),
      ("a", "2025-10-03 12:09",
       "@dev_ayo Hi! We're aware some customers can't log in and we're on it. Sorry for the "
       "hassle. ^SN"),
      ("c", "2025-10-03 12:44", "@Quillpay back now ty"),
  ])

h("undetermined", "", "neutral", "hashtag;product_attribute;other_type_cue",
  "Dapplewood Tea", [
      ("c", "2025-11-05 20:17",
       "entering the @DapplewoodTea #SteepedInLoyalty giveaway 🍵 tagging @sam_bh @kit_l0u "
       "@renata.j, good luck x"),
  ])

h("undetermined", "", "negative", "first_time_loyal_claim;loyal_grievance;single_incident",
  "Marlowe & Finch", [
      ("c", "2025-07-21 16:44",
       "2 stars  Strap came apart in a week\n"
       "Colour: Tan | Verified Purchase\n"
       "My first Marlowe & Finch bag, saved up for it. The stitching where the strap meets the "
       "body started fraying on day four and by day seven the strap was hanging by a thread. "
       "Customer service asked me for photos three times. Is this how you treat loyal "
       "customers? Sent it back for a refund."),
  ])

h("undetermined", "", "positive", "occasion;single_thanks;emoji",
  "SkyMarrow Air", [
      ("c", "2025-06-14 23:20",
       "@SkyMarrowAir the crew on SM22 Lisbon to Dublin tonight sang happy birthday to my "
       "daughter over the PA and gave her a pilot's pin. she's 7 and it made her whole year ❤️✈️"),
      ("a", "2025-06-15 08:30",
       "@clodagh_f This made our morning! Happy birthday to your little one 🎂 ^EW"),
  ])

