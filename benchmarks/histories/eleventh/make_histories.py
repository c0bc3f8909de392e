#!/usr/bin/env python3
"""Invented development set of customer histories for relradar (hist11).

All brands, people, addresses and numbers are invented. Types are drawn
first with a seeded shuffle; each written history must match its draw.
Run: python3 benchmarks/histories/eleventh/make_histories.py
"""
import csv
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
         "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
         "love_hate", "one_night_stand", "colleagues", "adversaries"]
MORE = ["secret_affair", "one_night_stand", "teammates", "basic_exchange", "fling",
        "dealer_addict", "adversaries"]
OTHER = [t for t in TYPES if t not in MORE]
N = 80
N_UNDET = 24
VALENCES = {"positive", "negative", "mixed", "neutral"}


def draw_types():
    pool = [t for t in MORE for _ in range(4)] + [t for t in OTHER for _ in range(2)]
    pool += ["undetermined"] * N_UNDET
    assert len(pool) == N
    random.Random(1111).shuffle(pool)
    return {"s%03d" % (i + 1): t for i, t in enumerate(pool)}


H = []


def parse_delta(d):
    if isinstance(d, int):
        return timedelta(minutes=d)
    m = re.fullmatch(r"(\d+)([mhd])", d)
    assert m, d
    n, u = int(m.group(1)), m.group(2)
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n)}[u]


def hist(cid, brand, start, msgs, type_, second, valence, trap):
    """msgs: list of (role 'c'|'a', delta since previous message, text)."""
    t = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
    rows = []
    for i, (r, d, text) in enumerate(msgs):
        if i:
            t = t + parse_delta(d)
        rows.append({"customer_id": cid, "brand": brand,
                     "role": {"c": "customer", "a": "agent"}[r],
                     "timestamp": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "text": text.strip("\n")})
    H.append({"id": cid, "brand": brand, "rows": rows,
              "label": {"customer_id": cid, "type": type_, "second": second,
                        "valence": valence, "trap": trap}})


# ---------------------------------------------------------------- s001-s040

hist("s001", "Pellucid Mobile", "2025-03-02 10:15", [
    ("c", 0, "Hi, I'm going to Porto for 10 days in April. Is EU roaming included on the Flex 20 plan or do I have to buy an add-on? Account ends in 4471."),
    ("a", 14, "Hi there! Thanks for reaching out, and we really value your loyalty over the past 6 years. Flex 20 includes roaming in 40 destinations, Portugal included, up to 15GB. Anything else I can help with?"),
    ("c", 6, "Great, that's all I needed. Thanks."),
], "undetermined", "", "neutral", "agent_cue;routine_question")

hist("s002", "Marrowby Hotels", "2025-02-11 19:02", [
    ("c", 0, """Stayed 2 nights for work at the Marrowby Canal Street. They upgraded me to the Family Suite for some reason, which was huge and spotless, and the rain shower was lovely. Breakfast though: cold eggs both mornings and a 20 minute queue for the one toaster. Check-in took ages too. 3/5"""),
    ("a", "2d", """Dear Guest, thank you for sharing your feedback. Guests like you are the heart of the Marrowby family and we hope to welcome you back as a loyal member very soon. I have passed your comments on breakfast to our Food & Beverage manager. Kind regards, Tomasz Wiącek, General Manager"""),
], "undetermined", "", "mixed", "passing_use;product_attribute;agent_cue;one_incident")

hist("s003", "Larkspur Books", "2025-01-20 08:40", [
    ("c", 0, """Hello Larkspur people,

Could you order in the new Ines Halloran novel for me? Paperback is fine, I'm not fussy about that.

While I'm writing: I saw on the noticeboard that the Dock Road shop might move. Wherever it goes, I'll follow you there. Every book on my shelves for the last eleven years came through your door and I've no plans to give a penny to anyone else. The online giants can keep their next-day delivery.

Best,
Maureen Teale
14 Pike Lane, Hollowford
maureen.teale@example.com"""),
    ("a", "4h", """Dear Maureen, the Halloran is on order and should be with us Thursday. Thank you so much, we really appreciate loyal readers like you! Warm wishes, Jess at Larkspur"""),
    ("c", "1d", """Thursday is perfect. And honestly you lot are the best part of my week.

On Mon, 20 Jan 2025 at 12:41, Larkspur Books <orders@larkspur-books.example.com> wrote:
> Dear Maureen, the Halloran is on order and should be with us Thursday.
> Thank you so much, we really appreciate loyal readers like you!
> Warm wishes, Jess at Larkspur

--
Maureen Teale"""),
], "marriage_partners", "old_friends", "positive", "paraphrase;quoted_reply;agent_cue;signature")

hist("s004", "Brindle & Hart", "2025-04-05 07:55", [
    ("c", 0, """4 stars. B&H on the corner is in my rotation, along with the Italian place by the station and whatever's nearest when I'm running late. Oat flat white is solid, pastries so-so. I pop in a couple of times a week."""),
    ("a", "1d", """Thanks for the stars! Have you joined Hart Rewards yet? Members get every 8th drink free and early access to seasonal specials!"""),
    ("c", "3h", """Ha, no thanks, I'd rather not carry another card. I like drifting between places. You're a good one to drift to though."""),
], "buddies", "casual_acquaintance", "positive", "paraphrase;agent_cue;star_rating")

hist("s005", "Pomelo Ride", "2025-05-18 23:10", [
    ("c", 0, """1 star because zero isn't an option. Pomelo charged me a £45 "cleaning fee" for a ride where I literally sat in the back with a bottle of water for 12 minutes. Support is a bot that loops. App deleted. These people are running a racket and I'm telling everyone in my building to keep well clear."""),
    ("a", "9h", """We're sorry to hear about your experience. Please contact us via the in-app Help section so we can look into this."""),
    ("c", "2h", """The app is deleted, as I said. Not coming back to be robbed twice."""),
], "enemies", "", "negative", "paraphrase;looks_like_one_incident;star_rating")

hist("s006", "Gridwell Payroll", "2025-04-02 09:12", [
    ("c", 0, """Hi Gridwell support,

We've been running payroll for our 14 staff on Gridwell since last spring. It does what our accountant needs and nothing I have to think about, which is exactly the point.

Question: how do I export year-end P60s in bulk rather than one by one? Our accountant (Hollis & Mott) wants them as a single zip.

Thanks,
Dana Okafor
Practice Manager | Bramble Dental Ltd
Unit 4, Quarry Court, Stenbury
dana.okafor@brambledental.example.com | 01632 960 114"""),
    ("a", "3h", """Hi Dana, go to Reports > Year End > P60 and tick "Select all" before Export; it gives a zip. Let me know if that works!"""),
    ("c", "50m", """Perfect, that worked, the zip is with Hollis & Mott. Cheers.

On Wed, 2 Apr 2025 at 12:14, Gridwell Support <help@gridwell.example.com> wrote:
> Hi Dana, go to Reports > Year End > P60 and tick "Select all" before
> Export; it gives a zip. Let me know if that works!

Dana Okafor
Practice Manager | Bramble Dental Ltd"""),
], "colleagues", "basic_exchange", "positive", "paraphrase;signature;quoted_reply")

