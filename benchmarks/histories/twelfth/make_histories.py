#!/usr/bin/env python3
"""Invented development set of customer support histories (hist12, ids r001..r080).

All text, brands, names, numbers and addresses are invented for this file.
Run: python3 benchmarks/histories/twelfth/make_histories.py  -> writes histories.csv and labels.csv next to it.
"""
import csv
import os
import random
from collections import Counter
from datetime import datetime, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance", "teammates",
         "old_friends", "close_siblings", "ex_friends", "enemies", "love_hate",
         "one_night_stand", "colleagues", "adversaries"]
MORE = ["adversaries", "master_slave", "enemies", "ex_friends", "casual_acquaintance",
        "complete_strangers", "basic_exchange"]
VALENCES = {"positive", "negative", "mixed", "neutral"}


def draw_plan():
    """Type of each id, drawn before any history was written (seeded shuffle)."""
    plan = ["undetermined"] * 24
    plan += [t for t in MORE for _ in range(4)]
    plan += [t for t in TYPES if t not in MORE for _ in range(2)]
    assert len(plan) == 80
    random.Random(1212).shuffle(plan)
    return {"r%03d" % i: t for i, t in enumerate(plan, 1)}


H = []  # (id, brand, type, second, valence, trap, start, messages)


def h(cid, brand, typ, second, valence, trap, start, msgs):
    H.append((cid, brand, typ, second, valence, trap, start, msgs))


DAY = 60 * 24

# ---------------------------------------------------------------- r001-r040
h("r001", "Ashford Bank", "close_siblings", "old_friends", "positive", "agent_cue;paraphrase",
  "2025-03-02T10:15", [
    ("c", "Morning! Quick one. My gran opened my very first savings book at your Kettering branch when I was 7, my dad's still with you, my sister's with you... we're basically an Ashford household 😄 Now I want to open a junior account for my son. Can I do it in the app or do I need to come in?"),
    ("a", "Good morning and what a lovely family story! We really value your loyalty. You can open a Junior Saver in the app under Accounts > Open new. You'll need his birth certificate number handy. ^RT"),
    ("c", "brill, found it. does he get the little piggy bank thing my sister got? lol", 25),
    ("a", "Ha! Branches still have a few piggy banks, pop in with the welcome letter and ask. ^RT"),
    ("c", "perfect, 4th generation sorted then 👍", 12),
])

h("r002", "Munchr", "enemies", "", "negative", "one_incident;agent_cue",
  "2025-04-11T20:40", [
    ("c", "@MunchrHelp took £27.80 off my card, order #MN-4471902 never showed, driver marked it delivered to a house that isn't mine. chat bot just loops"),
    ("a", "Hi there, so sorry about this. Please DM us your email and we'll look into it straight away. -DL"),
    ("c", "DM'd. honestly don't bother with a voucher. I'm telling everyone in my building and the uni group chat to delete this app, you lot are a con", 40),
    ("a", "We've issued a full refund of £27.80 to your original payment method, 3-5 working days. We'd hate to lose you. -DL"),
    ("c", "Already uninstalled. Won't be back and neither will my flatmates.", 90),
])

h("r003", "Kestrel Telecom", "undetermined", "", "neutral", "cue_in_passing",
  "2025-05-19T07:05", [
    ("c", "hey Kestrel, flying to Toronto thurs for 10 days, as usual I'm sorting this last minute 🙃 does my plan include roaming in Canada or do I need an add-on?"),
    ("a", "Hi! Canada isn't in your included zone. The Travel Pass is £5/day, you can add it in the app under Extras. -MS"),
    ("c", "ok cheers, and it only charges on days I actually use data?", 8),
    ("a", "Exactly, only on days you use data or calls abroad. Safe travels! -MS"),
])

h("r004", "Skyrill Air", "master_slave", "adversaries", "negative", "paraphrase;agent_cue",
  "2025-06-03T16:22", [
    ("c", "I hold Diamond status with Skyrill and was just told at gate B14 to join the general boarding line because 'the priority lane is closed'. I'm not sure who decided that Diamond members queue behind 200 people but I'd like a name."),
    ("a", "We're sorry to hear this. Diamond members are very important to us. Could you DM your booking reference so we can look into it? ^KA"),
    ("c", "I shouldn't need to send a reference, my profile is linked to this handle. Have someone senior call me before I land in Frankfurt. Not a DM with initials at the end.", 14),
    ("a", "Understood. I've flagged this to our Premier Desk, who will reach out by phone. ^KA"),
    ("c", "Noted. For what I spend with you a year this should never have needed a tweet.", 20),
])

h("r005", "Gritfall Games", "undetermined", "", "positive", "pasted_error;agent_cue",
  "2025-02-14T23:10", [
    ("c", "keep getting this when I try to queue ranked:\n\nERR_MATCH_0x4F2: session token expired (code 1102)\n\nalready reinstalled. PS5 EU"),
    ("a", "Hey! Thanks for being part of our community. Please try Settings > Account > Sign out of all sessions, then sign back in. That refreshes the token. -JB"),
    ("c", "that did it, cheers 🙏", 11),
])

h("r006", "Larkspur & Co", "master_slave", "", "negative", "paraphrase",
  "2025-11-20T12:02", [
    ("c", "I've spent comfortably over £8,000 with Larkspur this year and today I'm told my coat will arrive 'within the standard courier window' like any other order. Someone should have rung me the moment it slipped."),
    ("a", "Hello, I'm sorry for the delay. Could you share your order number so I can check? -AN"),
    ("c", "It's on my account. You have my account. I'm not going to go digging through emails to do your job for you.", 18),
    ("a", "Apologies. I've located order LK-20931 and upgraded it to a named-day courier for tomorrow. -AN"),
    ("c", "Tomorrow. Fine. I'd expect a personal shopper to handle my orders from now on, not a queue.", 30),
])

