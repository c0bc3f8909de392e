#!/usr/bin/env python3
"""Invented development histories z001..z080 for relradar (hist9).

All brands, people, addresses and numbers are invented. No real customer text.
Run: python3 /work/hist9/make_histories.py
"""
import csv
import os
import random
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance", "teammates",
         "old_friends", "close_siblings", "ex_friends", "enemies", "love_hate",
         "one_night_stand", "colleagues", "adversaries"]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# ---- 1. draw the type of every id first (seeded shuffle, so ids carry no order) ----
MORE = ["business_partners", "colleagues", "master_slave", "marriage_partners",
        "casual_acquaintance", "complete_strangers", "close_siblings"]
OTHER = [t for t in TYPES if t not in MORE]
SLOTS = MORE * 4 + OTHER * 2 + ["undetermined"] * 24
assert len(SLOTS) == 80
random.Random(20251201).shuffle(SLOTS)
DRAWN = {"z%03d" % (i + 1): t for i, t in enumerate(SLOTS)}

# ---- 2. the histories, written against the drawn types ----
H = []


def h(cid, brand, start, msgs, typ, second, valence, trap):
    """msgs: list of (role, hours_after_start, text); role 'c' customer, 'a' agent."""
    H.append(dict(cid=cid, brand=brand, start=start, msgs=msgs, type=typ,
                  second=second, valence=valence, trap=trap))


h("z001", "Voltaria Energy", "2025-01-14T08:40", [
    ("c", 0, "Hi, the engineer fitted a smart meter on Friday but my online account still shows the old "
             "meter serial (ends 4471). Do I need to send a reading myself this month or will it come through "
             "automatically? Account VE-20931187. Thanks, Marta Kowalczyk"),
    ("a", 26, "Dear Marta, thank you for getting in touch and we value your loyalty as a Voltaria customer. "
              "The new meter (serial ending 9902) will link to your account within 10 working days; no manual "
              "reading is needed. Kind regards, Dev, Voltaria Energy Customer Care"),
    ("c", 27.5, "Great, that's all I needed. Cheers."),
], "undetermined", "", "neutral", "agent_cue;routine_question")

h("z002", "Crestmark Recovery", "2025-02-03T19:05", [
    ("c", 0, "I have received a letter dated 28 January from Crestmark Recovery demanding £412.60 on "
             "reference CR-88123, supposedly a debt you bought from 'Halvern Finance'. I have never borrowed "
             "from Halvern, never had any account with them, and until this letter landed on my mat I had "
             "never heard your company's name. Please explain where my address came from."),
    ("a", 50, "Thank you for contacting Crestmark Recovery. To look into this we need a copy of photo ID "
              "and a utility bill showing your address. Please upload these at portal.crestmark.example.com."),
    ("c", 52, "With respect, no. I'm not sending my passport to a firm I have no relationship with and who "
              "wrote to me out of nowhere. Send me proof of the alleged agreement with my signature on it, or "
              "close the file. Any further letters will go straight to the Ombudsman. - G. Adeyemi, "
              "14 Larch Close, Reading"),
], "complete_strangers", "", "negative", "paraphrase;debt_collector")

h("z003", "Nimbus Telecom", "2025-03-02T10:15", [
    ("c", 0, "Right, here we go again. The £6.50 'equipment fee' that your colleague Priya removed in "
             "January is back on the March bill. That's the fourth month in a row I've had to write in about "
             "the exact same line item. Account NT-5530-118."),
    ("a", 4, "Hi Owen, I'm sorry about this. I've removed the equipment fee and applied a £6.50 credit. "
             "This should not reappear. Regards, Callum, Nimbus Telecom"),
    ("c", 5, "'Should not reappear.' Priya said the same in January, and Ahmed in February. I've spent, by my "
             "count, over nine hours on hold with you since October. I'll set a calendar reminder for the "
             "April bill, shall I?"),
    ("c", 720, "April bill: fee's back. Surprise, surprise. Reference from last time was NT-CASE-77120, "
               "so you can save us both the first half hour."),
    ("a", 723, "Hi Owen, apologies. I've escalated this to our billing team with a permanent flag on your account."),
], "adversaries", "", "negative", "sarcasm;paraphrase;repeated_fault")

h("z004", "Hotel Amberlune", "2025-10-19T21:30", [
    ("c", 0, "Eleventh October in a row at the Amberlune for the two of us. People at home ask why we don't "
             "'try somewhere new in Lisbon' and honestly I can't imagine it - we stopped even looking at other "
             "hotels years ago. Rui on the desk remembered we like the quiet side. The terrace at sunset is "
             "still the happiest hour of my year. Already planning number twelve."),
    ("a", 40, "Dear Mrs Lindqvist, thank you so much for your kind words. The whole team looks forward to "
              "welcoming you and Mr Lindqvist back. With warm regards, Inês Duarte, General Manager"),
    ("c", 2200, "Booked for October 2026, same dates. Rui, if you're reading: room 308 please! There's simply "
                "nowhere else for us in that city."),
], "marriage_partners", "old_friends", "positive", "paraphrase;manager_reply")

h("z005", "Mossgrove Coffee", "2025-04-09T07:55", [
    ("c", 0, "Quick one: does the Mossgrove app let me save an oat flat white with an extra shot as a "
             "favourite? You're my Tuesday/Thursday place, the rest of the week it's whichever cart is "
             "closest to the office."),
    ("a", 3, "Hi Sam! Yes, tap the heart on any order. Have you tried our Mossgrove Rewards card? Ten stamps "
             "and your next drink is on us."),
    ("c", 4, "Ha, kind of you but I'll pass on the stamp card. I like not being tied to one spot, keeps "
             "the mornings interesting. Favourites button works, ta!"),
], "buddies", "casual_acquaintance", "positive", "agent_cue;negated_cue;paraphrase")

h("z006", "Kestrel Motors", "2025-05-21T16:10", [
    ("c", 0, "Booked the 30k service for the Octavia, dropped it at 8, ready by 12:30 as promised. I love the "
             "new waiting lounge, proper coffee and the wifi actually works. They flagged the rear pads as "
             "'amber' without pushing me to do them today, which I appreciated."),
    ("a", 20, "Thank you, Mr Brennan! We look forward to being your dealer for many years to come. "
              "Kind regards, Hannah Cole, Service Manager, Kestrel Motors"),
], "undetermined", "", "positive", "one_incident;product_attribute;manager_reply;agent_cue")

h("z007", "Quillnet", "2025-01-27T09:02", [
    ("c", 0, "Ticket: since Monday's update the SMS appointment reminders are going out at UTC times instead "
             "of Europe/Berlin, so patients get 'your appointment is at 07:30' for an 08:30 slot. Our four "
             "front-desk staff book every physio slot through Quillnet, so this is causing real no-shows. "
             "Praxis Hoffmann & Kühn, account QN-44812."),
    ("a", 2, "Hallo Frau Kühn, thanks for the clear report. This is a known issue with the 5.12 release; a hotfix "
             "is scheduled for today 15:00 CET. Best, Jonas, Quillnet Support"),
    ("c", 8, "Confirmed fixed on our side, reminders show the right time again. Thanks for the quick turnaround."),
    ("c", 1700, "Hi Jonas, unrelated: please send the renewal quote for the same 6 seats from April. It covers "
                "what the practice needs, no changes planned."),
    ("a", 1702, "Quote attached, Frau Kühn. Thank you for renewing with us!"),
], "colleagues", "basic_exchange", "neutral", "paraphrase;agent_cue")

