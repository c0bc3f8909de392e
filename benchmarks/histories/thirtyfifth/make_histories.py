#!/usr/bin/env python3
"""Invented development histories wa001..wa080 for relradar (thirty-fifth set).

Genre: a mixed export pulled by an analyst from many brands at once, 1 to 5 messages per
customer: marketplace reviews and app-store reviews (opening with a star rating), tweets to
brand handles (retweets, brand replies signed ^XX), Facebook page comments with the page's
replies, community-forum posts, support e-mails (quoted earlier replies as "> " lines,
signatures) and web chats with named agents. The writers are from Nigeria, Kenya, South Africa,
India, Pakistan, the Philippines, Malaysia, Ireland, Scotland, Australia, Canada and the US,
many writing English as a second language, with local idiom, slang and code-switched words.
The relationship is told in paraphrase, not in the textbook cue phrases. All texts, names,
handles, brands, addresses (example.com) and numbers are invented. Each history is written
under its intended label; ids are assigned by a seeded shuffle (seed 3535) of the harness's
type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "wa"
SEED = 3535
TRAPS = TRAPS | {
    "code_switch",   # words from another language or a local variety (Pidgin, Swahili, Tagalog, ...)
    "slang"}         # internet slang and abbreviations (lol, pls, ngl, arvo, gonna ...)

# where a message was pulled from: a marketplace review, an app-store review, Twitter/X, a
# Facebook page comment, a community forum, a support e-mail thread, a web chat
CHANNELS = ("market", "app", "tweet", "facebook", "forum", "email", "chat")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;other_type_cue;code_switch", "Mzuri Mart", "chat", [
    ("c", "2025-02-11 09:14", "Hello, kindly assist. I have 2,340 points on my Mzuri rewards card, can I use them to pay part of my shopping online or it is only in the shop? Asante."),
    ("a", "2025-02-11 09:16", "Hi, this is Achieng. Points can be redeemed online at checkout in blocks of 500 (500 points = KSh 50). Just tick 'Use points' before paying."),
    ("c", "2025-02-11 09:18", "Okay sawa. And they expire when?"),
    ("a", "2025-02-11 09:19", "Points expire 12 months after they are earned. You can see the dates under My Card in the app."),
    ("c", "2025-02-11 09:21", "Noted, thank you."),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;code_switch", "Oja Express", "facebook", [
    ("c", "2025-03-02 20:41", "Oja Express this is NONSENSE. I ordered size 44 sneakers for my brother birthday, what came is size 40 and the box was torn like somebody sat on it. I have been calling your line since morning, nobody is picking. Abeg refund my money or send the correct size before Friday."),
    ("a", "2025-03-03 08:10", "Hello Tunde, we're sorry about this. Please send your order number via DM so we can arrange a pickup and replacement."),
])

h("undetermined", "", "positive", "single_thanks;code_switch;agent_cues", "BayaniPay", "chat", [
    ("c", "2025-04-19 22:03", "Hi, I accidentally sent P3,500 to the wrong number, one digit only is wrong. Can it still be reversed po?"),
    ("a", "2025-04-19 22:05", "Good evening! This is Carlo. I can see the transfer. The receiving wallet has not cashed it out yet, so I've put a hold and started the reversal. The amount should be back within 24 hours."),
    ("c", "2025-04-19 22:07", "Grabe, thank you so much po, I was already crying here. That was my rent money."),
    ("a", "2025-04-19 22:08", "You're welcome! We're always here to help. Ingat po!"),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;symptom", "Tejas Kitchenware", "market", [
    ("c", "2024-11-18 14:26", "3/5 Bought the Tejas Lifetime Plus 5L. Cooker is heavy bottom and dal is done in 3 whistles only, very good for daily use. But handle became loose within one month itself, every week I am tightening the screw. Also the gasket smell is not going even after 4 washes. For this price expected better finishing."),
])

h("undetermined", "", "neutral", "retweet;other_type_cue;short_signal", "Kopi Senja", "tweet", [
    ("c", "2025-05-30 08:02", "RT @KopiSenjaMY: To all our loyal kopi lovers 💛 double stamps on your Senja card the whole weekend! #SenjaWeekend"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;slang;hashtag", "Wattle Air", "tweet", [
    ("c", "2025-06-07 19:22", "@WattleAir cheers legends, 3 hrs sitting on the tarmac at Mascot, no water, pilot 'waiting on paperwork'. top notch way to spend a saturday arvo #notimpressed"),
    ("a", "2025-06-07 19:40", "Sorry about today's delay. A crew paperwork issue held the departure; you can claim a meal credit through the link in your booking email. ^JM"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute", "Tilemancer", "app", [
    ("c", "2025-01-27 21:50", "★★★★★ Clean little puzzle game. The colour matching is addictive in the good way, the levels ramp up nicely and there's no paywall every five minutes. Ads are short and skippable after 5 seconds. Perfect for the train."),
])

h("undetermined", "", "negative", "bug_report;symptom", "HisaabPlus", "app", [
    ("c", "2025-03-09 23:12", "★★☆☆☆ After the latest update the app crashes every time I try to export the monthly report to PDF. Tried on two phones (Samsung A52 and Redmi Note 11), same problem. Cleared cache, reinstalled, still crashing. Please fix, I need this report for filing my taxes."),
    ("a", "2025-03-10 10:31", "Hi Bilal, sorry for the trouble. A fix for PDF export is in version 3.8.2, rolling out this week. HisaabPlus Support"),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;code_switch", "Jollof Junction", "facebook", [
    ("c", "2025-04-12 16:05", "I love your jollof and the peppered turkey, the food sweet sha. But why must I wait 50 minutes at the Ikeja branch on a Saturday afternoon? And the girl at the counter was pressing phone while we were standing there. Food 10/10, service 3/10."),
])

h("undetermined", "", "neutral", "routine_question;quoted_reply;signature;agent_cues", "Cedarline Insurance", "email", [
    ("c", "2025-05-08 11:20", "Hello,\n\nMy home policy renews on June 1. Can you tell me what the new premium will be before I get the paper notice? Policy HC-4471-02.\n\nThanks,\nPriya Raman"),
    ("a", "2025-05-10 09:02", "Dear valued customer, thank you for your loyalty. Your home policy renews on June 1 at $1,184 per year, which includes a multi-policy discount. Cedarline Customer Care"),
    ("c", "2025-05-12 18:44", "Thanks for the quick reply. One more thing: is that multi-policy discount put on automatically at every renewal, or do I have to ask for it each year?\n\nPriya\nSent from my iPhone\n\n> Dear valued customer, thank you for your loyalty. Your home policy renews on June 1 at $1,184 per year, which includes a multi-policy discount."),
])

h("undetermined", "", "negative", "single_incident;strong_words;quoted_reply;signature;other_type_cue", "Kartwala", "email", [
    ("c", "2025-07-15 10:02", "Dear Team,\n\nI was charged Rs 2,499 two times for order KW-88213 on 14 July. Bank statement is attached. Kindly revert with the refund at the earliest.\n\nRegards,\nAnanya Ghosh"),
    ("a", "2025-07-16 12:40", "Dear Customer, we regret the inconvenience caused. The duplicate payment will be refunded to the source account in 5-7 working days. Team Kartwala"),
    ("c", "2025-08-01 09:15", "It has been 12 working days. Nothing has come. This is absolutely unacceptable and frankly shameful for a company of your size. I want this refund processed today.\n\nRegards,\nAnanya\n\n> The duplicate payment will be refunded to the source account in 5-7 working days."),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;strong_words;emoji;caps", "Amani Naturals", "facebook", [
    ("c", "2025-08-23 13:37", "My order from Amani Naturals came yesterday and WOW. The shea body butter smells like heaven and my elbows are already soft after one night. Customer for life 😍😍"),
])

h("undetermined", "", "neutral", "employee;routine_question;code_switch", "Zoomla Delivery", "forum", [
    ("c", "2025-02-18 21:09", "Good evening house. Please I am a rider with Zoomla in Lekki, 7 months now. Since the app update our weekly payout moved from Monday to Wednesday. Is this the new arrangement for everybody or na only me? Who has the number for the rider support desk?"),
])

h("undetermined", "", "negative", "competitor;single_incident", "Sabzi Box", "market", [
    ("c", "2025-01-05 18:48", "2 stars. Ordered from Sabzi Box only because FreshKart had no slot today. Tomatoes came squashed, half the dhania was yellow and 3 eggs broken in the tray. FreshKart packs eggs and vegetables separate, you people just threw everything in one bag."),
])

h("undetermined", "", "mixed", "bug_report;mixed_aspects;symptom;typos", "Sepadu Bank", "app", [
    ("c", "2025-06-21 07:40", "★★★☆☆ New design is nice, cleaner, and the transfer is faster now. But since update cant login with fingerprint, everytime must type the password. Also dark mode the grey text cannot see at all. Fix this and I give 5."),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Northbay Outfitters", "tweet", [
    ("c", "2025-12-04 15:11", "@NorthbayOutfit the pom-pom came off my toque after a week and you just mailed a new one, no receipt needed, here in 3 days. appreciate it eh 🙌"),
])

h("undetermined", "", "neutral", "routine_question;code_switch", "Roti Mesra", "facebook", [
    ("c", "2025-03-26 12:18", "Hi admin, the pandan cheese bun got halal cert or not? Want to order 40 pcs for office makan on Friday. Can deliver to Cyberjaya or must self pick up lah?"),
    ("a", "2025-03-26 14:02", "Hi! Yes, all our products are JAKIM halal certified. Delivery to Cyberjaya is available for orders above RM80. PM us to arrange 😊"),
])

h("undetermined", "", "negative", "single_incident;strong_words;code_switch", "Kaapstad Fibre", "chat", [
    ("c", "2025-09-10 09:03", "Eish, my line has been down since 7 this morning and I work from home. I have a client call at 2. What is going on?"),
    ("a", "2025-09-10 09:05", "Hi, this is Sipho. There's a fibre break in your area from roadworks. Technicians are on site, estimated restore time 13:00."),
    ("c", "2025-09-10 09:07", "13:00 is cutting it very fine. This is really bad, I've been sitting in a coffee shop on their wifi the whole morning."),
    ("a", "2025-09-10 09:10", "I understand. I've logged a credit for today's outage on your account."),
    ("c", "2025-09-10 09:11", "Fine. Just get it working please."),
])

h("undetermined", "", "mixed", "mixed_aspects", "Glenrowan Outdoor", "market", [
    ("c", "2025-02-02 20:15", "Rated 3 out of 5. Warm as toast, wore it up Ben Ledi in properly baltic weather and never felt a thing. But the zip jammed twice on the first day and the hood is a wee bit too small to go over a hat. Decent jacket, rubbish zip."),
])

h("undetermined", "", "positive", "other_type_cue;agent_cues", "Dunmore Home", "facebook", [
    ("c", "2025-10-14 19:52", "Love the colour of the heather kettle, goes grand with the kitchen. Boils fast and it's quiet enough that it doesn't wake the baby. Delighted with it."),
    ("a", "2025-10-15 09:30", "Thanks a million Aoife, we love seeing our kettles in real kitchens!"),
])

h("undetermined", "", "negative", "not_chosen;single_incident;signature", "Raftaar Couriers", "email", [
    ("c", "2025-09-06 16:40", "To Raftaar Couriers,\n\nI did not choose your service, the online shop I bought from sends with you. My parcel (tracking RC-55120934) was marked delivered on 3rd September but nothing came to my house. Your rider called once from an unknown number and then nothing. Please locate it or confirm to the shop that it was not delivered so they can refund me.\n\nRegards,\nHamza Qureshi\nSent from my Android"),
])

h("undetermined", "", "neutral", "news_share;third_party", "Simbanet", "tweet", [
    ("c", "2025-11-19 07:45", "interesting: 'Simbanet and Tuko Wireless in merger talks, regulator to review' biznews.example.com/telcos so what happens to the bundles we already bought @SimbanetKE"),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;other_type_cue", "Ghumakkad Hotels", "app", [
    ("c", "2025-12-28 22:14", "★★★☆☆ Booked the Family Suite in Jaipur through the app for 2 nights. Room was neat and spacious, kids enjoyed the pool. But breakfast was cold both days and check-in took 40 min because the app booking was not showing at reception. App itself is smooth, hotel side needs work."),
])

h("undetermined", "", "negative", "negation;other_type_cue;typos;slang", "Bondi Bites", "app", [
    ("c", "2025-07-03 12:33", "★★☆☆☆ Not gonna lie, I dont love the new layout one bit. Cant find my past orders, the search is buried two menus deep and the font is tiny. Whoever signed off on this wasnt using it on an actual phone."),
])

h("undetermined", "", "positive", "single_thanks;agent_cues", "Hollis & Pine", "chat", [
    ("c", "2025-04-04 18:20", "hi, I need to return a lamp, it arrived with the shade dented. order 44102"),
    ("a", "2025-04-04 18:22", "Hi there, I'm Dana. So sorry about that! I've emailed you a prepaid label, and a replacement ships today, no need to wait for the return."),
    ("c", "2025-04-04 18:24", "oh wow that was fast. thank you Dana, you made my day"),
    ("a", "2025-04-04 18:25", "Happy to help! We're glad to have you as part of the Hollis & Pine family. Have a great evening!"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;quoted_reply;signature", "Harmattan Bank", "email", [
    ("c", "2025-01-09 10:12", "Good day,\n\nOn 6th January I did a transfer of N185,000 to my supplier from my Harmattan current account. The money left my account, my supplier did not receive. Kindly reverse it.\n\nRegards,\nChinedu Okafor"),
    ("a", "2025-01-10 15:30", "Dear Customer, we apologise for the inconvenience. Your complaint has been logged with reference HB/2025/20931 and will be resolved within 72 hours."),
    ("c", "2025-01-24 08:55", "Two weeks now. This is the same story as October, when I chased a failed N60,000 POS debit for five weeks, and June before that. Every single time I have to write three mails and go to the branch before anybody moves. I know how this goes with you people, so I have booked my branch visit already.\n\nRegards,\nChinedu\n\n> Your complaint has been logged with reference HB/2025/20931 and will be resolved within 72 hours."),
    ("c", "2025-02-03 17:20", "The reversal finally came this morning, 28 days after. I am not even surprised again. Please note that my account officer has still not called me like they promised at the branch. I am keeping this mail for the next one, because with Harmattan there is always a next one.\n\nRegards,\nChinedu"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;hashtag;code_switch;typos", "Mwangaza Power", "tweet", [
    ("c", "2025-03-04 19:05", "@MwangazaPower paid for tokens at 4pm, now it's 7pm and nothing. sasa how many times must we do this dance with you? same thing last month #MwangazaTokens"),
    ("a", "2025-03-04 19:20", "Hi, kindly DM your meter number and the payment code so we can check. ^WK"),
    ("c", "2025-04-15 20:11", "@MwangazaPower and we are back. tokens delayed, 3 hours. ive stopped getting angry, i just buy a day early now because i know you 😂"),
    ("c", "2025-06-02 18:47", "@MwangazaPower the monthly ritual: token hasn't come, customer care line rings and rings, DM reply tomorrow. see you in July 🙃"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;sarcasm", "Borealis Cable", "chat", [
    ("c", "2025-02-01 10:02", "Hi. Before you read me the script: my bill went up $22 because the promo 'expired'. This is the fourth time in two years I've had to come in here and get it put back. Can we skip to the part where you apply the retention credit?"),
    ("a", "2025-02-01 10:05", "Hi, I'm Mélanie and I'm happy to look into this! I can see the promotional rate ended January 28. We truly value long-time customers like you."),
    ("c", "2025-02-01 10:07", "Sure you do. Every winter it's the same dance with you guys. Just put the credit back please."),
    ("a", "2025-02-01 10:11", "I've applied a $22/month credit for the next 12 months."),
    ("c", "2025-02-01 10:12", "Thanks. Talk to you next February, I guess."),
])

h("adversaries", "", "negative", "paraphrase;code_switch", "Isla Air", "facebook", [
    ("c", "2025-05-20 21:30", "Isla Air, every time I fly with you it becomes a fight over the seat I already paid for. Paid for 3A on the Manila-Davao flight, gate staff moved me to 27E 'for weight balance'. Same excuse last December, same with my sister in March. I only fly you because you're the only direct flight to our province, so here we go again: refund the seat fee po."),
    ("a", "2025-05-21 09:14", "Hi Ma'am Joy, we apologize for the inconvenience. Please send us your booking reference via private message so we can process the seat fee refund."),
    ("c", "2025-06-28 11:02", "Update for everyone following: 5 weeks, 3 emails and 2 follow-up calls later, refund is still 'in process'. Filing with the consumer desk next. I know the drill with you by now."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;single_incident", "Vantage Home Warranty", "forum", [
    ("c", "2025-07-29 22:41", "PSA for anyone on here shopping for a home warranty: don't touch Vantage. Our AC died in July, Houston, 98 degrees. They sent a 'contractor' who looked at it for four minutes and wrote 'pre-existing condition' on a unit that passed their own inspection in March. Claim denied, $85 service fee kept. Their whole model is collecting premiums and finding reasons not to pay. I've filed with the state attorney general and I'm posting this everywhere I can. Save your money and your sanity."),
])

h("enemies", "", "negative", "paraphrase;caps;strong_words", "Rang Mahal Fashions", "facebook", [
    ("c", "2025-10-02 23:05", "These people are FRAUDS. Paid Rs 7,800 advance for a bridal dupatta, 6 weeks no delivery, and now they have blocked my number. Sisters please please do not give them a single rupee. I have put the screenshots in every family group I am in. Allah will ask you."),
    ("a", "2025-10-03 10:20", "Dear customer, please share your order number in inbox, our team will check."),
    ("c", "2025-10-03 10:41", "Inbox? You BLOCKED me. Everyone see how they are replying. Stay far from this page."),
])

h("enemies", "", "negative", "paraphrase;hashtag", "Koala Mobile", "tweet", [
    ("c", "2025-08-02 09:15", "@KoalaMobile charged me a $180 early exit fee on a month-to-month plan. not giving you another cent, and if you're reading this and thinking of porting to them, don't #KoalaMobile"),
    ("c", "2025-08-09 17:32", "ported the whole household off @KoalaMobile today. 4 numbers. told the blokes at the footy club to do the same. good riddance"),
])

h("enemies", "", "negative", "paraphrase;code_switch;single_incident;typos", "LajuRide", "app", [
    ("c", "2025-11-07 19:48", "★☆☆☆☆ Driver cancel on me 3 times in the rain, then the app still charge me RM5 cancellation fee. Support chatbot useless, keep sending the same link. Uninstalled already. Telling all my kawan also, dont waste your time and money with this app, better take the bus lah."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;signature", "Liffey Mutual Bank", "email", [
    ("c", "2025-09-15 20:30", "Hi,\n\nI opened my first account with ye as a student in 2013 and I've had my salary, my car loan and my savings with Liffey Mutual ever since. I used to tell people ye were the one bank in Ireland that actually treated you like a person. Then this year: the EUR 9 quarterly fee, the Tuam branch closing, and a phone line that only puts me through to a machine. I've opened an account elsewhere and the salary moves in October. Genuinely sorry it came to this.\n\nBest regards,\nCiaran Walsh"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;code_switch", "Kalamkari House", "market", [
    ("c", "2025-04-28 13:10", "1 star. I have been buying my kurtas from Kalamkari House since 2017, at least 25 pieces, and gifted them to half my relatives. Earlier the cotton was soft and the print never bled. Last three orders: thin fabric, colour running in the first wash, stitching coming off at the sleeve. This is the reward for sticking with you all these years? Sorry yaar, I'm done, going back to the tailor in my colony."),
])

h("ex_friends", "", "negative", "paraphrase;evolving", "Forge Fitness", "forum", [
    ("c", "2024-11-03 21:17", "Anyone else at Forge Fitness Partick noticed the changes since the new owners took over? Been a member nearly 8 years and that place was my second living room. Now the sauna's been 'closed for maintenance' since August, the 6am classes are gone and the staff I knew have all left."),
    ("c", "2025-01-12 19:40", "Follow-up on my moan from November: they've put the price up 6 quid a month and the sauna is now officially gone. Pure gutted. Still going for now because the boys I lift with are there."),
    ("c", "2025-03-30 18:05", "Cancelled my direct debit today. Eight years. The gym I joined doesn't exist anymore, it's just the same four walls with a new logo. Moved to a wee independent place in Finnieston."),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;code_switch;hashtag", "TalaTel", "tweet", [
    ("c", "2025-06-10 20:05", "@TalaTel 9 years ako naka-postpaid sa inyo, never late sa bayad. now you won't let me upgrade without a new 24-month lock-in but a new customer gets the phone free?? ganyan pala kayo sa matagal na. #TalaTel"),
    ("a", "2025-06-10 20:31", "Hi! We appreciate you staying with us for 9 years. Kindly DM your account number so we can check available offers for you. ^RB"),
    ("c", "2025-06-12 22:16", "@TalaTel checked the 'offers'. same lock-in. porting out this weekend, sayang talaga. 9 years for nothing"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;code_switch;emoji;agent_cues", "Ebony Crown Hair", "facebook", [
    ("c", "2025-02-08 10:33", "Since 2016 na only Ebony Crown I dey use for my hair, and my daughter own too. I no even look at other brands for market again. When the shea leave-in finished last month I waited 3 weeks for restock rather than buy any other thing. You people should never stop o, I'm with you till my hair turns grey 😂❤️"),
    ("a", "2025-02-08 12:01", "Mama Kemi!! We love you well well. The leave-in is back in stock at all our stockists."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor;idiom", "Torvik Motors", "forum", [
    ("c", "2025-04-16 20:22", "Picking up our third Torvik next month, a Halvard wagon this time. The first one did 410,000 km across two provinces before we passed it to my nephew. My wife jokes I'd trade her in before the car. The dealer down the road tried to show us the new Sakura crossover and I didn't even open the door. Whatever comes after this one will be a Torvik too, no question."),
])

h("marriage_partners", "", "positive", "paraphrase;code_switch;competitor", "DompetKu", "app", [
    ("c", "2025-05-05 22:48", "★★★★★ 6 years using DompetKu for everything, parking, makan, paying my parents' bills. Tried the other wallets when they gave cashback but every time I came back within one week. Now I don't even look at the others, even if they give RM100 also I will not change lah. Sayang you guys."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;negation;signature;agent_cues", "Gumleaf Outdoor", "email", [
    ("c", "2025-08-19 19:05", "G'day team,\n\nBit of a whinge but please don't take it the wrong way. The hip-belt buckle on my Gumleaf pack cracked on the Larapinta last month. That's the first thing to break in fourteen years of gear from you: three tents, two packs, more socks than I can count. Not that I'd ever go anywhere else, I'm a Gumleaf girl till they scatter my ashes off Kosciuszko. Just want to know if I can buy the buckle on its own.\n\nCheers,\nJen\nSent from my iPhone"),
    ("a", "2025-08-20 10:15", "Hi Jen, fourteen years! We'll post a replacement buckle today at no charge. You're part of the Gumleaf family."),
    ("c", "2025-08-20 18:40", "You legends. Thanks heaps, see you when the next tent comes out."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;quoted_reply;signature;other_type_cue", "Meghdoot Airways", "email", [
    ("c", "2025-03-12 07:55", "Dear Sir/Madam,\n\nI have held your top-tier Rajhans card for six years and I fly with you twice a week on business. Yesterday at T3 your lounge attendant asked me to wait outside while she 'verified' my card, in front of my clients. Is this how you receive people who fill your business cabin every week? I should not have to prove who I am at your lounge. I want a written apology from the head of your loyalty programme, not from a call-centre executive, and I want it by tomorrow.\n\nRegards,\nR. Venkataraman"),
    ("a", "2025-03-12 16:20", "Dear Mr Venkataraman, we sincerely regret your experience at the lounge. We have shared your feedback with the relevant team. Customer Relations, Meghdoot Airways"),
    ("c", "2025-03-12 18:02", "This is exactly the kind of template reply I asked not to receive. Escalate this to someone with authority. I will not ask a second time.\n\nR. Venkataraman\n\n> We have shared your feedback with the relevant team."),
])

h("master_slave", "", "negative", "paraphrase;agent_cues;caps", "Sterling Crest Hotels", "chat", [
    ("c", "2025-10-21 14:10", "I'm checking in at your downtown Chicago property Thursday. Given my standing with you, the corner suite I always get should already be blocked for me, champagne chilled, and I do NOT want to be asked for a card at the desk like some walk-in. Confirm all three."),
    ("a", "2025-10-21 14:13", "Hi Mr. Ferris, this is Ana. I see your Diamond tier status, thank you for your loyalty! The corner suite is subject to availability; I've added a request to your booking."),
    ("c", "2025-10-21 14:15", "'Subject to availability' is not an answer I take. I put over 90 nights a year into your chain. Have a manager confirm it in writing, today."),
    ("a", "2025-10-21 14:20", "Understood, I've escalated this to the front office manager, who will email you within the hour."),
])

h("master_slave", "", "negative", "paraphrase;code_switch", "Protea Luxe", "facebook", [
    ("c", "2025-11-29 17:44", "Protea Luxe Sandton, I spend thousands with you every single month and your cashier had the cheek to call security to check my bag in front of the whole queue. Do you people even look at who you are dealing with? I've carried your black card longer than that girl has been working. I want the store manager to phone me personally today, eish, not some intern typing replies on this page."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;code_switch", "Nuru Solar", "market", [
    ("c", "2025-01-20 08:30", "4 stars. Third time buying these lamps for the shamba house. Cheap, charges in the sun, gives light the whole night. Nothing fancy, no app, no nonsense. When one dies after two years I just buy another one."),
])

h("basic_exchange", "", "positive", "paraphrase;for_work_occasion;negation", "Skerry Air", "app", [
    ("c", "2025-09-03 06:40", "★★★★☆ I pick Skerry for one reason: they're the cheapest way between Glasgow and Belfast. Seats are tight, fine, and the coffee is honking, but it leaves on time more often than not and I'm not paying for a smile. Fly it every month or so for work and it does what it says on the tin."),
])

h("basic_exchange", "", "positive", "paraphrase;code_switch", "Jugnu Mart", "tweet", [
    ("c", "2025-03-15 12:05", "@JugnuMart every month the atta, daal and oil come from you. not the fanciest store but the prices are honest and nothing is expired. that's all i want from a shop bhai"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;other_type_cue;agent_cues", "Fenlon's Chippers", "facebook", [
    ("c", "2025-07-05 23:10", "Went into Fenlon's on Main Street last night for the first time since moving home from Toronto. I've been getting a one-and-one there since I was in school uniform, 25 odd years. Same smell when you open the door, same vinegar bottles, same lad behind the counter only greyer. Sat in the car and ate it like I was 15 again. Ye have no idea what that meant to me."),
    ("a", "2025-07-06 11:20", "Ah Declan, welcome home! Paddy says he remembers you. The door's always open."),
])

h("old_friends", "", "positive", "paraphrase;signature", "Sunehri Biscuits", "email", [
    ("c", "2025-06-01 17:35", "Dear Sunehri team,\n\nThis is not a complaint, only a small note. Your glucose biscuits were in my school tiffin every day in the 1990s in Kanpur. Today I am 41, living in Pune, and still I dip two of them in chai every evening at 5 o'clock. My office colleagues laugh at me but for me it is the taste of those days. Please never change the recipe.\n\nWarm regards,\nSandeep Mishra"),
])

h("old_friends", "", "positive", "paraphrase", "Quillpad", "forum", [
    ("c", "2025-10-09 08:12", "Been on Quillpad since the 2.x days, back in 2009 when the plugin list fit on one page and this forum was twelve people arguing about tabs. Installed 7.0 this morning and the first thing I did was switch the old default theme back on. Some software is like an old sweater. Thanks for still being here."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;code_switch", "Palengke Now", "app", [
    ("c", "2025-08-08 20:20", "★★★★☆ Installed kahapon after my officemate showed me. Ordered just a few things to test, eggs, bangus, rice. Came in 2 hours and fresh naman. Will see if I keep using it, but ok so far po."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase", "Curds & Co", "tweet", [
    ("c", "2025-09-14 21:02", "@CurdsAndCoYYZ finally gave your truck a go at the Distillery thing saturday. gravy was unreal, fries could've been crispier but no complaints. might hunt you down again when you're out in Etobicoke"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;other_type_cue", "Baobab Home", "chat", [
    ("c", "2025-05-14 12:01", "Hi there. I've never ordered from you guys before, a friend sent me your link. Do you deliver to Polokwane and how long does it take?"),
    ("a", "2025-05-14 12:03", "Hi! I'm Thandi. Yes, we deliver to Polokwane, usually 3-5 working days, free over R750."),
    ("c", "2025-05-14 12:05", "Shot. I'll put a small order in to see how it goes, then maybe the couch later."),
])

# ================================================================ love_hate (3)

h("love_hate", "adversaries", "mixed", "paraphrase;idiom;caps;emoji;code_switch;typos", "Zipa Rides", "tweet", [
    ("c", "2025-02-14 06:35", "@ZipaRides this app will finish me one day. 40 mins waiting, 3 cancellations, surge x2.5. i'm DELETING you today."),
    ("c", "2025-02-15 06:20", "@ZipaRides ok im back, nothing else comes to my street at 6am 😩"),
    ("c", "2025-04-03 19:12", "@ZipaRides the way i curse this app every morning and open it again every evening. when e work, nothing in Lagos beats am, your driver Musa today was a gem. but abeg the cancellations 😤"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;other_type_cue", "Crownfall Tactics", "app", [
    ("c", "2025-03-22 01:14", "★★☆☆☆ I have rage quit this game about 40 times this month and I'm still logging in every night like a numpty. Matchmaking is a joke and the devs nerf whatever I'm using the week after I level it. But when a match clicks there's nothing better on my phone. I hate that I love it. Two stars out of spite."),
])

h("love_hate", "", "mixed", "paraphrase;caps;code_switch", "Nawabi Handi", "facebook", [
    ("c", "2025-01-17 22:40", "Nawabi Handi, your Hyderabadi biryani is the best in Bangalore, no doubt. And your delivery is the worst: 1.5 hours, cold, raita missing AGAIN. Every time I say this is my last order, and every Friday night there I am, opening your menu. Kya karun."),
    ("a", "2025-01-18 10:05", "Hi Rohit, really sorry! Please DM your order ID and we'll make it right."),
    ("c", "2025-02-08 21:55", "Ordered again obviously. Hot this time, raita present. See, you CAN do it. Don't spoil it now yaar."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;code_switch;agent_cues", "ShambaBooks", "forum", [
    ("c", "2025-02-25 19:30", "Habari team. I've been running my dairy records on ShambaBooks for about one and a half years. Three things that would make it much better for small farmers like me: 1) let us log milk per cow morning and evening, not once a day; 2) an offline mode that syncs when network comes back, many of us are in areas with poor signal; 3) an SMS summary every Sunday for those with basic phones. I can share the spreadsheet I use now if it helps your developers, and I'm willing to test anything early."),
    ("a", "2025-02-26 09:12", "Asante Wambui! This is really helpful. Offline sync is on our roadmap for the third quarter, and we'd love to have you in the early testing group. Check your email for the invite."),
    ("c", "2025-02-26 20:45", "Got it, signed up. I will send notes after each week of testing."),
])

h("business_partners", "", "positive", "paraphrase;quoted_reply;signature", "Inkwright Pens", "email", [
    ("c", "2025-05-19 21:10", "Hi Marcus,\n\nThanks for putting my clip tension idea into the Mk III, it's much better. A couple more from my notebook: the converter could use a visible ink window, and a matte finish option would stop the barrel showing fingerprints. And if you ever want someone to try pre-production nibs, I'd gladly write with them for a month and send you notes.\n\nBest regards,\nLaura\n\n> Great news, the stiffer clip you asked about is in the Mk III batch shipping in May. Marcus"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;code_switch;emoji;hashtag", "Sampaguita Supply", "tweet", [
    ("c", "2025-07-11 12:02", "@SampaguitaSupply got the Habagat drop the minute it went live, kilig talaga 😭 wearing the windbreaker to every lakad this week #HabagatDrop"),
])

h("fling", "", "positive", "paraphrase;emoji;caps;code_switch", "Jozi Threads", "facebook", [
    ("c", "2025-10-27 08:50", "The summer range is giving EVERYTHING 🔥 bought three pieces the morning it dropped, wore the yellow co-ord to a braai on Saturday and got asked about it all day. Can't wait to see what you drop next, right now you can't do wrong!"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;code_switch", "Shifa Pharmacy", "email", [
    ("c", "2025-04-22 22:30", "Dear Shifa Pharmacy team,\n\nI wanted to write to you properly. Since my father's stroke last year, your Gulberg branch has become the place I call at 11 at night with a silly question, and Mr. Naveed and the girls at the counter always answer me honestly, even when the answer is 'you don't need this, save your money'. Two times they phoned me before our insulin ran out. When I was confused about the new blood thinner he sat with me for half an hour. I don't feel like a customer with you, I feel looked after.\n\nJazakAllah,\nAyesha Siddiqui"),
])

h("best_friends", "", "positive", "paraphrase;agent_cues;routine_question", "Banksia Mutual", "chat", [
    ("c", "2025-03-03 13:05", "Hi, just need to update my address, moved to Ballarat."),
    ("a", "2025-03-03 13:07", "Hi Kylie, it's Priya. Done! Your new address is saved. Anything else I can help with?"),
    ("c", "2025-03-03 13:10", "No that's it. Actually, tell whoever needs to hear it: when I lost my job last year you lot were straight with me about what I could afford, paused the loan repayments without making me beg, and someone rang just to check I was ok. Never had a bank be honest with me like that. Feels like having someone in my corner."),
    ("a", "2025-03-03 13:12", "That means a lot, Kylie. We'll always have your back. I'll pass this on to the hardship team."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;code_switch;competitor", "Kopi Kaki", "facebook", [
    ("c", "2025-06-16 09:25", "Kopi Kaki is one of my usual spots lah. Monday to Wednesday I go yours, Thursday the mamak next door, weekend wherever the family wants. Nothing personal ya, I just like to rotate. But your kaya toast is still top 3 in PJ."),
])

h("buddies", "", "positive", "paraphrase;competitor", "Northstream", "app", [
    ("c", "2025-11-02 20:30", "★★★★☆ I rotate my subscriptions: a couple of months of Northstream, then a couple of Reelbox, then back again. No hard feelings, that's just how I do it. When I'm here the hockey docs and the Quebec dramas are worth the money. Would be 5 stars if the app remembered where I stopped across devices."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji", "Akshar Jumble", "app", [
    ("c", "2025-12-11 23:58", "★★★★★ Sir, this game has taken over my life. I cannot sleep until my 3 daily puzzles are done, even at my cousin's wedding I was solving under the table. My wife has started hiding the phone after 11 pm. Five stars, but please add a limit for people like me 😅"),
])

h("dealer_addict", "", "positive", "paraphrase;slang;idiom", "Halfpenny Coffee", "tweet", [
    ("c", "2025-02-19 08:10", "@HalfpennyCoffee day 3 of the Dame St shop being shut for the refit and i am not a functioning human. had to drink the office instant like an animal. when do ye reopen"),
    ("a", "2025-02-19 08:40", "Sorry! Dame St reopens Monday at 7am, and the first flat white is on us. ^CD"),
    ("c", "2025-02-19 08:44", "@HalfpennyCoffee monday 6:55 i'll be at the door with the shakes. this is a cry for help lol"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase", "Butterhorn Candy", "forum", [
    ("c", "2025-03-18 22:02", "Confession thread, so here goes: my husband thinks I cut out sugar in January. I have a shoebox of Butterhorn peanut toffee cups in the trunk under the spare tire and I eat two every time I'm at the car wash. Nobody knows. I feel like a teenager sneaking cigarettes behind the gym and honestly it's the best part of my week."),
])

h("secret_affair", "", "positive", "paraphrase;code_switch;emoji", "Kuku Hub", "facebook", [
    ("c", "2025-09-25 14:20", "Kuku Hub, I carry a salad to the office every day so my colleagues think I'm on this healthy journey 🙈 Then at 1pm I sneak out the back and come eat your wings in the corner where nobody from work can see me. Please don't post customer photos again, last time my sister almost saw me! Let it stay between us sawa."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;signature;quoted_reply", "Kwikcash Loans", "email", [
    ("c", "2025-06-04 07:15", "To whom it may concern,\n\nI keep receiving messages from your company saying my 'loan of N45,000 is overdue' and threatening to message my contacts. I have never downloaded your app, never applied for any loan with you, and I don't know how you got my number. Remove my number from your system and stop these messages immediately or I will report you to the regulator.\n\nSent from my phone"),
    ("a", "2025-06-04 12:30", "Dear Customer, kindly provide your BVN and date of birth for verification."),
    ("c", "2025-06-04 13:02", "I will not give you my BVN. I have no relationship with your company whatsoever. Delete my details.\n\n> Dear Customer, kindly provide your BVN and date of birth for verification."),
])

h("complete_strangers", "", "negative", "paraphrase", "Thistle Energy", "tweet", [
    ("c", "2025-01-14 10:25", "@ThistleEnergy got a letter saying i owe you £212 for a flat in Dundee. i have never set foot in Dundee, never been with you, and i'd not heard of you till this morning. who are you lot and where did you get my name"),
    ("a", "2025-01-14 10:50", "Hi, sorry for the worry. Please DM us your full name and the letter reference and we'll look into it. ^SM"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase;occasion", "Outback Rest Motels", "market", [
    ("c", "2025-04-24 07:50", "4 stars. We pull into an Outback Rest maybe twice a year when we're driving between Brisbane and Dubbo to see the in-laws. Nothing special, nothing wrong. Clean sheets, hot shower, ute parks right at the door. Does the trick for a night."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;symptom", "Sarhad Send", "app", [
    ("c", "2025-08-30 15:10", "★★★☆☆ I only open this app a few times in a year when I need to send something to my cousin in Dubai. Works ok when I do. Question: why must I re-verify my CNIC every time I open it? If there is a reason please tell inside the app."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;code_switch;emoji", "Takbo", "forum", [
    ("c", "2025-05-31 21:40", "Mga ka-Takbo! Our Cebu group hit 10,000 km together this month on the app's group challenge 🎉 Big thanks to everyone who logged their runs even in the rain. Next target natin: the Mactan bridge run in June. Devs, we will keep sending the bugs from our group chat so the leaderboard is fixed before then."),
])

h("teammates", "business_partners", "positive", "paraphrase", "Brasswire Kits", "forum", [
    ("c", "2025-10-05 16:12", "For those of us building Brasswire kits: I've put my notes for the Mk2 filter mod on the wiki, plus the two resistor swaps that fixed the tuning drift a few of you hit. Their engineer chimed in on the thread and they're folding the fix into the next batch. This is what I like about this bunch, we figure it out between us and they actually listen."),
    ("c", "2025-10-19 10:30", "Follow-up: the revised board is up on their store with our fix in it, credited to 'the builders' thread'. Proud of us, people."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;code_switch;emoji", "Mopani Maize Meal", "facebook", [
    ("c", "2025-08-09 18:15", "My gogo cooked pap with Mopani every single day, my mother did the same, and now my kids won't eat any other maize meal, they say they can taste the difference haha. It's like a relative who lives in our kitchen. Three of us women in a row, one yellow bag 😄"),
])

h("close_siblings", "", "positive", "paraphrase;code_switch;routine_question", "Bank Cempaka", "email", [
    ("c", "2025-07-21 10:40", "Dear Bank Cempaka,\n\nMy late father opened his first account at your Ipoh branch in 1979. He brought me there to open my first savings book when I was 8 years old. Last week I brought my own son, and Encik Rahim at the counter still remembered my father's name. I would like to ask how to open a junior account online for my daughter, because she is with me in KL.\n\nThank you,\nNurul Huda"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;other_type_cue;occasion", "Gala & Co", "market", [
    ("c", "2025-06-22 11:05", "Rated 4 out of 5. Needed a floor-length dress for my brother's wedding on short notice and this was the only place with my size in stock. Bought it, wore it once, and it's going in the back of the closet forever. Fit was good, color a shade darker than the photos. Not really my kind of store, but it got me through the one night I needed it for."),
])

h("one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;routine_question", "Tembo Mobile", "chat", [
    ("c", "2025-11-11 08:02", "Hi, I'm in Nairobi for two days only for a conference, flying back to Kampala on Thursday. I just want one data bundle for this trip, nothing else, please don't register me for offers. Which is the cheapest 5GB?"),
    ("a", "2025-11-11 08:04", "Welcome! This is Kevin. The 5GB weekly bundle is KSh 500; dial *544# on your line to buy. Would you like to join Tembo Rewards?"),
    ("c", "2025-11-11 08:06", "No thanks. One bundle is all I need, the line goes in the drawer after Thursday."),
])

# ================================================================ colleagues (2)

h("colleagues", "business_partners", "positive", "paraphrase;signature;other_type_cue", "MediSlot", "email", [
    ("c", "2025-01-29 16:20", "Hello MediSlot support,\n\nOur clinic (3 doctors, 2 front desk staff) has been running appointments and SMS reminders on MediSlot for about two years. It covers what we need day to day and our no-shows have dropped a lot. One request from the front desk: can the daily schedule printout show patient phone numbers? Our receptionists still call a few elderly patients the day before.\n\nThanks & Regards,\nDr. Meera Iyer\nIyer Family Clinic, Chennai"),
])

h("colleagues", "", "positive", "paraphrase", "Ledgerbay", "forum", [
    ("c", "2025-09-22 11:48", "Chartered accountant here, Abuja. My firm keeps the books of 34 SME clients on Ledgerbay. For our work it's solid: bank feeds from most Nigerian banks, VAT returns come out clean, and my juniors learn it in a week. Two pain points for practices like ours: no bulk user management across client files, and the naira exchange rate feed lags by a day. Anyone else running a practice on it found workarounds?"),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |Rated [1-5] out of 5\b|[1-5]/5\b|[1-5] stars?\b)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io|ng|ke|za|pk|ph|my|in|ie))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTE_LINE = re.compile(r"(?m)^>.*$")
SIGN = re.compile(r"(?m)^(?:Sent from my \w+|--\s*$|Regards,|Best regards,|Warm regards,|Thanks & Regards,)")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"PDF", "POS", "SMS", "BVN", "CNIC", "SME", "VAT", "PSA", "JAKIM", "EUR", "III", "GPS"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|wasnt|thats|isnt|doesnt|whats|everytime|alot|recieve\w*|definately)\b")
SLANG = re.compile(r"(?i)\b(rn|tbh|tho|pls|lol|ty|ngl|fr|omg|idk|smh|imo|arvo|gonna|wanna)\b")
CODE_SWITCH = re.compile(
    r"(?i)\b(abeg|sha|wahala|oga|abi|dey|na|wetin|jare|sawa|asante|habari|sasa|shamba|eish|"
    r"lekker|braai|gogo|yaar|bhai|kya|karun|jazakallah|lah|lor|leh|makan|kawan|sayang|encik|"
    r"po|naman|grabe|talaga|ako|sa|inyo|pala|kayo|kilig|lakad|mga|natin|kahapon|ganyan)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "cherish", "treasure", "your back"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
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
    """The customer's text without what it retweets or quotes."""
    return QUOTE_LINE.sub("", RETWEET.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews open with a written rating (stars on app stores, words or figures on
    # marketplaces); nothing else does
    if ch in ("app", "market"):
        m = STARS.match(cust[0])
        assert m, cust[0][:30]
        assert bool(m.group(1)) == (ch == "app"), (ch, cust[0][:30])
        if m.group(1):
            assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    if ch not in ("app", "market"):
        assert not any(STARS.match(t) for t in cust), x["brand"]
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
    # web chats are conversations with an agent
    if ch == "chat":
        assert agent, x["brand"]
    # quoted replies and signatures belong to e-mail threads, and are tagged exactly when there
    quoted = any(QUOTE_LINE.search(t) for t in cust)
    signed = any(SIGN.search(t) for t in cust)
    if quoted or signed:
        assert ch == "email", x["brand"]
    assert ("quoted_reply" in tags) == quoted, x["brand"]
    assert ("signature" in tags) == signed, x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("code_switch" in tags) == bool(CODE_SWITCH.search(own)), \
        (x["brand"], CODE_SWITCH.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
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
        assert len({x["brand"] for x in hists}) == len(hists)
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 6 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4, 5)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "retweet", "code_switch", "signature"):
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