h("r007", "Zipro Rides", "undetermined", "", "negative", "one_incident;symptom_frequency",
  "2025-01-28T18:47", [
    ("c", "Driver took a massive detour on trip ZR-7761-02, fare was $31 when the estimate said $18. Also the pickup pin always jumps to the wrong side of the street on my phone, no idea why"),
    ("a", "Sorry about that! I've reviewed the route and refunded $13.00 to your card. For the pin, try turning on precise location in your phone settings. -CW"),
    ("c", "ok thanks, refund showing", 70),
])

h("r008", "Starforge Arena", "love_hate", "dealer_addict", "mixed", "paraphrase;uninstall_not_leaving",
  "2025-07-01T21:30", [
    ("c", "starforge is genuinely the best thing on my phone and I uninstall it about once a week out of pure rage. reinstalled again tonight. why am I like this"),
    ("a", "Haha we're glad you're back, Commander! Anything we can help with? -PX"),
    ("c", "yes. matchmaking put me with a level 4 and two bots vs a full premade. 3rd time today. I'm not quitting obviously. I'm just furious", 6),
    ("a", "That's not the experience we want. I've passed your match IDs to the matchmaking team. -PX"),
    ("c", "ok. see you tomorrow when I rage uninstall again 😤❤️", 4),
])

h("r009", "Brightline Broadband", "adversaries", "", "negative", "sarcasm;paraphrase",
  "2025-08-04T09:00", [
    ("c", "Month four of the Brightline outage lottery 🎰 third engineer booked, third no-show. Not even surprised at this point, it's just what having Brightline is like"),
    ("a", "Hi, really sorry about the missed appointments. Can you DM us your account number? -TH"),
    ("c", "DM'd. ref BL-2291-774 for the 4th time", 30),
    ("a", "Thanks. New engineer slot booked for Wednesday 8-12. -TH"),
    ("c", "Wednesday it is. On hold 52 min before that got booked btw. See you next week for round five I'm sure", 8 * DAY),
    ("a", "Sorry to hear the engineer didn't attend again. I've escalated to our field team lead. -RB"),
    ("c", "yep. standard.", 20),
])

h("r010", "FreshCrate", "casual_acquaintance", "", "neutral", "paraphrase",
  "2025-09-12T17:34", [
    ("c", "I only order from you a handful of times a year, usually when I can't face the shop after work. Does the 15% code on the app work on any order or only the first of the month?"),
    ("a", "Hi! The code SAVE15 works on one order per calendar month, any day. -FK"),
    ("c", "got it thanks", 9),
])

h("r011", "Tasklane", "business_partners", "", "positive", "paraphrase",
  "2025-03-21T14:10", [
    ("c", "Been thinking about the recurring tasks screen. Would it be possible to let us pick 'every 2nd Tuesday' or 'last working day of the month'? I'd be happy to sketch a mockup if that's useful to your designers."),
    ("a", "Thanks so much for the feedback! I've logged it with the product team. You can attach sketches at feedback.tasklane.example.com. -EM"),
    ("c", "Uploaded it. Also, small one: label text in dark mode is low contrast on the priority chips. Not urgent, just noticed.", 2 * DAY),
    ("a", "Got it, passed both on. The team says the recurrence rules are on their roadmap for Q3. -EM"),
    ("c", "Great to hear. Ping me if you want someone to try it before it ships.", 30),
])

h("r012", "Pennywell", "undetermined", "", "neutral", "",
  "2025-04-02T05:48", [
    ("c", "Hello team, I have got new SIM and number is changed. How to update registered mobile number in Pennywell app? OTP is going to old number only. Kindly do the needful."),
    ("a", "Hello! Please visit Profile > Contact details > Update mobile. You'll verify with your debit card PIN instead of OTP. -SR"),
    ("c", "Done, thank you.", 22),
])

h("r013", "Glowberry", "undetermined", "", "mixed", "product_attribute;one_incident",
  "2025-10-08T11:20", [
    ("c", "the Forever Matte lipstick in shade 'Fig' is lovely on but the cap cracked the first week 😩 is there any way to get a replacement cap or do I have to send the whole thing back?"),
    ("a", "Oh no! We can send a replacement cap, DM us your address and order no. -GB"),
    ("c", "sent, order GB-660014", 15),
])

h("r014", "Hopcab", "undetermined", "", "positive", "one_incident",
  "2025-12-06T08:55", [
    ("c", "left my umbrella in a car last night 🙈 trip HC-88213, any way to get hold of the driver?"),
    ("a", "Hi! Go to Trips > HC-88213 > Lost item, it will connect you to the driver. -LM"),
    ("c", "got it back already, driver was an absolute legend, thanks!", 180),
])

h("r015", "Brewhaus", "old_friends", "", "positive", "paraphrase;change_of_app",
  "2025-01-09T07:40", [
    ("c", "I've been getting my flat white from Brewhaus since the tiny Queen St one was the only shop, back when I was at uni (so... a while 😅). The new app is taking some getting used to but walking in still feels like my spot."),
    ("c", "anyway my old stamp card, do the stamps carry over to the app?", 2),
    ("a", "Hi! That's lovely to hear. Yes, bring the card to any barista and they'll add the stamps to your app account. -NO"),
    ("c", "amazing. reminds me, bring back the cinnamon knots from 2016 pls 😂", 20),
])

h("r016", "Loomcast", "buddies", "casual_acquaintance", "neutral", "cancel_not_leaving;paraphrase",
  "2025-05-27T19:12", [
    ("c", "Loomcast is one of the three I rotate between, I drop one for a couple months and pick it back up when something decent comes out. If I cancel now do I lose my watchlist?"),
    ("a", "Hi! You can pause your membership for up to 3 months instead of cancelling, your watchlist stays. -VG"),
    ("c", "oh nice, didn't know pause was a thing. doing that", 5),
])

