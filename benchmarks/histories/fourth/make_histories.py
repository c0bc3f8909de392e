#!/usr/bin/env python3
"""Invented development histories u001..u080 for relradar (hand-written, no real customer text).

Run: python3 /work/hist4/make_histories.py
Writes histories.csv and labels.csv next to this script after checking the data.
"""
import csv
import os
import random
import sys
from collections import Counter
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance", "teammates",
         "old_friends", "close_siblings", "ex_friends", "enemies", "love_hate",
         "one_night_stand", "colleagues", "adversaries"]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# ---- draw the type of each id first (seeded shuffle), so ids carry no order ----
PLAN = ["undetermined"] * 24
for t in ["ex_friends", "love_hate", "secret_affair", "one_night_stand", "dealer_addict",
          "buddies", "basic_exchange"]:
    PLAN += [t] * 4
for t in ["business_partners", "fling", "best_friends", "master_slave", "marriage_partners",
          "complete_strangers", "fleeting_acquaintance", "casual_acquaintance", "teammates",
          "old_friends", "close_siblings", "enemies", "colleagues", "adversaries"]:
    PLAN += [t] * 2
random.Random(4711).shuffle(PLAN)
DRAWN = {"u%03d" % (i + 1): t for i, t in enumerate(PLAN)}

H = []


def gap(s):
    n, u = int(s[:-1]), s[-1]
    return timedelta(minutes=n) if u == "m" else timedelta(hours=n) if u == "h" else timedelta(days=n)


def add(cid, brand, typ, second, valence, trap, start, msgs):
    H.append(dict(id=cid, brand=brand, type=typ, second=second, valence=valence, trap=trap,
                  start=start, msgs=msgs))


def quote(brand, when, text):
    return "On %s, %s wrote:\n" % (when, brand) + "\n".join("> " + line if line else ">" for line in text.split("\n"))


C, A = "customer", "agent"

# ============================ u001 - u040 ============================

add("u001", "TinyPixel Games", "dealer_addict", "", "positive", "agent_cue;paraphrase;slang",
    "2025-02-11T07:02:00Z", [
    (C, "0m", "hi, my Gemfall streak reset to 0 overnight?? it was 212 days. my phone died at my cousin's wedding and I couldn't log in. is there any way to get it back"),
    (A, "4m", "Hi Priya, thanks for reaching out! We know Gemfall can be a bit addictive :) Streaks can't normally be restored, but let me check your account."),
    (C, "2m", "please. I'm not joking when I say it's the first thing I open, before my alarm's even finished. I felt actually twitchy all through the reception not being able to play"),
    (C, "1m", "my flatmate has started calling it my morning medication lol"),
    (A, "6m", "I've restored your streak to 212 as a one-off goodwill gesture. We really value your loyalty!"),
    (C, "1m", "you absolute legend. ok going to do today's puzzle right now, been itching to since 6"),
    ])

add("u002", "Skyvane Airways", "love_hate", "adversaries", "mixed", "quoted_reply;agent_cue;paraphrase",
    "2025-04-03T18:40:00Z", [
    (C, "0m", "Dear Skyvane,\n\nSo that's my bag lost for the third time since January (ref SKV-LIS-88213). You would think by now I'd have learnt my lesson and flown with someone else.\n\nAnd yet. The crew on the Lisbon route are the nicest people in the sky, the legroom in row 12 is the best of any airline I've tried, and I have ALREADY booked May with you. I genuinely don't understand myself.\n\nPlease find my bag. It has my good boots in it.\n\nInês Carvalho\n14 Harrow Lane, Reading RG1 4XX\ninescarvalho@example.com"),
    (A, "1d", "Dear Ms Carvalho,\n\nWe are very sorry for the delay to your baggage. As a loyal Skyvane customer your experience matters to us. Your bag has been located in Porto and will be couriered to you within 48 hours.\n\nKind regards,\nDaniel\nSkyvane Customer Relations"),
    (C, "3d", "Hi Daniel,\n\nBag arrived, boots intact, thank you. I was furious for about four days and I'm already looking forward to May, which tells you everything about this situation. Every time I swear it's the last flight with you and every time I'm back at the gate.\n\nBest,\nInês\n\n" + quote("Skyvane Customer Relations", "7 Apr 2025 at 09:12", "Dear Ms Carvalho,\n\nWe are very sorry for the delay to your baggage. As a loyal Skyvane customer your experience matters to us.")),
    ])

add("u003", "Rookery Books", "old_friends", "marriage_partners", "positive", "paraphrase;signature",
    "2025-01-20T11:05:00Z", [
    (C, "0m", "Hello all at Rookery,\n\nI first wandered into the Stockbridge shop in the winter of 1998, when it still had that creaky staircase and the ginger cat who slept on the poetry shelf. I was a very lost first-year student. I've moved flat four times since and somehow your shop has been the one constant - my kids got their first picture books from your children's corner and now they're teenagers rolling their eyes at me.\n\nIt was lovely to see the old photos you put up in the window last week. Brought it all back.\n\nA practical question, too: does the Thursday reading group still meet, and is there room for one more?\n\nWarmly,\nFiona Baird\n\n--\nFiona Baird | Senior Lecturer, Dept of Geography\nfiona.baird@example.com"),
    (A, "5h", "Dear Fiona,\n\nWhat a wonderful message, thank you. The cat was called Marmalade! The reading group meets on the first and third Thursday, 7pm, and there is always room.\n\nBest wishes,\nTom at Rookery Books"),
    (C, "1h", "Marmalade! Of course. See you Thursday - it'll feel like coming in from the cold all over again.\n\nF."),
    ])

add("u004", "Harbour & Finch", "fling", "fleeting_acquaintance", "positive", "first_time_cue;slang;caps",
    "2025-09-12T21:14:00Z", [
    (C, "0m", "hiii just saw the autumn drop on insta and I NEED the rust corduroy jacket?? is it in the Brighton shop on Saturday or online only"),
    (A, "2m", "Hi Lauren! The Rust Cord Chore Jacket will be in our Brighton store from Saturday 10am, and online from Friday midnight."),
    (C, "1m", "omg ok setting an alarm for midnight. never bought from you before, a friend tagged me in it and now it's all I can think about. the whole orange-and-brown thing this season is SO me right now"),
    (C, "1m", "do you think the size 10 will sell out fast? I want it for a gig next week and then probably live in it till it's too cold"),
    (A, "2m", "The 10s are popular, so midnight online is your best bet! Enjoy :)"),
    ])

add("u005", "Mondegreen Music", "love_hate", "dealer_addict", "mixed", "threat_to_leave;symptom_repeat;cue_in_passing;caps",
    "2025-05-06T06:48:00Z", [
    (C, "0m", "the app has logged me out MID RUN again. third time this week. I am this close to cancelling, I mean it"),
    (A, "5m", "Sorry about that, Jonas! Could you tell me your app version and phone model?"),
    (C, "3m", "4.12.1, Pixel 7. and before you say it yes I reinstalled"),
    (C, "16d", "update: I did not cancel. obviously. the Friday Discovery mix found me three bands I'm now obsessed with and no other app does that for me. but fix the logout thing or I will actually leave this time (I won't. you know I won't. that's what makes me so angry)"),
    (A, "8m", "Haha, we're glad you're still with us! The logout bug is fixed in 4.13, rolling out this week."),
    ])

add("u006", "Marlow Hotels", "one_night_stand", "", "neutral", "agent_cue;negated_cue;paraphrase",
    "2025-03-14T16:55:00Z", [
    (C, "0m", "Hello,\n\nMy train to Glasgow has been cancelled and I'm stuck in Manchester tonight. Do you have a single room at the Piccadilly Marlow for tonight only? I just need a bed and a VAT invoice for my expenses.\n\nThanks,\nMarek Nowak"),
    (A, "20m", "Dear Mr Nowak,\n\nWe have a Classic Single available at £119. May we also invite you to join Marlow Rewards? Members earn points on every stay and enjoy late checkout - we love to welcome guests back!"),
    (C, "10m", "Thanks, please book the single. No to the rewards thing - I'm really not a points person and I won't be in Manchester again, this is purely a stopgap because of the trains. Please don't put me on any mailing lists.\n\nMarek"),
    (A, "5m", "Understood, Mr Nowak. Booking confirmed, ref MH-55120. Safe travels tomorrow."),
    ])