hist("s007", "Vantor Cable", "2025-06-03 18:30", [
    ("c", 0, "Here we go again. The 'equipment rental' charge is back on my bill. I had it removed in March. And in April. And in May."),
    ("a", 2, "Hi, I'm Leo from Vantor. I'm so sorry for the inconvenience! Let me take a look at your account."),
    ("c", 3, "You're sorry. Everyone there is always sorry. Last month it was 'Kayla' who was sorry."),
    ("a", 5, "I can see the charge of $12.99. I've applied a credit and added a note so it won't recur."),
    ("c", 1, "Added a note. Lovely. See you in July then, same chat, same note."),
    ("a", 2, "I understand your frustration. Is there anything else I can help with today?"),
    ("c", 2, "Yes, the speed. Paying for 500, getting 90 in the evenings, again. I did the router reset dance with your colleague in April so please don't make me do it again."),
    ("a", 4, "I've booked an engineer check for Saturday 8-12. Thank you for being a valued Vantor customer!"),
], "adversaries", "enemies", "negative", "sarcasm;paraphrase;web_chat;agent_apology")

hist("s008", "Saltmarsh Snacks", "2025-03-14 12:00", [
    ("c", 0, """3 stars. The sea salt & cider vinegar ones are seriously addictive, the crunch is unreal and the vinegar hits the back of your throat in the best way. But the multipack arrived with half the bags crushed to dust, so I got crumbs for £4.50."""),
], "undetermined", "", "mixed", "product_attribute;dealer_cue_as_description;one_incident;star_rating")

hist("s009", "Skyrook Airways", "2025-07-09 21:45", [
    ("c", 0, """To whom it may concern,

I have held Summit status with Skyrook for four years and fly with you twice a month on average, usually in Business. This morning at Gate 14, SKR 402 to Geneva, I was told to gate-check my carry-on like any other passenger and then queue with everyone else. I should not have to explain to your gate staff who I am or what my card means.

I would like a written apology from the station manager and an explanation of what will be done about it.

R. Vandersloot
Summit Member no. SK 7700 2391"""),
    ("a", "1d", """Dear Mr Vandersloot, thank you for your loyalty to Skyrook. We apologise that your experience did not meet expectations. As a gesture of goodwill we have added 2,000 Skyrook Miles to your account."""),
    ("c", "5h", """Two thousand miles. For someone who spends what I spend with you, that is not a gesture, it is an insult. I expect a call from someone senior by Friday.

R. Vandersloot

> Dear Mr Vandersloot, thank you for your loyalty to Skyrook. We apologise
> that your experience did not meet expectations."""),
], "master_slave", "", "negative", "paraphrase;agent_cue;quoted_reply;signature")

hist("s010", "Ferrovia Rail", "2025-08-22 16:20", [
    ("c", 0, """I take Ferrovia three or four times a year when I go up to see my sister in Carlow Bay. Trains are mostly on time, seats OK, the wifi is a joke and the café car closes at 6 which is ridiculous on a 4 hour trip. Nothing to write home about, it gets me there."""),
], "casual_acquaintance", "basic_exchange", "mixed", "family_mention;paraphrase")

hist("s011", "Velvet Hour Chocolates", "2025-01-27 22:05", [
    ("c", 0, """5 stars. My husband thinks I'm doing dry-and-sugar-free January with him. He does not know about the box of salted caramel truffles behind the tax folders in the study, or the other one in my gym bag. Mark, if you're reading this, it was a different Velvet Hour customer."""),
    ("c", "12d", """Reordering the truffles. Please use the plain brown box again, the purple one nearly blew my cover last time 🙈"""),
    ("a", "1h", """Haha, your secret is safe with us! Plain box noted on your order."""),
], "secret_affair", "", "positive", "paraphrase;star_rating;emoji")

hist("s012", "Hollis Energy", "2025-02-03 20:11", [
    ("c", 0, """[Forum: Hollowford Residents > Utilities]
Anyone else with Hollis Energy? My advice: don't. They pushed my direct debit from £96 to £154 with a two-line email and no explanation. When I rang I was told to "read the terms". I wouldn't say they're the worst company in the country, I haven't met them all, but they're trying hard. I've already talked my neighbours at 12 and 14 out of switching to them."""),
    ("a", "5h", """Hi, this is Sam from the Hollis Social Team. We're sorry to hear this. Please DM us your account number and we'll review your direct debit."""),
    ("c", "40m", """No thanks Sam. The only thing I want from Hollis is my final bill the day my fixed term ends. Everyone else reading: go literally anywhere else."""),
], "enemies", "adversaries", "negative", "understatement;negated_cue;forum_post;agent_turn")

hist("s013", "Dunmere Outfitters", "2025-10-15 11:30", [
    ("c", 0, """Dear Dunmere,

I want to return the Ashby waxed jacket (order DM-558120). The seam under the left arm split on the second wear.

I'll be honest with you because I think someone there should hear it. There are six Dunmere coats in our hall cupboard. For about fifteen years I bought one for someone in this family every single Christmas, and I used to tell people at the school gate where to get them. The new ones are thin, the stitching gives up after a season, and the Harrogate shop where Alan knew everyone's size has gone. I don't recognise you anymore.

Helen Pryce"""),
    ("a", "1d", """Dear Helen, we're so sorry about your jacket. A returns label is attached. We truly value loyal customers like you and hope to see you again soon. Best, Dunmere Customer Care"""),
    ("c", "6h", """"Loyal customers like you." That's what I was. Refund to the card please, I won't be exchanging it.

Helen

On 16 Oct 2025, at 11:02, Dunmere Customer Care <care@dunmere.example.com> wrote:
> We truly value loyal customers like you and hope to see you again soon."""),
], "ex_friends", "", "negative", "paraphrase;agent_cue;quoted_reply;loyal_as_grievance")

hist("s014", "Tidewater Cruises", "2025-06-29 09:00", [
    ("c", 0, """Booked the one-night "Harbour Lights" mini cruise at 11pm after two glasses of wine and a bad week. I am not a cruise person and I won't turn into one, but for one night it was exactly the silly treat I wanted: karaoke, a buffet the size of a tennis court, a sunrise over the estuary. Done, ticked off, back to normal life. 4 stars."""),
], "one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;star_rating")

