#!/usr/bin/env python3
"""Invented training histories zc001..zc080 for relradar (fortyfourth set).

Genre: long customer histories with banks, building societies, credit unions, insurers,
pension, superannuation and mortgage providers in the UK, Ireland, Australia and the US. Each
customer has 3 to 8 messages spread over months or years: e-mails (some with signatures below a
'--' line and quoted replies marked '>'), secure-message inbox threads, complaint letters and
histories with branch-visit notes written up by staff; renewal negotiations run through several
of them. The firm's replies and the branch notes are agent turns. Relationships evolve across
the years (warm then sour, fights then resignation, indifference then dependence) and are told
in paraphrase, not in the textbook cue phrases; undetermined customers write several routine
messages with no relationship in them. All texts, names, brands, addresses (example.com) and
numbers are invented. Each history is written under its intended label and checked against
docs/CODEBOOK.md; ids are assigned by a seeded shuffle (seed 4444) of the harness's type mix so
that ids carry no order.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "zc"
SEED = 4444
TRAPS = TRAPS | {
    "branch_note",  # a branch-visit note written up by staff (an agent turn), often with cue words
    "renewal",      # a renewal negotiation (premium, fixed rate, term deposit)
    "quoted_cue"}   # a cue word stands only in text the customer quotes

# e-mail, the firm's secure-message inbox, a postal letter, a history with branch-visit notes
CHANNELS = ("email", "secure", "letter", "branch")
COUNTRIES = ("UK", "IE", "AU", "US")

HISTS = []


def h(type_, second, valence, trap, brand, country, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the firm."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap, brand=brand,
                      country=country, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

# ---------------------------------------------------------------- neutral

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Thistledown Bank", "UK", "secure", [
    ("c", "2021-03-04 09:12", "Subject: Change of address\n\nHello, I moved house on 26 February. New address is 14 Lowther Row, Kendal LA9 4QX. Do I need to send proof of address or is this message enough? The app won't let me edit the postcode field.\n\nThanks, Priya Raman"),
    ("a", "2021-03-04 14:40", "Dear Ms Raman, thank you for your message. We've updated the address on all your accounts and no proof is needed. The postcode field in the app is locked for security reasons, so a secure message or a call is the right route. Kind regards, Thistledown Bank Online Team"),
    ("c", "2022-01-18 19:05", "Subject: Making my account joint\n\nHi, my partner Tom and I want to turn my current account into a joint one rather than open a new one, so that the direct debits for the flat stay where they are. Is that possible? Does he need to come into a branch with ID? He's with another bank for his own salary.\n\nPriya"),
    ("a", "2022-01-19 10:02", "Dear Ms Raman, yes, we can convert the account to joint names and keep the existing direct debits. Mr Adeyemi can complete the ID checks in our app, or in any branch with his passport. Kind regards, Thistledown Bank Online Team"),
    ("c", "2023-04-03 08:30", "Subject: ISA question\n\nMorning. If I put £9,000 into the cash ISA this tax year and take £5,000 out in June for the car, can I put the £5,000 back before April without it counting against the allowance a second time? In other words, is the Easy Access ISA a flexible one?\n\nTa, Priya"),
    ("a", "2023-04-03 15:55", "Dear Ms Raman, the Easy Access Cash ISA is a flexible ISA, so money withdrawn can be replaced in the same tax year without using up more of your £20,000 allowance. Kind regards, Thistledown Bank Online Team"),
])

h("undetermined", "", "neutral", "routine_question;signature", "Liffey Assurance", "IE", "email", [
    ("c", "2020-06-11 08:47", "Subject: Named driver - policy LA-558210\n\nHi there,\nMy daughter Aoife passed her test last week and I'd like to add her as a named driver on the hatchback only, not the van. Could you tell me what that does to the premium? She's 18 and held a learner permit for two years.\n\nThanks,\nDeclan\n--\nDeclan Furlong | Site Foreman\nMcGarry Civil Works, Portlaoise\nM: 087 555 0192"),
    ("a", "2020-06-11 16:20", "Dear Declan, adding Aoife as a named driver on the hatchback would cost an extra €412.60 for the remaining seven months of the policy. Let us know if you'd like to go ahead. Liffey Assurance Motor Team"),
    ("c", "2020-06-12 07:58", "Grand, go ahead with that. Can you take it off the card ending 4471 rather than adding it to the direct debit?\n\nDeclan\n--\nDeclan Furlong | Site Foreman\nMcGarry Civil Works, Portlaoise\nM: 087 555 0192"),
    ("c", "2021-11-02 18:31", "Subject: Windscreen\n\nHi, a stone hit the hatchback windscreen on the motorway yesterday and it's now a crack about 20cm long across the passenger side. Do I ring the glass company direct or go through yourselves? And does a windscreen claim touch the no claims bonus?\n\nDeclan\n--\nDeclan Furlong | Site Foreman\nMcGarry Civil Works, Portlaoise\nM: 087 555 0192"),
    ("a", "2021-11-03 09:14", "Dear Declan, please call our windscreen line on 1800 555 014 and quote your policy number; they'll book a replacement at home or on site. Windscreen claims don't affect your no claims bonus. There is a €75 excess. Liffey Assurance Motor Team"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute;other_type_cue;agent_cues", "Coolabah Super", "AU", "secure", [
    ("c", "2019-08-20 20:15", "Subject: Binding nomination\n\nHi, I want to make a binding death benefit nomination for my wife and our two kids, split 50/25/25. Do both witnesses have to be over 18, and can one of them be my brother? Cheers, Rohan Pillai"),
    ("a", "2019-08-21 11:30", "Hi Rohan, both witnesses must be 18 or over and must not be named in the nomination, so your brother can witness it as long as he isn't a beneficiary. The form is under Forms > Nominations. Coolabah Super Member Services"),
    ("c", "2021-02-09 12:44", "Subject: Family Shield cover on my statement\n\nHi, my statement shows 'Family Shield' death and TPD cover at $4.10 a week. I don't remember choosing it. Is it the default for every member or did I tick something when I joined through work? Not complaining, I just want to know what it would actually pay out."),
    ("a", "2021-02-10 10:05", "Hi Rohan, Family Shield is the default insurance for members aged 25 and over. Yours provides $312,000 of death and TPD cover. You can increase, reduce or cancel it online at any time. Coolabah Super Member Services"),
    ("c", "2023-07-14 21:02", "Subject: Switching option\n\nHi, how do I move my balance from Balanced to the Lifetime Growth option, and is there a fee? Is it a one-off switch of what's already there, or do future contributions follow it as well? Rohan"),
    ("a", "2023-07-15 09:40", "Hi Rohan, switching is free and can be done under Investments > Change option. You can choose to move your current balance, your future contributions, or both. Coolabah Super Member Services"),
])

h("undetermined", "", "neutral", "routine_question;quoted_reply", "Pell Harbor Federal Credit Union", "US", "email", [
    ("c", "2022-05-09 13:20", "Subject: Wire for our closing\n\nHi, we close on our house on May 20 and the title company needs $48,250 wired. What's the cutoff time for a same-day domestic wire, and can I start it online or do I need to come in?\n\nThanks,\nMarisol Vega"),
    ("a", "2022-05-09 16:05", "Hi Marisol, domestic wires submitted by 2:00 p.m. ET go out the same day. For security, first-time wires over $25,000 must be initiated in a branch with photo ID. Please bring the title company's written wiring instructions. Pell Harbor FCU Member Care"),
    ("c", "2022-05-10 08:12", "Thanks. One more question about this part:\n\n> first-time wires over $25,000 must be initiated in a branch with photo ID\n\nDoes my husband need to come in too, since it's from our joint account, or is one of us enough?\n\nMarisol"),
    ("a", "2022-05-10 10:30", "Hi Marisol, one account owner is enough. Pell Harbor FCU Member Care"),
    ("c", "2022-05-20 15:48", "Subject: Re: Wire for our closing\n\nThe wire went through and the title company confirmed receipt. Will the $30 wire fee show on this month's statement or next month's?\n\nMarisol"),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question;signature", "Ashby Life & Pensions", "UK", "email", [
    ("c", "2023-02-14 10:05", "Subject: Name change after our wedding - plan AP-7730192\n\nHello,\nI got married in December and have changed my surname from Okafor to Bright. What do you need from me to update the plan? A certified copy of the marriage certificate, or will a scan do?\n\nKind regards\nChidinma Bright\n--\nSent from my phone"),
    ("a", "2023-02-15 09:20", "Dear Mrs Bright, congratulations! A clear scan of the marriage certificate uploaded through the secure document upload is fine. Ashby Life & Pensions Customer Services"),
    ("c", "2023-09-01 19:40", "Subject: Tax-free cash\n\nHi, I turn 55 next year. If I take the 25% tax-free lump sum, do I have to start drawing the rest straight away or can it stay invested? And does taking it affect how much I can pay in afterwards? I've read something about a £10,000 limit.\n\nChidinma\n--\nSent from my phone"),
    ("a", "2023-09-04 11:15", "Dear Mrs Bright, you can take the tax-free cash and leave the rest invested. Taking only the tax-free cash does not trigger the £10,000 Money Purchase Annual Allowance; taking taxable income would. Ashby Life & Pensions Customer Services"),
    ("c", "2024-03-11 08:55", "Thanks, that's clear. Could you post me a paper copy of the retirement options pack as well? My husband wants to go through it with a highlighter, as is his way.\n\nChidinma\n--\nSent from my phone"),
])

h("undetermined", "", "neutral", "routine_question;typos", "Boyne Mortgages", "IE", "secure", [
    ("c", "2021-09-30 21:10", "Subject: overpayment\n\nhi, im getting a bonus in december, about €6,000. if i overpay the mortgage with it does that cut the term or the monthly payment? and is there a penalty on the fixed rate? thanks, Ciaran Doyle"),
    ("a", "2021-10-01 10:12", "Dear Ciaran, on your 3-year fixed rate you can overpay up to 10% of the balance each year without a fee. By default an overpayment reduces your monthly payment; tell us if you'd prefer it to shorten the term. Boyne Mortgages Customer Service"),
    ("c", "2021-12-17 09:03", "hi, sent the €6,000 by bank transfer yesterday, reference BM-301877. can you confirm its landed and gone off the balance, not sitting there as a payment in advance? and i want it to shorten the term please. Ciaran"),
    ("a", "2021-12-17 14:25", "Dear Ciaran, confirmed: €6,000 has been applied to your balance and your term now ends in March 2046 instead of October 2047. Boyne Mortgages Customer Service"),
    ("c", "2022-04-05 20:47", "hi again, got the letter about the ECB rate going up. my fixed rate doesnt change untill 2024 right? just checking i read it properly. Ciaran"),
    ("a", "2022-04-06 09:30", "Dear Ciaran, that's right: your rate is fixed until 31 August 2024. Boyne Mortgages Customer Service"),
])

h("undetermined", "", "neutral", "branch_note;agent_cues;routine_question", "Banksia Bank", "AU", "branch", [
    ("c", "2022-10-03 10:26", "Subject: Term deposit\n\nHi, I'd like to put $60,000 from the sale of my late mother's unit into a term deposit for 12 months. Can that be done online or do I need to come into the Toowong branch? Regards, Graham Tully"),
    ("a", "2022-10-03 15:00", "Hi Graham, you can open a term deposit in the app, or our Toowong team can help you in person. Banksia Bank Online Support"),
    ("a", "2022-10-10 11:45", "Branch visit note, Toowong, 10 Oct 2022: Mr Tully attended to open a 12-month term deposit of $60,000 at 4.10% p.a. Long-standing valued customer. Discussed maturity instructions and the estate paperwork. K. Ng, Customer Banker"),
    ("c", "2023-09-28 08:15", "Subject: TD maturing 10 Oct\n\nHi, my term deposit matures on 10 October. Please roll it over for 6 months at whatever the current rate is, with the interest paid into my everyday account. Thanks, Graham"),
    ("a", "2023-09-28 13:20", "Hi Graham, done: on 10 October your term deposit will roll over for 6 months at 4.65% p.a., interest paid to your everyday account. Banksia Bank Online Support"),
])

# ---------------------------------------------------------------- negative

h("undetermined", "", "negative", "single_incident;strong_words;caps;agent_cues", "Brindle Direct", "UK", "email", [
    ("c", "2022-07-12 08:40", "Subject: Claim BD-44120 - hit from behind in Newbury\n\nI was hit from behind at the lights in Newbury on Saturday. The other driver admitted fault at the scene and I sent you his details, photos and my dashcam clip on Sunday. Today I'm told nobody has been assigned to the claim. My car is undriveable and I need a courtesy car to get to work.\n\nSam Whitlow"),
    ("a", "2022-07-12 17:05", "Dear Mr Whitlow, we're sorry for the delay. Your claim has now been assigned to a handler, who will contact you within two working days about repairs and a courtesy car. Brindle Direct Claims"),
    ("c", "2022-07-26 12:15", "Two weeks. TWO WEEKS and still no courtesy car, although my schedule clearly says one is included. I've been getting taxis at £23 each way. This is an absolute shambles and I want every one of those taxi fares covered.\n\nSam"),
    ("a", "2022-07-26 16:50", "Dear Sam, we completely understand your frustration and we value you as a customer. A courtesy car will be delivered on Thursday morning and we will reimburse your taxi receipts in full. Brindle Direct Claims"),
    ("c", "2022-08-30 19:02", "The car is back from the body shop and the taxi money came through. For the record, the repair itself is excellent. The first fortnight was a disgrace.\n\nSam"),
])

h("undetermined", "", "negative", "sarcasm;single_incident", "Harborline Bank", "US", "secure", [
    ("c", "2021-04-06 07:55", "Subject: Overdraft fee\n\nSo a $4.75 coffee posted a few hours before my paycheck, which was sitting there pending at the same time, and you charged me a $35 overdraft fee. Wonderful. Really appreciate the expensive lesson in how you order transactions. Can this be reversed? Jordan Pike"),
    ("a", "2021-04-06 12:30", "Hi Jordan, as a one-time courtesy we've refunded the $35 overdraft fee. It will show in your account within one business day. Harborline Bank Support"),
    ("c", "2021-04-07 08:20", "Thanks for refunding it. Honestly though, $35 for a $4.75 overdraft that lasted about three hours is a stretch. Can I turn overdraft coverage off so card payments just get declined instead?"),
])

h("undetermined", "", "negative", "other_type_cue;strong_words", "Shannonside Bank", "IE", "letter", [
    ("c", "2023-05-02 10:00", "14 Church Lane\nAbbeyfeale\nCo. Limerick\n\n2 May 2023\n\nDear Sir or Madam,\n\nI am writing about your notice that the Abbeyfeale branch will close on 30 June.\n\nMy family relies on that counter. My mother is 84, does not use the internet and cannot manage a card reader, and the nearest branch will now be 35 km away. To close the only bank in a town this size on eight weeks' notice, with a leaflet through the door, is disgraceful. I would ask you to reconsider, and if you will not, to explain in writing how a woman of 84 is meant to get at her pension.\n\nYours faithfully,\nBreda Hartnett"),
    ("a", "2023-05-19 09:00", "Dear Ms Hartnett, thank you for your letter. We understand how difficult this change is. From 1 July, customers can lodge and withdraw cash and pay bills at the post office on Main Street, and our Customer Support team can arrange a home visit for your mother to set up phone banking. Yours sincerely, Aidan Cronin, Regional Manager"),
    ("c", "2023-06-20 10:00", "14 Church Lane\nAbbeyfeale\nCo. Limerick\n\n20 June 2023\n\nDear Mr Cronin,\n\nThank you for your letter of 19 May. The post office arrangement will do for lodgements, but it cannot issue a bank draft and it shuts at one o'clock on a Saturday. I would ask again that you reconsider, or at the very least keep an ATM in the town.\n\nYours sincerely,\nBreda Hartnett"),
    ("a", "2023-07-04 09:00", "Dear Ms Hartnett, I can confirm that an ATM will remain in place at the Main Street site. Bank drafts can be ordered by phone and posted to you. Yours sincerely, Aidan Cronin, Regional Manager"),
])

h("undetermined", "", "negative", "competitor;single_incident;typos", "Saltbush Insurance", "AU", "secure", [
    ("c", "2022-03-02 06:50", "Subject: storm claim SB-90321\n\nhi, the hail on sunday smashed 3 skylights and the ceiling in the kids room has come down. lodged the claim online sunday night and havent heard a thing. we've got tarps up but theres more rain coming thursday. can someone ring me pls. Kylie Moretti"),
    ("c", "2022-03-15 20:33", "its been 13 days. the assessor came friday, took photos, said the report goes in 'soon'. my neighbour is with Brolga and her roof is already being fixed, they had a builder out in 48 hours. i dont get why yours takes weeks for the same storm on the same street"),
    ("a", "2022-03-16 10:45", "Hi Kylie, the assessor's report has been received and your claim is approved. A builder from our panel will call you this week to book the repairs. Saltbush Claims"),
    ("c", "2022-04-28 17:20", "builders finished today, ceiling looks good. took way too long to get here but its done."),
])

h("undetermined", "", "negative", "bug_report;symptom;emoji", "Penrose Mortgages", "UK", "secure", [
    ("c", "2023-01-09 07:35", "Subject: Balance wrong in the app\n\nEvery time I open the Penrose app my mortgage balance shows £0.00 and 'no payments due' 😬 The website shows the right figure (£186,420). Phone on the latest software, app version 5.1.0. Deleted and reinstalled, same thing.\n\nMarcus Eyre"),
    ("a", "2023-01-09 15:10", "Dear Mr Eyre, thank you for the detail. This is a known display issue in version 5.1.0; your account itself is unaffected. A fix is due next week. Penrose Digital Support"),
    ("c", "2023-01-27 21:18", "Updated to 5.1.2. Now it shows the right balance but it crashes every single time I tap 'Payment history'. Logged out and back in, restarted the phone. 🙄"),
    ("c", "2023-02-21 08:05", "Version 5.2 has fixed both. Still, three weeks of the app telling me I owed nothing was not a fun way to check on a mortgage."),
])

h("undetermined", "", "negative", "other_type_cue;strong_words;quoted_reply", "Fennick Pet Insurance", "US", "email", [
    ("c", "2024-02-05 20:40", "Subject: Claim denied - Biscuit (policy FX-22019)\n\nHi,\nBiscuit's cruciate ligament surgery cost $4,380, and your denial letter calls it a 'pre-existing bilateral condition' because the vet looked at her other knee in 2022. She never had treatment on either knee before this policy started. I hate the way that clause is written: any note a vet makes becomes a reason to refuse. Please have someone else review the claim.\n\nAmber Kowalski"),
    ("a", "2024-02-07 11:00", "Dear Amber, we've escalated your claim to our Clinical Review Team and will respond within 15 business days. Fennick Claims"),
    ("c", "2024-02-28 19:12", "> our Clinical Review Team has upheld the original decision\n\nThen please send me the exact vet note you relied on. I'm taking this to the state insurance department. The decision is ridiculous.\n\nAmber"),
    ("a", "2024-03-01 10:30", "Dear Amber, the 2022 examination record we relied on is attached. Fennick Claims"),
    ("c", "2024-04-10 18:00", "The state department's reviewer agreed with me and the $3,504 reimbursement has arrived. I'm glad it's resolved, but I should not have had to go to a regulator over one knee.\n\nAmber"),
])

h("undetermined", "", "negative", "quoted_reply;quoted_cue;single_incident;agent_cues", "Corvell Bank", "UK", "email", [
    ("c", "2020-11-16 08:02", "Subject: Fraud on my debit card\n\nThree payments I didn't make went out on Saturday: £249.99, £249.99 and £612 to an electronics website. I reported it by phone within the hour. It's now Monday, the money still hasn't come back, and my rent goes out on Wednesday. Please tell me when it will be refunded.\n\nEleanor Fisk"),
    ("a", "2020-11-16 11:45", "Dear Ms Fisk, we're sorry to hear about this. We value your loyalty and take fraud very seriously. Our fraud team aims to complete investigations within 10 working days. Corvell Bank Customer Care"),
    ("c", "2020-11-16 12:20", "> We value your loyalty and take fraud very seriously.\n\nWith respect, I don't need a line about loyalty, I need £1,111.98 back before Wednesday or the rent bounces. Can you at least give me a temporary credit while you investigate?\n\nEleanor"),
    ("a", "2020-11-16 16:30", "Dear Ms Fisk, we've applied a temporary credit of £1,111.98 to your account while the investigation continues. Corvell Bank Customer Care"),
    ("c", "2020-11-27 09:15", "The investigation has confirmed the refund. Thank you for getting there in the end, but that weekend was horrible.\n\nEleanor"),
])

# ---------------------------------------------------------------- positive

h("undetermined", "", "positive", "strong_words;other_type_cue;routine_question", "Quayside Building Society", "UK", "email", [
    ("c", "2021-06-02 19:30", "Subject: Mortgage offer!!\n\nHi Janine,\nWe've just opened the offer letter and I'm not ashamed to say we both cried. After two landlords selling up from under us, it's actually happening. Is there anything else you need from us before the solicitor takes over?\n\nHarriet and Ollie"),
    ("a", "2021-06-03 09:10", "Hi Harriet, congratulations to you both! Nothing else is needed; we'll send the funds to your solicitor for completion. Janine, Mortgage Adviser, Quayside Building Society"),
    ("c", "2021-07-16 16:45", "Subject: Keys!\n\nKeys collected at 2pm. Our forever home: two bedrooms and a garden the size of a tablecloth, and it's ours. You were brilliant from the first appointment to the last phone call. Thank you thank you thank you.\n\nHarriet"),
    ("a", "2021-07-19 09:00", "What wonderful news, Harriet. Enjoy the garden! Janine"),
    ("c", "2021-09-09 20:10", "Subject: Overpayments\n\nHi, can we set up a regular £100 a month overpayment on top of the direct debit, or does it have to be a lump sum each time? Harriet"),
    ("a", "2021-09-10 10:25", "Hi Harriet, yes, you can add a regular monthly overpayment by standing order; up to 10% of the balance a year is penalty-free. Quayside Mortgage Servicing"),
])

h("undetermined", "", "positive", "single_thanks;third_party", "Glenveagh Life", "IE", "letter", [
    ("c", "2019-10-21 10:00", "7 Mill Road\nArdara\nCo. Donegal\n\n21 October 2019\n\nDear Sir or Madam,\n\nMy father, Patrick Keane, of Ardara, died on 3 October. I understand he held a life policy with you, number GL-0098812. I am his executor. I enclose a copy of the death certificate and would be grateful to know what else you require.\n\nYours faithfully,\nNuala Keane"),
    ("a", "2019-10-29 09:00", "Dear Ms Keane, please accept our sympathies on the death of your father. To process the claim we need the original policy document, if available, and the grant of probate. Yours sincerely, Orla Gallagher, Claims Officer"),
    ("c", "2020-01-14 10:00", "7 Mill Road\nArdara\nCo. Donegal\n\n14 January 2020\n\nDear Ms Gallagher,\n\nThank you for your letter. I now enclose the grant of probate. I could not find the original policy document among my father's papers and hope the copy of the schedule will do.\n\nYours sincerely,\nNuala Keane"),
    ("a", "2020-01-24 09:00", "Dear Ms Keane, thank you. The copy schedule is sufficient and the claim of €25,000 has been paid to the estate account. Yours sincerely, Orla Gallagher, Claims Officer"),
    ("c", "2020-02-03 10:00", "7 Mill Road\nArdara\nCo. Donegal\n\n3 February 2020\n\nDear Ms Gallagher,\n\nI wanted to write a proper note now that my father's affairs are nearly settled. Every letter from you was kind and clear, and you rang me back on the day you said you would. At a time when I was buried in forms, yours was the one that caused me no grief at all. Please pass my thanks to your manager.\n\nYours sincerely,\nNuala Keane"),
])

h("undetermined", "", "positive", "idiom;routine_question;emoji", "Wattle Bank", "AU", "secure", [
    ("c", "2023-04-11 18:20", "Subject: Travelling overseas\n\nHi, I'm off to Japan and Korea for five weeks from 2 May. Do I need to tell you I'm travelling, and does the Everyday debit card charge international transaction fees? Thanks, Mei Lin Tan"),
    ("a", "2023-04-12 09:15", "Hi Mei Lin, there's no need to notify us, and the Everyday card has no international transaction fees. Enjoy your trip! Wattle Bank Support"),
    ("c", "2023-05-19 21:40", "Subject: Card blocked in Busan\n\nHi, my card was declined at the hotel in Busan tonight and the app shows a fraud hold. It was me!! Can you take the hold off? 😅"),
    ("a", "2023-05-19 21:52", "Hi Mei Lin, we've confirmed the transaction and removed the hold. Please try the card again. Wattle Bank Support"),
    ("c", "2023-05-19 21:58", "Twelve minutes, you're an absolute lifesaver 🙏 Checked in fine."),
    ("c", "2023-06-08 19:05", "Subject: Home again\n\nBack home. The card worked everywhere else on the trip and no fees turned up at all. Thanks again for sorting out Busan so quickly."),
])

h("undetermined", "", "positive", "other_type_cue;routine_question", "Millrace Federal Credit Union", "US", "secure", [
    ("c", "2022-08-15 12:10", "Subject: Auto loan preapproval\n\nHi, I'm looking at a used 2019 SUV for around $24k. Can I get preapproved before I go to the dealer, and how long does a preapproval last? Darnell Hughes"),
    ("c", "2022-08-19 09:30", "Got preapproved at 5.24%. Love that rate, the dealer tried to put me on 8.9%. Bought the car yesterday. What do you need from me for the title?"),
    ("a", "2022-08-19 13:05", "Congratulations! Please upload the bill of sale and the title application; the dealer will list us as lienholder. Millrace FCU Lending"),
    ("c", "2022-09-30 17:15", "Title paperwork is done and autopay is set up from checking. Smooth process, thank you."),
])

h("undetermined", "", "positive", "agent_cues;single_incident", "Wyvern Home Insurance", "UK", "email", [
    ("c", "2024-01-08 09:40", "Subject: Escape of water - policy WH-330187\n\nHello,\nA pipe under the bathroom floor burst on New Year's Day and came through the kitchen ceiling. The plumber has fixed the pipe but the ceiling and two kitchen units are ruined. What do I need to do next?\n\nRegards,\nFrancesca Lund"),
    ("a", "2024-01-08 15:20", "Dear Francesca, we're sorry to hear about the damage. A loss adjuster will visit on 11 January. Please keep the plumber's invoice and take photos before anything is thrown away. Wyvern Claims"),
    ("c", "2024-02-20 18:05", "Hello, the ceiling is re-plastered and the new unit doors went in today. The adjuster was thorough and the payment arrived exactly when he said it would. I'm very impressed with how this was handled.\n\nFrancesca"),
    ("a", "2024-02-21 09:30", "Dear Francesca, thank you for your kind words. We're so glad your kitchen is back to normal; you're part of the Wyvern family and that's how we want every policyholder looked after. Wyvern Claims"),
    ("c", "2024-02-21 12:10", "Thank you. Could you send me a closing letter for the claim for my records?"),
])

# ---------------------------------------------------------------- mixed

h("undetermined", "", "mixed", "mixed_aspects;bug_report;caps;other_type_cue", "Larkspur Bank", "UK", "secure", [
    ("c", "2022-09-05 20:50", "Subject: New app\n\nThe new app's spending categories are genuinely useful; I can finally see what the takeaways are costing me. But the new login asks for my passcode AND a text code every single time, even on the same phone. That's six taps before I see a balance. Can the text step be switched off on a trusted device?\n\nAmit Shah"),
    ("a", "2022-09-06 10:00", "Hi Amit, you can register your phone as a trusted device under Profile > Security, which removes the text step. Larkspur Digital Banking"),
    ("c", "2022-09-12 19:25", "Registered the phone as trusted and it still sends a text every time I log in. The phone is about a year old and up to date. The budget pots are great though."),
    ("a", "2022-09-13 11:40", "Hi Amit, thank you. This is a known issue on some older phones and is fixed in version 8.4, due this month. Larkspur Digital Banking"),
    ("c", "2022-10-03 08:10", "8.4 has fixed the texts. The pots still don't roll over at the end of the month though, which makes them half as useful as they could be."),
])

h("undetermined", "", "mixed", "mixed_aspects;signature", "Corrib Health", "IE", "email", [
    ("c", "2023-03-06 13:15", "Subject: Physiotherapy claim\n\nHi,\nI've attached receipts for eight physio sessions (€55 each) after my knee operation in January. Can you confirm what's covered on the Plan B Plus scheme?\n\nThanks\nRoisin\n--\nRoisin Daly\nSenior Pharmacist, Clonmel\n052 555 0134"),
    ("a", "2023-03-07 10:30", "Dear Roisin, your plan covers €30 per physiotherapy session up to 10 sessions a year. Your claim is being processed. Corrib Health Claims"),
    ("c", "2023-04-17 12:50", "Hi, six weeks since I sent the receipts and nothing paid yet. The person I spoke to on the phone today was lovely and apologised twice, but I'd rather have the money than the apologies.\n\nRoisin\n--\nRoisin Daly\nSenior Pharmacist, Clonmel\n052 555 0134"),
    ("a", "2023-04-18 09:45", "Dear Roisin, we apologise for the delay. A payment of €240 has been issued to your bank account. Corrib Health Claims"),
    ("c", "2023-04-24 20:05", "Got the €240, thanks. To be fair, the hospital side of the operation was seamless; it was only the physio part that was a slog.\n\nRoisin\n--\nRoisin Daly\nSenior Pharmacist, Clonmel\n052 555 0134"),
])

h("undetermined", "", "mixed", "mixed_aspects;sarcasm;other_type_cue", "Red Gum Super", "AU", "secure", [
    ("c", "2021-08-12 19:55", "Subject: Annual statement\n\nHi, just got my statement. 14.8% return for the year, which is lovely. Then I see $612 in admin and investment fees on a $78k balance. Fantastic, love paying nearly 0.8% for the privilege. Can you break down what the $612 actually is? Tom Barclay"),
    ("a", "2021-08-13 11:20", "Hi Tom, your fees were a $78 administration fee, an asset-based administration fee of $109 and investment fees of $425 for the Balanced option. Red Gum Super Member Services"),
    ("c", "2021-08-20 18:30", "Thanks, that's a lot clearer than the statement. I still think the investment fee is steep, but with returns like this year's it's hard to argue."),
    ("c", "2022-08-10 20:15", "Subject: Statement 2022\n\nThis year it's -3.1% and the same fees. I understand markets fell. Is there a cheaper indexed option inside the fund I could move to?"),
    ("a", "2022-08-11 10:40", "Hi Tom, yes: our Indexed Balanced option has investment fees of 0.18% a year. You can switch online at no cost. Red Gum Super Member Services"),
])

h("undetermined", "", "mixed", "mixed_aspects;caps", "Tallgrass Home Loans Servicing", "US", "email", [
    ("c", "2023-01-23 21:00", "Subject: Escrow shortage??\n\nMy monthly payment is going from $1,842 to $2,210 starting March because of an 'escrow shortage'. That's a $368 jump with five weeks' notice. WHY? Nothing about my house changed.\n\nKevin Ostrowski"),
    ("a", "2023-01-24 10:15", "Dear Mr Ostrowski, your county property tax rose by $2,480 this year, which created a shortage of $1,656 in your escrow account. You can pay the shortage in a lump sum, and your payment would then rise only by the new monthly tax amount. Tallgrass Escrow Department"),
    ("c", "2023-01-24 19:40", "OK, I looked up the county bill and the tax really did go up, so that part's not on you. I'll pay the shortage in one go. Your letter could have said all this in plain English instead of three pages of tables though.\n\nKevin"),
])

h("undetermined", "", "mixed", "other_type_cue;single_incident;mixed_aspects", "Orwell Vale Pensions", "UK", "secure", [
    ("c", "2024-05-07 12:30", "Subject: Transfer in from old workplace scheme\n\nHi, I started a transfer of my old workplace pension (about £31,000) into my Orwell Vale SIPP on 2 April. The online tracker has said 'awaiting ceding scheme' for five weeks. Is there anything I need to do? Natasha Greer"),
    ("c", "2024-06-11 17:45", "Hi, I rang today to chase and sat on hold for 52 minutes before anyone picked up. When I did get through, Lewis was excellent: he rang the old scheme while I waited and found the form they'd lost. But nearly an hour on hold to a pension company is poor."),
    ("a", "2024-06-12 09:00", "Dear Natasha, we apologise for the wait; call volumes were unusually high. The transfer is now complete. Orwell Vale Pensions"),
    ("c", "2024-06-28 20:20", "The money's in and invested. The website is genuinely good, I like seeing everything in one place. Just please sort the phone line out."),
])

h("undetermined", "basic_exchange", "mixed", "renewal;mixed_aspects;competitor", "Kilcar Insurance", "IE", "email", [
    ("c", "2022-10-03 19:10", "Subject: Renewal quote - POL 7712-K\n\nHi, the renewal came in at €1,104, up from €838 last year. No claims, same car, same address. A comparison site is showing €790 for the same cover elsewhere. Can you explain the increase?\n\nEoin Brady"),
    ("a", "2022-10-04 11:30", "Dear Eoin, the premium reflects higher repair and claims costs across the market. We've reviewed your quote and can offer €846 for the same cover. Kilcar Insurance Renewals"),
    ("c", "2022-10-05 08:40", "€846 I can live with, go ahead and renew on that. A bit annoyed I had to ask, mind you; I'd have just paid the €1,104 if I hadn't checked.\n\nEoin"),
    ("a", "2022-10-05 14:00", "Dear Eoin, your policy has been renewed at €846 and your documents are on the way. Kilcar Insurance Renewals"),
    ("c", "2022-10-20 18:55", "Got the new certificate and disc. Thanks."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;agent_cues;tenure_for_complaint;idiom", "Greyfriars Bank", "UK", "secure", [
    ("c", "2019-03-11 08:25", "Subject: Card stopped. Again.\n\nMy debit card was blocked at the petrol station on Saturday for 'unusual activity'. The unusual activity was me buying petrol at the garage I've used every week for years. I've rung your fraud line about exactly this twice since Christmas. Please can someone stop the system flagging my own local garage.\n\nHelen Marsh"),
    ("a", "2019-03-11 14:00", "Dear Mrs Marsh, we're sorry for the inconvenience. We've added a note to your card so that this merchant is recognised. Greyfriars Bank Customer Service"),
    ("c", "2020-08-24 19:10", "Subject: Standing order didn't go\n\nMy standing order for my son's rent didn't go out on the 1st and nobody told me; he got a late fee from his landlord. I've got used to hearing about your mistakes from other people before I hear about them from you. Please refund his £25 and tell me why it failed."),
    ("a", "2020-08-25 10:20", "Dear Mrs Marsh, a system update affected some standing orders on 1 August. We've refunded £25 to your account. Greyfriars Bank Customer Service"),
    ("c", "2022-02-03 12:40", "Subject: The yearly overdraft fight\n\nHere we go. Every January your 'review' cuts my arranged overdraft without asking, I ring, I sit in the queue for the best part of an hour, and somebody puts it back. Can we skip the whole performance this year and just leave it where it is? Same salary, same job, eleven years of it going into this account."),
    ("a", "2022-02-03 16:35", "Dear Mrs Marsh, thank you for being a valued customer. We've reinstated your £1,500 arranged overdraft. Greyfriars Bank Customer Service"),
    ("c", "2023-01-30 09:05", "Subject: Right on schedule\n\nAnd there's the letter cutting the overdraft again. Marvellous, it wouldn't be January without it. I'm not going anywhere, moving every bill is more bother than one phone call a year, but I'd love to know who in your office enjoys this little ritual as much as I do."),
    ("a", "2023-01-30 14:20", "Dear Mrs Marsh, we've reinstated your arranged overdraft at £1,500 and added a note asking that it is not reduced at the next review. Greyfriars Bank Customer Service"),
])

h("adversaries", "", "negative", "paraphrase;quoted_reply;signature;caps", "Brackenridge Loan Servicing", "US", "email", [
    ("c", "2020-04-14 20:30", "Subject: Property tax paid twice - loan 600184422\n\nHello,\nYou paid our 2019 second-half property tax ($2,214.80) twice, once in November and again in March, and now our escrow shows a shortage you want to collect through a higher payment. Please get the duplicate back from the county and correct the analysis.\n\nRay Dunleavy\n--\nRay Dunleavy, CPA\nDunleavy & Sons Tax Service\nTel. 555-0148"),
    ("a", "2020-04-16 10:00", "Dear Mr Dunleavy, thank you for letting us know. We have requested a refund of the duplicate payment from the county. Brackenridge Escrow Services"),
    ("c", "2021-05-03 19:15", "Subject: Escrow, year two\n\nThis spring's escrow analysis projects our hazard insurance at $3,960. The actual premium is $1,412. I sent you the declarations page in February and again on April 2. I'm starting to think of April as the month I correct your arithmetic.\n\nRay\n--\nRay Dunleavy, CPA\nDunleavy & Sons Tax Service\nTel. 555-0148"),
    ("a", "2021-05-05 11:30", "Dear Mr Dunleavy, the analysis has been rerun using your current premium and your payment will not change. Brackenridge Escrow Services"),
    ("c", "2022-04-26 21:05", "Subject: Re: Escrow analysis 2022\n\n> Your escrow account has been reviewed and a shortage of $1,130.44 was identified.\n\nAnd here we are, third spring running. The 'shortage' is the $1,130.44 the county refunded to YOU in 2020, which never reached our escrow balance. I have the county's letter. Shall I send it for the third time, or shall we skip straight to the part where I call for six weeks and you eventually agree?\n\nRay\n--\nRay Dunleavy, CPA\nDunleavy & Sons Tax Service\nTel. 555-0148"),
    ("a", "2022-05-02 10:45", "Dear Mr Dunleavy, we have located the county refund and credited $1,130.44 to your escrow account. The shortage has been removed. Brackenridge Escrow Services"),
    ("c", "2023-05-09 18:40", "Subject: 2023 analysis\n\nThe analysis is correct this year, the first time since you took over servicing the loan. I'm sure you'll find something for next spring. I'm keeping the folder on my desk.\n\nRay\n--\nRay Dunleavy, CPA\nDunleavy & Sons Tax Service\nTel. 555-0148"),
    ("a", "2023-05-11 10:00", "Dear Mr Dunleavy, thank you for confirming. Brackenridge Escrow Services"),
])

h("adversaries", "basic_exchange", "negative", "paraphrase;renewal;evolving;competitor;quoted_cue", "Ironbark Mutual", "AU", "email", [
    ("c", "2019-11-18 19:30", "Subject: Renewal - policy IM-448021\n\nHi, the renewal says $1,388, up from $1,090. No claims, same ute, same postcode in Ballarat. I've been quoted $1,010 elsewhere. Can you sharpen the pencil?\n\nBrett Carmody"),
    ("a", "2019-11-19 12:15", "Hi Brett, we've reviewed your policy and applied a discount. Your new premium is $1,120. Ironbark Mutual Renewals"),
    ("c", "2020-11-16 20:05", "Subject: Renewal, round two\n\nSame story as last year. $1,420 on the notice. I rang, waited 40 minutes, and the woman on the phone knocked it back to $1,150 in about a minute. Why do I have to go through this every November? Just send me the real price in the first place."),
    ("a", "2020-11-17 10:30", "Hi Brett, premiums reflect a range of factors including the cost of claims in your area. Your renewal at $1,150 is confirmed. Ironbark Mutual Renewals"),
    ("c", "2022-11-21 18:50", "Subject: The November ritual\n\nThird year of the same dance: notice at $1,510, me on the phone, you discovering a 'loyalty adjustment' the moment I say the word cancel. I don't even get wound up about it anymore, I just block out an hour in the calendar every November for the argument. Let's do it by email this time. $1,180 and I'll renew."),
    ("a", "2022-11-22 09:40", "Hi Brett, we can offer $1,195 for the year. Ironbark Mutual Renewals"),
    ("c", "2022-11-22 12:05", "$1,195, fine. See you next November."),
])

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint;caps;other_type_cue", "Dunree Bank", "IE", "letter", [
    ("c", "2018-02-12 10:00", "22 Ashgrove Park\nNavan\nCo. Meath\n\n12 February 2018\n\nDear Sir or Madam,\n\nRe: Account 44017729, quarterly maintenance fee\n\nFor the third quarter in a row a maintenance fee of €18 has been taken from my account, although the balance has stayed above the €3,000 minimum the whole time. Copies of the statements are enclosed. I have held this account for twenty-two years and I know its terms better than your computer does. Please refund the €54.\n\nYours faithfully,\nLiam Costigan"),
    ("a", "2018-02-26 09:00", "Dear Mr Costigan, we have refunded €54 and apologise for the error. Yours sincerely, Gráinne Byrne, Customer Relations"),
    ("c", "2019-06-03 10:00", "22 Ashgrove Park\nNavan\nCo. Meath\n\n3 June 2019\n\nDear Ms Byrne,\n\nI am writing to you yet again. This time it is a €12.50 paper statement fee. I was told in writing in March 2018 that customers over 66 are exempt, and I enclose that letter. I expect I shall be enclosing it every year from now on.\n\nYours faithfully,\nLiam Costigan"),
    ("a", "2019-06-14 09:00", "Dear Mr Costigan, the fee has been refunded and your exemption reapplied. Yours sincerely, Gráinne Byrne, Customer Relations"),
    ("c", "2021-09-20 10:00", "22 Ashgrove Park\nNavan\nCo. Meath\n\n20 September 2021\n\nDear Ms Byrne,\n\nYou will not be surprised to hear from me. The statement fee is back, AGAIN, exactly as I predicted. Between us we must have a file on this the thickness of a telephone directory. A refund, please, and this time a note on the system that actually stays on the system.\n\nYours faithfully,\nLiam Costigan"),
    ("a", "2021-10-01 09:00", "Dear Mr Costigan, we have refunded the fee and placed a permanent exemption flag on your account. Yours sincerely, Gráinne Byrne, Customer Relations"),
    ("c", "2023-03-27 10:00", "22 Ashgrove Park\nNavan\nCo. Meath\n\n27 March 2023\n\nDear Ms Byrne,\n\nEighteen months now without the fee. I shall believe the exemption is permanent when I have seen a third year of it. I am keeping your letter in the drawer, beside the others.\n\nYours faithfully,\nLiam Costigan"),
])

# ================================================================ enemies (4)

h("enemies", "adversaries", "negative", "paraphrase;strong_words;caps;agent_cues", "Lakemont National Bank", "US", "email", [
    ("c", "2021-03-02 09:10", "Subject: Account frozen\n\nMy checking account has been frozen since Friday with no explanation. My mortgage payment comes out on the 5th. I've called three times and all anyone will tell me is 'it's under review'. What review?\n\nTanya Brooks"),
    ("a", "2021-03-02 15:30", "Dear Ms Brooks, your account is subject to a routine compliance review. We are unable to share further details. Lakemont National Bank Client Services"),
    ("c", "2021-03-09 08:45", "Still frozen. The mortgage payment bounced, my lender charged me $75, and I had to borrow from my sister to buy groceries. Nobody will tell me anything. This is my own money.\n\nTanya"),
    ("a", "2021-03-10 11:00", "Dear Ms Brooks, the review has been completed and your account is fully available. Lakemont National Bank Client Services"),
    ("c", "2021-03-30 19:20", "Subject: Close my accounts\n\nI've moved my paycheck and every bill to another bank. Close both accounts and mail me the balance. Eight days without access to my own money, no reason given, not one apology. I'll be telling everyone who asks, at work, at church, online, to keep their money as far from Lakemont as they can get it. Crooks is the polite word for you.\n\nTanya"),
    ("a", "2021-03-31 10:15", "Dear Ms Brooks, we're sorry to see you go and we value the time you banked with us. A check for your balance will be mailed within 10 business days. Lakemont National Bank Client Services"),
    ("c", "2021-04-19 18:00", "Got the check. I've also filed a complaint with the regulator and left a review on every site I could find. Don't send me any 'we miss you' mail. EVER.\n\nTanya"),
])

h("enemies", "", "negative", "paraphrase;strong_words;negation", "Marrow & Finch Insurance", "UK", "email", [
    ("c", "2022-12-05 20:10", "Subject: Claim MF-77310 declined\n\nYou've turned down my claim for storm damage to the garage roof because the roof was supposedly 'in poor condition'. Your own surveyor passed it when I took out the policy eighteen months ago. I want the decision reviewed by someone senior.\n\nGareth Pryce"),
    ("a", "2022-12-19 10:00", "Dear Mr Pryce, a senior claims handler has reviewed your claim and upheld the original decision. Marrow & Finch Claims"),
    ("c", "2023-01-16 19:35", "Then we're finished. I won't be renewing in March and I won't be keeping quiet about why. You take the premiums happily enough and then go hunting for an excuse the minute anybody actually needs you. That isn't insurance, it's a racket.\n\nGareth"),
    ("a", "2023-01-17 09:30", "Dear Mr Pryce, we're sorry you feel this way. If you remain unhappy you may refer your complaint to the Financial Ombudsman Service. Marrow & Finch Claims"),
    ("c", "2023-06-02 18:15", "The Ombudsman has found in my favour, as you know. Pay the £4,870. And so you're aware: every person who has asked me about home insurance since January has been told exactly what you are and to go anywhere else. I'll keep telling them.\n\nGareth"),
])

h("enemies", "", "negative", "paraphrase;not_chosen;typos;competitor", "Paperbark Bank", "AU", "secure", [
    ("c", "2021-07-05 20:45", "Subject: the takeover\n\ni never picked you lot. i was with Coastline Credit Union and you bought them out. since the switchover my card's been declined twice and the branch in Bega has gone. not impressed. Shane Callister"),
    ("a", "2021-07-06 10:00", "Hi Shane, welcome to Paperbark! We're sorry about the card issues. Please try again now; some cards needed reactivating after the migration. Paperbark Bank Support"),
    ("c", "2021-09-14 21:30", "dont 'welcome' me. the app has locked me out three times this month. im moving every cent to the community bank in town the minute my term deposit finishes in november and im telling every bloke at the footy club to do the same. you're a big city bank that thinks country people are mugs"),
    ("a", "2021-09-15 09:20", "Hi Shane, we're sorry to hear this. We've reset your app access. Paperbark Bank Support"),
    ("c", "2021-11-22 17:10", "term deposit's matured, close the lot. dont bother sending the survey. six of the lads have moved already and theres more coming"),
])

h("enemies", "", "negative", "paraphrase;idiom;signature", "Mardyke Pensions", "IE", "email", [
    ("c", "2020-02-10 12:20", "Subject: Transfer out - PRSA MP-20931\n\nHello,\nI asked on 4 November for my PRSA to be transferred to my new employer's scheme. It's now February. What is the hold-up?\n\nFergal Nolan\n--\nFergal Nolan\nQuantity Surveyor\nNolan Keogh Partnership\n01 555 0177"),
    ("a", "2020-02-12 10:00", "Dear Fergal, we are awaiting confirmation of the receiving scheme's details. We will update you shortly. Mardyke Pensions Administration"),
    ("c", "2020-05-18 13:05", "Three more months. Three. Meanwhile the money has been sitting in cash while the markets fell, and now you tell me the €6,200 drop is 'market movement'. It was your delay, not the market.\n\nFergal\n--\nFergal Nolan\nQuantity Surveyor\nNolan Keogh Partnership\n01 555 0177"),
    ("a", "2020-05-20 11:30", "Dear Fergal, we are sorry for the time this has taken. The transfer is now being processed. Mardyke Pensions Administration"),
    ("c", "2020-08-03 09:45", "The transfer finally went through, nine months after I asked and €6,200 lighter. I've put the whole thing, dates and all, on two personal finance forums, and I've asked our HR people to take you off the list of providers they give new staff. I'd sooner keep my savings in a biscuit tin under the stairs than have anything to do with you again.\n\nFergal\n--\nFergal Nolan\nQuantity Surveyor\nNolan Keogh Partnership\n01 555 0177"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "old_friends", "negative", "paraphrase;loyal_grievance;evolving", "Harrowgate Building Society", "UK", "letter", [
    ("c", "2016-09-12 10:00", "3 Larch Close\nKeighley\n\n12 September 2016\n\nDear Mrs Appleyard,\n\nI just wanted to say thank you for your help last week with my grandson's first savings account. It is thirty years this autumn since I walked in to open my own, and the Tanner Street branch is still the friendliest place in town. You all make a pensioner feel like somebody.\n\nYours sincerely,\nMargaret Holroyd"),
    ("a", "2016-09-20 09:00", "Dear Mrs Holroyd, what a lovely letter. It's a pleasure to see you every month. With best wishes, Christine Appleyard, Branch Manager"),
    ("c", "2020-03-02 10:00", "3 Larch Close\nKeighley\n\n2 March 2020\n\nDear Sir or Madam,\n\nI was sorry to read that Harrowgate is to merge with a larger society and that Tanner Street will close in the summer. I am told I can use a telephone number or the internet instead. I hope the people on the end of that telephone will be as kind as the people I have known.\n\nYours faithfully,\nMargaret Holroyd"),
    ("a", "2020-03-16 09:00", "Dear Mrs Holroyd, thank you for your letter. Our Member Services team is available by phone six days a week and will be happy to help with anything you need. Yours faithfully, Harrowgate Member Services"),
    ("c", "2021-05-17 10:00", "3 Larch Close\nKeighley\n\n17 May 2021\n\nDear Sir or Madam,\n\nI have rung your number four times this month and spoken to four different people, none of whom could find the notes from the call before. This is not the society I joined in 1986. Where I once knew the staff by their first names, I am now a reference number. I stayed with you through the merger because I believed I would be looked after as before, and I was wrong. I have opened an account with a small society in Otley and will move my savings over the summer. I do so with real sadness.\n\nYours faithfully,\nMargaret Holroyd"),
    ("a", "2021-05-28 09:00", "Dear Mrs Holroyd, we are very sorry to lose you after so many years. We have passed your comments to our Member Services director. Yours faithfully, Harrowgate Member Services"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;agent_cues;quoted_reply", "Quarry Hill Federal Credit Union", "US", "email", [
    ("c", "2017-06-20 18:30", "Subject: Thank you, Dolores\n\nJust a note to say Dolores at the Main St branch was fantastic helping us with the car loan last week. She remembered the kids' names from when we opened their savings accounts. This is exactly why we joined a credit union instead of a big bank. Please pass it on to her manager.\n\nCurtis and Jen Walsh"),
    ("a", "2017-06-21 10:00", "Thanks so much, Curtis! We love hearing this and Dolores was thrilled. Members like you are what Quarry Hill is all about. Quarry Hill FCU"),
    ("c", "2020-10-05 19:50", "Subject: New fees?\n\nWe got the notice about the $12 monthly fee on checking under $1,500 and the new $5 paper statement fee. Since when does our credit union nickel-and-dime its members? That's what we left the big banks to get away from.\n\nCurtis"),
    ("a", "2020-10-06 11:20", "Hi Curtis, these changes help us keep loan rates low for all members. You can avoid the fee with a $500 monthly direct deposit. Quarry Hill FCU"),
    ("c", "2022-02-14 20:05", "Subject: Re: An exciting update on our branches\n\n> we're excited to announce our new digital-first branch experience\n\nThe 'digital-first branch' is a kiosk and a phone on the wall. Dolores retired, the Main St lobby is empty, and last week a check took nine days to clear. We were members for thirteen years and we brought my parents and both our kids in with us. I'm sorry, but this isn't the place we joined. We're moving everything to the bank across the street, which is a sentence I never thought I'd write.\n\nCurtis"),
    ("a", "2022-02-15 09:30", "Hi Curtis, we're sorry to see you go and we value the thirteen years you've been with us. Your accounts will be closed once the transfers have cleared. Quarry Hill FCU"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;renewal;emoji", "Mulga Pet Insurance", "AU", "secure", [
    ("c", "2018-05-07 19:15", "Subject: Claim for Rosie\n\nHi! Claim paid in three days, honestly you lot are the best 🐶 Rosie's ear is all healed. She's the third dog we've had covered with you and there's never been a drama. Cheers, Priscilla Ngata"),
    ("c", "2022-04-11 20:40", "Subject: Renewal for Rosie\n\nRosie's renewal has come in at $1,940, up from $1,020 last year. She's 11, I get it, she's not a puppy anymore. But we've paid you every month for nine years across three dogs, and the first year one of them actually gets old, the price nearly doubles. Is there anything you can do?"),
    ("a", "2022-04-12 10:30", "Hi Priscilla, premiums increase with age as the risk of illness rises. We can offer a $500 excess option at $1,560 a year. Mulga Pet Insurance"),
    ("c", "2022-04-20 21:05", "So nine years of premiums buys me a bigger excess. That's how you repay the people who stuck with you 😞 I used to tell everyone at the dog park about you. Max is going to another insurer and Rosie will have to take her chances with our savings. Honestly gutted, we really rated you."),
    ("a", "2022-04-21 09:15", "Hi Priscilla, we're sorry to hear you're leaving. Rosie's policy will end on her renewal date. Mulga Pet Insurance"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;competitor;branch_note", "Ardmore Bank", "IE", "branch", [
    ("c", "2015-11-09 20:30", "Subject: Thanks to Siobhan in Tralee\n\nHello, I want to put on record how good Siobhan in the Tralee branch was in getting our first mortgage over the line. She rang us at nine at night to tell us the approval had come through. Coming to Ardmore was the best decision we made in the whole process.\n\nConor Ahern"),
    ("a", "2015-12-02 12:00", "Branch visit note, Tralee, 2 Dec 2015: Mr and Mrs Ahern attended to sign mortgage documents. Very positive about service; also opened a joint current account. S. Fitzgerald, Mortgage Adviser"),
    ("c", "2019-03-04 19:05", "Subject: Payment break question\n\nSiobhan has moved on and every question now goes to a central team in Dublin. It took four weeks to get an answer on a three-month payment break. It's not the same bank it was."),
    ("a", "2019-03-05 10:00", "Dear Mr Ahern, we're sorry for the delay. Your payment break has been approved. Ardmore Mortgage Servicing"),
    ("c", "2023-08-21 20:15", "Subject: Switching our mortgage\n\nWe've been approved to move our mortgage to the credit union in town at a lower rate. Honestly, I'd have stayed for the same rate if it still felt like the bank we signed with in 2015, but there's nobody left in the branch who knows us and the last three phone calls were a lottery. Please send the redemption figures to our solicitor. It's a pity; we recommended you to half the street back then."),
    ("a", "2023-08-30 11:30", "Branch visit note, Tralee, 30 Aug 2023: Mr Ahern attended to collect a redemption statement. Disappointed with changes to service since the branch restructure; retention rate offered and declined. P. Quinn, Customer Service"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues;negation", "Kestrel Building Society", "UK", "email", [
    ("c", "2017-01-09 12:10", "Subject: Fixed rate ending\n\nHi Alison,\nMy fix ends in March. You know the drill by now: tell me what you've got and I'll sign it. I've never once filled in one of those comparison websites and I'm not starting now. Twenty-one years with you this summer!\n\nBest, Dev Malhotra"),
    ("a", "2017-01-10 09:30", "Hi Dev, lovely to hear from you. Our 5-year fix at 2.39% is available to you with no fee; I'll send the forms today. Thank you for your loyalty. Alison, Kestrel Mortgages"),
    ("c", "2019-06-14 18:45", "Subject: Just a thank you\n\nNo question this time. I was at a barbecue on Saturday listening to people moan about their banks and realised I had nothing to add, because I've never had a bad day with you. Savings, mortgage, both kids' accounts, the lot, all with Kestrel, and that's how it stays while I've got breath in me. Thank you to the whole team.\n\nDev"),
    ("a", "2019-06-17 10:00", "Dev, this made our week. Thank you. Kestrel Member Services"),
    ("c", "2023-03-01 17:20", "Subject: Mortgage free!!\n\nThe last payment went out today. Twenty-five years. I'm thrilled and, I'll admit, a bit emotional. And don't think you're rid of me: what used to go on the mortgage is going straight into a Kestrel regular saver on Monday. You're stuck with me for good.\n\nDev"),
    ("a", "2023-03-02 09:15", "Congratulations, Dev! Your regular saver is ready to open whenever you are. Kestrel Member Services"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom;signature;competitor", "Copper Falls Federal Credit Union", "US", "email", [
    ("c", "2018-04-02 19:00", "Subject: Home equity line\n\nHi Marcus,\nWe're ready to redo the kitchen. Could you send over the paperwork for a HELOC? Same as the car loans and the mortgage, we'd rather have it with you than anywhere.\n\nThanks,\nGloria Mendez\n--\nGloria Mendez\nThird Grade, Lincoln Elementary"),
    ("a", "2018-04-03 10:20", "Hi Gloria, happy to help! The application is attached. Marcus, Lending Officer, Copper Falls FCU"),
    ("c", "2020-09-28 20:15", "Subject: Those bonus offers\n\nHi Marcus,\nA big national bank sent me a $500 cash bonus to move our checking over. It went straight in the recycling. Twenty years with you and I still get a little thrill every time I walk into that branch. You'll have to carry me out of there feet first.\n\nGloria\n--\nGloria Mendez\nThird Grade, Lincoln Elementary"),
    ("c", "2024-06-10 18:30", "Subject: Retirement!\n\nHi Marcus,\nI retire on Friday. Please set up the pension direct deposit into our checking, and I'd like to open a CD for the lump sum. Everything we have is with Copper Falls and I wouldn't want it any other way. Come to the party if you can.\n\nGloria\n--\nGloria Mendez\nThird Grade, Lincoln Elementary (for five more days)"),
    ("a", "2024-06-11 09:45", "Congratulations, Gloria! I'll set up the direct deposit today and call you about the CD. I'll be at the party. Marcus"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor;emoji", "Bottlebrush Super", "AU", "secure", [
    ("c", "2016-02-15 20:20", "Subject: New job, same fund\n\nHi, I've started a new job and their default fund is a different mob. I've filled in the choice form so my contributions keep coming to you. Fourth employer since 2004 and I've dragged my super back to Bottlebrush every single time. Can you confirm you've got the details the payroll people need? Cheers, Leanne Fitzroy"),
    ("a", "2016-02-16 11:00", "Hi Leanne, we've sent your employer our details; contributions should arrive from your next pay run. Bottlebrush Super Member Services"),
    ("c", "2020-08-20 19:40", "Subject: Annual statement\n\nJust opened my statement and had a little happy dance in the kitchen 💃 I honestly can't imagine my retirement anywhere but with you. My sister keeps telling me to chase whichever fund topped the table last year. No thanks, I'm where I want to be."),
    ("c", "2024-03-04 20:05", "Subject: Moving to the pension phase\n\nHi, I finish work in June. I'd like to start an account-based pension with you when I retire. Twenty years of saving with you and it's all going to stay right here till the end. What do I need to do?"),
    ("a", "2024-03-05 10:30", "Hi Leanne, congratulations on your retirement! We'll send you our retirement pack and book a free call with one of our advisers. Bottlebrush Super Member Services"),
])

h("marriage_partners", "", "positive", "paraphrase;renewal;emoji;typos", "Wicklow Mutual Insurance", "IE", "email", [
    ("c", "2019-01-07 19:30", "Subject: Renewal\n\nHi Sinead, renewal came in, paid the day it landed without so much as a glance at the price 😂 House, car, the van and my life cover, all with ye, and that's the way it'll stay. Thanks, Padraig Whelan"),
    ("a", "2019-01-08 10:00", "Thanks Padraig! All four policies are renewed. Sinead, Wicklow Mutual"),
    ("c", "2021-03-22 20:50", "Subject: Claim - flood in the shed\n\nSinead, the river came up into the shed last week. Photos attached. Not worried a bit, im with ye."),
    ("a", "2021-03-23 09:15", "Hi Padraig, sorry to hear that. An assessor will be out on Thursday. Sinead"),
    ("c", "2021-04-30 19:10", "Money came through yesterday, new shed going up Saturday. I'm mad about ye, honestly. People at the mart ask me who I'm insured with and I tell them there's no one else worth talking about. 🙌"),
    ("c", "2024-01-08 18:40", "Subject: Renewal again\n\nPaid it again, didn't look at it again. Twenty years with ye next year, we'll have to have a party."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature;strong_words", "Oriel Private Bank", "UK", "email", [
    ("c", "2019-10-08 08:05", "Subject: Yesterday\n\nRupert,\nYesterday I was put through to something called a 'service centre' and asked to spell my surname twice by a young man who plainly had no idea who I am. I do not bank with Oriel in order to be handled like a high-street customer. When I ring, I should reach you or your deputy, and you should already know why I am calling. See that it does not happen again.\n\nC. Hollis\n--\nDr Charles Hollis\nHollis Vane Capital\nSent from my tablet"),
    ("a", "2019-10-08 09:20", "Dear Dr Hollis, please accept my sincere apologies. Your calls will now route directly to me or to Imogen. Rupert Sale, Private Banker"),
    ("c", "2020-12-18 11:30", "Subject: The hamper\n\nRupert,\nThe Christmas hamper arrived addressed to 'Mr Hollis'. It has been Dr Hollis for thirty-one years, and it is on every document you hold. For the fees this household pays you, one would think somebody could read a name. I found it insulting, frankly.\n\nC. Hollis\n--\nDr Charles Hollis\nHollis Vane Capital\nSent from my tablet"),
    ("a", "2020-12-18 14:00", "Dear Dr Hollis, I am mortified and have corrected the record myself. Rupert"),
    ("c", "2022-05-03 07:50", "Subject: Mortgage on the Dorset house\n\nRupert,\nI learn from my accountant, not from you, that the rate on the Dorset mortgage went up on the 1st. I should not be finding out about my own affairs from a third party. I expect a call before such things happen, not a letter after. Ring me today; if Imogen rings instead, I will take the whole relationship elsewhere.\n\nC. Hollis\n--\nDr Charles Hollis\nHollis Vane Capital\nSent from my tablet"),
])

h("master_slave", "", "negative", "paraphrase;quoted_reply;agent_cues;caps", "Bellweather Private Bank", "US", "email", [
    ("c", "2021-06-14 16:40", "Subject: Wire to Zurich\n\nDana,\nThe wire to Zurich I asked for on Friday still hasn't arrived. I shouldn't have to chase it. With what I keep at Bellweather, someone on your side should have called me before I noticed anything.\n\nVictoria Langley-Ross"),
    ("a", "2021-06-14 17:05", "Dear Ms Langley-Ross, thank you for reaching out. International wires can take 1-2 business days; please allow until tomorrow. Dana Whitfield, Client Associate"),
    ("c", "2021-06-14 17:20", "> please allow until tomorrow\n\n'Allow'? I don't allow anything, Dana. At my level I do not expect to hear the words 'business days' from my own bank. Get Mr Avery on the phone. I'll be at this number until six.\n\nVictoria Langley-Ross"),
    ("a", "2021-06-14 17:45", "Dear Ms Langley-Ross, Mr Avery will call you within the hour. We value our relationship with you enormously. Bellweather Private Client Services"),
    ("c", "2022-11-29 10:15", "Subject: Holiday event\n\nMr Avery,\nI received the invitation to the holiday reception as a printed card with everyone else. In previous years it was a personal call. I notice these things. Please don't make me wonder whether I'm still a priority, because the moment I start wondering, I start shopping.\n\nV. L-R"),
    ("c", "2023-02-06 09:30", "Subject: Card\n\nMr Avery,\nMy new card arrived with my name misspelled, and the courier left it with the DOORMAN. A client with my balances should not be getting the treatment you'd give a student account. Fix it by courier, to me personally, today.\n\nV. L-R"),
])

h("master_slave", "", "negative", "paraphrase;renewal;typos", "Tallowood Prestige Insurance", "AU", "secure", [
    ("c", "2020-07-02 09:15", "Subject: Loan car\n\nThe hire car your repairer left me with while my car is in the panel shop is a tiny hatchback with a broken aircon. I pay a prestige premium precisely so that I never have to drive around in a shopping trolley. I want a vehicle of equivalent class delivered to my office today. Julian Thorne"),
    ("a", "2020-07-02 11:40", "Dear Mr Thorne, we apologise. An equivalent vehicle will be delivered to your office by 3pm. Tallowood Claims Concierge"),
    ("c", "2021-06-28 08:30", "Subject: Renewal\n\nRenewal is up 9%. Before I even look at it I want to know why I'm dealing with a generic claims line and not a named account manager. At this premium I shouldnt have to explain who I am every time I call. Assign me someone and take the 9% off, then we can talk."),
    ("a", "2021-06-29 10:00", "Dear Mr Thorne, we have assigned Nadia Cole as your dedicated account manager and applied a 9% premium adjustment. Tallowood Prestige"),
    ("c", "2022-06-30 07:45", "Subject: Renewal 2022\n\nNadia, the renewal arrived by email with a link to 'pay online'. I don't click links to pay things, that's what you're for. Call my assistant, get the card details, and sort it. Don't make me chase you on this, I dont have time for it."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;renewal;competitor", "Tern Direct", "UK", "email", [
    ("c", "2020-08-03 19:40", "Subject: Renewal - policy TD-90413\n\nHi, renewal is £412. I've checked a couple of comparison sites and you're still about the cheapest that isn't a cowboy outfit, so I'll stay on. Please keep the excess at £250.\n\nAndy Pearce"),
    ("a", "2020-08-04 10:00", "Dear Andy, your policy has been renewed at £412 with a £250 excess. Tern Direct"),
    ("c", "2021-08-02 20:05", "Subject: Renewal\n\n£398 this year, nothing's changed. Still the best price for what I need. Renew please."),
    ("a", "2021-08-03 09:30", "Dear Andy, renewed at £398. Tern Direct"),
    ("c", "2023-08-01 18:50", "Subject: Renewal 2023\n\n£455, up a bit but still in the right ballpark, and the wing mirror claim in March was painless: form online, money in four days. Renewing again. If the price goes silly next year I'll be off, no hard feelings either way.\n\nAndy"),
    ("a", "2023-08-02 10:10", "Dear Andy, renewed at £455. Thanks for staying with Tern Direct. Tern Direct"),
    ("c", "2024-07-30 19:35", "Subject: Renewal 2024\n\n£530 this time. I've had two quotes under £470 for the same cover, so unless you can get near that I'll be moving on. Nothing personal, it's just the numbers.\n\nAndy"),
])

h("basic_exchange", "", "neutral", "paraphrase;negation;routine_question", "Lantern Savings", "US", "secure", [
    ("c", "2022-12-05 12:30", "Subject: Opening deposit\n\nI opened a high-yield savings account for my emergency fund because your 4.35% APY was about 40 times what my checking bank pays, with no monthly fee. The initial transfer of $15,000 is pending. How long before it earns interest? Nikhil Rao"),
    ("a", "2022-12-05 16:00", "Hi Nikhil, interest accrues from the day funds settle, usually 1-3 business days. Lantern Savings Support"),
    ("c", "2024-01-22 19:45", "Subject: 1099-INT and rate\n\nWhere do I download the 1099-INT? Also, I see the APY is now 3.90%. For the record, I'm not attached to any particular bank; the money stays here as long as you're in the top few for rate and don't start charging fees. At 3.90% you still are."),
    ("a", "2024-01-23 10:15", "Hi Nikhil, your 1099-INT is under Documents > Tax Forms. Lantern Savings Support"),
    ("c", "2024-09-30 20:00", "Subject: Transfer limit\n\nIs there still a limit of six outgoing transfers per month? I'm moving a chunk to a brokerage for a CD ladder. The rest stays put while the rate holds."),
    ("a", "2024-10-01 09:40", "Hi Nikhil, we no longer limit outgoing transfers. Lantern Savings Support"),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question", "Jarrah Home Loans", "AU", "email", [
    ("c", "2021-05-10 20:15", "Subject: Offset account\n\nHi, six years on the variable rate with you now and honestly you're the kind of lender I like: the repayment comes out, nothing goes wrong, and I never have to think about you. Rate's still sharper than what my brother-in-law pays at his bank. Question: can I add an offset account to the loan, and is there a monthly fee? Dean Kovac"),
    ("a", "2021-05-11 10:30", "Hi Dean, yes, you can add an offset account for $10 a month. Jarrah Home Loans"),
    ("c", "2021-05-12 19:50", "$10 a month is fine, the interest I'll save covers it many times over. Set it up please."),
    ("c", "2023-09-18 20:40", "Subject: Rate check\n\nHi, rates have gone up everywhere, I know, but can you check my variable rate is still in line with what you're offering new customers? As long as it is, I'm happy to carry on as we are."),
    ("a", "2023-09-19 11:00", "Hi Dean, we've reviewed your loan and reduced your rate by 0.25% to match our current new-customer rate. Jarrah Home Loans"),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;signature;other_type_cue", "Slaney Credit Union", "IE", "email", [
    ("c", "2022-08-29 21:00", "Subject: Old account - can it be woken up?\n\nHello,\nI'm moving home to Enniscorthy after eighteen years in London and I found my old green passbook in a box at my mother's house. I opened it with my Confirmation money in 1987 and the woman at the counter stamped it with that big brass stamp that I was fascinated by. The balance says 43 pounds 17, in old Irish punts! Is the account still there, and can it be reactivated?\n\nThanks,\nAine Redmond\n--\nAine Redmond\nSenior Occupational Therapist"),
    ("a", "2022-08-30 10:15", "Dear Aine, welcome home! The account is dormant but can be reactivated with photo ID and proof of address. The balance is now €54.82. Slaney Credit Union"),
    ("c", "2022-09-12 19:30", "Subject: Re: Old account\n\nCame in on Saturday and it was like stepping back in time in the nicest way: the same smell of the radiators, and one of the women behind the counter remembered my dad. I've reactivated it and I'll be moving my savings across. It feels like coming back to something that was always mine.\n\nAine\n--\nAine Redmond\nSenior Occupational Therapist"),
    ("a", "2022-09-13 09:00", "Lovely to see you, Aine. Your savings account is active again. Slaney Credit Union"),
])

h("old_friends", "", "positive", "paraphrase;agent_cues;branch_note", "Tamberley Bank", "UK", "branch", [
    ("c", "2021-04-19 10:45", "Subject: Pension paid in\n\nDear all,\nI retire from the council at the end of May and want my pension paid into my current account. I first walked into the Wells Road branch in 1979 with my first wage packet in a brown envelope, and Mr Pritchard the manager shook my hand as if I'd bought the place. I'd like to come in and sort the pension out in person, for old times' sake.\n\nKen Bastable"),
    ("a", "2021-04-19 15:00", "Dear Mr Bastable, we'd be delighted to see you. We've booked you in at Wells Road on 4 May at 11am. Tamberley Bank"),
    ("a", "2021-05-04 12:30", "Branch visit note, Wells Road, 4 May 2021: Mr Bastable attended to set up pension payments. Customer since 1979 and very attached to the branch; reminisced about former staff. Updated contact details. Long-standing loyal customer. J. Okoro, Personal Banker"),
    ("c", "2021-05-06 18:20", "Subject: Thank you\n\nJust to say thank you to Jade for Tuesday. The branch has had three refits since my day and the counters are all screens now, but it still feels like my branch. Forty-two years of walking through that door. Lovely to hear the old names again.\n\nKen"),
    ("c", "2023-11-02 11:10", "Subject: Wells Road\n\nDear all,\nI hear a rumour that Wells Road may be shortlisted for closure. I hope it's only a rumour. Half my life has gone through that door.\n\nKen"),
    ("a", "2023-11-03 10:00", "Dear Mr Bastable, we have no plans to close Wells Road. Tamberley Bank"),
])

h("old_friends", "", "positive", "paraphrase;typos;caps", "Prairie Hollow Mutual", "US", "letter", [
    ("c", "2020-03-09 10:00", "RR 2 Box 118\nAlden, Iowa\n\nMarch 9, 2020\n\nDear Prairie Hollow,\n\nPLEASE NOTE NEW MAILING ADDRESS above. We sold the home place and moved into town. Been with you folks since 1974 when Harold Beck sold me my first policy at our kitchen table with a cup of coffee, and I dont think a renewal has gone by since without me thinking of him. Please move the auto and the house policy to the new address.\n\nYours sincerely,\nWalt Jorgensen"),
    ("a", "2020-03-16 09:00", "Dear Mr Jorgensen, we've updated your address on both policies. Harold would be glad to hear you remember him. Yours sincerely, Prairie Hollow Mutual Customer Service"),
    ("c", "2022-10-24 10:00", "RR 2 Box 118\nAlden, Iowa\n\nOctober 24, 2022\n\nDear Prairie Hollow,\n\nThe renewal came. Forty eight years now. I remember when your office was above the feed store and you could pay your premium in person and get a calendar with a pheasant on it. Thats long gone I know but I still hang the one you mail. Check enclosed.\n\nYours sincerely,\nWalt Jorgensen"),
    ("a", "2022-10-31 09:00", "Dear Mr Jorgensen, thank you for your payment. A calendar is on its way. Yours sincerely, Prairie Hollow Mutual"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;routine_question", "Bilby Bank", "AU", "secure", [
    ("c", "2024-02-06 20:10", "Subject: Getting set up\n\nHi! Just set up an account after hearing your ad on a podcast. I'm giving it a whirl alongside my usual bank for a few weeks to see how I go 🙂 How do I set up my phone number so friends can pay me instantly? Jess Ambrose"),
    ("a", "2024-02-07 09:30", "Hi Jess, welcome! Go to Payments > Receive > Link my mobile number. Bilby Bank"),
    ("c", "2024-03-01 21:15", "Subject: Round-ups\n\nStill road-testing you. The savings round-ups are fun and the app's quick. Haven't moved my pay over yet, I'll decide after Easter. Are round-ups counted as transfers for the bonus rate?"),
    ("a", "2024-03-02 10:00", "Hi Jess, round-ups don't count towards the bonus rate condition, but deposits of $1,000 a month do. Bilby Bank"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;competitor;first_time_loyal_claim", "Fernmoor Pet Insurance", "UK", "email", [
    ("c", "2023-05-15 20:40", "Subject: New policy - a couple of questions\n\nHi,\nI found you through a comparison site last week after our old insurer doubled the price for our cat, Miso. This is our first policy with you. Before the 14-day cooling-off period ends: is dental illness covered, and do I need to send her old vet history?\n\nThanks,\nBeth Ellory"),
    ("a", "2023-05-16 10:20", "Dear Beth, dental illness is covered on the Complete plan after a dental check in the first year. We'll request Miso's history from your vet if you ever claim. Fernmoor Pet Insurance"),
    ("c", "2023-05-16 19:05", "Thanks, that's helpful. If the first claim goes as smoothly as the sign-up has, you've probably got us for life, ha. Fingers crossed we never need it.\n\nBeth"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;typos", "Halden Bank Ireland", "IE", "secure", [
    ("c", "2022-01-17 18:30", "Subject: new account, card\n\nHello, I am new in Ireland from Brazil, I opened the account two weeks ago, it is my first bank in Europe so I try it and see how it goes. I didnt receive the debit card yet. Is it normal? Rafael Souza"),
    ("a", "2022-01-18 10:00", "Dear Rafael, cards arrive within 7 to 10 working days. We've checked and yours was posted on 12 January. Halden Bank Ireland"),
    ("c", "2022-01-24 19:45", "The card arrived, thank you. Second question: to pay the rent to my landlord I need the IBAN, where I find it in the app?"),
    ("a", "2022-01-25 09:30", "Dear Rafael, your IBAN is under Accounts > Details. Halden Bank Ireland"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;evolving;emoji;caps", "Nettlefield Bank", "UK", "secure", [
    ("c", "2019-05-20 21:30", "Subject: Just saying\n\nHonestly the best banking app I've ever used. Splitting bills with four housemates used to mean a spreadsheet and three arguments a month, now it's one tap 😍 Zara Quinn"),
    ("c", "2020-10-12 08:05", "Subject: ACCOUNT FROZEN??\n\nMy account has been frozen for a 'review' for six days. I can't pay rent, I can't buy food, and the chat keeps telling me it's 'with the team'. Furious doesn't cover it."),
    ("a", "2020-10-12 12:30", "Hi Zara, we're sorry for the disruption. The review has been completed and your account is available. Nettlefield Support"),
    ("c", "2021-03-08 19:20", "Subject: Back\n\nSo I moved my salary to a normal bank after the freeze. Lasted four months. Their app feels like it was built in 2009, so my pay's back with you. Don't make me regret it."),
    ("c", "2023-02-14 07:50", "Subject: Again??\n\nSecond freeze in three years, this time for four days over a £600 transfer from my own mum. I'm livid 😤 And yet here I am, not leaving, because nobody else's app comes close. What is wrong with me."),
    ("a", "2023-02-14 11:15", "Hi Zara, the hold has been lifted. We're sorry for the worry. Nettlefield Support"),
    ("c", "2023-02-14 11:40", "Thanks. Still mad at you. Still using you. 🙃"),
    ("c", "2024-05-27 20:30", "Subject: Referral code\n\nFive years, two freezes, and I've just talked my sister into opening an account with you so we can split the holiday costs. I know. I KNOW. Where do I find the referral code?"),
])

h("love_hate", "", "mixed", "paraphrase;idiom;renewal", "Hartwell Insurance", "US", "email", [
    ("c", "2019-07-01 20:00", "Subject: Hail claim - thank you\n\nThe adjuster came out two days after the storm, the roof check arrived in a week, and the crew your program sent was excellent. Honestly the best claim experience I've ever had.\n\nDiane Pruitt"),
    ("c", "2020-02-10 19:30", "Subject: Drafted twice\n\nYou drafted my premium twice this month and my mortgage payment bounced. This is the second billing mess in a year. How is the company that fixed my roof in a week the same company that can't run a direct debit?"),
    ("a", "2020-02-11 10:00", "Dear Ms Pruitt, we apologise. The duplicate draft has been refunded and we will cover the returned payment fee. Hartwell Billing"),
    ("c", "2022-06-20 18:45", "Subject: Renewal\n\nYou drive me up the wall. The billing portal logged me out three times today and the renewal letter had the wrong deductible on it. And I'm renewing anyway, because when it matters you actually show up, and I've never found anyone else who does. Please fix the deductible before I change my mind.\n\nDiane"),
    ("a", "2022-06-21 09:30", "Dear Ms Pruitt, we've corrected the deductible to $1,000 and your renewal is confirmed. Hartwell Insurance"),
])

h("love_hate", "", "mixed", "paraphrase;sarcasm;negation;branch_note", "Kurrajong Bank", "AU", "branch", [
    ("c", "2018-07-02 12:40", "Subject: Fees\n\nOh good, another fee. $5 a month for the privilege of having an account I've had since uni. Every year I say this is the year I leave you, and every year I don't. Nathan Said"),
    ("a", "2018-07-09 14:10", "Branch visit note, Parramatta, 9 Jul 2018: Mr Said attended re monthly fees. Moved to the fee-free Everyday account. Customer says he is 'always threatening to leave'. D. Harland, Branch Manager"),
    ("c", "2019-07-15 18:20", "Subject: Debbie\n\nThanks to Debbie for sorting the fees out last year. She's the only reason I'm still here. Your app, on the other hand, logged me out in the middle of a transfer again this morning. Brilliant."),
    ("c", "2021-11-29 19:05", "Subject: This is it\n\nI've had it. Home loan rate's higher than what your own website offers new customers. I've got the forms from another bank on the kitchen table. I'm not bluffing this time."),
    ("a", "2021-12-03 15:30", "Branch visit note, Parramatta, 3 Dec 2021: Mr Said attended with home loan comparison. Rate matched to new-customer rate. Customer stays. D. Harland"),
    ("c", "2021-12-03 19:45", "Subject: Well\n\nAnd I'm not leaving, am I. Debbie matched the rate, made me a coffee and asked after my mum. I'd happily throw your app in the harbour, but I can't seem to quit the place. See you next year when I threaten it again."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;signature;agent_cues", "Pipit Bank", "UK", "email", [
    ("c", "2020-02-17 21:10", "Subject: A few thoughts on the savings goals screen\n\nHi,\nI design apps for a living, so forgive me for noticing things. Three small ideas for the savings goals screen: show the date I'll hit the goal at my current rate, let me pause a goal without deleting it, and make the progress bar readable for colour-blind people (the green-on-red is invisible to me). Happy to go into more detail if anyone on your team wants it.\n\nOwen\n--\nOwen Liddell\nInteraction Designer\nowen.liddell@example.com"),
    ("a", "2020-02-18 10:00", "Hi Owen, thank you, this is really useful and we love hearing from customers like you. I've passed all three ideas to our product team. Pipit Bank Customer Experience"),
    ("c", "2021-04-06 20:30", "Subject: Spotted it!\n\nThe goal date and the pause button are both in today's update. That made my evening. The colour issue is still there; I've attached a mock-up with a pattern fill that would fix it without changing your brand colours.\n\nOwen\n--\nOwen Liddell\nInteraction Designer\nowen.liddell@example.com"),
    ("a", "2021-04-07 11:15", "Hi Owen, the mock-up is brilliant. Would you be willing to join our customer design panel? It meets online four times a year. Pipit Bank Customer Experience"),
    ("c", "2021-04-07 19:00", "Count me in. I'd much rather help get it right than moan about it afterwards.\n\nOwen\n--\nOwen Liddell\nInteraction Designer\nowen.liddell@example.com"),
    ("c", "2023-09-12 20:45", "Subject: Panel notes, September\n\nNotes from last week's panel session attached, as promised: mainly the joint-account invite flow, which loses people at the ID step. Two rough sketches of a shorter version are in there too. Looking forward to the next one.\n\nOwen\n--\nOwen Liddell\nInteraction Designer\nowen.liddell@example.com"),
])

h("business_partners", "", "positive", "paraphrase;quoted_reply;agent_cues", "Gidgee Super", "AU", "secure", [
    ("c", "2019-09-03 14:20", "Subject: The annual statement\n\nHello, I taught Year 10 English for 35 years, so I read your annual statement with a red pen in hand. It's accurate but it buries the two numbers members care about (what I've got and what it cost me) on page four. If you're ever redesigning it, I'd be glad to read a draft. Noreen Petrakis"),
    ("a", "2019-09-04 10:30", "Hi Noreen, thank you for such a thoughtful message. We are redesigning the statement next year and would welcome your input. Gidgee Super Member Experience"),
    ("c", "2020-05-11 15:05", "Subject: Re: Draft statement\n\n> We've attached the draft of the new member statement for your comments.\n\nComments attached, page by page. The new front page is a big improvement. I'd still move the insurance premiums up next to the fees, and please, no more 'utilise'. I'd also suggest testing it on a few members who don't like numbers; my sister volunteers."),
    ("a", "2020-05-12 09:40", "Hi Noreen, thank you! We'd love your sister's view too. Would you both consider joining our Member Reference Group? Gidgee Super Member Experience"),
    ("c", "2022-08-30 13:50", "Subject: This year's statement\n\nThe 2022 statement arrived and I recognised about half of what the reference group argued for. Well done. Next project, if you'll have me: the death benefit nomination form, which confused three of the women in my walking group last month."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;evolving;caps;agent_cues", "Nova Lane Bank", "US", "secure", [
    ("c", "2022-03-07 22:15", "Subject: THE CARD\n\nThe new titanium card just arrived and I'm obsessed. The weight, the thunk it makes on a restaurant table 😍 Signed up the day the waitlist opened purely because of the launch video. Whipped it out at brunch twice already. How do I add it to my phone wallet? Kayla Ruiz"),
    ("a", "2022-03-08 09:30", "Hi Kayla, glad you love it! Open the app, tap the card and choose 'Add to wallet'. Nova Lane Support"),
    ("c", "2022-04-19 20:40", "Subject: Limited colors?\n\nIs the rose gold edition still coming in May? I want it the second it drops 🔥"),
    ("a", "2022-04-20 10:00", "Hi Kayla, the rose gold edition launches on May 16 for existing cardholders. Nova Lane Support"),
    ("c", "2022-10-03 19:55", "Subject: Closing\n\nHonestly the novelty's worn off and the new Orbit card with the see-through design is everywhere on my feed right now, so I'm switching my spending to that. Please close the card. It was fun while it lasted!"),
])

h("fling", "", "positive", "paraphrase;hashtag;typos;emoji", "Quillon Bank", "UK", "email", [
    ("c", "2021-11-15 07:45", "Subject: Crypto wallet launch\n\nHi! Signed up for the crypto wallet the morning it went live, couldnt resist, everyone at work is talking about it #QuillonCrypto. Bought my first £50. How do I get the little rocket badge on my profile? 🚀\n\nTheo Marsh"),
    ("a", "2021-11-15 12:00", "Hi Theo, welcome aboard! The launch badge appears within 24 hours of your first purchase. Quillon Bank"),
    ("c", "2021-12-20 20:30", "Subject: Re: Crypto wallet\n\nBadge came through. Checking it on the bus every morning, it's the most fun I've had with a bank, ever. Any new coins coming in the new year?\n\nTheo"),
    ("c", "2022-06-06 19:10", "Subject: Closing the wallet\n\nTbh the excitement's gone, the whole thing's gone quiet and half my mates have moved on to something else. Please sell what's left and close the crypto wallet. Nothing wrong with you, just not my thing anymore.\n\nTheo"),
    ("a", "2022-06-07 09:45", "Hi Theo, your holdings have been sold and £31.40 credited to your current account. The wallet is closed. Quillon Bank"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature;agent_cues", "Atlantic Way Credit Union", "IE", "email", [
    ("c", "2019-11-04 20:05", "Subject: Thank you, Maura\n\nDear Maura,\nI don't think I ever said it properly. When Seamus was in hospital last winter you rang me before I'd even thought about the loan, and you'd already arranged the payment holiday. You explained everything twice because my head was all over the place, and you never once made me feel foolish.\n\nWith thanks,\nBernadette Kilbride\n--\nSent from my phone"),
    ("a", "2019-11-05 10:00", "Dear Bernadette, that's very kind. We think the world of you and Seamus, and you're family to us here. Maura"),
    ("c", "2021-06-14 11:30", "Subject: A text I got\n\nMaura, I got a text this morning saying it was from the credit union and asking me to confirm my card number. I didn't answer it. I rang you first because you're the one I'd ask about anything like that. Was it you?\n\nBernadette\n--\nSent from my phone"),
    ("a", "2021-06-14 11:50", "Bernadette, that wasn't us; you did exactly the right thing. I've reported it. Maura"),
    ("c", "2023-03-20 19:40", "Subject: Seamus\n\nMaura, Seamus passed away on Thursday. I wanted you to hear it from me. You'll know better than me what needs doing with the joint account. I'd rather sort it with you than anyone, you've been straight with me through every bit of the last few years.\n\nBernadette\n--\nSent from my phone"),
    ("a", "2023-03-21 09:15", "Bernadette, I'm so very sorry. Please don't worry about anything; I'll call you this afternoon and we'll go through it together, at your pace. Maura"),
    ("c", "2023-04-12 20:00", "Subject: Thank you again\n\nMaura, the account is all sorted now. I couldn't have faced that with a stranger on the phone. You sat with me for an hour and didn't rush me once. I'll be in on Friday with the brack I promised you.\n\nBernadette\n--\nSent from my phone"),
])

h("best_friends", "", "positive", "paraphrase;idiom;evolving", "Bluegum Insurance", "AU", "email", [
    ("c", "2018-08-06 20:00", "Subject: Renewal\n\nJust renew whatever I've got, same as last year. Thanks. Rob Kinnear"),
    ("a", "2018-08-07 09:30", "Hi Rob, your farm and contents policy is renewed. Bluegum Insurance"),
    ("c", "2020-01-14 21:20", "Subject: Fire claim\n\nThe fire took the machinery shed, 3 km of fencing and the pump. House is OK. I don't even know where to start."),
    ("a", "2020-01-15 08:00", "Hi Rob, I'm Tegan and I'll be looking after your claim from start to finish. I'll call you this morning. Tegan Moss, Claims Manager"),
    ("c", "2020-06-30 19:35", "Subject: Re: Fire claim\n\nTegan, I wanted to put this in writing. You rang every week, even when there was nothing to report. You told me straight away the pump wasn't covered instead of letting me find out later, and you talked me through the rest when I was in a bad way. You've been in my corner the whole time."),
    ("c", "2022-09-05 20:10", "Subject: Question for Tegan\n\nTegan, thinking about putting solar on the new shed. Before I ring the installer, what does it do to the cover? You're the first person I ask about anything like this now. I'd trust you with the keys to the place.\n\nRob"),
    ("a", "2022-09-06 10:20", "Hi Rob, great to hear from you! Solar panels are covered once you tell us their value; I'll send you the form. Tegan"),
    ("c", "2022-09-06 19:05", "Thanks Tegan, form's sent back. Don't you ever retire.\n\nRob"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;routine_question", "Hazelbury Savings", "UK", "secure", [
    ("c", "2020-01-27 19:20", "Subject: Joint account for the bills\n\nHi, we've opened a joint account with you just for household bills. Our salaries stay with our other banks and the savings move around wherever the rates are best, but you're the one we keep the bills in because the app is nice and simple. Can both of us get card notifications? Sanjay Gill"),
    ("c", "2022-03-14 20:05", "Subject: Switch bonus\n\nSaw your £150 switching offer. Does that apply to existing customers who move a current account over from elsewhere? We already use you for the bills and a couple of other banks for the rest, and we're happy juggling, but we'd take the £150 if it's going."),
    ("a", "2022-03-15 09:15", "Hi Sanjay, sadly the offer is only for new current accounts. Hazelbury Savings"),
    ("c", "2022-03-15 19:40", "Fair enough, no problem. Carrying on as we are then; you're still doing the job for the bills."),
])

h("buddies", "", "positive", "paraphrase;negation;other_type_cue", "Beckford Auto Insurance", "US", "secure", [
    ("c", "2019-05-13 12:30", "Subject: Adding a car\n\nHi, please add our 2015 sedan to the policy from June 1. I know you'll offer the home bundle again. The house is with another company and the umbrella policy with a third, and I like not having all my eggs in one basket. Auto stays with you. Paul Ferreira"),
    ("a", "2019-05-13 16:45", "Hi Paul, the sedan is added from June 1. Beckford Auto Insurance"),
    ("c", "2021-05-10 19:15", "Subject: Renewal\n\nRenewal looks fine. Still not interested in the bundle, thanks, but you've been easy to deal with for the cars these last few years and that's all I need from you."),
    ("c", "2023-04-24 20:00", "Subject: Teen driver\n\nOur son gets his license next month. What's the cost of adding him? Depending on the number we may put his car with whoever's cheapest for young drivers, no offence, and keep ours with you as usual."),
    ("a", "2023-04-25 10:30", "Hi Paul, adding your son would cost about $1,140 for six months; a good student discount may apply. Beckford Auto Insurance"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;other_type_cue;negation;caps;emoji", "Ember Card", "UK", "secure", [
    ("c", "2021-10-04 13:15", "Subject: Paperless please\n\nHi, please make sure everything for this card is paperless only, nothing at all posted to the house. My partner doesn't know I have it and I'd like it to stay that way. It's my bit of treat money for the shoes and the spa days he'd have kittens about. Lucy Ashworth"),
    ("a", "2021-10-04 16:00", "Hi Lucy, your account is set to paperless. Ember Card"),
    ("c", "2022-04-19 12:40", "Subject: Letter at home!!\n\nA marketing letter about a balance transfer came to the HOUSE on Saturday with your logo on the envelope. I nearly died. Luckily I got to the post first. Please take my address off all marketing. It's not that I'm hiding debt, I clear it every month from my own account; it's just my little indulgence and it's nobody's business."),
    ("c", "2023-06-02 13:05", "Subject: Limit\n\nCould the limit go up to £2,500? Summer sales. Same rules as ever: email only, nothing on paper 😉"),
])

h("secret_affair", "", "positive", "paraphrase;emoji;typos", "Stringybark Trading", "AU", "secure", [
    ("c", "2022-02-21 07:40", "Subject: notifications\n\nhi, can you switch the price alerts to silent? my wife thinks im reading the cricket on the train in the mornings. im actually punting on little mining stocks through your app 😬 she'd have a fit. no lectures please, its my one vice. Greg Tolan"),
    ("a", "2022-02-21 10:15", "Hi Greg, you can set alerts to silent under Settings > Notifications > Sound. Stringybark Trading"),
    ("c", "2022-09-12 07:55", "Subject: statements\n\ncan the tax statement go to my work email, not home? same reason as before 🤫 it's a harmless bit of fun, i only ever put in what i can lose"),
    ("a", "2022-09-12 11:00", "Hi Greg, we've updated your email address for statements. Stringybark Trading"),
    ("c", "2023-11-06 07:35", "up $900 on the lithium one this month. cant tell a soul, so i'm telling you 😂"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;caps;strong_words", "Dunmore Finance", "UK", "letter", [
    ("c", "2022-02-08 10:00", "Flat 2, 9 Albion Terrace\nScarborough\n\n8 February 2022\n\nDear Sir or Madam,\n\nRe: your letter of 31 January, reference DF-6672019\n\nYour letter demands £1,840 for an overdue loan. I have NEVER taken out a loan, a card or any account of any kind with Dunmore Finance. Until your letter arrived I had no idea your company existed. Please explain where you got my name and address, and stop writing to me.\n\nYours faithfully,\nJoanne Whitby"),
    ("a", "2022-02-21 09:00", "Dear Ms Whitby, thank you for your letter. To investigate, please provide your date of birth and previous addresses for the last three years. Yours faithfully, Dunmore Finance Collections"),
    ("c", "2022-03-01 10:00", "Flat 2, 9 Albion Terrace\nScarborough\n\n1 March 2022\n\nDear Sir or Madam,\n\nI will not be sending my date of birth to a company I have no dealings with. I have had no contact with you, ever, except your threatening letters. Since my last letter I have had two more, including one mentioning bailiffs. This is frightening and outrageous. If you cannot show me an agreement I signed, close the matter.\n\nYours faithfully,\nJoanne Whitby"),
    ("a", "2022-03-15 09:00", "Dear Ms Whitby, we have found that the account belongs to a different person who previously lived at your address. We have closed the matter and apologise for any distress. Yours faithfully, Dunmore Finance Collections"),
])

h("complete_strangers", "", "neutral", "paraphrase;quoted_reply;quoted_cue;agent_cues", "Harrier Life & Casualty", "US", "email", [
    ("c", "2023-08-14 18:30", "Subject: Renewal notice received in error\n\nHello,\nI received a renewal notice for homeowners policy HL-4471098 at my address. I have never held a policy with Harrier, and my home is insured with another company. Could you check your records and remove my address?\n\nThank you,\nAlan Whitcomb"),
    ("a", "2023-08-15 10:00", "Dear Mr Whitcomb, thank you for being a valued Harrier policyholder. Your renewal premium of $1,284 is due on September 1. Harrier Customer Service"),
    ("c", "2023-08-15 19:10", "> thank you for being a valued Harrier policyholder\n\nI think there's been a misunderstanding. I'm not a policyholder and never have been; Harrier wasn't a name I knew at all until this letter arrived. The policy number must belong to someone else, possibly the previous owner of the house, who moved out in 2021. Please correct this.\n\nAlan Whitcomb"),
    ("a", "2023-08-16 11:20", "Dear Mr Whitcomb, our apologies. The policy belongs to the previous owner; we have corrected the mailing address. Harrier Customer Service"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;idiom;routine_question", "Brannock Bank", "IE", "secure", [
    ("c", "2019-04-08 20:30", "Subject: Euro transfer to France\n\nHi, I only use this account once in a blue moon, to pay the deposit on the holiday house in Brittany. What's the cut-off for a SEPA transfer to arrive the same day? Martina Cullen"),
    ("a", "2019-04-09 09:45", "Dear Martina, SEPA transfers made before 3pm usually arrive the same working day. Brannock Bank"),
    ("c", "2021-06-21 19:50", "Subject: Login\n\nHi, I haven't logged in for about two years and the app won't accept my old PIN. How do I reset it? Another holiday payment due, as happens now and again."),
    ("a", "2021-06-22 10:10", "Dear Martina, you can reset your PIN from the login screen using your card and the code we text you. Brannock Bank"),
    ("c", "2024-05-13 20:15", "Subject: Dormant?\n\nHi, the account hasn't been touched much since the last holiday. Is there a fee if it sits unused for a while, or will it be closed? I'd like to keep it for the odd trip."),
    ("a", "2024-05-14 09:30", "Dear Martina, there's no fee and we won't close the account; it may be marked dormant after 3 years without activity. Brannock Bank"),
])

h("casual_acquaintance", "", "positive", "paraphrase;routine_question", "Sandpiper Travel Insurance", "AU", "email", [
    ("c", "2017-06-19 20:00", "Subject: Cover for Bali\n\nHi, I'd like single-trip cover for 10 days in Bali in July. Does it cover scooter accidents if I have a licence? Anika Bose"),
    ("a", "2017-06-20 10:00", "Hi Anika, scooter accidents are covered if you hold a valid motorcycle licence and wear a helmet. Sandpiper Travel Insurance"),
    ("c", "2019-11-04 19:30", "Subject: New Zealand\n\nHi, me again, a couple of years on. I grab a policy from you whenever I go somewhere, which isn't all that often. Ten days in NZ over Christmas this time, skiing included. Same type of cover as before please."),
    ("a", "2019-11-05 09:40", "Hi Anika, your policy with the snow sports option is attached. Sandpiper Travel Insurance"),
    ("c", "2024-03-18 20:20", "Subject: Europe\n\nHi, it's been a while, first big trip since everything shut down. Four weeks in Europe in June. Quote please, the usual comprehensive one. You've always been easy when I've needed you."),
    ("a", "2024-03-19 10:15", "Hi Anika, your quote for comprehensive cover is $287. Sandpiper Travel Insurance"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues", "Millbeck Building Society", "UK", "email", [
    ("c", "2019-04-15 19:30", "Subject: AGM question\n\nHello,\nAhead of the AGM: as members, can we table a motion asking the board to keep a staffed counter in every town where we have a branch? A few of us from the Settle branch have been talking and we'd like to put it to the rest of the membership.\n\nRegards,\nHugh Ferris"),
    ("a", "2019-04-16 10:00", "Dear Mr Ferris, members can submit a motion with the support of 50 other members by 1 May. We value our member community's involvement. Millbeck Company Secretary"),
    ("c", "2019-04-29 20:10", "Subject: Motion submitted\n\nWe've got 73 signatures from members across four branches. It's been heartening to find out how many of us feel the same. Attached, with the list.\n\nHugh"),
    ("c", "2019-06-24 19:45", "Subject: After the AGM\n\nThank you for the board's answer at the AGM, and for the commitment on the counters. This is what being owned by the people who save with you should look like. A group of us have offered to help run the member drop-in sessions in the autumn.\n\nHugh"),
    ("a", "2019-06-25 09:30", "Dear Mr Ferris, thank you. Our Member Engagement team will be in touch about the drop-in sessions. Millbeck Building Society"),
])

h("teammates", "", "positive", "paraphrase;signature", "Alder Creek Federal Credit Union", "US", "secure", [
    ("c", "2020-09-08 20:00", "Subject: Youth savings program\n\nHi Renee,\nThe kids at the middle school loved the money game we ran last Thursday. Three of the other member volunteers and I want to build a second session on budgeting for a first job. Can we use the community room in October?\n\nLaToya Simmons\n--\nLaToya Simmons\nMember Volunteer, Youth Savings Program"),
    ("c", "2021-04-26 19:30", "Subject: Shred day\n\nRenee, we had 40 volunteers at shred day and collected 600 pounds of food for the pantry on top of the shredding. That's us members and your staff side by side. Same again in the fall?\n\nLaToya\n--\nLaToya Simmons\nMember Volunteer, Youth Savings Program"),
    ("c", "2023-01-17 20:15", "Subject: Board election\n\nHi Renee, I'm thinking of running for the volunteer board this spring. After three years of helping with the programs it feels like the next step in doing this together. Who do I talk to about the nomination?\n\nLaToya\n--\nLaToya Simmons\nMember Volunteer, Youth Savings Program"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues;branch_note", "Glenmornan Credit Union", "IE", "branch", [
    ("c", "2022-05-16 19:40", "Subject: Account for my daughter\n\nHello, I'd like to open an account for my daughter Ella, who's seven. My grandfather was one of the people who set up Glenmornan in the sixties, my mother has saved with you all her life and I opened my first account at Ella's age. It wouldn't feel right starting her anywhere else. Can I bring her in on Saturday?\n\nClodagh Breslin"),
    ("a", "2022-05-17 10:00", "Dear Clodagh, of course! Bring Ella's birth certificate and PPS number. Glenmornan Credit Union"),
    ("a", "2022-05-21 12:15", "Branch visit note, 21 May 2022: Ms Breslin attended with daughter Ella to open a juvenile savings account. Fourth generation of the family with the credit union. Ella made her first lodgement of €20. M. Doherty"),
    ("c", "2022-05-23 20:05", "Subject: Thank you\n\nElla hasn't stopped talking about her book and the lollipop. Mam was delighted when I told her, she said it's exactly what her own father would have wanted. Thank you all.\n\nClodagh"),
])

h("close_siblings", "", "positive", "paraphrase;typos", "Lindenrock Farm Mutual", "US", "letter", [
    ("c", "2021-01-11 10:00", "4410 County Road 9\nMarshall, Minnesota\n\nJanuary 11, 2021\n\nDear Lindenrock,\n\nDad passed in November and the farm comes to me and my brother now. Please put the farm policy in our names. Grandpa insured the place with you in 1951, Dad kept it with you every year after, and theres no question of us taking it anywhere else. You folks have always treated this family like kin.\n\nYours sincerely,\nEmily Lindqvist"),
    ("a", "2021-01-20 09:00", "Dear Ms Lindqvist, please accept our condolences. We've put the farm policy in your and your brother's names. Yours sincerely, Lindenrock Farm Mutual"),
    ("c", "2023-03-06 10:00", "4410 County Road 9\nMarshall, Minnesota\n\nMarch 6, 2023\n\nDear Lindenrock,\n\nMy son Jacob starts farming the north quarter with us this spring, so please add him to the policy. Fourth Lindqvist to be on your books. Dad would of been proud.\n\nYours sincerely,\nEmily Lindqvist"),
    ("a", "2023-03-14 09:00", "Dear Ms Lindqvist, Jacob has been added. Welcome to the fourth generation! Yours sincerely, Lindenrock Farm Mutual"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;negation", "Shortstay Cover", "UK", "email", [
    ("c", "2023-09-11 18:45", "Subject: One day van cover\n\nHi, I need cover for Saturday 16 September only, to drive my brother's van to collect a sofa. I don't want an account, I don't want renewal reminders or offers, and please don't keep my card on file after the payment. Is that possible?\n\nDanny Okoye"),
    ("c", "2023-09-12 20:10", "Bought it, £24.60, thanks. That's all I'll ever need from you, so no hard feelings if you never hear from me again."),
    ("c", "2023-09-18 19:00", "Subject: Delete my details\n\nSofa's moved, van's back. Please delete my account details now the policy's ended."),
])

h("one_night_stand", "", "positive", "paraphrase;emoji", "Reefline Travel Cover", "AU", "email", [
    ("c", "2023-12-20 06:10", "Subject: Policy bought at the airport\n\nHi, I bought your cover on my phone at the gate about ten minutes before boarding for Fiji, total spur of the moment after reading a horror story on a forum 😅 Can you confirm it's active from today? Liam Pereira"),
    ("c", "2024-01-08 19:40", "Subject: Baggage claim\n\nMy bag turned up 2 days late in Nadi. Receipts for a toothbrush and a swimsuit attached ($86)."),
    ("c", "2024-01-09 19:15", "Thanks, quick and easy. To be honest it was a one-time thing for that trip, I don't travel much, so please don't put me on any mailing lists 👍"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;signature;quoted_reply", "Holloway Business Bank", "UK", "email", [
    ("c", "2020-10-01 09:20", "Subject: Bulk payment file rejected\n\nHello,\nOur payroll file for 14 staff was rejected this morning with error 'invalid header'. We run the practice's payroll through this account on the 1st of every month and the format hasn't changed. Could someone look at it today? Staff need paying.\n\nMany thanks,\nSarah Pike\n--\nSarah Pike\nPractice Manager, Greenhill Dental Practice\n01632 555 014"),
    ("a", "2020-10-01 11:00", "Dear Sarah, the header format changed on 28 September; the new template is attached. Holloway Business Banking"),
    ("c", "2020-10-01 11:45", "> the header format changed on 28 September\n\nA heads-up would have helped. New template works, file accepted. Thanks for the quick turnaround.\n\nSarah\n--\nSarah Pike\nPractice Manager, Greenhill Dental Practice\n01632 555 014"),
    ("c", "2022-04-04 10:05", "Subject: Additional signatory\n\nHello,\nWe've taken on a new partner, Dr Emeka Obi, and he needs to be added as a signatory and approver for payments over £5,000. Please send the mandate form.\n\nSarah\n--\nSarah Pike\nPractice Manager, Greenhill Dental Practice\n01632 555 014"),
    ("a", "2022-04-04 14:30", "Dear Sarah, the mandate form is attached. Holloway Business Banking"),
])

h("colleagues", "", "positive", "paraphrase;renewal", "Galah Trade Insurance", "AU", "email", [
    ("c", "2021-02-01 07:10", "Subject: Certificate of currency\n\nMorning, a builder we sub for in Geelong wants a certificate of currency for our public liability before we start on site Monday. Policy IT-33018. Can you send it today? Mick Russo, Russo Plumbing & Gas"),
    ("a", "2021-02-01 09:30", "Hi Mick, certificate attached. Galah Trade Insurance"),
    ("c", "2022-01-24 06:55", "Subject: Renewal and the new ute\n\nHi, renewal time. We've added a second apprentice and a new ute with about $18k of tools in it, so the tools cover and the liability need updating before we renew. You lot are part of how the business runs, like the van and the accountant, so I'd like it done before the 1st."),
    ("a", "2022-01-25 10:00", "Hi Mick, updated quote attached: $4,910 for the year including the new ute's tools. Galah Trade Insurance"),
    ("c", "2022-01-26 07:20", "Good, renew it. Send the new certificate of currency too, the builders always ask."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "paraphrase;emoji;caps", "Stillwater Invest", "US", "secure", [
    ("c", "2021-02-08 23:40", "Subject: Outage tonight\n\nYour app was down for two hours tonight and I was pacing around my apartment like a smoker without cigarettes. I check it before I'm properly awake and about 50 times a day after that. I NEED it working. What happened? Trevor Quayle"),
    ("c", "2021-08-16 22:10", "Subject: Alerts\n\nCan you turn off the price alerts on my account completely? I can't stop opening the app every time my phone buzzes, my girlfriend says I'm glued to it, and she's right 😩 And I'll probably still open it anyway."),
    ("c", "2022-01-03 21:30", "Subject: Wellbeing limit\n\nTurned on the daily limit on New Year's Day. Lasted until the 2nd. Turned it off. I know it's not healthy, but the app is the first thing I reach for and the last thing I look at at night."),
])

h("dealer_addict", "", "positive", "paraphrase;idiom", "Wrenfield Cashback Card", "UK", "email", [
    ("c", "2020-07-13 20:30", "Subject: Cashback question\n\nHi, does the 1.5% cashback apply to council tax paid by card? I put absolutely everything on this card now. I genuinely get twitchy if I have to pay for anything with something else.\n\nIsla Fenwick"),
    ("c", "2021-12-06 19:45", "Subject: Card limit\n\nCould my limit go up? I'd walk over hot coals for that 1.5% and I keep hitting the ceiling before the month's out. I check the cashback tally every night before bed, it's become a small ritual."),
    ("c", "2023-02-20 20:10", "Subject: Replacement card\n\nMy card's been cloned and cancelled and the new one takes 5 days. Five days with no Wrenfield. I honestly don't know what to do with myself. Please can you speed it up?"),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|ie|com\.au|org|net|io))\b")
SUBJECT = re.compile(r"^Subject: \S")
QUOTE_LINE = re.compile(r"(?m)^>.*$")
SIG = re.compile(r"(?ms)^--\s*$.*")                  # a signature below a '--' line
BRANCH_NOTE = re.compile(r"^Branch visit note, ")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes and banking abbreviations, not shouting
ACRONYMS = {"ISA", "SIPP", "PRSA", "TPD", "ECB", "SEPA", "IBAN", "PIN", "APY", "INT", "CPA",
            "HELOC", "HR", "SUV", "NZ", "PPS", "AGM", "CD", "ATM", "FCU", "ID", "TD", "POL", "ET"}
TYPO_WORDS = ["cant", "ive", "dont", "im", "wont", "didnt", "thats", "isnt", "doesnt", "whats",
              "havent", "theres", "shouldnt", "couldnt", "untill", r"recieve\w*", "definately",
              "would of"]
# lower case, or capitalised at the start of a sentence ("Thats"), not codes such as "IM-4480"
TYPOS = re.compile(r"\b(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in TYPO_WORDS) + r")\b")
CURRENCY = {"UK": "£", "IE": "€", "AU": "$", "US": "$"}
# warm words in the firm's replies and notes; `agent_cues` is tagged exactly when one holds one
AGENT_WARM = [r"\blov(e|es|ed|ing)\b", r"\bloyal", r"\blong-standing\b", r"\bvalued\b",
              r"\bwe value\b", r"\bfamily\b", r"\bcommunity\b", r"\bpart of the\b",
              r"\bmembers like you\b", r"\bthink the world\b"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words (quoted lines and signatures removed) should sit in a history whose trap
# tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up", "loyalty card",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know who", "love", "loyal", "never switching", "forever", "addict", "obsess",
            "hooked", "need my fix", "can't go a day", "guilty pleasure", "don't judge",
            "my little secret", "don't tell", "never heard of", "who are you", "unsolicited",
            "never signed up", "came across", "stumbled on", "first time", "just downloaded",
            "every now and then", "from time to time", "now and then", "our community",
            "fellow users", "together", "for years", "since i was a kid", "remember when",
            "like coming home", "my mum always", "my mom always", "family tradition",
            "like family", "family", "generations", "partner", "always", "again", "used to",
            "not anymore", "gone downhill", "betrayed", "dumped", "hate", "scam", "worst",
            "boycott", "warn everyone", "avoid", "stay away", "never again", "can't quit",
            "keep coming back", "just this once", "one-time", "one-off", "impulse", "for work",
            "our team", "does what we need", "as usual", "typical", "on hold", "fees again",
            "fighting with", "disputed"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "generations", "avoid", "disputed", "family"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's text without the lines it quotes and without its signature."""
    return SIG.sub("", QUOTE_LINE.sub("", text))