add("u007", "Citrine Insurance", "complete_strangers", "", "negative", "quoted_reply;agent_cue",
    "2025-06-02T09:30:00Z", [
    (C, "0m", "To whom it may concern,\n\nThis morning I received a letter thanking me for 'another year with Citrine' and telling me my home policy renews at £412 on 1 July.\n\nI have never held a policy with you. I have never asked you for a quote. Until this letter I genuinely didn't know your company existed. Please tell me how you obtained my name and address and delete them.\n\nRegards,\nSiobhan Kelly\n3 Moor Road, Leeds LS6 2XX"),
    (A, "2d", "Dear Ms Kelly,\n\nThank you for being a valued Citrine policyholder. To discuss your renewal, please call 0300 000 0000.\n\nCitrine Customer Care"),
    (C, "3h", "You have not read my email. I am NOT a policyholder and never have been.\n\n" + quote("Citrine Customer Care", "4 June 2025", "Dear Ms Kelly,\n\nThank you for being a valued Citrine policyholder.") + "\n\nPlease confirm in writing that my details have been removed.\n\nS. Kelly"),
    ])

add("u008", "Brightwater Energy", "undetermined", "", "neutral", "routine_question",
    "2025-02-03T08:12:00Z", [
    (C, "0m", "Hi, I've just moved into 22 Elm Close and the meter reads 04417. Do I need to send a photo, or is the number enough? Also, when will the first bill come?"),
    (A, "3m", "Hi Aisha, the number is enough. I've logged it against your account. Your first bill will be on the 1st of next month."),
    (C, "1m", "Perfect, thank you."),
    ])

add("u009", "Kestrel Bank", "undetermined", "", "mixed", "one_incident;product_attribute;agent_cue",
    "2025-07-18T13:20:00Z", [
    (C, "0m", "Hello, I've been charged twice for the same £63.40 at a petrol station on 16 July. Can you reverse one of them? Bit annoying as it pushed me into my overdraft."),
    (A, "4m", "Hi Callum, sorry about that. I can see the duplicate. I've raised a reversal and refunded the overdraft fee. Thank you for your loyalty to Kestrel."),
    (C, "2m", "Brilliant, that was quick. Unrelated but I love the new spending-pots screen in the app, it's much clearer."),
    ])

add("u010", "Velluto Coffee", "undetermined", "", "neutral", "product_attribute",
    "2025-10-09T10:02:00Z", [
    (C, "0m", "Hi, the Loyalty tab in the app shows 0 stamps but I've definitely bought coffees this week with the app. Is it broken?"),
    (A, "6m", "Hi Chloe, there was a sync issue yesterday. Your stamps should appear within 24 hours."),
    (C, "1m", "Ok thanks"),
    ])

add("u011", "Greenbasket", "fleeting_acquaintance", "", "positive", "paraphrase;one_incident",
    "2025-04-22T19:40:00Z", [
    (C, "0m", "Hi! I only found out about you from a leaflet through the door last week and put my very first order in last night. The strawberries were ridiculously good. Two quick questions before I decide whether to make this a regular thing: can I change the delivery slot after booking, and do you take the bags back?"),
    (A, "5m", "Welcome to Greenbasket, Ellie! Yes, you can change the slot until 10pm the day before, and our drivers collect bags at your next delivery."),
    (C, "2m", "Great. Let's see how the next one goes then!"),
    ])

add("u012", "Zephyr Fitness", "buddies", "casual_acquaintance", "positive", "negated_cue;paraphrase",
    "2025-01-09T12:30:00Z", [
    (C, "0m", "Hi there, I'm on the off-peak flex plan and I pop in two or three times a week. Before I renew: is there anything that doesn't lock me in for 12 months?"),
    (A, "3m", "Hi Sam! Our Annual Plus plan is our best value and rewards loyal members with free guest passes."),
    (C, "2m", "Yeah I'm not really a one-gym kind of person, no offence. I boulder at a wall across town on Tuesdays and swim at the council pool too. I like you lot, the Tuesday spin class is a laugh, but I'd rather keep it rolling month to month"),
    (A, "2m", "No problem, the Flex Monthly plan renews each month and can be cancelled with 30 days' notice."),
    (C, "1m", "perfect, that one please"),
    ])

add("u013", "Parcelio", "undetermined", "", "negative", "one_incident;strong_words;not_chosen",
    "2025-11-28T15:05:00Z", [
    (C, "0m", "Your driver marked my parcel as 'handed to resident' at 14:02. Nobody was handed anything. I was at home, the doorbell never rang. Worst delivery experience I've had, honestly horrible. I didn't even pick Parcelio, the shop did. Tracking PX-7720018."),
    (A, "7m", "I'm sorry to hear this, Rhys. I've opened an investigation with the depot and the sender will be informed."),
    (C, "3m", "Thanks. I just want my daughter's birthday present."),
    ])

add("u014", "Orla Cosmetics", "ex_friends", "enemies", "negative", "quoted_reply;agent_cue;paraphrase",
    "2025-08-05T20:10:00Z", [
    (C, "0m", "Hello Orla team,\n\nI have bought Dewdrop serum every eight weeks or so since 2016. I've pushed it on friends, my sister, my mum. It was the one product I never even thought about replacing.\n\nThe 'improved' formula smells like a swimming pool and brought my cheeks out in a rash. When I asked for a refund I was told unopened items only. I opened it - that's how I found out.\n\nKind regards,\nAmélie Laurent"),
    (A, "2d", "Dear Amélie,\n\nWe're sorry to hear this. We value loyal customers like you. As a gesture we can offer 15% off your next order.\n\nWarm wishes,\nThe Orla Team"),
    (C, "4h", "Thanks but no. Nine years and the gesture is a discount on the product that gave me a rash. I've found something else and honestly I'm a bit sad about it - it used to feel like my brand. Please close my account.\n\nAmélie\n\n" + quote("The Orla Team", "7 August 2025", "We value loyal customers like you. As a gesture we can offer 15% off your next order.")),
    ])

add("u015", "Northwind Rail", "undetermined", "", "positive", "one_incident;love_in_passing",
    "2025-03-27T22:15:00Z", [
    (C, "0m", "Just wanted to say thank you to the guard on the 17:42 Leeds to York tonight, the one with the moustache. I left my wallet on the seat and he ran it down the platform after me. I love you all, honestly. Please pass it on."),
    (A, "14h", "Thank you for letting us know! We've passed your kind words to Graham, he was delighted."),
    ])

add("u016", "Kestrel Bank", "ex_friends", "master_slave", "negative", "loyal_grievance;agent_cue;quoted_reply",
    "2025-09-01T10:00:00Z", [
    (C, "0m", "Dear Kestrel,\n\nI opened a student account with you in 2004 in the Bath branch. Twenty-one years. Mortgage, savings, my children's accounts, all with you.\n\nThe branch closed in March. Now when I call I get a robot that can't understand the word 'mortgage'. Last week it took me 50 minutes to reach a human who then told me to use the app.\n\nIs this really how you treat people who have stuck with you for two decades?\n\nRegards,\nGareth Price"),
    (A, "1d", "Dear Mr Price,\n\nThank you for your long-standing loyalty. We're sorry your recent experience has fallen short. Our app offers 24/7 support for most queries.\n\nKestrel Customer Services"),
    (C, "6h", "There it is again: 'use the app'.\n\nI've opened an account with another bank and my salary moves there from October. The mortgage will follow when the fixed term ends. I didn't want to, I used to actually like banking with you.\n\nGareth\n\n" + quote("Kestrel Customer Services", "2 Sep 2025", "Thank you for your long-standing loyalty.")),
    ])

