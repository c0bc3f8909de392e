#!/usr/bin/env python3
"""Invented development histories b001..b080 for relradar (nineteenth set).

Genre: private support contacts written by adults in everyday English from many countries (UK,
US, Ireland, India, South Africa, Canada, Australia, Singapore, the Philippines, and writers for
whom English is a second language): long support e-mails with sign-offs and signatures, some
quoting an earlier reply under an `On <weekday>, <date>, <Brand> wrote:` header; live chats and
in-app chats whose agents use warm cue words the customers never say; complaint letters;
cancellation requests; and a few account-manager threads for small businesses. All texts, names,
brands, addresses (example.com), phone, account, policy and order numbers are invented. Each
history is written under its intended label; ids are assigned by a seeded shuffle (seed 1919) of
the harness's type mix so that ids carry no order.
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
PREFIX = "b"
SEED = 1919
TRAPS = TRAPS | {
    "quoted_cue",      # a cue word appears only inside a quoted earlier reply (`> ` lines)
    "signature_cue",   # a cue word appears only in the customer's signature (a company name or tagline)
    "non_native",      # written by someone for whom English is a second language (or in a local register)
    "admin_cancel"}    # a cancellation or closure for a practical reason (a move, a death), no stance

# how the contact reached the brand: a support e-mail, a live chat on the website, an in-app
# chat, a letter (complaint, cancellation or bereavement letter sent by post or as an attachment),
# or an account-manager thread for a small business
CHANNELS = ("email", "chat", "app", "letter", "account")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))


def d(text):
    """A multi-line text written flush left inside triple quotes."""
    return text.strip("\n").rstrip()

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;signature;agent_cues", "Ironmoor Fitness", "email", [
    ("c", "2025-01-13 08:42", d("""
Hello,

I'm having knee surgery on 3 February and the consultant says no gym work for at least eight weeks. Is it possible to freeze my membership from 1 February to 31 March, and if so do I need a doctor's letter or is an e-mail enough? My membership number is IM-204417.

Also, will my direct debit date stay the same afterwards (the 28th)?

Thanks,
Gareth Pryce-Lewis
07700 900318
""")),
    ("a", "2025-01-13 15:10", "Hi Gareth, thanks for getting in touch and good luck with the surgery! We value your loyalty and you'll always be part of the Ironmoor family, so of course we can help. An e-mail is enough: I've set the freeze for 1 Feb - 31 Mar and your direct debit will restart on 28 April at the usual amount. Speedy recovery! Jodie, Member Services"),
    ("c", "2025-01-13 17:55", "That's exactly what I needed, thanks Jodie.\n\nGareth"),
])

h("undetermined", "", "negative", "single_incident;caps;strong_words;tenure_for_complaint;signature", "Hollowell Energy", "email", [
    ("c", "2025-02-04 07:31", d("""
Account 88130452

Your bill for January says I used 1,912 kWh. I live in a two-bed flat, I work away Monday to Thursday and I do NOT have an electric car. My usage is normally 220-260 a month. This is obviously an estimate gone mad, and you've already taken £611 by direct debit, which has put my current account into overdraft a week before payday.

I've been with you since 2016 and I've never once had to chase a bill, which is the only reason I'm not on the phone shouting right now. Meter photo attached, reading 41877. I want the money back in my account by Friday and the overdraft charge covered.

Connor Whelan
""")),
    ("a", "2025-02-04 12:20", "Dear Connor, I'm so sorry for the worry this has caused. You're right that the January bill was based on an estimate, and I've now re-billed it from your photo: the correct charge is £74.18. A refund of £536.82 is on its way and should reach you in 3-5 working days, and I've added £25 to cover the overdraft fee. Kind regards, Amal, Hollowell Customer Care"),
    ("c", "2025-02-04 12:46", "Three to five working days is after payday, but fine. Please make sure the next one isn't an estimate."),
])

h("undetermined", "", "negative", "single_incident;agent_cues;negation", "Aerlinn Air", "chat", [
    ("c", "2025-06-02 19:04", "Hi. My suitcase did not come off AR331 from Boston this morning. File reference SNNAR40219. It's been 11 hours and the tracker says 'located' but nobody can tell me where."),
    ("a", "2025-06-02 19:06", "Hi there, you're chatting with Ciarán. I'm so sorry your bag hasn't reached you yet. As a valued member of the Aerlinn family, we'll do everything we can to reunite you with it today."),
    ("c", "2025-06-02 19:07", "I'm not a member of anything. I just need to know which airport it's sitting in and whether you're sending it on to my hotel in Ennistown."),
    ("a", "2025-06-02 19:12", "Thank you for your patience. Your bag is in Boston and will travel on tonight's AR330, landing 06:40. Our courier will bring it to the Old Mill Hotel in Ennistown by midday tomorrow."),
    ("c", "2025-06-02 19:13", "Midday. Fine. I'll be buying a toothbrush then."),
])

h("undetermined", "", "neutral", "bug_report;symptom;signature;signature_cue", "Ledgerleaf", "email", [
    ("c", "2025-03-18 10:02", d("""
Hi support,

Reporting what looks like a rounding bug in Ledgerleaf Home (the personal budgeting app, Android, version 3.8.1).

When I split a grocery transaction into three categories, the three parts add up to one cent more than the original amount. Example: R1 482,45 at the supermarket split into Food / Household / Pet comes to R1 482,46 in the monthly total. It happens every time with three-way splits and never with two-way ones, so I assume you round each part before adding rather than after.

Not urgent, I fix it by hand, but I thought you'd want to know. Screenshots attached.

Regards
Priya Naidoo
Loyal Paws Grooming (Pty) Ltd
Umhlanga Rocks
priya@loyalpaws.example.com
""")),
    ("a", "2025-03-19 09:15", "Hi Priya, thank you, this is a great catch. Our developers have reproduced the three-way split issue and the fix will be in the 3.8.3 release on 2 April. Regards, Thabo (Ledgerleaf Support)"),
])

h("undetermined", "", "negative", "third_party;single_incident;other_type_cue", "Tallyho Market", "chat", [
    ("c", "2025-04-09 21:10", "Order TM-5530981. Paid for a pair of running shoes 19 days ago, seller 'kickzdepot_uk' hasn't shipped and hasn't answered three messages. Honestly that seller is a scam. I want your buyer guarantee to refund me, I'm not waiting another week."),
    ("a", "2025-04-09 21:12", "Hi, I'm Rhea from Tallyho. I'm really sorry about this, I can see the order and your unanswered messages. As it's more than 14 days without a tracking number you're covered by the Tallyho Guarantee, so I've refunded £64.99 to your original payment method."),
    ("c", "2025-04-09 21:14", "Ok. Will you do anything about the seller or will they just keep doing it to other people?"),
    ("a", "2025-04-09 21:16", "I've reported the listing to our seller-standards team, who review every guarantee claim. Thanks for flagging it."),
    ("c", "2025-04-09 21:18", "Right. Would have been nice not to have to chase it myself. Thanks."),
])

h("undetermined", "", "positive", "single_thanks;strong_words;caps;occasion;signature;agent_cues", "Meridale Hotels", "email", [
    ("c", "2025-07-22 03:15", d("""
Hi there,

We stayed at the Meridale Harrowgate 12-15 July (room 214, booking MH-77120) on our family trip, and on the way to the airport my daughter realized Mr. Pickles, her stuffed giraffe, was still in the bed. Your front desk (I think her name was Sinead?) found him, FaceTimed my daughter so she could see he was OK, and mailed him to Guelph. He arrived yesterday in a box with a little Meridale luggage tag around his neck.

You guys are the absolute BEST. Please make sure Sinead hears this. My daughter has told her whole class.

Warmly,
Dana Kowalczyk
Guelph, Ontario
""")),
    ("a", "2025-07-22 09:40", "Dear Dana, what a lovely message. Sinead was delighted, and Mr. Pickles is officially part of the Meridale family now! We'd love to welcome you all back whenever you're next in Yorkshire. Warm regards, Tom Atherley, Guest Relations Manager"),
])

h("undetermined", "", "neutral", "routine_question;short_signal", "Corvia Mobile", "app", [
    ("c", "2025-08-11 06:50", "Going to Singapore 18-25 Aug. Does my plan include roaming there or do I need the travel add-on?"),
    ("a", "2025-08-11 06:53", "Hi! Singapore is in Zone 2, so it isn't included in your plan. The Travel Week add-on is £9.99 for 7 days with 5GB. Shall I add it from the 18th?"),
    ("c", "2025-08-11 06:54", "Yes please"),
])

h("undetermined", "", "negative", "tenure_for_complaint;single_incident;negation;signature", "Northway Rail", "letter", [
    ("c", "2025-09-16 11:00", d("""
Customer Relations
Northway Rail
Freepost NWR CUSTOMER RELATIONS

Ref: 08:14 Ashwick to Tynebridge, Tuesday 9 September 2025

Dear Sir or Madam,

I am writing about the 08:14 from Ashwick on Tuesday 9 September, which was cancelled at 08:11 with no announcement on the platform and no replacement bus. The next train, the 08:47, was so full that the guard would not let anyone else board at Ashwick. I eventually reached Tynebridge General at 10:40 for a 09:30 outpatient appointment, which had by then been given to someone else. The new appointment is in seven weeks.

I have travelled on this line for nine years and I have never before had cause to write to you. I do not expect the train to be perfect. I do expect to be told, at the platform, when it is not coming. There were perhaps sixty people on that platform, several of them elderly and one with a pushchair, and the information screen showed the 08:14 as "on time" until 08:20, nine minutes after it had been cancelled. When I rang your helpline from the platform I was told the cancellation was "showing on the app". I do not have the app.

My season ticket number is NR-SS-0094417. I would like Delay Repay for the journey, and an explanation of why no announcement was made.

Yours faithfully,

Margaret Ellery (Mrs)
14 Priorwood Gardens, Ashwick
""")),
])

h("undetermined", "", "neutral", "third_party;routine_question;signature;agent_cues", "Pillbox Pharmacy", "email", [
    ("c", "2025-05-12 14:22", d("""
Hello,