h("r017", "Coinvale", "undetermined", "", "neutral", "cue_in_passing",
  "2025-06-16T13:03", [
    ("c", "got a text saying my Coinvale account is locked and to verify at coinvale-secure-login dot something. that's a scam right? not you?"),
    ("a", "Correct, that isn't us. We never send login links by SMS. Please forward it to report@coinvale.example.com and don't click. -HN"),
    ("c", "thought so, forwarded", 4),
])

h("r018", "Nuvio Mobile", "basic_exchange", "", "positive", "paraphrase",
  "2025-02-25T15:30", [
    ("c", "Not fussed about the flagship stuff. My last two phones were the cheapest Nuvio going, because they do what I need and cost half what the big names charge. Battery on this one's fading after 3 yrs though, how much is a replacement?"),
    ("a", "Hi! A battery replacement for the Nuvio A3 is $39 at any service partner. -JP"),
    ("c", "fair enough, cheaper than a new one. booking it", 12),
])

h("r019", "Pixelmoor", "teammates", "business_partners", "positive", "paraphrase",
  "2025-08-18T20:05", [
    ("c", "hey devs, there's about 40 of us in the Pixelmoor wiki discord mapping the new Ashen Reach biome. any chance someone can confirm the ember-moth spawn rates so we don't publish nonsense to everyone?"),
    ("a", "Love what the wiki crew does! I'll ask the design team. -TO"),
    ("a", "Update: ember-moths spawn at 4% per lantern tile at night, 0% in rain. -TO", 300),
    ("c", "legend. sharing with the lot. we'll have the guide out friday for all the newer players 💜", 25),
])

h("r020", "Haverly Insure", "best_friends", "", "positive", "paraphrase",
  "2025-10-29T10:45", [
    ("c", "When my dad passed last year, your claims lady Priya rang me every week just to see how I was getting on, not even about the claim. I don't say this about companies, but I trust you lot. Now I need to put the house policy in my name, what do I need?"),
    ("a", "We're so sorry for your loss, and thank you for your kind words. You'll need the grant of probate and we'll do the rest. -CF"),
    ("c", "Thank you. And please tell Priya I said hi, she knows who I am.", 40),
])

h("r021", "Voltwise Energy", "undetermined", "", "neutral", "pasted_error;agent_cue",
  "2025-03-31T18:18", [
    ("c", "trying to submit my meter reading and getting:\n> Error 422: Reading lower than previous reading. Please check and try again.\nthe previous one was an estimate from you, not a real reading"),
    ("a", "Thanks for reaching out, we appreciate you being a loyal Voltwise customer! I've removed the estimated read, please try again now. -OP"),
    ("c", "went through now", 17),
])

h("r022", "Tallyfin", "complete_strangers", "", "negative", "paraphrase",
  "2025-07-07T09:32", [
    ("c", "Why am I getting SMS from Tallyfin that my EMI of Rs 4,200 is overdue?? I have never taken any loan from you, never installed your app, never heard of you before this week. Who gave you my number?"),
    ("a", "Hello, we're sorry for the concern. Please DM your registered mobile number so we can check. -AK"),
    ("c", "There is no 'registered' number because I am not registered with you. I have sent the number which is receiving the messages. Remove it.", 35),
    ("a", "Thank you. This number was entered by another applicant in error. It has been removed from our records. -AK"),
])

h("r023", "Stridely", "dealer_addict", "", "positive", "paraphrase;outage",
  "2025-09-03T06:20", [
    ("c", "ok is Stridely down?? streak is on day 412 and the app won't load and I'm genuinely pacing my kitchen. I can't start my day without logging a run, please tell me this won't break my streak"),
    ("a", "Hi! We had a short outage this morning, it's back now. Streaks are protected during outages. -EW"),
    ("c", "oh thank god. 413 here I come 🏃‍♀️ (yes I know I have a problem)", 14),
])

h("r024", "Northgate Outfitters", "undetermined", "", "neutral", "agent_cue",
  "2025-11-03T12:30", [
    ("c", "Hi, I need to swap the hiking boots on order #NO-55120-B from a 9 to a 9.5. Can I do an exchange or is it return and reorder?"),
    ("a", "Hi! We love having you as part of the Northgate family. You can do a direct exchange from Orders > Exchange, free of charge. -BD"),
    ("c", "ok will do", 40),
])

h("r025", "Harbourline Hotels", "master_slave", "", "negative", "paraphrase;agent_cue",
  "2025-04-25T22:14", [
    ("c", "I am a Platinum Circle member and I was made to stand at your Harbourline Leeds front desk for 20 minutes tonight for a room I booked in March. I should not have to explain who I am at check-in."),
    ("a", "We're very sorry. As a valued Platinum Circle member, we'd like to add 5,000 bonus points to your account. -JS"),
    ("c", "I'm not interested in points. I'm interested in being treated like the guest I am. I'd like the general manager to contact me personally tomorrow.", 9),
    ("a", "Understood. I've passed your details to the GM's office. -JS"),
])

h("r026", "Skyrill Air", "undetermined", "", "neutral", "",
  "2025-01-17T04:50", [
    ("c", "Is cabin baggage 7kg or 10kg on Delhi-Mumbai? Booking says one thing and the website says another"),
    ("a", "Hi, on domestic Economy it is 7 kg plus one personal item. The booking page will be corrected. -VS"),
])

h("r027", "Hopcab", "casual_acquaintance", "", "neutral", "paraphrase",
  "2025-06-21T23:58", [
    ("c", "I'm not really a Hopcab regular, I open the app maybe when there's a gig in town or the trains are off. Opened it tonight and it wants me to re-verify my ID with a selfie?? is that normal"),
    ("a", "Hi! Yes, accounts inactive for over 6 months are asked to re-verify once. It takes under a minute. -LM"),
    ("c", "fair. done", 6),
])