hist("s015", "Pixelmoat", "2025-02-01 21:14", [
    ("c", 0, "5 stars. Best puzzle game on my phone, full stop. Day 212 of my streak."),
    ("c", "34d", "1 star. The update wiped my 245-day streak and support says 'streaks are cosmetic'. Cosmetic!! Uninstalled."),
    ("a", "1d", "We're sorry about your streak. Streak restoration isn't available but we've added 500 gems to your account as a thank you for your loyalty."),
    ("c", "9d", "3 stars. Reinstalled. I'm furious that I missed it this much. The new levels are actually brilliant which makes it worse. Still annoyed about the streak, still playing every night, I don't understand myself either."),
    ("c", "41d", "2 stars. Energy timer cut to 5 lives?? You're squeezing us. I've bought the 'remove energy' pack anyway because of course I have. Don't test me Pixelmoat."),
    ("a", "2d", "Thanks for the feedback, we're reviewing the energy system based on player comments."),
], "love_hate", "dealer_addict", "mixed", "multiple_reviews;star_rating;agent_cue")

hist("s016", "Kestrel Couriers", "2025-11-28 14:40", [
    ("c", 0, """A parcel from my sister's Etsy shop came with Kestrel (her choice, not mine). The driver marked it "delivered to safe place". Safe place was my recycling bin, on bin day. Typical, right? Got it back out, box soaked, candle fine. Would be nice if drivers looked where they put things."""),
], "undetermined", "", "negative", "courier_not_chosen;typical_in_passing;one_incident;family_mention")

hist("s017", "Copperpot Meal Kits", "2025-09-09 19:30", [
    ("c", 0, """First box arrived Tuesday (a friend sent me a half-price code). The Thai green curry was a hit with both kids which never happens, the gnocchi one was a bit bland. Portions fine. I'll keep it going a few more weeks and see if it sticks. 4/5 so far."""),
], "fleeting_acquaintance", "", "positive", "paraphrase;star_rating")

hist("s018", "Nimbusfold", "2025-05-06 10:05", [
    ("c", 0, """[Nimbusfold Help Forum] Quick question: does Nimbusfold keep old file versions for 30 days or 90 days on the Family plan? Our community allotment group keeps the plot rota in a shared folder and someone overwrote it. Can we roll it back?"""),
    ("a", "2h", """Hi! Family plan keeps versions for 90 days. Right-click the file > Version history > Restore. Thanks for being part of the Nimbusfold community!"""),
    ("c", "1h", "Found it, restored. Thanks."),
], "undetermined", "", "neutral", "we_in_passing;community_not_brand;product_attribute;agent_cue;routine_question")

hist("s019", "Glimmerstitch", "2025-03-30 23:48", [
    ("c", 0, """Bought ONE skein of the neon "Radioactive Lime" mohair because it was on the homepage at midnight and my thumb moved before my brain did. I don't knit with mohair. I don't even like lime. I will not be doing this again, I'm not becoming a yarn person. It is a gorgeous colour though, I'll give it to my aunt. 4 stars for the colour."""),
], "one_night_stand", "", "positive", "paraphrase;family_mention;star_rating")

hist("s020", "Quillfeather", "2025-04-11 17:02", [
    ("c", 0, """[Quillfeather Forum > Show & Tell] Me and a handful of folks in here have been building a starter pack of templates for people who just joined (meeting notes, reading log, the tag-sorting trick). It's in the pinned thread. Add yours, the more of us chip in, the better it gets for everyone."""),
    ("c", "3d", """Update: the devs saw the tag-sorting thread and it's in this week's beta already. This is why I stick around here, it feels like we're building the thing with them."""),
    ("a", "2h", """Quillfeather team here: thanks so much, you all made this happen!"""),
    ("c", "1h", "Next up, @marguerite and I are writing the guide for the graph view. Shout if you want to help."),
], "teammates", "business_partners", "positive", "paraphrase;forum_post")

hist("s021", "Crumbhouse Bakery", "2025-11-02 08:15", [
    ("c", 0, """Hello, I write from Rotterdam. My grandmother ordered the Crumbhouse stollen each Christmas when she lived in Leeds, after her my mother did the same, and now I am the one who orders it, it is in our family since long time. This year I am living in the Netherlands. Is it possible you ship to here? I pay the extra post, no problem. Greetings, Annelies Broekhuis"""),
    ("a", "5h", """Hi Annelies, what a lovely story! Yes, we ship to the Netherlands (€14 postage). The stollen page has a Europe option."""),
    ("c", "20m", "Wonderful, thank you, I order two. My mother will be so happy we keep it going."),
], "close_siblings", "old_friends", "positive", "second_language;paraphrase")

hist("s022", "Fizzwick Sodas", "2025-07-14 15:20", [
    ("c", 0, """Real talk: I am on four cans of Fizzwick Cherry a day. Tried to cut down in June and by 3pm I was useless, headache, grumpy, thinking about the fridge at work. I've given up trying. Please never discontinue the cherry one, I mean it."""),
    ("c", "20d", "Corner shop's been out of Cherry since Friday and I've driven to two Tescos. This is not normal behaviour. Is there a supply problem?"),
    ("a", "3h", "Hi! There's a short delay on Cherry in the north-west, stock is back next week. Thanks for loving Fizzwick!"),
    ("c", "30m", "Next week. Ok. Breathing. Thanks."),
], "dealer_addict", "", "positive", "paraphrase;agent_cue")

hist("s023", "Northgale Bank", "2025-09-01 12:00", [
    ("c", 0, """I opened my first Northgale account with my first paycheque in 1998. Twenty-seven years. In that time you closed the branch I used, replaced the phone line with a chatbot, and now you've put a £7 monthly fee on the very same account. I've opened an account with another bank and I'll have moved my salary and direct debits by Friday. It's a shame; you were part of my life once."""),
    ("a", "1d", """We're sorry to see you go. Our Switch team can help with closing your account. We value every customer and your feedback has been shared."""),
], "ex_friends", "enemies", "negative", "paraphrase;agent_cue")

hist("s024", "Zestra Fitness", "2025-01-08 13:10", [
    ("c", 0, "Hi, can I freeze my membership for two months while I'm abroad for work? Is there a fee for freezing?"),
    ("a", 4, "Hi! Yes, you can freeze for up to 3 months for £5/month. Do you want me to set it up from 1 Feb?"),
    ("c", 2, "Yes please, 1 Feb to 31 March."),
    ("a", 3, "Done! Enjoy your trip."),
], "undetermined", "", "neutral", "routine_question;passing_use;web_chat")

hist("s025", "Tallow & Thyme", "2025-09-19 07:03", [
    ("c", 0, """THE AUTUMN DROP. Fig & Woodsmoke candle and the Plum Ember lip oil, in my basket at 7:00:04 when it went live. Wearing the lip oil to literally everything this week, my whole flat smells like a bonfire in an orchard. No idea if I'll still care in November and honestly don't care."""),
    ("c", "6d", "Restock the Plum Ember before the Halloween thing sells out pls!! 🍂🍂"),
], "fling", "", "positive", "paraphrase;emoji;all_caps")

hist("s026", "Sprocket & Sole", "2025-05-02 10:00", [
    ("c", 0, """Got the Volt Runner in the new sunrise colourway on drop day and I'm obsessed this week, wore them to a wedding under the suit. First pair of yours I've ever bought, saw them on a skater I follow. Will I still wear them when the next hype shoe lands? Probably not lol. Right now though? Perfection."""),
], "fling", "fleeting_acquaintance", "positive", "dealer_cue_for_novelty;paraphrase")

