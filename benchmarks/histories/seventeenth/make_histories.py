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
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import TRAPS, assign, check_history, print_summary, write_files  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "j"
SEED = 1717
TRAPS = TRAPS | {
    "product_love",    # "obsessed with this serum" / "love this duvet": one product, one review
    "review_update",   # a review edited later ("Update:", star changes), same purchase
    "star_rating",     # the star rating disagrees with, or stands in for, the words
}

HISTS = []


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

h("undetermined", "", "mixed", "review_update;agent_cues;product_attribute;star_rating",
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

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;agent_cues",
  "Brightwire Broadband", [
      ("c", "2025-04-01 08:05",
       "@BrightwireHelp first of the month so naturally my bill has gone up £6 with no letter. "
       "see you on the phone for 50 minutes, same as every other quarter since 2022"),
      ("a", "2025-04-01 08:40",
       "@r_okafor Hi Rachel, sorry for the surprise. We really appreciate your loyalty - please "
       "DM us your account number and we'll take a look. ^HT"),
      ("c", "2025-04-01 13:22",
       "@BrightwireHelp reversed. again. i've got the call down to a script now: account no, "
       "date of the last promise, 'your own terms section 4.2'. until july then 🫡"),
      ("c", "2025-07-01 08:12",
       "@BrightwireHelp and it's july. +£4 this time. dialling. kettle's on"),
      ("a", "2025-07-01 08:50",
       "@r_okafor Sorry Rachel, we've credited the £4 and noted your account. ^HT"),
  ])

h("adversaries", "", "negative", "paraphrase;sarcasm;agent_cues",
  "Harbourline Bank", [
      ("c", "2025-05-03 10:11",
       "@HarbourlineBank third month running the gym membership I cancelled in February goes "
       "through and I have to raise a dispute. do you enjoy this? because I'm starting to think "
       "you do"),
      ("a", "2025-05-03 10:35",
       "@nkemdi_a Sorry to hear this, Nkem. Please DM us and we'll raise a chargeback for you. ^LP"),
      ("c", "2025-05-03 11:50",
       "@HarbourlineBank case ref 88-2210, refund in 5-7 working days they say. same ref "
       "format as March and April. diary note set for the June round"),
  ])

h("adversaries", "", "negative", "paraphrase;idiom;star_rating",
  "Kestrel Telecom", [
      ("c", "2025-09-12 21:40",
       "★★☆☆☆ The app is where the bill fights happen\n"
       "Every bill cycle I open this to find a roaming charge from a country I haven't set foot "
       "in, and then I spend the evening in the in-app chat getting it knocked off. Four months "
       "out of the last six. I keep the screenshots in an album called 'Kestrel' now. Two stars "
       "because the chat agent this time took it off in ten minutes instead of forty."),
  ])

h("adversaries", "", "negative", "paraphrase;sarcasm;symptom;typos",
  "Northgale Airways", [
      ("c", "2025-03-10 05:58",
       "monday 06:40 to frankfurt, monday 06:40 delay email. i set my alarm for the delay email "
       "now, saves time @NorthgaleAir"),
      ("c", "2025-03-10 19:33",
       "and the compensation form is broken again so thats my evening sorted. same as the "
       "january one and the one before that. see you next monday @NorthgaleAir"),
  ])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;agent_cues;strong_words;star_rating",
  "Brewvana", [
      ("c", "2025-01-27 19:02",
       "1 star (zero isn't an option)  Take your money somewhere else\n"
       "Model: Brio 2 | Verified Purchase\n"
       "Pump died at week nine. Brewvana sat on my warranty claim for seven weeks, then said the "
       "damage was 'limescale misuse' from photos of a machine they never saw. As a company they "
       "are a masterclass in taking the money and vanishing. If you're reading these reviews to "
       "decide: don't. Buy literally any other machine. I've told my whole office and my "
       "family group chat."),
      ("a", "2025-01-29 11:15",
       "Hi, we're sorry you feel this way. We love our Brewvana community and would like another "
       "chance to earn your trust. Please contact care@brewvana.example.com. Brewvana Care"),
      ("c", "2025-01-29 18:40",
       "You had seven weeks of chances. This review is staying."),
  ])

