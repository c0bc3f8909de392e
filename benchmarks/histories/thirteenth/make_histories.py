#!/usr/bin/env python3
"""Invented development histories q001..q080 for relradar (hist13).

All texts, names, brands and numbers are invented. Each history is written
under its intended label; ids are assigned by a seeded shuffle of the type
mix so that ids carry no order.
"""
import csv
import os
import random
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.abspath(__file__))

TYPES = ["basic_exchange", "business_partners", "fling", "best_friends", "buddies",
         "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
         "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
         "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
         "love_hate", "one_night_stand", "colleagues", "adversaries"]
VALENCES = {"positive", "negative", "mixed", "neutral"}

# the mix: 24 undetermined (30%), the 8 emphasised types 3-4 each, the rest 2 each
MIX = {"undetermined": 24,
       "marriage_partners": 4, "fling": 4, "dealer_addict": 4, "best_friends": 4,
       "old_friends": 4, "close_siblings": 4, "one_night_stand": 3, "secret_affair": 3}
for _t in TYPES:
    MIX.setdefault(_t, 2)

HISTS = []


def h(type_, second, valence, trap, brand, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' agent."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, msgs=msgs))


# ---------------------------------------------------------------- undetermined
h("undetermined", "", "negative", "one_incident;agent_cue", "Kettlewise", [
    ("c", "2025-02-11 19:42", "Title: Lid hinge gave up in week two\n★★☆☆☆\nBoils fast, looks smart on the worktop, but the lid hinge snapped on day twelve and now it won't click shut, so it never switches itself off. Sent it back through the retailer."),
    ("a", "2025-02-12 09:05", "Response from Kettlewise: Hi Joanne, we're so sorry to hear this. We truly value loyal customers like you and our care team will be in touch about a replacement. - Kettlewise Care"),
    ("c", "2025-02-12 18:30", "Thanks. The retailer already refunded me, so I don't need a replacement, I just wanted other buyers to know about the hinge."),
    ("a", "2025-02-13 08:50", "Understood, Joanne. We've logged the hinge issue against serial KW-5540-2231 for our engineers."),
    ("c", "2025-02-13 09:02", "Appreciated. Hope they sort it for the next lot."),
])
h("undetermined", "", "neutral", "routine_question", "Voltwren", [
    ("c", "2025-06-03 14:20", "Question about the Voltwren Buds 2: does the case charge with an ordinary USB-C cable, or only on the wireless pad? The listing isn't clear."),
    ("a", "2025-06-03 16:01", "Hi! Both work - the case has a USB-C port on the bottom. Thanks for choosing Voltwren."),
])
h("undetermined", "", "negative", "product_attribute;textbook_cue_in_name", "Sizzlepan", [
    ("c", "2024-11-30 08:15", "The Forever Pan is not, it turns out, forever. Coating started lifting round the edge after about three months of eggs and the odd stir fry. Hand washed only. Two stars because it heats evenly, for what that's worth."),
])
h("undetermined", "", "positive", "one_incident;thank_you", "Tumbletoy", [
    ("c", "2025-01-08 17:33", "Just wanted to say thank you to Dana in your customer care team. The back wheel came off my son's scooter-truck on Boxing Day and a replacement arrived in two days, no forms, no fuss. He's back terrorising the cat."),
    ("a", "2025-01-09 10:12", "That's lovely to hear, we'll pass it on to Dana! We're always here for our Tumbletoy family."),
])
h("undetermined", "", "mixed", "quoted_cue;product_attribute", "Crunchmoor", [
    ("c", "2025-03-19 21:02", "Title: Fine, bit salty\n3 out of 5\nThe packet says \"seriously addictive\" in big letters. They're okay? Good vinegar hit, but far too salty for me and the bag is about half air. Wouldn't rush back, wouldn't refuse one either."),
])
h("undetermined", "", "positive", "shopper_answer", "Ridgeline Outfitters", [
    ("c", "2024-08-22 12:40", "Q: Will this tent fit two adults and a medium dog?\nA: We fitted the two of us plus our staffie in it over a long weekend in the Peaks. Tight when everyone's rolling over but fine. The porch is big enough for boots and the dog bowl. Pitching took us about 15 minutes the first go."),
])
h("undetermined", "", "negative", "symptom_frequency;one_incident", "Purrfect Bowl", [
    ("c", "2025-04-14 07:55", "Every time I open a pouch of the salmon in jelly lately it's mostly water. The cat still eats it, she's not fussy, but has the recipe changed? Batch code on the box is PB-2291-K if that helps."),
    ("a", "2025-04-14 13:30", "Thanks for letting us know. The recipe hasn't changed; we've flagged batch PB-2291-K with our quality team."),
    ("c", "2025-04-14 13:52", "Okay, thanks for checking."),
])
h("undetermined", "", "negative", "courier_not_chosen;one_incident", "Parcelhop", [
    ("c", "2025-05-06 18:10", "★☆☆☆☆ The seller picked Parcelhop, not me. Driver 'delivered' my parcel into the recycling bin, photo and all. Found it by luck before bin day. Not impressed."),
])
h("undetermined", "", "neutral", "employee;not_customer", "Fibrelink Broadband", [
    ("c", "2025-07-21 23:48", "Work in one of the Fibrelink call centres. For what it's worth, if you want the retention discount, you have to say the word cancel and mean it. We're not allowed to offer it otherwise. Don't shoot the messenger."),
])
h("undetermined", "", "neutral", "third_party", "Saltmarsh Bank", [
    ("c", "2025-09-02 10:05", "Asking on behalf of my dad - he's 81 and got a letter saying his Saltmarsh fixed-rate ISA is maturing. Does he have to go into a branch to choose what happens next, or can I help him do it over the phone?"),
    ("a", "2025-09-02 11:20", "Hi, he can call us on 0300 555 0199 and, with his permission, you can speak for him. We've loved having him with us all these years!"),
])
h("undetermined", "fleeting_acquaintance", "mixed", "competitor_praise;tenure_other_brand", "Gleamware", [
    ("c", "2025-01-27 20:14", "Title: OK, not SonicReef\n3 stars\nI was with SonicReef headphones for six years and adored every pair, but they stopped making the over-ears I liked. These Gleamware ones are comfortable enough and the battery's good. Bass is a bit muddy and the app is clunky."),
])
h("undetermined", "", "mixed", "mixed_aspects", "Lumen & Lye", [
    ("c", "2024-10-10 09:28", "Title: Smells divine, hair says no\n★★★☆☆\nThe rosemary one smells like a posh spa and the bottle is gorgeous on the shelf. Left my hair like straw after three washes though. Would I buy again? Honestly not sure."),
])

# ---------------------------------------------------------------- marriage_partners
h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cue;price_rise", "Harrow Bean Coffee", [
    ("c", "2022-05-14 08:02", "Title: Nothing else goes in my grinder\n★★★★★\nOrdered the Yirgacheffe on a whim two years ago and I've had a bag through the letterbox every fortnight since. My husband jokes he'd be the one getting left before Harrow Bean did. He's not wrong."),
    ("c", "2023-09-01 07:45", "Moved house last week. First thing I updated, before the bank, before the doctor: my Harrow Bean delivery address. Priorities."),
    ("c", "2025-02-03 08:30", "Saw the email about bags going up by a pound. Honestly? Don't care. You're stuck with me for as long as you keep roasting."),
    ("a", "2025-02-03 12:10", "Thank you so much, Helen - we really value your loyalty and love having you in the Harrow Bean family."),
    ("c", "2025-06-22 09:15", "Title: Tried a fancy cafe blend on holiday\n★★★★★ (for Harrow Bean, not the cafe)\nA week in Cornwall drinking somebody else's 'award-winning' beans. Came home and the first cup of my usual Harrow Bean felt like getting back into my own bed. I'm not going anywhere."),
    ("a", "2025-06-22 11:40", "Welcome home, Helen! We've popped a little something extra in your next bag."),
    ("c", "2025-07-01 08:05", "Found the extra bag of the Kenyan. You're ridiculous and I adore you."),
])
h("marriage_partners", "best_friends", "positive", "paraphrase;older_voice", "Saltmarsh Bank", [
    ("c", "2025-03-12 15:20", "I opened my account at the Saltmarsh branch on Fore Street in 1989 and I have no intention of taking my money anywhere else while I'm breathing. When my husband died they sorted his affairs with such patience. I've been asked by my son to 'shop around' for a better savings rate. I told him I'm quite happy where I am, thank you, and I would choose them all over again."),
])