h("z008", "Brightforge Supply", "2025-02-11T13:20", [
    ("c", 0, "Hello, we need the current datasheet revision for part BF-M8-A4-40 (M8x40 A4 hex bolt). Our "
             "engineering department designed your fasteners into two of our pump housings, so any change to "
             "the thread tolerance has to go through our change control. PO 45-00917 is due for call-off next "
             "week. Regards, Tomasz Wiśniewski, Purchasing, Hydromex Sp. z o.o., Łódź"),
    ("a", 6, "Dear Tomasz, thank you for being one of our most loyal partners. Revision D of the datasheet is "
             "attached; no tolerance changes since rev C. Call-off for PO 45-00917 confirmed for 18 Feb. "
             "Best regards, Fiona Marsh, Key Account Manager"),
    ("c", 7, "Received, thank you Fiona. I'll file it with our change control. Please also confirm the packing "
             "stays at 500 pcs per box, our line feeders are set up for that."),
    ("a", 9, "Confirmed: 500 pcs per box, unchanged."),
], "colleagues", "", "neutral", "agent_cue;b2b")

h("z009", "Aerolis Airways", "2025-06-30T23:45", [
    ("c", 0, "Flight AE 2231 Madrid to Manchester, bag tag AE448812. Landed 21:10, bag never showed. Stood at "
             "the desk for an hour and a half to be told to 'fill in the form online'. Horrible end to a "
             "holiday. I have no clothes for work tomorrow. Please, just tell me where it is."),
    ("a", 14, "Dear Ms Okafor, we are very sorry. Your bag was located in Madrid and will be delivered to "
              "your home address by courier tomorrow afternoon. Reasonable essential purchases can be claimed."),
    ("c", 40, "Bag arrived, a bit battered but everything's there. Will submit the receipt for the toiletries."),
], "undetermined", "", "negative", "one_incident;strong_words")

h("z010", "Velvetine Cosmetics", "2025-03-18T20:12", [
    ("c", 0, "I've worn Velvetine lipstick since my first year at uni, so something like fourteen years, and I "
             "dragged that little black and gold tube through three house moves and two countries. The "
             "'improved' Rosewood is chalky, it cakes by lunchtime, and when I asked about the old formula I "
             "got a copy-paste reply about 'exciting new textures'."),
    ("a", 30, "Hi Aoife, thank you for your feedback. We're sorry the new Rosewood isn't for you. Our "
              "reformulated range offers longer wear and a velvet finish. Here's a 15% code: VELV15."),
    ("c", 31, "That's exactly the copy-paste I meant. I've cancelled the quarterly box. Honestly I'm more sad "
              "than angry - it was the one beauty brand I never strayed from, and it doesn't feel like mine any more."),
], "ex_friends", "", "negative", "paraphrase;agent_cue")

h("z011", "Pellworth Biscuits", "2025-11-02T15:30", [
    ("c", 0, "Hello from Galway! There was always a tin of Pellworth ginger snaps on my Nana's dresser, then on "
             "my mam's, and now there's one on mine - the kids won't accept that it's Sunday without them. "
             "My question is about the lemon creams: the shop says they're gone. Please tell me that's not true? "
             "Mam's birthday is in December and they're her favourite."),
    ("a", 20, "Dear Siobhán, what a lovely message! The lemon creams are being made in a new tin size from "
              "January, but our online shop still has the old tins. Warmest wishes, the Pellworth team"),
    ("c", 22, "Ordered two tins, thank you! Four generations of biscuit tins and counting."),
], "close_siblings", "old_friends", "positive", "paraphrase")

h("z012", "Pennant Bank", "2025-04-02T12:00", [
    ("c", 0, "Good afternoon. Twenty-two years with Pennant now: both our mortgages, the children's first "
             "savers, the business account when I ran the shop. Every couple of years someone at work tries "
             "to get me onto one of those app-only banks and I just laugh. I'm not going anywhere. "
             "Question: can I open a junior ISA for my granddaughter from the app, or must I come into branch?"),
    ("a", 5, "Dear Mr Osei, we truly value your loyalty over so many years. Yes, junior ISAs can now be opened "
             "in the app under Products > Savers. Kind regards, Pennant Bank"),
    ("c", 6, "Done in five minutes. Honestly, you lot just keep getting it right. Thank you."),
], "marriage_partners", "old_friends", "positive", "agent_cue;paraphrase")

h("z013", "Pixelroost Games", "2025-08-14T01:20", [
    ("c", 0, "Skyhollow is going to be the death of me. Rage-quit twice tonight because matchmaking keeps "
             "putting me (level 31) against level 60 squads. Uninstalled at 11. Reinstalled at 11:40. "
             "I don't even know why I'm writing this."),
    ("a", 9, "Hey Kenji, thanks for the report! Our team is reworking matchmaking in patch 2.4."),
    ("c", 30, "Still playing. Still furious. It's the best thing on my phone and I resent it. Please make 2.4 "
              "come soon before I throw this phone in the river."),
], "love_hate", "dealer_addict", "mixed", "paraphrase;idiom")

h("z014", "Fennimore Mutual", "2025-02-20T10:30", [
    ("c", 0, "I wanted to write to say something, not ask anything. When David died last spring, Dolores in "
             "your claims office walked me through every single form over the phone, some days twice. And "
             "last month someone rang me before the new premiums went out, to explain why mine was changing "
             "and what I could do about it. Nobody else in my life with a logo does that. I find I can be "
             "honest with you people in a way I can't with the bank."),
    ("a", 24, "Dear Mrs Halvorsen, thank you for taking the time to write. I have passed your words on to "
              "Dolores and the team. With kind regards, Peter Ashby, Customer Relations"),
    ("c", 26, "Thank you, Peter. Please tell her I still have her direct number on the fridge."),
], "best_friends", "", "positive", "paraphrase")

h("z015", "Larkspur Ledger", "2025-05-06T14:00", [
    ("c", 0, "Hi team, two ideas from our bookkeeping side after three years on Larkspur: (1) a bulk-edit for VAT "
             "codes across selected transactions - right now we change 200 lines one by one at quarter end; "
             "(2) saved column mappings for bank CSV imports, our bank reorders columns every few months. "
             "Happy to jump on a call and show you our workflow."),
    ("a", 20, "Hi Lucía, these are great, thank you. Bulk VAT edit is on our roadmap for Q3. Would you join "
              "our beta group? - Mark, Product Team, Larkspur"),
    ("c", 22, "Count us in for the beta. I've attached a rough sketch of how the mapping screen could look, "
              "plus two anonymised CSVs from our bank so you can see the reordering."),
    ("c", 2400, "Beta feedback: bulk VAT edit works, saved us ~2 hours this quarter. Small thing: the undo "
                "button should cover bulk edits too. Otherwise lovely work."),
    ("a", 2405, "Thanks Lucía, logged! We'll include bulk undo in the next beta build."),
], "business_partners", "colleagues", "positive", "paraphrase")