hist("s027", "Wrenfield Insurance", "2025-03-21 16:45", [
    ("c", 0, """Renewing my home policy, and I wanted to write something. When Geoff was in hospital last year, Priya from your claims team rang me every week for two months just to check how I was managing, not about the claim. And the year before, when the boiler went, your man told me straight that claiming would cost me more in the long run than paying for it, when he could have just taken the excess. I trust you in a way I don't trust my own bank. Please keep being like this."""),
    ("a", "1d", "Thank you so much for these kind words, I've passed them on to Priya. Your renewal is confirmed."),
], "best_friends", "marriage_partners", "positive", "paraphrase")

hist("s028", "Castellan Collections", "2025-10-06 09:30", [
    ("c", 0, """Re: Your ref CC-2231-88

I have received a letter saying I owe Castellan Collections £412.60 for a "Pellucid Mobile contract". I have never had any contract with you, I never had a Pellucid contract at that address, and until this letter I had never heard your company's name. Please send me proof of the debt or close this file.

J. Okonjo
22 Birch Row, Stenbury"""),
    ("a", "2d", """Dear customer, we have been instructed by the current owner of the debt. Please call 0800 000 000 to discuss a payment plan."""),
    ("c", "1d", """I will not be calling to "discuss a payment plan" for something that isn't mine. I'm not your customer. Proof or close it.

> Please call 0800 000 000 to discuss a payment plan."""),
], "complete_strangers", "", "negative", "quoted_reply;signature;competitor_name_in_text")

hist("s029", "Tidewater Cruises", "2025-08-04 20:30", [
    ("c", 0, """Just wanted to say a huge thank you to the crew of the Aurora Bay last week. Mum's 70th birthday dinner was perfect, the waiter sang, she cried, we all cried. We love you guys!! 5 stars from all nine of us."""),
], "undetermined", "", "positive", "one_incident;love_in_passing;family_mention;star_rating")

hist("s030", "Orbisca Credit Bureau", "2025-04-14 08:00", [
    ("c", 0, """I am a victim of identity theft. The accounts listed below are not mine and I did not open them. I never had any account with Harlow Finance or Quickdraw Loans. Under the applicable law you must block these items within the required time.
1. Harlow Finance ending 9921
2. Quickdraw Loans ending 0307
Attached: police report no. 44/3391, ID."""),
], "undetermined", "", "negative", "template;stranger_cue_about_third_party;one_incident")

hist("s031", "Ridgeback Tools", "2025-06-12 18:00", [
    ("c", 0, """Ridgeback RB-18 combi drill. 5/5. It's a beast, reliable, good value for the money, battery lasted a full day of putting up shelves and it didn't miss a beat on brick. Case is flimsy."""),
], "undetermined", "basic_exchange", "positive", "product_attribute;textbook_cue;one_incident;star_rating")

hist("s032", "Lumen Loop", "2025-02-19 04:02", [
    ("c", 0, "hi is there a way to turn off autoplay completely. not just for one show. for the whole account"),
    ("a", 1, "Hi! I'm Ava. Sure, can I ask what's prompting this? We'd love to recommend a plan that fits!"),
    ("c", 2, "please don't upsell me. it's 4am, I start work at 8, I've done 9 episodes tonight and it's the 4th night this week. I keep saying one more. I can't seem to put you down on my own so I need the button"),
    ("a", 2, "Understood. Settings > Playback > untick 'Autoplay next episode' and 'Autoplay previews'."),
    ("c", 1, "done. thank you. see you tomorrow night probably, that's the sad part"),
], "dealer_addict", "", "mixed", "paraphrase;web_chat;agent_upsell")

hist("s033", "Orbisca Credit Bureau", "2025-05-27 11:11", [
    ("c", 0, """This is my fourth dispute about the same Harlow Finance account since January. Each time Orbisca says it has been "verified" and it stays on my file. I have sent the same letter, the same police report and the same proof of address every single time. Now I'm sending it a fifth way, by post and email at once, and I'll be doing it again in 30 days when you give me the same answer."""),
    ("c", "32d", """Dispute #5 result: "verified". Of course. Dispute #6 attached. See you in July."""),
], "adversaries", "", "negative", "template_like;paraphrase;sarcasm")

hist("s034", "Penny Crate", "2025-07-01 10:20", [
    ("c", 0, """3.5 stars, rounded up. I do the big shop at Penny Crate every other Saturday because it's about £30 cheaper than the big supermarkets and the stuff is perfectly fine. No fancy bakery, no loyalty app, no music, which suits me. Just don't go raising the prices and I'll keep turning up."""),
], "basic_exchange", "", "positive", "paraphrase;star_rating;negated_loyalty_app")

hist("s035", "Skyrook Airways", "2025-12-20 22:15", [
    ("c", 0, """Great. Four hour delay at Dunmore, no announcement for the first two, and then a £5 voucher which buys you half a sandwich. Fantastic work Skyrook, really festive."""),
], "undetermined", "", "negative", "sarcasm;one_incident")

hist("s036", "Brindle & Hart", "2025-10-10 07:40", [
    ("c", 0, """Confession time. At running club I'm the black-coffee purist who lectures people about syrups. Twice a week I sneak into the B&H on Mill Street on the way home and get the caramel cloud with extra whipped cream and sit in the back where the window doesn't face the road. If anyone from Hollowford Harriers sees this review: it wasn't me. 5 stars."""),
], "secret_affair", "", "positive", "paraphrase;star_rating")

hist("s037", "Saltmarsh Snacks", "2025-04-24 13:30", [
    ("c", 0, """I write in English, it is not my first language, sorry. My wife believe I am on the diet since Easter. In the drawer of my desk in the office, under the cables, is always a bag of your truffle crisps. Nobody know. It is my small crime in the afternoon. Please do not stop to make the big bag, the small one is too fast finished."""),
], "secret_affair", "", "positive", "second_language;paraphrase")

hist("s038", "Nimbusfold", "2025-01-15 20:00", [
    ("c", 0, """Threatening to leave Nimbusfold for the fourth time. Sync stuck at 98% for two days, price went up again in December, support took five days to answer. Looking at alternatives."""),
    ("c", "6d", """Looked at three alternatives. None of them does shared family albums half as well. So I'm still here, paying, grumbling. When it works it's honestly the best thing on my laptop and I resent that."""),
    ("a", "1d", """We hear you! Thanks for sticking with us. A fix for sync at 98% is in version 8.2."""),
    ("c", "20d", "8.2 fixed sync. I still haven't forgiven you for the price. See you at threat number five."),
], "love_hate", "adversaries", "mixed", "paraphrase;agent_turn")