I help my mother, Mrs Nirmala Rao (Pillbox account PB-339102), with her repeat prescriptions. She has been with you since you were a little shop on Carrow Road, long before the app, but she can't manage the app herself now.

Can I be added as her nominated person, so that I can reorder for her and get the delivery texts? I live ten minutes away from her.

Thank you,
Anjali Rao-Bennett
""")),
    ("a", "2025-05-13 09:05", "Dear Anjali, thank you for looking after your mum so well. We love caring for families like yours and we're proud to have been part of Mrs Rao's life for so long! To add you as her nominated person, your mother needs to sign form N2 (attached) and return it in the freepost envelope. Best wishes, Harriet, Pillbox Patient Services"),
    ("c", "2025-05-13 18:30", "Thanks, I'll take the form round on Saturday.\nAnjali"),
])

h("undetermined", "", "negative", "single_incident;agent_cues;strong_words", "Forkfield", "app", [
    ("c", "2025-03-03 18:25", "The chicken in tonight's box had leaked all over the veg and the salad bag. The whole bottom of the box was wet. Disgusting, honestly. I've thrown most of it out. Box FK-2210-88."),
    ("a", "2025-03-03 18:29", "Oh no, I'm so sorry! That's definitely not the Forkfield experience we want for our loyal foodies 💚 I've added a £25 credit to your account and flagged the packing batch to our warehouse team."),
    ("c", "2025-03-03 18:33", "Not sure what a loyal foodie is, I just want a box where the raw meat is in its own bag. Credit's fine, thanks."),
])

h("undetermined", "", "mixed", "mixed_aspects;single_incident;other_type_cue;signature", "Skeinlink Broadband", "email", [
    ("c", "2025-10-06 20:14", d("""
Hi,

Some feedback on today's installation at the new house (order SK-88123, moving the service from our old address).

The engineer, Marcus, was brilliant: on time, explained everything, tested every room, and took his boots off without being asked. Speeds are what you promised, 500 down.

The problem is where the router had to go. Your "standard install" apparently only allows the box where the line comes in, which is behind the boiler in the utility room, and the Wi-Fi in the two upstairs bedrooms is barely usable. Marcus said a mesh pack is £8 a month extra. I think that should have been mentioned when I ordered, not on the doorstep.

Can you tell me what the options are?

Thanks,
Lwazi Dube
""")),
    ("a", "2025-10-07 10:02", "Hi Lwazi, thanks for the kind words about Marcus, I'll pass them on. You're right that the mesh option should have been explained at order; I've added a mesh pack at no extra cost for the first 12 months and it will arrive on Thursday. Kind regards, Paula, Skeinlink"),
    ("c", "2025-10-07 12:40", "Thank you, that's fair."),
])

h("undetermined", "", "positive", "for_work_occasion;routine_question;signature", "Bazaarly", "email", [
    ("c", "2025-01-27 09:40", d("""
Hi,

I bought the Halden standing desk (order BZ-4471-0290) for work, as I'm setting up a home office and my employer reimburses equipment. Could you send a VAT invoice in my name rather than the order confirmation? Finance won't take the confirmation.

The desk is gorgeous by the way, went up in 20 minutes.

Cheers,
Ravi Menon
""")),
])

h("undetermined", "", "negative", "single_incident;quoted_reply;quoted_cue;signature", "Harbourline Insurance", "email", [
    ("c", "2025-03-12 08:05", d("""
Hi Deborah,

Thanks for your reply, but it doesn't answer my question. The storm was on 24 February, it is on the storm list on your own website, and the fence panels were blown flat. Your loss adjuster's report says the posts were "rotten", but they were replaced in 2022 and I sent you the receipt with my first e-mail.

Could you please tell me, in plain words, whether the claim is declined and under which clause, so that I can take it to the ombudsman if I need to.

Kind regards,
Owen Tremlett
Policy HB-H-6620913

On Tuesday, 11 March 2025, Harbourline Insurance wrote:
> Dear Mr Tremlett,
> Thank you for contacting us about your claim. At Harbourline we always put our loyal policyholders first, and we understand how upsetting storm damage can be.
> Our loss adjuster has reviewed your claim and noted evidence of wear and tear. We will be in touch in due course.
> Kind regards,
> Deborah, Claims Team
""")),
    ("a", "2025-03-13 11:30", "Dear Mr Tremlett, I'm sorry for the confusion. Having looked at the 2022 receipt, I've asked the adjuster to withdraw the wear-and-tear note and your claim is now accepted. A settlement of £1,180 will be paid within five working days. Kind regards, Deborah, Claims Team"),
    ("c", "2025-03-13 12:02", "Thank you. That should have been the first answer."),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Pawprint Pet Care", "app", [
    ("c", "2025-04-15 07:12", "Just wanted to say thank you to whoever rang me at 11pm last night about Juno after her spay. I was panicking about the stitches and she talked me through it for 20 minutes. Juno's fine this morning, eating like a horse 🐶❤️"),
    ("a", "2025-04-15 07:30", "Aww, that will have been Hannah on the night line, I'll pass it on. Give Juno a cuddle from all of us!"),
])

h("undetermined", "", "negative", "single_incident;product_attribute;signature", "Oakhaven Furniture", "email", [
    ("c", "2025-06-30 16:44", d("""
Order OH-10388: Hearthside 2-seat loveseat in "Forever Fern" velvet, oak legs

The loveseat arrived today and the fabric is right, but the legs are black metal, not oak. The delivery team said they can't swap legs and I'd have to return the whole thing, which means 4-6 weeks for a replacement. I ordered in April. I'm not going another six weeks without a sofa for the sake of four legs.

Please just post me the oak legs. They screw in, I've checked.

Siobhán Brennan
""")),
    ("a", "2025-07-01 09:20", "Dear Siobhán, I'm sorry the wrong legs were fitted. We'll courier a set of oak legs to you; they'll arrive on Thursday. Kind regards, Leon, Oakhaven Customer Care"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute;short_signal", "Crateful", "app", [
    ("c", "2025-02-19 12:02", "Hi, can I move my Snack Addict box from the 1st of the month to the 15th? Payday's moved."),
    ("a", "2025-02-19 12:05", "Hi Tessa! Done, your next Snack Addict box ships on 15 March. Anything else I can help with?"),
    ("c", "2025-02-19 12:06", "No that's it, ta"),
])

h("undetermined", "", "negative", "strong_words;other_type_cue;symptom;single_incident;non_native;signature", "Brightpath Academy", "email", [
    ("c", "2025-05-21 22:48", d("""
Dear Brightpath Team,

I am writing regarding my Data Analytics Level 2 exam held on 20 May 2025 (Student ID BPA-IN-55210). During the exam your proctoring software froze at question 30 three times. Each time it froze the timer kept running and I lost nearly 25 minutes in total. I have attached the screenshots with time stamps.

Frankly, I hate this exam software. It is asking for camera permission again and again and then it is always hanging at the same question. I have prepared for this exam for four months while working full time.

Kindly reschedule my exam at the earliest without extra fee and please do the needful to fix the software.

Thanks and regards,
Karthik Subramaniam
Chennai
""")),
    ("a", "2025-05-22 10:15", "Dear Karthik, we're very sorry. We've confirmed a fault in the proctoring tool on 20 May and have booked you a free resit on 3 June at 10:00 IST. Regards, Meera, Brightpath Exams Team"),
    ("c", "2025-05-22 11:02", "Thank you for quick response. I will take the 3 June slot."),
])

h("undetermined", "", "neutral", "routine_question;typos;short_signal;non_native", "Lanternpay", "app", [
    ("c", "2025-08-03 13:20", "hi my card got declined in a shop in Cebu, im on holiday, pls check"),
    ("a", "2025-08-03 13:22", "Hi Mara! I can see a decline at 13:14 for a security check, as it's the first card payment in the Philippines on your account. I've confirmed it's you and your card is working again."),
    ("c", "2025-08-03 13:24", "ok its working now, salamat po"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;signature;agent_cues", "Veldt Telecom", "email", [
    ("c", "2025-09-02 10:10", d("""
Good morning,

Brilliant. Just brilliant. I asked for a SIM swap on the 22nd of August because my phone was stolen outside the taxi rank in Vaalmeer, and it is now the 2nd of September. Eleven days. I've been into the Kloofsig store twice and both times I was told it's "with the back office". Meanwhile my banking app can't send me OTPs, so I can't pay anyone.

Please can someone actually do the swap today.

Regards,
Sipho Mahlangu
072 555 0148
""")),
    ("a", "2025-09-02 11:35", "Dear Sipho, we are so sorry. At Veldt you're part of the family and we never want a family member left disconnected. Your SIM swap has been escalated and will be completed by 14:00 today. Kind regards, Lerato, Veldt Care"),
    ("c", "2025-09-02 15:02", "It's done, finally. Would have been nice eleven days ago."),
])

h("undetermined", "", "neutral", "routine_question;idiom", "Garnett Motors", "email", [
    ("c", "2025-10-14 08:15", "Hi, my Corsa's MOT is due on 3 November (reg KX19 WQE). Any chance of a Saturday morning slot in the last week of October? I'd kill for anything before 10am, I've got the kids after that. Thanks, Lena"),
    ("a", "2025-10-14 09:30", "Hi Lena, we can do Saturday 25 October at 8:30. Drop the car off from 8:15 and it'll be ready by 9:45. Garnett Motors, Keldby"),
    ("c", "2025-10-14 09:41", "Perfect, see you then."),
])

h("undetermined", "", "positive", "third_party;admin_cancel;negation;other_type_cue;signature", "Kestrel Mutual", "letter", [
    ("c", "2025-11-04 10:00", d("""
Bereavement Team
Kestrel Mutual
PO Box 7711

Account holder: Mr Desmond Farrelly (deceased), savings account ending 2209

Dear Bereavement Team,

I am the executor of my late father's estate. He died on 2 October. Please find enclosed a certified copy of the death certificate and of the grant of probate. Please close the account above and send the balance to the estate account whose details are on the enclosed form.

Dad banked with Kestrel for over forty years and always said you were the only honest building society in the county. I bank elsewhere myself and have no accounts with you, so please send all correspondence to me at the address below.

I would also like to thank Mrs Gallagher at the Ballyross branch, who sat with me for an hour in October and explained everything without once making me feel rushed.