h("z016", "Castellane Grand Hotel", "2025-09-08T18:45", [
    ("c", 0, "I have occupied the Rivoli suite four times this year alone. To arrive on Thursday and be asked "
             "at reception for a credit card and a passport, like any walk-in, was frankly insulting. My "
             "preferences - still water, feather-free pillows, the late checkout - are on file and should "
             "simply happen. I should not have to remind your staff of them; that is rather the point of a "
             "hotel of your supposed calibre."),
    ("a", 18, "Dear Mr Vautrin, please accept our sincere apologies. We have updated your profile and your "
              "next stay will include a complimentary upgrade. Yours, Claire Moreau, Guest Relations"),
    ("c", 19, "An upgrade is not the point. The point is that someone at the desk didn't know who I was. "
              "See that it doesn't recur, or my assistant will book elsewhere."),
], "master_slave", "", "negative", "paraphrase;manager_reply")

h("z017", "Swiftparcel", "2025-07-03T17:20", [
    ("c", 0, "Your driver left my parcel (tracking SP90033417GB) with 'a neighbour' - no card, no name, and "
             "none of my neighbours have it. I didn't even pick Swiftparcel, the shop did. I just want my "
             "daughter's birthday present."),
    ("a", 3, "Hi Nadia, sorry about this. The driver's GPS shows delivery to number 17. We've opened a trace."),
    ("c", 30, "Found it at number 71, not 17. The gentleman was very apologetic. Fine, case closed."),
], "undetermined", "", "negative", "one_incident;courier_not_chosen")

h("z018", "Zephyr Fitness", "2025-01-05T19:00", [
    ("c", 0, "Hi, I'm working in Singapore from February to May. Can I freeze my membership for those "
             "months and how much does the freeze cost? Also - I love the new spin studio, the lighting is "
             "brilliant. Member no. ZF-118842."),
    ("a", 6, "Hi Lukas, you can freeze for up to 4 months at £5 per month from the app (Account > Freeze). "
             "Glad you're enjoying the studio!"),
    ("c", 7, "Sorted, thanks."),
], "undetermined", "", "positive", "product_attribute;routine_question")

h("z019", "Palisade Cloud", "2025-03-25T08:15", [
    ("c", 0, "Ticket: the auto-renewal of the Let's Encrypt certificate failed on three of our sites last night "
             "(bakery-nord.example.com, kfz-meier.example.com, praxis-lenz.example.com). We host about sixty "
             "client WordPress installs with you, so I need to know if this is platform-wide. - Dirk, "
             "Webwerk Kiel"),
    ("a", 2, "Hi Dirk, yes, a DNS resolver issue affected renewals in region eu-north-2 between 01:00 and "
             "03:00. We've re-run the jobs; all three certificates are now valid until June."),
    ("c", 3, "Confirmed. Could you add that incident to the status page? Two of my clients asked and I'd like "
             "to point them to something official."),
    ("a", 4, "Done - status.palisade.example.com/incidents/2025-03-25."),
], "colleagues", "basic_exchange", "neutral", "b2b;paraphrase")

h("z020", "Trailkin Outdoor", "2025-03-14T09:01", [
    ("c", 0, "THE EMBER DROP. I had the page open at 8:59 and got the shell jacket, the fleece AND the "
             "beanie in that burnt orange before it sold out!!! Screaming. When does the matching pack land? "
             "Order TK-300871."),
    ("a", 5, "Hi Priyanka! So glad you snagged the Ember pieces. The 28L pack in Ember arrives on 2 April."),
    ("c", 6, "Setting an alarm. I'll be head to toe orange for exactly one spring and then probably obsessed "
             "with something else by August, but right now? Best colour any brand has done all year."),
], "fling", "", "positive", "paraphrase;all_caps")

h("z021", "Orbitline Streaming", "2025-06-01T22:10", [
    ("c", 0, "I signed up back when Orbitline still posted DVDs in red envelopes. I was the person who talked "
             "my whole family into it. Third price rise in two years, half the back catalogue gone, and now "
             "adverts on the plan I already pay for. I genuinely adored this service once. I don't recognise "
             "it any more."),
    ("a", 12, "Hi Grace, thank you for being with us for so long. We've added many new originals this year..."),
    ("c", 13, "Cancelled this evening. Not out of spite. It just stopped being the thing I loved."),
], "ex_friends", "", "negative", "paraphrase;agent_cue")

h("z022", "Kindred Pharmacy", "2025-08-22T11:35", [
    ("c", 0, "My grandad filled his prescriptions at the Kindred on Mill Street, my dad worked the till there one "
             "summer as a teenager, and I've collected mine there since I moved back. The pharmacists still ask "
             "after Mum by name, it's like popping into a relative's. Question: can my repeat for levothyroxine "
             "be moved to the 3-month cycle?"),
    ("a", 4, "Hi Daniel, yes - ask your GP to issue a 3-month script and we'll set it up on our side. "
             "Kind regards, Ruth, Kindred Pharmacy Mill Street"),
    ("c", 5, "Brilliant, will do. Say hi to Ruth senior for me!"),
], "close_siblings", "old_friends", "positive", "paraphrase")

h("z023", "Copperpot Meal Kits", "2025-02-09T20:40", [
    ("c", 0, "First box from you this week - a friend passed me her referral code. The miso salmon and the "
             "harissa chickpeas were lovely, the risotto was a bit bland. Not sure yet if I'll keep it up. "
             "How do I skip next week without cancelling?"),
    ("a", 2, "Hi Beatriz, welcome! Go to My Deliveries and tap 'Skip' next to the date."),
    ("c", 3, "Found it. Might try one more box in March and see how it fits."),
], "fleeting_acquaintance", "", "positive", "paraphrase")

h("z024", "Tidewell Packaging", "2025-04-15T15:00", [
    ("c", 0, "Hi Martin, ahead of our annual review: our drop tests show the moulded-pulp insert for the 50ml "
             "jar could lose about 8% of material without more breakage. I've attached our test data and a "
             "revised CAD. If Tidewell can tool it, we'd move all three SKUs over and share the results with "
             "your sustainability team - it would make a nice case study for both of us. Best, Elodie Marchand, "
             "Ops, Maison Sève, Lyon"),
    ("a", 30, "Hi Elodie, thank you - our engineers are impressed with the data. We can sample the revised "
              "insert in 3 weeks. Martin Fry, Account Manager"),
    ("c", 31, "Perfect. And if the sample works, I have another idea for the lid wad that we can discuss in May."),
    ("c", 900, "Samples passed. Next: the lid wad. Shall we book the 20th?"),
], "business_partners", "colleagues", "positive", "paraphrase;b2b")

h("z025", "Harbourline Insurance", "2025-05-29T13:10", [
    ("c", 0, "Hello, a stone chipped my windscreen on the M4 this morning (policy HL-7729014). Is a chip "
             "repair covered without affecting my no-claims?"),
    ("a", 2, "Dear Mr Patel, as a loyal customer of five years you're covered for chip repairs with no "
             "excess and no effect on your no-claims discount. Book at glass.harbourline.example.com."),
    ("c", 2.5, "Booked for Saturday. Thanks."),
], "undetermined", "", "neutral", "agent_cue;routine_question")

h("z026", "Gatehaus Tickets", "2025-10-11T12:30", [
    ("c", 0, "Avoid Gatehaus, genuinely. A £38 ticket became £61 at checkout through 'service', 'facility' "
             "and 'delivery' fees - delivery of a PDF. I've been burned by them before on a festival and now "
             "I'm posting this in every group chat I'm in. Go to the venue box office, anywhere, just not these people."),
    ("a", 24, "Hi Chloe, we're sorry to hear about your experience. Our fees help us provide secure ticketing. "
              "We've sent an apology voucher of £5."),
    ("c", 25, "A £5 voucher to spend on your own site. You couldn't make this up. Keep it."),
], "enemies", "", "negative", "paraphrase;sarcasm")

