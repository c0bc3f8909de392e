"""Hand-written histories h061..h120 (see README.md). Same row format as data_a.py."""

ENTRIES: list[dict] = []


def H(cid, brand, type_, second, valence, trap, rows):
    ENTRIES.append({"id": cid, "brand": brand, "type": type_, "second": second,
                    "valence": valence, "trap": trap, "rows": rows})


H("h061", "Telora Mobile", "marriage_partners", "old_friends", "positive",
  "negation;paraphrase;agent_cues", [
      ("c", "2025-05-20 18:00",
       "Hi, I need to upgrade my phone, the battery's gone. Before you start: I'm not going "
       "anywhere, so skip the retention offers. I've had this number with Telora since the "
       "flip-phone days and never had a single problem worth ringing about in ten years."),
      ("a", "2025-05-20 18:02",
       "Ha, understood! Thanks so much for your loyalty. Let's find you a new phone."),
      ("c", "2025-05-20 18:10",
       "My brother keeps sending me links to cheaper deals and I keep telling him I can't "
       "picture having any other network. Some people are like that about football clubs. I'm "
       "like that about you lot. Right, the Nova 8 in blue please."),
      ("a", "2025-05-20 18:14", "Lovely choice! The Nova 8 is on its way, arriving Thursday."),
      ("c", "2025-05-23 12:00", "Arrived. Till death do us part, Telora 💙"),
  ])

H("h062", "Bloomcart", "basic_exchange", "", "positive", "short_signal;paraphrase", [
    ("c", "2025-02-11 07:40",
     "3 boxes of nappies, wipes and the big oat milk, same as every fortnight. cheapest "
     "place I've found and it turns up Tuesday morning. that's all I ask of a shop"),
    ("a", "2025-02-11 08:00",
     "Thanks for shopping with Bloomcart! Did you know you can set this up as a repeat order?"),
    ("c", "2025-02-11 08:02",
     "oh that'd save me 5 mins every other week, yes. as long as the price doesn't creep up, "
     "I check"),
])

H("h063", "Flixa", "buddies", "", "positive", "paraphrase;competitor;negation", [
    ("c", "2025-01-05 20:00",
     "cancelling for now, nothing personal. I rotate: three months of Flixa, three months of "
     "PrimeReel, a bit of nothing in summer, then back. you'll see me again in April"),
    ("a", "2025-01-05 20:05",
     "Sorry to see you go! Would a 50% discount for 3 months change your mind?"),
    ("c", "2025-01-05 20:07",
     "nope, not switching plans, just taking a break. I like you fine, I'm just not the "
     "one-service type"),
    ("c", "2025-04-10 21:15",
     "resubscribed, as promised. what did I miss? 🍿"),
])

H("h064", "SkyVale Airways", "undetermined", "", "positive",
  "short_signal;emoji;hashtag", [
      ("c", "2025-07-11 06:30", "@SkyValeAir ✈️☀️🏝️ #holidaymode #finally"),
      ("a", "2025-07-11 07:00", "Have an amazing trip! 😎"),
  ])

H("h065", "SwiftDrop Couriers", "casual_acquaintance", "", "neutral", "paraphrase", [
    ("c", "2025-12-09 13:10",
     "Hi, I send a parcel with you maybe twice a year, usually this time, presents to my "
     "sister in Aberdeen. Can I still drop it at the newsagent on Hill St or has that point "
     "closed? The map on the site looks different from last year."),
    ("a", "2025-12-09 13:20",
     "Hi! Hill St newsagent is still a SwiftDrop point, open until 7pm. Last day for "
     "pre-Christmas delivery to Scotland is 18 December."),
    ("c", "2025-12-09 13:22", "great, see you there in a week then. thanks"),
])

H("h066", "Lindenhof Hotels", "marriage_partners", "", "positive",
  "negation;paraphrase;agent_cues", [
      ("c", "2025-10-05 21:00",
       "Writing from our 9th Lindenhof this year (Salzburg, lovely). I wouldn't call us loyal; "
       "loyal sounds like we've considered the alternatives. We book the Lindenhof first and "
       "the flights second, and if a city doesn't have one we genuinely think about going "
       "somewhere else. Twelve years, dozens of cities, and still the little thrill when I see "
       "the green awning."),
      ("a", "2025-10-06 09:30",
       "Dear Mrs Aalto, thank you for being such a loyal guest! We look forward to welcoming "
       "you again."),
      ("c", "2025-10-06 10:00",
       "Ha, there's that word again. Book us into Lisbon in March, please. Any Lindenhof, "
       "anywhere, as long as we live."),
  ])

H("h067", "Bloomcart", "undetermined", "basic_exchange", "neutral",
  "negation;routine_question", [
      ("c", "2025-08-19 16:50",
       "I wouldn't say I'm loyal to any shop, I just want to know if the Brevo 600 blender is "
       "actually in stock at the Westgate store before I drive over. Site says 'limited'."),
      ("a", "2025-08-19 16:55",
       "Hi! Westgate has 3 in stock right now. You can reserve one for 24 hours with Click & "
       "Reserve."),
      ("c", "2025-08-19 16:56", "reserved, thanks"),
  ])

