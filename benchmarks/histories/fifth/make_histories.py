#!/usr/bin/env python3
"""Invented development set of customer histories for relradar (ids v001..v080).

All brands, people, handles, numbers and addresses are invented. Run:
    python3 /work/hist5/make_histories.py
It draws the type of each id with a seeded shuffle, checks every history
against its drawn type and the format rules, and writes histories.csv and
labels.csv next to this script.
"""
import csv
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = [
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies",
    "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
    "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
    "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
    "love_hate", "one_night_stand", "colleagues", "adversaries",
]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# ---- 1. draw the type of each id first (seeded shuffle) --------------------
COUNTS = {t: 4 for t in ["enemies", "adversaries", "fling", "casual_acquaintance",
                         "colleagues", "master_slave", "marriage_partners"]}
for t in TYPES:
    COUNTS.setdefault(t, 2)
COUNTS["undetermined"] = 24
SLOTS = [t for t, n in COUNTS.items() for _ in range(n)]
assert len(SLOTS) == 80
random.Random(5150).shuffle(SLOTS)
DRAWN = {"v%03d" % (i + 1): t for i, t in enumerate(SLOTS)}

# ---- 2. the histories ------------------------------------------------------
H = {}
C, A = "customer", "agent"
D = 1440  # minutes per day


def add(cid, brand, start, msgs, type_, second, valence, trap):
    """msgs: list of (role, minutes after start, text)."""
    H[cid] = dict(brand=brand, start=start, msgs=msgs, type=type_,
                  second=second, valence=valence, trap=trap)


add("v001", "Veloura", "2025-03-02T10:15:00Z", [
    (C, 0, "ok the @Veloura spring drop went live 4 min ago and i already have 3 things in my cart 😭🔥 #velouradrop"),
    (A, 22, "We LOVE the enthusiasm!! Which piece is your fave? 💚"),
    (C, 40, "the sage wrap dress obviously. wearing it to brunch sat, feels like a whole new me lol. ask me again in june tho i'll be onto the next shiny thing"),
], "fling", "", "positive", "paraphrase;agent_cue")

add("v002", "Zephyr Mobile", "2025-01-14T17:02:00Z", [
    (C, 0, "hey @ZephyrMobile does the travel pass work in mexico or only canada?? going to cancun next wk"),
    (A, 15, "Hi there! The Travel Pass covers both Mexico and Canada for $10/day. Thanks for being a loyal Zephyr customer! 🙌"),
    (C, 31, "ok cool thx"),
], "undetermined", "", "neutral", "agent_cue")

add("v003", "Harbor Bean Coffee", "2024-11-20T14:40:00Z", [
    (C, 0, "Walked into the Elm St Harbor Bean last week and it still smells exactly like it did when my dad used to take me for hot chocolate after hockey practice. I got my morning cup there all through college, two jobs and a move across town. Nothing fancy. It's just home base."),
    (A, 2 * D, "Response from Harbor Bean Coffee: This made our whole team smile. Thank you for growing up with us!"),
    (C, 2 * D + 95, "the cinnamon scone is still the same recipe right?? please never change it"),
], "old_friends", "close_siblings", "positive", "paraphrase")

add("v004", "Sunhollow Grocers", "2025-02-03T19:05:00Z", [
    (C, 0, "Review of Sunhollow Select paper towels, 12 pk: half what the name brand costs and they soak up the same. I've picked these up on every monthly run for a couple years now. Not exciting. Doesn't need to be."),
    (A, 3 * D, "Thanks for the review! We're glad Sunhollow Select works for your household."),
    (C, 40 * D, "is the 12 pk coming back in stock at the Larchmont store? thats the one i always get, the 6 pk is worse per roll"),
    (A, 40 * D + 120, "It's on the truck for Thursday!"),
], "basic_exchange", "", "positive", "paraphrase")

add("v005", "SnackJack", "2025-04-11T23:48:00Z", [
    (C, 0, "3 bags of @SnackJack ghost pepper cheddar hidden behind the oatmeal where my marathon-training wife will never look. what she doesn't know cant hurt her 🤫🌶️"),
    (A, 30, "Your secret's safe with us 😉"),
    (C, 44, "shhh. if she ever finds this account im blaming you guys"),
], "secret_affair", "", "positive", "paraphrase")

add("v006", "Parcelyn", "2025-05-19T16:20:00Z", [
    (C, 0, "@Parcelyn app says delivered at 1:12pm, it is not here. tracking PX448120937. porch cam shows literally nobody all afternoon"),
    (A, 18, "We're sorry to hear that! Please DM us the tracking number and your address so we can open a trace."),
    (C, 35, "dm'd. pretty annoyed tbh, it's a birthday present for saturday"),
], "undetermined", "", "negative", "one_incident")

add("v007", "Kettle & Co", "2024-12-08T12:00:00Z", [
    (C, 0, "My grandmother had the Kettle & Co stand mixer in avocado green, my mom got hers as a wedding gift in '89, and this year I finally bought my own. Three generations of Christmas cookies out of the same brand of bowl. It's basically a relative at this point."),
    (A, 1 * D, "Seller response: We're honored to be part of your family's kitchen for so many years! Happy baking."),
], "close_siblings", "old_friends", "positive", "paraphrase;agent_cue")

add("v008", "Cobalt Cable", "2025-01-06T08:10:00Z", [
    (C, 0, "@CobaltCable internet down AGAIN. third time this month. yes i restarted the modem, like i do every single time before i even bother you"),
    (A, 25, "Sorry for the trouble! Can you DM us your account number so we can run a line test?"),
    (C, 15 * D, "and here we go, bill went up $12 for a 'network enhancement fee'. round 4 of calling you people. see you in the hold queue i guess"),
    (A, 15 * D + 30, "We understand your frustration! We value your loyalty and want to make this right. Please DM us and we'll review the fee."),
    (C, 15 * D + 190, "2 hrs 10 min on hold. got the credit. until next month 🙃"),
    (C, 44 * D, "@CobaltCable lol its down again, 8pm on a tuesday. at this point i'm keeping a spreadsheet of outages, we're at 6 since new years"),
    (A, 44 * D + 20, "So sorry! There's a known outage in your area, estimated fix by 10pm."),
], "adversaries", "", "negative", "sarcasm;paraphrase;agent_cue")