h("r028", "Glowberry", "close_siblings", "old_friends", "positive", "paraphrase",
  "2025-02-03T16:40", [
    ("c", "My nan used Glowberry cold cream, my mum used it, and there's a jar on my dresser right now. Noticed the new jar has a different lid - has the formula changed too? Please say no 🙏"),
    ("a", "Hi! Only the packaging changed, the formula is exactly the same. Three generations, that's wonderful! -GB"),
    ("c", "phew. mum will be relieved too, she already rang me about it 😂", 20),
])

h("r029", "Ashford Bank", "adversaries", "", "negative", "paraphrase",
  "2025-05-06T11:00", [
    ("c", "And here we go again. Same £35 'unarranged overdraft' fee on a day I was £3 under for an hour. I'll ring, you'll reverse it, and in six weeks we do the same dance."),
    ("a", "I'm sorry about this. Could you DM me the date of the charge? -GH"),
    ("c", "DM'd. It's literally the 4th time this year. You should have the ticket numbers by now.", 25),
    ("a", "I've refunded the £35 fee. -GH"),
    ("c", "Thanks. See you in June.", 10),
    ("c", "Told you. June. Ticket 7719302. Go on then.", 40 * DAY),
])

h("r030", "Platewise", "undetermined", "", "positive", "product_attribute;one_incident",
  "2025-08-29T21:15", [
    ("c", "absolutely loved the paneer tikka bowl from Spice Route last night 😍 is that on Platewise permanently or just for the festival week?"),
    ("a", "Glad you enjoyed it! It's a festival special until Sunday, but we've passed on that people love it. -RK"),
])

h("r031", "Pennywell", "best_friends", "marriage_partners", "positive", "paraphrase",
  "2025-12-12T10:05", [
    ("c", "Honestly Pennywell is the only app that explains things to me straight, no hidden small print. When my card got skimmed in Goa last year your team sorted it at 2 am and someone called me next morning just to check I was ok. I feel like you guys have my back."),
    ("c", "Anyway my question: are the new FD rates applicable for senior citizen account of my mother also?", 3),
    ("a", "Thank you so much, this made our day! Yes, senior citizens get +0.5% on the new FD rates. -SR"),
    ("c", "Super. Will do it today.", 15),
])

h("r032", "Kestrel Telecom", "marriage_partners", "old_friends", "positive", "paraphrase",
  "2025-10-14T13:20", [
    ("c", "11 years with Kestrel, four phones, three house moves, and I've genuinely never once looked at another network. Not going anywhere. Can I add my partner to my plan as a second line?"),
    ("a", "Wow, thank you for 11 years! Yes, you can add a line in the app, and you'll get 20% off the second line. -MS"),
    ("c", "done! you lot are the best, honestly. here's to the next 11 🥂", 35),
])

h("r033", "Harbourline Hotels", "one_night_stand", "", "neutral", "paraphrase",
  "2025-03-08T19:44", [
    ("c", "Booked a room at Harbourline Heathrow tonight on a total whim because my connection got cancelled. Not planning on making a habit of this lol, just need a bed. Can I get a 1pm checkout?"),
    ("a", "Hi! Of course, I've added a 1pm late checkout to your booking. Rest well. -ZA"),
])

h("r034", "Tillbox", "undetermined", "", "negative", "sarcasm;one_incident",
  "2025-12-18T15:02", [
    ("c", "great, wonderful, love it 🙃 my 'next day delivery' is now on day four. order TB-300981. where is it"),
    ("a", "Sorry about this! The parcel is at the local depot and is out for delivery today. -KS"),
    ("c", "we'll see", 10),
])

h("r035", "FreshCrate", "basic_exchange", "", "mixed", "paraphrase",
  "2025-04-14T18:30", [
    ("c", "I keep using FreshCrate because you're the cheapest for basics near me and usually on time, that's all I ask. Today's order #FC77201 is missing the eggs and the milk though."),
    ("a", "Sorry about that! I've refunded £3.85 for the missing items. -FK"),
    ("c", "ta", 12),
])

h("r036", "Coinvale", "enemies", "", "negative", "one_incident;agent_cue",
  "2025-02-19T08:10", [
    ("c", "Coinvale has frozen my withdrawal for 3 weeks with zero explanation. Anyone reading this: get your money out of this place while you still can."),
    ("a", "We're sorry for the inconvenience. Your withdrawal is under a standard compliance review. -HN"),
    ("c", "Don't 'sorry for the inconvenience' me. It finally came through, I've moved every penny out and I've told my entire investing group exactly what you are.", 3 * DAY),
])

h("r037", "Voltwise Energy", "adversaries", "", "negative", "paraphrase",
  "2025-07-02T09:12", [
    ("c", "Every quarter with Voltwise it's the same routine: estimated bill, I send you the actual reading, it gets ignored, I phone, someone fixes it, repeat. Q3 2025, let's go. Account VW-338120."),
    ("a", "Hi, I'm sorry about this. I've applied your reading from 30 June and reissued the bill. -OP"),
    ("c", "Cheers. Put a note on the account that I will always send a real reading? Won't work but worth a try", 20),
    ("a", "I've added a note. -OP"),
])

h("r038", "Loomcast", "complete_strangers", "", "negative", "paraphrase",
  "2025-09-23T14:25", [
    ("c", "There's a $14.99 charge on my card from 'LOOMCAST*SUB'. I have never signed up for Loomcast, never watched anything on it, didn't know it existed until today. Explain?"),
    ("a", "Hi! Could you share the email linked to your account? -VG"),
    ("c", "There is no account. That's the point. I've never been your customer.", 12),
    ("a", "Thanks. The charge was from a card-testing attempt, not an account. It's been reversed and the card flagged. -VG"),
])