h("z027", "Kestrel Motors", "2025-07-12T10:20", [
    ("c", 0, "Picked up the new Fabia today, which makes it the fourth car our lot has bought from Kestrel. "
             "Dad got his first Saab off old Mr Kestrel in '88, my sister and I both bought from his son, and "
             "now my lad has his first car from the grandson. They treat us as if we're their own - Dad's "
             "photo is still on the wall by the parts desk!"),
    ("a", 20, "Mr Doyle, thank you! It's been a privilege to look after three generations of Doyles. "
              "Best, Tom Kestrel, Dealer Principal"),
], "close_siblings", "old_friends", "positive", "paraphrase;manager_reply")

h("z028", "Clearbrook Water", "2025-09-03T09:45", [
    ("c", 0, "Hello, my bill says I'm on the 'Loyalty Saver' tariff but the rate looks the same as the "
             "standard one on your website. Can you tell me the difference? Account CW-0038812."),
    ("a", 30, "Hi Ms Nowak, Loyalty Saver fixes your standing charge until 2027; the volumetric rate is the "
              "same as standard. Regards, Clearbrook Water"),
    ("c", 31, "Understood, thank you."),
], "undetermined", "", "neutral", "product_attribute;routine_question")

h("z029", "Veridex Credit", "2025-04-22T16:00", [
    ("c", 0, "This is my fifth dispute on the same tradeline: Halvern Finance, account ending 0193, reported "
             "as 90 days late for June 2023. I have the bank statements showing the payment cleared on 3 June. "
             "Each time you mark it 'verified' and it stays on my file. Dispute ref VX-D-55102."),
    ("a", 72, "Thank you for contacting Veridex. We have forwarded your dispute to the data furnisher. "
              "Results within 30 days."),
    ("c", 73, "That is the exact sentence I got in November and February. I'll attach the statements for the "
              "fifth time. See you in 30 days, and probably again after that."),
    ("c", 800, "Result came back: 'verified'. Filing dispute number six today. At this point it's a hobby."),
], "adversaries", "", "negative", "sarcasm;paraphrase;credit_bureau")

h("z030", "The Saltmarsh Inn", "2025-08-05T18:20", [
    ("c", 0, "The room was gorgeous - sea view, huge bath, the bed like a cloud. Breakfast, though, was "
             "a disaster: cold eggs, a forty-minute wait, and the waiter rolled his eyes when we asked for "
             "toast. We'll be back, but we'll eat breakfast in the village."),
    ("a", 30, "Dear Mr and Mrs Varga, thank you for your review. We're sorry about breakfast and have spoken "
              "with the team. We hope to welcome you back. Kind regards, Ben Hollis, Manager"),
], "undetermined", "", "mixed", "one_incident;mixed_review;manager_reply")

h("z031", "Cindermint Chocolates", "2025-12-10T17:50", [
    ("c", 0, "I must have been seven when I first pressed my nose against the window of the Cindermint "
             "shop on Harbour Row. Thirty-odd years later I still buy the sea salt bar every time I'm back "
             "in town and it tastes exactly like being a kid in 1994. Is the little shop still doing the "
             "hand-tied Christmas boxes? I'd like to post three to friends in Canada."),
    ("a", 6, "Dear Helen, what a lovely memory! Yes, Harbour Row still ties every Christmas box by hand. "
             "International orders close on 12 December."),
    ("c", 7, "Ordering tonight then. Some things should never change and you're one of them."),
], "old_friends", "", "positive", "paraphrase")

h("z032", "Meridian Rail", "2025-02-26T11:00", [
    ("c", 0, "Hello, our engineering consultancy (Kovač & Partner, 35 staff) books all staff rail travel "
             "through the Meridian Business portal. The February consolidated invoice shows VAT at 20% on "
             "the seat reservations, which should be zero-rated. Can you reissue? Corporate account MB-22019."),
    ("a", 8, "Dear Ms Kovač, thank you. You are correct; a corrected invoice will be issued within 3 working days."),
    ("c", 9, "Thank you. Please also add our new office manager, Ivana Perić, as a booker."),
    ("a", 10, "Ivana has been added as a booker."),
], "colleagues", "basic_exchange", "neutral", "b2b")

h("z033", "Stitchwell Fabrics", "2025-06-16T21:30", [
    ("c", 0, "Hi! I'm obsessed with the 'Meadow Hare' cotton print I ordered last week, but before I cut it "
             "for a dress - does it shrink? The listing doesn't say. Order SW-119284."),
    ("a", 15, "Hi Olga, Meadow Hare may shrink 3-4%; we recommend prewashing at 30°C."),
    ("c", 16, "Perfect, prewashing now. Thank you!"),
], "undetermined", "", "positive", "passing_use;product_attribute")

h("z034", "Swiftparcel", "2025-11-28T06:10", [
    ("c", 0, "Driver here, not a customer. Is anyone in depot management going to answer why our routes "
             "went from 110 to 145 drops in Black Friday week without any extra hours? Posting publicly "
             "because internal emails go nowhere."),
    ("a", 4, "Hi, please contact your depot manager or the driver support line. We're unable to discuss "
             "employment matters on this channel."),
    ("c", 5, "Exactly the answer I expected."),
], "undetermined", "", "negative", "not_customer;employee")

h("z035", "Aerolis Airways", "2025-09-19T07:40", [
    ("c", 0, "Aerolis, you are the single most infuriating airline I keep booking. Delayed again (AE 815), "
             "the app swallowed my seat selection, and the gate changed twice. And yet: yours is the only "
             "direct to Porto, your crew are lovely, and I'll be on the same flight next month, grumbling."),
    ("a", 2, "Hi Marco, sorry for the delay this morning. Your seat has been restored - 4A. Safe travels!"),
    ("c", 3, "4A, thank you. See, this is why I can't quit you. Sort the app out though, please."),
], "love_hate", "adversaries", "mixed", "paraphrase")

h("z036", "Lumenary Opticians", "2025-03-07T15:15", [
    ("c", 0, "Sat on my glasses this morning (classic) and the lady in your Union Street branch fixed the "
             "hinge in ten minutes and wouldn't take a penny. You're the best, honestly, thank you."),
    ("a", 20, "Thank you, Ms Baptiste! We'll pass this on to Morag."),
], "undetermined", "", "positive", "one_incident;strong_words")

h("z037", "Fizzwick", "2025-05-12T10:05", [
    ("c", 0, "Not exaggerating: I get a headache by 10am if I skip my morning Fizzwick. It's been three cans "
             "a day since exams last year. Now every 7-Eleven in Makati is out of the citrus one. Is there a "
             "shortage?? Where can I get it?? I'm rationing."),
    ("a", 4, "Hi Ramon! Citrus Fizzwick is back in Metro Manila stores from Friday. Please enjoy responsibly!"),
    ("c", 5, "Friday feels very far away. Bought the berry one to survive, it's not the same. I need the citrus."),
], "dealer_addict", "", "mixed", "paraphrase")

h("z038", "Nimbus Telecom", "2025-10-02T20:00", [
    ("c", 0, "Hi, what's the price to go from 150Mb to 500Mb on my plan, and is there an install visit?\n\n"
             "> On 12 Sep, Nimbus Telecom wrote:\n> As a loyal Nimbus customer, you're eligible for exclusive "
             "upgrade offers. Reply to this email to find out more."),
    ("a", 24, "Hi Agnieszka, the upgrade is £7 per month extra, no install visit needed."),
    ("c", 25, "Ok, please go ahead from the next billing date."),
], "undetermined", "", "neutral", "quoted_reply;agent_cue")

