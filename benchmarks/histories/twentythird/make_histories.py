#!/usr/bin/env python3
"""Invented development histories a001..a080 for relradar (twenty-third set).

Genre: private customer-service histories of 2 to 6 messages: live and in-app support chats and
e-mail threads with the brand's agents (agent turns have role agent; the agents use warm cue
words, "valued customer", "loyal", "part of the family", that the customers never say), e-mails
quoting an earlier reply under an `On <weekday>, <D> <Month> <YYYY>, <Brand> wrote:` header with
`> ` lines, sign-offs and signatures. Industries: telecoms, energy, insurance, banks,
subscriptions (streaming, meal kits, gyms), car dealers and servicing, furniture and appliance
delivery, travel agencies. Writers mostly in the UK and Ireland, three writing English as a
second language. All texts, names, brands, addresses (example.com) and numbers are invented
(phone numbers in the 07700 900xxx and 01632 960xxx drama ranges). Each history is written under
its intended label; ids are assigned by a seeded shuffle (seed 2323) of the harness's type mix
so that ids carry no order.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    MONTHS, TRAPS, WEEKDAYS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "a"
SEED = 2323
TRAPS = TRAPS | {
    "quoted_cue",       # a warm or cue word stands only in a quoted earlier reply
    "retention_call",   # the agent answers a cancellation with a retention offer; the
                        # customer's reason, not the offer, is the evidence
    "price_rise",       # the customer reacts to a price rise or a change of terms
    "signature_cue",    # a cue word sits in the customer's signature (a firm's name)
    "second_language"}  # a writer whose first language is not English

CHANNELS = ("chat", "email")
INDUSTRIES = ("telecom", "energy", "insurance", "bank", "subscription", "car", "delivery",
              "travel")

HISTS = []


def h(type_, second, valence, trap, brand, channel, industry, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap, brand=brand,
                      channel=channel, industry=industry, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;agent_cues;occasion", "Vantacell", "chat", "telecom", [
    ("c", "2025-04-02 18:11", "Hi, I'm off to Porto for a week on the 14th. Is roaming included on my plan or do I need to add something? Number ends 4417."),
    ("a", "2025-04-02 18:12", "Hi there, thanks for contacting Vantacell, and thank you for being a valued customer! Let me pull up your plan."),
    ("a", "2025-04-02 18:14", "You're on Vantacell Flex 30GB, which includes EU roaming up to 25GB at no extra cost. Calls and texts back to the UK are included too."),
    ("c", "2025-04-02 18:15", "Perfect. And if I go over the 25?"),
    ("a", "2025-04-02 18:16", "It's 2p per MB after that, and we'll text you at 80%. Have a lovely trip, you're part of the Vantacell family wherever you go!"),
    ("c", "2025-04-02 18:17", "Great, thanks."),
])

h("undetermined", "", "negative", "single_incident;second_language", "Solace Energy", "email", "energy", [
    ("c", "2025-02-10 09:02", "Subject: Estimated bill, account SE-20418837\n\nHello,\n\nMy bill for January is £286, this is almost double of December. On the bill it is written 'estimated'. I sent a reading on 31 January in the app (gas 04418, electricity 23907) and I have a screenshot of the confirmation. Could you make the bill again with the real reading, please?\n\nThank you,\nMarta Kowalczyk"),
    ("a", "2025-02-11 14:30", "Dear Marta, thank you for getting in touch and for sending the readings. The reading arrived a day after the bill was generated, which is why it was estimated. I've cancelled the bill and reissued it on your actual readings: the new amount is £151.62, and your direct debit will be adjusted. Apologies for the worry. Kind regards, Joseph, Solace Energy"),
    ("c", "2025-02-11 15:05", "Thank you. It is annoying that the app says 'submitted' when it does not count, but the new amount looks correct.\n\nMarta"),
])

h("undetermined", "", "negative", "single_incident;quoted_reply;quoted_cue;agent_cues", "Granite Shield Insurance", "email", "insurance", [
    ("c", "2025-06-03 08:40", "Subject: Claim GS-77120 - burst pipe\n\nHi,\n\nThe loss adjuster came on 21 May and said you'd have his report 'within five working days'. It's now nine working days and I still have no kitchen ceiling and a dehumidifier running in the hall day and night. Please could someone tell me where this is.\n\nNiall Brennan"),
    ("a", "2025-06-03 16:10", "Dear Mr Brennan, thank you for your patience, and for being a valued Granite Shield policyholder. I have chased the adjuster's report today and will update you by Friday. Kind regards, Olivia Pratt, Claims Team"),
    ("c", "2025-06-09 10:15", "Olivia,\n\nFriday has come and gone. I'm not trying to be difficult, but this is my house and it's been three weeks. I need a date for the ceiling.\n\nNiall\n\nOn Tuesday, 3 June 2025, Granite Shield Insurance wrote:\n> Dear Mr Brennan, thank you for your patience, and for being a valued Granite Shield policyholder.\n> I have chased the adjuster's report today and will update you by Friday."),
    ("a", "2025-06-09 15:40", "Dear Mr Brennan, I'm sorry for the delay. The report arrived this afternoon and your claim has been approved. Our contractor, Halden Building, will contact you within two working days to book the repair. Olivia"),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps;emoji", "Marlow Bank", "chat", "bank", [
    ("c", "2025-08-16 21:47", "my card has just been declined at a restaurant in Split with 8 people watching. I had to let my friend pay. I TOLD the app I was travelling. absolutely mortifying"),
    ("a", "2025-08-16 21:48", "I'm really sorry, that sounds awful. Let me look at this for you straight away. Can you confirm your date of birth?"),
    ("c", "2025-08-16 21:49", "12/03/1991"),
    ("a", "2025-08-16 21:52", "Thank you. A fraud check was triggered by two payments in different countries within an hour (a ferry booking from an Italian site and the restaurant). I've removed the block and your card will work now. I'm so sorry it happened at such a bad moment."),
    ("c", "2025-08-16 21:54", "ok it's working. the ferry was booked on a website, I wasn't physically in two countries 🙄 anyway thanks"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Reelhouse", "chat", "subscription", [
    ("c", "2025-11-02 20:05", "Hi, how do I add a profile for my daughter with the kids' settings? And is there a cheaper plan if we only watch on one TV?"),
    ("a", "2025-11-02 20:06", "Hello! Welcome to Reelhouse chat, we love hearing from our members. To add a profile go to Settings > Profiles > Add, and tick 'Kids'. For plans, Reelhouse Solo is £5.99 for one screen at a time."),
    ("c", "2025-11-02 20:08", "And if I change to Solo now do I lose the rest of this month on Standard?"),
    ("a", "2025-11-02 20:09", "No, the change happens at your next billing date, 18 November. You'll always have a home with us, whatever plan you're on!"),
    ("c", "2025-11-02 20:10", "ok, done, thanks"),
])

h("undetermined", "", "mixed", "single_incident;agent_cues", "Greenbasket Kitchen", "email", "subscription", [
    ("c", "2025-07-22 19:30", "Hi,\n\nToday's box (order GK-558102) sat on the doorstep from 9am as per your delivery window, and when I opened it at 6 the ice packs were water and the chicken thighs were warm. I've binned the chicken and the cream, photos attached. The veg is fine. Can I get a refund for the two meals that used them?\n\nJess"),
    ("a", "2025-07-23 09:12", "Hi Jess, I'm so sorry, that's not the standard we want for our loyal customers. I've refunded the two chicken recipes (£14.98) and added a £10 credit to your next box. We've also passed this to our courier partner, as the box should stay cool for 12 hours. Warmly, Ines, Greenbasket Kitchen"),
    ("c", "2025-07-23 09:40", "That was quick, thank you Ines, and more than I expected. Honestly impressed. I might switch to an afternoon slot for the summer though."),
])

h("undetermined", "", "positive", "routine_question;single_thanks", "Tidewater Leisure", "email", "subscription", [
    ("c", "2025-01-08 07:55", "Hello,\n\nI'm having a knee replacement on 20 January and won't be able to use the gym for about three months. Can I freeze my membership (no. TL-30981) from the 20th? I've attached the hospital letter.\n\nThank you,\nBarbara Okafor"),
    ("a", "2025-01-08 12:20", "Dear Barbara, of course, and good luck with the operation. I've frozen your membership from 20 January to 20 April at no charge; if you need longer, just reply to this email. Best wishes, Tom, Membership Team, Tidewater Leisure"),
    ("c", "2025-01-08 12:45", "Thank you Tom, that's very kind and much easier than I feared."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Motorwise Servicing", "chat", "car", [
    ("c", "2025-03-18 12:02", "Hi can I book an MOT and service for a 2017 estate, reg ending KPX? Any day next week, and do you have a courtesy car?"),
    ("a", "2025-03-18 12:03", "Hi! Thanks for choosing Motorwise, we love looking after our regulars. Let me check the diary."),
    ("a", "2025-03-18 12:05", "I can do Wednesday 26th, drop-off 8am. A courtesy car is £10 a day, or we have a free shuttle to the town centre."),
    ("c", "2025-03-18 12:06", "Wednesday's fine, the shuttle will do. Do I need to leave the locking wheel nut?"),
    ("a", "2025-03-18 12:07", "Yes please, leave it in the glovebox. You're booked in, reference MW-44120."),
])

h("undetermined", "", "negative", "single_incident;strong_words;signature", "Sofa Street", "email", "delivery", [
    ("c", "2025-05-12 17:20", "Subject: Order SS-102284 - damaged on delivery\n\nHello,\n\nThe Arlo three-seater arrived today. When we took the wrapping off after the drivers had gone, there's a 6cm tear in the back corner and the left foot has snapped off. Photos attached. Honestly gutted: we waited eleven weeks for this and the living room has been a camping floor since March.\n\nPlease tell me what happens next.\n\nKind regards,\nHelen Achterberg\n07700 900318"),
    ("a", "2025-05-13 10:05", "Dear Helen, I'm very sorry to see the photos. We'll replace the sofa: the replacement is in stock and we can deliver on 22 May, collecting the damaged one at the same time. Would that date suit? Kind regards, Ben, Sofa Street Customer Care"),
    ("c", "2025-05-13 10:30", "The 22nd is fine. Please make sure they unwrap it before they leave this time.\n\nHelen"),
])

h("undetermined", "", "negative", "single_incident;agent_cues", "Homestead Electricals", "chat", "delivery", [
    ("c", "2025-09-04 14:22", "Hi, the two-man team delivered my washing machine this morning but didn't take the old one away, even though I paid £20 for removal. They said it 'wasn't on the sheet'. Order HE-330917."),
    ("a", "2025-09-04 14:23", "Hi, thanks for getting in touch, and I'm sorry about that. We hate to let our customers down. Let me check the order."),
    ("a", "2025-09-04 14:26", "I can see the removal on your order, so this was our mistake. I can book a collection for Monday 8th, or refund the £20 if you'd rather sort it yourself."),
    ("c", "2025-09-04 14:27", "Monday please, it's in the hallway and I keep walking into it"),
    ("a", "2025-09-04 14:28", "Booked for Monday between 7am and 1pm. Sorry again."),
])

h("undetermined", "", "neutral", "routine_question;signature", "Bluecompass Travel", "email", "travel", [
    ("c", "2025-10-14 11:00", "Dear Bluecompass,\n\nWe've booked the 10-night Kenya safari with you (ref BC-7731, departing 3 February). Do we need to apply for the eTA ourselves or is that part of the package? Also, is a yellow fever vaccination required for the Masai Mara?\n\nBest regards,\nAnand Krishnan\n14 Wetherby Close\n07700 900527"),
    ("a", "2025-10-14 15:45", "Dear Mr Krishnan, thank you for booking with us. The eTA is not included: each traveller applies online at least two weeks before travel. Yellow fever vaccination is recommended but not required if you're travelling from the UK; please check with your GP. I've attached our Kenya travel notes. Warm regards, Leah Mensah, Bluecompass Travel"),
    ("c", "2025-10-14 16:02", "Very clear, thank you Leah."),
])

h("undetermined", "", "positive", "third_party;single_thanks", "Kingsgate Building Society", "email", "bank", [
    ("c", "2025-03-03 10:10", "Subject: My father's accounts - Mr Edward Lyle\n\nHello,\n\nMy father, Edward Lyle, died on 14 February. He had a savings account and an ISA with you (he kept everything in a biscuit tin, so I have the passbooks). I'm his executor. What do you need from me to close them, and can I do it by post? I live in Aberdeen and the branch he used is in Truro.\n\nWith thanks,\nFiona Lyle-Grant"),
    ("a", "2025-03-04 09:30", "Dear Ms Lyle-Grant, I'm very sorry for your loss. You can do everything by post: please send a certified copy of the death certificate and the grant of probate (or, for balances under £50,000, our short form, which I've attached). I've put a note on the accounts so that no letters go to your father's address. Yours sincerely, Carol Pengelly, Bereavement Team, Kingsgate Building Society"),
    ("c", "2025-03-04 11:15", "Dear Carol,\n\nThank you for such a clear and kind reply. The note about the letters means a great deal; I've been dreading the post.\n\nFiona"),
])

h("undetermined", "", "positive", "single_thanks;strong_words;agent_cues", "Brookline Broadband", "email", "telecom", [
    ("c", "2025-11-20 19:40", "Hi,\n\nJust a quick note to say thank you to the engineer who came out today (Kwame, I think). He spent two hours up a pole in sideways rain finding a fault nobody had found over the phone, and then explained it to my dad like he had all the time in the world. Absolute legend, please pass it on.\n\nCheers,\nRob"),
    ("a", "2025-11-21 09:00", "Hi Rob, thank you so much for taking the time to write! I've passed your message to Kwame and his manager. It's customers like you who make us feel part of the community. Brookline Broadband"),
])

h("undetermined", "", "neutral", "competitor;routine_question;second_language", "Sunhollow Power", "chat", "energy", [
    ("c", "2025-04-25 09:15", "Hello, we moved in a new-build on Juniper Way in March. We made the contract with Sunhollow Power, but Voltara keeps sending bills for the same meter, to 'The Occupier'. Which one of you is supplying us really?"),
    ("a", "2025-04-25 09:17", "Good morning! Thanks for reaching out. Can you read me the MPAN from the top of your Sunhollow welcome letter, and the serial number on the meter?"),
    ("c", "2025-04-25 09:20", "MPAN 1200 0517 4482 903, meter serial 23K0418821"),
    ("a", "2025-04-25 09:24", "Thank you. The meter is registered to us from 3 March, so we're your supplier. Voltara may still have an account for the previous owner, the developer; you can ignore their bills, and I'll send them a formal notice today."),
    ("c", "2025-04-25 09:25", "Ok, so we ignore them. Thank you."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;single_incident", "Orbisnet Fibre", "chat", "telecom", [
    ("c", "2025-01-27 08:10", "Internet's been down since Saturday night. Router shows a red light. I've done the turn it off and on thing four times."),
    ("a", "2025-01-27 08:12", "Sorry to hear that! I can see a fault in your area affecting around 300 homes; engineers are on it and we expect it fixed by 6pm today."),
    ("c", "2025-01-28 19:45", "It's now Tuesday evening. Love paying £38 a month for a router that's basically a very expensive nightlight. Is there an actual date?"),
    ("a", "2025-01-28 19:47", "I'm really sorry. The fault is a damaged cable under the road and the repair needs a council permit. The new estimate is Thursday, and we'll credit your account for every day you're without service."),
    ("c", "2025-01-30 21:02", "Back on. Thanks for the credit."),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;agent_cues;other_type_cue", "Alderbank", "chat", "bank", [
    ("c", "2025-06-11 13:30", "My fixed rate ends in August. What's the Loyalty Rate in your app, and is it fixed for 2 or 5 years? Mortgage ref AB-M-20771."),
    ("a", "2025-06-11 13:31", "Hi! Thanks so much for your loyalty to Alderbank. Existing mortgage customers can switch to our Loyalty Rate products with no fee."),
    ("a", "2025-06-11 13:33", "For your loan-to-value, the 2-year Loyalty Rate is 4.19% and the 5-year is 4.05%, both fixed. You can lock one in up to 4 months before your current deal ends."),
    ("c", "2025-06-11 13:35", "So I can lock the 5-year now and it starts in August?"),
    ("a", "2025-06-11 13:36", "Exactly, it starts the day after your current rate ends."),
    ("c", "2025-06-11 13:37", "Ok, I'll talk it over with my partner and come back to you."),
])

h("undetermined", "", "neutral", "signature;signature_cue;routine_question;symptom", "Halberd Motors", "email", "car", [
    ("c", "2025-02-19 08:55", "Dear Service Team,\n\nOur practice car (a Halberd Arden Tourer, reg ending VRN, bought from you in September 2023) has started to judder when pulling away in second gear, every time, hot or cold. It's still under the manufacturer's warranty. Could you book it in for a diagnosis, and confirm that a courtesy car is included for warranty work? Any day except Thursday.\n\nKind regards,\n\nDr Sunita Hartley\nPrincipal Dentist\nHartley Family Dental, 9 Orchard Parade\nreception@hartleyfamilydental.example.com | 07700 900634"),
    ("a", "2025-02-19 14:20", "Dear Dr Hartley, thank you for your email. We can see the car on Tuesday 25 February at 8:30am; a courtesy vehicle is included for warranty work. Kind regards, Marcus Bell, Service Advisor, Halberd Motors Leeds"),
    ("c", "2025-02-19 14:41", "Tuesday is fine. Thank you.\n\nSunita Hartley"),
])

h("undetermined", "", "mixed", "mixed_aspects;occasion;agent_cues;other_type_cue", "Wayfarer Holidays", "email", "travel", [
    ("c", "2025-09-08 20:15", "Hi Wayfarer team,\n\nBack from Menorca (booking WH-40218). Quick feedback, since you asked for it: the villa was gorgeous, spotless, the pool exactly like the photos, and the welcome pack was a lovely touch. The transfer was the opposite: nobody at arrivals, two hours on a hot pavement with two small kids and a phone number that went to voicemail. We got a taxi in the end (€85, receipt attached). Could that be refunded?\n\nThanks,\nClaire Duval"),
    ("a", "2025-09-09 11:30", "Dear Claire, thank you for your feedback and we're delighted you loved the villa! I'm so sorry about the transfer: our local supplier has confirmed the driver went to the wrong terminal. I've refunded the €85 and added a £50 voucher for your next trip. We hope to welcome you back to the Wayfarer family soon. Best, Omar"),
    ("c", "2025-09-09 12:05", "Thank you, that's appreciated."),
])

h("undetermined", "", "negative", "price_rise;quoted_reply;quoted_cue;routine_question", "Skylark TV", "email", "subscription", [
    ("c", "2025-03-05 18:30", "Hi,\n\nI got the email below. Two questions: does the new price apply to annual subscribers straight away, or at renewal? Mine renews in October. And is the 4K add-on going up too?\n\nBit steep, £2 a month more for the same shows, but I'd like to know where I stand.\n\nPaul\n\nOn Monday, 3 March 2025, Skylark TV wrote:\n> Dear Paul,\n> From 1 April, Skylark Entertainment will cost £12.99 a month.\n> Thank you for being part of the Skylark family - we can't wait to show you what's coming."),
    ("a", "2025-03-06 10:00", "Hi Paul, annual subscribers keep their current price until renewal, so yours changes in October. The 4K add-on stays at £3. Skylark TV Help"),
    ("c", "2025-03-06 10:12", "Ok, thanks."),
])

h("undetermined", "basic_exchange", "negative", "price_rise;single_incident", "Saltmarsh Direct", "chat", "insurance", [
    ("c", "2025-12-01 17:40", "Hi, my car insurance renewal has come through at £912. Last year was £648. No claims, same car, same address, no points. Why has it gone up 40%?"),
    ("a", "2025-12-01 17:42", "Hi, thanks for getting in touch, and I understand that's a big jump. Prices across the market have risen because of repair costs and vehicle theft in your postcode area. Let me see if anything can be adjusted."),
    ("a", "2025-12-01 17:46", "If you increase the voluntary excess to £250 and add a second named driver with a clean record, the price comes down to £804."),
    ("c", "2025-12-01 17:48", "That's not nothing but it's still a lot more than last year. I'll get a few other quotes and see."),
    ("a", "2025-12-01 17:49", "Of course. Your quote is valid until 28 December."),
])

h("undetermined", "", "neutral", "routine_question;short_signal;occasion;agent_cues", "Forkful Box", "chat", "subscription", [
    ("c", "2025-08-01 12:00", "hi can I skip the box for w/c 11 Aug, we're away"),
    ("a", "2025-08-01 12:01", "Hi! Absolutely, I've skipped that week for you. Have a wonderful holiday, and we'll be here for you when you're back!"),
    ("c", "2025-08-01 12:02", "thanks"),
])

h("undetermined", "", "positive", "routine_question;single_thanks;short_signal", "Corewell Studios", "chat", "subscription", [
    ("c", "2025-10-09 19:10", "Hi, I think I left my headphones (black over-ear ones, in a grey case) in locker 41 after the 6pm spin class. Has anyone handed them in?"),
    ("a", "2025-10-09 19:14", "Hi! Yes, reception have a grey case with black headphones in the lost property box. They'll keep them behind the desk for you."),
    ("c", "2025-10-09 19:15", "You're stars, thank you! Will grab them tomorrow."),
])

h("undetermined", "", "negative", "symptom;routine_question", "Brightwhite Appliances", "email", "delivery", [
    ("c", "2025-04-14 07:30", "Hello,\n\nThe fridge freezer you delivered in January (the FF-Duo 60, order BW-88213) clicks loudly every night around 2am and then hums for about ten minutes. It's every single night and it wakes us up, because the bedroom is above the kitchen. The food is cold so it is working. Is this normal, and if not can an engineer come out?\n\nThanks,\nGreg Ndlovu"),
    ("a", "2025-04-14 13:00", "Hi Greg, thanks for letting us know. A click at the start of the defrost cycle can be normal, but not one loud enough to wake you. I've booked a manufacturer's engineer for Friday 18 April, 8am-12pm. Kind regards, Amira, Brightwhite Appliances"),
    ("c", "2025-04-14 13:20", "Friday is fine, thanks."),
])

h("undetermined", "", "negative", "single_incident;other_type_cue", "Oakhaven Furniture", "email", "delivery", [
    ("c", "2025-02-20 12:00", "Hi,\n\nMy wardrobe (order OH-55102) was due on 14 February, then moved to 21 February, and I've just had a text moving it again, to 7 March. I've taken two days off work already. Is 7 March actually going to happen? I'd rather know now.\n\nThanks,\nSaoirse Kelly"),
    ("a", "2025-02-20 16:30", "Dear Saoirse, I'm sorry for the changes. The wardrobe is made to order and the finishing workshop has had a backlog. I've checked with them and it's now on the van schedule for 7 March; I'll call you the day before. Kind regards, Tariq, Oakhaven Furniture"),
    ("c", "2025-03-07 15:10", "It came this morning. It's lovely, to be fair, but three dates and two lost days for one wardrobe is a lot."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;short_signal", "Tallymobile", "chat", "telecom", [
    ("c", "2025-05-28 10:40", "I've had a text saying 'Tallymobile: your account is suspended, verify your details at tally-secure-login' with a link. Is that you or is it a scam? I haven't clicked it."),
    ("a", "2025-05-28 10:41", "Thanks for checking with us before clicking! That message isn't from us; we never ask for details through a text link. Please forward it to 7726 and delete it."),
    ("c", "2025-05-28 10:42", "Thought so. Done. Cheers"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;agent_cues;quoted_reply;quoted_cue;signature;competitor", "Brookline Broadband", "email", "telecom", [
    ("c", "2025-03-04 12:15", "Subject: Paper statement fee - round four\n\nHello,\n\nThe £2.50 'paper statement fee' is on my bill again. For the record: I have never received a paper statement, I have been paperless since I signed up in 2021, and this is the fourth time I've written to you about this exact line. It was taken off in May, in September and in December, each time with an apology and a promise that a 'flag' had been set. I'm starting to think the flag is a sticky note someone throws away every quarter.\n\nPlease remove it and refund it. I'll see you in June, no doubt.\n\nRegards,\nImogen Sallis\nAccount BB-3308172"),
    ("a", "2025-03-05 09:40", "Dear Imogen, thank you for being such a valued and loyal Brookline customer. I've removed the £2.50 charge and refunded it to your account, and I've placed a flag to stop it being added in future. Kind regards, Daniel, Billing Team"),
    ("c", "2025-06-03 08:05", "Daniel (or whoever has the inbox this quarter),\n\nJune. As predicted. Screenshot attached. I now have a folder in my email called 'Brookline - paper' with eleven messages in it. I'm not going anywhere, the only other fibre on my road is worse and I have better things to do than move a phone number, but I would like the flag to survive past the summer this time.\n\nImogen Sallis\nAccount BB-3308172\n\nOn Wednesday, 5 March 2025, Brookline Broadband wrote:\n> Dear Imogen, thank you for being such a valued and loyal Brookline customer.\n> I've removed the £2.50 charge and refunded it to your account, and I've placed a flag\n> to stop it being added in future."),
    ("a", "2025-06-03 15:20", "Dear Imogen, I'm sorry this has happened again. I've escalated it to our billing systems team as case BB-ESC-4471 so the fix is made at account level rather than as a note. The charge has been refunded. Kind regards, Priya, Billing Team"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;sarcasm;other_type_cue", "Quaystone Bank", "chat", "bank", [
    ("c", "2025-07-10 13:02", "Hi. Chargeback for the Ferrovia Homewares order, £214.60. This is the third time I'm opening it. First time it was 'closed in error', second time the merchant 'provided evidence', which was a photo of somebody else's front door. Case refs QB-CB-1182 and QB-CB-1307."),
    ("a", "2025-07-10 13:03", "Hi, thanks for contacting Quaystone, and sorry you've had to get in touch about this. Let me look at both cases."),
    ("c", "2025-07-10 13:04", "Take your time, I've blocked out the afternoon. I always do for you."),
    ("a", "2025-07-10 13:09", "I can see both cases. I've opened a new dispute (QB-CB-1455) and attached your earlier notes and the photo. A specialist will review it within 10 working days."),
    ("c", "2025-07-10 13:11", "That's what the last one said. I'll put a reminder in for day 11. And please note on the file that the door in the merchant's photo is red and mine is green. I've said that twice already."),
    ("a", "2025-07-10 13:13", "I've added that note. I really appreciate your patience, you're a valued customer."),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;agent_cues;other_type_cue;idiom", "Hollin Insurance", "email", "insurance", [
    ("c", "2025-11-18 19:20", "Subject: Renewal HI-CAR-551920 - here we go\n\nHello,\n\nMy renewal has arrived showing 4 years' no-claims discount. I have 9. We had this exact conversation in November 2023 and in November 2024; both times someone found the proof letter from my previous insurer on your own system and corrected it, and both times it went back to 4 the following year. The letter is attached, for what is now its third outing.\n\nOnce it's corrected I'll renew, because annoyingly you're still the cheapest by some distance once the discount is right. I'd just love, one year, not to have to do this.\n\nMartin Oduya"),
    ("a", "2025-11-19 11:05", "Dear Mr Oduya, thank you for your email and for your loyalty to Hollin over the years. I've corrected your no-claims discount to 9 years; your renewal premium is now £436.20. Kind regards, Sophie, Renewals"),
    ("c", "2025-11-19 12:30", "Thank you, Sophie. Renewed. See you next November, when we'll presumably do this dance again.\n\nMartin"),
])

h("adversaries", "", "negative", "paraphrase;negation;other_type_cue", "Northfen Gas & Electric", "email", "energy", [
    ("c", "2025-01-14 08:30", "Hello,\n\nThis is the eleventh estimated bill in a row. The smart meter you fitted in 2023 has not sent one reading since the day it went in, and every month I send you photos of the dials, and every month you estimate anyway. The account now says I owe £212.40, which I don't.\n\nAccount NF-6620381\nTerry Blackwood"),
    ("a", "2025-01-15 10:00", "Dear Mr Blackwood, I'm sorry for the frustration. I've applied your latest readings and raised a job for an engineer to look at the meter's communications. Kind regards, Northfen Customer Service"),
    ("c", "2025-02-17 09:10", "Twelfth. The engineer 'job' never turned into an engineer. And before anyone suggests it: no, I'm not switching. I'm not walking out with a £212 debt you've invented and letting it follow me to someone else. You're stuck with me until this account says zero.\n\nTerry Blackwood"),
    ("a", "2025-02-18 11:45", "Dear Mr Blackwood, I've escalated your account to our Complaints team (ref NF-C-20931). An engineer appointment has been booked for 4 March and your balance has been recalculated on your photo readings: you're £18.10 in credit. Kind regards, Aisha, Complaints"),
    ("c", "2025-03-04 16:20", "He came. He fixed it. I'll believe it when I see the thirteenth bill.\n\nTerry"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;agent_cues;signature;evolving", "Redfern Autos", "email", "car", [
    ("c", "2025-04-03 17:45", "Hello,\n\nI bought a 2020 hatchback (reg ending OWM) from your Chesterfield site on 22 March, invoice RA-19904, sold as 'one owner, no accidents, full history'. My local garage put it on the ramp yesterday for a noise and found the rear subframe has been replaced and the boot floor welded. They've put that in writing and will say it to anyone. I'd like to return the car for a full refund under the Consumer Rights Act.\n\nAdam Kerr\n07700 900281"),
    ("a", "2025-04-04 12:30", "Dear Mr Kerr, thank you for contacting Redfern Autos, where every customer is part of the Redfern family. All our vehicles pass a 120-point inspection. We'd be happy to inspect the car at our site and discuss options, which may include a contribution towards repairs. Kind regards, Gavin Stroud, Sales Manager"),
    ("c", "2025-04-04 18:10", "Mr Stroud,\n\nI'm not interested in a 'contribution'. You sold a car with a welded boot floor as accident-free. I want my money back. If I don't hear by Friday I'll go to the finance company and to Trading Standards.\n\nAdam Kerr"),
    ("a", "2025-04-11 10:00", "Dear Mr Kerr, after reviewing your garage's report we will accept the return of the vehicle and refund the purchase price of £11,450 in full. Our driver will collect it on 15 April. Gavin Stroud"),
    ("c", "2025-04-15 16:30", "The refund has landed and the car's gone. For what it's worth: I've told my brother, my five-a-side lot and the town's community page exactly what you sell and how you sell it, and I'll keep telling anyone who mentions buying a car in Chesterfield. I'd walk before I set foot on your forecourt again.\n\nAdam Kerr"),
])

h("enemies", "adversaries", "negative", "paraphrase;quoted_reply;quoted_cue;agent_cues;other_type_cue;evolving", "Sunpath Tours", "email", "travel", [
    ("c", "2025-01-09 10:00", "Subject: Refund for cancelled booking SP-20719\n\nDear Sunpath,\n\nYou cancelled our Lake Garda holiday in October (you, not us). Your own letter promised a refund of £2,860 'within 14 days'. It's been three months. Please tell me when it will be paid.\n\nJanet Ruddock"),
    ("a", "2025-01-10 14:00", "Dear Mrs Ruddock, we apologise for the delay. Refunds are being processed in date order and yours will be paid soon. We value every one of our customers. Sunpath Tours Customer Relations"),
    ("c", "2025-03-12 09:30", "Dear Sunpath,\n\n'Soon' was two months ago. This is my seventh email and my fourth phone call, one of them 68 minutes on hold listening to a panpipe version of a song I used to like. Please give me a date.\n\nJanet Ruddock\n\nOn Friday, 10 January 2025, Sunpath Tours wrote:\n> Dear Mrs Ruddock, we apologise for the delay. Refunds are being processed in date order and\n> yours will be paid soon. We value every one of our customers."),
    ("a", "2025-03-13 16:00", "Dear Mrs Ruddock, we're sorry. Your refund is in the next payment run. Sunpath Tours Customer Relations"),
    ("c", "2025-06-02 11:15", "Eight months on, I have the money back, through my credit card company, not through you. You should know that our walking group, my book club and the parish newsletter have all heard the story, and the travel page of our local paper is running it next week. You have had the last penny you will ever get from me or from anyone I can talk out of it.\n\nJanet Ruddock"),
])

h("enemies", "", "negative", "paraphrase;agent_cues;evolving", "Ironworks Gym", "email", "subscription", [
    ("c", "2025-05-06 07:40", "Hi,\n\nI'd like to cancel my membership (IW-20418) from the end of this month. I've moved to Bristol for a new job.\n\nThanks,\nKieran"),
    ("a", "2025-05-06 12:00", "Hi Kieran, we'd hate to lose you from the Ironworks family! Under our terms, cancellations must be made in person at your home club with 30 days' notice. Hope to see you soon! Ironworks Membership"),
    ("c", "2025-05-06 12:30", "I live 180 miles away now. Can I do it by email or post? I'll send whatever proof you want."),
    ("a", "2025-05-07 09:15", "Hi Kieran, we're sorry, but cancellations can only be processed in person at your home club. Ironworks Membership"),
    ("c", "2025-06-10 20:00", "You've taken another £44.99. I've cancelled the direct debit at my bank, reported you to Trading Standards and copied this whole thread into reviews on every site I can find, with the bit about 180 miles in bold. A business that has to trap people to keep them is a business people should steer well clear of, and I'll say so to anyone who asks. Don't email me about 'coming back'.\n\nKieran Walsh"),
])

h("enemies", "", "negative", "negation;caps;agent_cues;retention_call;sarcasm", "Tallymobile", "chat", "telecom", [
    ("c", "2025-09-22 18:30", "I want my PAC code. Not a retention offer, not a 'quick chat about your options', the code."),
    ("a", "2025-09-22 18:31", "Hi, thanks for contacting Tallymobile! I can help with that. Before I do, can I tell you about an exclusive loyalty offer, 50% off for 6 months, just for our valued customers?"),
    ("c", "2025-09-22 18:32", "No. Two years of your 'network' has taught me that a signal bar is a decorative feature. And don't say loyalty to me, I was never loyal, I was stuck in a contract. CODE please."),
    ("a", "2025-09-22 18:34", "I understand. Your PAC code is TAL 441 928. It's valid for 30 days."),
    ("c", "2025-09-22 18:35", "Thanks. I've already put your name on the school parents' group as the one to avoid, and I'll keep doing it every time someone asks who to go with."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;product_attribute;loyal_grievance;agent_cues;retention_call;quoted_reply;quoted_cue", "Kingsgate Building Society", "email", "bank", [
    ("c", "2025-08-05 14:00", "Subject: Closing my accounts\n\nDear Kingsgate,\n\nI opened my first account with you in 1998 with my paper-round money, and I have kept everything with you since: my savings, my ISA, two mortgages, my children's first accounts. I moved house twice and kept driving to the Truro branch because I liked the people in it.\n\nThis week I learned that new customers get 4.1% on the Easy Saver while I, on your 'Loyalty Saver', get 1.25%. The branch is also closing in October. I'm not writing to argue. I'm writing to ask for the forms to close my savings and my ISA and move them elsewhere. After 27 years it seems I am worth less to you than a stranger off a comparison website.\n\nYours,\nRuth Tregenza"),
    ("a", "2025-08-06 10:30", "Dear Mrs Tregenza, thank you for 27 years of loyalty - we truly value long-standing members like you. Before you decide, I'd like to offer you our Member Bonus Saver at 3.6%. Kind regards, Mark, Member Services"),
    ("c", "2025-08-06 17:45", "Dear Mark,\n\nThank you, but an offer that only appears when I'm already at the door rather makes my point. Please send the forms.\n\nRuth Tregenza\n\nOn Wednesday, 6 August 2025, Kingsgate Building Society wrote:\n> Dear Mrs Tregenza, thank you for 27 years of loyalty - we truly value long-standing members like you.\n> Before you decide, I'd like to offer you our Member Bonus Saver at 3.6%."),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;retention_call", "Pantry Parcel", "chat", "subscription", [
    ("c", "2025-10-12 19:20", "Hi, I'd like to cancel, please. Account is under Dev Mistry."),
    ("a", "2025-10-12 19:21", "Hi Dev, I'm sorry to hear that! You've been with us for over three years, you're one of our most loyal customers. Can I ask why you're leaving?"),
    ("c", "2025-10-12 19:24", "Honestly? Sunday night was a Pantry Parcel night in this house. My kids learned to cook from your cards, we've got a stack of them in a drawer. But this last year the portions shrank, the same six recipes keep coming round, and now you've taken away the swaps unless we pay for 'Premium'. It doesn't feel like the box we signed up for. It feels like you're waiting to see how much we'll put up with."),
    ("a", "2025-10-12 19:26", "That's really valuable to hear, thank you. I can offer 40% off your next four boxes to keep you in the family."),
    ("c", "2025-10-12 19:27", "That's kind but no. Please cancel from this week."),
    ("a", "2025-10-12 19:28", "Done, Dev. Your last box will be 14 October. You're always welcome back."),
])

h("ex_friends", "", "negative", "evolving;paraphrase;price_rise;agent_cues", "Skylark TV", "email", "subscription", [
    ("c", "2024-06-14 21:00", "Hi Skylark,\n\nNot a complaint, just a question: is The Lantern Coast season 3 coming? We've watched the first two twice. Best thing we pay for.\n\nGeorgia"),
    ("a", "2024-06-15 10:00", "Hi Georgia, we're so glad you're enjoying it! Season 3 arrives in September. Skylark TV Help"),
    ("c", "2025-04-22 20:10", "Hi,\n\nWe're cancelling. In a year you've put adverts into the plan we pay £11.99 for, taken off half the back catalogue, The Lantern Coast included, and put the price up twice. It was the one subscription I'd have kept if we'd had to cut back. Now it's the first to go. It isn't the service we used to tell everyone about.\n\nGeorgia Pike"),
    ("a", "2025-04-23 09:30", "Hi Georgia, we're sorry to see you go, you've been part of the Skylark family for a long time. Your plan ends on 14 May. Skylark TV Help"),
])

h("ex_friends", "", "negative", "paraphrase;agent_cues;competitor;other_type_cue;loyal_grievance", "Castleford Car Care", "email", "car", [
    ("c", "2025-06-25 18:00", "Dear Castleford Car Care,\n\nI've brought every car I've owned to your Mill Road garage since 2013. Dave used to ring me and say 'the brake pads have another six months in them, don't let anyone tell you otherwise', and I trusted that more than I trust most people.\n\nSince the takeover last year I've had a 'health check' that found £1,140 of 'urgent' work, a second opinion down the road that found £90 of it, and nobody at the desk who knows my name. I paid the £90 elsewhere. I won't be booking the MOT with you in August. I'm sad about it, genuinely.\n\nRegards,\nLinford Hayes"),
    ("a", "2025-06-26 09:40", "Dear Mr Hayes, thank you for your feedback and for your many years as a loyal customer. Our technicians follow national safety guidelines when recommending work. We'd love the chance to welcome you back and can offer 15% off your next service. Castleford Car Care, part of the AutoHub Group"),
    ("c", "2025-06-26 12:05", "Thanks, but it isn't about 15%. Twelve years of being loyal to that garage, and what it earned me was being treated as an easy mark. I can't take your word for anything now.\n\nLinford"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;agent_cues;occasion;competitor", "Alderbank", "email", "bank", [
    ("c", "2026-01-12 10:00", "Hello,\n\nI got married in December (hooray) and my husband Tomás would like to be added to my current account, 40-11-29 / 31889204, as a joint holder. What do you need from us?\n\nA bit of background, since I'm told you like it: I've banked with Alderbank since my first student account in 2006. I've never had an account anywhere else and I don't intend to. Tomás was with one of the app-only banks and I've talked him round over about four years of dinners. When people moan about their bank at parties I tell them about you, which he says is the least cool thing about me.\n\nThanks,\nNia Prosser"),
    ("a", "2026-01-12 15:30", "Dear Nia, congratulations to you both! Thank you for your loyalty to Alderbank over nearly 20 years - we love hearing from customers like you. Tomás can apply in the app under 'Add a joint holder'; he'll need his passport and a recent utility bill. Kind regards, Callum, Alderbank"),
    ("c", "2026-01-14 19:00", "Done! He's officially an Alderbank person now. Thanks Callum.\n\nNia"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;occasion;quoted_reply;quoted_cue;signature;agent_cues", "Wayfarer Holidays", "email", "travel", [
    ("c", "2025-02-03 11:10", "Dear Sandra,\n\nIt's that time of year! Geoff and I would like to do the Dalmatian coast again in late May, two weeks, the same sort of thing as 2023 but with a few more quiet days. You know what we like better than we do.\n\nWe worked out over Christmas that every holiday we've had since 2011 has come through you. I don't look at websites, I don't look at the adverts in the Sunday paper, I ring Wayfarer and I ask for you. Long may it continue. In fact you're already pencilled in for our ruby anniversary in 2028, so don't you dare retire.\n\nWith love,\nMaureen & Geoff Aldous\n\nOn Tuesday, 28 January 2025, Wayfarer Holidays wrote:\n> Dear Maureen,\n> As one of our valued customers, you're invited to see our 2025 Collection first."),
    ("a", "2025-02-04 09:00", "Dear Maureen and Geoff, how lovely to hear from you both! I've got three ideas already, including a little island stay that I think Geoff will love. I'll send them by Friday. And I'm not going anywhere! Warmest wishes, Sandra Leung, Senior Travel Consultant, Wayfarer Holidays"),
    ("c", "2025-02-07 18:30", "Sandra, the island. Obviously. Book it.\n\nMaureen x"),
])

h("marriage_partners", "", "positive", "product_attribute;paraphrase;agent_cues;negation", "Oakhaven Furniture", "chat", "delivery", [
    ("c", "2025-10-20 11:05", "Hi! I've just ordered the Forever Oak extending table (order OH-61877) and I'd like to check the delivery team can get it up a narrow staircase, it's going in the top-floor room."),
    ("a", "2025-10-20 11:06", "Hi there, thanks for choosing Oakhaven! Let me check the dimensions for you."),
    ("c", "2025-10-20 11:08", "Thank you. For context, I'm not a nervous first-timer: every piece of furniture in this house is yours, from the bed frame to the bathroom cabinet, bought over sixteen years. I haven't set foot in another furniture shop since, and I've no plans to. My husband says the house is an Oakhaven showroom with a mortgage. I'd just like the table to get up the stairs in one piece!"),
    ("a", "2025-10-20 11:12", "That's wonderful to hear, thank you for being such a loyal part of the Oakhaven family! The top comes off for delivery and the widest part is 82cm, so it should go up a staircase of 85cm or more. Our team will assemble it in the room."),
    ("c", "2025-10-20 11:13", "88, I've just measured. Perfect. Can't wait."),
])

h("marriage_partners", "", "positive", "paraphrase;agent_cues;negation;competitor", "Pulse & Pace Fitness", "email", "subscription", [
    ("c", "2025-11-03 06:50", "Hi Pulse & Pace,\n\nThe hot water in the women's changing room at Harrow Road has been off for the third morning running. Please fix it.\n\nTo be clear, this isn't a 'fix it or I'm leaving' email. I've been a member for nine years, I chose my flat because it's a four-minute walk from your door, my friends know not to book anything before 8am on weekdays, and I've turned down two free memberships at other chains through work because they weren't you. I'm in it for the long haul. I'd just like the long haul to have hot water.\n\nBest,\nYasmin Adebayo"),
    ("a", "2025-11-03 11:20", "Hi Yasmin, what a lovely message (apart from the cold showers!). A plumber is booked for tomorrow morning and we'll put up a notice when it's fixed. Thank you for nine years, we genuinely love having you in the Pulse & Pace family. Jordan, Harrow Road Club Manager"),
    ("c", "2025-11-05 07:10", "Hot water! Thank you Jordan. See you at 6:15 tomorrow, as ever."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues;for_work_occasion", "Lumira Card", "chat", "bank", [
    ("c", "2025-03-21 16:00", "This is the second time this month I've been routed to a chat window. I hold an Obsidian card. I was told when I took it that I'd have a named person to call. Put me through to her, please."),
    ("a", "2025-03-21 16:01", "Hi! I'm Lumi, the Lumira virtual assistant. I can help with lots of things, like checking your balance or freezing your card. What would you like to do?"),
    ("c", "2025-03-21 16:02", "A person."),
    ("a", "2025-03-21 16:04", "Hi, this is Ashok from the Obsidian team, thank you for your patience and for being one of our most valued members. How can I help?"),
    ("c", "2025-03-21 16:07", "My concierge booked the wrong restaurant for a client dinner on Tuesday and nobody has so much as acknowledged it. At £575 a year for a card, I shouldn't be the one chasing. Ms Farrant is to call me today, before six, and I'd like it written on my file that I'm never to be sent to the robot again."),
    ("a", "2025-03-21 16:09", "I completely understand. I've asked Ms Farrant to call you before 6pm and added a note to your file to route you straight to the Obsidian team."),
])

h("master_slave", "ex_friends", "negative", "loyal_grievance;paraphrase;agent_cues;signature", "Halberd Motors", "email", "car", [
    ("c", "2025-07-08 19:30", "Dear Mr Bell,\n\nI left my Halberd GT (my third car from your showroom in six years, all bought new) for its service this morning and was handed the keys to a three-door hatchback with a child seat still in the back and somebody's parking ticket on the dashboard. I drove from there to a meeting with a client.\n\nI shouldn't have to spell out what is wrong with that. Is this what three cars and well over £200,000 of loyalty to your showroom buys a person? A replacement worthy of the name will be at my office by nine tomorrow, and I'll hear from the General Manager personally, not from the service desk.\n\nRichard Vane\nVane Property Holdings\n07700 900755"),
    ("a", "2025-07-09 08:10", "Dear Mr Vane, I'm very sorry. As one of our most loyal customers, you deserve better. A Halberd GT Touring will be delivered to your office by 10am, and our General Manager, Louise Carr, will call you this morning. Kind regards, Marcus Bell, Service Advisor"),
    ("c", "2025-07-09 10:40", "The car arrived at 10:25. Ms Carr called. I'll say to you what I said to her: I chose Halberd so that I would never have to ask for things like this. Don't make me ask again.\n\nRichard Vane"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues;other_type_cue", "Atlas & Oar Cruises", "email", "travel", [
    ("c", "2025-05-14 09:20", "Dear Atlas & Oar,\n\nWe sail on the Meridian on 2 June in the Owner's Suite, as we have on each of our last four voyages. On the last one the butler knew how I take my tea, the champagne in the cabin was the one we'd had before, and our table was by the window without my having to ask. I trust this will be the case again, and I should not need to write to arrange it. I was therefore disappointed to receive a generic 'pre-cruise preferences' form this morning, as if we were first-time passengers in an inside cabin on deck four.\n\nPlease have someone who knows our file confirm the arrangements by return.\n\nPenelope Ashcombe"),
    ("a", "2025-05-14 15:30", "Dear Mrs Ashcombe, thank you for writing, and for being one of our most treasured guests. Your preferences from previous voyages are on file and have been shared with the Meridian's hotel team: Earl Grey with lemon, the Maison Cordier on arrival and table 12 by the window. Please disregard the form. Warm regards, Harriet Voss, Guest Relations"),
    ("c", "2025-05-14 16:05", "Thank you, Harriet. That is as it should be. Perhaps the form could be kept from guests in the Owner's Suite in future.\n\nP. Ashcombe"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;agent_cues;quoted_reply;quoted_cue", "Greenquay Power", "email", "energy", [
    ("c", "2025-10-28 08:15", "Hi,\n\nMy fixed tariff ends on 30 November. Could you send me your renewal prices for a 12-month fix on dual fuel?\n\nFull disclosure: I put my usage into a comparison site every autumn and go with whoever comes out cheapest for a fix. You've come out top two years running, which is why I'm with you. The bills have been right, the app shows me what I need and I've never had to ring you, which is all I ask of an energy company. If you're still in the top two or three this year I'll stay; the hassle of moving is worth about £20 to me.\n\nThanks,\nOwen Pryce"),
    ("a", "2025-10-28 13:00", "Hi Owen, thanks for getting in touch, and for being a loyal Greenquay customer! Our 12-month Fixed Saver for your usage is £1,288 a year (electricity 24.1p/kWh, gas 6.2p/kWh). Kind regards, Lottie, Greenquay Power"),
    ("c", "2025-10-31 18:20", "Checked: you're second cheapest by £14, which is inside my hassle margin. Fixing with you for another year. Ta.\n\nOwen\n\nOn Tuesday, 28 October 2025, Greenquay Power wrote:\n> Hi Owen, thanks for getting in touch, and for being a loyal Greenquay customer!\n> Our 12-month Fixed Saver for your usage is £1,288 a year (electricity 24.1p/kWh, gas 6.2p/kWh)."),
])

h("basic_exchange", "", "positive", "agent_cues;negation;paraphrase", "Orbisnet Fibre", "chat", "telecom", [
    ("c", "2025-02-12 20:00", "Hi, can you stop the marketing texts? I get three a week about Orbisnet Rewards and the quiz thing."),
    ("a", "2025-02-12 20:01", "Hi! I can definitely help. Just so you know, Orbisnet Rewards is free and gives our loyal members money off cinema tickets and treats. Are you sure you want to miss out?"),
    ("c", "2025-02-12 20:03", "Yes, sure. No offence, I'm not looking for a relationship with my broadband. I've had the 150 package for four years because it's £27 a month and it has never dropped out on me. That's the whole deal as far as I'm concerned. Keep it that way and keep the price sensible and I'm happy."),
    ("a", "2025-02-12 20:05", "Totally understood! I've turned off marketing texts and emails. You'll still get service messages about your account."),
    ("c", "2025-02-12 20:06", "Perfect, thanks."),
])

h("basic_exchange", "", "positive", "paraphrase;competitor;negation;agent_cues", "Brightwhite Appliances", "email", "delivery", [
    ("c", "2025-08-19 12:30", "Hello,\n\nI'd like to order the Calder 8kg tumble dryer (code CD-8H) for delivery to 6 Abbot's Row, with the old one taken away. Can you do it at Voltique Direct's price, £329? Here's the link to their page.\n\nThis is the third thing I've bought from you (the dishwasher in 2021 and the fridge last year). I'm not attached to any shop, but you price-match without me having to argue, you come the next day and you take the old one away for nothing, and that's three more things than most places manage.\n\nRegards,\nHamza Idris"),
    ("a", "2025-08-19 16:10", "Dear Mr Idris, thank you for coming back to us, we love our returning customers! We can match £329 and deliver on Thursday 21 August, with free removal of your old dryer. Order BW-91740 is confirmed. Kind regards, Amira, Brightwhite Appliances"),
    ("c", "2025-08-21 13:45", "Delivered and the old one gone. Same as last time. Thanks."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;agent_cues;idiom", "Motorwise Servicing", "email", "car", [
    ("c", "2025-04-07 10:20", "Hello Motorwise,\n\nCould I book my estate in for its major service, any day in the week of 21 April?\n\nI had my very first car serviced at your Station Road place in 1992: a red hatchback with a passenger door off a blue one and a heater that only did 'scorching'. Your Mr Patel told me it was held together with optimism and charged me for half the work he did. I've been back with every car since, I've watched the waiting room go from a kettle and a pile of old car magazines to a coffee machine, and it's still the one part of owning a car I don't dread. I'm 52 now, if you can believe it.\n\nBest,\nGraham Leith"),
    ("a", "2025-04-07 14:00", "Dear Graham, what a lovely email, thank you! Mr Patel retired in 2019 but still pops in, and I'll show him this. You're part of the Motorwise family. I've booked you in for Tuesday 22 April at 8am. Kind regards, Shona, Motorwise Station Road"),
    ("c", "2025-04-07 15:10", "Tell him the heater's better on this one! See you on the 22nd.\n\nGraham"),
])

h("old_friends", "close_siblings", "positive", "paraphrase;agent_cues", "Fenmoor Savings Bank", "email", "bank", [
    ("c", "2025-09-30 15:00", "Dear Fenmoor Savings,\n\nClearing out the loft I've found my first passbook from your Market Street branch, dated April 1979, with the 50p I paid in and the lion sticker the cashier gave me. My dad walked me in on my seventh birthday. I still bank with you, still at Market Street (the lion has gone, the carpet hasn't), and going in still feels a bit like a Saturday morning with him.\n\nTwo questions: is the old account number in the passbook still live, or was it merged into my current savings? And would the branch like a photo of the passbook for the wall? I'd happily lend it.\n\nKind regards,\nAlan Whitcombe"),
    ("a", "2025-10-01 11:20", "Dear Mr Whitcombe, what a wonderful find! The 1979 account was merged into your Instant Saver in 1998, so nothing is lost. The Market Street team would love a photo, and so would our newsletter. Thank you for being part of the Fenmoor family for so long. Best wishes, Jenna, Fenmoor Savings Bank"),
    ("c", "2025-10-01 12:30", "Lovely. I'll bring it in on Saturday.\n\nAlan"),
])

h("old_friends", "marriage_partners", "positive", "paraphrase;other_type_cue;agent_cues", "Bluecompass Travel", "email", "travel", [
    ("c", "2025-01-16 19:00", "Hi Bluecompass,\n\nSame as always please: Agios Nikolaos, the Kalimera apartments, two weeks from 26 July, four adults this time, because the 'children' are 22 and 19 and one of them is bringing a girlfriend. We first booked with you in 2007, when Ellie was in a car seat and Sam wasn't born. Do you remember the summer of the ferry strike, when your rep drove us round the island in her own car? We still tell that one.\n\nThe city breaks we book ourselves, but Crete is yours. It wouldn't feel like our summer otherwise.\n\nCheers,\nNeil & Kath Foster"),
    ("a", "2025-01-17 10:30", "Dear Neil and Kath, of course we remember! Eleni still tells the story. Your apartments are reserved for 26 July to 9 August (ref BC-8124); it's lovely to have you back for your 19th summer with us. Warm regards, Dimitra, Bluecompass Travel"),
    ("c", "2025-01-17 11:00", "Nineteenth! Give Eleni our love.\n\nNeil"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "agent_cues;competitor;other_type_cue", "Greenbasket Kitchen", "chat", "subscription", [
    ("c", "2025-03-09 17:30", "Hi, my first box arrived today (a friend gave me one of your vouchers). The risotto card says 'stock pot' but there's no stock pot in the bag. Is it meant to be there?"),
    ("a", "2025-03-09 17:31", "Hi and welcome to Greenbasket, we're so happy to have you in the family! I'm sorry about the missing stock pot, I'll refund that recipe. You can use a vegetable stock cube instead."),
    ("c", "2025-03-09 17:33", "Ok ta. My sister's been on Pantry Parcel for ages and keeps telling me I'll get hooked. We'll see. I'm giving you a few weeks and then I'll decide whether it's worth it."),
    ("a", "2025-03-09 17:34", "Fingers crossed we win you over! Your next box is due on the 16th."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question;evolving", "Corewell Studios", "email", "subscription", [
    ("c", "2025-06-16 12:10", "Hi Corewell,\n\nI picked up a 7-day free pass at your stall at the Riverside market on Saturday. I've never done reformer Pilates and I'm a bit nervous: can a complete beginner book the 'Flow' classes, or is there an intro one? I'm free most evenings this week.\n\nThanks,\nOluwaseun Adeyemi"),
    ("a", "2025-06-16 15:45", "Hi Oluwaseun, welcome! Flow is fine for beginners but we'd suggest Reformer Foundations first: Tuesday and Thursday at 7pm. I've booked you into Tuesday's. Let us know how you get on! Corewell Studios"),
    ("c", "2025-06-18 21:30", "Survived Tuesday! Wobbly, but I enjoyed it. I'll do Thursday and see how I feel at the end of the week before I think about the monthly.\n\nSeun"),
])

h("fleeting_acquaintance", "one_night_stand", "positive", "agent_cues;bug_report;emoji", "Reelhouse", "chat", "subscription", [
    ("c", "2025-12-27 21:10", "Hey, signed up for the free trial tonight purely to watch The Long Tide, everyone in my office won't shut up about it. Subtitles are out of sync by about two seconds on episode 1, on the TV app. Is there a fix?"),
    ("a", "2025-12-27 21:11", "Hi and welcome to Reelhouse! We're thrilled you're here. Try Settings > Subtitles > Reset sync, then restart the app."),
    ("c", "2025-12-27 21:14", "That did it. Right, two episodes in. If the rest of your stuff is this good I might hang around after the trial, we'll see 🍿"),
    ("a", "2025-12-27 21:15", "Enjoy! We'd love to have you stay."),
])

# ================================================================ love_hate (3)

h("love_hate", "adversaries", "mixed", "paraphrase;other_type_cue;agent_cues;signature;competitor", "Vantacell", "email", "telecom", [
    ("c", "2025-05-19 21:00", "Subject: Bill\n\nHello,\n\nYou've charged me £46.80 instead of £22 this month for 'out of bundle' data I didn't use, for the second time this year. Your call centre, as usual, told me to restart the phone. Please refund it.\n\nI'll say what I say every time I write one of these: yours is the only signal that reaches our farmhouse. I've tried the other three and none of them get past the cattle grid. When the phone works it's brilliant and I'd recommend you to anyone in the valley. Your billing, on the other hand, is the reason I keep my own spreadsheet of my data use. I've threatened to leave you twice and I'll probably threaten again. I won't go.\n\nRegards,\nBethan Morgan\nTy Isaf Farm, Llanfair\n07700 900446"),
    ("a", "2025-05-20 10:15", "Dear Bethan, thank you for your loyalty to Vantacell. I've refunded £24.80 and added a data cap so this can't happen again. Kind regards, Nathan, Vantacell Billing"),
    ("c", "2025-05-20 11:00", "Thank you Nathan. Until next time, then.\n\nBethan"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;agent_cues;emoji", "Forkful Box", "chat", "subscription", [
    ("c", "2025-03-02 18:40", "Hi, I'd like to restart my boxes. Yes, me again."),
    ("a", "2025-03-02 18:41", "Welcome back! It's lovely to see you, our Forkful family missed you! I can restart your plan from next Thursday."),
    ("c", "2025-03-02 18:43", "Thanks. For the record, I cancelled in January because I was sick of the delivery 'window' being a work of fiction and of fishing bits of leek out of the recipe card envelope. Then I spent six weeks eating beans on toast and pining for your Thai curry. This is the third year running I've stormed off and crawled back. I know how it looks."),
    ("a", "2025-03-02 18:45", "Ha! We'll take it. I've also added a note for the courier about your delivery window. Your first box arrives Thursday 6 March."),
    ("c", "2025-03-02 18:46", "Don't make me regret it 😤"),
])

h("love_hate", "marriage_partners", "mixed", "paraphrase;agent_cues;symptom;other_type_cue", "Veltra Cars", "chat", "car", [
    ("c", "2025-08-12 09:00", "Morning. The app has lost my car again. It says 'vehicle offline' and won't unlock the doors, so I'm standing in a supermarket car park using the key card like it's 2010."),
    ("a", "2025-08-12 09:01", "Good morning, and thank you for being part of the Veltra community! I'm sorry about this. Let me send a wake-up signal to your vehicle."),
    ("c", "2025-08-12 09:03", "Go on then. Honestly, this is my third Veltra and I wouldn't swap it for anything else on the road, it's the best car I've ever driven on a B-road. And every few weeks your software makes me want to push it into the sea. My wife has banned me from talking about the app at dinner."),
    ("a", "2025-08-12 09:05", "Signal sent, the app should reconnect now. A fix for 'vehicle offline' is in update 11.4, out next week."),
    ("c", "2025-08-12 09:06", "It's back. Until the next time. See you at 11.4."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;quoted_reply;quoted_cue;evolving", "Emberly Energy", "email", "energy", [
    ("c", "2025-09-09 20:30", "Hi Emberly app team,\n\nTwo more ideas from me, in the same spirit as the ones I sent in March (one of which, the weekly usage email, you built, so thank you):\n\n1. Let us label a half-hour on the usage graph ('washing machine', 'car charging') so a spike means something when we look back at it.\n2. For EV tariffs, show the cost of last night's charge on the home screen in pounds, not kWh. Most of my neighbours can't convert in their heads and neither can I before coffee.\n\nI've sketched what I mean for no. 2, screenshots attached. If you ever run a test group for the app I'd be glad to be in it.\n\nBest wishes,\nNoor Haddad"),
    ("a", "2025-09-10 11:00", "Hi Noor, thank you! Our product team loves hearing from customers like you, and your sketches have gone straight to them. We'll be in touch about our beta panel. Emberly Energy"),
    ("c", "2025-11-25 19:45", "Saw the pounds-per-charge tile in last night's update. You actually listen. I'll keep them coming, and count me in for the panel.\n\nNoor\n\nOn Wednesday, 10 September 2025, Emberly Energy wrote:\n> Hi Noor, thank you! Our product team loves hearing from customers like you, and your sketches\n> have gone straight to them. We'll be in touch about our beta panel."),
])

h("business_partners", "", "positive", "paraphrase;signature;agent_cues;for_work_occasion", "Harbourwick Mutual", "email", "insurance", [
    ("c", "2025-04-29 13:10", "Dear Harbourwick Mutual,\n\nI've made two claims with you in five years (a cracked windscreen and a stolen bike), both settled properly, so this isn't a complaint. It's an offer. Your online claim form asks for the policy number three times and the date twice, and it loses everything if you press Back on the photo page. I redesign forms for a living, and I've marked up your nine pages as four (attached, PDF). Take any of it you like, no charge; I'd rather my insurer was easy to claim from.\n\nIf someone in your digital team wants to talk it through, I'll give them an hour.\n\nKind regards,\nEllis Marchetti\nService Designer\nellis.marchetti@example.com"),
    ("a", "2025-04-30 10:00", "Dear Mr Marchetti, thank you so much. We value members who take the time to help us improve. I've passed your mark-up to our Digital Claims lead, Farah Quinn, who would love to take you up on the hour. Kind regards, Member Services, Harbourwick Mutual"),
    ("c", "2025-05-13 17:30", "Good call with Farah today. She's taking the Back-button fix into the next sprint. I can look at the home claims form next if that's useful.\n\nEllis"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "caps;emoji;agent_cues;paraphrase", "Peppin Motors", "chat", "car", [
    ("c", "2025-06-27 17:30", "Hi!! I picked up my new Zinna from you yesterday, the Lime Fizz one, and I've driven it to precisely nowhere TWICE already just to see it in shop windows 😍 Quick q: do you do the matching lime key cover and the black roof decals?"),
    ("a", "2025-06-27 17:31", "Hi! Congratulations, that's so exciting, welcome to the Peppin family! Yes, the Lime Fizz key cover is £18 and the roof decal kit is £95 fitted."),
    ("c", "2025-06-27 17:33", "Both please. I've changed my phone wallpaper to it and my sister says I've turned into a lime person overnight. I'll probably want purple by next year, but right now this car is my entire personality 💚"),
    ("a", "2025-06-27 17:35", "Ha, love it! I've ordered both; we'll text you when they're in to book the fitting."),
])

h("fling", "", "positive", "other_type_cue;occasion;agent_cues;paraphrase;emoji", "Sofa Street", "chat", "delivery", [
    ("c", "2025-10-01 08:05", "Morning! The new velvet drop went live at 8 and I've just ordered the Juno in Turmeric (order SS-118402), it's been all over my feed all week. When's the soonest delivery? I want it in before my housewarming on the 25th."),
    ("a", "2025-10-01 08:06", "Good morning and congratulations, the Juno in Turmeric is gorgeous! Thank you for joining the Sofa Street family. Let me check delivery."),
    ("a", "2025-10-01 08:08", "The first delivery slots for the autumn collection are 20-22 October. I can book you for the 21st."),
    ("c", "2025-10-01 08:09", "The 21st, yes! I know, I know, I'll probably be bored of mustard velvet by the spring and want something grey and sensible, but right now I'm completely in love with it. Best thing I've clicked 'buy' on in years 🧡"),
    ("a", "2025-10-01 08:10", "Booked! Enjoy the housewarming."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues;other_type_cue", "Hearthwell Bank", "email", "bank", [
    ("c", "2025-12-09 22:30", "Dear Mrs Akande,\n\nYou may not remember me, but in March you set up a payment plan on my overdraft and credit card after my marriage ended and I'd stopped opening letters. I'm writing because I've just made the last payment, nine months early, and I wanted you to be the first to know. You were the first people I told about the divorce, before my own sister, because I had to explain the missed payments, and you were kinder about it than I had any right to expect. You told me straight what I could and couldn't afford, and you rang when you said you would.\n\nWhatever happens with my money from now on, you'll hear it from me first.\n\nWith thanks,\nLaura Denholm"),
    ("a", "2025-12-10 09:15", "Dear Laura, of course I remember you, and this email has made my whole week. Congratulations, that's a huge achievement and it's all yours. We're always here for you. Warm wishes, Grace Akande, Financial Support Team, Hearthwell Bank"),
    ("c", "2025-12-10 12:00", "Thank you, Grace. I mean it.\n\nLaura"),
])

h("best_friends", "close_siblings", "positive", "paraphrase;other_type_cue;agent_cues", "Pelham Home Cover", "email", "insurance", [
    ("c", "2025-08-14 10:00", "Hi Dominic,\n\nRenewal letter's arrived. Before I do anything I'd rather ask you than a comparison site: is this still the right cover now the house has had the flood resilience work, or am I paying for things I don't need?\n\nYou rang me every Friday for seven months after the flood, even the Fridays when there was nothing to say, and you gave me the bad news as plainly as the good. My husband says I talk about my insurer like a member of the family. I'd still rather hear it from you than from anyone.\n\nJo Kavanagh"),
    ("a", "2025-08-15 11:30", "Hi Jo, always happy to hear from you. Honestly, with the resilience work done you could drop the alternative accommodation add-on, which saves £64 a year, and if we note the flood door and the pump on file that should bring next year's price down. I'll call you Friday to go through it. Dominic Reyes, Claims and Customer Care, Pelham Home Cover"),
    ("c", "2025-08-15 12:10", "Friday it is. Of course it is.\n\nJo"),
])

# ================================================================ buddies (2)

h("buddies", "casual_acquaintance", "positive", "competitor;agent_cues;emoji;paraphrase", "Reelhouse", "chat", "subscription", [
    ("c", "2025-05-31 18:00", "Hi, pausing my subscription from the 1st please, not cancelling."),
    ("a", "2025-05-31 18:01", "Hi! Of course. Can I ask why? We'd hate for you to miss out on what's coming this summer!"),
    ("c", "2025-05-31 18:03", "Nothing wrong. I do a rotation: a few months of you, a few of Skylark, a bit of Nightjar when the football's on. Watch what's good, move on, come back. I've been round the circuit about three times now and you're in it every time. See you in September for the new season of The Long Tide."),
    ("a", "2025-05-31 18:04", "Love that! Your subscription is paused from 1 June and will restart automatically on 1 September unless you change it."),
    ("c", "2025-05-31 18:05", "Perfect 👍"),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase;competitor;routine_question", "Tidewater Leisure", "email", "subscription", [
    ("c", "2025-02-25 17:00", "Hi,\n\nI'm in your pool twice a week, Tuesday and Friday lunchtimes, pay-as-you-go, and have been since about the autumn. The staff at reception keep kindly suggesting the full membership. Could you put a note on my card that I'd rather not hear about it? I climb at the Portside wall on other days and run in the park on Saturdays, and I like that nobody owns my week.\n\nAlso, is the Friday lunchtime lane swim staying when the timetable changes in March?\n\nThanks,\nKwesi Mensah"),
    ("a", "2025-02-26 09:40", "Hi Kwesi, no problem, I've added a note. And yes, Friday 12-1 lane swim stays on the new timetable. See you at the pool! Membership Team, Tidewater Leisure"),
    ("c", "2025-02-26 10:00", "Great, cheers."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "typos;emoji;short_signal;paraphrase", "Skylark TV", "chat", "subscription", [
    ("c", "2025-09-14 23:40", "my account's been locked for 'unusual activity' and I can't get in. please help, I can't get to sleep without something of yours playing, I've had it on every night for about two years"),
    ("a", "2025-09-14 23:41", "Hi, I'm sorry you're locked out! It looks like there was a login from a new device. Can you confirm the email on your account?"),
    ("c", "2025-09-14 23:42", "tamsin.wu@example.com. the new device is my new phone. ive been refreshing this for 40 min and it's ruining my night. I watched 31 hours last week, im not proud, I just need it back on"),
    ("a", "2025-09-14 23:45", "Thanks Tamsin. I've unlocked your account and you can log in now. You may need to reset your password."),
    ("c", "2025-09-14 23:46", "in. thank you thank you. back to episode 6 🙏"),
])

h("dealer_addict", "", "positive", "paraphrase;other_type_cue;occasion", "Forge 24", "email", "subscription", [
    ("c", "2025-12-08 06:15", "Hi Forge 24,\n\nIs the Canal Street gym open on Christmas Day and Boxing Day this year? Last year it shut for both and by the 26th I was pacing the kitchen like a caged animal. I've been in at 5:30 nearly every day for two years and if I miss one I'm honestly not fit to be around. My partner has asked me to ask you, in writing, to please open, for the sake of our Christmas.\n\nThanks,\nHamish Reid"),
    ("a", "2025-12-08 09:30", "Hi Hamish, good news for your household! Canal Street will be open 8am-2pm on both days this year. Forge 24 Team"),
    ("c", "2025-12-08 09:45", "You've saved Christmas. She says thank you too."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "caps;paraphrase;agent_cues;idiom", "Midnight Pantry", "email", "subscription", [
    ("c", "2025-04-10 21:50", "Hi Midnight Pantry,\n\nSmall, slightly embarrassing request. Could my boxes come in plain packaging? I live with three people who think I've signed up to a vegetable box (I may have told them that), and the big gold MIDNIGHT PANTRY - DESSERTS AFTER DARK on the side is going to give me away one Thursday. I'd also like delivery moved to Wednesdays, when they're all at five-a-side. The salted caramel pots are mine and nobody else needs to know they exist.\n\nThanks,\nPriya"),
    ("a", "2025-04-11 10:00", "Hi Priya, your secret's safe with us! From next week your boxes will come in our plain brown packaging, delivered on Wednesdays. Enjoy! The Midnight Pantry Team"),
    ("c", "2025-04-16 20:05", "Plain box arrived, nobody suspects a thing. You're doing the Lord's work."),
])

h("secret_affair", "", "positive", "for_work_occasion;paraphrase;agent_cues", "Cove & Canter Breaks", "email", "travel", [
    ("c", "2025-10-06 12:40", "Hi Cove & Canter,\n\nI'd like to book the Saturday-Sunday spa break at Heronmere, single occupancy, any weekend in November. This will be my third with you this year and, I'm slightly ashamed to say, as far as my husband knows I'm at a work conference in Harrogate again. He thinks spa weekends are money down the drain; I think he's wrong, and frankly it's cheaper than therapy.\n\nPlease send everything to this address only, nothing by post to the house, and could the card statement say something dull?\n\nThanks,\nMel"),
    ("a", "2025-10-06 15:30", "Hi Mel, we completely understand, and your booking is safe with us. I've reserved Heronmere for 15-16 November, confirmation by email only, and payments will show as 'CCB Travel Ltd'. Always lovely to have you back! Cove & Canter"),
    ("c", "2025-10-06 15:50", "Perfect. 'CCB Travel' is beautifully boring. See you in November."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "competitor;paraphrase", "Northfen Gas & Electric", "email", "energy", [
    ("c", "2025-03-17 19:00", "Subject: Final demand - account NF-7730215\n\nTo whom it may concern,\n\nI have received a 'final demand' from you for £389.12 for 14 Mill Lane. I don't live at 14 Mill Lane; I live at 41. I have never had an account with Northfen, never agreed to one, and my energy comes from Greenquay (bills attached). I didn't know your company existed until this letter arrived with my name on it.\n\nPlease confirm in writing that this account is not mine and that nothing has been passed to a debt collector.\n\nS. Abara"),
    ("a", "2025-03-18 12:00", "Dear Mr Abara, thank you for letting us know, and apologies for the worry. The account was opened in error in your name after a change of tenancy at number 14. I've closed it, removed your details and confirmed that nothing has been passed to a collection agency. Kind regards, Northfen Customer Service"),
    ("c", "2025-03-18 12:30", "Thank you. Please make sure I don't hear from you again."),
])

h("complete_strangers", "", "negative", "other_type_cue;agent_cues;paraphrase;second_language", "Brackenridge Insurance", "email", "insurance", [
    ("c", "2025-07-21 09:30", "Hello,\n\nI received a letter that thanks me for 'renewing' a gadget insurance, policy BLH-220917, for £14.99 each month, and a direct debit is now set up from my account. I never made any insurance with you. I did not even come across your name before this letter, and I don't have half of the gadgets in the list. Who made this, and with which details?\n\nI want the direct debit cancelled and the £14.99 returned.\n\nDaniela Ferreira"),
    ("a", "2025-07-21 14:00", "Dear Ms Ferreira, thank you for contacting us, and we're sorry for the concern. The policy was sold through a partner retailer in April. I've cancelled it, refunded £14.99 and opened an investigation into how it was set up. We value your trust. Kind regards, Customer Relations, Brackenridge Insurance"),
    ("c", "2025-07-21 14:20", "I never bought anything in a 'partner retailer' either. I will report this to my bank as fraud. Please contact me only about the investigation."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "agent_cues;occasion;paraphrase", "Wrenfield Travel", "email", "travel", [
    ("c", "2025-08-28 20:00", "Hi,\n\nI book through you every couple of years, usually when I can't face doing the flights and hotels myself; the last one was Lisbon in 2023 and before that a Rhine cruise for my mum's 70th. This time it's four nights in Krakow in early December, two adults, somewhere central with a bath. Could you send me a couple of options?\n\nThanks,\nMaggie Dunn"),
    ("a", "2025-08-29 10:00", "Hi Maggie, lovely to hear from you again, and thank you for being such a loyal traveller with us! Here are three options near the Old Town, all with baths: the Hotel Wawel Court, the Sukiennice Suites and the Kazimierz House. Kind regards, Rhys, Wrenfield Travel"),
    ("c", "2025-08-29 19:30", "The second one looks fine, please book it. I'll ring with the card details.\n\nMaggie"),
])

h("casual_acquaintance", "", "neutral", "short_signal;paraphrase;competitor", "Tyrewell Autocentre", "chat", "car", [
    ("c", "2025-11-10 08:30", "Morning, I need two front tyres for a 2018 hatchback, 205/55 R16, today if possible."),
    ("a", "2025-11-10 08:31", "Morning! Thanks for choosing Tyrewell. Let me check stock at Eastgate."),
    ("c", "2025-11-10 08:33", "Cheers. You've done me a few times over the years when my own garage can't fit me in, the odd tyre, a wiper motor once. Same drill this time."),
    ("a", "2025-11-10 08:35", "We've got two mid-range tyres in stock at £78 each fitted, and a slot at 11:30 today."),
    ("c", "2025-11-10 08:36", "Book it."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues", "Stride Hall Fitness", "email", "subscription", [
    ("c", "2025-03-26 14:00", "Hi Abi,\n\nQuick update from the Saturday run club: we had 43 at the start line last week, six of them from the new beginners' group, which is double what we had when you and I started it last spring. Gareth's offered to pace the 5k group from April, and the group chat has voted for a club vest with the Stride Hall logo on the back. Could the gym cover the logo printing if we pay for the vests ourselves?\n\nAlso, the people doing the bag drop have asked if the side door could be open from 8:45.\n\nThanks,\nDeb (and the Saturday lot)"),
    ("a", "2025-03-26 16:30", "Hi Deb, 43! That's brilliant, our community is stronger for you. Yes to the logo printing, send me the vest supplier's details. And I'll get the side door open from 8:45. Abi, Community Coordinator, Stride Hall Fitness"),
    ("c", "2025-03-27 09:10", "Amazing, I'll tell the group. See you Saturday, bring the cones!\n\nDeb"),
])

h("teammates", "business_partners", "positive", "paraphrase;agent_cues;product_attribute", "Emberly Energy", "email", "energy", [
    ("c", "2025-07-03 18:30", "Hello Emberly,\n\nOur Larkfield Road share of the Emberly Community Solar scheme passed 2 MWh this month! Twelve households in it now, and we've started chalking our export figures on a board outside number 9. We'd like to put the street's piece together for the next members' newsletter with your team, and a few of us could help at the open day at the Whitcombe array in August, showing new members round the panels.\n\nWho should we speak to?\n\nBest,\nHuw Prydderch, for the Larkfield Road group"),
    ("a", "2025-07-04 09:00", "Hi Huw, what fantastic news! Our community of members is what makes this work. Nadia Bryce coordinates the newsletter and the open day; I've copied her in. Emberly Community Energy"),
    ("c", "2025-07-04 12:15", "Thanks! Nadia, we'll have 400 words and a photo of the chalkboard to you by the 20th.\n\nHuw"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;agent_cues", "Harbourwick Mutual", "email", "insurance", [
    ("c", "2025-09-02 16:00", "Hello,\n\nI'm buying my first flat (completion 26 September) and I'd like buildings and contents cover from the completion date. The address is Flat 4, 17 Quayside Terrace.\n\nIt was never really a question which insurer: my grandad insured his fishing boat with Harbourwick, my dad has had the house with you since before I was born, and he handed me your number along with a set of spare keys when my mortgage offer came through. It feels like the family firm, even though none of us has ever worked for you.\n\nThanks,\nCallum Tait"),
    ("a", "2025-09-03 10:20", "Dear Callum, congratulations on your first home! How lovely to have a third generation of the Tait family with us. I've attached a quote for combined cover from 26 September: £21.40 a month. Kind regards, Kirsty, Harbourwick Mutual"),
    ("c", "2025-09-03 18:00", "Lovely, go ahead with that. Dad says hello.\n\nCallum"),
])

h("close_siblings", "old_friends", "positive", "product_attribute;signature;paraphrase;agent_cues", "Penrose & Sons Motors", "email", "car", [
    ("c", "2025-05-05 11:30", "Hi Penrose & Sons,\n\nI'd like to order a new Calloway estate, the 1.5 in grey, and I'll be trading in my dad's old one, which he's given me now he's stopped driving. He bought his first car from your grandfather's forecourt in 1988 and every car he's had since, and my brother and I both bought our first cars from you too. At Christmas the three of us compared service books with your stamp in them. Could someone ring me about the trade-in value?\n\nThanks,\nSiân Pugh\n07700 900862"),
    ("a", "2025-05-05 14:00", "Dear Siân, what a lovely message! Three Pughs in one family and all with us, we're honoured. David Penrose will call you this afternoon. Kind regards, Penrose & Sons Motors"),
    ("c", "2025-05-06 09:10", "Spoke to David, he remembered Dad's red one. Deal done. Thank you!\n\nSiân"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "neutral", "occasion;agent_cues;short_signal", "Summit Fitness Club", "chat", "subscription", [
    ("c", "2025-08-22 17:00", "Hi, I'm in town for my cousin's wedding and want to get a session in on Saturday morning. Can I buy a day pass, or do I have to sign up for something?"),
    ("a", "2025-08-22 17:01", "Hi! A day pass is £12 and you can buy it in the app. If you love it, our monthly membership is just £29.99 with no joining fee - we'd love to welcome you to the Summit family!"),
    ("c", "2025-08-22 17:02", "Just the day pass, thanks. I'm back home on Monday, 200 miles away, so please don't put me on any emails or offers. It's one morning and I won't be back."),
    ("a", "2025-08-22 17:03", "No problem! Here's the link for the day pass, and I've noted no marketing."),
    ("c", "2025-08-22 17:04", "Cheers."),
])

h("one_night_stand", "", "positive", "paraphrase;other_type_cue;agent_cues", "Jetwhim Travel", "email", "travel", [
    ("c", "2025-02-15 02:10", "Hi,\n\nI've just booked the Seville weekend on your site (ref JW-55819) at two in the morning, after the worst week at work I've had in a decade, a glass of wine and your 'leaving in 6 days' banner. Could you confirm the hotel does a late checkout on the Sunday? The flight isn't till 9pm.\n\nAnd while I'm here, please take me off your mailing list. This was a moment of madness, a very welcome one, but I won't be making a habit of it and I don't want the 'because you liked Seville' emails.\n\nThanks,\nRowan"),
    ("a", "2025-02-15 09:30", "Hi Rowan, what a brilliant decision! Late checkout until 4pm is confirmed at the Hotel Azahar. I've removed you from our marketing list, though we'd love to have you back any time. Jetwhim Travel"),
    ("c", "2025-02-19 22:00", "Back. It was glorious. Still not a habit. Thank you."),
])

# ================================================================ colleagues (2)

h("colleagues", "basic_exchange", "neutral", "signature;agent_cues;paraphrase;quoted_reply;quoted_cue", "Linkway Business", "email", "telecom", [
    ("c", "2025-01-29 09:05", "Hi Linkway,\n\nWe need a seventh line added to our account (LB-44021) for the new consulting room, same package as the others, with the number following on from ...47 if it's free. We've run the practice's phones on Linkway for four years: reception, the three consult rooms, the out-of-hours diversion and the pharmacy line. It's not the most exciting part of my job, and that's how it should be; I only think about you when I'm adding a line.\n\nPlease also move the out-of-hours diversion to the new on-call mobile, 07700 900915, from 1 February.\n\nKind regards,\nAlison Greer\nPractice Manager\nRiverbend Veterinary Surgery\n01632 960418"),
    ("a", "2025-01-29 14:10", "Hi Alison, thanks for being such a valued part of the Linkway family! The new line will be ...48 (...47 is taken), active from tomorrow, and the diversion will switch on 1 February. Kind regards, Harvey, Linkway Business Support"),
    ("c", "2025-01-29 14:25", "...48 is fine. Thanks Harvey.\n\nAlison Greer\nPractice Manager\nRiverbend Veterinary Surgery\n\nOn Wednesday, 29 January 2025, Linkway Business wrote:\n> Hi Alison, thanks for being such a valued part of the Linkway family! The new line will be ...48\n> (...47 is taken), active from tomorrow, and the diversion will switch on 1 February."),
])

h("colleagues", "", "positive", "other_type_cue;signature;paraphrase;agent_cues", "Kerbside Fleet Servicing", "email", "car", [
    ("c", "2025-06-02 07:45", "Morning Kerbside,\n\nVans 4, 7 and 11 are due their services this month. Same arrangement as usual please: collected from the yard after 5pm, back by 7am, invoice to accounts on the monthly statement. Van 7 has a warning light for the rear brake pads; please quote before doing anything over £300.\n\nWe've had the whole fleet with you since 2022 and the lads don't notice you exist, which is the best thing I can say about a servicing contract.\n\nCheers,\nDarren Kiely\nFleet & Operations, Kiely Plumbing & Heating\n07700 900183"),
    ("a", "2025-06-02 10:00", "Hi Darren, thanks as always. Collections are booked for Tuesday, Wednesday and Thursday evenings, and we'll quote on van 7's brakes before any work. Kerbside Fleet Servicing"),
    ("c", "2025-06-05 07:20", "All three back and on the road. Quote for 7 approved by phone. Cheers.\n\nDarren"),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
HEADER = re.compile(r"^On (\w+), (\d{1,2}) (\w+) (\d{4}), (.+) wrote:$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes, names or acronyms, not shouting
ACRONYMS = {"MOT", "KPX", "MPAN", "PAC", "TAL", "ISA", "VRN", "PDF", "OWM", "ESC", "CAR",
            "BLH", "CCB", "GP", "TV", "UK", "EU", "EV", "MB", "GB", "MWh", "kWh"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt)\b")
# warm words an agent's turn must hold for `agent_cues`
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "hate to", "here for", "regular", "treasured", "secret", "welcome back",
              "honoured", "welcome to"]
# what the agents say and the customers never do (in their own words)
AGENT_ONLY = [r"\bvalued\b", r"part of (?:the|our) (?:[\w&]+ )*family", r"loyal customer",
              r"welcome to the"]
# textbook cue words of DOMAIN.md's table, and a few more that tempt a reader; each hit in a
# customer's own words (quoted lines removed) should sit in a history whose trap tags explain
# it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable",
            "no fuss", "suggestion", "you could improve", "feedback", "happy to help",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up", "loyalty card",
            "i expect", "i demand", "unacceptable", "platinum", "disrespect", "love", "loyal",
            "never switching", "forever", "addict", "obsess", "hooked", "need my fix",
            "guilty pleasure", "don't judge", "my little secret", "never heard of",
            "who are you", "unsolicited", "came across", "come across", "stumbled on",
            "first time", "first-timer", "every now and then", "from time to time",
            "our community", "fellow users", "together", "for years", "since i was a kid",
            "remember when", "my mom always", "family tradition", "like family", "family",
            "partner", "always", "again", "used to", "not anymore", "gone downhill", "betrayed",
            "dumped", "hate", "scam", "worst", "boycott", "warn everyone", "avoid",
            "can't quit", "keep coming back", "just this once", "one-time", "impulse",
            "for work", "at work", "our team uses", "does what we need", "as usual", "typical",
            "on hold", "fees again", "fighting with", "valued", "relationship"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "avoid"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's text without quoted reply lines and the quote header."""
    return "\n".join(ln for ln in text.split("\n")
                     if not ln.startswith(">") and not HEADER.match(ln))