Yours sincerely,

Eamonn Farrelly
22 Quarry View, Ballyross
""")),
])

h("undetermined", "", "negative", "strong_words;single_incident;caps;for_work_occasion;sarcasm", "Fibrewisp", "chat", [
    ("c", "2025-03-24 09:58", "My internet has been down since 9. I work from home and I had a client pitch at 9:30 that I've just done from my phone in a supermarket car park. This is absolutely ridiculous. Useless. Is there an outage or not?"),
    ("a", "2025-03-24 10:00", "Hi, I'm sorry to hear that. There's a fault on the cabinet serving your street; engineers are on site and the estimated fix time is 12:30."),
    ("c", "2025-03-24 10:01", "12:30. BRILLIANT. And I only find out because I asked."),
])

h("undetermined", "", "mixed", "mixed_aspects;occasion;signature;agent_cues", "Sundara Airways", "email", [
    ("c", "2025-02-10 21:05", d("""
Dear Sundara Airways,

My wife and I flew SU228 from Singapore to Melbourne on 6 February for our honeymoon. When the cabin crew heard, they moved us to Premium Economy, which was very sweet of them, and the crew on that flight were lovely.

However, the vegetarian meals we had booked were not loaded, and my wife ended up eating only a bread roll and a pack of peanuts for eight hours. The meal request was confirmed in your app (screenshot attached). We would like to know why it was lost, so that it does not happen on our return flight on 20 February.

Regards,
Daniel Goh & Tan Mei Lin
""")),
    ("a", "2025-02-11 09:12", "Dear Mr Goh, congratulations to you both! We love celebrating special moments with our Sundara family. We are sorry about the missing meals: the request was dropped when your seats were changed. It is now confirmed for SU229 on 20 February, and we have credited 5,000 miles to each of you. Warm regards, Nurul, Sundara Customer Care"),
    ("c", "2025-02-11 10:30", "Thank you, appreciated."),
])

h("undetermined", "", "neutral", "admin_cancel;agent_cues;short_signal", "Whiskerwell", "app", [
    ("c", "2025-06-08 20:02", "Hi, please cancel my subscription. Our cat Biscuit died on Thursday so we won't need the food any more."),
    ("a", "2025-06-08 20:05", "I'm so sorry about Biscuit. I've cancelled your subscription, with no charge for the box that was due on the 12th. Biscuit will always be part of the Whiskerwell family 🐾"),
    ("c", "2025-06-08 20:07", "Thank you, that's kind."),
])

h("undetermined", "", "neutral", "competitor;routine_question", "Calloway Chemists", "email", [
    ("c", "2025-07-15 12:48", "Hi, Pharmakart online has the Solvane hayfever spray at £6.49 and you're £9.99 in store. Do you price match? I'd rather pick it up on the way home than wait in for a delivery. Thanks, Jo"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;quoted_reply;quoted_cue;signature", "Ashgrove Bank", "email", [
    ("c", "2025-04-23 19:40", d("""
Dear Mr Hollis,

For the record, this is the fourth time since January that I have written about the same charge: a £2.95 "non-sterling transaction fee" on the payments I make to my daughter's university in Lyon, which your own website says are exempt on the Ashgrove Worldwide account. Each time, someone refunds it, apologises and tells me it has been "fixed at source". Each time, it comes back the following month. I now have a folder. It has tabs.

Your letter below is the same letter I had in February and in March, word for word, apart from the name at the bottom. I'm not writing to close my account. My mortgage is with you and my salary goes in, and frankly moving all of that is more trouble than £2.95 a month. But I would like, just once, for the fix to be an actual fix, and I would like someone to tell me what "at source" means.

Please refund the April fee (£2.95, 4 April) and the March fee, which I notice was never actually refunded.

Regards,
Helen Okonkwo-Barr
Current account ending 7731

On Tuesday, 22 April 2025, Ashgrove Bank wrote:
> Dear Mrs Okonkwo-Barr,
> Thank you for your message. We value your loyalty as a customer of over twelve years and we are sorry you have been charged in error.
> We have refunded the fee and corrected your account at source so that this does not happen again.
> Yours sincerely,
> Martin Hollis, Customer Resolution
""")),
    ("a", "2025-04-25 11:05", "Dear Mrs Okonkwo-Barr, you are right that the March refund was not applied; I have now refunded both fees (£5.90). I have also raised a systems change so that payments to your saved payee are coded correctly. Yours sincerely, Martin Hollis, Customer Resolution"),
    ("c", "2025-05-07 08:12", "Mr Hollis, the fee was applied again on 4 May. I've added it to the folder. Please refund it, and I suppose I'll write to you again in June.\n\nHelen"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;sarcasm;other_type_cue", "Nettlecall", "chat", [
    ("c", "2025-06-03 18:12", "Hi. Same as last month and the month before: the US Roam Pass is on my bill ($14). I haven't been to the States since Christmas. This is the sixth bill in a row. I have the chat transcripts saved if you want the reference numbers."),
    ("a", "2025-06-03 18:15", "Hi Jordan, I'm so sorry for the frustration! I've removed the $14 charge. We really appreciate you being part of the Nettlecall family."),
    ("c", "2025-06-03 18:17", "Thanks. Last month Priya removed the pass, the month before that Dev removed it, in March it was someone called Kenji. It comes back every billing cycle. Can someone remove whatever is adding it?"),
    ("a", "2025-06-03 18:20", "I've escalated it to our billing team with a note to remove the auto-renewal on your account. You should be all set now!"),
    ("c", "2025-06-03 18:21", "That's what Kenji said. Talk to you on July 3rd then. Same time, same place, family."),
])

h("adversaries", "", "negative", "paraphrase;negation;signature", "Tarnwater", "letter", [
    ("c", "2025-08-18 09:00", d("""
To the Complaints Manager, Tarnwater

Property: 6 Banksia Close, Mirriwong
Account: 300-118-472

This is my third letter this year about the same meter, so I'll keep it shorter than the first two.

The meter in our front yard has read impossibly high since it was "replaced" in January. Your technician came in March and said the new one was fine. A second technician came in May and said the first one had tested the neighbour's meter. The May bill was adjusted, the July bill is high again, and the complaint from May (CR-22019) now shows as "resolved" on your portal. Nobody rang to tell me it was resolved. Nobody rang at all. When I phoned last Tuesday the lady I spoke to could see my two earlier letters on her screen but not the technician's May report, and suggested I write in, which is why you are reading this.

I don't expect a reply within the ten working days your customer charter promises; I stopped expecting that in April. And I'm not going anywhere, since there is exactly one water company in this town, as we both know. But I have started reading the meter myself every Sunday morning and from now on the spreadsheet goes in with every bill payment.

Please reopen CR-22019 and send someone who will test the right meter.

Yours sincerely,
Graham Lindqvist
""")),
])

h("adversaries", "colleagues", "negative", "paraphrase;agent_cues;other_type_cue;signature", "Harbourline Insurance", "account", [
    ("c", "2025-03-31 09:12", d("""
Hi Callum,

Renewal came through for the café policy (HB-COM-44109): up from £2,140 to £2,526, so 18%. We haven't claimed since the water leak in 2021.

You know how this goes by now. I send you quotes from two brokers, you ring me on Thursday, we go back and forth for twenty minutes, you find a "retention adjustment" and we land somewhere around 6%. Can we skip straight to Thursday? Quotes attached.

Cheers,
Nadia Farouk
Owner, The Salt Jar Café, Whitstead
""")),
    ("a", "2025-03-31 14:40", "Hi Nadia, thanks as always. We really see ourselves as your partner, not just your insurer, and we value the relationship we've built with The Salt Jar over the years. I'll review the quotes and call you on Thursday. Callum Reeves, Account Manager, Harbourline Business"),
    ("c", "2025-04-03 16:05", "Thursday, 7%, done. Same table next April, partner.\nNadia"),
])

# ================================================================ enemies (4)

h("enemies", "adversaries", "negative", "evolving;agent_cues;paraphrase;signature", "Pulsepoint Gyms", "email", [
    ("c", "2025-01-06 10:05", "Hello, I'd like to cancel my membership (PP-118204) from the end of January. I've changed jobs and can't get to the Eastgate club any more. Thanks, Rebecca Sutcliffe"),
    ("a", "2025-01-07 13:30", "Hi Rebecca, we'd hate to lose you, you're part of the Pulsepoint family! Cancellations have to be made in person at your home club or by letter sent recorded delivery to our head office. As a thank-you for your loyalty, we can offer you 3 months at half price if you stay."),
    ("c", "2025-01-07 14:02", "No thank you. Please treat this e-mail as my written notice."),
    ("a", "2025-01-09 10:48", "Hi Rebecca, unfortunately we're unable to accept notice by e-mail. Please send a signed letter by recorded delivery to Pulsepoint Gyms, Member Services, 4 Canal Wharf. Kind regards, Member Services"),
    ("c", "2025-02-03 17:40", d("""
I sent the recorded-delivery letter on 10 January (tracking attached, signed for on the 13th by "R Davis"). You took another £42.99 on 1 February anyway.

I've asked my bank to cancel the direct debit and dispute February. I've also put the same review on three sites about how hard you make it to leave, and I've told the forty-odd people in my running club exactly what the process is like, in case any of them were tempted by your January offer. Please don't contact me with any more offers.

Rebecca
""")),
])

h("enemies", "", "negative", "paraphrase;caps", "Bazaarly", "chat", [
    ("c", "2025-05-19 20:40", "I returned the air fryer on 2 May, your own tracking shows it arrived at your returns centre on the 5th, and today I get an e-mail saying the return was 'not received' and the refund is cancelled. £119. I've already sent the tracking twice."),
    ("a", "2025-05-19 20:43", "Hi, I'm Gino. I'm sorry about this. I can see a scan at our Marsfield hub, but returns marked not received need 10-14 days to investigate."),
    ("c", "2025-05-19 20:45", "No. Your tracking says RECEIVED. I'm not waiting two more weeks for you to decide whether you believe your own tracking."),
    ("a", "2025-05-19 20:49", "I understand. I've raised it as an urgent investigation."),
    ("c", "2025-05-19 20:52", "Don't bother. I've started a chargeback with my card provider, I've reported you to Trading Standards, and the app's deleted. My sister was going to start selling her candles on Bazaarly next month. She won't be now, and neither will anyone else I talk to."),
])

h("enemies", "adversaries", "negative", "non_native;paraphrase;quoted_reply;quoted_cue;signature", "Corvia Mobile", "email", [
    ("c", "2025-10-22 09:30", d("""