H("h068", "Harbor Card", "undetermined", "", "neutral", "single_incident;routine_question", [
    ("c", "2025-06-03 21:30",
     "There's a charge of 29.00 on my card from 'ZNPAY*FITCLUB' on 1 June. I don't recognise "
     "it. Can you tell me more or do I need to dispute it?"),
    ("a", "2025-06-03 21:35",
     "Hi, I can see this is a recurring payment that started in March. If you don't recognise "
     "the merchant, I can block the card and raise a dispute."),
    ("c", "2025-06-03 21:40",
     "Oh wait, it's the climbing gym, they changed their billing name. My mistake, leave it. "
     "Thanks!"),
])

H("h069", "Pixelfort Games", "undetermined", "dealer_addict", "positive",
  "product_attribute;other_type_cue", [
      ("c", "2025-04-30 19:00",
       "Review: Tinker Town (Switch). Lovely hand-drawn art, a properly addictive build-and-"
       "trade loop, fair monetisation (one-off DLC, no loot boxes). The late game drags and the "
       "music repeats. 4/5, recommended for cosy-game fans."),
      ("a", "2025-05-01 09:00",
       "Thank you for the review! Our 1.2 update adds six new music tracks 🎵"),
  ])

H("h070", "Lumé Beauty", "fling", "", "positive", "emoji;paraphrase;caps;for_work_occasion", [
    ("c", "2025-09-01 00:02",
     "THE AURORA PALETTE IS LIVE. bought it at midnight, zero regrets, eyeshadow at 1am is a "
     "personality now 🌈"),
    ("c", "2025-09-03 18:30",
     "did a full look with the duochrome green for work. my boss asked if I was ok. I've "
     "never felt more myself 💚"),
    ("a", "2025-09-03 19:00", "Iconic. Tag us in the look! ✨"),
    ("c", "2025-09-20 22:15",
     "ok when's the winter collab. rumours say glitter. I will be awake"),
])

H("h071", "Ferro's Pizzeria", "old_friends", "", "positive", "paraphrase;agent_cues", [
    ("c", "2025-03-15 22:30",
     "Back at Ferro's on Dale Road tonight with two of the old house-mates. We first came here "
     "in freshers' week 1996 and it was the Friday night place for all four years. Same red "
     "tablecloths, same chipped Vesuvius mural, the garlic bread still arrives before you've "
     "ordered. We sat in the corner booth and talked about the old days for three hours."),
    ("a", "2025-03-16 11:00",
     "This is exactly why we do what we do! Thank you for being part of the Ferro's family for "
     "almost 30 years."),
    ("c", "2025-03-16 11:20",
     "Don't ever change the mural. It's half our memories."),
])

H("h072", "Northwind Air", "ex_friends", "enemies", "negative",
  "loyal_grievance;evolving;tenure_for_complaint;agent_cues", [
      ("c", "2023-06-02 10:00",
       "Shout out to the Northwind crew on NW901, as always. Fourteenth year flying you to see "
       "my mum in Toronto and you still feel like the grown-up airline. 💙"),
      ("c", "2025-04-11 14:20",
       "@NorthwindAir You downgraded me from Sapphire to Silver because I flew 3 fewer sectors "
       "during the year my mother was dying. I sent you the death certificate. Your reply was a "
       "template. Fourteen years. Is this how you treat people who stuck with you through two "
       "strikes and a bankruptcy?"),
      ("a", "2025-04-11 15:00",
       "We're so sorry for your loss. We value your loyalty greatly; unfortunately tier "
       "qualification rules apply to all members."),
      ("c", "2025-04-11 15:05",
       "Then I'll apply my own rules. Booked Toronto on Aeris for June. It's strange flying "
       "someone else after all these years, but you made it easy."),
  ])

H("h073", "Denholm Denim", "old_friends", "", "positive",
  "paraphrase;signature", [
      ("c", "2025-02-22 15:00",
       "Hello Denholm,\n\nI've been wearing your jeans since about 1994, when the shop was one "
       "room above a chip shop in Camden and the bloke at the till hemmed them while you waited. "
       "I've just bought what I think is pair number 23. Putting on a new pair still feels like "
       "putting on an old record. Thanks for keeping the 501-style straight cut in the range "
       "when everything else went skinny.\n\nCheers,\nPaul Ridley"),
      ("a", "2025-02-24 10:00",
       "Paul, this made the whole office smile. That bloke at the till was our founder, Alan. "
       "We've shown him your e-mail."),
      ("c", "2025-02-24 12:30",
       "Tell Alan he still owes me a button from 1997.\n\nPaul"),
  ])

H("h074", "Ledgerly", "undetermined", "", "neutral", "routine_question", [
    ("c", "2025-05-07 16:00", "Hi, how do I export all invoices for Q1 as one CSV?"),
    ("a", "2025-05-07 16:03",
     "Hi! Go to Invoices, filter by date 1 Jan - 31 Mar, select all, then Export > CSV."),
    ("c", "2025-05-07 16:05", "Got it. Thanks."),
])

H("h075", "Roastery & Co", "love_hate", "", "mixed", "paraphrase;symptom;caps", [
    ("c", "2025-02-03 07:55",
     "the coffee at roastery & co is the best in this city and your app is the worst piece of "
     "software ever written. ordered ahead, app crashed, order vanished, queued anyway, "
     "coffee perfect. I'm furious and caffeinated"),
    ("c", "2025-02-10 07:50",
     "same ritual every morning: swear at the app, refuse to go to the chain next door, "
     "stand in your queue, forgive you by the first sip. WHY do I do this"),
    ("a", "2025-02-10 08:30",
     "We're so sorry about the app! An update with a fix for order-ahead is rolling out this "
     "week."),
    ("c", "2025-02-17 07:52",
     "update installed. app still crashed. see you in the queue, my beloved enemy ☕"),
])