add("v009", "Pinecrest Insurance", "2025-03-27T13:30:00Z", [
    (C, 0, "Why am I getting renewal notices from Pinecrest for an auto policy on a 2014 Camry? I don't own a Camry and I have never bought anything from you."),
    (A, 3, "Hi, this is Dana! We value you as a Pinecrest policyholder. Could you share the policy number on the notice?"),
    (C, 6, "There IS no policy, that's the point. I don't know how you got my name or my address (41 Birchwood Ln). Take me off whatever list this is."),
    (A, 9, "Understood, I've flagged the mailing for removal. You won't receive further notices."),
], "complete_strangers", "", "negative", "agent_cue")

add("v010", "Quillby", "2025-02-17T21:15:00Z", [
    (C, 0, "Love the dark mode and the new handwriting-to-text thing, genuinely useful. Sync to my tablet lags maybe 10 sec behind. 4 stars."),
    (A, 2 * D, "Developer response: Thanks Jordan! A sync speed fix ships in 3.2 next week."),
], "undetermined", "", "positive", "product_attribute;passing_use")

add("v011", "Rideloop", "2025-06-01T09:00:00Z", [
    (C, 0, "friendly reminder that @Rideloop charged my 71yo mom a $60 'cleaning fee' for a ride she took stone sober at 2pm. these people are crooks. deleted the app, tell everyone you know to do the same #deleterideloop"),
    (A, 40, "We're sorry to hear about this experience. Please DM us the trip details so we can review the fee."),
    (C, 52, "no. i'm not helping you clean up your PR. anyone reading this: take a cab, take a bus, take literally anything else"),
], "enemies", "", "negative", "agent_cue")

add("v012", "Moxie Meals", "2025-03-10T18:30:00Z", [
    (C, 0, "Hi! Can I skip next week? I rotate between you and a couple of other kits so dinner doesn't get boring, you're usually in the mix every other week or so."),
    (A, 2, "Done, the week of 3/17 is skipped! Have you thought about our Moxie Plus plan? Members save 10% for staying with us."),
    (C, 4, "nah I'm good, I like not being locked in to anyone lol. the harissa chicken was 🔥 though, put it back on when I'm back"),
    (A, 5, "Noted! Enjoy your week."),
], "buddies", "casual_acquaintance", "positive", "agent_cue")

add("v013", "Taskwise", "2025-04-02T15:45:00Z", [
    (C, 0, "Hi, we're a 14-person architecture studio and every project timeline we have lives in Taskwise. Is there a way to bulk-export the Gantt views to PDF for client deliverables?"),
    (A, 6, "Yes! Select the projects in Portfolio view, then Export > PDF (one file per project)."),
    (C, 11, "Great, that covers it. Our PMs will also want to know when SSO comes to the Team tier, if you have a date."),
    (A, 14, "It's on the roadmap for Q3. I'll add your workspace to the notify list."),
    (C, 62 * D, "Hi again, onboarding two new hires next week. Can I move their seats from our Denver workspace to the Boise one without losing their task history?"),
    (A, 62 * D + 5, "Yes, use Admin > Members > Transfer. History moves with them."),
], "colleagues", "business_partners", "neutral", "paraphrase")

add("v014", "Maple & Oak Hotels", "2025-05-05T20:10:00Z", [
    (C, 0, "Stayed two nights for a conference. Marcus at the front desk found the charger I left in the room and mailed it to me in Ohio at no charge. Super kind, didn't have to do that."),
    (A, 3 * D, "Dear Guest, thank you for your kind words about Marcus! We hope to welcome you back soon as one of our loyal guests. Warm regards, Elise Park, General Manager"),
], "undetermined", "", "positive", "one_incident;agent_cue;passing_use")

add("v015", "Kestrel Bank", "2025-02-21T11:25:00Z", [
    (C, 0, "@KestrelBank what time is the wire cutoff on fridays?"),
    (A, 12, "Hi! Domestic wires submitted by 4pm ET go out the same day. After that they go Monday."),
    (C, 20, "perfect thank u"),
], "undetermined", "", "neutral", "")

add("v016", "Nimbus Drive", "2024-09-12T07:50:00Z", [
    (C, 0, "Three years on the $2.99 tier because it's the cheapest thing that actually backs up my phone photos without me thinking about it. If the price stays put, I stay put. 4 stars"),
    (A, 1 * D, "Developer response: We appreciate your loyalty and we have no plans to change the Basic price!"),
    (C, 200 * D, "Update: they kept the price when everyone else raised theirs. Still here, still not thinking about it. 5 stars"),
], "basic_exchange", "", "positive", "agent_cue")

add("v017", "Fizzbolt", "2025-07-03T16:05:00Z", [
    (C, 0, "whoever named the new @Fizzbolt flavor 'Forever Mango' deserves a raise. tastes like a melted popsicle in the best way"),
    (A, 20, "Forever grateful you tried it! 🥭⚡"),
    (C, 26, "lol ok that was good"),
], "undetermined", "", "positive", "product_attribute;agent_cue")