h("z039", "Oakridge Auto Group", "2025-04-30T18:30", [
    ("c", 0, "Collected a hire car at the Oakridge Peterborough branch for a work trip to Leeds. Car was "
             "clean, paperwork took 10 minutes, and the chap walked me through the hybrid controls. Easy."),
    ("a", 12, "Thank you for choosing Oakridge! Safe travels, the Peterborough team."),
], "undetermined", "", "positive", "passing_use;one_incident;for_work")

h("z040", "The Saltmarsh Inn", "2025-11-16T16:45", [
    ("c", 0, "We end up at the Saltmarsh for Sunday lunch maybe twice a year, whenever we're down visiting "
             "Clare's parents. Never a big occasion, just a reliable roast and a fire. Today was as good as "
             "ever. Can we book a table for six on 28 December?"),
    ("a", 3, "Dear Mr Hughes, thank you! Table for six at 13:00 on 28 December is booked. Kind regards, Ben Hollis"),
    ("c", 4, "Lovely, see you then."),
], "casual_acquaintance", "", "positive", "paraphrase")

h("z041", "Quillnet", "2025-06-03T13:30", [
    ("c", 0, "Olá! We run a dance school in Curitiba and all our class bookings go through Quillnet. Two "
             "things we'd love to see: when someone cancels, the first person on the waitlist should be "
             "moved in automatically (now I do it by hand at 6am), and some of the Portuguese texts are a bit "
             "odd - 'Sua reserva foi cancelado' should be 'cancelada'. I'm happy to proofread the whole pt-BR "
             "file if you send it."),
    ("a", 10, "Hi Fernanda, thank you for the feedback, we love hearing from our customers! Auto-promotion "
              "from waitlists is planned. I've forwarded your offer to our localisation team."),
    ("c", 11, "Great. Please do send the file - I'd rather spend an evening fixing it than keep apologising to "
              "parents for the grammar."),
    ("a", 200, "Hi Fernanda, the localisation team has shared the pt-BR file with you. Thank you!"),
    ("c", 230, "Done, 64 corrections, comments in the sheet. And if you ever test the waitlist thing, use us "
               "as guinea pigs - we have 40 waitlists a week."),
], "business_partners", "colleagues", "positive", "paraphrase;agent_cue;other_language")

h("z042", "Pennant Bank", "2025-07-18T21:05", [
    ("c", 0, "My debit card was declined at a pharmacy in Split tonight even though I set a travel notice "
             "in the app. Had to pay with my husband's card. This is unacceptable, the whole point of the "
             "travel notice is that this doesn't happen. Card ending 2290."),
    ("a", 1, "Hi Ms Rossi, sorry for the trouble. A fraud rule blocked the transaction; it's now cleared and "
             "your card will work abroad."),
    ("c", 2, "OK, just tested it at a café, it works. Thanks for the quick fix."),
], "undetermined", "", "negative", "one_incident;textbook_cue_in_complaint")

h("z043", "Hotel Amberlune", "2025-05-02T10:10", [
    ("c", 0, "I love this place! We had the Family Suite for three nights, the kids adored the rooftop pool "
             "and the staff sorted a cot without us asking twice. Breakfast pastéis de nata were dangerous. "
             "Only downside: street noise on the Saturday night."),
    ("a", 30, "Dear Mr Abara, thank you for choosing the Amberlune! We hope you will become one of our loyal "
              "returning guests. Warm regards, Inês Duarte, General Manager"),
], "undetermined", "", "positive", "one_incident;product_attribute;agent_cue;strong_words")

h("z044", "Voltaria Energy", "2025-08-11T18:25", [
    ("c", 0, "Hello, I've just moved into Flat 3, 22 Quay Street and the flat is already supplied by you. "
             "My supplier at the old place, Brightwatt, was honestly the worst company I've ever dealt with, "
             "so I'm hoping for better. Can I set up a direct debit for the 1st of the month? Opening reading "
             "04518."),
    ("a", 20, "Hi Mr Lindgren, welcome to Voltaria! Your direct debit is set for the 1st. Opening reading "
              "recorded as 04518."),
    ("c", 21, "Thanks."),
], "undetermined", "", "neutral", "competitor_blame;routine_question")

h("z045", "Mossgrove Coffee", "2025-03-03T16:20", [
    ("c", 0, "Bit of an odd request. My 4pm triple caramel cloud with extra whip is the best part of my "
             "day, and my husband thinks I gave up sugar in January. We share the email address on the "
             "Mossgrove account. Is there any way to stop the receipts being emailed?? Asking for... me."),
    ("a", 2, "Hi Dana! Your secret is safe with us. Go to Settings > Receipts and switch off email receipts."),
    ("c", 3, "You're angels. Switched off. Today's cloud tasted even better knowing nobody will find out."),
], "secret_affair", "", "positive", "paraphrase;agent_cue")

h("z046", "Trailkin Outdoor", "2025-06-20T23:50", [
    ("c", 0, "Confession: I'm not an outdoors person. I bought the Ridgeline 2-person tent at midnight last "
             "week because my friends dragged me to a festival and I panicked. It did the job for four "
             "days of rain! But I will never camp again, so this is a one-off. Do you take back tents that "
             "have been used once, or should I sell it on?"),
    ("a", 12, "Hi Tamsin, glad it kept you dry! We can only accept unused items for return, but our "
              "Trailkin Second Life scheme will buy back used tents in good condition for store credit."),
    ("c", 13, "Store credit doesn't really help someone who's done with camping forever, ha. I'll sell it "
              "to my cousin. Thanks anyway."),
], "one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;negated_cue")

h("z047", "Pixelroost Games", "2025-10-27T19:40", [
    ("c", 0, "On behalf of the Lantern Keepers guild (Skyhollow EU-West): the map editor you shipped this week "
             "came straight out of the forum thread a bunch of us started in spring, and it shows - thank you "
             "to the devs who hung around in that thread for months. Our guild has already built six maps and "
             "we're running a tournament on Saturday for anyone who wants to join."),
    ("a", 6, "This is amazing, Lantern Keepers! Would you mind if we featured your tournament on the "
             "official news page?"),
    ("c", 7, "Please do! Every map is shared under the guild tag LNTRN, and we'll send the bracket. This is "
             "what Skyhollow is about - players and devs making the thing together."),
    ("c", 150, "Tournament recap: 118 players, 3 countries, zero crashes. Next one we'd like to co-host with "
               "your team if you're up for it."),
], "teammates", "business_partners", "positive", "paraphrase")

h("z048", "Zephyr Fitness", "2025-09-01T07:15", [
    ("c", 0, "Nine years, three cities, always Zephyr. Last month I picked my new flat partly because it's "
             "six minutes from the Canal Street club, which my partner finds hilarious. I've never once thought "
             "about trying the place across the road. Can my membership transfer from Leeds to Canal Street "
             "without a new joining fee?"),
    ("a", 4, "Hi Aisha, of course - transfers are free. We're lucky to have members like you!"),
    ("c", 5, "Transferred, thank you. Honestly the first thing that made the new city feel like home was "
             "walking into a Zephyr."),
], "marriage_partners", "old_friends", "positive", "paraphrase")