# ---------------------------------------------------------------- fling
h("fling", "", "positive", "paraphrase;emoji;slang", "Glowpetal", [
    ("c", "2025-06-01 10:03", "THE SUMMER DROP IS HERE and i am not okay 😭 the peach shimmer?? bought it within four minutes of the launch going live. new personality unlocked, she's a sunset girl now"),
    ("c", "2025-06-20 22:41", "three weeks in and still wearing the shimmer every day. ok what's the autumn one going to be, i need to know"),
    ("a", "2025-06-21 10:00", "Our autumn collection drops 5 September - set a reminder in the app so you're first in line 💖"),
    ("c", "2025-09-05 07:02", "alarm set for 7am like it's concert tickets. the plum liner is MINE. sunset girl era is over, witchy autumn era begins"),
    ("c", "2025-11-18 21:30", "ngl haven't touched the plum since october, there's a new thing from a korean brand everyone's using. will see what glowpetal does for the winter drop"),
])
h("fling", "one_night_stand", "positive", "negated_cue;paraphrase", "Tidewell Swimwear", [
    ("c", "2025-04-28 13:15", "Title: Obsessed with the leopard print for Ibiza\n5/5\nNot a Tidewell regular at all, I normally grab whatever the supermarket has. But this season's prints stopped me dead and I had to have the leopard one-piece for the hen do. I feel like a completely different woman in it. Ask me in September whether I still care!"),
])

# ---------------------------------------------------------------- dealer_addict
h("dealer_addict", "", "mixed", "paraphrase;complaint_frame", "Cinder Roast", [
    ("c", "2025-01-16 08:12", "Day three without my Cinder Roast pods because the subscription box is sat in a depot in Daventry. Headache. Snapping at the kids. Drank instant this morning and nearly wept. Please. Where is it."),
    ("a", "2025-01-16 09:40", "So sorry! Your box is out for delivery today. We know how much our pods mean to you."),
    ("c", "2025-01-16 15:05", "IT'S HERE. Crisis over. I am aware this is not a healthy way to live."),
])
h("dealer_addict", "", "positive", "product_attribute;paraphrase", "Crunchmoor", [
    ("c", "2024-09-09 21:30", "Title: Chilli lime are a problem\n5 stars\nI genuinely cannot keep a bag of these in the house. Bought the family size to 'share' and it was gone before the kids were home from school. Fourth week running I've done this."),
    ("c", "2024-12-02 20:55", "Update for anyone who cares: I stopped buying them for a month to prove I could. Lasted nine days. Back on them."),
    ("a", "2024-12-03 10:15", "We love that you love them! Chilli lime is one of our bestsellers."),
    ("c", "2025-04-26 22:10", "Title: Co-op ran out and I drove to the big Tesco\n5 stars\nEleven miles at ten at night for a bag of crisps. My partner watched me put my shoes on and didn't say a word. Worth it, which is the worrying part."),
])

