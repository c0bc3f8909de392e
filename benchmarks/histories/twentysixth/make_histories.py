#!/usr/bin/env python3
"""Invented development histories o001..o080 for relradar (twentysixth set).

Genre: retail and fashion product reviews on marketplaces and brand sites (clothing sizes and
fit, shoes, electronics, homeware, beauty, groceries), 1 to 5 reviews per customer across
several products over months. Brand-site reviews open with a row of stars (★★★★☆);
marketplace reviews open with a written rating ("Rated 4 out of 5", "4/5", "4 stars",
"4.0 out of 5 stars") and often carry a "Verified Purchase" note, a size or a colour; some
reviews are edited later with an "Update:" message. The seller's or brand's replies are agent
turns (about a quarter of the customers). A few tweets about orders, with the brand's replies
signed ^XX. The relationship is told in paraphrase, not in the textbook cue phrases; many
undetermined customers review one product with strong words about the product itself. All
texts, names, handles, brands, addresses (example.com) and numbers are invented. Each history
is written under its intended label; ids are assigned by a seeded shuffle (seed 2626) of the
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
PREFIX = "o"
SEED = 2626
TRAPS = TRAPS | {
    "quoted_cue",        # a cue word stands only in retweeted text
    "update_edit",       # a review edited later ("Update:"), the tie or the tone changing
    "seller_not_brand",  # a marketplace review blaming the reseller or the courier, not the brand
    "star_mismatch",     # the star rating does not match the words (code the words)
    "size_fit",          # sizing and fit talk (runs small, size up, inseam) that is not a tie
    "slang"}             # internet slang and abbreviations (omg, tbh, ngl, lol, pls, rn)

# where a history was posted: the brand's own site, a marketplace, Twitter/X
CHANNELS = ("site", "market", "tweet")
MAX_REVIEWS = 5      # customer messages per history
MAX_MESSAGES = 7     # with the brand's replies

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "product_attribute;strong_words;single_incident;size_fit", "Wrenfield Knitwear", "market", [
    ("c", "2025-01-12 20:41", "Rated 1 out of 5\nVerified Purchase · Size: M · Colour: Oatmeal\nPilled after a single wear under a coat. Little grey bobbles all over the forearms and under the arms, and the cuffs have already gone baggy. The label says 30% merino but it feels like a bath mat that's been through a hot wash. Fits true to size, for what that's worth. Dreadful for £68."),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Luma & Moss", "site", [
    ("c", "2025-04-03 18:15", "★★★★★ Love the colour!\nThe shade Fig Jam is exactly my-lips-but-better, a bit browner than it looks on the swatch. Wore it through a twelve-hour wedding day, two meals and far too much prosecco and only touched it up once. The bullet is small for the price but it glides."),
])

h("undetermined", "", "mixed", "mixed_aspects;update_edit;symptom", "Kestrel Audio", "market", [
    ("c", "2024-09-08 09:30", "4/5\nVerified Purchase · Colour: Slate\nSound is warm and full for earbuds at this price, bass doesn't swamp vocals and the transparency mode is genuinely usable on the bus. The case hinge feels flimsy, so one star off."),
    ("c", "2024-10-02 21:12", "Update: three and a half weeks in, the left bud only charges if I wiggle it in the case until the light comes on, every single night. Still love how they sound, but I shouldn't have to perform surgery at bedtime. Would be 2/5 if I could re-rate."),
])

h("undetermined", "", "neutral", "routine_question;agent_cues;size_fit", "Tallow Row", "site", [
    ("c", "2025-10-19 13:05", "★★★★☆ Haven't worn them outside yet, so a question more than a review: is the leather treated for rain, or should I spray them before the first wet day? The box and the care card don't say. Fit is true to size, UK 6 with a thin sock."),
    ("a", "2025-10-20 09:40", "Hi Dana, the Harbour boot is wax-finished, so light rain is fine. For winter we'd recommend a beeswax balm every few weeks; our guide is at help.example.com/care. Always happy to help. Tallow Row Customer Care"),
])

h("undetermined", "", "negative", "sarcasm;single_incident;caps;emoji;hashtag;other_type_cue", "Hollins Home", "tweet", [
    ("c", "2025-02-21 16:48", "@HollinsHome so 'next day delivery' means next WEEK now, good to know. love spending my day off staring out the window for two cushion covers that never turn up 🙃 #stillwaiting"),
    ("a", "2025-02-21 17:20", "Hi Carys, sorry about this. The courier has it marked as delayed at the depot; it's out again tomorrow before 1pm. ^TW"),
])

h("undetermined", "", "positive", "single_thanks;single_incident;agent_cues", "Bramble & Oak", "site", [
    ("c", "2024-12-02 11:22", "★★★★★ One of the mugs in the set of four arrived with a chip on the rim. I sent a single photo and a replacement mug was on my doorstep two days later, no return needed, no forms. The glaze is lovely, a deep blue that goes almost black at the base. Thank you to Priya in customer care."),
    ("a", "2024-12-02 15:03", "Thank you so much, Niamh! We love hearing this and I've passed your note to Priya. Enjoy the set. Bramble & Oak"),
])

h("undetermined", "", "negative", "symptom;bug_report", "Voltari", "market", [
    ("c", "2025-06-14 07:55", "2 stars\nVerified Purchase\nThe smart scale drops its Bluetooth connection every time I step off it, and the app then logs the weigh-in as 'Guest', so my graph is a mess of guests. Readings themselves match the GP's scale. Tried re-pairing, new batteries and resetting. Scale firmware 2.1.4, app 5.0.2, Android 14."),
])

h("undetermined", "", "mixed", "mixed_aspects;product_attribute;size_fit", "Harlow Denim", "site", [
    ("c", "2025-03-09 19:37", "★★★☆☆ Fit: spot on. The high rise sits at my actual waist and the 30\" inseam is right for 5'4\". Fabric: thinner than the photos suggest, and the indigo came off on my cream sofa on day one. The waist also stretched a good inch by the evening, so I'd size down. Great shape, disappointing denim."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue;agent_cues", "Sable Skin", "site", [
    ("c", "2025-05-27 22:10", "★★★★☆ Gentle cleanser, no tightness after, smells faintly of cucumber. Quick question though: the points from this order never showed up in my Glow Rewards account. Is there a delay or did I do something wrong at checkout?"),
    ("a", "2025-05-28 10:14", "Hi Jo, points land 14 days after dispatch, once the returns window closes. If they're not there by 11 June, email rewards@example.com and we'll add them by hand. We value every review, thank you!"),
])

h("undetermined", "", "negative", "strong_words;caps;single_incident;product_attribute", "Pemberton Kitchen", "market", [
    ("c", "2025-08-03 14:26", "1 star\nVerified Purchase\nDANGEROUS. Third time using the air fryer, the plastic on the basket handle went soft and started to smell like burning bin bags at 180 degrees. I've got photos of the warped handle. Unplugged it, it's in the garage. Absolutely shocking that this passed any safety check."),
    ("a", "2025-08-04 10:02", "Response from Pemberton Kitchen: Please don't use the appliance again. We've messaged you through the marketplace to arrange a collection and a full refund, and our safety team would like to examine the basket."),
])

h("undetermined", "fleeting_acquaintance", "positive", "first_time_loyal_claim;strong_words", "Quillfeather Running", "site", [
    ("c", "2025-04-21 08:12", "★★★★★ Where have these been all my life?! Did a 10k in them straight out of the box, no blisters, no hot spots, and my dodgy left knee didn't say a word. The cushioning is soft without feeling like a mattress. You've got a customer for life, Quillfeather."),
])

h("undetermined", "", "negative", "competitor;single_incident", "Norrland Outdoor", "market", [
    ("c", "2024-11-16 17:03", "Rated 2 out of 5\nVerified Purchase · Size: L · Colour: Moss\nSold as waterproof. I was wet through at the shoulders after twenty minutes of ordinary drizzle walking the dog. The ten-pound Skyeline cagoule I had at school kept me drier than this. Pockets and hood are well designed, shame about the actual job of a rain jacket."),
])

h("undetermined", "", "neutral", "seller_not_brand", "Quillon", "market", [
    ("c", "2025-07-01 12:40", "3/5\nCan't really judge the tablet yet. The seller shipped the US version, so the plug on the charger is no use in a UK socket; I'm charging it off my laptop for now. Screen looks sharp and setup was quick. Will rate the tablet itself once I've had a proper charger for a week."),
])

h("undetermined", "", "mixed", "negation;mixed_aspects;other_type_cue;size_fit", "Ashby & Pike", "site", [
    ("c", "2025-09-14 20:02", "★★★☆☆ Bought these loafers for my partner's birthday. Not uncomfortable, not what I'd call comfy either: he says they're fine after an hour, a bit stiff at the heel. The suede is gorgeous, proper tobacco brown, and the stitching is neat. The soles though are lethal on wet pavements. Size up half if you're between sizes."),
])

h("undetermined", "", "positive", "emoji;slang;product_attribute", "Glossbox", "tweet", [
    ("c", "2025-03-30 19:44", "@glossbox_uk omg the cherry lip oil came today and it smells like actual cherries 🍒😍 the little glass bottle is so cute tbh, already chucked it in my bag"),
])

h("undetermined", "", "negative", "idiom;single_incident;strong_words;other_type_cue", "Crumb & Co", "site", [
    ("c", "2025-01-25 10:18", "★☆☆☆☆ The 'artisan sourdough' from Friday's delivery could be used to build a garden wall. Crust like roof slate, middle still doughy, and I nearly left a molar in it. £4.80 for a loaf I fed to the birds, and even they looked doubtful."),
    ("a", "2025-01-27 09:20", "Hi Edie, sorry about Friday's loaf. We've refunded the £4.80 to your card and passed your photos to the bakery team. Crumb & Co"),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;mixed_aspects", "Salt Marsh Snacks", "market", [
    ("c", "2025-05-10 21:30", "4 stars\nVerified Purchase\nDangerously moreish. The sea salt and cider vinegar ones are addictive, the whole bag was gone before the film even started. One star off because the bag is mostly air and £2.40 for 150g is steep for crisps, however good."),
])

h("undetermined", "", "neutral", "routine_question;typos;star_mismatch", "Copperfield Cookware", "market", [
    ("c", "2025-02-07 15:52", "Rated 5 out of 5\nhavent used it much yet so cant really say. does anyone know if the 24cm glass lid fits the 26cm saute pan, the listing dont say and i dont want to buy the wrong one"),
])

h("undetermined", "", "positive", "other_type_cue;occasion;product_attribute", "Pip & Parsley", "site", [
    ("c", "2025-06-22 18:05", "★★★★★ Ordered the family-size lasagne for my sister's 40th, eight of us round the table and not a crumb left. Proper layers, a béchamel that tastes of nutmeg, not glue. Forty minutes from frozen, exactly as it says on the sleeve. Easiest birthday dinner I've hosted."),
])

h("undetermined", "", "negative", "single_incident;agent_cues", "Marlowe Linen", "site", [
    ("c", "2024-10-05 09:14", "★★☆☆☆ Ordered a king-size fitted sheet in Sage, received a double in Stone. The returns label in the box was for a different address. Sheets look nice on the website, I genuinely couldn't tell you how they feel because I haven't got the right one."),
    ("a", "2024-10-05 12:31", "We're so sorry, Tom. That's not the Marlowe standard our family of customers expect. A king-size in Sage is on its way by tracked courier and a prepaid label for the double is in your inbox."),
    ("c", "2024-10-09 19:47", "The king arrived today, thanks. Still annoyed I had to take two mornings off to wait in for couriers over one sheet."),
])

h("undetermined", "", "mixed", "update_edit;product_attribute", "Petrel Botanics", "site", [
    ("c", "2025-02-14 21:40", "★★☆☆☆ The retinol night serum broke me out along the jaw in the first week. Sticky, too, so it pills under moisturiser."),
    ("c", "2025-04-02 08:33", "Update: I stuck with it every other night, six weeks in now. The breakout calmed down and the texture on my cheeks is honestly smoother. Still sticky, still pills, still pricey. Somewhere between two and four stars."),
])

h("undetermined", "", "positive", "strong_words;caps", "Brightwick", "market", [
    ("c", "2025-09-03 11:11", "5 stars\nVerified Purchase\nBEST £90 I've spent this year. Two spaniels, a carpeted staircase, and this little cordless thing pulls up hair I didn't know was in there. Battery does the whole house on the middle setting. Emptying the bin is a bit messy, but honestly, who cares."),
])

h("undetermined", "", "negative", "single_incident;routine_question;agent_cues", "Northloop", "tweet", [
    ("c", "2025-11-04 08:27", "@NorthloopStore ordered a winter coat on the 14th, tracking hasn't moved from 'label created' in three weeks. order no. NL558201. can someone actually look into it please"),
    ("a", "2025-11-04 09:02", "Hi Sam, so sorry for the wait. We always want your order with you fast; could you DM us your postcode so we can chase the warehouse? ^AJ"),
    ("c", "2025-11-04 09:15", "DM sent."),
])

h("undetermined", "", "neutral", "retweet;quoted_cue", "Fabler Shoes", "tweet", [
    ("c", "2025-06-06 12:00", "RT @FablerShoes: We love our community 💛 20% off all sandals this weekend with code SUNNY20. Treat your feet! #SandalSeason"),
])

h("undetermined", "", "positive", "competitor;product_attribute", "Orrin Electronics", "site", [
    ("c", "2025-08-17 16:39", "★★★★☆ Tested these side by side with my flatmate's Soniq pair for a week. Orrin wins easily on battery (I charged them once in seven days of commuting) and on comfort with glasses. Soniq has the punchier bass. For podcasts and trains these are the better buy."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;idiom", "Gridline Electronics", "market", [
    ("c", "2024-11-03 19:20", "Rated 2 out of 5\nVerified Purchase\nThe laptop dock works, but it came with a bent pin in the USB-C port. Returned it. Getting the refund took four emails and a phone call, and their support made me pay the postage back, which I gather is how they handle every return."),
    ("c", "2025-02-11 20:05", "Rated 2 out of 5\nVerified Purchase\nHere we go again. The USB hub I bought to go with the replacement dock is dead out of the box. Ticket opened, scripted 'have you tried another port' reply received, fourth round with their returns desk since the autumn. They're the only ones making a dock for my model, so round and round we go."),
    ("c", "2025-05-19 18:44", "Rated 3 out of 5\nVerified Purchase\nThe braided cable works, for once. I've knocked two stars off in advance because I know exactly how it'll go when it fails, and I've already saved the returns address."),
])

h("adversaries", "", "negative", "paraphrase;sarcasm;other_type_cue;agent_cues", "Greenvale Grocer", "site", [
    ("c", "2025-03-02 10:40", "★★☆☆☆ Leaving this as a review because the chat bot doesn't understand English. Substitutions again: asked for oat milk, got a 'similar item', which was double cream. Third Sunday in a row I've spent filling in the missing-items form."),
    ("a", "2025-03-02 14:12", "Hi Marta, we're sorry your order wasn't right. We value your feedback and have raised this with the picking team at your store."),
    ("c", "2025-05-16 19:03", "★★☆☆☆ Still ordering, because you're the only shop that delivers out to our village. Still playing hunt-the-eggs every Friday. This week: no eggs, no bread, charged for both. Refund requested, as is now our little weekly tradition."),
])

h("adversaries", "", "negative", "paraphrase;emoji;sarcasm", "Threadly", "tweet", [
    ("c", "2024-09-23 13:10", "@ThreadlyFashion return posted 19 days ago, refund still 'processing'. at this point chasing you is just a step of ordering from you, i pencil it into the calendar 🙄"),
    ("a", "2024-09-23 14:02", "Hi Jas, sorry for the delay. Can you DM your order number and we'll take a look? ^RK"),
    ("c", "2024-11-07 10:55", "@ThreadlyFashion and we're back. different dress, same missing refund, same 'DM us your order number'. see you in three weeks for the next one"),
])

h("adversaries", "", "negative", "paraphrase;update_edit;idiom", "Halvorsen Home", "market", [
    ("c", "2025-04-08 21:15", "Rated 1 out of 5\nVerified Purchase\nWriting this from month five of the warranty claim on this dishwasher. Every call gets a new case number and the same promise of an engineer 'within ten working days'. I now keep a spreadsheet of names, dates and case numbers, which is sadly how I've come to deal with this company."),
    ("c", "2025-06-30 18:02", "Update: engineer finally came, replaced the pump, it works. I also bought their tumble dryer in the sale because it's the only one that fits the slot. I know the drill now: warranty printed, spreadsheet ready, gloves on for round two."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words;idiom", "Vexa Beauty", "market", [
    ("c", "2025-07-12 23:02", "Rated 1 out of 5\nDon't walk, run. The 'vitamin C serum' smells like nail varnish remover and stung like it too. The 'dermatologist tested' badge links to nothing, and when I asked about it on their page they deleted my comment and blocked me. This company is selling coloured water in a pretty bottle. Tell your friends, tell your mum, keep your money in your purse."),
])

h("enemies", "", "negative", "paraphrase;hashtag", "Koro Tech", "tweet", [
    ("c", "2025-03-18 12:21", "@Koro_Tech your 'grade A refurbished' phones are scratched junk with someone else's iCloud still on them and you know it. anyone reading this: buy anywhere else. anywhere. #KoroTech"),
    ("a", "2025-03-18 13:00", "Hi Ben, we're sorry to hear that. Please DM us your order number so we can help. ^MC"),
    ("c", "2025-03-18 13:09", "don't 'sorry to hear that' me. you've had my £240 for six weeks. i'll be saying this under every ad you post."),
])

h("enemies", "adversaries", "negative", "paraphrase;strong_words;idiom", "Draycott Furniture", "site", [
    ("c", "2025-08-26 22:48", "★☆☆☆☆ I'm putting this on every review site I can find. They took a £600 deposit for a sofa in March, missed four delivery dates, and now nobody answers the phone or the emails. I've reported them to trading standards and my bank. This outfit is a con from top to bottom. I'd sooner sit on the floor for a year than hand them another penny, and if you value your money, you'll do the same."),
])

h("enemies", "", "negative", "paraphrase;evolving", "Lumora Lighting", "market", [
    ("c", "2024-12-01 16:30", "3 stars\nVerified Purchase\nThe table lamp is fine. Warm light, shade a bit flimsy, dimmer clicks."),
    ("c", "2025-04-20 20:14", "1 star\nVerified Purchase\nGave them a second chance with the ceiling fitting. Mistake. The wiring block came loose inside the rose within a week and my electrician said it wasn't made to any standard he'd recognise. I won't allow anything of theirs in my house again, and if you've got children, please don't have it in yours."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;update_edit;evolving", "Cobble & Hide", "site", [
    ("c", "2025-01-19 17:45", "★★☆☆☆ I've walked to work in your brogues since my first job; these are my sixth pair. The new ones have glued soles where there was stitching, and the leather creased across the toe on day two. What on earth happened?"),
    ("c", "2025-02-03 12:10", "Update: sent them back. Sad to write it, but the shoes I'd have defended to anyone are just another high-street pair now. My feet have moved on."),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;product_attribute;agent_cues", "Hearthmill", "market", [
    ("c", "2025-05-05 15:33", "Rated 1 out of 5\nSixteen biscuits in the packet, now twelve, same price, and the 'improved recipe' tastes of palm oil. We kept your brand in the cupboard through every price rise because it was worth it. So this is what sticking with you gets us? I won't be putting them in the trolley again."),
    ("a", "2025-05-07 11:45", "Response from Hearthmill: We're sorry you feel this way. The recipe and pack change let us keep our biscuits affordable for every family through a difficult year for ingredient costs."),
])

h("ex_friends", "", "negative", "paraphrase;emoji;agent_cues", "Petal & Thorn", "tweet", [
    ("c", "2025-06-09 21:36", "@petalandthorn the reformulated cleanser has wrecked my skin. 8 years i've been telling anyone who'd listen to buy you. guess i'm one of your ex-fans now 💔"),
    ("a", "2025-06-09 22:05", "Hi Lou, we're so sorry. Our community means the world to us; please DM us and we'll send something to make it right. ^EM"),
    ("c", "2025-06-10 07:48", "i don't want a voucher, i want the old formula back. until then i'm shopping elsewhere."),
])

h("ex_friends", "", "negative", "paraphrase;evolving;size_fit", "Tarrow Outdoor", "market", [
    ("c", "2024-02-10 19:00", "5 stars\nVerified Purchase · Size: UK 9\nThird pair of these. Still the comfiest boots I've had on the hills, no break-in needed."),
    ("c", "2024-09-22 18:41", "3 stars\nVerified Purchase · Size: UK 9\nFine, but the lining at the heel wore through in half the time of my last pair, and they come up smaller than before."),
    ("c", "2025-03-15 10:26", "1 star\nVerified Purchase · Size: UK 9\nSole peeled away from the upper at four months. I take back everything I wrote in my earlier reviews: these aren't the boots I fell for, and I'm done waiting for them to come back."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "", "positive", "paraphrase;agent_cues", "Aldous Merino", "site", [
    ("c", "2024-10-27 20:20", "★★★★★ Another one for the pile. My knitwear drawer is basically an Aldous archive by now and I have no intention of diluting it. Other brands try to tempt me with their sales; I don't even open the emails. The bottle green is gorgeous and it'll be the jumper I reach for all winter."),
    ("a", "2024-10-28 09:30", "This made our morning! Thank you for being with us for so long. The Aldous team"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom;other_type_cue;competitor", "Nimbus Run", "market", [
    ("c", "2024-05-04 07:40", "Rated 5 out of 5\nVerified Purchase · Size: 10\nPair number four. Same cushioning, same roomy toe box, same happy feet."),
    ("c", "2024-09-15 08:02", "Rated 5 out of 5\nVerified Purchase · Size: 10\nBought the trail version for the autumn. Couldn't imagine lacing anything else onto my feet at this point."),
    ("c", "2025-01-06 18:30", "Rated 4 out of 5\nVerified Purchase\nThe running socks are good, not as good as the shoes. Still in the family."),
    ("c", "2025-04-12 07:15", "Rated 5 out of 5\nVerified Purchase · Size: 10\nMarathon done in these. Running shop tried to sell me a fancier brand; I smiled and walked out with these again."),
    ("c", "2025-07-20 09:48", "Rated 5 out of 5\nVerified Purchase · Size: 10\nPair seven. I'll be running in these until my knees retire."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor", "Oakhurst Coffee", "site", [
    ("c", "2025-02-28 07:05", "★★★★★ The day you stop roasting the house blend is the day I give up coffee. Eleven years of these bags on my kitchen shelf and not a single regret. A shiny new roastery has opened at the end of my street and I haven't even been tempted to go in."),
])

h("marriage_partners", "", "positive", "paraphrase;negation", "Larchmont Linen", "site", [
    ("c", "2024-08-11 21:14", "★★★★★ We kitted the whole flat out in your sheets when we moved in together, and every set since has come from you. Not once have I looked anywhere else. We'll still be sleeping in Larchmont when we're old and grey."),
    ("c", "2025-03-23 20:50", "★★★★☆ Four only because the poppers on the new duvet cover are fiddly. Doesn't change a thing between us; you're stuck with us."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues", "Vantier", "site", [
    ("c", "2025-11-08 18:30", "★☆☆☆☆ I have spent well over £4,000 with Vantier this year and this is how my order arrives? The coat came in a plastic mailer, no tissue, no card, a crease straight down the back. I shouldn't have to ask for my purchases to be presented properly. I'd like a call from a manager, not a link to the returns portal."),
    ("a", "2025-11-09 10:05", "Dear Ms Laurent, we sincerely apologise. As one of our most valued clients you should never receive an order in this condition. A member of the client services team will email you today."),
    ("c", "2025-11-09 10:41", "An email is not a call. A manager, today, please."),
])

h("master_slave", "", "negative", "paraphrase;product_attribute", "Solace Skincare", "market", [
    ("c", "2025-09-30 19:58", "Rated 2 out of 5\nThe night cream itself is fine, rich, absorbs overnight. What is not fine is that, as a top-tier Solace Circle member, I learned about the new launch from an Instagram ad like everybody else. Being told first is the entire point of being at my level. Somebody at head office needs to sort this out."),
])

h("master_slave", "", "negative", "paraphrase;tenure_for_complaint", "Hartley & Co", "tweet", [
    ("c", "2025-12-01 15:12", "@HartleyAndCo 40 minutes in your 'priority' chat queue. I've ordered from you every week for two years, do you have any idea what that adds up to? I want someone senior on this now, not a chatbot."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;negation", "Stapleton Basics", "market", [
    ("c", "2024-06-02 12:30", "4/5\nVerified Purchase\nThird 5-pack of these socks. Nothing fancy, they last about a year, they cost less than a meal deal."),
    ("c", "2024-11-19 20:11", "4/5\nVerified Purchase · Size: L\nThe plain tees are the same story: wash well, keep their shape, cheap. Restocked."),
    ("c", "2025-06-08 13:02", "3/5\nVerified Purchase\nPrice has crept up 50p. Still cheaper than the supermarket's own, still don't go thin at the heel, so I'm not going anywhere else for socks."),
    ("c", "2025-10-14 18:36", "4/5\nVerified Purchase · Size: L\nBoxers this time. Same deal as the socks: cheap, comfy, they last. My basket's basically on repeat."),
])

h("basic_exchange", "", "positive", "paraphrase;competitor", "Brisk Mart", "site", [
    ("c", "2025-01-30 08:44", "★★★★☆ I buy whichever porridge oats are cheapest and don't taste of cardboard, and these keep winning. Filling, fine with a bit of honey, a pound less than the branded box. Bought the big bag again."),
    ("a", "2025-01-31 09:15", "Thanks for the review, glad the oats hit the spot! Brisk Mart"),
])

h("basic_exchange", "", "positive", "paraphrase", "Ohm & Co", "market", [
    ("c", "2025-07-07 17:25", "Rated 4 out of 5\nVerified Purchase\nI'm not a gadget person. I want a charger that charges, at a price I don't have to think about. This is my fourth of theirs (car, kitchen, office, spare) and not one has given up on me. Four stars because the cable is short."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase", "Dunmore Tea", "site", [
    ("c", "2025-10-12 16:20", "★★★★★ I first bought this blend in a student flat in 1997, back when it came in the orange tin. Twenty-odd years, three countries and a lot of kettles later, the first cup of the day still feels like sinking into an old armchair."),
    ("c", "2025-12-14 15:02", "★★★★☆ Tried the new smoky blend. Perfectly nice, but I'll be back on the orange-tin one by next week; it tastes like being twenty."),
])

h("old_friends", "", "positive", "paraphrase;idiom", "Rowan Outdoor", "market", [
    ("c", "2025-05-25 11:55", "5 stars\nVerified Purchase · Colour: Olive\nSame make as the rucksack that carried me round Europe in my twenties and on pretty much every trip since. Bought the new version: better straps, the waxed canvas smells exactly the same, and I got a bit misty-eyed in the hallway."),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Kittridge Stationery", "site", [
    ("c", "2024-12-14 14:40", "★★★★★ I've been scribbling in your notebooks since you were a single shop on Mill Lane. Who else remembers the paper bags with the little fox on? The dot-grid A5 is as good as ever, and opening the parcel took me straight back."),
    ("a", "2024-12-15 09:12", "We remember the fox bags too! Thank you for being part of our story all these years. Kittridge"),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;size_fit", "Corvid Apparel", "market", [
    ("c", "2025-06-18 20:33", "4 stars\nVerified Purchase · Size: M · Colour: Chalk\nNever bought from this label before; took a punt after a friend wore the same shirt to a barbecue. The linen is nice and heavy, fits true to size with room in the shoulders. I'll see how it washes before trying anything else of theirs."),
])

h("fleeting_acquaintance", "", "mixed", "paraphrase;mixed_aspects", "Hollowbrook Soap", "site", [
    ("c", "2024-12-20 18:20", "★★★☆☆ My introduction to Hollowbrook: spotted your stall at the Christmas market, didn't buy anything there, then ordered online when I got home. The oat bar has a lovely creamy lather but leaves my hands a bit dry. Might give the shampoo bar a go next."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;emoji", "Zestly", "tweet", [
    ("c", "2025-09-08 18:55", "@ZestlyFoods ok trying your meal kits out this week, box one just landed 👀 everything cold, nothing squashed, recipe cards look doable. will report back"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;mixed_aspects;size_fit;agent_cues", "Maven & Mode", "site", [
    ("c", "2024-07-02 21:00", "★★☆☆☆ Sizing is a lottery, as ever: the M in this dress fits like an S. And I already know I'll be back next month, because nobody else does prints like these."),
    ("c", "2024-09-28 19:44", "★★★★★ Ok, the green wrap dress is perfection, and I'm cross about how happy it makes me."),
    ("a", "2024-09-29 10:00", "We love that you love it! Thanks for sticking with us. Maven & Mode"),
    ("c", "2025-01-17 22:05", "★★☆☆☆ After the last return I swore I was done with you. Reader, I was not done. Trousers too long, shirt gorgeous. Why do I keep doing this to myself."),
])

h("love_hate", "", "mixed", "paraphrase;emoji", "Brightloom Audio", "tweet", [
    ("c", "2025-04-26 20:17", "@Brightloom_audio my third pair of your headphones, my third snapped hinge. and yes, i'm going to buy a fourth, because nothing else sounds like you do. i resent that deeply 😤"),
])

h("love_hate", "", "mixed", "paraphrase;update_edit;idiom", "Crema Casa", "market", [
    ("c", "2025-01-04 09:10", "Rated 3 out of 5\nVerified Purchase\nThe coffee this makes is the best I've had at home, and some mornings I want to throw it out of the window: the steam wand sputters, the drip tray overflows if you look at it. This is the second one I've owned."),
    ("c", "2025-08-02 10:45", "Update: went to the shop to look at other machines and walked out with the newer Crema Casa. I am hopeless. Same sputtering wand, same gorgeous coffee."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;agent_cues;size_fit", "Linnet Clothing", "site", [
    ("c", "2024-08-14 19:30", "★★★★☆ A few thoughts from someone who has bought a fair few of your trousers: a 28\" leg option would make them perfect for those of us under 5'3\", and the pockets could be two centimetres deeper so a phone doesn't fall out on the bus. Fabric and waistband are spot on, please don't change those."),
    ("a", "2024-08-15 11:20", "Thank you, Mel. We value notes like this and have passed yours to the design team."),
    ("c", "2025-03-06 20:10", "★★★★★ You added the short leg! Thank you for actually listening. Next wish for the list: the same cut in a heavier fabric for winter. I'll happily send photos of how the current ones have worn after a year if that helps the pattern team."),
])

h("business_partners", "", "positive", "paraphrase;idiom", "Tidewell", "market", [
    ("c", "2025-10-05 14:18", "Rated 4 out of 5\nVerified Purchase\nWorks well with the app. Three things that would make it great, offered in good faith: 1) let schedules follow sunset rather than fixed times; 2) show the energy use per week, not only per day; 3) remember the last state after a power cut. I'd gladly run a test build if you need guinea pigs."),
])

# ================================================================ fling (2)

h("fling", "", "positive", "paraphrase;idiom", "Loom & Lark", "site", [
    ("c", "2025-09-20 12:12", "★★★★★ The autumn drop! Bought the rust cord jacket the minute it went live and have worn it four days straight. I'll probably be onto something else by Christmas, but right now I'm a woman possessed."),
])

h("fling", "", "positive", "paraphrase;negation", "Halcyon Beauty", "site", [
    ("c", "2025-06-01 17:44", "★★★★★ I don't normally chase makeup launches, but the limited Solstice palette got me. Copper on my eyelids every day this week, gold on the weekend. Won't pretend this is a long-term thing, I'm just fully in my shimmer phase and loving it."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;caps", "Carrow Computing", "site", [
    ("c", "2024-11-25 13:30", "★★★★★ When my old laptop died the week before my thesis deadline, the person on their support line talked me OUT of the expensive model and into the one I actually needed, then stayed on the phone while my files copied over. That's why I ask them before I buy anything with a plug."),
    ("c", "2025-05-09 18:04", "★★★★★ Asked them again about a monitor and got the same straight answer, including 'you don't need the 4K one'. I trust them more than I trust most people I know."),
])

h("best_friends", "", "positive", "paraphrase;caps", "Bellwether Lingerie", "market", [
    ("c", "2025-02-18 21:20", "Rated 5 out of 5\nVerified Purchase · Size: 34D\nAfter my surgery I emailed to ask which bras would sit comfortably over the scar, half expecting a template. I got a long, kind, frank reply from a fitter who told me which of their own styles NOT to buy. It's the third time they've talked me through something personal like that. I tell them things I wouldn't tell a shop assistant."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor", "Pike & Pine", "market", [
    ("c", "2025-03-27 07:30", "4 out of 5\nVerified Purchase · Size: S\nOne of a few brands in my gym-kit rotation; I grab whichever of them has a sale on. These leggings are right up there with the best I own: squat-proof, the waistband stays put, and they dry overnight."),
    ("c", "2025-08-30 08:10", "4 out of 5\nVerified Purchase · Size: S\nThe running top is nice, a bit see-through in white. I'll pick up more when they're on offer, same as the other brands in my drawer."),
])

h("buddies", "", "positive", "paraphrase", "Greenhouse Skincare", "site", [
    ("c", "2024-06-15 10:25", "★★★★☆ You're one of the three sunscreens I bounce between, depending on my mood and what's in the bathroom drawer. This one is the best under makeup."),
    ("c", "2025-05-31 09:02", "★★★★☆ Back for the tinted version this summer. Not exclusive, but always happy to see you in the drawer."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "secret_affair", "positive", "paraphrase;idiom", "Velvetine Candles", "site", [
    ("c", "2024-10-04 20:50", "★★★★★ I've honestly lost track of how many orders this is. The Fig & Ember is the one."),
    ("c", "2024-11-02 21:33", "★★★★★ My husband has banned me from your checkout page and I've still found a way. Third candle this month. Send help."),
    ("c", "2025-01-12 19:40", "★★★★★ I can't get through an evening without one burning now. Cedar Smoke is my new fix."),
    ("c", "2025-03-08 20:25", "★★★★☆ Four stars because the wick on Sea Fern tunnelled halfway down. Bought two more the same night anyway, obviously."),
])

h("dealer_addict", "", "positive", "paraphrase;emoji", "Crunchlab", "tweet", [
    ("c", "2025-08-21 23:07", "@crunchlab_snacks it's 11pm and i'm on my third bag of the chilli lime this week. i physically cannot walk past them in the shop anymore. this is a cry for help 😩"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase", "Moonlit Confectionery", "market", [
    ("c", "2025-01-20 22:40", "5 stars\nThese truffles live at the back of my sock drawer, where nobody else in this house would ever look. Nobody needs to know a box gets delivered to my office every month either. The salted caramel ones are unreal."),
])

h("secret_affair", "", "positive", "paraphrase", "Sparkle Rush", "site", [
    ("c", "2025-07-03 21:58", "★★★★★ A 44-year-old accountant should not own this many sequin tops. At work they think I only wear navy. The parcels go to my sister's flat and the tops come out on Friday nights when nobody from the office can see. This silver one is my favourite yet."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;negation", "Zentrova", "market", [
    ("c", "2025-04-14 12:05", "1 out of 5\nI have no idea who this brand is. A parcel of three phone cases turned up addressed to me; I didn't order anything, I don't have an account with them anywhere, and now there's a 'verified' review under my initials that I didn't write. Stop using my name and address."),
])

h("complete_strangers", "", "negative", "paraphrase;agent_cues", "Fleur Direct", "tweet", [
    ("c", "2025-10-22 09:31", "@FleurDirectUK why am i getting 'your order has shipped' texts from you? i've never bought a thing from you in my life and never gave you this number. take me off whatever list this is"),
    ("a", "2025-10-22 10:10", "Hi, sorry for the confusion. We'd love to look into this; please DM us the number so we can check our records. ^SB"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase", "Tilbury Ceramics", "site", [
    ("c", "2025-04-05 15:15", "★★★★☆ I pick up a piece from them every so often: a bowl here, a jug when something gets broken. Never a big order, never in a hurry. This serving plate is up to their usual standard, nice weight, speckled glaze."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;short_signal", "Wexford Garden Tools", "market", [
    ("c", "2024-04-13 10:00", "4 stars\nVerified Purchase\nGloves. They are gloves."),
    ("c", "2025-04-26 11:30", "4 stars\nVerified Purchase\nA trowel this spring. I've bought the odd thing from them over the years, can't say I've ever thought much about them either way. It digs."),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;size_fit", "Purl Republic", "site", [
    ("c", "2025-02-09 20:40", "★★★★★ For the rest of us on the Purl Republic knit-along: the Sage colourway is lovely but knits tighter than the ball band says, go up a needle size. Shout if you want my modified sleeve pattern. The team here let our group vote on the spring colour, which is exactly why I stick around."),
])

h("teammates", "", "positive", "paraphrase", "Trailforge Bikes", "site", [
    ("c", "2025-05-17 17:20", "★★★★★ Review mainly for the Saturday Trailforge riders: they're swapping the dodgy brake levers for free at the shop, bring your receipts. We made enough noise as a group on the owners' forum and the engineers actually came out to ride with us to test the new ones. Nice one, all of us."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase", "Marigold Biscuit Co.", "site", [
    ("c", "2025-11-16 16:05", "★★★★★ My granddad kept a tin of these under his armchair, my mum kept one on top of the fridge, and now my kids know exactly which cupboard to raid. The ginger ones still snap the way they did at his house."),
])

h("close_siblings", "old_friends", "positive", "paraphrase", "Brennan's Boots", "market", [
    ("c", "2025-08-09 19:10", "5 stars\nVerified Purchase · Size: 11\nMy dad wore these on building sites for thirty years and bought me my first pair when I started my apprenticeship. Now I've bought my lad his. It's just the boot our lot wear."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "mixed", "paraphrase;occasion", "Glitterati Costume", "market", [
    ("c", "2025-05-03 23:50", "3 stars\nBought this sequin jumpsuit for one hen do and one hen do only. It held together for six hours of dancing, shed glitter over every surface I own and is now in the charity bag. Not after anything else from them; it was a one-evening thing and that's fine."),
])

h("one_night_stand", "", "positive", "paraphrase;idiom", "Aurelio Watches", "site", [
    ("c", "2025-07-29 14:30", "★★★★☆ Splurged on this in a moment of duty-free madness at the gate. It's lovely, it keeps time, and it's also the first and last thing I'll ever buy from Aurelio. That price was a once-in-a-lifetime event for my bank account, and my wallet needs a lie down."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase", "ProCurl Salon Supply", "market", [
    ("c", "2025-06-25 12:45", "5 out of 5\nVerified Purchase\nI run a two-chair salon and get through a litre of this developer a fortnight on clients. Consistent from batch to batch, which matters when someone's booked in for a colour match and expects the same shade as last time."),
])

h("colleagues", "", "positive", "paraphrase;product_attribute", "Brightlens", "site", [
    ("c", "2024-09-10 22:15", "★★★★☆ Wedding photographer here: two of these bodies are in my bag every Saturday. The battery grip gets me through a fourteen-hour day and the dual card slots have saved a client's ceremony once already."),
    ("c", "2025-03-19 21:40", "★★★☆☆ The 50mm is sharp, but autofocus hunts in dim reception halls, which is exactly where I earn my living. Fine for portraits, I'll keep the older lens in the bag for the evening work."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4})(?= )|Rated [1-5] out of 5\b|[1-5]/5\b|[1-5] stars?\b"
                   r"|[1-5]\.0 out of 5 stars\b|[1-5] out of 5\b)")
UPDATE = re.compile(r"^(?:Update|UPDATE|Edit|EDIT):")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
QUOTED = re.compile(r"(?m)^QT @\w+: .*$")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names, codes or units, not shouting
ACRONYMS = {"USB", "LED", "SPF", "VIP", "HDMI", "GBP"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|havent|wasnt|"
                   r"recieve\w*|definately|alot|untill)\b")
SLANG = re.compile(r"\b(rn|tbh|tho|pls|lol|ty|ngl|lowkey|fr|omg|idk|smh)\b")
SIZE_FIT = re.compile(r"(?i)\b(true to size|size (up|down)|inseam|leg option|"
                      r"runs? (small|large)|come up small|between sizes|needle size|fits like)")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "being with us", "sticking with", "all these years"]
# textbook cue words from the CODEBOOK's tables; each hit in a customer's own words
# (retweets and quoted tweets removed) should sit in a history whose trap tags explain it.
# Reported, not asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "would be great if", "beta", "this season", "so exciting",
            "obsessed", "trust", "always been there", "go-to", "go to", "i switch between",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know how much", "love", "loyal", "never switching", "forever",
            "one and only", "addict", "hooked", "need my fix", "fix", "can't go a day",
            "guilty pleasure", "don't judge", "don't tell", "who are you", "never signed up",
            "never had an account", "first time", "just downloaded", "came across",
            "now and then", "from time to time", "our community", "fellow users", "together",
            "we players", "since i was a kid", "remember when", "like coming home",
            "my mom always", "my mum always", "family tradition", "tradition", "family",
            "generations", "used to", "not anymore", "gone downhill", "closing my account",
            "scam", "worst", "avoid", "stay away", "never again", "boycott", "warn",
            "hate", "can't quit", "keep coming back", "just this once", "one-time",
            "one-off", "impulse", "for work", "our team", "as usual", "typical", "on hold",
            "fighting with", "disputed", "again"]
STEMS = {"addict", "loyal", "love", "trust", "hate", "warn", "avoid", "impulse", "famil",
         "generations", "obsess"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without what it retweets or quotes."""
    return QUOTED.sub("", RETWEET.sub("", text))