H("h076", "CoastNet Cable", "undetermined", "", "negative", "symptom", [
    ("c", "2025-03-27 21:05",
     "Hello, the TV box always freezes around 9pm, every evening this week. The picture stops "
     "and I have to pull the plug. Box model CN-4K2. Is there a software update?"),
    ("a", "2025-03-27 21:12",
     "Hi, I've sent a software refresh to your box; it will restart in about 10 minutes. If "
     "the freezing continues we can swap the box."),
    ("c", "2025-03-28 21:30", "No freeze tonight so far. Fingers crossed."),
])

H("h077", "Lumé Beauty", "undetermined", "", "positive",
  "single_thanks;strong_words;emoji", [
      ("c", "2025-10-14 17:40",
       "you guys are the BEST!! thank u for sending the replacement so fast when my foundation "
       "arrived smashed 🥹💕"),
      ("a", "2025-10-14 18:00", "Aww, our pleasure! Enjoy 💕"),
  ])

H("h078", "Wrenfield Insurance", "close_siblings", "", "positive",
  "paraphrase;signature", [
      ("c", "2025-01-20 11:00",
       "Dear Wrenfield,\n\nI'm writing to put my first home under a Wrenfield policy. My "
       "grandfather insured his farm with you, my parents have had their house with you since "
       "1979, and when I bought my flat my dad simply said \"ring Wrenfield\" as if there were "
       "no other insurers in the world. In our family there aren't.\n\nPlease could you send "
       "a quote for buildings and contents.\n\nKind regards,\nIsla Brennan"),
      ("a", "2025-01-20 14:00",
       "Dear Isla,\n\nWelcome! Your quote is attached. We're proud to have looked after three "
       "generations of the Brennans.\n\nWrenfield"),
      ("c", "2025-01-21 09:00",
       "Accepted. Dad will be pleased.\n\nIsla"),
  ])

H("h079", "Telora Mobile", "basic_exchange", "", "positive",
  "negation;paraphrase;agent_cues", [
      ("c", "2025-11-03 12:10",
       "Hi, contract's up. I want the same SIM-only plan again, the cheapest one with 10GB. "
       "No phone, no extras."),
      ("a", "2025-11-03 12:12",
       "Of course! Before I do that, we have an exclusive loyalty bundle with streaming and "
       "cloud storage for our most valued customers, just 6 pounds more."),
      ("c", "2025-11-03 12:14",
       "No thanks. Six years on the cheap plan, never had a problem, never had to ring you. "
       "That's the deal I like. If someone undercuts you by a lot I'll go, but you've been "
       "fine."),
      ("a", "2025-11-03 12:16", "Done! Your SIM-only 10GB renews from 10 November."),
  ])

H("h080", "Crestmont Bank", "undetermined", "", "neutral",
  "third_party;routine_question;signature", [
      ("c", "2025-08-25 10:00",
       "Hello,\n\nMy father has an account with Crestmont and has been in hospital since last "
       "week. He's asked me to pay his care home deposit from it. I'm not a customer myself. "
       "What do I need to do to be able to act for him?\n\nThanks,\nMarta Kowalczyk"),
      ("a", "2025-08-25 13:00",
       "Dear Marta,\n\nWe're sorry to hear about your father. You'll need a registered power "
       "of attorney, or your father can add you as a third-party mandate by phone. Our "
       "Bereavement and Support team can help: 0800 000 0000.\n\nCrestmont Bank"),
  ])

H("h081", "Volantis Motors", "master_slave", "", "negative",
  "paraphrase;agent_cues;signature", [
      ("c", "2025-07-08 08:30",
       "I have bought two new cars from your Harlow dealership in 18 months, both top trim, "
       "and this morning I'm told I must wait in the lounge \"like everyone\" for a courtesy car "
       "because they're \"first come, first served\". I don't wait in lounges. Nobody greeted "
       "me, nobody offered me a coffee, and the service adviser didn't know my name.\n\n"
       "I'd like the dealer principal to ring me today, and I'd like to know what exactly my "
       "custom buys me.\n\nGareth Pryce-Owen"),
      ("a", "2025-07-08 10:00",
       "Dear Mr Pryce-Owen,\n\nThank you for being a valued and loyal Volantis customer. We're "
       "sorry your visit fell short. The Harlow team will contact you.\n\nVolantis Customer Care"),
      ("c", "2025-07-08 17:45",
       "A junior adviser called, read me the courtesy car policy and offered a free valet. I "
       "wasn't asking for a valet. If this is how you look after people who spend what I spend, "
       "the next car will be from someone who answers the phone properly.\n\nG. Pryce-Owen"),
  ])

H("h082", "SwiftDrop Couriers", "basic_exchange", "", "positive", "paraphrase;competitor", [
    ("c", "2025-04-16 18:00",
     "I sell bits and bobs from the loft on eBay and I pick SwiftDrop every time: £1.10 "
     "cheaper than Parcelio for small parcels and they haven't lost one of mine in two years. "
     "Question though: is the 2kg limit for small parcels going up? A few of my items are "
     "2.1kg."),
    ("a", "2025-04-16 18:20",
     "Thanks for choosing SwiftDrop! The small parcel limit is staying at 2kg; 2-5kg is "
     "our medium band at 4.20."),
    ("c", "2025-04-16 18:22", "fair enough, still cheaper. thanks"),
])