add("v018", "Pocketpup", "2025-04-18T10:30:00Z", [
    (C, 0, "My dog got sick after one bag of Pocketpup Chicken & Rice, and then I found out they quietly changed suppliers last year without telling anyone. This company does not care about your animals. I'm posting this on every review site and pet group I'm in. Please feed your dog anything else."),
    (A, 1 * D, "Seller response: We take every report seriously. Please contact care@pocketpup.example.com with your lot number so our quality team can investigate."),
    (C, 1 * D + 300, "Your 'quality team' already emailed me that the lot was 'within spec'. Spare me. Avoid."),
], "enemies", "", "negative", "paraphrase")

add("v019", "Trailmark Outdoors", "2025-01-25T19:40:00Z", [
    (C, 0, "people keep asking me what tent / jacket / boots i'd recommend and the answer is the same every time: whatever @TrailmarkOutdoors makes. 11 yrs and i've never bought gear anywhere else, not starting now ❤️🏔️"),
    (A, 35, "😭 we love you back. See you on the trail!"),
    (C, 60, "just renewed my co-op membership for the 11th time btw. til death do us part lmao"),
], "marriage_partners", "old_friends", "positive", "paraphrase;agent_cue")

add("v020", "Ledgerleaf", "2025-03-14T13:00:00Z", [
    (C, 0, "We run invoicing for about 40 small-business clients through Ledgerleaf at our bookkeeping firm. It's not thrilling, it reconciles, which is the job. Wish the bank feed for credit unions refreshed faster than once a day."),
    (A, 2 * D, "Developer response: Thanks for the detailed review! Credit union feeds move to 4x daily in April."),
    (C, 2 * D + 60, "Good to hear. Also my junior staff love the keyboard shortcuts, so there's that."),
], "colleagues", "basic_exchange", "positive", "passing_use")

add("v021", "Halcyon Fitness", "2025-02-10T05:12:00Z", [
    (C, 0, "working the front desk at @HalcyonFitness at 5am is a spiritual experience. the regulars are loyal af lol, same 12 faces every morning"),
    (A, 60, "Thanks for all you do, team! 💪"),
    (C, 75, "pls tell my manager"),
], "undetermined", "", "positive", "employee;passing_use")

add("v022", "Kestrel Bank", "2025-06-09T10:00:00Z", [
    (C, 0, "Hi, it's Donna Whitfield again. Quick question about moving money from the joint account into my own checking."),
    (A, 2, "Hi Donna, good to hear from you! You can do that in the app under Transfers, or I can do it for you now."),
    (C, 5, "Please do it for me, $2,500. And I wanted to say, since my husband passed last spring your people have walked me through every account, called back when they said they would, and caught that odd charge before I even noticed. I don't trust many people with my money. I trust you."),
    (A, 7, "That means a lot, Donna. The transfer is done and you'll see it within the hour."),
], "best_friends", "", "positive", "paraphrase")

add("v023", "Tileburst", "2025-08-22T02:55:00Z", [
    (C, 0, "SEASON 7 IS HERE and the neon jungle skins are unreal 😍 played til 3am, zero regrets #tileburst"),
    (A, 300, "So glad you're loving Season 7! Thanks for being part of the Tileburst family 💜"),
    (C, 420, "lol family. i'll probably drop it again when finals start but rn i am ALL in"),
], "fling", "dealer_addict", "positive", "agent_cue")

add("v024", "Glowbar Cosmetics", "2025-05-28T12:30:00Z", [
    (C, 0, "who is @GlowbarCosmetics and why do i get 14 texts a day from you. never ordered a thing. replying STOP does nothing"),
    (A, 45, "So sorry about that! We'll remove your number. While we have you, have you seen our new Dew Drop serum? 💧"),
    (C, 50, "no. i have not. i dont even know what you sell, that's the whole point"),
], "complete_strangers", "", "negative", "paraphrase")

add("v025", "Northwind Air", "2025-07-14T23:10:00Z", [
    (C, 0, "@NorthwindAir 4 hour delay, gate agent yelled at an old man, no food vouchers. absolutely horrible night"),
    (A, 20, "We're very sorry for tonight's experience. Please DM us your confirmation code and we'll take a look."),
    (C, 28, "flight 882 out of DEN. rebooked for tmrw morning. i just want my bag"),
], "undetermined", "", "negative", "one_incident")

add("v026", "Dunmore Donuts", "2025-03-18T09:40:00Z", [
    (C, 0, "I wouldn't call myself a loyal customer or anything, I just grabbed two dozen for the office meeting. Half the maple ones were stale though. Maybe a bad batch?"),
    (A, 90, "Sorry about that! Which location? We'll pass it on to the shift lead."),
    (C, 110, "Kingsway & 3rd"),
], "undetermined", "", "negative", "negated_cue;passing_use;one_incident")

add("v027", "Stridewell", "2025-04-07T20:20:00Z", [
    (C, 0, "Runs half a size small, order up. Arch support is great for my flat feet. Color is way more gray than 'storm blue' in the photos."),
    (A, 2 * D, "Seller response: Thanks for the sizing tip! We've updated the product photos."),
], "undetermined", "", "mixed", "product_attribute")

add("v028", "Fizzbolt", "2025-09-02T07:30:00Z", [
    (C, 0, "day 3 of quitting @Fizzbolt. hands shaking, coworkers scared of me. who am i kidding i'm walking to the gas station"),
    (C, 45, "update: bought a 4 pack. i physically cannot start a shift without one. send help or coupons"),
    (A, 80, "We'd never stand between you and your Fizzbolt 😅 Check your DMs for a coupon!"),
    (C, 95, "enabling. thank you"),
], "dealer_addict", "", "positive", "paraphrase")

add("v029", "Maple & Oak Hotels", "2025-06-21T08:00:00Z", [
    (C, 0, "We end up at the Maple & Oak by the airport once or twice a year when my sister's flight gets in too late to drive home. It's fine. Beds fine, coffee fine, shuttle runs on time."),
    (A, 2 * D, "Dear Guest, we're thrilled to have you as a loyal returning guest! Warm regards, the Maple & Oak Airport team"),
    (C, 2 * D + 30, "ha, 'loyal' is a strong word, it's just close to the terminal."),
], "casual_acquaintance", "basic_exchange", "neutral", "agent_cue;negated_cue;quoted_reply")

