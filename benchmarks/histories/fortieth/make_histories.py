#!/usr/bin/env python3
"""Invented training histories vb001..vb080 for relradar (fortieth set).

Genre: gaming, streaming and digital subscriptions, 1 to 5 messages per customer. PC-store
reviews in the style of a game storefront ("Recommended · 48.2 hrs on record", some edited
later with "EDIT:" or "Update:", some with a "Developer response:"); app-store reviews with a
star rating (subscriptions, mobile games, streaming and music apps); Discord messages with
replies from mods and devs; subreddit posts ("r/Sub · title"); support tickets about
accounts, purchases, bans and refunds (opening with "Subject:", agents sign with a name,
customers sometimes quote the agent with "> "); tweets to studios and platforms, with replies
signed "^XX", retweets and quoted tweets. Young writers: slang, memes, caps, emoji, irony.
The relationship is told in paraphrase, not in the textbook cue phrases. All texts, names,
handles, brands, addresses (example.com) and numbers are invented. Each history is written
under its intended label; ids are assigned by a seeded shuffle (seed 4040) of the harness's
type mix, so that ids carry no order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "vb"
SEED = 4040
TRAPS = TRAPS | {
    "quoted_cue",       # a cue word stands only in quoted text (a retweet or a quoted tweet)
    "update_edit",      # a review edited later ("EDIT:" / "Update:")
    "slang"}            # internet slang and abbreviations (rn, tbh, ngl, lol, lmao, gg, fr ...)

# store: PC game storefront review; app: app-store review; discord; reddit; ticket: support
# ticket by e-mail or web form; tweet
CHANNELS = ("store", "app", "discord", "reddit", "ticket", "tweet")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "single_incident;strong_words", "Cinderwick Studio", "store", [
    ("c", "2025-03-11 23:14", "Not Recommended · 31.6 hrs on record\nwho asked for patch 1.4. the dodge roll has about four frames of invincibility now, stamina regen got halved and the second boss one-shots you straight through a full block. it was hard but fair on tuesday, today it's a garbage fire. flipping this review back when they roll the patch back"),
    ("a", "2025-03-12 10:02", "Developer response: Thanks for the detailed write-up. We're reviewing the dodge window and block damage for hotfix 1.4.1, due this week. Cinderwick Studio"),
])

h("undetermined", "", "positive", "other_type_cue;product_attribute;slang", "Lumora+", "app", [
    ("c", "2025-06-02 08:40", "★★★★★ offline downloads to the SD card finally work!! 11 hour flight and I got through the whole of Salt & Static, which is ngl the most addictive show on here. the app didn't crash once, even in airplane mode"),
])

h("undetermined", "", "neutral", "routine_question;slang", "Parallax Network", "ticket", [
    ("c", "2025-01-19 15:22", "Subject: linking my console account\n\nhi, I have a Parallax account from my old PC and a second one that got made when I logged in on console. can the two be merged so my skins from the PC one show up on console? or do I have to pick one. both emails are mine. ty"),
    ("a", "2025-01-20 09:48", "Hi Sam, thanks for getting in touch. Accounts can be merged once: log in at account.parallax.example.com, open Connections > Merge and choose which one to keep as primary. Cosmetics from both carry over; currency balances don't combine. Ruth, Parallax Support"),
    ("c", "2025-01-20 18:05", "done, worked first try. thanks"),
])

h("undetermined", "", "negative", "single_incident;slang;sarcasm", "Hexfall Games", "tweet", [
    ("c", "2025-04-07 21:31", "@HexfallGames got banned for 'third party software' 20 min after hitting diamond in solo queue. i play on a 6 year old laptop that can barely run a browser. appeal 38211, pls have a human actually read it"),
    ("a", "2025-04-07 22:05", "Hi, sorry for the trouble. Your appeal has been escalated to our anti-cheat team and you should hear back within 72 hours. ^MB"),
    ("c", "2025-04-10 19:12", "unbanned after 3 days. no apology, no explanation, just an email saying my account is 'in good standing'. cool cool cool"),
])

h("undetermined", "", "positive", "single_thanks;slang;emoji;agent_cues", "Brightmoor Online", "discord", [
    ("c", "2025-02-14 01:12", "huge shoutout to whoever in support got my account back tonight. someone had changed the email and i was lowkey shaking. back in with every item in like 40 min 🙏"),
    ("a", "2025-02-14 01:20", "glad you're sorted! turn on 2FA in settings if you haven't yet, and welcome home 💜 Juno (Community Team)"),
])

h("undetermined", "", "mixed", "mixed_aspects;symptom", "Saltmarsh Interactive", "store", [
    ("c", "2025-05-26 20:44", "Recommended · 48.2 hrs on record\ngorgeous world, the soundtrack slaps and the lighthouse level alone is worth the price. the story falls apart in act 3 though, and the PC port stutters every time you walk into a city, even on a 4070. get it on sale, not at full price"),
])

h("undetermined", "", "neutral", "routine_question;product_attribute;other_type_cue", "Kestrel Play", "reddit", [
    ("c", "2025-08-03 12:10", "r/KestrelPlay · Family plan + season pass question\n\nMy brother and I are on the Family plan. If I buy the Frostline season pass does it unlock for him too or does every profile need its own? The support page says 'shared purchases' but never says which ones. Also, do the Loyalty Points from my purchases go to me or to the plan owner?"),
])

h("undetermined", "", "negative", "single_incident;sarcasm", "Sugarloaf Mobile", "ticket", [
    ("c", "2025-07-09 19:40", "Subject: Refund - purchases I didn't authorise\n\nMy 7 year old bought 4 x 'Mega Gem Chest' (£89.96 in total) in about six minutes on my tablet while I was cooking. I didn't know the game keeps the card after one purchase. Please refund, screenshots attached."),
    ("a", "2025-07-10 11:15", "Hello, thank you for contacting Sugarloaf Support. Unfortunately, in-game currency that has already been used can't be refunded under our terms of service. We recommend turning on purchase authentication in your device settings. Marco, Sugarloaf Support"),
    ("c", "2025-07-10 12:02", "So a child spends ninety quid in six minutes and that's my problem. Brilliant. Really helpful. I'll take it up with my bank then."),
])

h("undetermined", "", "positive", "idiom;strong_words;slang;other_type_cue", "Driftwave VR", "app", [
    ("c", "2025-12-28 22:50", "★★★★★ the jellyfish reef level made me gasp out loud in an empty room. the sound design is unreal, hand tracking actually works and I didn't get motion sick once. worth every cent of the $19.99, I'd marry this game fr"),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;slang", "Streamory", "tweet", [
    ("c", "2025-09-17 22:03", "@Streamory love the new player, hate that skip intro moved to the opposite corner. my thumb has muscle memory and now it pauses the show every single episode lmao"),
])

h("undetermined", "", "negative", "symptom;bug_report;single_incident;typos", "Ironmoth Games", "store", [
    ("c", "2025-10-04 17:26", "Not Recommended · 1.9 hrs on record\ncrashes to desktop every time I load a save. tried the beta branch, verified files, reinstalled drivers, turned the overlay off. nothing. refunded. doesnt seem like a rare bug either, the forums are full of it. might look again if they patch it"),
])

h("undetermined", "", "neutral", "routine_question;slang", "Tidecall Online", "discord", [
    ("c", "2025-03-25 12:31", "anyone know when maintenance ends? EU, been sitting on 'connecting to realm' for 25 min"),
    ("a", "2025-03-25 12:33", "maintenance runs until 14:00 UTC, we'll post in announcements the second it's up. Rook (mod)"),
    ("c", "2025-03-25 12:34", "ah missed that, ty"),
])

h("undetermined", "", "positive", "single_thanks", "Pixelcrate", "reddit", [
    ("c", "2025-11-02 09:15", "r/Pixelcrate · PSA from someone who expected the worst\n\nGot charged twice for the Autumn bundle, opened a ticket at 11pm fully expecting a week of copy-paste replies. The refund was back on my card by the morning, with a message from an actual human. Posting because this sub only ever gets the horror stories."),
])

h("undetermined", "", "mixed", "other_type_cue;mixed_aspects;product_attribute", "Tunewell", "app", [
    ("c", "2025-04-18 23:37", "★★★☆☆ the Daily Mix knows my taste better than my own friends do, it's scary good. but shuffle is a lie: 400 liked songs and I hear the same 25 on repeat. and why are lyrics suddenly premium only"),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;emoji;hashtag", "Quillbox Games", "tweet", [
    ("c", "2025-06-20 18:48", "@QuillboxGames a 42GB patch to fix one typo in the settings menu. love that for me and my 100GB data cap. really appreciate it 🙃 #patchday"),
])

h("undetermined", "", "neutral", "routine_question;quoted_reply;agent_cues", "Orbitline", "ticket", [
    ("c", "2025-05-06 10:02", "Subject: change email on account\n\nHi, my old uni email gets shut down in June. How do I move my Orbitline account to a new address without losing my purchases?"),
    ("a", "2025-05-06 13:40", "Hi Tom, happy to help! Go to Settings > Account > Email, enter the new address and confirm the code we send to both addresses. Your library stays exactly the same. We value you as part of the Orbitline family! Dee, Orbitline Support"),
    ("c", "2025-05-06 14:11", "> enter the new address and confirm the code we send to both addresses\n\nthe old address never gets the code, the uni already blocks outside mail. is there another way?"),
    ("a", "2025-05-07 09:05", "Hi Tom, no problem. I've added an override on your account so only the new address needs confirming. Give it a go now. Dee"),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;strong_words", "Lanternlight Games", "store", [
    ("c", "2025-08-22 01:05", "Recommended · 14.5 hrs on record\nfirst game I've ever bought at full price on launch day and it was worth every penny. the ending made me ring my dad at midnight just to talk about it. best 14 hours of my year, can't wait to see what this team makes next"),
])

h("undetermined", "", "negative", "strong_words;caps;single_incident", "Vidnest", "reddit", [
    ("c", "2025-10-12 21:20", "r/Vidnest · the ad tier is genuinely unhinged now\n\nWatched one 22 minute episode last night and counted 4 minutes 10 seconds of ads, including the SAME car ad three times. One of them cut a character off mid-sentence. Who signs off on this"),
])

h("undetermined", "", "mixed", "bug_report;update_edit;mixed_aspects", "Blockhaven", "app", [
    ("c", "2025-02-01 16:30", "★★☆☆☆ update 5.2 wiped my cloud save. three worlds, one of them a 1:1 castle I built with my little sister over the holidays. the support bot just keeps sending me the FAQ link"),
    ("a", "2025-02-02 10:12", "Hi! We're so sorry. Please email help@blockhaven.example.com with your player ID and the rough date of your last save; we keep backups for 30 days. Blockhaven Support"),
    ("c", "2025-02-05 20:44", "Update: they restored two of the three worlds from a backup, the castle one included. still annoyed the bot is useless, but 4 stars for the humans"),
])

h("undetermined", "", "positive", "quoted_tweet;emoji;slang;caps", "Pixel Harbor", "tweet", [
    ("c", "2025-09-03 13:09", "you're replying to every bug report on launch week AND patching them the same day?? so wholesome 😭 gg\nQT @PixelHarborDev: Hotfix 1.0.3 is out: fixed the ladder bug 4 of you reported this morning 🛠️"),
])

h("undetermined", "", "negative", "caps;other_type_cue;typos", "Skyrend Arena", "discord", [
    ("c", "2025-07-15 23:58", "WHY does the battle pass timer say 3 days left when the roadmap said it runs till the 20th??? been grinding all week for the tier 90 skin and now im not gonna make it. not cool"),
])

h("undetermined", "", "neutral", "competitor;routine_question", "Reelhaus", "reddit", [
    ("c", "2025-01-28 19:33", "r/Reelhaus · does basic do 4K?\n\ncoming from Flickbay where the cheapest tier caps at 1080p. does Reelhaus basic do 4K or is that premium only? the comparison page just says 'HD' which could mean anything"),
])

h("undetermined", "", "mixed", "mixed_aspects;slang", "Mothlight Collective", "store", [
    ("c", "2025-11-19 00:41", "Recommended · 6.8 hrs on record\nshort, strange, beautiful. the rooftop chapter is the best thing I've played this year. but $24.99 for under 7 hours is steep ngl, wait for a sale"),
])

h("undetermined", "", "negative", "caps;single_incident;agent_cues", "Crownfall Entertainment", "ticket", [
    ("c", "2025-06-11 07:55", "Subject: ACCOUNT HACKED - someone changed my password\n\nSomeone got into my Crownfall account last night, changed the password and the email, and bought 3 skins with my saved card. I still have the original sign-up email. Please lock it NOW."),
    ("a", "2025-06-11 09:30", "Hi there, thank you for your patience. We've locked the account and opened a recovery case (#CF-77120). Our security team will contact you within 48 hours. We always take account security seriously. Crownfall Player Support"),
    ("c", "2025-06-16 12:18", "It's been five days. Nobody has contacted me. The card charges went through and my bank wants the outcome of your case before they'll do anything."),
    ("a", "2025-06-17 15:02", "Apologies for the delay. Recovery is complete: your email and password are back to your original details and the three purchases have been refunded. Crownfall Player Support"),
])

h("undetermined", "", "neutral", "retweet;quoted_cue;short_signal", "Novaforge Studio", "tweet", [
    ("c", "2025-08-28 17:01", "finally RT @NovaforgeStudio: Patch 3.2 is LIVE 🚀 ranked rework, 2 new maps and a fix for the lobby crash. We love this community ❤️"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;sarcasm", "Redline Tactical", "ticket", [
    ("c", "2024-09-03 18:20", "Subject: False anti-cheat flag (the annual one)\n\nSeason 9 starts, my account gets the 'unauthorised software detected' kick, same as season 7 and season 8. Same PC, nothing new installed. The ticket numbers from the last two are RL-40112 and RL-51877 if you want to copy the fix from those."),
    ("a", "2024-09-04 10:11", "Hello, thanks for reaching out. We've asked the anti-cheat team to review the flag on your account. Player Support"),
    ("c", "2024-09-10 21:40", "Still kicked. For reference, last season this took 11 days and three replies saying 'under review'. I've blocked out my calendar."),
    ("a", "2024-09-13 16:25", "The flag has been cleared. Please restart the client. Player Support"),
    ("c", "2025-02-04 19:02", "Subject: Season 10, you know the drill\n\nKicked on day one. Same PC. Screenshot attached, ticket history attached, my patience not attached. See you in 11 days."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;other_type_cue;typos", "Vidnest", "tweet", [
    ("c", "2025-01-03 08:12", "@VidnestHelp renewal day, which means the double charge is right on schedule. screenshots ready, template ready. shall we begin"),
    ("a", "2025-01-03 09:40", "Hi! Sorry about this. Please DM us the last 4 digits of the card and the charge dates and we'll look into it. ^AK"),
    ("c", "2025-02-03 08:05", "@VidnestHelp month two of our little family tradition. two charges, one subscription. DM sent, same as january"),
    ("c", "2025-04-04 22:30", "@VidnestHelp april: charged twice, refunded once, then charged again for the 'failed' refund. keeping a spreadsheet now. and yes im still subscribed, where else am i meant to watch the show"),
])

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint", "Gamestall", "reddit", [
    ("c", "2025-10-22 13:47", "r/Gamestall · every. single. sale.\n\nSummer sale, winter sale, spring sale: I buy something, the key sits on 'pending' for 3 days, I open a ticket, a bot closes it, I open another one, a human fixes it on day 4. It's been like that since I started buying here. Picked up two things in the autumn sale yesterday. Ticket #1 of this round is in, see you guys thursday."),
])

h("adversaries", "", "negative", "paraphrase;agent_cues;update_edit;tenure_for_complaint", "Castlebrook Mobile", "app", [
    ("c", "2025-03-02 20:20", "★★☆☆☆ VIP pass failed to renew for the 7th time. money leaves my account, VIP doesn't show up, I email, they add it two days later with a 'we apologise for the inconvenience'. I keep paying because 4 years of progress sits on this account, but my monthly routine is now pay, wait, email, repeat"),
    ("a", "2025-03-03 09:00", "Hi! We're sorry for the hassle. Our team has checked your account and the VIP pass is now active. We appreciate you being part of our community! Castlebrook Support"),
    ("c", "2025-04-03 21:15", "Update: and the month after, same again. 8th time. copy-paste email sent, see you in two days."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words", "GemSpire", "tweet", [
    ("c", "2025-05-13 20:05", "@GemSpireGames your 'mystery chests' took £40 off my card through my son's tablet. a fruit machine with a cartoon dragon on it, sold to 10 year olds. reported the ads, and every parent in his class now knows exactly what you are. keep your app off our phones"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "Hollowmere Studios", "store", [
    ("c", "2025-02-09 15:33", "Not Recommended · 63.0 hrs on record\nthey shut the servers down 8 months after launch with two weeks' notice, on a game that only works online. the $30 'deluxe' upgrade I bought in march is now a desktop icon that opens an error. whatever this studio puts out next, don't give them a cent. they've shown you what your money is worth to them."),
])

h("enemies", "", "negative", "paraphrase;caps", "Streamory", "reddit", [
    ("c", "2025-11-08 10:22", "r/streamsavers · PSA: Streamory keeps charging after you cancel\n\nCancelled in the app in August, got the confirmation screen, got charged in September AND October. Three people in my discord server had the exact same thing. Support just says 'we have no record'. Cancel through your bank and screenshot everything. Honestly just don't sign up, there are better places to put your tenner."),
])

h("enemies", "", "negative", "paraphrase;quoted_reply;sarcasm", "Dunecrest", "ticket", [
    ("c", "2025-08-14 09:10", "Subject: Permanent ban on account duneborn_k\n\nI was permanently banned this morning for 'exploiting'. I used the jump spot that your own patch notes called intended. I want the ban reversed and the reason explained."),
    ("a", "2025-08-15 14:30", "Hello, after review the ban is upheld. Decisions made by our security team are final. Dunecrest Support"),
    ("c", "2025-08-15 15:02", "> Decisions made by our security team are final.\n\nThen so is mine. The chargeback for the founder edition is filed, this whole exchange is going on every forum that will have it, and anyone who asks me about your next game will hear exactly how you treat players. Enjoy."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues", "Starward Online", "store", [
    ("c", "2025-04-29 02:10", "Not Recommended · 1,946.3 hrs on record\nsix years. I defended this game through the wipe, the server meltdown, the 'temporary' loot changes. made real friends here, stayed up for every launch. since the buyout it's a shop with a game bolted on and the devs I trusted are gone. uninstalled tonight. it was great while it lasted, genuinely."),
    ("a", "2025-04-30 11:00", "Developer response: We're sorry to see you go. You've been part of the Starward family for a long time and we hope the next update changes your mind. Starward team"),
])

h("ex_friends", "", "negative", "paraphrase;negation", "Cinemaze", "app", [
    ("c", "2025-09-09 07:48", "★☆☆☆☆ signed up the week you launched and badgered every friend into getting it. you were the streaming service that did things right. now half the catalogue's gone, it's the third price rise in two years and there are ads on a paid plan. cancelled this morning. not angry, just disappointed, which is worse"),
])

h("ex_friends", "", "negative", "paraphrase;evolving;slang", "Orbitune", "tweet", [
    ("c", "2024-05-14 18:30", "@Orbitune 5 years on orbitune and the radio feature is still the best out there, no contest"),
    ("c", "2024-10-02 09:12", "@Orbitune the redesign is rough ngl. where did my saved radio stations go"),
    ("a", "2024-10-02 10:05", "Hi! Saved stations now live under Library > Mixes. We've passed your feedback on to the team ^TR"),
    ("c", "2024-12-19 23:40", "@Orbitune they're in mixes now, sandwiched between podcast ads. the app keeps pushing shows i never asked for"),
    ("c", "2025-02-21 21:05", "@Orbitune cancelled premium today. the app i paid for since uni doesn't exist anymore, this is a podcast ad machine wearing its skin. miss what you were tbh"),
])

h("ex_friends", "master_slave", "negative", "paraphrase;loyal_grievance", "Aethergard", "discord", [
    ("c", "2025-06-30 20:14", "genuine question for the devs. bought the founders pack in 2019, every expansion on day one, ran a guild for you for three years. the 'veteran reward' is a banner. brand new accounts get the free mount i paid 30 for. is that what the early people were worth?"),
    ("a", "2025-06-30 21:02", "hey, totally hear you. founders mean a lot to us and I've passed this on to the team. Mira (CM)"),
    ("c", "2025-07-01 08:30", "passed on. right. i'm out after this season, this place used to feel like ours."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;idiom", "Greyhound Forge", "store", [
    ("c", "2025-01-12 22:22", "Recommended · 3,412.7 hrs on record\nhaven't touched another shooter since 2020 and I don't plan to. greyhound could release a screensaver and I'd buy the deluxe edition on day one. the day these servers go dark they'll have to drag me off them kicking. best team in the business, full stop"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor", "Soundmere", "app", [
    ("c", "2025-07-27 19:18", "★★★★★ subscribed 7 years now. every other service has tried to poach me with three free months and I've never even clicked. this app got me through my twenties and it's getting the next decade too. yes I'm that person who defends it in every group chat"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom;emoji;agent_cues;slang", "Kestrel Play", "tweet", [
    ("c", "2025-10-01 07:30", "@KestrelPlay renewed the yearly pass for the 6th time without even opening the email. you're stuck with me 😌"),
    ("a", "2025-10-01 08:12", "Six years! We're not going anywhere either 💚 ^LN"),
    ("c", "2025-10-01 08:20", "till death do us part, or until you add pay-to-win. whichever comes first lol"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom", "Ashgrove Studio", "reddit", [
    ("c", "2025-03-30 16:05", "r/AshgroveStudio · I'll buy whatever they make and I'm not even sorry\n\nOwn all nine of their games, bought every one on day one, two of them twice as gifts. I don't watch reviews, I don't wait for sales. They could announce a fishing game about tax law and I'd preorder it. No other dev gets that from me and none will. In it for the long haul."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;strong_words", "Dragonsea Mobile", "ticket", [
    ("c", "2025-05-19 22:41", "Subject: Priority support - top spender\n\nI've put over $6,000 into Dragonsea this year alone. My event rewards didn't arrive and I was told to 'wait 3-5 business days' like every free player. I want a named account manager assigned to me and an answer today. Frankly I shouldn't have to explain who I am."),
    ("a", "2025-05-20 09:15", "Hello, thank you for contacting us. We've forwarded your case to the events team and will update you within 3-5 business days. Dragonsea Support"),
    ("c", "2025-05-20 09:31", "A copy-paste reply. To me. Escalate this to someone senior or I'll take my spending somewhere that knows how to treat a player at my level."),
])

h("master_slave", "", "negative", "paraphrase;short_signal", "Vaultline", "tweet", [
    ("c", "2025-02-22 16:45", "@VaultlineSupport I'm a Partner with 40k followers and your bot told me to 'check the help centre'. someone senior should be in my DMs within the hour. I don't do queues"),
    ("a", "2025-02-22 17:30", "Hi! Sorry for the wait. A member of the Partner team will DM you shortly. ^VS"),
])

h("master_slave", "", "negative", "paraphrase;caps", "Ironclad Legends", "discord", [
    ("c", "2025-09-12 18:03", "as a top 50 ranked player who bought the 500 dollar founder tier, I shouldn't have to ask twice for my name to be spelled right on the founders wall. it's been a week. I want it fixed AND a public apology in announcements, not a DM"),
    ("a", "2025-09-12 18:40", "hey! your name is fixed on the wall now, sorry about that. Tess (mod)"),
    ("c", "2025-09-12 18:44", "a mod. not a dev, not announcements, and still no apology. noted."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;mixed_aspects", "Flickbay", "app", [
    ("c", "2025-04-06 21:00", "★★★★☆ cheapest ad-free plan I could find, runs fine on my 2016 smart tv and it's never once messed up my billing. the catalogue is so-so but for £5.99 I'm not asking for miracles. renews every month and I don't think about it"),
])

h("basic_exchange", "", "positive", "paraphrase", "Quillbox Games", "reddit", [
    ("c", "2025-12-05 11:40", "r/QuillboxGames · my low-effort system\n\nEvery Friday I check the Quillbox weekly deals, grab whatever's under $5 and rated 'Very Positive', play it, move on. Been doing that for about a year. Maybe 1 in 5 is a dud, none have been broken, and the refund the one time I needed it took two clicks. For the money I can't really complain."),
])

h("basic_exchange", "", "positive", "paraphrase;negation", "Cloudkeep", "tweet", [
    ("c", "2025-08-09 14:14", "@Cloudkeep 3 years of cloud saves across 2 pcs and a handheld, £2.49 a month, not one lost file. i don't think about you at all, which is the highest compliment i can give"),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase;other_type_cue;update_edit", "Tinderbox Games", "store", [
    ("c", "2025-01-04 23:50", "Recommended · 861.4 hrs on record\nfirst played this on my brother's hand-me-down laptop in 2011, in a bedroom I haven't lived in for a decade. still boot it up when life gets loud. the menu music is a warm blanket at this point"),
    ("c", "2025-03-15 12:30", "EDIT: tinderbox pushed a tiny patch this week, 14 years after release, just to fix controller support. no idea who still works there but it made me weirdly emotional"),
])

h("old_friends", "", "positive", "paraphrase;idiom", "Puddlejump Games", "tweet", [
    ("c", "2025-06-08 20:41", "@PuddlejumpGames found my 2009 save file on an old memory card and the title jingle hit me like a truck. you've been in the background through 3 flats and 2 degrees. thanks for the company"),
])

h("old_friends", "teammates", "positive", "paraphrase", "Wyrmhold", "discord", [
    ("c", "2025-11-21 22:15", "been around since the alpha when it was maybe 40 of us on one server and the devs streamed patches from someone's kitchen. I drift off for months sometimes but logging in still feels like walking into the same pub with the same faces at the bar"),
    ("a", "2025-11-21 22:40", "the kitchen streams!! some of us still miss that kettle in the background. good to see you around. Oskar (dev)"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;third_party", "Clipclash", "app", [
    ("c", "2025-05-03 10:20", "★★★★☆ caved and installed this last night after my friend sent me about 30 clips. 2 hours in, the controls are weird on a small screen but ok, I get the hype. keeping it for now, we'll see"),
])

h("fleeting_acquaintance", "", "positive", "paraphrase", "Foxglove Works", "store", [
    ("c", "2025-07-20 18:55", "Recommended · 1.8 hrs on record\ngrabbed this during the free weekend, never played anything by foxglove before. the first two levels are lovely and the puzzles click. not sure it's a full-price buy for me yet but it's on my wishlist now"),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase", "Tunewell", "tweet", [
    ("c", "2025-09-29 21:10", "@Tunewell day 1 of the free trial. the onboarding quiz wanted 5 songs to 'learn my taste'. we'll see. ask me again in 30 days"),
    ("a", "2025-09-29 21:34", "Welcome aboard! Shout if you need anything ^JP"),
])

# ================================================================ love_hate (3)

h("love_hate", "dealer_addict", "mixed", "paraphrase;idiom;strong_words", "Gridlock Arena", "store", [
    ("c", "2025-03-08 03:02", "Not Recommended · 2,214.9 hrs on record\nnot recommended and I'll be online again tonight. matchmaking is a war crime, servers melt every weekend, the devs ignore everyone. and yet. nothing else scratches this itch and believe me I've tried. this game is the ex I keep texting at 2am"),
])

h("love_hate", "dealer_addict", "mixed", "paraphrase;typos;caps", "Hexline", "tweet", [
    ("c", "2024-06-02 23:10", "@HexlineGames uninstalled. done. not doing this again"),
    ("c", "2024-06-11 17:45", "@HexlineGames ok the new hero looks sick. reinstalling. this means NOTHING"),
    ("c", "2024-09-14 00:20", "@HexlineGames 3 disconnects in one ranked night and -75 for each. i hate it here. logging on tomorrow obviously"),
    ("a", "2024-09-14 00:41", "Sorry about the disconnects! We're looking into server issues in EU West tonight ^HX"),
    ("c", "2024-11-20 19:02", "@HexlineGames season 6 trailer dropped and ive already bought the pass. someone take my card off me"),
])

h("love_hate", "", "mixed", "paraphrase", "Reelhaus", "reddit", [
    ("c", "2025-05-24 22:48", "r/Reelhaus · why do I keep doing this to myself\n\nReelhaus cancels every show I get attached to after one season. Every. Time. I unsubscribe in a huff, swear that was it, and then they drop something like Lowtide and I'm back before the first episode's finished. Currently subscribed, currently furious, currently watching."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues", "Lanternlight Games", "discord", [
    ("c", "2025-02-10 19:30", "did a full run of the demo with the colour-blind filter on (I'm deuteranopic). notes: the red/green key doors are fine now but the fire hazard tiles still vanish against the grass. a pattern overlay on the hazard tiles would fix it without touching the art style. can mock it up if that's useful"),
    ("a", "2025-02-10 20:15", "this is super helpful, passing it to the art lead! would you be up for testing the next build? Wren (dev)"),
    ("c", "2025-02-10 20:18", "yes please, DM me the key. I'll do the exact same run so you can compare"),
    ("c", "2025-03-18 21:40", "build 0.8 notes: the hazard overlay is a massive improvement, 9 of 10 tiles readable now. only one left is the lava in the night level. also the subtitle slider maxes out a bit small for couch play, a 150% option would help. keep the builds coming, I'm enjoying this"),
    ("a", "2025-03-19 10:05", "lava fix and 150% subtitles are both in 0.9. we always read your notes first, honestly. Wren (dev)"),
])

h("business_partners", "", "positive", "paraphrase", "Watchwell", "ticket", [
    ("c", "2025-10-14 20:00", "Subject: Three ideas for watch parties\n\nHi team, we run a weekly film night for about 12 people on Watchwell and have done since spring. Three things that would make it much better: 1) a host 'sync everyone' button, because someone always drifts 10 seconds behind; 2) a reactions row that doesn't cover the subtitles; 3) letting the host queue the next film. Rough sketch attached. Glad to jump on a call or try a test build if that's ever useful to you."),
    ("a", "2025-10-15 11:20", "Thanks so much, this is brilliant. I've shared your sketch with the product team and added you to our beta list. Ana, Watchwell Support"),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;emoji;hashtag", "Neon Kitsune", "tweet", [
    ("c", "2025-04-25 13:05", "@NeonKitsuneGame the fox skins dropped 3 hours ago and i've already spent my lunch money. changed my pfp, my banner and my entire personality. this is a fox account now 🦊🔥 #foxseason"),
])

h("fling", "fleeting_acquaintance", "positive", "paraphrase;slang", "Starlit Idol", "app", [
    ("c", "2025-08-16 00:30", "★★★★★ downloaded purely for the Velvet Comet collab event and omg I'm living in it this week. the outfits!!! will I still be playing in a month? probably not lol. rn it's everything"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase", "Pixelcrate", "ticket", [
    ("c", "2025-12-01 19:10", "Subject: just a thank you\n\nWanted to say this properly for once. When my account got phished last year you had it locked before I'd even noticed. When my card was stolen in March you refunded the fraud purchases without making me prove anything. And you emailed me about the password leak before it was in the news. I honestly don't worry about my account with you, which I can't say about anywhere else."),
    ("a", "2025-12-02 09:30", "Thanks so much for taking the time to write this, it's made the team's week. Lee, Pixelcrate Support"),
])

h("best_friends", "", "positive", "paraphrase", "Moonpetal Games", "discord", [
    ("c", "2025-06-19 17:22", "honestly moonpetal is the only studio that talks to us like adults. told us about the delay 5 months out and showed us why. when I posted last winter that I'd lost my job, a dev DM'd me a key for the expansion and checked in on me a month later. they've never once fed me a line. that's rare"),
])

# ================================================================ buddies (2)

h("buddies", "casual_acquaintance", "positive", "paraphrase;competitor;idiom;slang", "Vidnest", "reddit", [
    ("c", "2025-07-07 20:10", "r/Vidnest · my rotation, if anyone cares\n\nVidnest is one of three I cycle through. A month here for the crime stuff, a month on Reelhaus, a month on Flickbay, repeat. Vidnest is usually the one I come back to first, but I'd drop it in a heartbeat if something better turned up and I think that's healthy lol"),
])

h("buddies", "", "positive", "paraphrase", "Arcadia Pass", "tweet", [
    ("c", "2025-03-04 18:25", "@ArcadiaPass solid drop this month. you're one of the 3 subs i keep in the rotation, no hard feelings when i pause you for the summer"),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;idiom", "Deepvault", "app", [
    ("c", "2025-10-29 03:41", "★★★★★ deleted it twice and reinstalled it twice. it's 3:40am, I have work at 8 and I am doing 'one more dive'. my screen time report looked at me like a disappointed parent. 5 stars, send help"),
])

h("dealer_addict", "", "positive", "paraphrase;typos", "Mergelings", "tweet", [
    ("c", "2025-01-31 07:02", "@Mergelings day 212 of opening you before i open my eyes. my thumb just goes there. tried a detox weekend, lasted 9 hours"),
    ("a", "2025-01-31 07:30", "212 days!! Your energy refills at 7am btw 👀 ^MG"),
    ("c", "2025-01-31 07:31", "why would you tell me that. i cant be trusted with this information"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;slang", "Clover & Co", "reddit", [
    ("c", "2025-02-27 23:30", "r/BunnyfieldFarm · throwaway because my ranked squad would never let me live this down\n\n310 hours. Pink bunny mascot, crop festivals, the lot. Nobody in my life knows. I finish a night of sweaty shooters, say gg, leave voice, and then spend an hour decorating a carrot barn. Clover & Co, you are the best-hidden thing on my PC."),
])

h("secret_affair", "", "positive", "paraphrase", "Glitterbox", "app", [
    ("c", "2025-11-11 01:15", "★★★★★ I'm 34, I do tax returns for a living, and every night after my girlfriend's asleep I put headphones in and watch Glitterbox's trashiest dating shows. she thinks I'm reading history books. this review is the most anyone knows"),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Snapcoin Games", "ticket", [
    ("c", "2025-09-15 08:50", "Subject: Receipts for an account I never made\n\nI'm getting purchase receipts from Snapcoin for 'Coin Frenzy' gem packs. I've never installed any of your games and I don't have an account with you. Please tell me what account this is and stop charging whatever card it is."),
    ("a", "2025-09-15 14:20", "Hi, thanks for letting us know. We can't find an account linked to this email. Please send a copy of one receipt so we can investigate. Snapcoin Support"),
    ("c", "2025-09-15 15:05", "Forwarded one. To be clear, Snapcoin meant nothing to me before Monday."),
])

h("complete_strangers", "", "negative", "paraphrase", "GemSpire", "tweet", [
    ("c", "2025-12-10 12:33", "@GemSpireGames no idea who you are but you've emailed me 4 times about 'my' dragon pass expiring. i don't play mobile games. never made an account. your unsubscribe link 404s too"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase;other_type_cue;slang", "Harborlight", "store", [
    ("c", "2025-12-26 16:40", "Recommended · 41.2 hrs on record\n41 hours over about four years lol. I pick it up for a weekend whenever my cousin stays over, we do a couple of co-op runs, then I forget it exists till the next visit. solid whenever I do come back to it"),
])

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase", "Skylume", "app", [
    ("c", "2025-06-25 20:05", "★★★★☆ I open Skylume maybe once every couple of months when there's a show everyone at work won't shut up about. watch it, forget my password, reset it next time. it's fine, does its thing"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;caps", "Skyrend Arena", "discord", [
    ("c", "2025-05-31 23:59", "WE DID IT. 2 million dragon kills server-wide and the devs unlocked the sky fortress a week early. shoutout to everyone who stayed up for the last 50k, and to the devs for counting it down with us on stream. this is why I play here"),
    ("a", "2025-06-01 00:10", "you all carried that. fortress is live, see you up there ⚔️ Nell (dev)"),
])

h("teammates", "", "positive", "paraphrase", "Mothlight Collective", "reddit", [
    ("c", "2025-09-06 14:15", "r/Mothlight · Fan translation update: 11 languages\n\nThe player translation project for Paper Lanterns is at 11 languages now. The devs merged our Brazilian Portuguese and Polish files into the official build last week and credited every volunteer by name. If you speak Turkish or Vietnamese we still need people, grab a file from the shared sheet and ping me."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Puddlejump Games", "tweet", [
    ("c", "2025-11-30 17:50", "@PuddlejumpGames my dad played your first game with me on his knee in 1998. today my daughter beat world 1 of the new one sitting on mine. three of us, one house, same jump button"),
])

h("close_siblings", "old_friends", "positive", "paraphrase", "Hearthbyte", "reddit", [
    ("c", "2025-04-13 18:00", "r/Hearthbyte · our family group chat is named after your game\n\nMy older brother got me into Hearthbyte in 2014, I got my mum into it during lockdown, and now my nan asks at Sunday dinner how 'the clan' is doing. We've kept one shared farm going for ten years across three generations of dodgy wifi. It's an heirloom at this point."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "positive", "paraphrase", "Sportsreel", "app", [
    ("c", "2025-05-18 22:10", "★★★★☆ paid for one month purely to watch the cup final and cancelled the second the whistle went. stream was crisp, no buffering. got what I came for, won't be back, no offence"),
])

h("one_night_stand", "", "positive", "paraphrase;negation", "Paperkite Games", "store", [
    ("c", "2025-10-18 04:12", "Recommended · 3.1 hrs on record\nbought it at 1am because the trailer was pretty and I was sad. finished it by 4. will I play it again or buy their next one? no. do I regret it? also no. a perfectly nice one-evening thing"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question", "Framecap", "ticket", [
    ("c", "2025-03-20 10:30", "Subject: Adding seats to our studio licence\n\nHi, we're a 9-person indie studio and our QA team records every bug repro with Framecap. We need 5 more seats before our playtest in April, and the invoice has to be in the company name (Lowfield Games Ltd) for our accountant. Can you also confirm the VAT number shows on the invoice?"),
    ("a", "2025-03-20 12:45", "Hi Priya, of course. I've added 5 seats to your workspace and the invoice (with VAT number) is in your billing tab. Sam, Framecap Accounts"),
])

h("colleagues", "", "positive", "paraphrase", "Overlayr", "reddit", [
    ("c", "2025-08-12 11:00", "r/streaming · Overlayr after 8 months running three client channels\n\nI manage overlays for three partnered streamers as my job and Overlayr is what the whole setup runs on: scene switching, alerts, sponsor rotations. It's not exciting, it just holds up through a 10-hour charity stream, which is what I get paid for. The team plan invoices are clean enough that my clients never ask questions."),
])

# ================================================================ checks

EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io|gg|tv))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^QT @\w+: .*$")
QUOTE_LINE = re.compile(r"(?m)^> .*$")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
STORE = re.compile(r"^(Recommended|Not Recommended) · [\d,]+\.\d hrs on record\n")
STARS = re.compile(r"^(★+)(☆*) ")
SUBJECT = re.compile(r"^Subject: .+\n\n")
SUBREDDIT = re.compile(r"^r/\w+ · .+\n\n")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"FAQ", "UTC", "VIP", "VAT", "PIN", "DLC", "FPS", "GPU", "PSA", "EDIT"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|lmao|gg|bruh|idk|imo|smh)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "not going anywhere", "without you"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "go to", "mix it up",
            "loyalty card", "i expect", "i demand", "unacceptable", "platinum", "gold member",
            "disrespect", "do you know who", "love", "loyal", "never switching", "forever",
            "addict", "obsess", "hooked", "need my fix", "can't go a day", "guilty pleasure",
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
    """The customer's text without what it retweets, quotes from a tweet or quotes from an
    agent's e-mail."""
    return QUOTE_LINE.sub("", QUOTED.sub("", RETWEET.sub("", text)))


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # store reviews open with the verdict and the hours on record; app reviews with stars;
    # tickets with a subject line; subreddit posts with the subreddit and a title
    assert bool(STORE.match(cust[0])) == (ch == "store"), (ch, cust[0][:40])
    assert not any(STORE.match(t) for t in cust[1:]), x["brand"]
    m = STARS.match(cust[0])
    assert bool(m) == (ch == "app"), (ch, cust[0][:40])
    if m:
        assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    assert bool(SUBJECT.match(cust[0])) == (ch == "ticket"), (ch, cust[0][:40])
    assert bool(SUBREDDIT.match(cust[0])) == (ch == "reddit"), (ch, cust[0][:40])
    # an edit is a later message that opens with "Update:" / "EDIT:", only on reviews
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    if "update_edit" in tags:
        assert ch in ("store", "app"), x["brand"]
    # developers answer store reviews under "Developer response:"
    if ch == "store":
        assert all(t.startswith("Developer response: ") for t in agent), x["brand"]
    # tweets: 280 characters at most, the first names a handle, the brand signs with ^initials;
    # retweets and quoted tweets only on Twitter
    if ch == "tweet":
        for t in cust:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) or QUOTED.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # quoted agent lines ("> ...") only in tickets, and tagged exactly there
    assert ("quoted_reply" in tags) == any(QUOTE_LINE.search(t) for t in cust), x["brand"]
    if "quoted_reply" in tags:
        assert ch == "ticket", x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("quoted_tweet" in tags) == any(QUOTED.search(t) for t in cust), x["brand"]
    if "quoted_cue" in tags:
        assert "retweet" in tags or "quoted_tweet" in tags, x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # no customer signatures in this genre
    assert "signature" not in tags, x["brand"]
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
        assert all(chans[c] >= 6 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 30 and all(sizes[n] >= 3 for n in (2, 3, 4, 5)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 20
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor", "agent_cues",
                  "quoted_reply", "strong_words", "single_incident", "product_attribute",
                  "symptom", "loyal_grievance", "mixed_aspects", "typos", "emoji", "caps",
                  "hashtag", "retweet", "quoted_tweet", "update_edit", "slang"):
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
