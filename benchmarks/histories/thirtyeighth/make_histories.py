#!/usr/bin/env python3
"""Invented training histories zb001..zb080 for relradar (thirtyeighth set).

Genre: health-adjacent consumer services (pharmacies and online pharmacies, opticians and
eyewear shops, dental chains and practices, vets, gyms and leisure centres, health and pet
insurers, hearing-aid centres, contact-lens subscriptions, a physio clinic), 1 to 5 messages
per customer, on four channels:
  portal  patient- or member-portal messages (a "Subject:" line, staff replies);
  email   e-mails with sign-offs, "-- " signature blocks and quoted replies ("On ... wrote:"
          followed by "> " lines);
  review  review-site posts opening with a star rating, later "Update:" edits, and the
          practice or store manager's reply as the agent turn;
  call    phone calls written up by staff as notes ("Phone note (...)"), the caller's words
          reported or quoted, with "Staff note:" follow-ups as the agent turn.
The relationship is told in paraphrase, in customers' ordinary words; the undetermined
customers (25) are routine questions, one-off complaints and thank-yous, mixed reviews, a bug
report, an employee and a third party, with other types' cue words in passing. All texts,
names, brands, policy numbers, addresses (example.com) and phone numbers (Ofcom drama ranges)
are invented. Each history is written under its intended label; ids are assigned by a seeded
shuffle (seed 3838) of the harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "zb"
SEED = 3838
TRAPS = TRAPS | {
    "update_edit"}      # a review edited later ("Update: ..."), the tie or the tone changing

CHANNELS = ("portal", "email", "review", "call")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question", "Kestrel Pharmacy", "portal", [
    ("c", "2025-02-10 08:14", "Subject: Repeat prescription – when will it be ready?\nHi, I put in my repeat request for sertraline 100mg and omeprazole on Monday through the portal. The status still says 'Awaiting GP'. Is there anything I need to do my end or is it just sitting with the surgery? I'm away from the 14th so I need it before then. Thanks, Dev Raman"),
    ("a", "2025-02-10 11:32", "Hi Dev, it's still with the surgery for signing. We chased it this morning and will text you as soon as it's ready to collect. Anya (dispenser), Kestrel Pharmacy Holloway Lane"),
    ("c", "2025-02-11 16:05", "Got the text and picked it up at lunch. Thanks for chasing."),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps", "Brightbite Dental Group", "review", [
    ("c", "2025-03-07 19:40", "★☆☆☆☆ Absolutely APPALLING morning. Booked a hygienist slot for 9:10, sat in the waiting room until 10:05, then was told the hygienist had 'gone home unwell' and that I'd still be charged the late-cancellation fee because the system had me down as checked in. So I was billed £35 for THEIR cancellation. I took a morning's leave for this and came away with nothing but a parking ticket."),
    ("a", "2025-03-10 09:15", "Dear Ms Calder, I'm very sorry about Thursday. The fee should never have been applied and has been refunded to your card, and we've sent you a form to reclaim the parking charge. I'd be glad to book you in at a time that suits you. Helen Barr, Practice Manager, Brightbite Dental Group – Fenwick Road"),
])

h("undetermined", "", "positive", "single_thanks;signature", "Pawsworth Vets", "email", [
    ("c", "2024-11-18 09:02", "Subject: Thank you – Biscuit (Saturday night)\n\nDear Dr Haleem and the out-of-hours team,\n\nJust a short note to say thank you for Saturday. Biscuit is home, eating, and very pleased with himself despite the shaved belly and the cone. The nurse who rang me at 2am with an update turned a horrible night into a bearable one, and the surgeon explained the X-rays in a way I actually understood.\n\nThe sock has been framed. (Not really.)\n\nWith thanks,\nRuth\n\n-- \nRuth Penhale\n07700 900412"),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;other_type_cue", "Framewell Optical", "review", [
    ("c", "2025-04-22 13:10", "★★★☆☆ The 'Forever Flex' frames really are as tough as the poster says: my 9-year-old has sat on his twice and they sprang straight back. The eye test was thorough and the optometrist explained his astigmatism to him like he was a grown-up, which he loved. Less good: the lenses took three and a half weeks instead of the 7–10 days quoted, nobody rang to say they were late, and the 'second pair free' offer turned out not to cover his prescription. Clinical side great, admin side sloppy."),
    ("a", "2025-04-24 10:00", "Thank you for such a balanced review. You're right that we should have called about the delay; our lab had a backlog in April and we've changed how we track late orders. Please pop in and ask for me about the second-pair offer. Gareth Ellis, Store Manager"),
])

h("undetermined", "", "neutral", "routine_question", "Haventree Health Cover", "call", [
    ("c", "2025-01-15 10:42", "Phone note (claims line): Mr Tobias Renn called asking whether a course of six physio sessions needs pre-authorisation or whether he can pay and claim afterwards. Also asked whether the £100 excess applies per session or per claim, and whether his GP's referral letter is enough or he needs one from a consultant."),
    ("a", "2025-01-15 10:55", "Staff note: advised pre-authorisation is needed before the first session; the excess is once per policy year; a GP referral is fine. Form PA-2 e-mailed to t.renn@example.com. Ref HC-55810."),
    ("c", "2025-01-22 14:30", "Phone note (claims line): Mr Renn called back to check the form had arrived and to ask how long authorisation usually takes. Told 2–3 working days."),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;other_type_cue", "PillPost", "review", [
    ("c", "2025-05-02 21:47", "★☆☆☆☆ Love that my 'next day' inhaler turned up on day six 🙃 Very reassuring for an asthmatic in hay-fever season. Tracking said 'out for delivery' four mornings running. Brilliant stuff, really."),
    ("a", "2025-05-05 09:20", "We're sorry your order was delayed. The courier had a depot fault in your area that week, and we've refunded your delivery charge. PillPost Customer Care"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;occasion", "IronMeadow Gym", "review", [
    ("c", "2024-08-03 17:25", "★★★★★ Trained here on Saturday while staying with my sister. Proper squat racks, chalk allowed, plates that aren't all odd sizes, and the 'Family Zone' upstairs kept my niece busy on the kids' climbing wall while we lifted. The old wooden rowing machines are weirdly addictive. Hot showers, friendly desk. Great spot."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;agent_cues", "LensLoop", "portal", [
    ("c", "2025-06-11 20:03", "Subject: loyalty points question\nHi, my account says I've got 340 points under 'Loyalty rewards'. Do they expire at the end of the year? And can I spend them on solution and eye drops or only on lenses? Thanks, Imogen (order LL-20931)"),
    ("a", "2025-06-12 09:41", "Hi Imogen, Loyalty rewards points last 24 months from the date you earn them and can be used on anything in the shop, solution and drops included. They show as a discount at checkout. Sam, LensLoop Support"),
])

h("undetermined", "", "negative", "strong_words;single_incident;typos", "Tailwise Animal Hospital", "review", [
    ("c", "2024-12-29 23:12", "★☆☆☆☆ disgusting way to treat a terrified owner. my cat was hit by a car on boxing day, i rang ahead so they knew we were coming, and when i got there the receptionist wanted a £400 deposit before anyone would even look at her. i get that you have bills to pay but i was stood there with a bleeding animal wrapped in a towel. nobody offered me a chair. didnt even get her name. Pepper is ok now and the vet herself was kind, but that front desk should be ashamed"),
])

h("undetermined", "", "mixed", "mixed_aspects;quoted_reply;signature", "Oakvale Health Insurance", "email", [
    ("c", "2025-02-03 12:20", "Subject: Claim OV-310552 – consultant's fee\n\nHello,\n\nI had an MRI and a consultation at the Elmbridge Clinic on 14 January (pre-authorised, ref PA-88213). The MRI has been paid in full, but the consultant's fee has only been paid at £150 of £240. Could you explain why?\n\nThanks,\nNadia Hollis\n\n-- \nNadia Hollis\nPolicy OV-4410297"),
    ("a", "2025-02-05 15:02", "Dear Ms Hollis, thank you for contacting Oakvale. Your policy includes a benefit maximum of £150 for an initial outpatient consultation, as shown in section 4.2 of your policy schedule. The remaining £90 is payable by you to the clinic. Kind regards, Oakvale Claims"),
    ("c", "2025-02-05 18:47", "Hello again,\n\nThanks for the quick reply, and to be fair the MRI was authorised and paid in under a week, which was genuinely impressive. But nobody mentioned a £150 limit when I rang for pre-authorisation, and the clinic was on your own recommended list. I'd have asked for a different consultant if I'd known. I'll pay the £90, but please pass this on to whoever does the pre-authorisation calls.\n\nNadia\n\nOn 5 Feb 2025, Oakvale Claims wrote:\n> Your policy includes a benefit maximum of £150 for an initial outpatient consultation,\n> as shown in section 4.2 of your policy schedule. The remaining £90 is payable by you to the clinic."),
    ("a", "2025-02-07 09:30", "Dear Ms Hollis, thank you. I have passed your comments to our pre-authorisation team lead. Oakvale Claims"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Soundhaven Hearing Centres", "portal", [
    ("c", "2025-07-08 11:26", "Subject: Re: replacement domes\nThe new domes came this morning and the whistling has stopped 🎉 Thank you Chloe for getting them out so fast."),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Hollyhock Chemists", "call", [
    ("c", "2025-03-19 15:20", "Phone note (dispensary): Caller said she is the neighbour of Mr Albert Fenn and wanted to know whether his blister packs were ready, as he's in hospital and she's feeding his cat and could collect them. Explained we can't discuss his prescriptions without his consent or a nominated representative. She said that's fair and she'd ask his daughter to ring us."),
])

h("undetermined", "", "negative", "bug_report;symptom;other_type_cue", "Bluemarrow Health", "portal", [
    ("c", "2025-09-04 21:15", "Subject: App keeps logging me out in Claims\nEvery time I tap into the Claims section of the Bluemarrow app it throws me straight back to the login screen. I've reinstalled it, cleared the cache and tried it on my partner's phone with my login: same thing. I need to upload a receipt before the 30-day limit on Friday. Android 14, app version 5.2.1."),
    ("a", "2025-09-05 10:12", "Thanks for the detail. This is a known fault in 5.2.1 that we're fixing this week. In the meantime you can upload receipts at members.bluemarrow.example.com, and we've noted your claim so the 30-day limit won't count against you. Bluemarrow Digital Support"),
])

h("undetermined", "", "mixed", "mixed_aspects;competitor", "Specsfield", "review", [
    ("c", "2024-10-12 12:55", "★★★☆☆ A bit cheaper than Nettlebrook for the same varifocals. The optometrist was excellent: she spotted a change at the back of my left eye, explained it calmly and had me referred the same afternoon, which I'm genuinely grateful for. The dispensing side was chaos though. Wrong frame colour ordered, a two-week wait for the replacement, and I was charged for an anti-glare coating I'd said I didn't want. Eyes: five stars. Shop: one."),
])

h("undetermined", "", "positive", "strong_words;caps;single_thanks", "Pearlstone Dental", "review", [
    ("c", "2025-01-28 17:44", "★★★★★ I have been TERRIFIED of dentists my entire adult life and Dr Mensah was incredible. She explained every step before doing it, stopped every time I lifted my hand, and the filling didn't hurt at all. I nearly cried in the chair, in a good way. Best dental appointment I've ever had, by a mile."),
    ("a", "2025-01-29 12:00", "Thank you for taking the time to write this. We've passed it on to Dr Mensah, who was delighted. Priya Shah, Practice Manager"),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;other_type_cue", "Iris Row Eyecare", "review", [
    ("c", "2025-05-16 18:30", "★★★★★ Picked up my very first pair of glasses today at 41 and I'm obsessed. I can see individual leaves on the trees outside the bus! The dispenser spent ages getting the bridge to sit right. Cannot recommend Iris Row enough – you've got a customer for life."),
])

h("undetermined", "", "negative", "sarcasm;single_incident", "GritBox Gyms", "call", [
    ("c", "2025-04-01 17:05", "Phone note (membership): Ms Dana Okoro rang because her April fee was taken twice. Her words: 'Fantastic, so I'm paying double to look at a treadmill with an out-of-order sign on it.' Wants the duplicate refunded and an e-mail confirming it."),
    ("a", "2025-04-01 17:18", "Staff note: duplicate £24.99 refund raised, 3–5 working days, confirmation sent to the e-mail on file. Ref GB-7741."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;product_attribute;signature", "Corra Pet Insurance", "email", [
    ("c", "2025-08-26 19:12", "Subject: Adding a second cat to our Family Plan\n\nHello,\n\nWe adopted a second cat last week (Miso, 14 weeks, microchipped and first vaccinations done). Can she be added to our existing Family Plan, policy CP-300412, or does she need her own policy? Does the 14-day exclusion period run from the date she's added? And do you need a copy of her vaccination card?\n\nThanks,\nOwen\n\n-- \nOwen Achterberg\nSent from my phone"),
])

h("undetermined", "", "mixed", "mixed_aspects;negation", "Pulsehouse Fitness", "review", [
    ("c", "2025-03-02 08:50", "★★★☆☆ Not a bad gym, not a great one. The classes are genuinely good (Tuesday HIIT with Marco is brutal in the best way), but the changing rooms are grim by 7pm, two of the four showers ran cold all last week, and class booking opens at midnight so anything popular is full by 12:03. I don't hate it. I just wish the basics were as good as the instructors."),
])

h("undetermined", "", "positive", "single_thanks;agent_cues", "Whiskerby Vets", "review", [
    ("c", "2024-09-14 15:33", "★★★★★ Took our elderly rabbit Pudding in for a dental. Quick, gentle, and the vet rang the next morning to check she was eating. The bill was exactly what we'd been quoted. Thank you."),
    ("a", "2024-09-16 09:05", "Thank you so much! Pudding is a very special girl and we loved meeting her. Give her a carrot from all of us. The Whiskerby team"),
])

h("undetermined", "", "negative", "single_incident;hashtag;caps", "Quillon Pharmacy", "review", [
    ("c", "2024-10-21 13:16", "★★☆☆☆ Queued 25 minutes for a flu jab I had BOOKED online, only to be told the pharmacist 'doesn't do walk-ins today'. I wasn't a walk-in. Showed the confirmation e-mail on my phone and got a shrug. Went back on Friday with the same booking and it took four minutes, so two stars for the jab itself. #fixyourbookingsystem"),
])

h("undetermined", "", "neutral", "routine_question;for_work_occasion", "Molar & Co Dental", "portal", [
    ("c", "2025-05-20 07:58", "Subject: Moving my check-up\nHello, I need to move my check-up on 3 June (Dr Patel, 08:40) as I'm on a training course for work that week. Any morning the following week would be fine. Thanks, Harriet Lowe"),
    ("a", "2025-05-20 10:14", "Hi Harriet, we've moved you to Tuesday 10 June at 08:40 with Dr Patel. You'll get a reminder text two days before. Reception, Molar & Co Dental"),
    ("c", "2025-05-20 10:31", "Perfect, thank you."),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom", "IrisDrop Lenses", "review", [
    ("c", "2025-02-17 22:05", "★★★☆☆ The monthly lenses are comfortable for about ten hours, then my eyes go gritty every single evening whatever solution I use. Delivery is quick, the price is fine, and the reorder reminder is handy. Could well be my eyes rather than the lenses, so three stars until I've asked my optician."),
])

h("undetermined", "", "positive", "idiom;single_thanks", "Hushwell Hearing", "email", [
    ("c", "2025-06-28 10:40", "Subject: Thursday's adjustment\n\nHi Lena,\n\nI could kiss you. Last night was the first evening at the pub in years where I could follow the whole conversation at our table, not just the person next to me. My wife says I've stopped shouting at the telly. Thank you for sticking with the settings on Thursday when I was being a grump about it.\n\nBest,\nGraham"),
])

h("undetermined", "", "negative", "employee", "Tidewater Leisure", "review", [
    ("c", "2025-07-30 23:40", "★☆☆☆☆ Writing this as someone who works front desk at one of the Tidewater sites, not a member. Since the new area manager started we've been told to push the annual contract on everyone who walks in, including pensioners who only want a swim twice a week, and we get written up if our 'conversion rate' drops. Two lifeguards left last month and haven't been replaced, so the deep end closes at random. Members take it out on us, and honestly I don't blame them."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;quoted_reply;signature", "Sentrix Medical Plans", "email", [
    ("c", "2024-09-02 09:15", "Subject: Claim SM-88120 – resubmitted (again)\n\nHello,\n\nAttached, for what I believe is the third time, is Dr Varga's invoice for my knee injection in July. Each time I send it, it vanishes, and a month later a letter arrives saying the claim is 'incomplete'. I have the sent e-mails with the attachment. This time I'd like someone to confirm in writing that it has arrived.\n\nRegards,\nMarion Keane\n\n-- \nMarion Keane\nMember no. 4471-092"),
    ("a", "2024-09-05 14:20", "Dear Mrs Keane, thank you for your email. Your claim is now under review. Please allow 10 working days for a decision. Sentrix Claims Team"),
    ("c", "2024-10-14 08:52", "Hello,\n\nThe ten working days came and went in September. Now I have a letter asking for 'the original invoice'. It is the same invoice. It was the same story in May with my scan, and last winter with the physio. I've stopped expecting any claim with you to go through at the first attempt – I just set aside an afternoon for each one now – but I will keep sending it until it's paid.\n\nMarion\n\nOn 5 Sep 2024, Sentrix Claims Team wrote:\n> Dear Mrs Keane, thank you for your email. Your claim is now under review.\n> Please allow 10 working days for a decision."),
    ("a", "2024-10-16 11:05", "Dear Mrs Keane, we apologise for the delay. Claim SM-88120 has been approved and £310 will be paid to your nominated account within 5 working days. Sentrix Claims Team"),
    ("c", "2024-10-23 19:30", "Payment arrived, thank you. Until the next one.\n\nMarion"),
])

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint;competitor;other_type_cue", "Marram Pharmacy", "call", [
    ("c", "2025-01-06 12:10", "Phone note (dispensary): Mr Kofi Asante rang. His repeat was 28 amlodipine short. He said: 'Every month it's something with you lot. I've got ring Marram written on the calendar for the 3rd, right next to bin day.' Asked us to make up the balance for collection tomorrow."),
    ("a", "2025-01-06 12:25", "Staff note: balance of 28 amlodipine ordered, ready after 2pm 07/01. Apologised."),
    ("c", "2025-03-04 16:40", "Phone note (dispensary): Mr Asante rang, this time the lisinopril was missing from his bag entirely. Calm about it – 'I know the drill by now, love' – and said he's been on our books nine years and would rather ring us every month than traipse into town to another chemist, but asked that someone finally checks the bag against the list before it's sealed."),
])

h("adversaries", "", "negative", "paraphrase;negation", "Northlift Gym", "portal", [
    ("c", "2025-04-03 07:12", "Subject: Membership freeze – fourth request\nI have now sent your freeze form four times since January (screenshots attached). Each month the direct debit goes out regardless and I spend the next fortnight getting it back. I'm not cancelling – you're round the corner and the racks are good – but I'm tired of budgeting for a refund fight every month along with the fee."),
    ("a", "2025-04-04 13:00", "Hi Ryan, sorry for the trouble. I've applied the freeze manually for April to June and refunded April's payment. Joe, Northlift Gym"),
    ("c", "2025-07-02 07:45", "Subject: Re: Membership freeze\nFreeze ended, and of course July has gone out at the old peak rate instead of the off-peak one I moved to in March. Round five, then. Please correct it and refund the £11 difference."),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;update_edit;tenure_for_complaint", "Bramblecover Pet Insurance", "review", [
    ("c", "2025-02-26 20:15", "★★☆☆☆ Every renewal with Bramblecover is the same dance. The premium leaps, I ring, I listen to forty minutes of pan pipes, I say I'm off, and somebody suddenly 'finds' a discount. Four Marches of this now. Claims for Ollie's allergies do get paid in the end, after the obligatory 'we need more information from your vet' round. Two stars because I've learnt to budget for the fight."),
    ("a", "2025-02-28 10:00", "We're sorry to hear renewal has been frustrating. We value every member, and our renewal team will review your premium. Bramblecover Customer Relations Team"),
    ("c", "2025-03-14 21:02", "Update: renewal call done. 52 minutes waiting this year, a personal best, and the premium is back to roughly last year's. See you next March, Bramblecover."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words", "Earwise Hearing", "review", [
    ("c", "2025-05-09 16:50", "★☆☆☆☆ Went in for their 'free hearing check' at the retail park. Came out ninety minutes later having been told my hearing was 'dangerously poor' and pressured to sign a £4,200 finance agreement on the spot, with a 'today only' price. My GP referral to the hospital audiology clinic found mild loss in one ear and no need for aids yet. This outfit preys on pensioners who don't know better. Don't set foot in the place, and tell your parents the same."),
    ("a", "2025-05-12 09:30", "We're sorry you felt pressured. Our audiologists follow professional guidelines and no customer is obliged to purchase. Please contact our Customer Relations Manager on 0808 157 0114 so we can look into your visit. Earwise Hearing"),
])

h("enemies", "adversaries", "negative", "paraphrase;quoted_reply;signature", "Vantix Gyms", "email", [
    ("c", "2025-01-08 18:20", "Subject: Cancellation – membership VX-66120\n\nHi,\n\nPlease cancel my membership. I moved to Leeds in November. I've sent the form, I've been to the desk at Harlow, and I've sent this same e-mail twice before.\n\nThanks,\nAbi Thornton\n\n-- \nAbi Thornton\n07700 900877"),
    ("a", "2025-01-13 12:00", "Hi Abi, cancellations must be made in person at your home club with 30 days' notice. Kind regards, Vantix Member Services"),
    ("c", "2025-01-13 20:41", "Eleven weeks, three e-mails and a 200-mile round trip, and the answer is still 'come in person'. So here's what happens instead: my bank has stopped the direct debit, I've reported you to Trading Standards, and the whole saga is on every local group I'm in, screenshots and all, so nobody else walks into this trap. I'd rather run in the rain for the rest of my life than give Vantix another penny.\n\nAbi\n\nOn 13 Jan 2025, Vantix Member Services wrote:\n> Hi Abi, cancellations must be made in person at your home club with 30 days' notice."),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Fernhollow Health", "call", [
    ("c", "2025-06-17 11:15", "Phone note (complaints): Mr Idris Vale, very angry, about the declined claim for his daughter's tonsillectomy. Said the decline was 'daylight robbery hiding in paragraph 14', that Fernhollow is a racket that takes families' money and then hunts for reasons not to pay, and that he'll go without cover altogether before he renews. He is sending the whole file to his MP and a consumer programme and wants our final response in writing so he can take it to the Ombudsman."),
    ("a", "2025-06-17 11:40", "Staff note: complaint logged C-20931, final response letter to be issued within 8 weeks. Ombudsman leaflet sent."),
])

h("enemies", "", "negative", "paraphrase;update_edit;strong_words", "DoseDirect", "review", [
    ("c", "2025-03-21 09:40", "★☆☆☆☆ They swapped my epilepsy tablets to a different manufacturer without a word – no note in the box, no text, nothing. For most medicines that's fine. For mine it isn't, and I had two breakthrough seizures before I worked out why. When I rang, the person on the phone said 'they're the same medicine' and put me on hold."),
    ("c", "2025-04-30 18:12", "Update: I moved my prescriptions to a local pharmacy in March, and DoseDirect have now texted me offering 15% off if I 'come back'. No. If you have a condition where the make of tablet matters, go anywhere but here. I'm telling my epilepsy support group the same."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;other_type_cue", "Hedgerow Veterinary", "review", [
    ("c", "2025-02-12 21:30", "★★☆☆☆ We took every animal we've had to Hedgerow for fourteen years – three dogs, a parade of guinea pigs, and a cat who hated everyone except old Mr Lowther. Since the group bought the practice last year we never see the same vet twice, a routine booster has nearly doubled in price, and nobody knows our names any more. I moved Juno's records to the independent in Ashby last week and had a cry in the car park afterwards. It was a lovely practice. It isn't now."),
    ("a", "2025-02-14 11:20", "We're very sorry to lose you after so many years. You've been part of the Hedgerow family for a long time and we'd welcome the chance to talk. Clinical Director, Hedgerow Veterinary"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;signature", "Greenwick Dispensary", "email", [
    ("c", "2024-11-05 10:05", "Subject: Changing my nomination\n\nDear Mr Okafor,\n\nI've had my prescriptions from Greenwick since you were in the old post office building, right through my husband's chemotherapy and my own diabetes. You were the reason I never minded living this far out, so it hurts to write this. Last month I was told off in front of a full queue for 'not ordering in time', and this month my insulin has been out of stock for the third week running. Is this what thirteen years of custom earns? I've asked the surgery to send my prescriptions to the pharmacy in Market Street from December.\n\nYours sincerely,\nMaureen Gill\n\n-- \nMaureen Gill\n14 Orchard Rise"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;quoted_reply;signature;agent_cues", "Haventree Health Cover", "email", [
    ("c", "2025-03-03 08:30", "Subject: Renewal – policy HT-1193307\n\nHello,\n\nMy renewal has arrived at £212 a month, up from £154. I've been with Haventree since 2006 and claimed once, last spring, for a cataract. Could you explain the increase?\n\nGeorge Pell\n\n-- \nGeorge Pell\nHT-1193307"),
    ("a", "2025-03-05 16:10", "Dear Mr Pell, premiums reflect age, medical inflation and claims history. We value our long-standing customers and your premium has been calculated fairly. Haventree Renewals"),
    ("c", "2025-03-05 19:55", "Dear Renewals,\n\nI checked your own website this evening. A new customer of my age, same postcode, same cover, is quoted £151. So nineteen years of paying in and one claim have earned me a £61-a-month penalty. I've sent my brother and half my golf club your way over the years. I won't be renewing, and I'm sorry it ends like this.\n\nGeorge\n\nOn 5 Mar 2025, Haventree Renewals wrote:\n> We value our long-standing customers and your premium has been calculated fairly."),
])

h("ex_friends", "", "negative", "paraphrase;evolving;update_edit", "Spinwell Studio", "review", [
    ("c", "2024-04-10 22:10", "★★★★★ This little studio got me through a rotten winter. Thursday 7pm with Kezia is the best 45 minutes of my week: dark room, ridiculous playlist, everyone whooping. I've dragged three friends along."),
    ("c", "2024-11-20 21:40", "Update: dropping to three stars. Since the new owners came in, Kezia's gone, the Thursday class has been cut, and the bikes in the back row squeak like they're dying. Prices went up the same month."),
    ("c", "2025-03-02 20:05", "Update: one star. Cancelled today. Thursday nights were the highlight of my week for a long time and I'm genuinely sad, but the place I was so fond of closed when Kezia left, whatever the sign outside says."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;idiom;agent_cues", "Lumen & Lark Opticians", "review", [
    ("c", "2025-04-04 14:00", "★★★★★ Twenty-two years, four prescriptions, one laser consultation I chickened out of, and I've never once been tempted anywhere else. My kids say I'd sooner swap husbands than opticians. Debbie on the desk knows my frame size before I've sat down. When they opened the shiny new branch nearer me I kept driving the extra twenty minutes to the old one. They're stuck with me until my eyes give out, and I wouldn't have it any other way."),
    ("a", "2025-04-07 09:30", "Thank you for your loyalty over all these years, it means the world to the whole team. Debbie says hello! Lumen & Lark, Castle Street"),
])

h("marriage_partners", "", "positive", "paraphrase;negation;other_type_cue", "LensLoop", "portal", [
    ("c", "2025-01-19 09:20", "Subject: Just renewed\nAuto-renew went through this morning and I wanted to say: you're the one subscription I'll never cancel, whatever else I trim. Six years, not one late box, and the time you couriered a pair to my hotel in Lisbon after mine went down the sink, I told complete strangers about it. Everyone at work gets their lenses from you now because I wouldn't shut up. Please never change."),
])

h("marriage_partners", "", "positive", "paraphrase;signature;agent_cues", "Furrow & Field Vets", "email", [
    ("c", "2024-12-02 08:40", "Subject: Thank you from the Ashdown household\n\nDear everyone at Furrow & Field,\n\nAs the year ends I wanted to put in writing what I say to anyone who'll listen: for as long as we have animals, and I hope that's a very long time, they will be yours. Nine years, two dogs, a horse and a tortoise who will probably outlive us all, and I've never once wanted to take them anywhere else. When we moved house in the spring we made sure we stayed inside your area. That's how much we think of you.\n\nHappy Christmas,\nClare Ashdown\n\n-- \nClare Ashdown\nBeech Farm Cottage"),
    ("a", "2024-12-03 10:15", "Dear Clare, what a lovely e-mail to open on a Monday. It's been a privilege looking after your crew. Merry Christmas from the whole team, Furrow & Field Vets"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom", "Auralis Hearing", "call", [
    ("c", "2025-08-12 10:05", "Phone note (reception): Mrs Beatrice Quill rang to book her annual hearing check with Tom. Asked us to tell him that when her friend tried to get her to try the new centre in the precinct she said 'no thank you, I'm spoken for.' Said she's had every aid since 2011 from us and means to have every one after from us too, and she's told her daughter that if she ever goes deaf she's to come here as well."),
    ("a", "2025-08-12 10:12", "Staff note: booked 02/09 10:30 with Tom. Passed on the message (he laughed)."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature;caps", "Oakvale Health Insurance", "email", [
    ("c", "2025-05-27 13:02", "Subject: Complaint – Premier Plus policy OV-9912004\n\nTo whom it may concern,\n\nI pay a little over £430 a month for Premier Plus precisely so that I do not have to queue with everybody else. My assistant has now called twice and been given a ticket number and a 'five working days' line, as though I were on your basic plan. That is NOT the service I am paying for. I want a named account manager who rings me, not my assistant, by close of business today, and I would like to know which of your staff decided a ticket number was a suitable answer.\n\nR. Aldous-Harte\n\n-- \nRichard Aldous-Harte\nAldous-Harte Property Ltd"),
])

h("master_slave", "", "negative", "paraphrase", "Smilecraft Clinics", "review", [
    ("c", "2025-02-08 17:30", "★★☆☆☆ I'm on Smilecraft's top 'Signature' plan, which costs more than my car insurance, and yesterday I was left for twelve minutes in the general waiting area and then greeted by the hygienist as 'hun'. My usual coffee wasn't offered. Small things, you may say. At this price the small things are the entire point. I shouldn't have to remind anyone who I am when I walk in."),
    ("a", "2025-02-10 10:00", "Thank you for letting us know. I've spoken to the team about the Signature welcome and would like to call you personally. Nadine Ross, Practice Manager, Smilecraft Clinics Harbourside"),
])

h("master_slave", "", "negative", "paraphrase", "Aurelian Club", "portal", [
    ("c", "2024-10-15 06:40", "Subject: Towels, again\nI've raised the towel situation with your general manager twice. On an annual Black membership I should not be asking for a towel at the desk like a day visitor. I'd like it dealt with before Thursday, and I'd rather not have to discuss it with reception."),
    ("a", "2024-10-15 09:20", "Good morning Mr Lindqvist, apologies. Your towels will be in your locker from tomorrow. Jonas, General Manager"),
    ("c", "2024-10-15 09:48", "Fine. And the window locker is to be kept for me, as we agreed in January. I found someone else's bag in it on Monday. I don't intend to have to mention it a third time."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;competitor", "PillPost", "review", [
    ("c", "2025-06-30 19:05", "★★★★☆ Three years of getting my levothyroxine and the pill from these. A couple of quid cheaper per item than the chemist on my road, turns up in two days, and the app nudges me when it's time to reorder. That's honestly all I want from a pharmacy. One star off for the ridiculous amount of cardboard round two small boxes."),
])

h("basic_exchange", "", "positive", "paraphrase;other_type_cue;negation", "GritBox Gyms", "call", [
    ("c", "2025-02-14 18:30", "Phone note (membership): Mr Lee Sorensen rang to switch from monthly to annual. Said: 'It's seventeen quid, the kit works, you're open at five, and I'm in and out in forty minutes. I don't need a smoothie bar or a community, I need the racks to be free.' Asked whether annual works out cheaper over the year."),
    ("a", "2025-02-14 18:36", "Staff note: confirmed annual is £179 against £204 paid monthly. Switched, starts 01/03."),
])

h("basic_exchange", "buddies", "positive", "paraphrase;competitor;signature", "Dailyeye Club", "email", [
    ("c", "2025-09-09 12:15", "Subject: Renewal – account DE-55021\n\nHi,\n\nHappy to roll on for another year as long as the price stays where it is. I tried getting the same dailies from my optician and they were £9 a month more, and you've been fine: boxes arrive on time, no faff. If it goes up I'll shop around again, no hard feelings.\n\nCheers,\nMo\n\n-- \nMohammed Iqbal"),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;agent_cues", "Wrenfield Chemist", "review", [
    ("c", "2024-07-22 11:45", "★★★★★ I was brought in here covered in chickenpox in 1978 and old Mr Wrenfield gave me a barley sugar from the jar behind the counter. The jar's long gone and his granddaughter runs the place now, but it still smells the same, the bell over the door still sticks, and they still ask after my mum by name. Forty-odd years of prescriptions across this counter. Something about walking in there settles me."),
    ("a", "2024-07-23 09:00", "This made our week! Grandad would have loved this. There will always be a barley sugar here for you. Sophie Wrenfield"),
])

h("old_friends", "", "positive", "paraphrase", "Harrowgate Dental Care", "portal", [
    ("c", "2025-03-12 16:20", "Subject: Dr Fairbairn retiring\nI've just seen the letter about Dr Fairbairn retiring. I had my first filling in his chair at twelve and I'm fifty-one now. I still remember the fish tank with the one grumpy angelfish, and him letting me press the button that tipped the chair back. Please pass on a thank-you from me. It won't be quite the same walking in without him, but I'm glad the practice carries on."),
])

h("old_friends", "", "positive", "paraphrase;mixed_aspects", "IronMeadow Gym", "review", [
    ("c", "2025-10-05 09:10", "★★★★★ I've been lifting at IronMeadow since it was a tin shed behind the tyre place with one heater and a radio stuck on the same rock station. The new building has proper air con and a café (the coffee's rubbish, sorry Dave), but the same faces nod at you at 6am and Dave still bellows 'one more' from across the room. Walking in feels like putting on an old jumper."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Nettlebrook Opticians", "portal", [
    ("c", "2025-08-04 19:30", "Subject: New patient – eye test\nHi, I've just moved to the area and found you on the map on my phone. I've not been to you before and haven't had an eye test in about three years (I wear dailies). Could I book one for a Saturday morning? Do I need to bring my old prescription? Thanks, Callum Bright"),
    ("a", "2025-08-05 09:00", "Hi Callum, welcome! We have Saturday 16 August at 9:20. Bring your current lenses' box or prescription if you have it. Nettlebrook Opticians"),
])

h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase", "Contactly", "review", [
    ("c", "2025-04-18 13:20", "★★★★☆ Ordered the £1 trial pack just to see what the fuss was about. The lenses are fine, the box came in two days, and cancelling before it rolled into a paid subscription took one click, which I appreciate more than I can say. Might sign up properly after my next eye test. Haven't decided yet."),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase", "Kinetic Path Physio", "call", [
    ("c", "2025-09-22 14:00", "Phone note (reception): New caller, Mrs Priya Dhar, not registered with us before. Saw our leaflet in the library. Wants a single assessment for her right shoulder to 'see how we get on' before she commits to any block of sessions. Asked about the price and parking."),
    ("a", "2025-09-22 14:08", "Staff note: assessment booked 29/09 11:00 with Jon, £55, parking details texted."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;signature", "Bluemarrow Health", "email", [
    ("c", "2025-07-14 21:10", "Subject: Renewal (yes, again)\n\nHi,\n\nI honestly don't know why I keep doing this to myself. The cover itself is brilliant: when my husband needed his hip done you were fantastic, and the physio you paid for gave him his walks back. And yet every single admin contact makes me want to hurl my phone into the sea – the app, the letters, the 'please resend' e-mails. I renewed again on Tuesday, swearing the whole way through the form. Please, for the sake of my blood pressure, sort the admin out.\n\nDiane\n\n-- \nDiane Whitcombe\nMember BM-207716"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;typos", "Cobalt Climbing & Fitness", "review", [
    ("c", "2025-01-11 22:30", "★★★☆☆ my relationship with this wall is not healthy. the setting is the best in the county and im there four nights a week. ive also stormed out swearing im done more times than i can count – the booking system eats my slot, the showers are off again, the fans are broken all summer. then they put up a new set and im back on monday like nothing happened. maddening place. cant stay away from it."),
])

h("love_hate", "", "mixed", "paraphrase;other_type_cue", "Gleamwell Dental", "call", [
    ("c", "2024-11-04 09:30", "Phone note (reception): Mr Ade Bankole rang about the third reschedule this autumn (ours, not his – Dr Roos's list was double-booked). Not happy. Said we're 'the most disorganised practice in the county' and that he's lost two half-days' pay to us this year."),
    ("a", "2024-11-04 09:40", "Staff note: rebooked 18/11 08:00, first slot of the day. Apologised."),
    ("c", "2024-11-18 08:55", "Phone note (reception): Mr Bankole rang from the car park to say he's running five minutes late. Laughing, said: 'I keep threatening to leave you lot and I never will, because Dr Roos is the only dentist who's ever got me through a root canal without a panic attack. Don't tell her I said that. And don't tell the front desk I said the other thing either.'"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;signature;quoted_reply", "Hushwell Hearing", "email", [
    ("c", "2025-03-03 19:00", "Subject: A few thoughts on the Hushwell Connect app\n\nHello,\n\nEight months in with the app and the aids, and I thought it might be more use to send you notes from real life than to grumble at my audiologist:\n\n1. The 'restaurant' preset is excellent, but I'd like to save my own version of it under a name – I use a slightly different one for the church hall.\n2. Battery percentage on the lock-screen widget would save me opening the app ten times a day.\n3. The volume slider is too small for anyone with arthritic fingers, which is a fair few of your customers.\n\nIf you ever want people to try early versions, I'm retired, patient and reasonably good at writing down what went wrong.\n\nBest wishes,\nKeith Mallory\n\n-- \nKeith Mallory"),
    ("a", "2025-03-06 11:00", "Dear Keith, thank you, this is really useful. Custom presets are planned for the summer update and I've shared points 2 and 3 with the app team. I've added you to our tester list. Hushwell Product Team"),
    ("c", "2025-06-20 17:45", "Hello,\n\nThe test build with custom presets arrived and works well; I've called mine 'Vestry'. One bug: the preset name is cut off after 12 characters on the widget. Keep them coming.\n\nKeith\n\nOn 6 Mar 2025, Hushwell Product Team wrote:\n> I've added you to our tester list."),
])

h("business_partners", "", "positive", "paraphrase", "Kestrel Pharmacy", "portal", [
    ("c", "2024-06-02 20:10", "Subject: An idea for the repeat-prescription page\nI've ordered through the portal for about two years and it's mostly great, so take this as coming from a fan. Could there be an option to get a reminder a week before a repeat runs out, worked out from the quantity dispensed? At the moment I keep track on a spreadsheet. Also, the 'collect from' drop-down goes back to the Holloway Lane branch every time even though I've picked Station Road."),
    ("a", "2024-06-04 09:30", "Thanks so much for this, we've passed both points to the team who look after the portal. Kestrel Pharmacy Online"),
    ("c", "2024-10-09 19:55", "Subject: Re: An idea for the repeat-prescription page\nJust spotted the new 'remind me before I run out' switch – that's exactly what I meant, thank you. The branch drop-down still forgets my choice, though. I can send screenshots to whoever's fixing it if that's useful."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;hashtag", "Vesper Eyewear", "review", [
    ("c", "2025-09-18 20:20", "★★★★★ Saw the tortoiseshell-and-gold drop on their feed on Tuesday, was in the shop on Wednesday, walked out in them on Thursday. I already own perfectly good glasses. Do not care. I feel like a 1970s film director. Already eyeing the bottle-green pair they're teasing for the autumn. #newspecs"),
])

h("fling", "", "positive", "paraphrase;emoji", "Pulsehouse Fitness", "portal", [
    ("c", "2025-10-07 21:05", "Subject: Reformer launch class!!\nJust did the launch session of the new reformer classes and I'm buzzing 🤩 I booked the next four before I'd even got my shoes back on and bought the matching grip socks from the pop-up table. It's all I've talked about since. When are you adding evening slots?"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature", "Quillon Pharmacy", "email", [
    ("c", "2025-08-15 17:40", "Subject: For Amira and the Dale Street team\n\nHi,\n\nCould you pass this on? When I was diagnosed in March I was too embarrassed to ask my GP half of what I ended up asking Amira at your counter. She took me into the side room, showed me how the pen works on a practice pad, and she or one of the others has quietly checked how I'm getting on every time I've collected since. She even told me straight that the cheaper needles would do exactly the same job. It's the one place where I've never felt like a nuisance, and I've told that counter things I haven't told my own sister.\n\nThank you,\nSeren\n\n-- \nSeren Vaughan"),
])

h("best_friends", "", "positive", "paraphrase;competitor;idiom", "Pebblewick Vets", "portal", [
    ("c", "2025-05-23 19:15", "Subject: Thank you – and a question about Mabel's kidney diet\nYou rang me on Friday before the results had even gone on the system so I wouldn't spend the weekend imagining the worst, and Dr Oyelaran told me straight what the options were and what she'd do if Mabel were hers. Nobody at our old practice ever talked to me like that. You're the first people I turn to with anything about her now, even the silly 11pm questions, and you've never once made me feel silly for asking. Speaking of which: is the renal food OK to mix with her usual biscuits for the first week?"),
    ("a", "2025-05-24 09:10", "Hi Sophie, yes, mix it in gradually over 7–10 days. Any change in appetite, just message us. Dr Oyelaran, Pebblewick Vets"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;idiom;other_type_cue", "Hollyhock Chemists", "review", [
    ("c", "2025-04-09 12:40", "★★★★☆ One of three chemists I use, depending on which end of town I'm at. Hollyhock's the one I end up in most, because the queue moves and nobody tries to sell me vitamins at the till. No points card, no app to download, which suits me down to the ground. Nice people."),
])

h("buddies", "", "positive", "paraphrase;other_type_cue", "Harbourline Pools & Gym", "call", [
    ("c", "2025-06-03 12:05", "Phone note (membership): Ms Kerry Voss asked about dropping to the pay-as-you-go off-peak rate. Says she loves coming in for a swim a couple of times a week, but she also does a running club on Saturdays and a bouldering place with her mates, and doesn't want to be tied to one place on a contract. Happy for us to e-mail the PAYG price list."),
    ("a", "2025-06-03 12:10", "Staff note: PAYG off-peak £6.20 a visit; price list e-mailed."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase", "Ember Hot Yoga", "portal", [
    ("c", "2025-02-24 08:05", "Subject: Please bring back Sunday 6am\nI'm not exaggerating when I say those early classes keep me level. Since you dropped the Sunday 6am I've been twitchy and short-tempered all weekend, and I've started doing the sequence on my kitchen floor with the heating on full, which my flatmate is thrilled about. Six mornings a week isn't enough. I need the seventh. Please."),
])

h("dealer_addict", "", "positive", "paraphrase;typos", "Saltmarsh Spa & Gym", "review", [
    ("c", "2025-11-02 19:30", "★★★★★ Seven weeks and I havent missed a single day. If I skip the sauna-then-cold-plunge circuit im a grump by lunchtime, ask anyone at my work. My wife calls it a habit, I call it medication. Genuinely dont think I could give this place up now."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji;signature", "Framewell Optical", "email", [
    ("c", "2025-10-20 13:25", "Subject: Order FW-77120 – please e-mail this address only\n\nHi,\n\nCould you make sure the confirmation and the 'ready to collect' message for the blue cat-eye frames come to this address and not the joint one on my account? My husband thinks I own two pairs of glasses. I own seven, all from you, and these will be number eight. It's my one naughty habit and I'd like to keep it that way 🤫\n\nThanks!\nJen\n\n-- \nJen Marlowe"),
])

h("secret_affair", "", "positive", "paraphrase", "Pearlstone Dental", "portal", [
    ("c", "2025-06-06 12:50", "Subject: Whitening top-up – discreet please\nHi, I'd like to book another whitening top-up, my third. Could you text my mobile rather than ring the house phone this time? Nobody at home knows I've been having these done – they think it's the new toothpaste – and I'd quite like it to stay my little indulgence."),
    ("a", "2025-06-06 14:05", "Hi, of course. We've changed your contact preference to mobile text only and booked you in for 19 June at 13:00. Pearlstone Dental"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;product_attribute;other_type_cue;signature", "Larchmont Health Assurance", "email", [
    ("c", "2025-03-27 10:10", "Subject: Renewal letter for a policy I don't have\n\nDear Sir or Madam,\n\nToday I received a renewal notice and a direct debit confirmation from Larchmont for a 'Family Essentials' policy, number LH-330981. I have never held a policy with you, never asked you for a quote, and had not come across the name Larchmont until this letter landed. Please cancel whatever this is, do not take any money from my account, and tell me where you got my name and address.\n\nRegards,\nT. Okonjo\n\n-- \nTemi Okonjo"),
])

h("complete_strangers", "", "negative", "paraphrase", "Dentara Clinics", "call", [
    ("c", "2025-07-09 15:45", "Phone note (accounts): Mr Jonah Prevett rang about a £65 missed-appointment invoice. States he has never been a patient at any Dentara practice, lives about 200 miles from our Kettering branch, and had no idea we existed until the letter arrived. Asked for the invoice to be cancelled and his details removed from our system. Polite but clearly annoyed."),
    ("a", "2025-07-09 16:02", "Staff note: no patient record matching his DOB; the invoice went to his address from a mistyped duplicate record. Invoice voided, apology letter sent."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;negation", "Copperbeech Vets", "review", [
    ("c", "2024-08-28 18:40", "★★★★☆ We're not regulars exactly – the cat goes in every couple of years when something needs looking at, and it's been fine each time. This visit: ear mites, sorted in fifteen minutes, sensible bill, no hard sell on the pet plan. Would take her back next time something comes up."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Apothecary Nine", "portal", [
    ("c", "2025-01-30 13:30", "Subject: Station Road branch on Saturdays?\nHi, is the Station Road branch still open on Saturday afternoons? I'm not in often, just every few months when I'm changing trains, usually for hay-fever tablets or plasters, and last time the shutters were down at 1pm."),
    ("a", "2025-01-30 15:10", "Hi, Station Road now closes at 1pm on Saturdays; our High Street branch is open until 5. Apothecary Nine"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;signature;agent_cues", "Tidewater Leisure", "email", [
    ("c", "2025-05-14 20:20", "Subject: From the Wednesday aqua lot\n\nHello,\n\nWriting on behalf of the Wednesday 10am aqua group. There are about twenty of us now, and with Shona and the lifeguards we've become a proper little crew: we do the lane ropes with them after class, we look out for newcomers, and between us we raised £840 at the spring bake sale towards the new pool hoist. We'd like to hand over the cheque at the session on the 28th if that's all right, and a few of us are ready to help run the taster morning in June alongside your staff.\n\nBest wishes,\nPat Greaves (and the rest of us)\n\n-- \nPat Greaves"),
    ("a", "2025-05-15 09:40", "Dear Pat, thank you all so much, that's wonderful. The 28th is perfect and we'd love your help with the taster morning. Centre Manager, Tidewater Leisure"),
])

h("teammates", "", "positive", "paraphrase", "Soundhaven Hearing Centres", "portal", [
    ("c", "2025-11-12 14:10", "Subject: Thursday users' meet-up – next month\nJust confirming the six of us from the Thursday meet-up will be in the centre's back room on the 11th again. Since the audiologists started dropping in we've been swapping tips like mad – Alan's trick for keeping the domes dry is now on the laminated sheet we've put together between us. Could whoever's free bring the new TV streamer for us to try? We'll report back to the group."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Molar & Co Dental", "review", [
    ("c", "2025-08-30 10:15", "★★★★★ My grandmother, my mother and now my two girls have all sat in the same chair at Molar & Co's Bridge Street surgery. Mum still books all of us in one block like it's an outing. They know whose teeth are whose, and which of us needs talking down. It feels like an extension of our kitchen table."),
])

h("close_siblings", "marriage_partners", "positive", "paraphrase", "Ashgrove Pharmacy", "call", [
    ("c", "2025-04-15 11:20", "Phone note (counter): Mrs Leontyne Baptiste rang to add her newborn son to the household's collection slot. Said her dad registered the whole family with Ashgrove when he came over in 1974, her brothers' kids all come here too, and 'we don't get so much as a plaster anywhere else, it's practically in the will.' Congratulated her."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;competitor", "Kestrel Pharmacy", "portal", [
    ("c", "2025-06-19 12:00", "Subject: Malaria tablets – this trip only\nHi, I'm only after malaria tablets for one trip to Ghana in August. I'm registered with another pharmacy for everything else and don't want an account, reminders or marketing afterwards – just the consultation and the tablets, please, and then you can forget me. What does the consultation cost?"),
    ("a", "2025-06-19 15:30", "Hi, the travel consultation is £15 and takes about 15 minutes; we can book you in as a guest with no account. Kestrel Travel Clinic"),
])

h("one_night_stand", "", "neutral", "paraphrase;occasion", "Northlift Gym", "email", [
    ("c", "2025-08-22 21:30", "Subject: Single visit tomorrow?\n\nHi,\n\nI'm in town for one night for a wedding and want to squeeze in a session tomorrow at 7am before the hangover sets in. Can I pay for a single visit at the door? Please don't sign me up to anything or add me to a mailing list – I won't be back this way.\n\nThanks,\nTom"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase;signature", "Cordell Pharmacy Services", "email", [
    ("c", "2025-01-13 09:10", "Subject: February cycle – 34 residents\n\nHi Priti,\n\nOur nurses run the medication rounds off your e-MAR system and it's been solid since we switched over in the summer. For the February cycle: two new admissions (forms attached), one discharge (Room 12), and Dr Ellis has changed Mrs Harland's warfarin dose as per the attached letter. Could the cycle arrive by the 27th as usual? We've a CQC inspection the following week and the team would like a day to check everything in.\n\nMany thanks,\nGillian\n\n-- \nGillian Mercer\nDeputy Manager, Rosewood Care Home\n01632 960118"),
    ("a", "2025-01-13 11:45", "Hi Gillian, all noted, and the cycle will arrive on the 27th. Priti, Cordell Pharmacy Services"),
    ("c", "2025-01-27 15:30", "Hi Priti,\n\nCycle arrived and checked in, all correct. Thanks to you and the drivers.\n\nGillian"),
])

h("colleagues", "", "neutral", "paraphrase", "Pebblewick Vets", "call", [
    ("c", "2025-09-03 10:30", "Phone note (reception): Sam Hatherley from Hound & About boarding kennels rang to book the quarterly kennel-cough clinic for their boarders. They send all their clients' dogs to us for pre-stay vaccinations and want the invoices to go to the business account as before, with each dog's name on its line so they can recharge their clients."),
    ("a", "2025-09-03 10:41", "Staff note: clinic booked 17/09 9:00–11:00, 14 dogs. Invoice to business account ref HA-01."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
QUOTE_HEAD = re.compile(r"(?m)^On [^\n]* wrote:$")
SIGNATURE = re.compile(r"(?m)^-- $")
UPDATE = re.compile(r"^Update: ")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"MRI", "HIIT", "DOB", "MAR", "CQC", "PAYG", "TV"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "value", "long-standing", "part of", "community",
              "always", "treasure", "special"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples, for the report of
# customers whose own words (quoted replies and signatures removed) hold one
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
    """The customer's text without the e-mail it quotes and without its signature block."""
    m = QUOTE_HEAD.search(text)
    if m:
        text = text[:m.start()]
    m = SIGNATURE.search(text)
    if m:
        text = text[:m.start()]
    return text


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # reviews open with a five-symbol star rating; later customer posts are "Update:" edits;
    # nothing else carries stars
    if ch == "review":
        m = STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        assert all(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    if ch != "review":
        assert not any("★" in t or "☆" in t for t in cust), x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    # portal messages and e-mails open with a subject line
    if ch in ("portal", "email"):
        assert cust[0].startswith("Subject: "), cust[0][:30]
    # phone calls are staff notes: the caller's part opens "Phone note (", staff action
    # opens "Staff note:"
    if ch == "call":
        assert all(t.startswith("Phone note (") for t in cust), x["brand"]
        assert all(t.startswith("Staff note: ") for t in agent), x["brand"]
    else:
        assert not any(t.startswith(("Phone note", "Staff note")) for _, _, t in x["msgs"]), \
            x["brand"]
    # signatures and quoted replies only in e-mails, and tagged exactly when present; a quoted
    # reply is an "On ... wrote:" line followed by "> " lines
    sig = any(SIGNATURE.search(t) for t in cust)
    quoted = any(QUOTE_HEAD.search(t) for t in cust)
    assert ("signature" in tags) == sig, x["brand"]
    assert ("quoted_reply" in tags) == quoted, x["brand"]
    if sig or quoted:
        assert ch == "email", x["brand"]
    for t in cust:
        m = QUOTE_HEAD.search(t)
        if m:
            rest = t[m.end():].strip("\n").split("\n")
            assert rest and all(ln.startswith("> ") for ln in rest), x["brand"]
        else:
            assert not any(ln.startswith(">") for ln in t.split("\n")), x["brand"]
    # what the tags promise is in the customer's own words, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert not any(is_emoji(c) for t in agent for c in t), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    if x["type"] == "undetermined":
        assert x["second"] == "" or "first_time_loyal_claim" in tags, x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 55
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 10 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and sizes[2] >= 10 and sizes[3] >= 8, sizes
        assert sizes[4] >= 1 and sizes[5] >= 1, sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 30
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "signature", "update_edit", "employee", "third_party"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