hist("s039", "Ambervale Pharmacy", "2025-08-08 17:50", [
    ("c", 0, """I get my repeat prescriptions at Ambervale because it's £2 cheaper per item than the chemist on the high street and in three years they've never got one wrong. That's really all I want from a pharmacy."""),
    ("a", "4h", """Thank you! We love having you as part of the Ambervale family 💚"""),
    ("c", "2h", """No need for the family stuff, honestly, just keep the prices where they are and the pills correct :)"""),
], "basic_exchange", "", "positive", "paraphrase;agent_cue;family_word_by_agent")

hist("s040", "Harrowgate Motors", "2025-03-03 09:05", [
    ("c", 0, """Hello,

Can I book the 20,000-mile service for my Corvo Estate (reg KX21 ODH) for the week of the 17th? Any morning is fine. Do you still do the courtesy car?

Thanks,
Peter Lindqvist
Treasurer, Stenbury Loyal Order of Bellringers
"Together we ring" """),
    ("a", "2h", """Hi Peter, Tuesday 18th at 8:30 is available, and yes, a courtesy car is included. Shall I confirm?"""),
    ("c", "1h", """Yes please, confirm Tuesday.

On Mon, 3 Mar 2025 at 11:06, Harrowgate Motors Service <service@harrowgate.example.com> wrote:
> Hi Peter, Tuesday 18th at 8:30 is available, and yes, a courtesy car is
> included. Shall I confirm?

Peter Lindqvist
Treasurer, Stenbury Loyal Order of Bellringers"""),
], "undetermined", "", "neutral", "signature;quoted_reply;routine_question")


# ---------------------------------------------------------------- s041-s080

hist("s041", "Marrowby Hotels", "2025-08-26 21:10", [
    ("c", 0, """Our eighteenth August at the Marrowby Seaview. The carpet in the lounge is the same swirly one from when the kids were small and I hope nobody ever replaces it. Denis on the door still remembers I take my tea with the milk in first. Rooms are tired in places, the lift is slow, none of that matters. Walking in is like walking into 2007 in the best possible way. We'll see you next ... More"""),
    ("a", "3d", """Dear Mrs Aldous, thank you for your wonderful review. We value your loyalty tremendously and Denis sends his regards! Warm wishes, the Seaview team"""),
], "old_friends", "marriage_partners", "positive", "paraphrase;truncated_review;agent_cue")

hist("s042", "Pellucid Mobile", "2025-05-30 12:45", [
    ("c", 0, """4 stars. Three years on Pellucid SIM-only and I have not once thought about my phone bill, which is about the highest compliment you can pay a phone company. £9 a month, signal's fine, nobody rings me with offers. If someone undercut them by a lot I'd probably go, not gonna lie, but nobody has."""),
], "basic_exchange", "", "positive", "paraphrase;understatement;star_rating")

hist("s043", "Ridgeback Tools", "2025-10-02 19:20", [
    ("c", 0, """[r/powertools] Been working in the Ridgeback warehouse in Stenbury for nine years, so take this with a pinch of salt. Our team packs about 4,000 drills a week and honestly most of the returns we see are people using the wrong battery. We're proud of what we ship. AMA I guess, within reason."""),
], "undetermined", "", "positive", "employee;tenure_not_customer;we_as_staff;forum_post")

hist("s044", "Quillfeather", "2025-06-18 08:30", [
    ("c", 0, """Hi Quillfeather team,

A year of daily use now, so here are three things that would make a real difference, in order of how much I'd pay for them:

1. Let a tag carry a colour that shows in the sidebar. Right now I squint.
2. When I paste a table from a spreadsheet, keep the column widths.
3. A "quiet mode" that hides the word count and backlinks while drafting.

I've written editor plugins before, so if whoever owns the editor wants a tester or a quick call, I'm around most evenings.

Cheers,
Tobias Rehn"""),
    ("a", "1d", """Hi Tobias, thank you, this is fantastic feedback! #2 is already on our roadmap and I've shared 1 and 3 with the product team. We'd love you in the beta programme."""),
    ("c", "2h", """Sign me up. I'll send screenshots of the tag thing so you can see what I mean.

On Thu, 19 Jun 2025, Quillfeather Support <hello@quillfeather.example.com> wrote:
> #2 is already on our roadmap and I've shared 1 and 3 with the product team."""),
    ("c", "40d", """Beta 4.3 notes: tag colours work, really nice. Small thing: the colour doesn't survive export to PDF. Otherwise, thank you for actually listening."""),
], "business_partners", "teammates", "positive", "paraphrase;quoted_reply;agent_turn")

hist("s045", "Lumen Loop", "2025-03-09 23:30", [
    ("c", 0, """5 stars. I pay for Lumen Loop on a card my boyfriend never sees purely so I can watch Villa of Lies on my phone in the bath. He thinks I'm reading Middlemarch. I am on episode 40 of people shouting by a pool. Worth every penny and every lie."""),
], "secret_affair", "", "positive", "paraphrase;star_rating")

hist("s046", "Vantor Cable", "2025-09-15 07:40", [
    ("c", 0, "Internet has been down in Hollowford since 6am, router light blinking orange. Is there an outage? I'm working from home today and need to know whether to go to the library."),
    ("a", 6, "Hi, there is a known outage in your area, engineers are on it, estimated fix 11am. Sorry for the disruption."),
    ("c", 2, "OK, off to the library then. Thanks for telling me."),
], "undetermined", "", "negative", "one_incident;passing_use;web_chat")

hist("s047", "Zestra Fitness", "2025-02-22 18:00", [
    ("c", 0, """For the third time: I keep getting emails about renewing "my" Zestra membership. I have never been a member of Zestra, I have never set foot in one of your gyms and I have no idea how you got this address. Please remove me and delete whatever you hold on me."""),
    ("a", "1d", """Hi! We're sorry for any confusion. We'd love to welcome you to the Zestra family, here's a free 7-day pass if you'd like to try us out!"""),
    ("c", "1h", """I don't want a pass. I want you to stop writing to someone who is not and never was your customer."""),
], "complete_strangers", "", "negative", "agent_cue;repetition_of_fault;paraphrase")

hist("s048", "Velvet Hour Chocolates", "2025-05-10 11:20", [
    ("c", 0, "Hi, I ordered the Guilty Pleasures selection box for my mum's birthday (order VH-30018). Can I still add a gift note? It should say: Happy 60th Mum, love Kit."),
    ("a", "2h", "Hi Kit, done! The note has been added and the box ships tomorrow."),
    ("c", "15m", "Brilliant, thank you."),
], "undetermined", "", "neutral", "product_attribute;family_mention;routine_question")

hist("s049", "Marrowby Hotels", "2025-11-08 00:20", [
    ("c", 0, """Missed the last train, needed a bed for one night, walked into the Marrowby by the station at midnight. Clean, quiet, the night porter found me a toothbrush. Did the job. I'm not a chain-hotel person and won't be collecting points, but for a one-off at midnight, no complaints."""),
    ("a", "2d", """Thank you for staying with us! Did you know Marrowby Rewards members earn a free night after 8 stays? Join today and we look forward to welcoming you back."""),
], "one_night_stand", "fleeting_acquaintance", "positive", "textbook_cue;agent_cue")