h("r039", "Platewise", "business_partners", "", "positive", "paraphrase;agent_cue",
  "2025-11-11T12:50", [
    ("c", "small idea: could 'no cutlery' be a saved default? I untick it every time. Also the tip screen appearing before the food even arrives feels odd, after delivery would be nicer for everyone."),
    ("a", "Great feedback, thank you! I've shared both with our product team. -RK"),
    ("c", "no worries. if you ever run a beta for the checkout flow, happy to try it and write up notes", 10),
])

h("r040", "Skyrill Air", "casual_acquaintance", "", "neutral", "paraphrase",
  "2025-06-30T10:10", [
    ("c", "I fly with you roughly once a year, whenever the prices line up. Do I still have my miles from 2023 or have they expired?"),
    ("a", "Hi! Miles expire after 24 months without activity. Yours are valid until May 2026. -KA"),
])


# ---------------------------------------------------------------- r041-r080
h("r041", "Orbitwave", "undetermined", "", "neutral", "third_party",
  "2025-05-02T16:08", [
    ("c", "Hi, my uncle's Orbitwave family plan got charged twice this month ($16.99 x2). He's 71 and not on here, can I sort it for him or does he have to call?"),
    ("a", "Hi! He'll need to contact us himself for security, or he can add you as a trusted contact at orbitwave.example.com/trusted. -NB"),
    ("c", "ok I'll help him do that, thanks", 14),
])

h("r042", "Castellan Collections", "complete_strangers", "", "negative", "agent_cue;paraphrase",
  "2025-02-10T09:40", [
    ("c", "Received a letter at 14 Elm Row saying I owe Castellan Collections £412.60 for a mobile contract. I have never had a contract with whoever you are collecting for and I've never dealt with your company in my life."),
    ("a", "Our records show you as a customer since 2022 under reference CC-0098-4411. Please call us to arrange payment. ^DW"),
    ("c", "Your records are wrong. I am not and have never been a customer of yours or of the original creditor. Send me proof of the debt in writing, I'm not calling anyone.", 45),
    ("a", "We have placed the account on hold and will send the documents by post. ^DW"),
])

h("r043", "Northgate Outfitters", "ex_friends", "enemies", "negative", "paraphrase",
  "2025-10-02T19:25", [
    ("c", "For about 9 years every bit of outdoor gear in our house came from Northgate. Two jackets, the tent, the kids' boots every autumn. Since the rebrand the quality has fallen off a cliff. New rain shell, seam split on the second walk. This isn't the Northgate I knew."),
    ("a", "I'm so sorry to hear this. Please send a photo and your order number and we'll arrange a replacement. -BD"),
    ("c", "Photo sent, NO-61877-C. Refund, not replacement please. I think that's me done with you, which is a sad thing to type tbh", 60),
    ("a", "Refund of £120 processed. We're sorry to see you go. -BD"),
])

h("r044", "Zipro Rides", "enemies", "", "negative", "one_incident;paraphrase",
  "2025-08-09T11:11", [
    ("c", "Zipro charged me a $60 'cleaning fee' for a mess I didn't make. The photos in the app are of a different car, different seats, different colour. This company is a racket."),
    ("a", "Sorry for the trouble! I've reviewed the photos and reversed the $60 fee. -CW"),
    ("c", "Only because I posted publicly. Deleting my account and I'm making sure every person I know hears about this one before they open your app.", 25),
])

h("r045", "Munchr", "secret_affair", "", "positive", "paraphrase",
  "2025-11-15T23:42", [
    ("c", "ok slightly awkward one 😬 can you stop sending the monthly order summary to the shared family email? my wife thinks I've been sticking to the meal plan and the 11pm loaded fries situation is between me and Munchr"),
    ("a", "Haha, your secret is safe with us! Go to Settings > Notifications > Email summaries and toggle it off, or change the email. -DL"),
    ("c", "done. you saw nothing 🤫🍟", 6),
])

h("r046", "Cartwell", "undetermined", "", "neutral", "competitor_blame",
  "2025-09-06T10:00", [
    ("c", "Moved over to you from TechDen because their delivery was a joke, honestly the worst company I've ever dealt with. Anyway, is the 65\" Halcyon TV in stock at Cartwell Leeds or only online?"),
    ("a", "Hi! The 65\" Halcyon is in stock at Leeds (4 units) and can be reserved online for pickup today. -PM"),
])

h("r047", "Orbitwave", "marriage_partners", "old_friends", "positive", "negated_cue;product_attribute",
  "2025-04-19T15:33", [
    ("c", "On Orbitwave since the 2017 beta. Every other service has tried to tempt me with free months and nope, you're it for me, for life. (Not that I love the new logo, but I'll forgive you.) Help me move the family plan to my new card?"),
    ("a", "Thank you for being with us since the beta! Update the card under Account > Payment > Family plan. -NB"),
    ("c", "sorted ❤️ never change. well. except the logo", 10),
])

h("r048", "Orvane Telecom", "enemies", "", "negative", "agent_cue",
  "2025-03-12T14:50", [
    ("c", "Since I signed up with Orvane I get 6 spam calls a day. Someone there sold my number, I'm sure of it. Avoid them, people. Porting out this week and I've left reviews everywhere I can find."),
    ("a", "We take your privacy very seriously and we'd love the chance to keep you with us. Could you DM your account details? -RS"),
    ("c", "Just send me the PAC code. No retention offer, I'd rather use carrier pigeons than stay.", 18),
    ("a", "Your PAC code has been sent by SMS. -RS"),
])

h("r049", "Glowberry", "fling", "", "positive", "paraphrase;outage",
  "2025-07-18T18:05", [
    ("c", "just got the new Aurora palette from the summer drop and I can't stop staring at it ✨✨ wearing the green to work tomorrow, new era, new me. is the holo highlighter from the same drop restocking??"),
    ("a", "We love that! The holo highlighter restocks Friday at 9am BST. -GB"),
    ("c", "alarm set. see you friday 😎", 3),
])