H("h083", "Hartley's", "close_siblings", "old_friends", "positive",
  "paraphrase;occasion", [
      ("c", "2025-06-12 14:00",
       "My grandmother chose her wedding china at Hartley's in 1958, my mother chose hers "
       "there in 1984, and last Saturday my fiancé and I put our gift list on the third floor "
       "at the same counter. The lady there found Mum's pattern in the old book. Three "
       "generations of women in my family have done this and it felt like being handed "
       "something."),
      ("a", "2025-06-12 16:00",
       "Congratulations! Thank you for choosing Hartley's for your gift list."),
      ("c", "2025-06-12 16:30",
       "My sister's getting married next year. Guess where she's going."),
  ])

H("h084", "Clearfile Credit Bureau", "adversaries", "", "negative",
  "paraphrase;other_type_cue;sarcasm", [
      ("c", "2024-11-04 09:00",
       "I am disputing, for the third time, the account ending 4471 (Northpoint Finance) on my "
       "Clearfile report. I have never had an account with Northpoint. Your previous two "
       "responses said the information was \"verified\" without telling me what was verified "
       "or by whom. Copies of my earlier disputes are attached."),
      ("a", "2024-11-20 12:00",
       "Dear consumer, we have completed our investigation. The furnisher has verified the "
       "information as accurate. No changes have been made."),
      ("c", "2025-01-13 09:10",
       "Fourth dispute, same account. Same copies attached, plus the letter from Northpoint "
       "themselves saying they can't find me on their system. I fully expect your automated "
       "\"verified\" reply again. I'll keep filing until a human being reads one of these."),
      ("a", "2025-01-29 12:00",
       "Dear consumer, we have completed our investigation. The furnisher has verified the "
       "information as accurate. No changes have been made. Thank you for trusting Clearfile."),
      ("c", "2025-03-02 19:00",
       "I'll say one nice thing: I love the new online dispute portal, at least now I can "
       "watch my disputes get rejected in real time. Fifth dispute attached."),
      ("a", "2025-03-18 12:00",
       "Dear consumer, following our investigation the account ending 4471 has been deleted "
       "from your file."),
  ])

H("h085", "SkyVale Airways", "undetermined", "", "negative",
  "sarcasm;single_incident;short_signal", [
      ("c", "2025-08-30 23:40",
       "@SkyValeAir 5 hour delay, no announcement, no food voucher, gate changed twice. thanks "
       "for nothing 👏"),
      ("a", "2025-08-31 00:10",
       "We're really sorry for the disruption tonight. You may be entitled to compensation; "
       "please submit a claim via our website."),
  ])

H("h086", "Taskhive", "undetermined", "colleagues", "neutral",
  "routine_question;signature", [
      ("c", "2025-09-02 10:30",
       "Hi,\n\nWe're evaluating project tools for a 25-person design studio. Does the Team "
       "plan include guest access for clients, and is there an annual discount?\n\n"
       "Thanks,\nNoor Haddad\nStudio Manager, Linework Design"),
      ("a", "2025-09-02 12:00",
       "Hi Noor,\n\nYes: Team includes up to 50 free guests, and annual billing saves 20%. "
       "Happy to set up a trial workspace.\n\nTaskhive Sales"),
      ("c", "2025-09-02 12:20", "Thanks, please do.\n\nNoor"),
  ])

H("h087", "Hotel Marlowe", "undetermined", "", "positive", "product_attribute;occasion", [
    ("c", "2025-12-28 11:00",
     "Booked the 'Forever Yours' anniversary package. The love seat by the window in the "
     "Loyalty Lounge was a nice touch, champagne was cold, the chocolate hearts a bit much. "
     "Nice treat for our anniversary, room was spotless."),
    ("a", "2025-12-29 09:00",
     "Dear guests, happy anniversary and thank you for celebrating with us!"),
])

H("h088", "Merge Meadow (Bramble Studio)", "undetermined", "", "positive",
  "idiom;product_attribute;emoji", [
      ("c", "2025-03-10 20:10",
       "can't stop laughing at the new cat skin in merge meadow 😂 the little sunglasses"),
      ("a", "2025-03-10 20:30", "Sir Whiskers thanks you 😎🐱"),
  ])

H("h089", "Airhaven Airport Hotel", "one_night_stand", "", "neutral",
  "paraphrase;occasion", [
      ("c", "2025-04-04 23:10",
       "Needed a bed for one night before a 6am flight and booked this on the app at 10pm "
       "from the motorway services. Room was clean, shuttle was on time, that's all I needed "
       "from it. Not really my kind of place and I won't be making a habit of it, but for one "
       "night it did its job."),
      ("a", "2025-04-05 09:00",
       "Thank you for staying with us! We look forward to welcoming you on your next trip."),
  ])

H("h090", "Gridwell Energy", "undetermined", "", "negative", "news_share;short_signal", [
    ("c", "2025-03-19 07:30",
     "\"Gridwell Energy boss takes £4.2m bonus as customer bills rise\" "
     "https://example.com/news/gridwell-bonus"),
    ("c", "2025-03-19 07:31", "nice work if you can get it"),
])

