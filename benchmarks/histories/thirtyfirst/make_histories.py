#!/usr/bin/env python3
"""Invented training histories sa001..sa080 for relradar (thirtyfirst set).

Genre: reviews of local businesses (restaurants, cafes, bakeries, pubs and bars, hotels and guest
houses, hairdressers, barbers and salons, garages, gyms and climbing walls, takeaways, letting
agents, print shops, launderettes) on map and review platforms, 1 to 4 reviews per customer. A
review opens with a written star rating (star symbols on the map platform, "N/5" or "Rated N out
of 5" on the review site); a later message is either an edit that opens with "Update:" or a fresh
review after a later visit, often months apart. About a third of the customers get a public
reply from the owner or manager (the agent turns). A few posts come from local community groups
(no rating; the business's page sometimes answers). Relationships are told in the customers' own
ordinary words, not in the textbook cue phrases; the undetermined customers (one visit however
glowing or furious, a question, a piece of news, an employee) carry other types' cue words in
passing. All texts, names, brands, addresses (example.com) and numbers are invented. Each history
is written under its intended label; ids are assigned by a seeded shuffle (seed 3131) of the
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
PREFIX = "sa"
SEED = 3131
TRAPS = TRAPS | {
    "update_edit"}      # a review edited later ("Update:"), the tie or the tone changing

# where a history was posted: a map platform's business listing, a review site, a local
# community group
CHANNELS = ("map", "review", "group")

HISTS = []


def h(type_, second, valence, trap, brand, channel, msgs):
    """msgs: list of (role, 'YYYY-MM-DD HH:MM', text); role 'c' customer, 'a' the business."""
    HISTS.append(dict(type=type_, second=second, valence=valence, trap=trap,
                      brand=brand, channel=channel, msgs=msgs))

# ================================================================ undetermined (25)

h("undetermined", "", "negative", "strong_words;single_incident;caps", "The Gilded Fork", "map", [
    ("c", "2025-02-15 22:48", "★☆☆☆☆ Genuinely the most disgusting plate of food I have ever been served. The 'pan-roasted' hake was grey and still half frozen in the middle, the chips tasted of old oil, and when I sent it back the waiter rolled his eyes and brought the SAME plate back with a sprig of parsley on top. £62 for the two of us and we left hungry. Vile."),
    ("a", "2025-02-17 09:30", "We're sorry to read this. Our hake is delivered fresh each morning, but we have spoken to the kitchen about the chips and to the team member concerned. Please email manager@gildedfork.example.com so we can put things right. Hannah, GM"),
])

h("undetermined", "", "positive", "strong_words;single_incident;other_type_cue;emoji;agent_cues", "Larchmere House Hotel", "map", [
    ("c", "2024-10-06 11:12", "★★★★★ I am in love with this place 😍 One night here for my 40th and it was perfect start to finish. Room 6 has a claw-foot bath under the window, the turn-down chocolates are made in the kitchen, and breakfast (the smoked haddock!!) was worth the drive on its own. Staff knew it was my birthday without being told twice. Magical."),
    ("a", "2024-10-07 08:55", "What a lovely thing to read, thank you, and happy birthday again! It was a pleasure having you both. Tom and the Larchmere team"),
])

h("undetermined", "", "neutral", "routine_question", "Kettle & Crumb", "group", [
    ("c", "2025-05-21 19:04", "Does anyone know if Kettle & Crumb on Station Road do gluten free bread for the sandwiches? Taking my sister-in-law on Saturday and she's coeliac, don't want to drag her in there if not."),
    ("a", "2025-05-21 20:17", "Hi Jo, yes, we get GF loaves from a dedicated bakery, just mention it at the counter and we'll use a separate board. Kettle & Crumb"),
])

h("undetermined", "", "neutral", "routine_question;agent_cues", "The Ferryman's Rest", "map", [
    ("c", "2025-09-02 14:26", "★★★★☆ Question more than a review: are dogs allowed inside or only in the beer garden? We're walking the coast path with our spaniel next month and want somewhere to eat at the end of the day."),
    ("a", "2025-09-02 17:40", "Dogs are welcome inside, we always keep water bowls and biscuits behind the bar. See you on the path! Dan"),
])

h("undetermined", "", "mixed", "mixed_aspects;other_type_cue;product_attribute", "Studio Ondine", "review", [
    ("c", "2024-11-19 18:33", "4/5 Love the colour, really love it: Mira got the copper exactly like the photo I brought and it's still glossy two weeks on. The cut is another story. The back is noticeably shorter on the left and I only found out when my partner took a picture. For £145 I'd have liked both halves of the job done right. Colour five, cut two."),
])

h("undetermined", "", "negative", "sarcasm;single_incident", "Brook Lane Motors", "map", [
    ("c", "2025-01-09 16:02", "★☆☆☆☆ Fantastic. £340 for a 'diagnostic' that diagnosed precisely nothing, and the engine light came back on before I'd reached the end of the road. Top-class work, lads. Still waiting for the call back I was promised on Tuesday, but I'm sure it's on its way."),
    ("a", "2025-01-10 08:15", "The diagnostic fee covers two hours of a technician's time and the fault code was cleared as agreed. Bring the car back in and we will look at it again at no charge. Brook Lane Motors"),
])

h("undetermined", "", "positive", "product_attribute;other_type_cue", "Sundae Best Parlour", "map", [
    ("c", "2025-07-26 17:45", "★★★★★ Ordered the 'Guilty Pleasure' sundae to share and regretted sharing it. Salted caramel, brownie chunks, hot fudge poured at the table. Service was quick even though it was rammed on a Saturday afternoon, and the toilets were spotless, which with three kids in tow matters."),
])

h("undetermined", "", "negative", "caps;single_incident;strong_words;competitor", "The Velvet Room", "review", [
    ("c", "2025-03-02 01:37", "1/5 ABSOLUTE JOKE of a door policy. Queued forty minutes in the rain, got to the front and the bouncer said my trainers were 'not the vibe' while he waved through a lad in sliders. The six of us went to the bar next door and had a great night there instead. Zero stars if I could."),
])

h("undetermined", "", "mixed", "mixed_aspects;typos;symptom", "Grindhouse Coffee Co", "map", [
    ("c", "2025-04-14 13:09", "★★★☆☆ coffee is really good, proper flat white, and the banana bread is the size of a brick. but dont come here to work, the wifi drops every 10 mins and there's about 3 plug sockets in the whole place, all taken by 9. nice staff tho"),
])

h("undetermined", "", "neutral", "third_party;routine_question", "Brightside Plumbing & Heating", "group", [
    ("c", "2025-10-12 20:51", "Has anyone had Brightside Plumbing out? Got a quote for a new combi boiler at £2,850 fitted and I've no idea if that's reasonable. Their reviews look good but you never know. Any recommendations welcome, ta."),
])

h("undetermined", "", "negative", "employee;tenure_for_complaint", "Pasta Povera", "group", [
    ("c", "2025-06-30 23:14", "Not a customer post, sorry mods. I worked on the floor at Pasta Povera for two years until March. Card tips go 'to the house' and never reach the staff, and the rota comes out the night before. If you want your server to get your tip, leave cash and hand it to them. That's all."),
])

h("undetermined", "", "positive", "single_thanks;agent_cues", "Ridgeway Tyres", "map", [
    ("c", "2024-08-18 12:20", "★★★★★ Picked up a screw in my back tyre on a Sunday morning and limped in on the space saver expecting to pay through the nose. Ash plugged it in fifteen minutes and wouldn't take a penny, told me to get myself a coffee instead. Thank you!"),
    ("a", "2024-08-18 18:02", "Cheers for the kind words, we always try to help where we can. Ash says you're welcome!"),
])

h("undetermined", "", "mixed", "single_incident;update_edit;mixed_aspects", "Quayside Lodge", "map", [
    ("c", "2025-05-04 10:41", "★★★★☆ Clean, modern room with a proper view over the marina, comfy bed, good shower pressure. Breakfast buffet was looking tired by nine but fine. Handy for the early ferry."),
    ("a", "2025-05-05 09:20", "Thanks for staying with us! We've passed your comments on breakfast to the kitchen team. Quayside Lodge"),
    ("c", "2025-05-27 21:03", "Update: dropping this to two stars. The £75 'damage deposit' still hasn't come back three weeks after checkout and nobody at reception can tell me why. Nothing was damaged. The room was great, the aftermath isn't."),
])

h("undetermined", "", "neutral", "other_type_cue;routine_question", "Bramble Café", "map", [
    ("c", "2025-03-20 09:58", "★★★★☆ Is the paper loyalty card still a thing or has it all moved to the app? I was handed one with my coffee yesterday and the girl on the till wasn't sure either."),
    ("a", "2025-03-20 12:44", "Hi! Both work until the end of June, then it's app only. Stamps on a paper card can be moved over at the till. Bramble Café"),
])

h("undetermined", "", "positive", "strong_words;caps;single_incident", "Fade Street Barbers", "review", [
    ("c", "2025-08-09 15:27", "5/5 Best haircut of my LIFE, no exaggeration. Dani spent 45 minutes on a skin fade and beard shape and kept checking the mirror with me the whole way. Hot towel at the end, £28. I'll be telling every lad at work about this place."),
])

h("undetermined", "", "negative", "bug_report;symptom", "PulseFit Crossgate", "map", [
    ("c", "2025-01-28 21:36", "★★☆☆☆ Your online joining form breaks at the payment step every time. Tried Chrome, Safari and my phone, same 'session expired' error on all three. I want the £19.99 off-peak deal before it ends on Friday and the front desk told me it can only be done online. Please fix it."),
    ("a", "2025-01-29 10:05", "Sorry about that, the payment page had a fault on Tuesday and it's now working. If the offer has ended by the time you join, show this reply at reception and we'll honour it. PulseFit Crossgate"),
])

h("undetermined", "", "positive", "single_thanks;other_type_cue;hashtag", "The Wheatsheaf", "group", [
    ("c", "2025-11-08 10:12", "Massive thank you to the Wheatsheaf for hosting our quiz for the hospice last night. Free function room, free sandwiches, and they rounded up the bar collection. We raised £1,240 together! Brilliant evening all round #ShopLocal"),
])

h("undetermined", "", "neutral", "news_share", "The Copper Kettle Tearoom", "group", [
    ("c", "2025-02-03 08:30", "Heads up for anyone going into the village: the Copper Kettle is shut for refurbishment until 3 March, according to the sign on the door. The takeaway hatch is still open at weekends, 9 till 2."),
])

h("undetermined", "", "mixed", "mixed_aspects;agent_cues", "Hartley's Garage", "map", [
    ("c", "2024-09-24 17:11", "★★★☆☆ Passed its MOT, and they flagged a corroded brake pipe another garage had missed, so credit for that. But 'ready by eleven' turned into four o'clock with no phone call, and the waiting area is a plastic chair next to a vending machine that ate my pound."),
    ("a", "2024-09-25 08:47", "Thanks for the honest review. Two recovery jobs came in that morning, but we should have rung you. We value our customers' time and we're sorting out a proper waiting room this winter. Hartley's"),
])

h("undetermined", "", "negative", "idiom;single_incident", "Early Bird Espresso", "map", [
    ("c", "2025-06-14 07:22", "★★☆☆☆ I would honestly kill for a coffee at 7am on a Saturday, which is why I walked twenty minutes to get here for the 7:00 opening on your listing. Locked, lights off, and a note on the door saying weekends from nine. Please update your hours."),
])

h("undetermined", "", "positive", "for_work_occasion", "Canal Basin Inn", "review", [
    ("c", "2024-04-17 07:05", "Rated 4 out of 5. Two nights for work while I was at a conference at the exhibition centre. Quiet room at the back, a desk big enough for a laptop and papers, wifi fast enough for video calls, breakfast from 6:30 which suited me. Bit of a trek to the taxi rank."),
])

h("undetermined", "", "neutral", "competitor;routine_question", "Riverside Leisure Centre", "group", [
    ("c", "2025-09-15 18:19", "Now the pool at the Apex has closed for good, does anyone know if Riverside Leisure lets non-members swim pay-as-you-go? And is there an early lane swim before work?"),
])

h("undetermined", "", "mixed", "negation;mixed_aspects", "Spice Route", "review", [
    ("c", "2025-01-18 22:02", "3/5 Not the worst curry I've had in this town, but not one I'd cross the road for either. Lamb was tender and the garlic naan was gorgeous. The dhal was watery and the jalfrezi had no heat at all, which is rather the point of a jalfrezi. Friendly staff, prices fair enough."),
])

h("undetermined", "", "negative", "sarcasm;other_type_cue;occasion", "The Old Mill Kitchen", "map", [
    ("c", "2025-04-26 21:50", "★☆☆☆☆ Love being told the kitchen has closed at 8:35 when the board outside says food until nine. Loved it even more watching the table next to us get their mains ten minutes later. Cheers, really made our anniversary."),
])

h("undetermined", "", "positive", "typos;other_type_cue;product_attribute", "Honeycomb Bakehouse", "map", [
    ("c", "2025-10-04 10:36", "★★★★★ cinnamon knots here are dangerously addictive, consider urself warned. got one to go and went straight back in for a box of 4 before id even reached the car. sourdough was still warm. dont sleep on the cardamom one either"),
])

# ================================================================ adversaries (4)

h("adversaries", "", "negative", "paraphrase;tenure_for_complaint;agent_cues;update_edit", "Harlow & Finch Lettings", "map", [
    ("c", "2024-02-11 19:20", "★☆☆☆☆ Renting through Harlow & Finch since 2021. The boiler packed in on 3 January and it took nine days, four phone calls and a formal complaint before an engineer turned up. Exactly the same routine as the leaking window last winter. You learn to put everything in writing with this lot."),
    ("a", "2024-02-13 10:02", "We're sorry for the delay in arranging your boiler repair. Our maintenance team is working hard to improve response times and we value your patience. Harlow & Finch"),
    ("c", "2024-09-03 20:44", "Update: round three. Mould in the bathroom reported in June, 'inspection booked' for August, nobody showed. I now have a folder of emails as thick as my arm. I'm staying because the rent is what I can afford and moving costs a fortune, but I've stopped expecting anything to happen the first time I ask."),
    ("c", "2025-01-15 18:31", "Update: the inspection finally happened. Now they want to take the mould treatment out of my deposit. Here we go again. Dispute form is in."),
    ("c", "2025-06-02 19:05", "Update: won the deposit dispute, eleven weeks and two reminder letters later. Straight on to the next one: the extractor fan in the kitchen has been dead since March. Ticket number 4 of the year. I'll report back."),
])

h("adversaries", "", "negative", "paraphrase;other_type_cue;sarcasm", "Golden Wok Express", "review", [
    ("c", "2024-10-18 21:15", "2/5 Fourth Friday in a row something's missing from the bag. Tonight it was the egg fried rice, last week the prawn crackers, before that a whole main. Rang up and got the standard 'driver will bring it back', which means an hour later, cold. I'm on first-name terms with the lady on the phone by now, and not in a good way."),
    ("c", "2025-01-24 21:40", "2/5 New review since the last one changed nothing. Chips turned up without the curry sauce, I phoned, we had our usual back and forth, and I got a £3 credit I'll have to argue for all over again next time. They're the only place that delivers out to Holme End, so here I am, checking the bag on the doorstep like a customs officer."),
    ("c", "2025-05-09 21:25", "2/5 Credit where it's due, they are consistent: six months since my last review and they still haven't managed a complete order. No spring rolls tonight. Rang, the usual script, the usual 'sorry my love', a credit I'll probably have to chase. See you next Friday, I suppose."),
])

h("adversaries", "enemies", "negative", "paraphrase;update_edit", "Ironworks Gym", "map", [
    ("c", "2024-11-05 07:48", "★☆☆☆☆ Month three of trying to cancel. Sent the form in August, sent it again in September by recorded post, told them in person at the desk in October. Still being charged £34.99. Every time I ring it's 'head office handles that'. I'm keeping a log."),
    ("a", "2024-11-06 12:30", "Hi, we're sorry you're having trouble. Cancellations are handled centrally; please message us your membership number and we will escalate it. Ironworks"),
    ("c", "2025-01-07 08:03", "Update: they refunded October, then took December. The 'escalation' was another form. I screenshot everything now and ring my bank every month like it's a standing appointment. At this point I'm fully expecting the February charge too."),
])

h("adversaries", "", "negative", "paraphrase;idiom", "Chalkley Van Centre", "review", [
    ("c", "2023-10-12 16:20", "3/5 Annual service on the van. The usual phone call at lunchtime with a list of 'advisories' as long as your arm, £900 worth. I talked them down to the brake pads and the wiper blades. I have to service it with them to keep the warranty, so this is how it goes every year."),
    ("c", "2024-10-17 15:55", "2/5 Same dance as last year with a new cast. This time they'd 'found' a leaking shock absorber that my own mechanic had checked a fortnight before and said was fine. I refused it and they wrote 'customer declined safety-critical work' on the sheet. Eight months of warranty left, then I never have to have this argument again."),
])

# ================================================================ enemies (4)

h("enemies", "", "negative", "paraphrase;strong_words", "Dunmore Soft Play", "group", [
    ("c", "2025-03-09 20:27", "Parents of Ashby, please keep your kids and your money well away from Dunmore Soft Play. Filthy ball pit, staff on their phones while a toddler got stuck at the top of the big slide, and when I complained the owner laughed and told me to 'go elsewhere then'. Gladly. These people don't deserve a penny from any parent in this town and I'll be saying so at every school gate I stand at."),
])

h("enemies", "", "negative", "paraphrase;strong_words;update_edit", "Quickfix Autos", "map", [
    ("c", "2024-06-20 18:10", "★☆☆☆☆ Cowboys. Absolute cowboys. Charged me £480 for a clutch that went again six weeks later, then told me it was my driving. I've reported them to Trading Standards and sent every receipt to the local paper. If you care about your car or your bank balance, drive straight past."),
    ("a", "2024-06-21 09:14", "This customer was advised at the time that the flywheel also needed replacing and declined. We stand by our work. Quickfix Autos"),
    ("c", "2024-06-21 12:58", "Update: and there it is, calling me a liar in public. Anyone reading this: look at how many one-star reviews they've got and how they answer every single one. I won't stop until this lot are out of business."),
])

h("enemies", "", "negative", "paraphrase;quoted_reply;agent_cues", "The Belvedere Hotel", "review", [
    ("c", "2025-07-13 09:25", "1/5 Our booking was 'lost', we were put in a basement room that smelled of damp, and the duty manager told us to take it or leave it at 11pm with a baby asleep in the car. Charged the full rate."),
    ("a", "2025-07-15 14:00", "Dear guest, we value all our guests and are sorry your stay did not meet expectations. Our records show a standard room was allocated as per your booking. Kind regards, The Belvedere Management"),
    ("c", "2025-07-16 19:42", "1/5 A fresh review because of the reply above. 'We value all our guests': do you? That room was not standard, it was a storeroom with a bed in it. I've since heard from three other families round here that this is simply how the place operates. I'll spend the rest of the year making sure nobody I know books here, and I've asked the booking site to delist you."),
])

h("enemies", "", "negative", "paraphrase;single_incident", "Glamour Lounge Nails & Brows", "map", [
    ("c", "2025-08-23 16:39", "★☆☆☆☆ They burned my eyelid with the tint, refused a refund, then blocked my number. I've now read the same story in four other reviews, so it isn't bad luck, it's how they run the place. Nobody in my house will set foot in there again and my whole netball team knows exactly why. Save yourselves."),
])

# ================================================================ ex_friends (4)

h("ex_friends", "", "negative", "paraphrase;agent_cues;competitor;update_edit", "Marigold Café", "map", [
    ("c", "2025-04-12 13:15", "★★☆☆☆ Writing this with a heavy heart. Saturday mornings at the Marigold were a fixture for us for six years: same window table, Bev bringing the kids' babyccinos before we'd even asked. Since the sale in January the menu's been cut down to toasties, the tables are crammed in, and nobody knows anyone's name. We went back three times to give it a fair chance. We've started going to the bakery by the church instead. It's not the same place, and that's a real loss for this street."),
    ("a", "2025-04-14 09:00", "Hi, we're the new owners and we're so sorry you feel this way. We're working on bringing back some of the old favourites and we'd love to see you again. Lauren and Jay"),
    ("c", "2025-09-20 12:10", "Update: we did go back after the reply, to be fair to them. Coffee's better than it was in spring. But it isn't ours any more and it won't be again. We're bakery-by-the-church people now."),
])

h("ex_friends", "", "negative", "paraphrase;loyal_grievance;tenure_for_complaint;negation", "The Drover's Arms", "review", [
    ("c", "2024-05-31 23:02", "2/5 Fourteen years I've drunk in here. Through the floods, through lockdown when we were buying takeaway pints in the car park to keep the doors open. The new management's first move: dogs banned from the bar and the darts league scrapped without a word to any of us. Is that what sticking by a place gets you? Tonight was my last pint in there."),
    ("c", "2024-11-29 22:34", "3/5 Went back once for the Christmas quiz because my brother-in-law asked. The beer's still well kept, I'll give them that. It just doesn't feel like ours any more."),
])

h("ex_friends", "", "negative", "paraphrase;update_edit;evolving;loyal_grievance", "Salon Verity", "map", [
    ("c", "2023-06-08 12:50", "★★★★★ Nine years with Verity's and never had a bad cut. Kerry just knows what I want before I sit down."),
    ("c", "2024-02-22 18:40", "Update: still five stars. Kerry squeezed me in the day before my sister's wedding when I'd had a disaster with a box dye. That's why I've never gone anywhere else."),
    ("c", "2024-11-14 19:27", "Update: knocking this right down. Kerry left in the summer and I was passed to a junior without anyone telling me, my usual slot was given away twice, and prices have gone up £18 since January. When I raised it I got a shrug. Nine years and not so much as a phone call. I've found someone in Longford. Sad to be writing this."),
])

h("ex_friends", "", "negative", "paraphrase;evolving", "Core Republic Fitness", "review", [
    ("c", "2022-03-19 10:10", "5/5 Joined the week they opened. Best-run gym I've set foot in: kit always working, coaches who actually coach, and the 6am crowd are great. Worth every penny."),
    ("a", "2022-03-21 08:45", "Thanks Sam! Our founding members are the heart of this place. Core Republic"),
    ("c", "2024-05-08 19:32", "3/5 Still going but it's getting crowded. Classes are full within minutes of being released and two of the good coaches have gone."),
    ("c", "2025-02-03 07:15", "1/5 Cancelled this morning after nearly three years. They crammed in twice the members, cut the 6am classes to save on staff, and the founding rate we were promised 'for life' quietly vanished in the new terms. Felt like being broken up with by email. I genuinely thought of this place as mine."),
])

# ================================================================ marriage_partners (4)

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues", "Trattoria Fiorella", "review", [
    ("c", "2025-06-22 23:05", "5/5 Eleven anniversaries, eleven dinners at Fiorella. We tried booking somewhere else exactly once and cancelled two days before because it felt wrong. Paolo still does the thing with the candle. There is no other restaurant in our lives and I can't see that ever changing. Grazie di tutto."),
    ("a", "2025-06-23 11:30", "Eleven years! You two are part of our story. Same table next June. Paolo"),
])

h("marriage_partners", "", "positive", "paraphrase;idiom", "Sharp & Sons Barbers", "map", [
    ("c", "2025-02-27 18:22", "★★★★★ Reuben has cut my hair every three weeks since 2016. I've moved house twice and changed jobs three times and I still drive forty minutes across the city for it. I'd honestly rather go bald than sit in anyone else's chair. Best in the business, and I'm not shopping around, ever."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;agent_cues", "Fellside Inn", "review", [
    ("c", "2023-09-17 20:14", "5/5 Our seventh September at Fellside. Same room looking over the tarn, same walk up to the crag before breakfast. Every year we say we should try somewhere new and every year we've rebooked before we've even packed the car."),
    ("c", "2024-09-22 19:48", "5/5 Number eight. We did look at other places in the Lakes, briefly, then laughed at ourselves. Nowhere else gets a look-in. Already booked for next year, and the year after if they'll have us."),
    ("a", "2024-09-24 10:05", "We can't imagine September without you both. Room 3 is yours. Fellside Inn"),
    ("c", "2025-09-21 20:30", "5/5 Nine. New chef, same sticky toffee pudding, thank heavens. Our daughter asked whether we'd ever go abroad for September instead and we both just looked at her. Booked for ten."),
])

h("marriage_partners", "old_friends", "positive", "paraphrase;idiom", "Northern Lights Coffee Roasters", "review", [
    ("c", "2025-11-02 09:40", "5/5 Seeing another 'best coffee in town' list without them on it, so here's my annual plug. Every bag of beans I've drunk has come from Northern Lights since they were a cart outside the market hall. I won't touch supermarket coffee, and when they shut for a month to move premises I honestly went without rather than buy elsewhere. Head over heels for that Ethiopian. They're stuck with me."),
])

# ================================================================ master_slave (3)

h("master_slave", "", "negative", "paraphrase;agent_cues;tenure_for_complaint", "The Regent Grand Hotel", "map", [
    ("c", "2025-03-13 22:10", "★★☆☆☆ I stay at the Regent at least twice a month and have done for four years. I am used to being greeted by name, my corner suite ready and the minibar stocked as agreed. On Tuesday I was handed the key to a standard room by a receptionist who had to ask me to spell my surname. I should not have to explain who I am at a hotel I help keep in business. I will be taking this up with the general manager and I want to hear what is going to change."),
    ("a", "2025-03-14 08:20", "Mr Aldous, please accept our sincere apologies. Your preferences have been restored to your profile and our General Manager will call you personally today. We value you greatly as one of our most regular guests."),
])

h("master_slave", "", "negative", "paraphrase;other_type_cue", "Maison Delacroix", "review", [
    ("c", "2024-12-06 23:30", "2/5 My firm books the private dining room here every quarter and spends well into four figures each time. Tonight my wife and I came in for a simple dinner and were left standing at the bar for twelve minutes while a table was 'prepared'. Twelve minutes. The owner didn't so much as come over. I don't think it is much to ask that the people who keep the lights on are recognised when they walk through the door."),
])

h("master_slave", "", "negative", "paraphrase;caps;update_edit", "Serenity Spa & Hair Lounge", "map", [
    ("c", "2025-05-16 15:05", "★☆☆☆☆ I have had a standing Friday appointment with Natalie for three years, I bring my daughters, I book every package this place launches. Today I arrive and Natalie is doing a walk-in and I'm told to 'wait ten minutes or see Chloe'. ABSOLUTELY not. A client of my standing is not fobbed off with the junior. The least I'm owed is a call from the owner, a complimentary treatment and an assurance this never happens again."),
    ("a", "2025-05-16 17:30", "We're very sorry, Mrs Kaur. Natalie is mortified and the owner will ring you this afternoon."),
    ("c", "2025-05-19 11:12", "Update: the owner rang. Complimentary facial accepted. I'm told Natalie's book will be checked before any walk-in is taken. We shall see."),
])

# ================================================================ basic_exchange (3)

h("basic_exchange", "", "positive", "paraphrase", "Meadowbank Garage", "map", [
    ("c", "2025-04-08 13:45", "★★★★★ Fourth MOT here across two cars. They never try to sell you what you don't need, the price on the board is the price you pay, and it's done while I eat a sandwich across the road. No frills, no chat, no surprises. That's all I want from a garage."),
])

h("basic_exchange", "", "positive", "paraphrase;competitor", "Spin City Launderette", "review", [
    ("c", "2024-07-02 18:05", "4/5 Shirts in on Monday, back on Thursday, £2.20 each pressed. I've done that most weeks since I started at the bank two years ago. It's not a pretty shop and they won't remember your name, but they've never lost a button and it's cheaper than the place in the precinct by a mile. Suits me."),
])

h("basic_exchange", "", "positive", "paraphrase;update_edit;competitor", "Station Snack Bar", "map", [
    ("c", "2024-09-10 08:12", "★★★★☆ Cheapest proper breakfast near the station: £3.50 for a bacon and egg roll that's actually hot. The queue moves and the card machine works. It's my weekday breakfast purely because it's sensible money for what you get."),
    ("c", "2025-03-11 07:58", "Update: prices up 30p. Still cheaper than the chain on the platform and still quicker, so I'm staying put for now."),
])

# ================================================================ old_friends (3)

h("old_friends", "", "positive", "paraphrase", "Seaspray Fish Bar", "map", [
    ("c", "2025-06-05 14:30", "★★★★★ First came here on a school trip in 1994 and now I bring my own students on the same trip. Same blue tiles, same wooden forks, same gruff fella at the fryer (he's gone grey, so have I). Walking in is like opening an old photo album. Still the best haddock on this coast."),
])

h("old_friends", "", "positive", "paraphrase;other_type_cue", "The Lamb & Flag", "group", [
    ("c", "2025-01-19 21:08", "Bit of a soppy one. Got back to town last week after two years working abroad, and the first thing I did was walk into the Lamb. Pat looked up and said 'pint of Harvest, love?' as if I'd been in the night before. Thirty-odd years of Friday nights in that back bar. Some places just stay part of you. Nice to see the fire's still going."),
])

h("old_friends", "", "positive", "paraphrase;agent_cues", "Rockpool Guest House", "review", [
    ("c", "2023-08-14 18:05", "4/5 Back at the Rockpool again. Martin still does a breakfast that would sink a trawler and the sea's still in the same place. Like slipping on an old cardigan."),
    ("c", "2024-07-28 16:40", "4/5 We honeymooned here in 1989 and we've come back more summers than not ever since. The carpets have changed (thank goodness) and there's wifi now, but the view from room 4 and the smell of kippers at breakfast are exactly as they were. The fourth stair still creaks. We wouldn't want it fixed."),
    ("a", "2024-07-30 10:15", "Thank you for coming back to us all these years. It always feels like family when you two arrive. Sue and Martin"),
    ("c", "2025-08-10 17:22", "4/5 Another summer, a bit slower up the hill these days. The bed was too soft for my back this time and Sue found us a firmer one within the hour. Same old Rockpool, and thank goodness for that."),
])

# ================================================================ fleeting_acquaintance (3)

h("fleeting_acquaintance", "", "mixed", "paraphrase;mixed_aspects;competitor", "Apex Strength Club", "map", [
    ("c", "2025-02-12 20:15", "★★★☆☆ Doing the free seven-day pass to see if it's worth moving from my current gym. Day three so far: plenty of squat racks, nobody hogging them, decent music. The changing rooms need a proper clean and the showers run lukewarm. Will see how the rest of the week goes before I decide."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase", "Tanuki Ramen Bar", "review", [
    ("c", "2025-10-23 21:47", "5/5 Finally got round to trying the ramen place everyone at the office keeps going on about. The tonkotsu was rich without being greasy and the egg was perfectly jammy. Only our first go, but we'll be back for the spicy miso."),
])

h("fleeting_acquaintance", "", "positive", "paraphrase;agent_cues;mixed_aspects", "Willowbrook Country Hotel", "map", [
    ("c", "2025-04-06 12:05", "★★★★☆ Booked a single night as a test run: we're thinking of holding my daughter's wedding here next spring and wanted to see the place as guests before signing anything. Room very nice, dinner very good, and the walled garden is exactly what she's after. Breakfast service was slow. Meeting the events team next month."),
    ("a", "2025-04-07 09:40", "Thank you for staying! We'd love to be part of your daughter's big day. The Willowbrook events team"),
])

# ================================================================ love_hate (3)

h("love_hate", "", "mixed", "paraphrase;update_edit;mixed_aspects", "Forno Rosso Pizza", "map", [
    ("c", "2024-03-16 22:20", "★★★☆☆ Best pizza in the county and the most chaotic place I've ever eaten in. Fifty-minute wait with a booking, wrong pizza, then the right pizza arrives and it's so good I forgive everything. Again."),
    ("c", "2024-08-24 22:55", "Update: swore after last time I was done with the queues. Was back within a fortnight. Tonight they forgot our garlic bread entirely, I sat there fuming, then ate the crust of a margherita so good I nearly cried. I can't stand that I keep doing this to myself."),
    ("c", "2025-01-18 23:10", "Update: New Year's resolution was to find a pizza place that answers the phone. Lasted eleven days. Sat at the bar for an hour tonight watching them lose three tickets, then the nduja one came out and I was putty again."),
    ("c", "2025-06-07 22:40", "Update: still fuming, still going. Booking for my birthday next month, where else would I go?"),
])

h("love_hate", "", "mixed", "paraphrase;idiom", "The Neon Flamingo", "group", [
    ("c", "2025-05-10 12:34", "Does anyone else have a complicated relationship with the Neon Flamingo? Best cocktails in town, the most infuriating bar staff alive (twenty minutes to be noticed at a half-empty bar, every single time), and still, every Friday, my feet walk me there. I've given up fighting it."),
])

h("love_hate", "", "mixed", "paraphrase;emoji;idiom", "Hue & Cry Hair", "review", [
    ("c", "2025-09-26 19:10", "3/5 Lena is a genius with colour and a disaster with time. Four hours for a balayage quoted at two, again, and I missed the school pickup, again. I leave every appointment swearing I'm finding someone else, then someone stops me in the street to ask about my colour and I'm booking the next one. It's a toxic relationship and I'm in too deep 😩"),
])

# ================================================================ business_partners (2)

h("business_partners", "", "positive", "paraphrase;emoji;other_type_cue", "The Little Larder", "group", [
    ("c", "2025-01-14 08:55", "Since The Little Larder asked in here for ideas, a few from someone who's in most mornings. 1) A second card reader at the end of the counter would halve the 8am queue. 2) Oat milk at the same price as dairy and you'd win the whole school-run crowd. 3) A couple of stools at the window for people on their own. Glad to talk any of it through with Ellie. I've watched you grow from a hatch and I want you to do well."),
    ("a", "2025-01-14 11:20", "Thanks so much Priya, these are brilliant. The card reader is on order!"),
    ("c", "2025-04-22 09:13", "Second card reader spotted 👏 queue was two people this morning. Next pitch: a little 'usual order' card for regulars so the new staff can learn faster. I'll make a mock-up if you want one."),
    ("c", "2025-09-03 08:50", "The usual-order cards are up by the till and they look miles better than my mock-up. One more while I'm on a roll: could the loyalty stamps go on the same card? Less faff for everyone. Ellie, shout if you want me to ask round the other mums first."),
])

h("business_partners", "teammates", "positive", "paraphrase", "Summit Climbing Centre", "review", [
    ("c", "2024-10-01 21:30", "4/5 I've climbed here twice a week since it opened, so some thoughts from the mats. The auto-belay timetable needs posting somewhere, the kids' parties clash with the adult bouldering night, and the grading on the blue circuit is all over the place. I've written up the routes I think are sandbagged and left the notes with Marcus at the desk. Keen to see this place keep getting better."),
    ("a", "2024-10-02 09:50", "This is incredibly helpful, thank you. Marcus has passed your notes to the setting team and we'll trial moving parties to Sunday mornings. Summit"),
    ("c", "2025-01-08 21:05", "4/5 Parties moved, blue circuit reset, much better. One more for the list: a rack for drying chalk bags by the entrance? I'd volunteer to try out a prototype."),
])

# ================================================================ fling (2)

h("fling", "dealer_addict", "positive", "paraphrase;caps;emoji", "Lune Patisserie", "map", [
    ("c", "2025-10-11 16:25", "★★★★★ The autumn menu is HERE and I have zero self-control. Three visits this week just to work through it: black sesame choux, the pear and miso tart, the hojicha latte everyone's posting. Feels like the whole city is queuing outside right now and honestly? worth it. Get in before they change it all again in December 🍐✨"),
])

h("fling", "", "positive", "paraphrase;hashtag", "Mirror Mirror Salon", "review", [
    ("c", "2025-03-29 17:50", "5/5 Walked out with the butterfly cut that's all over my feed and I feel like a completely different person. New hair, new me, I've taken about 400 selfies. Jas knew exactly which version was trending and did it better than the reference pic. Next month I'm going copper because why not #butterflycut"),
])

# ================================================================ best_friends (2)

h("best_friends", "", "positive", "paraphrase;idiom", "Kev's Auto Care", "map", [
    ("c", "2024-12-02 20:40", "★★★★★ When I moved here on my own after the divorce I knew nobody, and nothing about cars. Kev's have looked after me ever since. They talked me out of a £1,200 repair on my old Fiesta and told me straight to sell it instead, they picked up the phone at 10pm when I broke down on the bypass, and Kev's wife drove me home once when it was chucking it down. I'd hand them my keys blindfolded. Not many businesses you can say that about."),
])

h("best_friends", "", "positive", "paraphrase", "Crown & Glory Hair Studio", "review", [
    ("c", "2025-07-08 19:55", "5/5 I started losing my hair during chemo last year. Amira shaved it off for me in the back room with the blinds down, held my hand while I cried, and helped me choose a wig without any pressure to buy theirs. She still messages before every appointment to ask how I'm doing, and she's honest when something won't suit me. I don't know how I'd have got through it without that little salon."),
    ("a", "2025-07-09 08:30", "We're honoured you'd share this, and so proud of you. See you on the 20th. Amira x"),
])

# ================================================================ buddies (2)

h("buddies", "", "positive", "paraphrase;competitor", "The Crooked Billet", "group", [
    ("c", "2025-08-04 19:30", "For the new folk asking about pubs: we've got a bit of a rotation going. The Crooked Billet for the Sunday roast and the quiz, the Swan if we want the garden, and the Railway when there's football on. The Billet's probably my favourite of the three, good ale and no nonsense, but I'd get bored going to the same place every week."),
])

h("buddies", "casual_acquaintance", "positive", "paraphrase;competitor;negation;other_type_cue", "Pressed Coffee Bar", "map", [
    ("c", "2025-05-27 10:20", "★★★★☆ One of my regular stops. I'm in a couple of times a week when I'm working from town, and I alternate with Grindstone round the corner depending on which queue is shorter. Flat whites are solid, staff are friendly and nobody rushes you. Not married to it, but it's never let me down."),
])

# ================================================================ dealer_addict (2)

h("dealer_addict", "", "positive", "paraphrase;idiom;typos", "Tapioca Tide Bubble Tea", "map", [
    ("c", "2025-09-18 15:12", "★★★★★ I have a problem and its name is the brown sugar milk tea from here. i cant get through a workday without the 3pm run. When they shut for a week in August I was climbing the walls and my colleagues begged me to stop talking about it. My bank app has stopped being surprised."),
])

h("dealer_addict", "", "positive", "paraphrase", "The Cardamom Crumb", "review", [
    ("c", "2025-02-20 08:40", "5/5 Every morning for five weeks now. I tried skipping a day and ended up doing a U-turn at the roundabout. The cardamom bun has taken over my life."),
    ("c", "2025-04-26 10:05", "5/5 For anyone wondering whether the craving wears off: it does not. They sold out on Saturday and I sulked like a toddler until Sunday's batch came out. Send help (and buns)."),
])

# ================================================================ secret_affair (2)

h("secret_affair", "", "positive", "paraphrase;emoji", "Big Sal's Kebab Van", "group", [
    ("c", "2025-06-12 22:45", "Confession for the group, since nobody from my slimming club is in here (I hope): my Thursday 'late meeting' is actually a large doner from Big Sal's van by the retail park, eaten in the car with the windows down so my coat doesn't smell. Sal knows. My wife does not. Best chilli sauce in the borough. Delete this if you recognise me 😂"),
])

h("secret_affair", "", "positive", "paraphrase;other_type_cue", "Whisk & Willow Cake Shop", "map", [
    ("c", "2025-03-05 16:15", "★★★★★ My husband thinks Wednesday afternoons are my spin class. They are not. They are a corner table, a slab of the triple chocolate fudge and forty minutes of peace. The girls behind the counter are sworn to silence. If he's reading this: I love you, and the spin bike is lovely."),
])

# ================================================================ complete_strangers (2)

h("complete_strangers", "", "negative", "paraphrase", "Luxe Lash Studio", "map", [
    ("c", "2025-08-01 19:18", "★☆☆☆☆ I have never set foot in this salon and wouldn't know it if I walked past it, yet this month I've had six texts 'confirming' appointments I never made and now one asking me to pay a £20 no-show fee. I have no idea how you got my number. Take it off whatever list it's on."),
    ("a", "2025-08-02 10:00", "Apologies, it looks like a number was entered wrongly at booking. We've removed yours from our system. Luxe Lash"),
])

h("complete_strangers", "", "negative", "paraphrase;routine_question;typos", "Pinnacle Driveways", "group", [
    ("c", "2025-10-28 18:40", "Who on earth are Pinnacle Driveways? A bloke knocked yesterday saying I'd 'booked a survey' for a new drive. Ive never contacted them, never filled anything in, and I rent, so I'm not buying a driveway off anyone. Had two more of their leaflets through the door since. Anyone else had this?"),
])

# ================================================================ casual_acquaintance (2)

h("casual_acquaintance", "", "neutral", "paraphrase;occasion", "Harbourgate Inn", "review", [
    ("c", "2025-05-18 11:00", "4/5 We end up here the odd night a couple of times a year when we're up visiting my mum, nothing more than that. Rooms are fine, parking's free, breakfast does what it needs to. Never had a problem, never had a reason to rave either."),
])

h("casual_acquaintance", "basic_exchange", "positive", "paraphrase;update_edit;idiom", "Lotus Garden Takeaway", "map", [
    ("c", "2024-02-09 20:30", "★★★★☆ We order from here when nobody can face cooking, which is maybe three or four times a year. Turns up hot, and the crispy chilli beef is the pick."),
    ("c", "2025-01-31 20:55", "Update: still our once-in-a-blue-moon treat. Prices have crept up a bit but nothing dramatic."),
])

# ================================================================ teammates (2)

h("teammates", "business_partners", "positive", "paraphrase", "Crux Bouldering Hall", "map", [
    ("c", "2025-01-26 21:20", "★★★★★ What makes Crux is the Tuesday lot. A bunch of us regulars help the setters strip and wash the holds after close, we vote on which problems stay up, and the staff actually listen. When the roof leaked last winter it was members and staff side by side with buckets. It feels less like a gym and more like something we're all building."),
])

h("teammates", "", "positive", "paraphrase;single_thanks", "The Fixing Shed Repair Café", "group", [
    ("c", "2025-11-16 17:05", "Huge shout out to everyone at the Fixing Shed. Saturday was our biggest session yet: 42 items in, 35 mended. I started off bringing my broken toasters in the spring and now I'm on the soldering table myself with Geoff and the crew. Customers and volunteers muck in side by side down there, you honestly can't tell who's who any more. Bring your wobbly lamps!"),
])

# ================================================================ close_siblings (2)

h("close_siblings", "old_friends", "positive", "paraphrase", "Fenwick & Daughter Butchers", "map", [
    ("c", "2024-12-23 13:10", "★★★★★ My nan ordered her Christmas bird from old Mr Fenwick, my mum ordered hers from his son, and this year I picked mine up from his granddaughter Ruth, who knew our order before I'd opened my mouth. The sausages still taste like Sunday dinner at nan's. We'll be Fenwick's people as long as there's a Fenwick behind the counter."),
])

h("close_siblings", "best_friends", "positive", "paraphrase;agent_cues", "Casa Benedetti", "review", [
    ("c", "2025-04-03 22:15", "5/5 The Benedettis don't have customers, they have cousins. Our boys more or less grew up in the back booth with their girls, Nonna sends a tub of sauce home with us every Christmas, and when my dad was in hospital Marco left a lasagne on our doorstep without being asked. It's not a restaurant to us, it's the other half of our lot."),
    ("a", "2025-04-04 10:30", "You ARE family! Ci vediamo domenica. Marco"),
])

# ================================================================ one_night_stand (2)

h("one_night_stand", "", "neutral", "paraphrase;occasion", "Portside Budget Rooms", "map", [
    ("c", "2025-07-20 09:15", "★★★☆☆ Needed somewhere for one night after missing the last ferry, booked from the terminal at 10pm. It's a bed, a shower and a kettle, and I wasn't after anything more. I won't be back in this town; this was purely a stranded-for-the-night job and for that it was adequate."),
])

h("one_night_stand", "", "positive", "paraphrase;negation", "Polished Nail Bar", "review", [
    ("c", "2025-09-06 12:40", "5/5 Total spur-of-the-moment thing: had an hour to kill before a friend's wedding, saw the sign, walked in. Gel manicure in forty minutes and it's perfect. I don't live anywhere near here and nails aren't really my thing, so this was a one-and-done, but a very good one."),
])

# ================================================================ colleagues (2)

h("colleagues", "", "positive", "paraphrase", "Inkwell Print & Copy", "map", [
    ("c", "2025-03-24 11:35", "★★★★★ Our practice sends all its print work here: patient leaflets, appointment cards, the big posters in the waiting room. We email the files by noon, it's ready by five, and they invoice the surgery monthly. They know our templates and flag anything that looks off. Exactly what a small team needs from a supplier."),
])

h("colleagues", "business_partners", "positive", "paraphrase", "The Pantry Rooms", "review", [
    ("c", "2024-11-21 17:25", "4/5 Our agency has used the back room here for client workshops every other Thursday for about a year. The projector works, they set the room up the night before, lunch for twelve lands at 12:30 on the dot, and the invoice goes straight to our accounts team. One request: more sockets along the window wall."),
    ("a", "2024-11-22 09:10", "Thanks, Helena! Sockets are booked in with the electrician for March. The Pantry Rooms"),
])

# ================================================================ checks and output

# a review opens with a written rating: star symbols on the map platform, "N/5" or "Rated N out
# of 5" on the review site
MAP_STARS = re.compile(r"^(★{1,5})(☆{0,4}) ")
SITE_STARS = re.compile(r"^(?:[1-5]/5 |Rated [1-5] out of 5\. )")
ANY_STARS = re.compile(r"^(?:[★☆]+ |[1-5]/5\b|Rated [1-5] out of 5\b|[1-5] stars?\b)")
UPDATE = re.compile(r"^Update: ")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"\b((?:[\w-]+\.)+(?:com|co\.uk|org|net|io))\b")
CAPS = re.compile(r"\b[A-Z]{3,}\b")
# capitals that are names or codes, not shouting
ACRONYMS = {"MOT", "GM"}
TYPOS = re.compile(r"\b(cant|ive|dont|im|wont|didnt|thats|isnt|doesnt|whats|recieve\w*|definately|urself|id)\b", re.IGNORECASE)
# warm words in a business's reply; `agent_cues` is tagged exactly when a reply holds one
AGENT_WARM = ["love", "loyal", "family", "community", "value", "always", "part of", "home",
              "every guest", "regular", "not going anywhere", "without you"]
# textbook cue words of DOMAIN.md's table and the CODEBOOK's examples; each hit in a
# customer's own words should sit in a history whose trap tags explain it. Reported, not
# asserted.
TEXTBOOK = ["fair price", "good value", "value for money", "does the job", "reliable", "no fuss",
            "suggestion", "you could improve", "feedback", "happy to help", "would be great if",
            "new collection", "just got the latest", "so exciting", "this season", "trust",
            "always there for me", "telling me first", "go-to", "mix it up", "loyalty card",
            "i expect", "i demand", "unacceptable", "platinum", "gold member", "disrespect",
            "do you know who", "love", "loyal", "never switching", "forever", "addict", "obsess",
            "hooked", "need my fix", "can't go a day", "guilty pleasure", "don't judge",
            "my little secret", "don't tell", "never heard of", "who are you", "unsolicited",
            "never signed up", "came across", "stumbled on", "first time", "just downloaded",
            "every now and then", "from time to time", "now and then", "our community",
            "fellow users", "together", "for years", "since i was a kid", "remember when",
            "like coming home", "my mom always", "my mum always", "family tradition",
            "like family", "family", "generations", "partner", "used to", "not anymore",
            "gone downhill", "betrayed", "dumped", "hate", "scam", "worst", "boycott",
            "warn everyone", "avoid", "stay away", "never again", "can't quit",
            "keep coming back", "just this once", "one-time", "one-off", "impulse", "for work",
            "our team", "does what we need", "as usual", "typical", "on hold", "fees again",
            "fighting with", "disputed"]
STEMS = {"addict", "obsess", "betrayed", "loyal", "hate", "impulse", "partner", "love",
         "trust", "generations", "avoid", "disputed", "family"}


def is_emoji(ch):
    o = ord(ch)
    return (o >= 0x1F000 or 0x2600 <= o <= 0x27BF) and ch not in "★☆"


def own_words(text):
    """The customer's own words (this genre quotes nothing by markup; a quoted owner reply is
    inside the customer's sentence and tagged `quoted_reply`)."""
    return text