h("r050", "Stridely", "undetermined", "", "negative", "hate_about_feature;symptom_frequency",
  "2025-06-08T07:55", [
    ("c", "I hate the new badge animation, it plays for like 5 seconds every single time I finish a run and I can't skip it. can it be turned off?"),
    ("a", "Hi! Not yet, but the next update (v5.4) adds Settings > Celebrations > Off. -EW"),
])

h("r051", "Skyrill Air", "ex_friends", "enemies", "negative", "quoted_reply;loyalty_grievance",
  "2025-12-02T09:20", [
    ("c", "Flew Skyrill for everything for 8 years, genuinely used to look forward to it. Now it's seats that don't recline, pay-for-water, and a customer service email that says this:\n\n> We truly value your loyalty and hope to welcome you aboard again soon.\n\nSure you do. Cancelling the Skyrill credit card today."),
    ("a", "We're sorry to hear this. I'd be happy to pass your feedback to our customer experience team. ^KA"),
    ("c", "Pass it on. It won't change anything. 8 years and it feels like talking to a wall now.", 30),
])

h("r052", "Hopcab", "buddies", "casual_acquaintance", "neutral", "paraphrase",
  "2025-01-24T17:45", [
    ("c", "you're usually the first app I open but I bounce between you, Zipro and the night bus depending on mood and how broke I am, no offence 😅 why isn't my WEEKEND10 promo showing?"),
    ("a", "None taken! WEEKEND10 activates Friday 6pm, it should appear then. -LM"),
    ("c", "ah it's thursday. my bad lol", 4),
])

h("r053", "Kestrel Telecom", "undetermined", "", "neutral", "quoted_reply;phishing;tenure_in_passing",
  "2025-08-21T12:12", [
    ("c", "Got this email, is it actually from you?\n\n> Dear Valued Customer, thank you for 10 years of loyalty! Claim your free handset upgrade at kestrel-rewards-claim.example.net\n\nI've only been with you since January so it seems off"),
    ("a", "Good catch, that's not from us. Please don't click and forward it to phishing@kestrel.example.com. -MS"),
    ("c", "done", 5),
])

h("r054", "Tasklane", "colleagues", "basic_exchange", "neutral", "paraphrase",
  "2025-05-13T10:30", [
    ("c", "We run the whole project board for our 12-person design studio on Tasklane. Need to add 3 freelancers for a 6 week job. Can they be guests without us paying for 3 more full seats?"),
    ("a", "Hi! Yes, the Team plan includes 5 free guest seats with access to selected boards. -EM"),
    ("c", "Perfect, that does what we need. Adding them now.", 20),
])

h("r055", "Gritfall Games", "dealer_addict", "", "positive", "paraphrase;outage",
  "2025-03-04T22:15", [
    ("c", "I've been on Gritfall every single night since February. my girlfriend calls it 'the other woman' 😂 servers have been down 3 hours and I'm climbing the walls. ETA??"),
    ("a", "Sorry Warden! Maintenance ran long, we're aiming for 23:30 GMT. -JB"),
    ("c", "refreshing the status page every 30 seconds like a normal person", 20),
    ("c", "BACK. bless you all", 55),
])

h("r056", "Meridian Credit Union", "master_slave", "", "negative", "paraphrase;tenure_for_status",
  "2025-10-20T08:35", [
    ("c", "Six years on Meridian's Private tier and this morning I pressed 1, then 4, then 2, then listened to jazz for 25 minutes like everyone else. When I phone, someone who knows my name picks up. That's the arrangement."),
    ("a", "I'm sorry for the wait. To help, can you confirm your date of birth by DM? -LT"),
    ("c", "I won't be confirming my date of birth to a social media account. Have my relationship manager call me this afternoon.", 11),
    ("a", "I've asked your relationship manager, Daniel, to call you today. -LT"),
    ("c", "Before 3pm.", 3),
])

h("r057", "Platewise", "fleeting_acquaintance", "", "positive", "paraphrase",
  "2025-02-22T20:35", [
    ("c", "never used Platewise before tonight, a friend sent me her referral code. food came hot and the rider was lovely. does the referral credit come off my next order automatically?"),
    ("a", "Welcome! Yes, your $10 referral credit applies automatically at your next checkout. -RK"),
    ("c", "nice, might give the sushi place a go next week then", 9),
])

h("r058", "Meridian Credit Union", "undetermined", "", "neutral", "for_work_occasion",
  "2025-09-15T13:00", [
    ("c", "Travelling to Singapore for work next week. Do I need to let you know so the card isn't blocked?"),
    ("a", "Hi! No need, but you can add a travel note in the app under Cards > Travel for peace of mind. -LT"),
])

h("r059", "Haverly Insure", "undetermined", "", "negative", "employee",
  "2025-07-29T15:20", [
    ("c", "I'm a claims adjuster at Haverly and the internal portal has been timing out all afternoon, who do I even contact for this? tried the intranet page, also down lol"),
    ("a", "Hi, this account is for customers, please contact the IT service desk on ext. 4400. -CF"),
    ("c", "thanks, ringing them", 6),
])

h("r060", "Orbitwave", "undetermined", "", "negative", "sarcasm;symptom_frequency",
  "2025-11-01T07:10", [
    ("c", "love it when the app logs me out halfway through my run 🙄 great stuff. every time. Android 14, Orbitwave v8.2.1"),
    ("a", "Sorry about that! This is a known bug on v8.2.1, v8.2.2 is rolling out today with a fix. -NB"),
])