Dear Sir/Madam,

This is regarding my postpaid number ending 4417. I am writing again because the issue is not resolved. For the last three bills I am being charged Rs 499 for "Corvia Tunes Premium" which I never activated. Your reply below is saying it was "activated by customer through SMS", which is totally false, I have not sent any SMS.

This is nothing but cheating of common people. I have told my whole office team (22 persons) not to take Corvia connection, and I will be porting out my number and my wife's number this month itself. I am also posting my experience on the consumer forum so that others can be careful.

Kindly refund Rs 1497 immediately.

Regards,
Rajesh Kumar Iyer
Pune

On Tuesday, 21 October 2025, Corvia Mobile wrote:
> Dear Customer,
> Thank you for being a valued member of the Corvia family. As per our records, Corvia Tunes Premium was activated by the customer through SMS on 02-Jul-2025. Hence the charges are applicable.
> Regards, Corvia Care
""")),
    ("a", "2025-10-23 12:10", "Dear Mr Iyer, on review we find the activation was not confirmed by you. We have deactivated the service and a credit of Rs 1497 will appear on your next bill. Regards, Corvia Care"),
    ("c", "2025-10-23 13:02", "Credit is noted. Porting request is already submitted, please do not call me for retention."),
])

h("enemies", "", "negative", "sarcasm;other_type_cue;paraphrase;signature", "Garnett Motors", "email", [
    ("c", "2025-07-28 18:03", d("""
To the manager, Garnett Motors Keldby

I collected my car on Friday after its 40,000-mile service. When I got it home the front nearside alloy had a fresh gouge the length of my hand. Your service desk told me on the phone today that it "must have been there already". It wasn't: my dashcam records the car from every side when it's parked, and I have the footage of it leaving my drive on Friday morning with four perfect wheels.

I'm not asking any more. I've sent the clips to your head office, and I've put them in our street's WhatsApp group and on the village Facebook page with your reply underneath, so people can make up their own minds. Nobody I know will be booking in with you.

Love the free coffee in the waiting room, mind. Shame about the rest.

Tom Haverstock
""")),
    ("a", "2025-07-29 09:30", "Dear Mr Haverstock, I'm sorry to read this. Please could you send the footage to me directly so I can review it with the technician? Regards, Simon Garnett, Branch Manager"),
    ("c", "2025-07-29 10:14", "Your head office has had it since yesterday. Review it with them."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;signature;product_attribute", "Forkfield", "email", [
    ("c", "2025-09-09 19:55", d("""
Hi,

Please cancel my Forkfield plan (account FF-30112) after the box on the 18th.

I feel I should explain, because I've had a box from you since the first lockdown and I've probably signed up half my book club. Tuesday was Forkfield night in our house: the kids picked the recipes on the Sunday, my husband and I cooked together, and it was honestly the best evening of the week. I used to send photos of the recipe cards to my sister.

But the portions have got smaller (the "Family Feast" pasta now feeds three of us, not four), the price has gone up three times since 2023, and half the recipes now need a "premium" upgrade to include the meat. The box I'm getting now isn't the one I signed up for, and I've stopped looking forward to Tuesdays, which I think is the real problem.

Thanks for five good years.

Laura Ní Bhriain
""")),
    ("a", "2025-09-10 10:20", "Hi Laura, we're so sad to see you go. We value your loyalty so much and we'd love to keep you in the Forkfield family, so we'd like to offer you 40% off your next 4 boxes if you stay. Just reply and I'll apply it! Ellie, Forkfield Care"),
    ("c", "2025-09-10 12:33", "That's kind, but it sort of proves the point: the discount only turns up when I'm on my way out. Please go ahead and cancel.\n\nLaura"),
])

h("ex_friends", "", "negative", "loyal_grievance;paraphrase;signature;competitor", "Kestrel Mutual", "letter", [
    ("c", "2025-02-12 10:00", d("""
Ms F. Adeyemi
Chief Executive, Kestrel Mutual

Dear Ms Adeyemi,

I opened my first account with Kestrel Mutual in 2003, with my first wage packet from the garage. Over twenty-two years I have had my savings, two mortgages and both my children's first accounts with you. I chose a mutual because it felt like one: the Market Street branch knew my name, and when my husband was made redundant in 2009 it was Mr Doyle at the counter who sorted out a payment holiday before I'd finished explaining.

The Market Street branch closes on Friday. The nearest branch is now 31 miles away. Last week I spent 50 minutes on the phone to be told that a "video appointment" is the alternative. I am 71 and I do not own a laptop. The young man on the phone was very polite, and I don't blame him, but he did not know where Market Street was.

I have kept every annual statement since 2003 in a shoebox. I used to read the letter from the Chief Executive at the front of them, about the mutual being owned by its members and run for them. I'd like to know which members decided this.

Your letter says that "loyal members are at the heart of everything we do". Twenty-two years of loyalty has bought me a 31-mile drive. I have opened an account with the credit union on the high street, which has a counter and a person behind it, and I will be moving my ISA and my savings there over the coming weeks.

Yours sincerely,

Mrs Brigid Cassidy
""")),
])

h("ex_friends", "", "negative", "paraphrase;quoted_reply;quoted_cue;signature", "Slatebox", "email", [
    ("c", "2025-07-10 21:30", d("""
Hi Joanna,

Thanks for the reply, but no, 20% off the new Plus plan isn't what I'm after.

I signed up in the 2016 beta and for eight years Slatebox was the one piece of software I recommended without thinking. Every new member of my camera club got the same speech from me, and at least a dozen of them signed up because of it. I paid for the old Pro tier every year without looking at the invoice. Then in May you moved "legacy" users onto the new limits without asking, the sync client started clearing local copies of anything older than a year, and I lost the originals from two weddings I had shot for friends before I noticed. Your support team took eleven days to tell me the files were "outside the recovery window".

I spent last weekend moving 400 GB somewhere else. I'm not asking for anything now, except that you delete my account and data once the export finishes, and confirm when that's done.

Best,
Aurelio Santos
Lisbon

On Wednesday, 9 July 2025, Slatebox Support wrote:
> Hi Aurelio,
> We love our early adopters, and you've been with us since the very beginning! As a thank-you we'd like to offer you 20% off the new Slatebox Plus plan for your first year.
> Joanna, Slatebox Support
""")),
    ("a", "2025-07-14 15:00", "Hi Aurelio, your export has completed and your account and all stored data have now been deleted. I'm sorry we lost you. Joanna, Slatebox Support"),
])

h("ex_friends", "", "negative", "evolving;paraphrase;agent_cues;emoji", "Ironmoor Fitness", "app", [
    ("c", "2024-01-16 07:05", "Morning! Is Thursday 6:30 spin with Kofi back on this week? Four years of Thursdays and the one week it's cancelled I feel like I've missed a birthday 😄"),
    ("a", "2024-01-16 07:10", "Morning! Yes, Kofi's back this Thursday. Love that you're one of our Thursday regulars!"),
    ("c", "2025-04-09 21:40", "Hi. Since the takeover Kofi, Amira and Steve have all gone, the spin room is a storage area with six bikes in the corner, and the 6:30 is now 'virtual'. I'd like to freeze my membership from May. To be honest I doubt I'll unfreeze it, but I'm not ready to cancel after five years."),
    ("a", "2025-04-09 21:45", "I'm sorry to hear that! We value our loyal members and we're working hard to make the new Ironmoor experience the best yet. I've frozen your membership from 1 May."),
    ("c", "2025-04-09 21:47", "Thanks. It isn't the same place any more, that's all."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues;occasion;signature", "Meridale Hotels", "email", [
    ("c", "2025-08-27 11:20", d("""
Hi Priyanka,

Booking for our anniversary: Friday 14 and Saturday 15 November at the Meridale York, and if room 31 (the one with the window seat looking over the walls) is free, that please. It will be our twelfth November in a row.

My husband likes to say we've never actually seen the inside of another hotel in York. When friends ask where to stay I don't give them a list, I give them your number. The new place by the station has sent us an offer every year since it opened and it goes straight in the recycling.

See you in November!
Fiona & Alasdair Gunn
""")),
    ("a", "2025-08-27 14:05", "Dear Fiona, room 31 is yours for the 14th and 15th! You're truly part of the Meridale family and we can't wait to welcome you home for your twelfth anniversary. Warmest regards, Priyanka, Reservations"),
])

h("marriage_partners", "", "positive", "paraphrase;competitor;negation;routine_question;signature", "Quayside Cover", "email", [
    ("c", "2025-01-20 19:02", d("""
Hi,

Could you add my son Kieran (17, passed his test on Friday!) as a named driver on the car policy QC-M-771204 from this Saturday, and let me know the extra premium?

While I'm writing: I'm not a loyal person by nature. I switch electricity every year and I'd change banks for a free toaster. But you've got the house, both cars, the dog and my mum's travel cover, and every renewal my brother-in-law sends me a screenshot of something £60 cheaper and every year I ignore him. You paid for the kitchen ceiling in 2019 in nine days without a single argument, and as far as I'm concerned that bought you for life.

Thanks,
Deirdre Maloney
""")),
    ("a", "2025-01-21 09:40", "Hi Deirdre, congratulations to Kieran! He's added from Saturday 25 January; the extra premium for the rest of the policy year is £214, which can be spread over your monthly payments. Kind regards, Owen, Quayside Cover"),
    ("c", "2025-01-21 10:02", "Ouch, but fine. Spread it please. Thanks Owen."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;other_type_cue", "Bloomcrate", "app", [
    ("c", "2025-05-02 10:15", "Hiya! Can I add a second delivery every month to my mum's address in Salthaven (same bouquet as mine is fine)? 💐"),
    ("a", "2025-05-02 10:18", "Hi Niamh! Absolutely, what a lovely idea. I just need your mum's full address and which week you'd like her flowers to land."),
    ("c", "2025-05-02 10:22", "4 Harbour Row, Salthaven, first Friday of the month please. For context I think this is week 170-something of Friday flowers for me 😂 I haven't bought a supermarket bunch since. My partner says if he ever cancels it by accident I'm keeping Bloomcrate and he can move out."),
    ("a", "2025-05-02 10:25", "Haha, we'll keep that between us! Your mum's first bouquet arrives Friday 6 June. 💐"),
])

h("marriage_partners", "", "positive", "paraphrase;agent_cues;signature;competitor", "Aerlinn Air", "email", [
    ("c", "2025-10-01 15:30", d("""
