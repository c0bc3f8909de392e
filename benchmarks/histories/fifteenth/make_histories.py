#!/usr/bin/env python3
"""Invented development histories q001..q080 for relradar (hist15, measuring only).

Genre: support e-mail threads (agent replies, sign-offs, signatures, quoted earlier replies),
live-chat transcripts, customers writing several product/app reviews over months, and posts
in brands' community forums. All texts, names, brands, addresses and numbers are invented.
Each history is written under its intended label; ids are assigned by a seeded shuffle of
the type mix so that ids carry no order.
"""
import csv
import datetime as dt
import os
import random
import re
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "m"

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
         "retweet", "quoted_tweet"}

# the mix asked for (26 undetermined, 9 emphasised types 3-4, the other 12 types 2 each)
# sums to 81, so undetermined is 25 (31%).
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


def Q(when, who, body, us=False):
    """An earlier e-mail quoted under an 'On <weekday>, <date>, <who> wrote:' header."""
    d = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if us:
        head = (f"On {WEEKDAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year} "
                f"at {d.strftime('%I:%M %p').lstrip('0')}, {who} wrote:")
    else:
        head = f"On {WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}, {who} wrote:"
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))


# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;agent_cues;signature", "Skyvale Airways", [
    ("c", "2025-02-03 09:12", "Hello,\n\nWe're flying Heathrow to Faro on SV 412 on 22 March with our 6-month-old. Is the pushchair extra on top of the 23kg bag, and can we keep it until the gate?\n\nMany thanks,\nRuth Okafor\n\nSent from my iPhone"),
    ("a", "2025-02-03 15:40", "Dear Ruth,\n\nThank you for contacting Skyvale Airways, and congratulations on the new arrival! As a valued member of the Skyvale family, your loyalty means a great deal to us. One pushchair and one car seat travel free of charge in addition to your checked allowance, and you can keep the pushchair right up to the aircraft door.\n\nWe look forward to welcoming you on board, today and always.\n\nKind regards,\nTomasz\nSkyvale Customer Care"),
    ("c", "2025-02-03 16:02", "Perfect, thank you Tomasz.\n\nRuth"),
])

h("undetermined", "", "negative", "symptom;agent_cues;single_incident", "Fibrelink", [
    ("c", "2025-01-20 19:05", "hi my broadband drops out every evening around 8, the light goes orange then comes back after like 5 min. happens every single night this week"),
    ("a", "2025-01-20 19:06", "Hi there, you're chatting with Aimee 😊 Thanks for being part of the Fibrelink community! So sorry to hear about the drop-outs. Can you confirm the postcode on the account?"),
    ("c", "2025-01-20 19:08", "LS6 2QT"),
    ("a", "2025-01-20 19:11", "Thanks! I can see a line fault flagged in your area; our engineers are on it and it should be resolved by Wednesday. I've added a £5 credit as a goodwill gesture."),
    ("c", "2025-01-20 19:12", "ok fine. bit annoying as I work from home but thanks"),
])

h("undetermined", "", "mixed", "mixed_aspects;occasion;product_attribute;agent_cues", "The Calloway Inn", [
    ("c", "2025-04-14 21:30", "Stayed two nights in the Honeymoon Loft for my cousin's wedding. The room itself is gorgeous – huge bath, proper coffee machine, loved it. Breakfast though was honestly grim: lukewarm eggs, one toaster for 40 people, and we queued 25 min on the Sunday. Reception staff lovely, restaurant staff looked like they'd rather be anywhere else."),
    ("a", "2025-04-16 10:05", "Dear Guest, thank you so much for choosing the Calloway Inn for such a special family occasion! We're delighted you loved the Honeymoon Loft. We have shared your breakfast comments with our team. We hope to welcome you back into the Calloway family very soon. Warm regards, Jenna Marsh, General Manager"),
])

h("undetermined", "", "neutral", "bug_report;symptom;agent_cues;emoji", "Emberfall (Lanternworks)", [
    ("c", "2025-03-04 22:14", "Title: Crash on opening inventory after 2.4 patch\n\nPlatform: PC, Win 11, RTX 3060\nSince the patch the game crashes every time I open the inventory with more than ~200 items. Always the same error, EF_ASSET_0x3F. Verified files, reinstalled, same thing. Anyone else?"),
    ("a", "2025-03-05 09:30", "Thanks for the detailed report! We love how our community always helps each other out 💜 This is a known issue and a hotfix is planned for Thursday. — Kiri, Community Team"),
    ("c", "2025-03-05 12:41", "cool, thanks Kiri. will report back after the hotfix"),
    ("c", "2025-03-07 20:02", "hotfix sorted it for me 👍"),
])

h("undetermined", "", "neutral", "third_party;routine_question;signature;agent_cues", "Kestrel Bank", [
    ("c", "2025-06-02 11:20", "Dear Sir or Madam,\n\nMy mother, Mrs Eileen Partridge, has banked with you for over forty years and is now in a care home. I hold a lasting power of attorney for her finances. Could you tell me what documents you need to register it, and whether I can do this at the Dunmore branch?\n\nYours faithfully,\nGraham Partridge"),
    ("a", "2025-06-03 09:45", "Dear Mr Partridge,\n\nThank you for getting in touch. Long-standing customers like your mother are the heart of Kestrel, and we're here to help. Please bring the original LPA (or a certified copy) and photo ID for yourself to any branch, including Dunmore; registration usually takes 10 working days.\n\nYours sincerely,\nBereavement & Power of Attorney Team\nKestrel Bank plc"),
    ("c", "2025-06-03 10:02", "Thank you, that's very clear.\n\nG. Partridge"),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;typos", "Munchr", [
    ("c", "2025-02-21 20:47", "my order from Wok This Way is 50 minutes late and just arrived COLD and the spring rolls are missing. absolutely the WORST"),
    ("a", "2025-02-21 20:49", "Hi, I'm Raj from Munchr support. I'm really sorry about this! I've refunded the spring rolls (£4.50) and added a £5 voucher to your account."),
    ("c", "2025-02-21 20:50", "the whole thing should be refunded honestly its inedible"),
    ("a", "2025-02-21 20:53", "I understand. I've refunded the full order of £23.80, which should appear in 3-5 working days."),
    ("c", "2025-02-21 20:54", "ok. thanks"),
])

h("undetermined", "", "positive", "single_thanks;quoted_reply;agent_cues;signature", "Mapleguard Insurance", [
    ("c", "2025-03-05 08:15", "Hello,\n\nA stone cracked my windscreen on the M6 yesterday. What do I need to do to claim?\n\nMarcus Lindqvist\nPolicy MG-4471-0932"),
    ("a", "2025-03-06 14:02", "Dear Mr Lindqvist,\n\nThank you for your loyalty to Mapleguard. I have approved your windscreen claim (ref WC-88120) with no excess to pay, and our glass partner will call you to book a slot.\n\nKind regards,\nDana Whitfield\nMapleguard Claims"),
    ("c", "2025-03-10 10:20", "Hi Dana,\n\nJust wanted to say thank you for sorting the windscreen so quickly – the glass people came out on Saturday and it's all done. Really appreciated how easy you made it.\n\nBest,\nMarcus\n\n" + Q("2025-03-06 14:02", "Dana Whitfield, Mapleguard Claims", "Dear Mr Lindqvist,\n\nThank you for your loyalty to Mapleguard. I have approved your windscreen claim (ref WC-88120) with no excess to pay, and our glass partner will call you to book a slot.\n\nKind regards,\nDana Whitfield")),
])

h("undetermined", "", "negative", "employee;symptom;agent_cues", "Parcelwing", [
    ("c", "2025-05-12 21:10", "Title: Scanner app keeps logging me out mid-route\n\nBeen driving for Parcelwing out of the Coventry depot about eight months now. Since last week's update the handheld logs me out every 30-40 drops and I lose the photo proof on the one I'm doing. Depot manager says raise it here. Lost 45 min yesterday. Any driver found a fix?"),
    ("a", "2025-05-13 08:20", "Hi Dev, thanks for flagging this. Couriers like you are the backbone of the Parcelwing family! IT are aware of the logout issue on v7.2; please update to 7.2.1 tonight. — Sam, Driver Community Team"),
    ("c", "2025-05-14 18:55", "updated, still happened twice today. not great when we're paid per drop"),
])