hist("s050", "Bramble Pop", "2025-07-21 16:00", [
    ("c", 0, """[Forum: SodaTalk] I drank Fizzwick Cherry every day for years and loved it until they changed the recipe and it went all syrupy. Anyway, quick one about Bramble Pop: does the black cherry one have caffeine in it? The can doesn't say."""),
    ("c", "2h", "Answered my own question, their site says no caffeine. Thanks anyway."),
], "undetermined", "", "neutral", "competitor_history;competitor_cue;routine_question;forum_post")

hist("s051", "Kestrel Couriers", "2025-12-12 09:05", [
    ("c", 0, """As usual I left my son's birthday present to the last minute. Dropped it at the Kestrel counter in the newsagent at 4pm Tuesday, it was in Glasgow by 10am Wednesday. 5 stars, good job."""),
], "undetermined", "", "positive", "as_usual_about_self;one_incident;family_mention;star_rating")

hist("s052", "Copperpot Meal Kits", "2025-03-05 20:00", [
    ("c", 0, """Third box in, and I like where this is going, so a few thoughts from our kitchen:
- a chilli icon on the recipe card would save me from feeding my 6-year-old the harissa chicken again
- the little plastic pots of soy sauce: could they be one bigger bottle per box?
- I'd happily test a vegetarian-only week if you ever trial one."""),
    ("a", "1d", "Thank you so much for this! I've shared all three with our menu team."),
    ("c", "45d", """Saw the chilli icons on this week's cards!! Thank you for listening. Next idea, while I have you: a "use it up" recipe for the leftover herbs at the end of the week. Happy to send you my notes on the veggie week whenever."""),
], "business_partners", "", "positive", "paraphrase;agent_turn;family_mention")

hist("s053", "Tallow & Thyme", "2025-04-16 14:00", [
    ("c", 0, """Eight years and not one other brand's soap has crossed my bathroom door. I tried the fancy one at a hotel in Lisbon once and felt like I'd cheated on you. I don't love the new packaging, I'll be honest, the old brown paper was nicer, but that's not going to change anything. Oat & Honey bar until the day I die."""),
    ("a", "5h", "This made our day! We'll pass on your thoughts about the packaging."),
], "marriage_partners", "old_friends", "positive", "negated_cue_about_product;paraphrase;product_attribute;affair_word")

hist("s054", "Lumen Loop", "2025-10-01 19:15", [
    ("c", 0, "Hi, I'd like to cancel at the end of this month please."),
    ("a", 2, "Sorry to hear that! Can I ask why? I can offer you our annual plan at 20% off if you'd like to lock in."),
    ("c", 3, "Nothing wrong, I just rotate. Three months of you, then a couple of months of Stackflix, then back. You're one of the ones I keep coming back to, I just don't want to be tied to any of them."),
    ("a", 2, "Totally understand! Cancellation set for 31 October. We'll be here when you're back."),
    ("c", 1, "Cheers, see you in the new year probably."),
], "buddies", "casual_acquaintance", "positive", "paraphrase;agent_cue;web_chat;love_hate_phrase")

hist("s055", "Pixelmoat", "2025-06-07 11:00", [
    ("c", 0, """I find this game yesterday by chance in the store, is my first time with this kind of puzzle. Until now I like it very much, the music is relaxing and the levels are not too easy. I will see if I continue, for now 4 stars. Sorry for my english."""),
], "fleeting_acquaintance", "", "positive", "second_language;paraphrase;star_rating")

hist("s056", "Pixelmoat", "2025-09-03 21:00", [
    ("c", 0, """[Pixelmoat Discord > #clans] Shoutout to Emberfall clan, 40 weeks of the Tuesday co-op without missing one. Honestly it's us lot keeping this game alive, and the devs know it."""),
    ("c", "8d", """The devs joined our voice channel to test the new co-op patch with us last night and took notes on everything we said. That's how it should be. If you're new, come find us, we'll carry you through level 90."""),
    ("a", "1h", "Pixelmoat Dev (Rina): that session was so useful, thank you Emberfall!"),
], "teammates", "business_partners", "positive", "paraphrase;forum_post")

hist("s057", "Dunmere Outfitters", "2025-12-03 12:30", [
    ("c", 0, """The "Forever" merino scarf is soft, not itchy, and the forest green matches the photo. Bought it for a colleague for the Secret Santa at work. Arrived in two days. 5 stars."""),
], "undetermined", "", "positive", "product_attribute;passing_use;secret_in_passing;one_incident;star_rating")

hist("s058", "Harrowgate Motors", "2025-04-28 18:45", [
    ("c", 0, """Took the new Corvo Spark out the week it launched and drove home in it. I've never owned a Corvo, I was a 'sensible diesel' person my whole life. Now the whole office is sick of me showing them the ambient lighting and the launch mode on my phone. It's the newest, shiniest thing on our road and I feel about 25. Ask me in a year whether I still care."""),
    ("a", "1d", "Congratulations on your new Spark! Your first service is included."),
], "fling", "fleeting_acquaintance", "positive", "paraphrase;passing_use")

hist("s059", "Nimbusfold", "2025-11-19 10:10", [
    ("c", 0, """Hello,

Our studio (9 architects) keeps all client drawings and models on Nimbusfold Business. It's a tool, it works, we don't think about it much, which is what we pay for. The problem: the 2GB single-file limit is now blocking us on BIM models. Is there a plan that raises it, or an API route for big uploads?

Regards,
Ifeoma Castell
Partner, Castell Ward Architects
ifeoma@castellward.example.com"""),
    ("a", "4h", """Hi Ifeoma, Business Plus raises the limit to 50GB per file. I can move your 9 seats over today with prorated billing."""),
    ("c", "1d", """Please do. Invoice to accounts@castellward.example.com.

Ifeoma Castell
Partner, Castell Ward Architects"""),
], "colleagues", "basic_exchange", "neutral", "paraphrase;signature")

hist("s060", "Northgale Bank", "2025-06-04 09:30", [
    ("c", 0, "Hi, there's a £35 charge on 3 June marked 'NGL ARR FEE' that I don't recognise. Can you check what it is?"),
    ("a", 5, "Hi, that's an arranged overdraft fee applied in error. I've refunded it, you'll see it in 1-2 days."),
    ("c", 1, "That was quick, thank you."),
], "undetermined", "", "neutral", "one_incident;routine_question;web_chat")

hist("s061", "Ferrovia Rail", "2025-01-30 13:00", [
    ("c", 0, """[Forum: Northern Rail Users] Pasting this from the Ferrovia press page:
"Ferrovia today launches Loyal Traveller, a scheme rewarding our most loyal customers with 10% off after five journeys. 'We love our passengers,' said CEO Marta Fenn."
Anyone know if it covers the Carlow Bay branch line or only the main line?"""),
], "undetermined", "", "neutral", "pasted_news;quoted_third_party;product_attribute;forum_post")

