#!/usr/bin/env python3
"""Invented training histories yb001..yb080 for relradar (thirty-seventh set).

Genre: food. Grocery delivery, supermarkets, meal-kit boxes, coffee and restaurant chains,
takeaway apps and bakeries. In-app support chats with agents ("chat"), tweets to brand handles
with ^initialled replies ("tweet"), app-store reviews with star symbols ("app"), marketplace
reviews rated in words ("market"), and messages sent through a loyalty or rewards app's help
form ("loyalty"); household and family shopping over months and years. 1 to 5 customer
messages per history, 6 messages at most with the agent's turns. The relationship is told in
paraphrase, in customers' ordinary words; undetermined customers report one missing item, one
late order, one great meal, ask about points or allergens, and use other types' cue words in
passing. All texts, names, handles, brands, addresses (example.com) and numbers are invented.
Each history is written under its intended label and checked by the CODEBOOK's procedure; ids
are assigned by a seeded shuffle (seed 3737) of the harness's type mix so that ids carry no
order.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import (  # noqa: E402
    TRAPS, assign, check_history, print_cue_report, print_summary, write_files)

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "yb"
SEED = 3737
TRAPS = TRAPS | {
    "update_edit",  # a review edited later ("Update:"), the tie or the tone changing
    "slang"}        # chat and tweet slang (tbh, lol, cos, ngl, pls)

# where a history was written: an in-app support chat, Twitter/X, an app store, a marketplace,
# a loyalty/rewards app's help form
CHANNELS = ("chat", "tweet", "app", "market", "loyalty")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the brand."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Brightfield Market", "loyalty", [
    ("c", "2025-02-06 19:12", "Hi, quick one about my loyalty points. I did a £62.40 shop on Monday and only 124 points landed. I thought the app said 5 points per pound? Card ending 4471."),
    ("a", "2025-02-07 09:30", "Hi Dana, the standard rate is 2 points per £1; the 5x rate is only on items with the orange Bonus tag. Your 124 points are right. Brightfield Rewards"),
])

h("undetermined", "", "negative", "single_incident;typos;agent_cues", "Basketly", "chat", [
    ("c", "2024-09-12 18:47", "my order came without the chicken thighs which was literally tonights dinner. order 88213-K"),
    ("a", "2024-09-12 18:52", "I'm really sorry about that. I've refunded £5.75 to your card, it'll show in 3-5 working days. We value every order and I've flagged this with the picking team."),
    ("c", "2024-09-12 18:55", "ok but a refund doesnt help me at 7pm does it. now i have to go back out"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Honeycomb Patisserie", "market", [
    ("c", "2025-04-20 16:03", "Rated 5 out of 5. Ordered a unicorn cake for my daughter's seventh and it was perfect: light sponge, buttercream that wasn't tooth-achingly sweet, and the horn survived the car journey. Collected on time, boxed beautifully. She's still talking about it 🦄"),
])

h("undetermined", "", "mixed", "mixed_aspects", "Simmerbox", "market", [
    ("c", "2024-11-03 20:15", "Rated 3 out of 5. The recipes are genuinely good, the miso aubergine tasted like something from a restaurant. But the packaging is absurd: each spring onion in its own plastic sleeve and two ice packs for a box that was on my doorstep within an hour of being packed. Food yes, waste no."),
])

h("undetermined", "", "negative", "strong_words;caps;single_incident", "DishDash", "tweet", [
    ("c", "2025-01-17 21:40", "@DishDashUK 1h40 for a pizza that turned up COLD and folded in half like a wallet. driver didn't knock, just left it on the garden wall in the rain. genuinely disgusting service"),
    ("a", "2025-01-17 21:52", "That's not okay and we're sorry. Please DM us your order number and we'll refund it in full. ^JR"),
])

h("undetermined", "", "neutral", "routine_question", "Copper Kettle Coffee", "chat", [
    ("c", "2024-06-08 10:21", "Hi, is the oat milk you use made somewhere that also handles nuts? My son has a tree nut allergy and wants a hot chocolate."),
    ("a", "2024-06-08 10:24", "Hi! The oat milk comes from a nut-free site, but our almond syrup is used behind the same counter, so we can't promise zero cross-contact. If you ask, the barista will wipe down and use a fresh jug."),
    ("c", "2024-06-08 10:26", "That's helpful, thanks."),
])

h("undetermined", "", "positive", "idiom;emoji;single_thanks", "Gilded Crumb", "tweet", [
    ("c", "2025-03-02 11:05", "@GildedCrumb the almond croissant at your Leith Walk shop is dangerously good. I could have eaten six. whoever makes them deserves a pay rise 😭"),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;symptom;bug_report;mixed_aspects", "Nosh Runner", "app", [
    ("c", "2025-05-14 22:30", "★★★☆☆ Love the colours on the new design and the live map of the rider is actually useful. But it logs me out every single time I close it and makes me redo the SMS code. Fix that and it's five stars."),
])

h("undetermined", "", "negative", "sarcasm;single_incident", "Pantry Run", "chat", [
    ("c", "2024-03-23 11:48", "Brilliant. So the 'guaranteed' 8-9am slot means 11:40. Really appreciate you letting me take the morning off for this."),
    ("a", "2024-03-23 11:53", "I'm sorry, the van broke down on the ring road and the whole route ran late. I've added a £5 credit to your account."),
    ("c", "2024-03-23 11:55", "Thanks, I guess."),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Larkspur Stores", "loyalty", [
    ("c", "2024-08-30 14:02", "How do I add an old plastic card to the app? My partner gave me hers, there's about 900 points on it. The number on the back is 6300 1182 44."),
    ("a", "2024-08-30 15:40", "Hi, go to Account > Cards > Add a physical card and type in the number. The points move over within 24 hours."),
])

h("undetermined", "", "positive", "strong_words;caps;single_thanks", "Crumb & Co", "market", [
    ("c", "2025-06-21 13:30", "Rated 5 out of 5. The best brownies I have ever eaten in my LIFE. Fudgy middle, crackly top, and they came in a tin rather than plastic. Got the box of 12 for my sister's hen do and they were gone in ten minutes flat."),
])

h("undetermined", "", "negative", "single_incident", "GrubPost", "app", [
    ("c", "2024-10-05 09:14", "★☆☆☆☆ Took £23.10 from me twice for one order and the help section is a bot that loops you back to the FAQ. Got the money back after four days of emails. Not impressed."),
])

h("undetermined", "", "mixed", "mixed_aspects", "Saltfin Fish Kitchen", "tweet", [
    ("c", "2024-07-19 20:11", "@SaltfinKitchen haddock was perfect, batter light as air. chips soggy and lukewarm though, and £4.20 for a pot of mushy peas is cheeky"),
    ("a", "2024-07-20 10:02", "Thanks for the honest review. We've passed the chips comment to the Harbourside team. ^MB"),
])

h("undetermined", "", "neutral", "routine_question;occasion", "Panfry Kits", "chat", [
    ("c", "2025-02-27 17:33", "Can I change the address for tomorrow's box? We're at my mum's for the weekend, 14 Orchard Row, Dunmore."),
    ("a", "2025-02-27 17:36", "Done! Tomorrow's box will go to 14 Orchard Row. The rest of your deliveries stay the same."),
])

h("undetermined", "", "positive", "single_thanks;hashtag;agent_cues", "Loafers Bakery", "tweet", [
    ("c", "2024-12-14 09:50", "@LoafersBakery to whoever was on the till at the Castle St shop this morning: I was 30p short and she just waved it away with a smile. tiny thing, made my whole day #kindness"),
    ("a", "2024-12-14 10:31", "This is lovely to hear! We'll make sure Jess sees it. ^TK"),
])

h("undetermined", "", "negative", "product_attribute;negation;single_incident", "Hickory Pit BBQ", "market", [
    ("c", "2025-05-04 21:05", "Rated 1 out of 5. Ordered the Family Feast for six. Two of the four sides were missing and the chicken was pink by the bone. Rang the branch three times, no answer. I don't love writing reviews like this but that was dangerous."),
])

h("undetermined", "", "mixed", "single_incident;mixed_aspects", "Greengage Grocer", "chat", [
    ("c", "2024-05-10 19:02", "You swapped my semi-skimmed for oat milk?? Nobody in this house drinks oat milk."),
    ("a", "2024-05-10 19:06", "Sorry, that substitution shouldn't have happened, you had 'no subs' set on dairy. I've refunded the oat milk and the milk you didn't get."),
    ("c", "2024-05-10 19:09", "ok thanks. to be fair the rest was spot on and the strawberries were gorgeous"),
])

h("undetermined", "", "neutral", "routine_question;other_type_cue", "Drip District", "loyalty", [
    ("c", "2024-10-12 08:40", "Does the birthday reward cover the seasonal menu? The app says 'any handcrafted drink' but the till at Market Square wouldn't take it for the pumpkin latte yesterday."),
    ("a", "2024-10-12 11:15", "Hi Sam, it should work on any drink, seasonal ones included. That store's tills were on an older update; I've put the reward back on your account."),
])

h("undetermined", "", "positive", "competitor;product_attribute", "FreshLoop", "app", [
    ("c", "2025-01-09 20:20", "★★★★☆ Solid app. Rebooking a past shop takes two taps, the delivery slots are clear and the subs screen finally lets you say no. Checkout is much quicker than Basketly's. Only gripe: searching 'tinned tomatoes' shows me crisps first."),
])

h("undetermined", "", "negative", "symptom;bug_report", "Menuvo", "chat", [
    ("c", "2025-03-30 19:44", "The app crashes every time I try to put the voucher code in at checkout. Tried on wifi and on 4G. The code is SPRING15."),
    ("a", "2025-03-30 19:49", "Thanks for flagging. That's a known problem in version 4.2 and a fix is rolling out today. I've applied the 15% to your basket by hand."),
])

h("undetermined", "", "mixed", "mixed_aspects;third_party", "Curryhop", "tweet", [
    ("c", "2024-02-16 21:25", "@CurryhopApp the dal makhani from Spice Route came through you hotter than when I eat in there. £3.99 delivery plus £1.50 'service' on a £12 order though?? not ok"),
])

h("undetermined", "", "positive", "single_thanks;emoji", "Crate & Carrot", "chat", [
    ("c", "2024-04-04 12:10", "Not a problem, just a thank you: whoever packed today's order put the eggs in their own bag and wrote 'careful!!' on it 😄"),
    ("a", "2024-04-04 12:14", "Aw, that's made our morning! That'll be the Bristol team, I'll pass it on. Have a great day."),
])

h("undetermined", "", "neutral", "routine_question;short_signal", "Larder Post", "tweet", [
    ("c", "2024-09-02 13:00", "@LarderPost do you deliver to ZE postcodes yet?"),
    ("a", "2024-09-02 13:22", "Not yet, sorry! We're hoping to add Shetland next spring. ^AN"),
])

h("undetermined", "", "mixed", "other_type_cue;product_attribute;symptom;mixed_aspects", "Wokabout Noodles", "app", [
    ("c", "2024-12-29 18:55", "★★★☆☆ The spin-the-wheel thing for coupons is weirdly addictive, but half the prizes are 'free delivery on orders over £40', which is nothing. The noodles are honestly great, the gyoza always arrive a bit squashed."),
])

h("undetermined", "", "negative", "product_attribute;other_type_cue;bug_report", "Rise Bakehouse", "loyalty", [
    ("c", "2025-04-11 08:15", "The Loyalty tab in the app shows 0 stamps. I had 7 yesterday, one off a free loaf. Where have they gone?"),
    ("a", "2025-04-11 09:40", "Sorry about this! A sync error last night reset some cards. Your 7 stamps are back now."),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase", "Hopper Fresh", "chat", [
    ("c", "2024-02-08 19:30", "Missing items again: bananas and the washing-up liquid this time. Shall I do the usual and send you a photo of the receipt?"),
    ("a", "2024-02-08 19:34", "Sorry about that. No photo needed, I've refunded £2.85."),
    ("c", "2024-06-14 20:02", "Here we go. Half the order substituted even though 'no substitutes' is ticked, as it is every week. I know how this goes, just refund the subs please and I'll hand them back to the driver next time."),
    ("a", "2024-06-14 20:09", "I've refunded the five substituted items, £11.40. Sorry for the hassle."),
    ("c", "2024-11-21 18:40", "Same story, different month. Chilled bag arrived warm. I'm not even annoyed anymore, it's just what Thursdays are now. Refund the yoghurts and the chicken and we'll do this again next week, I'm sure."),
    ("a", "2024-11-21 18:46", "Refund of £9.20 done. I've also raised the chilled bag with the depot."),
])

h("adversaries", "", "negative", "paraphrase;slang", "Bitebell", "tweet", [
    ("c", "2025-02-21 22:14", "@BitebellApp round four with your refunds team this month. you send cold food, I send photos, you offer 50p credit, I escalate, you cave. see you next friday I suppose"),
    ("a", "2025-02-21 22:30", "Sorry to hear this. Please DM us the order ID and we'll take a look. ^CS"),
    ("c", "2025-02-21 22:33", "@BitebellApp the order ID is in the last three DMs I sent you lol"),
    ("a", "2025-02-21 22:41", "Found them, thanks. A full refund of £18.60 is on its way. ^CS"),
])

h("adversaries", "", "negative", "paraphrase", "Dunmore Foods", "loyalty", [
    ("c", "2024-01-15 17:20", "Shelf said £1.50 for the ground coffee, the app charged £2.20. That's the fifth shelf-price mismatch I've had to report at the Westgate store since Christmas. I now photograph every label before I put anything in the trolley, which says it all."),
    ("a", "2024-01-16 09:05", "Hi Marcus, thanks for reporting this. I've credited the 70p difference to your account and shared the photo with the store."),
    ("c", "2024-04-02 18:11", "Another one. Olive oil, £6.00 on the shelf, £7.45 charged. Photo attached as per. I'll keep sending them for as long as you keep doing it."),
    ("a", "2024-04-03 08:50", "Credited £1.45. The Westgate team are re-checking the labels in aisle 9."),
])

h("adversaries", "", "negative", "paraphrase;other_type_cue;sarcasm", "Ladle & Co", "chat", [
    ("c", "2024-07-03 12:30", "Third month running I've skipped the week in the app and you've shipped and charged me anyway. I could recite your script by now. Refund it please."),
    ("a", "2024-07-03 12:36", "I'm sorry, I can see the skip was saved. I've refunded £41.99 in full."),
    ("c", "2024-09-04 12:12", "And again. At this point the skip button is decorative. Same refund please, I know you'll do it, I just have to ask every single time."),
    ("a", "2024-09-04 12:20", "Refunded £41.99. Our tech team is looking into skips not saving."),
    ("c", "2024-11-06 13:01", "Monthly reminder that your skip button doesn't work. Refund, as per tradition."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;single_incident", "Forno Nove", "tweet", [
    ("c", "2024-08-10 21:15", "@FornoNove found a hair baked into the crust and you offer me a £3 voucher. keep it. the whole group chat has seen the photo and none of us will be ordering from you again"),
    ("a", "2024-08-10 21:40", "We're really sorry. Please DM us so we can look into this with the kitchen. ^EV"),
])

h("enemies", "", "negative", "paraphrase;strong_words", "PrepPal", "market", [
    ("c", "2025-01-28 15:44", "Rated 1 out of 5. This company is a racket. The 'free trial box' turned into £59.99 taken three times before I spotted it, and cancelling means a phone line that's only open while everyone's at work. Save yourself the grief and go literally anywhere else. My bank is now involved."),
])

h("enemies", "", "negative", "paraphrase;third_party", "Speedyspoon", "chat", [
    ("c", "2024-10-22 08:05", "Please close my account and delete my data. I don't want a voucher. After reading how your riders are paid I won't spend another penny with you, and I've told everyone I know to bin the app too."),
    ("a", "2024-10-22 08:11", "We're sorry to see you go. Your account will be closed and your data deleted within 30 days."),
])

h("enemies", "", "negative", "paraphrase;hashtag;idiom", "Hartwell Coffee", "tweet", [
    ("c", "2025-03-11 12:00", "@HartwellCoffee 'ethically sourced' my foot. your own supplier report says half those farms were never audited. stop greenwashing and stop taking people's money #BoycottHartwell"),
    ("a", "2025-03-11 12:25", "We take sourcing seriously and would like to talk this through. Could you DM us? ^LW"),
    ("c", "2025-03-11 12:31", "@HartwellCoffee no, I won't be DMing. this stays public so people can see it. there are a hundred better coffee shops on every high street, go to any of them"),
    ("a", "2025-03-11 12:50", "Understood. Our sourcing report and audit dates are public on our website. ^LW"),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;quoted_reply", "Orchard Van", "chat", [
    ("c", "2024-05-29 10:40", "I've shopped with you since you were three vans and a website. The drivers knew my dog by name, you'd ring if the strawberries weren't good that week. Now it's a different driver every time, half the order is swaps and this chat is a bot. I'm moving my weekly shop elsewhere from Monday. Genuinely sad about it."),
    ("a", "2024-05-29 10:41", "We value your loyalty and are sorry to hear about your experience. Is there anything else I can help with today?"),
    ("c", "2024-05-29 10:43", "\"We value your loyalty.\" Yes, that's exactly what I mean. Bye."),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;agent_cues;negation", "Bean & Bramble", "tweet", [
    ("c", "2025-01-06 08:15", "@BeanBramble nine years of my daily flat white, and the new app wiped my stamps and charged me for my birthday drink, while new sign-ups get 50% off. cool way to treat the people who kept you open through lockdown"),
    ("a", "2025-01-06 09:00", "We're so sorry, that's not how we want our regulars to feel. DM us and we'll restore your stamps. ^RB"),
    ("c", "2025-01-06 09:12", "@BeanBramble the stamps aren't the point. I've started going to the place across the road and honestly I don't miss you as much as I thought I would"),
])

h("ex_friends", "", "negative", "paraphrase;update_edit;evolving;other_type_cue", "Forkful Kits", "app", [
    ("c", "2023-03-12 19:00", "★★★★★ Best kit we've tried. Proper portions, recipes my partner and I actually look forward to, and the box has become our Tuesday night ritual."),
    ("c", "2025-02-09 20:40", "Update: two years on, dropping this to two stars. Portions have shrunk, the same six recipes go round every month and the price has gone up twice. We cancelled last week. It was lovely while it lasted."),
])

h("ex_friends", "", "negative", "paraphrase", "Millstone Bakery", "loyalty", [
    ("c", "2024-09-14 09:30", "For six years your Saturday sourdough was the one thing I never skipped. Since the new owners took over it's a pale, fluffy loaf in a nicer bag. The girl at the counter said the recipe 'changed centrally'. I don't know why I'm telling the rewards app this, probably because I'm about to cancel the bread subscription and wanted someone to know why."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;emoji;competitor", "Kestrel Foods", "tweet", [
    ("c", "2024-11-30 18:20", "@KestrelFoods eleven years, two house moves and a pandemic, and every single weekly shop has been yours. my brother keeps on at me to try the discounters. not happening, ever ❤️"),
    ("a", "2024-11-30 19:02", "This has made the whole team smile. Thank you for sticking with us! ^SR"),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;competitor;agent_cues", "Saffron & Sage Kits", "chat", [
    ("c", "2025-04-02 20:10", "Not a complaint for once! Four years of your box every week, through two babies and a kitchen that was a building site for a month, and it has never let us down. We get codes for every other kit through the door and they go straight in the recycling. You're our one and only and that's not changing."),
    ("a", "2025-04-02 20:16", "This is the loveliest message, thank you! I've shared it with the whole team."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;idiom", "Grange Roasters", "app", [
    ("c", "2024-06-18 07:50", "★★★★★ The only coffee I'll drink now, and believe me I've tried to stray. I've been in the Grange Road shop most mornings since the week it opened and I'd follow those baristas to the moon. The app just works, the staff are wonderful, I'm theirs for life."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;routine_question;emoji", "Hollin's Grocers", "loyalty", [
    ("c", "2025-05-07 12:40", "Small thing: the app says 'Member since 2016'. It was 2014, I've still got the paper card in my purse! Can you fix it? Not that it matters much, you've been brilliant to us every single year and nobody else is getting my grocery money 😄"),
    ("a", "2025-05-07 14:02", "Ha, thank you! I've updated your member date to March 2014."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;occasion;competitor", "Grillhouse Tamber", "chat", [
    ("c", "2025-02-14 21:30", "Do you have any idea what I put through your restaurants every month? Tonight, Valentine's, I was sat next to the kitchen doors and told the window tables were 'all reserved'. Reserved for whom? I want the general manager to ring me tonight. Not a chat agent, not a voucher."),
    ("a", "2025-02-14 21:36", "I'm sorry your evening fell short. I've passed this to the manager on duty, who will be in touch within 48 hours."),
    ("c", "2025-02-14 21:38", "Forty-eight hours. Remarkable. Tonight, or the whole account and my clients' dinners go to Harcourt's."),
])

h("master_slave", "", "negative", "paraphrase;typos", "Stackd Burgers", "tweet", [
    ("c", "2024-09-27 13:10", "@StackdBurgers 40 minutes for a collection order when i'm top tier on your app. your staff should know my face by now and have it waiting. sort it"),
    ("a", "2024-09-27 13:25", "Sorry for the wait today. If you DM us the order number we'll look into it. ^DK"),
    ("c", "2024-09-27 13:29", "@StackdBurgers i shouldnt have to DM anyone. you come to me."),
])

h("master_slave", "", "negative", "paraphrase;caps", "Provender Home Delivery", "chat", [
    ("c", "2024-12-05 18:02", "The driver rang ONCE and then left a card saying I was out. I was in the bath. I pay for the premium slot precisely so I don't have to sprint to the door like everyone else. The order comes up the stairs and into the kitchen, that's the arrangement, and I shouldn't have to explain it to a new driver."),
    ("a", "2024-12-05 18:08", "I'm sorry about this. I can rebook for 8pm tonight at no charge."),
    ("c", "2024-12-05 18:10", "8pm is when I eat. 7pm, and send the usual driver."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase;competitor", "Thrift Larder", "market", [
    ("c", "2024-10-08 12:00", "Rated 4 out of 5. I've done my basics through them for about a year now. Nothing fancy: the own-brand tins and pasta are decent, the total is a good bit lower than the big supermarkets and the van turns up inside the slot. That's all I ask of a grocery shop."),
])

h("basic_exchange", "buddies", "positive", "paraphrase;slang;other_type_cue", "Corner Crate", "tweet", [
    ("c", "2025-03-18 17:45", "@CornerCrate not into reward apps tbh. I shop with you cos the milk's 20p cheaper and the queue's never more than two deep. keep that up and you'll keep me"),
])

h("basic_exchange", "", "neutral", "paraphrase;routine_question", "Mealwise", "chat", [
    ("c", "2024-08-19 19:20", "Deciding whether to keep my plan. I stayed with you because it worked out cheaper per meal than doing my own shop. With the new prices it's £5.49 a portion. If that's not under the supermarket there's no point for me. Is the cheaper range staying or going?"),
    ("a", "2024-08-19 19:27", "Our Everyday range is staying at £3.99 a portion. You can switch your plan to it in Settings > Plan."),
    ("c", "2024-08-19 19:30", "Ok, switching to that then. Cheers."),
])

# ================================================================ old_friends (3)

h("old_friends", "close_siblings", "positive", "paraphrase;emoji;other_type_cue", "Finlay's Fish Bar", "tweet", [
    ("c", "2025-07-05 20:30", "@FinlaysFishBar first fish supper back in Aberglas after two years away and it tastes exactly like the ones my grandad bought me after saturday football. same salt, same paper, same wee man at the fryer ❤️"),
])

h("old_friends", "marriage_partners", "positive", "paraphrase", "Quay Street Bakehouse", "chat", [
    ("c", "2024-01-20 09:15", "Just renewed the bread club for the twelfth year. I think I was one of the first to sign up, back when you were just the one shop and the oven that kept breaking. Saturday morning pick-up is still the best bit of my week. No question, just felt like saying it."),
    ("a", "2024-01-20 09:30", "That's really made our morning, thank you! See you Saturday."),
])

h("old_friends", "", "positive", "paraphrase", "Harbour Blend Coffee", "market", [
    ("c", "2024-03-03 16:40", "Rated 5 out of 5. I've been drinking the Morning Harbour blend since my student flat, which is longer ago than I care to admit. Open a bag and I'm back in that cold kitchen with the dodgy hob. They've changed the label three times; the coffee, thankfully, not once."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "positive", "paraphrase;other_type_cue", "Nibble", "app", [
    ("c", "2025-02-02 21:10", "★★★★☆ Gave it a go because a leaflet came through the door with £10 off. Ordered from a Thai place I'd never heard of, the food was hot and the rider was lovely. Not sure I'll be on it every week but it's staying on my phone for now."),
])

h("fleeting_acquaintance", "", "neutral", "paraphrase;routine_question", "Beetroot Box", "chat", [
    ("c", "2024-04-15 11:00", "Hi, I'm brand new, just set the account up this morning. Do I need to be in for the box or can the driver leave it somewhere?"),
    ("a", "2024-04-15 11:03", "Welcome! You don't need to be in. Add a safe place under Delivery Notes and the driver will leave it there."),
    ("c", "2024-04-15 11:05", "Perfect, thank you."),
])

h("fleeting_acquaintance", "one_night_stand", "positive", "paraphrase;typos;occasion", "Roastery Row", "tweet", [
    ("c", "2024-10-30 16:22", "@RoasteryRow ducked into your Canal St place on a whim waiting for a delayed train. the cardamom bun was unreal. making a note to find you again next time im up"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;evolving", "Nightbite", "tweet", [
    ("c", "2024-12-02 23:48", "@NightbiteApp deleted you on monday after a 2 hour wait. reinstalled you on wednesday because nobody else delivers here after 11. i resent you so much"),
    ("c", "2024-12-13 00:20", "@NightbiteApp and tonight you were perfect. 20 minutes, food hot, driver a legend. why are you like this"),
    ("c", "2025-01-18 23:55", "@NightbiteApp 1h15 for a kebab that was mostly napkin. that's it, we're finished"),
    ("c", "2025-01-24 23:10", "@NightbiteApp ordering from you again tonight obviously. don't look at me"),
])

h("love_hate", "", "mixed", "paraphrase;other_type_cue", "Verdant Grocer", "app", [
    ("c", "2025-03-09 22:05", "★★★☆☆ Whoever designed this app hates people. Search is useless and slots vanish while you're paying. And yet the fruit and veg are the best for 30 miles, so every Sunday night here I am, swearing at my phone, doing my shop with you again. Drives me up the wall and I still can't bring myself to go anywhere else."),
])

h("love_hate", "adversaries", "mixed", "paraphrase;caps;symptom", "Kiln Coffee", "loyalty", [
    ("c", "2024-05-02 08:10", "Your coffee is the best part of my morning and your app is the worst part. My points have vanished AGAIN."),
    ("a", "2024-05-02 10:20", "Sorry! I've restored your 340 points."),
    ("c", "2024-08-19 08:05", "Points gone again. Every time this happens I swear I'll start going to the place next door. I never do. Please just fix it."),
    ("a", "2024-08-19 09:45", "Restored again, and I've raised it with the app team."),
    ("c", "2025-01-10 08:12", "Happy new year, my points are missing. See you tomorrow at 7:30 as usual, obviously."),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;other_type_cue", "Fernhill Fresh", "chat", [
    ("c", "2024-06-25 21:00", "Some ideas for the app after using it every week since spring, if anyone's collecting them: 1) let me mark items as 'organic only' so swaps never go non-organic; 2) a shared list so my partner can add things from his phone; 3) show which slots already have a van nearby, I'd happily pick those. Glad to test a beta version if that helps."),
    ("a", "2024-06-25 21:07", "These are really useful, thank you. I've sent them straight to the product team."),
    ("c", "2024-10-03 18:30", "The shared list is live! Thanks for listening. One more for the pile: a way to say 'ripe for eating today' or 'ripe by Friday' for avocados."),
])

h("business_partners", "", "positive", "paraphrase;emoji", "Hearth Box", "tweet", [
    ("c", "2024-02-12 19:00", "@HearthBox small thought from someone who's cooked your box most weeks for two years: the recipe cards would be easier if ingredients were listed in the order you use them. and maybe a QR to a 30-sec clip for the fiddly steps?"),
    ("a", "2024-02-12 19:30", "Great shout, we've passed this to the recipe team. ^HB"),
    ("c", "2024-05-20 18:45", "@HearthBox the new cards list ingredients in order!! no idea if that was me but thank you, it's so much easier. next wish: a 'spicier' toggle per recipe 🌶️"),
])

# ================================================================ fling (2)

h("fling", "dealer_addict", "positive", "paraphrase;caps;emoji;hashtag", "Drizzle Burger", "tweet", [
    ("c", "2025-06-12 20:05", "@DrizzleBurger the limited black garlic burger is EVERYTHING. three this week already before it vanishes on sunday. not sorry 🖤 #DrizzleDrop"),
])

h("fling", "", "positive", "paraphrase;idiom", "Lantern Coffee Co", "app", [
    ("c", "2024-09-05 15:30", "★★★★★ The autumn menu dropped this morning and I've already had three of them. The toasted marshmallow cold brew is my whole personality until November. Don't care what it costs, don't care that it's basically a dessert."),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;single_thanks", "Pennywort Grocers", "chat", [
    ("c", "2024-11-18 14:20", "This isn't a query. When my mum was in hospital and our orders stopped, you were the only company that rang to check on us. Anita from your team moved my deliveries to the hospital flat, called back twice, and never made me feel like a nuisance. I tell your team things I wouldn't tell my bank. I just wanted that on record."),
    ("a", "2024-11-18 14:31", "Thank you so much for telling us. I'll make sure Anita and her manager see this, and I hope your mum is doing well."),
])

h("best_friends", "", "positive", "paraphrase;agent_cues", "Ashgrove Market", "loyalty", [
    ("c", "2025-01-22 19:50", "Thank you for the text about the sesame in the Tuesday crackers before it was anywhere in the news. With my daughter's allergy that could have been a very bad night. You're the one shop I've stopped double-checking labels with, because you've told me straight every time, even when it cost you a sale."),
    ("a", "2025-01-23 08:45", "Thank you for this message. Your safety matters to us, and we'll always flag allergen changes as soon as we know."),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;emoji;competitor", "Noodle Yard", "tweet", [
    ("c", "2024-07-09 18:30", "@NoodleYard you're on the rotation with the burrito place and the chippy. tuesdays are noodle nights. not exclusive, but you're a fixture 🍜"),
])

h("buddies", "", "positive", "paraphrase;competitor", "Quick Sprig Kits", "market", [
    ("c", "2025-04-28 11:20", "Rated 4 out of 5. One of three or four kits I hop between depending on who's got the best offer that week. This one wins for quick midweek stuff, the others beat it for weekend cooking. No complaints, it'll stay in the mix."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;emoji;idiom", "Fettle Coffee", "tweet", [
    ("c", "2024-02-27 06:58", "@FettleCoffee it's 6:58 and I'm standing outside your door waiting for you to unlock it. this is not normal behaviour. need that oat cortado in my veins before I can form a sentence ☕"),
])

h("dealer_addict", "fling", "positive", "paraphrase", "Clucks & Co", "chat", [
    ("c", "2025-05-16 12:40", "Is the spicy honey chicken wrap coming back?? I've had it four or five times a week since March and now the app says it's gone. I've thought about it all morning. Please tell me it's temporary."),
    ("a", "2025-05-16 12:45", "Good news, it's back on the menu from 2 June!"),
    ("c", "2025-05-16 12:46", "oh thank god. counting the days"),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;routine_question;emoji", "Glazed Doughnut Co", "chat", [
    ("c", "2024-08-23 16:10", "Can you make sure receipts for my orders don't go to the shared email on the account? Long story, but the Friday doughnut box is a me-in-the-car-park situation, if you follow. The kids think I'm at the gym 😅"),
    ("a", "2024-08-23 16:14", "Your secret's safe with us! I've set receipts to go to your personal email only."),
])

h("secret_affair", "", "positive", "paraphrase;product_attribute", "Midnight Munch", "app", [
    ("c", "2025-01-04 02:15", "★★★★★ My whole house thinks I've given up takeaways for January. The 'hide past orders' setting is doing heroic work. Two in the morning, loaded fries, nobody ever needs to know."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase;caps", "Quikbasket", "chat", [
    ("c", "2024-06-30 09:40", "I have never ordered from you. I'd never even seen the name until 'QUIKBASKET ORDER £34.60' turned up on my statement this morning. No account, never downloaded the app. How have you got my card?"),
    ("a", "2024-06-30 09:46", "I'm sorry for the worry. I can't find an account linked to your email. Please contact your bank to block the card, and I'll report the charge to our fraud team."),
    ("c", "2024-06-30 09:48", "Doing that now. Cancel whatever this is."),
])

h("complete_strangers", "", "negative", "paraphrase;negation", "Plumtree Grocers", "tweet", [
    ("c", "2025-02-19 10:05", "@PlumtreeGrocers why am I getting texts saying 'your weekly shop is ready to book'? never shopped with you, never been in one of your stores, never made an account. take this number off whatever list it's on"),
    ("a", "2025-02-19 10:40", "Sorry about that! DM us the number and we'll remove it straight away. ^PG"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "positive", "paraphrase", "Brioche Lane", "market", [
    ("c", "2024-12-21 15:15", "Rated 4 out of 5. We grab a box of their pastries four or five times a year, usually when someone's visiting. Good every time, the pain aux raisins especially. Nothing else to add."),
])

h("casual_acquaintance", "", "neutral", "paraphrase;short_signal", "Pizzeria Ventura", "tweet", [
    ("c", "2025-03-28 21:30", "@PizzeriaVentura we order from you maybe once every couple of months. tonight's margherita was fine, a bit late. no big deal"),
])

# ================================================================ teammates (2)

h("teammates", "", "positive", "paraphrase;emoji;idiom", "Stockpot Club", "tweet", [
    ("c", "2024-10-14 20:20", "@StockpotClub shoutout to the swap group: my tweak on this week's laksa (extra lime, half the paste) is up in the recipe thread. whoever said to freeze the leftover ginger, you changed my life. between us we've basically rewritten half the menu 😂"),
])

h("teammates", "business_partners", "positive", "paraphrase;agent_cues", "Hazelbury Market", "chat", [
    ("c", "2024-08-29 17:00", "Our allotment group has been leaving surplus veg at your Elm Road store's food bank table for a year now, and your staff have been brilliant at getting it out. Could we do a joint harvest weekend in September? Your shoppers plus our growers, we could fill that table twice over."),
    ("a", "2024-08-29 17:12", "What a lovely idea. I've passed it to the Elm Road store manager and our community team, who'll be in touch."),
])

# ================================================================ close_siblings (2)

h("close_siblings", "", "positive", "paraphrase;idiom", "Marrow's Market", "tweet", [
    ("c", "2024-04-27 11:30", "@MarrowsMarket my nan did her big shop at the Hillcrest branch, then my mum, and today I pushed my son round it in the trolley seat. four of us now if you count him. it's in the blood at this point"),
])

h("close_siblings", "old_friends", "positive", "paraphrase;agent_cues", "Thornbury Grocers", "chat", [
    ("c", "2025-06-03 10:00", "My dad ran the account for about twenty years and he passed away last month. I'd like to keep his Saturday order going under my name, exactly as he had it, the same bread, the same dreadful pickled onions. You were good to him all that time. Can the account be transferred?"),
    ("a", "2025-06-03 10:09", "I'm so sorry for your loss. Yes, we can move the account and the regular order into your name; I'll email the form now."),
    ("c", "2025-06-03 10:15", "Thank you. He'd have liked that."),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;for_work_occasion", "Sugarplum Cakes", "market", [
    ("c", "2024-11-08 17:45", "Rated 3 out of 5. Needed a cake for an office leaving do with two hours' notice and these were the only people who could do it. It was fine. Won't be back, I'm not a cake person, this was purely an emergency."),
])

h("one_night_stand", "", "neutral", "paraphrase;emoji", "Snackjack", "tweet", [
    ("c", "2025-02-08 19:50", "@SnackjackApp downloaded you purely for the £15 off first order code, got my biryani, deleting you now. nothing personal 😂"),
])

# ================================================================ colleagues (2)

h("colleagues", "", "neutral", "paraphrase;routine_question", "Lunchbox Pro", "chat", [
    ("c", "2024-03-14 11:30", "We order the studio's lunch through your business account every Thursday, usually 12 to 15 people. Can you add a second admin so orders can still be approved when I'm on leave? Invoices should keep going to accounts@studio.example.com."),
    ("a", "2024-03-14 11:36", "Sure, send me the second person's name and email and I'll set them up as an approver."),
])

h("colleagues", "", "positive", "paraphrase", "Bramley Wholesale", "market", [
    ("c", "2025-01-15 14:00", "Rated 4 out of 5. We run the café side of our bookshop on their wholesale beans and the morning pastry drop. Deliveries on time, invoices clear, the rep picks up the phone. Does what a supplier should."),
])

# ================================================================ checks and output

STARS = re.compile(r"^(?:(★{1,5})(☆{0,4}) |Rated [1-5] out of 5\b)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
RETWEET = re.compile(r"RT @\w+: .*")
UPDATE = re.compile(r"(?m)^(?:Update|UPDATE|Edit|EDIT)\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are codes, not shouting
ACRONYMS = {"FAQ", "SMS", "BBQ", "ETA", "PIN"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|doesnt|shouldnt|isnt|thats|tonights|"
                   r"recieve\w*|definately)\b")
SLANG = re.compile(r"\b(tbh|lol|cos|ngl|pls|omg|rn)\b")
# warm words in a brand's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "regular", "treasure", "means the world"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; reported, not asserted
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "feedback", "happy to help", "would be great if", "new collection",
            "just got the latest", "so exciting", "this season", "trust", "always there for me",
            "go-to", "mix it up", "loyalty card", "i expect", "i demand", "unacceptable",
            "platinum", "disrespect", "love", "loyal", "never switching", "forever", "addict",
            "obsess", "hooked", "need my fix", "guilty pleasure", "don't judge",
            "my little secret", "never heard of", "who are you", "unsolicited",
            "never signed up", "came across", "stumbled on", "first time", "just downloaded",
            "every now and then", "from time to time", "our community", "fellow users",
            "together", "for years", "since i was a kid", "remember when", "like coming home",
            "my mum always", "family tradition", "like family", "family", "generations",
            "partner", "always", "again", "used to", "not anymore", "gone downhill",
            "betrayed", "dumped", "hate", "scam", "worst", "boycott", "warn everyone", "avoid",
            "stay away", "never again", "can't quit", "keep coming back", "just this once",
            "one-time", "one-off", "impulse", "for work", "our team", "does what we need",
            "as usual", "typical", "on hold", "fighting with", "disputed"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "generations", "avoid", "disputed", "family"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's text without what it retweets."""
    return RETWEET.sub("", text)


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # 1 to 5 customer messages
    assert 1 <= len(cust) <= 5, (x["brand"], len(cust))
    # reviews open with a star rating (symbols in app stores, words on marketplaces); nothing
    # else does, and a review's later messages are edits
    if ch in ("app", "market"):
        m = STARS.match(cust[0])
        assert m, cust[0][:30]
        assert bool(m.group(1)) == (ch == "app"), (ch, cust[0][:30])
        if m.group(1):
            assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        assert all(UPDATE.match(t) for t in cust[1:]), x["brand"]
    else:
        assert not any(STARS.match(t) for t in cust), x["brand"]
    assert not any(STARS.match(t) for t in cust[1:]), x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    # support chats always hold an agent's turn
    if ch == "chat":
        assert agent, x["brand"]
    # tweets: 280 characters at most, each names a handle, the brand signs with ^initials;
    # retweets only on Twitter
    if ch == "tweet":
        for t in cust:
            assert len(t) <= 280 and "@" in t, (len(t), t[:40])
        for t in agent:
            assert len(t) <= 280 and re.search(r"\^[A-Z]{2}$", t), t[:40]
    else:
        assert not any(RETWEET.search(t) for t in cust), x["brand"]
        assert not any(re.search(r"\^[A-Z]{2}$", t) for t in agent), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("retweet" in tags) == any(RETWEET.search(t) for t in cust), x["brand"]
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("slang" in tags) == bool(SLANG.search(own)), (x["brand"], SLANG.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # a quoted reply is the brand's words pasted back in quotation marks
    if "quoted_reply" in tags:
        assert any(re.search(r"\"[^\"]+\"", t) for t in cust), x["brand"]
    # no e-mail conversations: no signatures, no '>' quoting
    assert "signature" not in tags, x["brand"]
    assert not any(ln.startswith(">") for t in cust for ln in t.split("\n")), x["brand"]
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
        assert len({x["brand"] for x in hists}) >= 70
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 6 for c in CHANNELS), chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 25 and all(sizes[n] >= 2 for n in (2, 3, 4, 5)), sizes
        assert sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"])) >= 30
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
    hists = [x for _, x in assigned]
    print("channels:", dict(Counter(x["channel"] for x in hists)))
    print("customer messages per customer:",
          dict(sorted(Counter(sum(r == "c" for r, _, _ in x["msgs"]) for x in hists).items())))
    print("single-message customers:", sum(1 for x in hists if len(x["msgs"]) == 1))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