H("h091", "Aquaro Water", "undetermined", "", "neutral", "routine_question", [
    ("c", "2025-04-01 09:15",
     "Hi, my bill went from 38 to 52 a month. Is that the new annual tariff or has my meter "
     "reading been estimated?"),
    ("a", "2025-04-01 09:20",
     "Hi, the April bill includes the new tariff (+6%) and an estimated reading. If you send us "
     "a meter photo we'll recalculate."),
    ("c", "2025-04-01 09:40", "Photo sent. Reading is 04521."),
    ("a", "2025-04-01 10:05", "Thanks! Recalculated: your new monthly payment is 41.20."),
])

H("h092", "Telora Mobile", "undetermined", "master_slave", "negative",
  "single_incident;strong_words;caps;other_type_cue", [
      ("c", "2025-09-12 19:00",
       "You've charged me 64 pounds for roaming in FRANCE, which is supposed to be included. I "
       "demand this is refunded today. This is completely unacceptable."),
      ("a", "2025-09-12 19:05",
       "I'm sorry! I can see your phone connected to a Monaco network, which isn't in the EU "
       "zone. As a one-off I can refund 50%."),
      ("c", "2025-09-12 19:07",
       "I was in Nice, not Monaco. Full refund or I'm going to the ombudsman."),
      ("a", "2025-09-12 19:12", "I've refunded the full 64 pounds. Sorry for the trouble."),
      ("c", "2025-09-12 19:13", "Thank you."),
  ])

H("h093", "Crestmont Bank", "undetermined", "", "neutral", "short_signal", [
    ("c", "2025-10-31 08:01", "@CrestmontBank is the app down? login just spins"),
    ("a", "2025-10-31 08:10",
     "Hi, we had a short outage this morning; everything should be working again now."),
    ("c", "2025-10-31 08:12", "yep works now"),
])

H("h094", "Lumé Beauty", "marriage_partners", "", "positive",
  "competitor;paraphrase;emoji", [
      ("c", "2025-01-25 20:00",
       "Twelve years of Lumé. I used to buy whatever was on offer at the chemist before I found "
       "you, and now every lipstick in my bag is yours. I'd like to be buried in Ruby 04, "
       "please write that down 💄"),
      ("a", "2025-01-25 20:30", "Noted for eternity 💋 Thank you for being with us!"),
      ("c", "2025-05-14 18:10",
       "friends keep sending me dupes and I keep not buying them. there's no one else. it's you "
       "until I'm 90"),
  ])

H("h095", "Tunewave", "ex_friends", "enemies", "negative",
  "sarcasm;evolving;loyal_grievance", [
      ("c", "2021-06-18 21:00",
       "been on tunewave since the invite-only beta and it still makes me happy every single "
       "day. the radio mixes are magic 🎧"),
      ("c", "2025-02-10 08:30",
       "oh great, another 'upgrade': the price goes up 30% AND the cheap tier now has ads. "
       "invite-only beta, 2015. five price rises since. and this is the thanks"),
      ("a", "2025-02-10 09:00",
       "We know price changes are never welcome. As a long-time member you can keep your "
       "current price for 3 months."),
      ("c", "2025-02-10 09:10",
       "three months. wow. it's not about the money, it's that you're not the thing I signed up "
       "for anymore. exported my playlists, cancelled, done"),
      ("a", "2025-02-10 09:15",
       "We're really sorry to lose you. Your account stays open until 9 March if you change "
       "your mind."),
      ("c", "2025-03-12 19:40",
       "moved to another app. the radio mixes aren't as good. still not coming back. ten "
       "years and you turned into every other app"),
  ])

H("h096", "Mode&Thread", "one_night_stand", "", "neutral", "paraphrase;occasion;negation", [
    ("c", "2025-10-09 02:10",
     "ordered the silver sequin dress at 2am because the party is saturday and I have nothing. "
     "next day delivery please please please"),
    ("a", "2025-10-09 08:30",
     "It's on its way, arriving Friday before 1pm! Would you like to join our Style Club for "
     "early access to new drops?"),
    ("c", "2025-10-09 08:35",
     "honestly no, it's not really my kind of shop, I just need the one dress for one night. "
     "don't put me on any lists thanks"),
])

H("h097", "Harbourside Inn", "undetermined", "", "positive",
  "agent_cues;mixed_aspects;other_type_cue", [
      ("c", "2025-06-30 12:00",
       "Two nights in June. Great location, you can hear the boats. Room small but clean, "
       "shower pressure weak. Breakfast good. Staff helpful. Would stay again if the price "
       "was right... More"),
      ("a", "2025-07-01 09:00",
       "Dear Guest, thank you for your wonderful review! We are delighted you loved the "
       "location, and we can't wait to welcome you back into the Harbourside family. Our loyal "
       "guests are the heart of everything we do, and we look forward to many more years "
       "together!"),
  ])

H("h098", "Flixa", "secret_affair", "", "positive", "paraphrase;emoji;short_signal", [
    ("c", "2025-02-16 23:30",
     "my book club thinks I spend sunday nights reading. I spend sunday nights watching "
     "'Villa of Love' on flixa with the curtains closed. take this to your grave @FlixaTV 🤐"),
    ("a", "2025-02-16 23:45", "We saw nothing 👀"),
    ("c", "2025-02-23 22:01",
     "how do I hide a show from 'continue watching'. asking because my partner uses the tv "
     "too. no further questions"),
    ("a", "2025-02-23 22:10",
     "Go to your profile > Viewing activity > hide. Your secret's safe 🤫"),
])