h("r061", "Kestrel Telecom", "adversaries", "", "negative", "paraphrase",
  "2025-04-03T12:40", [
    ("c", "Fourth month running my bill has the 'premium SMS' charge I had barred back in December. This is our monthly ritual, Kestrel: I call, you credit it, it reappears."),
    ("a", "Sorry for this. I've credited £7.50 and re-applied the bar. -MS"),
    ("c", "You said that in Feb and March as well.", 9),
    ("c", "May bill: there it is again 🙂 Call #5 booked for tomorrow, I've cleared my afternoon.", 33 * DAY),
    ("a", "I'm really sorry. I've raised a ticket with billing (KT-55810) so this is fixed at the root. -JN"),
])

h("r062", "Pixelmoor", "old_friends", "", "positive", "paraphrase",
  "2025-10-10T21:00", [
    ("c", "Been playing Pixelmoor since the 2014 alpha when it was grey boxes and a single chicken. Loaded the 10th anniversary map last night and got a bit choked up, felt like coming home. Can I still get my 2015 world save off the old launcher?"),
    ("a", "That's amazing, thank you for sticking with us! Old saves are in %APPDATA%/PixelmoorLegacy/saves, copy them into the new worlds folder. -TO"),
    ("c", "IT WORKED. my wonky first castle lives 🏰", 40),
])

h("r063", "Loomcast", "fleeting_acquaintance", "", "neutral", "paraphrase",
  "2025-03-27T20:20", [
    ("c", "Found you through a thread about nature docs, day 2 of the free trial. Is 4K worth it or can I stay on Basic and still get the Wild Coasts series?"),
    ("a", "Hi! Wild Coasts is on every plan, Basic streams it in HD. -VG"),
])

h("r064", "Nuvio Mobile", "undetermined", "", "neutral", "product_attribute",
  "2025-06-11T11:45", [
    ("c", "Does the Nuvio Family Hub app work on the A3 or only on the X series? Want to set it up for my kids' phones"),
    ("a", "Hi! Family Hub works on all Nuvio phones from the A2 onwards. -JP"),
    ("c", "great thanks", 30),
])

h("r065", "Tillbox", "basic_exchange", "", "positive", "paraphrase",
  "2025-08-14T09:50", [
    ("c", "Tillbox own-brand is basically my whole cupboard tbh. Cheapest bin bags and batteries that don't die in a week, I don't need anything fancier than that. Are the AA 24-packs coming back?"),
    ("a", "Hi! The AA 24-packs are back in stock online from Monday. -KS"),
])

h("r066", "Haverly Insure", "complete_strangers", "", "negative", "agent_cue",
  "2025-01-13T10:25", [
    ("c", "Got a renewal letter from Haverly for car insurance on a car I don't own at an address I've never lived at. I'm not your customer and never have been. Please stop writing to me."),
    ("a", "We're sorry for the confusion, we value every customer. Could you DM the reference on the letter? -CF"),
    ("c", "Again, not a customer. Ref is HV-2025-00871.", 50),
    ("a", "Thanks, it was an address error on another policy. You won't receive further letters. -CF"),
])

h("r067", "Cartwell", "one_night_stand", "", "neutral", "paraphrase",
  "2025-12-27T01:30", [
    ("c", "bought a projector off your site at 1am for a single film night, don't ask. not a regular thing, I just needed it for Saturday. if I open it can I still return it within 30 days?"),
    ("a", "Hi! Yes, opened items can be returned within 30 days in their original packaging. -PM"),
    ("c", "perfect, that's the plan then 😅", 12),
])

h("r068", "Quillpost", "undetermined", "", "negative", "courier_not_chosen;one_incident",
  "2025-11-25T17:15", [
    ("c", "@Quillpost my parcel from an online shop was 'delivered' into my wheelie bin. Tracking QP-882-113-UK. Not impressed"),
    ("a", "So sorry about this! I've raised it with the local depot and logged feedback against the courier. -HF"),
])

h("r069", "Brewhaus", "undetermined", "", "positive", "one_incident",
  "2025-09-29T08:12", [
    ("c", "shoutout to the barista at Brewhaus King St who drew a little cat on my cup this morning 😭 made my monday"),
])

h("r070", "Quillpost", "colleagues", "basic_exchange", "neutral", "paraphrase",
  "2025-04-08T14:05", [
    ("c", "We send around 300 parcels a week through our Quillpost business account for the shop. Is there an API for bulk label printing? The CSV upload caps at 50 rows and it's slowing the packing team down."),
    ("a", "Hi! Yes, business accounts can request API keys at quillpost.example.com/developers. Limit is 5,000 labels per call. -HF"),
    ("c", "Great, our developer will look at it this week.", 25),
])

h("r071", "Starforge Arena", "fling", "", "positive", "paraphrase",
  "2025-09-19T19:02", [
    ("c", "SEASON 9 SKINS ARE UNREAL 🔥🔥 bought the whole neon pack the second it dropped, I'm going to be insufferable this week. one of them isn't showing in my locker tho, the Neon Vex one"),
    ("a", "Glad you're loving the season! Try relogging, items sometimes take a few minutes. -PX"),
    ("c", "there it is 😎", 7),
])

h("r072", "Munchr", "casual_acquaintance", "", "neutral", "paraphrase",
  "2025-07-05T19:30", [
    ("c", "I order from Munchr maybe once every couple of months, usually when friends are over. Can we split the bill across 3 cards?"),
    ("a", "Hi! Group orders let each person pay their share, start one from the basket screen. -DL"),
])

h("r073", "Cartwell", "undetermined", "", "mixed", "one_incident",
  "2025-05-22T16:40", [
    ("c", "Delivery guys were great, carried the washer up 3 floors and set it up. But there's a dent on the side panel. Order CW-10042, what are my options?"),
    ("a", "Thanks for letting us know. We can offer a 15% partial refund or a replacement unit. -PM"),
    ("c", "partial refund is fine, it's on the side against the wall anyway", 20),
])