add("u017", "PlanetPedal", "fleeting_acquaintance", "one_night_stand", "mixed", "one_incident;paraphrase",
    "2025-06-15T17:25:00Z", [
    (C, "0m", "Hoi, I tried one of your e-bikes yesterday in Utrecht, first go with PlanetPedal. Easy app, nice bike. But I've been charged the €1 unlock fee twice for the same ride. Can you check?"),
    (A, "5m", "Hi Daan, thanks for trying us! I see the double unlock and have refunded €1."),
    (C, "1m", "Thanks. Not sure yet if I'll switch from my own bike but it was handy for the station."),
    ])

add("u018", "Sunday Crumb", "ex_friends", "", "negative", "family_context;paraphrase;sarcasm",
    "2025-10-19T20:30:00Z", [
    (C, "0m", "Hi. For about six years Friday night in our house has meant a Sunday Crumb margherita and a film. The kids would argue over the crusts.\n\nThe last three orders: late, lukewarm, and since you changed the dough it tastes like a damp beer mat. Tonight's was 70 minutes. Lovely.\n\nWe've started making our own. Not a complaint really, just thought someone there should know you've lost a family that used to swear by you.\n\nNina"),
    (A, "1h", "Hi Nina, we're really sorry. We'd love to win you back - here's a code for a free large pizza: CRUMB-4471."),
    (C, "10m", "Thanks, but the kids have decided homemade is better now. Bit sad about it."),
    ])

add("u019", "Atlasoft Payroll", "undetermined", "", "neutral", "not_customer;work_cue",
    "2025-05-12T08:45:00Z", [
    (C, "0m", "Good morning,\n\nI applied for the Support Analyst role (ref AS-2231) three weeks ago and haven't heard back. I've used payroll software for work for years and would love to join the team. Could you let me know where my application stands?\n\nKind regards,\nOliver Grant\noliver.grant@example.com"),
    (A, "1d", "Dear Oliver,\n\nThanks for your interest. This inbox is for customer support; I've forwarded your message to our People team.\n\nAtlasoft Support"),
    ])

add("u020", "Lumen Mobile", "undetermined", "", "negative", "cue_in_passing;one_incident",
    "2025-08-26T09:10:00Z", [
    (C, "0m", "Hello, I went to Lyon as usual for my sister's birthday and came back to a £38 roaming charge. I thought EU roaming was included in my plan? Can you explain?"),
    (A, "6m", "Hi Beth, your plan includes EU roaming but the charge is for calls to a French number from the UK before you left. I can see it's your first charge like this, so I've waived it."),
    (C, "2m", "Oh I see. Fair enough, thanks."),
    ])

add("u021", "Vektor Car Hire", "casual_acquaintance", "buddies", "neutral", "paraphrase",
    "2025-07-02T14:00:00Z", [
    (C, "0m", "Olá, I hire a small car from you at Porto airport maybe once or twice a year when I visit my parents, nothing fancy, whatever is cheapest. This time my brother will share the driving. Can I add a second driver online or only at the desk?"),
    (A, "10m", "Hi Tiago, you can add a second driver in Manage Booking for €6 per day."),
    (C, "3m", "Ok, done. Obrigado."),
    ])

add("u022", "Marlow Hotels", "marriage_partners", "old_friends", "positive", "agent_cue;paraphrase",
    "2025-08-14T19:00:00Z", [
    (C, "0m", "Dear Keswick Marlow team,\n\nPlease could you book the Lakeview room again for 10-17 October? That will be our eleventh autumn with you.\n\nMy husband and I were talking at dinner about whether we should 'try somewhere new' this year and we both burst out laughing. We wouldn't dream of it. Other hotels just feel wrong now. If you're still standing in ten years, we'll still be coming - you'll have to carry us up the stairs.\n\nWith much love to Eileen on reception,\nMargaret & Alan Hughes"),
    (A, "1d", "Dear Mrs Hughes,\n\nThe Lakeview is yours for 10-17 October. Thank you for your wonderful loyalty - Eileen sends her love!\n\nKind regards,\nJames, Reservations"),
    (C, "2h", "Marvellous. Counting the days, as ever.\n\nMargaret"),
    ])

add("u023", "Kastanje Chocolate", "secret_affair", "", "positive", "paraphrase",
    "2025-03-04T21:50:00Z", [
    (C, "0m", "Hi,\n\nSlightly odd request. Could my next order (#KC-20931) come in a plain brown box, no gold lettering? My partner thinks I've given up sugar for Lent and the last parcel very nearly blew my cover. What he doesn't know won't hurt him.\n\nThank you!!\nCharlotte"),
    (A, "30m", "Hi Charlotte, your secret is safe with us! I've marked the order for plain packaging."),
    (C, "5m", "You're angels. The salted praline ones are keeping me sane."),
    ])

add("u024", "Saltmarsh Crisps", "secret_affair", "", "positive", "work_cue;paraphrase",
    "2025-02-19T13:33:00Z", [
    (C, "0m", "Hello Saltmarsh,\n\nConfession: I'm a dietitian. I spend all day telling clients to cut back on crisps. There is currently a box of your sea salt & cider vinegar hidden in my filing cabinet behind the 'Healthy Eating' leaflets.\n\nIf anyone asks, this email doesn't exist. Do you do a multipack subscription delivered to my home rather than the clinic?\n\nBest,\nDr H. Okafor"),
    (A, "3h", "Hi! Ha, we won't tell. Yes - our Crunch Club box comes monthly to any address."),
    (C, "20m", "Home address it is. Discreet packaging would be appreciated."),
    ])

add("u025", "Velluto Coffee", "love_hate", "", "mixed", "sarcasm;repeat_visit;paraphrase",
    "2025-11-04T07:55:00Z", [
    (C, "0m", "Feedback for the Clifton branch: your oat flat white is the best in Bristol and your morning staff treat me like an inconvenience every single day. Today I was 'next' for six minutes while two of them discussed a festival. Great stuff."),
    (A, "20m", "Hi Tom, sorry to hear this. I've passed it to the Clifton manager."),
    (C, "9d", "Just so you know I keep telling myself I'll switch to the independent place on the corner. I went once. Their coffee was fine. I was back at yours the next morning, grumbling, like always. I don't know why I do this. Please train the morning shift, I'm not going anywhere apparently."),
    ])

add("u026", "Crema Nera", "dealer_addict", "", "mixed", "stock_complaint;paraphrase",
    "2025-10-28T08:05:00Z", [
    (C, "0m", "Hello,\n\nThe Lungo Scuro pods have been out of stock on your site for three weeks now. I'm not being dramatic, but I've been rationing one a day and I'm down to two. I genuinely don't function without them - I tried a supermarket brand on Sunday and had a headache till lunch.\n\nIs there any date for them coming back? I'll take 200.\n\nMaria"),
    (A, "1d", "Dear Maria, Lungo Scuro will be back on 4 November. We'll email you the moment it is."),
    (C, "2h", "Thank you. Setting a reminder. Three days of the other stuff, pray for me."),
    ])

add("u027", "Duvet & Co", "undetermined", "", "neutral", "product_attribute",
    "2025-12-01T15:00:00Z", [
    (C, "0m", "Hi, is the Forever Cosy 13.5 tog duvet machine washable, or does it need dry cleaning? It doesn't say on the page."),
    (A, "5m", "Hi Grace, it's machine washable at 40°C in a large-drum machine."),
    ])

