#!/usr/bin/env python3
"""Invented training histories qa001..qa080 for relradar (twentyninth set).

Genre: private support contacts with telecoms, internet providers, energy and water utilities
and subscription services (streaming, audiobooks, game passes, meal kits, gyms, software).
Live-chat transcripts with agent turns (`chat`); support e-mails with sign-offs, some with a
signature block under a `--` line and some quoting an earlier reply as `> ` lines under an
`On <weekday>, <date>, <Brand> wrote:` header (`email`); cancellation, retention and account
calls written up as chat logs (`call`). 1 to 6 messages per customer, an agent answering in
most. Agents use warm scripted words ("valued", "part of the family", "loyal members") that the
customers never use in their own words. The relationship is told in paraphrase, in ordinary
words; the undetermined customers are routine account questions, a billing dispute, an
outage, a plain cancellation, bug reports, thanks and one-off complaints. All texts, names,
brands, addresses (example.com) and numbers are invented. Each history is written under its
intended label; ids are assigned by a seeded shuffle (seed 2929) of the harness's type mix so
that ids carry no order.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    MONTHS, TRAPS, WEEKDAYS, assign, check_history, print_cue_report, print_summary,
    write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "qa"
SEED = 2929
TRAPS = TRAPS | {
    "quoted_cue",       # a warm cue word stands only in the quoted earlier reply
    "retention_offer"}  # the agent offers a deal or a pause to keep the customer

# where the contact happened: a live chat, an e-mail thread, a phone call written up as a log
CHANNELS = ("chat", "email", "call")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---------------------------------------------------------------- neutral (7)

h("undetermined", "", "neutral", "routine_question;signature", "Larkspur Fibre", "email", [
    ("c", "2025-02-03 09:14", "Subject: Changing my direct debit date\n\nHello,\n\nMy salary date is moving from the 28th to the 15th from next month. Could you move my broadband direct debit to the 16th so it doesn't bounce? Account number LF-4471902.\n\nIf it needs a form, please send it over.\n\nThanks,\nRuth Okonedo\n--\nRuth Okonedo\nPractice Administrator | Greenlane Physio\n07700 900418"),
    ("a", "2025-02-04 11:30", "Hi Ruth,\n\nThanks for getting in touch. I've moved your payment date to the 16th of each month, starting with your March bill. Your February payment will still be taken on the 28th as normal, so there's nothing else you need to do.\n\nKind regards,\nGareth\nLarkspur Fibre Billing Team"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Corvel Mobile", "chat", [
    ("c", "2025-06-11 19:02", "hi, going to portugal for 10 days next week. is roaming included on my plan or do i need to add something"),
    ("a", "2025-06-11 19:03", "Hi there, thanks for chatting with Corvel! 😊 I'm Leah. Happy to check that for you. Could you confirm the last four digits of your account number?"),
    ("c", "2025-06-11 19:05", "5521"),
    ("a", "2025-06-11 19:07", "Thanks! Good news: your Essentials 30GB plan includes EU roaming at no extra cost, up to 20GB a month abroad. Calls and texts back to the UK are included too. As a valued member of the Corvel family you'll also get a welcome text when you land. Anything else I can help with today?"),
])

h("undetermined", "", "neutral", "routine_question;quoted_reply", "Quillon Energy", "email", [
    ("c", "2024-09-02 08:40", "Hello,\n\nWe are moving out of 14 Pell Street on 20 September. What do you need from me to close the account there, and can I set up supply at the new address (Flat 3, 9 Carver Road) from the same date?\n\nMany thanks,\nTomasz Wierzbicki"),
    ("a", "2024-09-03 14:12", "Dear Tomasz,\n\nThank you for letting us know about your move. Please send us a meter reading from Pell Street on the day you leave, ideally with a photo. For Carver Road, I have started a move-in request; we'll need a reading from the new meter on 20 September too.\n\nBest wishes,\nNadia\nQuillon Energy Moving Team"),
    ("c", "2024-09-20 18:25", "Hi Nadia,\n\nReadings for both: Pell Street 48213 and Carver Road 10977, photos attached. Is the Carver Road meter a smart one? There's a little screen on it but it just says 'no comms'.\n\nThanks,\nTomasz\n\nOn Tuesday, 3 September 2024, Quillon Energy wrote:\n> Please send us a meter reading from Pell Street on the day you leave, ideally with a photo. For Carver Road, I have started a move-in request; we'll need a reading from the new meter on 20 September too."),
])

# the plain cancellation: a practical reason, nothing said about the tie
h("undetermined", "", "neutral", "routine_question;agent_cues;retention_offer", "Halvard Broadband", "call", [
    ("c", "2025-08-14 10:02", "Hi, yeah, I need to cancel my broadband. I'm moving into a houseshare at the end of the month and the internet there is already in the landlord's name."),
    ("a", "2025-08-14 10:03", "Thanks for calling Halvard, you're through to Dev. I'm sorry to hear you're thinking of leaving the Halvard family. Have you thought about taking your broadband with you? We could set it up at the new place with a month free."),
    ("c", "2025-08-14 10:04", "No, there's already a connection there, I'd just be paying for two. It's the flat on Dunmore Road, account ends 338."),
    ("a", "2025-08-14 10:06", "Understood. You're out of contract since May, so there's no early termination charge. I've booked the cease for 31 August. You'll get a prepaid bag for the router; please post it back within 30 days."),
    ("c", "2025-08-14 10:07", "Great. Will the last bill be a part month?"),
    ("a", "2025-08-14 10:08", "It will, it's pro-rated to the 31st and taken by direct debit as normal. Anything else I can do for you today?"),
])

h("undetermined", "", "neutral", "other_type_cue;product_attribute;routine_question", "Reelhaven", "chat", [
    ("c", "2025-03-09 20:15", "Hello, where do I see my Loyalty Points? The email said I had 1,200 to spend on rentals but the Rewards tab in the app just shows a spinning wheel."),
    ("a", "2025-03-09 20:16", "Hi! Thanks for reaching out to Reelhaven, sorry about that spinning wheel. Which device are you using?"),
    ("c", "2025-03-09 20:18", "Samsung TV, about 3 years old. On my phone it works fine."),
    ("a", "2025-03-09 20:21", "Thanks. The TV app doesn't show Rewards yet; that's coming in the spring update. For now you can redeem points on the phone app or at reelhaven.example.com/rewards, and the rental will then play on the TV. Your 1,200 points are there and valid until 31 December."),
])

h("undetermined", "", "neutral", "product_attribute;other_type_cue;routine_question;agent_cues", "Orrin Mobile", "email", [
    ("c", "2024-11-18 21:03", "Hi,\n\nI'd like to add my son to our Family Bundle. He's 13 and getting his first phone for Christmas. Can I set the data cap and block premium texts from my login, or does he need his own?\n\nThanks,\nSiobhan Kearney"),
    ("a", "2024-11-19 09:20", "Hi Siobhan,\n\nWhat a lovely Christmas present! Adding a line to your Family Bundle is easy: go to My Orrin > Family > Add a line. As the bundle owner you can set monthly data caps, block premium-rate numbers and set quiet hours for each line from your own login, so he won't need a separate account.\n\nWarm wishes,\nBecky\nOrrin Mobile Customer Care"),
])

h("undetermined", "", "neutral", "routine_question", "IronLoom Gym", "chat", [
    ("c", "2025-01-07 07:45", "Hi, I'm having knee surgery on the 20th and won't be able to train for about 8 weeks. Can I freeze my membership for that time and how much does it cost?"),
    ("a", "2025-01-07 07:47", "Morning! Thanks for messaging IronLoom. Sorry to hear about your knee, wishing you a speedy recovery 💪 You can freeze for up to 3 months at £4 a month. Would you like me to set it up from 20 January?"),
    ("c", "2025-01-07 07:48", "Yes please, 20 Jan to 17 March. Do I need a doctor's note?"),
    ("a", "2025-01-07 07:50", "No note needed for freezes under 3 months. All done: your membership is frozen from 20 January and restarts on 18 March. A confirmation email is on its way."),
])

# ---------------------------------------------------------------- negative (7)

# the billing dispute
h("undetermined", "", "negative", "single_incident;quoted_reply", "Ember Grid Energy", "email", [
    ("c", "2025-04-02 19:50", "Subject: Charged twice for March\n\nHello,\n\nTwo payments of £142.60 left my account on 1 April, both with the reference Embergrid 99281. That's £285 gone in one morning and it has left me overdrawn. Please refund the duplicate and cover the £25 overdraft fee my bank charged because of it.\n\nRegards,\nCallum Breen"),
    ("a", "2025-04-03 16:05", "Dear Callum,\n\nThank you for contacting Ember Grid and I'm sorry for the worry this has caused. A system error on 1 April took two collections from a number of customers. The duplicate £142.60 will be returned to your account within 5 working days.\n\nKind regards,\nOwen\nEmber Grid Billing"),
    ("c", "2025-04-11 08:32", "Hello Owen,\n\nIt's now been six working days and there is no refund. You also didn't answer about the overdraft fee. I have a screenshot from my bank if you need it.\n\nRegards,\nCallum Breen\n\nOn Thursday, 3 April 2025, Ember Grid Energy wrote:\n> The duplicate £142.60 will be returned to your account within 5 working days."),
    ("a", "2025-04-11 15:40", "Dear Callum,\n\nI'm sorry, the refund was held in a batch that needed manual sign-off. It has now been sent and should reach you by Tuesday. I've also added a £25 credit for the overdraft charge, plus £10 as a goodwill gesture.\n\nKind regards,\nOwen\nEmber Grid Billing"),
])

# the outage complaint
h("undetermined", "", "negative", "single_incident;strong_words;caps;typos", "Vantor Fibre", "chat", [
    ("c", "2025-07-21 12:10", "Internet has been DEAD since Saturday night. Three days. I work from home and I've had to sit in a cafe buying coffees to use their wifi. Your status page says 'no known issues' which is a joke. I need an engineer TODAY, not a script about restarting the router, ive done that 20 times"),
    ("a", "2025-07-21 12:12", "Hi, I'm really sorry you've been without service. I'm Kofi and I'll get this moving. I can see a fault flag on the line to your property, let me run a test now."),
    ("c", "2025-07-21 12:13", "fine"),
    ("a", "2025-07-21 12:18", "The test shows a break between the street cabinet and your house. I've booked an engineer for tomorrow 8am-1pm, the earliest slot, and applied a credit for the days you've been offline. I'm also sending a 4G backup dongle by courier today."),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji", "Basil & Brine", "chat", [
    ("c", "2025-06-26 18:44", "Well that was fun. Box left on the doorstep in 29 degrees, ice packs now warm water, chicken thighs at roughly body temperature. Really looking forward to the salmonella 🙃 Can I get a refund for the two meat recipes, I've binned them."),
    ("a", "2025-06-26 18:47", "Oh no, I'm so sorry! That's definitely not how your box should arrive. I've refunded £17.98 for the two meat recipes and flagged the delivery with our courier. Please don't eat anything that arrived warm."),
])

h("undetermined", "", "negative", "bug_report;symptom", "Scribblebox", "email", [
    ("c", "2025-05-13 22:07", "Hi,\n\nSince the 4.2 update the Windows app crashes every single time I try to export a notebook to PDF. It gets to about 80% and closes with no error. I've reinstalled twice and tried a notebook with just one page, same thing. Export from the web version works, so it's the desktop build.\n\nWindows 11, 16GB RAM, app version 4.2.1 (build 7730).\n\nPretty annoying when I need to send notes to my study group tomorrow.\n\nCheers,\nArjun"),
])

h("undetermined", "", "negative", "strong_words;single_incident", "Pulsefold Fitness", "email", [
    ("c", "2025-10-02 21:36", "Subject: Changing rooms at the Harrow Road club tonight\n\nI don't normally write these but tonight was disgusting. Two of the three showers in the women's changing room were out of order with bin bags taped over them, there was hair matted in the only working drain and the floor had clearly not been mopped all day. Horrible, genuinely horrible. Someone needs to look at the cleaning rota before somebody slips and cracks their head.\n\nNell Adeyemi"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Pebblecall Mobile", "call", [
    ("c", "2024-10-08 09:30", "Hi, I've got a bill here for £87 of 'out of bundle data' from a weekend in Switzerland. Nobody told me Switzerland wasn't in the roaming zone, I didn't get a single text. I'd kill for one straight answer on why there was no spending cap."),
    ("a", "2024-10-08 09:31", "Thanks for calling Pebblecall, it's Sam speaking. I'm sorry about the unexpected charge, let me take a look. Can you confirm the dates you were away?"),
    ("c", "2024-10-08 09:32", "Friday the 4th to Sunday the 6th."),
    ("a", "2024-10-08 09:36", "Thanks. The warning text failed to send because your usage alerts were switched off after your number transfer in August. As that wasn't your doing, I've reduced the charge to £10, the daily cap that should have applied, and switched the alerts back on."),
    ("c", "2024-10-08 09:37", "Right. Well that's more reasonable than £87. Thanks."),
])

h("undetermined", "", "negative", "single_incident;typos", "Rillstone Water", "email", [
    ("c", "2025-03-27 07:55", "hello\n\nafter your lot dug up the road outside number 40 yesterday our tap water is coming out brown, like weak tea. ive run the cold tap for 15 mins and its still not clear. is it safe to drink? i have a 6 month old and ive been using bottled for her formula which isnt cheap. can someone come and test it\n\nDaniel Price\n22 Hollins Lane"),
])

# ---------------------------------------------------------------- positive (5)

h("undetermined", "", "positive", "single_thanks;agent_cues", "Threadline Internet", "email", [
    ("c", "2025-05-30 17:12", "Hello,\n\nJust a quick note to say thank you to Marek, the engineer who came out on Thursday. He found the problem in ten minutes (a corroded joint in the box on the pole), explained it without making me feel stupid and even tidied the cable along my skirting board. Please pass it on to his manager.\n\nBest,\nHelen Ashworth"),
    ("a", "2025-06-02 10:03", "Dear Helen,\n\nThank you so much for taking the time to write. I've passed your kind words to Marek and his team leader. Customers like you are why we love what we do!\n\nAll the best,\nPriya\nThreadline Customer Experience"),
])

h("undetermined", "", "positive", "other_type_cue;strong_words;emoji", "Glowmark Energy", "chat", [
    ("c", "2025-10-14 18:20", "Just had to say, the new app update is brilliant. First time I've been able to see what the tumble dryer actually costs per load 😂 turns out it's 61p! Is there a way to export the half-hourly data to a spreadsheet?"),
    ("a", "2025-10-14 18:22", "Haha, the tumble dryer reveal gets everyone! Thanks so much for the lovely comments. Yes: in the app go to Usage > Download, pick the date range and it'll email you a CSV."),
    ("c", "2025-10-14 18:23", "Perfect, thanks"),
])

h("undetermined", "", "positive", "strong_words;single_incident;caps", "Cinewell", "email", [
    ("c", "2025-05-26 09:41", "Subject: 4K add-on\n\nHi,\n\nAdded the Ultra HD pack on Saturday for the final and I have to tell someone: the picture was UNREAL. My dad thought we'd bought a new telly. Best £4.99 I've spent all year. One small thing: the add-on shows as £5.99 on the receipt email but £4.99 in the app, which one is right?\n\nThanks,\nJosh"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Forkful Box", "chat", [
    ("c", "2025-02-19 13:02", "Hiya, just wanted to say the refund for the missing gnocchi landed this morning, way quicker than I expected. Thank you 🙏"),
    ("a", "2025-02-19 13:03", "Aw, thanks for letting us know! Enjoy the rest of your week's cooking 🍝"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute;routine_question", "Gamestack Pass", "chat", [
    ("c", "2025-03-03 21:40", "Quick one: is Hexfall staying in the Pass after this month? It's the ridiculously addictive tile one from the February drop. I'm halfway through the campaign and don't want to lose my saves."),
    ("a", "2025-03-03 21:42", "Hey! Great taste, Hexfall is a favourite with our team too. It's confirmed in the Pass until at least the end of June, and your saves are stored in the cloud, so you'd keep them even if it leaves."),
    ("c", "2025-03-03 21:43", "Brilliant, cheers"),
])

# ---------------------------------------------------------------- mixed (6)

h("undetermined", "", "mixed", "mixed_aspects", "Harvest Tin", "email", [
    ("c", "2025-08-11 20:05", "Hi Harvest Tin,\n\nSome thoughts on this week's box. The recipes were excellent, the miso aubergine was restaurant level and the portions were generous. But the packaging is getting silly: every single spring onion in its own plastic bag, three ice packs for a box with one bit of meat, and a cardboard insert that doesn't fit my recycling bin. Great food, wasteful box.\n\nRegards,\nImogen Thorne"),
])

h("undetermined", "", "mixed", "mixed_aspects;bug_report;symptom;agent_cues", "Motion Yard", "chat", [
    ("c", "2025-09-16 12:31", "The spin class I did on Tuesday with Tash was brilliant, properly hard and really well run. But your booking app logs me out every time I open it, and by the time I've logged back in the Thursday class is full."),
    ("a", "2025-09-16 12:33", "Hi! So glad you enjoyed Tash's class, she's a legend. Sorry about the app, that's a known bug on Android 14 since the last update. Could you try clearing the app's cache?"),
    ("c", "2025-09-16 12:40", "tried that, still happening"),
    ("a", "2025-09-16 12:42", "Thanks for trying. A fix is going out on Friday; until then you can book through motionyard.example.com, which isn't affected. We love having you in the Motion Yard community!"),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;caps", "Popcornly", "chat", [
    ("c", "2025-04-27 19:55", "Two things. The new kids' profile is lovely, my 6 year old can pick her own cartoons and can't wander into anything scary, love that. But I HATE the autoplay trailers on the home screen, they're loud and they start before I've even found the remote. Is there a way to switch them off?"),
    ("a", "2025-04-27 19:57", "Thanks for letting us know! You can turn them off under Settings > Playback > Preview autoplay. It's a per-profile setting, so you'll need to do it on each profile."),
    ("c", "2025-04-27 20:01", "Found it. Thanks."),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues;quoted_reply", "Sunhollow Energy", "email", [
    ("c", "2024-12-02 10:14", "Hello,\n\nYour engineer Bola came on Friday to fit the smart meter. He was lovely, polite, put down dust sheets, and explained the in-home display to my mum who lives with me. However since he left the display has said 'searching', the app shows no readings at all, and I've now had an estimated bill for nearly double what we normally pay. Could someone sort the connection and the bill?\n\nThanks,\nKaren Mistry"),
    ("a", "2024-12-03 15:48", "Dear Karen,\n\nThank you for your kind words about Bola, we'll make sure he hears them! I'm sorry the display isn't connecting; this can happen when the meter can't reach the network on the first try, so I've sent a remote reset. I've also cancelled the estimated bill and will reissue it once we have a reading. We always want our customers to feel at home with Sunhollow.\n\nBest regards,\nLiam\nSunhollow Energy"),
    ("c", "2024-12-09 19:02", "Hi Liam,\n\nThe display is showing readings now, thank you. Still waiting on the corrected bill though.\n\nKaren\n\nOn Tuesday, 3 December 2024, Sunhollow Energy wrote:\n> I've also cancelled the estimated bill and will reissue it once we have a reading."),
])

h("undetermined", "", "mixed", "competitor;third_party;mixed_aspects", "Ripplewire Broadband", "chat", [
    ("c", "2025-11-04 20:40", "Speeds are fine during the day, I get about 70 which is what I pay for, and the router has been solid. But from 7pm it drops to 8 or 9 and anything streamed is unwatchable. My neighbour is with Brightspan and gets 300 all evening on the same street. Is there congestion on your side?"),
    ("a", "2025-11-04 20:43", "Hi, thanks for getting in touch. Your line is syncing at 76Mb, so the connection itself looks healthy. Evening slowdowns in your area are known and there's capacity work at the exchange scheduled for 18 November, which should sort them."),
    ("c", "2025-11-04 20:45", "ok, I'll see what it's like after the 18th then"),
])

h("undetermined", "", "mixed", "mixed_aspects;typos", "Draftwise", "email", [
    ("c", "2025-06-17 23:12", "hey,\n\nthe new editor looks way cleaner and the focus mode is nice, no complaints there. but where did the word count by chapter go?? it was the main thing i used and now i cant find it anywhere, the help page still shows the old menu. was it removed or just moved\n\nthanks\nmo"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;agent_cues;symptom", "Orbwave Internet", "chat", [
    ("c", "2024-11-04 20:31", "Right, round whatever-it-is. Line's dropping every evening since Friday. Before you ask: yes I've rebooted, yes it's plugged into the master socket, yes I've tried another cable. I've done this dance with your chat team enough times to know the steps better than the script does."),
    ("a", "2024-11-04 20:33", "Hi there, I'm really sorry to hear that! I'm Jade and I'm here to help. I can see you're a valued long-standing customer. Could you restart your router for me while I run a line test?"),
    ("c", "2024-11-04 20:34", "See, this is what I mean. I literally just said I've rebooted it."),
    ("a", "2024-11-04 20:40", "Apologies! The line test shows intermittent noise, so I've raised a fault and an engineer will be in touch within 72 hours."),
    ("c", "2025-01-27 19:12", "Back for my winter instalment. Same fault, same evenings. The engineer in November 'couldn't find anything' and it came back a fortnight later, like it did last spring. Ticket from last time is ORB-55120 if anyone there keeps records. I'm not expecting miracles, just put me in the queue for the next engineer and I'll take the morning off work like I always end up doing with you."),
    ("a", "2025-01-27 19:15", "Thanks for your patience, and for the reference. I've reopened the ticket and escalated it to our network team so it isn't treated as a new fault. An engineer will call to book a visit within 48 hours."),
])

h("adversaries", "", "negative", "paraphrase;quoted_reply;signature;agent_cues;quoted_cue;sarcasm", "Calder Power", "email", [
    ("c", "2025-02-10 07:58", "Subject: Estimated bill, account 20993\n\nHello,\n\nIt's February, so it must be time for our annual ritual. You have sent an estimated bill for £412 when my actual readings, which I submit every month through your own app, would put it at about £190. I will now send you photos of the meter, you will apologise and reissue it, and next winter we'll do it all over again. I have the spreadsheet from the last three rounds if anyone wants it.\n\nPlease just use the readings.\n\nGraham Ellery\n--\nG. Ellery\n4 Tanner's Row, Ludbury"),
    ("a", "2025-02-11 12:20", "Dear Graham,\n\nThank you for getting in touch, and I'm sorry for the frustration. Your app readings weren't transferred to billing because of a sync fault on our side. I've reissued your bill at £187.40 using your actual readings. We value you as a customer and want to get this right.\n\nKind regards,\nSophie\nCalder Power Customer Service"),
    ("c", "2025-03-14 08:05", "Sophie,\n\nAnd the March bill is estimated too. I'll add it to the spreadsheet. Readings attached, same as every month.\n\nGraham\n\nOn Tuesday, 11 February 2025, Calder Power wrote:\n> I've reissued your bill at £187.40 using your actual readings. We value you as a customer and want to get this right."),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;other_type_cue;third_party", "Hatchling Mobile", "call", [
    ("c", "2025-05-06 17:02", "Hi. I'm calling about the 'premium content' charge on my bill. It's the same charge I rang about in March and then in April. I've got the reference numbers written on the back of an envelope at this point."),
    ("a", "2025-05-06 17:03", "Thank you for calling Hatchling, you're speaking with Marcus. I'm sorry about that, let me pull up your account. Yes, I can see £4.99 a month from a service called QuizPro."),
    ("c", "2025-05-06 17:04", "Yep. I've never heard of QuizPro, I never signed up to it, and the last two people I spoke to both promised me a block would go on. So either the block doesn't work or nobody put it on."),
    ("a", "2025-05-06 17:08", "I can see a block was requested in April but it wasn't applied. I've applied it now, refunded all three months, £14.97, and added a note to your account. We really appreciate your loyalty and your patience."),
    ("c", "2025-05-06 17:09", "I'll believe it when the June bill comes. I'm putting a reminder in the calendar, because I know how this goes with you and I'll be ringing you again."),
])

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint", "Fenwater Utilities", "email", [
    ("c", "2024-08-19 10:11", "Subject: Surface water drainage charge - still wrong\n\nDear Fenwater,\n\nThis is my fourteenth letter in this saga, I counted. Since last September I have been trying to get the surface water charge taken off my bill, because my roof drains into a soakaway and not into your sewer, as your own surveyor confirmed in January. Every reply promises a review, each new bill arrives with the charge still on it, and each time I start from scratch with someone new who has no notes.\n\nI have paid you for water for 19 years without a murmur, so I'd rather not be treated as a fraudster. Please remove the charge and refund it back to last September, or tell me plainly that you won't, so I can go to the ombudsman like everyone else on my road seems to have had to.\n\nYours faithfully,\nMargaret Hollis"),
    ("a", "2024-08-21 14:30", "Dear Mrs Hollis,\n\nThank you for your letter, and I'm sorry for how long this has taken. I have reviewed the surveyor's report of 14 January and agree that your property does not drain to the public sewer. I have removed the surface water charge and refunded £118.62 to your account, covering September 2023 to date, and added £50 for the inconvenience.\n\nYours sincerely,\nAndrew Pike\nComplaints Resolution, Fenwater Utilities"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;caps", "Nightjar TV", "email", [
    ("c", "2025-04-07 08:20", "Subject: Charged after cancelling\n\nI cancelled on 2 March. I have the confirmation email. You took £12.99 on 5 March, and another £12.99 on 5 April. Your chat bot told me 'cancellations can take up to two billing cycles'. That is NOT a thing. That is taking money from people who have told you to stop.\n\nI've reported both payments to my bank as unauthorised, and I've put the whole thread, screenshots and all, on every neighbourhood group and group chat I'm in, so nobody I know gets caught by you. A company that makes leaving this hard knows exactly what it's doing.\n\nRefund both payments.\n\nK. Baptiste"),
])

h("enemies", "adversaries", "negative", "paraphrase;quoted_reply;agent_cues;quoted_cue;sarcasm", "Wrenfield Mobile", "email", [
    ("c", "2025-01-15 12:48", "Subject: Complaint - mid-contract price rise\n\nHello,\n\nI signed a 24-month contract at £18 a month. You are now charging £22.40 and calling it an 'annual adjustment', buried in clause 14. I'd like to leave without paying the early exit fee.\n\nAmir Haddad"),
    ("a", "2025-01-17 10:05", "Dear Amir,\n\nThank you for contacting Wrenfield. The annual price adjustment is part of the terms agreed when you joined, so we're unable to waive the early termination charge. We value every member of the Wrenfield family and hope you'll stay with us.\n\nKind regards,\nChloe\nWrenfield Mobile Customer Relations"),
    ("c", "2025-01-17 21:40", "Chloe,\n\n'Family'. Lovely.\n\nFine, I'll pay the exit fee, it's worth it to be shot of you. The port-out request is in. I've written up exactly how this works, the clause, the wording, your refusal, and sent it to the ombudsman and to our tenants' association newsletter (140 flats, most of them on cheap deals exactly like mine). People ought to know what they're signing with you.\n\nAmir\n\nOn Friday, 17 January 2025, Wrenfield Mobile wrote:\n> We value every member of the Wrenfield family and hope you'll stay with us."),
])

h("enemies", "", "negative", "paraphrase;agent_cues;strong_words;retention_offer", "Sweatlab", "chat", [
    ("c", "2025-09-02 12:30", "I want to cancel. Your website has no cancel button, the app has no cancel button, and the front desk says I have to 'speak to the membership team', which is apparently you."),
    ("a", "2025-09-02 12:31", "Hi, thanks for reaching out to Sweatlab! We're sad to hear you want to leave the Sweatlab community 😢 Can I ask what's prompted this? We have some great offers for members who'd like to stay."),
    ("c", "2025-09-02 12:33", "No offers. You've made it as hard as humanly possible to get out, which tells me everything about how you see the people paying you. It's a subscription trap with some treadmills in it. Cancel it today and confirm in writing, and I'll be putting a review on every site I can find so the next person reads the small print before they sign."),
    ("a", "2025-09-02 12:36", "I've processed your cancellation. As per your terms there is a 30-day notice period, so your final payment will be taken on 1 October. A confirmation email is on its way."),
])

h("enemies", "adversaries", "negative", "paraphrase;agent_cues;strong_words", "Heathfire Gas & Power", "call", [
    ("c", "2025-11-03 09:15", "I'm ringing because I've had a letter from a debt collection agency acting for you, for £640. I've paid every bill you've ever sent me. Every single one. I've got the bank statements in front of me."),
    ("a", "2025-11-03 09:16", "Thanks for calling Heathfire, you're speaking to Ryan. I'm sorry to hear that, let me take a look. I can see a final bill from your previous address on Kemble Street, sent in June."),
    ("c", "2025-11-03 09:18", "I never got a final bill. I gave you my new address when I moved, on the phone, to one of your people. And instead of a letter or a call you set collectors on me. You're predatory. The day this is cleared I'm switching, and I'll be telling everyone on my street exactly what kind of outfit you are."),
    ("a", "2025-11-03 09:21", "I completely understand your frustration. I've put the collection on hold for 30 days and asked for a copy of the final bill to be sent to your current address. We'd really hate to lose you from the Heathfire family."),
    ("c", "2025-11-03 09:22", "You already have."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;loyal_grievance", "Copperline Broadband", "email", [
    ("c", "2025-03-03 19:27", "Subject: Leaving after 11 years\n\nHello,\n\nI've been with Copperline since you were the little local outfit with the green vans and the engineer who knew everyone's name. For years I told anyone who'd listen that you were the one internet company that actually cared. I put my sister, my neighbours and half my choir on to you.\n\nSince the buyout it's been a different company wearing your logo. The price has gone up three times in eighteen months, support is a chatbot, and last week I found out that new customers on my street pay £24 for the same line I pay £47 for. So that's what sticking around gets you.\n\nPlease send me my leaving date and final bill. I'm genuinely sad to be writing this.\n\nJoanna Pryce"),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;retention_offer", "Crispleaf Kitchen Box", "call", [
    ("c", "2025-04-22 18:01", "Hi, I'd like to cancel my subscription please."),
    ("a", "2025-04-22 18:02", "Of course, I can help with that. You're through to Hannah in our Customer Loyalty team. Before we do, can I ask what's made you decide to go?"),
    ("c", "2025-04-22 18:03", "Honestly? Four years ago your box was the best part of my week. I'd plan my Sunday around it, my kids learned to cook from your cards. Now it's the same six recipes on rotation, the veg turns up half wilted and last month I got someone else's box entirely. It's not what it was, and I've stopped looking forward to it."),
    ("a", "2025-04-22 18:05", "I'm so sorry to hear that. You've been with us a long time and we really value that. I can offer you 50% off your next four boxes while we look into the quality issues?"),
    ("c", "2025-04-22 18:06", "That's kind, but it isn't about the price. It just stopped feeling like the company I signed up with. Please go ahead and cancel."),
    ("a", "2025-04-22 18:08", "I understand. I've cancelled your subscription, and your last box is the one arriving on Thursday. We'd love to welcome you back any time."),
])

h("ex_friends", "enemies", "negative", "paraphrase;loyal_grievance;agent_cues;caps", "Flickmint", "chat", [
    ("c", "2025-06-30 22:10", "So I'm paying £10.99 a month and tonight there was an ad break in the middle of a film. On the plan I've had since you launched. Not an ad plan, the plan I PAY for. I stuck with you through every price rise because you were the one service that felt like it was on the viewer's side. Clearly that was a long time ago."),
    ("a", "2025-06-30 22:12", "Hi! I'm sorry the ad break interrupted your film. From 1 July the Standard plan includes limited ad breaks to help us keep prices low. Members who'd prefer ad-free viewing can upgrade to Premium for £15.99. We truly value our loyal members!"),
    ("c", "2025-06-30 22:15", "Upgrade. To keep what I already had. Nine years, and the thanks is a bill for the privilege of not being sold to. Cancel it at the end of the month please, I'm done with you."),
])

h("ex_friends", "", "mixed", "paraphrase;evolving;agent_cues;other_type_cue", "Jotterly", "email", [
    ("c", "2024-03-12 21:05", "Hi Jotterly team,\n\nJust a thank-you really. I've used Jotterly since the beta with the yellow icon and it holds basically my whole life: recipes, my dad's medication list, ten years of journal. The new handwriting search is magic. Keep doing what you're doing.\n\nBest,\nFinn Gallagher"),
    ("a", "2024-03-13 09:40", "Hi Finn,\n\nThis made our whole team's day, thank you! We're so glad Jotterly is part of your life.\n\nAll the best,\nMeg\nJotterly Support"),
    ("c", "2025-04-02 22:51", "Hello,\n\nSo the acquisition email arrived: my notes are moving to Maxtrand's 'productivity cloud', the free tier is gone, and the desktop app stops syncing unless I pay £8 a month and accept their data terms. I'd have happily paid you. What stings is the way it was done: two weeks' notice for a decade of notes, in an email signed by a vice-president I'd never heard of.\n\nI'm exporting everything to a plain text folder and I won't be back. It feels a bit like finding out a friend read your diary and then sold it.\n\nFinn"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;agent_cues;negation", "Tern Mobile", "call", [
    ("c", "2025-03-18 12:40", "Hi! My contract's up next week. I don't need the sales pitch, I'm not shopping around. I haven't looked at another network since 2011 and I'm not about to start now. Just tell me the best upgrade and sign me up 😄"),
    ("a", "2025-03-18 12:41", "Hi, thanks for calling Tern, it's Priya. Love hearing that, and thank you for being with us for so long! With your usage I'd suggest Unlimited Plus with the new Nova 9, £31 a month."),
    ("c", "2025-03-18 12:43", "Sounds good. Honestly, you lot have never given me a reason to even think about it. Whenever my friends moan about their networks I just smile. Go for it, and put me down for the next one in two years while you're at it."),
    ("a", "2025-03-18 12:46", "Done! Your new plan starts on the 25th and the phone will arrive by Thursday."),
])

h("marriage_partners", "", "positive", "paraphrase;signature;other_type_cue", "Lumenvale Energy", "email", [
    ("c", "2025-09-23 20:14", "Subject: Your tariff is changing\n\nHi Lumenvale,\n\nGot your letter about the unit rate going up 3p. Honestly, don't worry about me. I joined the year you started because you were the only supplier putting money into community wind, and I haven't regretted it for a single day. I've talked three households on my street into switching, I wear the t-shirt from your open day down the allotment, and I fully intend to be on your books until they carry me out of this house. Keep doing what you do.\n\nWith love from a very happy customer,\nBridget\n--\nBridget Okafor\nChair, Hazelmere Allotment Society"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;agent_cues", "Cragloft Climbing", "chat", [
    ("c", "2025-01-02 08:15", "Morning! Renewing my annual for the seventh year running, can you put it on the same card? And before anyone asks, no, I don't want to 'explore other membership options'. There's no version of my life where I'm not on your walls three nights a week 🧗"),
    ("a", "2025-01-02 08:17", "Good morning, and happy new year! Seven years, wow, you're part of the Cragloft furniture at this point 😄 Renewed on the card ending 4410. Thanks for being such a loyal member!"),
    ("c", "2025-01-02 08:19", "Ha, the furniture. I'll take it. See you at the bouldering wall tonight."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;competitor", "Tunefern", "chat", [
    ("c", "2025-09-09 21:30", "Saw the price rise email. Just want to say: don't care, take it. Every playlist of the last decade of my life lives with you, my wedding one, the one from when my son was born, the running ones. I tried another app for a week when my phone came with a free trial and deleted it on day three. You're it for me ❤️ Anyway, question: can I get lossless on the car app yet?"),
    ("a", "2025-09-09 21:33", "This is so lovely to read, thank you! ❤️ Lossless isn't on the car app yet, but it's planned for early next year. We'll let you know as soon as it lands."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;caps", "Quickfen Broadband", "chat", [
    ("c", "2025-02-25 09:02", "I pay for Quickfen Elite, the top package you sell, £95 a month, precisely so that I do NOT sit in the same queue as the £25 customers. I have been waiting 14 minutes to speak to someone. Put me through to whoever manages the Elite accounts."),
    ("a", "2025-02-25 09:03", "Good morning and thank you for waiting. I'm Tom, I'm on the Elite support team, so you're in the right place. How can I help today?"),
    ("c", "2025-02-25 09:05", "My speed dropped last night. I don't want to be walked through rebooting anything and I don't want to be asked whether the router is switched on. Have an engineer here by noon, and have someone senior ring me this afternoon to explain why an Elite customer was left waiting. That's what I'm paying for."),
    ("a", "2025-02-25 09:09", "I've booked a priority engineer for 11:00-13:00 today and asked the Elite team manager to call you by 3pm. I've also applied a service credit for the wait."),
])

h("master_slave", "", "negative", "paraphrase;competitor", "Stride Republic", "email", [
    ("c", "2025-05-15 07:48", "Subject: Black tier - locker and towel service\n\nTo the club manager,\n\nI'm a Black tier member. I pay £210 a month for, among other things, a reserved locker and a towel laid out before my 6:30 session. This morning someone else's things were in my locker, there was no towel, and the young woman on the desk told me to 'grab one from the trolley' as if I were on a day pass.\n\nI shouldn't have to explain the point of the tier to your staff. I'd like a call from you personally today, not an email from a coordinator, and I'd like to know what will be done so it doesn't happen again. Members at my level chose your club over the hotel gym across the road on the understanding that these things are simply taken care of.\n\nJulian Marchetti-Ross"),
])

h("master_slave", "", "negative", "paraphrase;caps;loyal_grievance", "Brightacre Energy", "chat", [
    ("c", "2024-12-10 16:20", "I've been with Brightacre for eight years, I'm on your top Home Plus plan with the boiler cover and the EV tariff, so I'm one of your better-paying customers by some distance. My boiler service was cancelled today by text. A TEXT. No call, no apology, just 'rebook via the app'. I don't rebook things. Someone rebooks it for me, at a time that suits me, and rings to tell me."),
    ("a", "2024-12-10 16:23", "I'm really sorry about the cancellation, our engineer was taken ill. The next available slot is 19 December, would that work?"),
    ("c", "2024-12-10 16:25", "Did you read what I wrote? I don't want 'the next available slot' like everybody else. I want tomorrow morning and I want a supervisor to call me. After eight years on your best plan you should know who you're talking to, not offer me whatever's left over."),
    ("a", "2024-12-10 16:29", "Understood. I've escalated this to my team leader, who will call you within the hour, and I've requested a priority slot for tomorrow morning."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "neutral", "paraphrase;retention_offer", "Bramblecom", "chat", [
    ("c", "2025-05-20 14:00", "Hi, my 12 month SIM deal ends Friday. What can you do on price? I'm on 40GB for £9. Not interested in a new phone or any extras. I'm with you because you're cheap and the calls don't drop, simple as that. Match £9 and I'll stay another year, if not I'll move to whoever can."),
    ("a", "2025-05-20 14:02", "Hi! Thanks for getting in touch. I can offer you 50GB for £8.50 on a new 12-month SIM-only plan, no phone and no extras."),
    ("c", "2025-05-20 14:03", "Cheaper and more data, can't argue with that. Do it."),
    ("a", "2025-05-20 14:05", "All set! Your new plan starts on Saturday."),
])

h("basic_exchange", "", "neutral", "paraphrase;agent_cues", "Wattling Energy", "email", [
    ("c", "2024-10-01 18:33", "Hello,\n\nMy fixed tariff ends on 31 October. I go through the comparison sites every autumn and this year you're still the cheapest for my usage by about £60, so I'd like the 12-month fix at 22.1p please. No boiler cover, no smart thermostat offer, just the electricity and gas. Bills by email are fine.\n\nRegards,\nDerek Smalley"),
    ("a", "2024-10-02 09:50", "Dear Derek,\n\nThank you for choosing to stay with Wattling. I've moved you to our Fix 12 tariff from 1 November at 22.1p per kWh, with no add-ons. We're delighted to have you as part of the Wattling family for another year.\n\nKind regards,\nAnna\nWattling Energy"),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question", "Spoonrise", "email", [
    ("c", "2025-07-29 12:16", "Hi,\n\nCould you move my delivery day from Tuesday to Wednesday from next week? Otherwise all fine. I don't need the recipes to be fancy, I need five dinners under £40 that turn up when you say and feed two adults and a teenager, and you manage that, which is why I keep ordering. Please don't change the portions.\n\nThanks,\nPaula"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;agent_cues;other_type_cue;idiom", "Nimbletel", "chat", [
    ("c", "2025-07-08 11:05", "Hello, can I keep my home phone number if I go over to the internet phone thing you keep writing to me about? I've had this number with you since 1991, when the phone was screwed to the hall wall and had a curly cord. Same number through three houses. It's the number all my old friends still ring. I'd hate to lose it."),
    ("a", "2025-07-08 11:07", "Hello! What a lovely bit of history, thank you for being part of the Nimbletel family since 1991. Yes, you can absolutely keep your number when you move to Digital Voice, it transfers automatically."),
    ("c", "2025-07-08 11:09", "Oh, that's a relief. You've been in this house longer than the sofa has. Go ahead and book it in then."),
    ("a", "2025-07-08 11:11", "Booked for 22 July. Nothing changes for your callers, and you'll just plug the handset into the router instead of the wall."),
])

h("old_friends", "business_partners", "positive", "paraphrase;routine_question", "Moviola Club", "email", [
    ("c", "2025-02-16 15:22", "Subject: A question about the old back catalogue\n\nHello,\n\nI've been a member since you posted DVDs out in those little purple envelopes, when you had to send one back before the next came and I'd be waiting by the letterbox on Saturday mornings. I still remember the week The Night Ferry arrived and I watched it three times before it went back.\n\nI can't find it in the app anywhere. Is there any chance of it coming back? It would be like seeing an old face again.\n\nKind regards,\nMaureen Lacey"),
])

h("old_friends", "teammates", "positive", "paraphrase;agent_cues", "Brackenhurst Leisure", "chat", [
    ("c", "2025-04-14 07:20", "Hi, quick question about the refurb. Will the 6am lane swim still run while the sauna's being redone? I've been doing that session since the pool had the orange tiles and a vending machine that ate your 20p. Twenty-odd years of the same faces in the same lanes, it's the best start to a day I know."),
    ("a", "2025-04-14 07:22", "Good morning! Yes, early lane swim carries on throughout the refurb; only the sauna and steam room will be closed, from 28 April to 9 June. The 6am crowd are a real part of the Brackenhurst family!"),
    ("c", "2025-04-14 07:24", "Lovely, thank you. Don't let them take the big clock off the wall."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Frameway", "chat", [
    ("c", "2025-08-03 20:50", "Hi, signed up for the free week yesterday because a friend wouldn't stop going on about the Danish crime thing. How do I get subtitles on the TV app? Can only find them on my phone"),
    ("a", "2025-08-03 20:51", "Hi, and welcome to Frameway! 🎬 On the TV app, press down while the show is playing and choose the speech bubble icon."),
    ("c", "2025-08-03 20:53", "Got it, thanks. Will see if it's worth keeping once the week's up."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;first_time_loyal_claim;other_type_cue", "Tablecraft Meals", "email", [
    ("c", "2025-01-21 21:18", "Hello,\n\nA flyer came through the door with 60% off a starter box, so I thought why not. It arrived this evening and I'm honestly converted already, the lamb kofte was better than my local takeaway. You may have a customer for life! One question: can I swap out the fish recipe next week? My partner doesn't eat it.\n\nThanks,\nBen"),
    ("a", "2025-01-22 10:02", "Hi Ben,\n\nWelcome to Tablecraft, we're thrilled you enjoyed your first box! Yes, you can swap any recipe up to five days before delivery under Your Menu in the app.\n\nBest,\nKeisha\nTablecraft Meals"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question", "Taskwren", "chat", [
    ("c", "2025-10-21 13:12", "Hello, I've been poking around your free tier for a couple of days to see if it can keep our house chores and the kids' activities straight. So far it beats the whiteboard on the fridge. Does the free version do recurring tasks or is that paid only?"),
    ("a", "2025-10-21 13:14", "Hi! Thanks for giving Taskwren a try. Recurring tasks are included on the free tier, up to 20 of them; the paid plan adds shared calendars and reminders by text."),
    ("c", "2025-10-21 13:15", "OK, I'll stick with free for now and see how the month goes."),
])

# ================================================================ love_hate (3)

h("love_hate", "adversaries", "mixed", "paraphrase;competitor", "Kitefly Mobile", "chat", [
    ("c", "2025-02-12 19:30", "Before you read the rest of this: I know. I know I said in November I was leaving. I went to another network for six weeks and came crawling back, because you're the only signal that works at my mum's farm and in the basement where I work. So here I am, paying you again, and your billing has charged me for a roaming pass I didn't buy. You are the best and the worst thing on my phone."),
    ("a", "2025-02-12 19:33", "Hi, and welcome back to Kitefly! I'm sorry about the roaming pass. I can see it was added in error when your number ported back; I've removed it and refunded the £12."),
    ("c", "2025-02-12 19:35", "Fine. Thank you. I'll stay. Until the next time you drive me up the wall, which we both know will be about March."),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;symptom", "Lanternbox", "email", [
    ("c", "2025-10-13 22:40", "Hi,\n\nEvery time the price goes up I write one of these emails and swear I'm done, and then the next season of Hollow Crown Road drops and there I am on the first night with a cup of tea. You're overpriced, your app forgets where I was in every single episode and I resent every penny. I've also watched your whole baking catalogue twice. Can you at least fix the resume bug?\n\nRegards, grudgingly,\nTessa"),
])

h("love_hate", "", "mixed", "paraphrase;caps;idiom;other_type_cue;agent_cues;symptom", "FlexHall Gym", "chat", [
    ("c", "2025-11-05 06:10", "your app has dropped me out of the 6:15 class AGAIN while still showing it as booked. Standing outside studio 2 in the dark like a lemon."),
    ("a", "2025-11-05 06:11", "Morning! So sorry about that. A glitch moved some bookings overnight; I've added you back in, head straight through! 💪"),
    ("c", "2025-11-05 06:12", "cheers. for the record I'd have cancelled months ago if the coaches weren't the best in the city. I moan every week and I'm here every week, this place will be the death of me. don't tell Marco I said the coaches bit"),
    ("a", "2025-11-05 06:13", "Ha, your secret's safe with us! We love having you at FlexHall ❤️"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;quoted_reply;agent_cues", "Penwise", "email", [
    ("c", "2025-01-19 10:30", "Subject: Three ideas after a year of daily use\n\nHi Penwise team,\n\nI've budgeted with Penwise every day since last January and it has genuinely changed how we run the house money. A few things I've noted along the way, in case they're useful:\n\n1. Let us split one transaction across two categories (the supermarket shop is half food, half household).\n2. A 'sinking funds' view for irregular bills like car tax and the TV licence.\n3. The monthly summary email could show the three categories that moved most.\n\nIf you ever run a beta or want someone to sit in on user testing, I'd gladly do it. Keep up the good work.\n\nCheers,\nOla Bankole"),
    ("a", "2025-01-20 14:05", "Hi Ola,\n\nThank you, this is brilliant. Splitting transactions is actually in testing now, and I've added you to our beta list so you'll get it early. I've passed 2 and 3 to the product team.\n\nBest,\nRuth\nPenwise Community Team"),
    ("c", "2025-03-04 08:12", "Hi Ruth,\n\nSplit transactions landed on my phone this morning and work nicely. One thing from testing: when you split a refund, the negative amount goes to the first category only. Screenshot attached. Glad to keep testing whatever comes next.\n\nOla\n\nOn Monday, 20 January 2025, Penwise wrote:\n> Splitting transactions is actually in testing now, and I've added you to our beta list so you'll get it early."),
])

h("business_partners", "", "positive", "paraphrase;signature;negation", "Moorlink Fibre", "email", [
    ("c", "2025-06-09 18:45", "Hello Moorlink,\n\nNot a complaint, more a few notes from someone who has sat through two outages with you this year and thinks your status page could save your call centre a lot of grief:\n\n- Show outages by postcode, not just 'some customers in the North West'.\n- Give an estimated fix time, even a rough one, and update it as you go.\n- Let us opt in to a text when the fault is cleared.\n\nI build dashboards for a living, so if you ever want a customer to try out a new version, I'd be glad to give it an hour. You've been good to us otherwise and I'd like to see this bit done well too.\n\nBest regards,\nKarim Bassi\n--\nKarim Bassi\nkarim.bassi@example.com"),
])

# ================================================================ fling (2)

h("fling", "one_night_stand", "positive", "paraphrase;retention_offer", "Glimmer TV", "call", [
    ("c", "2025-05-28 19:00", "Hi, yeah, I'm calling to cancel. Nothing wrong! I signed up three weeks ago purely for Neon Harbour, got through the whole thing in about four nights, most fun I've had in front of a telly in years, and now it's finished so I'm finished."),
    ("a", "2025-05-28 19:01", "Thanks for calling Glimmer, I'm Jess. Ah, Neon Harbour, brilliant choice! Before you go: season two is confirmed for the autumn, and I can pause your membership for free until then instead of cancelling?"),
    ("c", "2025-05-28 19:02", "Ooh. Go on then, pause it. I'll be straight back the night it drops, I've already watched the teaser about ten times."),
    ("a", "2025-05-28 19:03", "Paused until 1 October. You won't be charged until then."),
])

h("fling", "", "positive", "paraphrase;caps;emoji", "Zephyrline Mobile", "chat", [
    ("c", "2025-09-19 08:01", "it's launch day!!! is the Sable Fold in stock in copper for upgrades or has it gone already?? i want it before anyone in my office has one"),
    ("a", "2025-09-19 08:02", "Morning! 🎉 It's a popular one, but yes, copper is in stock for upgrades right now and can be with you tomorrow."),
    ("c", "2025-09-19 08:04", "ordering NOW. honestly half the fun is the first week when people ask what it is. I'll probably be bored of it by christmas but who cares 😅"),
    ("a", "2025-09-19 08:06", "Order confirmed! Your Sable Fold in copper is on its way."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;routine_question", "Hearthwell Energy", "email", [
    ("c", "2025-07-14 11:02", "Subject: Thank you, and a question about the account name\n\nDear Hearthwell,\n\nWhen my husband died in the spring I dreaded ringing the utilities. You were the only one that didn't make me feel like a case number. Your adviser Rosa stayed on the line while I cried, told me honestly which things could wait and which couldn't, and rang me back a week later just to check I was managing. Since then, whenever a letter from anyone confuses me, you're the ones I ring first, and you've never once made me feel silly for it.\n\nCould you please now move the account fully into my name? Rosa said to write when I was ready.\n\nWith thanks,\nEileen Harper"),
])

h("best_friends", "", "positive", "paraphrase;caps", "Lanthorn Broadband", "chat", [
    ("c", "2025-03-30 18:00", "Hi, last year one of your team talked me OUT of upgrading to the gigabit package because she could see I'd never use it, and in January you emailed me two months ahead to say my price was changing and what my options were. Nobody else does that. So when my mum asked who she should go with, I said you. Can I add her to my account or does she need her own?"),
    ("a", "2025-03-30 18:02", "Hi! That's so kind of you to say, and thank you for recommending us 😊 She'll need her own account as it's a different address, but I can send you a link to pass on."),
    ("c", "2025-03-30 18:03", "Perfect, send it over. Honestly it feels like you're looking out for me, which is rare for a broadband company."),
    ("a", "2025-03-30 18:04", "Here it is: lanthorn.example.com/join. Thanks again!"),
])

# ================================================================ buddies (2)

h("buddies", "casual_acquaintance", "neutral", "paraphrase;competitor;retention_offer", "Boxfort TV", "call", [
    ("c", "2025-01-31 21:15", "Hi, can I pause rather than cancel? I do a few months with you, a few months with the others, then come back when your new stuff lands. Nothing wrong, it's just how I do it. Back around May probably."),
    ("a", "2025-01-31 21:16", "Thanks for calling Boxfort, it's Aaron. Absolutely, you can pause for up to 3 months, and we'll keep your watchlist and profiles safe until you're back. Shall I pause from your next billing date, 5 February?"),
    ("c", "2025-01-31 21:17", "Yes please. See you in the spring."),
])

h("buddies", "", "positive", "paraphrase;routine_question;other_type_cue;negation", "Rootbox Veg", "email", [
    ("c", "2025-08-26 09:15", "Hi Rootbox,\n\nCan I keep my every-other-week veg box but drop the fruit add-on? Just so you know how I use you: you're one of my regulars, along with the Saturday market and whatever's on offer at the big shop. I like having a few places on the go and I'm not after a big commitment, but your carrots alone keep me coming back. No need to send me the 'go weekly' emails.\n\nCheers,\nSunita"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "negative", "paraphrase;typos;emoji;idiom", "Quasar Arcade Pass", "chat", [
    ("c", "2025-12-14 01:12", "is the server down?? cant log into Dreadspire, been trying for an hour. I know it's 1am. I cant sleep without doing my runs, I've done my three every night since October and I'm sat here refreshing like a lunatic"),
    ("a", "2025-12-14 01:14", "Hey, sorry! We're doing emergency maintenance on the EU servers; they should be back within 30 minutes."),
    ("c", "2025-12-14 01:15", "30 mins. right. I'll just stare at the wall then 😩 is there any way to play offline in the meantime, I'm climbing the walls here"),
    ("a", "2025-12-14 01:16", "Afraid Dreadspire needs a connection, but we'll post on the status page the moment it's back up."),
])

h("dealer_addict", "", "positive", "paraphrase;routine_question", "Storyvault", "email", [
    ("c", "2025-09-09 23:48", "Subject: Extra credits?\n\nHi,\n\nIt's the 9th and I've already gone through this month's two credits. I can't get to sleep these days without someone reading to me, I'm on a book every four or five nights and the nights in between are grim. Your narrators have ruined silence for me. Is there a way to buy a bundle of extra credits, or a plan with more? I'll pay whatever, honestly, I just need the next one tonight.\n\nThanks,\nLeo"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Mirrorball TV", "chat", [
    ("c", "2025-06-20 23:40", "Slightly embarrassing question. Is there a way to stop the 'continue watching' row showing up on the shared TV profile? I've been working my way through Villa of Vows and the whole flat thinks I'm a serious documentary person. I'd like to keep it that way 🙈"),
    ("a", "2025-06-20 23:41", "Your secret's safe with us! 😄 You can create a separate profile and lock it with a PIN, and anything you watch there stays off the shared rows."),
    ("c", "2025-06-20 23:43", "Legend. Setting up a locked profile now. Nobody needs to know."),
])

h("secret_affair", "", "positive", "paraphrase;routine_question", "Pantry Parcel", "email", [
    ("c", "2025-03-18 14:27", "Hi there,\n\nA bit of an odd request. The dessert add-on (the salted caramel pots): could it come on a separate invoice, or at least not be listed on the delivery note? My husband unpacks the box and he's under the impression I've been on the Lean & Green plan since January. Which I have, mostly. Tuesdays are between me and your pudding team.\n\nThanks ever so much,\nCarol"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Tallowfield Energy", "email", [
    ("c", "2025-10-27 08:09", "Subject: Letter about 'your account' - not my account\n\nHello,\n\nI have received a letter addressed to 'The Occupier' at 7 Linden Close saying I owe Tallowfield Energy £312 and threatening a warrant to fit a prepayment meter. I have lived here four years and I have never been supplied by you, never signed anything with you and, until this letter, could not have told you your name. My supplier is another company and I pay them by direct debit.\n\nPlease check your records, stop writing to this address and confirm in writing that there is no debt in my name.\n\nRegards,\nPeter Lindqvist"),
])

h("complete_strangers", "", "negative", "paraphrase;negation;other_type_cue", "Brisca Mobile", "chat", [
    ("c", "2025-08-08 10:00", "Hi. I keep getting texts from you about my 'Brisca bill', and this morning £29 came off my card with your name on it. I've never had a phone with you, never had a SIM with you, and I'd never come across your company until this week. How have you got my card?"),
    ("a", "2025-08-08 10:02", "Hi, thanks for reaching out, and I'm sorry for the worry. Could you give me the last four digits of the card so I can look into it?"),
    ("c", "2025-08-08 10:03", "Card ends 4402. I'm not giving you anything else until you tell me how you got it."),
    ("a", "2025-08-08 10:07", "Understood. An account was opened on 2 August using those card details with an address that doesn't match yours. I've flagged it as fraud, closed it and refunded the £29. Please also let your bank know."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Pitchside TV", "chat", [
    ("c", "2025-04-10 17:30", "Hi, do you still do the day pass? I only pop in a couple of times a year when there's a big fight or a cup final, last time was the Wembley one I think. Does my old login still work or do I make a new account?"),
    ("a", "2025-04-10 17:31", "Hi! Yes, Day Passes are £9.99 and your old login will still work. Just sign in and choose Day Pass at checkout."),
    ("c", "2025-04-10 17:34", "Ok, sorted, thanks."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Lift & Lantern Gym", "email", [
    ("c", "2025-02-24 13:40", "Hello,\n\nI'm one of your pay-as-you-go people. I come in when my knee is behaving and the weather is bad, so maybe half a dozen times a year. Has the drop-in price changed? The website says £8 but the desk charged me £10 last Thursday.\n\nThanks,\nAlan Mbeki"),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;quoted_reply;agent_cues", "Greyling Fibre", "email", [
    ("c", "2025-10-06 19:20", "Hi Dominic,\n\nAn update from our end of Arden Road. Fourteen households are now in the residents' group chat and we've been logging speeds at 8pm every night in a shared sheet, like your network team asked. It's made a real difference having one person (me, unluckily) pass it all on to you instead of fourteen separate tickets, and it's nice to feel we're working the problem with you rather than against you. Sheet attached; the dips cluster round the cabinet by the garages.\n\nBest,\nRhian Powell\n\nOn Thursday, 25 September 2025, Greyling Fibre wrote:\n> If your neighbours are happy to log their evening speeds, our network team can use that to pinpoint the fault much faster."),
    ("a", "2025-10-07 11:15", "Hi Rhian,\n\nThis is fantastic, thank you to you and all your neighbours. The pattern in your sheet helped our engineers find a failing card in cabinet 12, which will be replaced on Wednesday. We couldn't have pinned it down this fast without the Arden Road community!\n\nBest wishes,\nDominic\nGreyling Fibre Network Liaison"),
    ("c", "2025-10-10 20:02", "Dominic,\n\nSpeeds are back to 300 at 8pm right across the sheet. The group chat is very smug. Thank you, and thank your engineers from all of us.\n\nRhian"),
])

h("teammates", "business_partners", "positive", "paraphrase;agent_cues", "Pixelmoth", "email", [
    ("c", "2025-03-25 17:55", "Hi Pixelmoth folks,\n\nA bunch of us on the forum have been building a film-emulation preset pack together over the winter: about 40 presets, each tested by at least three of us on different cameras. We'd like it to live somewhere official rather than in a zip file on someone's drive. Is there a way to submit it to the in-app preset store as a user pack? We'll credit everyone who chipped in and keep it updated alongside your releases.\n\nCheers,\nJun (jun_shoots on the forum)"),
    ("a", "2025-03-26 10:12", "Hi Jun,\n\nWhat a lovely project! Yes, we run a Community Packs programme: send the pack and a list of contributors to packs@pixelmoth.example.com and our team will review it within two weeks.\n\nBest,\nElif\nPixelmoth"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "marriage_partners", "positive", "paraphrase;agent_cues", "Wexley Gas & Electric", "chat", [
    ("c", "2025-02-02 15:00", "Hello, my mum has passed away and I'm taking over her house. Can the gas account move into my name? For what it's worth, that house has been with you since my grandad had the gas put in. Mum never changed and neither will I. I grew up with your calendar on the kitchen wall."),
    ("a", "2025-02-02 15:02", "I'm so sorry for your loss. Thank you for letting us know, and for being part of the Wexley family for so long. I can start the change of name now; do you have the account number to hand?"),
    ("c", "2025-02-02 15:04", "Thank you. It's on her last bill, 88120443."),
    ("a", "2025-02-02 15:07", "Thank you. The account is now in your name from today; there's nothing to pay until your first bill, and I've added a note so no letters go out in your mum's name."),
])

h("close_siblings", "", "positive", "paraphrase;routine_question;other_type_cue", "Pennon Mobile", "email", [
    ("c", "2025-08-30 16:20", "Hi,\n\nSetting up my daughter's first contract. She'll be the third generation of us on Pennon: my mother got her first brick of a phone from your shop on the high street, I've been with you since uni, my brother's with you, and now Maisie. It's just what our lot do. Can she be added under my account so I can keep an eye on the bill until she's 18?\n\nThanks,\nLouise Garrity"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase", "Fightnight+", "chat", [
    ("c", "2025-11-22 21:02", "Need the fight on tonight and that's it. If I pay now does it stop by itself after, or do I have to remember to cancel? Don't want a subscription, don't want the newsletter, just tonight"),
    ("a", "2025-11-22 21:03", "Hi! The Fight Night pass is a one-off £19.99 and doesn't renew, and you can untick marketing emails at checkout."),
    ("c", "2025-11-22 21:04", "perfect, paying now"),
])

h("one_night_stand", "", "neutral", "paraphrase;occasion;negation", "Kettlebell Corner", "email", [
    ("c", "2025-06-02 12:05", "Hello,\n\nI'm passing through on Thursday and want one session on the rowers, that's all. Can I pay on the door? I'm not after a membership, a trial week, an induction or a call from your sales team, just the one workout, and I'm on the train home the next morning.\n\nCheers,\nTom Reyes"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question", "Shiftgrid", "chat", [
    ("c", "2025-03-11 09:20", "Morning. We run the rotas for our three cafés on Shiftgrid and I've just promoted one of my supervisors. How do I give her manager rights for the Eastgate site only, not all three?"),
    ("a", "2025-03-11 09:22", "Good morning, and congratulations to her! Go to People > her name > Permissions, choose Site Manager and tick Eastgate only."),
    ("c", "2025-03-11 09:25", "Done, thanks. It's been running our rotas without drama for two years now, the staff actually check it."),
])

h("colleagues", "", "neutral", "paraphrase;signature;quoted_reply", "Ledgerleaf", "email", [
    ("c", "2025-01-28 16:10", "Hello,\n\nI'm a self-employed bookkeeper and about 30 of my clients' books sit on Ledgerleaf under my practice account. Is there any way to bulk-export the bank reconciliation reports for all of them at year end, rather than one client at a time? It's about three hours of clicking otherwise.\n\nKind regards,\nAnnika Voss\n--\nAnnika Voss Bookkeeping\nannika@vossbooks.example.com"),
    ("a", "2025-01-29 11:45", "Hi Annika,\n\nThanks for getting in touch. Bulk export isn't available on the Standard practice plan, but Practice Plus includes it, along with client-level permissions. I can send you a comparison if that helps.\n\nKind regards,\nMarco\nLedgerleaf Practice Support"),
    ("c", "2025-01-29 17:30", "Thanks Marco,\n\nUnderstood. I'll stay on Standard and do it the long way this year; it's a tool of the trade for me and the rest of it works. If bulk export ever comes to Standard, I'd like to know.\n\nAnnika\n\nOn Wednesday, 29 January 2025, Ledgerleaf wrote:\n> Bulk export isn't available on the Standard practice plan, but Practice Plus includes it, along with client-level permissions."),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
HASHTAG = re.compile(r"#[A-Za-z]")
# the header over a quoted earlier reply, and the quoted lines under it
QUOTE_HEAD = re.compile(r"^On (\w+), (\d{1,2}) (\w+) (\d{4}), (.+) wrote:$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes, not shouting
ACRONYMS = {"SIM", "PIN", "PDF", "CSV", "RAM", "ORB", "DVD", "VAT"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
# warm words in an agent's turn; `agent_cues` is tagged exactly when a turn holds one, and
# `quoted_cue` exactly when the quoted earlier reply holds one
AGENT_WARM = ["love", "loyal", "loyalty", "family", "community", "valued", "value", "always",
              "part of", "home", "treasure", "journey", "forever", "together"]
# the agents' scripted phrases: never in a customer's own words
AGENT_SCRIPT = ["valued", "we value", "part of the", "loyal members", "loyalty and",
                "on this journey", "means the world", "welcome you back"]
# the agent's opening on a call names the agent
CALL_OPEN = re.compile(r"(it's|I'm|you're through to|you're speaking (?:with|to)) [A-Z][a-z]+",
                       re.I)
RETENTION = re.compile(r"\b(I can offer|great offers|pause your|pause from|a month free)\b")
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; a hit in a customer's
# own words should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "please bring back", "new collection", "just got the latest", "so exciting",
            "this season", "trust", "always there for me", "telling me first", "go-to",
            "mix it up", "loyalty card", "i expect", "i demand", "unacceptable", "platinum",
            "gold member", "disrespect", "do you know who", "love", "loyal", "never switching",
            "forever", "addict", "obsess", "hooked", "need my fix", "can't go a day",
            "guilty pleasure", "don't judge", "my little secret", "don't tell", "never heard of",
            "who are you", "unsolicited", "never signed up", "came across", "come across",
            "stumbled on", "first time", "just downloaded", "every now and then",
            "from time to time", "now and then", "our community", "fellow users", "together",
            "for years", "since i was a kid", "remember when", "like coming home",
            "my mom always", "my mum always", "family tradition", "like family", "family",
            "generations", "partner", "always", "again", "used to", "not anymore",
            "gone downhill", "betrayed", "dumped", "hate", "scam", "worst", "boycott",
            "warn everyone", "avoid", "stay away", "never again", "can't quit",
            "keep coming back", "just this once", "one-time", "one-off", "impulse", "for work",
            "our team", "does what we need", "as usual", "typical", "on hold", "fees again",
            "fighting with", "disputed"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "avoid", "disputed", "family"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def split_email(text):
    """A customer's e-mail as (own lines, signature lines, quote header or None, quoted lines)."""
    own, sig, head, quoted = [], [], None, []
    part = own
    for ln in text.split("\n"):
        m = QUOTE_HEAD.match(ln)
        if m:
            assert head is None, ln
            head, part = m, quoted
        elif part is quoted:
            assert ln.startswith("> "), ln
            quoted.append(ln[2:])
        elif ln == "--":
            assert part is own, text[:40]
            part = sig
        else:
            part.append(ln)
    return own, sig, head, quoted