h("z049", "Velvetine Cosmetics", "2025-11-07T12:00", [
    ("c", 0, "the NEON NOCTURNE palette!!! got it the morning it launched and my whole feed has been purple "
             "all week 💜 is the matching gloss coming out or was that just a rumour??"),
    ("a", 3, "Hi Jade! The Nocturne gloss drops on 21 Nov, limited edition 💜"),
    ("c", 4, "omg ok setting a reminder. this is my whole personality for november, don't ask me about december"),
], "fling", "", "positive", "paraphrase;emoji;all_caps")

h("z050", "Orbitline Streaming", "2025-02-14T23:10", [
    ("c", 0, "Hi. Is there a way to hide a show from the 'Continue watching' row without deleting my "
             "progress? I've been bingeing 'Sun Villa Singles' after everyone's gone to bed and my flatmates "
             "would never let me live it down - they think I only watch documentaries."),
    ("a", 12, "Hi Oliver! Long-press the tile and choose 'Hide from Continue Watching'. Your progress is kept. "
              "We won't tell 😉"),
    ("c", 13, "Perfect. Season 4 tonight, documentary face on tomorrow."),
], "secret_affair", "", "positive", "paraphrase")

h("z051", "Aerolis Airways", "2025-04-06T09:30", [
    ("c", 0, "I've held Skyline Platinum for six years and fly with you roughly every other week. Yesterday "
             "at Heathrow the lounge staff asked me to wait at the door while they 'checked my status', in "
             "front of my client. I'm not in the habit of being checked. I'd like a phone call from someone "
             "senior, today, not a form reply."),
    ("a", 5, "Dear Mr Castellanos, we sincerely apologise. We've added 20,000 Skyline miles as a gesture of "
             "goodwill. Kind regards, Aerolis Customer Relations"),
    ("c", 6, "Miles. I asked for a call. I'll assume the person who reads these doesn't know who they're "
             "writing to. I expect to hear from your head of premium services by Friday."),
    ("a", 30, "Dear Mr Castellanos, Sophie Grant, Head of Premium Services, will call you at 3pm today."),
], "master_slave", "", "negative", "paraphrase;agent_cue")

h("z052", "Stitchwell Fabrics", "2025-01-22T20:15", [
    ("c", 0, "Hello! A friend's sewing post linked to your shop and I ended up ordering - the first time I've "
             "bought fabric online rather than in a shop where I can touch it. The linen is gorgeous, exactly "
             "like the photos. What's the best way to find out about remnant sales? I might be back."),
    ("a", 6, "Hi Ingrid, welcome! Remnant sales go out in our Thursday newsletter."),
    ("c", 7, "Signed up. Let's see."),
], "fleeting_acquaintance", "", "positive", "paraphrase")

h("z053", "Larkspur Ledger", "2025-10-14T08:05", [
    ("c", 0, "We pay for 120 seats across four entities. I should not be raising a ticket in the same queue "
             "as a one-person bakery, and I certainly should not be asked by a bot whether I have 'tried "
             "clearing my cache'. When our month-end close stalls, I want our account manager on the phone "
             "within the hour. That is what we pay for."),
    ("a", 1, "Hi Mr Falk, I'm sorry. I've paged your account manager, Sunita, and she'll call you shortly."),
    ("c", 3, "Two hours, not one. The issue is fixed, the attitude is not. Next time I expect someone to know "
             "who we are before I have to tell them."),
], "master_slave", "", "negative", "paraphrase;b2b")

h("z054", "Veridex Credit", "2025-06-09T14:45", [
    ("c", 0, "I am a victim of identity theft. The following accounts on my Veridex report are not mine: "
             "Brightpay Card ending 7711, Nova Loans ending 4420. I have attached my police report "
             "(ref 55/19273/25). Please remove these accounts and send me an updated report."),
    ("a", 72, "Thank you for contacting Veridex. Your dispute has been received and will be processed within 30 days."),
], "undetermined", "", "negative", "template;credit_bureau;one_incident")

h("z055", "Fizzwick", "2025-03-27T11:55", [
    ("c", 0, "Why am I getting daily texts from Fizzwick about 'your next energy boost'? I've never bought "
             "your drinks, never downloaded an app, never entered a competition. I don't know how you got "
             "this number. Remove it: +44 7700 900412."),
    ("a", 6, "Hi, sorry for the unwanted messages. Your number has been removed from our list."),
    ("c", 7, "And where did you get it from? I'd like an answer to that too."),
], "complete_strangers", "", "negative", "paraphrase;unsolicited")

h("z056", "Kestrel Motors", "2025-10-08T12:30", [
    ("c", 0, "Got a recall letter about the fuel pump on my 2019 Yaris. The car's been faultless for years, so "
             "is this urgent or can it wait until the service in January? Reg KT19 XRV."),
    ("a", 3, "Hi Mr Mensah, the recall is precautionary but we recommend booking within 8 weeks. It takes "
             "about an hour and is free."),
    ("c", 4, "Ok, booked for the 22nd."),
], "undetermined", "", "neutral", "product_attribute;tenure_of_product;routine_question")

h("z057", "Fennimore Mutual", "2025-11-19T17:00", [
    ("c", 0, "Great. Just great. Third week my water-damage claim has sat 'under review', and the adjuster "
             "still hasn't rung back. Meanwhile my kitchen ceiling has a bucket under it. Claim FM-C-330871."),
    ("a", 20, "Dear Mr Ivanov, we're sorry for the delay. Your adjuster will call tomorrow morning and an "
              "emergency repair is authorised."),
    ("c", 44, "Adjuster came. Repair booked Monday. Fine."),
], "undetermined", "", "negative", "sarcasm;one_incident")

h("z058", "Stitchwell Fabrics", "2025-09-30T22:40", [
    ("c", 0, "My partner says I need an intervention. I refresh your 'new in' page four or five times a day, "
             "I have a drawer of fabric I haven't cut yet, and I still ordered three metres of the Tidal "
             "Stripe tonight. I genuinely can't stop. Anyway - when does the autumn wool restock happen? "
             "Order SW-221045."),
    ("a", 12, "Hi Camille, we love your enthusiasm! Autumn wools restock on 6 October at 9am."),
    ("c", 13, "Alarm set for 8:55. Don't tell my partner."),
], "dealer_addict", "secret_affair", "positive", "paraphrase")

h("z059", "Voltaria Energy", "2025-12-01T10:00", [
    ("c", 0, "Hi, just renewing the fixed tariff for another year. Every December I run the comparison site "
             "and every December you're within a few pounds of the cheapest and I never have to think about "
             "you between renewals. That's the highest praise I've got. Can you confirm the new unit rate?"),
    ("a", 5, "Hi Mrs Bauer, thank you for staying with us! Your new rate is 24.1p/kWh, fixed to 31 Dec 2026."),
    ("c", 6, "Fine by me. Done."),
], "basic_exchange", "", "positive", "paraphrase;agent_cue")

h("z060", "Meridian Rail", "2025-05-14T18:00", [
    ("c", 0, "Hello, I take the Meridian coast line a few times a year, usually to see my sister in Whitby. "
             "Is the Two Together railcard valid on your Saturday Saver fares or only on anytime tickets?"),
    ("a", 3, "Hi Mr Adeyemi, the railcard discount applies to Saturday Saver fares too."),
    ("c", 4, "Good to know, cheers. See you in July probably."),
], "casual_acquaintance", "", "neutral", "family_in_passing;paraphrase")