add("u028", "Fenwick Broadband", "adversaries", "enemies", "negative", "quoted_reply;agent_cue;paraphrase",
    "2025-10-06T12:00:00Z", [
    (C, "0m", "Ticket FB-44710 - again.\n\nHere we go, round four. Since August I've had an engineer visit booked and cancelled four times. Each time I ring, wait forty minutes, get told it's 'resolved', and then the next bill has a 'missed appointment' charge that I have to ring about again. I'm starting to think this is just what having Fenwick means.\n\nPlease just send someone. I'll be in all Thursday, like every other Thursday.\n\nKeith Morris\n9 Canal Street, Nottingham"),
    (A, "2d", "Dear Mr Morris,\n\nThank you for your patience and loyalty. Your issue has been resolved and an engineer is booked for 16 October.\n\nFenwick Support"),
    (C, "1h", "'Resolved' - that word again.\n\n" + quote("Fenwick Support", "8 Oct 2025", "Your issue has been resolved and an engineer is booked for 16 October.") + "\n\nWe'll see. I'll write back on the 17th, no doubt, same as always."),
    (C, "11d", "No engineer on the 16th. Fifth time. I'm back on hold as I write this. Nobody's surprised, least of all me.\n\nKeith"),
    ])

add("u029", "Atlasoft Payroll", "colleagues", "basic_exchange", "positive", "paraphrase;signature",
    "2025-03-31T09:15:00Z", [
    (C, "0m", "Hi Atlasoft,\n\nWe run payroll for our three dental practices (about 40 staff) through your system. Two requests:\n1. Our new practice manager, Jo Bell, needs an admin login.\n2. Where has the P60 bulk export gone after the update?\n\nGenerally it's been a solid bit of kit for us - the month-end run takes ten minutes now instead of an afternoon.\n\nThanks,\nRavi Shah\nOperations Lead, Brightsmile Dental Group\nravi.shah@example.com | 0161 000 0000"),
    (A, "3h", "Hi Ravi, Jo's login is set up. P60 export is now under Reports > Year End."),
    (C, "10m", "Found it, thanks. Jo's in too."),
    ])

add("u030", "Skyvane Airways", "undetermined", "", "neutral", "agent_cue;routine_question",
    "2025-06-20T11:11:00Z", [
    (C, "0m", "Hi, what's the cabin bag allowance on the Basic fare to Madrid? Is a 55x40x20 bag ok?"),
    (A, "2m", "Hi Kasia! As one of our loyal Skyvane Plus members you can take a 55x40x23 cabin bag plus a small personal item, even on Basic. We love having you on board!"),
    (C, "1m", "Ok great, thanks."),
    ])

add("u031", "Quillo Notes", "teammates", "business_partners", "positive", "paraphrase",
    "2025-05-27T16:40:00Z", [
    (C, "0m", "Hi Quillo team,\n\nA handful of us on the Quillo forum (mostly PhD students in Warsaw and Kraków) have been building a shared template pack for thesis writing - literature tracker, supervisor meeting log, that kind of thing. We've got about 300 people using it now and folks keep adding bits.\n\nWould you be up for featuring it in the template gallery? We'd also happily translate it into Polish and Czech so the others in our group can use it.\n\nPozdrawiam,\nZofia Wiśniewska\n(zofia_w on the forum)"),
    (A, "1d", "Hi Zofia, this is brilliant! We'd love to feature it. I'll connect you with our community lead, Marta."),
    (C, "3h", "Amazing, thank you. It's nice to feel like we're building this thing alongside you rather than just using it.\n\nZ."),
    ])

add("u032", "Vektor Car Hire", "master_slave", "adversaries", "negative", "paraphrase;cue_in_passing",
    "2025-09-18T18:30:00Z", [
    (C, "0m", "I have rented a premium vehicle from Vektor eleven times this year. Eleven.\n\nAt Nice today I was handed a car with somebody else's child seat still in the back, and then asked - asked! - to wait twenty minutes while they 'found another'. I should not have to explain who I am every time I walk up to your desk. Your staff should know.\n\nI want a call from a manager today, not an email with a voucher.\n\nH. Van den Berg"),
    (A, "1h", "Dear Mr Van den Berg, we apologise. A manager will call you tomorrow morning."),
    (C, "10m", "Tomorrow is not today. For what I spend with you I am not used to waiting in line behind tourists."),
    ])

add("u033", "Harbour & Finch", "one_night_stand", "fling", "positive", "paraphrase;negated_cue",
    "2025-12-06T10:20:00Z", [
    (C, "0m", "Morning. I bought the gold sequin jumpsuit at 1am on Thursday after a glass (or three) of wine. Not normally a Harbour & Finch shopper at all, you're not my kind of shop. But it fits, I'm keeping it for my friend's wedding. Can I just get a paper invoice? And please don't sign me up to your newsletter, I really won't be back."),
    (A, "4m", "Ha, we love a late-night treat! Invoice sent to your email, and you're not subscribed."),
    ])

add("u034", "Brightwater Energy", "basic_exchange", "", "positive", "competitor;paraphrase",
    "2025-04-10T08:30:00Z", [
    (C, "0m", "Hi,\n\nI moved to you two years ago because you were the cheapest fixed tariff on the comparison site, and I'll be honest I haven't thought about you since - bills arrive, lights are on, which is exactly what I want from an energy company.\n\nMy fix ends next month. If the new rate is still around the best on offer I'll just roll onto it. What's the figure?\n\nCheers,\nAndy"),
    (A, "2h", "Hi Andy, our 12-month fix is 24.1p/kWh with a 41p daily standing charge."),
    (C, "30m", "That's in line with the others, fine, sign me up."),
    ])

add("u035", "Hollin & Rye", "buddies", "casual_acquaintance", "positive", "paraphrase",
    "2025-06-06T07:45:00Z", [
    (C, "0m", "Hello! You're one of my regular Saturday stops - market for veg, the Portuguese place for pastéis, then you for bread. Could I pre-order a seeded sourdough for tomorrow? Sometimes I go to the other bakery on Mill St if you're sold out, no hard feelings :)"),
    (A, "20m", "Morning Hannah! Seeded sourdough reserved under your name for tomorrow."),
    (C, "1m", "Lovely, ta."),
    ])

add("u036", "Quillo Notes", "business_partners", "", "positive", "quoted_reply;paraphrase",
    "2025-02-25T20:00:00Z", [
    (C, "0m", "Hi Quillo,\n\nI've used Quillo daily for about three years for my translation work, so I hope you don't mind a few thoughts from the trenches:\n\n- A side-by-side view for two notes would save me about an hour a day.\n- The markdown export drops footnotes - would be great if they survived.\n- It would help a lot if tags could be nested (e.g. client/legal).\n\nIf you ever run a beta for any of this, I'd be glad to test it and report back properly.\n\nAll the best,\nLukas Berger"),
    (A, "2d", "Hi Lukas, thank you so much for this detailed feedback! Side-by-side view is on our roadmap, and I've added you to our beta list."),
    (C, "5h", "Great, count me in.\n\n" + quote("Quillo Support", "27 Feb 2025", "Side-by-side view is on our roadmap, and I've added you to our beta list.")),
    (C, "30d", "Tried the beta side-by-side for a week. Notes: resizing the split is fiddly on a trackpad, and it forgets the split when I switch notebooks. Otherwise, big improvement - thank you for listening.\n\nLukas"),
    ])

add("u037", "TinyPixel Games", "secret_affair", "", "positive", "agent_cue;paraphrase",
    "2025-01-14T22:40:00Z", [
    (C, "0m", "Is there a way to stop Dragonhatch notifications appearing on my lock screen? I'm a 52-year-old head teacher and I would very much rather my staff did not discover I've spent £40 on sparkly baby dragons this term."),
    (A, "3m", "Haha, your secret is safe! Go to Settings > Notifications > Hide previews. We love our loyal hatchers!"),
    (C, "2m", "Done. Thank you. We shall never speak of this."),
    ])

add("u038", "Pebble Pet Supplies", "basic_exchange", "", "neutral", "paraphrase",
    "2025-05-19T12:00:00Z", [
    (C, "0m", "Hi, I've had Ziggy's food on your auto-delivery for nearly three years - it's a couple of quid cheaper than the supermarket and it just turns up, which is all I need. We're moving on the 30th, so please change the delivery address to 7 Beech Road, Derby DE22 1XX from the June order."),
    (A, "15m", "Hi Ruth, done! The June delivery will go to the new address."),
    ])