# ---------------------------------------------------------------- best_friends
h("best_friends", "marriage_partners", "positive", "paraphrase", "Hearthstone Insurance", [
    ("c", "2024-02-19 11:00", "When the river came up in January they rang ME before I'd even found the kettle. Talked me through every step and told me straight away what wasn't covered, instead of letting me find out at the end. I'd trust these people with my house keys."),
    ("c", "2025-01-22 09:15", "And again - they emailed to say my renewal was going up, why, and what I could change to bring it down, before any letter arrived. That's exactly why I stay with them."),
    ("a", "2025-01-22 14:00", "Thank you, Mr Hollis. We're glad we could help and we value your loyalty."),
])
h("best_friends", "", "positive", "paraphrase;one_agent_lookalike", "Purrfect Bowl", [
    ("c", "2025-05-30 19:20", "When my old boy Biscuit was diagnosed with kidney trouble I emailed Purrfect Bowl in a right state. Priya wrote back properly, not a script, with which of their foods were lower in phosphorus, and said honestly to check with the vet before changing anything. Last year they warned me about a batch problem before it was in the news. It feels like they have my back, which is a strange thing to say about cat food."),
])

# ---------------------------------------------------------------- old_friends
h("old_friends", "", "positive", "paraphrase;older_voice", "Oatfield Biscuits", [
    ("c", "2024-07-07 16:45", "Title: Still dunking\n★★★★★\nOatfield custard creams and a mug of tea after school, from about 1979 onwards. I'm 54 now and dunk them exactly the same way, two seconds, no more. The tin's changed three times, the taste hasn't, thank goodness. Like sitting in my old kitchen."),
])
h("old_friends", "close_siblings", "positive", "paraphrase;single_purchase_lookalike", "Tumbletoy", [
    ("c", "2025-11-29 14:10", "Bought the wooden pull-along engine for my grandson and, I kid you not, it's the same little red engine I had in 1972, same smiley face on the front. I had a little cry in the shop. Tumbletoy were there when I was small and they're still getting it right. Some things stay good."),
])

# ---------------------------------------------------------------- close_siblings
h("close_siblings", "old_friends", "positive", "paraphrase", "Sizzlepan", [
    ("c", "2024-03-03 18:25", "My gran's Sizzlepan skillet went to my mum, and when I moved out mum bought me one of my own as a leaving-home present. It's just what our family cooks in, always has been. My daughter's already told me which one she's having when I'm gone. Cheerful girl."),
])
h("close_siblings", "old_friends", "positive", "paraphrase;australian", "Dunmore Tea", [
    ("c", "2025-08-14 07:30", "In our house it was Dunmore, no discussion. Dad brewed it, I brew it, and my brother in Perth gets it posted over because the stuff there 'tastes like pond'. Anything else is hot water with ideas."),
    ("c", "2025-11-02 08:10", "Title: The Christmas caddy\n5 stars\nBought three of the tins this year - one for me, one for Mum, one to post to my brother so we can all have the same pot on Christmas morning, two time zones apart. Same as Dad used to insist on."),
])

# ---------------------------------------------------------------- one_night_stand
h("one_night_stand", "fleeting_acquaintance", "positive", "paraphrase", "Maple & Moss", [
    ("c", "2025-10-04 17:50", "Title: Had a moment at the till\n4 stars\nSaw the giant fig and amber candle by the checkout, had a weak moment and bought it. I'm not a candle person and I won't be making a habit of it. Smells nice enough, burns evenly. That's my one candle for the decade."),
])
h("one_night_stand", "fleeting_acquaintance", "neutral", "paraphrase;negated_loyalty", "Skylark Air", [
    ("c", "2025-02-25 23:10", "Needed one flight to Inverness for a funeral, booked whatever was cheapest at 11pm the night before. Plane left, plane landed. That's all I needed from them. Declined the points scheme, won't be needing it."),
])

# ---------------------------------------------------------------- secret_affair
h("secret_affair", "", "positive", "paraphrase", "Oatfield Biscuits", [
    ("c", "2025-01-12 22:05", "Reviewing under my cat's name because my personal trainer follows my real account. The triple chocolate Oatfields live behind the bran flakes where nobody in this house ever looks. ★★★★★ Do not tell Gav."),
])
h("secret_affair", "dealer_addict", "positive", "paraphrase;us_voice", "Fizzbolt", [
    ("c", "2025-07-03 12:30", "I tell everyone at work I quit sugar in March. I have not quit the Fizzbolt Cherry. I drink one in my truck in the parking lot before I walk in, and I hide the cans under the seat. My wife thinks I've turned into a kombucha guy. Please never discontinue this, I'm begging."),
])