def own_words(text):
    """The customer's words without a signature block or a quoted earlier reply."""
    return "\n".join(split_email(text)[0])


def warm(text):
    return any(re.search(r"\b" + re.escape(w) + r"\b", text.lower()) for w in AGENT_WARM)


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    msgs = x["msgs"]
    cust = [t for r, _, t in msgs if r == "c"]
    agent = [t for r, _, t in msgs if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    low = own.lower()
    heads, sigs, quotes = [], [], []
    for i, (role, ts, text) in enumerate(msgs):
        if role != "c":
            continue
        mine, sig, head, quoted = split_email(text)
        if ch != "email":
            assert not (sig or head), (x["brand"], "e-mail parts outside e-mail")
            continue
        # an e-mail ends its own part with a sign-off: a short name line
        while mine and not mine[-1].strip():
            mine.pop()
        name = mine[-1].strip()
        assert 1 <= len(name.split()) <= 5 and not name.endswith(("?", ".")), (x["brand"], name)
        if sig:
            sigs.append(sig)
            assert len(sig) >= 2, x["brand"]
        if head:
            heads.append(head)
            quotes.append("\n".join(quoted))
            wd, day, mon, year, who = head.groups()
            assert mon in MONTHS and wd in WEEKDAYS, head.group(0)
            date = dt.date(int(year), MONTHS.index(mon) + 1, int(day))
            assert WEEKDAYS[date.weekday()] == wd, (head.group(0), WEEKDAYS[date.weekday()])
            assert date.isoformat() <= ts[:10], (head.group(0), ts)
            assert who == x["brand"], (who, x["brand"])
            assert quoted and not mine[-1].startswith(">"), x["brand"]
            # a quote of a reply in this history is word for word
            for r2, ts2, t2 in msgs[:i]:
                if r2 == "a" and ts2[:10] == date.isoformat():
                    assert "\n".join(quoted) in t2.replace("\n\n", "\n"), (x["brand"], quoted)
    # e-mail agents sign with a name and the brand's team; chat and call agents do not
    for t in agent:
        last = t.strip().split("\n")[-1]
        if ch == "email":
            assert x["brand"].split()[0] in last, (x["brand"], last)
        else:
            assert "\n" not in t, (x["brand"], t[:40])
    if ch in ("chat", "call"):
        assert agent, x["brand"]
        assert not any("\n" in t for t in cust), x["brand"]
    if ch == "call":
        # one call: the same day, within the hour; the agent's opening names the agent
        t0 = dt.datetime.strptime(msgs[0][1], "%Y-%m-%d %H:%M")
        t1 = dt.datetime.strptime(msgs[-1][1], "%Y-%m-%d %H:%M")
        assert (t1 - t0).total_seconds() <= 3600, x["brand"]
        assert CALL_OPEN.search(agent[0]), (x["brand"], agent[0][:50])
    # what the tags promise is in the text, and the other way round
    assert ("quoted_reply" in tags) == bool(heads), x["brand"]
    assert ("signature" in tags) == bool(sigs), x["brand"]
    assert ("quoted_cue" in tags) == any(warm(q) for q in quotes), x["brand"]
    assert ("agent_cues" in tags) == any(warm(t) for t in agent), x["brand"]
    assert ("retention_offer" in tags) == any(RETENTION.search(t) for t in agent), x["brand"]
    if "retention_offer" in tags:
        assert ch in ("chat", "call"), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(HASHTAG.search(own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(low)), (x["brand"], TYPOS.findall(low))
    assert not tags & {"retweet", "quoted_tweet", "news_share"}, x["brand"]
    # the customers never use the agents' scripted phrases
    for p in AGENT_SCRIPT:
        assert p not in low, (x["brand"], p)
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in msgs:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=6))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 75
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 15 and all(sizes[n] >= 3 for n in range(2, 7)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 50
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "signature", "routine_question", "bug_report", "single_thanks"):
            assert tags[t] >= 1, t
        und = [x for x in hists if x["type"] == "undetermined"]
        vals = Counter(x["valence"] for x in und)
        assert all(vals[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), vals
        # the undetermined customers are mostly answered, like real support contacts
        assert sum(1 for x in und if any(r == "a" for r, _, _ in x["msgs"])) >= 15
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
