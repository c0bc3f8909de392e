#!/usr/bin/env python3
"""Invented development histories za001..za080 for relradar (twentyeighth set).

Genre: consumer complaints and letters about financial services, 1 to 4 messages per customer.
Complaint narratives filed with a regulator (`regulator`: US style, dates and account details
redacted as XX/XX/XXXX and XXXX, amounts in braces like {$35.00}, sometimes followed by the
company's response and the consumer's rebuttal), complaint forms sent to an ombudsman
(`ombudsman`: UK style, "What happened:" and "What I want the business to do:", dates redacted as
XXXX), e-mails to banks, card issuers, lenders and insurers (`email`: a Subject line, often a
sign-off and a signature, sometimes the firm's earlier reply quoted with ">"), and bank-app or
insurer chats with agents (`chat`). Credit reports, debt collectors, mortgages and escrow,
credit cards, overdraft fees, transfers, fraud, insurance claims, buy-now-pay-later, savings.
The relationship is told in paraphrase; most undetermined customers tell one dispute in detail.
All texts, names, brands, addresses (example.com) and numbers are invented. Each history is
written under its intended label; ids are assigned by a seeded shuffle (seed 2828) of the
harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "za"
SEED = 2828

# where a history was written: a complaint to a (US-style) regulator, a complaint form to a
# (UK-style) ombudsman, an e-mail to the firm, a chat in the firm's app or website
CHANNELS = ("regulator", "ombudsman", "email", "chat")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the firm."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "single_incident;other_type_cue", "Clearview Credit Bureau", "regulator", [
    ("c", "2024-03-11 21:14", "I am writing because my Clearview Credit Bureau report shows three accounts that I did not open. On XX/XX/XXXX I received a letter from a lender I have never applied to, thanking me for my application. When I pulled my report I found a retail card ending XXXX opened XX/XX/XXXX, a hard inquiry from XXXX Auto and a personal loan of {$4,200.00} that is now showing 60 days late. I have never had these accounts and I have never done business with those lenders. I filed an identity theft report with the FTC on XX/XX/XXXX (report number XXXX) and a police report with the XXXX County Sheriff. Under section 605B of the Fair Credit Reporting Act I am asking Clearview to block these items within four business days of receiving my identity theft report. My score dropped from the high 700s to XXXX and I was turned down for an apartment because of it. I have attached the FTC report, my driver's license and a utility bill. Please remove the fraudulent accounts and the inquiry and send me an updated copy of my report."),
])

h("undetermined", "", "negative", "single_incident;strong_words;caps", "Crestline National Bank", "regulator", [
    ("c", "2024-06-02 08:47", "On XX/XX/XXXX my paycheck of {$1,380.00} was deposited into my Crestline checking account at 6am according to the app. The same day a {$12.99} streaming charge, a {$4.50} coffee and a {$61.00} gas purchase posted. Crestline processed the gas purchase and the two smaller items BEFORE the deposit, even though the deposit showed as pending first, and charged me THREE overdraft fees of {$36.00} each, {$108.00} in total, on a day when my balance was never actually negative at the close of business. I called on XX/XX/XXXX and the representative told me the posting order is \"at the bank's discretion\" and that she could refund one fee as a courtesy. One. This is outrageous and I am furious about it. Charging a person {$108.00} for a coffee and a tank of gas on payday is indefensible. I am asking the CFPB to require Crestline to refund all three fees and to explain in writing the order in which these transactions were posted and why."),
])

h("undetermined", "", "negative", "single_incident;strong_words;third_party;other_type_cue", "Harrowgate Building Society", "ombudsman", [
    ("c", "2024-11-19 13:30", "What happened:\nOn XXXX I got a text that looked like it came from a parcel company, and an hour later a call from a man who said he was from Harrowgate's fraud team. He knew my name, my sort code and the last four digits of my card. He told me my account had been compromised and that I had to move my savings into a 'safe account' while they investigated. I moved £6,850 in two payments. I now know he was a criminal. I rang Harrowgate within the hour when I realised. The first person I spoke to was kind, but the fraud team's letter dated XXXX says they will not refund me because I 'ignored a warning' on the payment screen. The warning was a generic pop-up asking 'could this be a scam?' with nothing about safe accounts. Nobody from Harrowgate called to check two large payments to a brand-new payee within ten minutes. I am appalled at how this has been handled and at the tone of the final response, which reads as if it was written to blame me.\n\nWhat I want the business to do:\nRefund the £6,850 under the reimbursement rules for authorised push payment fraud, and explain why their systems did not flag the payments."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Kestrel Bank", "chat", [
    ("c", "2025-01-06 19:02", "Hi, how do I set up a standing order to my landlord for the 1st of each month? Can't find it under Payments."),
    ("a", "2025-01-06 19:04", "Hi Tom, thanks for getting in touch! Go to Payments > Scheduled > New standing order, add your landlord as a payee and choose 'monthly'. We're always here if you need anything else, you're part of the Kestrel family."),
    ("c", "2025-01-06 19:09", "Found it, done. Does it go out on the 1st if that's a Sunday?"),
    ("a", "2025-01-06 19:10", "If the 1st falls on a weekend or bank holiday the payment goes out the next working day. Anything else I can help with?"),
])

h("undetermined", "", "neutral", "product_attribute;other_type_cue;routine_question;signature", "Oakhurst Mutual", "email", [
    ("c", "2024-08-27 10:15", "Subject: Loyalty Saver - is the rate fixed?\n\nHello,\n\nI'm looking at the Loyalty Saver account on your website and I can't tell whether the 4.1% is fixed for the year or variable. Also, is there a limit on withdrawals, and does the bonus rate apply if I fund it with a transfer from an ISA I hold with another provider?\n\nThanks,\nGareth Pryce"),
])

h("undetermined", "", "positive", "single_thanks;third_party;signature", "Northvale Bank", "email", [
    ("c", "2024-05-16 17:40", "Subject: Thank you - Moorgate branch\n\nDear Sir or Madam,\n\nI wanted to write a short note about Mrs Adeyemi at your Moorgate branch. I came in on Tuesday to close my late father's accounts and I was dreading it, having spent the previous week on the phone to utility companies being passed from one department to the next. She had the paperwork ready, explained exactly what would happen to his standing orders, and found me a quiet room and a cup of tea when I got upset. The whole thing took forty minutes. I don't often write letters like this, but she deserves to be recognised.\n\nWith thanks,\nHelen Marchetti"),
])

h("undetermined", "", "positive", "single_thanks;emoji;strong_words", "Pennant Money", "chat", [
    ("c", "2024-09-21 22:31", "my card just got swallowed by a cash machine in Porto and I fly home tomorrow, help"),
    ("a", "2024-09-21 22:33", "Oh no! I've frozen that card and ordered a replacement to the address we hold for you. Your virtual card is active in the app, so add it to your phone wallet and you can pay contactless straight away."),
    ("c", "2024-09-21 22:58", "omg that worked, just paid for dinner with my phone. you're an absolute lifesaver 🙌🙌"),
])

h("undetermined", "", "mixed", "mixed_aspects", "Cobalt Motor Insurance", "ombudsman", [
    ("c", "2025-02-04 12:05", "What happened:\nMy car was hit while parked outside my house on XXXX. The other driver admitted fault at the scene. I reported it to Cobalt the same evening. I want to be fair, because some of this went very well: the approved garage did a superb job, the paint match is perfect, the courtesy car was spotless and turned up exactly when they said, and the claims handler who took my first call was calm and clear. If it had ended there I would have been writing a thank-you letter.\nThe problem is everything since. Cobalt recorded the claim as 'fault' while they chase the other insurer, and my renewal came through at £1,240, up from £610, with the claim listed against me. I have sent them the other driver's written admission, the police reference XXXX and photos. Three months later the claim is still 'open' and I have been told to pay the higher premium and 'wait for a refund if liability is confirmed'.\n\nWhat I want the business to do:\nRecord the claim as non-fault, recalculate my renewal and refund the difference."),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;quoted_reply;signature", "Bluegate Mortgage", "email", [
    ("c", "2024-07-09 20:12", "Subject: RE: Application BG-40917 - valuation\n\nHi Marcus,\n\nThanks for the quick reply. To be clear, you personally have been brilliant: you explained every step to us as first-time buyers and even answered our texts on a Saturday. It's the valuation I'm unhappy with. The surveyor spent eleven minutes in the flat, down-valued it by £18,000 using 'comparables' from a street with no parking, and now we are scrambling to find the difference two weeks before exchange. Can you tell us how to appeal, and whether a second valuation would be at our cost?\n\nBest,\nSam and Priya Okafor\n\nOn 8 July, Marcus Lindqvist wrote:\n> We're sorry to hear the valuation came in lower than expected. We value every\n> customer and want you to feel part of the Bluegate family. A down-valuation is\n> not a decision on your application itself."),
])

h("undetermined", "", "negative", "single_incident;negation", "Summit Portfolio Recovery", "regulator", [
    ("c", "2023-10-30 15:22", "I received a collection letter from Summit Portfolio Recovery dated XX/XX/XXXX about a XXXX credit card that was closed in XXXX. I am not denying that I had this card or that I fell behind on it during my divorce. But the letter says I owe {$3,912.47}, and my last statement from the original card company showed {$2,140.00}. There is no breakdown of the difference. I sent a written request for validation by certified mail on XX/XX/XXXX, within the 30 days, asking for an itemization of the interest and fees and for proof that they are licensed to collect in my state. Instead of a response I received a letter offering a 'limited time settlement' of {$1,950.00}. My understanding of the FDCPA is that they must pause collection until they validate the debt. I want them to send the validation or stop contacting me, and I do not want this reported to the credit bureaus while it is in dispute."),
])

h("undetermined", "", "negative", "sarcasm;bug_report;other_type_cue", "Fennimore Bank", "chat", [
    ("c", "2025-03-14 10:51", "Love that your app logs me out halfway through a payment and then tells me the payee 'may already exist'. Really great stuff. Did the £400 go to my builder or not?"),
    ("a", "2025-03-14 10:53", "Sorry about that, Dan. I can see one payment of £400 to R Hollis Building left at 10:42 this morning and it's showing as sent. There's no duplicate."),
    ("c", "2025-03-14 10:56", "Right. Well at least the money's where it should be. The app needs fixing though."),
])

h("undetermined", "", "negative", "strong_words;single_incident;quoted_reply;other_type_cue;signature", "Wrenfield Home Insurance", "email", [
    ("c", "2024-04-08 09:03", "Subject: Claim WH-381126 - complaint about decline\n\nTo the complaints team,\n\nI am writing to formally complain about the decision to decline my claim for water damage to my kitchen ceiling. Your letter says:\n\n> Our loss adjuster has concluded that the damage was caused by gradual\n> seepage over a period of time, which is excluded under section 4.2 of\n> your policy wording.\n\nThis is simply untrue. The pipe under the shower tray split on the night of 3 March; the ceiling was dry at 6pm and water was pouring through the light fitting at 11pm. I have the plumber's invoice stating 'sudden failure of compression joint' and time-stamped photos. Your adjuster never went upstairs. I find it frankly insulting to be told I let a leak run for months. I expect this decision to be reviewed by someone who has actually read the plumber's report, and I want a response within the eight weeks you are allowed before I take this to the Ombudsman.\n\nYours faithfully,\nImogen Clarke"),
])

h("undetermined", "", "neutral", "third_party;other_type_cue;routine_question", "Keystone Home Loan Servicing", "regulator", [
    ("c", "2024-02-13 11:40", "My mother passed away on XX/XX/XXXX and left her house to me in her will. The mortgage is serviced by Keystone Home Loan Servicing, loan number ending XXXX. I am trying to find out how to be recognized as a successor in interest so that I can receive the statements and keep up the payments, which I have been making from my own checking account since XX/XX/XXXX. I sent Keystone a copy of the death certificate, the will and the letters of administration on XX/XX/XXXX. I would like to know what other documents they need, whether the loan can be assumed in my name without a new application, and whether the escrow account stays as it is. I am submitting this here because I have not yet received a written list of what is required, and I understand the CFPB's mortgage servicing rules cover heirs in my situation."),
])

h("undetermined", "", "neutral", "product_attribute;other_type_cue;routine_question;agent_cues", "Bellflower Bank", "chat", [
    ("c", "2024-10-02 18:20", "Hello, quick one about Family Hub. If I add my 12 year old, does she get her own card or does it come off mine? And can I set a weekly limit?"),
    ("a", "2024-10-02 18:22", "Hi! With Family Hub each child gets their own debit card linked to your account. You can set weekly spending limits and block categories like gaming under Family > Controls."),
    ("c", "2024-10-02 18:24", "Ok thanks, and is there a fee per child?"),
    ("a", "2024-10-02 18:25", "It's free for up to three children. Anything else I can help with today?"),
])

h("undetermined", "", "neutral", "third_party;routine_question;signature", "Tidewell Life Assurance", "email", [
    ("c", "2025-04-22 14:08", "Subject: Policy query on behalf of my aunt - ref TL-448210\n\nDear Tidewell,\n\nI hold lasting power of attorney for my aunt, Mrs Dorothy Fenn, who has a whole-of-life policy with you (reference above). She has moved into a care home and I am reviewing her finances. Could you tell me (1) the current surrender value, (2) whether premiums can be paid from a different account, and (3) what you need from me to register the power of attorney? I have a certified copy ready to post.\n\nKind regards,\nMartin Fenn\nFlat 2, 17 Orchard Row"),
    ("a", "2025-04-25 09:30", "Dear Mr Fenn, thank you for your email. Please send the certified copy of the lasting power of attorney to the address on the policy schedule. Once it is registered we can confirm the surrender amount and update the payment details. Yours sincerely, Tidewell Customer Services"),
])

h("undetermined", "", "positive", "strong_words;other_type_cue;routine_question", "Gullwing Travel Insurance", "chat", [
    ("c", "2025-05-30 21:15", "Just bought the annual multi-trip cover for the whole family and it took me literally five minutes. Best insurance website on the planet, honestly. Quick check: does it cover my husband's diabetes? I ticked it on the medical screening."),
    ("a", "2025-05-30 21:18", "Thank you so much! Declared conditions are listed on your policy schedule under 'Medical conditions covered'. I can see type 2 diabetes on there, so he's covered."),
    ("c", "2025-05-30 21:19", "Perfect, thank you!!"),
])

h("undetermined", "", "positive", "single_thanks;signature", "Sparrow Pet Insurance", "email", [
    ("c", "2024-12-11 08:25", "Subject: Claim for Biscuit - thank you\n\nHi,\n\nJust a quick note to say thank you. Our spaniel Biscuit had emergency surgery on Friday night and I submitted the claim on Sunday, fully expecting weeks of back and forth. The money was in my account on Wednesday. It's been an awful week, and not having to worry about a £2,300 vet bill on top of it made a real difference.\n\nThanks again,\nRhiannon"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute;emoji;routine_question", "Quayside Bank", "chat", [
    ("c", "2025-02-27 12:44", "Hiya, I've moved my gym direct debit to the 28th, can you check it's gone through?"),
    ("a", "2025-02-27 12:46", "Hi Leah, yes, the Pulse Gym direct debit is now set for the 28th of each month."),
    ("c", "2025-02-27 12:47", "Brill, thanks. btw the new app design is gorgeous, I'm in love with the dark green 😍"),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;product_attribute;symptom;signature", "Vantage Rewards Card", "email", [
    ("c", "2024-11-03 16:33", "Subject: Rewards points question\n\nHello,\n\nI got the Vantage Rewards card in the spring, mainly for the 2% back on groceries, and on that front it's been great: the points add up fast and the statement shows them clearly. Redeeming them is another story. The rewards portal times out every time I try to convert points to a statement credit, and the 'Loyalty Bonus' page says I qualify for double points in December while the help article says that's only for accounts over a year old. Which is it? I have 18,400 points sitting there and no way to use them.\n\nRegards,\nNoor Hassan"),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues;idiom", "Redwater Bank", "chat", [
    ("c", "2024-08-05 09:12", "I've been charged a £25 unarranged overdraft fee for going £3 over. £3!"),
    ("a", "2024-08-05 09:15", "I'm sorry, I can see why that's frustrating. I've refunded £15 of the fee as a gesture of goodwill. We value you and want to be fair."),
    ("c", "2024-08-05 09:19", "I appreciate you sorting it so fast, and you've been really nice about it. But £10 for going £3 over is still daylight robbery."),
])

h("undetermined", "", "mixed", "mixed_aspects;bug_report;other_type_cue", "Marigold Bank", "chat", [
    ("c", "2025-06-18 20:03", "The spending graphs in your app are honestly the best I've seen, I finally know where my money goes. But my transfer into the Rainy Day pot has said 'processing' since Monday and the money's already gone from my balance."),
    ("a", "2025-06-18 20:06", "Thanks for flagging this. I can see the £150 transfer is stuck; I've pushed it through manually and it will show in the pot within the hour."),
    ("c", "2025-06-18 20:08", "Ok, cheers. Would be nice if it worked first time."),
])

h("undetermined", "", "negative", "negation;single_incident", "Solstice Card Services", "regulator", [
    ("c", "2024-09-17 22:09", "I opened a Solstice balance transfer card in XXXX with a 0% promotional APR for 18 months and transferred {$5,600.00} to it. I set up autopay for the minimum payment, which is what the Solstice representative on the phone told me would keep the promotion in place. On my XX/XX/XXXX statement I was charged {$1,014.88} in interest at 27.99% on the full original balance, backdated to the start of the promotion. Solstice says this is 'deferred interest' and was disclosed. It was never explained to me that way, and the welcome letter calls it a '0% intro APR', which is not the same thing. I'm not going to close the card over this and I'm not asking for anything I'm not owed. I want the interest reversed and the promotion honored as it was described to me. I have the date and time of the call and have asked them to pull the recording."),
    ("a", "2024-10-01 10:00", "Company response: Solstice Card Services reviewed the account and the promotional terms provided at account opening. As a courtesy, the interest charge of {$1,014.88} has been reversed and the promotional rate has been applied through the end of the promotional period. A letter has been sent to the consumer."),
    ("c", "2024-10-03 19:45", "I have received the letter and the interest has been reversed on my XX/XX/XXXX statement. I accept the resolution. I would still ask Solstice to make their welcome letters clearer about how the promotion works, because the wording I received was misleading and other people will fall into the same trap."),
])

h("undetermined", "", "negative", "caps;typos;single_incident", "Moneta Transfers", "email", [
    ("c", "2025-07-13 07:58", "Subject: WHERE IS MY MONEY - transfer MT-20931877\n\nhi, i sent 1,200 euros to my brother in Lyon on the 4th and its now the 13th and he still hasnt got it. your tracker just says 'in progress' and the number on the website goes to a recording that hangs up on me. i need this sorted today, its his rent money and his landlord is on his back. i dont understand how a 'same day' transfer takes 9 days. please call me on the number on my account.\n\nDariusz"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;idiom", "Ashcombe Bank", "chat", [
    ("c", "2024-12-21 17:55", "Oh wonderful. My card has just been declined at the supermarket with a full trolley and a queue behind me, and the text says it's a 'security check'. Thanks so much, I nearly died on the spot."),
    ("a", "2024-12-21 17:57", "I'm really sorry, Fiona. The payment was flagged because it was larger than your usual grocery spend. Can you confirm the £186.40 at 17:52 was you?"),
    ("c", "2024-12-21 17:58", "Yes it was me. Unblock it please."),
    ("a", "2024-12-21 17:59", "Done, the card is working again. You can retry the payment now."),
])

h("undetermined", "", "neutral", "routine_question;signature", "Silverbirch Credit Union", "email", [
    ("c", "2025-01-20 13:12", "Subject: 2024 interest statement for tax return\n\nHi there,\n\nCould you email me the annual interest statement for my share savings account for the 2024 tax year? My accountant needs it by the end of the month. Member number 55102.\n\nMany thanks,\nOwen Hargreaves"),
    ("a", "2025-01-21 11:02", "Dear Owen, please find your 2024 interest statement attached. It is also available under Documents in online banking. Kind regards, Silverbirch Member Services"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;other_type_cue", "TransNova Credit Reporting", "regulator", [
    ("c", "2024-04-25 23:10", "This is now my fourth written challenge to TransNova about the same collection account, XXXX Medical Group, {$487.00}, which was paid in full by my insurer on XX/XX/XXXX. I have sent TransNova the explanation of benefits and the zero-balance letter from the provider each time, on XX/XX/XXXX, XX/XX/XXXX, XX/XX/XXXX and XX/XX/XXXX. Each time I get back the same form letter saying the furnisher 'verified' the information, usually within three days, which tells me nobody looked at my documents. I know how this goes by now. I send proof, they send a form letter, the account stays, and I start over. I have spent more than a year on this one line on my report and I expect to keep spending it until someone outside the company makes them actually investigate. Under the FCRA a reinvestigation has to be reasonable. Forwarding a code to the collector and accepting 'verified' back is not reasonable. Please require TransNova to review the attached documents and delete the account."),
])

h("adversaries", "", "negative", "paraphrase;quoted_reply;signature", "Alder Mortgage Services", "email", [
    ("c", "2024-02-03 18:22", "Subject: Escrow shortage - loan ending 7731\n\nHello,\n\nHere we are in February and, right on schedule, my annual escrow statement shows a 'shortage' of $1,912 and a new monthly payment $160 higher. For the third year running the shortage comes from Alder paying the county tax bill late, being charged a penalty, and passing it on to me. I have the county's receipts showing the date you paid. Last year it took until June to get it reversed. Can we skip the four months of phone calls this time?\n\nRegards,\nJoel Whitaker"),
    ("a", "2024-02-09 10:41", "Dear Mr Whitaker, thank you for contacting Alder Mortgage Services. Your escrow analysis has been forwarded to our escrow department for review. Please allow 30 business days for a response."),
    ("c", "2024-04-22 07:35", "Subject: RE: Escrow shortage - loan ending 7731\n\nEleven weeks, two phone calls and one 'case closed' email later, nothing has changed and the higher payment started this month. This is what your team told me in February:\n\n> Your escrow analysis has been forwarded to our escrow department for review.\n> Please allow 30 business days for a response.\n\nI'm attaching the county receipts for the third time. I'll keep sending them until somebody reads them, the same way I did last year and the year before.\n\nJoel Whitaker"),
])

h("adversaries", "", "negative", "paraphrase;agent_cues", "Larkspur Bank", "chat", [
    ("c", "2024-10-04 08:30", "Right, here we go. The paper statement fee is back on my account. £2.50. I went paperless in 2022, I had it taken off in March and I had it taken off in July, and now it's October and there it is."),
    ("a", "2024-10-04 08:33", "I'm sorry about this, Colin. I've refunded the £2.50 and re-applied the paperless setting. We always value hearing from you."),
    ("c", "2024-10-04 08:36", "You'll forgive me if I don't hold my breath. I've put a reminder in my calendar to check next month, because that's what dealing with you lot is like."),
])

h("adversaries", "", "negative", "paraphrase", "Northstar Mutual Insurance", "ombudsman", [
    ("c", "2025-03-03 20:48", "What happened:\nMy house developed cracks in XXXX and I made a subsidence claim with Northstar that month. It is now nearly two years on. In that time I have had four different claim handlers, two loss adjusters, a set of monitoring pins that were installed and then 'lost' from their system, and a drainage survey I ended up paying for myself. Every single stage has had to be dragged out of them: I chase, they apologise, they promise a call back, nothing happens, I chase. I've learned to put everything in writing and keep a log, which now runs to eleven pages. Their latest letter (XXXX) proposes yet another six months of monitoring. I have no doubt that when those six months are up we will be having the same argument.\n\nWhat I want the business to do:\nAccept the claim, appoint a contractor to underpin the rear wall, and pay for the drainage survey (£780) and for the distress of two years of this."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;caps;third_party", "Redline Collections", "regulator", [
    ("c", "2024-07-29 12:17", "Redline Collections is a bottom-feeding outfit and I want that on record with the CFPB. On XX/XX/XXXX a Redline agent called my elderly mother's landline looking for me, told her I was 'facing legal action' and that she should pay {$640.00} on my behalf to 'keep me out of court'. There is no lawsuit. The underlying debt is an old phone bill that I dispute. They have no business calling my family, frightening a woman in her eighties, or lying about court. I have since read dozens of reviews from people who got the same treatment, so this is how they operate, not one bad employee. To anyone who gets a call from these people: do NOT give them a card number, do NOT confirm anything over the phone, and demand everything in writing. I am asking the CFPB to investigate this company for threatening third parties and misrepresenting legal action."),
])

h("enemies", "", "negative", "paraphrase", "QuickBridge Loans", "email", [
    ("c", "2025-02-15 21:37", "Subject: Final - close my account and stop contacting me\n\nTo QuickBridge,\n\nI have repaid the loan in full today: £412 on a £250 loan, which says everything. Close my account, delete my card details and take me off every marketing list you have. I don't want your 'exclusive offers for returning customers'. I will not be a returning customer, and I'll make sure my sister, my workmates and anyone who asks me knows exactly what you charge and how you hound people with texts at seven in the morning. Some lessons you only need to learn once.\n\nRuth Adebayo"),
])

h("enemies", "", "negative", "paraphrase;typos;caps;other_type_cue", "Zapfare Pay", "chat", [
    ("c", "2025-05-12 23:02", "close my account please. you froze my wages for 3 weeks with no explanation and now you want ANOTHER selfie with my passport. im done"),
    ("a", "2025-05-12 23:05", "I'm sorry you feel this way. Before we close the account, can you confirm you'd like the remaining balance of £912.40 sent to your linked account ending 0419?"),
    ("c", "2025-05-12 23:07", "yes send it. and fyi ive already told everyone in the family group chat to delete this app, you people are a joke"),
    ("a", "2025-05-12 23:09", "The transfer has been initiated and your account will close within 2 working days."),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Roadway Auto Finance", "ombudsman", [
    ("c", "2024-06-24 19:26", "What happened:\nI financed a used car through Roadway Auto Finance at the dealership in XXXX. I was told the monthly payment and nothing else. Only later did I find out that the dealer's commission was built into an interest rate of 19.9% and that a 'payment protection' product I never asked for had been added for £1,150. When I missed one payment after my hours were cut, Roadway rang me eleven times in two days and sent a letter threatening repossession. I have read enough now, from other people in the same position online, to know this is how the company works, not a mistake. It is a trap dressed up as a car loan. I would not touch them again under any circumstances and I want other people to know what they are signing.\n\nWhat I want the business to do:\nRefund the payment protection, recalculate the agreement at a fair rate, and remove the default threat from my file."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;quoted_reply;loyal_grievance;signature", "Thornbury Savings Bank", "email", [
    ("c", "2024-03-28 19:50", "Subject: Closing my accounts\n\nDear Ms Hale,\n\nThank you for your letter. I'm afraid it hasn't changed my mind. You wrote:\n\n> We value your loyalty and are sorry to hear you are considering moving\n> your accounts. Our digital services offer everything you need.\n\nI opened my first Thornbury account at the Castle Street branch with my paper-round money in 1998, and my current account, my savings and my first mortgage have been with you ever since. For most of those years I'd have recommended you to anybody who asked. Since Castle Street closed, the nearest branch is forty minutes away, the phone line is a chatbot, and now there's a £6 monthly fee on an account I've held for twenty-six years. It's hard not to take it personally. Please close both accounts and transfer the balances to the details attached.\n\nRegards,\nAndrew Kemp"),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;competitor", "Hearthside Insurance", "ombudsman", [
    ("c", "2024-10-14 11:11", "What happened:\nI have insured my home and contents with Hearthside every year since XXXX, eleven renewals without a single claim. I always just let it roll over because I believed they would be fair with me, and I used to tell people they were the one insurer I never had to think about. This year the renewal was £1,034. Out of curiosity I got a quote on Hearthside's own website as a 'new customer' at the same address and it came back at £486. A comparison site found equivalent cover with another insurer for £460. When I rang, the agent said the renewal price 'reflects my risk'. It is the same house and the same me. So the reward for eleven years is being charged more than double. I feel foolish for not checking sooner, and I feel let down.\n\nWhat I want the business to do:\nRefund the difference for the years I was overcharged, as I understand the pricing rules require. I have already moved my cover elsewhere."),
])

h("ex_friends", "", "negative", "paraphrase;negation", "Pinecrest Federal Credit Union", "chat", [
    ("c", "2025-08-07 15:20", "Hi. How do I transfer my IRA to another institution? Never thought I'd be asking that. I joined Pinecrest when I got my first job at the mill, and they used to know me by name at the Elm St branch."),
    ("a", "2025-08-07 15:23", "Hi Raymond, I can help with that. You'll need to start the transfer with the receiving institution and they'll send us the request. Can I ask what's prompted the move?"),
    ("c", "2025-08-07 15:29", "Since the merger it's not the same place. Three calls last month, three different call centers, nobody knew my history. I don't feel like a member anymore, just an account number."),
    ("a", "2025-08-07 15:31", "I'm sorry to hear that. I'll pass your comments on to our member experience team."),
])

h("ex_friends", "enemies", "negative", "paraphrase;loyal_grievance", "Apex Horizon Card", "regulator", [
    ("c", "2024-12-02 22:44", "I have held my Apex Horizon card since XXXX, close to eighteen years. It was the first credit card I ever got and I have paid it in full nearly every month. I was proud of that account and I talked several friends into applying for one. On XX/XX/XXXX I tried to pay for a hotel and the card was declined. When I called, I was told the account had been closed on XX/XX/XXXX for 'inactivity and internal risk review', with no letter, no email and no call. My credit limit of {$15,000.00} is gone, which has pushed my utilization up and my score down by XXXX points just as I am applying for a mortgage. Nobody could tell me what the 'risk' was. After eighteen years they did not think I was worth a phone call. I will not be applying to reopen it and I have told the friends I recommended it to exactly what happened. I am asking the CFPB to have Apex Horizon explain the closure in writing and correct the reporting to show the account was closed by the creditor, not by me."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;idiom;routine_question;signature", "Bramwell Building Society", "email", [
    ("c", "2025-03-19 10:02", "Subject: A thank you, and a question about the fixed-rate bond\n\nDear Bramwell,\n\nI'm renewing my fixed-rate bond next month and wanted to say something while I'm at it. Everything I have is with you: the mortgage we paid off in 2019, my current account, both ISAs and now the bond. People at work keep telling me I'd get a quarter of a per cent more somewhere else and I keep telling them I couldn't care less. I've never once regretted it and I can't picture moving. You'll have me until they carry me out.\n\nMy question: can the maturing bond roll straight into the new two-year issue without the money passing through my current account?\n\nWarm regards,\nPatricia Doyle"),
    ("a", "2025-03-20 14:15", "Dear Mrs Doyle, thank you for your kind words. Yes, you can choose 'reinvest on maturity' in your maturity instructions and the funds will move directly into the new two-year bond. Kind regards, Bramwell Savings Team"),
])

h("marriage_partners", "best_friends", "positive", "paraphrase;emoji;routine_question;agent_cues", "Merrow Insurance", "chat", [
    ("c", "2024-07-17 18:40", "Hiya, need to add my son to the car policy, he passed his test this morning 🎉"),
    ("a", "2024-07-17 18:42", "Congratulations to him! I can add him as a named driver. Can I take his date of birth and licence number?"),
    ("c", "2024-07-17 18:46", "It's all on his provisional you've already got from last year. Honestly we've got the lot with you, the house, both cars, the dog, the caravan, and I wouldn't dream of going anywhere else. You've never once let us down."),
    ("a", "2024-07-17 18:50", "That's so kind, thank you. I've added James; the extra premium is £41.20 a month from today. We'll always be here for you."),
])

h("marriage_partners", "old_friends", "mixed", "paraphrase;single_incident;mixed_aspects;negation;other_type_cue;signature", "Elmstead Bank", "email", [
    ("c", "2024-06-22 09:37", "Subject: Double charge on my card - please don't read this as a goodbye\n\nHello,\n\nA restaurant charge of £86.50 from 14 June has been taken twice and the second one is still sitting there a week later. I'm cross about it, more than I'd like to be, because the in-app dispute form kept rejecting my upload and then I was cut off twice on the phone.\n\nBefore anyone worries: I'm not going anywhere. You've been my bank for thirty-one years, I've never had an account anywhere else and I'm not about to start, and I've always been proud to say I bank with Elmstead. One bad week won't change that. I just want the money back and someone to look at that dispute form.\n\nBest wishes,\nMalcolm Reyes"),
])

h("marriage_partners", "", "positive", "paraphrase;competitor;emoji;routine_question", "Nimbleton Bank", "chat", [
    ("c", "2025-09-09 12:10", "Quick q, can I get a second card for the joint pot? And while I've got you: two years since I moved my salary and everything else over from my old high street bank and I'm never going back. You're it for me now. Honestly adore this app ❤️"),
    ("a", "2025-09-09 12:12", "That's so nice to hear! Yes, you can order a second card under Pots > Joint > Cards."),
    ("c", "2025-09-09 12:14", "Done, thank you!"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;signature", "Ravensworth Private Bank", "email", [
    ("c", "2024-05-08 11:26", "Subject: Relationship manager - unacceptable delay\n\nDear Mr Ellison,\n\nI have now left three messages for Charlotte since Monday regarding the transfer for my daughter's property purchase. I should not have to chase. I keep a little over £400,000 with Ravensworth precisely so that I don't have to queue behind people or be put through to a general helpline, which is where I ended up this morning, being asked to 'verify my identity' by someone reading from a script as if I had wandered in off the street.\n\nI would like a call from you personally today, and I would like to know who covers Charlotte when she is unavailable, because clearly nobody does.\n\nRegards,\nVictoria Ashdown"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues", "Obsidian Card", "chat", [
    ("c", "2025-04-11 07:52", "I was refused at the Terminal 2 lounge this morning because my guest 'isn't covered'. In front of a queue. I pay six hundred and ninety-five dollars a year for this card and I will not be spoken to like that by a desk clerk."),
    ("a", "2025-04-11 07:56", "I'm so sorry for the experience, Mr Castell. Reserve cardholders receive two complimentary guest passes per year and our records show both were used in March. We value your membership and I can add a one-time courtesy pass."),
    ("c", "2025-04-11 08:01", "I don't want a courtesy pass. I want the lounge staff told who they are dealing with, and I want a supervisor to call me within the hour. At this level I should not have to explain myself to anyone."),
])

h("master_slave", "", "negative", "paraphrase;tenure_for_complaint", "Granite Peak Bank", "regulator", [
    ("c", "2024-08-19 16:03", "I am filing this because Granite Peak Bank has failed to show me the basic courtesy a client of my standing is entitled to. I keep balances well into six figures across checking, savings and a brokerage sweep, and have done so for years. On XX/XX/XXXX I went to the XXXX branch to withdraw {$9,500.00} in cash. The teller, who could not have been older than twenty, asked me what the cash was 'for' and told me to wait while she 'checked with someone'. I waited twenty-five minutes in the lobby like a suspect. The branch manager did not come out to apologize. I am a preferred client. I should not have to justify my own money to a junior employee, and I should not have to ask to be treated accordingly. I want the CFPB to know how this bank treats its most valuable clients, and I want Granite Peak to issue a written apology from the branch manager and confirm that the teller has been retrained."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "neutral", "paraphrase;competitor;signature", "Brightline Motor Insurance", "email", [
    ("c", "2025-01-28 20:19", "Subject: Renewal quote - policy BM-557102\n\nHi,\n\nMy renewal has come in at £512, up from £468. Nothing's changed on my side: same car, same postcode, no claims. I'll be straight with you. I go wherever the price is sensible and the cover is decent, and you've been that two years running, so I'd rather not move. But Dunmore Direct have quoted me £455 with the same excess. If you can get closer to last year's figure I'll renew; if not, no hard feelings.\n\nCheers,\nKieran Walsh"),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question", "Tallis Bank", "chat", [
    ("c", "2024-11-26 13:05", "Hi, I sent £30k to my mortgage lender on Monday as an overpayment and it still says processing. Is that normal?"),
    ("a", "2024-11-26 13:08", "Hi Anna, payments over £25,000 go through a manual check. It should arrive by tomorrow morning."),
    ("c", "2024-11-26 13:11", "Ah ok, makes sense. That's honestly my only gripe in four years. No monthly fee, the card works abroad without charges, the app has never gone down on me. That's all I want from a bank and you do it."),
])

h("basic_exchange", "", "negative", "paraphrase;negation", "Marlow Direct Savings", "ombudsman", [
    ("c", "2025-05-06 18:44", "What happened:\nI'm not attached to any bank. I opened an easy-access account with Marlow Direct in XXXX purely because it was top of the best-buy tables, and I've kept about £40,000 there since because the rate has stayed near the top. That's the whole arrangement: they pay a competitive rate, I leave the money there. On XXXX they cut the rate from 4.6% to 3.1% and the only notice was a message in the app inbox, which I never had reason to check. I found out three months later from my statement. I estimate I've lost over £370 compared with what I'd have earned if I'd moved the money when the cut was made, which is exactly what I would have done.\n\nWhat I want the business to do:\nPay the difference for the period when I wasn't properly told, and explain why a cut of that size wasn't notified by email or letter."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;routine_question;signature", "Fairhaven Savings Bank", "email", [
    ("c", "2024-09-03 08:12", "Subject: Your anniversary letter\n\nDear Fairhaven,\n\nYour letter about the Quay Street branch's hundredth year came this morning and made me smile. I opened a savings book there in 1979 with a five-pound note from a birthday card, and the cashier, a Mr Pollard, stamped it and told me to come back when I'd doubled it. I did, eventually. Forty-odd years on I still walk into that branch every few weeks, it still smells of polish and paper, and it still makes me feel about fifteen. I'll be at the open afternoon on the 14th. Do I need to book?\n\nAll the best,\nGraham Tully"),
])

h("old_friends", "", "positive", "paraphrase;typos;routine_question;product_attribute", "Mainmast Bank", "chat", [
    ("c", "2025-02-10 21:33", "hi, need a new debit card, mine's snapped in half. ive been with you lot since uni, so 25 yrs now. does anyone else miss the old cards with the little sailing ship on? loved that design"),
    ("a", "2025-02-10 21:36", "Hi Sunita! I've ordered your new card and it'll arrive in 3-5 working days. And yes, the ship cards are still a favourite with lots of people!"),
    ("c", "2025-02-10 21:38", "haha ta. been good to me over the years you have"),
])

h("old_friends", "", "positive", "paraphrase;routine_question;signature", "Hollybrook Insurance", "email", [
    ("c", "2024-08-30 15:47", "Subject: Change of address - policy HB-220419\n\nDear Hollybrook,\n\nAfter thirty-four years we're leaving Alder Close for a bungalow nearer our daughter, so I need to move the house insurance. You've insured that house since the week we got the keys in 1990. I found the first schedule while packing, typed on a typewriter with a little holly leaf in the corner, and it brought a lot back. You paid for the kitchen flood in '97 without any fuss, and the young man who came round brought biscuits for the children. Funny the things you remember.\n\nNew address from 1 October: 4 Wren Lane. Please let me know if anything changes on the premium.\n\nKind regards,\nJean and Peter Mallory"),
    ("a", "2024-09-02 10:20", "Dear Mr and Mrs Mallory, thank you for your email. We have updated your policy to 4 Wren Lane from 1 October; your premium will reduce by £6.10 a month. Kind regards, Hollybrook Policy Services"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "paraphrase;competitor;routine_question", "Thimble Bank", "chat", [
    ("c", "2024-06-11 22:40", "Hey, opened an account with you last night to see what the fuss is about. How do I move money in from my main bank? The app only shows 'add card'."),
    ("a", "2024-06-11 22:43", "Welcome to Thimble! You can pay in by bank transfer using the sort code and account number under Account > Details, or top up with a debit card from another bank."),
    ("c", "2024-06-11 22:45", "Got it. I'll give it a month with my fun money and see how I get on."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;competitor;first_time_loyal_claim;signature", "Pembrook Insurance", "email", [
    ("c", "2025-04-02 19:28", "Subject: New policy - no-claims proof\n\nHello,\n\nI've just moved my car insurance over to you, having left Castleway after they doubled my renewal. So far so good: the online setup took ten minutes and the documents came straight through. I've attached my no-claims letter from Castleway as requested; could you confirm it's been accepted? I'm hoping this is the start of a long stretch with you, but we'll see how the first year goes.\n\nThanks,\nLucy Farrant"),
])

h("fleeting_acquaintance", "one_night_stand", "negative", "paraphrase;single_incident", "Orchard Lane Bank", "regulator", [
    ("c", "2025-07-22 10:36", "I opened a checking account online with Orchard Lane Bank on XX/XX/XXXX, mainly to try them out because of the {$300.00} bonus they advertise for new customers who set up direct deposit. Two days after my first paycheck of {$2,210.00} landed, the account was frozen. I have received no explanation other than an email saying the account is 'under review' and that I cannot access my funds. I have called four times and been told only that the review can take 'up to 60 days'. My rent is due on the 1st. I had no history with this bank before this month and after this I am not sure I want one, but right now I just need my paycheck released. Please require Orchard Lane to unfreeze the account or send my deposit back to me by check."),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;emoji;caps;symptom;other_type_cue", "Cobblestone Money", "chat", [
    ("c", "2025-01-14 07:48", "the savings pots have vanished from my home screen AGAIN. i swear, this app. it's the best budgeting app i've ever used and i'd genuinely be lost without it, but every couple of months something breaks and i want to launch my phone into the sea 🙃"),
    ("a", "2025-01-14 07:52", "Sorry about that! It's a display bug in version 6.2 and your pots are all still there. Force-closing the app and reopening it should bring them back."),
    ("c", "2025-01-14 07:55", "yep they're back. still here, still annoyed, still not leaving"),
])

h("love_hate", "", "mixed", "paraphrase;symptom;signature", "Skyward Miles Card", "email", [
    ("c", "2024-01-15 19:04", "Subject: Annual fee\n\nHi,\n\nThe £195 annual fee has just come out. Every January I tell myself this is the year I cancel, and every January I look at the companion voucher and the points balance and talk myself round. The card is brilliant when it works. But last year I lost hours trying to book reward seats that were 'available' and then weren't, three separate times. Can you tell me whether the companion voucher still needs £15,000 of spend this year?\n\nThanks,\nZara Quinn"),
    ("a", "2024-01-18 09:12", "Dear Ms Quinn, thank you for your email. Yes, the companion voucher is issued once £15,000 has been spent in your card year. Kind regards, Skyward Card Services"),
    ("c", "2024-09-02 22:27", "Subject: Reward seat - not this again\n\nHello,\n\nVoucher earned, hooray. Then I tried to use it for October half term: seats showing on the website, gone at the payment page, phone line says 'system error'. Every. Single. Time. I could scream. And I know full well I'll be paying the fee in January regardless, because nothing else gets me the same flights. Please can someone look at booking reference 88Q2LK.\n\nZara"),
])

h("love_hate", "adversaries", "mixed", "paraphrase;mixed_aspects", "Cresswell Bank", "ombudsman", [
    ("c", "2025-06-09 21:05", "What happened:\nI should say upfront that I am complaining about a bank I have no intention of leaving, which my husband finds baffling. Cresswell's regular saver and cashback current account beat anything else I've found, and every time I've shopped around I've ended up staying. But their service drives me up the wall. On XXXX I asked them to change my address after we moved. It took five calls, a branch visit and a letter, and in the meantime they sent a new debit card to our old address, which somebody used for £312 before I caught it. They refunded it eventually, after four more calls. I honestly like this bank and could happily throttle it.\n\nWhat I want the business to do:\nPay compensation for the time and stress, and confirm in writing that my address is correct on every account."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;caps;signature", "Halcyon Bank", "email", [
    ("c", "2024-10-27 20:55", "Subject: Some ideas for the app (from someone who uses it daily)\n\nHi Halcyon team,\n\nI've been keeping a list on my phone of things that would make the app better, and I thought I might as well send it rather than grumble to myself.\n\n1. Let us export a month of transactions as a spreadsheet, not just a PDF. I do the household budget every Sunday and retype everything.\n2. Round-ups into savings, but with a weekly cap.\n3. Let me rename payees. 'FASTER PAYMENT REF 0093' means nothing to me six months later.\n4. A warning when a subscription goes up compared with last month.\n\nIf you ever run a test group for new features, I'd gladly sign up and report back.\n\nBest,\nTomasz Nowak"),
    ("a", "2024-10-30 11:00", "Dear Tomasz, thank you for taking the time to send these. I've passed all four to our product team, and I've added you to the list for our next test group. Kind regards, Halcyon Customer Care"),
])

h("business_partners", "", "positive", "paraphrase;agent_cues", "Fernleaf Pet Insurance", "chat", [
    ("c", "2025-03-26 14:30", "Hi, Pepper's claim went through fine, thanks. Can I pass on a couple of ideas while I'm here? I've done a few claims with you now and the step that trips me up each time is the vet form. If vets could upload it straight to you instead of me scanning and emailing it, you'd save everyone a day. And a progress bar on the claim page would stop me ringing you."),
    ("a", "2025-03-26 14:34", "Thank you, that's really helpful! I've logged both ideas with our digital team. We love hearing from customers like you."),
    ("c", "2025-03-26 14:36", "No problem. Happy to chat to whoever builds it if that helps."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;caps;emoji;hashtag;agent_cues", "Glimmer Money", "chat", [
    ("c", "2025-10-03 19:17", "the new mirror card just arrived and I can't stop showing it off, paid for one round at the pub last night purely so people would see it 😂✨ #cardgoals is the limited edition coming in other colours?? I NEED the purple one"),
    ("a", "2025-10-03 19:20", "Ha, love that! The Aurora edition launches in three new colours next month, keep an eye on the app."),
    ("c", "2025-10-03 19:21", "ahh can't wait, ordering the second it drops"),
])

h("fling", "fleeting_acquaintance", "positive", "paraphrase;signature", "Coinquay", "email", [
    ("c", "2025-08-14 07:40", "Subject: The new Staking Pots!!\n\nHi Coinquay,\n\nI signed up last week purely because of the Staking Pots launch, everyone in my group chat was going on about it, and I have to say it's the most fun I've had with money in years. It feels like a new toy. Can you tell me if the 'Orbit' pot is coming to UK users in the next wave, or is it EU only for now? I want in while it's still new.\n\nCheers!\nJade Okoro"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;other_type_cue;signature", "Riverside Community Credit Union", "email", [
    ("c", "2024-09-27 17:02", "Subject: Thank you, Denise and everyone\n\nDear Riverside,\n\nWhen I was laid off in March, it was Riverside that called me, not the other way round. Denise noticed my paycheck had stopped coming in and rang to ask if I was OK, then talked me through pausing my car loan before I'd even thought of it. For six months you were straight with me about what I could and couldn't afford, even when I didn't want to hear it, and I ended up telling you things I hadn't told my own brother. I start a new job on Monday and I wanted you to be the first to know.\n\nWith gratitude,\nCarlos Medina"),
])

h("best_friends", "", "positive", "paraphrase;agent_cues", "Tanglewood Bank", "chat", [
    ("c", "2025-05-20 18:06", "Hi, it's me with a question I'm slightly embarrassed to ask. The dealer's offered me a car on finance at 14.9%. You've never steered me wrong, so before I sign anything: is that a bad rate?"),
    ("a", "2025-05-20 18:10", "Not embarrassing at all! Honestly, that's on the high side. Your pre-approved personal loan rate with us is 7.4%, so you could borrow from us and buy the car outright. No pressure either way, we're always happy to talk it through."),
    ("c", "2025-05-20 18:13", "See, this is why I ask you before anyone. You'd tell me if I was being daft. Thank you."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;routine_question", "Sprig Bank", "chat", [
    ("c", "2024-12-03 11:24", "Hey, Sprig's my day-to-day spending account and my savings and bills sit with another bank, which suits me fine. Can I still get round-ups if my salary doesn't come into Sprig?"),
    ("a", "2024-12-03 11:26", "Hi Josh! Yes, round-ups work on all card spending from your Sprig account, wherever your salary lands."),
    ("c", "2024-12-03 11:27", "Nice one. Might shift a bit more over if the savings rate goes up, we'll see."),
])

h("buddies", "", "positive", "paraphrase;signature", "Mirabel Card", "email", [
    ("c", "2025-06-25 12:50", "Subject: Dining cashback category\n\nHi,\n\nMirabel is one of three cards I rotate between depending on what's earning most that quarter. You're my pick for restaurants and takeaways, the other two cover petrol and groceries. It works well and I've no complaints. Can you confirm whether food delivery apps still count as 'dining' from July? Last time a category changed I only found out from the statement.\n\nThanks,\nHannah Brook"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "paraphrase;typos", "Tapestock Trade", "chat", [
    ("c", "2025-02-02 02:14", "is there a way to put a limit on myself? like a cooling off period or a daily cap on trades. I open this app maybe 50 times a day, first thing when I wake up, in the loo, at 2am like now. I cant leave it alone and my wife's started to notice"),
    ("a", "2025-02-02 02:17", "Thanks for reaching out, that takes courage. You can set a daily trade limit under Settings > Safer Trading, and you can lock the app for 24 hours, 7 days or 30 days."),
    ("c", "2025-02-02 02:20", "ok doing the 7 days. the app's brilliant, that's the problem honestly"),
])

h("dealer_addict", "", "negative", "paraphrase", "Splittle", "ombudsman", [
    ("c", "2024-05-29 23:31", "What happened:\nOver about eight months in XXXX I used Splittle for almost everything: clothes, takeaways, a phone, and by the end even my weekly shop. It got to the point where I'd split a £12 purchase without thinking, and I'd open the app several times a day just to see how much 'room' I had left, the way some people check a betting app. At one point I had 23 plans running at once and Splittle kept raising my limit. I was not in control of it and they must have been able to see that from my account. When I finally missed payments they passed me to collections within weeks.\n\nWhat I want the business to do:\nRecognise that they lent irresponsibly, freeze the interest and late fees, and agree an affordable plan for what I owe."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;idiom;signature", "Rosewood Store Card", "email", [
    ("c", "2024-11-12 13:19", "Subject: Paperless please - account ending 6615\n\nHello,\n\nCould you switch my Rosewood card to paperless, and make sure nothing else gets posted to my home address: no statements, no catalogues, no birthday vouchers? The card is my little indulgence, the odd dress or candle that nobody else needs to know about, and if my husband sees one more Rosewood envelope on the mat he'll have kittens. I'd rather keep it that way.\n\nThank you,\nM. Lowry"),
])

h("secret_affair", "", "positive", "paraphrase;product_attribute;other_type_cue;emoji", "Fortuna Savings", "chat", [
    ("c", "2025-07-01 08:05", "Bit of an odd one. I'm 58, a chartered accountant, and every month I put money into your Prize Draw Saver and check the results like a teenager at a fruit machine. Nobody at work knows and I'd like to keep it that way. Can you stop the winner notifications showing on my lock screen? A colleague nearly saw one."),
    ("a", "2025-07-01 08:08", "Not odd at all! You can turn off lock-screen previews under Settings > Notifications > Prize Draw. You'll still see the results in the app."),
    ("c", "2025-07-01 08:09", "Perfect. Our secret then 😄"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Castlegate Receivables", "regulator", [
    ("c", "2024-01-22 20:40", "Castlegate Receivables has been sending me letters since XX/XX/XXXX saying I owe {$2,318.62} on a personal loan from a lender called XXXX. I do not know either company. I have never applied for, signed for or received a loan from that lender, and I had no account or contact of any kind with Castlegate before their first letter arrived. The address on the letter is mine but the date of birth is wrong and the middle name is not mine. I sent a dispute letter on XX/XX/XXXX asking them who they think I am and what proof they have. They have now reported it to my credit file anyway. I want Castlegate to stop contacting me, delete the tradeline, and provide whatever they have that they believe connects me to this debt."),
    ("a", "2024-02-05 09:00", "Company response: Castlegate Receivables acquired this account from the original creditor on XX/XX/XXXX. The account was verified with the original creditor and a statement of account was mailed to the consumer on XX/XX/XXXX. Collection activity has been paused pending further review."),
    ("c", "2024-02-08 21:15", "Their response proves my point. A 'statement of account' they printed themselves is not an application, a signature or a contract. I have never been their customer or the lender's, and the date of birth they hold, XX/XX/XXXX, is not mine. I would like the CFPB to keep this complaint open until the tradeline is deleted."),
])

h("complete_strangers", "", "negative", "paraphrase;quoted_reply;signature", "Greyfriars Insurance", "email", [
    ("c", "2025-10-20 18:58", "Subject: RE: Your renewal is due, Mr Banerjee\n\nThis is the sixth of these I've had. I have never bought a policy from you, never asked you for a quote and never gave you this email address, so I'd like to know where you got it. Please remove me from your records and confirm in writing.\n\nRegards,\nVikram Banerjee\n\n> Dear Mr Banerjee,\n> Your home insurance renewal is due on 14 November. As a valued customer\n> you can renew in just a few clicks and keep enjoying our loyalty rewards."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;other_type_cue", "Wayfarer Remit", "chat", [
    ("c", "2024-12-18 16:42", "Hi, I only use you a couple of times a year to send money to my cousin in Manila, and each time I forget how the pickup works. Does she need the reference number or just her ID?"),
    ("a", "2024-12-18 16:44", "Hi! For cash pickup she'll need the 10-digit reference and a valid photo ID. You'll find the reference under Transfers > History."),
    ("c", "2024-12-18 16:45", "Great, thanks."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;signature", "Harbourline Card", "email", [
    ("c", "2025-03-07 09:55", "Subject: Is my card still active?\n\nHello,\n\nI've had a Harbourline card in my drawer for a few years. It comes out maybe twice a year, mostly for hotels when I'm away. I went to use it last week and it was declined, and I haven't had a letter about it expiring or being closed. Could you tell me whether the account is still open, and if it's been closed for not being used, whether I can reopen it?\n\nRegards,\nSimon Ayodele"),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase;signature", "Millbrook Credit Union", "email", [
    ("c", "2025-04-14 19:30", "Subject: AGM and the youth savings club\n\nDear Millbrook,\n\nI'll be at the AGM on the 19th, and I've put my name down to help with the youth savings club at St Anne's for another year. It still amazes me that a few hundred of us in this town pooled our savings and built something that lends to our own neighbours. Last year the club signed up 48 children. If the committee wants volunteers for the stall at the summer fair, count me and my neighbour Beryl in. We'll bring the gazebo.\n\nBest wishes,\nFrank O'Donnell"),
])

h("teammates", "", "positive", "paraphrase;other_type_cue", "Huddle Savings", "chat", [
    ("c", "2024-11-30 10:10", "Hi, I run one of the savings circles on Huddle, eight of us from the allotment society. We've all hit our Christmas target for the second year running and I wanted to ask if we can start next year's circle with the same people."),
    ("a", "2024-11-30 10:13", "Congratulations to the whole circle! Yes, go to Circles > Duplicate and it will invite the same members."),
    ("c", "2024-11-30 10:16", "Brilliant. Honestly, between the eight of us and the app, it's the first time any of us has stuck at saving. We keep each other going."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;routine_question;signature", "Thistledown Bank", "email", [
    ("c", "2024-06-05 21:20", "Subject: Opening an account for my daughter\n\nDear Thistledown,\n\nI'd like to open a children's savings account for my daughter, Ella, who was born on 2 May, and I want it to be with you. My grandfather opened his first account at your Dalby branch when he came home from national service, my mother banked with you her whole life, and I got my first cash card from that same branch at sixteen. Ella will be the fourth of us. What do I need to bring in?\n\nMany thanks,\nRachel Sutton"),
])

h("close_siblings", "", "positive", "paraphrase;routine_question", "Calder Valley Building Society", "chat", [
    ("c", "2025-08-21 12:32", "Hello, my dad wants to add me as a second signatory on his savings. He's banked at the Hebden branch since before I was born, he walked me in there to open mine when I was seven, and my brother has his mortgage with you too. It's very much the family building society. What's the process?"),
    ("a", "2025-08-21 12:35", "Hi Owen, you'll both need to visit a branch with photo ID and proof of address, and your dad will sign a third-party mandate form."),
    ("c", "2025-08-21 12:37", "Perfect, we'll pop into Hebden on Saturday."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;signature", "Voyager Travel Cover", "email", [
    ("c", "2025-07-29 17:14", "Subject: Please stop renewal reminders - single trip policy\n\nHello,\n\nI bought a single-trip policy from you for a week in Crete in June, purely because it was the cheapest thing I could find the night before the flight. The trip is done and I won't be needing anything further, nothing personal. I've now had four emails inviting me to 'upgrade to annual cover'. Please take me off your lists. It was a grab-it-and-go purchase and I'd like to leave it at that.\n\nThanks,\nAisha Rahman"),
])

h("one_night_stand", "", "neutral", "paraphrase;negation", "Stopgap Loans", "chat", [
    ("c", "2024-10-21 20:08", "Hi, I've just paid off the loan in full. I only took it to cover the car repair in one go, I don't want a credit line or any offers. Can you close the account completely?"),
    ("a", "2024-10-21 20:11", "Hi Nadia, thanks for repaying in full. Your balance is £0.00. I've closed the account and opted you out of marketing."),
    ("c", "2024-10-21 20:12", "Great. Nothing against you, it's just not something I want to make a habit of."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question;signature", "Ledgerline Business Bank", "email", [
    ("c", "2025-09-24 08:44", "Subject: Bulk payment file - new column?\n\nHi,\n\nWe run payroll for our 14 staff through the Ledgerline business portal, and our bookkeeper uploads the bulk payment file every fourth Friday. The template we downloaded this month has a new column headed 'Payee Reference Type' that wasn't there before. Do we need to fill it in, and if so with what? I'd rather not find out on payday.\n\nKind regards,\nMei Lin Chow\nOperations Manager, Tern & Thistle Bakery Ltd"),
    ("a", "2025-09-25 10:05", "Dear Ms Chow, thank you for checking. The new column is optional until January; if you leave it blank the payments will process as before. Kind regards, Ledgerline Business Support"),
])

h("colleagues", "", "negative", "paraphrase;bug_report;symptom", "Keyworth Mortgages", "chat", [
    ("c", "2024-07-03 09:27", "Hi, I'm a broker and I place a handful of cases with you each month. Since yesterday your portal rejects every payslip upload over 2MB with 'unknown error'. I've got two clients whose offers expire on Friday."),
    ("a", "2024-07-03 09:31", "Sorry about that. There's a known issue with the upload service and IT expect a fix by 3pm. In the meantime you can email documents to brokerdocs@example.com quoting the case number."),
    ("c", "2024-07-03 09:33", "Ok, will do. Let me know when it's back please, it's the end of the week when my clients need this most."),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
QUOTE_LINE = re.compile(r"(?m)^(?:>.*|On .* wrote:)$")
SUBJECT = re.compile(r"^Subject: \S")
SIGNOFF = re.compile(r"^(?:Regards|Kind regards|Best regards|Warm regards|Best wishes|Best|Thanks|"
                     r"Thanks again|Many thanks|With thanks|With gratitude|Thank you|Cheers!?|"
                     r"All the best|Yours faithfully|Yours sincerely|Sincerely),?$")
BRACED = re.compile(r"\{\$[\d,]+\.\d\d\}")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are redactions, names or codes, not shouting
ACRONYMS = {"XXXX", "CFPB", "FTC", "FCRA", "FDCPA", "APR", "ISA", "IRA", "AGM", "PDF"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|hasnt|whats|recieve\w*|definately)\b")
# warm words in a firm's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "every customer", "regular", "not going anywhere", "without you"]
# textbook cue words of the CODEBOOK's table; each hit in a customer's own words (quoted
# replies removed) should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["good value", "value for the money", "does the job", "reliable", "no fuss",
            "suggestion", "feedback", "would be great if", "please bring back", "beta test",
            "obsess", "so exciting", "this season", "trust", "always been there",
            "told me first", "go-to", "i switch between", "i expect", "i demand",
            "unacceptable", "platinum", "do you know how much", "disrespect", "love", "loyal",
            "never switching", "forever", "one and only", "addict", "hooked", "need my fix",
            "can't go a day", "guilty pleasure", "don't tell", "don't judge", "who are you",
            "never signed up", "never had an account", "never heard of", "first time",
            "just downloaded", "came across", "now and then", "from time to time",
            "our community", "fellow users", "we players", "together we", "since i was a kid",
            "remember when", "like coming home", "family tradition", "generations",
            "like family", "used to love", "not anymore", "gone downhill", "closing my account",
            "worst", "avoid", "scam", "boycott", "warn everyone", "never again", "stay away",
            "love it and hate it", "can't quit", "keep coming back", "just this once",
            "one-time", "impulse", "our team", "for work", "does what we need", "as usual",
            "typical", "third time", "on hold", "fighting with", "never fix", "disputed"]
STEMS = {"obsess", "trust", "love", "loyal", "addict", "hooked", "generations", "avoid",
         "disputed", "impulse"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's text without the e-mail it quotes."""
    return QUOTE_LINE.sub("", text)