def check_genre(x, tags):
    """The checks of this set's genre, on one history."""
    ch = x["channel"]
    assert ch in CHANNELS, ch
    cust = [t for r, _, t in x["msgs"] if r == "c"]
    agent = [t for r, _, t in x["msgs"] if r == "a"]
    own = "\n".join(own_words(t) for t in cust)
    # 1 to 4 reviews or posts per customer
    assert 1 <= len(cust) <= 4, x["brand"]
    # reviews open with a written rating; a later review message is an "Update:" edit or a
    # fresh rated review; community-group posts carry no rating and no edit line
    if ch in ("map", "review"):
        stars = MAP_STARS if ch == "map" else SITE_STARS
        m = stars.match(cust[0])
        assert m, (ch, cust[0][:30])
        if ch == "map":
            assert len(m.group(1)) + len(m.group(2)) == 5, cust[0][:30]
        for t in cust[1:]:
            assert stars.match(t) or UPDATE.match(t), (ch, t[:30])
    else:
        assert not any(ANY_STARS.match(t) or UPDATE.match(t) for t in cust), x["brand"]
    assert not any(ANY_STARS.match(t) for t in agent), x["brand"]
    assert ("update_edit" in tags) == any(UPDATE.match(t) for t in cust[1:]), x["brand"]
    assert not UPDATE.match(cust[0]), x["brand"]
    # what the tags promise is in the text, and the other way round
    assert ("emoji" in tags) == any(is_emoji(c) for c in own), x["brand"]
    assert ("hashtag" in tags) == bool(re.search(r"#[A-Za-z]", own)), x["brand"]
    assert ("caps" in tags) == any(w not in ACRONYMS for w in CAPS.findall(own)), \
        (x["brand"], CAPS.findall(own))
    assert ("typos" in tags) == bool(TYPOS.search(own)), (x["brand"], TYPOS.findall(own))
    assert ("agent_cues" in tags) == any(w in t.lower() for t in agent for w in AGENT_WARM), \
        x["brand"]
    # a quoted reply: four words of an owner's reply stand again in a later customer message
    quoted = False
    for i, (r, _, a) in enumerate(x["msgs"]):
        words = re.findall(r"[a-z']+", a.lower())
        later = [re.sub(r"[^a-z' ]", "", t.lower()) for rr, _, t in x["msgs"][i + 1:]
                 if rr == "c"]
        if r == "a" and any(" ".join(words[k:k + 4]) in t for k in range(len(words) - 3)
                            for t in later):
            quoted = True
    assert ("quoted_reply" in tags) == quoted, x["brand"]
    # no e-mail, tweet or app-store matter in this genre
    assert not tags & {"signature", "retweet", "quoted_tweet"}, x["brand"]
    assert not any(ln.startswith(">") or ln.startswith("RT @") for t in cust
                   for ln in t.split("\n")), x["brand"]
    # every relational history is told in paraphrase; undetermined ones are not tagged so
    assert ("paraphrase" in tags) == (x["type"] != "undetermined"), x["brand"]
    if x["type"] == "undetermined":
        assert x["second"] == "" or "first_time_loyal_claim" in tags, x["brand"]
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
        assert len({x["brand"] for x in hists}) == len(hists), "one business per customer"
        chans = Counter(x["channel"] for x in hists)
        assert all(chans[c] >= 8 for c in CHANNELS), chans
        assert chans["group"] < chans["map"] and chans["group"] < chans["review"], chans
        sizes = Counter(len(x["msgs"]) for x in hists)
        assert sizes[1] >= 30 and sizes[2] >= 10 and sum(sizes[n] for n in (3, 4, 5, 6)) >= 10, \
            sizes
        with_agent = sum(1 for x in hists if any(r == "a" for r, _, _ in x["msgs"]))
        assert 22 <= with_agent <= 32, with_agent
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
    print("customer messages per customer:",
          dict(sorted(Counter(sum(r == "c" for r, _, _ in x["msgs"]) for x in hists).items())))
    print_cue_report(assigned, TEXTBOOK, STEMS, own_words)


if __name__ == "__main__":
    main()