# ---------------------------------------------------------------- one of each other type (part 1)
h("basic_exchange", "casual_acquaintance", "positive", "tenure_lookalike;paraphrase", "Kettlewise", [
    ("c", "2025-03-27 08:40", "Title: Does what a kettle should\n4/5\nThird Kettlewise in about ten years. They're cheap, they boil, they last roughly three years, which for nineteen quid is fine by me. I'm not fussed about brands - I buy whatever works for the money and so far this keeps being it."),
])
h("business_partners", "teammates", "positive", "paraphrase;agent_cue", "Quillbyte", [
    ("c", "2024-04-02 21:15", "Feature idea: let me tag notes by colour AND by text label, not one or the other. I drew a quick mock-up of how the sidebar could look, happy to send it if useful."),
    ("a", "2024-04-03 09:30", "Thanks so much for the feedback! Please do send the mock-up to ideas@quillbyte.example.com."),
    ("c", "2024-09-18 20:40", "Saw the beta has combined tags! A week of notes from using it: the colour picker hides behind the keyboard on small phones, and it'd be nice to bulk-retag. Keep going, it's nearly there. Happy to test the next build too."),
    ("a", "2024-09-19 08:30", "This is gold, thank you. We've added you to the TestFlight group for 6.2."),
    ("c", "2024-10-07 21:55", "6.2 notes: bulk retag works beautifully. One crash when retagging 200+ notes offline, steps to reproduce attached. Also - would you consider an export that keeps tags? I'd use it for backups."),
    ("c", "2025-03-11 19:20", "Tag-preserving export is in! I honestly didn't think anyone read those long emails. Got a couple more ideas for the calendar view whenever you're ready for them."),
])
h("buddies", "casual_acquaintance", "positive", "negated_cue;paraphrase", "Crunchmoor", [
    ("c", "2025-05-17 15:35", "They're in the rotation. Some weeks Crunchmoor, some weeks the supermarket own-brand, some weeks the posh hand-cooked ones when I'm feeling flush. Nice to have around, I'm just not married to them. The sour cream ones are the pick."),
])
h("master_slave", "ex_friends", "negative", "status;caps", "Pinecrest Hotels", [
    ("c", "2025-04-09 23:55", "As a Diamond Circle member with 80+ nights a year at your properties, I should not have to ASK for the upgrade. I should not have to ask for anything. Tonight the front desk at Pinecrest Leeds asked for my ID and a card like I was some walk-in off the street. Sort out your staff or I will find a chain that knows who its best guests are."),
    ("a", "2025-04-10 08:20", "Dear Mr Castell, we sincerely apologise. Your loyalty means everything to us and the general manager will contact you today."),
    ("c", "2025-04-10 08:45", "He can contact me when the suite I'm owed is ready."),
    ("a", "2025-04-10 13:10", "Mr Castell, we've credited 5,000 Circle points to your account as a gesture of goodwill."),
    ("c", "2025-04-10 13:40", "Points. I asked for an apology from the person at the desk and a suite on my next stay, confirmed in writing, and I expect both before Friday. I shouldn't have to spell this out to you either."),
])
h("complete_strangers", "", "negative", "paraphrase;textbook_cue", "Fibrelink Broadband", [
    ("c", "2025-06-12 13:05", "I have never had a Fibrelink account. Never. So why is a debt collector chasing me for a Fibrelink broadband bill at an address in Swindon I've never lived at? Who even are you people and where did you get my name?"),
    ("a", "2025-06-12 15:40", "We're sorry for the worry. Please send us the collector's letter reference and we'll investigate."),
    ("c", "2025-06-12 16:10", "Reference is DCR-77810-F. Again: no account, no contract, never even had a quote from you."),
    ("a", "2025-06-19 10:05", "Thank you. We've confirmed there is no Fibrelink account in your name and asked the agency to close the file."),
    ("c", "2025-06-19 10:30", "Good. Please make sure nobody at your end contacts me again, I've no reason to hear from you."),
])
h("fleeting_acquaintance", "", "positive", "other_brand_usual;paraphrase", "Purrfect Bowl", [
    ("c", "2025-02-08 10:10", "Title: First bag, decent start\n4 stars\nPicked this up because the shop was out of our usual. Cat sniffed it, gave me a look, ate it all. Might try the duck one next time if she keeps this up."),
])
h("casual_acquaintance", "buddies", "positive", "paraphrase;understatement", "Maple & Moss", [
    ("c", "2024-12-15 16:00", "I pick up a Maple & Moss candle whenever I'm passing the shop in town, maybe twice a year. Nice, smells decent, nothing life-changing. Had the sea salt one a few Christmases back and now the cedar."),
])
h("teammates", "business_partners", "positive", "paraphrase", "Bricklark", [
    ("c", "2025-03-01 18:20", "Our Saturday build club (twelve of us, aged 7 to 71) just finished the harbour diorama with the community kits Bricklark sent the library. Huge shout-out to the other Bricklark builders on the forum who talked us through the crane mechanism. Photos on the club page, come and see what we made together."),
])
h("ex_friends", "", "negative", "paraphrase;older_voice;agent_cue", "Saltmarsh Bank", [
    ("c", "2019-11-04 10:20", "Just want to say Carol at the Market Street branch sorted my mortgage switch in twenty minutes and asked after my mother by name. That's why I bank in person."),
    ("c", "2025-05-20 11:35", "Thirty years. Thirty. I opened my first account with a Saltmarsh piggy bank when I was nine. This month they shut our local branch with a leaflet through the door and a chatbot for questions. I've moved my savings to the building society. It stopped being my bank a while before today, I think I only just noticed."),
    ("a", "2025-05-21 09:00", "Dear Mrs Okafor, we're sorry to see you go and we value the 30 years of loyalty you've shown Saltmarsh. Our mobile banking van visits your town every Tuesday."),
    ("c", "2025-05-21 12:15", "A van. Thank you, I'll pass."),
])
h("enemies", "adversaries", "negative", "paraphrase;several_messages", "Bluefen Energy", [
    ("c", "2025-07-02 09:30", "You've taken £142 twice this month. Please refund the second payment."),
    ("a", "2025-07-02 14:00", "Hi, our records show one payment. Could you send a meter reading photo so we can check?"),
    ("c", "2025-07-09 18:20", "Sent the photo on the 2nd and again today. Bank statement attached showing both payments."),
    ("a", "2025-07-16 11:45", "Thanks for your patience. Please send a photo of your meter so we can investigate."),
    ("c", "2025-08-08 19:05", "Don't touch Bluefen. I'm telling everyone on our street. They took two direct debits in one month, say they didn't, and want a meter photo I've sent three times. The second my fixed deal ends I'm gone. Absolute cowboys."),
])
h("love_hate", "adversaries", "mixed", "paraphrase;textbook_cue_hate", "Fibrelink Broadband", [
    ("c", "2025-03-04 22:12", "Fibrelink, you are the fastest internet I have ever had and the worst people I have ever spoken to on a phone. I've threatened to leave four times. I'm still here. I hate that I'm still here."),
    ("a", "2025-03-05 09:00", "We're sorry to hear about your experience with our team. Can you DM us your account number?"),
    ("c", "2025-03-05 09:20", "Done. Don't make me like you again."),
])
h("colleagues", "basic_exchange", "positive", "paraphrase", "Quillbyte", [
    ("c", "2025-01-30 14:45", "We run our design studio's client notes on Quillbyte Teams, eleven seats. Does what we need, the admin panel is sensible and support answer tickets within a working day. No complaints from the team."),
])

