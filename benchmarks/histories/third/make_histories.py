#!/usr/bin/env python3
"""Development set of invented customer histories for relradar (hist3).

All brands, people, handles, addresses and numbers are invented. Run:
    python3 /work/hist3/make_histories.py
It checks the data and writes histories.csv and labels.csv next to this file.
"""
import csv
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies",
    "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
    "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
    "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
    "love_hate", "one_night_stand", "colleagues", "adversaries",
]
VALENCES = {"positive", "negative", "mixed", "neutral"}
COMMON = ["adversaries", "enemies", "ex_friends", "basic_exchange",
          "marriage_partners", "old_friends", "casual_acquaintance"]
N = 80
SEED = 3033


def draw_types():
    """Draw the type of each id first, with a seeded shuffle (ids carry no order)."""
    cnt = {t: 2 for t in TYPES}
    for t in COMMON:
        cnt[t] = 3
    for t in ("adversaries", "enemies", "ex_friends"):
        cnt[t] = 4
    cnt["undetermined"] = N - sum(cnt.values())  # 28 = 35%
    pool = [t for t in sorted(cnt) for _ in range(cnt[t])]
    random.Random(SEED).shuffle(pool)
    return {"t%03d" % (i + 1): t for i, t in enumerate(pool)}


H = []


def h(cid, type_, second, valence, trap, brand, start, msgs):
    """msgs: list of (role, offset, text); role 'c' or 'a'; offset like '0', '5m', '2d3h10m'."""
    H.append(dict(cid=cid, type=type_, second=second, valence=valence, trap=trap,
                  brand=brand, start=start, msgs=msgs))


def off(s):
    if s in ("0", ""):
        return timedelta(0)
    m = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", s)
    assert m and any(m.groups()), s
    d, hh, mm = (int(x or 0) for x in m.groups())
    return timedelta(days=d, hours=hh, minutes=mm)


# ---------------------------------------------------------------------------
# t001 - t040
# ---------------------------------------------------------------------------

h("t001", "undetermined", "", "neutral", "agent_cue;routine_question",
  "Vantel Mobile", "2025-03-02T10:15:00Z", [
    ("c", "0", "Hi, I'm going to Portugal for ten days in April. Does my plan cover data there or do I need an add-on?"),
    ("a", "2m", "Hi Priya, thanks for reaching out! As a loyal Vantel customer you're on our Freedom 30 plan, which includes EU roaming at no extra cost. We really value your loyalty."),
    ("c", "4m", "ok so I don't need to do anything? it just works when I land?"),
    ("a", "5m", "That's right, just make sure data roaming is switched on in your phone settings."),
    ("c", "6m", "Great, thanks."),
])

h("t002", "fleeting_acquaintance", "", "positive", "paraphrase;tweet;brand_reply",
  "Copperkettle Coffee", "2025-04-11T08:42:00Z", [
    ("c", "0", "finally caved and went into the @CopperkettleCo that opened on dale st. never been to one before today ☕ oat flat white was actually decent, might pop in again next week"),
    ("a", "1h5m", "@mira_hollis so glad you stopped by! next one's on us if you show this tweet 🧡"),
    ("c", "1h20m", "@CopperkettleCo oh go on then 😄"),
])

h("t003", "old_friends", "marriage_partners", "positive", "paraphrase;signature;small_complaint",
  "The Linden Arms Hotel", "2025-10-06T19:03:00Z", [
    ("c", "0", "Dear Linden Arms team,\n\n"
     "Gerald and I spent our honeymoon with you in October 1989, in the little room over the archway, and we have found an excuse to come back almost every autumn since. This was our thirty-somethingth visit (we have stopped counting).\n\n"
     "The lobby still smells of beeswax and woodsmoke, and Mrs Aldous at the desk still remembered that Gerald takes his tea black. Walking in felt like putting on an old, comfortable coat. Do you remember when the bar still had the stuffed pike over the fireplace? We missed him!\n\n"
     "One small grumble: the new parking machine refused every card we own. A nice young man sorted it out for us in the end.\n\n"
     "With warm wishes,\nMargaret Pell\n14 Orchard Close, Hebden\nmargaret.pell@example.com"),
    ("a", "1d2h", "Dear Mrs Pell,\n\nWhat a lovely letter. The pike has retired to the cellar but we will pass on your regards! We are sorry about the parking machine and have asked the supplier to look at it.\n\nWarmest regards,\nTom Ferris\nGeneral Manager, The Linden Arms"),
])

h("t004", "master_slave", "ex_friends", "negative", "agent_cue;paraphrase;status",
  "Aurelia Airways", "2025-05-19T21:30:00Z", [
    ("c", "0", "I have flown over 140,000 miles with Aurelia this year alone and tonight I was put in row 31 next to the lavatory because of an 'equipment swap'. Nobody informed me, nobody offered anything, the crew didn't even know who I was."),
    ("a", "3m", "Good evening Mr Castellane, I'm very sorry to hear that. As a Diamond member your loyalty is extremely important to us and we value your business."),
    ("c", "4m", "Please don't read me the script. A person with my record should not have to chase anybody. I should have been called before boarding, moved, and compensated without asking."),
    ("a", "7m", "I completely understand. I can offer 15,000 bonus miles as a gesture of goodwill."),
    ("c", "8m", "15,000. That's insulting. I want a call from someone senior at the airline by noon tomorrow, not a chat window. And I want to be told what will be done so this never happens to me again."),
])

h("t005", "casual_acquaintance", "", "positive", "agent_cue;paraphrase;review_reply",
  "Fresh Basket Market", "2025-06-28T15:10:00Z", [
    ("c", "0", "Handy stop on the A61\n\n"
     "We're not regulars, it's nowhere near home, but when we drive down to my sister's we usually pull in here, so maybe four or five times a year. Parking's easy, the deli counter is always decent and the loos are clean.\n\n"
     "This time the bakery section was a bit picked over by 3pm, but no complaints really."),
    ("a", "2d", "Thank you for your review! We'd love to become your go-to store and earn your loyalty every week. Our Basket Rewards card gives you 5% back on every shop. - Carla, Store Manager"),
])

h("t006", "close_siblings", "old_friends", "positive", "paraphrase;routine_question;signature",
  "Quillfield Credit Union", "2025-01-14T12:20:00Z", [
    ("c", "0", "Hello,\n\n"
     "My grandfather opened the first Quillfield account in our family at the Elm Street branch in 1961, my dad kept his paper-round money there, and I've had my current account with you since I got my first job. Now it's my daughter's turn: she is 7 and has been saving birthday money in a jar.\n\n"
     "Can I open a junior saver for her online, or do we need to come in? She would really like to come in and see where Grandad 'kept the money'.\n\n"
     "Thanks,\nOwen Marsh\nMember no. 55120-9"),
    ("a", "3h", "Hi Owen,\n\nThat's lovely to hear. You can open it online, but we'd be very happy to see you both at Elm Street. Bring her ID and yours, and we'll give her a money box too.\n\nBest,\nJanelle, Member Services"),
    ("c", "5h", "Perfect, we'll come in on Saturday. Thank you!"),
])

h("t007", "master_slave", "", "negative", "quoted_reply;status;paraphrase",
  "Marisol Resorts", "2025-08-03T07:55:00Z", [
    ("c", "0", "To the General Manager,\n\n"
     "This was my eleventh stay in one of your Cabo suites. On arrival nobody greeted me by name, the champagne that is always waiting was warm, and your concierge asked me to spell my surname. Twice.\n\n"
     "I should not have to ask for anything at a property like yours, and certainly not repeat myself. Guests at my level choose Marisol precisely because these things are anticipated. I would like a personal letter from you, and I would like to know the name of the concierge.\n\n"
     "Helena Voss-Ruiz\n\n"
     "On Fri, 1 Aug 2025, Marisol Resorts Guest Relations wrote:\n"
     "> Dear Ms Voss-Ruiz, thank you for choosing Marisol again. We hope your stay\n"
     "> exceeded your expectations and we look forward to welcoming you back.\n"
     "> Your loyalty means the world to us."),
    ("a", "1d4h", "Dear Ms Voss-Ruiz,\n\nPlease accept my sincere apologies. I have personally reviewed your arrival and will write to you separately.\n\nRafael Ortega, General Manager"),
    ("c", "1d6h", "I will wait for that letter. Do not send me a voucher."),
])