Hello,

I'm on AR332 Dublin to Boston on 19 November (booking reference QZ7K2M) and I'd like to request an aisle seat near the front, as I'm recovering from a hip replacement.

Some context in case it helps. I've made this crossing with you something like sixty times since my daughter moved to Massachusetts in 2011. There are cheaper ways to do it, my son-in-law sends me the fares every single time, and I pay the extra and fly with you, every time, and I intend to keep doing it until they take my passport off me. The crew on the evening flight know me to wave at.

Many thanks,
Bernadette Quinlan (Mrs)
""")),
    ("a", "2025-10-02 08:50", "Dear Mrs Quinlan, thank you for your loyalty, we truly value you as one of our most loyal guests. I've reserved seat 3C for you and arranged assistance at Dublin and Boston. Wishing you a smooth recovery! Kind regards, Sorcha, Aerlinn Customer Care"),
    ("c", "2025-10-02 09:15", "Thank you so much Sorcha, that's a weight off."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;caps;signature;agent_cues;other_type_cue", "Sundara Airways", "email", [
    ("c", "2025-06-23 07:45", d("""
Dear Ms Rahman,

I am writing to the Head of Customer Experience directly because I would rather not explain this to a call centre.

On Saturday, at the Sundara lounge in Singapore, the receptionist asked for my boarding pass TWICE and then told me that my wife could not come in with me because the guest allowance had "changed in April". Nobody informed me. I have flown more than 140,000 miles with Sundara in the last twelve months, almost all of it in business, and I have held Gold for nine years. I did not expect to stand at a desk being lectured by a junior about a policy no one had the courtesy to send me.

I expect a telephone call from someone senior, not an e-mail and not a voucher, and I expect the guest allowance to be restored on my profile. I will decide after that call whether my company's travel stays with Sundara.

Regards,
Vikram Menon-Lee
Managing Director, Tidewater Logistics Pte Ltd
Sundara Gold 0044917
""")),
    ("a", "2025-06-23 12:10", "Dear Mr Menon-Lee, please accept my sincere apologies. As one of our most valued Gold members, you should have been told about the change well in advance. Ms Rahman, our Head of Customer Experience, will call you tomorrow at 10:00. Yours sincerely, Adrian Foo, Office of the Head of Customer Experience"),
    ("c", "2025-06-23 12:31", "10:00 is acceptable. I trust it will be Ms Rahman and not a deputy."),
])

h("master_slave", "ex_friends", "negative", "loyal_grievance;paraphrase;caps", "The Copperleaf Inn", "chat", [
    ("c", "2025-11-18 16:02", "I've just been told by your receptionist that Room 14 is 'allocated' for my stay next weekend. I have had Room 14 every time I've come to the Copperleaf since 2017. I shouldn't have to ASK for it, and I certainly shouldn't have to ask twice."),
    ("a", "2025-11-18 16:05", "Hi Mr Whitcombe, I'm sorry for the mix-up. Room 14 was booked by another guest before your reservation came in. I can offer Room 12, which has the same view and a larger bath."),
    ("c", "2025-11-18 16:09", "I don't want a larger bath. I want the manager to ring me, and I want to understand why another guest was given my room. Is this how you treat a loyal guest? Perhaps I've been wrong about the Copperleaf."),
    ("a", "2025-11-18 16:12", "I'll ask Mrs Pennock to call you this evening."),
    ("c", "2025-11-18 16:13", "Before seven, please."),
])

h("master_slave", "colleagues", "negative", "paraphrase;agent_cues;signature;competitor", "Quillstack", "account", [
    ("c", "2025-10-17 12:30", d("""
Ben,

Terminal 3 at the Harbour Road site has been rejecting contactless since 11:00. It's Friday lunch. Your support line has sent me a ticket number. I don't do ticket numbers. I have an account manager so that I don't have to.

We're the biggest Quillstack account in the county, six sites, and I've turned down two of your competitors this year on the strength of you picking up the phone. I want a call within the hour and an engineer on site today, not Monday.

Dmitri Volkov
Volkov Hospitality Group
""")),
    ("a", "2025-10-17 12:44", "Dmitri, on it. You're one of our most valued partners and I've escalated this personally. Engineer booked for 15:00 today, and I'll ring you in ten minutes. Ben Achterberg, Key Accounts"),
    ("c", "2025-10-17 15:50", "Engineer's been. Next time I'd rather not have to mention the competitors to get one.\nD."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;competitor;signature", "Hollowell Energy", "email", [
    ("c", "2025-10-03 18:20", d("""
Hi,

My fixed tariff ends on 31 October (account 88210973). I've just done my usual October check on three comparison sites and your two-year fix at 24.1p is still the cheapest for my usage, same as the last two times, so I'll take it. No point changing supplier just for the sake of it. You've been no trouble, which is all I want from an energy company.

Could you confirm the new unit rate and standing charge in writing, and that the direct debit will stay at £96?

Thanks,
Ifeoma Chukwu
""")),
    ("a", "2025-10-04 10:15", "Hi Ifeoma, thanks for renewing! Your new Fix 24 tariff starts on 1 November at 24.1p/kWh with a standing charge of 51.2p/day, and your direct debit stays at £96. Confirmation attached. Kind regards, Hollowell Energy"),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question;competitor;typos", "Pillbox Pharmacy", "app", [
    ("c", "2025-04-07 17:22", "hi can you move my next repeat (the 3 items) to the 15th instead of the 10th, im away that week"),
    ("a", "2025-04-07 17:25", "Hi Carl, done! Your next delivery is booked for Tuesday 15 April."),
    ("c", "2025-04-07 17:27", "cheers. fwiw ive had the same three things off you every 8 weeks for about 3 years now, because its 40p an item cheaper than the chemist round the corner and it always turns up. thats all I want from a pharmacy tbh, keep it boring"),
])

h("basic_exchange", "", "positive", "paraphrase;negation;signature", "Panfresh", "email", [
    ("c", "2025-02-25 20:10", d("""
Hello,

Quick one: can I move Thursday deliveries to Wednesdays from next week? Same address.

And since your survey asked: no, I wouldn't say I'm excited by Panfresh. The recipe cards are a bit samey and I've had the lemon chicken more times than I can count. But it's £3.20 a portion, it has not once been late in fourteen months, and it means I don't have to think about dinner four nights a week. That's the job, and you do it. Please don't go fancy on me.

Best,
Tomasz Wróbel
""")),
    ("a", "2025-02-26 09:00", "Hi Tomasz, done: your deliveries move to Wednesdays from 5 March. And noted on the lemon chicken! Panfresh Customer Team"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;signature", "Calloway Chemists", "letter", [
    ("c", "2025-03-05 10:00", d("""
Dear Mr Okafor,

I don't know if you'll remember me. I'm the lady who used to come in every Friday with the tartan shopping trolley. I've been coming to your Station Road shop since before it had the automatic door, when your father still did the counter and kept the barley sugars in the jar by the till for the children. You gave my Robert his flu jab every October for twenty years.

My hip has gone and I'm not getting out much now. My niece tells me you do deliveries. Could my tablets come to the house? I'd much rather they came from you than from one of these internet places.

With very best wishes,

Peggy Harrington (Mrs)
3 Lime Terrace
""")),
])

h("old_friends", "", "positive", "paraphrase;routine_question;product_attribute;signature", "Northway Rail", "email", [
    ("c", "2025-05-14 14:35", d("""
Good afternoon,

A question about the Family & Friends Railcard: can I use it when I travel with my grandson (he's 9) on the Coastline route, or does one of his parents have to be with us?

A bit of background, for whoever reads this. I commuted on the 7:12 out of Ashwick for twenty-six years, until I retired in 2019. I knew the guards by name, I knew which carriage stopped by the exit at Tynebridge, and I still miss the old buffet car with the tea in proper cups. These days I take the lad to the coast on the first Saturday of the month and show him the signal box where my uncle worked. It's the best part of my month.

Kind regards,
Alan Pickersgill
""")),
    ("a", "2025-05-15 09:20", "Dear Mr Pickersgill, what a lovely message. Yes: the railcard covers up to four adults and four children travelling together, and the children don't need to be yours. Enjoy the coast! Kind regards, Northway Rail Customer Relations"),
    ("c", "2025-05-15 11:00", "Smashing, thank you. Saturday it is."),
])

h("old_friends", "", "positive", "paraphrase;routine_question;signature", "Dunmore Language School", "email", [
    ("c", "2025-09-29 20:45", d("""
Hi Dunmore team,

I did my very first French class with you in 2004, Tuesday nights at the old shophouse centre on Tembusu Lane, in Madame Girard's class, with the blue workbook that I still have on my shelf (coffee stains and all). I went on to do Levels 2 to 5 with you, and my first trip to Lyon in 2009 was basically because of that class. I still think of the Tuesday-night crowd and the kaya toast we used to buy from the shop downstairs before class.

Twenty years on my French has gone very rusty and I'd like to come back. Do you still run a refresher course for adults who have done the levels before, and is it on weekday evenings?

Thank you!
Grace Lim Hui Min
""")),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;competitor;routine_question", "Nettlecall", "chat", [
    ("c", "2025-02-11 08:30", "Hi, I ported my number over from Telvo yesterday, so this is day one with you. So far so good, the signal's actually better in my basement apartment. How do I set up voicemail? The old code doesn't work."),
    ("a", "2025-02-11 08:33", "Welcome to Nettlecall! Dial *86 from your phone and follow the prompts to set your PIN and greeting."),
    ("c", "2025-02-11 08:36", "Got it, working. Thanks!"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;negation;signature", "Oakhaven Furniture", "email", [
    ("c", "2025-04-28 11:10", d("""
Hello,

I've never bought furniture online before (I'm 68 and like to sit on things first), but I saw your Ashby bookcase in a magazine piece about small flats and took the plunge. It arrived on Saturday, the two lads carried it up four floors without a word of complaint, and it's lovely. Solid, too.