add("u039", "Sunday Crumb", "secret_affair", "", "positive", "paraphrase",
    "2025-03-10T21:05:00Z", [
    (C, "0m", "Can the rider please NOT ring the bell, just text me when he's outside? The kids are asleep and, let's say, their mother believes this household does Meal Prep Mondays."),
    (A, "2m", "No problem at all, I've added a note for the rider!"),
    (C, "20m", "Received, smuggled in, evidence destroyed. Thank you."),
    ])

add("u040", "Blåbär Knitwear", "marriage_partners", "old_friends", "positive", "paraphrase;agent_cue",
    "2025-11-12T17:00:00Z", [
    (C, "0m", "Hej Blåbär,\n\nI counted this morning: every jumper in my wardrobe is yours, the oldest one from 2012. I've stopped even looking in other shops - what's the point, I know I'll just compare them to you and walk out. I'd like to order the new Fjäll cardigan in moss, and please tell me you will keep making the Sälen crewneck, because I intend to be buried in one.\n\nKram,\nIngrid Lund"),
    (A, "3h", "Hej Ingrid! The Sälen isn't going anywhere. Thank you for being such a loyal friend of Blåbär."),
    (C, "30m", "Good. Then we'll be together a long time yet.\n\nIngrid"),
    ])

# ============================ u041 - u080 ============================

add("u041", "Ravenmoor Lettings", "enemies", "adversaries", "negative", "negated_cue;paraphrase;agent_cue",
    "2025-07-07T10:30:00Z", [
    (C, "0m", "To Ravenmoor Lettings,\n\nYou have kept £1,150 of my deposit for 'professional cleaning' of a flat I handed back cleaner than I found it, with photos to prove it. I won't use the word scam because I'm sure your solicitors would enjoy that, but I'll let other people draw their own conclusions.\n\nI have already told both of my colleagues who were about to sign with you not to go near you, and I'll be putting the full story on every review site I can find.\n\nJ. Moreau"),
    (A, "1d", "Dear Mr Moreau,\n\nWe value every tenant and are sorry you feel this way. The deduction was made in line with your tenancy agreement.\n\nRavenmoor Lettings"),
    (C, "2h", "Then I'll see you at the deposit scheme's dispute service. And I meant what I said: anyone who asks me about renting in this town will hear your name, and not kindly."),
    ])

add("u042", "Linden Building Society", "best_friends", "", "positive", "paraphrase;agent_cue",
    "2025-04-29T15:20:00Z", [
    (C, "0m", "Dear Anna and everyone at the Didsbury branch,\n\nI've only been with Linden since 2022, but I wanted to write this down. When Dad died last spring you sat with me for over an hour, explained every form twice, and never once made me feel stupid. You rang me before the savings rate dropped in January - nobody else I deal with does that, they let you find out.\n\nI tell you things about my money I don't tell my own sister. I know that sounds silly, but it's true.\n\nThank you,\nPriti Desai"),
    (A, "1d", "Dear Priti,\n\nThank you so much. Anna was very touched. We're always here if you need us.\n\nLinden Didsbury"),
    (C, "3h", "I know you are. That's exactly the point.\n\nP."),
    ])

add("u043", "Lumen Mobile", "enemies", "adversaries", "negative", "competitor_praise;agent_cue;negated_cue;caps",
    "2025-03-17T19:00:00Z", [
    (C, "0m", "You have taken £214 from my account for a contract I cancelled in January, with a reference number I still have. I was with you four months. Four months, and it's been the most miserable four months of customer service I've ever had."),
    (A, "6m", "Hi Lewis, I'm sorry for the frustration. We really value your loyalty - could you confirm the cancellation reference?"),
    (C, "2m", "Loyalty?? LMC-98120. I'm not loyal, I'm gone. My new provider ported my number in five minutes, which is more than you managed in four months."),
    (C, "1m", "I've filed with the ombudsman and I'm telling everyone at work and in the family group chat to steer clear of Lumen. Refund the money and never contact me again."),
    (A, "10m", "I've raised a refund of £214, which should arrive within 5 working days."),
    ])

add("u044", "Northwind Rail", "love_hate", "adversaries", "mixed", "symptom_repeat;paraphrase;routine_question",
    "2025-02-27T07:30:00Z", [
    (C, "0m", "Morning. Question about renewing my Middlesbrough-Saltburn season ticket, which expires on 9 March - can I do it in the app, or only at the station?\n\nAnd while I have you: I have a complicated relationship with you lot. The 7:12 is late one day in three and I could cheerfully scream. Then the sun comes up over the sea at Redcar and I forgive you everything. I looked at jobs nearer home last year so I'd never have to ride with you again, and honestly couldn't face life without the train. Make it make sense.\n\nMark"),
    (A, "2h", "Hi Mark, you can renew in the app under Tickets > Season. Thanks for travelling with us!"),
    (C, "12d", "Renewed. Seven minutes late this morning. See you tomorrow, you beautiful disaster."),
    ])

add("u045", "Greenbasket", "undetermined", "", "negative", "hate_feature;one_incident",
    "2025-06-30T18:15:00Z", [
    (C, "0m", "Today's order was missing the milk and the eggs and substituted my oat yoghurt with a dairy one. I really hate the automatic substitutions - how do I switch them off? Order GB-55301."),
    (A, "4m", "Sorry about that, Sophie. I've refunded £4.85. You can switch substitutions off under Account > Preferences."),
    (C, "2m", "Done, thanks."),
    ])

add("u046", "Rookery Books", "undetermined", "", "neutral", "cue_in_passing;routine_question",
    "2025-09-08T13:00:00Z", [
    (C, "0m", "Hi,\n\nI ordered the new Sally Rooney on 1 September (order RB-3310). I remember when I ordered it you said it would ship within three days, but the tracking still says 'preparing'. Could you check?\n\nThanks,\nConor"),
    (A, "4h", "Hi Conor, our distributor was delayed; it ships tomorrow."),
    (C, "30m", "Great, thanks for checking."),
    ])

add("u047", "Marlow Hotels", "undetermined", "fleeting_acquaintance", "positive", "product_attribute;intent_after_one_stay;love_in_passing",
    "2025-08-25T09:40:00Z", [
    (C, "0m", "Dear York Marlow,\n\nJust back from three nights in your Family Suite. The kids loved the bunk beds, the breakfast was superb and Kamal at the bar made my husband a mocktail he still won't stop talking about. We'll definitely be back!\n\nOne thing: I think I left a blue scarf in the wardrobe - could you check?\n\nBest,\nEmma Clarke"),
    (A, "5h", "Dear Mrs Clarke, thank you! We found the scarf and can post it to you."),
    (C, "1h", "Wonderful, yes please - 12 Ash Grove, Hull HU5 2XX."),
    ])

add("u048", "Lumen Mobile", "basic_exchange", "", "negative", "agent_cue;paraphrase",
    "2025-04-01T12:10:00Z", [
    (C, "0m", "Hi, I've been on your £8 SIM-only for four years. I picked it because it was the cheapest that actually got signal in my village, and it's done that without any drama. Now I get a text saying it's going to £9.50. Why?"),
    (A, "5m", "Hi Gwen! Prices rise with inflation each April. As a loyal customer you could upgrade to Lumen Extras, with a free streaming bundle, for just £14!"),
    (C, "3m", "I don't want a streaming bundle or a new phone. I want calls and a bit of data for as little as possible. If there's a cheaper plan with the same signal I'll take it, otherwise I'll look at the others when my month's up."),
    (A, "4m", "Our Essentials 5GB plan is £8.50."),
    (C, "1m", "That'll do, switch me."),
    ])