def warm(text):
    low = text.lower()
    return any(re.search(r"\b" + re.escape(w), low) for w in AGENT_WARM)


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    assert 1 <= len(cust) <= MAX_REVIEWS, (x["brand"], len(cust))
    if ch in ("site", "market"):
        # every customer message is a review with a written rating (a row of stars on brand
        # sites, words or figures on marketplaces), a later "Update:" edit of one, or a
        # comment under the brand's reply (right after it, no rating)
        assert STARS.match(cust[0]), cust[0][:30]
        for i, (role, _, t) in enumerate(x["msgs"]):
            if role != "c":
                continue
            m = STARS.match(t)
            after_reply = i > 0 and x["msgs"][i - 1][0] == "a"
            assert bool(m) + bool(UPDATE.match(t)) <= 1, (x["brand"], t[:30])
            assert m or UPDATE.match(t) or after_reply, (x["brand"], t[:30])
            if m:
                assert bool(m.group(1)) == (ch == "site"), (ch, t[:30])
                if m.group(1):
                    assert len(m.group(1)) + len(m.group(2)) == 5, t[:30]
        # a reply never opens with a rating; brand replies on sites are not signed ^XX
        assert not any(STARS.match(t) or re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
        assert not any(RETWEET.search(t) or QUOTED.search(t) for t in cust), x["brand"]
    else:
        # tweets: 280 characters at most, no ratings, the first names a handle, the brand
        # signs with ^initials
        assert not any(STARS.match(t) or UPDATE.match(t) for t in cust), x["brand"]
        for t in cust + agent:
            assert len(t) <= 280, (len(t), t[:40])
        assert "@" in cust[0], cust[0][:40]
        for t in agent:
            assert re.search(r"\^[A-Z]{2}$", t), t[:40]
        assert "Verified Purchase" not in own, x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust), x["brand"]
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
    assert ("size_fit" in tags) == bool(SIZE_FIT.search(own)), (x["brand"], SIZE_FIT.findall(own))
    assert ("agent_cues" in tags) == any(warm(t) for t in agent), x["brand"]
    if "seller_not_brand" in tags or "star_mismatch" in tags:
        assert ch == "market", x["brand"]
    # the genre holds no e-mail conversations: no signatures, no quoted e-mail replies
    assert not tags & {"signature", "quoted_reply"}, x["brand"]
    assert not any(ln.startswith(">") for t in cust for ln in t.split("\n")), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    # invented addresses only
    for _, _, t in x["msgs"]:
        for dom in EMAIL.findall(t) + URL.findall(t):
            assert dom == "example.com" or dom.endswith(".example.com"), dom


