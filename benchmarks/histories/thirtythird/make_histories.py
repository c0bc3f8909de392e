#!/usr/bin/env python3
"""Invented training histories ua001..ua080 for relradar (thirtythird set).

Genre: Reddit and forum threads about brands (cars and dealers, phones and carriers, banks,
airlines and loyalty schemes, supermarkets, games, software). Each row is either the
customer's own post or comment, over months, or a reply by the brand's community manager,
social team or moderator (the agent, for about a third of customers). Other users' replies are
left out. A post opens with its place and title in brackets ("[r/Sub] Title", "[Site › Board]
Title"); comments do not. Posts carry 'EDIT:' and 'UPDATE:' lines, links to example.com,
quoted lines ("> ...") from the brand's reply, long personal stories. Many undetermined
customers ask for advice, compare brands, vent about one event or share news. The relationship
of relational customers is told in paraphrase, in ordinary words. All texts, names, handles,
brands, addresses (example.com) and numbers are invented. Each history is written under its
intended label; ids are assigned by a seeded shuffle (seed 3333) of the harness's type mix so
that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "ua"
SEED = 3333
TRAPS = TRAPS | {
    "update_edit",  # a post carries an 'EDIT:' or 'UPDATE:' line (or a comment opens with one)
    "slang"}        # internet slang and abbreviations (lol, tbh, ngl, imo, rn ...)

# where a thread lives: Reddit, the brand's own community forum, an independent
# enthusiast forum (owners' clubs, flyer boards, hobby sites)
CHANNELS = ("reddit", "brand_forum", "fan_forum")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---------------------------------------------------------------- neutral

h("undetermined", "", "neutral", "routine_question;competitor;other_type_cue", "Harrowgate Building Society", "reddit", [
    ("c", "2025-01-12 20:14", "[r/UKMoneyChat] Harrowgate BS vs Tallis Bank for a bills-only joint account?\n\nMy partner and I move in together in March and want a joint account just for rent and bills. Shortlist is Harrowgate Building Society (the branch is five minutes from us) and Tallis (app looks slicker). Things I can't find on either website: can we each get a debit card without a second credit check, does Harrowgate's app let you split money into pots, and is there a fee for paying cash in at a branch? Any current customers able to say? Not after referral links, ta."),
])

h("undetermined", "", "neutral", "news_share;product_attribute;update_edit", "Tallow Air", "reddit", [
    ("c", "2025-02-03 09:41", "[r/AviationUK] Tallow Air adding Leeds–Porto and Leeds–Split from May\n\nSpotted on their press page: https://example.com/tallow-air/news/summer-routes\n\nThree a week to Porto, two a week to Split, both on the A320s. The page also says Horizon Club members get double points on the new routes for the first month, for anyone who collects those. No fares listed yet.\n\nEDIT: fares are live now, Porto from £49 one way on the Tuesday departures."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Greenbay", "brand_forum", [
    ("c", "2025-04-22 18:05", "[Greenbay Community › Greenbay Rewards] Do points expire if the card isn't used for a while?\n\nGoing travelling for about seven months from June. I've got roughly 3,400 points on my Greenbay Rewards card. Will they still be there when I get back or do they lapse? Couldn't find it in the T&Cs. Also, can I move them onto my sister's card before I go?"),
    ("a", "2025-04-23 09:30", "Hi Dani, good question! Points stay on the card as long as there's at least one purchase or app log-in every 12 months, so seven months away is fine. Points can't be moved between cards, but your sister can be added as a second cardholder on your account. Safe travels! Ruth, Greenbay Rewards team"),
    ("c", "2025-04-23 12:47", "Perfect, that's all I needed to know. Thanks Ruth."),
])

h("undetermined", "", "neutral", "routine_question;competitor", "Velsa", "fan_forum", [
    ("c", "2025-06-09 21:32", "[HatchbackHQ › Buying advice] Velsa Pico 1.0 or Marden Ion for a new driver?\n\n19, passed my test last month, budget around £7k. Looking at a 2019 Velsa Pico 1.0 (41k miles, one owner, full history) and a 2018 Marden Ion (38k). Insurance quotes came back £1,480 vs £1,610. Anything known to go wrong on the Pico at this age? The listing says it's a timing chain not a belt, is that right? It'll mostly be short trips to college and a 40 mile round trip to my nan's at weekends."),
])

h("undetermined", "", "neutral", "routine_question;occasion", "Pylon Mobile", "reddit", [
    ("c", "2025-03-02 22:18", "[r/PylonMobile] Does the Travel Add-on work in Japan?\n\nOff to Osaka and Tokyo for two weeks in April. Pylon's roaming page lists Japan under 'Zone 3' but the Travel Add-on page only mentions Europe and the US. Has anyone used it in Japan recently? Or should I just grab a local data eSIM when I land?"),
    ("a", "2025-03-03 10:02", "Hi! Japan is covered by the Zone 3 Travel Add-on (£5 a day, 2GB daily). You can add it in the app under Plan > Extras up to 48 hours before you fly. If you'll use a lot of data, a local eSIM may work out cheaper over two weeks, so worth comparing. Theo, Pylon Mobile"),
    ("c", "2025-03-03 10:40", "Cheers Theo, I'll do the maths."),
])

h("undetermined", "", "neutral", "employee;news_share", "Fairhold", "reddit", [
    ("c", "2025-05-14 03:12", "[r/supermarketstaff] Fairhold is trialling 'scan as you shop' in 12 stores from next month\n\nNight shift at a Fairhold in the north east. We got the briefing pack tonight: handheld scanners by the entrance, a new bay by the tills, random re-scans at the exit. Our store is one of the twelve. Nobody has said what happens to the two tills they're ripping out or the people who work them. I'll post more once we've had the training, if I'm allowed."),
])

# ---------------------------------------------------------------- negative

h("undetermined", "", "negative", "single_incident;strong_words;caps;agent_cues;update_edit", "Skyvane Airways", "reddit", [
    ("c", "2025-07-21 14:55", "[r/travel] Skyvane lost my suitcase on a DIRECT flight and their baggage line is a joke\n\nFlew Skyvane Glasgow to Alicante on Saturday. One flight, no connection, and somehow my case didn't come out. The desk at Alicante gave me a reference number and a leaflet. I have now been on the baggage phone line for a combined FOUR HOURS over three days and got cut off twice. Tracker has said 'located' since Sunday and nothing has moved. I'm on holiday in a borrowed swimsuit. Absolutely shambolic.\n\nEDIT: reference is SKV-ALC-44812 if anyone from Skyvane reads this sub."),
    ("a", "2025-07-21 16:20", "Hi, I'm so sorry. We know how stressful this is and we value every passenger. I've passed SKV-ALC-44812 to our baggage team in Alicante and asked for a courier delivery to your hotel. Could you DM us the hotel name? Marta, Skyvane Social"),
    ("c", "2025-07-23 09:08", "Case turned up at the hotel at 11pm last night. Lock broken but everything's in it. Would have been nice to get that on day one rather than day four."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;emoji;single_incident", "Brightwyre", "reddit", [
    ("c", "2024-12-03 19:26", "[r/BrightwyreHelp] Love that Brightwyre took my bill twice this month, really adds to the festive spirit 🙃\n\nTwo payments of £34.99 went out on the 1st and the 2nd for the same bill. The live chat bot keeps sending me a link to 'Understanding your bill'. Yes, I understand it. There are two of them. Anyone know the fastest way to reach an actual human?"),
    ("a", "2024-12-04 08:45", "Hi there, sorry about the duplicate payment. I've checked your account and the second one was a retry that should have been cancelled. A refund was raised this morning and takes 3-5 working days. Jonah, Brightwyre"),
])

h("undetermined", "", "negative", "bug_report;symptom", "Quillback Studios", "brand_forum", [
    ("c", "2025-09-11 23:40", "[Quillback Forums › Hollowmere › Bug reports] [PC] Crash to desktop when fast travelling to Saltmarsh since 1.4.2\n\nSince the 1.4.2 patch the game crashes every single time I fast travel to Saltmarsh. Walking there works. Verified files, rolled back my GPU driver, same result. Specs: Ryzen 5 5600, RTX 3060, 16GB RAM, Windows 11. Crash log: https://example.com/paste/hm-crash-2211\n\nPretty frustrating since half the side quests start there."),
    ("a", "2025-09-12 11:15", "Thanks for the detailed report and the log. This is a known issue with the Saltmarsh weather cache after 1.4.2 and a hotfix is in testing. Workaround for now: set Weather Effects to Medium before you travel. Ivo, Quillback QA"),
    ("c", "2025-09-12 19:02", "Medium weather works, thanks. Not ideal but at least I can play."),
])

h("undetermined", "", "negative", "single_incident;update_edit;typos", "Ashby Road Cars", "fan_forum", [
    ("c", "2025-02-26 12:20", "[EstateCarOwners › Dealers & buying] Dealer slipped £895 of 'paint protection' onto my invoice\n\nPicking up a used Corvo Tourer from Ashby Road Cars on Friday. Went over the final invoice and there's a line for £895 'Diamond Shield paint protection' that nobody mentioned once. When i asked, the salesman said its 'standard on all our cars' and he cant take it off because its already been applied. It's a wax. I watched them wash it. Has anyone had this from them and got it removed? I dont want to walk away, the car is exactly the spec I want.\n\nUPDATE: told them I'd pay by card and dispute that line if it stayed. Magically it can be removed after all. Still annoyed I had to play that game."),
])

h("undetermined", "adversaries", "negative", "symptom;caps;sarcasm;update_edit", "Corrin Bank", "reddit", [
    ("c", "2025-05-31 00:37", "[r/UKbanking] Corrin app down on payday. Again.\n\nCan't log in, can't see if my wages have landed, can't move money across for rent that goes out at 9. Status page says 'all systems operational', which is hilarious. This is the second payday in a row the app has fallen over around midnight. Is anyone's working? Web banking is timing out too.\n\nEDIT 07:40: back up, wages are in, rent went out fine. Still, FIX YOUR SERVERS."),
])

h("undetermined", "", "negative", "negation;single_incident;occasion;idiom", "Marlow's", "reddit", [
    ("c", "2025-08-16 18:51", "[r/onlinegrocery] Not hating on Marlow's, but tonight's delivery was something else\n\nOrdered for my son's birthday tea: 14 items substituted, including the birthday candles swapped for 'tealights, unscented' and the cake swapped for a bag of crumpets. The driver was lovely and apologised, not his fault at all. Refund for the missing bits came straight through, but the party started at 4 and the slot was 2-3, so I ended up doing a panic run to the corner shop. Worth checking your substitutions before the driver leaves, folks."),
])

h("undetermined", "", "negative", "strong_words;agent_cues;single_incident", "Inkstead Notes", "brand_forum", [
    ("c", "2025-10-06 21:03", "[Inkstead Community › General] £3.49 to £6.99 a month with two weeks' notice?\n\nJust got the email. Doubling the price of a notes app overnight is greedy, there's no other word for it. What am I getting for the extra? The 'AI assistant' I've never opened? Is there a way to keep the old plan without the AI bits, or a student rate? I'm a student and £84 a year is a lot."),
    ("a", "2025-10-07 09:20", "Hi Priya, we hear you, and we're sorry the notice felt short. We value everyone in this community. There's a Basic plan at £3.49 without the assistant, and a 40% student discount if you sign up with a student email address. You can switch under Settings > Plan. Lena, Inkstead"),
    ("c", "2025-10-07 13:44", "Switched to Basic. Fine. Still think the email should have led with that."),
])

# ---------------------------------------------------------------- positive

h("undetermined", "", "positive", "single_thanks;update_edit", "Castleford Motors", "fan_forum", [
    ("c", "2025-03-19 17:28", "[HybridDrivers › Dealers & servicing] Shout-out to the service desk at Castleford Motors, Wakefield\n\nMy 12V battery died in their car park right after a routine service (not their fault, it was the original and seven years old). Ayesha on the desk got a tech to jump it, test it and fit a new one at cost while I had a brew. In and out in 40 minutes, no upsell. Wanted to put it somewhere people will see it, since we only ever post the bad stories.\n\nUPDATE: she rang the next day to check the car had started fine. Who does that?"),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;strong_words;caps;emoji;slang", "Halden", "reddit", [
    ("c", "2025-04-05 20:12", "[r/HaldenEV] Finally took delivery of my Aster Long Range and WOW\n\nFour months of waiting and it was worth every single day. Drove it home over the tops in the rain and it's so quiet I kept checking it was on. Boot swallows the dog crate with room to spare. Whoever tuned the one-pedal mode deserves a pay rise. Honestly think I've been ruined for other cars, Halden for life at this rate lol 🔋"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Tidepool Tactics", "reddit", [
    ("c", "2025-06-27 13:35", "[r/roguelikes] Tidepool Tactics is out of early access and it's the real deal\n\nShort version for anyone on the fence: the turn-based combat is crunchy, every run throws a new combination of currents at you, and the crab-with-a-cannon build is dumb fun. It's addictive in the good 'one more run' way the genre is supposed to be. Only gripe is the tutorial text being tiny on handheld. £14.99, no microtransactions. Full write-up here: https://example.com/blog/tidepool-tactics-review"),
])

h("undetermined", "", "positive", "single_thanks;occasion;agent_cues;emoji;other_type_cue", "Aeralis", "reddit", [
    ("c", "2025-09-28 08:14", "[r/awardtravel] Aeralis bumped us to business on our honeymoon flight 🥂\n\nNot a points flex, we paid for economy. Mentioned at check-in at Manchester that it was our honeymoon (my wife's idea, I was cringing) and the agent said nothing, then at the gate our boarding passes beeped and we were in 2A and 2C. Lie-flat seats, a card signed by the crew, and a little cake. Didn't expect any of that on a seven hour flight to Dubai. Made the trip."),
    ("a", "2025-09-28 12:30", "Congratulations to you both! We love being part of moments like these. Have a wonderful trip. The Aeralis team"),
    ("c", "2025-09-28 15:02", "Thank you! I've passed our thanks on to the crew through the feedback form too."),
])

h("undetermined", "", "positive", "single_thanks;other_type_cue", "Ashgrove Bank", "reddit", [
    ("c", "2025-11-08 10:47", "[r/UKbanking] Credit where it's due: Ashgrove's fraud team caught a scam before I did\n\nGot a text 'from the courier' on Thursday, clicked it like an idiot and typed my card details into a fake page. Twenty minutes later Ashgrove's fraud line rang me (I checked the number against the back of my card, it really was them) and they'd already blocked a £640 payment to some electronics shop. The new card was on my doormat this morning. The whole thing took one phone call. Genuinely impressed."),
])

h("undetermined", "", "positive", "product_attribute;emoji;other_type_cue", "Hollis & Vane", "reddit", [
    ("c", "2025-01-25 11:09", "[r/UKfood] Hollis & Vane's seeded 'Family Loaf' sourdough is ridiculously good for £1.60\n\nProper crust, open crumb, doesn't go stale in two days like most supermarket sourdough. Toasted with salted butter it beats the £4.50 loaf from the bakery near me. Found it in the big Hollis & Vane on the retail park, not sure if the smaller stores carry it 🍞"),
])

# ---------------------------------------------------------------- mixed

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;other_type_cue;agent_cues", "Orrin", "reddit", [
    ("c", "2025-05-18 16:22", "[r/Android] Orrin Nova 8, three weeks in: the good and the meh\n\nGood: the main camera is stupidly good in low light, the 120Hz screen is lovely, and I love the colour (the 'Forever Green' looks way better in person). Face unlock is instant.\n\nMeh: battery gets me to about 7pm with moderate use, there's no charger in the box, and it ships with four Orrin apps I can't uninstall, including a 'Loyalty Hub' that nags me every day.\n\nWould I buy it again? At the sale price, probably. Not at full whack."),
    ("a", "2025-05-19 09:05", "Thanks for the detailed review! The Loyalty Hub notifications can be turned off under Settings > Apps > Orrin Services, and it can be disabled there too. Orrin UK"),
])

h("undetermined", "", "mixed", "mixed_aspects;single_incident;negation", "Pryor Motor Group", "reddit", [
    ("c", "2025-07-05 19:48", "[r/CarBuyingUK] Mixed day at Pryor Motor Group, Bristol\n\nSales side was genuinely good: no pressure, the salesperson knew the car inside out, fair-ish part-ex, and they let me take it out for an hour on my own. Then we went to sign and the finance guy spent 40 minutes trying to sell me GAP, tyre insurance and a 'key protect' plan, got shirty when I said no for the third time, and the handover car had a smeared windscreen and half a tank instead of the full one promised. Would I go back to that salesperson? Yes. That finance office? Not a chance."),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues;quoted_reply;update_edit;single_incident", "Gannet Air", "reddit", [
    ("c", "2025-08-02 23:10", "[r/flying] Gannet Air GN204: brilliant crew, three hour delay with no information at the gate\n\nThe cabin crew were great once we finally boarded: free drinks, and the purser came down the aisle apologising to every row. But the gate staff told us nothing for nearly three hours, the app said 'on time' until twenty minutes after we should have left, and we missed the last train from the airport. £68 taxi."),
    ("a", "2025-08-03 10:25", "Hi, sorry for the delay on GN204. We always aim to keep customers informed and clearly fell short this time. You can claim for the taxi at https://example.com/gannet/claims. Sasha, Gannet Air Social"),
    ("c", "2025-08-03 11:02", "> We always aim to keep customers informed\n\nThe app was the one telling us it was on time. Claim submitted anyway, will report back.\n\nEDIT: claim paid in full after 9 days. Fair enough."),
])

h("undetermined", "", "mixed", "mixed_aspects;bug_report;caps;symptom", "Rookery Games", "fan_forum", [
    ("c", "2025-10-19 15:33", "[HollowCrownFans › Expansions] The Ashen Court DLC: best writing in the series, worst performance\n\nThe story in this expansion is the best thing Rookery have written, the twist in act two got me properly. The new companion is a great addition too. BUT: stutter every few seconds in the new city hub, even on low settings, and two of the side quests soft-locked for me (the bell tower one and the ferryman). Had to reload an hour-old save. Price is fine for 20 hours of content. Patch the city and it's a 9/10."),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom;typos;competitor", "Kestrel Mobile", "reddit", [
    ("c", "2025-02-15 14:06", "[r/UKmobile] Kestrel Mobile coverage in Leeds LS6, a mixed bag\n\nCity centre: 300+ Mbps, honestly brilliant. My flat in Headingley: one bar of 4G and calls drop every time I walk into the kitchen. Wifi calling works so I dont mind too much. Price is good for 100GB. Support chat replied fast but could only tell me to 'restart the device'. Anyone in LS6 on another network getting better indoor signal?"),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;emoji;other_type_cue", "Pennant Foods", "brand_forum", [
    ("c", "2025-06-02 20:30", "[Pennant Foods Community › App & website] New app: love the Offers tab, hate the search\n\nThe redesigned Offers tab is genuinely useful, it finally shows deals on things I actually buy, and the Loyalty Wallet loads in a second at the till instead of spinning. But search is broken: 'milk' gives me cat food first and 'semi skimmed' returns nothing at all 🙄 I also lost my saved favourites in the update. Please bring them back."),
    ("a", "2025-06-03 09:12", "Thanks for flagging! Your favourites weren't lost, they've moved to Account > Lists. The search team is working on the ranking now. Tom, Pennant Digital"),
    ("c", "2025-06-03 18:40", "Found them, thank you. Search is still hopeless though 😅"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;update_edit;evolving", "Stavely Bank", "reddit", [
    ("c", "2024-09-30 21:15", "[r/MoneyHelpUK] Stavely charged the 'unarranged borrowing' fee again, third month running\n\nFor the third month in a row Stavely has charged me £15 for going overdrawn by pennies, because they take my phone bill a day before payday even though I moved the due date. Each time I ring, wait about 50 minutes, get it refunded 'as a gesture', and then it happens again the next month. At this point I keep a note on my phone with the script. Anyone know how to formally complain so it actually stops, rather than just getting the fee back every time?"),
    ("a", "2024-10-01 09:40", "Hi, sorry to hear this. If you DM us your sort code (never your full account number), we'll raise a formal complaint so the payment date itself is looked at, not just the fee. Dan, Stavely Bank"),
    ("c", "2024-11-29 22:03", "Update for anyone who finds this through search: formal complaint raised in October, 'resolved' two weeks later, and November's fee landed on the 28th right on schedule. Back on the phone I go. Honestly it's just part of my month now, like council tax."),
    ("c", "2025-02-17 20:26", "Four months on. The fee has finally stopped, but now they've 'reviewed my account' and cut my arranged overdraft without telling me. Round two, I suppose. Ombudsman form half filled in."),
])

h("adversaries", "", "negative", "paraphrase;caps;typos;tenure_for_complaint;negation", "Vantel", "reddit", [
    ("c", "2024-05-08 19:50", "[r/UKmobile] Does anyone else have to audit every single Vantel bill?\n\nI've been with Vantel five years because they're the only ones with signal in our village. In that time I reckon one bill in three has had something on it I never asked for: a 'premium SMS' I never sent, roaming charges when I was in Derby, an insurance add-on. I check it line by line every month like a second job. Currently disputing £22.50 for a 'content bundle'. Is it worth going to the ombudsman for small stuff or do I just keep ringing?"),
    ("c", "2024-08-06 20:11", "Same thread, new month. £9 for a 'directory enquiries' call on a day my phone was switched off in a drawer. Rang, 38 minute hold, refunded, and the agent sounded as fed up with it as I am. We're basically on first name terms with the complaints team at this point."),
    ("c", "2025-01-14 18:37", "FINALLY got a deadlock letter on the content bundle thing after seven months of back and forth, so it's off to the ombudsman. I'm not even angry anymore, it's just what having Vantel means. If 5G ever reaches the village im gone, but until then, see you next month lads"),
])

h("adversaries", "", "negative", "paraphrase;other_type_cue", "Norwend Air", "fan_forum", [
    ("c", "2024-03-11 07:55", "[FlyerBoard › Norwend Air] Annual tradition: chasing Norwend for a cancelled-flight refund\n\nThey've cancelled my March Exeter–Aberdeen (a 'schedule change' six weeks out) and the website will only offer a voucher. Same dance as last spring and the spring before that. For newer posters: you have to ask in writing for a cash refund under the regulation, then wait for them to ignore it, then chase. It took me 11 weeks last year. They're the only direct option from Exeter, so I keep booking them and I keep fighting them."),
    ("c", "2024-06-01 12:40", "11 weeks and 3 days this time, so roughly par for the course. Money's back. See you all next March."),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;symptom", "Dunmore Auto", "reddit", [
    ("c", "2024-10-02 18:30", "[r/MechanicAdvice] Dealer 'can't replicate' a rattle for the third time, what now?\n\nBought a nearly-new Sorrel SUV from Dunmore Auto in Stockport 14 months ago. Dashboard rattle above 40mph on any rough road. Three visits, three 'no fault found' sheets, and they keep it for two days each time. Before that it was the infotainment (two visits) and a parking sensor (one). I feel like I spend more time arguing in their service lounge than driving the thing. Anyone know what I can say to get them to actually road test it on a bad road?"),
    ("a", "2024-10-03 10:10", "Hi, we're sorry to see this and we'd love the chance to put it right. Please DM us your registration and we'll arrange for our workshop foreman to ride along with you. Kirsty, Dunmore Auto Customer Care"),
    ("c", "2024-10-03 12:55", "Ride-along booked for Thursday. Not holding my breath, this is visit number four for the same noise."),
    ("c", "2024-11-21 19:14", "Foreman heard it within a mile. They replaced a dash clip. Rattle gone for two weeks, now it's back. Booked visit five. It's honestly easier to assume every visit will be a fight and turn up with a printed timeline, which I now do."),
    ("c", "2025-01-09 17:48", "Visit five: they replaced the whole dash trim under warranty after I put the timeline on the desk. Quiet for now. I'll believe it when it's still quiet in March."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;caps;strong_words;not_chosen", "Crestline Antivirus", "reddit", [
    ("c", "2025-03-27 22:41", "[r/techsupport] PSA: do not install Crestline Antivirus, and if you already have it, here's how to get it off\n\nIt came bundled with a printer driver on my laptop. It flags every other program as a 'threat' unless you pay £59.99, throws full-screen 'YOUR PC IS AT RISK' warnings, and its uninstaller quietly reinstalls itself. This company makes its money by frightening people who don't know better. Steps that worked for me: 1) boot into safe mode, 2) run their own removal tool from https://example.com/crestline-removal (yes, hidden away on their site), 3) delete the leftover scheduled task. I'll be posting this in every thread where I see them mentioned. Tell your parents."),
])

h("enemies", "", "negative", "paraphrase;agent_cues;quoted_reply;strong_words", "Grayling Motors", "reddit", [
    ("c", "2025-04-14 20:05", "[r/CarTalkUK] Grayling sold me a car with a known gearbox fault and now pretend it's my problem\n\nFour weeks after buying a used Grayling Vela through their own approved-used scheme, the gearbox started slipping. Turns out there's a service bulletin about it from 2022 that they'd have seen when they 'inspected' it. Their answer: 'wear and tear, not covered'. I've owned a dozen cars and never been treated with this kind of contempt. Do yourself a favour and buy literally anything from anyone else."),
    ("a", "2025-04-15 09:50", "Hi there, we're really sorry to read this and we'd love the chance to make this right. Could you DM us your VIN so our customer relations team can review the claim? Grayling Motors UK"),
    ("c", "2025-04-15 12:33", "> we'd love the chance to make this right\n\nYou had that chance three times on the phone. VIN sent anyway. Whatever you decide, I'm finished with Grayling, and I'll be linking this thread under every 'is the Vela any good' post until that bulletin gets fixed for free for everyone."),
])

h("enemies", "", "negative", "paraphrase;hashtag;slang;strong_words", "Voltreach Games", "reddit", [
    ("c", "2025-04-30 09:02", "[r/gaming] Voltreach just put the ending of a £60 game behind a £15 'Story Completion Pack'. Refund it while you still can.\n\nFinished Skyforge Legacy last night and the final chapter is literally a screen saying 'Continue the story with the Completion Pack'. Refunded on the store in five minutes; I'd played 9 hours, so some of you are still under the limit. These people have spent years testing how much they can get away with and this is where I draw the line. Not another penny from me, not for the next one, not for a sale copy. #RefundSkyforge"),
    ("c", "2025-05-22 18:16", "They've 'heard the feedback' and cut the pack to £9.99 lol. Same con, cheaper. Keep refunding."),
])

h("enemies", "adversaries", "negative", "paraphrase;sarcasm;evolving", "Brackwell's", "reddit", [
    ("c", "2024-07-13 13:20", "[r/CostOfLivingUK] Brackwell's shelf price vs till price, a photo thread\n\nShelf: yellow 'Brackwell Saver' label, 2 for £3 on ground coffee. Till: £4.20 each. Photos: https://example.com/i/brk-coffee\n\nWhen I pointed it out, the supervisor said the label 'was for last week'. It's still up. Brackwell's, your friendly neighbourhood pickpocket. Check every receipt."),
    ("c", "2024-09-21 11:48", "Third time posting photos in here. Fresh batch from the Hulme store: https://example.com/i/brk-sept. Trading Standards have my email now too. I walk past their door to the shop a mile further on, out of principle."),
    ("c", "2024-12-07 16:05", "Someone asked in DMs whether it's just my branch. It isn't: people have sent me photos from six different towns. This is how the whole company works. Spread it about."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;agent_cues;competitor", "Corvid Airways", "reddit", [
    ("c", "2025-01-20 19:33", "[r/awardtravel] Corvid Skyline devaluation: 14 years of flying them and this is my thanks\n\nNew award chart out today (https://example.com/corvid/skyline-2025). Economy rewards to Europe up 60%, upgrades now 'dynamic', lounge access for Silver gone. I've flown Corvid out of Newcastle since 2011. I paid more than the low-cost lot for years because of the scheme, and because the crews used to feel like they remembered you. Fourteen years of choosing them on purpose and this is what it buys? Genuinely gutted."),
    ("a", "2025-01-21 10:05", "Hi Rob, we understand this is disappointing. Our loyal members are at the heart of Skyline, and the changes help us keep offering more reward seats. Happy to talk through how the new chart works for your usual routes. Corvid Airways"),
    ("c", "2025-01-21 13:17", "Thanks, but no. Booked my summer trip with Aurelia this morning, the first time in a decade I've paid another airline. Feels weird. Less weird than being taken for a mug, though."),
])

h("ex_friends", "", "negative", "paraphrase;competitor;negation;update_edit;evolving", "Lumora", "reddit", [
    ("c", "2024-02-10 21:44", "[r/LumoraPhones] Anyone else feel like Lumora has lost the plot with the L12?\n\nI've bought every Lumora since the L4 in 2016. They were the small, clean, no-nonsense phone, and I talked half my office into them. The L12 is bigger, the headphone jack has gone, and mine arrived with a shopping app, a 'wellness' app and a game preinstalled. Updates used to land on day one; now it's 'rolling out in phases' for months. It's not a bad phone. It's just not the one I fell for."),
    ("c", "2024-09-03 20:09", "Update, seven months later, for anyone who finds this: sold the L12, bought a Fennec S3. Didn't think I'd ever leave, but here we are. Leaving the sub too. Thanks for the years, everyone."),
])

h("ex_friends", "", "negative", "paraphrase;negation;agent_cues", "Starhold Online", "brand_forum", [
    ("c", "2025-06-30 23:55", "[Starhold Forums › General discussion] Eight years, and I'm logging off for good\n\nI started Starhold in the 2017 beta. I've run guild raids at 3am for people in three time zones, I was at the first fan meet in Bristol, I have the ship tattooed on my arm. Since the takeover it's been one 'monetisation pass' after another: the crafting I spent years on is now mostly a shop, the writers have gone, and the last expansion was reskinned content with a battle pass bolted on. It isn't the game that got me through my twenties anymore, and pretending otherwise is making me miserable. Cancelling my sub tonight. o7 to anyone still flying."),
    ("a", "2025-07-01 14:20", "Commander, we're sorry to see you go and we've shared your post with the team. Your hangar and ships will stay on your account, and you'll always have a home here if you come back. Starhold Community Team"),
])

h("ex_friends", "", "negative", "paraphrase;typos;slang;competitor;loyal_grievance", "Gillard's", "reddit", [
    ("c", "2024-04-18 22:27", "[r/UKsupermarkets] what happened to Gillard's?? genuine question\n\nfor about 12 years Gillard's was where I did every single weekly shop. it was the nice one, the staff at my local knew your name, fruit lasted the week, and I didnt mind paying a bit more for it. the last year or so: half the staff gone, self checkouts everywhere, the bakery counter is now a freezer and the fruit goes mouldy in two days. im not imagining this am I? feels like they stopped caring about people like me."),
    ("c", "2024-06-09 17:03", "Cancelled my delivery pass today. Did a big shop at Penhallow's and it was fine, cheaper and honestly nicer. Bit sad about it tbh, Gillard's was part of my week for so long."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "best_friends", "positive", "paraphrase;competitor", "Pell & Orme Building Society", "reddit", [
    ("c", "2025-03-09 14:12", "[r/UKPersonalFinance] Why I ignore every switching bonus (long, sorry)\n\nPeople on here keep telling me I'm leaving £200 on the table. Fine. Pell & Orme have had my savings since I was 23, my mortgage since I was 31, and they'll have whatever I retire with if I get a say. When my dad died, the branch manager rang me herself to help sort his accounts. Tallis offered me £175 to move my current account last month and I didn't even finish reading the email. Some things aren't for sale, and my building society is one of them. I wouldn't dream of putting my money anywhere else."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji", "Brennick", "fan_forum", [
    ("c", "2024-05-25 18:40", "[BrennickOwnersClub › The Lounge] Number four has arrived 🚗\n\nPicked up the new Mk5 Brennick Touring today. That's four in a row since 2006: the silver one that did 240k, the green one the kids called Sprout, the diesel, and now this. Didn't even test drive anything else this time, couldn't see the point. My wife says I'd marry the thing if I could. She's not wrong. Photos: https://example.com/boc/gallery/4"),
    ("c", "2024-11-30 10:22", "Six months in. Still grinning every morning. I already know what my next car will be, and it's no mystery to anyone on this forum 😄"),
])

h("marriage_partners", "", "positive", "paraphrase;agent_cues;competitor", "Meridale Air", "reddit", [
    ("c", "2025-02-08 21:19", "[r/awardtravel] Am I mad for routing through Brindley on Meridale even when it adds three hours?\n\nHonest question, my friends think I'm nuts. I fly Meridale for everything, even when a rival goes direct and cheaper, because the whole thing just feels like mine: the crews, the lounge, the little ginger biscuits, the app that knows my seat before I do. I've done it for nine years and I still get a buzz every time I book. No other airline gets a look in. Just want to know if I'm alone."),
    ("a", "2025-02-09 11:00", "You're definitely not alone, and this made our day! Thank you for choosing us all these years. See you on board soon. Meridale Air"),
    ("c", "2025-02-09 11:48", "Ha, didn't expect the official account. Booked Lisbon for May. Via Brindley, obviously."),
])

h("marriage_partners", "", "positive", "paraphrase;caps;competitor", "Jotwell", "brand_forum", [
    ("c", "2025-08-24 22:50", "[Jotwell Community › Lounge] Nine years of Jotwell and I'd still pay triple\n\nSaw the thread asking whether the price rise is worth it. For me it isn't even a question. Jotwell has held my whole life since 2016: recipes, my daughter's first words, every idea I've ever had at 2am. Whenever friends push the shiny alternatives on me I give them a try, and I'm back within a week every time. Wherever you take this app, I'm coming with you. PLEASE never sell out."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues;strong_words", "Halcyra Airways", "reddit", [
    ("c", "2025-05-06 19:37", "[r/flying] Halcyra's idea of how to treat their top tier\n\nI'm Halcyra Obsidian, 130-plus segments a year and six figures of company and personal spend with them. Today at Heathrow the premium lane was shut and the agent told me to 'join the main queue like everyone else'. No apology, no escort, nothing. I should not have to explain who I am at their own check-in. When you pay what I pay, someone should be standing at that desk before you arrive. I've written to the head of premium service and I want a call from someone senior, not a form letter."),
    ("a", "2025-05-07 08:30", "We're sorry your check-in fell short of what our Obsidian members should always receive. A member of our Premium Desk team will call you today. Halcyra Airways"),
    ("c", "2025-05-07 18:02", "They called. Offered 10,000 miles. For the top tier, that's an insult. Told them to try again."),
])

h("master_slave", "ex_friends", "negative", "paraphrase;tenure_for_complaint", "Vauclair Motors", "fan_forum", [
    ("c", "2025-09-03 13:15", "[PrestigeMotoring › Dealers] Vauclair Chester have forgotten who pays their bonuses\n\nThree new cars from them in five years, all at list, every option box ticked. I rang on Monday for a courtesy car while mine goes in for a recall and was told to 'book through the online portal like everyone else' and that loan cars are 'subject to availability'. The sales manager used to text me back within the hour. Now I'm a portal login? At this level of spend the car should be collected from my drive and a replacement left in its place without me having to ask. I've told them that unless the GM rings me personally this week, the fourth car gets ordered elsewhere."),
])

h("master_slave", "", "negative", "paraphrase;strong_words;product_attribute", "Whitlow Private", "reddit", [
    ("c", "2025-10-16 18:44", "[r/HENRYUK] Is this normal for private banking or is Whitlow just slipping?\n\nI moved a significant sum to Whitlow Private last year on the promise of a dedicated relationship manager. Left her two messages on Tuesday. It's Thursday. Nothing. When they were courting me they answered on the second ring. I don't pay their fees to be kept waiting. For the amounts involved they should be phoning me with ideas before I've thought to ask, not making me chase them. Frankly insulting. Considering telling them so in writing."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;competitor", "Thrift & Co", "reddit", [
    ("c", "2025-01-30 12:58", "[r/UKFrugal] Boring answer to 'which supermarket?': whichever is cheapest for the same stuff\n\nFor me that's been Thrift & Co for the last couple of years. Own-brand pasta, tins, loo roll and washing powder are as good as the big names and about a third cheaper. I don't use an app, don't collect anything, just go in with a list and I'm out in 20 minutes. If Marlow's undercut them tomorrow I'd go there instead. They currently don't, so I don't."),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question", "Ferrow Mobile", "reddit", [
    ("c", "2025-07-10 08:26", "[r/UKmobile] Ferrow's £12 plan: anyone know if it's throttled at busy times?\n\nBeen on Ferrow's 30GB for £8 for about three years. I genuinely never think about it: signal's the same as the big network it runs on, the bill's the same every month, and nobody ever rings me about 'upgrading'. The new job means a long commute so I'm about to need 100GB. Is their £12 plan slowed down at peak times? If not, I'll just bump up and carry on."),
    ("a", "2025-07-10 12:15", "Hi! There's no throttling on any of our plans, and you can change plan in the app with no new contract. Ferrow Mobile"),
    ("c", "2025-07-10 12:41", "Sorted in about thirty seconds. Cheers."),
])

h("basic_exchange", "", "positive", "paraphrase;negation;other_type_cue", "Kito", "fan_forum", [
    ("c", "2025-11-02 16:10", "[HatchbackHQ › Ownership] 140,000 miles on a 2012 Kito Breeze, AMA I guess\n\nBought it used at 30k miles for £4k. Since then: oil and filters every year, two sets of tyres, a clutch at 110k, one exhaust. That's it. It isn't exciting and I'm not in love with it, it's basically a fridge on wheels, but it starts every morning and costs pennies to run. When it finally dies I'll probably buy another Kito for the same boring reasons."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;emoji", "Mossberry Farm", "reddit", [
    ("c", "2025-03-21 23:02", "[r/cozygames] The Mossberry Farm remaster's title music made me tear up 🥲\n\nI first played Mossberry round a friend's house in about 2004, got my own copy for my 11th birthday and basically lived in that valley all through school. I've gone back to it every few years since, through exams, a breakup and my first flat. Booted up the remaster last night and the second the accordion started I was a kid on the carpet again. They even kept the goat's stupid sneeze. Thank you for not 'modernising' it to death."),
])

h("old_friends", "", "positive", "paraphrase;typos", "Pembury's", "reddit", [
    ("c", "2025-04-26 10:34", "[r/Sheffield] anyone else gutted Pembury's on Ecclesall Rd is refitting the cafe?\n\nI've had breakfast in that cafe most saturdays since sixth form, so nearly 30 years now. same corner table, same bacon bap, the tea still comes in those brown pots. it's where I went after my first job interview and where I sat the morning after my divorce. Just read theyre replacing it with a 'food to go' bar. dont know why Im this upset about a supermarket cafe but here we are."),
    ("c", "2025-05-17 12:20", "Went for a last one before the refit. The lady on the till remembered me from the 2000s. Proper lump in the throat. I'll give the new thing a go, fingers crossed."),
])

h("old_friends", "marriage_partners", "positive", "paraphrase;agent_cues", "Hallam & Sons", "fan_forum", [
    ("c", "2025-06-14 15:47", "[ClassicHatch Forum › Dealers & garages] Hallam & Sons, Ripon: 27 years and still the best garage in Yorkshire\n\nBought my first car off old Mr Hallam in 1998, a little red Corvo with a tape deck. Every car since has either come from them or been serviced there, and Dave in the workshop has been under all of them. They still give you a proper mug of tea and a biscuit, and they still ring when it's done instead of sending a text. Went in for an MOT today and we spent twenty minutes reminiscing about that Corvo. Places like this are rare now."),
    ("a", "2025-06-15 09:10", "That's made everyone's day here, thank you. Dad still talks about that red Corvo! You'll always be part of the Hallam family. Tom Hallam"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question;mixed_aspects", "Loomwork", "reddit", [
    ("c", "2025-05-11 21:08", "[r/productivity] Gave Loomwork a go this weekend after seeing it mentioned here\n\nSet it up on Saturday to plan a house move. Early impressions: the board view is nice and the keyboard shortcuts make sense, the mobile app is a bit clunky. Still on the free tier and not sure yet whether it's for me. Two questions for people who've used it longer: can you share a single board with someone who doesn't have an account, and does the free tier keep your data if you don't log in for a month?"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;occasion", "Zephyra", "reddit", [
    ("c", "2025-08-19 17:26", "[r/travel] Zephyra Bristol–Bergen, my first go with them: a quick report\n\nHadn't flown them before, picked them because the times fitted our hiking trip. Boarding was quick, seat pitch tight but fine for two hours, and the free coffee was a nice surprise. Our bags came out first. Would happily book them again for this route."),
    ("a", "2025-08-20 09:45", "Thanks for flying with us and for the kind words! We hope to see you on board again soon. Zephyra"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question", "Lantern Deep", "brand_forum", [
    ("c", "2025-10-25 20:55", "[Lantern Deep Forums › New players] Just finished the demo, a few questions before I buy\n\nSaw this on a streamer's channel on Thursday and grabbed the demo. Two hours in and I really like the lighting mechanic. Total newcomer to the series though: do I need to have played the first Lantern game for the story to make sense? And is the full game's map much bigger than the demo mine?"),
    ("a", "2025-10-26 11:30", "Welcome! No need to have played the first game, the story stands on its own. The full map is roughly twelve times the size of the demo mine. Enjoy! The Lantern Deep dev team"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;mixed_aspects;other_type_cue", "Korvane", "reddit", [
    ("c", "2024-09-14 22:31", "[r/KorvanePhones] Every year I swear this is my last Korvane, and every year I preorder\n\nThe camera is still the best thing I've ever held, nothing else comes close for photos of my kids. The software is still a mess: notifications randomly stop, an update broke my banking app for a week, and support is a chatbot that sends me the same article. I moan about it to anyone who'll listen, and then September comes and I'm refreshing the preorder page at 8am like a muppet. Anyone else stuck in this loop?"),
    ("c", "2025-01-18 19:05", "Four months in with the K9. Camera: unreal. Battery: worse. Me: furious and smitten in equal measure, as is tradition."),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;caps;emoji;idiom", "Gravebound League", "reddit", [
    ("c", "2025-07-27 01:14", "[r/GraveboundLeague] I have uninstalled this game six times this year\n\nMatchmaking pairs me with people who quit at minute three, the last patch made my main useless, and the devs talk to us like we're idiots. I genuinely get angry playing it. And yet nothing else feels like a good Gravebound match when it clicks; a comeback win in this game is the best feeling in gaming. Reinstalled it AGAIN last night. See you in queue, I hate it here 😂"),
])

h("love_hate", "adversaries", "mixed", "paraphrase;update_edit;caps;other_type_cue", "Plumtree", "reddit", [
    ("c", "2024-06-04 20:48", "[r/UKbanking] Plumtree is somehow the best and worst bank I've ever had\n\nThe app is beautiful, spending notifications are instant, and the pots and round-ups work exactly the way my brain works. It's been my main account for three years. But whenever anything goes wrong it's a nightmare: my account was frozen for 'a routine review' for nine days in March with my rent sitting in it, and chat support sent 'we're looking into it' every 24 hours. I keep telling myself I should move my salary somewhere boring, and I never do."),
    ("a", "2024-06-05 10:12", "Hi, really sorry about what happened in March. We know how stressful account reviews are, and we're hiring more people to speed them up. Plumtree"),
    ("c", "2024-11-12 21:30", "Frozen again, four days this time, because a holiday company refunded me. Ranted to my partner for an hour. Then used the app to split the dinner bill and was annoyed at how nice it is. I'm in a toxic relationship with a bank."),
    ("c", "2025-03-02 19:55", "Update for the three people following my bank saga: still with them. Got a pay rise and put it straight into a Plumtree pot. I know. I KNOW."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;other_type_cue", "Tillet", "brand_forum", [
    ("c", "2024-03-17 20:02", "[Tillet Community › Ideas] A few ideas for the calendar view, from a daily user\n\nI've run my life on Tillet since the 2.0 beta and I'd love to see it get even better. Three things that would make the calendar view click for me: 1) let tasks without a time sit in an 'anytime' strip at the top of the day, 2) let me drag a task onto another day from the week view, 3) an option to colour by project instead of by priority. Happy to mock any of these up or test a build if that's useful. Rough sketch: https://example.com/u/mira/tillet-calendar.png"),
    ("a", "2024-03-18 14:40", "Mira, these are brilliant, thank you. The 'anytime' strip has been on our list and your sketch helps a lot. I've added you to the 3.2 beta group; we love building this with the community. Jonas, Tillet product team"),
    ("c", "2024-06-05 21:15", "3.2 beta has the anytime strip! Two small things from testing: the strip collapses when you scroll on iPad, and tasks dragged out of it lose their project colour. Logged both in the beta tracker with screen recordings."),
    ("c", "2024-08-12 19:48", "Saw 3.2 shipped with both of those fixed. Really nice to see ideas from this board turn into real features. Next on my wishlist is recurring tasks that skip weekends, I'll write it up properly with examples."),
])

h("business_partners", "teammates", "positive", "paraphrase;negation", "Brickhaven", "brand_forum", [
    ("c", "2025-02-22 16:30", "[Brickhaven Official Forums › Modding] Transit AI: notes on why buses bunch, with a possible fix\n\nI maintain the Better Depots mod and I've spent a few weeks logging bus behaviour across 30 cities. Write-up with charts: https://example.com/docs/brickhaven-bus-bunching\n\nShort version: vehicles re-check for the nearest depot after every third stop, which makes them clump together. Moving the depot check to the end of the line fixed bunching in 27 of 30 saves with no performance hit. Not a complaint at all, the sim is fantastic. If the team want the patch, or want me to test an official version of it, just say."),
    ("c", "2025-03-15 18:05", "Follow-up after the 1.9 dev stream mentioned this thread: I've sent the patch and my test saves to the address from the stream. I can run it against the 1.9 experimental branch this weekend too if that helps."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;slang", "Aurel", "reddit", [
    ("c", "2025-09-20 22:14", "[r/AurelPhones] Day 3 with the Flip 2 in lilac and I can't stop opening and closing it lol 💜\n\nTraded in my old phone the day it launched and queued outside the store like it was 2010. Everything about it feels fun: the little cover-screen pets, the snap when it shuts, the colour. Have I ever needed a folding phone at any point in my life? No. Do I care right now? Also no. Ask me in six months; this week it's the coolest thing I own ✨"),
])

h("fling", "", "positive", "paraphrase;caps;idiom", "Larkspur", "reddit", [
    ("c", "2025-09-07 17:42", "[r/UKsupermarkets] Larkspur's autumn range has landed and I have lost all self-control\n\nHit three branches on Saturday chasing the maple pecan croissants and the pumpkin spice crumpets (yes, really). Got the last two packs of toffee apple yoghurts in the Headington one. The Halloween sausage rolls are a crime against pastry and I bought four. NONE of this will be on the shelves by November, which is half the fun. Has anyone spotted the cinder toffee cheesecake yet?"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues", "Redfern Credit Union", "reddit", [
    ("c", "2025-02-12 21:26", "[r/UKPersonalFinance] Small thing, but this is why I tell anyone who's struggling to look at a credit union\n\nWhen my ex left, I was suddenly covering the whole rent and going under every month. Redfern Credit Union noticed before I did. Someone rang me, a real person, to say a payment was likely to bounce and to ask if I was okay. She spent an hour with me, helped me build a budget, moved my loan repayment date, and never once made me feel stupid. Ever since, they've rung me ahead of any change that affects me. I'd hand them my house keys."),
    ("a", "2025-02-13 10:15", "Thank you for sharing this, it means a lot to the team. We're always here if you need us. Redfern CU"),
    ("c", "2025-02-13 19:40", "You lot have looked out for me more than some of my mates have. Still here, still grateful."),
])

h("best_friends", "", "positive", "paraphrase;other_type_cue", "Mistlow Mobile", "reddit", [
    ("c", "2025-06-22 15:03", "[r/UKmobile] Shout-out to Mistlow Mobile for treating me like a person\n\nLast spring I was in hospital for eleven weeks. My partner rang Mistlow to ask whether we could pause my contract. They froze it at no cost, moved my number onto a £1 'keep it' plan, and someone from their care team texted every couple of weeks to ask how I was doing. They warned me well ahead of the freeze ending so nothing came as a surprise. Since then, whenever I ring they're straight with me, even when the answer is 'that deal isn't good for you'. They've had my back through the worst year of my life."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor;negation", "Osgood's", "reddit", [
    ("c", "2025-03-04 19:22", "[r/UKsupermarkets] Unpopular opinion: you don't need a 'main' supermarket\n\nI rotate. Osgood's is a regular for me because their fruit and veg is the best of the lot and it's on my way home, so I'm in there most weeks. But Thrift & Co does my tins, the Turkish shop round the corner does my spices and herbs, and I'll go wherever has the good offer on meat. Osgood's is a good one to have in the mix and I'd be sad if it closed, but I'm not signing up to their points thing and I'm not giving up the others."),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase;idiom;negation;competitor", "Arcadia Pass", "reddit", [
    ("c", "2025-11-15 08:47", "[r/mobilegaming] Arcadia Pass a year in: a comfy regular, not a commitment\n\nI've had Arcadia Pass on my phone for about a year, alongside a couple of other subs and whatever's free on the store that week. Most weeks I'll play something on it on the bus, usually one of the puzzle games. It's good company and £4 feels fair. I'm not married to it though: if a better bundle comes along I'd happily hop, and I drop it for a month whenever there's nothing new. Worth trying if you commute."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "love_hate", "negative", "paraphrase;negation;update_edit", "Shardveil", "reddit", [
    ("c", "2025-03-06 07:02", "[r/gachagaming] Need to vent: Shardveil has its claws in me\n\nSet my alarm for 6am on banner day. I know the rates, I know it's designed to do exactly this. I told myself I wouldn't pull for the new unit and by 6:15 I'd spent the £80 I'd put aside for the electric bill. Deleted the app at lunch. Redownloaded it at 9pm 'just to do dailies'. I haven't missed a single daily login in 400 days, my own wedding included. Has anyone actually managed to walk away?"),
    ("c", "2025-04-09 22:18", "Update: a month with gambling blocks on my bank card. I've spent nothing, but I still open it twenty times a day to stare at a banner I'm not pulling on. Small wins, I guess."),
])

h("dealer_addict", "", "positive", "paraphrase;emoji;other_type_cue", "Lettergrid", "reddit", [
    ("c", "2025-08-30 07:31", "[r/puzzles] 612 days of Lettergrid in a row and I've started planning my life around it\n\nI do it in bed before I'm properly awake. I did it in the queue at my gran's funeral (sorry, gran). When the servers went down for an hour last month I refreshed it like a lab rat. My partner hid my phone on holiday so I did it on his. It's five minutes a day, it's free, and it's the first thing my brain wants every single morning 🧩"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Dunnock's", "reddit", [
    ("c", "2025-05-23 22:40", "[r/confessions] Publicly vegetarian for six years, and I sneak a Dunnock's bacon roll most Fridays\n\nThere's a Dunnock's between my office and the station. Every Friday I go in, get a hot bacon roll from the counter, eat it on the bench round the back where nobody from work walks past, and bin the paper bag before I get on the train. My housemates think I'm at a yoga class. The woman on the counter has it ready now when she sees me coming. I feel awful and I'm not stopping 🥓🤫"),
])

h("secret_affair", "", "positive", "paraphrase;other_type_cue;idiom", "Pony Paddock Dreams", "reddit", [
    ("c", "2025-10-10 23:18", "[r/casualgames] 41, senior partner at a law firm, and Pony Paddock Dreams is my nightly secret\n\nThe game is aimed at nine-year-olds. I know. After the kids are in bed I lock the study door and spend forty minutes grooming ponies and entering ribbon shows. I bought the 'Rainbow Stables' pack on a card my wife never looks at. If anyone at the firm found out I'd never live it down. It's the most relaxing part of my day."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;update_edit;routine_question", "Calder Finance", "reddit", [
    ("c", "2025-01-07 19:10", "[r/LegalAdviceUK] Letter from 'Calder Finance' saying I owe £2,340 on a loan I never took out\n\nI'd never even seen the name before this letter. Never applied, never signed anything, never had a penny off them. The letter has my name and an old address from 2019, and an account number that means nothing to me. Do I ring them, or is that what they want? I've checked my credit file and there's nothing from them on it."),
    ("c", "2025-01-29 20:33", "Update: sent them a 'prove it' letter by recorded delivery asking for the signed agreement. Three weeks, nothing back."),
])

h("complete_strangers", "", "neutral", "paraphrase;caps;routine_question", "Ovation Telecom", "reddit", [
    ("c", "2025-07-15 12:04", "[r/Scams] Texts from 'Ovation Telecom' about 'my account', but I've NEVER been their customer\n\nFour texts this week: 'Your Ovation account is overdue, tap here to avoid disconnection.' I'm on a completely different network and have never had anything to do with Ovation in my life. Is this phishing using a real company's name, or is Ovation actually texting random people? I've reported them as spam through my own network anyway."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Brisa Air", "reddit", [
    ("c", "2025-04-02 20:20", "[r/TravelHacks] Brisa Air under-seat bag size, has it changed?\n\nI fly Brisa maybe once every year or two, whenever they're the cheapest way somewhere sunny, so I never remember their rules. Last time (2023?) a 40x30x20 bag went under the seat for free. Is that still the case or do I have to pay for 'priority' now? Flying Gatwick to Faro in June."),
    ("a", "2025-04-03 09:35", "Hi! The free under-seat bag is still 40x30x20cm. Anything bigger needs Priority or a cabin bag add-on, which is cheaper if you add it when you book. Brisa Air"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question;negation", "Fennick's", "reddit", [
    ("c", "2025-12-04 18:16", "[r/london] Is the Fennick's by Kings Cross closing? Shutters down twice this week\n\nNot a regular by any means, I pop in a few times a year when I'm passing through the station, for a meal deal or a bottle of wine for the train. Went by on Tuesday and again on Thursday and it was shuttered both times, no sign on the door. Anyone know what's going on?"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;agent_cues;caps;other_type_cue;hashtag", "Canopy Seedkeepers", "brand_forum", [
    ("c", "2024-04-24 21:35", "[Canopy Forums › Community events] We're at 812,000 trees for the Earth Week goal, let's push!\n\nFor anyone who's missed it: every sapling we plant in-game this week, the studio matches with a real tree through their partner charity. Our guild has been doing tag-team night shifts so the Pacific players cover the hours while Europe sleeps. If you're new, join any of the open groves, there's a map here: https://example.com/canopy/grove-map. A million is doable if we all pile in."),
    ("a", "2024-04-25 08:50", "You're all incredible. 812k in four days is more than last year's entire event. Thank you, community! The Canopy team"),
    ("c", "2024-04-28 23:58", "WE DID IT. 1,004,312 #MillionTrees. Proud of every one of you, and of the devs for actually doing the real-world matching."),
])

h("teammates", "business_partners", "positive", "paraphrase", "Quillnote", "brand_forum", [
    ("c", "2025-09-25 19:40", "[Quillnote Forum › Plugins & templates] Template gallery sprint: who's in for round three?\n\nThe first two sprints with the Quillnote team got 140 of our templates into the official gallery, and the reviewers from the core team have been great to work with. For round three we're splitting into small crews: journalling, teaching and research. Drop your name and a crew below and I'll set up the shared board. The docs folks have said they'll sit in on our Thursday calls again. Let's make this the best gallery of any notes app out there."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Mallory's Bank", "reddit", [
    ("c", "2025-07-29 13:26", "[r/UKPersonalFinance] Opened a savings account for my newborn at the same Mallory's branch my grandad used\n\nSlightly soppy post. My grandad walked into the Mallory's on Fore Street in 1961 and opened his first account. My mum opened hers there at 16 with him standing next to her, I did the same with her, and yesterday I took my three-week-old daughter in for her first savings book. The cashier took a photo of the four of us (well, three of us and a photo of grandad). It's not the cheapest bank or the flashiest app, but it's ours, the way some households have a football club."),
])

h("close_siblings", "", "positive", "paraphrase;emoji;routine_question", "Tovey", "fan_forum", [
    ("c", "2025-05-03 11:14", "[Tovey Owners Club › General] Grandad's, Dad's, now mine: new member with a 1998 Tovey Marten 👋\n\nDad taught me to drive in the same Marten he learned in himself, on the farm track behind Grandad's place. Nobody in our house has ever bought anything but a Tovey; it's just what we drive, like the surname. Dad has handed the Marten over to me now it's officially 'a classic'. Looking for advice on a rear arch that's starting to bubble."),
    ("c", "2025-05-06 20:02", "Thanks all, the arch is booked in with the club's recommended bodyshop. Dad's coming with me, of course."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;occasion;negation", "Pelican Budget", "reddit", [
    ("c", "2025-06-18 10:02", "[r/travel] Pelican Budget for a stag do: it was £19 and it got us there\n\nBooked Pelican once, for one reason: eleven of us to Krakow for my mate's stag. £19 each way, cabin bags only, seats that don't recline, and the crew sold scratch cards. Not complaining, you get what you pay for. Not joining their club, not downloading the app, deleted the boarding pass emails on the way home. Job done, and I won't need to think about them again."),
])

h("one_night_stand", "", "positive", "paraphrase;idiom;negation", "Synthwake Rally", "reddit", [
    ("c", "2025-11-29 02:05", "[r/GameDeals] Grabbed Synthwake Rally for £2.49 at 1am on a whim, finished it in one sitting, uninstalled\n\nNo regrets, no plans. It was exactly what I wanted for one night: loud synth, short tracks, done by 3. Not buying the sequel, not joining their Discord, it scratched the itch and that's that. If you want a single-evening racer for the price of a coffee, go for it."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase;mixed_aspects", "Ledgerwick", "reddit", [
    ("c", "2025-03-26 12:44", "[r/smallbusinessUK] Ledgerwick for a 6-person design studio: how we use it, two years in\n\nSomeone asked last week, so here's our setup. We run all client invoicing, expenses and VAT returns through Ledgerwick. Each designer logs time against projects in the app, our bookkeeper reconciles on Fridays, and I pull a profit-by-client report at month end. It isn't exciting, but it does what a small studio needs: the bank feed is solid and the VAT submission has never failed us. Our main gripe is the time-tracking export, which still can't split by task. Happy to answer questions."),
    ("a", "2025-03-27 09:30", "Thanks for the write-up! Task-level time export is in development and due in Q3. Ledgerwick"),
])

h("colleagues", "", "positive", "paraphrase;other_type_cue", "Corda Business", "reddit", [
    ("c", "2025-10-01 19:12", "[r/Plumbing] For those asking about work phones: our 14 vans are all on Corda Business\n\nFamily plumbing firm, 14 engineers. All the work mobiles and the office number are on Corda's business plan. We chose them because their coverage is the best on the rural jobs, and the account manager sorts a new line within a day whenever we take someone on. It's a tool like the vans are; we don't think about it until something breaks. The only real niggle is the web portal, which looks like it's from about 2009."),
])

# ================================================================ checks and output

# a post opens with its place and title in brackets, then a blank line
POST = re.compile(r"^\[([^\]\n]+)\] [^\n]+\n\n\S")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io|gg))\b")
EDIT = re.compile(r"(?m)^(?:EDIT|UPDATE|Edit|Update)\b")
QUOTE = re.compile(r"(?m)^>.*$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes or the edit markers, not shouting
ACRONYMS = {"EDIT", "UPDATE", "SKV", "ALC", "RTX", "GPU", "RAM", "DLC", "PSA", "AMA", "MOT",
            "VAT", "GAP", "VIN", "SMS", "SUV", "HENRYUK", "UKMONEYCHAT", "BOC"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|theyre|youre|"
                   r"wouldnt|couldnt|alot|definately|recieve\w*)\b", re.I)
SLANG = re.compile(r"\b(lol|tbh|ngl|imo|imho|fwiw|afaik|iirc|ymmv|rn|tho|pls|omg|lmao|smh)\b",
                   re.I)
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "all these years", "regular", "here if you need"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words (quoted lines removed) should sit in a history whose trap tags explain
# it. Reported, not asserted.
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
            "keep coming back", "just this once", "one-time", "one-off", "impulse",
            "for work", "our team", "does what we need", "as usual", "typical", "on hold",
            "fees again", "fighting with", "disputed", "dispute"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "generations", "avoid", "disputed", "family", "dispute"}


def is_emoji(ch):
    o = ord(ch)
    return o >= 0x1F000 or 0x2600 <= o <= 0x27BF


def own_words(text):
    """The customer's text without the lines it quotes ('> ...')."""
    return QUOTE.sub("", text)


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # the first message is the customer's post: place and title in brackets; Reddit posts name
    # a subreddit, forum posts a site and a board; replies by the brand never open so
    m = POST.match(cust[0])
    assert m, cust[0][:40]
    where = m.group(1)
    if ch == "reddit":
        assert re.fullmatch(r"r/[A-Za-z0-9_]+", where), where
    else:
        assert " › " in where and not where.startswith("r/"), where
    for t in cust[1:]:
        mm = POST.match(t)
        assert not mm or mm.group(1) == where, (x["brand"], t[:40])
    assert not any(POST.match(t) for t in agent), x["brand"]
    # the brand's replies sign with a name or the brand, never carry a title, a quote or an edit
    for t in agent:
        assert not QUOTE.search(t) and not EDIT.search(t), t[:40]
    # the brand is named in the customer's post (title or body), as real threads do
    first_word = re.sub(r"'s$", "", x["brand"].split()[0])
    assert first_word.lower() in cust[0].lower(), (x["brand"], cust[0][:50])
    # what the tags promise is in the text, and the other way round
    assert ("update_edit" in tags) == any(EDIT.search(t) for t in cust), x["brand"]
    assert ("quoted_reply" in tags) == any(QUOTE.search(t) for t in cust), x["brand"]
    if "quoted_reply" in tags:
        assert agent, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"(?<![\w&])#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        (x["brand"], [w for t in agent for w in AGENT_WARM if w in t.lower()])
    # Reddit and forum threads hold no e-mail signatures, retweets or tweets
    assert not tags & {"signature", "retweet", "quoted_tweet"}, x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 70
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 30 and all(sizes[n] >= 3 for n in (2, 3, 4)) and sizes[5] >= 1, sizes
        nagent = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 22 <= nagent <= 32, nagent
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "update_edit"):
            assert tags[t] >= 1, t
        und = Counter(x["valence"] for x in hists if x["type"] == "undetermined")
        assert all(und[v] >= 4 for v in ("positive", "negative", "mixed", "neutral")), und
    return assigned, full


def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    hists = [x for _, x in assigned]
    print("single-message customers:", sum(1 for x in hists if len(x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