def days(a, b):
    f = "%Y-%m-%d %H:%M"
    return (dt.datetime.strptime(b, f) - dt.datetime.strptime(a, f)).days


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch, country = x["channel"], x["country"]
    assert ch in CHANNELS, ch
    assert country in COUNTRIES, country
    msgs = x["msgs"]
    cust = [t for r, _, t in msgs if r == "c"]
    agent = [t for r, _, t in msgs if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # long histories: 3 to 8 messages, at least two of them the customer's
    assert 3 <= len(msgs) <= 8 and len(cust) >= 2, (x["brand"], len(msgs), len(cust))
    # e-mail and secure-message threads open with a subject line; letters carry a salutation
    # and a close; a branch history holds at least one visit note, and only it does
    if ch in ("email", "secure", "branch"):
        assert SUBJECT.match(cust[0]), (x["brand"], cust[0][:30])
    if ch == "letter":
        for t in cust:
            assert "Dear " in t and re.search(r"Yours (sincerely|faithfully)", t), x["brand"]
    else:
        assert not any(re.search(r"Yours (sincerely|faithfully),\n", t) for t in cust), x["brand"]
    has_note = any(BRANCH_NOTE.match(t) for t in agent)
    assert has_note == (ch == "branch") == ("branch_note" in tags), x["brand"]
    # money in the country's currency only
    for _, _, t in msgs:
        for sym in "£€$":
            assert sym not in t or sym == CURRENCY[country], (x["brand"], sym)
    # what the tags promise is in the text, and the other way round
    assert ("quoted_reply" in tags) == any(QUOTE_LINE.search(t) for t in cust), x["brand"]
    assert ("signature" in tags) == any(SIG.search(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(re.search(w, t.lower()) for t in agent for w in AGENT_WARM), \
        x["brand"]
    if "renewal" in tags:
        assert any("renew" in t.lower() for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "quoted_reply" in tags or re.search(r"'[^']*loyal", own), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # a history that evolves runs over half a year at least
    if "evolving" in tags:
        assert days(msgs[0][1], msgs[-1][1]) >= 180, x["brand"]
    # invented addresses only
    for _, _, t in msgs:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=8))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 70
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 5 for c in CHANNELS), chans
        countries = Counter(x["country"] for x in hists)
        assert all(countries[c] >= 15 for c in COUNTRIES), countries
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert all(sizes[n] >= 3 for n in range(3, 9)), sizes
        spans = [days(x["msgs"][0][1], x["msgs"][-1][1]) for x in hists]
        assert sum(s >= 365 for s in spans) >= 40, spans
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "signature", "branch_note", "renewal", "evolving"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    hists = [x for _, x in assigned]
    print("channels:", dict(Counter(x["channel"] for x in hists)))
    print("countries:", dict(Counter(x["country"] for x in hists)))
    spans = [days(x["msgs"][0][1], x["msgs"][-1][1]) for x in hists]
    print("span in days: min", min(spans), "median", sorted(spans)[len(spans) // 2],
          "max", max(spans), "; over a year:", sum(s >= 365 for s in spans))
    print("customers with one message of their own:",
          sum(1 for x in hists if sum(r == "c" for r, _, _ in x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