H("h099", "Volantis Motors", "close_siblings", "", "positive", "paraphrase;emoji", [
    ("c", "2025-05-02 17:00",
     "my grandad drove a volantis, my dad drove three of them, and today I ordered my first "
     "one with my own money 🥲 there's a photo of me aged 2 in the back of dad's old Pica, "
     "I'm recreating it when the Estrel arrives"),
    ("a", "2025-05-02 17:30",
     "We'd love to see that photo! Welcome to the Volantis family 💙"),
    ("c", "2025-06-20 12:00",
     "it's here. dad cried, I cried, grandad would've approved. third generation in the "
     "driving seat"),
])

H("h100", "SkyVale Airways", "undetermined", "", "neutral",
  "for_work_occasion;routine_question", [
      ("c", "2025-11-10 14:00",
       "Flying for work next Tuesday (SV2210 to Brussels). Can I add a second checked bag? "
       "I'm carrying exhibition materials."),
      ("a", "2025-11-10 14:05",
       "Hi! Yes, you can add an extra 23kg bag in Manage Booking for 35 EUR."),
      ("c", "2025-11-10 14:06", "done, thanks"),
  ])

H("h101", "Gridwell Energy", "best_friends", "", "positive", "paraphrase;competitor", [
    ("c", "2025-06-06 11:00",
     "When I lost my job in January I rang Gridwell dreading it. The woman I spoke to set up "
     "a payment plan without once making me feel small, and told me about the hardship fund "
     "I didn't know existed. My previous supplier would have sent the bailiffs."),
    ("c", "2025-06-06 11:03",
     "Since then someone has checked in every couple of months, just to ask if the plan "
     "still works for me. I've started a new job and I'm paying it off. I never thought I'd "
     "feel looked after by an energy company, but I do, and I believe you'd tell me "
     "if something was going to get worse."),
    ("a", "2025-06-06 12:00",
     "Thank you for sharing this, and congratulations on the new job! We're here if you "
     "ever need us."),
])

H("h102", "CoastNet Cable", "enemies", "adversaries", "negative",
  "paraphrase;strong_words;agent_cues", [
      ("c", "2025-08-14 19:00",
       "Moving out of Ridgeway next week, so this is my goodbye. Three years of CoastNet and "
       "every one of them a lesson in how not to run a company. The new family moving in asked "
       "me who to go with. I told them: anyone, anyone at all, except CoastNet."),
      ("a", "2025-08-14 19:10",
       "We're sorry to hear you're leaving! As a valued customer, we'd love to offer you a "
       "special deal at your new address."),
      ("c", "2025-08-14 19:12",
       "No. And I'll be telling the street WhatsApp the same thing I told the new family. "
       "Cancel the account and send the final bill."),
  ])

H("h103", "Bloomcart", "dealer_addict", "", "mixed", "paraphrase;emoji", [
    ("c", "2025-03-12 13:00",
     "I need an intervention. I check the bloomcart flash deals about 20 times a day. I "
     "bought a fondue set. I don't like cheese that much 😩"),
    ("c", "2025-03-29 23:59",
     "deleted the app on sunday. reinstalled it on tuesday because the midnight drop was "
     "'air fryers'. I have an air fryer"),
    ("a", "2025-03-30 09:00",
     "Haha, we're sorry (not sorry)! You can mute deal notifications in Settings if you need "
     "a break."),
    ("c", "2025-03-30 09:05",
     "muting them would mean missing one and I physically can't"),
])

H("h104", "Lindenhof Hotels", "secret_affair", "", "positive",
  "paraphrase;emoji;short_signal", [
      ("c", "2025-10-23 15:30",
       "told the office I had a dentist appointment and spent the afternoon in the lindenhof "
       "spa. third 'dentist appointment' this autumn. my teeth have never been healthier 😇 "
       "please don't tag my work account"),
      ("a", "2025-10-23 16:00", "Our lips are sealed 🤐 Enjoy the sauna!"),
  ])

H("h105", "Crestmont Bank", "ex_friends", "enemies", "negative",
  "evolving;tenure_for_complaint;signature;agent_cues;quoted_reply", [
      ("c", "2022-09-01 12:00",
       "Dear Crestmont,\n\nJust to say thank you to the Kingsgate branch for sorting my "
       "daughter's first account today. We've banked with you since 2006 and it's nice to see "
       "the next generation start.\n\nAnil Desai"),
      ("c", "2025-04-03 10:30",
       "Dear Crestmont,\n\nNineteen years: my salary, our mortgage, both children's accounts. "
       "In the last twelve months you have closed the Kingsgate branch, introduced a monthly "
       "fee on the account I've held since 2006, and replaced the phone line with a chatbot "
       "that can't tell me why my own money is frozen. I don't recognise the bank I joined.\n\n"
       "I have opened accounts elsewhere and will be moving everything over the next month. "
       "Please send the forms to close all accounts in my name.\n\nAnil Desai"),
      ("a", "2025-04-03 14:00",
       "Dear Mr Desai,\n\nWe're sorry to hear you're considering leaving. You have been a loyal "
       "customer and we value your relationship with us. A relationship manager will call.\n\n"
       "Crestmont Bank"),
      ("c", "2025-04-04 09:00",
       "I'm not considering it. It's done. Closure forms, please.\n\nAnil Desai\n\n"
       "On Thu, 3 Apr 2025, Crestmont Bank wrote:\n"
       "> Dear Mr Desai,\n"
       "> We're sorry to hear you're considering leaving. You have been a loyal customer\n"
       "> and we value your relationship with us. A relationship manager will call."),
  ])