h("z061", "Orbitline Streaming", "2025-07-01T20:30", [
    ("c", 0, "Pausing again for a bit - I do three months with you, three months with one of the others, "
             "then back when your new season drops. Nothing personal, I just like to rotate. Can you pause "
             "rather than cancel so my profiles stay put?"),
    ("a", 2, "Hi Rafael, yes - Account > Pause Membership keeps everything for up to 10 months. We'll miss you!"),
    ("c", 3, "Paused. See you in October for Deepwater season 3."),
], "buddies", "casual_acquaintance", "positive", "paraphrase")

h("z062", "Tidewell Packaging", "2025-03-12T09:20", [
    ("c", 0, "Delivery note TW-DN-88120 arrived this morning with one of the six pallets crushed - "
             "roughly 400 mailer boxes unusable. Photos attached. Please arrange a replacement or a credit."),
    ("a", 4, "Hi Mr Okoro, sorry about this. A replacement pallet will ship tomorrow, no charge."),
    ("c", 5, "Thank you, that works."),
], "undetermined", "", "negative", "one_incident;b2b")

h("z063", "Copperpot Meal Kits", "2025-04-18T19:10", [
    ("c", 0, "Quick note from a very devoted household: we've had a Copperpot box every single week since "
             "spring 2021. Over two hundred boxes. A rival sent me a free trial last month and I gave it to "
             "the neighbours unopened. If you ever close I'll have to actually learn to cook. Question: can "
             "we add the new dessert pot to every delivery permanently?"),
    ("a", 3, "Hi Lena, this made our day - we love you too! Yes, add it under My Plan > Extras."),
    ("c", 4, "Added. Here's to the next two hundred. ❤️"),
], "marriage_partners", "", "positive", "paraphrase;agent_cue;competitor")

h("z064", "Swiftparcel", "2025-12-05T15:30", [
    ("c", 0, "I run a small candle shop and I'll pay extra for any carrier that isn't Swiftparcel. Third "
             "lost parcel of mine this quarter, and your 'investigation' is a form that closes itself after "
             "14 days. I've switched my shop's shipping and I've put a note on my product pages telling "
             "customers why. Stay away from them."),
    ("a", 24, "Hi Marisol, we're sorry to hear about your experience. Please DM us your tracking numbers."),
    ("c", 25, "No thanks. You've had three chances. Anyone reading this: use anyone else."),
], "enemies", "adversaries", "negative", "paraphrase;courier_chosen")

h("z065", "Harbourline Insurance", "2025-08-28T12:40", [
    ("c", 0, "Renewing the car policy. I'm staying because the price is fair and the one claim I had went "
             "without a fuss. I don't need the breakdown add-on or the legal cover, please take them off the "
             "quote. Policy HL-5502281."),
    ("a", 3, "Dear Ms Zhou, thank you for your loyalty! As a valued customer, may we suggest our Premium "
             "Shield bundle, which includes breakdown cover?"),
    ("c", 4, "No, just the basic policy please, like I said. That's the whole appeal."),
    ("a", 5, "Understood - basic policy renewed, add-ons removed."),
], "basic_exchange", "", "positive", "agent_cue;paraphrase")

h("z066", "Castellane Grand Hotel", "2025-06-23T11:00", [
    ("c", 0, "Booked the Rivoli suite for a single night for our tenth anniversary. Way, way beyond what we "
             "normally spend on a hotel, a complete splurge we decided on over a glass of wine. It won't be "
             "a habit, our wallets couldn't take it, but for one night it was worth every euro."),
    ("a", 20, "Dear Mr and Mrs Kaya, congratulations on your anniversary! We hope to welcome you again soon. "
              "Claire Moreau, Guest Relations"),
], "one_night_stand", "", "positive", "paraphrase;manager_reply")

h("z067", "Pennant Bank", "2025-09-15T08:30", [
    ("c", 0, "I have received a Pennant credit card statement addressed to me showing a balance of £2,340. "
             "I have never banked with Pennant, never applied for a card with you and have never been in one "
             "of your branches. Someone has used my details. Please freeze this account (ending 6618)."),
    ("a", 2, "Dear Ms Achterberg, thank you for alerting us. The account has been frozen and our fraud team "
             "will contact you within 48 hours."),
    ("c", 50, "Your fraud team called. Please send written confirmation that I'm not liable, for my records."),
], "complete_strangers", "", "negative", "paraphrase;fraud")

h("z068", "Lumenary Opticians", "2025-07-09T17:30", [
    ("c", 0, "I've only been coming to Lumenary since last year, but I want to say this: when Dr Achebe saw "
             "something odd on my scan she rang me that evening herself, explained it plainly and booked the "
             "hospital referral. She also told me I didn't need the expensive lenses your shop assistant was "
             "suggesting. I trust what you tell me more than I trust my GP."),
    ("a", 22, "Dear Mr Rahman, thank you so much. I've shared this with Dr Achebe. Wishing you well, "
              "Lumenary Practice Manager"),
    ("c", 300, "Update: referral went well, all clear. Booked my check-up with you in January. Thank you for "
               "being straight with me."),
], "best_friends", "", "positive", "paraphrase")

h("z069", "Larkspur Ledger", "2025-08-19T15:10", [
    ("c", 0, "Hi all - posting on behalf of the bookkeepers' corner of the Larkspur forum. A group of us have "
             "been pooling chart-of-accounts templates for charities, cafés and trades; 31 templates so far. "
             "Could Larkspur host them officially so new users find them? We'd keep maintaining them."),
    ("a", 24, "Hi Nkechi, this is fantastic. We'd love to add a Templates section curated by the forum."),
    ("c", 25, "Brilliant. We'll nominate three of us as maintainers. It's nice when the users and your team "
              "pull in the same direction like this."),
], "teammates", "business_partners", "positive", "paraphrase")

h("z070", "Oakridge Auto Group", "2025-02-17T08:50", [
    ("c", 0, "Hi, I rent from Oakridge maybe once or twice a year when my own car is in for its service. "
             "Do you still do the courtesy pick-up from the Hampton Road side, or do I need to come to the "
             "branch? Booking OAG-77120, Thursday."),
    ("a", 3, "Hi Ms Cruz, yes, the pick-up is still available - we'll collect you at 8:30 on Thursday."),
    ("c", 4, "Perfect, thanks."),
], "casual_acquaintance", "", "neutral", "paraphrase")

h("z071", "Palisade Cloud", "2025-05-20T10:30", [
    ("c", 0, "Hey Palisade team. We've been on your managed Postgres for two years and we'd really like "
             "branchable staging databases - spin up a copy of prod with masked PII for a pull request, "
             "throw it away after merge. I've written up how we hack it today (attached). If you build "
             "something like it, we'll gladly be the first to test it and write up the results."),
    ("a", 30, "Hi Arjun, thank you, this write-up is excellent. Our database team would like to interview you "
              "for our design doc. Would next Tuesday work?"),
    ("c", 31, "Tuesday works. I'll bring our CI config."),
    ("c", 1500, "Tried the private preview on two services. Masking is great, branch creation is 40s which "
                "is fine. Notes in the doc - mainly the CLI flags, plus a couple of ideas for cost caps."),
    ("a", 1502, "Thanks Arjun, incredibly useful. We've credited your account for the preview usage."),
], "business_partners", "colleagues", "positive", "paraphrase;b2b")