h("enemies", "", "negative", "quoted_tweet;news_share;paraphrase",
  "Quillpay", [
      ("c", "2025-02-18 09:14",
       "@Quillpay froze my account 'for review' 19 days ago with my rent in it. no reason, no "
       "timeline, chat just closes on me. this is a bank-shaped trap. moving every penny out "
       "the second it unlocks and I'll tell anyone who asks exactly why"),
      ("c", "2025-06-30 17:25",
       "couldn't happen to a nicer app. every penny of this is deserved\n\n"
       "Quote @FinWireUK: Quillpay fined £3.1m by regulator over 'unjustified' account freezes "
       "https://example.com/fw/4410"),
  ])

h("enemies", "ex_friends", "negative", "paraphrase;other_type_cue;star_rating",
  "Vexa Mobile", [
      ("c", "2025-08-25 14:03",
       "1 star  Get your PAC code and run\n"
       "I used to love their adverts, that's the only nice thing I can say. Signed up in "
       "January, had three 'technical faults' billed to me, and the retention team lied to my "
       "face about a cancellation fee. Vexa customers thinking of renewing: don't. I'm putting "
       "this review on every site that will take it."),
  ])

h("enemies", "", "negative", "paraphrase;agent_cues;caps",
  "Stridewell", [
      ("c", "2025-05-14 20:31",
       "1 star  Split after three weeks\n"
       "Size: UK 8 | Colour: Black/Volt | Verified Purchase\n"
       "The upper split along the flex line after 60 km. Refund refused because I 'ran in "
       "them', which is what running shoes are for."),
      ("a", "2025-05-16 09:00",
       "Hi! We're sorry the Glide 3 didn't go the distance. Our shoes are covered for "
       "manufacturing defects only; wear and tear is excluded. We hope to welcome you back to "
       "the Stridewell family soon!"),
      ("c", "2025-05-16 21:12",
       "'Welcome me back'. NO. I've returned the pair I hadn't worn, unsubscribed, unfollowed, "
       "and every runner at my club now knows what your 'defects only' means. Not a penny more."),
  ])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;review_update",
  "Lumaroot", [
      ("c", "2025-02-02 11:20",
       "2 stars  What have you done to it\n"
       "Size: 50 ml | Verified Purchase\n"
       "I've repurchased this moisturiser more times than I can count since 2018, it was the "
       "one thing on my shelf I never had to think about. The 'improved' formula smells like a "
       "candle shop and has broken me out along the jaw. Whatever you changed, please undo it."),
      ("a", "2025-02-04 09:45",
       "Hi, thank you for your loyalty over the years, it means the world to us! Our new "
       "formula is gentler than ever. We'd love to send you a fresh batch to try."),
      ("c", "2025-03-11 08:30",
       "Update: the replacement batch came. Same smell, same spots. Seven years and I'm "
       "starting from scratch looking for a moisturiser. Gutted, honestly. 1 star."),
  ])

h("ex_friends", "", "negative", "paraphrase;competitor;typos;other_type_cue",
  "SkyMarrow Air", [
      ("c", "2025-01-09 20:47",
       "11 years choosing @SkyMarrowAir even when it was dearer, because the crew felt like they "
       "knew you. this new 'Lite' fare where I pay £18 to sit next to my own 6 year old is where "
       "we part ways. booked Pelican for the summer, first time in a decade. feels wierd tbh"),
  ])

h("ex_friends", "", "negative", "paraphrase;product_attribute;star_rating",
  "Fernhollow Outdoor", [
      ("c", "2025-11-30 17:05",
       "2.0 out of 5 stars  Not the Ridge I knew\n"
       "Size: UK 10 | Colour: Peat | Verified Purchase\n"
       "This is my fourth pair of Ridge boots. The first three did about five winters each and I "
       "told everyone who'd listen to buy them. This pair: the sole started peeling at the toe in "
       "month eight. Somewhere along the way quality got swapped for margin. Genuinely sad about "
       "it, these were the boots I'd have been buried in. I won't be buying a fifth."),
  ])