# ================================================================ part 2
# ---------------------------------------------------------------- undetermined
h("undetermined", "fleeting_acquaintance", "positive", "intent_after_one_visit;agent_cue", "Pinecrest Hotels", [
    ("c", "2025-07-28 09:14", "Title: Lovely stay in Bath\n4/5\nRoom was spotless and quiet, breakfast was average (the eggs had been sitting), staff couldn't have been kinder when our train was late. We'll be back next time we're down!"),
    ("a", "2025-07-29 10:00", "Dear guest, thank you for your kind review. We can't wait to welcome you home to Pinecrest again - as a valued member of our family you'll always have a room here."),
])
h("undetermined", "", "mixed", "for_work_occasion", "Skylark Air", [
    ("c", "2025-10-15 18:30", "Flew Skylark to Denver for work last week. Seat was fine, legroom okay for a 6'2\" guy, crew friendly. Wifi never connected once in five hours though, and I'd paid $19 for it. Still waiting on that refund."),
])
h("undetermined", "", "negative", "sarcasm;one_incident", "Copperline Mobile", [
    ("c", "2025-03-09 20:47", "Oh brilliant, my 'unlimited' data got throttled to dial-up on day nine of the month. Love that for me. Cheers Copperline, really feeling the unlimited-ness."),
    ("a", "2025-03-10 08:15", "Hi Kyle, sorry about that! Fair use applies after 150GB - DM us and we'll take a look."),
    ("c", "2025-03-10 08:40", "150GB is nowhere on the page I signed up from. Sent the DM."),
    ("a", "2025-03-10 11:05", "Thanks Kyle, we've lifted the throttle for this month and added the fair use note to your account."),
])
h("undetermined", "", "negative", "negated_cue;product_remark", "Oatfield Biscuits", [
    ("c", "2025-09-23 15:05", "Title: Not feeling the new ginger ones\n2 stars\nNot going to pretend I'm in love with the new ginger snaps. They go soft within a day of opening the packet, and the ginger tastes like a candle. The old recipe had a proper snap."),
])
h("undetermined", "", "neutral", "quoted_reply;agent_cue;routine_question", "Dunmore Tea", [
    ("c", "2025-02-17 12:00", "> Dear Margaret, thank you for being such a loyal Dunmore drinker! We hope you'll stay with us forever.\n> Kind regards, Dunmore Tea Customer Care\n\nThank you, but I only asked whether the refill pouches are home compostable or need to go to the council. Could someone answer that please?"),
    ("a", "2025-02-17 14:30", "Apologies Margaret - the pouches are home compostable and take around 12 weeks."),
])
h("undetermined", "", "positive", "idiom", "Fizzbolt", [
    ("c", "2025-05-11 16:22", "Title: Gummy bear in a can\n4 stars\nI'd kill for one of these at 3pm on a Tuesday. Tastes like melted gummy bears in the best way, not too fizzy. Knocked a star off because the can is tiny for the price."),
])
h("undetermined", "", "positive", "family_mention_gift", "Maple & Moss", [
    ("c", "2024-05-13 19:40", "Bought the honeysuckle candle for my mum's 70th and she said it smells exactly like her garden in June. Wick tunnelled a bit after the first burn but she's delighted, so I am too."),
])
h("undetermined", "", "neutral", "routine_question", "Bricklark", [
    ("c", "2025-12-27 11:05", "Hi, set 40217 (the lighthouse) is missing bag 6. Is there a form for replacement pieces or do I email?"),
    ("a", "2025-12-27 13:20", "Hi Sam! Use the missing pieces form at bricklark.example.com/parts - we'll post bag 6 within a week."),
    ("c", "2025-12-27 13:31", "Found it, thanks."),
])
h("undetermined", "", "mixed", "hate_feature;product_attribute", "Velvetine", [
    ("c", "2025-06-06 07:25", "I hate the pump on this bottle with a passion, it squirts sideways and I've lost half of it to the bathroom wall. Conditioner itself is fine, hair's soft. Put it in a tube."),
])
h("undetermined", "", "positive", "guilty_other_sense;one_incident", "Glowpetal", [
    ("c", "2025-03-22 14:50", "The guilty party here is the courier, not Glowpetal - the box arrived looking like it had been sat on and the palette was in about forty pieces. Emailed Glowpetal with a photo and a new one was on its way the same afternoon. Fair play."),
])
h("undetermined", "", "negative", "strong_words_one_incident", "TrailNest", [
    ("c", "2025-08-31 20:10", "Title: Absolutely horrendous first night\n★☆☆☆☆\nAbsolutely horrendous. The main pole snapped the first night in Langdale, rain got in everywhere and we ended up sleeping in the car. The worst night's camping I've had. Returned for a refund."),
])
h("undetermined", "", "neutral", "agent_cue;routine_question", "Cinder Roast", [
    ("c", "2025-04-01 09:00", "Quick one: for a stovetop moka pot, should I order the espresso grind or the fine filter grind?"),
    ("a", "2025-04-01 10:45", "Great question! Espresso grind is best for a moka pot. Welcome to our community of fellow Cinder Roast lovers - we're so glad you're part of the family!"),
])

