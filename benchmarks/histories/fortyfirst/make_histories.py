#!/usr/bin/env python3
"""Invented training histories wb001..wb080 for relradar (fortyfirst set).

Genre: customers of mobile networks, home broadband (fibre), DTH satellite TV and mobile-money
wallets in India, Nigeria, Kenya, Ghana, Pakistan and the Philippines. Tweets to brand handles
with the brand's replies (asking for a DM, an account number, a ticket), Facebook comments on a
brand's page with the page's replies, app-store reviews (a star rating first, sometimes edited
later with an "Update:" line), WhatsApp-style support chats with an agent (a customer may quote
the agent's earlier line with "> "). English as a second language, local idiom, code-switching
words (Pidgin, Swahili, Twi, Urdu/Hindi, Tagalog), recharge, load and data-bundle talk; 1 to 5
messages per customer. All texts, names, handles, brands, addresses (example.com) and numbers
are invented. Each history is written under its intended label and checked against the
CODEBOOK's procedure; ids are assigned by a seeded shuffle (seed 4141) of the harness's type mix
so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "wb"
SEED = 4141
TRAPS = TRAPS | {
    "code_switch",   # words of a local language or Pidgin in the customer's own words
    "update_edit",   # an app review edited later ("Update: ..."), the tie or the tone changing
    "quoted_cue"}    # a cue word stands only in quoted text (a retweet)

# where a history was posted: Twitter/X, a Facebook page, an app store, a WhatsApp-style chat
CHANNELS = ("tweet", "fb", "app", "chat")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

# ---------------------------------------------------------------- neutral (6)

h("undetermined", "", "neutral", "routine_question;emoji", "Vayu Mobile", "tweet", [
    ("c", "2025-02-11 09:14", "@VayuCares what's the code to check remaining data on the ₹299 plan? the app shows 0 GB left but I'm still browsing 🤔"),
    ("a", "2025-02-11 09:26", "Hi! Dial *121*4# or open the Vayu app > My Plan > Usage. The app refreshes usage every 3 hours, so a small gap is normal. ^RS"),
])

h("undetermined", "", "neutral", "routine_question", "PesaNyota", "chat", [
    ("c", "2025-03-04 14:02", "Hello, what is the maximum I can send to a number on another network in one day? I want to pay my fundi KES 120,000 for the roofing."),
    ("a", "2025-03-04 14:05", "Hi, this is Achieng from PesaNyota. The daily limit to other networks is KES 150,000, with a single transaction limit of KES 70,000, so you can send it in two parts."),
    ("c", "2025-03-04 14:07", "Okay two parts then. Thanks"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute", "Adinkra Mobile", "fb", [
    ("c", "2025-04-19 11:30", "Does the new Weekender 8GB work on the MiFi device or only on phones? And does it roll over if I don't finish it by Monday?"),
    ("a", "2025-04-19 12:02", "Hi Esi, yes it works on MiFi. Unused Weekender data expires on Monday at 6am, nothing carries over to the next week. ~Adinkra Care"),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;other_type_cue", "Zenta Mobile", "tweet", [
    ("c", "2025-05-23 19:48", "RT @ZentaMobileNG: We love our loyal Zenta family! ❤️ Recharge N1,500 this weekend and get 3GB free. #ZentaWeekend"),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question;product_attribute;agent_cues", "Sitara Mobile", "fb", [
    ("c", "2025-01-28 21:15", "Loyalty points question: I have 4,210 Sitara Stars points. Can they be used for the cricket streaming add-on or only for minutes? Couldn't find it anywhere in the app."),
    ("a", "2025-01-29 10:40", "Hi Bilal, points can be redeemed for any add-on including cricket streaming. Go to My Sitara > Rewards > Redeem. We value every customer! Sitara Care"),
])

h("undetermined", "", "neutral", "third_party;routine_question;code_switch", "Kalayaan Mobile", "fb", [
    ("c", "2025-06-09 08:05", "Good morning po. Paano po i-register yung SIM ng lola ko? She's 81 and her senior citizen ID is expired. Can her barangay certificate be used instead? Thank you po."),
    ("a", "2025-06-09 09:31", "Hi Maricel, a barangay certificate with photo is accepted for senior citizens. You may also visit any Kalayaan store with your lola for assisted registration."),
])

# ---------------------------------------------------------------- negative (7)

h("undetermined", "", "negative", "single_incident;code_switch", "Zenta Mobile", "tweet", [
    ("c", "2025-02-17 09:52", "@ZentaCare I recharged N2,000 through my bank app at 9:40 this morning. Bank says successful. No airtime, no SMS, nothing. Abeg where is my money?"),
    ("a", "2025-02-17 10:06", "Hi, we're sorry about this. Kindly send us a DM with your number, the amount and the bank reference so we can check. ^TO"),
    ("c", "2025-02-17 10:11", "Sent. Ref is in your DM. I need it sorted today abeg, I have calls to make."),
])

h("undetermined", "", "negative", "single_incident;strong_words", "Kente Pay", "app", [
    ("c", "2025-03-21 18:40", "★☆☆☆☆ Sent GHS 450 to my sister in Tamale on Tuesday. It's Friday. The money has left my wallet, she hasn't received it, and the in-app chat keeps giving me the same 'your issue has been escalated' message. Absolutely terrible, three days of stress over one transfer. Just reverse it!!"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;hashtag", "Mtandao Fibre", "tweet", [
    ("c", "2025-04-08 07:12", "@MtandaoFibre congratulations on 14 straight hours of no internet in Kilimani. truly world class service 👏🏾👏🏾 #MtandaoDown"),
    ("a", "2025-04-08 07:35", "Hi, we apologise. A fibre cut along Ngong Road is affecting Kilimani and our team is on site. Please DM your account number so we can credit the downtime. ^WK"),
    ("c", "2025-04-08 07:41", "DM sent. a text message at night would have been nice instead of me resetting the router 6 times"),
])

h("undetermined", "", "negative", "symptom;single_incident;emoji", "SkyDisha DTH", "chat", [
    ("c", "2025-07-14 19:22", "Hi my dish is showing 'No Signal E-16' again. Every time it rains even a little the picture goes, today it is off since 7pm and the match is going on"),
    ("a", "2025-07-14 19:25", "Hello, this is Priya from SkyDisha. Heavy rain can weaken the signal. Please check that the cable at the back of the box is tight and restart the box by unplugging it for 30 seconds."),
    ("c", "2025-07-14 19:41", "Done that 3 times. Still no signal. Please send technician, my whole colony is watching the match at my place 😩"),
    ("a", "2025-07-14 19:44", "I have raised a technician visit, ticket SD-448120. The engineer will call you by 11am tomorrow."),
])

h("undetermined", "", "negative", "caps;single_incident", "Jugnu Mobile", "fb", [
    ("c", "2025-05-02 13:10", "MY SIM HAS BEEN BLOCKED SINCE YESTERDAY FOR NO REASON. I did the biometric at your franchise in Saddar last week, the man even gave me a slip. Now no calls, no data, and my bank OTP comes on this number. Fix it TODAY please."),
    ("a", "2025-05-02 14:25", "Dear customer, please share your number and CNIC in our inbox so we can check the verification status."),
])

h("undetermined", "", "negative", "typos;negation;single_incident", "Kalayaan Mobile", "tweet", [
    ("c", "2025-08-03 22:17", "@KalayaanCares ive been charged 99 pesos for a 'GameBoost' promo i didnt register to. not loving this at all. pls reverse it, im a student and that was my load for the week"),
    ("a", "2025-08-03 22:40", "Hi! Sorry for the trouble. We've sent you a DM to verify your number so we can check the charge. ^JM"),
    ("c", "2025-08-04 12:05", "ok the 99 is back. thanks i guess"),
])

h("undetermined", "", "negative", "single_incident;competitor", "PayChakra", "app", [
    ("c", "2025-09-12 20:33", "★★☆☆☆ UPI payment at the petrol pump failed but ₹1,850 was debited. App said refund in 48 hours. Today is day 6 and customer care only sends the same template. My friend paid through another app at the same pump, same minute, no issue. Fix your refund system."),
])

# ---------------------------------------------------------------- positive (6)

h("undetermined", "", "positive", "single_thanks;emoji;other_type_cue;agent_cues", "Chui Mobile", "tweet", [
    ("c", "2025-01-20 16:45", "@ChuiMobileKE big up to Wanjiru at the Moi Avenue shop, she sorted my SIM swap in 10 minutes when I thought my line was gone forever 🙏🏾"),
    ("a", "2025-01-20 17:02", "Asante for the kind words! We'll pass them on to Wanjiru. We're always here to help. ^LM"),
])

h("undetermined", "", "positive", "idiom;product_attribute", "GoldCoast Fibre", "fb", [
    ("c", "2025-06-16 21:08", "Upgraded to the 200Mbps plan on Saturday. Technician came at 10 like he promised, was done by 11, and this thing is a beast. Downloaded a whole game in 8 minutes. Money well spent!!"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Sankofa TV", "fb", [
    ("c", "2025-02-10 23:20", "Watched the whole Nations Cup final on the Sankofa TV app on my phone, not a single buffer even with the whole office streaming on the same wifi. Well done 👍🏾"),
    ("a", "2025-02-11 09:15", "Thank you Kojo! Glad you enjoyed the final with us."),
])

h("undetermined", "", "positive", "single_thanks;code_switch;idiom;emoji", "Rawal Net", "chat", [
    ("c", "2025-03-29 17:50", "Assalam o alaikum, technician Imran came today and changed the fiber cable. Bohat shukriya, net is flying now 😊"),
    ("a", "2025-03-29 17:53", "Walaikum assalam! Great to hear, thank you for letting us know. Is there anything else I can help you with?"),
    ("c", "2025-03-29 17:55", "No that's all. JazakAllah"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Tarang Mobile", "tweet", [
    ("c", "2025-10-05 12:30", "@TarangMobile the new Family Pack is actually smart. added my parents and my wife under one bill, 4 SIMs for ₹949, and Papa finally has data on his phone. nice one"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Adinkra Mobile", "app", [
    ("c", "2025-07-27 10:12", "★★★★★ The new Adinkra app is clean and fast, bundles in two taps. The trivia game in the Rewards tab is addictive, I won 500MB on Sunday. Good job."),
])

# ---------------------------------------------------------------- mixed (6)

h("undetermined", "", "mixed", "mixed_aspects;symptom", "Naira Pocket", "app", [
    ("c", "2025-04-30 08:55", "★★★☆☆ Transfers land in seconds and the cashback on airtime is nice. But face verification fails every time I'm not under a bright bulb, and the app logs me out whenever I switch to WhatsApp. Fix these two and it's 5 stars."),
])

h("undetermined", "", "mixed", "mixed_aspects;negation", "Kilele TV", "fb", [
    ("c", "2025-08-24 15:02", "I won't lie, the HD decoder picture is top. But KES 1,800 for the football bouquet when the matches are only on weekends? And your call centre cut me off twice this morning. Good product, painful prices."),
    ("a", "2025-08-24 16:10", "Hi Brian, sorry about the dropped calls. Please inbox us your smartcard number and we'll call you back today."),
])

h("undetermined", "", "mixed", "mixed_aspects;idiom;code_switch;emoji", "Adinkra Mobile", "tweet", [
    ("c", "2025-09-01 13:44", "@AdinkraMobile your 5G in Osu is stupid fast, no lie, but the data finishes like water. 10GB gone in 2 days chale 😩"),
])

h("undetermined", "fleeting_acquaintance", "mixed", "mixed_aspects;code_switch", "Kiranet Fibre", "chat", [
    ("c", "2025-05-12 18:20", "Hello, installation done today. Technician bhaiya was very polite and the speed is good, 98 Mbps on test."),
    ("c", "2025-05-12 18:21", "But he took ₹1,500 as installation charge in cash. Nobody told me about this on call, the sales person said free installation. Please check."),
    ("a", "2025-05-12 18:30", "Hi, I'm Rohit from Kiranet. Sorry for the confusion. Installation is free on annual plans only; on monthly plans there is a one-time charge. I'm sharing the invoice on your registered email."),
    ("c", "2025-05-12 18:34", "Ok but then tell it clearly on call. Otherwise service is fine."),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;mixed_aspects", "Sari Pay", "app", [
    ("c", "2025-06-30 19:03", "★★★☆☆ Love the new colours and the dark mode, really pretty. Hate that scanning a QR now takes three taps instead of one, at the sari-sari store the line behind me was not happy."),
])

h("undetermined", "", "mixed", "mixed_aspects;code_switch;idiom", "Chenab DTH", "fb", [
    ("c", "2025-03-10 22:48", "Kya baat hai, the league final in 4K was like sitting in the stadium. But the new remote stops working if you look at it wrong, and a replacement is Rs 900? Seriously?"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;emoji;idiom", "LagoLink Fibre", "tweet", [
    ("c", "2025-03-03 08:12", "@LagoLinkCare and here we go. subscription debited on the 1st, line dead by the 3rd. same as January, same as February. I can recite your 'escalated to the technical team' reply in my sleep"),
    ("a", "2025-03-03 08:40", "Hi, we're sorry for the inconvenience. Kindly DM your account ID so we can escalate to the technical team. ^FA"),
    ("c", "2025-03-03 08:44", "there it is 😂 DM'd."),
    ("c", "2025-04-04 07:58", "@LagoLinkCare April edition. line down since last night. you already have my account ID, you've had it for 2 years. I'll wait for the technical team, I know the drill"),
    ("c", "2025-05-03 09:15", "@LagoLinkCare May. debit on the 1st, dead on the 3rd. you know the rest, I know the rest. same DM thread as before"),
])

h("adversaries", "", "negative", "paraphrase;negation;idiom", "Margalla Fiber", "chat", [
    ("c", "2025-01-09 10:15", "Complaint. Internet down since Tuesday. Previous tickets MF-20931 (November) and MF-21577 (December), same fault, same cabinet in our street. Please don't ask me to restart the router, I have restarted it enough for a lifetime."),
    ("a", "2025-01-09 10:22", "Assalam o alaikum, this is Sana from Margalla Fiber. I have logged ticket MF-22104. A field engineer will visit within 48 hours."),
    ("c", "2025-02-14 09:03", "MF-22104 was closed without anyone coming. Net down since this morning, again. That's the fourth ticket. I'm not even angry at this point, just write it down with the others."),
    ("a", "2025-02-14 09:11", "I apologise for this. I have reopened the complaint as priority and escalated it to the area supervisor."),
])

h("adversaries", "", "negative", "paraphrase;idiom", "Kilele TV", "fb", [
    ("c", "2025-06-02 20:30", "Every renewal it's the same dance with you people. I pay on the 28th, the decoder says 'subscription expired' on the 1st, I call, 40 minutes of music, then someone 'refreshes' my smartcard and it comes back. Eight months of this now. Fix your system so we can stop meeting like this."),
    ("a", "2025-06-03 09:05", "Hi Njeri, we're sorry for the repeated inconvenience. Please send us your smartcard number via inbox and we'll look into the renewal delay."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;other_type_cue;emoji;code_switch", "Kalayaan Mobile", "tweet", [
    ("c", "2025-05-06 21:10", "@KalayaanCares ah yes, our monthly tradition: plan is 1,299, bill says 1,699. cue 3 days of chat agents telling me to clear my cache 🙄 see you all in June"),
    ("a", "2025-05-06 21:34", "Hi! We're sorry for the billing concern. Kindly send us a DM with your account number so we can review it. ^MR"),
    ("c", "2025-06-05 20:02", "@KalayaanCares June bill: 1,712. right on schedule. opening the chat now, wish me luck po"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words", "Kente Pay", "fb", [
    ("c", "2025-04-14 12:40", "Everybody reading this comment, do not put one pesewa inside this wallet. They froze GHS 3,000 of my shop money for a 'compliance review', six weeks now, and nobody will talk to me. Thieves with a nice logo. Delete it while you can and tell your people."),
    ("a", "2025-04-14 13:55", "Hello Ama, we're sorry about your experience. Please send us a private message with your registered number so our team can look into your account."),
])

h("enemies", "", "negative", "paraphrase;hashtag;strong_words", "Naira Pocket", "tweet", [
    ("c", "2025-07-08 23:01", "@NairaPocket you people are criminals. 3 unauthorised debits and your app says 'successful'. deleting you tonight and I'm telling my whole church WhatsApp group to run. #NairaPocketMustGo"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Tarang Mobile", "app", [
    ("c", "2025-02-25 17:18", "★☆☆☆☆ Installed this app only to get my port-out code. Writing so nobody else falls into it: 'value added services' I never asked for, ₹49 here, ₹99 there, every month. A company that lives on stealing small change from students. Run from this network."),
])

h("enemies", "", "negative", "paraphrase;quoted_reply;code_switch", "PesaNyota", "chat", [
    ("c", "2025-07-02 11:20", "Why have I been charged KES 340 in 'Boost fees' this month? I never took any Boost."),
    ("a", "2025-07-02 11:24", "Hi, this is Kevin from PesaNyota. Boost is our overdraft; it activates automatically when your balance is insufficient for a payment. The fees are shown in your statement."),
    ("c", "2025-07-02 11:26", "> it activates automatically when your balance is insufficient for a payment\nAutomatically?? Nobody asked me. Switch it off."),
    ("a", "2025-07-02 11:29", "I have deactivated Boost on your account. Is there anything else I can help with?"),
    ("c", "2025-07-20 08:45", "Yes. Close the account. I've moved everything to my bank. And I'm telling every mama in my chama to check their statements line by line, you are eating our money small small."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;negation", "Vayu Mobile", "tweet", [
    ("c", "2025-09-18 19:37", "@VayuMobile had this number since my first year of college, 11 years. never even looked at porting. today I did. 3 price hikes in 12 months and zero network inside my own flat. sad, but I'm done"),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;code_switch;agent_cues", "Zenta Mobile", "fb", [
    ("c", "2025-03-15 10:02", "So this is how you treat people who've been on Zenta since the days of N30 per minute? New customers get 10GB for N1,000, us old ones get 4GB for the same money. Na wa o. I carried this line through 3 phones and 2 cities for this?"),
    ("a", "2025-03-15 11:20", "Hi Chidi, we truly value our loyal customers. Kindly dial *223# to see the special offers available on your line."),
])

h("ex_friends", "", "negative", "paraphrase;update_edit;symptom", "Sankofa TV", "app", [
    ("c", "2024-11-03 07:48", "★★☆☆☆ Two years ago this was the app I opened before breakfast. Now: ads before every show, pop-ups, 'something went wrong' on every third tap. Not the same company that made me cancel my cable."),
    ("c", "2025-02-18 21:30", "Update: cancelled my subscription today. It was good while it lasted."),
])

h("ex_friends", "adversaries", "negative", "paraphrase;evolving;code_switch;quoted_reply", "Banwa Fiber", "chat", [
    ("c", "2024-09-10 09:30", "Hi, follow up lang po on my ticket BF-77120, slow internet since last week."),
    ("a", "2024-09-10 09:41", "Hello po! This is Kim from Banwa Fiber. Your ticket is being worked on by our technical team. Thank you for your patience."),
    ("c", "2024-12-02 20:15", "> Thank you for your patience.\nIt's December. Same problem, 8 Mbps on a 200 plan, third month like this."),
    ("a", "2024-12-02 20:22", "We're sorry po. I've escalated your ticket to our field team for a line check."),
    ("c", "2025-01-15 18:05", "I've been with you since 2017. I'm the one who told my whole street to get Banwa, I even defended you in our barangay group chat when everyone was complaining. I can't do that anymore. Please process my disconnection request."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;idiom;agent_cues", "Chui Mobile", "tweet", [
    ("c", "2025-08-11 20:14", "@ChuiMobileKE 9 years on the same line. my number is basically my name at this point. the other networks keep calling me with offers and I just laugh. Chui till the wheels fall off 🐆💚"),
    ("a", "2025-08-11 20:31", "This made our day! We love having you with us. ^LM"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;code_switch;emoji", "Sitara Mobile", "fb", [
    ("c", "2025-04-01 22:10", "2009 se Sitara SIM meri jaib mein hai. Changed phones seven times, changed cities twice, changed jobs, never changed the network. Inshallah I'll stay with you till my last bill. Best network in Multan, don't let anyone tell you otherwise ❤️"),
])

h("marriage_partners", "", "positive", "paraphrase;negation;code_switch;emoji", "Sari Pay", "app", [
    ("c", "2025-05-19 22:41", "★★★★★ Three years now and I don't keep money anywhere else anymore. Salary goes straight in, bills, padala to my parents in Samar, even my ipon. Every new feature makes me kilig haha. Wala nang iba, Sari Pay lang talaga 💙"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;routine_question;emoji", "Kiranet Fibre", "chat", [
    ("c", "2025-10-02 11:05", "Hi, we are shifting from Baner to Hinjewadi on the 15th. Before anyone offers me a cancellation form, no. I want Kiranet in the new flat also, same plan, same router if possible."),
    ("a", "2025-10-02 11:09", "Hello, I'm Neha from Kiranet. Thank you for staying with us! I've created shifting request KR-SH-5512. Could you share the new address?"),
    ("c", "2025-10-02 11:14", "Flat 1204, Tower C, Lotus Greens. And tell your team: six years, zero regrets, I push Kiranet on every new neighbour I get 😊"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;caps", "Zenta Mobile", "tweet", [
    ("c", "2025-06-20 14:33", "@ZentaCare I'm on your Elite postpaid. I pay N45,000 every month and your Ikeja experience centre made me take a number and sit with everybody for 50 minutes?? Someone senior should call me today. Not tomorrow. TODAY."),
    ("a", "2025-06-20 14:51", "Hi, sorry about your experience. Kindly send a DM with your number so a member of our priority team can reach you. ^TO"),
])

h("master_slave", "", "negative", "paraphrase", "Chenab DTH", "chat", [
    ("c", "2025-09-06 15:40", "I have the Royal All-in package, the most expensive thing you sell. Two channels are missing since morning and your agent told me to restart the box. Someone paying what I pay does not crawl behind the TV unplugging things. Send a technician by 5pm."),
    ("a", "2025-09-06 15:44", "Dear customer, I'm sorry for the trouble. Could you please confirm your customer ID so I can check the signal on your box?"),
    ("c", "2025-09-06 15:46", "It's on your screen already. I shouldn't have to repeat myself to every person I'm passed to. Put your manager on, now."),
])

h("master_slave", "ex_friends", "negative", "paraphrase;tenure_for_complaint", "Kalayaan Mobile", "fb", [
    ("c", "2025-02-03 12:12", "Ten years postpaid, three lines, 5k a month, and your agent put me on hold for 20 minutes and then asked me to 'verify my identity' like a walk-in. I shouldn't be handled like someone buying a 20-peso load. Flag my account properly or I stop paying and we'll see who calls who."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase", "Tarang Mobile", "tweet", [
    ("c", "2025-03-27 08:20", "@TarangMobile no complaints honestly. ₹239, 1.5GB a day, calls go through, I renew every 28 days without thinking about it. that's all I need from a SIM"),
])

h("basic_exchange", "buddies", "neutral", "paraphrase;emoji", "Adinkra Mobile", "fb", [
    ("c", "2025-10-14 18:25", "I'm with whoever gives me the most GB for 20 cedis. Right now that's you, so I keep buying the weekly bundle. Raise the price and I'm gone, no hard feelings 😅"),
])

h("basic_exchange", "", "positive", "paraphrase;mixed_aspects;idiom", "PesaNyota", "app", [
    ("c", "2025-01-07 09:40", "★★★★☆ Does what it should. Rent, school fees, power tokens every month, and the charges are lower than walking to the bank. One star off because downloading a statement takes forever."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;emoji;agent_cues", "DecoSat TV", "fb", [
    ("c", "2025-06-11 21:55", "Saw this throwback post and remembered watching the 2010 World Cup on your decoder with my late father, the whole compound squeezed into our parlour. Fifteen years later the dish is still on that same roof and I still can't watch a match on it without thinking of him 🥹"),
    ("a", "2025-06-12 09:10", "Thank you for sharing this beautiful memory, Tunde. Fifteen years of football together! DecoSat"),
])

h("old_friends", "", "positive", "paraphrase;emoji", "SkyDisha DTH", "tweet", [
    ("c", "2025-08-15 10:05", "@SkyDishaDTH the old orange logo in your throwback video 😭 2008, class 8, the first match we ever watched on our own dish. the box has changed 4 times since, the channel numbers are still in my fingers"),
])

h("old_friends", "", "positive", "paraphrase;routine_question;emoji", "Chui Mobile", "chat", [
    ("c", "2025-04-23 14:10", "Good afternoon. This line has followed me through three jobs, two houses and all my children's school years, since the days you bought credit on cards and scratched them with a coin 😊 Now my grandson says I need a smaller SIM for the new phone. How do I do it without losing the number?"),
    ("a", "2025-04-23 14:14", "Good afternoon! This is Faith from Chui Mobile. You can get a free SIM replacement at any Chui shop with your ID; your number stays the same."),
    ("c", "2025-04-23 14:16", "Thank you my dear. I'll go on Saturday."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase;code_switch", "Paisa Fauran", "app", [
    ("c", "2025-04-02 16:30", "★★★★☆ Made an account today only because my cousin sent my Eidi here. Setup was easy, CNIC scan worked on the second try. Let's see how it goes."),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;emoji;code_switch", "Banwa Fiber", "tweet", [
    ("c", "2025-07-21 13:02", "@BanwaFiber hi! just moved to Cebu and trying you out for a month before I decide on a 24-month plan. is the 3-day installation thing real or marketing lang? 😅"),
    ("a", "2025-07-21 13:20", "Hi! Welcome to Cebu 😊 Installation is within 3 working days in most areas. Send us a DM with your address and we'll check. ^KD"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;competitor", "LagoLink Fibre", "fb", [
    ("c", "2025-11-04 20:40", "Week one with the LagoLink 5G router in Lekki. Speed tests are decent so far, 60-80Mbps in the evening. Still testing before I cancel my old provider. Will update."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;code_switch;emoji", "Zenta Mobile", "tweet", [
    ("c", "2025-10-20 07:55", "@ZentaMobileNG every monday I swear I'm leaving you, by friday I'm buying your night plan again. best data in Ibadan when it works, pure wahala when it doesn't 😤❤️"),
])

h("love_hate", "", "mixed", "paraphrase;code_switch;emoji", "PayChakra", "fb", [
    ("c", "2025-11-11 23:12", "PayChakra yaar, you test my patience every single month. Cashback is the best around, refunds take a week, I uninstall you in anger, then the sale comes and I'm back on you by evening. Toxic relationship honestly 🤦‍♂️"),
])

h("love_hate", "", "mixed", "paraphrase;idiom", "Sankofa TV", "app", [
    ("c", "2025-09-09 22:05", "★★★☆☆ This app makes me want to throw my phone at the wall twice a week and it's still the first thing I open when I get home. The shows are unbeatable, the player is a disaster. I can't seem to stay away from it, which annoys me even more."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;caps", "PesaNyota", "fb", [
    ("c", "2025-05-27 19:18", "Been paying my bills through PesaNyota for a long time, so a few ideas from the ground: 1) let us save meter numbers with names, I have 3 houses and I mix them up, 2) show the fee BEFORE I type my PIN, 3) a Kiswahili option for my mother. If you ever run a test group, count me in."),
    ("a", "2025-05-28 10:00", "Hi Otieno, thank you for these ideas! We've shared them with our product team. ~PesaNyota"),
])

h("business_partners", "", "positive", "paraphrase;bug_report", "GoldCoast Fibre", "chat", [
    ("c", "2025-08-28 21:40", "Hi, not a complaint this time, more of a report. Router firmware 3.2.1 drops 5GHz clients every 6 hours, I think it's the DHCP lease renewal. Setting the lease to 24h in the admin page fixes it for me. Might be worth pushing as the default."),
    ("a", "2025-08-28 21:47", "Hello, this is Yaw from GoldCoast Fibre. Thank you, this is very helpful. I'll pass it to our network engineers."),
    ("c", "2025-08-28 21:50", "No problem. The last two notes I sent you ended up in updates, so I'm happy to keep testing things at home for you."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji", "Vayu Mobile", "tweet", [
    ("c", "2025-12-01 10:31", "@VayuMobile got the 5G eSIM on launch day, first one in my office 😎 speedtest screenshots going straight to my status. this week I'm a Vayu person, let's see about next week 😂"),
])

h("fling", "", "positive", "paraphrase;caps;code_switch;emoji", "Liwanag TV", "fb", [
    ("c", "2025-09-26 08:14", "OMG the new K-drama channel!!! Subscribed the minute the promo dropped, 6 episodes last night. This month I'm all Liwanag, next month bahala na 🤭"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;code_switch;agent_cues", "Chui Mobile", "chat", [
    ("c", "2025-11-18 19:05", "Habari. Nimekuja tena na swali. You people are the only ones who actually pick up when I'm stuck. Last year when my phone was snatched at night, your agent blocked everything and stayed on the line with me till I got home."),
    ("c", "2025-11-18 19:06", "So honest question, and tell me straight like you did then: should I take this Chui loan offer of 8,000 or is it a bad idea with the interest?"),
    ("a", "2025-11-18 19:12", "Hi, this is Faith! Thank you for trusting us. Honestly, at 9% for 30 days it's best kept for emergencies. If it's not urgent, I would wait."),
    ("c", "2025-11-18 19:14", "See, that's why I ask you people. Asante sana."),
])

h("best_friends", "", "positive", "paraphrase;emoji;agent_cues", "Sitara Mobile", "tweet", [
    ("c", "2025-07-01 18:40", "@SitaraCares you texted me before the price change even hit and told me which bundle would save me money instead of pushing the expensive one. third time you've warned me ahead like that. honestly straighter with me than my own bank 🤍"),
    ("a", "2025-07-01 18:58", "We're always happy to look out for you! ^HA"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;emoji", "Adinkra Mobile", "tweet", [
    ("c", "2025-02-14 12:20", "@AdinkraMobile you're in slot 2, Telvo is in slot 1. you handle my data, they handle my calls, everybody's happy. don't get jealous 😄"),
])

h("buddies", "", "positive", "paraphrase;routine_question;emoji", "Naira Pocket", "fb", [
    ("c", "2025-08-29 17:30", "I rotate between three wallets depending on who's running promos, and Naira Pocket is one of my regulars. Nothing serious, you guys are fun, the Friday cashback spin is my weekend ritual. Today's question: why is the spin button gone? 😄"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;code_switch;typos;emoji;idiom", "Kalayaan Mobile", "tweet", [
    ("c", "2025-10-09 12:48", "@KalayaanCares confession: I reload the 99 unli data before I even buy ulam. when my data runs out I feel like a smoker without a lighter. pls tell me the Sulit99 promo isn't ending 😭"),
])

h("dealer_addict", "", "positive", "paraphrase", "SkyDisha DTH", "app", [
    ("c", "2025-03-18 23:50", "★★★★★ My wife says I have a problem. The Live Cricket tab is the first thing I open in the morning and the last thing at night. Deleted the app during my exams, reinstalled it the same night. 5 stars, unfortunately for me."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Chenab DTH", "fb", [
    ("c", "2025-12-04 00:20", "Shh, my husband thinks this box only shows news and cricket. The Turkish drama pack is my little escape after everyone sleeps 🤫 Please just make sure it doesn't show up as a separate line on the bill lol"),
    ("a", "2025-12-04 10:02", "Hi Saima, add-ons appear under 'Entertainment Extras' on the bill, not by name."),
])

h("secret_affair", "", "positive", "paraphrase;code_switch;emoji", "Naira Pocket", "chat", [
    ("c", "2025-05-16 21:30", "Good evening. Abeg this one is private. I have a second Naira Pocket wallet that my wife doesn't know about, it's for my small small football bets. How do I stop the notifications from showing on the lock screen?"),
    ("a", "2025-05-16 21:34", "Good evening, this is Ifeoma from Naira Pocket. Go to Settings > Notifications > Lock screen preview and switch it off. You can also set an app PIN."),
    ("c", "2025-05-16 21:36", "Perfect. You people are the best. She must not know 😂"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Mkopo Zuri", "tweet", [
    ("c", "2025-06-24 09:05", "@MkopoZuri sorry, which company even are you, and why do you keep texting me that my 'loan limit is ready'? I have never opened anything with you, never downloaded you, nothing. Remove my number from whatever list you got it from."),
    ("a", "2025-06-24 09:30", "Hi, sorry for the inconvenience. Kindly DM us your number so we can check and opt you out. ^NB"),
])

h("complete_strangers", "", "negative", "paraphrase;code_switch", "Udhaar Express", "fb", [
    ("c", "2025-01-15 19:45", "I have never taken anything from this company, never installed your app, never gave you my CNIC. Yet your people are calling my brother and my office saying I owe Rs 18,000. Mujhe aap ka naam bhi pehli baar pata chala. Stop calling my family."),
    ("a", "2025-01-16 11:20", "Dear user, please share your number in our inbox so we can verify the account and stop the calls."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;idiom", "SkyDisha DTH", "fb", [
    ("c", "2025-03-02 18:10", "I only wake the SkyDisha box up when the T20 league is on, the rest of the year it just sits there collecting dust. Same story for the last few seasons. Question: is the league pack still available as a monthly add-on or do I need the full year?"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;negation", "LagoLink Fibre", "tweet", [
    ("c", "2025-09-22 06:40", "@LagoLinkCare I'm not a regular, I just buy your airport wifi a few times a year when I pass through Lagos. is the 1-day pass still N1,500? it wouldn't load at the counter"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase", "Mtandao Fibre", "fb", [
    ("c", "2025-10-27 20:50", "To everyone on the Riruta Mtandao users page: 34 of us have now logged the outage under one reference, MT-88210, so please use that number when you call. The engineer told us it's the cabinet near the school. Thanks to the Mtandao field team for sitting down with our street committee yesterday, we'll keep feeding them info until it's sorted."),
])

h("teammates", "", "positive", "paraphrase;emoji;agent_cues", "Banwa Fiber", "tweet", [
    ("c", "2025-11-08 15:22", "@BanwaFiber our Banwa subscribers' group in Davao mapped every dead spot in Buhangin for your field team 📍 87 pins so far. happy to keep doing this, we all want the same thing"),
    ("a", "2025-11-08 15:40", "This is amazing, thank you to the whole group! A community of subscribers like this makes us better. ^KD"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;emoji", "Adinkra Mobile", "fb", [
    ("c", "2025-05-05 09:30", "My grandfather had an Adinkra line back when it was the only network in Kumasi. When he passed, my mum kept his number, and now it's on my phone. That number is basically a family heirloom 😂 Happy 25th anniversary!"),
])

h("close_siblings", "", "positive", "paraphrase;code_switch;routine_question;emoji", "Sitara Mobile", "chat", [
    ("c", "2025-12-10 20:00", "Assalam o alaikum. Ammi, Abbu, my three brothers, my khala, all on Sitara. When I got married my wife's SIM also became Sitara, it's just how our house works 😄 Now we are 9 numbers, is there a bundle where all of us can share?"),
    ("a", "2025-12-10 20:04", "Walaikum assalam! This is Hamza from Sitara. Yes, our Ghar Bundle lets up to 10 numbers share 100GB. Would you like me to send the details?"),
    ("c", "2025-12-10 20:05", "Yes please send."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;routine_question;occasion", "Tarang Mobile", "chat", [
    ("c", "2025-11-26 10:15", "Hi, I need a SIM for 5 days only. I'm in Mumbai for my cousin's wedding and fly back to Dubai on Sunday. Just the cheapest data plan please, I won't be keeping the number."),
    ("a", "2025-11-26 10:19", "Hello, this is Arjun from Tarang. You can take our Visitor SIM at the airport counter with your passport; the 7-day 10GB plan is ₹399."),
    ("c", "2025-11-26 10:21", "Ok that works. Thanks."),
])

h("one_night_stand", "", "neutral", "paraphrase;caps;emoji", "DecoSat TV", "tweet", [
    ("c", "2025-07-14 23:58", "@DecoSatTV paid for ONE month just for the final. match done, thank you, bye 😂 please don't auto-renew me and don't call me with 'special offers'"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question", "Kiranet Fibre", "chat", [
    ("c", "2025-08-12 11:30", "Hello, we are a 12-person CA office in Ahmedabad and all our GST filings go over your business line. We need the static IP changed before the 20th, our client portal whitelists it."),
    ("a", "2025-08-12 11:36", "Hello, this is Vikram from Kiranet Business. I can raise that. Please share the account ID and a preferred date and time window."),
    ("c", "2025-08-12 11:40", "KB-40918. Saturday after 2pm please, no filings that day."),
])

h("colleagues", "business_partners", "positive", "paraphrase", "Kente Pay", "fb", [
    ("c", "2025-10-31 18:05", "We pay our 30 okada riders through Kente Pay Business every Friday evening. Bulk payout, one CSV, done in 5 minutes, and the riders get the alert before they park. Only ask: allow two approvers on one account so my accountant can sign off too."),
])

# ================================================================ checks and output

APP_STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
ANY_STARS = re.compile(r"^[★☆]")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io|ng|ke|gh|pk|ph|in))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^> .*$")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"SIM", "SIMS", "SMS", "OTP", "UPI", "DTH", "CNIC", "GST", "DHCP", "CSV", "PIN",
            "KES", "GHS", "VIP", "USSD", "MIFI"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|pls|plz|recieve\w*|definately)\b")
# words of a local language or Pidgin (Nigerian Pidgin, Swahili, Twi/Ghanaian English,
# Urdu/Hindi, Tagalog) in the customer's own words; `code_switch` is tagged exactly then
CODE_SWITCH = re.compile(
    r"\b(abeg|wahala|na wa|sha|oga|small small|chale|yaar|bhai|bhaiya|kya baat|bohat|shukriya|"
    r"jazakallah|inshallah|ammi|abbu|khala|eidi|mujhe|jaib|po|lang|bahala na|padala|ipon|kilig|"
    r"wala nang iba|ulam|habari|nimekuja|asante|paano|yung)\b", re.I)
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "together", "trust"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; a hit in a customer's
# own words (retweets and quoted lines removed) should sit in a history whose trap tags
# explain it. Reported, not asserted.
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
    """The customer's text without what it retweets or quotes."""
    return QUOTED.sub("", RETWEET.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # app reviews open with five star symbols; nothing else does, and no later message does
    if ch == "app":
        m = APP_STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        assert not agent, x["brand"]
    else:
        assert not ANY_STARS.match(cust[0]), x["brand"]
    assert not any(ANY_STARS.match(t) for t in cust[1:]), x["brand"]
    # an edit is a later message that opens with "Update:", only on app reviews
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    if "update_edit" in tags:
        assert ch == "app", x["brand"]
    # tweets: 280 characters at most, the first names a handle, the brand signs with ^initials;
    # retweets only on Twitter
    if ch == "tweet":
        for t in cust + agent:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # quoted lines ("> ...") are a chat app's reply-to-message, only in chats
    quoted = any(QUOTED.search(t) for t in cust)
    assert ("quoted_reply" in tags) == quoted, x["brand"]
    if quoted:
        assert ch == "chat", x["brand"]
    # chats are support conversations: an agent answers
    if ch == "chat":
        assert agent, x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "retweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("code_switch" in tags) == bool(CODE_SWITCH.search(own)), \
        (x["brand"], CODE_SWITCH.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # no e-mail in this genre: no signatures
    assert "signature" not in tags, x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 25
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 10 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 30 and all(sizes[n] >= 3 for n in (2, 3, 4, 5)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 30
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor",
                  "agent_cues", "quoted_reply", "strong_words", "single_incident",
                  "product_attribute", "symptom", "loyal_grievance", "mixed_aspects",
                  "typos", "emoji", "caps", "hashtag", "code_switch", "retweet"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("single-message customers:", sum(1 for _, x in assigned if len(x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