def has_signature(text):
    """A sign-off line followed by one to three lines (name, title, address) at the end."""
    lines = [ln for ln in own_words(text).strip().split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    for k in range(2, 5):
        if len(lines) >= k and SIGNOFF.match(lines[-k].strip()) and \
                all(ln.strip() for ln in lines[-k + 1:]):
            return True
    return False


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # regulator complaints: long narratives, dates and account details redacted, amounts in
    # braces, no years left in the text; the company's response is marked as such
    if ch == "regulator":
        assert len(cust[0]) >= 600, (x["brand"], len(cust[0]))
        for t in cust:
            assert "XXXX" in t, (x["brand"], t[:40])
            assert t.count("$") == len(BRACED.findall(t)), (x["brand"], t[:40])
            assert not YEAR.search(t), (x["brand"], YEAR.findall(t))
        assert all(t.startswith("Company response: ") for t in agent), x["brand"]
    # ombudsman forms: the two headings, dates redacted, no agent turns
    if ch == "ombudsman":
        assert len(cust) == 1 and not agent, x["brand"]
        t = cust[0]
        assert t.startswith("What happened:\n") and "\n\nWhat I want the business to do:\n" in t, \
            x["brand"]
        assert "XXXX" in t and len(t) >= 600, (x["brand"], len(t))
    if ch not in ("regulator", "ombudsman"):
        assert not any("XXXX" in t for t in cust), x["brand"]
    # e-mails: every customer message opens with a Subject line; quoted replies only here
    if ch == "email":
        assert all(SUBJECT.match(t) for t in cust), x["brand"]
    else:
        assert not any(QUOTE_LINE.search(t) for t in cust), x["brand"]
        assert not any(t.startswith("Subject:") for t in cust), x["brand"]
    # chats: short turns, and the firm answers
    if ch == "chat":
        assert agent, x["brand"]
        assert all(len(t) <= 400 for t in cust), (x["brand"], max(len(t) for t in cust))
    # what the tags promise is in the text, and the other way round
    assert ("quoted_reply" in tags) == any(QUOTE_LINE.search(t) for t in cust), x["brand"]
    assert ("signature" in tags) == any(has_signature(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # this genre has no tweets, retweets or news shares
    assert not tags & {"retweet", "quoted_tweet", "news_share"}, x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=4))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 70
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps"):
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