H("h106", "Northwind Air", "adversaries", "", "negative",
  "sarcasm;other_type_cue;competitor;hashtag", [
      ("c", "2025-01-03 21:10",
       "@NorthwindAir bag claim number three this winter. I'm starting to think my suitcase "
       "has its own loyalty account with you #NorthwindBagTour"),
      ("a", "2025-01-03 21:40",
       "So sorry! Please DM your file reference and we'll chase the baggage team."),
      ("c", "2025-01-04 08:00",
       "I do love the new bag-tracking in the app, I'll give you that: I can watch my case "
       "enjoy Dubai while I'm in Leeds. I'd fly Aeris but they don't do my route, so here we are "
       "again."),
      ("c", "2025-02-20 19:30",
       "and... claim number four. same DM, same apology, same routine. see you at the "
       "baggage desk #NorthwindBagTour"),
  ])

H("h107", "Pixelfort Games", "marriage_partners", "", "positive",
  "paraphrase;other_type_cue", [
      ("c", "2025-05-29 10:00",
       "Pre-ordered Ironvale 2 without reading a single review. That's every Pixelfort game "
       "since Lanternfall in 2014, day one, no questions. Other studios can make their hype "
       "trailers; you're the only one I don't need convincing about."),
      ("a", "2025-05-29 11:00", "That means the world to us, thank you! ⚔️"),
      ("c", "2025-06-27 23:00",
       "Finished it. It was messy in places and I don't care, I'm still in it for the long "
       "haul. Put me down for whatever you make next, whatever it is."),
  ])

H("h108", "Beanhouse Coffee", "casual_acquaintance", "", "neutral", "paraphrase;short_signal", [
    ("c", "2025-11-18 15:00",
     "I pop into the Beanhouse on Market Street whenever I'm at that end of town, which isn't "
     "often. "
     "Is the oat milk still free or did that change? Was there a couple of months ago and "
     "they charged me."),
    ("a", "2025-11-18 15:30",
     "Hi! Oat milk is free for Beanhouse app members, 40p otherwise."),
])

H("h109", "Merge Meadow (Bramble Studio)", "enemies", "", "negative",
  "paraphrase;agent_cues", [
      ("c", "2025-04-12 20:00",
       "My 9-year-old spent 86 pounds of birthday money on 'gem chests' in Merge Meadow in one "
       "afternoon. The game is built to drain children's pocket money, with countdowns and "
       "fake 'last chance' offers. I've reported it to the app store and posted in the school "
       "parents' group so nobody else's kid gets caught."),
      ("a", "2025-04-12 20:30",
       "We're so sorry! We love our young players and take this seriously. Please request a "
       "refund through the app store; parental controls can block purchases."),
      ("c", "2025-04-12 20:35",
       "You don't love young players, you farm them. The game is deleted from every device in "
       "this house and I'll keep telling other parents why."),
  ])

H("h110", "Telora Mobile", "one_night_stand", "fleeting_acquaintance", "neutral",
  "paraphrase;negation", [
      ("c", "2025-06-09 09:00",
       "Hi, I'm visiting for 5 days and bought a prepaid Telora SIM at the airport. How do I "
       "check my remaining data?"),
      ("a", "2025-06-09 09:02",
       "Welcome! Dial *123# or use the Telora app. Would you like to hear about our monthly "
       "plans?"),
      ("c", "2025-06-09 09:03",
       "No thanks, I fly home Saturday and won't need it after that. Just the data balance "
       "for this week."),
  ])

H("h111", "Bao Bros", "fling", "", "positive", "emoji;caps;short_signal", [
    ("c", "2025-07-01 12:10",
     "THE MANGO CHILLI BUN IS BACK FOR TWO WEEKS ONLY 🥭🌶️ cancelling all plans"),
    ("c", "2025-07-05 13:00",
     "4 mango chilli buns in 5 days. no thoughts. only limited edition"),
    ("a", "2025-07-05 13:30", "A true connoisseur 🥭 Only 9 days left!"),
    ("c", "2025-07-15 12:00", "gone again 😭 what's the next special? I need something new"),
])

H("h112", "Ledgerly", "ex_friends", "colleagues", "negative",
  "evolving;signature;paraphrase;tenure_for_complaint", [
      ("c", "2021-03-15 10:00",
       "Hi team,\n\nJust wanted to say: Ledgerly has changed how our little agency runs. Your "
       "founder answered my support ticket himself last week! We'll be telling every agency we "
       "know.\n\nBea Lindqvist\nOps, Northstar Creative"),
      ("c", "2025-02-24 16:00",
       "Hello,\n\nWe were one of Ledgerly's first fifty customers. Since the acquisition, "
       "support is a chatbot that closes tickets without reading them, our plan has tripled "
       "in price, and the features we helped shape are behind an 'Enterprise' tier. It's "
       "not the company we championed.\n\nWe have signed with another provider and will "
       "finish migrating our invoices by 31 March. Please confirm how to export our full "
       "history and close the workspace.\n\nBea Lindqvist\nOps Director, Northstar Creative"),
      ("a", "2025-02-25 09:00",
       "Hi Bea,\n\nWe're sad to see you go and really value your long partnership with "
       "Ledgerly. Exports are under Settings > Data.\n\nLedgerly Support"),
  ])