h("ex_friends", "adversaries", "negative", "paraphrase;agent_cues;sarcasm;loyal_grievance",
  "Harbourline Bank", [
      ("c", "2025-10-07 12:15",
       "26 years with @HarbourlineBank. they've shut my branch, the app logs me out halfway "
       "through a transfer, and today a £25 charge for being 4p overdrawn. I don't recognise "
       "the place anymore. moving my accounts is on this weekend's list"),
      ("a", "2025-10-07 12:40",
       "@gwen_pryce Hi Gwen, we're sorry to hear this and we truly value your loyalty. Please "
       "DM us so we can look at the charge. ^KD"),
      ("c", "2025-10-07 12:52",
       "@HarbourlineBank valued at 4p, apparently. I'll DM, but the switch form is already "
       "filled in"),
  ])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;star_rating",
  "Corvid Audio", [
      ("c", "2025-03-25 19:40",
       "5.0 out of 5 stars  Third pair, no regrets\n"
       "Colour: Midnight | Verified Purchase\n"
       "This is my third pair of Corvid over-ears, and the speakers in my living room and the "
       "earbuds in my gym bag are Corvid too. I stopped reading comparison reviews years ago. "
       "When these eventually give up there's no decision to make, I'll be back on this page. "
       "Sound is warm, the app finally remembers my EQ, and I'm still grinning every time I put "
       "them on."),
  ])

h("marriage_partners", "", "positive", "paraphrase;emoji;agent_cues;competitor",
  "Pelican Jet", [
      ("c", "2025-11-18 18:02",
       "people keep asking why I fly @PelicanJet when the other lot is £12 cheaper. because I'm "
       "not handing my weekends to anyone else, that's why 💙 14 trips this year, every one with "
       "you, and 2026 is already booked the same way"),
      ("a", "2025-11-18 18:30",
       "@hannah_qv Hannah!! We love our loyal flyers, see you on board 💙 ^CR"),
  ])

h("marriage_partners", "old_friends", "positive", "negation;paraphrase;other_type_cue",
  "Dapplewood Tea", [
      ("c", "2025-09-02 07:35",
       "5 stars  The only tin in the cupboard\n"
       "Blend: Breakfast, 250 g tin | Verified Purchase\n"
       "I wouldn't call myself loyal to anything - I change energy supplier every year out of "
       "spite - but there has been no other tea in my cupboard for ten years and there won't "
       "be. A tin a month, every month. It still makes my mornings, and I get a small thrill "
       "when the new tin arrives. If they ever stop making it I'll simply stop drinking tea."),
  ])

h("marriage_partners", "", "positive", "paraphrase;occasion",
  "Tessel Home", [
      ("c", "2025-06-20 21:10",
       "5 stars  Every room\n"
       "Set: Linen Duvet Cover, Double, Fog | Verified Purchase\n"
       "We've slowly done every bed, towel rail and curtain pole in the house with Tessel over "
       "the past six years. We're moving in the spring and the first order at the new place is "
       "already sitting in my basket; I'm not even going to look anywhere else. Washed linen that "
       "gets softer every time, and it makes me happy every single night."),
  ])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues",
  "Northgale Airways", [
      ("c", "2025-04-22 16:48",
       "@NorthgaleAir Diamond card, 180k miles this year, and a gate agent in Munich tells me to "
       "'wait like everyone else' for a seat change. I should not have to explain who I am to "
       "your staff. I want a call from someone senior today."),
      ("a", "2025-04-22 17:10",
       "@J_Harcourt We're sorry, Mr Harcourt. You're a highly valued member. Please use the "
       "Diamond feedback form at example.com/ng/diamond and the team will respond. ^AF"),
      ("c", "2025-04-22 17:15",
       "@NorthgaleAir A form link is not what I asked for. I asked for a call. I'll be waiting."),
  ])