h("r074", "Stridely", "teammates", "business_partners", "positive", "paraphrase",
  "2025-10-05T08:00", [
    ("c", "Our Stridely run club is 62 people now 🎉 and we're doing the Sunday city challenge as one group. Is there any way the group leaderboard could show on our club page so everyone can cheer each other on?"),
    ("a", "Love this! Club admins can enable 'Show group leaderboard' under Club > Settings. -EW"),
    ("c", "found it! the whole crew's on there now. see you all on the course 💪", 30),
])

h("r075", "Loomcast", "secret_affair", "", "positive", "paraphrase",
  "2025-02-16T22:55", [
    ("c", "is there a way to hide a show from 'continue watching'? flatmates use the same TV and nobody needs to know I've watched Dating on Ice season 3 twice this week 🙈"),
    ("a", "Your secret's safe! Long-press the title and choose 'Remove from row', or make a separate profile. -VG"),
    ("c", "separate profile it is. a private one. for reasons.", 8),
])

h("r076", "Starforge Arena", "undetermined", "", "neutral", "agent_cue",
  "2025-06-25T12:15", [
    ("c", "how do I move my account to a new phone? getting an iPhone next week"),
    ("a", "We know you're hooked, don't worry 😄 Link your account under Settings > Account > Link, then log in on the new phone. Progress is saved. -PX"),
    ("c", "lol ok thanks", 15),
])

h("r077", "Brightline Broadband", "basic_exchange", "", "positive", "negated_cue;paraphrase",
  "2025-07-12T10:20", [
    ("c", "Not going to pretend I love you or anything, but Brightline's the cheapest fibre on my street and it's been solid for two years, which is all I want. Need the router admin password reset, the sticker's worn off."),
    ("a", "Hi! I've reset it remotely, the new password has been sent by SMS. -TH"),
    ("c", "got it, ta", 9),
])

h("r078", "Zipro Rides", "love_hate", "adversaries", "mixed", "paraphrase",
  "2025-03-18T18:05", [
    ("c", "Zipro I swear. most useful app on my phone and the surge pricing makes me want to throw it in the river. 3x at 6pm on a tuesday?? booking it anyway because what else am I gonna do 🙃"),
    ("a", "Sorry about the surge! Prices rise when demand is high nearby. -CW"),
    ("c", "yeah yeah. booked again this morning. hate that I keep coming back. anyway how do I report a driver who cancelled after making me wait 10 min", 14 * 60),
    ("a", "Go to Trips > select the trip > Report an issue > Driver cancelled. -CW"),
])

h("r079", "Gritfall Games", "ex_friends", "enemies", "negative", "agent_cue;loyalty_grievance",
  "2025-12-09T20:30", [
    ("c", "Played Gritfall since launch, bought every battle pass, defended you on every forum. Then the best gear goes behind £20 loot crates. I'm done. How do I get my unused gems refunded?"),
    ("a", "We're sorry you feel this way. We truly value our loyal players. You can request a gem refund at support.gritfall.example.com. -JB"),
    ("c", "'loyal players'. funny way of showing it. request sent.", 10),
])

h("r080", "Meridian Credit Union", "ex_friends", "", "negative", "paraphrase",
  "2025-08-26T12:00", [
    ("c", "Closing my account after 14 years. It's not one thing, you've just stopped being the credit union I joined: branch gone, phone line gone, now it's a chatbot. How do I transfer my ISA out?"),
    ("a", "I'm sorry to hear this. Your new provider can request the ISA transfer directly, it takes up to 15 working days. -LT"),
])


# ---------------------------------------------------------------- checks and output
def main():
    plan = draw_plan()
    ids = [x[0] for x in H]
    assert len(ids) == len(set(ids)), "duplicate ids"
    rows, labels = [], []
    brands = set()
    for cid, brand, typ, second, valence, trap, start, msgs in H:
        assert plan[cid] == typ, (cid, plan[cid], typ)
        assert typ in TYPES or typ == "undetermined", cid
        assert second == "" or (second in TYPES and second != typ), cid
        assert valence in VALENCES, cid
        assert 1 <= len(msgs) <= 8, cid
        assert msgs[0][0] == "c", cid
        assert any(m[0] == "c" for m in msgs), cid
        brands.add(brand)
        rng = random.Random(cid)
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
        last = None
        for i, m in enumerate(msgs):
            role, text = m[0], m[1]
            assert role in ("c", "a"), cid
            assert text.strip(), cid
            if i > 0:
                gap = m[2] if len(m) > 2 else rng.randint(3, 55)
                t = t + timedelta(minutes=gap)
            assert last is None or t > last, cid
            last = t
            rows.append({"customer_id": cid, "brand": brand,
                         "role": "customer" if role == "c" else "agent",
                         "timestamp": t.strftime("%Y-%m-%dT%H:%M:00Z"), "text": text})
        labels.append({"customer_id": cid, "type": typ, "second": second,
                       "valence": valence, "trap": trap})
    missing = sorted(set(plan) - set(ids))
    with open(os.path.join(OUT, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer_id", "brand", "role", "timestamp", "text"])
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer_id", "type", "second", "valence", "trap"])
        w.writeheader()
        w.writerows(sorted(labels, key=lambda r: r["customer_id"]))
    c = Counter(row["type"] for row in labels)
    print("customers:", len(labels), "messages:", len(rows),
          "customer messages:", sum(r["role"] == "customer" for r in rows), "brands:", len(brands))
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (k, v))
    if missing:
        print("not yet written:", len(missing), "ids")
    else:
        assert len(labels) == 80
        assert 20 <= c["undetermined"] <= 28
        for t in TYPES:
            assert c[t] >= (3 if t in MORE else 2), t
        print("all 80 written; checks passed")


if __name__ == "__main__":
    main()