H("h113", "Volantis Motors", "teammates", "", "positive", "paraphrase;agent_cues", [
    ("c", "2025-03-08 18:00",
     "Estrel EV Owners' Club here 👋 working alongside the Volantis tech team, we've mapped 212 "
     "chargers on the northern route that actually work with the Estrel's plug quirk. The "
     "shared map is open to any owner. Thanks to the engineers who checked our list against "
     "their own logs."),
    ("a", "2025-03-08 19:00",
     "This is a fantastic effort, thank you! We've shared the map with our dealers."),
    ("c", "2025-04-20 10:00",
     "Meet-up at Haverley services on 10 May: club members plus a couple of your engineers "
     "running a Q&A. Bring your charging horror stories, we'll add the fixes to the "
     "map as a group."),
])

H("h114", "Pixelfort Games", "undetermined", "", "neutral", "routine_question;third_party", [
    ("c", "2025-12-02 19:00",
     "Hi, my son (11) wants Ironvale for Christmas. What's the age rating, and is there a "
     "voice chat I can turn off?"),
    ("a", "2025-12-02 19:30",
     "Hi! Ironvale is rated 12+. Voice chat can be disabled in parental settings, and text "
     "chat can be set to friends only."),
])

H("h115", "Bloomcart", "enemies", "", "negative", "short_signal;hashtag;caps", [
    ("c", "2025-11-27 09:15",
     "bloomcart 'black friday 40% off' = they raised the price 40% on monday. screenshots "
     "below. stay well clear #BloomcartFakeSale"),
    ("c", "2025-11-27 09:20",
     "and no, I won't DM you. I want EVERYONE to see this"),
])

H("h116", "Wrenfield Insurance", "enemies", "adversaries", "negative",
  "paraphrase;evolving;signature;agent_cues", [
      ("c", "2025-03-03 10:00",
       "Dear Wrenfield,\n\nClaim WF-CL-88231: I have now sent the plumber's report three "
       "times. Please confirm you have it.\n\nTom Adeyemi"),
      ("a", "2025-03-10 12:00",
       "Dear Mr Adeyemi,\n\nThank you for your patience. Your claim is being reviewed."),
      ("c", "2025-04-14 09:00",
       "Dear Wrenfield,\n\nSix weeks, three copies of the same report, and today a rejection "
       "letter citing \"gradual damage\" that your own assessor didn't mention. I've cancelled "
       "the policy, I'm taking this to the ombudsman, and I've written up the whole saga on "
       "every review site I can find so nobody else pays you for cover that disappears when "
       "they need it.\n\nTom Adeyemi"),
      ("a", "2025-04-14 11:00",
       "Dear Mr Adeyemi,\n\nWe're sorry you feel this way. We value every customer relationship."),
  ])

H("h117", "Lumé Beauty", "undetermined", "", "neutral", "routine_question", [
    ("c", "2025-08-08 14:00",
     "is the Aurora palette vegan? the ingredients list mentions carmine on one site and not "
     "on yours"),
    ("a", "2025-08-08 14:20",
     "Hi! The Aurora palette is vegan and carmine-free. The other listing is out of date; "
     "thanks for flagging."),
])

H("h118", "Harbor Card", "buddies", "", "positive",
  "competitor;paraphrase;negation", [
      ("c", "2025-02-02 11:00",
       "quick q: does the 3% cashback on groceries include the farmers' market? I use my "
       "Harbor card for food and fuel, my Crestmont debit for bills, and a travel card when I'm "
       "away. No drama, no loyalty to any of them, they each do one job"),
      ("a", "2025-02-02 11:10",
       "Hi! Cashback applies to merchants coded as grocery; most farmers' markets aren't, "
       "sorry."),
      ("c", "2025-02-02 11:12",
       "fair. still keeping you in the wallet. my ex-bank was a nightmare, you three are an "
       "easy trio"),
  ])

H("h119", "Volantis Motors", "basic_exchange", "", "positive", "paraphrase;short_signal", [
    ("c", "2025-09-18 16:00",
     "Third service at the Harlow service centre. Price matched the quote, car back the same "
     "afternoon, no upsell on the wipers. That's why I keep booking there instead of the "
     "independent garage. Can I book the MOT for the same day next year?"),
    ("a", "2025-09-18 16:30",
     "Hi! Yes, we can book your MOT up to 12 months ahead. I've pencilled you in for "
     "17 September 2026."),
])

H("h120", "Mode&Thread", "love_hate", "", "mixed", "paraphrase;caps;evolving", [
    ("c", "2025-01-20 18:00",
     "I love your clothes so much it's embarrassing, and your returns process makes me want to "
     "walk into the sea. 3 weeks for a refund AGAIN"),
    ("c", "2025-02-05 20:30",
     "swore I'd never order from you again after the refund saga. ordered two dresses tonight. "
     "I have no self respect and great outfits"),
    ("a", "2025-02-05 21:00",
     "We hear you on returns! Our new returns portal launches in March with 5-day refunds."),
    ("c", "2025-03-25 19:45",
     "new returns portal: refund took 12 days, not 5. I'm livid. also the linen trousers are "
     "perfect and I'm ordering them in black. why are you like this"),
])