hist("s062", "Glimmerstitch", "2025-02-14 16:30", [
    ("c", 0, """Ros, I have to tell you, I'm still a bit stunned. You emailed me BEFORE the sale to say the Hebridean blue I'd been eyeing was being discontinued so I could get enough of the last dye lot for the cardigan. Who does that? You didn't have to. I've told you about every knitting disaster I've had this winter and you always answer honestly, even when the honest answer is 'frog it and start again'. I'd take your advice over any YouTube tutorial."""),
    ("a", "3h", "Ha, frog it and start again is my life motto! Glad you got the blue. Send a photo when it's done x"),
    ("c", "20d", "Cardigan done, photo attached. You were right about the sleeves, as usual."),
], "best_friends", "", "positive", "paraphrase;as_usual_positive")

hist("s063", "Pixelmoat", "2025-08-11 17:00", [
    ("c", 0, """2 stars. Crashes every time I open the shop tab and always freezes on level 88 after the ad. Pixel 7, latest update. Please fix."""),
], "undetermined", "", "negative", "symptom_frequency;one_incident;star_rating")

hist("s064", "Skyrook Airways", "2025-03-18 08:00", [
    ("c", 0, """Flew Skyrook once, last week, because it was the only seat left that got me to my uncle's funeral in time. I didn't pick you and I didn't care which airline it was, I just needed to be there. The crew were kind, the seat was tight. I won't go looking for you again, I won't avoid you either. That's all."""),
], "one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;family_mention")

hist("s065", "Marrowby Hotels", "2025-10-21 22:40", [
    ("c", 0, """I am in your hotels roughly ninety nights a year and have been Platinum Circle for six. Tonight at the Marrowby Kingsgate your front desk asked for my ID and a card "for incidentals". Like a stranger off the street. My profile lists my pillows, my floor and my late checkout; none of it had been done. I shouldn't have to ask for any of this, let alone twice."""),
    ("a", "12h", """Dear Ms Harcourt, we sincerely apologise and thank you for your loyalty as a Platinum Circle member. We'd like to offer 5,000 bonus points."""),
    ("c", "3h", """Points. I'd like a call from the general manager before my next stay, otherwise my ninety nights go to Aldwych Stays next year. I'm not asking.

> thank you for your loyalty as a Platinum Circle member"""),
], "master_slave", "", "negative", "paraphrase;agent_cue;quoted_reply;competitor_name")

hist("s066", "Brindle & Hart", "2025-07-07 08:10", [
    ("c", 0, """Okay B&H, what did you put in the cold brew. I've had one every single morning for 41 days. I've changed my commute so I go past the Mill Street shop. On Sunday you were shut for the refit and I sat in the car park like a sad dog and then drove twenty minutes to the other one."""),
    ("a", "5h", "Haha! Mill Street reopens Thursday, with the cold brew, promise."),
    ("c", "4d", "Thursday. Day 42. The world makes sense again."),
], "dealer_addict", "", "positive", "paraphrase;agent_turn")

hist("s067", "Penny Crate", "2025-09-27 15:00", [
    ("c", 0, """The cashier at the Stenbury Penny Crate rolled her eyes at me for paying with coins and then chatted on her phone while I bagged. I hate the self-checkouts there too, they shout at you about unexpected items. Not great today."""),
], "undetermined", "", "negative", "one_incident;hate_about_feature")

hist("s068", "Wrenfield Insurance", "2025-05-13 10:00", [
    ("c", 0, """Bonjour,

Thank you for your message. I have fill the claim form for the water damage in the kitchen but I do not find where to put the photos. Is it possible to send them by email to this address?

Cordialement,
Camille Fauré

Le lun. 12 mai 2025 à 16:20, Wrenfield Claims <claims@wrenfield.example.com> a écrit :
> Dear Ms Fauré, as a loyal customer you qualify for our fast-track claims
> service. Please complete the attached form."""),
    ("a", "2h", "Dear Ms Fauré, yes, please email the photos to claims@wrenfield.example.com quoting WR-77120."),
    ("c", "1h", "Ok, it is sent. Thank you."),
], "undetermined", "", "neutral", "second_language;quoted_reply;agent_cue;routine_question")

hist("s069", "Kestrel Couriers", "2025-04-04 17:30", [
    ("c", 0, """I send a parcel to my daughter in Bristol about once a month and I always go with Kestrel at the newsagent: it's £3.20 cheaper than the post office and in two years nothing's gone missing. Not exciting, doesn't need to be. 4 stars, would be 5 if the label printer wasn't always out of paper."""),
], "basic_exchange", "", "positive", "family_mention;courier_chosen;paraphrase;star_rating")

hist("s070", "Crumbhouse Bakery", "2025-06-14 13:00", [
    ("c", 0, """We end up at Crumbhouse whenever we're in Hollowford for the farmers' market, so once every couple of months. Sausage rolls are decent, the coffee is meh, the staff are nice. Not somewhere I'd cross town for but it's a pleasant stop."""),
], "casual_acquaintance", "buddies", "positive", "paraphrase;we_family")

hist("s071", "Zestra Fitness", "2025-01-25 19:00", [
    ("c", 0, """Update from the Zestra Winter Miles challenge: the Tuesday 6am crew is at 1,240km combined and neck and neck with the Stenbury branch! The coaches have been brilliant in the group chat, Mo even ran the last 5k with us. Whoever's on the fence, come and join, we need every kilometre."""),
    ("c", "7d", "WE DID IT. 1,611km. Beat Stenbury by 9km. Proper team effort, members and staff, thank you all."),
    ("a", "3h", "So proud of you all! Pizza on us next Tuesday 🍕"),
], "teammates", "", "positive", "paraphrase;all_caps;forum_post")

hist("s072", "Tilepop", "2025-11-11 02:10", [
    ("c", 0, """5 stars, against my will. I play Tilepop on the bus, in the queue at the post office, and last Saturday under the table at my cousin's wedding. I deleted it on Monday to "get my life back" and had it reinstalled by the evening. It's 2am. One more board."""),
], "dealer_addict", "love_hate", "positive", "paraphrase;star_rating;family_mention")

hist("s073", "Tallow & Thyme", "2025-03-03 09:40", [
    ("c", 0, """The "Loyal Rose" hand cream tube split in my bag on day two. Whole inside pocket smells like a florist. Can I get a replacement?"""),
    ("a", "3h", "Oh no! So sorry, a replacement is on its way, no need to return the old one."),
], "undetermined", "", "negative", "product_attribute;one_incident")

hist("s074", "Ridgeback Tools", "2025-08-30 20:30", [
    ("c", 0, """[Ridgeback Owners Forum] Fellow yellow-tool people: a few of us have been building a spreadsheet of which old 14V batteries work in the new 18V range with the adapter. 63 combos tested so far, link in the pinned post. Add your results!"""),
    ("c", "5d", """Big news: Sanjay from Ridgeback engineering joined the thread and confirmed our numbers, plus added four combos we hadn't tried. This is the kind of thing that makes this brand feel like it's ours too."""),
    ("a", "6h", "Sanjay (Ridgeback): happy to help, you lot did the hard work!"),
], "teammates", "business_partners", "positive", "paraphrase;forum_post")