h("t008", "one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;agent_cue;tweet",
  "Loomhouse", "2025-11-22T01:12:00Z", [
    ("c", "0", "ordered a full sequin blazer from @loomhouse at 1am for a party saturday. not my usual kind of shop at all, i just need to be a disco ball for one night 🪩"),
    ("a", "9h", "@dee_okafor love this energy!! join Loom Club for 10% off your next order and early access to drops ✨"),
    ("c", "9h30m", "@loomhouse haha thanks but no, this is a one and done situation. it's going back in the box after saturday 😅"),
])

h("t009", "colleagues", "basic_exchange", "neutral", "signature;paraphrase;routine_question",
  "Ledgerly", "2025-02-05T09:05:00Z", [
    ("c", "0", "Hi Ledgerly support,\n\n"
     "We're a 14-person architecture practice and have run payroll and expenses through Ledgerly since last spring. Our office manager and two partners are in it daily and it mostly stays out of our way, which is what we want from it.\n\n"
     "Question: we've started taking on freelance renderers. Is there a way to set up a contractor category so their invoices don't land in the salaried payroll run?\n\n"
     "Kind regards,\n\nAnika Brandt\nOperations Lead | Brandt & Kerr Architects\n+44 20 7946 0312 | anika@brandtkerr.example.com\n"
     "This e-mail and any attachments are confidential."),
    ("a", "2h", "Hi Anika,\n\nYes: go to Settings > People > Worker types and add 'Contractor'. Contractor invoices then go through Payables instead of Payroll. Happy to walk you through it on a call.\n\nThanks for being a valued Ledgerly customer!\nRyan, Ledgerly Support"),
    ("c", "3h", "Found it, works. Thanks Ryan.\n\nAnika"),
])

h("t010", "undetermined", "complete_strangers", "negative", "one_incident;courier_not_chosen;stranger_cue;tweet",
  "Parcelhawk", "2025-12-09T17:40:00Z", [
    ("c", "0", "@Parcelhawk your driver marked my parcel 'delivered, handed to resident' with a photo of a BLUE door. my door is red. i've never even heard of you before today, the seller picked you. where is my stuff"),
    ("a", "25m", "@jonno_pr we're sorry to hear this. please DM us your tracking number and we'll open an investigation."),
    ("c", "40m", "@Parcelhawk DMed. PH-88213-XQ"),
])

h("t011", "casual_acquaintance", "buddies", "neutral", "passing_use;agent_cue;cancel_not_leaving",
  "Flickstream", "2025-09-14T20:01:00Z", [
    ("c", "0", "hi, quick one. I tend to sign up for a month whenever there's a show I want, binge it, cancel, and then come back whenever the next thing turns up. it's that time again (new season of Harbour Lights). can I restart my old account or do I need a new one?"),
    ("a", "2m", "Hi there! Welcome back, we've missed you 💜 You can restart your old account from the Account page, your profiles and watch history are still there."),
    ("a", "3m", "We'd love to have you stay with us for good, would you like to hear about our annual plan?"),
    ("c", "4m", "no thanks, monthly is fine. cheers"),
])

h("t012", "ex_friends", "enemies", "negative", "paraphrase;switching",
  "Greenvolt Energy", "2025-07-01T18:47:00Z", [
    ("c", "0", "Hello,\n\n"
     "I joined Greenvolt in 2016 when you were the small renewable supplier whose phone was answered by an actual person in Bristol. I talked you up to anyone who'd listen; three of my neighbours switched because of me.\n\n"
     "Since the takeover: estimated bills four quarters in a row, a direct debit that doubled without notice, and a chatbot that can't read my meter photos. I feel a bit of a fool for recommending you, honestly. It's not the company I signed up with.\n\n"
     "I've started a switch to another supplier. Please make sure my final bill uses the reading attached, not an estimate.\n\n"
     "Sam Delaney"),
    ("a", "2d", "Dear Sam,\n\nWe're sorry to see you go. Your final bill will use the reading you attached (48213).\n\nGreenvolt Customer Care"),
])

h("t013", "adversaries", "", "negative", "sarcasm;agent_cue;paraphrase",
  "Brightwire Cable", "2025-04-03T19:22:00Z", [
    ("c", "0", "Here we go again. Fourth bill in a row with the $14.99 'equipment fee' for a box I returned in January. I have the return receipt and the reference numbers from the last three chats. Want them in alphabetical order this time?"),
    ("a", "2m", "I'm so sorry for the frustration, I understand how upsetting this must be. Let me look into that for you."),
    ("a", "6m", "I've applied a credit of $14.99 to your account."),
    ("c", "7m", "You applied it in February and March too. The box is still 'on the account'. Remove the box from the account, not the fee from the bill."),
    ("a", "10m", "I've raised a ticket with our equipment team, it can take 1-2 billing cycles."),
    ("c", "11m", "Sure. See you in May, same time, same fee. I'll bring snacks."),
])

h("t014", "undetermined", "", "positive", "product_attribute;textbook_cue;review_reply",
  "Glowmere Cosmetics", "2025-03-21T13:30:00Z", [
    ("c", "0", "Love this foundation!!\n\n"
     "I LOVE the Forever Matte foundation. The shade range actually has my colour (deep 8 warm) and it doesn't go grey on me.\n\n"
     "Only downside: it oxidises a little after about six hours so I carry powder. Would buy this shade again."),
    ("a", "1d", "Hi lovely, thank you so much for your review! We're thrilled you found your perfect match. - The Glowmere Team"),
])

h("t015", "adversaries", "", "negative", "quoted_reply;signature;paraphrase;passing_use",
  "Harbourstone Bank", "2025-03-06T08:10:00Z", [
    ("c", "0", "Dear Sir or Madam,\n\n"
     "This is now the third letter I have written about the £25 unarranged overdraft fee on my account. Each time I am told it has been reversed, and each month it comes back. I have started keeping a folder.\n\n"
     "Please reverse it again and, this time, remove whatever flag keeps reapplying it.\n\n"
     "Regards,\nD. Okonkwo\nAccount ending 7702\n\n"
     "On Tue, 4 Mar 2025, Harbourstone Bank wrote:\n"
     "> Dear Mr Okonkwo,\n"
     "> We have reviewed your account and reversed the fee as a gesture of goodwill.\n"
     "> We value you as a customer and apologise for any inconvenience."),
    ("a", "3d", "Dear Mr Okonkwo,\n\nWe have reversed the fee and referred your account to our specialist team.\n\nHarbourstone Bank Customer Relations"),
    ("c", "34d", "Dear Sir or Madam,\n\nThe fee appeared again on my April statement. I am enclosing copies of your last three letters. I expect I will be writing to you again in May.\n\nD. Okonkwo"),
])

h("t016", "undetermined", "", "neutral", "agent_cue;routine_question",
  "IronPeak Fitness", "2025-02-17T07:45:00Z", [
    ("c", "0", "Hi, I broke my wrist skiing. Can I freeze my membership for 6 weeks?"),
    ("a", "1m", "Ouch, sorry to hear that! Yes, as a valued long-term member you can freeze for up to 3 months for free. Shall I set it up from today?"),
    ("c", "2m", "Yes please, from today."),
    ("a", "3m", "Done! Your membership will restart on 31 March. Heal up soon 💪"),
])