Is the matching Ashby writing desk coming back into stock? I might be tempted.

Regards,
Ruth Adebayo-Clarke
""")),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;non_native", "Brightpath Academy", "app", [
    ("c", "2025-06-12 21:05", "Good evening po. I just registered for the free 7-day trial of the Data Analytics course to see first if it is suited to me before paying. May I ask if the certificate is available also for trial users or only after enrolling to the full course?"),
    ("a", "2025-06-12 21:09", "Hi Joy! Certificates are only issued to learners on the full course, but everything you complete during the trial carries over if you enrol."),
    ("c", "2025-06-12 21:11", "Noted, thank you. I will try first the modules this week."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;competitor;symptom;signature", "Fibrewisp", "email", [
    ("c", "2025-11-10 22:05", d("""
Hi,

Reporting the evening dropouts again (account FW-556201). Same pattern as August and September: the line drops between 8 and 9 pm three or four nights a week, the router reboots and it comes back after ten minutes.

Here's the maddening thing. When it works, it's the best connection I've had in four houses: I can download a game in the time it takes to make a coffee. I've left you twice. In 2023 I went to Skeinlink for two months, and last spring I signed with a cheaper outfit for a month before paying the exit fee to come back. Both times I missed the speed within a week. So I'm not threatening to leave; we both know I'd be back. I'm asking you to fix the one thing that spoils it: make it work after 8pm.

Cheers,
Jamie Rourke
""")),
    ("a", "2025-11-11 10:30", "Hi Jamie, thanks for the detail, it really helps. We've found evening congestion on the port serving your street and have booked an engineer to move you to a new port on Thursday. Kind regards, Fibrewisp Support"),
])

h("love_hate", "", "mixed", "paraphrase;emoji;agent_cues", "Tallyho Market", "app", [
    ("c", "2025-01-08 22:10", "hi, every January I uninstall your app and every February I'm back on it 🙃 so here I am, early. Question: why does my returns tab say I returned 31 items last year?? (it's right, I just didn't want to know)"),
    ("a", "2025-01-08 22:13", "Hi Zoe! The returns tab shows every return from the last 12 months. Love having you back! 💛"),
    ("c", "2025-01-08 22:16", "Half my wardrobe came from you and the other half went back to you. The sizing is a lottery, the returns queue at the post office makes me want to scream, and I am 100% ordering the green wool coat tonight anyway. Does it run small"),
    ("a", "2025-01-08 22:19", "Reviewers say it runs about half a size small, so most people go one size up."),
    ("c", "2025-01-08 22:20", "of course it does. ordering the 12, see you at the post office 😤"),
    ("a", "2025-01-08 22:22", "Fingers crossed the 12 is a keeper! Your order's confirmed for Friday delivery. 💛"),
])

h("love_hate", "", "mixed", "paraphrase;negation;signature;non_native", "Lanternpay", "email", [
    ("c", "2025-08-21 08:05", d("""
Hello Lanternpay team,

This is now the third time in one year that my account is frozen for a "routine security review", this time for four days, exactly when I was trying to pay my rent. Each time I must borrow from my flatmate and each time I swear I move my salary back to a normal bank.

I did move it in March. I moved it back in May. Your app is simply better than anything the high-street banks have, the spending pots organise my whole life, and I am not going back to queueing in a branch. But I cannot keep being locked out of my own money without any warning.

Can you please unfreeze it, and tell me what triggers these reviews, so I can stop triggering them?

Best regards,
Sabine Richter
""")),
    ("a", "2025-08-21 09:40", "Hi Sabine, I'm sorry for the disruption. Your account is now unfrozen. Reviews are usually triggered by large incoming transfers from new payees; adding your landlord and employer as trusted payees should prevent this. Lanternpay Support"),
    ("c", "2025-08-21 09:52", "Thank you. Done. Please let it be the last time."),
])

# ================================================================ business_partners (2)

h("business_partners", "colleagues", "positive", "paraphrase;signature;agent_cues", "Ledgerleaf", "email", [
    ("c", "2025-06-04 17:30", d("""
Hi Ledgerleaf product team,

I run a small electrical contracting firm (three vans) and we've done our books on Ledgerleaf since 2020. Every year or so I send you a list, and you've actually built two of my previous ones (the CIS deduction report and bulk mark-as-paid), so here's this year's, in order of how much time it would save us:

1. Let us attach a photo of a receipt to a bill from the mobile app, not just to expenses. My lads are on site, not at a desk.
2. A "retention" field on invoices. We hold back 5% on most commercial jobs and at the moment I track that in a spreadsheet next to Ledgerleaf, which defeats the point.
3. When a bank feed disconnects, e-mail me. I found out three weeks late last time.

If any of these get to testing, I'm glad to try them on our live books first. I'd rather find the bugs myself than have someone else find them.

All the best,
Declan Fitzmaurice
Fitzmaurice Electrical Ltd, Naas
""")),
    ("a", "2025-06-05 11:00", "Hi Declan, thank you, we love hearing from our community, and you're right that we built two of last year's! Number 2 is already on the roadmap for Q4, and I've added you to the beta group for mobile attachments. Best, Rosa, Ledgerleaf Product"),
    ("c", "2025-06-05 11:42", "Great stuff. Send the beta over whenever, I'll give it a proper go on the July invoices."),
])

h("business_partners", "", "positive", "paraphrase;agent_cues", "Whiskerwell", "app", [
    ("c", "2025-03-14 19:20", "Hi, not a complaint, more of an idea. We've got two cats on separate Whiskerwell plans. When one goes to the cattery or the vet changes her diet, I have to pause the whole account. Could you let us pause per pet instead? Also the portion calculator assumes one cat per house, which I think is why so many people in your Facebook group say they're overfeeding."),
    ("a", "2025-03-14 19:25", "What a great idea! We love hearing from our community. I'll pass this straight to our product team."),
    ("c", "2025-03-14 19:28", "Thanks. If they want someone to try it out, I'm up for it. I've sketched how I'd lay out the pause screen, where can I send it?"),
    ("a", "2025-03-14 19:31", "Amazing! You can send it to ideas@whiskerwell.example.com and I'll flag it."),
    ("c", "2025-03-14 19:40", "Sent. Three screens, one for each case (cattery, diet change, one cat off food)."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;caps", "Settle & Sprout", "email", [
    ("c", "2025-03-06 23:12", d("""
Hi!!

I saw the terracotta Dune armchair on your Instagram at 11pm and it was ORDERED by 11:04 🙈 (order SS-90114). Two quick questions: is the matching Dune footstool coming out this month like the post said, and can both be delivered together?

I'm redoing the whole living room around this range, the grey sofa is going on marketplace tomorrow lol.

Ella
""")),
    ("a", "2025-03-07 07:40", "Hi Ella, great choice! The Dune footstool launches on 20 March, and we can hold your armchair so that both arrive together in the first week of April. Settle & Sprout"),
    ("c", "2025-03-07 08:02", "Yesss. Put me down for the footstool the minute it drops. And is there going to be a Dune rug?? asking for me"),
])

h("fling", "", "positive", "paraphrase;competitor;caps", "Corvia Mobile", "app", [
    ("c", "2025-09-18 00:03", "Hi, the Lumen X pre-orders just opened and I want the 512GB in Glacier on the 24-month upgrade. I've had three phones in two years on three different networks, whoever gets the newest one out first gets me lol. Can it arrive on launch day?"),
    ("a", "2025-09-18 00:06", "Hi Marco! Yes, pre-orders placed now are delivered on launch day, Friday 26 September. Shall I reserve the Glacier 512GB for you?"),
    ("c", "2025-09-18 00:08", "DONE. Launch day. Can't wait to unbox it"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature", "Harbourline Insurance", "email", [
    ("c", "2025-11-25 16:20", d("""
Dear Mr Antwi,

I wanted to write properly, not just tick the box on the survey.

When Frank died in August I rang you about the car, and you were the first person that month who didn't try to hurry me. You told me which papers I needed and which could wait. And last week, when I said I couldn't afford the renewal on my own, you told me to drop the gadget cover and the breakdown add-on because I'd never use them, instead of selling me something. You were straighter with me than the bank was, or frankly the solicitor.

I would never have thought I'd say this about an insurance company, but I'd take your word over anyone's now. I'll ring you when the house renewal comes up in March, and I'd rather it was you I speak to.

With thanks,
Irene Castellanos
""")),
])

h("best_friends", "", "positive", "paraphrase;emoji;routine_question", "Pawprint Pet Care", "app", [
    ("c", "2025-02-02 21:15", "Hi, can Rolo's booster be with Dr Asante on Saturday morning?"),
    ("a", "2025-02-02 21:18", "Hi Maeve! Saturday 10:20 with Dr Asante is booked for Rolo."),
    ("c", "2025-02-02 21:24", "Thank you. Can I say something while I'm here. Your nurse line is the first number I ring when anything's up with Rolo, before my sister, before Google. And when it was time for Pepper last year, Dr Asante told me straight, no dressing it up, and then rang me two days later just to see how I was doing. I don't think I ever said thank you properly 🧡"),
    ("a", "2025-02-02 21:27", "That means so much, Maeve. We all remember Pepper. I'll make sure Dr Asante sees this."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;agent_cues;other_type_cue", "Forkfield", "app", [
    ("c", "2025-01-30 12:15", "Hi, can you pause my plan for February and restart it the first week of March?"),
    ("a", "2025-01-30 12:18", "Of course! Mind if I ask why? We'd hate to lose you, you're part of the Forkfield family 💚"),
    ("c", "2025-01-30 12:22", "Nothing personal, I just rotate. Forkfield one month, Panfresh the next, and now and then a month of doing my own shopping when I'm feeling virtuous. Keeps it interesting. You're very much in the rotation, you're the one I go to for curries."),
    ("a", "2025-01-30 12:24", "Ha, fair enough! Paused for February, and your next box is on 6 March."),
])

h("buddies", "", "positive", "paraphrase;competitor;agent_cues;signature", "Ironmoor Fitness", "email", [
    ("c", "2025-07-07 08:30", d("""