h("master_slave", "ex_friends", "negative", "paraphrase;product_attribute",
  "Marlowe & Finch", [
      ("c", "2025-09-10 12:00",
       "3 stars  Not how clients at this level should be spoken to\n"
       "Colour: Oxblood | Verified Purchase\n"
       "I have bought a bag from this house every season since 2016. When I rang to have the new "
       "Tilda tote put aside, I was told to 'check online like everyone else'. At this price "
       "point that is unthinkable. The bag itself is beautifully made. But the client list "
       "exists for a reason, and a personal shopper should be ringing me before launch, not "
       "after it has sold out."),
  ])

h("master_slave", "", "negative", "paraphrase;product_attribute;caps",
  "Quillpay", [
      ("c", "2025-07-15 13:27",
       "@Quillpay I pay for Metal precisely so I don't sit in the same chat queue as the free "
       "accounts. 40 MINUTES. Paying members go to the front, that is the entire point. Sort "
       "your routing or I'll take my subscription somewhere that knows who its members are."),
  ])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation",
  "Grainfield", [
      ("c", "2025-02-26 12:45",
       "4 stars  They're fine, which is the point\n"
       "Flavour: Oat & Date, box of 24 | Subscribe & Save | Verified Purchase\n"
       "I've had the 24-box every month on subscribe and save for about two years. They are not "
       "exciting. Oats, dates, a bit of dark chocolate. They cost less per bar than the "
       "supermarket own-brand, they don't crumble in my bag and they hold me till lunch. "
       "Nothing to complain about, nothing to rave about, and that's all I want from a snack bar."),
  ])

h("basic_exchange", "", "positive", "paraphrase;negation;short_signal",
  "Vexa Mobile", [
      ("c", "2025-10-21 19:09",
       "people ask why I'm still on @VexaMobile. £8 a month, signal works at home and at work, "
       "haven't had to ring them once in three years. that's the whole review"),
  ])

h("basic_exchange", "", "positive", "paraphrase;competitor;other_type_cue;third_party",
  "Ruffmate", [
      ("c", "2025-08-08 17:30",
       "4 stars  Does what it says\n"
       "Size: 12 kg | Recipe: Salmon & Rice | Verified Purchase\n"
       "The dogs love it, but they'd love cardboard. What matters to me: two labradors, coats "
       "are shiny, the vet's happy with their weight, and it's about £10 a sack cheaper than "
       "the prescription brand the vet sells. I've been reordering it every six weeks since "
       "2023. Delivery is sometimes a day late, I'm not fussed."),
  ])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;occasion;third_party",
  "Pipkin Kids", [
      ("c", "2025-12-12 20:20",
       "5 stars  Like being six again\n"
       "Set: Heritage Wooden Railway | Verified Purchase\n"
       "I had the Pipkin train set in the early 90s, the red engine with the painted smile and "
       "the wobbly bridge. Bought the heritage reissue for my nephew's birthday and opening the "
       "box was a time machine: same varnish smell, same wobbly bridge. I've had something "
       "Pipkin on the shelf ever since. Didn't want to hand it over."),
  ])

h("old_friends", "", "positive", "paraphrase;emoji",
  "Northgale Airways", [
      ("c", "2025-07-30 09:15",
       "first flew @NorthgaleAir in 1998 on a school trip, the crew gave us all wings badges. "
       "27 years and a lot of flights later I still get a little lift when I see the green tail "
       "at the gate. some things stay the same 🥹"),
      ("a", "2025-07-30 10:01",
       "@dafydd_pr That's lovely to hear, Dafydd. Here's to the next 27! ^MK"),
  ])

h("old_friends", "", "positive", "paraphrase;idiom;star_rating",
  "Haloquin", [
      ("c", "2025-03-08 16:05",
       "5 stars  Bought a friend for my old friend\n"
       "Item: 23 cm Bread Knife | Verified Purchase\n"
       "My Haloquin paring knife is older than my marriage: bought it for my first flat in 2004. "
       "It's been sharpened a hundred times, the handle's gone pale and it still sits in my hand "
       "like it knows me. Every kitchen I've had, it's been there. Finally bought the bread knife "
       "to keep it company. Opening the box felt like walking down a street I grew up on."),
  ])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;mixed_aspects;star_rating",
  "Mossy", [
      ("c", "2025-01-15 07:20",
       "★★★★☆ Day two\n"
       "A friend sent me the link and I'm giving it the free week. The sleep story last night "
       "(the lighthouse one) actually sent me off to sleep, though the narrator is a bit whispery for me. "
       "Breathing timer is simple and nice. I'll decide about paying on Sunday."),
  ])