h("undetermined", "", "mixed", "bug_report;symptom", "Streamora", [
    ("c", "2025-01-08 22:30", "★★☆☆☆ App freezes every time I skip the intro on the TV app (Samsung 2021 model). Have to force close it and start again. Please fix."),
    ("a", "2025-01-09 10:12", "Hi! Thanks for the feedback. Our team is working on a fix for 2021 Samsung models. — Streamora Support"),
    ("c", "2025-02-20 21:05", "Update: ★★★★☆ the February update fixed the freezing. Still wish search wasn't so slow but it's fine now."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues;emoji;typos", "Vantacell", [
    ("c", "2025-07-01 13:02", "Hi, going to Spain for 10 days next month, do I need to add anything to my plan to use data there?"),
    ("a", "2025-07-01 13:03", "Hi! Thanks for being a loyal Vantacell customer ❤️ Your Flex 30 plan includes EU roaming up to 15GB, so you're all set. Want me to add the Roam More bolt-on just in case?"),
    ("c", "2025-07-01 13:05", "no thats fine, 15 is plenty. cheers"),
])

h("undetermined", "", "neutral", "routine_question;signature", "Brightwater Energy", [
    ("c", "2025-04-01 07:48", "Hi,\n\nMeter readings for account BW-220931 as of today: electric 48213, gas 10922.4. The app wouldn't accept the gas one (says the format is wrong?) so sending here.\n\nThanks,\nPriya\n--\nPriya Raman | Flat 3, 18 Cowley Road | priya.raman@example.com"),
    ("a", "2025-04-01 12:30", "Hi Priya, thanks for sending these in. I've entered both readings. The app error happens when a decimal point is included; just leave it off next time. Best wishes, Owen, Brightwater Energy"),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;emoji", "Glowhaus", [
    ("c", "2025-02-17 19:22", "Is the Forever Young retinol serum actually vegan? The box says cruelty-free but the ingredients list has squalane and I read that can come from shark liver 😬"),
    ("a", "2025-02-18 09:10", "Hi Mel! Great question. The squalane in Forever Young is olive-derived and the whole formula is certified vegan ✨ — Bex, Glowhaus Community"),
    ("c", "2025-02-18 09:31", "amazing thank you, that's all I needed to know"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Zentro Electronics", [
    ("c", "2025-08-11 17:40", "honestly I would kill for a charger that doesn't die after 3 weeks. The USB-C brick that came with my Zentro Tab S went dead yesterday. Order number ZE-7761023."),
    ("a", "2025-08-11 17:42", "Hi, I'm Lena from Zentro. Sorry about that! Your tablet is under warranty so I can send a replacement charger free of charge. Can you confirm your address?"),
    ("c", "2025-08-11 17:43", "12 Baker's Row, Stroud GL5 3AB"),
    ("a", "2025-08-11 17:45", "Done, it'll arrive Thursday."),
    ("c", "2025-08-11 17:45", "ta"),
])

h("undetermined", "", "neutral", "for_work_occasion;occasion;routine_question;signature;agent_cues", "Harbourline Hotels", [
    ("c", "2025-05-15 09:05", "Hello,\n\nI stayed at Harbourline Porto 11-13 May for work (the Iberian Logistics conference). Could you reissue the invoice with our company name, Tessaly Freight Ltd, and VAT number GB 294 1188 30? Our finance team won't accept it otherwise.\n\nRegards,\nAnil Mehta\nProcurement Lead, Tessaly Freight Ltd\n+44 20 7946 0321"),
    ("a", "2025-05-15 15:20", "Dear Mr Mehta,\n\nThank you for staying with us – we hope Harbourline will be your home away from home on every business trip! Please find the revised invoice attached.\n\nKind regards,\nFront Office, Harbourline Porto"),
])

h("undetermined", "", "positive", "product_attribute;strong_words;caps;emoji;occasion;other_type_cue", "Loomwell", [
    ("c", "2025-06-09 20:15", "★★★★★ OBSESSED with the Devotion wrap dress 😍😍 fits like a dream, wore it to my best friend's engagement party and got so many compliments!!!"),
])

h("undetermined", "", "neutral", "single_incident;agent_cues;routine_question", "Orbis Card", [
    ("c", "2025-06-04 10:10", "There's a charge on my card for £89.99 from 'DIGISTORE*PLX' on 2 June that I don't recognise. I haven't lost the card."),
    ("a", "2025-06-04 10:12", "Hi, this is Marco at Orbis. We really appreciate your loyalty as a cardmember. I've blocked the card and raised a dispute (ref D-55120). A new card will arrive within 5 working days."),
    ("c", "2025-06-04 10:13", "Thanks. Will I get the money back before my statement date?"),
    ("a", "2025-06-04 10:15", "Yes, a temporary credit will show within 48 hours."),
    ("c", "2025-06-04 10:15", "ok, thank you"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Pixel Dune", [
    ("c", "2025-01-03 18:30", "My son (11) has spent £43 on Dune Crystals on my tablet without asking. How do I turn off in-app purchases and is there any chance of a refund? I don't play it myself, I just want to lock it down."),
    ("a", "2025-01-04 10:00", "Hi there, sorry to hear that! Purchases go through the app store, so the refund request needs to be made there. You can also set a purchase PIN under Settings > Family in the game. — Pixel Dune Support"),
    ("c", "2025-01-05 09:12", "thanks, found it. app store refunded it."),
])

h("undetermined", "", "neutral", "news_share;routine_question;signature", "Aquanta Water", [
    ("c", "2025-02-04 14:30", "Hi,\n\nA friend sent me this: \"Aquanta Water to raise bills 8.4% from April, regulator confirms\" (Midland Gazette, 3 Feb). Does that apply to metered customers like me too, and when will I hear my new direct debit amount?\n\nThanks\nJoan Whitby\nCustomer no. 5520 1184"),
    ("a", "2025-02-05 11:15", "Dear Mrs Whitby, thank you for your email. Yes, the new charges apply to metered and unmetered customers. Your revised direct debit will be confirmed by letter in March. Kind regards, Aquanta Customer Services"),
])

h("undetermined", "", "positive", "short_signal;emoji;single_thanks", "Greenbasket", [
    ("c", "2025-03-13 19:40", "Delivery turned up in the slot, substitutions were sensible (oat milk for oat milk, just a different brand), driver helped carry it up to the 3rd floor. 👍"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;other_type_cue", "Norhaven Air", [
    ("c", "2025-10-17 05:41", "so my 07:10 to Bergen has been cancelled at 05:30 while I'm already at the airport. great. love that for me."),
    ("a", "2025-10-17 05:44", "Hi, I'm really sorry about this. I can rebook you on the 13:45 today or tomorrow's 07:10."),
    ("c", "2025-10-17 05:46", "13:45 then I guess. do I get a meal voucher or is that too much to ask"),
    ("a", "2025-10-17 05:49", "Yes, I've added a NOK 200 voucher to your booking; show the code at any café airside."),
    ("c", "2025-10-17 05:50", "fine."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues;signature", "Veltra Motors", [
    ("c", "2025-02-26 12:00", "Hello,\n\nI picked up my Veltra Aster Hybrid last March. The dashboard says service due in 600 miles but the booklet says every 2 years. Which one is right? And does it have to be done at the dealer to keep the warranty?\n\nThanks,\nBen Hollis\nReg: KX24 TVP"),
    ("a", "2025-02-27 09:30", "Dear Mr Hollis,\n\nThank you for choosing Veltra, and welcome to the Veltra family! The service is due at whichever comes first, miles or time. Any VAT-registered garage using genuine parts will keep your warranty valid.\n\nBest regards,\nVeltra Customer Relations"),
])

h("undetermined", "", "neutral", "routine_question;short_signal", "IronPeak Gym", [
    ("c", "2025-02-24 07:15", "Anyone know if the Tuesday 6:30 spin class is moving when the new studio opens? The app still shows the old timetable."),
    ("a", "2025-02-24 12:02", "Hi Jo! From 3 March spin moves to Studio 2 at 6:45. The timetable in the app updates on Friday. — Marcus, IronPeak Team"),
])

h("undetermined", "", "negative", "single_incident", "Petalique", [
    ("c", "2025-09-22 16:20", "Hi, I used the Rose Renewal night cream for 3 nights and my cheeks have gone red and itchy. I've stopped using it. Can I return an opened jar?"),
    ("a", "2025-09-22 16:23", "I'm so sorry to hear that. Yes, you can return it within 60 days even if opened; I've emailed you a returns label. If the redness doesn't settle, please speak to a pharmacist."),
    ("c", "2025-09-22 16:25", "Thanks, will do. Bit gutted as I'd saved up for it."),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Kestle & Rowe", [
    ("c", "2025-01-06 11:11", "Hi, my aunt gave me one of your wool coats for my birthday but it's a size too small. I don't have a receipt, she bought it online. Can I exchange it for a 14?"),
    ("a", "2025-01-06 11:14", "Hi Sophie, happy birthday! Yes, gift exchanges are fine within 60 days with the order number – could you ask your aunt for it? It'll be in her confirmation email."),
    ("c", "2025-01-06 11:15", "ok I'll ask her, thanks"),
])

h("undetermined", "colleagues", "neutral", "bug_report;signature;agent_cues", "Shiftboard", [
    ("c", "2025-03-03 08:40", "Subject: CSV export of timesheets broken\n\nHi,\n\nExporting February's timesheets to CSV gives an empty file (headers only). PDF export works. Tried Chrome and Firefox. Account: Hollow Oak Bakery.\n\nCheers,\nTom Ferris\nOwner, Hollow Oak Bakery\nhollowoak.example.com"),
    ("a", "2025-03-03 13:25", "Hi Tom,\n\nThanks for the clear report – we really value partners like you. A fix for the CSV export went out at 13:00; could you try again?\n\nBest,\nNiamh, Shiftboard Support"),
    ("c", "2025-03-03 13:40", "Works now, thanks."),
])

# ================================================================ adversaries (4)

_fl = ("Dear Helen,\n\nThank you for your patience and for being such a loyal member of the Fibrelink "
       "community. I can confirm the £12 credit has now been requested and will appear on your next bill.\n\n"
       "Warm regards,\nJordan\nFibrelink Customer Relations")
h("adversaries", "", "negative", "paraphrase;quoted_reply;agent_cues;signature;sarcasm", "Fibrelink", [
    ("c", "2025-02-11 09:30", "Hello,\n\nThis is now the third time since Christmas I'm writing about the same thing. The outage on 14-16 January was acknowledged by your own status page, I was promised a £12 credit on the phone on 20 January, and it is still not on my bill. Same as the October credit that I had to chase twice.\n\nAccount FL-00382716.\n\nRegards,\nHelen Achterberg"),
    ("a", "2025-02-12 14:05", _fl),
    ("c", "2025-03-14 08:50", "Jordan,\n\nIt is not on the March bill either. I'm honestly not even surprised any more; I have a folder in my inbox just for you lot. Could someone actually apply it this time?\n\nHelen\n\n" + Q("2025-02-12 14:05", "Fibrelink Customer Relations", _fl)),
    ("a", "2025-03-14 16:20", "Dear Helen,\n\nPlease accept our apologies. I have applied the £12 credit today, plus £10 for the inconvenience.\n\nWarm regards,\nJordan"),
    ("c", "2025-03-15 09:02", "Thanks. Speak to you next quarter, no doubt."),
])

h("adversaries", "", "negative", "sarcasm;other_type_cue;paraphrase", "Kestrel Bank", [
    ("c", "2025-06-04 12:30", "Right, here we go. £25 unarranged overdraft fee on 3 June. My salary went in at 9am and the direct debit went out at 6am. Exactly like April. And February."),
    ("a", "2025-06-04 12:31", "Hi, you're chatting with Priti. I'm sorry for the frustration! Let me take a look."),
    ("c", "2025-06-04 12:33", "I love how I have to open this chat every other month and type the same paragraph. Can you just refund it like the last two times"),
    ("a", "2025-06-04 12:37", "I've refunded the £25 as a one-off goodwill gesture. Would you like me to move your direct debit date to the 2nd?"),
    ("c", "2025-06-04 12:38", "it's not a one-off, it's a routine, that's my point. but yes move it. talk to you in August probably"),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;competitor;sarcasm", "SwiftDrop", [
    ("c", "2025-01-09 18:20", "Title: Another 'lost in network' – Coventry hub\n\nI drop my Vinted sales at the SwiftDrop locker on Foleshill Rd because it's 2 min from my flat and 40p cheaper than the post office. The catch is that roughly one in five vanishes into the Coventry hub for a week. SD55810233 has said 'in transit' since 28 Dec. Claim submitted (my 4th since the summer). Can someone actually look at it?"),
    ("a", "2025-01-10 09:05", "Hi Nadia, sorry about this. I've escalated SD55810233 to the hub team. — Chris, SwiftDrop Community"),
    ("c", "2025-01-16 19:44", "Turned up at the buyer's today, 19 days later. Ticket closed. Until the next one."),
    ("c", "2025-03-02 10:15", "And we're off again: SD58120449, same hub, same 'in transit'. Claim #5. I keep a spreadsheet for my sales and there's now a tab just for you, congratulations."),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;tenure_for_complaint;loyal_grievance;sarcasm", "Mapleguard Insurance", [
    ("c", "2023-12-02 20:10", "★★☆☆☆ Renewal quote came in £140 higher with no claims. Rang, 50 minutes on hold, got it knocked back to last year's price. Why does it have to be a fight every single year?"),
    ("c", "2024-12-05 21:00", "★★☆☆☆ Update, year two of the ritual: renewal up £165, hold music for 38 minutes, the 'retention team' brings it down to £10 more than last year. I now put this in the calendar every November like the dentist."),
    ("a", "2024-12-06 09:40", "Hi Kevin, thanks for taking the time to leave a review. We value loyal customers like you and are always looking for ways to reward your loyalty. Please get in touch via the app if we can help further. — Mapleguard Customer Team"),
    ("c", "2025-11-28 19:30", "★☆☆☆☆ Year three. Same dance. They 'reward loyalty' the way a cat rewards a mouse. Haggled it down again, of course, and I'll be back here next November to tell you how it went."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;emoji", "Munchr", [
    ("c", "2025-02-10 21:40", "★☆☆☆☆ Charged me a 'service fee' on top of a 'delivery fee' on top of a 'small order fee'. Then the driver marked it delivered and, presumably, ate it. The support bot went round in circles."),
    ("c", "2025-02-11 08:15", "Edit: deleted the app and the account. If you're reading this before downloading: don't. Order from the restaurant directly, they keep more of the money and you don't get robbed 🙃 Told the whole group chat as well."),
    ("a", "2025-02-11 11:00", "Hi, we're sorry to hear about your experience. Please contact us through the Help section so we can look into this."),
])

h("enemies", "adversaries", "negative", "paraphrase;agent_cues;signature", "Orbis Card", [
    ("c", "2025-04-22 18:05", "To whom it may concern,\n\nYou charged me £36 interest on a balance I paid in full, on time, through your own app. Three phone calls, three different stories. This company runs on people not checking their statements, and I check mine.\n\nI have filed with the Financial Ombudsman, cut the card in half, and I will be telling anyone who listens at work to keep well clear of Orbis. Please do not send me a 'we value you' letter.\n\nL. Brennan"),
    ("a", "2025-04-24 10:30", "Dear Ms Brennan,\n\nThank you for contacting Orbis. We value every cardmember and your loyalty is very important to us. I have refunded the £36 interest and apologise for the confusion.\n\nKind regards,\nCustomer Resolutions, Orbis Card"),
    ("c", "2025-04-24 12:12", "Exactly the letter I asked you not to send. Close the account once the refund clears.\n\nL.B."),
])

h("enemies", "", "negative", "paraphrase;caps", "Pixel Dune", [
    ("c", "2025-05-06 23:02", "Title: Stop giving this studio money\n\nThe new Crystal Pass locks half the maps behind a £14.99 monthly subscription, which in 2023 we were told would 'never' happen. This is a company that sees its players as wallets with thumbs. I've uninstalled and I'm asking everyone here to do the same and leave a 1-star on the store. Hit them where it hurts."),
    ("a", "2025-05-07 08:45", "Hi all, we hear your feedback on the Crystal Pass and it has been shared with the team. We're locking this thread because it breaks rule 4 (calls to review-bomb). — Pixel Dune Moderation"),
    ("c", "2025-05-07 09:10", "Proves my point. Posted it on the subreddit instead. GOODBYE."),
])

h("enemies", "", "negative", "evolving;competitor;paraphrase", "Norhaven Air", [
    ("c", "2025-12-02 22:10", "my bag didn't arrive in Tromsø, flight NH 388, tag NH 220871"),
    ("a", "2025-12-02 22:14", "Hi, I'm so sorry. I've opened a file; the bag is in Oslo and will come up on tonight's last flight."),
    ("c", "2025-12-03 19:30", "no bag. no call. nobody at the desk. I'm in the arctic in the clothes I flew in"),
    ("a", "2025-12-03 19:36", "I apologise. It's now booked on a courier for tomorrow morning."),
    ("c", "2025-12-04 16:50", "bag delivered to the wrong hotel. ok, I'm done. I'll pay double on Skyvale before I sit on one of your planes again, and I've told my sister's whole wedding party to rebook. you are a shambles of an airline"),
])

# ================================================================ ex_friends (4)

_lw = ("Hi Claire,\n\nThank you so much for your loyalty over the years – customers like you are truly part of the "
       "Loomwell family. I've refunded the shirt and added a 15% code, LOYAL15, for your next order.\n\nWarmly,\n"
       "Rosa, Loomwell Customer Care")
h("ex_friends", "", "negative", "paraphrase;agent_cues;quoted_reply;product_attribute", "Loomwell", [
    ("c", "2025-05-06 19:30", "Hi,\n\nI've bought my work clothes from Loomwell since my first job in 2014 – blazers, trousers, the lot – and I used to send everyone at the office your way. The last three orders have been a different story: a blazer that pilled within a week, trousers with the hem coming down, and now a shirt whose buttons fell off in the first wash.\n\nI know it's only clothes, but it genuinely feels like losing something. What happened?\n\nClaire Beaumont"),
    ("a", "2025-05-07 11:20", _lw),
    ("c", "2025-05-09 08:05", "Thanks for the refund. I won't be using the code though. I think we've come to the end of the road, which is sad, but I'm not paying £90 for a blazer that looks like a supermarket one after a month.\n\nClaire\n\n" + Q("2025-05-07 11:20", "Loomwell Customer Care", _lw, us=True)),
])

h("ex_friends", "", "negative", "evolving;paraphrase;negation", "Streamora", [
    ("c", "2022-03-04 21:15", "★★★★★ Honestly the best £6.99 I spend each month. The originals are brilliant and the app just works."),
    ("c", "2024-01-15 22:40", "Update ★★★☆☆ Price is now £10.99 and they've put ads into the plan I was already paying for. Still watch most nights but not thrilled."),
    ("c", "2025-04-02 20:05", "Update ★☆☆☆☆ Cancelled after six years. Half the shows I came for have gone, the price has nearly doubled and there's a sharing fee on top. It was a good run. It isn't that service anymore and I don't miss it."),
    ("a", "2025-04-03 09:00", "We're sorry to see you go! You're always welcome back – your watchlist will be saved for 10 months. — Streamora Support"),
])

h("ex_friends", "", "negative", "loyal_grievance;agent_cues;negation;paraphrase", "Vantacell", [
    ("c", "2025-03-18 17:02", "Hi I need my PAC code please. Account in the name of Dafydd Rees."),
    ("a", "2025-03-18 17:03", "Hi Dafydd, sorry to hear you're thinking of leaving! Can I ask why?"),
    ("c", "2025-03-18 17:07", "I've been with you since 2009, back when you were the cheeky little network with the yellow shops and the staff knew your name. I defended you through every outage. Since the takeover it's call centres, a price rise every April and 'loyalty' offers worse than what new customers get. I wouldn't recommend you to anyone now and that genuinely pains me."),
    ("a", "2025-03-18 17:09", "I completely understand. As a valued loyal customer, I can offer you 20GB for £12 a month."),
    ("c", "2025-03-18 17:10", "that's the new-customer deal from 2022. just the PAC please."),
    ("a", "2025-03-18 17:12", "Of course. Your PAC is VTC 448 291, valid for 30 days."),
])

h("ex_friends", "teammates", "negative", "other_type_cue;negation;paraphrase;agent_cues", "Emberfall (Lanternworks)", [
    ("c", "2025-06-20 21:00", "Title: Leaving after 7 years – some thoughts\n\nI've been here since the closed beta in 2018. I ran a guild, I wrote half the crafting guides on the old wiki, I bought every expansion on day one. This community got me through a rough couple of years.\n\nBut the last year has been rough in a different way: the crafting rework gutted everything we built, the devs stopped posting patch notes, and the store gets more attention than the game. I'm not angry any more, just done. Handed the guild to Vex. Look after each other."),
    ("a", "2025-06-21 10:15", "Thank you for everything you've given our community over the years, Harrow. We'd love to hear more about what we could do better – my DMs are open. — Kiri, Community Team"),
    ("c", "2025-06-21 11:02", "Appreciate it Kiri. It's not you. It's just not the game I fell for."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues;signature", "Harbourline Hotels", [
    ("c", "2025-01-12 10:30", "Dear Lucia,\n\nJust confirming our booking for 3-10 August – the usual, a sea-view double on a high floor if there is one. This will be our eleventh summer at Harbourline Cascais. My husband jokes that we should just sign a lease. Friends keep offering us villas and what-not, but honestly, why would we? The year we stop coming is the year we stop travelling.\n\nSee you in August!\nWarmest,\nPatricia & Joe Lindgren"),
    ("a", "2025-01-13 09:15", "Dear Mrs Lindgren,\n\nWhat a joy to hear from you! Welcome back to the Harbourline family. We have reserved room 612 for you, sea view, 6th floor.\n\nWith warm regards,\nLucia Ferreira\nGuest Relations, Harbourline Cascais"),
    ("c", "2025-01-13 11:40", "Room 612! You spoil us. Already counting the days. P."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;other_type_cue", "Glowhaus", [
    ("c", "2024-06-01 20:00", "★★★★★ Third Glowhaus product and I'm done experimenting. The cleanser, the vitamin C, and now this moisturiser. My skin has never looked like this ✨"),
    ("c", "2024-11-20 21:30", "★★★★★ Update: cleared out the bathroom cabinet and gave every other brand to my flatmate. It's Glowhaus or nothing now and I'm not even a little bit sorry 💚"),
    ("c", "2025-05-14 22:10", "★★★★★ A year on: still the whole routine, still obsessed with what it does for my skin. They'd have to discontinue the entire range to get rid of me."),
])

h("marriage_partners", "", "positive", "paraphrase;routine_question;agent_cues;emoji;competitor", "Kestrel Bank", [
    ("c", "2025-08-19 18:10", "Hi! Quick one: my partner and I want to open a joint account. I've been with Kestrel since I was 17 (current account, savings, credit card, and the mortgage is with you too). Every year someone tells me to switch for a £200 bonus somewhere and every year I don't – I genuinely like banking with you. Can she join my existing account or do we need a new one?"),
    ("a", "2025-08-19 18:12", "Hi Amara, thank you for being such a loyal customer! You can add Jess to your existing account in the app under Profile > Add account holder. She'll need her own ID check."),
    ("c", "2025-08-19 18:15", "Perfect. Kestrel till I die, and now she's stuck with you too 😄"),
])

h("marriage_partners", "", "positive", "negation;competitor;emoji;paraphrase", "Veltra Motors", [
    ("c", "2025-04-27 16:00", "Title: Fourth Veltra, and yes, I looked around first\n\nBefore anyone says I'm blindly loyal: I'm not. I test drove the Rondel and a Kaizo when the Aster came up for replacement. Both fine. Neither felt like mine. Picked up my fourth Veltra yesterday (after the '08 Cirrus, the '14 Cirrus and the '19 Aster) and I already know the next one will be a Veltra too. Some people marry a football club, I apparently married a car maker 😂"),
    ("a", "2025-04-27 18:30", "Congrats on the new car, Steve! Post some pics when you can. — Veltra Owners Club team"),
    ("c", "2025-05-03 09:20", "Cheers. First 300 miles done, still grinning like an idiot every time I get in."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "agent_cues;signature;tenure_for_complaint", "Skyvale Airways", [
    ("c", "2025-09-14 20:05", "Dear Skyvale,\n\nI have held Gold Elite for nine consecutive years. On Friday I arrived for SV 118 to find my seat, 2A, given to someone else, and I was offered 4C as though that were an acceptable substitute. Nobody at the desk had read my profile. I should not have to request what I have requested on every flight since 2016; the entire point of the status is that I don't have to.\n\nI expect a call from someone senior, not a form letter.\n\nR. J. Castellane\nGold Elite 0041 8822"),
    ("a", "2025-09-15 11:00", "Dear Mr Castellane,\n\nThank you for your continued loyalty as one of our most valued Gold Elite members. We sincerely apologise for the seating issue and have added 5,000 Skymiles to your account as a gesture of goodwill.\n\nKind regards,\nSkyvale Customer Relations"),
    ("c", "2025-09-15 12:30", "Five thousand miles. I fly some eighty sectors a year with you. Have the Head of Premium Services ring me on 07700 900214 before Thursday.\n\nRJC"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues", "The Calloway Inn", [
    ("c", "2025-11-07 21:40", "Good evening. I'm in 304. I asked for the corner suite, I asked for it in writing, and I ask every time I stay. I have been put in a standard king facing the car park. I'm not going to ask twice."),
    ("a", "2025-11-07 21:42", "Good evening Ms Harrow, I'm so sorry. Let me check availability for you."),
    ("a", "2025-11-07 21:47", "The corner suite is occupied tonight, but I can move you tomorrow morning, and we've sent up a bottle of prosecco with our compliments – we treasure our regular guests."),
    ("c", "2025-11-07 21:50", "I don't want prosecco, I want the room I've told you I want. A hotel that charges what you charge shouldn't need reminding who its regulars are. Tomorrow at 10, and I'd like the manager to bring the key up himself."),
])

_zn = ("Dear Mr Oyelaran,\n\nThank you for being a valued Premier Circle member. We have noted your instructions "
       "and the installation team will call 30 minutes before arrival.\n\nBest regards,\nZentro Premier Desk")
h("master_slave", "", "negative", "agent_cues;quoted_reply;competitor;signature", "Zentro Electronics", [
    ("c", "2025-09-02 08:30", "Hi,\n\nMy new Zentro Vista 65\" is due Thursday. As a Premier Circle member I expect the installers to phone 30 minutes ahead, take their shoes off, mount it on the bracket that is already on the wall, and leave. I don't want questions about cable routing; that's done. I've spent north of £12,000 with Zentro in two years, so I'd rather not have to spell this out.\n\nD. Oyelaran"),
    ("a", "2025-09-02 15:10", _zn),
    ("c", "2025-09-05 18:45", "Nobody called ahead. The installer asked me where I wanted it. I had told you. This is the second email like this I've had to write. If Premier Circle means nothing, say so and I'll take my money to Brightfield Electrical.\n\nD.O.\n\n" + Q("2025-09-02 15:10", "Zentro Premier Desk", _zn)),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "negation;other_type_cue;competitor;paraphrase", "FreshFare", [
    ("c", "2023-08-10 14:20", "★★★★☆ It's a supermarket. Own-brand pasta, tins and loo roll at about half what Halden's charge, and the shelves are actually stocked. That's all I want from a supermarket and it's why the weekly shop is here."),
    ("c", "2025-01-22 13:05", "★★★★☆ Still doing the weekly shop here, still not in love with the place – the car park is a nightmare – but it's cheap, it's reliable and I'm in and out in 25 minutes. Job done."),
])

h("basic_exchange", "", "neutral", "agent_cues;competitor;paraphrase", "Brightwater Energy", [
    ("c", "2025-12-01 12:10", "Hi. I switched to you in January because you were £180 a year cheaper than my old supplier on the comparison site. The fix ends next month. What's the new fixed price? If you're still the cheapest I'll stay, if not I'll move, nothing personal."),
    ("a", "2025-12-01 12:12", "Hi Sean, thanks so much for being part of the Brightwater family! Your best renewal is Fix 12 at 24.1p/kWh with no exit fees."),
    ("c", "2025-12-01 12:20", "checked, that's still the cheapest. put me on it please."),
    ("a", "2025-12-01 12:22", "Done! You'll get confirmation by email."),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question;agent_cues;signature", "Parcelwing", [
    ("c", "2025-07-21 09:00", "Hi,\n\nI send all my eBay sales and returns with you – £2.49 for a small parcel, drop-off at the corner shop at the end of my road, and they get there. I don't need anything else from a courier.\n\nOne question: can I print labels for several parcels at once? Doing them one by one takes ages on a Monday.\n\nThanks,\nYusuf Adeyemi"),
    ("a", "2025-07-21 14:30", "Hi Yusuf,\n\nYes – choose 'Send several' on the website and upload up to 20 addresses at once. We really appreciate your loyalty!\n\nParcelwing Help"),
    ("c", "2025-07-21 15:02", "Brilliant, that'll save me an hour. Cheers."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase", "Pulse Fitness", [
    ("c", "2025-03-29 18:00", "Title: Bridge Street closing – a bit of nostalgia\n\nJoined Pulse in 2004 when Bridge Street was one room above the carpet shop with six bikes and a radio that only got one station. Remember the orange lockers that never locked? Gary taking spin in his rugby shorts? I've met half my friends in that room. The new place on the retail park is shinier and I'll be there Monday, but it won't smell of old rubber and Deep Heat. Anyone else got Bridge Street memories?"),
    ("a", "2025-03-30 10:10", "Love this, Mandy! We're holding a farewell session at Bridge Street on Saturday at 9 – come and bring your stories. — Pulse Community"),
    ("c", "2025-03-30 11:25", "I'll be there with tissues."),
])

h("old_friends", "", "positive", "paraphrase;routine_question;signature;negation", "Greenbasket", [
    ("c", "2025-10-08 15:45", "Hello,\n\nNot a complaint, just a question and a bit of a ramble. I've done my shopping at the Harlow Road Greenbasket since I was a student in 1996 – Maureen on the fish counter used to save me the cheap off-cuts. Walking in there still feels like walking into a friend's kitchen. My question: is the bakery counter really going? A neighbour says it's being replaced by self-checkouts.\n\nBest wishes,\nDavid Ng"),
    ("a", "2025-10-09 10:20", "Dear David, what a lovely message. The bakery counter is moving to the front of the store, not closing – the self-checkouts are going where the magazines were. Kind regards, Harlow Road Customer Services"),
    ("c", "2025-10-09 12:00", "That's a relief! Thank you. Say hello to whoever's on fish these days.\n\nDavid"),
])

h("old_friends", "", "positive", "paraphrase;product_attribute", "Cinequay", [
    ("c", "2024-03-01 21:00", "★★★★★ I've been a Cinequay member since it was DVDs in little blue envelopes in 2007. Remember waiting by the letterbox on a Friday? The app is a different beast now but it still feels like my video shop. Rewatched the whole Harbour Lights box set this winter, like an old blanket."),
    ("c", "2025-01-10 22:15", "★★★★☆ Update: one star off because the new home screen is a mess, but it's still the first thing I open on a Friday night, same as it's been for eighteen years."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "routine_question;emoji;agent_cues", "Platterly", [
    ("c", "2025-04-18 19:30", "hiya, first ever order on Platterly, my friend sent me her referral code 🙂 does the tip go to the rider or to you?"),
    ("a", "2025-04-18 19:31", "Hi Chloe, welcome to the Platterly family! 100% of the tip goes to your rider."),
    ("c", "2025-04-18 19:32", "aw good. if the curry's as good as she says I'll be back"),
])

h("fleeting_acquaintance", "", "positive", "other_type_cue;paraphrase;short_signal", "Petalique", [
    ("c", "2025-05-20 13:00", "★★★★☆ Never heard of Petalique until a sample sachet fell out of a magazine on the train last month. Tried it, liked it more than I expected, ordered the full size. Early days – ask me again in three months."),
])

h("fleeting_acquaintance", "", "neutral", "agent_cues;routine_question;paraphrase", "IronPeak Gym", [
    ("c", "2025-01-10 07:30", "Hi,\n\nI'm on day 5 of the free trial week at IronPeak Hamsey Road. It's my first time in a gym since school, honestly, so I'm still working out whether it's for me. Could the trial be extended by a couple of days? I was off sick Tuesday and Wednesday.\n\nThanks,\nOla"),
    ("a", "2025-01-10 11:45", "Hi Ola,\n\nWelcome to the IronPeak family – we're so glad you've joined our community! I've extended your trial to Sunday.\n\nCheers,\nMarcus, IronPeak Hamsey Road"),
    ("c", "2025-01-10 12:10", "Thank you! I'll decide at the weekend."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;idiom", "Skyvale Airways", [
    ("c", "2024-07-10 23:30", "★★☆☆☆ Skyvale, you infuriate me. Three hours late out of Malaga, no information, gate changed twice. And yet the crew are the nicest in the sky and the seats actually recline. Already booked you again for October, because nobody else flies that route at a sane time and, honestly, because I like you when you're good."),
    ("c", "2024-10-30 22:00", "★★★☆☆ Update: October flights on time both ways!! Then you lost my bag on the way home. Why are you like this. See you at Christmas, obviously."),
    ("c", "2025-01-05 18:10", "★★★☆☆ Christmas: flawless. I think I have Stockholm syndrome."),
])

h("love_hate", "adversaries", "mixed", "other_type_cue;emoji;paraphrase;sarcasm", "Emberfall (Lanternworks)", [
    ("c", "2025-08-12 00:40", "Title: I've uninstalled this game four times this season\n\nand reinstalled it four times. The matchmaking is a joke, the new battle pass is daylight robbery, and the devs answer nothing. As usual. I still log in every night, because when it clicks nothing else comes close. I resent that. Fix matchmaking and I'll resent you a bit less 🙃"),
    ("a", "2025-08-12 10:00", "Thanks for the honest post! We've shared the matchmaking feedback with the team. — Kiri, Community Team"),
    ("c", "2025-08-12 10:22", "you said that last season kiri 😂 see you tonight anyway"),
])

h("love_hate", "", "mixed", "caps;paraphrase", "Kestle & Rowe", [
    ("c", "2025-10-02 20:10", "ok so the coat I ordered is AGAIN a completely different size to the last one in 'the same size'. this is my third coat from you, I love the cut, I love the wool, and every single time I end up in this chat wanting to throw my laptop"),
    ("a", "2025-10-02 20:12", "Oh no! I'm sorry, Hannah. I can arrange a free exchange – which size would you like?"),
    ("c", "2025-10-02 20:14", "a 12 please. and you know I'll buy the spring one too, which is the most annoying part"),
])

# ================================================================ business_partners (2)

h("business_partners", "colleagues", "positive", "paraphrase;emoji", "Ledgerly", [
    ("c", "2025-02-05 20:30", "Title: Three small ideas for recurring invoices (from a 4-year user)\n\nWe've done our joinery firm's invoicing through Ledgerly since 2021, so take this as coming from someone who wants it to get even better:\n1. Let us set payment terms per client on recurring invoices, not just per template.\n2. A 'skip this month' button instead of pausing and un-pausing.\n3. Show the date of the last reminder in the client list.\nHappy to jump on a call with the product people or try anything early."),
    ("a", "2025-02-06 09:40", "These are fantastic, Rhys – thank you! I've passed them to our product team and added you to the early-access list. — Anna, Ledgerly Community"),
    ("c", "2025-04-10 19:15", "Just saw 'skip this month' in the release notes 🙌 thanks for listening. Tried it on three clients, works. One tweak while I'm here: could it send the client a short note that the month was skipped?"),
])

h("business_partners", "", "positive", "paraphrase;agent_cues;signature", "Greenbasket", [
    ("c", "2025-06-16 09:10", "Hi team,\n\nAnother of my occasional notes on the app, since you were kind enough to act on the last one (the 'no substitutes for this item' tick box – thank you!).\n\nThis time: when an item is substituted, could the app show the price per kg of both, so I can see whether I'm being upsold? And could the slot screen remember my usual Thursday evening slot?\n\nI'd happily do a user interview if that helps.\n\nKind regards,\nMargaret Osei"),
    ("a", "2025-06-17 14:00", "Dear Margaret,\n\nThank you again for your brilliant suggestions – we value loyal customers like you enormously. I've shared both with our app team.\n\nBest wishes,\nGreenbasket Online"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "emoji;paraphrase;other_type_cue", "Kestle & Rowe", [
    ("c", "2025-03-01 09:30", "★★★★★ The spring drop landed at 9am and by 9:04 I had the sage trench, the cropped knit AND the wide trousers in my basket. First time buying K&R and I'm giddy 🌿🌿 this whole palette is so right now"),
    ("c", "2025-03-20 18:45", "★★★★★ Wore the full look to brunch, three people asked where it was from. Main character energy. Will I still be into sage in September? Who knows, who cares."),
])

h("fling", "", "positive", "caps;emoji;competitor;paraphrase", "Zentro Electronics", [
    ("c", "2025-07-25 12:10", "Title: Fold 5 day one – first impressions!!\n\nQueued outside the Zentro store in Leeds at 6am like a teenager and I regret NOTHING. The hinge is silky, the outer screen is finally usable, the new matte lilac is gorgeous. I had a Kaizo until last week and just wanted the shiny new thing 😅 Anyone else get theirs?"),
    ("a", "2025-07-25 13:00", "Congrats on being one of the first! 🎉 — Zentro Community"),
    ("c", "2025-08-02 21:00", "week 2 update: still playing with it like a new toy, showing everyone at work whether they want to see it or not"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature", "Kestrel Bank", [
    ("c", "2025-05-02 10:00", "Dear Kestrel,\n\nI wanted to write properly rather than fill in a survey. When my husband died in January I didn't know where to start with his accounts. Your people sat with me for over an hour, rang back when they said they would, and told me honestly which of his direct debits I could stop and which I couldn't. Since then I've rung about things that aren't really bank business at all, and nobody there has ever made me feel silly. I've told you things I haven't told my own children.\n\nThank you, truly.\nMargaret Hollins"),
    ("a", "2025-05-03 09:30", "Dear Mrs Hollins,\n\nThank you so much for taking the time to write. I have shared your letter with the whole team.\n\nWith kind regards,\nKaren Adjei\nBereavement Support, Kestrel Bank"),
    ("c", "2025-05-20 11:15", "P.S. I've moved my savings over from the building society too. It felt right to have everything with the people who were straight with me when it mattered.\n\nM.H."),
])

h("best_friends", "", "positive", "paraphrase;emoji", "Pulse Fitness", [
    ("c", "2025-09-09 21:05", "hi, it's Tasha (member at Millbrook). not a question really. just wanted someone there to know that when I stopped coming in the spring, after everything with my ex, it was Pulse that rang to check I was ok – not to sell me anything, just to ask. I've told the coaches stuff I haven't told my sister. so thanks for being in my corner. I'm back 4 days a week now 💪"),
    ("a", "2025-09-09 21:08", "Tasha, this has made our whole day ❤️ We're so glad you're back."),
    ("c", "2025-09-09 21:09", "ha you'll make me cry in the changing rooms. see you thursday"),
])

# ================================================================ buddies (2)

h("buddies", "basic_exchange", "positive", "competitor;emoji;paraphrase", "Platterly", [
    ("c", "2024-09-12 20:30", "★★★★☆ Platterly, Munchr and Feastr all live on my phone and I go with whoever has the best deal that night. Platterly wins about half the time – good rider tracking, fair fees."),
    ("c", "2025-02-08 21:00", "★★★★☆ Still in the rotation. Friday curry is usually Platterly, Sunday pizza usually isn't. No complaints, no wedding bells 😄"),
])

h("buddies", "casual_acquaintance", "positive", "agent_cues;emoji;paraphrase", "Cinequay", [
    ("c", "2025-10-03 19:00", "hi I'm back for the new season of Lowtide, can you reactivate my old account rather than me making a new one? I do this every year or so, a few months of you, a few months of the others, then back 😅"),
    ("a", "2025-10-03 19:02", "Welcome back, we've missed you! I've reactivated your account and your watchlist is still there. Would you like an annual plan so you never miss a thing?"),
    ("c", "2025-10-03 19:04", "ha no thanks, monthly is fine, I'll probably wander off again by spring. no offence"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji", "Tilecraft (Brightmoss)", [
    ("c", "2024-11-02 23:50", "★★★★★ Downloaded on Monday. It's now Saturday and my screen time report says 31 hours. Send help."),
    ("c", "2025-01-19 07:10", "★★★★★ Update: I set an alarm for the 6am daily puzzle. I play it before I've said a word to my partner. I tried deleting it for a week in January and lasted two days. It's a problem and I'm fine with that 😵‍💫"),
    ("c", "2025-04-11 22:30", "★★★★☆ -1 star because the new energy timer makes me wait 20 min between levels and I physically cannot cope. Still here obviously."),
])

h("dealer_addict", "", "neutral", "paraphrase;typos", "Munchr", [
    ("c", "2025-11-14 23:15", "hey so this is a weird one. can you put a limit on my account? like max 3 orders a week. I've ordered 19 times this month, I open the app before I've even decided im hungry. my bank app sent me a 'spending insight' about you lol"),
    ("a", "2025-11-14 23:17", "Hi! Thanks for reaching out. We don't offer order limits at the moment, but you can turn off promotional notifications under Settings > Notifications."),
    ("c", "2025-11-14 23:20", "turned them off. give it a day and ill be scrolling the kebab place again tbh"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Platterly", [
    ("c", "2025-02-25 13:40", "Hi,\n\nSlightly awkward request. Could you stop sending order confirmations to the shared family address (hendersons@example.com) and send them only to mine? My husband thinks I've stuck to the meal plan since January. The Tuesday lunchtime katsu is between me, you and the rider.\n\nThanks (discreetly),\nL."),
    ("a", "2025-02-25 15:00", "Hi! Your secret's safe with us 🤫 Confirmations will now go only to your personal address."),
    ("c", "2025-02-25 15:05", "You're a star. Tuesday it is."),
])

h("secret_affair", "", "positive", "paraphrase", "Loomwell", [
    ("c", "2025-01-28 22:40", "★★★★★ My partner and I agreed a no-new-clothes year. Loomwell's midnight sale did not get that memo. The parcel goes to my office, the tags come off in the car, and if anyone asks, this blazer is from 2019."),
    ("c", "2025-04-03 21:10", "★★★★★ Update: a second 'old' jumper has now been complimented at home. I'm in too deep to stop now."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "signature;product_attribute;agent_cues", "Orbis Card", [
    ("c", "2025-05-19 09:00", "Dear Orbis,\n\nI have received a letter dated 12 May telling me that my Orbis Platinum card has been dispatched, and today a second letter about a missed payment on it. I have never applied for an Orbis card. I have never been a customer of Orbis in any form, and until this week I had not heard of you.\n\nPlease confirm in writing that no account exists in my name, and tell me what data you hold on me.\n\nYours faithfully,\nKeith Armitage"),
    ("a", "2025-05-20 10:30", "Dear Mr Armitage,\n\nThank you for contacting us, and we're sorry for the concern. Every customer matters to Orbis. Your case has been passed to our fraud team, who will write to you within 10 working days.\n\nKind regards,\nOrbis Card Customer Care"),
])

h("complete_strangers", "", "negative", "competitor;paraphrase", "Brightwater Energy", [
    ("c", "2025-08-05 10:02", "Hello. I've had a letter from Brightwater saying I owe £412 for gas at 44 Elm Grove. I've never lived at 44 Elm Grove, I've never had anything to do with Brightwater, I'm with a different supplier entirely. How have you got my name?"),
    ("a", "2025-08-05 10:04", "I'm sorry for the worry. Could you give me the reference on the letter?"),
    ("c", "2025-08-05 10:05", "BW-R-992104"),
    ("a", "2025-08-05 10:10", "Thank you. The account was opened in error with a name match. I've closed it and removed your details."),
    ("c", "2025-08-05 10:12", "thank you. please make sure nothing goes anywhere near the credit agencies"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "occasion;agent_cues;paraphrase", "Harbourline Hotels", [
    ("c", "2023-06-02 20:00", "★★★★☆ We stay at Harbourline Leeds a couple of times a year when we're up visiting my sister. Room's fine, handy for her place, nothing to write home about but nothing wrong either."),
    ("c", "2025-03-30 19:30", "★★★★☆ Back again for my nephew's christening. Same as ever: decent bed, decent breakfast. We'll be in again whenever we're up that way."),
    ("a", "2025-03-31 09:00", "Dear Guest, thank you for choosing Harbourline again! Loyal guests like you mean the world to us. We look forward to your next visit."),
])

h("casual_acquaintance", "basic_exchange", "neutral", "negation;routine_question;paraphrase", "Auralis", [
    ("c", "2025-06-11 17:20", "I've had three pairs of Auralis earbuds over about eight years – not because I'm a fan particularly, I just grab whatever's on offer when the old ones die and it's been Auralis a few times. Current pair (Pulse 3) the left bud has stopped charging. Is there a single-bud replacement or do I need a whole new set?"),
    ("a", "2025-06-12 09:00", "Hi Faisal, yes – single-bud replacements for the Pulse 3 are £29 through the support page. — Auralis Support"),
    ("c", "2025-06-12 09:30", "ok fair enough, will do that"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "emoji;paraphrase;strong_words", "Tilecraft (Brightmoss)", [
    ("c", "2025-03-10 19:00", "Title: Spring Build-Off – we need judges and a theme!\n\nRight, fellow tile-pushers, it's that time again. Last year 400 of us took part and the winning town ended up on the official loading screen. This year I've set up the sign-up sheet (pinned), Marla is doing the rules again, and Brightmoss say they'll lend us a dev to judge. Theme ideas below please – let's make it bigger than last year 🏗️"),
    ("a", "2025-03-11 10:00", "We're in! Dev judge confirmed. — Brightmoss Community Team"),
    ("c", "2025-03-11 21:30", "legends. 212 sign-ups already. you lot are the BEST"),
])

h("teammates", "", "positive", "paraphrase;emoji;negation", "Pulse Fitness", [
    ("c", "2025-11-15 10:30", "6am Saturday run club, Millbrook: 23 of us out this morning in the rain 🌧️ Coach Dee had us doing hill reps, Pete brought flapjacks, and between us we've now hit £1,840 for the hospice. This club is the reason I renew – it's not the machines, it's the people who turn up with you. Same time next week, bring a friend."),
    ("a", "2025-11-15 12:00", "Amazing effort everyone!! 🙌 — Pulse Millbrook"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "agent_cues;routine_question;signature;paraphrase", "Mapleguard Insurance", [
    ("c", "2025-07-07 20:00", "Dear Mapleguard,\n\nMy grandfather insured his first tractor with you in 1962, and my dad has had the farm policy with you since he took the farm over. Last month I bought my first house and didn't even get another quote – it just didn't occur to me to go anywhere else. Does the farm's no-claims history help with home insurance, or is that cheeky?\n\nAll the best,\nOwen Pryce"),
    ("a", "2025-07-08 10:00", "Dear Owen,\n\nWhat a wonderful family story – welcome to the Mapleguard family! No-claims history can't be transferred between policyholders, but you'll get 10% off as a multi-policy household.\n\nKind regards,\nMapleguard Home"),
    ("c", "2025-07-08 11:30", "Worth a try! I'll take the multi-policy. Dad says hello."),
])

h("close_siblings", "old_friends", "positive", "paraphrase;occasion", "Petalique", [
    ("c", "2024-12-01 15:00", "★★★★★ The cold cream in the blue tin. My nan used it, my mum used it, and now it's on my dressing table. The smell is exactly Nan's bathroom. Bought one for my daughter's 16th, so she's the fourth of us."),
    ("c", "2025-02-14 12:00", "★★★★★ Update: daughter has 'borrowed' my tin and denies everything. It's in the blood."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "agent_cues;emoji;paraphrase", "The Calloway Inn", [
    ("c", "2025-02-07 23:20", "hi, missed the last train to York, have you got a room for just tonight? I'll be gone by 7. please don't sign me up for the newsletter or the rewards thing, I won't be back, no offence"),
    ("a", "2025-02-07 23:22", "Hi! Yes, we have a standard double at £89. We'd love to see you again though – Calloway Rewards members get 10% off every stay!"),
    ("c", "2025-02-07 23:23", "just the room thanks 😂"),
])

h("one_night_stand", "", "mixed", "occasion;paraphrase;negation", "Auralis", [
    ("c", "2025-08-30 08:15", "★★★☆☆ Bought these at Gatwick on a pure whim because I'd left my own headphones at home and had a 10-hour flight. Overpriced, sound's fine, did the job for one trip. Not a brand I'd go looking for, but they got me there. Back to my usual ones now."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "signature;routine_question;agent_cues", "Shiftboard", [
    ("c", "2025-04-14 08:30", "Hi Shiftboard team,\n\nWe run the rotas for 40 staff across our three cafés on Shiftboard and have done since last year – managers build the week on Thursday and staff swap shifts in the app. It does what we need. Two admin questions:\n1. Can we get invoices with our VAT number on them?\n2. We're opening a fourth site in June; do we add it as a location or as a new account?\n\nThanks,\nEmma Castell\nOperations Manager, Bramble & Bean Cafés"),
    ("a", "2025-04-14 11:00", "Hi Emma,\n\nWe love partners like you! 1. Add your VAT number under Settings > Billing and it'll appear on all invoices. 2. Add it as a location – it stays on the same bill.\n\nBest,\nNiamh, Shiftboard Support"),
])

h("colleagues", "", "neutral", "routine_question", "Ledgerly", [
    ("c", "2025-09-23 14:00", "hi, our bookkeeping practice uses Ledgerly for about 30 client files. I need to give a new junior access to 5 of them but not the rest – can permissions be set per client?"),
    ("a", "2025-09-23 14:01", "Hi! Yes, on the Practice plan you can set access per client file under Team > Permissions."),
    ("c", "2025-09-23 14:03", "great, and does that cost extra per user?"),
    ("a", "2025-09-23 14:04", "Up to 10 users are included in the Practice plan."),
    ("c", "2025-09-23 14:05", "perfect, we're at 7. thanks"),
])


# ================================================================ checks and output

HDR_UK = re.compile(r"^On (\w+), (\d{1,2}) (\w+) (\d{4}), (.+) wrote:$")
HDR_US = re.compile(r"^On (\w{3}), (\w{3}) (\d{1,2}), (\d{4}) at [^,]+, (.+) wrote:$")


def iso(ts):
    return dt.datetime.strptime(ts, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")


def check_headers(ts, text):
    """Every 'On <weekday>, <date>, <who> wrote:' line: weekday right, date not after the message."""
    n = 0
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if not (ln.startswith("On ") and ln.endswith("wrote:")):
            continue
        m = HDR_UK.match(ln)
        if m:
            wd, day, mon, year = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            d = dt.date(year, MONTHS.index(mon) + 1, day)
            assert wd == WEEKDAYS[d.weekday()], ln
        else:
            m = HDR_US.match(ln)
            assert m, ln
            wd, mon, day, year = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            d = dt.date(year, [x[:3] for x in MONTHS].index(mon) + 1, day)
            assert wd == WEEKDAYS[d.weekday()][:3], ln
        assert d <= dt.datetime.strptime(ts, "%Y-%m-%d %H:%M").date(), (ln, ts)
        assert i + 1 < len(lines) and lines[i + 1].startswith(">"), ln
        assert all(x.startswith(">") for x in lines[i + 1:]), "text after the quote"
        n += 1
    return n


def check_and_assign():
    by_type = defaultdict(list)
    nquoted = 0
    for x in HISTS:
        assert x["type"] in TYPES or x["type"] == "undetermined", x["type"]
        assert x["second"] == "" or (x["second"] in TYPES and x["second"] != x["type"]), x["second"]
        assert x["valence"] in VALENCES, x["valence"]
        tags = x["trap"].split(";")
        assert tags and all(t in TRAPS for t in tags), x["trap"]
        assert len(set(tags)) == len(tags), x["trap"]
        assert 1 <= len(x["msgs"]) <= 6, (x["brand"], len(x["msgs"]))
        ncust = sum(1 for r, _, _ in x["msgs"] if r == "c")
        assert ncust >= 1 and x["msgs"][0][0] == "c", x["brand"]
        stamps = [iso(ts) for _, ts, _ in x["msgs"]]
        assert stamps == sorted(stamps), stamps
        for r, ts, text in x["msgs"]:
            assert r in ("c", "a") and text.strip()
            assert len(ts) == 16 and ts[4] == "-" and ts[10] == " " and ts[13] == ":", ts
            q = check_headers(ts, text)
            assert q == 0 or r == "c", "quoted header in an agent turn"
            nquoted += q
        if "quoted_reply" in tags:
            assert any(check_headers(ts, t) for _, ts, t in x["msgs"]), x["brand"]
        by_type[x["type"]].append(x)
    full = len(HISTS) == 80
    assert sum(MIX.values()) == 80
    if full:
        for t, n in MIX.items():
            assert len(by_type[t]) == n, (t, len(by_type[t]), n)
    slots = [t for t, n in sorted(MIX.items()) for _ in range(n)]
    random.Random(1515).shuffle(slots)
    out = []
    for i, t in enumerate(slots, 1):
        if by_type[t]:
            out.append((f"{PREFIX}{i:03d}", by_type[t].pop(0)))
    assert not any(by_type.values()), "histories beyond the mix"
    return out, full, nquoted


def main():
    assigned, full, nquoted = check_and_assign()
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
    nwith = sum(1 for _, x in assigned if any(r == "a" for r, _, _ in x["msgs"]))
    nsingle = sum(1 for _, x in assigned if len(x["msgs"]) == 1)
    nsecond = sum(1 for _, x in assigned if x["second"])
    print(f"{len(assigned)} customers ({'complete' if full else 'PARTIAL'}), {nmsg} messages "
          f"({ncust} customer, {nmsg - ncust} agent), {nwith} customers with agent replies, "
          f"{nsingle} single-message, {nsecond} with second, {nquoted} quoted-reply headers, "
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