h("t017", "adversaries", "", "negative", "sarcasm;tweet;hashtag",
  "Cirrus Atlantic", "2025-06-12T06:05:00Z", [
    ("c", "0", "ah yes, the traditional 40 minute wait on the tarmac before the 6am to leeds. wouldn't feel like a @CirrusAtlantic trip without it #cirrusbingo"),
    ("a", "30m", "@ben_tarrant sorry about the wait this morning Ben, this was due to a late crew arrival. we appreciate your patience."),
    ("c", "3h", "and the bag carousel at leeds has eaten half the flight's luggage. that's a full line on the bingo card, see you all on thursday for the return leg 🙃 #cirrusbingo"),
    ("c", "2d14h", "thursday return: gate changed twice, 55 min late. i'd be worried if it was on time tbh @CirrusAtlantic"),
])

h("t018", "close_siblings", "old_friends", "positive", "paraphrase;routine_question;signature",
  "Morrow Motors", "2025-05-02T16:00:00Z", [
    ("c", "0", "Hi,\n\n"
     "Granddad drove Morrows, Dad drove Morrows, and I learned to drive in Granddad's '94 Morrow Pike (it's still in Dad's garage). Last week I finally picked up a new Morrow Vela of my own, and the whole family came to the dealership for the handover, which the staff at Hadley were lovely about.\n\n"
     "Question: does the first free service need to be done at Hadley, or can I go to the Leigh branch which is closer to work?\n\n"
     "Thanks!\nChloe Benning"),
    ("a", "1d", "Hi Chloe,\n\nCongratulations on your Vela! Any Morrow dealer can do your first service, Leigh included.\n\nMorrow Customer Care"),
])

h("t019", "undetermined", "", "positive", "product_attribute;textbook_cue;tweet;emoji",
  "Tuneloft", "2025-08-19T07:58:00Z", [
    ("c", "0", "tuneloft's 'Forever Yours' playlist is carrying my entire commute rn 😭💕 love love love whoever made it"),
    ("a", "2h", "@lily_vasq 💕💕 we'll tell the curator!"),
])

h("t020", "undetermined", "", "neutral", "quoted_reply;routine_question;signature",
  "Safeharbor Mutual", "2025-07-09T11:30:00Z", [
    ("c", "0", "Hi,\n\n"
     "Following up on claim HM-20417 for hail damage to the car roof. The assessor came on Monday. Do I take it to any body shop, or do I need one from your approved list?\n\n"
     "Thanks,\nRaj Patel\n\n"
     "On Mon, 7 Jul 2025, Safeharbor Mutual Claims wrote:\n"
     "> Dear Raj, thank you for being a loyal Safeharbor policyholder. An assessor\n"
     "> will visit on Monday 7 July between 9am and 1pm."),
    ("a", "4h", "Dear Raj,\n\nYou can use any repairer, but approved repairers come with a lifetime guarantee on the work. The list is in your online account.\n\nSafeharbor Claims"),
    ("c", "5h", "OK, thanks, I'll use one from the list."),
])

h("t021", "undetermined", "", "mixed", "one_incident;mixed_not_love_hate;review_reply",
  "Marisol Resorts", "2025-02-26T10:00:00Z", [
    ("c", "0", "Beautiful beach, forgettable food\n\n"
     "The pool and the beach were dreamy and our room had the best view I've had anywhere. Housekeeping were lovely.\n\n"
     "But the buffet was the same three dishes every night, and the woman at reception on the evening we arrived was frankly rude when our room wasn't ready at 6pm.\n\n"
     "Would I come back? For the beach, maybe. For the food, no."),
    ("a", "3d", "Dear guest, thank you for sharing your feedback. We are delighted you enjoyed our beach and have shared your comments with our culinary and front office teams. We hope to welcome you back. - Guest Relations"),
])

h("t022", "love_hate", "dealer_addict", "mixed", "sarcasm;paraphrase;tweet",
  "Starforge Games", "2025-10-15T18:00:00Z", [
    ("c", "0", "900 hours in ember legends and i resent every single one of them. servers down AGAIN on patch day @StarforgeGames"),
    ("c", "10m", "uninstalled. done. free at last"),
    ("c", "2h", "...reinstalled. the new hero looks too good. i hate this company and i'll be in the queue at 8 like everyone else"),
    ("a", "3h", "@kai_grimm servers are back up! thanks for your patience, legend 🔥"),
    ("c", "3h20m", "@StarforgeGames 'legend' lol. best game i've ever played when it works. which is tuesdays"),
])

h("t023", "dealer_addict", "", "negative", "paraphrase;outage",
  "Bean & Bellow", "2025-01-27T06:40:00Z", [
    ("c", "0", "Your app has been down since 6am and I genuinely can't function. I've had a B&B cold brew at 6:45 every single morning for two years. I have a headache and I'm twitching. When is mobile order back???"),
    ("a", "3m", "Good morning! We're so sorry, we're aware of an outage and our team is working on it. You can still order in store at any location."),
    ("c", "4m", "The store near me doesn't open till 7. I'm standing outside it. I need this so badly it's embarrassing"),
    ("a", "30m", "Mobile order is back up! We've added a free drink to your account for the trouble ☕"),
    ("c", "31m", "oh thank god. ordering two"),
])

h("t024", "ex_friends", "", "negative", "paraphrase;signature;unsubscribe",
  "Loomhouse", "2025-09-03T21:15:00Z", [
    ("c", "0", "Hello Loomhouse,\n\n"
     "I've bought pretty much my entire work wardrobe from you since 2012. Your trousers got me through two job interviews and a wedding. I genuinely looked forward to the autumn catalogue.\n\n"
     "The last three orders have pilled after one wash, the sizing is all over the place, and the shirt I returned in July still hasn't been refunded. It feels like the brand I knew has been swapped for a cheaper one with the same logo.\n\n"
     "I'm not angry so much as sad. Please refund order LH-55910 and take me off the mailing list.\n\n"
     "Best,\nRuth Akande"),
    ("a", "1d", "Hi Ruth,\n\nWe're really sorry to hear this. Your refund of £48.00 has been processed and you've been unsubscribed. We hope to win you back one day.\n\nLoomhouse Customer Care"),
])

h("t025", "undetermined", "", "neutral", "product_attribute;routine_question",
  "Voltmart", "2025-06-05T14:12:00Z", [
    ("c", "0", "The Loyalty tab in the app shows 0 points but I bought a kettle on Saturday. Receipt number 5510-2231. Can you check?"),
    ("a", "2m", "Hi! Points can take up to 72 hours to appear. Let me check the receipt for you."),
    ("a", "4m", "I can see the 42 points have now been added."),
    ("c", "5m", "Yep, showing now. Thanks."),
])

h("t026", "marriage_partners", "old_friends", "positive", "paraphrase;competitor;review_reply",
  "IronPeak Fitness", "2025-05-30T19:40:00Z", [
    ("c", "0", "Six years, three cities, one gym\n\n"
     "Every time I've moved for work (Leeds, then Glasgow, now here) the first thing I check on the map is whether there's an IronPeak nearby. I've been offered cheaper memberships at the budget places down the road more times than I can count and I wouldn't dream of it.\n\n"
     "The coaches know me, the 6am crowd is my second family, and I honestly can't picture training anywhere else. Whatever you're doing, keep doing it. You've got me for life."),
    ("a", "1d", "This made our whole team's day, thank you! See you at 6am. - Jordan, Club Manager"),
])

h("t027", "complete_strangers", "", "negative", "paraphrase;debt_demand",
  "Pylon Telecom", "2025-11-04T10:05:00Z", [
    ("c", "0", "Hello,\n\n"
     "I have received a 'final demand' letter from Pylon Telecom for £212.40 on an account ending 4471, threatening a collection agency.\n\n"
     "I have never been a Pylon customer. I have never had a phone, broadband or any other contract with you, I have never been to one of your shops, and until this letter I couldn't have told you what your logo looks like. Please explain where you got my name and address.\n\n"
     "Nadia Farouk\n22 Quarry Lane, Pellingham"),
    ("a", "2d", "Dear Ms Farouk,\n\nThank you for contacting Pylon. To help us investigate, please confirm your date of birth and any previous addresses in the last six years.\n\nPylon Account Services"),
    ("c", "2d3h", "I have lived at this address for eleven years. I will give you my date of birth, but I want it on record that I have no relationship with your company and have never agreed to one. If this goes to a collector I will report it."),
])