h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase;occasion",
  "Solenne Cosmetics", [
      ("c", "2025-04-28 10:50",
       "4 stars  First go at Solenne\n"
       "Set: Travel Minis | Verified Purchase\n"
       "Never tried the brand before: grabbed the minis kit in duty free because my makeup bag "
       "was in the hold. The tinted balm is lovely, sheer and not sticky; the mascara is fine. "
       "Might order the balm full size when this runs out, we'll see."),
  ])

h("fleeting_acquaintance", "", "positive", "routine_question;paraphrase;agent_cues",
  "Parcelwick", [
      ("c", "2025-03-03 12:30",
       "@Parcelwick never used you before, sending a return (a jacket) - is the QR code in the "
       "app or do I need to print a label?"),
      ("a", "2025-03-03 12:47",
       "@ife_ade Hi! No printing, just show the QR in the app at any Parcelwick locker. Welcome "
       "aboard, we hope you'll stay with us for many parcels to come 😊 ^NB"),
      ("c", "2025-03-03 17:05",
       "@Parcelwick done in 30 seconds at the locker by Tesco. painless. might try you for the "
       "ebay bits"),
  ])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;mixed_aspects;star_rating",
  "Plotline", [
      ("c", "2025-10-28 22:58",
       "★★★☆☆ Back again, against my better judgement\n"
       "I've uninstalled this game three times this year and every time I'm back within the "
       "week. The puzzles are the best on the store and the ads are the worst on the store. 5 "
       "stars for the levels, 1 for the monetisation, and I'm still here, so make of that what "
       "you will. Please just sell me an ad-free version so I can stop being angry at you."),
  ])

h("love_hate", "adversaries", "mixed", "paraphrase;emoji;mixed_aspects",
  "SkyMarrow Air", [
      ("c", "2025-08-03 15:12",
       "every time I fly @SkyMarrowAir I swear it's the last time and then you show me a £39 "
       "fare to Porto and I fold. today: 2hr delay, £9 sandwich, crew lovely, landing over the "
       "river gorgeous. see you in october, unfortunately 😩"),
  ])

h("love_hate", "dealer_addict", "mixed", "paraphrase;typos;caps",
  "Kitely", [
      ("c", "2025-02-09 20:40",
       "@KitelyStore why do i do this to myself. half the order doesnt fit, the returns label "
       "took a WEEK to come through, the cardigan is see-through. and i've already got another "
       "basket going for payday"),
      ("c", "2025-03-01 11:02",
       "@KitelyStore ok the new linen trousers are actually perfect and i'm furious about it. "
       "returns still a nightmare. see you next month, probably"),
  ])

# ================================================================ business_partners (2)

h("business_partners", "teammates", "positive", "paraphrase;review_update;agent_cues;star_rating",
  "Tallyhoo", [
      ("c", "2025-05-05 21:30",
       "★★★★★ Best budgeting app I've tried, three asks\n"
       "Eight months in. In case anyone on the team reads these: 1) let me split one transaction "
       "across two categories (the big supermarket shop is half food, half household); 2) a "
       "rollover toggle per envelope instead of for the whole budget; 3) CSV import for credit "
       "union statements. I do all three in a spreadsheet at the moment and I'm happy to send "
       "screenshots of how, if it helps."),
      ("a", "2025-05-07 10:12",
       "Developer response: This is brilliant, thank you! Splits are already in testing. We "
       "love having you in the Tallyhoo community - check your email for a beta invite."),
      ("c", "2025-07-19 09:05",
       "Update: split transactions landed in 4.2 and work exactly how I'd hoped. Thank you! "
       "Joined the beta, sent two bug notes on the rollover screen. Envelope rollover next? 🙏"),
  ])