Hi,

I've had an e-mail saying my 10-visit pass is about to run out. Can I just buy another one, rather than switch to the annual membership the e-mail suggests?

I'm at Ironmoor on Tuesdays for the kettlebell class, I climb at a wall in town at the weekend and I swim in the lake when the weather's good, so a pass suits me better than being tied to one place. Nothing wrong with you at all, it's just how I like to do things.

Cheers,
Kwame Boateng
""")),
    ("a", "2025-07-07 11:05", "Hi Kwame, of course, a new 10-visit pass is on your account now. And if you ever fancy committing to the Ironmoor family, the annual offer is there for you! Jodie, Member Services"),
    ("c", "2025-07-07 11:20", "Pass is perfect, thanks. See you Tuesday."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji", "Crateful", "app", [
    ("c", "2025-02-04 06:12", "morning!! tracking says my February box is 'delayed'. please tell me that isn't the whole week. I've been refreshing the tracking page since 5:40 😬"),
    ("a", "2025-02-04 06:20", "Good morning! Your box is at our Northfield hub and will be with you tomorrow."),
    ("c", "2025-02-04 06:23", "tomorrow I can do. last time a box was late I went round three shops looking for the yuzu crisps and ended up ordering them off your website at full price at midnight. my husband says Crateful day is the only day I'm up before him. I've had every box since the first one and I reorder half of it before I've finished it 🙈"),
])

h("dealer_addict", "", "negative", "paraphrase;idiom;signature", "Pulsepoint Gyms", "email", [
    ("c", "2025-08-07 21:30", d("""
Hi,

The Northgate club has been shut all week for the refurb, which I knew about, but nobody said the Riverside club would be closing at 8pm this week. I've been driving 40 minutes to Riverside every night since Monday because I honestly can't get through a day without training, and tonight I got there at 8:05 to a locked door. I was climbing the walls.

Twice a day, seven days a week, for three years: I know it's a lot, my GP knows it's a lot, but it's how my head works.

When does Northgate reopen? Please say Saturday.

Pete Nakamura
""")),
    ("a", "2025-08-08 08:15", "Hi Pete, sorry about Riverside's hours, that should have been on the app. Good news: Northgate reopens this Saturday at 6am. Pulsepoint Member Services"),
    ("c", "2025-08-08 08:20", "Thank god. Saturday 6am it is."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji;signature", "Nightjar Treats", "email", [
    ("c", "2025-10-09 13:05", d("""
Hi Nightjar,

Odd request. Could my boxes come in plain brown packaging from now on, without the logo on the side? And could the charge on my card say something other than NIGHTJAR TREATS?

My husband thinks I cancelled in June, when we started our sugar-free summer. I did not cancel in June. The Thursday box arrives while he's at work and it's the best twenty minutes of my week, eaten in the car with the radio on 🤫

Thanks so much,
Carys
""")),
    ("a", "2025-10-09 15:30", "Hi Carys, no problem at all! From your next box we'll use plain packaging, and the charge will show as NJT Ltd. Enjoy Thursday! Nightjar Treats"),
    ("c", "2025-10-09 15:41", "You're a star. Not a word to anyone."),
])

h("secret_affair", "", "positive", "paraphrase;routine_question;other_type_cue", "The Copperleaf Inn", "email", [
    ("c", "2025-05-27 12:40", d("""
Hi,

Could I book the Tuesday spa day for 10 June, the one with the lunch and the afternoon in the garden room? Same as usual please: I'll pay on arrival. Please don't send anything to my work e-mail this time. Last time the confirmation went to my office address and I had to pretend it was a reminder from the dentist.

My colleagues think I'm at the orthodontist once a month. I'm 44 and I do not have braces.

Please use this address only, and don't ring the number on file.

Thanks!
Rhiannon
""")),
    ("a", "2025-05-27 14:15", "Hi Rhiannon, you're booked for Tuesday 10 June, and we'll only ever use this address. See you in the garden room! The Copperleaf Inn"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "caps;signature;non_native", "Ashgrove Bank", "email", [
    ("c", "2025-03-26 18:50", d("""
To whom it may concern,

I have now received three letters from Ashgrove Bank about an "unarranged overdraft" of £1,240 on current account ending 4471, the last one threatening me with a default notice. I never had an account with Ashgrove. I was never inside an Ashgrove branch, I never applied for anything with you, and the date of birth on your letter is not mine. Somebody has made a mistake or used my name.

Please confirm in writing that this account has nothing to do with me, and tell me what you have reported to credit agencies. I am NOT paying for somebody else's overdraft.

Marek Zieliński
""")),
    ("a", "2025-03-27 10:30", "Dear Mr Zieliński, thank you for telling us. We've opened a fraud investigation, put the account on hold and stopped all collection letters while we look into it. We'll write to you within 10 working days. Ashgrove Bank Fraud Team"),
])

h("complete_strangers", "", "negative", "competitor;paraphrase;short_signal", "Veldt Telecom", "chat", [
    ("c", "2025-07-01 19:45", "Why am I getting 'Veldt Deals' SMSes every day? I'm not a Veldt customer, never have been. I've been on another network for eleven years. Who gave you my number?"),
    ("a", "2025-07-01 19:48", "Hi, thanks for reaching out. I can't find your number on any Veldt account, so it may be on a partner marketing list. I've added it to our do-not-contact list."),
    ("c", "2025-07-01 19:50", "Which partner? I want the name so I can complain to them too."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Meridale Hotels", "email", [
    ("c", "2025-09-22 17:00", "Hi, do you have an EV charger at the Meridale Carlisle now? We stop over with you every so often on the drive up to my parents, maybe twice a year, and last time the car park ones were 'coming soon'. Booked for 3 October, ref MH-58831. Thanks, Priya & Sam"),
    ("a", "2025-09-23 09:10", "Hi Priya and Sam, yes, we now have two 22kW chargers in the car park, free for hotel guests. See you on the 3rd! Meridale Carlisle"),
    ("c", "2025-09-23 09:30", "Great, thanks."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Bazaarly", "chat", [
    ("c", "2025-02-17 19:10", "Hi, I use Bazaarly a few times a year, mostly when the school asks for something weird (this week it's a Viking helmet, don't ask), so I've forgotten how it all works. If I order from a seller in another country, do I pay the import charges or do they?"),
    ("a", "2025-02-17 19:13", "Hi! It depends on the seller. Listings marked 'Duties included' cover import charges; for others, the courier may ask you to pay them on delivery."),
    ("c", "2025-02-17 19:15", "Ok, I'll find a UK one then. Ta."),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;agent_cues;signature", "Brightpath Academy", "email", [
    ("c", "2025-04-14 19:30", d("""
Hi Brightpath team,

Six of us from the March 2024 Data Analytics cohort have kept meeting in the forum's study room on Saturday mornings since we finished. Over the last few months we've written up worked answers for the Level 1 practice papers, mostly for the new intake: the same questions kept coming up on the forum and it felt daft to answer them one at a time.

Could the moderators pin them on the Level 1 board? Emeka has also offered to run a live revision session for the June cohort if you can give us a room on the platform. We'd rather do this alongside you than in a WhatsApp group off to the side.

Best wishes,
Lindiwe Mokoena (and Emeka, Ana, Rohan, Beth and Farid)
""")),
    ("a", "2025-04-15 10:00", "Hi Lindiwe, this is wonderful, and exactly why we love our learner community! The guides are pinned, and I've set up a live room for Emeka on Saturday 7 June. Best, Chidi, Brightpath Community"),
    ("c", "2025-04-15 12:10", "Brilliant, thank you. We'll advertise it in the Level 1 board this week."),
])

h("teammates", "", "positive", "paraphrase;signature;agent_cues", "Fibrewisp", "account", [
    ("c", "2025-06-19 20:10", d("""
Hi Oluwaseun,

Update from the Upper Cray village group. After the street meeting on Saturday we've got 41 households signed up on Upper Lane and Mill Row, which takes us over the 35 you said you'd need to bring the fibre up from the main road. Same arrangement as we had for Church Street: we'll do the door-knocking and the leaflets, you sort the wayleaves with the farm.

The Church Street lot are already asking whether there'll be another street party when it goes live. If you can get me a date for the survey, I'll put it in the July newsletter.

Thanks,
Hamid Qureshi
Upper Cray Broadband Group (volunteer)
""")),
    ("a", "2025-06-20 09:15", "Brilliant work, Hamid, and thank you to everyone in the group. The survey is booked for 8 July; I'll come along myself. Projects like yours are what our community fibre programme is all about. Oluwaseun Bello, Community Partnerships, Fibrewisp"),
    ("c", "2025-06-20 09:40", "8 July, going in the newsletter. I'll bring the tea."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;signature", "Kiteroad Driving School", "email", [
    ("c", "2025-01-28 20:30", d("""
Hello,

My son Finn turns 17 on 2 May and I'd like to book his first block of lessons for that week, if you still do the ten-lesson block.

You taught my mum to drive in 1989 (she still has her pass certificate with your old kite logo in a drawer), and you taught me in 2011 with Mr Dolan, who I'm told is still going. It never crossed our minds to go anywhere else for Finn. Mum has already offered to pay for the first block, so it's turning into a bit of a thing in our house.