h("t028", "undetermined", "", "neutral", "for_work_occasion;routine_question",
  "Roadway Rentals", "2025-04-22T13:00:00Z", [
    ("c", "0", "Hi, I'm in Denver for work next week, need a midsize car from the airport Tue-Thu. Does the $39/day price include unlimited mileage?"),
    ("a", "1m", "Hi! Yes, all our Denver airport rentals include unlimited mileage. Taxes and the airport concession fee are extra."),
    ("c", "2m", "ok thanks, booking now"),
])

h("t029", "undetermined", "dealer_addict", "positive", "product_attribute;textbook_cue;tweet",
  "Crunchwell", "2025-03-08T21:50:00Z", [
    ("c", "0", "the new chili lime crunchwells are dangerously addictive ngl 🔥🔥 @crunchwell"),
    ("a", "40m", "@tomasz_k 🔥 dangerously delicious! glad you like them"),
])

h("t030", "undetermined", "", "negative", "employee;textbook_cue",
  "SwiftDrop Couriers", "2025-12-16T22:30:00Z", [
    ("c", "0", "driver at swiftdrop depot 12 here. they've put us on 160 stops a day in december and then wonder why parcels end up in the wrong porch. i love my regulars on the route, i really do, but this job is killing me"),
    ("c", "3m", "before anyone asks, no i can't find your parcel, i'm not allowed in the system on my phone. ring customer service"),
])

h("t031", "basic_exchange", "", "positive", "paraphrase;competitor;routine_question",
  "Vantel Mobile", "2025-08-27T12:25:00Z", [
    ("c", "0", "Been on your £8 SIM-only plan for a few years now. Signal's fine where I live, the bill's the same every month and I never have to think about it, which is all I want from a phone company. Why would I pay three times that with the big networks?"),
    ("c", "1m", "Anyway, question: I want to add my son to the same deal. Can I do two SIMs on one account?"),
    ("a", "3m", "Hi Martin! Yes, you can add up to five SIMs on one account, each at £8/month. We value your loyalty and appreciate you spreading the word!"),
    ("c", "5m", "Grand. Send me the link."),
])

h("t032", "dealer_addict", "", "mixed", "paraphrase;review_reply;negated_cue",
  "Pixelmoth Games", "2025-04-09T23:58:00Z", [
    ("c", "0", "Send help\n\n"
     "I downloaded Pocketpaw Garden over Christmas and told myself I'd delete it when the holidays ended. It's April. I set alarms at night for the energy refill. My partner now hides my phone at dinner. I tried going cold turkey for a weekend and lasted until Saturday lunch.\n\n"
     "Someone in the reviews says it's 'not addictive if you have any self-control'. Turns out I have none. 5 stars, I hate you, please never shut down."),
    ("a", "1d", "Haha, thank you for the review! Remember to take breaks and look after yourself. The Pixelmoth Team 🐾"),
])

h("t033", "teammates", "", "positive", "paraphrase;we_cue;community",
  "Wayfinder Maps", "2025-09-28T17:20:00Z", [
    ("c", "0", "Hi Wayfinder folks,\n\n"
     "Just a note to say the Saturday mapping meet-up in Pellbrook went brilliantly. Eleven of us (plus two dogs) walked the bridleways and added 38 footpaths and four stiles that weren't on the map. A couple of the regulars from the forum came out from Dunmere to help, and Ines from your team answered our tagging questions in the group chat all afternoon.\n\n"
     "We're planning the next one for the old railway line in November. If you could send a few more of those hi-vis vests, we'd wear them with pride!\n\n"
     "Cheers,\nFergus (u/fergmaps)"),
    ("a", "2d", "Fergus, this is fantastic. Vests are on their way, and we'll feature Pellbrook in the next community newsletter. Thank you all! - Ines, Community Team"),
])

h("t034", "undetermined", "", "positive", "one_incident;single_thank_you;review_reply",
  "Morrow Motors", "2025-10-10T12:00:00Z", [
    ("c", "0", "Quick brake check\n\nBooked in online for a brake check, car was done in 40 minutes and Sam explained exactly what he'd looked at. Coffee in the waiting room was better than expected. Thanks!"),
    ("a", "6h", "Thanks for the kind words, we'll pass them on to Sam! - Morrow Leigh Service Team"),
])

h("t035", "undetermined", "", "negative", "one_incident;strong_words;signoff;signature",
  "Cirrus Atlantic", "2025-07-21T09:14:00Z", [
    ("c", "0", "Hello,\n\n"
     "My suitcase did not arrive on flight CA 2217 from Malaga on 19 July. File reference LBAC-40112. It has my daughter's medication in it. This has honestly been the most stressful experience of my life and nobody at the desk in Leeds could tell me anything.\n\n"
     "Please, please call me.\n\n"
     "Love and thanks in advance,\nAnnie Forde\n07700 900417"),
    ("a", "5h", "Dear Ms Forde,\n\nYour bag has been located in Malaga and will be on this evening's flight, with courier delivery to your home tomorrow morning.\n\nCirrus Atlantic Baggage Services"),
    ("c", "1d3h", "It came this morning, medication all there. Thank you."),
])

h("t036", "business_partners", "colleagues", "positive", "paraphrase;feature_request;signature",
  "TaskPilot", "2025-03-12T15:35:00Z", [
    ("c", "0", "Hi TaskPilot product team,\n\n"
     "We've run our sprints on TaskPilot for about two years and I keep a running list of ideas, so here's the latest batch in case it's useful:\n\n"
     "1. Let us set WIP limits per swimlane, not just per board.\n"
     "2. The burndown chart would be far more honest if it excluded tickets added mid-sprint (or showed them in another colour).\n"
     "3. A keyboard shortcut to move a card to 'blocked' and @mention the blocker in one go.\n\n"
     "If any of these make it onto the roadmap, I'd be glad to jump on a call, share our workflow, or test an early version with my team. We'd rather help shape this than go shopping for another tool.\n\n"
     "Thanks,\nLeo Vance\nEngineering Manager, Halcyon Freight"),
    ("a", "1d", "Hi Leo,\n\nThese are great, thank you. #2 is already in design; I'd love to get you into the beta. I'll send an invite this week.\n\nPriyanka, Product Manager, TaskPilot"),
    ("c", "1d2h", "Excellent, count us in. I'll write up how we use blocked cards so you have some real examples."),
])

h("t037", "adversaries", "", "negative", "paraphrase;agent_cue;repeat_dispute",
  "Clearwater Utilities", "2025-10-02T17:10:00Z", [
    ("c", "0", "I'm back. Meter reading saga, episode five. Every quarter you estimate my water usage at double what it is, every quarter I send you photos of the meter, every quarter someone says 'corrected'. Here's this quarter's photo: 01842."),
    ("a", "2m", "Thank you for getting in touch, we truly value you as a customer. I can see the estimate on your account, let me correct that now."),
    ("c", "3m", "I know you can. Can you also stop the estimates? Or is that a different department, like the last four times?"),
    ("a", "6m", "I've corrected the bill to the reading you provided. I've also asked our metering team to book a smart meter installation."),
    ("c", "7m", "I'll believe the smart meter when I see it. Screenshotting this chat for the January episode."),
])

h("t038", "undetermined", "", "negative", "sarcasm;textbook_cue;one_incident",
  "Bean & Bellow", "2025-05-14T08:55:00Z", [
    ("c", "0", "25 minutes for one oat latte @beanandbellow. and they spelled my name 'Kreg'. love that for me ✨"),
    ("a", "1h", "@craig_mw that's not the experience we want for you Craig, sorry! DM us and we'll make it right."),
])