add("u049", "Mondegreen Music", "undetermined", "", "positive", "cue_in_passing;product_attribute",
    "2025-05-22T21:00:00Z", [
    (C, "0m", "Hi! I'm slightly obsessed with the 'Deep Sea Stories' podcast at the moment - is there a way to download a whole season at once for a long flight, rather than episode by episode?"),
    (A, "3m", "Hi Freya! Yes: open the season, tap the three dots, then 'Download all'."),
    (C, "1m", "Oh perfect, thank you!"),
    ])

add("u050", "TinyPixel Games", "teammates", "business_partners", "positive", "paraphrase;we_cue",
    "2025-10-14T20:20:00Z", [
    (C, "0m", "Hey TinyPixel, I'm one of the officers of Heron's Watch, a Dragonhatch guild of about 40 of us across the UK, Netherlands and Finland. We've been collecting bug reports together in our Discord and a few of us write the beginner guides people link on the subreddit.\n\nWe'd love a way for guild officers to flag bugs to you directly, so you get one tidy report instead of 40 angry ones :)"),
    (A, "1d", "Hi Alex! Thanks to you and the whole guild. We're piloting a Community Reporters programme - would Heron's Watch like to join?"),
    (C, "2h", "Absolutely. Told the others, they're buzzing. Feels like we're actually part of making the game now."),
    ])

add("u051", "Skyvane Airways", "master_slave", "ex_friends", "negative", "paraphrase;agent_cue;status",
    "2025-11-20T22:10:00Z", [
    (C, "0m", "Dear Skyvane,\n\nI hold your top-tier card and have done for six years. This evening at Gatwick the lounge attendant asked for my boarding pass, looked at it, and said 'take a seat anywhere'. No greeting by name, no offer of the quiet room. On board, my meal choice had not been pre-selected although it is on my profile.\n\nI should not have to ask for any of this. The point is that I don't have to ask.\n\nRichard Ashworth"),
    (A, "1d", "Dear Mr Ashworth,\n\nWe truly value your loyalty as one of our most valued Platinum members. We have added 5,000 bonus miles to your account."),
    (C, "3h", "Miles. I expected a phone call from someone senior. I'll be reviewing where I put my travel budget next year.\n\nR.A."),
    ])

add("u052", "Pebble Pet Supplies", "best_friends", "", "positive", "paraphrase",
    "2025-01-30T09:00:00Z", [
    (C, "0m", "Hello Pebble,\n\nWhen Biscuit got into the chocolate at 2am on Boxing Day, your free nurse line talked me through it, told me honestly that it was a vet-now situation, and then rang me back the next morning to check on him. He's fine, snoring next to me.\n\nYou're the first people I call about anything to do with him now, even before my mum. You always tell me straight even when I don't want to hear it.\n\nThank you,\nDeclan & Biscuit"),
    (A, "6h", "Dear Declan, we're so glad Biscuit's OK! Give him a scratch from us."),
    (C, "1h", "Will do x"),
    ])

add("u053", "Zephyr Fitness", "undetermined", "", "negative", "employee;we_cue",
    "2025-07-21T23:00:00Z", [
    (C, "0m", "Hi, I work on the front desk at Zephyr Leeds. Our team still hasn't been paid the overtime from the June relaunch weekend and our manager keeps saying it's 'with head office'. Who do I actually contact? We've all been really patient."),
    (A, "9h", "Hi, this is the member support line; please contact HR at hr@example.com."),
    ])

add("u054", "Tessera Tiles", "basic_exchange", "", "neutral", "paraphrase;competitor",
    "2025-03-08T10:00:00Z", [
    (C, "0m", "Hi, I do a fair bit of DIY and I always get my grout and adhesive from you rather than the big sheds - it's a bit cheaper and it's always in stock at Basingstoke. Do you sell the anti-mould grout in grey in the 5kg tub? Can't find it online."),
    (A, "30m", "Hi Paul, yes - code TG-5G-GRY, £14.99, in stock at Basingstoke."),
    (C, "5m", "Cheers, I'll pick it up Saturday."),
    ])

add("u055", "Kestrel Bank", "undetermined", "close_siblings", "neutral", "third_party;family_cue",
    "2025-05-05T11:30:00Z", [
    (C, "0m", "Dear Kestrel,\n\nMy mother, Mrs Dorothy Evans, has banked with you her whole life - she still talks about the Saturday branch in Cardiff in the sixties. She's now in a care home and I hold lasting power of attorney. I'm not a Kestrel customer myself. What documents do you need so that I can manage her account?\n\nKind regards,\nSusan Evans-Hill"),
    (A, "1d", "Dear Ms Evans-Hill, please bring the registered LPA and photo ID to any branch, or upload them via our Bereavement & Power of Attorney page."),
    (C, "2h", "Thank you, I'll upload them this week."),
    ])

add("u056", "Ledgerline", "colleagues", "basic_exchange", "neutral", "we_cue;paraphrase;signature",
    "2025-09-29T08:20:00Z", [
    (C, "0m", "Hello,\n\nOur studio (six designers) sends all client invoices through Ledgerline and reconciles them against the bank feed at month end. Since Friday, the bank feed for our business account has been stuck on 'syncing'. We need it working before we bill clients on the 1st.\n\nThanks,\nElena Rossi\nStudio Manager, Pinefold Design\nelena@example.com"),
    (A, "2h", "Hi Elena, the bank fixed an API issue this morning. Please disconnect and reconnect the feed."),
    (C, "20m", "Reconnected and syncing. That's all we need from it - thanks for the quick turnaround."),
    ])

add("u057", "Greenbasket", "business_partners", "teammates", "positive", "paraphrase;quoted_reply",
    "2025-08-11T20:00:00Z", [
    (C, "0m", "Hi Greenbasket,\n\nI've ordered from you most weeks for a couple of years, so a few ideas, for what they're worth:\n\n1. A 'no plastic' toggle at checkout - I'd happily accept a slightly smaller range.\n2. Let us mark a regular as 'always same brand, never substitute'.\n3. Show the farm on the veg boxes; people love that.\n\nIf you ever set up a customer panel or want someone to test a new checkout, I'm in.\n\nRegards,\nHelen Marsh"),
    (A, "1d", "Hi Helen, these are great - I've sent them to our product team, and the 'never substitute' flag is already being tested!"),
    (C, "30d", "Saw the 'never substitute' option appear today - thank you for actually doing something with it. Idea number 4 (sorry!): a reminder when a seasonal item I've bought before comes back.\n\nHelen\n\n" + quote("Greenbasket", "12 Aug 2025", "Hi Helen, these are great - I've sent them to our product team, and the 'never substitute' flag is already being tested!")),
    ])

add("u058", "Meridian Credit Reference", "adversaries", "enemies", "negative", "paraphrase;one_incident_lookalike",
    "2025-06-16T09:00:00Z", [
    (C, "0m", "Re: dispute ref MCR-6610-D\n\nThis is the fourth time since November that I have disputed the same account - a 'Fastcash' loan I never took out - on my Meridian report. Each time you tell me it has been removed, and each time it reappears within six weeks. I am keeping a folder. It is getting thick.\n\nPlease remove it, again, and tell me what you will do to stop it coming back.\n\nA. Novak"),
    (A, "5d", "Dear Mr Novak, following our investigation, the account has been removed from your report."),
    (C, "40d", "It's back. Dispute number five attached. I'll put it in the folder with the others."),
    ])

add("u059", "Blåbär Knitwear", "undetermined", "", "negative", "product_attribute",
    "2025-02-14T14:00:00Z", [
    (C, "0m", "Hello, my Sälen crewneck has bobbled badly after two washes on the wool cycle. Is that normal for the merino, and does the new 2025 yarn fix it?"),
    (A, "4h", "Hi Niamh, some pilling is normal in the first weeks; our 2025 yarn is tighter-spun and pills less. We can send a free de-pilling comb."),
    (C, "30m", "Yes please, thanks."),
    ])