# ---------------------------------------------------------------- marriage_partners
h("marriage_partners", "old_friends", "positive", "paraphrase;shopper_answer;competitor_trial", "Pawtree Kitchen", [
    ("c", "2023-06-18 10:30", "Q: Is this suitable for older dogs?\nA: Our two labs are 11 and 9 and have eaten Pawtree since they were pups. Coats are glossy, no tummy trouble. I can't imagine feeding them anything else."),
    ("c", "2024-11-04 18:45", "Title: Tried to save money. Failed.\n★★★★★\nWent for a cheaper brand in the summer to cut costs. Couldn't bear it, was back within a fortnight and I'll never stray again. Pawtree for life in this house, all three dogs, however much it costs."),
])
h("marriage_partners", "best_friends", "positive", "australian;paraphrase;negated_cue", "Ridgeline Outfitters", [
    ("c", "2022-10-02 07:10", "Title: Swag's still going strong\n5 stars\nSixth year on the same Ridgeline swag. Heaps of nights out past Broken Hill and not a single tear."),
    ("c", "2025-01-19 19:55", "Mate, every bit of gear in my ute is Ridgeline and that's how it's staying. I'm not one of those 'whatever's on special' blokes. Ten years, never looked at another brand and I don't plan to start. Wouldn't trust anyone else with my life out bush."),
    ("a", "2025-01-20 08:00", "Cheers Darren, that means the world to the team!"),
])

# ---------------------------------------------------------------- fling
h("fling", "", "positive", "paraphrase;conditional;us_voice", "Voltwren", [
    ("c", "2025-09-10 01:12", "Preordered the Voltwren Fold X3 the minute the livestream ended. Day one unboxing and the hinge is pure witchcraft, I keep opening and closing it like a kid. Will I still care in six months? No idea. Right now it's the coolest thing I own and I've shown it to literally everyone at the office."),
])
h("fling", "dealer_addict", "positive", "textbook_cue_obsessed;slang", "Fizzbolt", [
    ("c", "2025-06-14 17:48", "limited edition Dragonfruit Frenzy?? grabbed six cans, put them on my story, the whole group chat is obsessed rn. it's giving summer. tbh we'll have forgotten about it by the time they pull it off the shelves lol"),
])

# ---------------------------------------------------------------- dealer_addict
h("dealer_addict", "", "positive", "paraphrase", "Quillbyte", [
    ("c", "2025-02-20 22:30", "I open Quillbyte before I've properly opened my eyes. Tried a phone-free weekend and made it to Saturday lunchtime before I caved to check my lists. My whole brain lives in there now and I'm not sure I can get it back out."),
])
h("dealer_addict", "marriage_partners", "positive", "understatement;older_voice", "Velvetine", [
    ("c", "2024-05-02 10:20", "Title: Can't ration it\n★★★★★\nI have tried to make the argan oil last and I simply can't, I use twice what it says every morning."),
    ("c", "2025-04-11 15:15", "When it went out of stock in March I went round four chemists and rang a fifth. Pathetic, really, a woman of my age in a state over hair oil. Back in stock now and I've bought three."),
])

# ---------------------------------------------------------------- best_friends
h("best_friends", "", "positive", "symptom_lookalike;paraphrase", "Copperline Mobile", [
    ("c", "2025-07-07 13:40", "Every time I've got myself into a mess with this account, Copperline have sorted it without once making me feel stupid. Last month they rang to tell me I was on the wrong plan and moved me to a cheaper one. Who does that? I'd tell them anything, honestly."),
])
h("best_friends", "marriage_partners", "positive", "tenure_misread;textbook_cue", "Lumen & Lye", [
    ("c", "2025-01-05 20:05", "I've had eczema since I was little and Lumen & Lye are the only people who answer my emails like a human being. They told me about the formula change weeks ahead so I could stock up and test the new one on a small patch. I don't trust many brands. I trust this one."),
    ("a", "2025-01-06 09:10", "Thank you, Aisha. We're always here if you need us."),
])

# ---------------------------------------------------------------- old_friends
h("old_friends", "", "positive", "paraphrase;several_reviews", "TrailNest", [
    ("c", "2019-07-20 21:00", "Title: Third TrailNest since uni\n5 stars\nMy third TrailNest since my student days. This one's for the festival circuit."),
    ("c", "2024-06-30 19:35", "Twenty years of muddy fields and soggy sleeping bags with this lot. Putting this tent up is like pulling on an old jumper. The zips are a bit stiffer than they used to be, but I'll forgive them."),
])
h("old_friends", "", "positive", "australian;textbook_cue", "Pinecrest Hotels", [
    ("c", "2025-12-22 16:00", "We've been stopping at the Pinecrest in Dubbo on the way to the coast since the kids were in nappies. New carpet this year, same fella on reception, same creaky lift. Honestly it feels like coming home. The kids are bigger than me now."),
])

# ---------------------------------------------------------------- close_siblings
h("close_siblings", "old_friends", "positive", "paraphrase;older_voice", "Kettlewise", [
    ("c", "2024-10-21 11:25", "Three generations of my family have made porridge in a Kettlewise pan. When mine finally wore through I rang them for a new one and the lady on the phone said, 'oh, you're one of ours then.' That's it exactly. My grandson will have one when he leaves home."),
])
h("close_siblings", "", "mixed", "agent_cue;complaint", "Bricklark", [
    ("c", "2025-12-26 09:40", "Bricklark at Christmas is just how my family works. My brothers and I got a set every year and now my sisters-in-law send them to my kids like it's the law. So I was properly gutted when this year's castle had about 40 pieces missing. We'll sort it, it's family."),
    ("a", "2025-12-26 12:00", "We're so sorry! At Bricklark we consider our builders family - a full replacement kit is on its way."),
    ("c", "2025-12-30 10:15", "Arrived today, castle built, peace restored. Thank you."),
])