h("t039", "undetermined", "", "neutral", "not_customer;family_cue;routine_question",
  "Harbourstone Bank", "2025-11-18T19:30:00Z", [
    ("c", "0", "Hi, I'm not a Harbourstone customer myself, but my mum has banked with you since before I was born and she's been getting texts 'from Harbourstone' asking her to confirm her card details at a link. Is 07700 900981 one of your numbers?"),
    ("a", "2m", "Hi, thanks for checking. That number is not ours and Harbourstone will never ask for card details by text. Please ask your mum to forward the text to 7726 and delete it."),
    ("c", "3m", "Thought so. I'll tell her, thanks."),
])

h("t040", "one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;basic_cue;review_reply",
  "Nightjar Inn", "2025-01-09T08:20:00Z", [
    ("c", "0", "Fine for a stranded night\n\n"
     "Missed my connection at 10pm, booked the Nightjar by the airport from the taxi rank because it was the only thing with a room. Not the kind of place I'd normally pick, and I won't be making a habit of it, but for one night it did what I needed: a bed, a shower, a kettle and a 5am shuttle."),
    ("a", "2d", "Thank you for staying with us! We hope to welcome you back on your next trip. - Nightjar Inn Airport"),
])


# ---------------------------------------------------------------------------
# t041 - t080
# ---------------------------------------------------------------------------

h("t041", "enemies", "", "negative", "paraphrase;agent_cue;tweet;warn_others",
  "IronPeak Fitness", "2025-02-03T20:10:00Z", [
    ("c", "0", "PSA for anyone in town: @IronPeakFit kept taking £45 a month from me for THREE months after i cancelled in writing. they're a subscription trap with dumbbells. do not give these people your bank details"),
    ("a", "1h", "@hana_lowe hi Hana, we'd hate to lose a valued member like you! please DM us your membership number so we can look into this."),
    ("c", "1h15m", "@IronPeakFit i'm not a member, that's the whole point. refund me the £135 and i'll stop posting. until then i'm telling every single person who asks me about gyms round here to go anywhere but you"),
    ("c", "3d", "update: refund arrived. still wouldn't send my worst enemy there. rt if they've done this to you too"),
])

h("t042", "complete_strangers", "", "negative", "quoted_reply;agent_cue;paraphrase",
  "Safeharbor Mutual", "2025-06-16T09:40:00Z", [
    ("c", "0", "Hello,\n\n"
     "Could someone explain why I'm getting renewal reminders from you? I've never taken out a policy with Safeharbor, never asked for a quote, and I'd not heard of you until these started arriving. Please remove my details and tell me where you got them.\n\n"
     "Ewan McCrae\n\n"
     "On Sat, 14 Jun 2025, Safeharbor Mutual wrote:\n"
     "> Dear valued customer,\n"
     "> Your home insurance renewal is coming up. As a thank you for your loyalty,\n"
     "> we've applied a 10% loyal customer discount to your renewal quote."),
    ("a", "1d", "Dear Mr McCrae,\n\nThank you for letting us know. We can find no policy in your name; it appears your e-mail address was entered by mistake on a quote by another person. We have removed it from our systems.\n\nSafeharbor Data Protection Team"),
    ("c", "1d1h", "Thank you. Please make sure it stays removed."),
])

h("t043", "ex_friends", "enemies", "negative", "price_rise;agent_cue;paraphrase",
  "Tuneloft", "2025-09-01T22:05:00Z", [
    ("c", "0", "I want to cancel Premium. I've paid for it since the student plan in 2014 and I'm the reason half my friends are on Tuneloft, I used to send people my playlists as a way of saying hello."),
    ("a", "2m", "Hi Jess, we'd be sorry to see you go! Can I ask what's prompted this?"),
    ("c", "4m", "Third price rise in 18 months, and you took offline lyrics away the same week. It feels like you stopped caring about the people who were here from the start. Honestly gutted, but yes, cancel it."),
    ("a", "6m", "I understand. As a thank you for your loyalty I can offer 3 months at half price."),
    ("c", "7m", "No thanks. It's not about three months. Please just cancel."),
    ("a", "9m", "Done, your Premium will end on 1 October. Thanks for being with us for so long."),
])

h("t044", "basic_exchange", "", "positive", "competitor;paraphrase;review_reply;agent_cue",
  "Fresh Basket Market", "2025-07-19T10:30:00Z", [
    ("c", "0", "Does what it says\n\n"
     "I do the weekly shop here because it comes out about £20 cheaper than Hallwood's for the same trolley and the own-brand stuff is perfectly good. Nothing fancy, no music, no samples, and I'm in and out in half an hour.\n\n"
     "Only gripe is the self-checkouts nagging about 'unexpected items'. Otherwise it does the job week in, week out."),
    ("a", "2d", "Thanks so much for shopping with us every week! We're proud to be your loyal local store. - Fresh Basket Team"),
])

h("t045", "undetermined", "", "neutral", "agent_cue;routine_question",
  "Brightwire Cable", "2025-05-08T13:15:00Z", [
    ("c", "0", "Hi, the engineer is booked for Thursday 8-12 but I have to be at work. Can I move it to Saturday?"),
    ("a", "1m", "Hi Darren! Of course. And thanks for being with Brightwire for eight wonderful years, we really appreciate our long-standing customers."),
    ("a", "2m", "I have Saturday 10 May, 8am-12pm. Shall I book it?"),
    ("c", "3m", "Yes please."),
    ("a", "4m", "All booked, you'll get a text the evening before."),
])

h("t046", "colleagues", "", "neutral", "courier_chosen;signature;routine_question",
  "Parcelhawk", "2025-03-25T08:30:00Z", [
    ("c", "0", "Hi Parcelhawk business team,\n\n"
     "We're a small ceramics studio and ship around 200 orders a week on our Parcelhawk business account (BA-30118). Our packer has changed shifts, so we'd like to move the daily collection from 2pm to 4pm starting next Monday.\n\n"
     "Also, could you confirm the fragile-item surcharge still applies per parcel, not per collection? We need it for our pricing.\n\n"
     "Thanks,\nBeatriz Lowe\nOwner, Lowe & Kiln Ceramics\nbeatriz@lowekiln.example.com"),
    ("a", "4h", "Hi Beatriz,\n\nYour collection time is now 4pm from Monday 31 March. The fragile surcharge is per parcel (£1.20).\n\nParcelhawk Business Support"),
    ("c", "5h", "Perfect, thank you."),
])

h("t047", "marriage_partners", "", "positive", "paraphrase;tweet;emoji",
  "Aurelia Airways", "2025-08-09T16:45:00Z", [
    ("c", "0", "14 years of flying @AureliaAir for every single trip and i have never once looked at another airline. the crew on AU 418 just sang happy birthday to me at 38,000 ft and gave me a tiny cake and i'm CRYING 🥹✈️ ride or die, always"),
    ("a", "1h", "@sunita_rao happy birthday Sunita!! 🎂 we're so lucky to have you on board"),
    ("c", "1h10m", "@AureliaAir you'll be stuck with me till i'm 90 😂❤️"),
])

h("t048", "undetermined", "", "negative", "price_rise;one_incident;routine_question",
  "Greenvolt Energy", "2025-04-02T18:00:00Z", [
    ("c", "0", "Your e-mail says my unit rate is going up 12% from 1 May. Is that right? That seems a lot, my neighbour's only went up 6%."),
    ("a", "3m", "Hi, yes, the new rate for your fixed tariff is 27.4p/kWh from 1 May. You can compare our other tariffs in your account."),
    ("c", "5m", "Not happy about it but ok. Which tariff would be cheapest for a 2-bed flat?"),
    ("a", "8m", "Based on your usage, our Flex Saver tariff would save you about £60 a year."),
])

h("t049", "undetermined", "fleeting_acquaintance", "positive", "intent_to_return;textbook_cue;review_reply",
  "Nightjar Inn", "2025-09-15T20:20:00Z", [
    ("c", "0", "Loved it!\n\nAbsolutely loved our weekend. The room was spotless, the breakfast was huge and Karim at reception gave us a map of the best walks. We will definitely be back!"),
    ("a", "1d", "Thank you! We can't wait to welcome you back. - Karim and the Nightjar Harrogate team"),
])