add("v030", "Quillby", "2025-01-30T17:00:00Z", [
    (C, 0, "Posted the thesis-tracking template pack on the Quillby community board. A bunch of us grad students have been building a shared library of these since fall, if the team wants to feature it, go for it."),
    (A, 1 * D, "This is amazing, thank you! We'd love to feature it in next week's newsletter."),
    (C, 1 * D + 45, "awesome. shoutout to the folks in the #academia channel who tested it with me, best corner of the internet honestly"),
], "teammates", "business_partners", "positive", "paraphrase")

add("v031", "Pinecrest Insurance", "2025-08-04T15:20:00Z", [
    (C, 0, "> We truly appreciate your many years of loyalty to Pinecrest and are reviewing your claim.\n\nOk, but I still need the claim number for the hail damage. It's been a week and nobody has called me back."),
    (A, 60, "Apologies for the delay. Your claim number is PC-2025-448812 and an adjuster will call you by Wednesday."),
], "undetermined", "", "negative", "quoted_reply;one_incident")

add("v032", "Zephyr Mobile", "2025-02-26T12:45:00Z", [
    (C, 0, "@ZephyrMobile friend says your coverage up north is worse than Orbitel's, true? orbitel has been great to me for years, just curious"),
    (A, 20, "Hi! Our northern coverage expanded a lot this year. You can check your area at zephyr.example.com/map"),
    (C, 26, "ok will look, ty"),
], "undetermined", "", "neutral", "competitor_praise")

add("v033", "Sunhollow Grocers", "2025-03-09T11:10:00Z", [
    (C, 0, "love how @Sunhollow delivery 'substituted' my oat milk with... a bag of onions. truly visionary"),
    (A, 15, "Oh no! That's not right. Please DM your order number and we'll refund it."),
    (C, 20, "order 55120. the onions are staying with me tho, they live here now"),
], "undetermined", "", "negative", "sarcasm;one_incident")

add("v034", "Bramble Books", "2025-05-16T18:55:00Z", [
    (C, 0, "I pop into Bramble a few times a year, usually when I'm killing time before a movie next door. Staff leave me alone to browse, which I appreciate. Picked up a used atlas this time."),
    (A, 1 * D, "Owner response: Always nice to see familiar faces! Enjoy the atlas."),
], "casual_acquaintance", "", "positive", "paraphrase")

add("v035", "Pixel Pasture", "2025-04-23T14:00:00Z", [
    (C, 0, "This game is clearly built to be addictive, energy timers and popups every 30 seconds. Kind of gross honestly. Art is cute. 2 stars."),
    (A, 3 * D, "Developer response: Thanks for the feedback. You can turn off offer popups in Settings > Notifications."),
], "undetermined", "", "negative", "product_attribute")

add("v036", "Fairway Auto", "2025-06-11T08:15:00Z", [
    (C, 0, "Hi, what's the earliest slot for an oil change Thursday? 2019 Civic."),
    (A, 3, "We have 8:30am or 11:15am."),
    (C, 4, "8:30 pls. name is Ray Koenig"),
    (A, 5, "Booked, see you Thursday Ray!"),
], "undetermined", "", "neutral", "")

add("v037", "Dunmore Donuts", "2025-10-12T16:30:00Z", [
    (C, 0, "Drove 40 min out of my way to the original Dunmore on Route 9 because that's where my college roommates and I went after every exam, '98 through '02. Same orange booth. Same jelly stick. I'm 45 and I teared up a little."),
    (A, 1 * D, "Thank you for decades of memories! The orange booth says hi."),
    (C, 1 * D + 20, "tell the booth i missed it"),
], "old_friends", "", "positive", "paraphrase")

add("v038", "Parcelyn", "2025-07-07T10:05:00Z", [
    (C, 0, "Hi, I handle shipping for a small ceramics studio, we send ~200 parcels a month on our Parcelyn business account. Need our API key regenerated, the old one ended up in a public repo (oops)."),
    (A, 4, "No problem, I've revoked the old key. The new one is in your dashboard under Developers."),
    (C, 9, "thanks. also our label printer profile keeps resetting to letter size, not urgent, just flagging it"),
], "colleagues", "basic_exchange", "neutral", "paraphrase")

add("v039", "Coinmint", "2025-05-02T21:30:00Z", [
    (C, 0, "Coinmint flagged that my streaming sub got billed twice this month. Saved me $16, thanks!"),
    (A, 1 * D, "Developer response: Love hearing this! We value your loyalty."),
], "undetermined", "", "positive", "one_incident;agent_cue")

add("v040", "Northwind Air", "2025-03-30T07:45:00Z", [
    (C, 0, "i have a complicated relationship with @NorthwindAir. best legroom in coach, the crews are angels, and then they lose my bag for the 3rd time. booked my summer trip with them again this morning anyway. i am a clown 🤡"),
    (A, 25, "We'd love the chance to make it up to you! DM us if anything's still outstanding."),
    (C, 50, "you could start by not sending my suitcase to boise again. see you in july i guess ❤️‍🩹"),
    (C, 108 * D, "back on @NorthwindAir. upgraded to the exit row for free, bag came out FIRST on the belt. who are you and what have you done with my airline"),
    (C, 115 * D, "and the return leg: 3 hr delay and no wifi. ok there she is. still not switching, i'm too far gone"),
    (A, 115 * D + 40, "We're sorry about the delay on your return! We'd love to have you on board again soon."),
], "love_hate", "adversaries", "mixed", "paraphrase;agent_cue;commitment_cue_in_ambivalence")