# ---------------------------------------------------------------- one_night_stand
h("one_night_stand", "", "neutral", "textbook_cue;single_purchase", "Tumbletoy", [
    ("c", "2025-08-02 06:50", "Title: Airport panic buy\n3 stars\nForgot my nephew's birthday, grabbed a little Tumbletoy drone in the departure lounge. One-off, I don't buy toys and I won't be back for more. It flew. He was happy for an hour."),
])

# ---------------------------------------------------------------- secret_affair
h("secret_affair", "", "positive", "paraphrase;older_voice", "Glowpetal", [
    ("c", "2025-04-04 21:20", "Fifty-eight-year-old bloke here. The Glowpetal tinted moisturiser is my little bit of mischief. I keep it in my wash bag, not the bathroom. The lads at the golf club would never let me hear the end of it, so this review stays between us."),
])

# ---------------------------------------------------------------- the other types (part 2)
h("basic_exchange", "", "positive", "repetition_lookalike;paraphrase", "Brightfold Paper", [
    ("c", "2025-06-19 12:12", "Every couple of months I reorder the 5-ream box. It's a few pounds cheaper than the supermarket, it doesn't jam my printer, it's white. That's all I ask of paper and Brightfold keeps delivering it, so I keep clicking reorder."),
])
h("business_partners", "", "positive", "paraphrase;agent_cue", "Pawtree Kitchen", [
    ("c", "2025-03-14 08:30", "A few thoughts from a customer who'd like you to do well: the 12kg bags really need a resealable strip, we end up with stale kibble by week three. Also, would you ever do a puppy sample pack? I'd happily hand them out at our training class and send you what the owners say."),
    ("a", "2025-03-14 15:20", "Thank you for such helpful feedback, we've shared it with our product team."),
    ("c", "2025-05-02 19:10", "Just saw the resealable bags in the shop! Brilliant. Offer on the puppy packs still stands."),
])
h("buddies", "casual_acquaintance", "positive", "agent_cue;negated_cue", "Skylark Air", [
    ("c", "2025-05-25 10:30", "Skylark's one of the three I flick between depending on fares. Crew are fine, snacks are decent. I'm not signing up for the frequent flyer thing though - I like keeping my options open."),
    ("a", "2025-05-25 12:45", "Thanks for flying with us! Our SkyPoints loyalty programme is free to join - we'd love to reward your loyalty."),
    ("c", "2025-05-25 13:00", "Ha, nice try."),
])
h("master_slave", "adversaries", "negative", "textbook_cue;status", "Copperline Mobile", [
    ("c", "2025-10-02 17:30", "I've spent more with Copperline over the years than most of your staff earn in one. When I ring, I expect to speak to someone senior, not a script-reader asking me to turn my phone off and on. Twice now. I will be writing to your chief executive."),
    ("a", "2025-10-02 18:05", "We're sorry Mr Adeyemi. I've escalated your case to our customer relations team."),
    ("c", "2025-10-03 09:00", "Escalated. As if I'm a parcel."),
])
h("complete_strangers", "", "negative", "paraphrase", "Northwick Loans", [
    ("c", "2025-11-11 08:05", "Your text says my loan of £3,500 has been 'approved'. I never applied for anything. I don't know you, I've never heard of Northwick Loans until this morning. Take my number off whatever list you bought it from."),
])
h("fleeting_acquaintance", "", "positive", "never_heard_of;paraphrase", "Sizzlepan", [
    ("c", "2025-09-06 15:40", "Stumbled on a Sizzlepan stall at the county show, never heard of them before today. Bought the small frying pan to see how we get on. Early days, but the first omelette slid right out. Might go for the big one if it lasts."),
])
h("casual_acquaintance", "basic_exchange", "positive", "courier_chosen;paraphrase", "Parcelhop", [
    ("c", "2025-04-18 13:25", "I use Parcelhop now and then for my eBay bits when the post office queue is silly. Drop it at the corner shop, tracked, arrives. Maybe a handful of times a year, no dramas."),
])
h("teammates", "", "positive", "community;paraphrase", "Voltwren", [
    ("c", "2025-02-11 22:40", "To the Voltwren owners on the forum - we cracked the battery drain bug between us! The mods pinned the fix and one of the Voltwren devs joined the thread and thanked us. Honestly felt like the users and the devs solved this one as a team. Proud of this lot."),
])
h("ex_friends", "enemies", "negative", "several_reviews;textbook_cue;agent_cue", "Lumen & Lye", [
    ("c", "2021-03-08 18:00", "Title: My holy grail\n★★★★★\nThe oat body wash is perfect. I've recommended it to everyone I know."),
    ("c", "2025-03-15 20:30", "Title: What happened?\n★☆☆☆☆\nFour years of buying this, telling every friend about it, gifting it at Christmas. The new formula smells like a swimming pool and brought my rash back. I don't know who this brand is anymore. Not buying again."),
    ("a", "2025-03-16 10:20", "Hi Jess, we're sorry the new formula hasn't suited you. We value loyal customers and would love to send you a sample of our Sensitive range."),
    ("c", "2025-03-16 18:45", "No thanks. I used to love you lot. Don't send me anything."),
])
h("enemies", "", "negative", "paraphrase", "Gleamware", [
    ("c", "2025-07-19 21:15", "I'd rather listen to music through a tin can on a string than give Gleamware another penny. Left this review on every site that'll have me. When mates ask which headphones to get I tell them anything, literally anything, but these."),
])
h("love_hate", "dealer_addict", "mixed", "paraphrase", "Cinder Roast", [
    ("c", "2024-08-05 07:50", "Your app logged me out again and charged me for a box I'd skipped. I've cancelled."),
    ("c", "2024-08-12 08:05", "Resubscribed. Nothing else tastes right, and I resent you for it."),
    ("a", "2024-08-12 10:30", "Welcome back! We've refunded the skipped box."),
    ("c", "2025-01-20 07:40", "Second rage-cancel of the year, second resubscribe within the week. Best coffee I've had, worst app ever made. We're stuck with each other, Cinder Roast."),
    ("a", "2025-01-20 09:00", "We hear you - a new app is coming in the spring. Thanks for sticking with us."),
    ("c", "2025-05-08 07:35", "New app logged me out on day one. I'm not even surprised. Still ordered the Guatemala."),
])
h("colleagues", "business_partners", "positive", "paraphrase", "Parcelhop", [
    ("c", "2025-06-27 11:00", "We ship about 200 orders a week through Parcelhop's business account. It's a tool, it works, the API is fine and collections are on time. Only ask from our warehouse lads: please update the label printer driver for the newer Zebra models."),
])
h("adversaries", "enemies", "negative", "repetition;several_messages", "Halvard Cable", [
    ("c", "2025-01-14 19:00", "Halvard, the £12 'equipment fee' is back on my bill. Again. Third time I've had to get this removed since I joined."),
    ("a", "2025-01-14 19:30", "Sorry for the trouble! Please DM your account number and we'll review it."),
    ("c", "2025-03-02 20:15", "Fee's back. 55 minutes on hold this time. The woman actually said 'oh, this one again.'"),
    ("c", "2025-05-19 18:40", "May's instalment of our little battle: the fee and a new 'HD access charge'. See you in July, I assume."),
    ("a", "2025-05-20 09:10", "Hi Priya, we value you as a Halvard customer. The HD charge has been removed as a one-off courtesy."),
    ("c", "2025-07-16 20:05", "Called it. July bill, £12 fee, right on schedule. Ticket number for my collection: HV-3319207."),
    ("a", "2025-07-17 09:30", "Sorry Priya, we've removed the fee and added a note so it shouldn't return."),
    ("c", "2025-09-14 19:50", "Fee's gone quiet this month, which frankly makes me more nervous. Not cancelling, there's nobody else who runs fibre to our lane, so I'll just keep my folder of screenshots handy."),
])
h("adversaries", "", "negative", "paraphrase;us_voice", "Skylark Air", [
    ("c", "2025-04-14 06:10", "Skylark cancelled my 7am to Chicago, rebooked me on the 4pm, no meal voucher. Claim filed."),
    ("a", "2025-04-14 08:30", "We apologise for the disruption. Your claim reference is SK-55102."),
    ("c", "2025-07-29 23:40", "Claim SK-55102 'closed, no further action' and a bag that came back with a wheel missing on the Denver trip. Claim two, three coming up I'm sure. Same airline, same dance."),
    ("c", "2025-11-03 22:25", "Delayed. Naturally. Every Skylark trip is a negotiation - last time the bag, time before the seat, next time I assume the wing. Filed claim number four of the year tonight. They're the only direct route from our town, so see you Thursday, Skylark."),
])