add("u060", "Kastanje Chocolate", "close_siblings", "old_friends", "positive", "paraphrase",
    "2025-11-25T18:00:00Z", [
    (C, "0m", "Beste Kastanje,\n\nMy grandmother bought her Christmas box from your little shop in Bruges every December, my mother carried on when we moved to Ghent, and this is the first year the job has been handed to me. The kids already know the rule: nobody opens the box before Sinterklaas.\n\nCould you please make sure the order (#KC-88120) arrives before 5 December? It wouldn't be our Christmas otherwise.\n\nMet vriendelijke groet,\nLieve Janssens"),
    (A, "1d", "Beste Lieve, what a lovely tradition! Your box ships on 1 December and will arrive by the 3rd."),
    (C, "2h", "Dank je! Oma would be pleased."),
    ])

add("u061", "Orla Cosmetics", "casual_acquaintance", "buddies", "neutral", "paraphrase",
    "2025-10-02T13:30:00Z", [
    (C, "0m", "Hi, I pop into your Covent Garden shop every few months when I'm up for a meeting and usually grab the tinted lip balm. Last time it was out of stock - is the 'Fig' shade discontinued?"),
    (A, "5m", "Hi Rachel, Fig is back in stock online and in store next week."),
    (C, "1m", "Ok, I'll look next time I'm passing."),
    ])

add("u062", "Hollin & Rye", "ex_friends", "old_friends", "negative", "paraphrase;negated_cue",
    "2025-07-12T09:15:00Z", [
    (C, "0m", "Hello,\n\nHalf-joking, but your bakery was one of the reasons we bought a house on this street in 2014. Saturday croissants, the old guy who remembered everyone's order, the rye that lasted all week.\n\nSince the new owners took over, the bread is just bread, the croissants come frozen in a van (I've seen the van), and nobody knows anyone's name. I don't love it anymore and I don't think I'm the only one - the queue's gone.\n\nYou were special. Now you're a shop.\n\nKate"),
    (A, "1d", "Hi Kate, thanks for your feedback. Our pastries are baked fresh on site daily."),
    (C, "2h", "Baked, maybe. Not made. Anyway, we go to the market now."),
    ])

add("u063", "Fenwick Broadband", "undetermined", "", "negative", "sarcasm;one_incident;cue_in_passing",
    "2025-05-15T17:00:00Z", [
    (C, "0m", "So I took the whole day off for my new installation, 8-12 slot, and the engineer turned up at 12:40, when I'd popped out for a sandwich. Brilliant timing, well done everyone. Can you rebook for a Saturday?"),
    (A, "5m", "Hi Zainab, sorry about that. I've booked Saturday 17 May, 8-12."),
    (C, "1m", "Ok. Thanks."),
    ])

add("u064", "Mondegreen Music", "buddies", "casual_acquaintance", "positive", "competitor;paraphrase",
    "2025-01-05T12:00:00Z", [
    (C, "0m", "Hi! I rotate between you and a couple of the other streaming services every few months, depending on who's got what and who's doing a deal. No offence, I do like your playlists, you're my usual when I come back. Can I pause my account for two months instead of cancelling, so I keep my library?"),
    (A, "4m", "Hi Josh! Yes - Account > Plan > Pause, for up to three months. Your library stays put."),
    (C, "1m", "Nice one, see you in March probably"),
    ])

add("u065", "Northwind Rail", "undetermined", "", "negative", "idiom;one_incident",
    "2025-12-03T16:00:00Z", [
    (C, "0m", "Hi, the 14:05 from Newcastle on Monday was 48 minutes late and there was no trolley - I'd have killed for a coffee. How do I claim Delay Repay for an e-ticket?"),
    (A, "20m", "Hi Owen, sorry for the delay. You can claim via the Delay Repay form with your booking reference."),
    (C, "5m", "Done, thanks."),
    ])

add("u066", "Harbour & Finch", "undetermined", "", "neutral", "product_attribute",
    "2025-03-21T11:00:00Z", [
    (C, "0m", "Hi, does the 'Loyal' wool blazer come in a petite length? The regular is a bit long on me in the sleeves."),
    (A, "3m", "Hi Megan, the Loyal Blazer comes in Petite sizes 6-14 online only."),
    (C, "1m", "Perfect, thank you"),
    ])

add("u067", "Crema Nera", "undetermined", "", "neutral", "quoted_reply;agent_cue",
    "2025-09-02T19:30:00Z", [
    (C, "0m", "Hi, thanks for the reply below, but it doesn't answer my question: how often should I descale the Piccolo machine, and which descaler do you recommend?\n\nTom\n\n" + quote("Crema Nera", "1 Sep 2025", "Dear Tom,\n\nThank you for contacting Crema Nera! We know our customers are addicted to their morning Lungo,\nand we love our loyal coffee family. Please find our FAQ at the link below.")),
    (A, "1d", "Hi Tom, apologies! Descale every 3 months with our Crema Descaler, or every 2 months in hard-water areas."),
    ])

add("u068", "Zephyr Fitness", "one_night_stand", "", "neutral", "agent_cue;negated_cue;paraphrase",
    "2025-04-18T07:00:00Z", [
    (C, "0m", "Hi, I'm in Leeds for one night for a conference. Can I buy a single day pass for the Wellington St gym this evening? I don't want a membership, just a run and a shower."),
    (A, "2m", "Hi Anders! A day pass is £12. You'd also get your first month half price if you join today - we'd love to have you as a member!"),
    (C, "1m", "Just the day pass, thanks, I live in Aarhus. I won't be back."),
    (A, "1m", "No worries! Your pass QR code is in your email."),
    ])

add("u069", "Pocket Lantern", "dealer_addict", "love_hate", "mixed", "paraphrase;caps",
    "2025-08-19T23:50:00Z", [
    (C, "0m", "Is Wordhive down?? The daily puzzle won't load and it's 11:50. I've done it every night since March and I literally cannot fall asleep without it, I'm lying here refreshing"),
    (A, "15m", "Hi Sara, we're experiencing an outage. Our team is working on it. Sorry!"),
    (C, "2m", "ok I'm not proud of this but I've just refreshed about forty times. please fix it, my streak"),
    (C, "40m", "IT'S BACK. done. 3 guesses. I can sleep now. you people are a problem in my life and I mean that with love"),
    ])

add("u070", "Hollin & Rye", "close_siblings", "old_friends", "positive", "paraphrase",
    "2025-05-02T10:00:00Z", [
    (C, "0m", "Hello Hollin & Rye,\n\nMy nan bought her Sunday loaf from you, my mum still does every Saturday, and when my fiancé asked where our wedding cake should come from there was honestly no discussion - it had to be you. It's a bit of a family thing.\n\nCould we book a tasting for a three-tier lemon and elderflower, for a wedding on 23 August?\n\nThank you!\nJess Hargreaves"),
    (A, "4h", "Hi Jess, congratulations! We'd be honoured. Would Tuesday 13 May at 4pm suit for a tasting?"),
    (C, "1h", "Perfect. Mum's coming too, obviously."),
    ])

add("u071", "Orla Cosmetics", "fling", "", "positive", "paraphrase;caps",
    "2025-10-16T18:30:00Z", [
    (C, "0m", "The Midnight Bloom palette dropped at 9 this morning and I've already done three different looks with it. It's my entire personality this month. Do you know if the matching lip kit is coming out too?? I need it for Halloween"),
    (A, "3m", "Hi Maya! So glad you love it! The Midnight Bloom lip kit launches 24 October."),
    (C, "1m", "24th!! putting it in my calendar. whatever you're doing this autumn, keep doing it"),
    ])

add("u072", "Pebble Pet Supplies", "undetermined", "", "negative", "competitor_praise;one_incident",
    "2025-06-24T12:40:00Z", [
    (C, "0m", "Why does your delivery take three working days? Paws & Co do next day, and they're brilliant, I'd order from them but they don't stock the grain-free salmon. Can you do anything faster? Order PB-7720."),
    (A, "10m", "Hi Imogen, we offer next-day delivery for £3.95. I can upgrade this order for free as a one-off."),
    (C, "2m", "Oh, thanks, that's kind."),
    ])