add("v041", "Halcyon Fitness", "2025-04-15T07:05:00Z", [
    (C, 0, "our 6am spin crew at @HalcyonFitness hit 500 classes as a group this morning 🚴‍♀️🎉 we bring the donuts, the instructors bring the pain. tag your squad"),
    (A, 30, "You all are the heart of this gym. Congrats on 500!!"),
    (C, 50, "next goal: drag the tuesday night people into our group chat. we're recruiting, bring a towel"),
], "teammates", "", "positive", "paraphrase;agent_cue")

add("v042", "Pixel Pasture", "2025-06-03T22:00:00Z", [
    (C, 0, "I have deleted this game four times and reinstalled it four times. The new harvest festival is gorgeous and then the servers eat my whole crop. I hate that I like you."),
    (A, 1 * D, "Developer response: We're really sorry about the server rollbacks. A fix went live this morning and lost crops have been restored."),
    (C, 2 * D, "Update: fix worked. Still mad. Still playing. 3 stars"),
], "love_hate", "dealer_addict", "mixed", "paraphrase")

add("v043", "Kestrel Bank", "2025-08-19T14:10:00Z", [
    (C, 0, "Hi, my grandfather opened his first account at Kestrel in 1961, my dad got his first mortgage there, and today I opened one for my daughter's 16th. Can I link her account to mine for transfers?"),
    (A, 3, "Congratulations to her! Yes, go to Accounts > Link a minor's account and confirm with your PIN."),
    (C, 8, "Done, thanks. Four generations now, the branch manager joked we should get a plaque in the lobby."),
], "close_siblings", "old_friends", "positive", "paraphrase")

add("v044", "Maple & Oak Hotels", "2025-09-27T23:30:00Z", [
    (C, 0, "I have held Maple & Oak's top tier for six years and tonight I was handed a room facing the parking garage like some walk-in off the street. I should not have to ask for an upgrade. Your staff should know who is checking in."),
    (A, 1 * D, "Dear Guest, we sincerely apologize that your stay did not meet your expectations. Your loyalty means a great deal to us. Regards, Guest Relations"),
    (C, 1 * D + 240, "A form letter. Wonderful. I'll be waiting for a call from the general manager, not from whoever writes these."),
], "master_slave", "ex_friends", "negative", "paraphrase;agent_cue;sarcasm")

add("v045", "Ember & Ash Candles", "2025-02-12T19:20:00Z", [
    (C, 0, "Bought this on a whim at an airport kiosk because I had 20 minutes and a sad layover. Smells nice, like cedar and oranges. I'm not a candle person though, won't be buying more. One and done."),
    (A, 2 * D, "Seller response: So glad you enjoyed it! Join the Ember Circle for 15% off your next order 🕯️"),
    (C, 2 * D + 180, "no thank you, please don't sign me up for anything"),
], "one_night_stand", "fleeting_acquaintance", "positive", "agent_cue;paraphrase")

add("v046", "Quillby", "2025-10-05T09:00:00Z", [
    (C, 0, "I used Quillby every day since version 1, told everyone I know about it, and bought lifetime when you were four people in a garage. Now there's an AI upsell on every screen and my 'lifetime' plan suddenly doesn't include sync. This isn't the app I fell for. 1 star."),
    (A, 1 * D, "Developer response: We hear you, and we're sorry. Lifetime members keep sync through the end of 2026."),
    (C, 4 * D, "Exported all 2,300 notes this weekend. Honestly just sad about it."),
], "ex_friends", "enemies", "negative", "paraphrase;agent_cue")

add("v047", "Harbor Bean Coffee", "2025-11-27T07:20:00Z", [
    (C, 0, "@HarborBean is the Main St location open on thanksgiving? the whole neighborhood is boycotting the other coffee place on our block lol long story"),
    (A, 10, "Hi! Main St is open 7am-1pm on Thanksgiving ☕"),
    (C, 15, "👍"),
], "undetermined", "", "neutral", "competitor;passing_use")

add("v048", "Clearpath Credit", "2025-03-03T16:00:00Z", [
    (C, 0, "This is my fourth dispute with Clearpath over the same medical collection, paid in full in 2022. Each time you 'verify' it within 30 days and it reappears on my report. I have attached the paid-in-full letter. Again."),
    (A, 2 * D, "We have received your dispute and will complete our investigation within 30 days."),
    (C, 33 * D, "Same form response as the last three rounds. Filing with the regulator, just like I did last spring. See you in round five."),
], "adversaries", "", "negative", "paraphrase")

add("v049", "Zephyr Mobile", "2025-05-01T18:40:00Z", [
    (C, 0, "wow @ZephyrMobile thanks for the 'free upgrade' that made my bill $40 higher 🙄 really feeling the loyalty love over here"),
    (A, 10, "We value your loyalty and want to get this sorted! Please DM us so we can review your plan."),
    (C, 25, "yeah the guy on the phone said that too. just put me back on the old plan"),
], "undetermined", "", "negative", "sarcasm;agent_cue;one_incident")

add("v050", "Stridewell", "2025-07-09T12:00:00Z", [
    (C, 0, "WORST SHOES EVER. sole peeled off after 2 weeks of normal walking. absolute garbage, I'm furious."),
    (A, 1 * D, "Seller response: We're sorry! That's not normal. Please email help@stridewell.example.com for a free replacement."),
    (C, 1 * D + 100, "sent. order #SW-20931"),
], "undetermined", "enemies", "negative", "one_incident")

add("v051", "Fairway Auto", "2025-08-28T17:35:00Z", [
    (C, 0, "Absolute joke. $180 for a 'diagnostic' and the rattle is still there. Tech told me it's 'probably a heat shield'. PROBABLY. What am I paying for??"),
    (A, 1 * D, "Owner response: We're sorry the issue wasn't resolved. Please bring it back and we'll re-check at no charge."),
    (C, 1 * D + 60, "fine. tuesday."),
], "undetermined", "", "negative", "one_incident")