h("business_partners", "", "positive", "paraphrase;product_attribute;star_rating",
  "Cobbleton Bikes", [
      ("c", "2025-09-22 18:18",
       "4.0 out of 5 stars  Two years on the Commuter, and some notes for the design team\n"
       "Frame: M | Colour: Teal | Verified Purchase\n"
       "Two years and about 6,000 km of daily riding. It's a great bike and I'd buy it again. A "
       "few things I've worked out that might help the next version: the mudguard stays shake "
       "loose every ~300 km, a dab of thread-locker at the factory would fix it; the kickstand "
       "foot sinks on gravel, a wider plate would sort it; and the rear rack could take a "
       "pannier hook stop. I've sketched the rack tweak and would gladly test a revised one if "
       "you ever want riders to try things."),
      ("a", "2025-09-24 09:30",
       "Hi Ines, thank you - this is the kind of review our engineers actually read. We've "
       "passed your notes on and someone from product will be in touch. Cobbleton Rider Care"),
  ])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;emoji;paraphrase;product_attribute",
  "Nectaro", [
      ("c", "2025-03-07 10:04",
       "GOT THEM. the @Nectaro Lunar drop in lilac 💜💜 40 minutes of refreshing and worth every "
       "second. wearing them to bed probably"),
      ("c", "2025-03-07 19:40",
       "everyone at work asked about them. ok next drop is the 21st, alarms set 🔥"),
  ])

h("fling", "one_night_stand", "positive", "paraphrase;product_attribute;emoji;product_love",
  "Lumaroot", [
      ("c", "2025-10-31 08:55",
       "5 stars  Prettiest thing on my shelf this month\n"
       "Set: Aurora Limited Edition Trio | Verified Purchase\n"
       "Bought the whole limited Aurora set the morning it dropped, purely because the bottles "
       "are holographic and everyone on my feed has it. No idea whether the toner does anything "
       "yet and I don't care. It's autumn, it's shiny, it's new, I love it ✨ Ask me in January."),
  ])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues",
  "Ironbridge Credit Union", [
      ("c", "2025-04-16 20:10",
       "when my husband died last year @IronbridgeCU were the only ones who rang ME. they "
       "sorted the joint account, told me straight which letters I could bin and which I "
       "couldn't, and Maya from the Hexham branch still checks in every few months. I'd hand "
       "them my house keys"),
      ("a", "2025-04-16 21:00",
       "@brenda_hx Brenda, thank you. We've passed this to Maya. We're here whenever you need "
       "us. ^IB"),
  ])

h("best_friends", "", "positive", "paraphrase;third_party;occasion",
  "Kestrel Telecom", [
      ("c", "2025-08-29 13:40",
       "a @KestrelCares rep once talked me through moving my mum's line while I was crying in a "
       "hospital car park. since then, whenever there's an outage planned or a price change "
       "coming, they tell me straight and before it happens. I don't double-check anything they "
       "tell me anymore. small thing but it matters"),
  ])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;negation",
  "Bean Alley", [
      ("c", "2025-06-11 08:12",
       "4 stars  In the rotation\n"
       "Flavour: Hazel Roast capsules, 50 pack | Verified Purchase\n"
       "These are one of three brands I cycle through, I get bored drinking the same thing every "
       "morning. Hazel Roast is the one I come back to most often. Never signed up to the "
       "subscription and don't plan to; I like skipping a month when something else catches my eye."),
  ])

h("buddies", "casual_acquaintance", "positive", "paraphrase;competitor;emoji;other_type_cue",
  "SkyMarrow Air", [
      ("c", "2025-05-30 17:45",
       "@SkyMarrowAir you're my usual pick for a weekend away, though I do cheat on you with "
       "Pelican when their routes suit 😂 nice to be back on board today, the coffee was even hot"),
      ("a", "2025-05-30 18:10",
       "@kasia_dr We'll pretend we didn't read the middle bit 😉 Welcome back! ^EW"),
  ])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;occasion;star_rating",
  "Wordlark", [
      ("c", "2025-11-11 06:30",
       "★★★★★ Streak 611\n"
       "I open Wordlark before my eyes are properly open. I have done the daily in an A&E "
       "waiting room and at my own sister's wedding reception, under the table. When the "
       "servers went down last month I didn't know what to do with my hands for an hour. "
       "Please never go down again."),
  ])