hist("s075", "Hollis Energy", "2025-02-10 18:00", [
    ("c", 0, """Good evening, I want to send my meter reading but the website give me error "reading too high". The reading is correct, I make photo. Electricity 04512, gas 01877. Please can you put it manually? Thank you, Bartosz Wróbel"""),
    ("a", "1d", "Hi Bartosz, I've entered both readings manually. Your next bill will use them."),
], "undetermined", "", "neutral", "second_language;routine_question")

hist("s076", "Northgale Bank", "2025-09-09 11:00", [
    ("c", 0, """Hello,

My dad opened my first Northgale savings book when I was seven, the same way his dad had done for him in the seventies. Last week my daughter Maya turned seven, so it's her turn. Can a Junior Saver have both parents as signatories, and can I open it in the Stenbury branch or only online?

Many thanks,
Owen Preece"""),
    ("a", "4h", """Hi Owen, what a lovely tradition! Yes, both parents can be signatories, and you can open it in branch or online."""),
    ("c", "1d", "Branch it is, Saturday morning. Maya's already practising her signature."),
], "close_siblings", "old_friends", "positive", "paraphrase")

hist("s077", "Dunmere Outfitters", "2025-10-30 12:00", [
    ("c", 0, """the Dunmere x Juno Reyes drop is EVERYTHING. I'm not a Dunmere person at all, that's my dad's brand lol, but this?? got the cropped wax jacket and the bucket hat the morning it dropped and I've worn both every day since 🔥🔥 no thoughts just vibes"""),
], "fling", "fleeting_acquaintance", "positive", "family_mention;emoji;all_caps;paraphrase")

hist("s078", "Fizzwick Sodas", "2025-07-31 15:45", [
    ("c", 0, """Found Fizzwick Orange in a corner shop in Stenbury last week and one sip and I was ten years old at the Hollowford swimming baths again, chlorine hair and a 30p can from the vending machine. I've drunk it on and off since I was a kid, and it's still the taste of summer to me. Remember when it came in the little glass bottles with the fox on?"""),
    ("a", "1d", "We do! The fox is still on the can if you look closely 🦊"),
], "old_friends", "", "positive", "paraphrase;textbook_cue_remember_when")

hist("s079", "Pellucid Mobile", "2025-08-12 09:00", [
    ("c", 0, """Hello again Pellucid,

This is my fourth email about the same £61.40 roaming charge from my trip in June. I know the drill by now: you say it's been credited, the next bill has it again. Please actually remove it this time.

Rhys Tanner
Account 0099 3152

On Fri, 1 Aug 2025, Pellucid Billing <billing@pellucid.example.com> wrote:
> We have credited £61.40 to your account. We value your loyalty."""),
    ("a", "2d", "Hi Rhys, we have credited £61.40 to your account and apologise for any inconvenience."),
    ("c", "28d", """And there it is on the September bill. £61.40. I'll set a calendar reminder for email number five. I'd leave, but my contract has 14 months left and the early exit fee is more than the charge.

Rhys"""),
], "adversaries", "enemies", "negative", "quoted_reply;agent_cue;signature;paraphrase")

hist("s080", "Skyrook Airways", "2025-11-20 19:30", [
    ("c", 0, """Every time I fly Skyrook I build in two extra hours for whatever it'll be this time. Today: three gate changes and a bag that went to Geneva without me. Claim form number seven this year, I have the reference numbers in a spreadsheet."""),
    ("a", "4h", "We're sorry about your bag. It will be delivered to your address tomorrow."),
    ("c", "2d", """Bag arrived with a broken wheel. Claim form number eight. Yes, I'll be on the 06:40 on Thursday, because what else flies out of Dunmore. Looking forward to it, as always."""),
    ("a", "1d", "We're sorry to hear about the damage. Please submit a damage claim via skyrook.example.com/claims."),
    ("c", "6d", "Thursday update for the spreadsheet: 06:40 left at 08:15. Nobody even apologised this time, which at least felt honest."),
], "adversaries", "", "negative", "sarcasm;paraphrase;agent_turn")


# ---------------------------------------------------------------- checks / output

def check(drawn, full):
    ids = [h["id"] for h in H]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for h in H:
        cid, lab, rows = h["id"], h["label"], h["rows"]
        assert cid in drawn, cid
        assert lab["type"] == drawn[cid], (cid, lab["type"], drawn[cid])
        assert lab["type"] in TYPES or lab["type"] == "undetermined", cid
        assert lab["second"] == "" or lab["second"] in TYPES, (cid, lab["second"])
        assert lab["second"] != lab["type"], cid
        assert lab["valence"] in VALENCES, cid
        assert lab["trap"] and re.fullmatch(r"[a-z_]+(;[a-z_]+)*", lab["trap"]), (cid, lab["trap"])
        assert 1 <= len(rows) <= 8, (cid, len(rows))
        assert rows[0]["role"] == "customer", cid
        ts = [r["timestamp"] for r in rows]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), (cid, "time order")
        for r in rows:
            assert r["text"].strip(), cid
            assert r["brand"] == h["brand"]
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["timestamp"])
        for r in rows:
            for m in re.findall(r"[\w.+-]+@([\w.-]+)", r["text"]):
                assert m.rstrip(".").endswith("example.com"), (cid, m)
    if full:
        assert sorted(ids) == sorted(drawn), "missing ids"
        c = Counter(h["label"]["type"] for h in H)
        assert c["undetermined"] == N_UNDET
        for t in MORE:
            assert 3 <= c[t] <= 5, t
        for t in OTHER:
            assert c[t] >= 2, t


def main():
    drawn = draw_types()
    full = len(H) == N
    check(drawn, full)
    hs = sorted(H, key=lambda h: h["id"])
    with open(os.path.join(OUT, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer_id", "brand", "role", "timestamp", "text"])
        w.writeheader()
        for h in hs:
            w.writerows(h["rows"])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer_id", "type", "second", "valence", "trap"])
        w.writeheader()
        for h in hs:
            w.writerow(h["label"])
    # read back
    with open(os.path.join(OUT, "histories.csv"), newline="", encoding="utf-8") as f:
        back = list(csv.DictReader(f))
    assert len(back) == sum(len(h["rows"]) for h in H)
    c = Counter(h["label"]["type"] for h in H)
    print("histories: %d%s, messages: %d, brands: %d" % (
        len(H), "" if full else " (partial)", len(back), len({h["brand"] for h in H})))
    for t in TYPES + ["undetermined"]:
        print("  %-22s %d" % (t, c[t]))
    print("valence:", dict(Counter(h["label"]["valence"] for h in H)))


if __name__ == "__main__":
    main()