add("v052", "Northwind Air", "2025-02-19T06:50:00Z", [
    (C, 0, "@NorthwindAir I fly 120k miles a year with you. When I call the elite line I should not be told to 'please hold' by someone reading from a card. Get your priorities straight."),
    (A, 15, "We truly value your loyalty and we're sorry for the wait. How can we help today?"),
    (C, 20, "Don't 'value' me. Have the Diamond desk call me within the hour, you have my number. And I'd better not be asked for my confirmation code twice."),
], "master_slave", "adversaries", "negative", "agent_cue;quoted_reply")

add("v053", "Moxie Meals", "2025-01-08T19:15:00Z", [
    (C, 0, "Hi! My very first box came today, the lemon orzo was great. How do I change next week's delivery to Wednesday? Still deciding whether to keep going after the intro weeks."),
    (A, 2, "Welcome! Go to Upcoming > Delivery day. Glad you liked the orzo!"),
    (C, 4, "got it, thanks"),
], "fleeting_acquaintance", "", "positive", "paraphrase")

add("v054", "Sunhollow Grocers", "2025-04-26T10:30:00Z", [
    (C, 0, "people ask why i drive past two other grocery stores to get to @Sunhollow. because they're mine, that's why. 9 years of saturdays, i know the produce guy's kids' names. not going anywhere ever"),
    (A, 20, "You're family to us, Carla! 🥕💛"),
    (C, 35, "ok now i'm crying in the cereal aisle"),
], "marriage_partners", "old_friends", "positive", "paraphrase;agent_cue")

add("v055", "Halcyon Fitness", "2025-03-22T18:10:00Z", [
    (C, 0, "tried a day pass at @HalcyonFitness downtown since my regular gym is closed for reno. clean, nice sauna, kinda packed at 6pm"),
    (A, 30, "Thanks for giving us a try! Hope to see you again 💪"),
    (C, 50, "maybe! gonna try the saturday yoga before i decide anything"),
], "fleeting_acquaintance", "", "positive", "")

add("v056", "Fairway Auto", "2025-05-14T15:00:00Z", [
    (C, 0, "I only bring my truck to Fairway when the dealer is booked out, so maybe twice a year. They're fine. Never memorable, never awful. Tire rotation took 40 min today."),
    (A, 1 * D, "Owner response: Thanks for being a loyal Fairway customer, Dale!"),
], "casual_acquaintance", "basic_exchange", "neutral", "agent_cue")

add("v057", "Zephyr Mobile", "2025-09-10T12:20:00Z", [
    (C, 0, "Hi, me again about the roaming charge from Portugal. Third chat this month. Previous refs ZM-88213 and ZM-90177."),
    (A, 3, "Thanks for the references. Unfortunately I'm unable to reverse roaming charges from this channel."),
    (C, 5, "Right, same thing the last two people said. I'll call the retention line tomorrow and we'll do the usual dance."),
    (C, 1 * D + 60, "ok, credit applied after 50 min on the phone. see you next billing cycle when it shows up again probably"),
    (C, 31 * D, "And it's back on this month's bill. Ref ZM-93540. Do I need to call again or can someone here just remove it for good?"),
    (A, 31 * D + 4, "I'm sorry for the repeat charge. I've escalated this to billing with a note to remove it permanently; you'll see a credit in 3-5 days."),
], "adversaries", "", "negative", "paraphrase")

add("v058", "Bramble Books", "2025-10-21T20:00:00Z", [
    (C, 0, "Bramble has been my bookstore since the day they opened in the old bank building. I don't buy books online, period, if Bramble can order it. Pre-ordered the new Okafor novel through them today, obviously ❤️📚"),
    (A, 1 * D, "Owner response: You're the reason we're still here. Thank you!"),
    (C, 1 * D + 15, "and you're the reason i still read. see you on release day"),
], "marriage_partners", "old_friends", "positive", "paraphrase")

add("v059", "Glowbar Cosmetics", "2025-06-18T13:00:00Z", [
    (C, 0, "the @GlowbarCosmetics summer chrome palette??? i don't even wear makeup like that but i NEED to be that girl this july ✨🪩"),
    (A, 20, "It's giving main character 💫"),
    (C, 45, "ordered. wearing it to the lake party and then who knows, it's a summer thing"),
], "fling", "one_night_stand", "positive", "paraphrase")

add("v060", "Ember & Ash Candles", "2025-01-19T11:00:00Z", [
    (C, 0, "Are your candles soy, coconut or paraffin? Asking because of allergies in the house."),
    (A, 60, "Hi! All our candles are a soy-coconut blend with cotton wicks."),
], "undetermined", "", "neutral", "")

add("v061", "Pinecrest Insurance", "2025-07-29T16:45:00Z", [
    (C, 0, "Pinecrest handled my claim after the kitchen fire in two days. 17 years with them and I'll stay with them till I'm done driving. My son asked who he should get for his first car. I told him there's only one answer."),
    (A, 1 * D, "Thank you for 17 wonderful years, Mr. Alvarez. We're so glad everyone is safe."),
    (C, 1 * D + 30, "❤️"),
], "marriage_partners", "best_friends", "positive", "paraphrase")

add("v062", "Harbor Bean Coffee", "2025-02-05T05:55:00Z", [
    (C, 0, "if the @HarborBean on 5th doesn't open at 6 sharp i will be standing outside like a raccoon. can't function without my large cold brew, it's a problem, my therapist knows"),
    (A, 10, "We'll have it ready for you! ☕"),
    (C, 16, "you're enabling me and i thank you"),
], "dealer_addict", "", "positive", "paraphrase")