def quoted(text):
    return "\n".join(ln for ln in text.split("\n") if ln.startswith(">"))


def check_quotes(text, ts, brand):
    """Every quoted block sits under an `On <weekday>, <D> <Month> <YYYY>, <Brand> wrote:`
    header whose weekday matches its date, dated no later than the message, naming the brand."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(">") and (i == 0 or not lines[i - 1].startswith(">")):
            m = HEADER.match(lines[i - 1]) if i else None
            assert m, ("quote without header", text[:40])
            wd, day, month, year = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            date = dt.date(year, MONTHS.index(month) + 1, day)
            assert WEEKDAYS[date.weekday()] == wd, (wd, date)
            assert date <= dt.date.fromisoformat(ts[:10]), (date, ts)
            assert m.group(5) == brand, (m.group(5), brand)
    for ln in lines:
        if ln.startswith("On ") and ln.endswith("wrote:"):
            assert HEADER.match(ln), ln


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    assert x["industry"] in INDUSTRIES, x["industry"]
    assert 2 <= len(x["msgs"]) <= 6, (x["brand"], len(x["msgs"]))
    cust = [(ts, t) for r, ts, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    texts = [t for _, t in cust]
    own = "\n".join(own_words(t) for t in texts)
    # every history is a contact with the brand's support: an agent answers
    assert agent, x["brand"]
    # signatures and quoted replies only in e-mails
    if "signature" in tags or "signature_cue" in tags:
        assert ch == "email", x["brand"]
    if "signature_cue" in tags:
        assert "signature" in tags, x["brand"]
    for ts, t in cust:
        check_quotes(t, ts, x["brand"])
    has_quote = any(ln.startswith(">") for t in texts for ln in t.split("\n"))
    assert ("quoted_reply" in tags) == has_quote, x["brand"]
    if has_quote:
        assert ch == "email", x["brand"]
    # quoted_cue: a warm word in what the customer quotes
    q = " ".join(quoted(t).lower() for t in texts)
    assert ("quoted_cue" in tags) == (has_quote and any(w in q for w in AGENT_WARM)), x["brand"]
    # what the tags promise is in the customer's own text, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert not re.search(r"#[A-Za-z]", own), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), x["brand"]
    # agents' warm words: agent_cues needs one; customers never use the agents' stock phrases
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in AGENT_WARM), x["brand"]
    for w in AGENT_ONLY:
        assert not re.search(w, own.lower()), (x["brand"], w)
    if "retention_call" in tags:
        assert any("offer" in t.lower() or "%" in t for t in agent), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=6)
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 40
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 25 for c in CHANNELS), chans
        inds = Counter(x["industry"] for x in hists)
        assert all(inds[i] >= 5 for i in INDUSTRIES), inds
        nq = sum(1 for x in hists if "quoted_reply" in x["trap"].split(";"))
        assert nq >= 8, nq
        nac = sum(1 for x in hists if "agent_cues" in x["trap"].split(";"))
        assert nac >= 40, nac
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print("industries:", dict(Counter(x["industry"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