Thanks,
Orla Kavanagh
""")),
    ("a", "2025-01-29 09:00", "Hi Orla, we'd be delighted to teach a third generation! Finn's first lesson is pencilled in for Tuesday 6 May at 4pm, and yes, Mr Dolan is still with us. Kiteroad Driving School"),
])

h("close_siblings", "", "positive", "paraphrase;routine_question", "Wrenfield Autocare", "chat", [
    ("c", "2025-09-08 12:00", "Hi, can I book the Volvo in for its service, week of the 22nd?"),
    ("a", "2025-09-08 12:03", "Hi! We have Tuesday 23rd at 8:30 or Thursday 25th at 9:00. Which suits? And can I ask how you heard about us? We ask all new bookings."),
    ("c", "2025-09-08 12:07", "Tuesday please. Ha, I'm not new. My grandad had his Rovers done at Wrenfield's when it was one bay on Cotton Street, my dad has taken every car he's ever owned to you, and my first car's MOT was with you the week I passed. Nobody in our family has had a car looked at anywhere else. Dad says hello to Gerry, by the way."),
    ("a", "2025-09-08 12:10", "Tuesday 23rd at 8:30 it is, and Gerry says hello back!"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;routine_question", "Meridale Hotels", "email", [
    ("c", "2025-10-27 09:20", "Hi, I stayed one night at the Meridale Port Carrick on 24 October (booked at 11pm from the ferry terminal when the last sailing was cancelled, ref MH-60217). Could you send me a VAT receipt? It was a one-off, I'm unlikely to be in that part of the world again, so I'd rather not be signed up for the newsletter reception mentioned. Thanks, Kenji Watanabe"),
    ("a", "2025-10-27 11:45", "Dear Mr Watanabe, your VAT receipt is attached, and we've made sure you're not subscribed to any mailings. Safe travels! Meridale Port Carrick"),
])

h("one_night_stand", "", "neutral", "paraphrase;occasion;agent_cues", "Bazaarly", "chat", [
    ("c", "2025-08-17 10:15", "Hi. At 1:30 this morning, after my cousin's wedding, I apparently bought a karaoke machine with disco lights (order BZ-8820-1173). I'd like to cancel it before it ships. I also seem to have made an account to do it, could you close that too? I won't be needing it, this was very much a one-night thing."),
    ("a", "2025-08-17 10:18", "Haha, I can see the order and it hasn't shipped, so I've cancelled it and the refund is on its way. We'd love to keep you in the Bazaarly family, are you sure you want to close your account?"),
    ("c", "2025-08-17 10:20", "Very sure. Thank you!"),
])

# ================================================================ colleagues (2)

h("colleagues", "basic_exchange", "neutral", "quoted_reply;signature;agent_cues", "Rosterly", "account", [
    ("c", "2025-10-02 09:10", d("""
Hi Sunita,

Following up on your note below. To confirm what we need before we add the fourth clinic in January:

- a payroll export in the format our accountants' software takes (they've sent the spec, attached);
- a separate rota for the hygienists, who work across all four sites;
- one admin login per practice manager, rather than the single login we share now.

We run all three current clinics' rotas and leave on Rosterly, so the sooner the fourth can go live on the same setup the better. Could we have a call next week?

Thanks,
Mohammed Al-Rashid
Operations Manager, Brightsmile Dental Group

On Tuesday, September 30, 2025, Rosterly wrote:
> Hi Mohammed,
> Great to hear about the new clinic! Send me the list of what you'd need for the fourth site and I'll check it with our product team.
> Sunita Varghese, Account Manager
""")),
    ("a", "2025-10-02 14:30", "Hi Mohammed, all three are doable: the payroll export is a standard template, and cross-site rotas and extra admin logins come with the Group plan. We value our partnership with Brightsmile, so I'll hold your current per-seat price. Does Tuesday at 2pm work for a call? Sunita"),
    ("c", "2025-10-02 15:05", "Tuesday 2pm works. I'll bring the practice managers.\nMohammed"),
])

h("colleagues", "", "positive", "signature;signature_cue;occasion;non_native;agent_cues", "Quillstack", "account", [
    ("c", "2025-10-06 11:20", d("""
Dear Ms Fernandes,

Greetings. We are using Quillstack at the three counters of our MG Lane outlet for billing and card payments since 2022 and it is working well for us. For the Diwali rush from 15 October we need one more terminal for a temporary counter. Kindly let us know if a rental terminal is possible for 3 weeks and the charges for the same.

Also please revert on the GST invoice for September, which is not yet received by our accounts team.

Thanks and regards,
Suresh Gowda
Operations Head
Family Bakes Pvt Ltd
"Baked with love since 1987"
""")),
    ("a", "2025-10-06 15:00", "Dear Suresh, yes, a rental terminal is ₹1,200 per week and can be delivered by 13 October. The September GST invoice is attached. We love supporting our family of merchants at festival time! Regards, Anita Fernandes, Merchant Accounts, Quillstack"),
    ("c", "2025-10-06 15:40", "Thank you madam. Please send the rental agreement, we will sign today itself.\nRegards, Suresh"),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes or acronyms, not shouting
ACRONYMS = {"VAT", "MOT", "SIM", "SMS", "GST", "CIS", "ISA", "API", "NWR", "COM", "BPA", "IST",
            "WQE", "NJT", "NIGHTJAR", "TREATS", "CUSTOMER", "RELATIONS", "PIN"}
# the two forms of a quoted-reply header: `On Tuesday, 11 March 2025, Brand wrote:` and
# `On Tuesday, March 11, 2025, Brand wrote:`
HEADER_UK = re.compile(r"^On (\w+), (\d{1,2}) (\w+) (\d{4}), (.+) wrote:$")
HEADER_US = re.compile(r"^On (\w+), (\w+) (\d{1,2}), (\d{4}), (.+) wrote:$")
# warm words an agent's turn must hold for `agent_cues`, and quoted text for `quoted_cue`
WARM = ["love", "loyal", "family", "community", "value", "part of", "partner", "hate to lose",
        "regulars", "home"]
SIGNOFF = re.compile(r"^(Thanks|Thank you|Many thanks|With thanks|Cheers|Regards|Kind regards|"
                     r"Best|Best wishes|Best regards|All the best|Warmly|Yours sincerely|"
                     r"Yours faithfully|With very best wishes|Thanks and regards)[,!.]?$")
# a signature's name line: a few capitalised words ("Connor Whelan", "Margaret Ellery (Mrs)")
NAME_LINE = re.compile(r"^[A-Z][\w'.-]*( (&|[A-Z(][\w'.()-]*)){0,5}$")
TYPO = re.compile(r"\b(cant|ive|dont|im|wont|didnt|its|thats)\b")
# textbook cue words of DOMAIN.md's table; each hit in a customer's own words (quotes removed)
# should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "does the job", "reliable", "no fuss", "suggestion",
            "you could improve", "feedback", "happy to help", "new collection", "just got the latest",
            "so exciting", "this season", "i trust", "always there for me", "telling me first",
            "go-to", "mix it up", "loyalty card", "i expect", "i demand", "unacceptable",
            "platinum", "disrespect", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "guilty pleasure", "don't judge", "my little secret",
            "never heard of", "who are you", "unsolicited", "came across", "stumbled on",
            "first time", "every now and then", "from time to time", "now and then",
            "our community", "fellow users", "together", "for years", "since i was a kid",
            "remember when", "my mom always", "family tradition", "like family", "family",
            "used to love", "not anymore", "gone downhill", "betrayed", "dumped", "hate", "scam",
            "worst company", "boycott", "warn everyone", "can't quit", "keep coming back",
            "just this once", "one-time", "one-off", "impulse", "for work", "our team uses",
            "does what we need", "as usual", "typical", "on hold", "fees again", "fighting with",
            "partner", "always", "again"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def quoted(text):
    return [ln[1:].strip() for ln in text.split("\n") if ln.startswith(">")]


def own_words(text):
    """The customer's text without the quoted reply and its header."""
    lines = text.split("\n")
    return "\n".join(ln for ln in lines
                     if not ln.startswith(">") and not HEADER_UK.match(ln)
                     and not HEADER_US.match(ln))


def check_header(x, ts, text):
    """The quoted reply's header: right weekday for its date, not after the message, the brand."""
    lines = text.split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.startswith(">"))
    assert first > 0, x["brand"]
    head = lines[first - 1]
    m = HEADER_UK.match(head)
    if m:
        wd, day, month, year, who = m.groups()
    else:
        m = HEADER_US.match(head)
        assert m, head
        wd, month, day, year, who = m.groups()
    date = dt.date(int(year), MONTHS.index(month) + 1, int(day))
    assert WEEKDAYS[date.weekday()] == wd, (head, WEEKDAYS[date.weekday()])
    assert date <= dt.date.fromisoformat(ts[:10]), (head, ts)
    assert x["brand"].split()[0] in who, (head, x["brand"])
    # everything after the header is quoted
    assert all(ln.startswith(">") for ln in lines[first:]), x["brand"]
    return date


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    assert x["channel"] in CHANNELS, x["channel"]
    cust = [(ts, t) for r, ts, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for _, t in cust)
    with_quote = [(ts, t) for ts, t in cust if quoted(t)]
    assert ("quoted_reply" in tags) == bool(with_quote), x["brand"]
    for ts, t in with_quote:
        check_header(x, ts, t)
    if "quoted_cue" in tags:
        assert "quoted_reply" in tags, x["brand"]
        assert any(w in q.lower() for _, t in with_quote for q in quoted(t) for w in WARM), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in WARM), x["brand"]
    if "typos" in tags:
        assert TYPO.search(own), x["brand"]
    if "signature" in tags:
        assert any(SIGNOFF.match(ln.strip()) or (i > 2 and NAME_LINE.match(ln.strip()))
                   for _, t in cust
                   for i, ln in enumerate(own_words(t).strip().split("\n"))), x["brand"]
    if "signature_cue" in tags:
        assert "signature" in tags, x["brand"]
    if "admin_cancel" in tags:
        assert re.search(r"\b(cancel|close)\b", own.lower()), x["brand"]
    if x["channel"] in ("chat", "app"):
        assert agent, x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 38
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 5 for c in CHANNELS), chans
        assert sum(1 for x in hists if len(x["msgs"]) == 1) >= 10
        assert sum(1 for x in hists if any(r == "c" and len(t) >= 800 for r, _, t in x["msgs"])) >= 12
        assert sum(1 for x in hists if any(r == "c" and len(t) >= 1200 for r, _, t in x["msgs"])) >= 4
        assert sum(1 for x in hists if "quoted_reply" in x["trap"].split(";")) >= 5
    return assigned, full



def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    hists = [x for _, x in assigned]
    print("channels:", dict(Counter(x["channel"] for x in hists)))
    for n in (800, 1200):
        print(f"customers with a customer message of {n}+ characters:",
              sum(1 for x in hists if any(r == "c" and len(t) >= n for r, _, t in x["msgs"])))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