add("v063", "Ledgerleaf", "2025-05-20T09:30:00Z", [
    (C, 0, "Feature request from a daily user: let us set a default memo per vendor. I'd also be glad to hop on a call and walk your PM through how our month-end close works, we've been on Ledgerleaf since the beta."),
    (A, 1 * D, "We'd love that! Here's a link to book time with Priya on our product team: calendly.example.com/ledgerleaf-priya"),
    (C, 1 * D + 40, "Booked for Tuesday. I'll bring screenshots of the spreadsheet we use to work around it."),
], "business_partners", "colleagues", "positive", "paraphrase")

add("v064", "Ember & Ash Candles", "2025-11-02T14:15:00Z", [
    (C, 0, "I bought Ember & Ash for every birthday and holiday for years. The new formula barely smells and the wicks tunnel after an hour. Whatever happened to you guys, this isn't the brand I used to gush about to everyone."),
    (A, 1 * D, "Seller response: We're sorry to hear this. We've updated our wax blend and would love your feedback. Please email us."),
    (C, 1 * D + 200, "Unsubscribed. Found a local maker at the farmers market."),
], "ex_friends", "", "negative", "paraphrase")

add("v065", "Nimbus Drive", "2025-08-07T20:40:00Z", [
    (C, 0, "A couple of ideas after two years on Nimbus: (1) let me pause backup on metered wifi (2) show me which folder is eating my quota. Happy to test a beta if you need guinea pigs."),
    (A, 1 * D, "Developer response: Both are great ideas, and #2 is already in the works! You can join the beta at nimbus.example.com/beta"),
    (C, 1 * D + 90, "Signed up. Thanks for actually reading these."),
], "business_partners", "", "positive", "paraphrase")

add("v066", "Quillby", "2025-09-16T10:10:00Z", [
    (C, 0, "Our litigation team (8 attorneys) keeps all matter notes in Quillby Teams. Is there an audit log of who edited what and when? Compliance is asking."),
    (A, 5, "Yes, admins can see it under Admin > Activity, exportable as CSV."),
    (C, 9, "Perfect, that's what we needed. It's been a solid tool for us."),
], "colleagues", "basic_exchange", "positive", "")

add("v067", "Trailmark Outdoors", "2025-04-04T12:25:00Z", [
    (C, 0, "I've been scared of heights since I was a kid, so I need trekking poles that won't collapse on me. Which of yours lock the best?"),
    (A, 20, "Great question! Our Ridgeline poles use a lever lock rated for 90 kg of load."),
    (C, 30, "ok thanks, will check them out"),
], "undetermined", "", "neutral", "passing_use")

add("v068", "Maple & Oak Hotels", "2025-03-01T09:05:00Z", [
    (C, 0, "Booked the Family Suite for spring break. Is the pull-out a queen or a full?"),
    (A, 15, "It's a queen! We love welcoming families."),
    (C, 20, "ok great, thanks"),
], "undetermined", "", "neutral", "product_attribute;agent_cue")

add("v069", "Veloura", "2025-09-05T10:04:00Z", [
    (C, 0, "As a Veloura Inner Circle member I was promised early access. The drop sold out in 4 minutes and my 'early' link went live at the same time as everyone else's. This is not how you treat someone who spends what I spend here."),
    (A, 30, "We're so sorry! As a thank you, here's 15% off your next purchase: IC15"),
    (C, 36, "15%. Cute. I want that dress set aside in a size 6 and a stylist calling me today, not a code."),
], "master_slave", "ex_friends", "negative", "sarcasm;agent_cue")

add("v070", "Stridewell", "2025-10-08T17:45:00Z", [
    (C, 0, "Stridewell is one of the three sneaker brands I rotate through. No loyalty here lol, whoever has the better colorway that month wins. This month that's you."),
    (A, 1 * D, "Seller response: We'll take it! 😎"),
], "buddies", "", "positive", "negated_cue")

add("v071", "Kestrel Bank", "2025-06-30T14:00:00Z", [
    (C, 0, "I moved seven figures into Kestrel Private this year. Why am I talking to a chatbot?"),
    (A, 1, "I'm a member of the Kestrel support team! How can I help today?"),
    (C, 3, "My relationship manager should have called me before the rate change, not after. I don't chase people. People call me."),
    (A, 5, "I completely understand. I'll have Mr. Haddad call you this afternoon."),
    (C, 6, "This morning."),
], "master_slave", "", "negative", "paraphrase")

add("v072", "Dunmore Donuts", "2025-05-22T18:30:00Z", [
    (C, 0, "every thursday after my 'gym session' i hit the @DunmoreDonuts drive-thru. wife thinks i'm on a cut. boston cream, no witnesses"),
    (A, 25, "We saw nothing 🤐🍩"),
    (C, 30, "appreciate the discretion"),
], "secret_affair", "", "positive", "paraphrase")

add("v073", "Coinmint", "2025-07-21T08:35:00Z", [
    (C, 0, "I hate that the spending graphs default to weekly. Otherwise fine. Is there a setting for monthly?"),
    (A, 3 * 60, "Developer response: Yes! Settings > Charts > Default range."),
    (C, 3 * 60 + 40, "found it, thanks"),
], "undetermined", "", "neutral", "product_attribute")

add("v074", "Rideloop", "2025-06-16T08:50:00Z", [
    (C, 0, "the new @Rideloop e-scooters are SO fun, rode one to work and felt like i was in a music video 🛴💨"),
    (A, 20, "Love to see it! Helmet on 😉"),
    (C, 3 * D, "day 3 of scootering everywhere. my car is jealous. give it a month and i'll prob be over it lol"),
], "fling", "fleeting_acquaintance", "positive", "agent_cue")

