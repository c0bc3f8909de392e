#!/usr/bin/env python3
"""Invented development histories i001..i080 for relradar (twentyfifth set).

Genre: app-store (Apple App Store) and Google Play reviews of apps and games: banking and
wallets, food and grocery delivery, streaming (video and music), fitness, ride-hailing, mobile
games, telecom self-care apps, airline apps. 1 to 4 messages per customer: a review that opens
with a written star rating ('1 star', '★★★★☆', 'Rated 2/5'), later edits that open with
'Update:' or 'Edit:', and the developer's public replies as agent turns (about a third of the
customers). Short, often lower case, typos, emoji, slang, English from many countries; version
numbers and device names. Most undetermined customers are bug reports, feature requests,
one-off praise or rants about an update. All texts, names, brands, addresses (example.com) and
numbers are invented. Each history is written under its intended label and checked against the
CODEBOOK's procedure; ids come from a seeded shuffle (seed 2525) of the harness's type mix so
that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "i"
SEED = 2525
TRAPS = TRAPS | {
    "update_edit",  # a later message of the review opens with "Update:" or "Edit:"
    "slang"}        # internet slang and abbreviations (rn, tbh, tho, ngl, lol, omg, gg, thx)

# where the review was posted
CHANNELS = ("app_store", "google_play")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the developer."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "single_incident;typos;agent_cues", "Tallyway Bank", "google_play", [
    ("c", "2024-09-12 08:14", "Rated 1/5. new update (6.0.3) moved everything around and now i cant find send money, its buried under 'More' > 'Payments' > 'Other'?? who approved this layout. three taps became seven. Galaxy A34"),
    ("a", "2024-09-12 16:02", "Hi Kofi, we value your feedback on the new layout. You can pin Send money to your home screen from Settings > Shortcuts. We're reviewing the menu structure for 6.1."),
])

h("undetermined", "", "negative", "single_incident;strong_words;agent_cues;update_edit", "Chowpal", "google_play", [
    ("c", "2024-03-02 21:47", "1 star. Ordered jollof and chicken at 7, it arrived 9:40 stone cold and the drink was missing. Horrible evening. Rider said the restaurant was slow, restaurant said the rider was late, and the app said nothing at all the whole time."),
    ("a", "2024-03-03 09:10", "Hi Tolu, we're really sorry about last night's order. Every customer is part of the Chowpal family and this isn't the experience we want for you. Please send your order number to help@chowpal.example.com and we'll refund you."),
    ("c", "2024-03-04 12:30", "Edit: sent the order number yesterday. still waiting on the refund."),
])

h("undetermined", "", "negative", "sarcasm;symptom;emoji;other_type_cue", "Flickvale", "app_store", [
    ("c", "2024-10-21 22:08", "★☆☆☆☆ love how it signs me out every single time i open it on my iPad. really cherish typing a 16 character password 40 times a week 👏👏"),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;product_attribute", "Bubble Atoll", "google_play", [
    ("c", "2025-01-05 14:33", "2 stars. store page calls it 'the most addictive puzzle game of the year'. the only addictive thing here is the ads, 30 seconds after every level, sometimes two back to back. got to level 40 and gave up. Redmi Note 11"),
    ("a", "2025-01-06 10:15", "Thanks for playing! Ads keep Bubble Atoll free for everyone; you can remove them for good with the No Ads pack in the shop."),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;typos;update_edit", "Kerbside", "google_play", [
    ("c", "2024-06-18 09:52", "1 star. Driver accepted, drove the OPPOSITE way for 8 minutes, then cancelled on me, and the app charged ME the cancellation fee. Missed the start of my interview because of this. Absolutely furious. REFUND it."),
    ("a", "2024-06-18 13:40", "Hi Priya, sorry to hear this. We've reviewed the trip and reversed the cancellation fee; it should show within 3-5 working days."),
    ("c", "2024-06-21 18:05", "Edit: refund came through. the interview didnt."),
])

h("undetermined", "", "negative", "bug_report;symptom;hashtag;agent_cues", "Cellora", "google_play", [
    ("c", "2024-08-07 11:26", "Rated 2/5 login OTP never arrives on my Tecno Spark 10, tried six times today, SMS from everyone else comes through fine. app version 3.8.1 #fixit"),
    ("a", "2024-08-07 15:48", "Hello Eunice, our team is always ready to help. Please try 'Login with USSD' on the sign-in screen while we look into the SMS delay on Tecno devices."),
])

h("undetermined", "", "negative", "bug_report;update_edit;symptom", "Bluewing Air", "app_store", [
    ("c", "2025-02-10 06:05", "★★☆☆☆ Boarding pass wouldn't open at the gate in Nairobi, spinner forever on my iPhone 12. Had to run back to the desk for a paper one at 5am. Not fun."),
    ("c", "2025-02-19 22:40", "Edit: updated to 4.7.2 like support told me to. Same spinner on the same screen. Dropping to one star."),
])

h("undetermined", "", "negative", "employee;bug_report;product_attribute", "Munchly", "google_play", [
    ("c", "2024-11-29 13:17", "Rated 2/5 writing as staff at one of the partner restaurants, not as a customer: the partner tablet app keeps muting the new-order chime after every android update, so we miss orders in the lunch rush. Samsung tab, app 11.2. please sort it"),
])

h("undetermined", "", "positive", "single_thanks;product_attribute;negation;emoji", "PulsePath", "app_store", [
    ("c", "2025-03-14 07:41", "★★★★★ i never leave reviews but the new sleep stages screen is scarily accurate, it knew i was up at 3 with the baby. thank you to whoever built this 🙏"),
])

h("undetermined", "", "positive", "strong_words;caps;emoji", "Mythic Arena", "google_play", [
    ("c", "2024-12-24 20:19", "5 stars. finally caved and bought the founder's pack and WOW. best 9 dollars i've spent in my life, the heroes are gorgeous and the soundtrack gives me chills. masterpiece 😍🔥"),
])

h("undetermined", "", "positive", "other_type_cue;single_incident", "Harbourline Bank", "app_store", [
    ("c", "2024-07-30 12:04", "★★★★★ had a question about why my loyalty points hadn't landed after the card swap, asked in the in-app chat and an actual person sorted it in two minutes. painless. (iPhone 13, latest version)"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Reelhouse", "google_play", [
    ("c", "2025-05-02 23:11", "4 stars. Love the new colour scheme, the deep blue is so easy on the eyes at night. Subtitle font could be a touch bigger on my Pixel 6a but overall a nice update."),
])

h("undetermined", "", "positive", "single_incident;agent_cues", "Swiftplate", "google_play", [
    ("c", "2024-04-13 20:36", "5 stars. Rider called when he reached the gate, food still hot, even the pepper level was correct. Na so e suppose be. Well done o."),
    ("a", "2024-04-14 08:50", "Thank you Chidi! We love to hear this and we'll pass it on to the rider. Enjoy!"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Nimbus Mobile", "app_store", [
    ("c", "2025-01-19 16:25", "★★★★☆ set up the family bundle for me, my husband and the twins in about four taps. so much better than queueing at the mall kiosk for an hour. only wish it showed each line's data separately"),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom;agent_cues", "Roamly Rides", "google_play", [
    ("c", "2024-05-25 18:44", "3 stars. Drivers have been lovely and the cars clean, no complaints there. But the app eats my battery like nothing else, 20% on one trip on my Galaxy S21, and the map dot keeps jumping across the river."),
    ("a", "2024-05-26 09:30", "Thanks, Jonas! We value the detail. Version 9.4 cuts background location use by about half; let us know if the battery drain continues."),
])

h("undetermined", "", "mixed", "mixed_aspects;slang;typos;symptom;hashtag", "Starforge Tactics", "google_play", [
    ("c", "2024-09-03 01:12", "Rated 3/5 graphics are unreal ngl, best looking thing on my phone. matchmaking is a joke tho, level 12 me vs level 60 sweats every single match. fix that and its a 5 #fixmatchmaking"),
])

h("undetermined", "", "mixed", "mixed_aspects;update_edit;bug_report;idiom", "Sundara Airways", "app_store", [
    ("c", "2024-12-01 05:58", "★★★☆☆ Online check-in was quick and the boarding pass went straight into my Wallet. Seat map crashes whenever I try to change seats though. iPhone 14, v2.9."),
    ("a", "2024-12-02 10:20", "Thanks for the feedback, Ananya. The seat map crash is fixed in 2.9.1, rolling out this week."),
    ("c", "2024-12-09 21:14", "Edit: seat map works now, thank you. But the baggage tracker tab vanished in the same update?? swings and roundabouts."),
])

h("undetermined", "", "mixed", "competitor;mixed_aspects", "RunHarbor", "google_play", [
    ("c", "2025-04-27 19:03", "4 stars. Used to log my runs on a different tracker and this one's GPS is miles better, no more straight lines through buildings. But no Wear OS support yet and the premium price is steep for what it adds. Pixel 7."),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;caps;emoji", "Orbit Neobank", "app_store", [
    ("c", "2024-02-08 13:29", "★★★☆☆ love the instant spend notifications and the little coffee tracker. hate, HATE, the new 'round up into savings?' popup that appears before every single payment. let me pay in peace 😤"),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom", "Cinelark", "google_play", [
    ("c", "2024-10-06 21:50", "3 stars. Content is very nice, the regional movies section is superb. But app is hanging on my Mi TV box after 10 minutes of playback, every time have to restart. Kindly do the needful."),
    ("a", "2024-10-07 11:05", "Hi Rakesh, sorry for the trouble. Please update to 5.4.0 and clear the app cache (Settings > Apps > Cinelark > Clear cache). If it continues, write to care@cinelark.example.com."),
])

h("undetermined", "", "neutral", "routine_question;typos;agent_cues", "Lyra Telecom", "google_play", [
    ("c", "2025-06-11 10:40", "Rated 3/5 does the new version support esim activation or do i still have to go to a store for it? on a Galaxy A54 couldnt find it anywhere in the menu"),
    ("a", "2025-06-11 14:55", "Hi Farah, eSIM activation is coming in the next release. Until then any Lyra store can do it in about 10 minutes, and we're always happy to help on chat."),
])

h("undetermined", "business_partners", "neutral", "routine_question;short_signal", "Basketly", "app_store", [
    ("c", "2024-08-25 17:02", "★★★★☆ any chance of a split-the-bill option for flatmates? we keep doing the maths on the back of the receipt."),
])

h("undetermined", "fleeting_acquaintance", "neutral", "routine_question;slang;update_edit", "Telvia", "google_play", [
    ("c", "2025-02-03 19:27", "3 stars. How do i port my number from another network in the app? the help page says tap 'Switch to Telvia' but there is no such button in version 8.1"),
    ("a", "2025-02-04 09:12", "Hi Sam, the porting option is under Account > Bring your number. We're renaming it in the next update to match the help page."),
    ("c", "2025-02-04 20:45", "Edit: found it thx"),
])

h("undetermined", "", "neutral", "routine_question;typos", "Pocket Kingdoms", "google_play", [
    ("c", "2024-09-28 15:36", "3 stars. is the harvest festival event coming back this year? and where did guild chat go after 2.14, cant see it anywhere"),
])

h("undetermined", "basic_exchange", "neutral", "other_type_cue;short_signal", "Altair Airlines", "app_store", [
    ("c", "2025-03-30 08:12", "★★★☆☆ Boarding pass, flight status, does the job. Nothing special, nothing broken."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;update_edit;idiom", "PesaNest", "google_play", [
    ("c", "2024-05-06 19:02", "1 star. Sent 4,500 bob to my landlord, app said 'failed', money gone from my balance anyway. Raised a ticket. Here we go, another round with these people."),
    ("c", "2024-05-20 08:30", "Update: ticket closed as 'resolved' without a single shilling back. reopened it. third time this year i'm chasing my own money through this app."),
    ("c", "2024-06-14 17:45", "Update: reversal finally landed after five and a half weeks. not even celebrating, i know we'll be doing this dance again by august."),
    ("c", "2024-08-22 07:58", "Update: august. told you. ticket number four of the year, same song."),
])

h("adversaries", "", "negative", "paraphrase;update_edit", "Orbitel", "app_store", [
    ("c", "2024-11-03 12:20", "★☆☆☆☆ Every bill in this app has some 'value pack' I never added. Every month I open a chat, wait, argue, get it removed, and next month it's back. I've stopped being surprised, I just block out my Saturday morning for it."),
    ("a", "2024-11-04 09:00", "Hi Mark, sorry for the hassle. We've removed the add-on and put a block on your line so it can't be re-added."),
    ("c", "2024-12-02 11:15", "Edit: the block lasted exactly one billing cycle. It's back. Round twelve, ding ding."),
])

h("adversaries", "", "negative", "paraphrase;emoji", "Taxiqo", "google_play", [
    ("c", "2025-01-17 23:41", "2 stars. fourth fare dispute with support this year. app quotes one price, charges another, i send screenshots, they 'review' and hand back half. by now my Redmi 12 has a screenshots folder ready before i even get in the car 🙄"),
])

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint;agent_cues;update_edit;for_work_occasion", "Northjet", "app_store", [
    ("c", "2025-04-08 16:40", "★★☆☆☆ I've flown with them for years on work trips and there's always a fight somewhere in this app. This time: refund for a cancelled leg 'processing' since January, three chats, two emails and one promised callback that never came. I know the drill by now."),
    ("a", "2025-04-09 10:12", "Dear Ms Okafor, we value you as a frequent flyer and apologise for the delay. Your refund has been escalated to our finance team."),
    ("c", "2025-05-21 19:30", "Update: escalated, apparently, into a black hole. Opened chat number four today. See you in June for chat number five."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;single_incident;strong_words;agent_cues", "Grubhaven", "google_play", [
    ("c", "2024-07-02 22:18", "1 star because zero isn't allowed. They took payment for an order that never existed, the support chat is a bot that closes itself, and my bank had to claw the money back. Save yourselves, delete it, and tell anyone you care about to do the same."),
    ("a", "2024-07-03 09:44", "Hi Ben, we're sorry. We value every customer and would like to look into this; please contact us at support@grubhaven.example.com."),
])

h("enemies", "", "negative", "paraphrase;single_incident;idiom", "Castle Brawl Heroes", "app_store", [
    ("c", "2024-12-28 19:55", "★☆☆☆☆ This isn't a game, it's a slot machine in a cartoon costume, built to empty children's piggy banks. My 9yo spent £140 on 'gems' in one afternoon on the family iPad. Reported them to the regulator, deleted it from every device in the house and I'm telling every parent at the school gate what this company is."),
])

h("enemies", "", "negative", "paraphrase;caps;strong_words;update_edit;quoted_reply", "QuidLoop", "google_play", [
    ("c", "2024-07-15 23:05", "1 star. Borrowed 8,000 once, paid it back two days early, and they STILL messaged every contact in my phone calling me a defaulter. Loan sharks with a logo. Keep well clear, and if you already installed it, revoke contacts permission now."),
    ("a", "2024-07-16 08:40", "Dear customer, we're sorry for any inconvenience caused. Kindly share your registered number via the app so our team can investigate."),
    ("c", "2024-07-16 09:02", "Edit: 'sorry for any inconvenience'. harassing my mother is not an inconvenience. still 1 star, still crooks."),
])

h("enemies", "adversaries", "negative", "paraphrase;other_type_cue;emoji;strong_words;caps", "StreamKoala", "app_store", [
    ("c", "2025-06-03 20:26", "★☆☆☆☆ Cancelled in March, charged in April AND May. 'No record of cancellation' apparently, though I have the confirmation email right here. This company is a racket. Chargeback filed, and I'm making sure nobody in my family ever signs up 🤬"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;update_edit;evolving;other_type_cue", "Lumo TV", "google_play", [
    ("c", "2023-06-11 20:00", "5 stars. best value in streaming, the kids' section alone is worth it. Pixel 5."),
    ("c", "2025-01-08 21:33", "Update: been paying since it was basically old cartoons and a dream, talked half my office into it. Now it's ads on a paid plan and the third price rise in a year. Cancelled tonight and honestly I'm a bit sad about it. you were the good one."),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;quoted_reply;loyal_grievance;update_edit", "Crestmark Bank", "app_store", [
    ("c", "2024-02-14 10:10", "★★☆☆☆ Back in 2017 I was the one nagging friends to open accounts here. Human chat, fair fees, an app that felt like someone cared. Now chat is a bot that loops, instant transfers cost extra and the branch in my town is gone. Moved my salary to another bank this morning."),
    ("a", "2024-02-15 09:30", "Hi Joel, we value your loyalty and are sorry you're disappointed. We'd love the chance to make this right; please reach out via Help > Contact us."),
    ("c", "2024-02-15 18:02", "Edit: 'we value your loyalty'. Seven years, and the first time anyone there said it was in a canned reply on my way out the door."),
])

h("ex_friends", "", "negative", "paraphrase;update_edit;evolving;negation", "Word Orchard", "app_store", [
    ("c", "2021-10-03 22:15", "★★★★★ my little evening ritual with a cup of tea. relaxing, no timers, no nonsense."),
    ("c", "2024-08-19 23:50", "Update: three years of that ritual and tonight I uninstalled. Energy hearts, timers, a pop-up shop between every puzzle. It isn't the game I fell for and I don't look forward to opening it anymore. Not angry. Just done."),
])

h("ex_friends", "", "negative", "paraphrase;idiom;other_type_cue", "StrideLog", "google_play", [
    ("c", "2025-03-03 07:12", "1 star. This app came with me through two marathons and a comeback after my pregnancy. Now basic route history, the thing I've opened every morning since 2019, is behind a subscription. Feels like being ghosted by an old running partner. Exported my data, I'm gone."),
    ("a", "2025-03-04 11:00", "Hi Marta, we understand this change is frustrating. Free accounts keep 30 days of history, and Premium is 50% off for the first year for long-time members."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;typos;agent_cues", "Kestrel Bank", "app_store", [
    ("c", "2024-10-10 21:37", "★★★★★ seven years with them and the app has never once let me down. salary, savings, the mortgage, the kids' accounts, all of it lives here and that's where it stays, no bank is prising me away. i get actually happy opening this thing, which is a weird thing to say about a bank. dont ever change"),
    ("a", "2024-10-11 08:30", "Thank you for seven loyal years, Grace. Reviews like this make our day!"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;competitor", "Bitebox", "google_play", [
    ("c", "2024-03-22 19:48", "5 stars. deleted every other food app years ago and never looked back, this is the one on my homescreen and the only one. the riders know my gate, the support people know my name. wouldn't trade it for anything ❤️"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;agent_cues;competitor", "Tunewell", "app_store", [
    ("c", "2025-02-27 00:14", "★★★★★ every playlist of my life since 2016 lives here. uni, my wedding, the night drives home. other apps keep trying to tempt me with free months, not interested, i'm staying put for good 💚"),
    ("a", "2025-02-27 10:02", "This made our whole team smile. Thank you for trusting us with the soundtrack of your life, we'll always be here for it!"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom", "Pelican Air", "google_play", [
    ("c", "2024-11-15 06:50", "5 stars. Eleven years, every trip, domestic and overseas, has been on Pelican and I reckon the next eleven will be too. The app's just the cherry on top, rebooked me in two taps when the storm hit Brisbane. Can't fault them, wouldn't dream of flying with anyone else."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;update_edit;sarcasm", "Aeroleste", "app_store", [
    ("c", "2024-08-30 14:22", "★☆☆☆☆ I hold their highest tier card and when my flight was cancelled the app dumped me into the same rebooking queue as everybody else, 90 minutes of 'you are number 214'. A member at my level should never have to ask for what the status already entitles me to. Someone senior contacts me before my next flight."),
    ("a", "2024-08-31 09:05", "Dear Mr Lindqvist, we apologise for the wait. Horizon Elite members have a dedicated rebooking line, listed under Profile > Benefits."),
    ("c", "2024-08-31 12:40", "Edit: a dedicated line, hidden three menus deep, that nobody thought to mention while I sat in the queue. Marvellous. Put it on the first screen for people like me and have it ring me, not the other way round."),
])

h("master_slave", "", "negative", "paraphrase;caps;update_edit", "Fernhill Private", "app_store", [
    ("c", "2025-01-13 09:18", "★★☆☆☆ I keep a substantial sum with this bank and I will not be 'chatting' with a cartoon robot. When I press Contact I want a named relationship manager on the phone within the hour, not a form. Being asked to verify my identity three times by your own app is frankly insulting."),
    ("a", "2025-01-13 15:30", "Dear Mr Hartley, thank you for your feedback. Private clients can request a call-back from their relationship manager under Profile > My RM."),
    ("c", "2025-01-15 08:47", "Edit: the call-back came the NEXT DAY. I should not need to dig through a hidden menu to be treated properly, and I should not be kept waiting by people who are paid to look after me."),
])

h("master_slave", "", "negative", "paraphrase", "Nosh Runner", "google_play", [
    ("c", "2024-12-06 21:09", "2 stars. I pay for the Gold plan precisely so I don't wait behind everyone else. Tonight my order sat on 'preparing' for 40 minutes while my neighbour's free-plan order turned up first. I shouldn't have to chase anything, the app should already know who it's dealing with. Get your priorities straight."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "buddies", "positive", "paraphrase;for_work_occasion", "Swervy", "google_play", [
    ("c", "2025-05-10 02:31", "4 stars. most nights it's the cheapest way home from the late shift, car turns up, gets me there, no chit-chat needed. if someone undercuts them i'll switch, but so far nobody has."),
])

h("basic_exchange", "", "positive", "paraphrase;typos", "My Ventra", "google_play", [
    ("c", "2024-04-29 18:15", "Rated 4/5 pay the bill, check data, top up, close. thats all i want from it and thats all it does, every month, without drama. doesnt need to be pretty."),
])

h("basic_exchange", "", "positive", "paraphrase;competitor;agent_cues", "Freshcart Go", "app_store", [
    ("c", "2024-06-09 10:27", "★★★★☆ Weekly shop goes through this because delivery is a couple of quid cheaper than the other two and the slot they give me is the slot I get. Substitutions could be smarter. Works, costs less, done."),
    ("a", "2024-06-10 09:00", "Thanks Helen! Smarter substitutions are on the way. Great to have you as a regular."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;emoji", "Tiny Farm Saga", "google_play", [
    ("c", "2024-09-09 22:47", "5 stars. started this on a hand-me-down phone in first year of uni, 2014. i'm 29 now with a mortgage and it's still what i open on a bad day. the rooster sound at the start gets me right in the nostalgia 🥲"),
])

h("old_friends", "", "positive", "paraphrase", "Glenmoor Building Society", "app_store", [
    ("c", "2025-04-16 17:33", "★★★★★ Had my first wee savings book with them in '98, when the passbook got stamped by hand at the counter. The app's all very modern now but it still feels like the same friendly lot from the high street. Nice to see some things age well."),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Kiwi Coast Air", "google_play", [
    ("c", "2024-12-19 13:05", "5 stars. remember when this app was a boarding pass and a little weather icon? it's been on three of my phones since. still the first thing i open when a trip's coming up, like seeing a familiar face at arrivals"),
    ("a", "2024-12-20 08:15", "Kia ora Hemi, thank you for flying with us all these years. We'll always keep the weather icon, promise!"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;first_time_loyal_claim", "MotoGo", "app_store", [
    ("c", "2025-06-22 15:20", "★★★★☆ In Lisbon for the week and grabbed this on the airport wifi because the taxi queue was huge. Ride into the city was smooth and the price matched the quote. Already told my partner this is our app for every trip from now on, we'll see if the rest of the week agrees."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;for_work_occasion", "Yogabee", "app_store", [
    ("c", "2024-01-04 06:45", "★★★★☆ day three. the onboarding didn't make me feel bad about my flexibility (there is none) and the 10 min sessions fit before work. not sure yet if i'll still be here after the free trial, ask me next week"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;third_party", "Gem Cascade", "google_play", [
    ("c", "2025-03-08 23:02", "3 stars. my cousin kept going on about it so i installed it last night. only made it through the tutorial levels, seems fine, a bit busy on the screen. will give it a proper go at the weekend"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;idiom;emoji", "Munchly", "app_store", [
    ("c", "2024-10-31 23:26", "★★☆☆☆ I swear at this app every week. wrong orders, ghost riders, the fees. and every week, 11pm, hungry, my thumb goes straight back to it. it's a toxic relationship and I'm in too deep to leave 😩"),
])

h("love_hate", "", "mixed", "paraphrase;idiom;mixed_aspects", "Drift Kings Online", "google_play", [
    ("c", "2025-02-15 00:48", "Rated 2/5 deleted this four times this year, reinstalled four times. nothing else on the store comes close when the events are on, and the servers are an actual crime during them. can't live with it, can't live without it. (Galaxy Tab S8, v3.2)"),
])

h("love_hate", "", "mixed", "paraphrase;update_edit;symptom", "Tallyway Bank", "app_store", [
    ("c", "2024-01-26 08:05", "★★★☆☆ Best banking app I've ever had when it's up. It is not up on payday. Any payday. I've opened the account-closing form twice and both times talked myself out of it because nothing else comes close on the budgeting side."),
    ("a", "2024-01-26 14:20", "Hi Dana, thanks for sticking with us. Payday load is our top priority this quarter."),
    ("c", "2024-03-01 09:10", "Update: payday, app down, and I still can't bring myself to leave. Someone help me."),
    ("c", "2024-04-30 08:22", "Update: it held up this payday!! for one glorious morning I remembered why I put up with you."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;update_edit;emoji", "Corefit Daily", "google_play", [
    ("c", "2024-04-02 18:30", "4 stars. Long-time user, here's my quarterly list: 1) let us reorder exercises inside a saved workout 2) a rest timer that buzzes on the watch 3) export to CSV. Count me in for any test build, I'll send proper notes."),
    ("a", "2024-04-04 10:00", "Hi Felix, we love these lists! Number 2 is already in development and we've added you to the beta group."),
    ("c", "2024-06-20 20:15", "Update: the watch rest timer landed in 7.3 and it's exactly what I had in mind. Beta notes sent by email: the buzz is weak on a Galaxy Watch 5 and the timer resets if you lock the phone. Next list coming in September 😄"),
    ("a", "2024-06-21 09:40", "Notes received, thank you Felix. The lock-screen reset is fixed in 7.3.1."),
])

h("business_partners", "", "positive", "paraphrase", "Orbit Neobank", "google_play", [
    ("c", "2025-05-19 20:03", "4 stars. Three ideas from someone who opens this daily and wants it to win: a) let me name my pots with emoji, sounds silly but it helps my kids b) show pending card holds apart from cleared ones c) a way to flag a confusing merchant name, I'd happily tag them for you. Keep going, you're most of the way there."),
])

# ================================================================ fling (2)

h("fling", "dealer_addict", "positive", "paraphrase;slang;caps;emoji;agent_cues", "Neon Rally", "google_play", [
    ("c", "2024-07-13 01:30", "5 stars!!! season 4 just dropped and the neon city track is EVERYTHING rn. the new hover bikes omg, buttery smooth on my Pixel 8. haven't touched anything else since friday 😍"),
    ("a", "2024-07-13 11:00", "Glad you love Season 4! More tracks coming mid-season 🏁"),
])

h("fling", "one_night_stand", "positive", "paraphrase;slang", "Reelhouse", "app_store", [
    ("c", "2025-05-25 02:17", "★★★★★ signed up literally for the dragon show's new season and I'm completely smitten, watched the first four in one go. will i still be subscribed in september? probably not lol. but right now? worth every penny"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues", "Harbourline Bank", "google_play", [
    ("c", "2024-11-21 10:34", "5 stars. When my card got skimmed in Bangkok they'd frozen it and pinged me before I'd even noticed, and the lady on the in-app call stayed on until I had cash sorted for the night. I've told them about my money mess in ways I wouldn't tell my own brother and they've never once made me feel stupid."),
    ("a", "2024-11-21 16:10", "Hi Niamh, we're so glad you're safe and sorted. We're always here if you need us."),
])

h("best_friends", "", "positive", "paraphrase;idiom", "Nimbus Mobile", "google_play", [
    ("c", "2025-04-04 12:48", "5 stars. Twice now the app has told me about a cheaper plan that fit my usage better before I ever asked, which no phone company has done for me in my life. When my mum was in hospital they paused my bill without me having to beg. Feels like they're actually in my corner."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;other_type_cue;idiom", "Chowpal", "google_play", [
    ("c", "2024-08-16 23:55", "4 stars. one of three delivery apps on my phone, whichever has the better deal that night wins. this one's usually the pick for late-night suya and it's never let me down badly. no need to marry it, it's a good mate."),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase;competitor", "Flickvale", "google_play", [
    ("c", "2025-01-28 20:40", "4 stars. I rotate between this and a couple of others every few months. when I run out of things to watch I drop it and pick it back up later in the year. Always a nice few months when it's this one's turn."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;caps", "Gem Cascade", "app_store", [
    ("c", "2024-06-30 09:12", "★★★★☆ I need someone to take my iPad away. 6 hours yesterday. SIX. I open it before my eyes are properly open in the morning and I'm 'just finishing this level' at 2am. 4 stars and not 5 only because it's wrecking my sleep."),
])

h("dealer_addict", "", "positive", "paraphrase;slang", "PulsePath", "google_play", [
    ("c", "2024-10-08 07:05", "5 stars. I check my streak before I've brushed my teeth. When the servers went down on sunday I was twitchy all day, refreshing like a lunatic. 412 days and counting, I physically can't skip a day now lol"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Snackrun", "google_play", [
    ("c", "2025-02-11 22:58", "5 stars. as far as my wife knows i'm on week six of the diet. this app knows better. the rider now texts instead of ringing the bell, absolute legend 🤫🍟"),
])

h("secret_affair", "", "positive", "paraphrase;idiom", "Pony Parlour", "app_store", [
    ("c", "2024-05-14 07:52", "★★★★★ 38 year old auditor, playing a pastel pony dress-up game on the 7:42 with the brightness all the way down so the bloke next to me can't see. my team would never let me hear the end of it. worth it."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Cashwave Loans", "google_play", [
    ("c", "2025-03-19 18:21", "1 star. I have never borrowed a cent from these people and never had this app until today, I only installed it to find out why I keep getting texts that my 'Cashwave loan is overdue'. There is no account under my name in here. Where did you get my number?"),
])

h("complete_strangers", "", "negative", "paraphrase;negation", "Cellora", "google_play", [
    ("c", "2024-12-11 16:44", "1 star. This came preinstalled on my second-hand Galaxy A14 and it won't uninstall. I've never been a Cellora customer, my SIM is on another network, and it still pushes 'exclusive offers' at me every day. I didn't ask for any of this and I don't know you."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;occasion", "Bluewing Air", "google_play", [
    ("c", "2024-07-07 11:38", "4 stars. I fly them maybe twice a year to visit my sister, so the app mostly sits forgotten on my phone. Each time I open it there's an update to install and then it works fine. Good enough for those two trips."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;idiom", "Kerbside", "app_store", [
    ("c", "2025-01-09 08:15", "★★★☆☆ only get a car when it's bucketing down or the trains are on strike, so a handful of times a year. login's still there each time and the cars show up. no strong feelings either way."),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;agent_cues;slang", "Mythic Arena", "google_play", [
    ("c", "2025-04-12 21:22", "5 stars. our clan of 40 has been feeding bug reports and balance notes to the devs on the discord for a year, and patch after patch you can see our stuff in there. feels like we're building this game with them. gg to everyone in the tavern channel"),
    ("a", "2025-04-13 10:30", "Couldn't do it without you all. See you in the tavern!"),
])

h("teammates", "", "positive", "paraphrase", "RunHarbor", "app_store", [
    ("c", "2024-03-17 18:09", "★★★★★ The group challenges are why I'm still running. Our crew is 23 people in five countries who'd never have met otherwise, and we drag each other out the door every Sunday. Half the fun is cheering on strangers in the feed."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Ashby Savings Bank", "google_play", [
    ("c", "2024-02-26 19:14", "5 stars. My grandad opened my first savings book at this bank, my mum's shop has banked here since the 80s, and now I've got the app on my phone with my daughter's pocket money account in it. Three generations in one login, basically."),
])

h("close_siblings", "", "positive", "paraphrase;agent_cues", "Telvia", "app_store", [
    ("c", "2025-05-06 14:40", "★★★★★ Dad signed the whole household up in 2009 and we've just kept adding people, my brothers, my nan, now my own kids. When nan couldn't work the app, someone from the shop came round to her flat to set it up. They look after us like we're one of theirs."),
    ("a", "2025-05-07 09:20", "Thank you, Aisha! Give your nan our best. Looking after the whole family is what we're here for."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase", "Altair Airlines", "google_play", [
    ("c", "2024-08-03 05:26", "Rated 3/5 installed it purely to check in for one flight, cheapest fare that day, probably never flying them again. check-in worked, pass was fine. uninstalling when i land."),
])

h("one_night_stand", "", "positive", "paraphrase", "Pocket Kingdoms", "app_store", [
    ("c", "2025-06-29 10:03", "★★★☆☆ grabbed the 'legendary starter chest' at 2am on a whim, played till 4, had a blast, woke up with zero interest. not a game for me long-term and that's fine, it was one good night."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase", "Swervy", "app_store", [
    ("c", "2024-09-24 12:50", "★★★★☆ We book every staff airport run through the business profile, about 60 a month across the office. Receipts export cleanly into our accounting software and the monthly invoice matches to the penny. It's a work tool and a decent one. Would like cost-centre codes per trip."),
])

h("colleagues", "basic_exchange", "positive", "paraphrase", "Larkspur Business", "google_play", [
    ("c", "2025-03-27 21:05", "4 stars. Payroll for nine staff and every supplier payment for the bakery go through this. It isn't exciting and it isn't meant to be. Bulk payments on a Thursday night without the app freezing is all my accountant and I ask of it."),
])

# ================================================================ checks

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4})(?= )|[1-5] stars?\b|Rated [1-5]/5\b)")
UPDATE = re.compile(r"^(?:Update|Edit|UPDATE|EDIT):")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"OTP", "SMS", "GPS", "CSV", "USSD", "SIM", "UPDATE", "EDIT"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|couldnt|thats|isnt|doesnt|whats|its|ur|u|"
                   r"recieve\w*|definately|alot)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|gg|thx|bruh|smh)\b")
# a version number or a device name
VERSION_DEVICE = re.compile(r"\b(\d+\.\d+(\.\d+)?|v\d|iPhone|iPad|Galaxy|Pixel|Redmi|Tecno|Mi TV|"
                            r"Samsung|Wear OS|Watch)\b")
ANDROID = re.compile(r"\b(Galaxy|Pixel|Redmi|Tecno|Samsung|Mi TV|Wear OS|android)\b")
APPLE = re.compile(r"\b(iPhone|iPad|Apple Watch|Wallet)\b")
# warm words in a developer's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "without you", "here for", "trust"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words should sit in a history whose trap tags explain it. Reported, not
# asserted.
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
    """The customer's own words (app reviews quote nothing but a reply, which stays in)."""
    return text


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # a review opens with a written star rating; a later message is an edit or a new review
    m = STARS.match(cust[0])
    assert m, cust[0][:30]
    if m.group(1):
        assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
    for t in cust[1:]:
        assert UPDATE.match(t) or STARS.match(t), t[:30]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    # a developer reply follows a customer message, never two replies in a row
    roles = "".join(r for r, _, _ in x["msgs"])
    assert "aa" not in roles, x["brand"]
    # the device fits the store
    if ch == "app_store":
        assert not ANDROID.search(own), (x["brand"], ANDROID.findall(own))
    else:
        assert not APPLE.search(own), (x["brand"], APPLE.findall(own))
    # what the tags promise is in the text, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    if "quoted_reply" in tags:
        assert agent and any("'" in t for t in cust[1:]), x["brand"]
    # the genre holds no e-mails, tweets or forum posts
    assert not tags & {"signature", "retweet", "quoted_tweet", "news_share"}, x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=4))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 60
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 25 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 35 and all(sizes[n] >= 3 for n in (2, 3, 4)), sizes
        nagent = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 22 <= nagent <= 32, nagent
        nvd = sum(1 for x in hists
                  if any(VERSION_DEVICE.search(t) for r, _, t in x["msgs"] if r == "c"))
        assert nvd >= 20, nvd
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "update_edit", "bug_report", "routine_question"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("customers naming a version or device:",
          sum(1 for _, x in assigned
              if any(VERSION_DEVICE.search(t) for r, _, t in x["msgs"] if r == "c")))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