# ================================================================ output

def iso(ts):
    d, t = ts.split(" ")
    return f"{d}T{t}:00Z"


def check_and_assign():
    by_type = defaultdict(list)
    for x in HISTS:
        assert x["type"] in TYPES or x["type"] == "undetermined", x["type"]
        assert x["second"] == "" or x["second"] in TYPES, x["second"]
        assert x["second"] != x["type"], x
        assert x["valence"] in VALENCES, x["valence"]
        assert x["trap"] and "," not in x["trap"], x["trap"]
        assert 1 <= len(x["msgs"]) <= 8, x["brand"]
        assert any(r == "c" for r, _, _ in x["msgs"]), x["brand"]
        stamps = [iso(ts) for _, ts, _ in x["msgs"]]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps), stamps
        for r, _, text in x["msgs"]:
            assert r in ("c", "a") and text.strip()
        by_type[x["type"]].append(x)
    full = len(HISTS) == 80
    if full:
        for t, n in MIX.items():
            assert len(by_type[t]) == n, (t, len(by_type[t]), n)
    slots = [t for t, n in sorted(MIX.items()) for _ in range(n)]
    assert len(slots) == 80
    random.Random(1313).shuffle(slots)
    out = []
    for i, t in enumerate(slots, 1):
        if by_type[t]:
            out.append((f"q{i:03d}", by_type[t].pop(0)))
    assert not any(by_type.values()), "histories beyond the mix"
    return out, full


def main():
    assigned, full = check_and_assign()
    with open(os.path.join(OUT, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        for cid, x in assigned:
            for r, ts, text in x["msgs"]:
                w.writerow([cid, x["brand"], "customer" if r == "c" else "agent", iso(ts), text])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        for cid, x in assigned:
            w.writerow([cid, x["type"], x["second"], x["valence"], x["trap"]])
    cnt = Counter(x["type"] for _, x in assigned)
    nmsg = sum(len(x["msgs"]) for _, x in assigned)
    print(f"{len(assigned)} customers ({'complete' if full else 'PARTIAL'}), {nmsg} messages, "
          f"{len({x['brand'] for _, x in assigned})} brands")
    for t in ["undetermined"] + TYPES:
        print(f"  {t:22s} {cnt[t]}")


if __name__ == "__main__":
    main()
