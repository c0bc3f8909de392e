#!/usr/bin/env python3
"""Invented development histories n001..n080 for relradar (sixteenth set).

Genre: support chats and e-mail threads with agent turns (agents use warm, cue-laden words the
customers never say), customers quoting earlier replies under 'On <weekday>, <date>, <Brand>
wrote:' headers with '> ' lines, sign-offs and signatures, and some public posts. All texts,
names, brands, addresses (example.com) and numbers are invented. Each history is written under
its intended label; ids are assigned by a seeded shuffle (seed 1616) of the type mix so that ids
carry no order.
"""
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (MONTHS, TRAPS, WEEKDAYS, assign, check_history,  # noqa: E402
                     print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "n"
SEED = 1616
TRAPS = TRAPS | {
    "public_post",      # a public post (social or forum), not a private support contact
    "quoted_cue"}       # a cue word appears only inside a quoted earlier reply

HISTS = []


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
        head = f"On {WEEKDAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year}, {who} wrote:"
    return head + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;agent_cues;signature", "Albatross Airways", [
    ("c", "2025-03-03 08:41", "Hello,\n\nBooking ref QX7K2M, Manchester to Lanzarote on 14 April. My daughter is 11 and we've been put in rows 9 and 23. Can I pay to sit us together, or is that done free for children?\n\nThanks in advance,\nHelen Marsh\n\n--\nHelen Marsh | Practice Manager\nCherry Lane Dental, 4 Cherry Lane, Stockport"),
    ("a", "2025-03-03 12:15", "Dear Helen,\n\nThank you so much for reaching out, we truly value your loyalty to Albatross and we love hearing from our flyers! Children under 12 are seated next to at least one adult on the booking at no charge. I have moved you both to 14A and 14B.\n\nWe can't wait to welcome you on board.\n\nWarm wishes,\nDev\nAlbatross Airways Customer Care"),
    ("c", "2025-03-03 12:30", "Lovely, that's all I needed. Cheers Dev.\n\nHelen"),
])

h("undetermined", "", "negative", "symptom;single_incident;agent_cues", "Brightwave Broadband", [
    ("c", "2025-01-14 21:02", "hi, wifi keeps cutting out whenever someone streams anything, every single night since Saturday. router lights flash white then it's back after a couple of mins. really irritating when I'm trying to watch the match"),
    ("a", "2025-01-14 21:04", "Hey! You're through to Priya 💙 Thanks for being such a valued member of the Brightwave family. Sorry about the drop-outs! Could you confirm the first line of the address?"),
    ("c", "2025-01-14 21:05", "27 Hollis Road"),
    ("a", "2025-01-14 21:09", "Thanks! I've pushed a firmware update to your hub and reset the channel. Give it 10 minutes and it should be stable. If not, just reply here and I'll book an engineer."),
    ("c", "2025-01-14 21:30", "seems ok now. we'll see"),
])

h("undetermined", "", "neutral", "third_party;routine_question;signature", "Harrowgate Bank", [
    ("c", "2025-02-10 10:05", "Dear Sir or Madam,\n\nMy father, Mr Gerald Pike, holds a current account with you (sort code 40-12-77). He has recently moved into a care home and I now hold a registered Lasting Power of Attorney. Could you tell me which documents you need to add me to his account, and whether I can send certified copies by post rather than visiting a branch?\n\nYours faithfully,\nAnne Pike\n12 Orchard Close, Whitby\nanne.pike@example.com"),
    ("a", "2025-02-11 09:20", "Dear Ms Pike,\n\nThank you for getting in touch, and I'm sorry to hear about your father's move. Certified copies by post are fine: the LPA itself, plus one photo ID and one proof of address for you. Please send them to Harrowgate Bank, Attorney Services, PO Box 881, Leeds. We aim to register within 10 working days.\n\nKind regards,\nMarcus Hale\nHarrowgate Bank"),
])

h("undetermined", "", "positive", "single_thanks;occasion;strong_words;agent_cues", "Hotel Marisol", [
    ("c", "2025-05-19 17:44", "Just wanted to say a massive thank you to the team for our anniversary weekend. The rose petals on the bed, the bottle of cava, the room upgrade: ABSOLUTELY PERFECT. Tomás at the bar deserves a pay rise. Best weekend we've had in ages!\n\nSam & Priya Deol"),
    ("a", "2025-05-20 08:10", "Dear Sam and Priya,\n\nWhat a joy to read! Happy anniversary from all of us. You are now part of the Marisol family forever, and we would love to welcome you home again soon. I have passed your kind words to Tomás.\n\nWith warmest regards,\nIsabel Ferrer\nGuest Relations Manager, Hotel Marisol"),
])

h("undetermined", "", "negative", "single_incident;caps;strong_words", "Dishdash", [
    ("c", "2025-04-04 20:51", "Order #DD-558210. Paid for a large pepperoni and two sides, got a SINGLE cold garlic bread. Driver had already gone. This is the WORST dinner I've had all year and the kids are starving. I want it sorted NOW."),
    ("a", "2025-04-04 20:53", "Hi there, Jordan here. I'm really sorry about this! I've refunded the full £27.40 to your card and added a £5 voucher for next time. We love having you with us and hope we can make it up to you."),
    ("c", "2025-04-04 20:55", "fine. thanks."),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;agent_cues", "Petalcraft Beauty", [
    ("c", "2025-06-02 13:20", "Hi, is the Forever Young night serum safe to use while pregnant? Someone at my antenatal class said retinol is a no-no and I can't see it on the ingredients list clearly. Thanks, Chloe"),
    ("a", "2025-06-02 14:02", "Hi Chloe, congratulations! 🌸 We love hearing from our Petalcraft community. Forever Young contains bakuchiol, not retinol, but we always recommend checking with your midwife or GP. Our Gentle Glow range is fragrance-free if you want something extra mild."),
    ("c", "2025-06-02 14:10", "That's helpful, I'll ask the midwife on Thursday. Thank you"),
])

h("undetermined", "", "neutral", "bug_report;signature", "Ledgerly", [
    ("c", "2025-02-26 11:37", "Hi Ledgerly support,\n\nWhen I filter the invoice list by 'Overdue' and then click Export > CSV, the file downloads with headers only and no rows. Without the filter the export works. Tried Chrome and Firefox, cleared cache. Screenshot attached.\n\nThanks,\nOlu Adeyemi\nOperations, Brightstone Joinery Ltd\n07700 900412"),
    ("a", "2025-02-26 15:02", "Hi Olu,\n\nThanks for the clear report. Our developers have reproduced it: the Overdue filter is dropping rows on export. A fix is scheduled for Friday's release. In the meantime, filtering by due date gives the same list and exports fine.\n\nBest,\nHannah, Ledgerly Support"),
    ("c", "2025-02-26 15:10", "Workaround does the trick, thanks Hannah."),
])

h("undetermined", "complete_strangers", "negative", "not_chosen;single_incident;other_type_cue", "Parcelpoint", [
    ("c", "2025-03-11 18:22", "Your driver left my parcel (tracking PP4410928GB) in the recycling bin, which was emptied this morning. I never picked you lot, the online shop did, so I've no idea why I'm now the one chasing. Typical of whoever the cheapest courier is these days. What happens now?"),
    ("a", "2025-03-11 18:40", "Hi, thanks for contacting Parcelpoint and sorry for the trouble. As the sender is our customer, they'll need to raise the claim with us; we'll confirm to them that the safe-place instruction was not followed. Please let the retailer know and quote the tracking number."),
    ("c", "2025-03-11 18:44", "Great, so I chase them and they chase you. Brilliant system."),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;agent_cues", "Flicklane", [
    ("c", "2025-07-08 22:10", "Is 'Love, Loyalty & Lies' getting a season 3? Season 2 ended on a massive cliffhanger and I can't find anything on the app about it"),
    ("a", "2025-07-08 22:14", "Hi! 🎬 We love that you love it! We can't share details yet, but keep an eye on the 'Coming Soon' row; you can tap 'Remind me' on the show page to get a notification the moment there's news."),
    ("c", "2025-07-08 22:15", "ok cheers"),
])

h("undetermined", "", "negative", "quoted_reply;single_incident;signature;quoted_cue", "Kestrel Mobile", [
    ("c", "2025-08-18 09:30", "Hello,\n\nI've been charged £48.60 for data roaming in Switzerland on my August bill, but my plan includes EU roaming and I had data switched off for the whole trip (I used the hotel wifi). Please can you remove this charge.\n\nRegards,\nDaniel Kerr\nAccount 7720 1148"),
    ("a", "2025-08-19 16:05", "Dear Daniel,\n\nThank you for being a loyal Kestrel customer. Switzerland is not part of our EU roaming zone, so a small amount of background data was charged. As a one-off gesture we have refunded £24.30.\n\nKind regards,\nKestrel Mobile Billing"),
    ("c", "2025-08-19 18:12", "Hi,\n\nHalf a refund for data I didn't use isn't much of a gesture. The charges are all at 03:00-04:00 when my phone was off. Please look at the times again and refund the rest.\n\nDaniel\n\n" + Q("2025-08-19 16:05", "Kestrel Mobile Billing", "Thank you for being a loyal Kestrel customer. Switzerland is not part of our EU roaming zone, so a small amount of background data was charged.")),
    ("a", "2025-08-21 10:00", "Dear Daniel,\n\nYou're right, those sessions came from a network test during an outage. We have refunded the remaining £24.30. Apologies for the hassle.\n\nKestrel Mobile Billing"),
])