h("z072", "Aerolis Airways", "2025-01-30T13:15", [
    ("c", 0, "Hi, my mum always flies Aerolis to visit us and she's 81 now. I've never flown with you myself. "
             "Can I book wheelchair assistance for her on AE 402 on 14 Feb from my own account, or does it "
             "have to be done from her booking (ref QX7L2P)?"),
    ("a", 4, "Hi Mr Nakamura, you can add assistance through her booking reference at Manage Booking; "
             "no account needed."),
    ("c", 5, "Done, thank you."),
], "undetermined", "", "neutral", "third_party;family_in_passing")

h("z073", "Gatehaus Tickets", "2025-04-04T09:10", [
    ("c", 0, "The concert was cancelled and I honestly expected a fight to get my money back, but the refund "
             "was in my account in two days including the fees. Credit where it's due, thank you."),
    ("a", 10, "Hi Farah, thank you for letting us know! Hope to see you at another event soon."),
], "undetermined", "", "positive", "one_incident")

h("z074", "Mossgrove Coffee", "2025-06-12T08:35", [
    ("c", 0, "Love it when I order ahead in the app, arrive ten minutes later and then wait another 25 "
             "because the order 'didn't come through'. Really love that. Order 88-2014, Church Street."),
    ("a", 1, "Hi Tomás, sorry about this morning - we've refunded the drink and added a free one to your app."),
    ("c", 2, "Ok. Thanks for the refund."),
], "undetermined", "", "negative", "sarcasm;one_incident")

h("z075", "Cindermint Chocolates", "2025-02-08T13:00", [
    ("c", 0, "I pick up a box from you every so often, usually a birthday or when I need a thank-you "
             "present, so I wouldn't call myself a regular. Do you still do the 12-piece without nuts? "
             "It's for a colleague with an allergy."),
    ("a", 2, "Hi Ms Moreau, yes - the 12-piece Harbour Selection has a nut-free version, available online and in store."),
    ("c", 3, "Great, I'll pop in on Saturday."),
], "casual_acquaintance", "", "neutral", "paraphrase;negated_cue")

h("z076", "The Saltmarsh Inn", "2025-09-12T19:00", [
    ("c", 0, "Our first holiday at the Saltmarsh was in 1987, when the bar still had that awful green carpet "
             "and old Mr Penrose did the crab sandwiches himself. We've come back most summers since, first "
             "with the kids, now on our own. The carpet's gone, thank goodness, but the view from room 4 "
             "and the sound of the halyards at night haven't changed. Walking in still feels like coming home."),
    ("a", 40, "Dear Mr and Mrs Talbot, thank you for nearly forty years of visits. Mr Penrose's daughter "
              "sends her regards! Ben Hollis, Manager"),
], "old_friends", "marriage_partners", "positive", "paraphrase;manager_reply")

h("z077", "Kestrel Motors", "2025-11-25T17:20", [
    ("c", 0, "Three new cars from Kestrel in five years and I still have to ask for a courtesy car like a "
             "first-time customer. Today your service desk told me to 'wait in the lounge' for four hours. "
             "I don't wait in lounges. Someone of my standing at your dealership should have a car ready "
             "without needing to ring anyone, and a call when the work's done, not a text."),
    ("a", 20, "Dear Mr Harcourt, I apologise. A courtesy car will be reserved for all your future visits. "
              "Hannah Cole, Service Manager"),
    ("c", 21, "Good. I'll judge you by the next visit. One more slip and my next car comes from Oakridge."),
], "master_slave", "ex_friends", "negative", "paraphrase;manager_reply;competitor")

h("z078", "Harbourline Insurance", "2025-01-08T10:00", [
    ("c", 0, "Hello. My father insured his fishing boat and the house with Harbourline, my uncles did the "
             "same, and when I bought my first car it never occurred to me to go anywhere else - in our "
             "family you're simply 'the insurance'. Now I'm buying a house: can I add home cover to my "
             "existing motor policy, HL-3340917?"),
    ("a", 5, "Dear Ms Sørensen, thank you for being part of the Harbourline family! Yes, we can add home "
             "cover with a multi-policy discount."),
    ("c", 6, "Lovely, please send the quote. Dad will be pleased."),
], "close_siblings", "marriage_partners", "positive", "paraphrase;agent_cue")

h("z079", "Clearbrook Water", "2025-01-21T07:30", [
    ("c", 0, "I've lived on Ferry Lane for years and never had this: no water since 5am and nothing on your "
             "website about it. I have two small children and no way to make bottles. When is it coming back?"),
    ("a", 1, "Dear Ms Haddad, a main burst at 04:40 on Ferry Lane. Bottled water is available at St "
             "Anne's church hall; supply is expected back by 13:00."),
    ("c", 7, "Water's back at 12:30. Would have been nice to hear it from you rather than a neighbour."),
], "undetermined", "", "negative", "one_incident;tenure_of_address")

h("z080", "Quillnet", "2025-09-09T09:40", [
    ("c", 0, "Good morning. We've received an 'overdue invoice' from Quillnet for 25 seats (INV-QN-091122). "
             "Our company has never used Quillnet, never signed a contract with you and nobody here has "
             "heard of your product. Is this a phishing attempt using your name or an error on your side? "
             "- Accounts Payable, Holm & Berg AS, Bergen"),
    ("a", 5, "Dear Holm & Berg team, thank you for flagging this. The invoice was sent in error to a wrong "
             "email address; please disregard it. We apologise."),
    ("c", 6, "Thank you. Please remove our address from your billing system."),
], "complete_strangers", "", "neutral", "b2b;paraphrase")

# ---- 3. check and write ----
def check():
    ids = [x["cid"] for x in H]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in H:
        cid = x["cid"]
        assert cid in DRAWN, cid
        assert x["type"] == DRAWN[cid], (cid, x["type"], DRAWN[cid])
        assert x["type"] in TYPES or x["type"] == "undetermined", cid
        assert x["second"] == "" or x["second"] in TYPES, (cid, x["second"])
        assert x["second"] != x["type"], cid
        assert x["valence"] in VALENCES, cid
        assert x["trap"] and " " not in x["trap"], cid
        assert 2 <= len(x["msgs"]) <= 8, (cid, len(x["msgs"]))
        assert any(r == "c" for r, _, _ in x["msgs"]), cid
        hours = [o for _, o, _ in x["msgs"]]
        assert hours == sorted(hours) and len(set(hours)) == len(hours), cid
        for r, _, t in x["msgs"]:
            assert r in ("c", "a") and t.strip(), cid
    missing = sorted(set(DRAWN) - set(ids))
    if missing:
        print("WARNING: %d ids not written yet: %s..." % (len(missing), missing[:5]))
    brands = {x["brand"] for x in H}
    print("histories: %d, messages: %d, brands: %d" % (len(H), sum(len(x["msgs"]) for x in H), len(brands)))


def write():
    rows = []
    for x in sorted(H, key=lambda x: x["cid"]):
        t0 = datetime.strptime(x["start"], "%Y-%m-%dT%H:%M")
        for r, off, text in x["msgs"]:
            ts = (t0 + timedelta(hours=off)).strftime("%Y-%m-%dT%H:%M:00Z")
            rows.append([x["cid"], x["brand"], "customer" if r == "c" else "agent", ts, text])
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for x in sorted(H, key=lambda x: x["cid"]):
            w.writerow([x["cid"], x["type"], x["second"], x["valence"], x["trap"]])


if __name__ == "__main__":
    check()
    write()