h("t050", "best_friends", "", "positive", "paraphrase;signature",
  "Quillfield Credit Union", "2025-02-20T19:30:00Z", [
    ("c", "0", "Dear Ms Achebe,\n\n"
     "I wanted to write properly. When I was made redundant last spring, Quillfield rang me before I'd even missed a payment and you talked me through a payment holiday on the car loan. You never once made me feel like a problem.\n\n"
     "You're the only place I can be completely straight with about money without feeling judged, and you're straight back with me, even when it isn't what I want to hear (thank you for talking me out of that second credit card!). I'm back in work now and I've told my brother he should move his account to you.\n\n"
     "With real gratitude,\nThomas Ibe"),
    ("a", "2d", "Dear Thomas,\n\nThank you so much for taking the time to write. It's why we do what we do. I'm so glad things are looking up.\n\nGrace Achebe\nMember Adviser, Quillfield Credit Union"),
])

h("t051", "buddies", "casual_acquaintance", "positive", "agent_cue;paraphrase;tweet",
  "Copperkettle Coffee", "2025-10-21T08:15:00Z", [
    ("c", "0", "@CopperkettleCo you're one of about four coffee spots on my weekly rotation. tuesdays + fridays it's you, the other days the cart by the station or the place with the cinnamon buns. consistently nice, zero drama ☕"),
    ("a", "30m", "@ollie_breen love that we made the rotation! download the app and collect a stamp every visit, 9th coffee free 🎉"),
    ("c", "45m", "@CopperkettleCo ha, i'll pass on the app, i like keeping my options open. see you friday"),
])

h("t052", "undetermined", "", "negative", "symptom_frequency;routine_question",
  "Starforge Games", "2025-06-30T21:10:00Z", [
    ("c", "0", "Ember Legends crashes every time I open the inventory since yesterday's patch. Always freezes on the loading wheel then closes. PC, Windows 11, RTX 3060. Crash log attached."),
    ("a", "1h", "Thanks for the report and the log! This is a known issue with the 4.2 patch and a hotfix is going out tomorrow."),
    ("c", "1d2h", "Hotfix worked, inventory opens now."),
])

h("t053", "undetermined", "fleeting_acquaintance", "neutral", "competitor_praise;enemy_cue_about_competitor;routine_question",
  "Pylon Telecom", "2025-05-26T11:05:00Z", [
    ("c", "0", "Hi, I moved my number over from Vantel last week. Vantel were a nightmare, worst company I've ever dealt with, never again. Anyway, how do I set up voicemail on your network?"),
    ("a", "2m", "Hi, welcome to Pylon! Dial 1571 from your phone and follow the prompts to set your greeting and PIN."),
    ("c", "5m", "Done, thanks."),
])

h("t054", "undetermined", "", "neutral", "quoted_news;textbook_cue;routine_question",
  "Loomhouse", "2025-01-30T12:40:00Z", [
    ("c", "0", "Hi, I saw this in the paper this morning:\n\n"
     "\"Campaigners are calling for a boycott of Loomhouse after a report on conditions at two supplier factories. The retailer also confirmed it will close 30 stores by March.\"\n\n"
     "Does that include the Kingsgate store? I have a coat to return from there and the receipt says 28 days."),
    ("a", "1h", "Hi, thanks for getting in touch. Kingsgate will remain open, and you can also return to any store or by post within 28 days."),
    ("c", "1h10m", "OK, I'll take it back this weekend."),
])

h("t055", "enemies", "adversaries", "negative", "one_incident_with_stance;review_reply;warn_others",
  "Harbourstone Bank", "2025-04-14T17:30:00Z", [
    ("c", "0", "Do not bank here\n\n"
     "Harbourstone froze my current account for nineteen days 'for a security review' with no explanation. My rent bounced. Every call was forty minutes on hold to be told 'it's with the team'.\n\n"
     "I've moved every penny to another bank and I'm telling everyone at work what happened. If you value your sanity, pick literally any other bank. These people should not be allowed near other people's money."),
    ("a", "2d", "We're sorry to read about your experience. We are unable to discuss individual accounts here; please contact our complaints team on 0800 555 0199. - Harbourstone Customer Relations"),
])

h("t056", "fleeting_acquaintance", "", "neutral", "paraphrase;routine_question",
  "Glowmere Cosmetics", "2025-11-03T14:50:00Z", [
    ("c", "0", "Hi! A friend put me onto you last week and I've never tried your stuff. I've ordered the trial-size skincare kit to see how my skin gets on with it before buying anything full size. Does the WELCOME15 code work on trial kits?"),
    ("a", "2m", "Hi and welcome to Glowmere! 💜 Yes, WELCOME15 works on trial kits. If you've already placed the order, I can refund the 15% now."),
    ("c", "3m", "Already ordered, yes please!"),
    ("a", "5m", "Done! £3.60 back to your card. Hope you love it."),
])

h("t057", "enemies", "", "negative", "paraphrase;agent_cue;tweet;warn_others",
  "Roadway Rentals", "2025-07-28T19:35:00Z", [
    ("c", "0", "@RoadwayRentals just charged me £480 for a scratch that was ALREADY on the car at pickup (i have the photos with timestamps). these people are crooks in polo shirts"),
    ("a", "20m", "@g_sandoval we'd love the chance to make this right! please DM us your rental agreement number."),
    ("c", "25m", "@RoadwayRentals DM'd. and to everyone else: rent from literally anyone but these guys. photograph everything. RT so nobody else gets done"),
    ("c", "4d", "@RoadwayRentals charge reversed after 4 days and 3 emails. doesn't change a thing, i'd walk before i rented from you again"),
])

h("t058", "marriage_partners", "", "positive", "negated_cue;paraphrase;review_reply",
  "Starforge Games", "2025-11-12T23:00:00Z", [
    ("c", "0", "Buying this sight unseen, as always\n\n"
     "I've been with Starforge since Hollowmere on a burnt CD in 2006 and I've pre-ordered every game you've made since. I don't love every patch (the 4.2 crash week was rough) and I'll never pretend the shop prices are fair, but I don't play anything from anyone else these days and I can't imagine that changing.\n\n"
     "Whatever you make next, I'm buying it on day one. Thanks for twenty years of evenings."),
    ("a", "1d", "This is incredible to read. Thank you for sticking with us all this time. - the Starforge community team"),
])

h("t059", "old_friends", "", "positive", "paraphrase;tweet;emoji",
  "Crunchwell", "2025-03-14T16:30:00Z", [
    ("c", "0", "crunchwell salt & vinegar were what we spent our pocket money on at Mr Dhillon's after school in the 90s. bought a bag at the petrol station today and it's the exact same taste, i'm 11 again 🥲"),
    ("c", "5m", "still a bag in my lunchbox most days, 30 years on. some things you just don't grow out of @crunchwell"),
    ("a", "2h", "@nat_oyelaran this made our day 💛 here's to another 30 years!"),
])

h("t060", "undetermined", "", "negative", "one_incident;passing_use;signature",
  "Aurelia Airways", "2025-01-13T09:20:00Z", [
    ("c", "0", "Hello,\n\n"
     "Typical Monday: I've just opened my credit card statement and I was charged twice for seat selection (£24 x 2) on booking ref QX7H2L, flight AU 233 on 2 February. Please refund the duplicate.\n\n"
     "Thanks,\nPaul Nwosu"),
    ("a", "1d", "Dear Mr Nwosu,\n\nWe have refunded the duplicate charge of £24. Please allow 5-7 working days.\n\nAurelia Airways Customer Care"),
])

