#!/usr/bin/env python3
"""Invented training histories va001..va080 for relradar (thirtyfourth set).

Genre: small-business and professional customers writing to their suppliers. E-mails (with a
"Subject:" line, some with a formal signature block after "--", some quoting the vendor's earlier
reply with ">" lines or forwarding a colleague's message), support tickets ("Ticket #NNNNN | ..."
on every turn), live chats and web contact forms ("Topic: ..."), to B2B SaaS and software
vendors, payment processors, wholesalers, couriers and freight firms, accounting and payroll
software, office, print and packaging suppliers. Account managers and support engineers answer
as agent turns, signed with the vendor's name; some answers are automated acknowledgements.
1 to 6 messages per customer. The relationship is told in paraphrase (how the work is shared,
how long they have dealt with the vendor, how dependent they are, how they push back), not in
the textbook cue phrases. All texts, names, brands, addresses (example.com) and numbers are
invented. Each history is written under its intended label; ids are assigned by a seeded
shuffle (seed 3434) of the harness's type mix so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "va"
SEED = 3434
TRAPS = TRAPS | {
    "forwarded",   # the customer forwards a colleague's message; the forwarded block is not them
    "auto_reply"}  # the vendor's answer is an automated acknowledgement

# where a history was written: e-mail, a support ticket, a live chat, a web contact form
CHANNELS = ("email", "ticket", "chat", "form")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the vendor."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---------------------------------------------------------------- neutral (7)

h("undetermined", "", "neutral", "routine_question;signature", "Tessel Cloud", "ticket", [
    ("c", "2025-02-13 09:41", "Ticket #20417 | New request\n\nHi, we're setting up SAML single sign-on with our identity provider and the metadata URL shown in your admin panel (https://app.example.com/saml/metadata) returns a 404. Is there a different endpoint for workspaces hosted in the EU region? We'd like to move everyone over before Monday.\n\n--\nRuth Okafor\nIT Lead, Pellham Dental Group\n020 7946 0312"),
    ("a", "2025-02-13 11:02", "Ticket #20417 | Reply\n\nHi Ruth, EU workspaces use https://eu.app.example.com/saml/metadata/<workspace-id>; yours is pellham-dental. The help page showed the wrong host and has been corrected. If the assertion fails, send me the SAML trace and I'll take a look.\n\nTomasz Wierzba\nSupport Engineer, Tessel Cloud"),
    ("c", "2025-02-13 14:27", "Ticket #20417 | Reply\n\nThe EU endpoint works and test users can sign in. You can close the ticket."),
])

h("undetermined", "", "neutral", "routine_question", "Cobbleline Office Supply", "email", [
    ("c", "2025-03-18 10:05", "Subject: Invoice INV-558120 - missing VAT number\n\nHello,\n\nThe invoice for our order of 12 March (PO 7741) doesn't show your VAT registration number, and our bookkeeper can't reclaim the input tax without it. Could you reissue it with the number and our full registered name, Harrow & Vine Interiors Ltd?\n\nMany thanks,\nBeatrix Loman"),
    ("a", "2025-03-18 15:40", "Subject: Re: Invoice INV-558120 - missing VAT number\n\nDear Beatrix,\n\nApologies, a template change dropped the VAT line from invoices issued that week. The corrected copy is attached and replaces the original.\n\nKind regards,\nNadim Farouk\nAccounts Receivable, Cobbleline Office Supply"),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question", "Marlowe Stationers", "form", [
    ("c", "2025-05-07 12:18", "Topic: Rewards\n\nQuick loyalty points question. Do the points earned on our company account belong to the account, or to whichever of us placed the order? Two of us order for the office and we can't tell from the statement who is allowed to redeem them. Account no. MS-30417."),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;other_type_cue", "Brindle Payments", "ticket", [
    ("c", "2024-10-21 08:52", "Ticket #3302 | Access\n\nOur office manager has left and she was the only admin on the Partner Portal for our merchant account (MID 40019931). I need admin rights to download the monthly statements. What do you need from us to move the admin role to me?"),
    ("a", "2024-10-21 13:15", "Ticket #3302 | Reply\n\nHi, we'll need a request on company letterhead signed by a director, naming the new admin and the email address they log in with. Upload it to this ticket and we'll switch the role within one working day.\n\nAnselm, Merchant Support, Brindle Payments"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Ledgerfox", "email", [
    ("c", "2025-06-02 16:44", "Subject: Licence count for a client\n\nHi there,\n\nI look after the IT for a few small firms. One of them, Carrow Opticians, uses your software and has asked me to find out whether their licence covers a fourth workstation or whether they'd need to buy another seat. I'm not on their account, so please reply to their practice manager, Gwen Tillotson (cc'd), rather than to me.\n\nThanks,\nDev Chaudhry"),
])

h("undetermined", "", "neutral", "forwarded;routine_question", "Fenwright Freight", "email", [
    ("c", "2025-01-29 11:30", "Subject: Fwd: remittance for January invoices\n\nHi Aoife,\n\nSee below from our finance team. They paid the three January invoices in a single transfer, so could you allocate it across them? The statement still shows all three as overdue.\n\nThanks\nGreg\n\n---------- Forwarded message ---------\nFrom: Accounts <accounts@example.com>\nTo: Greg Huxley\n\nGreg, please let Fenwright know that payment ref FW-JAN-3 covers invoices 4471, 4472 and 4480, total £3,912.60. We have always valued the partnership and paid on time, so the overdue flag is a mistake on their side."),
    ("a", "2025-01-29 14:52", "Subject: Re: Fwd: remittance for January invoices\n\nHi Greg, thanks, allocated. Your statement should show a zero balance from tomorrow morning.\n\nAoife Brennan\nCredit Control, Fenwright Freight"),
])

h("undetermined", "business_partners", "neutral", "routine_question", "Taskbarrow", "form", [
    ("c", "2025-09-09 23:14", "Topic: Feature request\n\nAny chance of a dark theme in the mobile app? The white screen is blinding when I log jobs at night."),
])

# ---------------------------------------------------------------- negative (7)

h("undetermined", "", "negative", "bug_report;symptom", "Sumwise", "ticket", [
    ("c", "2025-03-24 10:12", "Ticket #61190 | Bug: aged debtors export\n\nThe CSV export of the aged debtors report fails whenever the date range crosses a year end. The spinner runs for about a minute, then 'Something went wrong (E-5021)'. Same in Chrome and Firefox, on two different machines. Splitting the range into two exports works, but then the totals don't tie. Could you look at it before Thursday? That's our month-end close."),
    ("a", "2025-03-24 15:30", "Ticket #61190 | Update\n\nThanks for the clear steps, we've reproduced it. The fix is in Wednesday's release.\n\nHelga, Support, Sumwise"),
    ("c", "2025-03-27 09:03", "Ticket #61190 | Reply\n\nStill failing after the release, same error code, same range. Screenshot attached. I've done the close by hand this month."),
])

h("undetermined", "", "negative", "strong_words;caps;single_incident", "Crateway Freight", "email", [
    ("c", "2025-04-09 08:47", "Subject: Pallet 2 of 3 - CRUSHED\n\nThis is an absolute shambles. Your driver dropped our pallet of glassware this morning with the shrink-wrap torn open and the top two layers smashed, then drove off before anyone could sign it as damaged. Photos attached. I want a collection booked and a claim form TODAY, not a 'within five working days' email.\n\nLiam Forde\nOperations, Quenby Glass Studio"),
    ("a", "2025-04-09 10:20", "Subject: Re: Pallet 2 of 3 - CRUSHED\n\nDear Liam,\n\nI'm very sorry. Claim reference CW-20931 is open, the form is attached, and a collection is booked for tomorrow between 9 and 12. The driver's handheld shows the pallet as signed clean, which we are looking into with the depot.\n\nMei Lindqvist\nClaims Team, Crateway Freight"),
])

h("undetermined", "", "negative", "sarcasm;single_incident", "Paymosa", "chat", [
    ("c", "2025-05-06 14:02", "wonderful. the payout that was 'guaranteed Friday' lands Monday afternoon, just in time for me to explain to six staff why their wages are late. really appreciate the efficiency"),
    ("a", "2025-05-06 14:05", "I'm sorry about the delay. A bank holiday at our settlement bank pushed payouts back by one working day; the funds show as sent at 13:10 today."),
    ("c", "2025-05-06 14:07", "a bank holiday you presumably knew about a year in advance. fine."),
])

h("undetermined", "", "negative", "single_incident", "Helmsby Business Telecom", "form", [
    ("c", "2025-04-03 09:20", "Topic: Billing query\n\nAccount 2290-44. Our March bill charges the hunt group twice, £38.00 on line 14 and again on line 15. We only have the one hunt group. Please credit the duplicate and confirm when it's done.\n\nRegards,\nSunita Rao\nOffice Manager"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Quillbank", "ticket", [
    ("c", "2025-07-16 11:48", "Ticket #7745 | Send button\n\nI could cheerfully strangle whoever moved the Send button under the three-dot menu in yesterday's update. It took me ten minutes and a phone call to find it while a client waited on the line for their invoice. Can it go back on the toolbar, please, or at least be an option in settings?"),
])

h("undetermined", "", "negative", "competitor;single_incident", "Larkspur Labels", "email", [
    ("c", "2025-08-28 17:31", "Subject: Proof approval on order LL-20983\n\nHi,\n\nI've just spent forty minutes getting one label proof approved through your portal. Printdock, who did our samples, have it as upload, tick, done. Here I had to re-upload the PDF three times because it kept rejecting the bleed, and then the chat window closed on me. The labels are for a launch on the 3rd. Please just confirm the proof on LL-20983 is approved and in the queue.\n\nBen Achterberg\nSmall Batch Hot Sauce Co."),
    ("a", "2025-08-29 08:55", "Subject: Re: Proof approval on order LL-20983\n\nHi Ben, confirmed: the proof is approved and the job prints Monday for dispatch Tuesday. The bleed check was over-strict on PDFs exported from some design tools; that's been relaxed.\n\nCarys, Print Desk, Larkspur Labels"),
])

h("undetermined", "", "negative", "auto_reply;agent_cues;single_incident", "Shiftwren", "form", [
    ("c", "2025-06-01 07:55", "Topic: Billing\n\nWe were charged for 25 seats this month. We have 19 active staff and removed six users in the admin panel on the 28th, before the renewal date. Please refund the difference. Workspace: harbourview-care."),
    ("a", "2025-06-01 07:56", "This is an automated response. Your request has been received and will be answered within 3 working days. We value every customer and thank you for your patience. Shiftwren Billing"),
    ("c", "2025-06-01 08:03", "Topic: Billing (again)\n\nThree working days to refund money that shouldn't have been taken? Someone please just look at the user log, it's timestamped."),
])

# ---------------------------------------------------------------- positive (6)

h("undetermined", "", "positive", "single_thanks;agent_cues", "Copperleaf Accounts", "email", [
    ("c", "2025-01-13 09:10", "Subject: Thank you - Saturday's migration\n\nHello,\n\nI just wanted to say thank you to Imran, who spent Saturday morning walking us through moving everything over from our old spreadsheets. Every account reconciled first time. I did not expect to enjoy a data migration. Please pass this on to his manager.\n\nAlison Kemble\nKemble Joinery"),
    ("a", "2025-01-13 12:34", "Subject: Re: Thank you - Saturday's migration\n\nThank you, Alison! I've passed this on to Imran and his manager. We love hearing that a migration went smoothly.\n\nKat Osei\nCustomer Success, Copperleaf Accounts"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Sitwell Office Interiors", "email", [
    ("c", "2025-02-25 13:22", "Subject: Reception furniture delivered\n\nHi Joanne,\n\nThe Amour two-seat loveseat and the two side tables went into our reception this morning. The fitters were quick, put boards down over the floor and took every scrap of packaging away. The teal is even nicer than the swatch. Could you send the care guide for the fabric?\n\nBest,\nHenrik Sand\nSand & Pike Architects"),
])

h("undetermined", "", "positive", "other_type_cue;typos;emoji", "Shelfwise", "chat", [
    ("c", "2025-04-05 16:40", "just finished the stocktake with the new handheld scanner app. honestly the beep-and-tick thing is weirdly addictive, our saturday staff were racing each other 🙌 3 hours instead of 7. one question, cant see how to export the count sheet as a pdf?"),
    ("a", "2025-04-05 16:44", "That's great to hear! In the count summary tap the share icon, then 'PDF'. It'll also email a copy to the account owner."),
    ("c", "2025-04-05 16:46", "found it, thanks"),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;single_thanks", "Oakhurst Catering Wholesale", "email", [
    ("c", "2025-03-01 07:38", "Subject: Order OCW-11872 - wow\n\nOrder placed at 4pm, on our kitchen doorstep at 7am, everything properly chilled and not one substitution. That is how it should be done. You've got yourselves a new regular, honestly.\n\nRosa Mendes\nHead Chef, Lantern Lane Bistro"),
])

h("undetermined", "", "positive", "quoted_reply;single_thanks", "Parcelora", "email", [
    ("c", "2025-05-14 11:16", "Subject: Re: Label printing issue [#55102]\n\nPerfect, the labels print at the right size now. Thanks for the quick fix.\n\nJonah\n\nOn 14 May 2025, at 10:02, Parcelora Support wrote:\n> Hi Jonah, we value your loyalty and we're always here for you.\n> Please set the paper size to 4x6 in the printer driver and clear the print queue.\n> Warm regards, Efe"),
])

h("undetermined", "", "positive", "routine_question;single_thanks", "Lumio CRM", "ticket", [
    ("c", "2025-06-18 10:25", "Ticket #1029 | Onboarding\n\nWe finished importing 3,400 contacts this morning with the mapping tool and got zero duplicates, which frankly is a first for any CRM import I've run. Thank you for the checklist. One question before we invite the sales team: can reps see each other's pipelines by default, and if so, where do we switch that off?"),
    ("a", "2025-06-18 11:40", "Ticket #1029 | Reply\n\nGreat result! Pipelines are visible to the whole team by default. Go to Settings > Permissions > Deals and choose 'Owner and managers only'.\n\nRafaela, Onboarding, Lumio CRM"),
])

# ---------------------------------------------------------------- mixed (5)

h("undetermined", "", "mixed", "mixed_aspects;routine_question", "Inkwell Print Supply", "email", [
    ("c", "2025-07-02 15:05", "Subject: LP-420 label printer - driver question\n\nHello,\n\nThe printer itself is great: quiet, quick, and the barcodes are crisp even at the smallest size. The driver is another story. It installed a 'toolbox' that launches at startup, changed our default printer and took an hour to get rid of. Is there a driver-only package for Windows?\n\nThanks,\nMaja Ferreira\nWarehouse, Oddments Homeware"),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue", "Docketry", "ticket", [
    ("c", "2025-08-11 17:12", "Ticket #4471 | Go-live feedback\n\nNow that we're live, some feedback. Marguerite, your onboarding engineer, was excellent: patient, knew the product inside out and stayed late on our final call. The documentation is the opposite. Half the pages we opened show menus that no longer exist, and the email-forwarding guide skips the step where you verify the domain. We got there because of her, not the docs."),
    ("a", "2025-08-12 09:30", "Ticket #4471 | Reply\n\nThank you for this. I've shared your note with Marguerite and raised the outdated pages with our docs team; the forwarding guide is already fixed.\n\nOwen Pratt, Support Lead, Docketry"),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects", "Fernhill Packaging", "email", [
    ("c", "2025-09-15 10:48", "Subject: Order FP-3390\n\nHi Sam,\n\nThe printed mailer boxes arrived and we love the colour: the coral came out exactly like the proof. But they turned up nine days after the date you confirmed, so our launch orders went out in plain brown boxes with stickers on. Can you tell me what happened, so I can plan the next print run around it?\n\nThanks,\nImogen Clay\nClay & Thistle Candles"),
])

h("undetermined", "", "mixed", "mixed_aspects;typos;routine_question", "Ombra Analytics", "chat", [
    ("c", "2025-10-07 09:14", "the new dashboard loads in about a second, massive improvement, well done. but the margin column has gone from the product table and i cant find any way to add it back. was it removed on purpose?"),
])

h("undetermined", "", "mixed", "mixed_aspects;single_incident;strong_words", "Stallgate Commerce", "email", [
    ("c", "2025-11-20 08:30", "Subject: Tuesday's checkout outage\n\nHello,\n\nFour hours without checkout on a Tuesday cost us roughly a day's sales, and your status page said 'operational' for the first hour, which was maddening. That said, the incident write-up you published this morning is the most candid one I've read from a software company: a clear timeline, what broke and what you are changing. Is there a service credit for merchants on the Growth plan?\n\nTariq Nazari\nNazari Rugs"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;signature;sarcasm", "Vantapay", "ticket", [
    ("c", "2024-03-11 09:15", "Ticket #296604 | Funds on hold\n\nWe've got £2,950 of last week's card takings on a 'risk review' hold. You've asked for supplier invoices, a bank statement and photos of the stockroom. Attached. Please release the funds.\n\n--\nKwame Asante\nDirector, Tidewater Bike Works"),
    ("c", "2024-09-03 09:22", "Ticket #310552 | Funds on hold\n\nAnd here we are: £4,180 on hold, same as March, same as June. Same documents requested, which you have had three times now. Please release the funds or tell me exactly what is different this time.\n\n--\nKwame Asante\nDirector, Tidewater Bike Works"),
    ("a", "2024-09-03 13:48", "Ticket #310552 | Reply\n\nHi Kwame, thank you for your patience. Our risk team reviews accounts periodically and I'm unable to share what triggers a review. Please upload the documents via the dashboard and we'll aim to respond within 5 business days.\n\nLorna, Merchant Support, Vantapay"),
    ("c", "2024-09-12 16:05", "Ticket #310552 | Reply\n\nUploaded. Day nine. I'll chase on Monday; I know the drill by now."),
    ("c", "2025-01-20 10:31", "Ticket #318870 | Funds on hold\n\nHappy new year, here's the quarterly hold. Same request, same documents; earlier ticket numbers above so whoever picks this up can see we've done this dance four times. We're staying put, moving the till integration would hurt more than you do, but could somebody put a note on our account so the next review doesn't start from zero?\n\n--\nKwame Asante\nDirector, Tidewater Bike Works"),
])

h("adversaries", "", "negative", "paraphrase;quoted_reply;idiom;agent_cues", "Quayline Couriers", "email", [
    ("c", "2025-02-18 08:40", "Subject: Collection missed - account QL-7731\n\nMorning,\n\nWe booked a collection for yesterday, 2 to 5pm. Nobody came, no card, and the tracking says 'customer not available'. We were here with the shutter up. I've stopped being surprised. I've rebooked for today and would like it to actually happen this time.\n\nNell Okonkwo\nDispatch, Fettle Bicycle Parts"),
    ("a", "2025-02-18 10:15", "Subject: Re: Collection missed - account QL-7731\n\nHi Nell,\n\nWe're very sorry for the inconvenience and value your business. Today's collection is confirmed for 2 to 5pm.\n\nKind regards,\nQuayline Customer Care"),
    ("c", "2025-02-19 08:12", "Subject: Re: Collection missed - account QL-7731\n\nToday's driver came at 5:40, after we'd locked up, and rang the bell once. So that's round three. For the record, this is the fourth missed pickup since the summer and each time I get the same apology word for word. Book it for tomorrow please, and I'll have someone camp by the door.\n\nNell\n\n> We're very sorry for the inconvenience and value your business.\n> Today's collection is confirmed for 2 to 5pm.\n> Kind regards, Quayline Customer Care"),
])

h("adversaries", "", "negative", "paraphrase;emoji;sarcasm;evolving", "Wirrow Networks", "chat", [
    ("c", "2024-11-04 08:31", "hi, our leased line is down for the second time this month. case number from last time was WN-88120. same fault? same engineer no-show?"),
    ("a", "2024-11-04 08:36", "Hi, sorry to hear that. I can see an open fault at your exchange. An engineer is booked for Wednesday 8am to 1pm."),
    ("c", "2024-11-04 08:39", "wednesday. ok. last time 'booked' meant nobody turned up and I did the three-hour phone queue to rebook. I'll keep the morning free and assume I'm back in this chat on thursday"),
    ("c", "2024-11-07 09:02", "back in this chat on thursday, as predicted. nobody came yesterday. rebook please"),
    ("a", "2024-11-07 09:10", "Apologies. The visit was cancelled by our field team. It's rebooked for Friday 8am to 1pm and flagged as priority."),
    ("c", "2025-02-11 10:20", "hello again, it's the monthly outage 🙃 same line, same lights, case WN-90417. I've got the whole script memorised: yes I rebooted the router, yes the light is red, yes I need an engineer. see you in the queue"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm", "Hollis & Brandt Wholesale", "email", [
    ("c", "2025-05-02 09:55", "Subject: April statement - this month's corrections\n\nHi Petra,\n\nAttached is this month's list of things the invoicing got wrong, which I now write the way other people write a shopping list: two cases of oat milk charged at last year's price, a delivery charge on an order over the free threshold, and the February credit note that still hasn't been applied (third time of asking). As every month, I'm holding payment on those lines until the credits come through.\n\nCheers,\nOwen Malley\nBuyer, The Copper Kettle Cafés"),
    ("a", "2025-05-02 14:20", "Subject: Re: April statement - this month's corrections\n\nHi Owen, thanks, all three are corrected and the February credit is applied. I've asked IT why your price file keeps reverting.\n\nPetra Novak\nAccount Manager, Hollis & Brandt Wholesale"),
    ("c", "2025-05-02 14:41", "Subject: Re: April statement - this month's corrections\n\nThanks Petra. Speak same time next month, no doubt."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;agent_cues", "Kestrelpay", "email", [
    ("c", "2025-03-04 21:17", "Subject: Account closure and our funds\n\nYou closed our merchant account without warning, you're holding £11,600 of our customers' payments 'for up to 180 days', and the only explanation is a form letter signed by nobody. I've written the whole thing up for the makers' guild newsletter so that nobody else in our trade signs with you, and every seller I've told has a story just like ours. Release the funds or I'll see you in the small claims court.\n\nIngrid Halvorsen\nFjord & Fern Ceramics"),
    ("a", "2025-03-05 09:30", "Subject: Re: Account closure and our funds\n\nDear Ingrid,\n\nWe understand your frustration. We value all our merchants, but we are unable to discuss the reasons for a closure. Held funds are released at the end of the reserve period.\n\nMerchant Risk, Kestrelpay"),
    ("c", "2025-03-05 10:02", "Subject: Re: Account closure and our funds\n\nThat reply is going in the newsletter too."),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Jobwright", "form", [
    ("c", "2025-07-21 18:40", "Topic: Cancellation\n\nCancel our subscription effective today and delete every record you hold on us. Your 'free migration' lost two years of job sheets we brought over from our old system, and your support spent a week telling us it was our browser. I've spent the last fortnight telling every contractor in our trade group to steer well clear of you, and I'll keep doing it for as long as anyone asks. Konrad Bielski, Bielski Electrical"),
])

h("enemies", "", "negative", "paraphrase;evolving", "Greyfield Toy Wholesale", "ticket", [
    ("c", "2024-12-02 10:05", "Ticket #4410 | Damaged goods\n\nSix of the twelve wooden train sets in last week's delivery have cracked boxes and two have missing carriages. Photos attached. Please credit or replace before the Christmas rush."),
    ("a", "2024-12-03 09:40", "Ticket #4410 | Reply\n\nThanks for the photos. As the delivery was signed for without notes, we can't accept a damage claim. We can offer 10% off your next order.\n\nGreyfield Trade Desk"),
    ("c", "2024-12-03 12:26", "Ticket #4410 | Reply\n\nThe driver wouldn't wait for us to open the boxes, which you know, because I phoned you from the shop floor while he was still in the car park. Keep your 10%. I've cancelled the direct debit, the whole thread is going on the independent toy shops' forum with the photos, and if your rep walks in here again he'll be walking straight back out. Nobody I know will be ordering from you."),
])

h("enemies", "", "negative", "paraphrase;caps;typos", "Ostrander Cargo", "email", [
    ("c", "2025-10-14 16:22", "Subject: STOP sending us quotes\n\nThird 'special rate' email this week. After what your lot did with our Hamburg container in the spring (three weeks late, the demurrage billed to US, and not one person who'd own it) I wouldnt let you move a shoebox for me. take us off every list you have. and dont think it stops with us, I tell every importer I meet exactly how that went."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;negation;evolving", "Tallybird", "email", [
    ("c", "2024-05-13 12:40", "Subject: The new 'Essentials' plan\n\nHello,\n\nI've run my practice's bookkeeping clients on Tallybird since it was three people in a room above a bike shop, and I must have sent you forty small firms over the years. Since the takeover, everything I valued has been quietly taken away: the phone line, the person who knew my name, and now the plan my clients are on, replaced by one at nearly double the price. Can somebody explain who this change is for?\n\nHarriet Moss\nMoss Bookkeeping"),
    ("a", "2024-05-14 10:05", "Subject: Re: The new 'Essentials' plan\n\nDear Harriet,\n\nThank you for being part of the Tallybird story. We remain committed to our loyal accounting partners and Essentials brings many new features. I've attached a guide to the new plan.\n\nThe Tallybird Team"),
    ("c", "2024-05-14 11:30", "Subject: Re: The new 'Essentials' plan\n\nA guide is not an answer, but thank you."),
    ("a", "2024-06-03 09:00", "Subject: Your Tallybird account\n\nHi Harriet, I'm your new partner success manager. Could we book a call to talk through your clients' plans?\n\nLuca Bernardi, Tallybird"),
    ("c", "2024-11-28 17:15", "Subject: Moving my clients\n\nFor your records: 28 of my 31 clients moved to another provider this month and the last three follow in January. It's a genuine shame. There was a time I'd have defended you to anyone. I don't feel that way any more.\n\nHarriet"),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance", "Penmoor Office", "email", [
    ("c", "2025-01-08 09:12", "Subject: Loyal customers pay more?\n\nHi,\n\nEvery ream, every toner and every chair in this office has come from you for eleven years. This morning I found that a new customer gets 20% off the same toner we pay full price for. Is that how you treat people who stuck with you? We've paid within 14 days every single time. I'd like a reason to stay, because right now I can't see one.\n\nCathal Doyle\nPractice Manager, Doyle & Reece Solicitors"),
])

h("ex_friends", "", "negative", "paraphrase;typos;evolving", "Bramblepost", "chat", [
    ("c", "2025-06-10 13:05", "hi. we used to send everything with you, I told people you were the one courier that never lost anything. last six months: three lost parcels, tracking that says delivered when it isnt, and an account rep who hasnt replied since march. what happened to you? we've moved most of our volume to someone else, the account stays open for the odd bulky one"),
    ("a", "2025-06-10 13:09", "I'm really sorry to read this. I'll ask your account manager to call you today."),
    ("c", "2025-06-10 13:11", "thanks. its not about one call though"),
    ("c", "2025-09-22 10:15", "hi, please close account BP-20561. nobody called back in june, which sort of answered my question"),
])

h("ex_friends", "love_hate", "negative", "paraphrase;mixed_aspects", "Pinfold Studio", "ticket", [
    ("c", "2025-09-30 18:20", "Ticket #90211 | Downgrade at renewal\n\nPlease move us to the free tier at renewal. Some context, since someone will ask in the exit survey: for four years yours was the tool I opened before my coffee. The last eighteen months it's been paywalls on things we already had, a redesign that buried everything, and support that answers a different question from the one asked. I stayed longer than I should have. Thanks to Felix in support, who was always great; this one isn't on him."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "colleagues", "positive", "paraphrase;signature;agent_cues", "Ledgerfox", "email", [
    ("c", "2025-04-22 08:50", "Subject: Renewal - put us down for the long haul\n\nHi Sian,\n\nWe got the renewal notice and there's nothing to discuss: put us down for the three-year term. Nine years in, I can't picture running this firm on anything else, and I've stopped even opening the competitors' brochures. Every new starter gets trained on your system in their first week. Thank you for making the dullest part of the business the part I'm happiest about.\n\n--\nMarcus Delahaye\nManaging Partner, Delahaye & Orr Accountants\n0161 496 0733"),
    ("a", "2025-04-22 11:05", "Subject: Re: Renewal - put us down for the long haul\n\nMarcus, thank you, that made my morning. The three-year agreement is attached. We love having you with us.\n\nSian Roberts\nAccount Manager, Ledgerfox"),
])

h("marriage_partners", "", "positive", "paraphrase;agent_cues;evolving", "Boxcraft Packaging Supply", "email", [
    ("c", "2024-10-07 10:30", "Subject: Tender season\n\nHi Leon,\n\nOur new procurement consultant wants every supplier tendered this year. I told her not you. You've been our only packaging supplier since we opened the warehouse, and you'll be our only one for as long as I'm running it. Send me next year's price list whenever it's ready and we'll sign.\n\nDorota Wasik\nOperations Director, Birchwood Tea Traders"),
    ("a", "2024-10-07 15:10", "Subject: Re: Tender season\n\nDorota, that means a great deal to all of us. Price list to follow next week, and thank you for always being so easy to work with.\n\nLeon Achebe, Key Accounts, Boxcraft Packaging Supply"),
    ("c", "2024-12-19 16:45", "Subject: Re: Tender season\n\nSigned contract attached. And the hamper you sent the warehouse team went down a storm. We're yours, as far as I'm concerned."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;negation;agent_cues", "Rollbook Payroll", "chat", [
    ("c", "2025-08-29 15:58", "just wanted to say, six years of payroll with you and not one late payslip. other providers ring me every month and I don't even let them finish the pitch ❤️ we're sticking with you as long as the company exists"),
    ("a", "2025-08-29 16:01", "That's lovely to hear, thank you! I'll share this with the team."),
])

h("marriage_partners", "", "positive", "paraphrase;competitor", "Crumbvale Bakery Supplies", "ticket", [
    ("c", "2025-11-03 06:12", "Ticket #5120 | Standing order 2026\n\nPlease roll our standing order over into 2026, same flours, same days. The rep from Millbrook Mills came round again last week with 12% off and I sent him away with a coffee. Every loaf we sell starts with your flour and I want it staying that way for the rest of my baking life. No need to send comparison sheets, just the new contract."),
    ("a", "2025-11-03 09:25", "Ticket #5120 | Reply\n\nDone, the 2026 standing order is set up and the contract is attached for signature. Thank you, Bea.\n\nGethin, Trade Orders, Crumbvale Bakery Supplies"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues;strong_words", "Stratum Workspace", "email", [
    ("c", "2025-02-04 10:02", "Subject: Escalation - a director to call me today\n\nWe are one of your largest accounts in this region and I will not be turned into a ticket number. Your junior sent me a link to a help article. I don't read help articles; I pay you precisely so that I don't have to. I want a call from someone senior before 3pm, and I want to know why it took a second email to get any attention at all.\n\nVictor Ashdown\nCEO, Ashdown Property Group"),
    ("a", "2025-02-04 10:40", "Subject: Re: Escalation - a director to call me today\n\nDear Mr Ashdown,\n\nPlease accept our apologies. You are a valued customer, and our Head of Customer Success, Ines Cordeiro, will call you at 1pm.\n\nStratum Workspace Support"),
    ("c", "2025-02-04 10:52", "Subject: Re: Escalation - a director to call me today\n\n1pm is fine. In future, my account should be flagged so that nobody sends me links."),
])

h("master_slave", "", "negative", "paraphrase;agent_cues;evolving", "Brindle Payments", "ticket", [
    ("c", "2025-05-19 11:30", "Ticket #3981 | Verification\n\nI've been asked to 'verify my identity' by your agents four times this week. Do you have any idea what we put through your terminals each month? Put a flag on our account so I'm recognised when I call, and have our account manager ring me personally."),
    ("a", "2025-05-19 12:05", "Ticket #3981 | Reply\n\nHi there! Thanks for reaching out. For security reasons we verify every caller. We value every merchant and I've passed your request to your account manager.\n\nBrindle Payments Support"),
    ("c", "2025-05-19 12:20", "Ticket #3981 | Reply\n\n'Hi there'. I'm not 'there', I'm the owner of four restaurants on your books, and I'd expect the person answering to have glanced at the account before writing. Either the account manager calls me today or I start taking meetings with your competitors."),
])

h("master_slave", "", "negative", "paraphrase;caps", "Marrowby Fresh Produce", "chat", [
    ("c", "2025-09-11 07:05", "third time this month someone on your phones has asked me for my account number. I shouldn't have to give it. we're the biggest drop on your thursday van, your people should know the name when I ring. sort it. I DON'T queue and I don't spell my name for anyone"),
    ("a", "2025-09-11 07:09", "Sorry about that, Mr Castellano. I've added a priority note to your account so the team sees it when you call."),
    ("c", "2025-09-11 07:10", "good. and the kale yesterday was half yellow. replace it on today's run, no paperwork"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "colleagues", "neutral", "paraphrase;negation", "Deskway Supplies", "form", [
    ("c", "2025-03-10 12:15", "Topic: Account review call\n\nNo need for the account review call, thanks. What we want from you is what we've been getting: paper, toner and bin bags at the list price, delivered by Wednesday, invoice by email. As long as the total stays under what the cash-and-carry charges and nothing goes missing, we'll keep ordering. If that changes, I'll shop around.\n\nPaula Greaves\nGreaves Lettings"),
])

h("basic_exchange", "colleagues", "neutral", "paraphrase;short_signal", "Swiftbarrow Couriers", "form", [
    ("c", "2025-07-30 10:44", "Topic: Customer survey\n\nWe send with you because you're 40p a parcel cheaper than the rest and the van turns up when it says. That's the whole arrangement as far as we're concerned. Please take us off the survey list."),
])

h("basic_exchange", "colleagues", "neutral", "paraphrase;routine_question", "Quillbank", "ticket", [
    ("c", "2025-10-22 14:30", "Ticket #8120 | Plan pricing\n\nWe're on the Starter plan and intend to stay on it. It sends the invoices and chases late payers, for less than the others charge, and that's all we're paying for. No upgrade calls please. One question: will the Starter price stay fixed next year? If it jumps, we'll look elsewhere."),
    ("a", "2025-10-22 16:05", "Ticket #8120 | Reply\n\nStarter pricing is fixed until at least 31 December 2026, and I've opted you out of upgrade calls.\n\nNoor, Billing, Quillbank"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;agent_cues", "Pennyworth Wholesale", "email", [
    ("c", "2025-06-23 15:20", "Subject: Derek's last round\n\nHi Maureen,\n\nI hear Derek retires at the end of the month. He's been bringing our order in since we were a market stall with a folding table, and he's the one who talked us into the Italian flour back in 2009. Remember the winter the van got stuck at the bottom of our hill and he carried the sacks up himself? Please pass on our thanks and tell him there's a cake with his name on it. It'll be strange without him. Same order as usual for Thursday.\n\nSally and Pete\nThe Hilltop Bakehouse"),
    ("a", "2025-06-24 09:15", "Subject: Re: Derek's last round\n\nSally, Pete, Derek read your email twice and then went quiet for a bit. He says he'll bring Thursday's order himself, cake or no cake. You've been part of the Pennyworth family for a very long time.\n\nMaureen, Pennyworth Wholesale"),
])

h("old_friends", "", "positive", "paraphrase;routine_question", "Abacroft Accounts", "ticket", [
    ("c", "2025-01-27 13:40", "Ticket #7002 | Opening old files\n\nClearing out our archive, I found invoices printed from your software in 2006, back when it came on a CD and the help line rang in what sounded like someone's kitchen. Funny how it still feels like the same people. Question: can the current version still open .abx files from version 4? There are two old client files we'd like to look at."),
    ("a", "2025-01-27 15:55", "Ticket #7002 | Reply\n\nIt can, via File > Import legacy. And that kitchen was real: it was our founder's. Thanks for making us smile.\n\nAgnieszka, Support, Abacroft Accounts"),
])

h("old_friends", "", "positive", "paraphrase;emoji", "Inkhaven Print", "chat", [
    ("c", "2025-04-14 10:02", "hiya, it's Jan from Chalk & Cheese deli. placing our usual jar label order, but also: fifteen years this month since you printed our very first labels (the ones with the spelling mistake, still framed behind the till 😄). feels like we've grown up together"),
    ("a", "2025-04-14 10:06", "Jan! Happy fifteen years. Order's in, and we still remember the 'Chedder' labels."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Figtree Books", "ticket", [
    ("c", "2025-02-06 09:30", "Ticket #1188 | Trial questions\n\nWe're on day three of the 14-day trial, seeing whether it suits a two-person bookkeeping office. Before I put any real client data in: where is the data hosted, and can I export everything if we decide it isn't for us?"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;signature", "Stemcraft Florist Supply", "email", [
    ("c", "2025-08-05 12:10", "Subject: New customer - account terms?\n\nHello,\n\nWe found you through the regional florists' directory and placed our first order yesterday (web order 44120), ribbon and cellophane, mostly to see what the quality is like. If it's good we'll probably bring a few lines over. Can we have an account with 30-day terms, or is it card only for new customers?\n\n--\nElif Demir\nOwner, Petal & Stem, Harrogate\n01423 496 210"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji", "Routewell", "chat", [
    ("c", "2025-10-18 14:22", "hi! signed up about an hour ago after seeing your stand at the trade show on thursday. trying the free plan with two drivers to see how the route planner copes with our rural drops. first impression: very slick 👍 how do I add a second depot?"),
    ("a", "2025-10-18 14:25", "Welcome aboard! Settings > Depots > Add depot. Each driver can then be assigned a start depot."),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;idiom;evolving", "Waymarker Route Software", "ticket", [
    ("c", "2025-01-15 19:40", "Ticket #7731 | Driver app after 6.2\n\nYour route optimiser is the best thing that's happened to our delivery business and I'd fight anyone who says otherwise. It's also why I've sworn at a screen more this year than in the previous ten. Every update breaks something in the driver app; this time it's proof-of-delivery photos not uploading. I've tried to leave twice. Both times we were back within a month, because nothing else plans a route like yours."),
    ("a", "2025-01-16 09:00", "Ticket #7731 | Reply\n\nSorry about this. The photo upload bug is confirmed and a fix is scheduled for 6.2.1 on Friday.\n\nKeira, Support, Waymarker"),
    ("c", "2025-01-18 08:15", "Ticket #7731 | Reply\n\n6.2.1 is out and photos upload. I'm grudgingly delighted. Please don't break it again for at least a month."),
    ("c", "2025-05-02 20:05", "Ticket #8044 | Driver app after 6.5\n\nA month was optimistic. 6.5 logs drivers out every hour. I'm not going anywhere, you know that and I know that, but I'd like to stop dreading every release note."),
    ("a", "2025-05-03 10:30", "Ticket #8044 | Reply\n\nReproduced; the session timeout was changed by mistake. Hotfix going out tonight.\n\nKeira, Support, Waymarker"),
])

h("love_hate", "", "mixed", "paraphrase;mixed_aspects", "Paymosa", "email", [
    ("c", "2025-09-01 11:11", "Subject: Renewal, through gritted teeth\n\nHi Arjun,\n\nI want to be furious with you about the fees, the holds and the support queue, and I am. But your checkout converts better than anything we've tried, so here I am renewing for another year. Every spring I draw up a plan to leave, and every spring I look at the numbers and stay. If you ever sorted the support out, I'd be your biggest fan.\n\nLottie Brand\nBrand & Daughter Prints"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;strong_words", "Bean & Bothy Office Coffee", "chat", [
    ("c", "2025-03-20 10:15", "your beans are the best we've ever had in this office and your delivery is a joke. third late box this quarter and the team is on the brink of mutiny by 10am. every month i swear we're cancelling, and every month someone reorders before i can"),
    ("a", "2025-03-20 10:19", "Sorry about the late box. I've refunded this month's delivery charge and moved you to the Tuesday route, which has been more reliable."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues", "Rotaworks", "email", [
    ("c", "2025-02-10 16:30", "Subject: Three ideas from our care homes\n\nHi Dani,\n\nFollowing our call, here are the three things that would save our home managers the most time, roughly in order:\n1. A swap board where staff can offer and pick up shifts, with a manager approval step.\n2. Agency staff shown in a different colour on the weekly view.\n3. A warning when someone is booked for a long day straight after a night.\nWe'd happily trial any of these in one of our homes before release, and I can get two managers on a call with your designers. We plan to be on Rotaworks for a long time, so it's worth our while to help you get it right.\n\nAmara Nwosu\nHead of Operations, Willowbank Care"),
    ("a", "2025-02-11 09:20", "Subject: Re: Three ideas from our care homes\n\nAmara, we'd love that. The swap board is in design now; could Elm Lodge pilot it in March?\n\nDani Kowalczyk, Product, Rotaworks"),
    ("c", "2025-03-28 17:05", "Subject: Re: Three ideas from our care homes\n\nElm Lodge has had the swap board for three weeks. Notes attached: managers are very happy with the approval step, night staff want a push notification when a shift is picked up, and nobody could find the 'withdraw offer' button. Happy to do the same with the colour coding when it's ready."),
])

h("business_partners", "", "positive", "paraphrase;negation", "Stallgate Commerce", "ticket", [
    ("c", "2025-06-09 13:50", "Ticket #66120 | Webhook retries - a proposal\n\nNot a complaint, more a proposal. Our order sync has run on your webhooks for about a year and we've found three rough edges: retries reuse the same delivery ID, so de-duplication is guesswork; there is no header saying which attempt this is; and a 410 from us doesn't stop retries. I've written up what we do on our side and a possible design for an attempt header (attached). If it helps, we'd gladly be a test merchant for any change."),
    ("a", "2025-06-10 10:10", "Ticket #66120 | Reply\n\nThis is an excellent write-up, thank you. I've shared it with the platform team, who'd like to take you up on testing.\n\nJosefin, Developer Relations, Stallgate Commerce"),
])

# ================================================================ fling (2)

h("fling", "fleeting_acquaintance", "positive", "paraphrase;strong_words", "Deckhand Slides", "email", [
    ("c", "2025-05-23 18:30", "Subject: Canvas mode!!\n\nHello,\n\nNo idea how long this will last, but the Canvas mode you released on Tuesday is the most fun I've had with software in ages. I put the studio on the Pro tier on Wednesday purely to get it, rebuilt two client decks in it already, and half the office keeps crowding round my screen. Will more of the launch templates be coming soon? We've used all six.\n\nTheo Marchetti\nMarchetti Brand Studio"),
])

h("fling", "", "positive", "paraphrase;emoji;agent_cues", "Wrapsody Wholesale", "chat", [
    ("c", "2025-09-02 09:12", "the new autumn tissue and ribbon range just went live and half of it is already in my basket 😍 that rust velvet ribbon!! we're redoing the whole shop window around it this week. no idea if our customers will go for it and I don't care, it's too pretty. is the mustard one back in stock soon?"),
    ("a", "2025-09-02 09:20", "Love that! Mustard velvet is due back on the 9th; I've added a stock alert to your account."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;signature", "Quorum Practice Software", "email", [
    ("c", "2025-03-03 17:40", "Subject: Thank you, properly\n\nPriya,\n\nI wanted to put in writing what I said on the phone. When you rang us about the licensing change weeks before it was announced, and walked me through how to avoid the extra cost, you did something no supplier has done for us. And last winter, when our server died the night before the filing deadline, it was you who picked up at 10pm. I can tell you when we're struggling, and you'll tell me straight when something won't work for us. That's rare, and I don't take it for granted.\n\n--\nDaniel Feld\nPartner, Feld Tax Advisers"),
    ("a", "2025-03-04 08:30", "Subject: Re: Thank you, properly\n\nDaniel, thank you. It goes both ways; you're the first person I call when I need an honest view on a new feature.\n\nPriya Raman\nAccount Manager, Quorum Practice Software"),
])

h("best_friends", "", "positive", "paraphrase;negation;agent_cues", "Docklane Logistics", "chat", [
    ("c", "2025-07-14 11:25", "morning Hana. you lot are who I ring when something's gone wrong on my side, not just yours. when we double-booked the loading bay last week you sorted it without making me feel stupid and didn't charge us for the wait. I can be straight with you about where we are with cash, and you won't use it against me. just wanted to say that out loud"),
    ("a", "2025-07-14 11:30", "That means a lot, thank you. Always happy to help you sort things out. Same time Thursday for the container?"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor", "Crateway Freight", "email", [
    ("c", "2025-04-28 09:05", "Subject: Quote for May - and a heads-up\n\nHi Tom,\n\nCould you quote for the usual five pallets to Leeds in the second week of May? Heads-up so you're not surprised: we'll keep splitting our freight between you, Haulcraft and whoever's cheapest on the day. Nothing against you; you're good to deal with and your drivers are a laugh. We just like not being tied to any one firm.\n\nCheers,\nRhys Pemberton\nPemberton Garden Stone"),
    ("a", "2025-04-28 11:40", "Subject: Re: Quote for May - and a heads-up\n\nFair enough, Rhys, quote attached. Glad the drivers keep you entertained.\n\nTom Gallagher, Sales, Crateway Freight"),
])

h("buddies", "", "positive", "paraphrase;routine_question", "Printwright", "chat", [
    ("c", "2025-11-06 15:30", "hey, it's Mo from Kite Street Gym. you're one of the regular spots for our print bits. we bounce between you and a couple of others depending on the job, but you're who we come to for the quick runs. 500 A5 flyers by friday, doable?"),
    ("a", "2025-11-06 15:34", "Hi Mo! Yes, if the artwork's in by noon tomorrow. Same stock as last time?"),
    ("c", "2025-11-06 15:35", "same stock, sending it tonight"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "mixed", "paraphrase;other_type_cue", "Ombra Analytics", "email", [
    ("c", "2025-08-13 07:20", "Subject: Please tell me it's back for good\n\nHello,\n\nSlightly embarrassing to admit in a support email, but your sales dashboard is the first thing I open in the morning and the last thing I look at before bed, and during yesterday's four-hour outage I genuinely didn't know what to do with my hands. I refreshed the page about two hundred times. My business partner has started hiding my phone at dinner. Is it stable now?\n\nGrace Obi\nObi Skincare"),
    ("a", "2025-08-13 09:00", "Subject: Re: Please tell me it's back for good\n\nHi Grace, yes: the root cause was a failed database upgrade, rolled back at 18:40. Full write-up on our status page.\n\nBartek, Support, Ombra Analytics"),
])

h("dealer_addict", "fling", "positive", "paraphrase;caps", "Threadhouse Textiles Trade", "form", [
    ("c", "2025-02-19 01:12", "Topic: Order query\n\nI have a problem. It's 1am and I'm in your trade portal again, 'just looking' at the new linen bolts. That's my third order this week and the studio has no shelf space left. PLEASE stop adding colours, I can't say no to you. Anyway, can orders 6612 and 6619 ship together?"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;third_party", "Marlowe Stationers", "email", [
    ("c", "2025-06-12 20:05", "Subject: Order 2291 - discreet delivery please\n\nHello,\n\nA small favour. Group procurement has us locked into a national stationery contract, and officially I'm not supposed to buy from anyone else. Unofficially, your fountain pens and the heavy cream notebooks are what make board meetings bearable, so I buy them on my own card. Could the parcel go to my home address, and without your logo all over the box? Our finance director would have words.\n\nThank you,\nE. Lindqvist"),
])

h("secret_affair", "", "positive", "paraphrase;caps;emoji", "Notepile", "ticket", [
    ("c", "2025-10-09 21:40", "Ticket #2207 | Card statement name\n\nCan the card statement show something other than NOTEPILE PRO? Our IT policy allows approved tools only, and you are very much not approved. I've run all my project notes through you for months anyway, because the approved one is painful. Nobody at work knows and I'd like to keep it that way 🤫"),
    ("a", "2025-10-10 09:15", "Ticket #2207 | Reply\n\nWe can change the statement descriptor to 'NP Subscription' from your next billing date.\n\nSupport, Notepile"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;agent_cues", "Billowpay Subscriptions", "email", [
    ("c", "2025-04-15 10:20", "Subject: Invoices for an account we don't have\n\nTo whom it may concern,\n\nWe've received three 'final reminder' invoices from you for a 'Growth plan' at £89 a month. Nobody here has ever had an account with you; until the first letter arrived I couldn't have told you what your company does. Please confirm in writing that there is no debt, and stop contacting us.\n\nM. Achterberg\nFinance, Achterberg Dental"),
    ("a", "2025-04-15 14:45", "Subject: Re: Invoices for an account we don't have\n\nDear M. Achterberg,\n\nOur apologies. The invoices were addressed to a similarly named company; your details have been removed and there is no balance owed. We value your understanding.\n\nBillowpay Billing"),
])

h("complete_strangers", "", "negative", "paraphrase;third_party;typos", "Stackmore Haulage", "chat", [
    ("c", "2025-12-01 12:40", "hello? I keep getting your delivery texts about pallets for a 'Brightwater Ltd'. I'm a hairdresser, I've no dealings with your firm, dont know who you are, please take my number off whatever this is"),
    ("a", "2025-12-01 12:44", "Sorry about that. A customer entered your number by mistake; it's been removed from their delivery contacts."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Hirewell Vans", "email", [
    ("c", "2025-06-02 08:15", "Subject: Tipper 14-16 June\n\nHi,\n\nIt's Farida at Nettle & Moss Landscaping. We hire from you a few times a year when one of ours is in the garage, so you should still have our details on file. Could we have the 3.5-tonne tipper from the 14th to the 16th?\n\nThanks,\nFarida"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;occasion", "Confero Bridge", "ticket", [
    ("c", "2025-09-25 11:00", "Ticket #3390 | Reactivate account\n\nWe only use your conference-call bridge a handful of times a year, usually the AGM and the odd investor call, so the account goes dormant in between. Could you wake it up for 22 October? The same dial-in as last time is fine."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues", "Cashbook Cloud", "email", [
    ("c", "2025-01-22 14:05", "Subject: North West user group - March meetup\n\nHi Ellie,\n\nFourteen firms have signed up for the March meetup of the North West user group so far. A few of us have been pooling our month-end report templates, and we'd like them hosted on the hub so other members can pick them up. Could one of your product people join the afternoon session? We get the most done when your side is in the room with us rather than reading the minutes afterwards.\n\nKen Mbatha\nUser group organiser, Mbatha & Co"),
    ("a", "2025-01-22 16:30", "Subject: Re: North West user group - March meetup\n\nKen, brilliant. The community hub can host the templates; I'll send upload access. Two of our product managers will join.\n\nEllie Frost, Community, Cashbook Cloud"),
])

h("teammates", "", "positive", "paraphrase;routine_question;agent_cues", "Shopkettle", "ticket", [
    ("c", "2025-07-08 10:40", "Ticket #12840 | Plugin directory\n\nA handful of us shop owners have been building a shared shipping-rules plugin for the store builder on weekends. Thirty shops run it now, and people keep posting fixes and rate tables for each other. Could your team review it for the official directory? We'd like to keep building it alongside you and everyone else who sells on Shopkettle, rather than off in a corner."),
    ("a", "2025-07-08 15:00", "Ticket #12840 | Reply\n\nThis is great to see. Submit it through the partner developer form and we'll fast-track the review.\n\nMarius, Platform, Shopkettle"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues;routine_question", "Halberd Motor Parts", "email", [
    ("c", "2025-02-17 09:45", "Subject: Account in my name now\n\nHello,\n\nMy father, Geraint Pryce, opened our account with you in 1987 when he started the garage. He passed away in January and my brother and I have taken the business on. Dad always said you were the one parts supplier that treated him as one of your own, and we'd like to carry on exactly as he did. Could you move the account into my name? The trading name stays Pryce Motors.\n\nCeri Pryce"),
    ("a", "2025-02-17 11:20", "Subject: Re: Account in my name now\n\nDear Ceri,\n\nWe're so sorry about your father. Geraint was part of the family here; half the counter staff learned the trade answering his calls. I've attached the form to move the account; nothing else changes.\n\nAlun Hughes, Branch Manager, Halberd Motor Parts"),
])

h("close_siblings", "", "positive", "paraphrase;typos;agent_cues", "Gumdrop Confectionery Wholesale", "chat", [
    ("c", "2025-10-02 16:10", "hi, my nan stocked her shop from your warehouse, then my mum did, and now it's me behind the same counter with the same account number. dont think our family has ever bought a sweet anywhere else. anyway, the usual boiled sweets order please, plus can you add two of the new sour jars?"),
    ("a", "2025-10-02 16:15", "Lovely to hear! Added two sour jars to your usual order; it goes out Monday."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;negation", "Longacre Haulage", "form", [
    ("c", "2025-03-12 15:30", "Topic: Single pallet quote\n\nWe need one pallet taken from our unit in Northampton to the exhibition centre on 3 April for a trade show, and that's it. We don't want an account, a rep or a newsletter; we have our own courier for everything else. Card payment is fine. Please quote."),
    ("a", "2025-03-12 17:05", "Subject: Re: Single pallet quote\n\nHi, £145 plus VAT for a timed delivery by 10am on 3 April, payable by card. No account needed.\n\nLongacre Haulage"),
])

h("one_night_stand", "", "neutral", "paraphrase;negation;routine_question", "Vouchbox", "ticket", [
    ("c", "2025-12-02 09:05", "Ticket #4502 | One month only\n\nA heads-up so nobody wastes time on a retention call: we've subscribed for a single month to use the audit-trail export for our year-end review. Once the export is done I'll cancel. Nothing wrong with the product, we just don't need it after the 31st. Does cancelling delete the exported files?"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question", "Taskbarrow", "email", [
    ("c", "2025-08-18 11:30", "Subject: Seats for September starters\n\nHi Kofi,\n\nWe're taking on three designers in September. Every client timesheet and invoice in this studio goes through Taskbarrow, so they'll need seats from day one. Could you add three to our plan and send the revised quote to accounts@example.com? Otherwise all fine: it does its job and stays out of our way.\n\nLena Hartmann\nStudio Manager, Hartmann Kerr Design"),
    ("a", "2025-08-18 14:00", "Subject: Re: Seats for September starters\n\nHi Lena, three seats added from 1 September; revised quote sent to accounts.\n\nKofi Mensah, Accounts, Taskbarrow"),
])

h("colleagues", "business_partners", "neutral", "paraphrase;routine_question", "Shiftwren", "ticket", [
    ("c", "2025-11-12 08:20", "Ticket #9904 | Maintenance windows\n\nOur dispatch office plans every shift and every van on your system, so a Saturday-morning maintenance window lands in our busiest hours. Could weekend windows go after 2pm, or at least be announced a week ahead so we can print the rotas? The rest of the week it just runs."),
    ("a", "2025-11-12 10:05", "Ticket #9904 | Reply\n\nNoted. From December, weekend maintenance will start after 2pm and be announced seven days ahead.\n\nShiftwren Support"),
])

# ================================================================ checks and output

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
SUBJECT = re.compile(r"^Subject: \S")
TICKET = re.compile(r"^Ticket #\d{3,7} \| \S")
TOPIC = re.compile(r"^Topic: \S")
SIGNATURE = re.compile(r"\n--\n")
QUOTED = re.compile(r"(?m)^>.*$")
WROTE = re.compile(r"(?m)^On .* wrote:$")
FORWARD = "---------- Forwarded message"
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes or acronyms of the trade, not shouting
ACRONYMS = {"VAT", "SAML", "MID", "CSV", "PDF", "INV", "CRM", "LL", "OCW", "CEO", "AGM",
            "API", "UK", "QL", "WN", "FP", "PO", "EU", "ID", "LP", "URL", "IT"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|hasnt|wouldnt|doesnt|whats)\b")
# warm words in a vendor's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of",
              "partner", "committed", "story"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words (quoted, forwarded and signature text removed) should sit in a history
# whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up", "loyalty card",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know who", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "can't go a day", "guilty pleasure",
            "don't judge", "my little secret", "never heard of", "who are you", "unsolicited",
            "never signed up", "came across", "stumbled on", "first time", "just downloaded",
            "every now and then", "from time to time", "now and then", "our community",
            "fellow users", "together", "for years", "since i was a kid", "remember when",
            "like coming home", "my mom always", "my mum always", "family tradition",
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
    """The customer's text without what it forwards, quotes or signs."""
    text = text.split(FORWARD)[0]
    text = SIGNATURE.split(text)[0]
    return WROTE.sub("", QUOTED.sub("", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # e-mails open with a subject line on every turn; tickets carry the ticket number on every
    # turn; forms open with the form's topic; chats have none of these
    if ch == "email":
        assert all(SUBJECT.match(t) for _, _, t in x["msgs"]), x["brand"]
    if ch == "ticket":
        assert all(TICKET.match(t) for _, _, t in x["msgs"]), x["brand"]
    if ch == "form":
        assert TOPIC.match(cust[0]), x["brand"]
        assert all(SUBJECT.match(t) or "automated" in t for t in agent), x["brand"]
    if ch == "chat":
        for _, _, t in x["msgs"]:
            assert not (SUBJECT.match(t) or TICKET.match(t) or TOPIC.match(t)), t[:40]
            assert len(t) <= 500, (len(t), t[:40])
    if ch != "email":
        assert not any(SUBJECT.match(t) for t in cust), x["brand"]
    # vendors sign their e-mail and ticket replies with the firm's name (automated ones too)
    if ch in ("email", "ticket", "form"):
        first = x["brand"].split()[0]
        for t in agent:
            assert first in t.split("\n")[-1] or first in t.split("\n")[-2], (x["brand"], t[-60:])
    # signatures, quoted replies and forwarded messages only in e-mail and tickets; the tags
    # promise what the text holds and the other way round
    assert ("signature" in tags) == any(SIGNATURE.search(t) for t in cust), x["brand"]
    assert ("quoted_reply" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    assert ("forwarded" in tags) == any(FORWARD in t for t in cust), x["brand"]
    if tags & {"signature", "quoted_reply", "forwarded"}:
        assert ch in ("email", "ticket"), x["brand"]
    assert ("auto_reply" in tags) == any("automated" in t for t in agent), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # no tweets in this genre
    assert not tags & {"retweet", "quoted_tweet"}, x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=6))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 60
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 15 and all(sizes[n] >= 3 for n in (2, 3)), sizes
        assert sizes[4] + sizes[5] + sizes[6] >= 3 and sizes[5] + sizes[6] >= 2, sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 25
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor",
                  "agent_cues", "quoted_reply", "strong_words", "single_incident",
                  "product_attribute", "symptom", "loyal_grievance", "mixed_aspects",
                  "typos", "emoji", "caps", "signature", "forwarded", "auto_reply"):
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