add("v075", "Pocketpup", "2025-09-23T13:40:00Z", [
    (C, 0, "Hi, it's Priya, the one with the diabetic beagle. Just wanted to say your nutrition line called me back twice last month to check on him. Nobody does that. I tell you guys things I don't even tell my vet lol"),
    (A, 2, "We love hearing about Biscuit! How's he doing?"),
    (C, 5, "Better! Quick q, is the new lower-fat formula ok for him or should I stay on the one we're on?"),
    (A, 8, "Stay on the current one for now; I'll have our nutritionist email you about switching."),
    (C, 9 * D, "Dr. Ames (your nutritionist) emailed a whole plan and even asked for his latest bloodwork. You guys have honestly been the steadiest part of this whole mess."),
    (A, 9 * D + 30, "That's what we're here for. Give Biscuit a scratch from us!"),
], "best_friends", "", "positive", "paraphrase")

add("v076", "Cobalt Cable", "2025-04-09T20:15:00Z", [
    (C, 0, "Cobalt is the single worst company I've ever had to deal with. Cancelled today, returned the box, and I'm posting in every neighborhood group to tell people to get anything else."),
    (A, 30, "We're sorry to see you go. We value every customer and would love a chance to win you back."),
    (C, 45, "Don't. Just confirm my final bill is $0."),
], "enemies", "adversaries", "negative", "agent_cue")

add("v077", "Coinmint", "2025-12-01T22:10:00Z", [
    (C, 0, "I open Coinmint maybe once a month to see where my money went, wince, and forget about it until the next month. Works fine for that."),
    (A, 1 * D, "Developer response: Thanks for being with us! Try the monthly digest email so you don't have to open the app."),
], "casual_acquaintance", "", "neutral", "agent_cue")

add("v078", "Brightwater Lending", "2025-01-12T10:00:00Z", [
    (C, 0, "Year three of arguing with Brightwater about my escrow. Every January they 'recalculate', every January my payment jumps, every January I send the same tax bill and insurance declarations."),
    (A, 2 * D, "Thank you for contacting Brightwater Lending. Your escrow analysis request has been received."),
    (C, 20 * D, "Got the corrected statement. Payment back to $1,612. Circling February 2026 on my calendar for round four."),
], "adversaries", "", "negative", "paraphrase")

add("v079", "Tileburst", "2025-11-14T19:30:00Z", [
    (C, 0, "Tileburst quietly deleted the 'permanent' skins people paid for. That's theft. I've charged back, I've joined the class action thread, and I'm telling every parent I know to keep their kids away from this company."),
    (A, 1 * D, "Developer response: We hear you. Affected skins will be restored in the next update."),
    (C, 1 * D + 30, "Do not reply to me with 'we hear you'."),
], "enemies", "", "negative", "quoted_reply;agent_cue")

add("v080", "Veloura", "2025-12-12T20:50:00Z", [
    (C, 0, "Needed ONE outfit for a work gala and Veloura was the only store open till 9. Grabbed a dress, done. Please stop emailing me about points, I'm not a Veloura person, it was a one-shot deal."),
    (A, 1 * D, "We'd love to welcome you to Veloura Rewards! Members earn 2x points in December."),
    (C, 1 * D + 10, "...that is the opposite of what I said"),
], "one_night_stand", "", "negative", "agent_cue;passing_use")


# ---- 3. checks and output --------------------------------------------------
def parse(ts):
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def fmt(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def check():
    errors = []
    for cid, h in sorted(H.items()):
        if cid not in DRAWN:
            errors.append("%s: id not in the drawn set" % cid)
            continue
        if h["type"] != DRAWN[cid]:
            errors.append("%s: labelled %s but drawn %s" % (cid, h["type"], DRAWN[cid]))
        if h["type"] not in TYPES and h["type"] != "undetermined":
            errors.append("%s: bad type %s" % (cid, h["type"]))
        if h["second"] and (h["second"] not in TYPES or h["second"] == h["type"]):
            errors.append("%s: bad second %s" % (cid, h["second"]))
        if h["valence"] not in VALENCES:
            errors.append("%s: bad valence %s" % (cid, h["valence"]))
        if not 2 <= len(h["msgs"]) <= 8:
            errors.append("%s: %d messages" % (cid, len(h["msgs"])))
        if not any(r == C for r, _, _ in h["msgs"]):
            errors.append("%s: no customer message" % cid)
        offs = [o for _, o, _ in h["msgs"]]
        if offs != sorted(offs) or len(set(offs)) != len(offs):
            errors.append("%s: offsets not strictly increasing" % cid)
        for r, _, t in h["msgs"]:
            if r not in (C, A) or not t.strip():
                errors.append("%s: bad message" % cid)
        parse(h["start"])
    return errors


def main():
    errors = check()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    ids = sorted(H)
    hist_rows, label_rows = [], []
    for cid in ids:
        h = H[cid]
        t0 = parse(h["start"])
        for role, off, text in h["msgs"]:
            hist_rows.append([cid, h["brand"], role, fmt(t0 + timedelta(minutes=off)), text])
        label_rows.append([cid, h["type"], h["second"], h["valence"], h["trap"]])
    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(hist_rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        w.writerows(label_rows)
    counts = {}
    for cid in ids:
        counts[H[cid]["type"]] = counts.get(H[cid]["type"], 0) + 1
    missing = sorted(set(DRAWN) - set(H))
    print("%d customers, %d messages (%d customer, %d agent), %d brands" % (
        len(ids), len(hist_rows), sum(1 for r in hist_rows if r[2] == C),
        sum(1 for r in hist_rows if r[2] == A), len({H[c]["brand"] for c in ids})))
    for t in sorted(counts, key=lambda k: (-counts[k], k)):
        print("  %-22s %d" % (t, counts[t]))
    if missing:
        print("not yet written: %d ids (%s..%s)" % (len(missing), missing[0], missing[-1]))


if __name__ == "__main__":
    main()