h("t061", "fling", "", "positive", "paraphrase;tweet;emoji",
  "Glowmere Cosmetics", "2025-10-01T09:02:00Z", [
    ("c", "0", "the @glowmere x aurora capsule dropped at 9 and it was in my basket by 9:01. the holographic palette??? the chrome lip topper??? i'm a different person now. space girl era starts today 🪐✨"),
    ("c", "1d", "wore the full aurora look to work. will i still be into this in spring? absolutely no idea and i do not care"),
    ("a", "1d2h", "@bex_morales SPACE GIRL ERA 🪐 we love to see it"),
])

h("t062", "undetermined", "", "negative", "sarcasm;idiom;textbook_cue",
  "IronPeak Fitness", "2025-09-09T06:10:00Z", [
    ("c", "0", "Love the new class booking app. Love it when it works, which so far is never. Third attempt at booking spin this morning, it just spins itself."),
    ("a", "5m", "Sorry about that! We've had reports of the booking page timing out this morning and the team are on it. I've booked you into the 7am spin manually."),
    ("c", "6m", "ok thanks"),
])

h("t063", "ex_friends", "master_slave", "negative", "loyalty_grievance;quoted_reply;signature",
  "Cirrus Atlantic", "2025-02-11T07:30:00Z", [
    ("c", "0", "Dear Cirrus,\n\n"
     "For nine years I've been on the 7:10 to Dublin every Monday and back every Thursday, and I've held Gold for most of them. I chose you over the cheaper carrier every single week because you felt like my airline.\n\n"
     "Your new points scheme means I'll drop to Silver in April and lose lounge access. After nine years of Mondays, that's how much it turns out to be worth. I'm not shouting, I'm just sad, and I've booked March with the other lot to see how I get on.\n\n"
     "Regards,\nCiaran Walsh\n\n"
     "On Fri, 7 Feb 2025, Cirrus Atlantic wrote:\n"
     "> Dear Mr Walsh, we are excited to introduce Cirrus Rewards+, designed to\n"
     "> reward our most loyal customers. Thank you for your continued loyalty."),
    ("a", "2d", "Dear Mr Walsh,\n\nThank you for your message. We're sorry to hear you're disappointed with the changes. Status levels are calculated automatically and we are unable to make exceptions.\n\nCirrus Rewards+ Team"),
    ("c", "2d3h", "Thank you for confirming. That rather settles it."),
])

h("t064", "secret_affair", "", "positive", "paraphrase;tweet;emoji",
  "Burger Baron", "2025-05-21T21:40:00Z", [
    ("c", "0", "my PT thinks i'm meal prepping chicken and rice. i am in the @BurgerBaron drive thru for the third time this week. if you see a grey corsa here, no you didn't 🤫🍔"),
    ("a", "25m", "@lou_mendes your secret is safe with the Baron 👑🤐"),
    ("c", "30m", "@BurgerBaron delete this tweet. actually don't. double bacon royale please"),
])

h("t065", "business_partners", "", "positive", "paraphrase;feature_request;agent_cue",
  "Bean & Bellow", "2025-06-18T12:45:00Z", [
    ("c", "0", "Hi! I order through your app pretty much daily and I've been keeping a note of things that would make it nicer, if you want them. Happy to send more detail."),
    ("a", "2m", "We'd love to hear them! Your feedback really matters to us."),
    ("c", "6m", "1) Let me save a 'usual' per store, the one by my office does oat but the station one only has soy.\n"
     "2) Show the queue time before I pay, not after.\n"
     "3) A 'leave it at the end of the counter' toggle so staff don't have to shout names.\n"
     "I know you can't do all of it, but I'd genuinely like to help make the app better, so if you ever test new versions with customers, put my name down."),
    ("a", "8m", "These are brilliant, I've passed them straight to our app team and added you to our beta tester list ☕"),
    ("c", "9m", "Amazing, thank you!"),
])

h("t066", "best_friends", "old_friends", "positive", "paraphrase;signature",
  "Safeharbor Mutual", "2025-12-02T10:10:00Z", [
    ("c", "0", "Hello Safeharbor,\n\n"
     "I wanted to say thank you to Dev and the claims team. When the pipe burst at 2am, Dev was on the phone with me within ten minutes, found us a hotel for the night, and has rung me every few days since just to check in on how the kids are coping.\n\n"
     "What I value most is that you tell me straight. When I asked if the carpets were covered, Dev said 'honestly, probably not, but let's ask', instead of fobbing me off. I've never felt like a policy number with you, and I'd put my hand up for you to anyone.\n\n"
     "Best wishes,\nAmara Quinn\nPolicy SH-HOME-118203"),
    ("a", "1d", "Dear Amara,\n\nThank you so much, I've shared this with Dev and the whole team. We're here whenever you need us.\n\nSafeharbor Customer Experience"),
])

h("t067", "secret_affair", "", "positive", "paraphrase;agent_cue;routine_question",
  "Flickstream", "2025-03-03T22:50:00Z", [
    ("c", "0", "hi, is there a way to make a profile that doesn't show up on the main screen? asking for... me. I've been bingeing Love Villa Australia every night after everyone goes to bed and my husband thinks I only watch documentaries."),
    ("a", "2m", "Ha, no judgement here at all! You can add a PIN lock to a profile so only you can open it, under Profiles > Manage > Profile lock."),
    ("c", "3m", "perfect. he's never finding out. I'll keep watching the whale thing with him on Sundays as cover 🤭"),
])

h("t068", "undetermined", "", "negative", "strong_words;one_incident;tweet",
  "Vantel Mobile", "2025-07-04T13:25:00Z", [
    ("c", "0", "@VantelMobile no signal in the whole of Hexley since 9am. WORST NETWORK EVER. i have a job interview call at 2!!!"),
    ("a", "10m", "@kwame_ad sorry Kwame, we have a mast outage in Hexley, engineers are on site and expect service back by 1:30pm. wifi calling should work if you have wifi."),
    ("c", "1h", "@VantelMobile back at 1:20. interview went fine. still annoyed"),
])

h("t069", "undetermined", "", "mixed", "product_attribute;product_name;textbook_cue;review_reply",
  "Morrow Motors", "2025-08-22T18:00:00Z", [
    ("c", "0", "Great to drive, maddening screen\n\n"
     "We picked the Vela Family Pack for the boot and the ISOFIX points. It handles beautifully and I love how quiet it is on the motorway.\n\n"
     "I hate the infotainment though. The heated seats are buried three menus down and the screen reboots on cold mornings. Tech feels five years behind the rest of the car."),
    ("a", "1d", "Thanks for the detailed review! A software update addressing the reboot issue is coming in September. - Morrow Customer Care"),
])

h("t070", "teammates", "", "positive", "paraphrase;we_cue;community",
  "Pixelmoth Games", "2025-12-20T19:00:00Z", [
    ("c", "0", "WE DID IT 🐾 the Pocketpaw winter garden event hit £12,000 for the Harrow Lane animal shelter. so proud of every single gardener who planted a charity rose this week, and of the devs for letting the community vote on the rose designs"),
    ("c", "10m", "shoutout to the forum crew who ran the spreadsheets for the guild planting rota, it's been the best week in this game since i joined. same again next year? @PixelmothGames"),
    ("a", "2h", "@pawsome_priya we literally could not have done this without you all 💚 same again next year, we promise"),
])

h("t071", "fling", "fleeting_acquaintance", "positive", "paraphrase;tweet;emoji;first_contact",
  "Loomhouse", "2025-09-18T10:00:00Z", [
    ("c", "0", "the @loomhouse autumn drop is EVERYTHING. bought the whole plaid set, the cape and the little beret 🍂 dark academia girl for the foreseeable"),
    ("c", "5h", "wore the cape to the pub. it's giving professor who solves murders. i have never shopped here before and now i am simply a different person"),
    ("a", "6h", "@ivy_c_lark a professor who solves murders is exactly the vibe we designed for 🍂"),
])

