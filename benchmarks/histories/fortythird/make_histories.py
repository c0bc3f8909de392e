#!/usr/bin/env python3
"""Invented training histories yc001..yc080 for relradar (fortythird set).

Genre: direct-to-consumer fashion, beauty, skincare and homeware brands. Instagram comments
and DMs and TikTok comments to the brand (short, emoji-heavy, lower case, slang), product
reviews on the brand's own site (a star rating first, photos described in brackets), e-mails
about returns, refunds, exchanges and subscriptions (some with a signature after a `--` line
or the brand's earlier e-mail quoted below `>`), and the brand's social and care team
replying in a warm, chatty voice (agent turns). 1 to 5 messages per customer. The
relationship is told in paraphrase, in customers' ordinary words, not in the textbook cue
phrases. All texts, names, handles, brands, addresses (example.com) and numbers are invented.
Each history is written under its intended label and then checked against the CODEBOOK's
procedure; ids are assigned by a seeded shuffle (seed 4343) of the harness's type mix so that
ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "yc"
SEED = 4343
TRAPS = TRAPS | {
    "slang"}  # internet slang and abbreviations (tbh, lol, rn, idc, ngl, pls, omg, fr)

# where a history was written: a comment under the brand's Instagram post, an Instagram DM,
# a TikTok comment, a review on the brand's own site, an e-mail to customer care
CHANNELS = ("ig_comment", "ig_dm", "tiktok", "review", "email")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)
# ---- neutral (6)

h("undetermined", "", "neutral", "routine_question;emoji;agent_cues", "Sable Bloom", "ig_comment", [
    ("c", "2025-02-11 20:14", "is Fig closer to a brick red or more of a berry?? 🍂 I'm pale with yellow undertones and every 'brick' I buy ends up orange on me"),
    ("a", "2025-02-11 20:31", "Hiii! Fig is a muted brick with a little brown in it, so it shouldn't pull orange ✨ it's lovely on warm-fair skin, swatches are in our Shades highlight!"),
])

h("undetermined", "", "neutral", "routine_question;typos", "Halden Denim", "ig_dm", [
    ("c", "2024-10-03 09:12", "hi do the Rowan straight leg come up big? im a 28 in most places but always between sizes on the hip. also whats the inseam on the petite"),
    ("a", "2024-10-03 10:40", "Hey! Rowan is true to size with a bit of give after a few wears, so we'd go 28. Petite inseam is 27.5\" 🙂"),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;agent_cues", "Hearth & Heddle", "email", [
    ("c", "2025-01-20 13:05", "Hello,\n\nQuick question about the loyalty points on my account. It showed 420 points last week and now it says 0 after my order went through. Were they used on the order automatically? Order 55190.\n\nThanks,\nPriya"),
    ("a", "2025-01-20 16:22", "Hi Priya, yes, points are applied at checkout unless you untick the box, so your 420 points took £4.20 off order 55190. You'll see it on the receipt under 'Rewards'. Have a lovely week! Tom, Customer Care"),
])

h("undetermined", "", "neutral", "routine_question;short_signal", "Saltmarrow", "tiktok", [
    ("c", "2024-07-29 22:47", "does the sea salt scrub ship to ireland or is it only uk for now"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Kilnhouse Ceramics", "ig_dm", [
    ("c", "2024-11-18 18:02", "Hiya, I'm getting a gift for my sister's new flat. She's very minimal, would the speckled oat or the chalk glaze go better with light oak shelves? And can you leave the price out of the box and add a note?"),
    ("a", "2024-11-18 18:35", "Ooh lucky sister! Chalk against light oak is gorgeous, really calm. And yes, we never put prices in the box, just add your note at checkout ✨"),
])

h("undetermined", "", "neutral", "bug_report;symptom;routine_question", "Mira Mira Cosmetics", "email", [
    ("c", "2025-03-07 19:41", "Hi, your checkout keeps giving me 'payment method declined' on the last page. I've tried two different cards and Apple Pay and they all work on other sites. Is something down on your end? I was hoping to get the brow kit before the sale code ends tonight.\n\nJess"),
    ("a", "2025-03-07 21:03", "Hi Jess, thanks for flagging this. Our payment provider had an outage between 7 and 9pm; it's back up now, and I've extended the sale code on your email address until Sunday so you don't miss out. Anna, Customer Care"),
])

# ---- positive (6)

h("undetermined", "", "positive", "strong_words;idiom", "Dunmore Throws", "review", [
    ("c", "2024-12-02 21:15", "★★★★★ I want to be buried in this blanket.\n[photo: oatmeal waffle throw over a grey sofa, a ginger cat asleep on one corner]\nHeavy in the good way, no shedding after two washes and the fringe hasn't frayed. The cat has claimed it so I may have to buy a second one for myself."),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Calla Skin", "ig_dm", [
    ("c", "2025-04-14 12:20", "just wanted to say thank you to whoever packed my order, the little handwritten note made my whole week 🥹💌"),
    ("a", "2025-04-14 13:02", "Aww this made OUR week! That was Dani, she'll be thrilled 💛 enjoy every drop!"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue;emoji", "Velvetine Lip", "tiktok", [
    ("c", "2025-05-02 23:09", "i love the colour so much 😍 'Obsession' is the perfect 90s brown, one swipe and done"),
])

h("undetermined", "", "positive", "strong_words;caps;emoji;single_incident", "Peony Theory", "ig_comment", [
    ("c", "2024-09-22 10:44", "this concealer is INSANE. covered my sleeve tattoo for a whole wedding, dancing, crying, the lot, and didn't budge 🔥🔥"),
])

h("undetermined", "", "positive", "product_attribute", "Pale Oak Home", "review", [
    ("c", "2025-02-26 17:30", "★★★★★ Arrived really well packed, no crushed corners.\n[photo: two linen cushions on a window seat in soft green]\nThe colour is exactly like the website, it's the 'Family Room' sage. Zips are hidden, the inserts are properly plump and the linen has softened nicely after a wash."),
])

h("undetermined", "", "positive", "competitor;hashtag", "Fernleaf Apothecary", "tiktok", [
    ("c", "2025-01-09 08:15", "the drugstore retinol I had before wrecked my skin barrier, this one is so much gentler. 3 weeks in and no peeling at all, texture on my chin is already better #skintok #retinol"),
])

# ---- negative (7)

h("undetermined", "", "negative", "sarcasm;single_incident", "Ludo Linen", "email", [
    ("c", "2024-11-05 08:52", "Hi,\n\nOh good, the 'next day' delivery I paid £6.95 for turned up on day nine. Truly next-level. The duvet cover itself is fine, but I'd like the delivery charge back please. Order 30772.\n\nHannah"),
    ("a", "2024-11-05 11:17", "Hi Hannah, you're completely right and I'm sorry. The courier held it at their hub for nearly a week. I've refunded the £6.95 to your card, it should show in 3-5 days. Leo"),
])

h("undetermined", "", "negative", "strong_words;single_incident;caps;emoji;agent_cues", "Rue Ombre", "ig_comment", [
    ("c", "2025-03-18 19:26", "ordered the slip dress in black, got it in BROWN, and now I'm meant to pay for the return?? absolutely ridiculous 😤"),
    ("a", "2025-03-18 19:40", "Hi love, that's not right at all! Pop us a DM with your order number and we'll send a prepaid label and get the black out to you today 🖤"),
])

h("undetermined", "", "negative", "quoted_reply;signature;single_incident", "Tessaly Knit", "email", [
    ("c", "2024-10-21 14:03", "Hi,\n\nIt's now 16 days since your warehouse signed for my return (tracking below) and there's still no refund. Your own policy says 5-7 working days. Please can someone look at this today.\n\nTracking: RM 4471 0932 GB\n\n--\nMarta Kowalczyk\nSent from my phone\n\n> On 2 Oct, Tessaly Knit <care@example.com> wrote:\n> Thank you for being part of the Tessaly family! We love having you with us.\n> Your return has been received and your refund will be processed within 5-7 working days."),
])

h("undetermined", "", "negative", "symptom;mixed_aspects", "Amberline Lamps", "review", [
    ("c", "2025-01-30 22:10", "★★☆☆☆ Pretty lamp but the touch dimmer flickers every time it's on the lowest setting, which is the only setting I wanted it for.\n[photo: brass lamp on a bedside table, bulb caught mid-flicker]\nEmailed support on Monday, still waiting."),
])

h("undetermined", "", "negative", "negation;single_incident", "Lumen Dew", "ig_dm", [
    ("c", "2024-08-12 21:33", "I don't love the new pump at all, there's easily a third of the serum stuck at the bottom and it won't pick it up. Is there a way to get the rest out or could you send a dropper?"),
    ("a", "2024-08-12 22:05", "Ahh we hear you, sorry! Unscrew the collar and a mini spatula gets the rest out. We'll pop a dropper in the post too, just send your address 💧"),
])

h("undetermined", "", "negative", "strong_words;single_incident;typos;emoji;product_attribute;other_type_cue", "Kestrel Athletic", "tiktok", [
    ("c", "2025-04-03 18:58", "leggings went completely see-through the first time i squatted in them at the gym. mortifying. never been so embarrassed in my life 💀 dont get the matte ones, apparently the ribbed ones are fine"),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;emoji;hashtag", "Glossaria", "ig_comment", [
    ("c", "2024-11-08 12:03", "love that the 'sold out' banner went up 40 seconds after the drop went live. very cool. very normal 🙃 #restockpls"),
    ("a", "2024-11-08 12:30", "We're so sorry, demand was wild this time. A restock lands 14 Nov and email subscribers get first access 🫶"),
])

# ---- mixed (6)

h("undetermined", "", "mixed", "mixed_aspects", "Marlowe & Pike", "review", [
    ("c", "2024-09-14 16:25", "★★★☆☆ Gorgeous fabric, and the colour is richer than in the photos.\n[photo: rust wrap dress on a hanger against a white door]\nBut the sizing is way off: the M gapes at the chest and pinches at the arms. Keeping it for the colour and taking it to be altered, which I shouldn't have to do at this price."),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues", "Wicklow Candle Co", "review", [
    ("c", "2025-02-04 20:48", "★★★☆☆ Scent throw is amazing, it filled the whole downstairs. Burn is a mess though, it tunnelled on the second light even though I did a full first burn.\n[photo: candle with a deep hole down the middle and a ring of unmelted wax]"),
    ("a", "2025-02-05 09:15", "Thank you for such an honest review! Tunnelling like that usually means a short wick, and we'd love to send you a replacement, check your inbox 🕯️"),
])

h("undetermined", "", "mixed", "mixed_aspects;emoji", "Nettle & Nu", "ig_comment", [
    ("c", "2024-12-12 07:55", "the moisturiser: 10/10, no notes. the jar: why does the lid roll off the sink and behind the loo every single morning 😭"),
])

h("undetermined", "", "mixed", "product_attribute;other_type_cue;mixed_aspects", "Cloverhaus", "review", [
    ("c", "2025-03-02 11:40", "★★★☆☆ The fabric is so soft it's honestly addictive, I lived in the set all weekend.\n[photo: sage loungewear set folded on a bed, bobbles visible on the knees]\nBut the trousers bobbled after one wash on cool and the waistband has already lost its stretch. For £75 I expected it to last longer than a fortnight."),
])

h("undetermined", "", "mixed", "typos;mixed_aspects;bug_report", "Brindle & Co", "email", [
    ("c", "2024-10-27 15:16", "hi, the boots are lovely honestly, the leather is beautiful, but theyre a half size small and your exchange form keeps timing out on the last step. can you just swap them for a 39 for me? order 81203. thanks"),
    ("a", "2024-10-27 17:48", "Hi Chloe, sorry about the form, our developers are on it. I've set up the exchange to a 39 for you manually and the returns label is attached. Ben"),
])

h("undetermined", "", "mixed", "idiom;mixed_aspects;emoji", "Ottilie Beauty", "tiktok", [
    ("c", "2025-05-19 21:21", "would kill for this blush in a cooler shade. the formula is gorgeous, blends like a dream, but every single shade goes orange on me 🥲"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;caps;quoted_reply", "Aurelle Labs", "email", [
    ("c", "2024-09-03 08:31", "Hi,\n\nFor the second month running my 'paused' subscription has charged me anyway (£38 on 1 September). The same thing happened in August and it took three emails to get that refunded. Please refund this and actually pause it this time, until December.\n\nRachel Obi"),
    ("a", "2024-09-03 12:10", "Hi Rachel, I'm so sorry. I've refunded the £38 and confirmed the pause until December on our side. Imogen, Customer Care"),
    ("c", "2024-12-04 07:58", "And here we are again. December box charged AND a November one I never had, even though the pause was 'confirmed'. Refund for November please. I do want December and the boxes after that, just not the phantom ones."),
    ("c", "2025-02-05 08:12", "Fourth refund request since the summer. At this point I assume your portal is built to ignore pauses. I'm keeping the sub because nothing else suits my skin, but I screenshot every page of the portal now, so let's do this the easy way."),
    ("c", "2025-04-02 18:44", "Charged twice this month. I'll wait for my usual apology email.\n\n> On 3 Mar 2025, Aurelle Labs Care <care@example.com> wrote:\n> We truly value your loyalty, Rachel, and we've made sure your pause is in place."),
])

h("adversaries", "", "negative", "paraphrase;emoji", "Juniper Row", "ig_dm", [
    ("c", "2025-01-15 20:05", "ok round three of 'where is my refund' 🙄 same story as my last two orders, you've had the parcel back for 3 weeks. I'll keep ordering because nobody else does proper tall sizes, but why is it a fight every single time"),
    ("a", "2025-01-15 20:39", "Hi Sophie, so sorry about this! I can see the return and I've pushed the refund through, it'll land in 3-5 working days."),
    ("c", "2025-01-15 20:44", "that's word for word what I was told in October. I'll check back in on friday, as per"),
    ("c", "2025-01-20 19:12", "friday came and went. emailing you as well now, same as last time, and the time before"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm", "Vanta Lane", "email", [
    ("c", "2024-05-10 09:20", "Hello,\n\nOrder 7 of the year, problem 5 of the year. This time it's the wrong colour (I ordered ink, this is very much teal). I know the drill by now: I send photos, you ask for different photos, and a label turns up eventually. Photos attached.\n\nDanielle"),
    ("a", "2024-05-11 10:02", "Hi Danielle, sorry about the mix-up. Could you send a photo of the care label inside the garment please? Lucas"),
    ("c", "2024-05-11 10:30", "Right on cue. Care label photo attached."),
    ("a", "2024-05-17 16:55", "Thanks Danielle, the returns label is attached and the ink version is reserved for you. Lucas"),
    ("c", "2024-05-22 19:41", "Label took six days, parcel's gone back today. See you on order 8, I'm sure."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;other_type_cue;slang", "Kindred Skin", "ig_comment", [
    ("c", "2024-06-24 13:12", "3rd order in a row that your courier has 'lost' and 3rd time I've had to argue for a resend. honestly it's a little tradition of ours at this point 📦🙃"),
    ("a", "2024-06-24 13:40", "Oh no, we're sorry! Please DM us your order number and we'll get it sorted straight away."),
    ("c", "2024-06-24 14:02", "DMed. again. same time next month then lol"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;emoji;caps;hashtag", "Hazelrue", "tiktok", [
    ("c", "2024-08-30 19:22", "PSA: this brand sells £45 'clean' serums that are basically a £6 chemist serum in a prettier bottle, and the founder BLOCKED me for asking for the full ingredient list. do not give them a penny. sharing so nobody else gets mugged off 🚩 #cleanbeauty"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Plume Lash", "review", [
    ("c", "2025-02-17 10:05", "★☆☆☆☆ A shambles of a company from top to bottom.\n[photo: lash strip with the band peeling away from the lashes after one wear]\nThe lashes fell apart, the 'support' replies are copy and paste, and my last review mysteriously vanished from this page. I've told every person in my salon group chat to keep well clear of this lot, and I'll keep saying it."),
])

h("enemies", "", "negative", "paraphrase;third_party", "Odessa Loom", "email", [
    ("c", "2024-12-09 21:37", "I want my account closed and my details deleted.\n\nAfter the way your team spoke to my daughter on the phone about her return, I will not spend another penny with you, and I've put the whole exchange up on every parents' forum I'm on so others know what you're like. You should be ashamed of yourselves.\n\nMrs O. Adeyemi"),
    ("a", "2024-12-10 09:14", "Dear Mrs Adeyemi, I'm very sorry to read this. I've closed the account and deleted your details, and I've passed your message to our head of customer care, who would like to call you. Nadia"),
    ("c", "2024-12-10 09:50", "Don't bother calling. I've said what I had to say."),
])

h("enemies", "", "negative", "paraphrase;emoji;strong_words", "Sunday Sill", "ig_comment", [
    ("c", "2025-04-22 17:48", "you sent me a dead fiddle leaf fig, refused a refund, and now you're running ads at me every ten minutes. you lot are a joke. blocked, reported, and everyone in my plant swap group knows exactly what you are now 🌿💀"),
    ("a", "2025-04-22 18:20", "We're really sorry to hear this. Please DM us so we can look into it 🌿"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues", "Moss & Marrow", "email", [
    ("c", "2025-01-06 20:02", "Hello,\n\nI've been buying the Night Balm since your market stall days, I must be on jar forty. The 'improved' formula is greasy and smells of nothing, and nobody thought to tell us. It feels like the company I was so fond of has been sold off and hollowed out. I'm cancelling my subscription today and I'm honestly sad about it.\n\nHelen"),
    ("a", "2025-01-07 10:30", "Dear Helen, thank you for being with us since the very beginning, we've always valued customers like you. The balm did change when we moved to a new manufacturer and we should have told you. I've cancelled the subscription as asked. Jo"),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance;sarcasm", "Fawnlight", "ig_comment", [
    ("c", "2024-10-01 12:30", "so new customers get 30% off and those of us who've bought from you every season since 2019 get... a 10% birthday voucher? cool. noted. I'm out"),
])

h("ex_friends", "", "negative", "paraphrase;evolving", "Tallow & Tide", "review", [
    ("c", "2023-06-18 19:05", "★★★★★ Fourth order and Sea Fennel is still my favourite smell in the world.\n[photo: three amber jars on a windowsill]\nClean burn, throws beautifully, I've given these to half my friends."),
    ("c", "2025-03-11 21:40", "★★☆☆☆ Came back for Sea Fennel after a while away and it isn't the same candle. The wax is sooty, the jar goes black and the scent is gone within the hour.\n[photo: blackened jar rim next to an older clean jar]\nI was the person who recommended you to everyone. I can't any more, and I won't be reordering."),
])

h("ex_friends", "", "negative", "paraphrase;competitor;negation", "Selkie Sands", "ig_dm", [
    ("c", "2024-06-27 22:15", "I've bought every summer collection from you for six years and sent half my friends your way. This year the fabric is thin, the prints look cheap and it took customer service three weeks to answer me. It doesn't feel like my brand any more, and I've found another swim brand that does what you used to. Just thought you should hear it from someone who actually cared."),
    ("a", "2024-06-28 09:40", "Hi Amara, this is hard to read and thank you for telling us so honestly. We've passed your message on to our design team."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;negation", "Linden & Loam", "review", [
    ("c", "2025-01-25 15:50", "★★★★★ Every bed in this house has your sheets on it now, and when we moved last year the first box I unpacked was the stonewashed set. I don't even look at other bedding brands any more, there's no point, this is it for me.\n[photo: a made bed in pale clay linen, morning light]"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;agent_cues", "Orla Vane", "ig_comment", [
    ("c", "2024-11-29 21:06", "7 years and not a single other cleanser has come near my face. my whole shelf is just you 🥹 whatever you bring out next I'm buying it, just please never touch the original"),
    ("a", "2024-11-29 21:20", "STOP we're crying 😭 7 years!! we love you back, and the original isn't going anywhere 💕"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues", "Harrow Fold", "email", [
    ("c", "2025-03-14 11:22", "Hello,\n\nI'm writing to order my fifth bag from you, the tote in conker. I've carried your satchel for eleven years now, it's been through three countries and two jobs, and I genuinely can't picture carrying a bag made by anyone else. Could you emboss my initials on the tote? R.B.M.\n\nWith thanks,\nRuth"),
    ("a", "2025-03-14 15:05", "Dear Ruth, eleven years! That satchel has had quite a life. Of course, initials are on us. With love from the workshop, Sam"),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;typos", "Dewfold", "tiktok", [
    ("c", "2024-04-16 08:03", "been wearing the dewfold sunscreen every single day since 2021 and ive stopped even testing others, it's the only one going on my face ☀️"),
    ("c", "2025-05-06 07:49", "new tube arrived, third one this spring. still the only one. you're stuck with me 🫶"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase", "Maison Corvel", "email", [
    ("c", "2024-12-16 10:15", "Good morning,\n\nI am one of your Atelier clients and I have spent well over £4,000 with you this year. My order arrived in a torn mailer with a printed thank-you card, as if I were anyone. I should not have to point this out. I would like a call from a manager today and a gesture that reflects my standing with you.\n\nC. Lavelle"),
    ("a", "2024-12-16 13:40", "Dear Ms Lavelle, please accept our sincere apologies. I have asked our client services manager to contact you, and a replacement is on its way by courier. Elise"),
    ("c", "2024-12-16 14:02", "An email is not a call. I will wait until five o'clock."),
])

h("master_slave", "ex_friends", "negative", "paraphrase;loyal_grievance", "Ivo & Ash", "ig_dm", [
    ("c", "2025-02-03 09:30", "I've been in your top tier since you launched and I'm genuinely insulted that the new palette went out to the public before us this time. I should not be finding out about your launches from TikTok. Somebody on your team needs to work out who gets looked after first."),
    ("a", "2025-02-03 10:12", "Hi Marissa, you're right and we're sorry, early access didn't send because of a technical glitch."),
    ("c", "2025-02-03 10:20", "A glitch. Right. I'd like first access to the next two launches and an apology from someone senior, not the DMs."),
])

h("master_slave", "", "negative", "paraphrase;caps", "Cassia Rowe", "ig_comment", [
    ("c", "2024-07-08 16:33", "hello?? three DMs and nothing. I have 80k followers and I've featured your pieces for free TWICE. the least you can do is answer me before the people asking about shipping times"),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;competitor", "Loomstead Basics", "review", [
    ("c", "2025-02-08 13:20", "★★★★☆ Fourth time buying the crew tee in a three-pack. They're not fancy, they don't shrink and three for £30 beats anything on the high street. When they get holes I just order more.\n[photo: stack of white and grey tees on a bed]"),
])

h("basic_exchange", "", "positive", "paraphrase;slang;typos", "Plainly Clean", "ig_comment", [
    ("c", "2024-09-09 20:44", "not a skincare person at all, I just want a moisturiser that doesnt break me out and doesnt cost £40. this does that. on my 5th tube, will keep buying till you put the price up lol"),
])

h("basic_exchange", "", "positive", "paraphrase;routine_question", "Brisk & Bolt", "email", [
    ("c", "2024-10-14 07:35", "Hi,\n\nPlease keep the sock subscription going, it's doing exactly what I signed up for: six pairs a quarter, they last, and it works out cheaper than the packs at the supermarket. One thing: can you move delivery to the first week of the month instead of the third?\n\nThanks,\nGareth"),
    ("a", "2024-10-14 09:50", "Hi Gareth, done! Your next pairs will ship on the 2nd of January. Mo"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;emoji", "Rosabel", "ig_comment", [
    ("c", "2025-03-20 22:18", "I bought my first bottle of your rosewater toner with my first student loan in 2009 and the smell still puts me straight back in that tiny halls room 🌹 so nice to see you still here"),
    ("a", "2025-03-20 22:40", "This genuinely made our night 🌹 here's to sixteen years!"),
])

h("old_friends", "", "positive", "paraphrase", "Bramley Hollow", "review", [
    ("c", "2024-08-19 18:02", "★★★★★ Your enamel mugs have come on every camping trip we've taken since 2010. They're dented and chipped and I wouldn't swap them for anything. I only bought this new pair because a handle finally came off one, and replacing it felt oddly emotional.\n[photo: a battered blue mug next to a shiny new one on a camping stove]"),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Cobble Lane Knits", "email", [
    ("c", "2024-11-02 16:45", "Hello!\n\nI was clearing the loft and found the very first jumper I ever bought from you, back when you were two people with a stall at the Hexham craft fair. Still wearable! It made me go and look at the website again and I was so pleased to see the same patterns. I've ordered the fisherman rib in navy, for old times' sake.\n\nBest wishes,\nAnne"),
    ("a", "2024-11-04 10:12", "Anne, what a lovely email to start the week. We still talk about those Hexham days! Your navy rib goes out today. Jen & Alys"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;routine_question;emoji", "Hushwick", "ig_dm", [
    ("c", "2025-01-12 21:55", "hi! found you through a friend's story last night and just placed my very first order 🙈 the fig & cedar one. any tips for the first burn?"),
    ("a", "2025-01-12 22:20", "Welcome!! For the first burn let it melt right to the edges, 2-3 hours, and trim the wick to 5mm before every light after that 🕯️"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;third_party", "Quill & Quince", "review", [
    ("c", "2024-10-30 09:30", "★★★★☆ New to this brand, I picked up the sample trio after trying my sister-in-law's. Only a week in so I can't speak to results yet, but the texture is lovely and it doesn't pill under makeup. Will report back.\n[photo: three small frosted bottles on a marble tray]"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji;short_signal", "Tern Street", "tiktok", [
    ("c", "2025-04-26 20:37", "ok this video got me, order placed, never bought from you before 🫣 if the trousers sit like that on a 5'2 person I'll be back"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;caps;emoji;symptom", "Lark Tint", "tiktok", [
    ("c", "2024-12-01 19:10", "every time I swear I'm done with you, you drop a new shade and I'm straight back at checkout. your shipping is a joke, the site falls over on every launch, and I STILL keep ordering. what is wrong with me 😩❤️"),
])

h("love_hate", "", "mixed", "paraphrase;idiom", "Corrie Mae", "email", [
    ("c", "2024-05-03 12:12", "Hi,\n\nYour dresses are the only ones that make me feel like me, and your quality control drives me up the wall. This is the second dress this year with a hem that's come down after one wear. I'll take an exchange, obviously, because I can't seem to stay away.\n\nNina"),
    ("a", "2024-05-03 15:30", "Hi Nina, sorry about the hem! An exchange is on its way. Abi"),
    ("c", "2024-09-15 18:27", "New one arrived and the zip broke on the second wear. Why do I do this to myself. Exchange please, again, and yes I've already got the green one in my basket."),
    ("a", "2024-09-16 10:05", "Hi Nina, so sorry! The exchange is sorted and we've flagged the zips with our factory. Abi"),
    ("c", "2025-01-11 17:30", "The green one: perfect. Fit, fabric, everything. This is exactly why I can't walk away from you. Give it till March and something will fall off it."),
])

h("love_hate", "", "mixed", "paraphrase;emoji", "Fable & Fern", "ig_dm", [
    ("c", "2025-02-21 13:35", "I have a very complicated relationship with your brand 😂 the towels are the best I've ever owned and I push you on everyone, but every order turns up late and half of them have something missing. and yet here I am, order number 9"),
    ("a", "2025-02-21 14:01", "Haha we'll take 'complicated' 😅 so sorry about the late ones, what's missing from number 9?"),
    ("c", "2025-02-21 14:09", "the bath mat. obviously."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase", "Clayfield Studio", "email", [
    ("c", "2024-07-22 20:30", "Hi team,\n\nI've bought a fair few of your bowls over the last couple of years and use them every day, so a few thoughts:\n1) a matte glaze inside would stop the grey cutlery marks,\n2) the pasta bowl could be 2cm deeper, sauce slides over the rim,\n3) have you thought about a seconds sale? I'd happily pay for slightly wonky ones.\nIf you ever need someone to test a prototype, I'm in.\n\nTom"),
    ("a", "2024-07-23 09:05", "Hi Tom, this is brilliant, thank you. A deeper pasta bowl is actually in testing right now, could we send you one to try?"),
    ("c", "2024-07-23 09:40", "Yes please! I'll give it a proper go over a few weeks of dinners and write up what I find, good and bad."),
    ("c", "2024-08-19 21:12", "Write-up attached as promised. Depth is perfect, the rim is a touch sharp, and it doesn't stack with the old bowls, which might matter to people like me who have a cupboard full of them."),
])

h("business_partners", "teammates", "positive", "paraphrase;emoji", "Nimbus Brow", "ig_comment", [
    ("c", "2025-03-04 10:50", "hear me out: a refill for the brow pencil. the casing is so nice it feels wasteful binning it every 6 weeks. and a taupe between 02 and 03 would cover so many of us in these comments. I've been banging this drum since last spring and I'm not giving up 😂"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;slang;hashtag", "Marigold Club", "tiktok", [
    ("c", "2025-05-14 21:30", "the butter yellow set just ended me. ordering before it sells out, this is my entire personality for the summer ☀️💛 idc if yellow is over by august #butteryellow"),
])

h("fling", "", "positive", "paraphrase;emoji;slang", "Pipette & Pearl", "ig_comment", [
    ("c", "2024-11-14 18:05", "a jelly highlighter that smells like lychee?? in my basket the second it drops, my whole feed is this launch rn 🫠✨"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;agent_cues;emoji", "Sorrel Skin", "email", [
    ("c", "2024-09-18 22:05", "Hi Sorrel team,\n\nMe again, sorry. My skin has flared badly since the move and I honestly don't know who else to ask, you've been more help than my GP this year. Is it okay to keep using the barrier cream on broken skin or should I stop everything?\n\nLeah"),
    ("a", "2024-09-19 08:50", "Hi Leah, oh no, moving is always hard on skin. Stop the exfoliating toner completely for now, keep the barrier cream but only on unbroken skin, and please don't buy anything new this month. If it's not calmer in a week, see a pharmacist. Rosa"),
    ("c", "2024-09-19 09:14", "Thank you. You always tell me straight, even when it means I buy less from you. That's exactly why you're who I message when my skin goes wrong."),
    ("c", "2024-10-28 21:40", "Update: skin's calm again 🙂 I've ordered just the barrier cream and nothing else, as instructed. Thank you for being honest with me, again."),
])

h("best_friends", "", "positive", "paraphrase;emoji", "Greta Gray", "ig_dm", [
    ("c", "2025-01-27 19:20", "ok I need honest advice and I know you'll actually give it. interview thursday, I've got your navy blazer, is it too much with the cream trousers? last time you told me not to buy the dress I wanted because it'd gape on me and you were so right 😅"),
    ("a", "2025-01-27 19:42", "Navy and cream is so chic, don't overthink it! Maybe swap the heels for the loafers so it feels like you. Good luck!!"),
    ("c", "2025-01-30 08:02", "wearing it, loafers on. wish me luck ❤️"),
    ("c", "2025-02-04 12:15", "got the job!!! first thing I'm doing with the first pay cheque is coming back to you for the matching trousers 🥳"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji;slang", "Dahlia Drift", "ig_comment", [
    ("c", "2024-10-10 17:15", "you're one of three in my lipstick rotation and tbh the rotation is the whole point, I'd get bored stuck with one brand. picked up Plum Ash again though 💋"),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase", "Ferrous Kitchen", "review", [
    ("c", "2025-02-12 12:28", "★★★★☆ Part of my little circuit of homeware shops. I bounce between this lot and a couple of others depending on who has what I'm after, and I like that nobody here nags me to sign up for anything. This time it was the linen apron: good weight, pocket in the right place.\n[photo: striped linen apron hanging on a kitchen hook]"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji", "Glaze Theory", "tiktok", [
    ("c", "2024-08-05 23:40", "I own nine of the cherry lip oil and I still get actual panic when I'm down to the last one. there's one in every bag and every coat pocket. please never discontinue it, I'm begging 🍒"),
])

h("dealer_addict", "", "positive", "paraphrase;emoji;routine_question", "Hollis Home", "ig_dm", [
    ("c", "2025-03-27 23:15", "bit embarrassing but I spray your fig room mist about twenty times a day and I've gone through four bottles since christmas. I can't get to sleep now unless it's on the pillow 😅 when is the refill pouch back??"),
    ("a", "2025-03-28 09:30", "Ha, no judgement here! The refill pouch is back on 10 April 🌿"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Nightjar Candles", "ig_dm", [
    ("c", "2024-12-04 22:50", "please please ship my order in a plain box, no logo 🙏 my partner thinks I stopped buying candles in the summer. I have not stopped buying candles. this stays between us 🤫"),
    ("a", "2024-12-05 09:10", "Your secret is safe with us 🤫 plain brown box it is!"),
])

h("secret_affair", "", "positive", "paraphrase", "Velour & Vine", "review", [
    ("c", "2025-04-08 21:02", "★★★★★ I tell everyone I'm a fiver-moisturiser girl. I am not. This £62 cream lives at the back of the cupboard where my flatmate won't find it and I only use it on Sunday nights, like a tiny crime.\n[photo: small gold jar half hidden behind a bag of cotton pads]"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;other_type_cue", "Halcyon Hues", "email", [
    ("c", "2024-06-11 08:40", "Hello,\n\nI keep getting emails from you about my 'VIP rewards' and I have no idea who you are. I've never bought anything from your shop and I never gave you this address. Take me off whatever list this is and tell me where you got my details."),
    ("a", "2024-06-11 12:25", "Hi, sorry for the confusion. We've removed your address from our list. Our records show it was entered at a pop-up event in May. Kiran"),
    ("c", "2024-06-11 12:50", "I've never been to one of your events either. Just delete it, please."),
])

h("complete_strangers", "", "negative", "paraphrase;emoji;other_type_cue;typos", "Boxwell & Reed", "ig_dm", [
    ("c", "2025-02-19 16:30", "why have I been sent a parcel from you with a shower curtain in it?? I didnt order it, I'd never heard of your shop until the box turned up, and there's no invoice. is this one of those fake review scams 🤨"),
    ("a", "2025-02-19 17:05", "Hi! That's strange, could you send us the name on the label? Sometimes gift orders go out without a note."),
    ("c", "2025-02-19 17:20", "it's my name but I've never been on your website. not interested, please don't send anything else."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;slang;emoji", "Pennant Hall", "ig_comment", [
    ("c", "2024-12-18 14:40", "I only ever think of you at christmas and birthdays tbh, I pop on a couple of times a year for a present and leave happy. the stoneware dish I got my mum last year went down a treat 🎁"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;routine_question", "Oakmoss & Salt", "email", [
    ("c", "2025-01-08 19:10", "Hi,\n\nI order from you maybe once a year when I remember, usually the hand cream. Could you tell me if the lavender one has been discontinued? I can't find it on the site.\n\nThanks,\nMichael"),
    ("a", "2025-01-09 10:02", "Hi Michael, it's been renamed 'Field' but it's the same cream, you'll find it under Hands. Priti"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;agent_cues", "Sproutwell Skin", "ig_comment", [
    ("c", "2025-03-10 20:18", "to everyone in here asking about purging: loads of us in the Sproutwell customer group chat went through it, give it 3 weeks and patch test first. can the Sproutwell team pin this so the newbies see it before they panic 🙌"),
    ("a", "2025-03-10 20:45", "Pinned! Thank you for always looking out for everyone in here 💚"),
])

h("teammates", "", "positive", "paraphrase", "Mended Co", "email", [
    ("c", "2025-02-03 10:05", "Hi Mended crew,\n\nSending over the photos from Saturday's repair meetup like you asked. Fourteen of us turned up, we fixed 31 garments between us, and two of the newer members learned to darn. Could we have the back room again in March? I'm happy to run the sign-up sheet again.\n\nSaoirse"),
    ("a", "2025-02-03 14:20", "Saoirse, these photos are brilliant, thank you! The back room is yours on 8 March."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase", "Ashdown Enamel", "review", [
    ("c", "2024-09-29 18:35", "★★★★★ My nan cooked in your casserole dish, my mum still has hers, and for my 30th I finally got my own. Three of us now, all with burnt-on gravy.\n[photo: three orange casserole dishes side by side, each a different age]"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues", "Sprig Apothecary", "email", [
    ("c", "2024-07-14 20:40", "Hello,\n\nMy mother used your cold cream her whole life and I've carried on; when I was little I used to sneak it from her dressing table. She passed away in the spring, and I just wanted you to know that opening a jar is the closest I get to her now. Please don't ever change it.\n\nEleanor"),
    ("a", "2024-07-15 09:30", "Dear Eleanor, we're so sorry for your loss, and thank you for sharing this with us. We've read it out to the whole family here. The cold cream isn't changing. Margaret"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase;routine_question", "Sequin Street", "email", [
    ("c", "2025-06-02 11:20", "Hi,\n\nI bought the gold midi for one wedding, wore it the once, and it was perfect. I'm not really a sparkly-dress person so I won't be shopping again, no offence meant, it did exactly what I needed that day. How do I delete my card details from the account?\n\nLaura"),
])

h("one_night_stand", "fling", "positive", "paraphrase;emoji", "Tidewell", "tiktok", [
    ("c", "2025-02-28 03:12", "bought the jelly cleanser at 3am because of this video. I'm not a routine person and I'm not about to become one, this is a one-and-done, no regrets 😭"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase", "Studio Lacquer", "email", [
    ("c", "2024-10-08 09:45", "Hi,\n\nI'm a freelance makeup artist and your setting spray and the neutral palette are permanent fixtures in my bridal kit. Could you set me up with a trade account? I go through six to eight setting sprays a season across clients, and an invoice showing VAT would make my accountant very happy.\n\nDee Okafor\nOkafor Bridal Artistry"),
])

h("colleagues", "basic_exchange", "positive", "paraphrase;routine_question", "Wool & Weft Home", "ig_dm", [
    ("c", "2025-01-21 15:10", "Hi! I manage four holiday lets in the Lakes and we kit them all out with your waffle towels. Guests comment on them and they survive the commercial laundry, which most don't. Do you do a trade price for 40+ towels? Need them before the Easter changeover."),
    ("a", "2025-01-21 16:02", "Hi! Yes, we do trade pricing from 30 pieces, I've sent the price list to your inbox."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
QUOTED = re.compile(r"(?m)^>.*$")
SIGNATURE = re.compile(r"\n--\n[\s\S]*?(?=\n>|\Z)")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"SPF", "VIP", "VAT", "PSA", "UPS", "DPD", "FAQ", "XXL"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|theyre|youre|"
                   r"recieve\w*|definately|wierd)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|idc|istg|lmao)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = re.compile(r"\b(lov|loyal|famil|communit|always|part of|home|regular|forever|"
                        r"obsess|bestie|valued)", re.I)
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words should sit in a history whose trap tags explain it. Reported only.
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
         "trust", "generations", "avoid", "disputed", "family", "scam"}
# comments and DMs are short; reviews and e-mails may run longer
MAX_LEN = {"ig_comment": 300, "tiktok": 300, "ig_dm": 600, "review": 900, "email": 1200}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without the e-mail it quotes and without its signature."""
    return QUOTED.sub("", SIGNATURE.sub("\n", text))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    for t in cust:
        assert len(t) <= MAX_LEN[ch], (x["brand"], len(t))
    # site reviews (and only they) open with a five-place star rating; each message of a
    # review history is a review of its own
    for t in cust:
        m = STARS.match(t)
        assert bool(m) == (ch == "review"), (ch, t[:30])
        if m:
            assert len(m.group(1)) + len(m.group(2)) == 5, t[:30]
    # photos are described in brackets, only in reviews
    assert not any("[photo" in t for t in cust) or ch == "review", x["brand"]
    # quoted e-mails and signatures only in e-mails, and tagged exactly when present
    assert ("quoted_reply" in tags) == bool(QUOTED.search("\n".join(cust))), x["brand"]
    assert ("signature" in tags) == any(SIGNATURE.search(t) for t in cust), x["brand"]
    if tags & {"quoted_reply", "signature"}:
        assert ch == "email", x["brand"]
    # what the tags promise is in the customer's own words, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(AGENT_WARM.search(t) for t in agent), x["brand"]
    # no retweets or quoted tweets in this genre
    assert not tags & {"retweet", "quoted_tweet"}, x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 60
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 3 for n in (2, 3, 4, 5)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag"):
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