h("dealer_addict", "", "positive", "paraphrase;emoji;typos",
  "Zinglo", [
      ("c", "2025-07-02 15:10",
       "@ZingloDrinks corner shop is out of the mango ones and i have been a shell of a person "
       "since 9am. three cans a day habit and im not even sorry. restock pls 🙏🥭"),
      ("c", "2025-07-03 08:02",
       "found a 4-pack at the petrol station. crisis over, functioning human again"),
  ])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase",
  "Velvetine Chocolates", [
      ("c", "2025-02-20 22:45",
       "5 stars  Reviewing under a fake name for reasons\n"
       "Box: Salted Caramel Truffles, 24 | Verified Purchase\n"
       "My personal trainer thinks I'm on a clean-eating plan. My trainer has not seen the "
       "Velvetine box in the shoebox under the spare bed, and never will. One truffle on a "
       "Thursday night after everyone's asleep is the best thing I do for myself all week. "
       "Soft centre, proper salt, not too sweet."),
  ])

h("secret_affair", "", "positive", "paraphrase;emoji;star_rating",
  "Glimmr", [
      ("c", "2025-09-26 23:55",
       "★★★★★ nobody can know\n"
       "I tell everyone I cancelled Glimmr. I did not cancel Glimmr. I watch the dating shows "
       "with headphones in after my partner's gone to bed and clear the 'continue watching' row "
       "before morning 🤫 App works perfectly for this purpose."),
  ])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;agent_cues",
  "Harbourline Bank", [
      ("c", "2025-06-05 10:20",
       "why am I getting letters from @HarbourlineBank about a 'loan review'? I've never banked "
       "with you, never applied for anything, don't know anyone who does. who gave you my address?"),
      ("a", "2025-06-05 10:55",
       "@fatima_rz Hi Fatima, we'd be happy to help. Please DM us your full name, date of birth "
       "and postcode so we can find your account. ^LP"),
      ("c", "2025-06-05 11:02",
       "@HarbourlineBank there IS no account. I'm not sending my date of birth to a bank I've "
       "never been a customer of. take my address off whatever list it's on."),
  ])

h("complete_strangers", "", "negative", "paraphrase;caps",
  "Brindle Energy", [
      ("c", "2025-01-31 18:30",
       "1 star  Who are these people\n"
       "Brindle Energy keep texting me to 'complete my switch'. I have NEVER heard of them "
       "before these texts, I never started a switch, and I'm not with them and never have "
       "been. The unsubscribe link takes you to a page asking for your meter number. No thanks."),
  ])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;occasion",
  "Rapidaro", [
      ("c", "2025-12-03 14:05",
       "4 stars  Twice a year, every year\n"
       "I send a parcel with Rapidaro maybe twice a year, birthday presents to my nephews in "
       "Canada. Each time I've half forgotten how the booking works, and each time it's fine: "
       "label, drop-off at the newsagent, there in five days. Nothing more to it."),
  ])

h("casual_acquaintance", "", "neutral", "paraphrase;short_signal",
  "Oakmere Books", [
      ("c", "2025-04-04 19:50",
       "3 stars  Nothing to report\n"
       "I order from Oakmere a few times a year when the library hasn't got something. Box "
       "arrived, book wasn't bent."),
  ])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;star_rating",
  "Spokewise", [
      ("c", "2025-05-27 21:15",
       "★★★★★ It's the Tuesday rides\n"
       "The Tuesday club rides are why I pay for this. Between us we've logged every pothole in "
       "the east of the city, and the devs fold our reports into the route map within a week. "
       "Feels like we're building the thing with them, not just using it. Newcomers: join a "
       "group ride, everyone waits at the top of the hill."),
  ])