h("t072", "enemies", "adversaries", "negative", "paraphrase;review_reply;warn_others",
  "Pylon Telecom", "2025-10-27T20:40:00Z", [
    ("c", "0", "Avoid\n\n"
     "Pylon cut off our broadband for eight days because of a 'system migration' nobody told us about. My partner works from home and lost a week's pay. Three calls, three different stories, one engineer who never turned up.\n\n"
     "I've reported them to the regulator and I'm paying the exit fee just to be rid of them. I honestly hope this company goes under. Don't sign anything with them."),
    ("a", "2d", "We are sorry for the disruption to your service. Please contact us on 0800 555 0132 so we can review your account. - Pylon Customer Relations"),
    ("c", "3d", "No. Cancel the account. I've already got another provider coming Thursday."),
])

h("t073", "basic_exchange", "casual_acquaintance", "positive", "paraphrase;review_reply",
  "Nightjar Inn", "2025-11-30T09:05:00Z", [
    ("c", "0", "Exactly what I need, nothing more\n\n"
     "I stay at a Nightjar whenever I drive up to visit my dad in his care home, roughly once a month. The price is the price, the bed is clean, the shower is hot and nothing about it ever surprises me. I don't need a spa or a welcome cocktail, I need to be asleep by ten and on the road by eight.\n\n"
     "This one in Thirsk is as good as the rest of them."),
    ("a", "2d", "Thank you for your kind words, we hope your dad is well. - Nightjar Thirsk"),
])

h("t074", "love_hate", "", "mixed", "textbook_cue;sarcasm;tweet",
  "Flickstream", "2025-04-25T23:15:00Z", [
    ("c", "0", "@Flickstream cancelled ANOTHER show after one season. that's four of my favourites now. i hate you. i hate you so much"),
    ("c", "2m", "anyway what time does the new Cold Harbour drop tonight"),
    ("c", "1d", "watched all 8 episodes. perfect show. you're going to cancel it aren't you. i'll still be here paying every month like a fool, you know it and i know it"),
    ("a", "1d1h", "@jaz_whitfield we hear you! 💜 and so glad you loved Cold Harbour"),
])

h("t075", "old_friends", "", "positive", "paraphrase;review_reply;small_complaint",
  "Copperkettle Coffee", "2025-02-08T15:30:00Z", [
    ("c", "0", "Still my corner\n\n"
     "I've been coming to the original Copperkettle on Mill Street since it was three tables and a borrowed espresso machine, back in 2008. I wrote my dissertation in the corner seat by the radiator, had my first date with my wife at the window, and now I bring our son for a babyccino on Saturdays.\n\n"
     "It's busier and the cups are different, and the new oat milk surcharge is a bit cheeky, but walking in still feels like coming home."),
    ("a", "1d", "Reading this gave us goosebumps. See you and the little one on Saturday! - Nell, Mill Street"),
])

h("t076", "undetermined", "", "negative", "template;one_incident;stranger_cue_not_brand",
  "Clearview Credit Bureau", "2025-08-05T15:00:00Z", [
    ("c", "0", "To whom it may concern,\n\n"
     "I am a victim of identity theft. The following accounts on my credit file are not mine and I never opened them:\n\n"
     "1. Northgate Finance, account ending 8831, opened 03/2024\n"
     "2. Brightline Store Card, account ending 2207, opened 07/2024\n\n"
     "Please remove these accounts from my report. A copy of my police report (ref. CR/2025/44190) is attached.\n\n"
     "Sincerely,\nL. Adeyemi"),
    ("a", "3d", "Dear L. Adeyemi,\n\nWe have received your dispute and will investigate within 30 days. You will receive the results by e-mail.\n\nClearview Disputes Team"),
])

h("t077", "buddies", "", "positive", "paraphrase;tweet",
  "Burger Baron", "2025-08-29T19:20:00Z", [
    ("c", "0", "friday takeaway rotation in our house: the thai place, the chippy, and @BurgerBaron. you're a solid fixture, just not an exclusive one 🍔"),
    ("a", "15m", "@mike_t_dunn we'll take it 👑 tonight's a baron night then?"),
    ("c", "20m", "@BurgerBaron not tonight, it's chippy week. see you next friday probably"),
])

h("t078", "casual_acquaintance", "", "neutral", "passing_use;routine_question;signature",
  "Roadway Rentals", "2025-12-10T11:45:00Z", [
    ("c", "0", "Hello,\n\n"
     "I rent from you once or twice a year, usually when the in-laws come over and we need something bigger than our hatchback. I've booked a 7-seater for 22-29 December (ref RR-771204).\n\n"
     "Can I add my wife as a second driver online, or does she need to be there at pickup?\n\n"
     "Thanks,\nStefan Horvat"),
    ("a", "3h", "Dear Stefan,\n\nYou can add her online under Manage Booking. She'll need to bring her licence at pickup. The additional driver fee is waived for spouses.\n\nRoadway Rentals"),
    ("c", "4h", "Great, done. Thanks."),
])

h("t079", "undetermined", "", "positive", "single_thank_you;agent_cue",
  "Clearwater Utilities", "2025-01-21T16:10:00Z", [
    ("c", "0", "Just wanted to say thanks to the crew who fixed the burst main on Fenwick Road last night. They were out in the freezing rain till 3am and the water was back on before breakfast."),
    ("a", "5m", "Thank you so much for taking the time to tell us! We're proud to serve loyal customers like you and we'll pass this on to the team."),
])

h("t080", "undetermined", "", "neutral", "retweet;quoted_reply;textbook_cue;tweet",
  "Aurelia Airways", "2025-05-05T12:30:00Z", [
    ("c", "0", "RT @angry_flyer_88: aurelia is the worst airline on earth, lost my bag twice, BOYCOTT them #neveragain"),
    ("c", "3m", "lol is this true?? i've got @AureliaAir booked to lisbon in june, don't scare me"),
    ("a", "40m", "@tilly_brooks you're in safe hands! have a wonderful trip to Lisbon ✈️"),
])

# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------

def main():
    drawn = draw_types()
    ids = [x["cid"] for x in H]
    assert len(ids) == len(set(ids)), "duplicate ids"
    rows, labels = [], []
    allowed = set(TYPES) | {"undetermined"}
    brands = set()
    for x in H:
        cid = x["cid"]
        assert re.fullmatch(r"t\d{3}", cid), cid
        assert x["type"] == drawn[cid], (cid, x["type"], drawn[cid])
        assert x["type"] in allowed, cid
        assert x["second"] == "" or (x["second"] in TYPES and x["second"] != x["type"]), cid
        assert x["valence"] in VALENCES, cid
        assert x["trap"] and all(t and re.fullmatch(r"[a-z_]+", t) for t in x["trap"].split(";")), cid
        assert 2 <= len(x["msgs"]) <= 8, (cid, len(x["msgs"]))
        assert any(r == "c" for r, _, _ in x["msgs"]), cid
        assert x["msgs"][0][0] == "c", cid
        start = datetime.strptime(x["start"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        prev = None
        for role, o, text in x["msgs"]:
            assert role in ("c", "a"), cid
            ts = start + off(o)
            assert prev is None or ts > prev, (cid, o)
            prev = ts
            assert text.strip() == text and text, cid
            rows.append([cid, x["brand"], "customer" if role == "c" else "agent",
                         ts.strftime("%Y-%m-%dT%H:%M:%SZ"), text])
        brands.add(x["brand"])
        labels.append([cid, x["type"], x["second"], x["valence"], x["trap"]])
    rows.sort(key=lambda r: (r[0], r[3]))
    labels.sort()
    counts = Counter(row[1] for row in labels)
    if len(H) == N:
        assert sorted(ids) == sorted(drawn), "missing ids"
        for t in TYPES:
            assert counts[t] >= 2, t
        for t in COMMON:
            assert 3 <= counts[t] <= 5, t
        assert 25 <= counts["undetermined"] <= 32
        assert len(brands) >= 28, len(brands)
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        w.writerows(labels)
    print("customers:", len(H), "messages:", len(rows),
          "customer messages:", sum(r[2] == "customer" for r in rows), "brands:", len(brands))
    for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (t, n))
    print("valence:", dict(Counter(row[3] for row in labels)))


if __name__ == "__main__":
    main()