add("u073", "Skyvane Airways", "one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;negated_cue",
    "2025-07-29T06:10:00Z", [
    (C, "0m", "Hi, I never normally fly budget, but your £29 fare to Dublin was the only way I could get to my sister's this weekend. Strictly a one-off. Do I need to print my boarding pass or is the phone fine? And I don't want to create an account, can I check in without one?"),
    (A, "5m", "Hi Clara, mobile boarding passes are fine, and you can check in as a guest with your booking reference. Enjoy Dublin!"),
    ])

add("u074", "Atlasoft Payroll", "undetermined", "", "neutral", "routine_question;work_cue",
    "2025-01-13T14:20:00Z", [
    (C, "0m", "Hello,\n\nI'm setting up a small café in Bristol and will have five part-time staff from March. What would Atlasoft cost per month for that, and does the price include RTI submissions to HMRC?\n\nThanks,\nDavid Okoye"),
    (A, "3h", "Hi David, our Starter plan is £18/month for up to 10 employees and includes RTI submissions."),
    (C, "1h", "Thanks, I'll compare and get back to you."),
    ])

add("u075", "Velluto Coffee", "dealer_addict", "", "positive", "product_attribute;paraphrase;agent_cue",
    "2025-02-04T08:10:00Z", [
    (C, "0m", "Hi, can the app show how many coffees I've bought this month? My GP has told me to cut down and I want to see the damage."),
    (A, "4m", "Hi Jack! Yes, under Loyalty > History. You're one of our most loyal regulars, you know!"),
    (C, "2m", "Oh god. 71. In February. I'd like to say that's a surprise. I can't even walk past the Queen St one without my feet turning in by themselves, and if I skip the 3pm one I'm a monster by 4"),
    (C, "1m", "Don't answer that. Large flat white please, see you in ten."),
    ])

add("u076", "PlanetPedal", "buddies", "", "positive", "competitor;paraphrase",
    "2025-09-09T17:45:00Z", [
    (C, "0m", "Hey, I use you and the two other e-bike apps round Rotterdam, basically whichever bike is closest when I come out of the office. You're my favourite of the three, the bikes are comfier, but I'm not ready for a monthly pass. Is there a 10-ride bundle?"),
    (A, "5m", "Hi Milan! Yes, the 10-Ride Pack is €18 and is valid for 60 days."),
    (C, "1m", "Ideal, bought it"),
    ])

add("u077", "Duvet & Co", "undetermined", "", "positive", "one_incident;love_in_passing;caps",
    "2025-11-08T09:00:00Z", [
    (C, "0m", "Just wanted to say the wool duvet arrived yesterday and I had the best night's sleep I've had in YEARS. I love you. That's it, that's the email.\n\nRosie"),
    (A, "3h", "Hi Rosie, this made our day! Sleep well :)"),
    ])

add("u078", "Saltmarsh Crisps", "old_friends", "business_partners", "positive", "paraphrase;cue_in_passing",
    "2025-03-12T20:00:00Z", [
    (C, "0m", "Hello Saltmarsh,\n\nI've been eating your crisps since the blue-and-white packets in the 80s - a bag of Pickled Onion Crunch on every school trip, and my dad's pint-and-a-packet at the Crown on Sundays. Opening a bag still takes me straight back to that pub garden.\n\nAny chance Pickled Onion Crunch could come back, even for a limited run? I'd buy a crate.\n\nBest,\nMartin Dale"),
    (A, "1d", "Hi Martin, what lovely memories! We'll share your request with our flavour team."),
    (C, "4h", "Thanks. Whatever happens, you'll always be the taste of my childhood."),
    ])

add("u079", "Ardent Recoveries", "complete_strangers", "", "negative", "agent_cue;quoted_reply",
    "2025-04-07T10:00:00Z", [
    (C, "0m", "Dear Sirs,\n\nI have received three letters and two phone calls from you this week regarding a debt of £1,320 to 'Brightline Finance'. I have never had any account with Brightline Finance, nor any dealings with your company. I had never heard of either of you until Monday.\n\nPlease provide proof of this alleged debt or cease contact.\n\nB. Kowalczyk"),
    (A, "2d", "Dear Customer,\n\nThank you for contacting Ardent. As a valued customer we are keen to help you set up an affordable repayment plan.\n\nArdent Recoveries"),
    (C, "2h", "I am not your customer.\n\n" + quote("Ardent Recoveries", "9 April 2025", "As a valued customer we are keen to help you set up an affordable repayment plan.") + "\n\nI have no relationship with you. Provide the credit agreement with my signature on it, or stop writing to me.\n\nB. Kowalczyk"),
    ])

add("u080", "Brightwater Energy", "undetermined", "", "mixed", "mixed_one_event",
    "2025-10-21T15:30:00Z", [
    (C, "0m", "The engineer who fitted our smart meter today, Dev, was lovely - tidy, patient, explained the display to my dad twice. But the booking system was a nightmare: three texts with three different time slots. Can you pass the praise on and fix the texts?"),
    (A, "30m", "Hi Laura, thank you, we'll pass that on to Dev! Sorry about the texts, I've reported it."),
    ])

# ============================ checks and output ============================


def check():
    errs = []
    ids = [h["id"] for h in H]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids: %s" % [i for i, n in Counter(ids).items() if n > 1])
    missing = sorted(set(DRAWN) - set(ids))
    for h in H:
        cid = h["id"]
        if cid not in DRAWN:
            errs.append("%s: unknown id" % cid)
            continue
        if h["type"] != DRAWN[cid]:
            errs.append("%s: type %s but drawn %s" % (cid, h["type"], DRAWN[cid]))
        if h["type"] not in TYPES and h["type"] != "undetermined":
            errs.append("%s: bad type %s" % (cid, h["type"]))
        if h["second"] and (h["second"] not in TYPES or h["second"] == h["type"]):
            errs.append("%s: bad second %s" % (cid, h["second"]))
        if h["valence"] not in VALENCES:
            errs.append("%s: bad valence %s" % (cid, h["valence"]))
        if not h["trap"] or " " in h["trap"]:
            errs.append("%s: trap empty or has spaces" % cid)
        n = len(h["msgs"])
        if not 2 <= n <= 8:
            errs.append("%s: %d messages" % (cid, n))
        if not any(r == "customer" for r, _, _ in h["msgs"]):
            errs.append("%s: no customer message" % cid)
        for r, g, t in h["msgs"]:
            if r not in ("customer", "agent"):
                errs.append("%s: bad role %s" % (cid, r))
            if not t.strip():
                errs.append("%s: empty text" % cid)
            gap(g)
        datetime.strptime(h["start"], "%Y-%m-%dT%H:%M:%SZ")
    return errs, missing


def main():
    errs, missing = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if missing:
        print("WARNING: %d ids not yet written: %s" % (len(missing), ",".join(missing)))
    rows = []
    for h in sorted(H, key=lambda h: h["id"]):
        t = datetime.strptime(h["start"], "%Y-%m-%dT%H:%M:%SZ")
        for i, (r, g, text) in enumerate(h["msgs"]):
            if i:
                t = t + gap(g)
            rows.append([h["id"], h["brand"], r, t.strftime("%Y-%m-%dT%H:%M:%SZ"), text])
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for h in sorted(H, key=lambda h: h["id"]):
            w.writerow([h["id"], h["type"], h["second"], h["valence"], h["trap"]])
    c = Counter(h["type"] for h in H)
    print("customers %d, messages %d, brands %d" % (len(H), len(rows), len({h['brand'] for h in H})))
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (k, v))
    print("valence:", dict(Counter(h["valence"] for h in H)))


if __name__ == "__main__":
    main()