h("teammates", "", "positive", "paraphrase;emoji;hashtag",
  "Filamental", [
      ("c", "2025-10-09 01:12",
       "huge thanks to everyone in the @Filamental owners discord who got my bed levelling "
       "sorted at 1am. this is why we all bought into the ecosystem honestly, the people. "
       "posting my settings file in #tuning for the next poor soul 🧡"),
      ("c", "2025-10-09 13:30",
       "first clean benchy. dropped my profile in the shared library, go wild"),
  ])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;emoji",
  "Pemberly Building Society", [
      ("c", "2025-08-14 12:40",
       "my grandad's passbook, my mum's passbook, and now my daughter's first savings book, all "
       "@PemberlyBS, all from the same high street branch. she made them stamp it twice 😂"),
      ("a", "2025-08-14 13:15",
       "@joanne_ellery Three generations! Please say hello to the team next time you're in. ^PB"),
  ])

h("close_siblings", "old_friends", "positive", "paraphrase;occasion;star_rating",
  "Ashgrove Baking", [
      ("c", "2025-11-22 15:00",
       "5 stars  Nan's orders\n"
       "Type: Plain Flour, 1.5 kg | Verified Purchase\n"
       "In our house you don't buy 'flour', you buy Ashgrove. Nan's Christmas cake recipe "
       "literally says 'Ashgrove plain, not the other stuff' in her handwriting, and my sister "
       "and I both still follow it to the letter, as does my daughter now. Fine flour, no lumps."),
  ])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase;occasion;other_type_cue;negation",
  "Partyhaus", [
      ("c", "2025-03-16 11:30",
       "4 stars  Did its one job\n"
       "Size: M | Colour: Gold Sequin | Verified Purchase\n"
       "Needed a gold sequin jacket for exactly one 70s party. It did the job for one night, "
       "I'll never wear it again, and that was the deal from the start. Shed a few sequins on "
       "the dance floor. Off to the charity shop it goes."),
  ])

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;emoji;negation",
  "Pelican Jet", [
      ("c", "2025-09-06 22:30",
       "booked @PelicanJet at 2am on a whim for a 9am to Seville because I needed out of the "
       "city for one day. not a frequent flyer, won't become one, but today was pure joy ☀️"),
  ])

# ================================================================ colleagues (2)

h("colleagues", "basic_exchange", "positive", "paraphrase;star_rating",
  "Ledgerly", [
      ("c", "2025-02-11 09:40",
       "★★★★☆ A tool, and a good one\n"
       "Our practice runs eleven client payrolls and all the month-end reconciliations through "
       "Ledgerly. The bookkeeping team is in it from nine to five. Bank feeds rarely drop, "
       "support answers in hours. I don't need it to be delightful, I need it to close the "
       "month, and it does. Minus a star for the clunky client-invite screen."),
  ])

h("colleagues", "business_partners", "positive", "routine_question;paraphrase;agent_cues",
  "Parcelwick", [
      ("c", "2025-06-19 10:05",
       "@ParcelwickBiz our shop sends around 60 parcels a day through the business account and "
       "collections have been solid since we moved over in spring. quick q: can we add a second "
       "collection slot on Fridays? that's our heavy day"),
      ("a", "2025-06-19 10:40",
       "@hollowayprints Thanks, glad it's working for you! Yes, a second Friday slot can be "
       "added from the business dashboard under Collections. ^Biz"),
      ("c", "2025-06-19 10:52", "@ParcelwickBiz perfect, sorted"),
  ])

# ================================================================ checks and output

HDR = re.compile(r"^On .+ wrote:$", re.M)


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=5)
        for _, _, text in x["msgs"]:
            assert text.strip() == text, (x["brand"], text[:40])
            assert not HDR.search(text), "no quoted e-mail headers in this genre"
            for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
                assert m.endswith("example.com"), m
            for m in re.findall(r"https?://([^/\s]+)", text):
                assert m.endswith("example.com"), m
        if "retweet" in tags:
            assert any(t.startswith("RT @") for _, _, t in x["msgs"]), x["brand"]
        if "quoted_tweet" in tags:
            assert any("\nQuote @" in t for _, _, t in x["msgs"]), x["brand"]
        if "review_update" in tags:
            assert any("Update" in t for _, _, t in x["msgs"]), x["brand"]
        if "hashtag" in tags:
            assert any("#" in t for _, _, t in x["msgs"]), x["brand"]
    return assign(HISTS, SEED, PREFIX)


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)


if __name__ == "__main__":
    main()