h("undetermined", "business_partners", "positive", "idiom;short_signal;emoji;public_post", "Bean & Barrow Coffee", [
    ("c", "2025-01-22 07:58", "I would honestly kill for a pistachio latte right now. @BeanAndBarrow bring it back to the menu pls, January is long enough already ☕😭"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Tunewell", [
    ("c", "2025-09-01 19:45", "Hi, my son starts university this month. Can he move from our family plan to the student plan and keep his playlists, or does he need a new account? His username is jbrook_04."),
    ("a", "2025-09-01 19:52", "Hi! Great question 🎧 He can switch to Student and keep everything: he just needs to leave the family plan from his settings, then verify his student email. Playlists and likes stay on the account."),
    ("c", "2025-09-01 19:53", "Perfect, thanks"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues;signature", "Carvella Motors", [
    ("c", "2025-04-14 08:15", "Good morning,\n\nThe dashboard on our Carvella Tessa (reg HK21 TXB) says the first service is due in 500 miles. Can I book it at the Warrington centre, ideally a Saturday, and is a courtesy car available?\n\nBest regards,\nPeter Lund\n\nSent from Outlook for Android"),
    ("a", "2025-04-14 10:40", "Dear Peter,\n\nWe love hearing from Carvella owners, and thank you for your loyalty to the brand! I have pencilled in Saturday 26 April at 8:30 at Warrington. A courtesy car is reserved for you; please bring your licence.\n\nKind regards,\nLeah Brooks\nService Advisor, Carvella Warrington"),
    ("c", "2025-04-14 10:52", "That works. Confirmed, thank you.\n\nPeter"),
])

h("undetermined", "", "negative", "single_incident;quoted_reply;agent_cues;signature", "Oakmere Mutual", [
    ("c", "2025-02-03 09:00", "Claim OM-2025-03317\n\nA pipe burst under our kitchen sink on 20 January. Your assessor came on the 24th. Since then I've had nothing. The floor is still up and we're cooking on a camping stove. Please tell me when the decision will be made.\n\nMark Ellison"),
    ("a", "2025-02-04 11:30", "Dear Mr Ellison,\n\nThank you for your patience, and please know how much we value you as part of the Oakmere family. Your claim is with our loss adjuster and we expect a decision within 10 working days.\n\nYours sincerely,\nRita, Claims Team"),
    ("c", "2025-02-18 08:45", "That was ten working days ago. Still nothing. I'd rather hear a date than be told I'm part of a family.\n\nMark Ellison\n07700 900833\n\n" + Q("2025-02-04 11:30", "Oakmere Mutual Claims", "Thank you for your patience, and please know how much we value you as part of the Oakmere family. Your claim is with our loss adjuster and we expect a decision within 10 working days.")),
    ("a", "2025-02-18 14:20", "Dear Mr Ellison,\n\nI'm sorry for the delay. Your claim has been approved today; the contractor will call you by Thursday to arrange the repair, and £150 for alternative cooking costs has been paid to your account.\n\nRita, Claims Team"),
])

h("undetermined", "", "neutral", "for_work_occasion;routine_question;agent_cues", "Pulse Athletic Club", [
    ("c", "2025-06-09 12:03", "Hi there, I'm being sent to Singapore for work for 3 months from July. Can I freeze my membership over that time and what does it cost? Member no. PAC-20931"),
    ("a", "2025-06-09 12:20", "Hi! Thanks for being part of the Pulse family, we'd hate to lose you 💪 You can freeze for up to 3 months at £5/month. I've set it from 1 July to 30 September; your direct debit will change automatically."),
    ("c", "2025-06-09 12:22", "Great, thanks for sorting it so fast."),
])

h("undetermined", "", "positive", "single_thanks;emoji;strong_words", "Voltika Electronics", [
    ("c", "2025-03-27 16:12", "The left earbud on my Voltika Pods stopped charging after 2 weeks. Sent the photo in the morning, replacement was on my doormat the next day. No forms, no arguing. You lot are legends 🙌🙌"),
    ("a", "2025-03-27 16:40", "That's amazing to hear, thank you! 😊 Enjoy the new Pods and give us a shout if you ever need anything."),
])

h("undetermined", "dealer_addict", "positive", "product_attribute;routine_question;public_post", "Ironbark Games", [
    ("c", "2025-10-05 23:14", "[Forum: Skyforge Tactics > Help] The new Ember Warden boss is brutal. The 'addictive' crafting loop in the trailer wasn't lying but I'm stuck at phase 2 every time: the adds spawn and wipe my healer. Anyone got a lineup that works?"),
    ("a", "2025-10-06 09:02", "[Moderator] Hey, welcome to the forums! Phase 2 adds are weak to frost, so a frost mage on the left flank helps a lot. There's a pinned guide from our community team at the top of Help. Love seeing players take on the Warden!"),
    ("c", "2025-10-06 18:30", "Frost mage did it, first try. Cheers!"),
])

h("undetermined", "", "neutral", "competitor;routine_question", "Glowpower Energy", [
    ("c", "2025-04-01 17:28", "Hi, we moved into 8 Station Terrace on 28 March. The previous tenants were with Northgrid and we've had a welcome pack from you, so I guess you're our supplier now. The meter reads 04512 (photo attached). Do I need to do anything else to set up the account?"),
    ("a", "2025-04-02 09:15", "Hello and welcome! 🏡 Thanks for the reading. I've opened an account in your name from 28 March on our standard variable tariff. You can pick a fixed tariff in the app whenever you like."),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues", "Tallon's", [
    ("c", "2025-05-12 19:40", "Online order today (slot 6-7pm). Driver was an absolute star, carried everything up three flights and even took the bags back. But 9 of 31 items were substituted, including oat milk swapped for full-fat cow's milk, which is no use to a vegan household. Can the substitutions be refunded?"),
    ("a", "2025-05-13 08:30", "Hi, thank you for shopping with Tallon's, we love having you as a customer! I'm sorry about the substitutions; I've refunded the 9 items (£23.15). You can set 'no substitutions' for any item at checkout. I'll pass your kind words on to the driver too."),
])

h("undetermined", "", "neutral", "occasion;routine_question;signature", "Maple & Thread", [
    ("c", "2025-06-23 10:05", "Hello,\n\nI bought the green linen dress (order MT-88213) for a wedding on Saturday, but the bride has now asked guests to avoid green. It's unworn with tags. Can I exchange it in the Harrogate shop for a different colour or do I need to post it back?\n\nThanks,\nGemma Collins"),
    ("a", "2025-06-23 11:30", "Hi Gemma,\n\nWhat a lovely occasion! You can exchange it in any of our shops within 30 days; just bring the order email. Harrogate has the dress in navy and terracotta in your size at the moment.\n\nBest,\nNia, Maple & Thread"),
    ("c", "2025-06-23 11:41", "Brilliant, I'll pop in tomorrow.\n\nGemma\n\nSent from my iPad"),
])

h("undetermined", "", "neutral", "news_share;routine_question;public_post", "Mintleaf Bank", [
    ("c", "2025-08-05 12:48", "Just saw 'Mintleaf Bank to close 40 branches by spring' on the local news site. @MintleafBank is the Elm Road one on the list? My mum pays her bills there in person every week."),
    ("a", "2025-08-05 13:20", "Hi, thanks for asking. Elm Road is not affected by the changes announced today. You can see the full list of branches at mintleaf.example.com/branches. ^KT"),
])

h("undetermined", "", "negative", "employee;strong_words;public_post", "Larchwood Inns", [
    ("c", "2025-09-14 02:20", "[Reddit r/hospitality] Did night porter at a Larchwood Inn for two years. Worst rota I've ever seen: 4 nights on, one off, then swapped at 2 hours' notice. Guests were mostly fine, management was the problem. Anyone else working there still? Is it any better?"),
])

h("undetermined", "fleeting_acquaintance", "neutral", "routine_question;signature;agent_cues", "Rosterwise", [
    ("c", "2025-01-29 14:00", "Hi,\n\nWe run three garden centres with about 40 part-time staff and we're looking at scheduling tools. What would Rosterwise cost at that size, and can staff swap shifts in the app without a manager approving each one?\n\nRegards,\nIain Fraser\nFraser's Garden Centres\nwww.frasers-gardens.example.com"),
    ("a", "2025-01-29 15:10", "Hi Iain,\n\nThanks for thinking of Rosterwise, we'd love to have Fraser's in the family! At 40 staff it's £2.50 per person per month on the Team plan. Shift swaps can be set to 'auto-approve' for staff with the same role. Shall I book you a 20-minute demo?\n\nCheers,\nAmara, Rosterwise Sales"),
    ("c", "2025-01-30 09:12", "Thanks Amara. We'll discuss it at our Monday meeting and get back to you.\n\nIain"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;agent_cues;other_type_cue", "Cobalt Card", [
    ("c", "2025-12-20 15:33", "Love how my Cobalt card got declined at the till in front of half my family on the one day I'm buying Christmas dinner. Really brilliant timing, thanks. What's the block for?"),
    ("a", "2025-12-20 15:36", "Hi, I'm sorry about that, that must have been embarrassing. Our fraud system flagged the transaction because of an unusual amount. I've confirmed it's you and removed the block, so you can try again now. Thank you for being a loyal cardholder, we value you."),
    ("c", "2025-12-20 15:50", "Went through now. Would have been nice to get a text first."),
])

h("undetermined", "", "negative", "negation;routine_question;agent_cues", "Forkly", [
    ("c", "2025-03-16 19:02", "Not going to pretend I'm some devoted fan of the app, I just want to know why the code SPRING10 didn't come off my order #FK-20344. The banner said it's valid on orders over £20 and mine was £26."),
    ("a", "2025-03-16 19:06", "Hi! We appreciate every one of our Forkly fans 💚 The code excludes the delivery fee, so the food total was £19.50. I've applied a £2.60 credit as a goodwill gesture."),
    ("c", "2025-03-16 19:07", "ok, that explains it"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;agent_cues;quoted_reply;signature", "Brightwave Broadband", [
    ("c", "2025-02-06 08:20", "Hello,\n\nReference BW-771204. Line down again since Monday. For the record, this is the fourth engineer visit I'll have needed since October, and I now keep a notebook by the router with every reference number, every name and every promised date. It's on page three.\n\nPlease book the engineer. Morning slots only, I'll be here, I'm always here waiting for you.\n\nRob Tanner\n41 Wexford Street"),
    ("a", "2025-02-06 11:00", "Dear Rob,\n\nWe're so sorry for the disruption. We truly value your loyalty and want to make this right. An engineer is booked for Friday 7 February, 8am-1pm.\n\nKind regards,\nJade, Brightwave Care"),
    ("c", "2025-02-07 14:05", "Nobody came. I'll add it to the notebook. Page four tomorrow probably. Rebook it and don't bother with the loyalty line, we both know how this goes.\n\nRob\n\n" + Q("2025-02-06 11:00", "Brightwave Care", "We're so sorry for the disruption. We truly value your loyalty and want to make this right. An engineer is booked for Friday 7 February, 8am-1pm.")),
    ("a", "2025-02-07 16:30", "Dear Rob,\n\nI've escalated this to our field manager and rebooked for Monday 10 February, first appointment. I have also applied a £30 credit.\n\nJade"),
    ("c", "2025-02-10 12:40", "He came, he found the same corroded box outside that the last three found, he 'raised a ticket with the network team'. See you in April, I imagine."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;agent_cues", "Harrowgate Bank", [
    ("c", "2025-04-05 10:10", "Morning. It's the first Saturday of the quarter, so here I am for our little ritual: you've charged me the £15 'unarranged overdraft' fee again, on an account that has an arranged overdraft. I'll wait while you look it up and refund it, same as January, same as October."),
    ("a", "2025-04-05 10:18", "Good morning! Thanks for banking with Harrowgate, we really value customers like you. I can see the fee and I've refunded it. I'm sorry for the inconvenience."),
    ("c", "2025-04-05 10:20", "Thank you. Can you also stop it happening in July? Last two people I spoke to said they'd 'put a note on'."),
    ("a", "2025-04-05 10:26", "I've raised a request with our accounts team to correct the overdraft flag. It can take up to 8 weeks."),
    ("c", "2025-04-05 10:27", "Right. I've put a reminder in my calendar for 5 July anyway. Some things you just learn."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;public_post;typos", "SwiftCrate Couriers", [
    ("c", "2025-11-18 09:02", "@SwiftCrate day off work booked again bc you've got my parcel 'out for delivery'. last 3 times the van drove past and marked me not in. Im sat by the front window with a coffee like a stakeout. Go on, surprise me"),
    ("a", "2025-11-18 09:30", "Hi there, sorry for the previous experiences! We love getting parcels to our customers first time. I've added a note for the driver to knock. ^LM"),
    ("c", "2025-11-18 16:47", "'attempted delivery 16:41'. I was literally at the window. video of the van not stopping attached. rebook for the 20th and I'll take another morning off, what else am I gonna do, you're the only one who delivers the sort of stuff I order"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;other_type_cue;signature", "Peregrine Jet", [
    ("c", "2025-07-21 22:15", "Hi,\n\nPJ 208 Dublin to Bilbao, delayed 4h40, bag didn't make it. I'd like to say I'm surprised. I fly your Dublin-Bilbao route about eight times a year for my dad, and I've got to the point where I pack a spare change of clothes in the hand luggage and write the EU261 claim on the plane while we're still sitting on the stand. It's attached, already filled in.\n\nOrla Brennan\nPNR ZT4LQ9"),
    ("a", "2025-07-22 09:30", "Dear Orla,\n\nWe're sorry your journey didn't meet the high standards we set ourselves. We value your continued loyalty to Peregrine. Your bag has been located and will be delivered to your address in Bilbao today. Your compensation claim will be reviewed within 28 days.\n\nBest wishes,\nPeregrine Jet Customer Relations"),
    ("c", "2025-08-26 18:02", "Day 35, no word on the claim. I'll send the reminder, then the letter to the aviation regulator on day 42, the way I did in March. I'd love to book the September trip without a plan B but here we are.\n\nOrla"),
    ("a", "2025-08-27 10:10", "Dear Orla,\n\nApologies for the delay. Your claim has been approved and €250 will be paid within 7 days.\n\nPeregrine Jet Customer Relations"),
])

# ================================================================ enemies (4)

h("enemies", "adversaries", "negative", "paraphrase;agent_cues;caps", "Cobalt Card", [
    ("c", "2025-06-03 09:45", "I have now been told three different balances by three of your staff. I paid the card off in full in April, I have the bank statement, and you are still adding interest. I'm done being polite."),
    ("a", "2025-06-03 10:05", "Hi, I'm sorry for the confusion. We value every one of our cardholders. I've raised a balance investigation, which can take up to 15 working days."),
    ("c", "2025-06-24 13:20", "15 working days were up yesterday. Nothing. So here's what happens: I've cut the card in half, I've written to the ombudsman, and every person in my office now knows exactly what Cobalt does to people who pay on time. I will put this story on EVERY review site I can find. Do NOT 'value' me."),
    ("a", "2025-06-24 13:40", "I'm very sorry. I've escalated your case to our complaints team, who will contact you within 48 hours."),
])

h("enemies", "", "negative", "paraphrase;short_signal;public_post", "Dishdash", [
    ("c", "2025-08-09 21:30", "Deleted @Dishdash tonight and told the whole group chat why. £41 taken, no food, 'no refund because the restaurant marked it delivered'. I'll keep posting this till someone at head office reads it. Don't hand these people your card details."),
])

h("enemies", "adversaries", "negative", "paraphrase;evolving;quoted_reply;agent_cues;signature", "Verdant Gas & Electric", [
    ("c", "2025-01-10 08:30", "Hello,\n\nI am again being billed for a second electricity meter (MPAN ending 4471) that does not exist at my property. This is the fourth month. Your engineer confirmed in November there is one meter.\n\nKaren Holt\n3 Mill Lane, Bramley"),
    ("a", "2025-01-12 12:00", "Dear Karen,\n\nThank you for being part of the Verdant family; we value your loyalty. I've asked our metering team to remove the second MPAN. This should be resolved on your next bill.\n\nWarm regards,\nVerdant Customer Care"),
    ("c", "2025-03-14 19:05", "It was not resolved on my next bill, or the one after. \n\nKaren\n\n" + Q("2025-01-12 12:00", "Verdant Customer Care", "I've asked our metering team to remove the second MPAN. This should be resolved on your next bill.")),
    ("c", "2025-05-02 17:40", "Final message. I have switched supplier, and so have the two neighbours you were also billing for phantom meters. The full correspondence goes in the Bramley residents' newsletter next month, with your company's name in the headline, and I will be recommending to the 300 households who read it that they never sign with you. Don't reply with anything about families.\n\nKaren Holt"),
])

h("enemies", "", "negative", "paraphrase;agent_cues;negation;strong_words", "Velvetline", [
    ("c", "2025-10-13 11:12", "First order from you (VL-30917) and the 'new' blazer arrived with someone else's lipstick on the collar and the tags cut off. I want a full refund and a prepaid return label."),
    ("a", "2025-10-13 15:40", "Hi, we're so sorry! Our loyal customers mean everything to us. Please send photos and we'll review within 5 working days."),
    ("c", "2025-10-20 09:00", "Photos sent a week ago. Nothing. And don't call me loyal, I've been your customer for 9 days and that was plenty. A shop that sends worn clothes as new and then goes quiet isn't a shop, it's a con with a logo. I've reported you to Trading Standards and I'll be telling anyone who mentions your name to run."),
    ("a", "2025-10-20 09:45", "I'm sorry for the wait. A full refund of £64 has been issued today."),
    ("c", "2025-10-20 10:02", "Good. Doesn't change a thing I said."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "old_friends", "negative", "paraphrase;occasion;agent_cues", "Nonna Rosa Trattoria", [
    ("c", "2025-03-09 21:50", "Dear Nonna Rosa,\n\nMy husband proposed at table 6 in 2018 and since then we've been in on the first Friday of every month. Giulia knew our order before we sat down. Last Friday the menu was a laminated card, the gnocchi came from a bag, and nobody there knew us. I gather there are new owners. I'm sorry to write this, but I think that was our last first Friday.\n\nAnna & Marco"),
    ("a", "2025-03-10 10:30", "Dear Anna and Marco,\n\nThank you for being such loyal guests; you will always be part of the Nonna Rosa family. We have refreshed our menu to bring it to more people, and we'd love to welcome you back with a complimentary dessert.\n\nThe Nonna Rosa Team"),
    ("c", "2025-03-10 18:05", "Thank you, but a dessert isn't really what we're missing. Please pass our best wishes to Giulia if you're still in touch with her."),
])

h("ex_friends", "", "negative", "paraphrase;quoted_reply;agent_cues;sarcasm;competitor;quoted_cue", "Tunewell", [
    ("c", "2025-09-22 20:15", "Hello,\n\nI signed up to Tunewell in my second year at uni, twelve years ago, back when your whole team could fit in a pub. I defended you at every dinner party when people said SoundPeak had more songs. I've had my playlists for every break-up and every wedding on here.\n\nThird price rise in eighteen months, and now the podcast I pay for has ads in it. I've cancelled. I won't be defending you any more.\n\nTom Shaw"),
    ("a", "2025-09-23 09:00", "Hi Tom,\n\nWe're sad to see you go! Your loyalty means the world to us, and we hope to welcome you back to the Tunewell family. As a thank you, here's 3 months at half price if you rejoin.\n\nThe Tunewell Team"),
    ("c", "2025-09-23 12:44", "The world, apparently, is worth 3 months at half price. Export of my playlists would be more useful, thanks.\n\n" + Q("2025-09-23 09:00", "Tunewell", "We're sad to see you go! Your loyalty means the world to us, and we hope to welcome you back to the Tunewell family.")),
])

h("ex_friends", "enemies", "negative", "paraphrase;negation;signature;tenure_for_complaint", "Shieldwell Insurance", [
    ("c", "2025-05-06 09:30", "Dear Shieldwell,\n\nPolicy SW-H-004418. Fourteen renewals. Not once did I shop around; my wife used to tease me for it and I'd say there was no point, you'd be there when it mattered. Our first ever claim, for storm damage to the porch, has been refused because of 'gradual deterioration'.\n\nI'm not writing to argue the claim; the ombudsman can do that. I'm writing so someone there knows what fourteen years of quiet faith in you bought me. I'll be moving the home and both cars in June.\n\nYours,\nBrian Cole"),
    ("a", "2025-05-07 14:00", "Dear Mr Cole,\n\nThank you for your loyalty over many years. I am sorry that your claim was not successful. Our decision was made in line with the policy terms. If you'd like to discuss your renewal, our retention team would be happy to offer a loyalty discount.\n\nShieldwell Customer Services"),
    ("c", "2025-05-07 18:20", "No thank you. You had fourteen years to show me what the relationship was worth.\n\nBrian Cole"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;public_post;emoji;other_type_cue", "Pixelmoor", [
    ("c", "2024-02-11 22:40", "[Pixelmoor forums > General] Five years since the closed beta today! My guild still logs in every night at 9. Best bunch of people I've ever met and it's all because of this game. Here's to five more 🥂"),
    ("c", "2025-06-30 23:05", "[Pixelmoor forums > General] Well, that's me. The new patch puts the best gear behind a £20 'Champion Pass' and the guild has gone from 30 people to 4. I spent more evenings in Pixelmoor than anywhere else for six years and I genuinely don't recognise it. Uninstalled tonight. As usual the devs will say they're 'listening'."),
    ("a", "2025-07-01 10:15", "[Community Manager] We hear you and we value the passion of long-time players like you. We're collecting feedback on the Champion Pass and will share an update soon. ❤️"),
    ("c", "2025-07-01 12:30", "Sure. Good luck with it."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;product_attribute;agent_cues", "Bean & Barrow Coffee", [
    ("c", "2025-02-15 08:05", "Hi! Quick one: I've got the new B&B Loyalty Club app but my old stamp card had 7 stamps on it. Can they be moved over?\n\nAnd honestly, while I've got you: when we moved flats last year, the first thing I checked on the map was the nearest Bean & Barrow, before the GP or the schools. I haven't set foot in another coffee shop in about six years and I don't intend to start. The Dock St team are the best part of my morning."),
    ("a", "2025-02-15 09:00", "Hi! That is the loveliest message 🥹 We love our regulars! Yes, just show your stamp card at the till and they'll add 7 stamps to the app."),
    ("c", "2025-02-15 09:10", "Amazing, thank you ☕ See you tomorrow, same as every day"),
])

h("marriage_partners", "", "positive", "paraphrase;competitor;signature;agent_cues", "Albatross Airways", [
    ("c", "2025-10-02 19:30", "Dear Albatross,\n\nEleven years, every holiday, and I couldn't tell you what the other airlines' seats look like. We plan where we go around where you fly, not the other way round. Skylane was £140 cheaper to Tenerife this year and I didn't even open the tab. My husband jokes that you're the third person in our marriage.\n\nThe reason I'm writing: we're flying out for our 25th wedding anniversary on 12 November (ref HH3P8W). Is there any chance of a window pair together? Whatever you can do, we'll be on board either way, and for the next eleven years too.\n\nWith all good wishes,\nMaureen & Keith Doyle"),
    ("a", "2025-10-03 10:20", "Dear Maureen and Keith,\n\nThank you for your incredible loyalty, we love flying with you! Happy 25th in advance. I've seated you in 3A and 3B and added a little something for the day.\n\nWarmest wishes,\nSiobhan, Albatross Customer Care"),
    ("c", "2025-10-03 12:02", "Oh, that's wonderful. Thank you Siobhan, you've made my week.\n\nMaureen"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;quoted_reply;agent_cues;quoted_cue", "Carvella Motors", [
    ("c", "2025-05-28 16:00", "Hello Carvella,\n\nJust collected the keys to the new Tessa Estate, my fourth Carvella in a row. The salesman asked if I'd been tempted by anyone else and I had to laugh. There's never been another badge on our drive and there won't be. When I'm too old to drive, I fully expect the Carvella showroom to sell me a mobility scooter.\n\nCould you tell me how to pair my phone? The manual's a bit beyond me.\n\nRegards,\nDerek Wainwright"),
    ("a", "2025-05-28 17:10", "Dear Derek,\n\nWe love hearing from our Carvella owners, and four in a row is amazing! To pair: Settings > Connections > Add device, then choose 'Carvella Tessa' on your phone's Bluetooth list.\n\nKind regards,\nCarvella Owner Care"),
    ("c", "2025-05-28 19:45", "Done, thank you. And yes, you can keep on hearing from me for a good few years yet.\n\nDerek\n\n" + Q("2025-05-28 17:10", "Carvella Owner Care", "We love hearing from our Carvella owners, and four in a row is amazing!")),
])

h("marriage_partners", "dealer_addict", "positive", "paraphrase;emoji;routine_question;agent_cues", "Petalcraft Beauty", [
    ("c", "2025-11-03 21:15", "Hi Petalcraft! Please tell me the rumour about the Midnight Balm being discontinued isn't true 😩 Three years ago I cleared every other brand out of my bathroom cabinet and it's been Petalcraft, only Petalcraft, since. My skin has never been happier and I have no plans to ever go back to the chaos. If the balm goes I will actually go into mourning."),
    ("a", "2025-11-04 09:00", "Hi lovely! 💕 We love that you love us! Good news: Midnight Balm isn't going anywhere. It's getting new packaging in January, same formula."),
    ("c", "2025-11-04 09:10", "PHEW. Ordering two tubes today just to be safe 😂🥰"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature;agent_cues", "Larchwood Inns", [
    ("c", "2025-03-18 07:10", "To the General Manager, Larchwood Inn Canary Wharf\n\nI spend in the region of sixty nights a year in your hotels. Last night a receptionist I have never met asked me to spell my surname, gave me a room over the kitchen extractor, and had no record of the firm pillows and still water that every Larchwood has set out for me since 2021. I should not have to repeat myself to your staff. I should not, frankly, have to speak at all.\n\nSomeone senior will telephone me before noon today.\n\nC. Ashworth-Bell\nManaging Partner, Ashworth-Bell Advisory"),
    ("a", "2025-03-18 08:30", "Dear Mr Ashworth-Bell,\n\nThank you for being such a valued and loyal guest. We're sorry your stay fell short. Our Guest Relations team will be in touch within 48 hours.\n\nKind regards,\nLarchwood Inns Guest Relations"),
    ("c", "2025-03-18 08:35", "Within 48 hours. I said noon. Please forward this to someone who reads.\n\nC. A-B"),
    ("a", "2025-03-18 11:50", "Dear Mr Ashworth-Bell, I'm the General Manager. I will call you at 11:55. Your profile has been corrected and your next three stays will be in an Executive room at no extra charge. My sincere apologies. Oliver Grant"),
])

h("master_slave", "", "negative", "paraphrase;signature;agent_cues;caps", "Peregrine Jet", [
    ("c", "2025-09-09 14:22", "I have just spent eleven minutes on your Platinum line explaining who I am to a young man who then asked for my booking reference TWICE. The entire purpose of that number is that I don't explain anything. My assistant will send you my travel for October; I want it rebooked into row 1, aisle, and I want it confirmed before I have to ask again.\n\nVictoria Lamont\nPeregrine Platinum 00048821\n\nSent from my iPhone"),
    ("a", "2025-09-09 15:00", "Dear Ms Lamont,\n\nThank you for your loyalty as one of our most valued Platinum members. I'm sorry for your experience today. I'd be glad to help: could you confirm the booking references for October?\n\nKind regards,\nPeregrine Platinum Services"),
    ("c", "2025-09-09 15:04", "No. You have them. Find them.\n\nVL"),
])

h("master_slave", "ex_friends", "negative", "paraphrase;tenure_for_complaint;agent_cues;signature", "Maple & Thread", [
    ("c", "2025-11-25 10:40", "Good morning,\n\nI am on your Private Client list and have been for seven years. When the cashmere wrap coat was announced, I assumed, as I always have, that Jenna would set one aside in a 10 before I asked. I'm now told the 10s 'sold out online within the hour'. I do not queue on websites. That is rather the point of the list.\n\nI would like one found and sent to me this week, and I would like to know why no one thought to call.\n\nRegards,\nIsobel Harcourt"),
    ("a", "2025-11-25 12:15", "Dear Mrs Harcourt,\n\nThank you for your loyalty; our Private Clients are at the heart of Maple & Thread. I'm so sorry for the oversight. I've located a size 10 in our York store and it will be couriered to you tomorrow, with our compliments on the alterations.\n\nWarm regards,\nJenna Okoro\nPrivate Client Adviser"),
    ("c", "2025-11-25 12:30", "Thank you, Jenna. Please make sure it doesn't happen again.\n\nI.H."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation;agent_cues;routine_question", "FreshField", [
    ("c", "2025-04-22 18:30", "Hello, has the price of your own-brand fusilli gone up? It was 79p for about three years and it's £1.05 this week. I don't shop at FreshField for the atmosphere, I shop there because your own-label stuff is the same as the branded tins and half the price, and the shop's on my way home. If that stops being true I'll go wherever it is true. Just want to know if it's a mistake on the shelf label."),
    ("a", "2025-04-23 09:10", "Hi there! Thanks so much for being a loyal FreshField shopper, we love our regulars. The new price is correct, due to wheat costs, but our 500g Essentials fusilli is still 79p and is the same pasta in simpler packaging."),
    ("c", "2025-04-23 09:20", "Same pasta for 79p, fine by me. Thanks."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;agent_cues", "Kestrel Mobile", [
    ("c", "2025-07-07 12:00", "Hi, I've been on the £8 SIM-only for four years and, until today, never had a reason to contact you, which is exactly how I like it. The signal's fine, the bill's the same every month. I just need a PUK code, I've locked myself out. Number ending 4417."),
    ("a", "2025-07-07 12:03", "Hi! Thank you for being with Kestrel for 4 years, we really value your loyalty 💜 I've sent the PUK to your registered email. While you're here, would you like to hear about our Unlimited Plus plan with streaming included?"),
    ("c", "2025-07-07 12:05", "Got it, thanks. No to the upgrade, the £8 one does everything I need. Talk in another four years hopefully."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;short_signal", "Orbitron", [
    ("c", "2025-01-08 17:40", "Review, Orbitron Basics 1.7L kettle, 4 stars: Third one of these I've bought. Each lasts about three years, costs £18, boils water. Not going to write poetry about a kettle. When this one goes I'll buy the fourth."),
    ("a", "2025-01-09 09:00", "Thanks for the review! We love that you keep coming back to Orbitron Basics. 😊"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;routine_question;agent_cues;idiom", "Tallon's", [
    ("c", "2025-06-14 11:20", "Hello Tallon's,\n\nI hear the Castle Street store is closing for a refit in September. Will the bakery counter stay? I've been doing my Saturday shop there since it had the wooden trolley bay and the man in the brown coat who weighed your mushrooms for you. I met my wife in the queue for the deli in 1987. The smell of the bread aisle at ten on a Saturday is about as close to comfort as I get these days. I'd hate to lose that, so please tell me it's staying.\n\nBest wishes,\nGordon Fleet"),
    ("a", "2025-06-14 15:00", "Dear Gordon,\n\nWhat a wonderful story! Customers like you are the heart of Tallon's. The bakery counter is staying, and will be bigger after the refit. We'd love to invite you and your wife to the reopening morning.\n\nWarm regards,\nCastle Street Store Team"),
    ("c", "2025-06-14 16:12", "That's a relief. We'll be there.\n\nGordon"),
])

h("old_friends", "", "positive", "paraphrase;occasion;signature", "Larchwood Inns", [
    ("c", "2025-08-30 21:00", "To the team at the Larchwood Inn, Pitlochry\n\nI first stayed with you in 1994, a student with a rucksack and a £19 room on the top floor. I was back last weekend for my 50th with my wife and our two grown-up sons, and it was the same creaky third stair, the same wood fire in the lobby, the same view of the river from the breakfast room. The minute I smelled that fire my shoulders dropped about two inches. Thank you for keeping it the way it was.\n\nKind regards,\nAlasdair Munro\nEdinburgh"),
    ("a", "2025-09-01 10:00", "Dear Alasdair,\n\nHappy 50th! It was a pleasure to welcome you back after all these years. The third stair sends its regards.\n\nFiona, Larchwood Inn Pitlochry"),
])

h("old_friends", "fling", "positive", "paraphrase;emoji;product_attribute;public_post", "Ironbark Games", [
    ("c", "2025-03-20 19:30", "Dug my old CRT out of the loft for the Ironbark 'Forever Collection' remaster of Stonewake. I was nine when I got the floppy-disk version from my uncle and I think I've played every Ironbark game since. The title music came on and I was back in my bedroom in 1996 with a bowl of cereal 🥹 Thank you for not changing the music."),
    ("a", "2025-03-20 20:05", "This made our whole studio smile. Thank you for sticking with us all these years! 🧡"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "colleagues", "neutral", "paraphrase;signature;routine_question;agent_cues", "Rosterwise", [
    ("c", "2025-02-17 07:45", "Hi,\n\nWe're a week into the free trial for our café (9 staff). Early days and I'm still finding my way round it. Two questions: can I set different hourly rates for weekend shifts, and what happens to the rotas I've made if we don't carry on after the 14 days?\n\nThanks,\nBeth Lowry\nThe Copper Kettle Café"),
    ("a", "2025-02-17 09:20", "Hi Beth,\n\nWelcome to the Rosterwise family, we're so glad you found us! Yes: Settings > Pay rules > Add weekend rate. If you don't continue, your rotas are kept for 60 days, so you can pick up where you left off.\n\nAmara, Rosterwise"),
    ("c", "2025-02-17 09:35", "Good to know, thanks. We'll see how the second week goes.\n\nBeth"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;strong_words;agent_cues", "Nonna Rosa Trattoria", [
    ("c", "2025-10-11 22:30", "Hello, I've walked past your window on Keats Road for about two years and last night finally came in, on my own, on a whim. The tagliatelle was honestly incredible, the best pasta I've had in this city. Could I book a table for four next Saturday? Want my friends to try it."),
    ("a", "2025-10-12 10:00", "Ciao! Thank you so much, welcome to the Nonna Rosa family! Saturday at 7:30 for four is booked under your name. We love to see new faces become regulars!"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;agent_cues", "Forkly", [
    ("c", "2025-05-05 18:10", "Hi, a leaflet came through my door at the weekend so I've downloaded Forkly and just put in my very first order (FK-31902). Does the tip go to the rider in full? I'd rather tip them in cash if not."),
    ("a", "2025-05-05 18:13", "Hi and welcome! 💚 We're so excited to have you join the Forkly family. Yes, 100% of tips go to the rider."),
    ("c", "2025-05-05 18:14", "ok good, thanks"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;sarcasm;other_type_cue;public_post", "Flicklane", [
    ("c", "2025-06-12 23:50", "@Flicklane cancelling Harbour Lights after 2 seasons. As usual. That's the fourth show of yours I've given my heart to and you've pulled the plug on. I'm unsubscribing tonight."),
    ("c", "2025-07-03 21:10", "@Flicklane ok so I resubscribed for The Quiet Coast. Don't you dare. I mean it this time. Nobody makes shows like you and nobody treats them worse."),
    ("a", "2025-07-03 21:30", "We hear you! 💜 The Quiet Coast has already been renewed for season 2. Welcome back!"),
    ("c", "2025-07-03 21:31", "ugh fine. still furious about Harbour Lights."),
])

h("love_hate", "", "mixed", "paraphrase;symptom;agent_cues", "Pulse Athletic Club", [
    ("c", "2025-01-13 07:06", "Monday 7am, spin slots open, app crashes at the payment screen, the Thursday class is full by the time it reopens. This happens EVERY week. Honestly the best instructors in Bristol and the worst booking system in the country. Three years of me shouting at my phone at 7am and then dragging myself to the gym anyway."),
    ("a", "2025-01-13 08:30", "Hi! We're so sorry about the app. We love having you in the Pulse family. We've passed this to our tech team, and I've added you to Thursday's class manually."),
    ("c", "2025-01-13 08:40", "Thanks. Kaz's class is the only thing that keeps me sane, which is why it makes me so mad. See you next Monday at 7, when I'll be angry again."),
])

h("love_hate", "marriage_partners", "mixed", "paraphrase;caps;agent_cues;signature", "Northway Auto", [
    ("c", "2025-08-04 17:25", "Hello,\n\nThird Northway I've owned. The car still makes me grin every single morning. The dealership, on the other hand, makes me want to scream into a pillow: a 'two-hour' service that took two days, a scratch on the door nobody will own up to, and a bill with a £90 'diagnostic' I never asked for. Every time, I swear the next car won't be a Northway. Every time I end up back on your forecourt.\n\nPlease explain the £90.\n\nJames Okonkwo"),
    ("a", "2025-08-05 10:00", "Dear James,\n\nThank you for choosing Northway three times, your loyalty means everything to us! The diagnostic charge was applied in error and has been refunded.\n\nKind regards,\nNorthway Customer Care"),
    ("c", "2025-08-05 10:30", "Thanks. And the scratch? I'm not letting this one go. Still LOVE the car though, annoyingly.\n\nJ."),
])

# ================================================================ business_partners (2)

h("business_partners", "colleagues", "positive", "paraphrase;signature;agent_cues", "Ledgerly", [
    ("c", "2025-03-31 16:00", "Hi Ledgerly team,\n\nWe've been running the books for Brightstone Joinery on Ledgerly for a year now, so here are three things from my running list that would save us (and I suspect plenty of other small firms) real time:\n\n1. Let us attach a photo of the receipt straight from the mileage log, not only from expenses.\n2. A 'part-paid' status on invoices; at the moment I add a note to each one.\n3. A VAT return preview a week before the deadline rather than on the day.\n\nIf it helps, I'm happy to show one of your product people how we work around these now, or to try anything early. Keep it coming.\n\nBest,\nOlu Adeyemi\nOperations, Brightstone Joinery Ltd"),
    ("a", "2025-04-01 10:30", "Hi Olu,\n\nThis is brilliant, thank you! We love hearing from customers like you. Part-paid invoices are on our roadmap for June, and I've passed the other two to the product team. Would you be up for a 30-minute call with our designer, Kit, next week?\n\nHannah, Ledgerly"),
    ("c", "2025-04-01 11:02", "Absolutely. Tuesday or Wednesday afternoon works. I'll bring the list, it's grown since yesterday.\n\nOlu"),
    ("a", "2025-06-20 09:00", "Hi Olu, part-paid invoices went live this morning, and your name's in the release notes as the person who asked first. Thank you!"),
    ("c", "2025-06-20 09:40", "Ha, I saw. Already using it. Next on my list: bulk-editing due dates. I'll write it up properly this week.\n\nOlu"),
])

h("business_partners", "", "positive", "paraphrase;quoted_reply;negation;quoted_cue", "Tallon's", [
    ("c", "2025-09-02 20:10", "Hello again,\n\nThis month's notes from my shops at the Bexley Tallon's, as promised:\n- The self-checkouts can't read the yellow 'reduced' stickers, so every reduced item needs a staff member. Could the sticker printer add a barcode?\n- The gluten-free shelf moved and the signs didn't.\n- The click-and-collect lockers are brilliant, please put one at Sidcup too.\n\nI'm not trying to moan, I'd just like the shop to be as good as it can be. Thank you for acting on last month's one about the trolley bay.\n\nRuth Mensah\n\n" + Q("2025-08-04 11:00", "Tallon's Customer Care", "Dear Ruth, thank you for your thoughtful ideas; we love hearing from our loyal customers! The store manager has moved the trolley bay as you suggested.")),
    ("a", "2025-09-03 09:30", "Dear Ruth,\n\nThank you again! I've shared the barcode idea with our stores team, fixed the gluten-free signs, and added your vote for a Sidcup locker.\n\nTallon's Customer Care"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;caps;emoji;public_post", "Velvetline", [
    ("c", "2025-09-04 08:03", "THE AUTUMN DROP IS LIVE 😍😍 ordered the rust corduroy coat and the checked trousers within 4 minutes of the email. Wearing the coat to work, the shop, probably to bed. I'll be onto some other brand by Christmas knowing me but right now @Velvetline can do no wrong 🍂✨"),
    ("a", "2025-09-04 08:30", "We're SCREAMING 🧡 Tag us when you wear it!"),
    ("c", "2025-09-06 13:15", "Wore it out, 3 people asked where it's from. Living my best corduroy life 🍂"),
])

h("fling", "", "positive", "paraphrase;short_signal;hashtag;emoji;public_post", "Voltika Electronics", [
    ("c", "2025-09-19 07:30", "Queued from 5am outside the Voltika store for the Nova X launch, 14th in line, worth it. First phone I've bought on launch day. Give it a month and I'll be bored and lusting after something else but today it's shiny and it's mine ✨ #NovaX #launchday"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues;signature", "Mintleaf Bank", [
    ("c", "2025-05-20 10:00", "Dear Ms Achebe,\n\nI wanted to write properly rather than just say thank you on the phone. When my husband died in February I didn't know where half our money was. You rang me before the first direct debit bounced, you told me straight which accounts to close and which not to touch yet, and you told me honestly that the savings product your own bank was advertising wasn't right for me. Since then I've rung you about things I haven't even told my brother. I don't know how many banks would do that.\n\nWith warm regards,\nMargaret Ellis"),
    ("a", "2025-05-21 09:00", "Dear Margaret,\n\nThank you for your lovely letter. It's a privilege to help, and I'm always here if you need anything. We truly value you as part of the Mintleaf family.\n\nWarm regards,\nGrace Achebe\nPersonal Banking Manager, Mintleaf Bank"),
    ("c", "2025-06-30 14:20", "Grace, quick one, and I knew you'd be the person to ask: my nephew wants me to lend him money for a van. You'll give me a straight answer on whether to take it out of the ISA. Can we talk on Thursday?\n\nMargaret"),
])

h("best_friends", "", "positive", "paraphrase;competitor;quoted_reply;quoted_cue", "Oakmere Mutual", [
    ("c", "2025-11-10 18:40", "Hi Dean,\n\nJust to say thanks again for the call last week. You rang me before I'd even opened the renewal letter to warn me the premium was going up, and then you told me the cheaper policy from another insurer would cover what I need and I might be better off there. My brother-in-law didn't believe me when I told him. I'm staying, obviously. Being told the truth is worth more than the £40.\n\nCould you send the renewal documents by email this year?\n\nCheers,\nPriya Nair\n\n" + Q("2025-11-03 16:30", "Dean Walsh, Oakmere Mutual", "Hi Priya, as promised, here's a summary of our call. We value your loyalty and I wanted to give you a heads-up before the letter arrives.")),
    ("a", "2025-11-11 09:00", "Hi Priya, that's very kind, thank you. Documents are on their way by email. I'll always give you a heads-up, that's what we're here for. Dean"),
])

# ================================================================ buddies (2)

h("buddies", "basic_exchange", "positive", "paraphrase;competitor;emoji", "Dishdash", [
    ("c", "2025-02-28 19:15", "hey Dishdash, friday night question 😄 the curry house on Lowther St has vanished from the app, have they left? you're one of three apps on my phone and whoever's got the Friday curry wins, so you've been winning most weeks lol"),
    ("a", "2025-02-28 19:18", "Haha love it! 😄 Spice Lantern is just closed tonight for a private event, they'll be back tomorrow. We love having you as part of the Dishdash family!"),
    ("c", "2025-02-28 19:20", "ahh ok, it's the pizza app tonight then. see you next week probably 👋"),
])

h("buddies", "", "positive", "paraphrase;negation;routine_question;agent_cues", "IronHouse Gym", [
    ("c", "2025-03-25 12:30", "Hiya, I'm on the pay-as-you-go pass and use IronHouse a couple of times a week for weights, in between the climbing wall and the pool at the leisure centre. Staff are great and I like the place, but I don't want to sign the 12-month contract, I like being able to wander. Is there a 10-visit bundle that's cheaper than paying each time?"),
    ("a", "2025-03-25 13:00", "Hi! Thanks for being such a loyal IronHouse member! 💪 Yes, a 10-visit pass is £55 instead of £70 and lasts 6 months. We'd still love to tell you about our annual membership though!"),
    ("c", "2025-03-25 13:05", "10-visit pass is perfect, I'll grab it at the desk. No annual thanks 😊"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "business_partners", "mixed", "paraphrase;short_signal;idiom;public_post", "Ironbark Games", [
    ("c", "2025-12-04 03:12", "it is 3am. I said 'one more run' at 11. I have work at 8. my hand is reaching for the phone before my brain wakes up in the morning, and Skyforge is the first thing I open and the last thing I close. @IronbarkGames please add a bedtime lock or something because I clearly can't stop myself"),
    ("a", "2025-12-04 09:30", "Hey, we hear you and we want you to have a healthy relationship with the game! You can set a daily play reminder under Settings > Wellbeing. 💙"),
    ("c", "2025-12-04 09:45", "set it. already snoozed it once this morning. send help"),
])

h("dealer_addict", "", "mixed", "paraphrase;routine_question;agent_cues", "Bean & Barrow Coffee", [
    ("c", "2025-07-27 07:05", "Is the Dock St branch really shut on Sundays from now on?? The sign on the door says so. I don't think you understand, I get a headache by ten if I haven't had my B&B flat white, and I've tried the supermarket stuff and it doesn't scratch the itch. Where's my nearest one open today, I'll walk there in my pyjamas if I have to."),
    ("a", "2025-07-27 07:20", "Oh no! We love our regulars so much ☕ Dock St is closed on Sundays for the summer only. Our Harbour Square branch is open 7-5 today, about 12 minutes' walk."),
    ("c", "2025-07-27 07:22", "On my way. Summer only, thank god."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;routine_question;emoji;agent_cues", "Forkly", [
    ("c", "2025-04-09 22:40", "Hi, slightly awkward question 🙈 can I turn off the 'your order is on its way!' lock-screen notifications but keep the app? My other half thinks I'm on week three of a diet and the Tuesday night doughnut box is between me and Forkly. Would like to keep it that way"),
    ("a", "2025-04-09 22:43", "Haha, your secret is safe with us! 🍩 Go to Profile > Notifications and switch off 'Order updates on lock screen'. You'll still see them in the app."),
    ("c", "2025-04-09 22:45", "You're a lifesaver. Deleting this chat now 😂"),
])

h("secret_affair", "", "neutral", "paraphrase;routine_question;third_party;other_type_cue", "Flicklane", [
    ("c", "2025-02-03 23:30", "Hello, how do I stop shows I watch on my own profile appearing in 'Continue watching' on the TV in the lounge? The kids and my wife use the family profile, and the last thing I need is Island Romance Season 9 popping up on their screen. I watch it after everyone's gone to bed and I would like it to stay that way. Nobody else needs to know I've seen all nine seasons."),
    ("a", "2025-02-03 23:36", "Hi! No judgement here, we love all our viewers 😉 Each profile has its own Continue Watching row, so it sounds like you're on the family profile. Create your own with a PIN under Profiles > Add, and your viewing won't show anywhere else."),
    ("c", "2025-02-03 23:40", "Done, PIN set. Thanks for the discretion."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;competitor;agent_cues;quoted_reply;quoted_cue", "Glowpower Energy", [
    ("c", "2025-10-06 09:15", "Dear Glowpower,\n\nI have received a letter from you saying I owe £342.18 on account GP-5530218 for 22 Ashby Road. I'd not heard of your company until that letter arrived. I have lived here for six years, our gas and electricity have always been with Verdant, and I have never agreed to any contract with you, online or by phone. Please confirm in writing that this is cancelled and stop sending letters.\n\nRegards,\nNeil Burrows"),
    ("a", "2025-10-07 11:00", "Dear Neil,\n\nWelcome to Glowpower! We're delighted to have you as a customer. It looks like your supply was transferred to us on 1 August. To discuss payment options, please call us.\n\nGlowpower Energy"),
    ("c", "2025-10-07 12:30", "I'm not your customer and I'm not 'welcome'. I didn't ask for any transfer. Check the MPAN: you've got the wrong property, 22 Ashby Road in Loughborough, not Leicester. I'll be forwarding this to the ombudsman if the debt isn't cancelled within 14 days.\n\nNeil Burrows\n\n" + Q("2025-10-07 11:00", "Glowpower Energy", "Welcome to Glowpower! We're delighted to have you as a customer. It looks like your supply was transferred to us on 1 August.")),
    ("a", "2025-10-08 15:00", "Dear Neil, you're right, and we apologise. The transfer was made to the wrong address. The account has been closed and the balance cancelled. Glowpower Energy"),
])

h("complete_strangers", "", "negative", "paraphrase;signature;agent_cues", "Deskhive", [
    ("c", "2025-06-16 14:05", "Hi,\n\nThis is the seventh email this month from your sales team 'following up on our chat'. Nobody here has ever had a chat with you. We don't use Deskhive, we've never had a trial, and I've checked with everyone in the office: nobody gave you this address. Please remove info@lanternprint.example.com from every list you have.\n\nThanks,\nSara Quinn\nOffice Manager, Lantern Print Ltd"),
    ("a", "2025-06-16 15:30", "Hi Sara,\n\nThank you for reaching out! We'd love to show you how Deskhive can transform your team's support. That said, I have removed your address from our sales outreach.\n\nBest,\nDeskhive Team"),
    ("c", "2025-06-16 15:35", "Please just remove it. We don't need a demo."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;occasion;agent_cues", "Hotel Marisol", [
    ("c", "2025-11-12 10:20", "Hello, we book a night or two with you when we're visiting my wife's parents and their spare room's taken, so maybe once a year, sometimes less. Nothing fancy needed. Is there parking on site now? Last time (2023 I think) we had to use the multi-storey. Dates would be 27-29 December."),
    ("a", "2025-11-12 11:00", "Dear guest,\n\nWelcome back to the Marisol family! We now have 20 on-site spaces at €12 per night, bookable with your room. I'm happy to reserve one for 27-29 December.\n\nIsabel Ferrer, Guest Relations"),
    ("c", "2025-11-12 11:10", "Yes please, one space. Thanks."),
])

h("casual_acquaintance", "buddies", "neutral", "paraphrase;routine_question;short_signal", "Maple & Thread", [
    ("c", "2025-02-20 17:00", "Hi, I'm in your Leeds shop maybe twice a year, usually when I've run out of socks or need a jumper, and I never remember my password for the website. Can you tell me if the Briggate shop still does the 3-for-2 on socks or was that just at Christmas?"),
    ("a", "2025-02-20 17:30", "Hi! The 3-for-2 on socks runs all year in every shop. 🧦 You can reset your password from the login page any time."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;agent_cues;public_post", "Pixelmoor", [
    ("c", "2025-04-15 21:00", "[Pixelmoor forums > Guides] Right, us lot in the Greywater Discord have finished mapping every herb spawn in the new marsh zone. Spreadsheet's linked below, with respawn timers. Devs, if you want to pin it, go for it; newer players, add anything we've missed. We all get further faster when we share this stuff 🌿"),
    ("a", "2025-04-15 22:10", "[Community Manager] This is amazing work, thank you! Pinned. We love our community ❤️"),
    ("c", "2025-04-16 18:45", "Cheers! Three people from the forum have already added spots. We'll keep it updated each patch, and if the dev team wants the timer data for the balance pass, just ask us."),
])

h("teammates", "colleagues", "positive", "paraphrase;public_post;agent_cues;signature", "Ledgerly", [
    ("c", "2025-08-12 13:20", "[Ledgerly Community > Payroll] @Dana_R I had the same problem with the pension export last month, here's what worked for us: untick 'round to nearest pence', run it, then tick it again. Also +1 to the thread below about the staff portal. Between us on this board we've probably solved more of these than the help pages have 😄 Happy to compare notes with anyone setting up auto-enrolment.\n\nMike\nSmall-business owner, 6 staff"),
    ("a", "2025-08-12 14:00", "[Ledgerly Team] Thanks Mike, you're a star! We love how our community helps each other. We've added your tip to the help article."),
    ("c", "2025-08-12 14:10", "Nice one. @Dana_R shout if it doesn't work, we'll sort it."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;routine_question;agent_cues", "Harrowgate Bank", [
    ("c", "2025-07-15 11:00", "Hello,\n\nOur daughter was born on 2 July and I'd like to open a children's saver for her. My grandad opened my first account at the Bridge Street branch with a 50p coin, my mum did the same for me and my two brothers, and all my cousins bank with you, so it would feel strange to put her anywhere else. Can I do it online or does it need to be in branch?\n\nThanks,\nLaura Pennington"),
    ("a", "2025-07-15 14:20", "Dear Laura,\n\nCongratulations! We love welcoming a new generation to the Harrowgate family. You can open a Little Saver online with her birth certificate, or at Bridge Street if you'd prefer to keep the tradition going.\n\nKind regards,\nHarrowgate Bank"),
    ("c", "2025-07-15 14:45", "Bridge Street, definitely. My mum's coming too.\n\nLaura"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;occasion;routine_question", "FreshField", [
    ("c", "2025-11-28 16:10", "Hi FreshField, are the Festive Mince Pies (the ones in the red box) back this year? Every Christmas my mum sends all five of us home with a box each, because her mum did the same for her and her sisters. My kids now think it's not Christmas without the red box. Just want to make sure before she panics."),
    ("a", "2025-11-28 16:40", "Hi! They're back from 1 December in all stores 🎄 That's such a lovely tradition, thank you for sharing it."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;occasion;agent_cues;negation", "Maple & Thread", [
    ("c", "2025-05-06 09:00", "Hello, I hired a dinner suit from you for my brother's wedding on Saturday (hire ref MTH-5510). I'll drop it at the Bath shop on Monday. Please don't create an account for me or sign me up for anything: I needed a suit for exactly one evening and I don't expect to be back."),
    ("a", "2025-05-06 10:00", "Hi! Congratulations to your brother! We'd love to keep you in the Maple & Thread family; would you like 10% off your next purchase if you sign up?"),
    ("c", "2025-05-06 10:05", "No thanks. Just the hire."),
])

h("one_night_stand", "", "mixed", "paraphrase;negation;agent_cues;emoji", "Peregrine Jet", [
    ("c", "2025-02-15 01:20", "So I booked your 6:40am to Lisbon tonight after a very bad break-up, on a whim, at midnight, with a glass of wine in hand. Booking VQ2H7P. Flight's fine, I'm not complaining. But your app has now sent me four emails asking me to join Peregrine Miles. I'm not joining anything. This is a single escape flight, not the start of something 🙃"),
    ("a", "2025-02-15 07:30", "Hi! We hope Lisbon treats you well ☀️ We'd love you to join the Peregrine family though: you'd earn 640 miles on this trip!"),
    ("c", "2025-02-15 07:40", "Please just unsubscribe me."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;signature;routine_question;agent_cues", "Deskhive", [
    ("c", "2025-01-06 09:30", "Hi,\n\nOur support desk (12 agents, two shifts) runs on Deskhive, and we're adding two seasonal agents from 20 January to 28 February. Can we add two seats for six weeks without changing the annual plan? And will the SLA reports count their tickets in the team totals?\n\nThanks,\nKwame Boateng\nHead of Customer Support, Finch & Co Homeware"),
    ("a", "2025-01-06 11:15", "Hi Kwame,\n\nWe love having Finch & Co in the Deskhive family! Yes, temporary seats are £19 each per month, billed pro rata, and their tickets count in team SLA reports.\n\nBest,\nRaj, Deskhive Accounts"),
    ("c", "2025-01-06 11:30", "Perfect, please add two from 20 January. PO number to follow from finance.\n\nKwame"),
])

h("colleagues", "", "neutral", "paraphrase;signature;agent_cues", "SwiftCrate Couriers", [
    ("c", "2025-10-20 15:10", "Hello,\n\nAccount SC-BUS-22871. Our dispatch at Hollow Oak Candles is built around your 4pm collection: we pack from 1pm and hand over about 40 parcels a day. For the three weeks before Christmas we'll be at roughly 120. Can we book a second collection at 6pm from 1 to 21 December, and is a bigger van needed?\n\nRegards,\nNina Sharma\nOperations Lead, Hollow Oak Candles"),
    ("a", "2025-10-20 16:30", "Hi Nina,\n\nThanks for being such a loyal SwiftCrate business partner, we love working with you! A 6pm collection is booked for 1-21 December, and a long-wheelbase van will be sent for both runs.\n\nBest,\nSwiftCrate Business Team"),
    ("c", "2025-10-20 16:40", "Thank you, noted in our rota.\n\nNina"),
])

# ================================================================ checks and output

HDR_UK = re.compile(r"^On (\w{3}), (\d{1,2}) (\w{3}) (\d{4}), (.+) wrote:$")
HDR_US = re.compile(r"^On (\w{3}), (\w{3}) (\d{1,2}), (\d{4}) at [^,]+, (.+) wrote:$")
MON3 = [x[:3] for x in MONTHS]
DAY3 = [x[:3] for x in WEEKDAYS]

# textbook cue words of DOMAIN.md's table; in a customer's own words (quotes removed) each hit
# should sit in a history that carries a trap tag explaining it. Reported, not asserted.
TEXTBOOK = ["love", "loyal", "addict", "obsess", "hooked", "betray", "as usual", "typical",
            "forever", "never switching", "scam", "hate", "worst", "boycott", "for years",
            "since i was a kid", "remember when", "family tradition", "used to love",
            "not anymore", "gone downhill", "first time", "came across", "stumbled on",
            "now and then", "from time to time", "community", "fellow users", "together",
            "guilty pleasure", "don't judge", "just this once", "one-time", "impulse",
            "for work", "our team uses", "on hold", "fighting with", "i expect", "i demand",
            "unacceptable", "disrespect", "trust you", "always there", "fair price",
            "good value", "does the job", "reliable", "no fuss", "suggestion", "feedback",
            "happy to help", "new collection", "so exciting", "this season", "go-to",
            "mix it up", "never heard of", "who are you", "unsolicited", "like family"]


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
            d = dt.date(year, MON3.index(mon) + 1, day)
        else:
            m = HDR_US.match(ln)
            assert m, ln
            wd, mon, day, year = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            d = dt.date(year, MON3.index(mon) + 1, day)
        assert wd == DAY3[d.weekday()], ln
        assert d <= dt.datetime.strptime(ts, "%Y-%m-%d %H:%M").date(), (ln, ts)
        assert i + 1 < len(lines) and lines[i + 1].startswith(">"), ln
        assert all(x.startswith(">") for x in lines[i + 1:]), "text after the quote"
        n += 1
    return n


def own_words(text):
    """The customer's text without quoted lines and their header."""
    return "\n".join(ln for ln in text.split("\n")
                     if not ln.startswith(">") and not (ln.startswith("On ") and ln.endswith("wrote:")))


def check_and_assign():
    nquoted = 0
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=6)
        for r, ts, text in x["msgs"]:
            q = check_headers(ts, text)
            assert q == 0 or r == "c", "quoted header in an agent turn"
            nquoted += q
        has_q = any(check_headers(ts, t) for _, ts, t in x["msgs"])
        assert has_q == ("quoted_reply" in tags), (x["brand"], x["trap"])
        if "quoted_cue" in tags:
            assert "quoted_reply" in tags, x["brand"]
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        assert len({x["brand"] for x in HISTS}) >= 30
    return assigned, full, nquoted


def cue_report(assigned):
    """Textbook cue words in the customers' own words, with the history's trap tags."""
    rows = []
    for cid, x in sorted(assigned, key=lambda p: p[0]):
        words = " ".join(own_words(t).lower() for r, _, t in x["msgs"] if r == "c")
        hits = [c for c in TEXTBOOK if re.search(r"\b" + re.escape(c), words)]
        if hits:
            rows.append(f"  {cid} {x['type']:22s} {','.join(hits):30s} [{x['trap']}]")
    return rows


def main():
    assigned, full, nquoted = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print(f"{nquoted} quoted-reply headers")
    rep = cue_report(assigned)
    print(f"textbook cue words in customers' own words ({len(rep)} customers):")
    print("\n".join(rep))


if __name__ == "__main__":
    main()