def check_and_assign():
    for x in HISTS:
        tags = set(check_history(x, TRAPS, max_messages=MAX_MESSAGES))
        check_genre(x, tags)
    assigned, full = assign(HISTS, SEED, PREFIX)
    if full:
        hists = [x for _, x in assigned]
        assert len({x["brand"] for x in hists}) == len(hists), "one brand per customer"
        chans = Counter(x["channel"] for x in hists)
        assert chans["tweet"] >= 6 and chans["site"] >= 25 and chans["market"] >= 25, chans
        reviews = Counter(sum(1 for r, _, _ in x["msgs"] if r == "c") for x in hists)
        assert reviews[1] >= 40 and all(reviews[n] >= 1 for n in range(2, 6)), reviews
        nreply = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 16 <= nreply <= 24, nreply
        tags = Counter(t for x in hists for t in x["trap"].split(";"))
        for t in ("sarcasm", "negation", "idiom", "other_type_cue", "competitor",
                  "update_edit", "mixed_aspects", "strong_words", "loyal_grievance",
                  "product_attribute", "symptom", "single_incident", "emoji", "caps",
                  "hashtag", "typos", "agent_cues", "size_fit"):
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
    print("customer reviews per customer:",
          dict(sorted(Counter(sum(1 for r, _, _ in x["msgs"] if r == "c")
                              for x in hists).items())))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
