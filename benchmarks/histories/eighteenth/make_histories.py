#!/usr/bin/env python3
"""Invented development histories e001..e080 for relradar (eighteenth set).

Genre: public text mostly. Product and app-store reviews with star ratings (some with the
seller's or developer's reply), star-rated hotel and restaurant reviews with the manager's
answer, tweets and replies to brand handles (lower case, typos, hashtags, emoji, retweets,
quoted tweets), forum and Reddit posts about brands, and a few support chats. All texts, names,
handles, brands, addresses (example.com) and numbers are invented. Each history is written under
its intended label; ids are assigned by a seeded shuffle (seed 1818) of the harness's type mix so
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
PREFIX = "e"
SEED = 1818
TRAPS = TRAPS | {
    "public_post",      # a public review, tweet or forum/Reddit post, not a private support contact
    "quoted_cue",       # a cue word appears only inside quoted text (a quoted reply or quoted tweet)
    "rating_mismatch",  # the star rating says the opposite of the words (code the words)
    "truncated"}        # a review cut off by the site ("... More")

# where a history was posted: a product or app review, a hotel or restaurant review, a tweet
# thread, a forum or Reddit post, or a private support chat
CHANNELS = ("review", "hotel", "tweet", "forum", "chat")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent/manager."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "positive", "strong_words;product_attribute;agent_cues;public_post", "Quillon Kitchen", "review", [
    ("c", "2025-02-16 19:22", "★★★★★ Absolutely love this blender, best purchase I've made all year!! Crushed a whole tray of ice in about four seconds, the soup programme actually heats the soup (didn't believe the other reviews), and it's quieter than my old one by a mile. The jug is heavy but that's how you know it's solid. Just buy it."),
    ("a", "2025-02-17 09:05", "Thank you so much for the wonderful review! We love hearing from members of the Quillon family and we're thrilled the soup programme won you over. Enjoy every smoothie! – The Quillon Team"),
])

h("undetermined", "", "negative", "single_incident;short_signal;hashtag;caps;other_type_cue;agent_cues;public_post", "Heronwing Airlines", "tweet", [
    ("c", "2025-03-08 14:47", "@HeronwingAir 3 hours sat on the tarmac at Bristol, air con off, and not ONE update from the flight deck. absolute shambles #HW412"),
    ("a", "2025-03-08 14:58", "Hi Tom, we're really sorry for the wait on HW412 today. Loyal flyers like you deserve better and we'll make sure your feedback reaches our crew team. ^KB"),
    ("c", "2025-03-08 15:03", "a link to the delay compensation form would be more use than a feedback loop tbh"),
])

h("undetermined", "", "mixed", "bug_report;symptom;agent_cues;public_post", "Pixelmoth", "review", [
    ("c", "2025-04-02 23:10", "★★★★★ Editing tools are great but it crashes every time I try to export anything longer than 30 seconds. Pixel 8, Android 15, app version 9.4.0. Tried clearing the cache and reinstalling, same thing. Please fix, it's unusable for reels right now."),
    ("a", "2025-04-04 10:12", "Hi! Thanks for being part of the Pixelmoth community 💜 Our team has reproduced the long-export crash on Pixel 8 and a fix is going out in 9.4.2 this week. We really appreciate your patience!"),
])

h("undetermined", "", "neutral", "routine_question;short_signal;typos;public_post", "Bramblebank", "tweet", [
    ("c", "2025-01-21 08:15", "@BramblebankHelp quick one, on the new joint account can both of us set up standing orders or only the primary holder? cant find it anywhere in the app"),
    ("a", "2025-01-21 08:40", "Morning Priya! Both account holders can set up and cancel standing orders. In the app go to Payments > Regular payments > New. Shout if you get stuck ^RM"),
    ("c", "2025-01-21 08:44", "found it, ta"),
])

h("undetermined", "", "neutral", "retweet;news_share;routine_question;public_post", "Corvid Mobile", "tweet", [
    ("c", "2025-02-27 12:02", "RT @FinWireDaily: Corvid Mobile to raise monthly prices by 6.4% from April, blaming energy and network costs. Pay-monthly customers will be notified by text."),
    ("c", "2025-02-27 12:09", "anyone know if this applies to SIM-only or just handset contracts? @CorvidMobile"),
    ("a", "2025-02-27 13:30", "Hi Jake, the April change applies to pay-monthly plans including SIM-only. Your exact new price will be in a text at least 30 days before. ^DL"),
])

h("undetermined", "", "negative", "competitor;emoji;short_signal;public_post", "Gobbly", "tweet", [
    ("c", "2025-05-11 19:40", "@GobblyEats not to be that person but @MunchRun's live map shows the actual rider on an actual street. yours shows a cartoon scooter vibrating over my postcode for 25 mins 👀"),
])

h("undetermined", "", "positive", "for_work_occasion;agent_cues;public_post", "Hotel Ondine", "hotel", [
    ("c", "2025-06-03 21:10", "★★★★☆ Stayed here for work, three nights during the packaging trade fair. Room was quiet even though it faced the street, the desk was big enough for an actual laptop, and the wifi held up through two video calls. Breakfast pastries excellent, coffee less so. Ten minutes' walk to the metro."),
    ("a", "2025-06-05 11:30", "Dear guest, obrigado for your lovely words! We hope next time you can stay for pleasure, and we will be delighted to welcome you back as part of the Ondine family. I have shared your note about the coffee with our breakfast team. Warmly, Inês Carvalho, Guest Experience Manager"),
])

h("undetermined", "", "mixed", "product_attribute;mixed_aspects;public_post", "Pinewick Candles", "review", [
    ("c", "2025-10-19 16:05", "★★★☆☆ The Guilty Pleasure scent (salted caramel and tonka) smells incredible in the jar but once it's lit I can barely smell it from the sofa. Burns evenly, no tunnelling, lovely tin. Would try a different scent before I'd rebuy this one."),
    ("a", "2025-10-20 09:12", "Hi Megan, thanks for the honest review! Guilty Pleasure is one of our softer throws; Bonfire Toffee is much stronger if you'd like something similar. – Ros at Pinewick 🕯️"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;short_signal;hashtag;public_post", "Fernway Rail", "tweet", [
    ("c", "2025-09-15 17:58", "oh brilliant @FernwayRail, a 'minor signalling fault' and now i get a bonus 90 minute sightseeing tour of the Didcot Parkway car park. really living the dream 🙃 #fernwayfail"),
])

h("undetermined", "", "neutral", "symptom;routine_question;agent_cues", "Mossgrove", "chat", [
    ("c", "2025-11-02 10:14", "Hi, my Rover S3 gets stuck under the sofa every single time it does the living room and then beeps until someone rescues it. Is there a way to block that area off without the magnetic strip?"),
    ("a", "2025-11-02 10:15", "Hi there, thanks for chatting with Mossgrove! We love having you as part of the Mossgrove family 🏠 Yes: open the app, go to Map > Edit > No-Go Zones and draw a box around the sofa. It'll stay in place for every clean."),
    ("c", "2025-11-02 10:21", "Done that, it's going round it now. Thanks."),
])

h("undetermined", "", "negative", "caps;single_incident;not_chosen;strong_words;public_post", "Parcelhop", "review", [
    ("c", "2025-12-06 13:30", "★☆☆☆☆ DRIVER THREW MY PARCEL OVER A SIX FOOT GATE. Laptop inside. Screen cracked. I have the whole thing on the doorbell camera. I didn't even choose you lot, the shop did, and now I'm told I have to claim through the shop. Absolute cowboys."),
])

h("undetermined", "", "mixed", "mixed_aspects;occasion;truncated;agent_cues;public_post", "Saltmarsh Inn", "hotel", [
    ("c", "2025-07-28 20:45", "★★★☆☆ We came for my dad's 70th and the view from the dining room is worth the trip on its own, and the breakfast kippers were the best we had on the whole coast. But room 4 smelt of damp, the shower went cold on two mornings, and the 'sea view' was half a car park. Staff were kind when we mentioned it and knocked ... More"),
    ("a", "2025-07-30 09:00", "Dear Mr Hallett, thank you for celebrating such a special birthday with us. We are so sorry about room 4; the bathroom is being refitted this autumn. We hope to welcome the whole family back to the Saltmarsh, where you will always be treated as one of our own. Warm regards, Bryony (Manager)"),
])

h("undetermined", "", "positive", "single_thanks;emoji;short_signal;public_post", "Cinder Roast", "tweet", [
    ("c", "2025-08-12 09:31", "@CinderRoast the barista at your Leith Walk shop ran half a block after me this morning with the phone i'd left on the counter. absolute legend. please give her a biscuit or a raise 🙏"),
    ("a", "2025-08-12 09:50", "This made our morning! That'll be Aoife – we'll make sure she gets both 😄 ^CR"),
])

h("undetermined", "", "neutral", "product_attribute;routine_question;short_signal;public_post", "Wrenfield Cinemas", "tweet", [
    ("c", "2025-03-19 22:05", "@WrenfieldCinema thinking about the Film Addict card. how many films a month before it actually pays for itself vs just buying tickets?"),
    ("a", "2025-03-19 22:30", "Hi! At standard prices the Film Addict card pays for itself from your 2nd film each month, and it includes 10% off snacks 🍿 ^WC"),
])

h("undetermined", "", "neutral", "bug_report;symptom;agent_cues;public_post", "StrideLoop", "forum", [
    ("c", "2025-05-06 07:52", "[Bug] HR zones reset to default after every sync\n\nAndroid 14, Galaxy S22, StrideLoop 5.2.1, paired with a Tallis chest strap.\n\nSteps: set custom zones in Profile > Training zones, save, sync the watch. Open the app again: zones are back to the default 5-zone template.\n\nExpected: custom zones stay. Happens on every sync, tried logging out and back in."),
    ("a", "2025-05-06 12:20", "Thanks so much for the super clear report, and for being such an awesome part of our community! 🙌 We've reproduced it and the fix is in the 5.2.2 beta. – Mo, StrideLoop Community Team"),
    ("c", "2025-05-09 18:03", "Confirmed fixed in the 5.2.2 beta. Zones survived four syncs. Thanks."),
])

h("undetermined", "", "positive", "strong_words;caps;agent_cues;public_post", "Noodle Kin", "hotel", [
    ("c", "2025-01-25 21:40", "★★★★★ BEST ramen in Manchester, hands down, no arguments. The tonkotsu broth is unreal and the chashu just falls apart. Queue was 40 minutes in the rain and I'd do it again tomorrow!!!"),
    ("a", "2025-01-27 10:00", "Thank you! We love our Noodle Kin regulars and can't wait to see you back in the queue soon 🍜"),
])

h("undetermined", "", "negative", "rating_mismatch;strong_words;single_incident;public_post", "Drovers Car Hire", "review", [
    ("c", "2025-08-22 11:05", "★★★★★ Five stars only so this sits at the top where people will see it. Worst rental experience of my life. The Faro desk charged me £380 for a 'scratch' that is marked on the damage sheet they gave me at collection. I have the sheet, I have photos, I have the time stamps. Now disputing it with my card provider."),
    ("a", "2025-08-25 15:40", "Dear customer, we're sorry to hear about your experience. Damage charges are assessed by our independent inspection team. Please email claims@drovers.example.com with your agreement number and we will review."),
    ("c", "2025-08-25 18:12", "Already sent, twice. Agreement DRV-88310. Waiting."),
])

h("undetermined", "", "neutral", "third_party;routine_question;public_post", "Harbourlight Insurance", "forum", [
    ("c", "2025-04-14 20:20", "My mum's home insurance is with Harbourlight and she's found a leak under the kitchen floor (we can hear it, can't see it). Does anyone know if 'trace and access' is normally part of their standard buildings cover, or is it an add-on? Her policy booklet is 60 pages and I can't find it anywhere. Thanks."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "Corvid Mobile", "chat", [
    ("c", "2025-06-17 18:30", "Hi, I'm getting a new phone on Friday. Can I move my eSIM over myself or do I need to order a new one?"),
    ("a", "2025-06-17 18:31", "Hello, you're chatting with Aaron 😊 As a valued member of the Corvid family, you can transfer your eSIM for free! Are you moving between two iPhones?"),
    ("c", "2025-06-17 18:32", "Pixel to iPhone"),
    ("a", "2025-06-17 18:35", "No problem. On the day, go to My Corvid > SIM settings > Transfer eSIM and a QR code will be emailed to you. Anything else I can help with today?"),
    ("c", "2025-06-17 18:36", "No, that's it, thanks"),
])

h("undetermined", "", "negative", "employee;public_post", "Parcelhop", "forum", [
    ("c", "2025-10-07 21:15", "Anyone else on the Hemel depot getting 180+ stops on a Tuesday now? Manager keeps saying it's 'temporary peak'. It's October. Been driving for Parcelhop three years and the routes have never been this stupid. Half of it is doubling back round the same estate."),
])

h("undetermined", "fleeting_acquaintance", "negative", "loyal_grievance;first_time_loyal_claim;short_signal;agent_cues;public_post", "Thistle & Thread", "tweet", [
    ("c", "2025-09-02 12:44", "@ThistleThread so the 20% code is for 'loyal members' only?? placed my very first order last week, full price, and now feel like a second class customer lol. loyal customers deserve it but so do new ones"),
    ("a", "2025-09-02 13:10", "Hi Ella! Thread Circle members get early access codes, but we'd love you to join – it's free and you'll get 15% off your next order 🧵 ^TT"),
    ("c", "2025-09-02 13:15", "ok fine that's fair i'll sign up"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;emoji;public_post", "Vellum Energy", "tweet", [
    ("c", "2025-06-10 08:02", "thanks @VellumEnergy for the 'estimated' bill of £612 for a one-bed flat. in May. with the heating off. really feeling the warmth from you guys 😂🔥 meter photo attached"),
    ("a", "2025-06-10 08:30", "Hi Sophie, sorry about that! I've updated your account with the reading in your photo and your new bill is £48.17. The corrected bill will be in your app within 24 hours. ^PW"),
    ("c", "2025-06-10 08:41", "ok that's more like it. cheers"),
])

h("undetermined", "dealer_addict", "positive", "idiom;other_type_cue;emoji;short_signal;public_post", "Mapleburst", "tweet", [
    ("c", "2025-11-18 23:12", "i would sell my own brother for one of @Mapleburst's pistachio rings right now. revision week is brutal 😭🍩"),
])

h("undetermined", "fleeting_acquaintance", "positive", "occasion;strong_words;agent_cues;public_post", "Osteria Pellucci", "hotel", [
    ("c", "2025-02-15 10:20", "★★★★★ Booked for our tenth wedding anniversary and they made it magical. Candle on the table, the waiter wrote 'auguri' in chocolate on the plate, and the osso buco was the best thing I've eaten this year. Pricey but worth it. We'll be back, no question."),
    ("a", "2025-02-16 12:00", "Cari Laura e Ben, tanti auguri! It was our joy to be part of your special night. From now on you are part of the Pellucci family – we can't wait to welcome you home. Paolo"),
])

h("undetermined", "", "neutral", "quoted_tweet;quoted_cue;routine_question;public_post", "Greymantle Games", "tweet", [
    ("c", "2025-04-08 17:30", "wait does cross-save include iOS to Android or just console?? asking for my entire save file [quoting @GreymantleGames: \"Castlefall 4.0 drops Thursday: guild raids, a brand new map, and cross-save at last. Thank you to the most loyal Wardens in gaming 🛡️\"]"),
    ("a", "2025-04-08 17:52", "Cross-save covers iOS, Android and PC at launch; consoles follow in the summer! ^GG"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm;emoji;typos;hashtag;agent_cues;public_post", "Tidewater Cable", "tweet", [
    ("c", "2025-03-03 19:05", "@TidewaterCable and here we go, month four of 'the credit will appear on your next bill'. spoiler: it won't. see you on the phone tomorrow i guess, same time, same hold music"),
    ("a", "2025-03-03 19:20", "Hi Dana, we'd love to help get this sorted for you! Please DM us your account number and we'll take a look 💙 ^LW"),
    ("c", "2025-03-03 19:26", "ive got a folder of chat transcripts thicker than my lease at this point. DMing you for round five. ding ding 🥊"),
    ("c", "2025-03-04 11:47", "update for the 3 people following this saga: credit applied 'manually'. place your bets on whether it survives to april #round5"),
])

h("adversaries", "", "negative", "paraphrase;quoted_reply;routine_question;public_post", "Veritrue Credit", "forum", [
    ("c", "2025-05-20 21:00", "Fourth dispute letter gone to Veritrue this year, same closed store card that keeps coming back from the dead. Their reply to the last one, word for word:\n\n> We have completed our investigation. The information has been verified as accurate by the data furnisher. Thank you for being a valued Veritrue member.\n\nIt was closed in 2019. I have the closure letter. Every round they 'verify' it inside 30 days and a month later it's back on the report. Does anyone have a dispute template that actually lands with them, or do I just accept this is my yearly hobby now?"),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;agent_cues", "Bramblebank", "chat", [
    ("c", "2025-04-01 09:02", "Morning. Same £35 'unarranged overdraft' fee as the last three months: on in January, reversed, on in February, reversed, on in March, reversed. It's back. Reference from the last chat is BB-22841, I'll save us both the recap."),
    ("a", "2025-04-01 09:04", "Good morning and thank you for reaching out! We truly value you as a long-standing Bramblebank customer and we're here to help. Let me look at that for you now."),
    ("c", "2025-04-01 09:05", "Appreciated, but I don't need valuing, I need the monthly charge-and-reverse routine to stop. The overdraft was closed in December. Please reverse it and flag the account so it stops regenerating."),
    ("a", "2025-04-01 09:12", "I've reversed the £35 and raised a fix request with our lending team, reference BB-30190. I'm sorry this has kept happening."),
    ("c", "2025-04-01 09:13", "Thanks. See you in May, probably."),
])

h("adversaries", "", "negative", "paraphrase;negation;other_type_cue;public_post", "Harbourlight Insurance", "tweet", [
    ("c", "2025-01-13 16:40", "Day 47 of my @HarbourlightIns escape-of-water claim. They've lost the photos for the third time. I now keep a spreadsheet about it. With tabs. Colour-coded tabs."),
    ("c", "2025-01-29 10:12", "Update: photos found! Now they need the plumber's invoice I sent on 3 December. We go again. @HarbourlightIns"),
    ("a", "2025-01-29 10:40", "Hi Neil, I'm sorry for the repeat request. Please DM your claim number and I'll chase the invoice internally. ^SB"),
    ("c", "2025-02-18 09:05", "and the renewal came through today, up 22%. i'll stay, because switching mid-claim would be worse. i don't hate you, i just know exactly how every call with you is going to go now"),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;quoted_tweet;news_share;emoji;agent_cues;public_post", "Gobbly", "tweet", [
    ("c", "2025-07-04 20:10", "this 👇 is why I deleted @GobblyEats tonight. they squeeze the kitchens, squeeze the riders, then charge ME a 'service fee'. order from your local direct, they'll thank you [quoting @LocalEatsNews: \"Gobbly raises restaurant commission to 32% as rider pay per drop falls again\"]"),
    ("a", "2025-07-04 20:25", "Hi Chris, we'd hate to see you go 💚 Restaurants on Gobbly choose their own plan, and riders earn more than ever at peak times. DM us and we'll share the details ^AN"),
    ("c", "2025-07-04 20:31", "you've already seen me go. and the 40 people in my street whatsapp are getting the same link i just posted"),
])

h("enemies", "", "negative", "paraphrase;other_type_cue;quoted_reply;quoted_cue;public_post", "Roamly", "forum", [
    ("c", "2025-09-21 01:34", "PSA for anyone in Bristol: don't get in a Roamly.\n\nA surge 'glitch' charged me £94 for a 12-minute ride home. Their support bot closed the ticket twice with 'fare confirmed'. Scroll their own subreddit, it's the same story every day.\n\nUninstalled, card removed, reported to Trading Standards. Whenever someone in this sub asks which ride app to use, I'm linking this post. They've earned it."),
    ("c", "2025-09-22 08:10", "Edit: a 'Roamly Community Specialist' messaged me this morning:\n\n> Hi! We're sorry about your experience and would love to keep you as part of the Roamly family. Here's £10 of credit on us 💛\n\nI don't want credit in an app I've deleted. Keep your tenner and refund the £94."),
])

h("enemies", "", "negative", "paraphrase;agent_cues;public_post", "Drovers Car Hire", "review", [
    ("c", "2025-10-02 14:00", "★☆☆☆☆ I'd rather walk from the airport than use this lot again. It's a racket with a rental desk bolted on the front: compulsory 'tyre and glass' extras, a fuel 'service charge' on a full tank, and a two-hour queue designed to make you sign anything. Go literally anywhere else in the arrivals hall."),
    ("a", "2025-10-04 09:30", "Dear guest, we value every customer and are sorry you feel this way. All optional extras are clearly explained at the desk and in our terms and conditions."),
    ("c", "2025-10-04 12:15", "\"Optional\" extras the agent said I couldn't leave without. Your reply proves my point. Everyone in my office who flies out of Faro has now heard this story, and so has my sister's hen party."),
])

h("enemies", "adversaries", "negative", "paraphrase;evolving;public_post", "Lumenreel", "tweet", [
    ("c", "2025-11-03 09:12", "@Lumenreel you've charged me again after I cancelled in September. that's October and November. screenshots of the cancellation email attached"),
    ("a", "2025-11-03 09:40", "Hi Rob, sorry about this! Please DM us your account email and we'll investigate ^JS"),
    ("c", "2025-11-10 18:22", "a week of DMs, two 'escalations' and a promised callback that never came. still charged."),
    ("c", "2025-11-24 20:05", "done with you. chargeback filed with my bank, and the whole thread is going on the consumer forum so nobody else believes the 'cancel in one click' line. you won't see another penny from this house and i'm telling anyone who'll listen why"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;competitor;public_post", "Cinder Roast", "tweet", [
    ("c", "2025-01-06 08:20", "six years of the same 8am flat white at @CinderRoast Stockbridge, and today: cups shrunk, oat milk now +60p, stamp cards quietly binned. didn't think a coffee chain could make me feel ghosted but here we are"),
    ("a", "2025-01-06 08:45", "Hi Fiona, we really value loyal regulars like you and we're sorry the changes feel this way. Stamps now live in the Cinder app, where you earn beans on every cup ☕ ^CR"),
    ("c", "2025-01-06 09:02", "'beans'. right. the place across the road does a bigger cup for less and the girl there doesn't make me download anything. think that's me"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;negation;agent_cues;public_post", "Lingolark", "review", [
    ("c", "2025-02-12 07:30", "★★☆☆☆ EDIT Feb 2025: I gave this five stars in 2021 and meant every one of them. 412-day streak, got half my office on it, did Spanish every morning on the bus. Since the redesign the free tier is an ad carousel with the occasional verb, and the hearts system punishes you for actually trying. I wouldn't call myself a fan anymore. Ending the streak today, on purpose, and it feels weirdly sad."),
    ("a", "2025-02-13 10:15", "Hola! We're so sad to see this, and we love our streak champions 💚 Lingolark Plus gives you unlimited hearts and no ads – try it free for 14 days!"),
    ("c", "2025-02-13 12:40", "That reply is the whole problem in one sentence."),
])

h("ex_friends", "old_friends", "negative", "paraphrase;evolving;agent_cues;public_post", "The Marrowby", "hotel", [
    ("c", "2023-12-28 15:10", "★★★★★ Christmas number ten at the Marrowby. Same room, same wonky window, Mrs Kaye's mince pies waiting on the dresser, and the barman remembered my husband's awful sherry. Walking into the snug on Christmas Eve is the moment the year ends for us. Long may it carry on."),
    ("a", "2023-12-29 09:30", "Dear Mrs Aldous, ten Christmases! Thank you, the mince pies will be waiting next year. Mrs Kaye"),
    ("c", "2025-12-29 16:00", "★★☆☆☆ We have spent every Christmas at the Marrowby since 2014. It was our place: the fire in the snug, Mrs Kaye's mince pies on arrival, the same room with the wonky window. This year, under the new owners, the snug is a 'co-working lounge', the pies are from a packet, and nobody knew who we were. I know businesses change. But the magic has gone, and I'm afraid next Christmas, so will we."),
    ("a", "2025-12-31 11:00", "Dear Mrs Aldous, thank you for so many wonderful Christmases with us. The Marrowby will always be your home from home and we would love to welcome you back to show you our refreshed spaces. Warmest wishes, Daniel Frost, General Manager"),
])

h("ex_friends", "", "negative", "paraphrase;quoted_reply;quoted_cue;other_type_cue;routine_question;public_post", "Dewbloom", "forum", [
    ("c", "2025-03-30 13:15", "Dewbloom reformulated the Cloud Cream and didn't say a word. I've repurchased it for five years, got my sister and my mum onto it, it was the one product I never had to think about. The new batch broke me out in a week (the new ingredient list has fragrance near the top). Emailed them and got this back:\n\n> We're so sorry to hear this! Loyal customers like you mean the world to us. Our improved formula has been extensively tested.\n\nImproved. Right. It feels like finding out a friend has been fibbing to you for months. Not buying from them again. Has anyone found a dupe of the old formula?"),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;agent_cues;public_post", "Sleepwright", "review", [
    ("c", "2025-05-12 21:30", "★★★★★ This is the third Sleepwright in our house: ours (2019), the spare room, and now our son's first big-boy bed. I don't even open other mattress websites anymore, and when the sofa bed finally dies it'll be one of theirs too. There aren't many companies I'd put my name to, but I'd put my name to these people."),
    ("a", "2025-05-13 09:00", "Wow, thank you! We love our Sleepwright families and we hope your little one has the best sleeps 💤"),
])

h("marriage_partners", "old_friends", "positive", "negation;paraphrase;caps;public_post", "Cobblestone Cycles", "forum", [
    ("c", "2025-06-22 19:44", "Re: best bike shop in south Leeds?\n\nI wouldn't call myself loyal to anything, I'm a chronic shopper-arounder for insurance, phones, the lot. Cobblestone Cycles is the exception. Every bike I've owned since 2012 has come from them, and when I moved out to Rothwell I kept riding 40 minutes across the city for servicing. Marco will tell you when NOT to spend money. My bikes aren't going anywhere else, ever."),
])

h("marriage_partners", "", "positive", "paraphrase;emoji;short_signal;public_post", "Kettleby Pet Food", "tweet", [
    ("c", "2025-04-03 18:12", "@KettlebyPet three dogs, eleven years, not one bag of anything else in this house. the day you stop making the lamb & rice is the day i learn to cook for dogs 🐾❤️"),
    ("a", "2025-04-03 18:30", "This has made the whole team smile! Give the pack a scratch from us – we're not going anywhere 🐶 ^KP"),
    ("c", "2025-04-03 18:33", "🥹 good"),
])

h("marriage_partners", "", "positive", "paraphrase;other_type_cue;agent_cues;public_post", "Auralux", "review", [
    ("c", "2025-11-28 20:10", "★★★★★ Everyone says they 'love' their headphones, so let me be specific: it's the company. I've bought every Auralux generation since the wired Aura 1 in 2016, both warranty repairs were sorted in under a week, and I honestly can't picture another brand's logo on my head. These new Halo 3s are the best yet, but I'd have bought them whatever they were like."),
    ("a", "2025-11-29 10:00", "Thank you for being part of the Auralux family since the very beginning! Reviews like this make our week 🎧"),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;caps;agent_cues;public_post", "Heronwing Airlines", "tweet", [
    ("c", "2025-02-04 07:15", "@HeronwingAir 38 flights with you this year and your Gatwick lounge staff asked for my boarding pass TWICE, as though I'd wandered in off the concourse. Someone with my record should be greeted at that door, not interrogated at it."),
    ("a", "2025-02-04 07:40", "Good morning Mr Varga, we truly value our most loyal flyers and we're sorry your lounge visit fell short. Please DM us and we'll look into it ^KB"),
    ("c", "2025-02-04 07:44", "I don't want a DM and I don't want 'fell short'. I want a call from someone senior before I land in Geneva, and I'd like them to already know who I am when they ring."),
])

h("master_slave", "ex_friends", "negative", "paraphrase;tenure_for_complaint;caps;agent_cues;public_post", "Osteria Pellucci", "hotel", [
    ("c", "2025-03-22 23:05", "★★☆☆☆ Eight years as a regular, usually twice a month, and tonight I was put by the kitchen door while a table of walk-ins took the window. I should never have to ASK for my table. Paolo knows exactly who I am and what I spend here. Sort it out or I'll take my Friday nights somewhere that remembers me."),
    ("a", "2025-03-23 12:00", "Caro Signor Brandt, you are family to us and we are mortified. The window table is yours on Friday, with a glass of something special on the house. Paolo"),
])

h("master_slave", "", "negative", "paraphrase;agent_cues", "Thistle & Thread", "chat", [
    ("c", "2025-10-14 15:20", "Hello. I've been sent a link to 'print your returns label'. I spend more with Thistle & Thread in a season than most of your customers do in five years. I don't print labels."),
    ("a", "2025-10-14 15:21", "Hi Victoria! We love our Thread Circle Gold members so much 💛 Let me help. You can also drop returns at any Parcelhop locker with a QR code, no printing needed!"),
    ("c", "2025-10-14 15:23", "I'm not queueing at a locker either. Have a courier at my house tomorrow before ten, and put a note on my account so I'm not explaining this to the next person."),
    ("a", "2025-10-14 15:30", "Of course. I've booked a collection for tomorrow 8-10am and added a note to your profile."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;public_post", "Greengage Grocers", "review", [
    ("c", "2025-08-03 10:30", "★★★★☆ Not a foodie, not fussy. Greengage own-brand is about half the price of the big names and I genuinely can't taste the difference in most of it. Midweek slots are free, and in two years of weekly shops I could count the substitutions on one hand. It's a supermarket doing supermarket things at a price I like, so I keep ordering. One star off because the app logs me out constantly."),
])

h("basic_exchange", "", "positive", "paraphrase;other_type_cue;negation;short_signal;emoji;public_post", "Corvid Mobile", "tweet", [
    ("c", "2025-07-19 13:13", "@CorvidMobile not writing you a love letter or anything but £8 a month, signal works, never once had to ring you. that's the whole relationship and i'm fine with it 👍"),
    ("a", "2025-07-19 13:40", "Honestly, we'll take it! Thanks for being with us 💙 ^DL"),
])

h("basic_exchange", "", "mixed", "paraphrase;mixed_aspects;public_post", "Ironhaven Gym", "review", [
    ("c", "2025-09-09 06:45", "★★★☆☆ Nothing special: the app is clunky, the squat racks are always taken after 5, and the music is a crime against ears. But it's £19.99 a month, it's open 24/7 and it's on my way home. I've renewed three times because nothing round here comes close for the money. Fix the class booking in the app and it's four stars."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;other_type_cue;emoji;public_post", "Brightmoor Books", "tweet", [
    ("c", "2025-12-20 16:20", "walked into @BrightmoorBooks today for the first time since moving to Glasgow and it's the same creaky stair, the same shop cat (a different cat? same attitude), the same smell. bought my first Discworld there aged 12 with birthday money. nobody pressed pause on that place 🥲📚"),
    ("a", "2025-12-20 16:45", "Welcome back! Mortimer the cat (the third of his name) sends his regards. Come say hello next time you're home 📚 ^BB"),
])

h("old_friends", "", "positive", "paraphrase;agent_cues;public_post", "Halberd Motors", "review", [
    ("c", "2025-05-30 12:00", "★★★★★ Bought my fourth car from Halberd's last week. Same salesman, Derek, who sold me my first Fiesta in 2003, both of us a good deal greyer now. We spent longer reminiscing about the old showroom with the tea urn than we did on the paperwork. Walking in there is like putting on an old jumper."),
    ("a", "2025-06-02 09:15", "Thank you! Derek says the tea urn is in his garage. We love being part of your story 🚗 – Halberd Motors"),
])

h("old_friends", "", "positive", "paraphrase;negation;public_post", "Hushmind", "review", [
    ("c", "2025-01-11 22:40", "★★★★★ I've had Hushmind since it was one rain-sounds track and a developer who answered emails himself at midnight. I don't open it every day like I did at uni, but when I do it's like seeing the same lamp on in the same window. Please never change the little bell at the end."),
    ("a", "2025-01-12 09:00", "This means so much. That developer still answers some emails (hi, it's me). The bell isn't going anywhere. – Tom, Hushmind"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;caps;public_post", "StrideLoop", "review", [
    ("c", "2025-03-03 07:10", "★★★★☆ Week one. Downloaded this after a podcast ad, never used a running app in my life. The couch-to-5k plan is gentle enough for a 44-year-old who gets out of breath on stairs, though the voice coach is a LOT. Ask me again after the free trial whether I've stuck with it."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;occasion;agent_cues;public_post", "Hotel Ondine", "hotel", [
    ("c", "2025-09-28 19:00", "★★★★☆ Our honeymoon week. We'd only ever booked big chains before, so a small boutique place was a bit of a leap for us. The staff were lovely, the rooftop at sunset was special, the room was tiny and the shower door didn't close. We'd give them another go next time we're in Lisbon."),
    ("a", "2025-09-30 10:00", "Dear newlyweds, parabéns! Thank you for choosing us for such a special week. You will always have a home with us in Lisbon. Inês Carvalho, Guest Experience Manager"),
])

h("fleeting_acquaintance", "colleagues", "neutral", "paraphrase;routine_question;agent_cues", "Tabulo", "chat", [
    ("c", "2025-02-24 10:02", "Hi, I'm on day two of the trial. Freelance illustrator, currently invoicing out of a very sad spreadsheet, just seeing whether this is worth switching to. Can I import my client list from a CSV?"),
    ("a", "2025-02-24 10:03", "Welcome aboard! 🎉 We love helping creatives get paid faster. Yes: Clients > Import > CSV. Name, email and address columns are mapped automatically."),
    ("c", "2025-02-24 10:09", "Great, that worked. I'll see how the first couple of invoices go before I commit."),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;other_type_cue;public_post", "Greymantle Games", "forum", [
    ("c", "2025-06-14 01:20", "I have uninstalled Castlefall four times this year. Four.\n\nEvery patch nerfs whatever I've spent the last month building, the event rewards are an insult, and matchmaking throws me at whales with their credit cards out. And yet it is 1am and I am doing the guild raid, because nothing else on my phone scratches the same itch. Greymantle, I resent how good your game is."),
    ("c", "2025-06-14 09:05", "Edit: to the 30 people in my DMs saying 'just quit bro', I have, repeatedly. It doesn't take."),
])

h("love_hate", "adversaries", "mixed", "paraphrase;caps;public_post", "Fernway Rail", "tweet", [
    ("c", "2025-10-21 18:40", "@FernwayRail the 17:12 was late AGAIN and i was raging for the full 40 mins. then the sunset over the estuary and the guard doing the announcements in rhyme and now i can't stay mad at you and honestly that's worse"),
    ("c", "2025-10-28 18:55", "@FernwayRail late again. i'm not falling for the estuary this time. (i am. it's very pretty. fix the signals)"),
])

h("love_hate", "", "mixed", "paraphrase;symptom;agent_cues;public_post", "Pixelmoth", "review", [
    ("c", "2025-07-07 12:00", "★★★☆☆ The best editor on a phone, full stop, and the most maddening thing on it. Half my exports fail on the first try, the subscription went up again in June, and I've cancelled twice this year. Both times I was back within a week because everything else makes my photos look like a crayon drawing. Three stars: one for the app, two deducted for what it does to me."),
    ("a", "2025-07-08 09:30", "Thanks for sticking with Pixelmoth through thick and thin 💜 Export reliability is our #1 priority this quarter!"),
])

# ================================================================ business_partners (2)

h("business_partners", "teammates", "positive", "paraphrase;agent_cues;public_post", "Lingolark", "forum", [
    ("c", "2025-04-10 20:00", "Feature requests from a secondary school teacher\n\nI've used Lingolark with my Year 9s for three years. Three things that would help people like us: (1) a teacher view that shows which verbs the whole class keeps missing, (2) an option to switch off hearts for students under 16, (3) offline packs for kids with no data. I've written these up properly with mock-ups if anyone on the team wants them, and I'm very happy to test anything in beta with my classes."),
    ("a", "2025-04-11 09:30", "This is brilliant, thank you! We love having educators in our community 💚 I've passed this on; please DM the doc link to @LingolarkTeam."),
    ("c", "2025-06-02 19:15", "Saw that (2) shipped in 6.1 with a shout-out to this thread. Genuinely chuffed, and the class noticed. Next on my list is still the teacher view; the mock-ups are in the same doc, updated."),
])

h("business_partners", "", "positive", "paraphrase;agent_cues;public_post", "Quillon Kitchen", "review", [
    ("c", "2025-10-05 17:30", "★★★★☆ Second Quillon appliance in this kitchen. For the product team, since someone clearly reads these: the jug markings are white on frosted plastic and impossible to read under a cooker-hood light. Raised or black markings would fix it. And please make the tamper dishwasher-safe, it's the one thing I still wash by hand. Otherwise a keeper."),
    ("a", "2025-10-06 10:00", "Thank you! We've shared both points with our design team. We love customers like you who help make Quillon better. – Sana, Quillon Kitchen"),
    ("c", "2025-10-06 19:40", "Good to hear. If you ever want someone to try a prototype jug in a dim kitchen, I'm your woman."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;caps;short_signal;hashtag;public_post", "Thistle & Thread", "tweet", [
    ("c", "2025-09-01 06:20", "the autumn drop from @ThistleThread is OUT and i ordered the rust corduroy two-piece at 6:02am like a woman possessed 🍂🍂 refreshing the tracking every 4 minutes. this is my entire personality until at least mid october #ThreadDrop"),
])

h("fling", "one_night_stand", "positive", "paraphrase;other_type_cue;public_post", "Glint Jewellery", "review", [
    ("c", "2025-05-25 22:10", "★★★★★ Saw these ear cuffs all over my feed for two weeks and caved. Wearing them nonstop this week and I feel like a slightly cooler, slightly more mysterious version of myself. Will I care in a month? No idea. Right now: obsessed."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;other_type_cue;agent_cues;public_post", "Bramblebank", "tweet", [
    ("c", "2025-08-19 20:30", "genuinely, @BramblebankHelp, when my husband died last spring you were the one company that didn't make me say it twice. Helen in your bereavement team rang me every week for a month, just to check."),
    ("c", "2025-08-19 20:31", "i've told her things i haven't told my own brother. i don't say this about banks. thank you."),
    ("a", "2025-08-19 20:50", "Thank you for sharing this with us, Margaret. I'll make sure Helen sees it. We're always here for you. ^RM"),
])

h("best_friends", "", "positive", "paraphrase;routine_question;agent_cues", "Vellum Energy", "chat", [
    ("c", "2025-11-12 17:00", "Hi, is Sam on today? No problem if not. I just wanted to say: in March you warned me my fixed deal was ending and that the renewal you'd offer would be worse for me, and pointed me at the tracker instead. Who does that? Since then I've asked you about the heat pump grant, my mum's meter, even whether a boiler quote was fair, and nobody has once tried to sell me anything. I'd take your word over my bank's any day."),
    ("a", "2025-11-12 17:02", "Hi Alun, Sam's not in today but I'll pass this on, it'll make her week. We're so glad to have you in the Vellum family! Anything we can help with today?"),
    ("c", "2025-11-12 17:05", "Actually yes: my winter direct debit went up £20. Is that right for my usage, or should I leave it?"),
    ("a", "2025-11-12 17:10", "Looking at your last 12 months you're slightly in credit, so you could safely bring it back down by £10. Want me to do that?"),
    ("c", "2025-11-12 17:11", "Yes please. See, this is what I mean."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji;short_signal;competitor;public_post", "Noodle Kin", "tweet", [
    ("c", "2025-02-20 12:30", "@NoodleKin you're in my lunch rotation, don't let it go to your head: mondays are you, thursdays are the pho place, fridays are whatever has the shortest queue. but your chilli oil is top tier and you know it 🌶️"),
    ("a", "2025-02-20 12:45", "We'll take Mondays and we'll take the compliment 😎 ^NK"),
])

h("buddies", "casual_acquaintance", "neutral", "paraphrase;negation;other_type_cue;competitor;public_post", "Lumenreel", "forum", [
    ("c", "2025-08-30 15:00", "My system for not paying for five streamers: one at a time, a month or two each, then rotate. Lumenreel comes round about twice a year: the documentaries are great, the rest is fine. I'm not married to any of them and they know it. Cancelling is two clicks, which is exactly why it keeps getting a turn."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;public_post", "Penny Ledger", "review", [
    ("c", "2025-04-27 21:10", "★★★★★ I check this app more than my messages. Thirty, forty times a day. My partner confiscated my phone for a weekend in Whitby and I genuinely got twitchy not being able to see my 'safe to spend' number. Send help, or don't, I'll be on the app either way."),
    ("a", "2025-04-28 09:00", "Ha! We promise 'safe to spend' will still be there after your holiday 😅 Thanks for the lovely review! – The Penny Ledger team"),
])

h("dealer_addict", "", "positive", "paraphrase;emoji;short_signal;idiom;typos;public_post", "Lumenreel", "tweet", [
    ("c", "2025-01-19 03:41", "@Lumenreel it's 3:40am, i have work at 8, and that autoplay countdown has me in a chokehold for the fourth night running. stop dropping whole seasons at midnight im begging you 😩"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji;short_signal;public_post", "Mapleburst", "tweet", [
    ("c", "2025-03-14 18:05", "shoutout to the @Mapleburst drive-thru lady who knows my order and also knows not to say it out loud when my running club mate is in the passenger seat 🤫🍩 what happens at the window stays at the window"),
])

h("secret_affair", "dealer_addict", "positive", "paraphrase;other_type_cue;public_post", "Fablewood Toys", "forum", [
    ("c", "2025-07-12 22:30", "I'm 38, I have a mortgage and a pension, and I buy the Fablewood blind-box hedgehogs 'for my niece'. My niece has never seen a single one. There are 23 of them in a shoebox at the back of my wardrobe and my husband thinks it's where I keep the tax paperwork. Tell me I'm not the only one."),
    ("c", "2025-07-13 10:00", "Edit: the Autumn Acorn one comes out on Thursday and I have already 'accidentally' put it in my basket."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;short_signal;typos;public_post", "Ashcombe Debt Recovery", "tweet", [
    ("c", "2025-06-05 12:10", "@AshcombeDR you have texted me 9 times this week about a 'Corvid Mobile balance'. ive never had a Corvid contract, ive never had anything with your firm, and i have no idea how you got this number. stop."),
    ("a", "2025-06-05 12:40", "Hi, to discuss an account please DM us your full name, date of birth and postcode so we can locate it. ^AR"),
    ("c", "2025-06-05 12:44", "i'm not giving my date of birth to a company i've never dealt with in my life. find your own mistake"),
])

h("complete_strangers", "", "negative", "paraphrase;agent_cues", "Dewbloom", "chat", [
    ("c", "2025-08-08 14:00", "Hello. I'm receiving three emails a week from Dewbloom about 'your skin journey', sent to r.mensah@example.com. I have never bought anything from you, never made an account, and the name meant nothing to me until these started. Please delete whatever you hold on me."),
    ("a", "2025-08-08 14:01", "Hi there! We'd love to welcome you into the Dewbloom family 🌸 As a thank-you for reaching out, here's 15% off your first order: GLOW15"),
    ("c", "2025-08-08 14:02", "I'm not joining anything. I'd like written confirmation that my data has been deleted, under GDPR."),
    ("a", "2025-08-08 14:08", "Apologies. I've unsubscribed you and raised an erasure request (ref DB-7731). You'll get confirmation by email within 30 days."),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;public_post", "Saltmarsh Inn", "hotel", [
    ("c", "2025-04-20 17:30", "★★★★☆ We end up at the Saltmarsh maybe once every couple of years, usually when we're heading for the early ferry. Nothing fancy, never a let-down, and the landlord half-remembers us, which suits us fine. Good chips."),
    ("a", "2025-04-22 09:00", "Lovely to see you again! We'll have the chips on for next time. Bryony (Manager)"),
])

h("casual_acquaintance", "", "neutral", "paraphrase;negation;routine_question;short_signal;public_post", "Wrenfield Cinemas", "tweet", [
    ("c", "2025-12-01 19:00", "@WrenfieldCinema not a regular by any means, i go when something big's out, three or four times a year. q: does the student discount work on IMAX screenings or just standard?"),
    ("a", "2025-12-01 19:20", "Hi! Student discount works on IMAX too, just show your card at the kiosk 🎬 ^WC"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;agent_cues;public_post", "StrideLoop", "forum", [
    ("c", "2025-10-12 14:10", "Saturday crew report 🏃‍♀️ Fourteen of us from the StrideLoop Leeds club board did the Roundhay 10k. Half of us had never met in person before today, all of us have been nagging each other through the app since June. Shoutout to the StrideLoop folks who put the meet-up pin on the map for us. Same again for the half in March?"),
    ("a", "2025-10-12 16:00", "This is amazing! We love our community so much 🙌 Count us in for March – we'll sort some kit for the group. – Mo, StrideLoop Community Team"),
    ("c", "2025-10-12 16:30", "Deal. I'll start the sign-up thread."),
])

h("teammates", "business_partners", "positive", "paraphrase;bug_report;public_post", "Mossgrove", "forum", [
    ("c", "2025-03-05 21:00", "PSA for new Rover owners: the map-merge bug after the 2.8 update is known. A few of us in this thread worked out a workaround last night (save map, factory reset the dock, restore map; steps in the first comment). We've been sending logs to the Mossgrove firmware people all week and they've been great at answering in here. This is what the forum's for, so keep posting your logs."),
    ("a", "2025-03-06 10:00", "Huge thanks to everyone here, especially for the logs. A fix is in testing for 2.8.1. – Kofi, Mossgrove Firmware"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;other_type_cue;agent_cues;public_post", "Copperpot", "review", [
    ("c", "2025-01-30 19:30", "★★★★★ My nan's Copperpot stockpot is older than my mum. Mum's came as a wedding present in 1989. Last week I bought my own with my first proper paycheck, and I rang them both from the shop. Three generations of questionable soup, one make of pan."),
    ("a", "2025-01-31 10:00", "This is the loveliest review we've ever had. Welcome to the Copperpot family (officially)! 🍲"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;routine_question;public_post", "Pellbrook Building Society", "forum", [
    ("c", "2025-02-08 11:00", "Honest question: am I daft for never shopping around for savings? Pellbrook is where my grandparents banked, where my parents still bank, and where my brother and I opened our first accounts with the lady who'd known Mum since school. It feels like our family's building society rather than a building society. Their rates are middling though. Is it mad to leave money there just because it's ours?"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;other_type_cue;agent_cues;public_post", "Lanternhouse Hotel", "hotel", [
    ("c", "2025-11-09 12:00", "★★★☆☆ Missed the last train, booked this on my phone at midnight from the platform. Paid more than I'd ever normally spend on a room and won't be needing them again, but the bed was soft and nobody asked questions when I turned up at 12:40 with no luggage. Does what it says on the tin for one night of bad planning."),
    ("a", "2025-11-10 09:00", "Thank you for choosing the Lanternhouse! We'd love to welcome you back for a longer, better-planned stay 😉 – Front Office Team"),
])

h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase;occasion;negation;public_post", "Quarry & Co", "review", [
    ("c", "2025-08-15 18:00", "★★★★☆ Bought these at Glasgow airport on a whim because my trainers split on day one of a hiking weekend. Not my style and, no offence to the brand, I'll probably never need another pair: I don't hike, I was dragged. But they got me up Ben Lomond with dry feet and no blisters, so four stars."),
])

# ================================================================ colleagues (2)

h("colleagues", "basic_exchange", "positive", "paraphrase;agent_cues;public_post", "Rotamint", "review", [
    ("c", "2025-06-18 11:00", "★★★★☆ We schedule 60 care workers across three homes on Rotamint. Nobody here would call it exciting and the interface looks like 2011, but the shift-swap approvals save my deputy about a day a week and the payroll export goes straight into our accounts package. Support answers within the hour, which is all we ask of a supplier."),
    ("a", "2025-06-19 09:00", "Thank you! We love having Brookside Care in the Rotamint family 💙 – Jess, Customer Success"),
])

h("colleagues", "", "neutral", "paraphrase;routine_question;agent_cues", "Tabulo", "chat", [
    ("c", "2025-11-20 09:30", "Morning. We're a four-person architecture practice and every invoice we send goes out through Tabulo. Our accountant needs read-only access for year-end. Is there a role for that, or does she need a full paid seat?"),
    ("a", "2025-11-20 09:31", "Good morning! We love supporting small businesses like yours, you're part of the Tabulo family 💜 There's a free 'Accountant' role: Settings > Team > Invite > Accountant (read-only)."),
    ("c", "2025-11-20 09:36", "Perfect, she's in. Thanks."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
QUOTED_TWEET = re.compile(r"\[quoting @\w+: .*\]", re.S)
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, not shouting
ACRONYMS = {"CSV", "IMAX", "GDPR", "PSA", "SIM", "HR", "DRV", "EDIT", "INCI", "HW", "UK", "PAYG",
            "QR", "BB", "GLOW"}
# warm words an agent's turn must hold for `agent_cues`
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always here", "part of",
              "regulars", "home", "hate to see", "thick and thin", "one of our own"]
# textbook cue words of DOMAIN.md's table; each hit in a customer's own words (quotes removed)
# should sit in a history whose trap tags explain it. Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "does the job", "reliable", "no fuss", "suggestion",
            "you could improve", "feedback", "happy to help", "new collection", "just got the latest",
            "so exciting", "this season", "trust you", "always there for me", "telling me first",
            "go-to", "mix it up", "loyalty card", "i expect", "i demand", "unacceptable",
            "platinum", "disrespect", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "guilty pleasure", "don't judge", "my little secret",
            "never heard of", "who are you", "unsolicited", "came across", "stumbled on",
            "first time", "every now and then", "from time to time", "our community",
            "fellow users", "together", "for years", "since i was a kid", "remember when",
            "my mom always", "family tradition", "like family", "used to love", "not anymore",
            "gone downhill", "betrayed", "dumped", "hate", "scam", "worst company", "boycott",
            "warn everyone", "can't quit", "keep coming back", "just this once", "one-time",
            "impulse", "for work", "our team uses", "does what we need", "as usual", "typical",
            "on hold", "fees again", "fighting with"]


STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without quoted reply lines and quoted tweets."""
    text = QUOTED_TWEET.sub("", text)
    return "\n".join(ln for ln in text.split("\n") if not ln.startswith(">"))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    assert ("public_post" in tags) == (ch != "chat"), (x["brand"], ch)
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # star-rated reviews: the first customer message opens with five stars, filled then empty
    if ch in ("review", "hotel"):
        m = STARS.match(cust[0])
        assert m and len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        for t in cust[1:]:   # a later review has its own stars; a reply to the answer has none
            m = STARS.match(t)
            assert not m or len(m.group(1)) + len(m.group(2)) == 5, t[:30]
    else:
        assert not any(STARS.match(t) for t in cust), x["brand"]
        assert "rating_mismatch" not in tags and "truncated" not in tags, x["brand"]
    if "truncated" in tags:
        assert cust[0].endswith("... More"), x["brand"]
    # tweets: 280 characters at most (a quoted tweet not counted), the first one names a
    # handle, and the brand's replies sign off with ^initials
    if ch == "tweet":
        for t in cust:
            assert len(QUOTED_TWEET.sub("", t)) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    # what the tags promise is in the customer's text, and the other way round
    assert ("retweet" in tags) == any(t.startswith("RT @") for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED_TWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_reply" in tags) == any(ln.startswith(">") for t in cust
                                           for ln in t.split("\n")), x["brand"]
    if "quoted_cue" in tags:
        assert "quoted_reply" in tags or "quoted_tweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#\w", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    if "agent_cues" in tags:
        assert any(w in t.lower() for t in agent for w in AGENT_WARM), x["brand"]
    if "typos" in tags:
        assert re.search(r"\b(cant|ive|dont|im|wont|didnt)\b", own), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = check_history(x, TRAPS, max_messages=5)
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) >= 30
        chans = Counter(x["channel"] for x in hists)
        assert chans["chat"] <= 10 and sum(chans.values()) - chans["chat"] >= 70, chans
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        assert sum(1 for x in hists if len(x["msgs"]) == 1) >= 10
    return assigned, full



def main():
    assigned, full = check_and_assign()
    write_files(OUT, assigned)
    print_summary(assigned, full)
    print("channels:", dict(Counter(x["channel"] for _, x in assigned)))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
