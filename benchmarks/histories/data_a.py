"""Hand-written histories h001..h060 (see README.md). Rows: (role, 'YYYY-MM-DD HH:MM', text);
role 'c' = customer, 'a' = agent. All names, handles, brands and addresses are invented."""

ENTRIES: list[dict] = []


def H(cid, brand, type_, second, valence, trap, rows):
    ENTRIES.append({"id": cid, "brand": brand, "type": type_, "second": second,
                    "valence": valence, "trap": trap, "rows": rows})


H("h001", "Pixelfort Games", "teammates", "business_partners", "positive",
  "paraphrase;agent_cues;emoji", [
      ("c", "2025-02-11 19:02",
       "@PixelfortGames the map-makers discord passed 4k people last night 🎉 we finished "
       "translating the level editor docs into portuguese, it's on the shared drive for whoever "
       "wants it"),
      ("a", "2025-02-11 20:15",
       "That's incredible, thank you to everyone in the community who pitched in! We love you "
       "all. We'll link it from the official wiki this week."),
      ("c", "2025-02-19 22:40",
       "sweet. a bunch of us are running a build jam on the 1st. if one of your level designers "
       "wants to judge that'd be huge. half of us test your beta patches anyway, might as well "
       "do the fun part side by side"),
      ("a", "2025-02-20 11:00",
       "Count us in! Mara from the level design team will judge, and we'll throw in some "
       "in-game badges for the winners."),
      ("c", "2025-02-20 11:30",
       "legend. I'll put her in the judges channel. rules doc is pinned, she can edit it too"),
      ("c", "2025-03-03 09:12",
       "jam's done: 61 maps in. we've bundled the top 10 into a pack for the next playlist "
       "rotation, file's in the usual channel. same time next month? bring your designers again "
       "🙌"),
  ])

H("h002", "Telora Mobile", "undetermined", "", "neutral", "routine_question;agent_cues", [
    ("c", "2025-04-07 08:31",
     "Hi, I'm going to Spain next Thursday for a week. Do I need to switch roaming on or is it "
     "automatic on my plan?"),
    ("a", "2025-04-07 08:33",
     "Hi there, thanks for being a Telora customer! Roaming in the EU is included in your plan "
     "and switches on automatically. Just make sure data roaming is enabled in your phone "
     "settings."),
    ("c", "2025-04-07 08:34", "perfect, that's all I needed. cheers"),
])

H("h003", "Lindenhof Hotels", "master_slave", "", "negative",
  "paraphrase;quoted_reply;signature;agent_cues", [
      ("c", "2025-05-14 23:48",
       "To the General Manager,\n\n"
       "I arrived at 21:10 tonight to find that the suite I reserved in March was \"not quite "
       "ready\" and was offered a standard room on the third floor while housekeeping finished. "
       "I book upwards of forty nights a year across your properties. I should not have to stand "
       "at a desk explaining that to a trainee, and I should not have to ask twice for the "
       "things that are already on my profile: feather-free pillows, still water, a late "
       "checkout.\n\n"
       "A call from you personally, tomorrow, before 9. Not a form letter, not a voucher.\n\n"
       "M. Ardent-Vale\nArdent-Vale Consulting | m.ardentvale@example.com"),
      ("a", "2025-05-15 07:55",
       "Dear Mr Ardent-Vale,\n\nPlease accept our sincere apologies for last night. You are one "
       "of our most valued and loyal guests and we are truly grateful for your continued trust. "
       "Our Guest Relations team will be in touch to make this right.\n\nWarm regards,\n"
       "Lindenhof Guest Relations"),
      ("c", "2025-05-15 10:02",
       "This is exactly what I asked you not to send.\n\n"
       "It is now past 10 and nobody has called. I want the general manager, by name, on the "
       "phone today. I will be checking out early.\n\nM. Ardent-Vale\n\n"
       "On Thu, 15 May 2025, Lindenhof Guest Relations wrote:\n"
       "> Dear Mr Ardent-Vale,\n"
       "> Please accept our sincere apologies for last night. You are one of our most valued\n"
       "> and loyal guests and we are truly grateful for your continued trust."),
  ])

H("h004", "Stridewell Running", "undetermined", "fling", "positive",
  "product_attribute;short_signal;emoji", [
      ("c", "2025-03-22 17:20",
       "I love the new colour on the Aero 3 😍 the sage one. is it coming in wide fit or just "
       "regular?"),
      ("a", "2025-03-22 18:02",
       "Glad you like it! Sage is regular fit only for now, wide fit is planned for the summer "
       "range."),
      ("c", "2025-03-22 18:05", "ok thx, will wait then"),
  ])

H("h005", "CoastNet Cable", "adversaries", "", "negative",
  "paraphrase;agent_cues;sarcasm", [
      ("c", "2025-01-09 19:41",
       "Internet's down again. Before you ask: yes I've unplugged the box, yes I've waited 30 "
       "seconds, yes the lights are orange. This is my fourth ticket since New Year."),
      ("a", "2025-01-09 19:44",
       "I'm so sorry to hear that! We truly appreciate your patience and your loyalty. Could you "
       "please restart your modem by unplugging it for 30 seconds?"),
      ("c", "2025-01-09 19:45",
       "Lovely. Same script as the last three times. I know how this goes: you'll book a "
       "technician for Tuesday between 8 and 6, nobody will turn up, and I'll be back here on "
       "Wednesday."),
      ("a", "2025-01-09 19:50",
       "I understand your frustration. Let me check the line from our side... I can see some "
       "signal issues. I'll book an engineer for you."),
      ("a", "2025-01-09 19:52",
       "I've booked a technician visit for Tuesday 14 January, 8am-6pm. Is there anything else I "
       "can help with?"),
      ("c", "2025-01-15 08:10",
       "Tuesday came and went, no technician, as predicted. Ticket five, here we go. Honestly "
       "I'd switch but the only other option on my street is worse, so I suppose you and I "
       "will keep doing this."),
      ("a", "2025-01-15 08:20",
       "I'm very sorry the engineer didn't attend. I've rebooked for Friday 17 January, AM "
       "slot, and added a 10 pound credit for the missed appointment."),
      ("c", "2025-03-02 18:05",
       "Update for the file: engineer came in January, swapped a connector, fine for six "
       "weeks, dead again tonight. Ticket six. Same time next month, CoastNet?"),
  ])

H("h006", "Merge Meadow (Bramble Studio)", "dealer_addict", "", "mixed", "paraphrase;emoji", [
    ("c", "2024-11-03 03:12",
     "opened merge meadow \"for five minutes\" at 10pm. it is 3am. I have work at 8. I merged "
     "the golden barn though so 🤷"),
    ("c", "2024-11-20 21:30",
     "my weekly screen time report just called me out. 31 hours. on a game about cabbages"),
    ("c", "2025-02-27 12:01",
     "tried giving it up for lent last year, lasted 2 days. this year I deleted it from my "
     "phone and reinstalled it on my tablet the same evening. the energy refills at 7am and my "
     "body knows"),
    ("a", "2025-02-27 14:20",
     "Haha, we're flattered! Remember you can turn on playtime reminders in Settings > "
     "Wellbeing 🌱"),
    ("c", "2025-02-27 14:22", "I know where the setting is. I've turned it off twice 😭"),
])

H("h007", "Beanhouse Coffee", "fleeting_acquaintance", "", "positive", "paraphrase;occasion", [
    ("c", "2025-06-02 08:40",
     "Ended up here by accident while my train was delayed, never been in before. Flat white "
     "was decent, good crema, the almond croissant a bit dry. Quick service. I'd probably pop "
     "in again if I'm passing through Fenwick Station."),
    ("a", "2025-06-03 10:00",
     "Thanks for stopping by and for the kind words! We'll pass the croissant note to our "
     "bakery. Hope to see you again."),
])

H("h008", "Ledgerly", "colleagues", "", "neutral", "paraphrase;signature", [
    ("c", "2025-01-28 10:05",
     "Hello,\n\nOur finance team (12 people) runs month-end close on Ledgerly, and our external "
     "auditor has asked for an export of the user access log for FY2024. I can see the audit "
     "trail per invoice but not a single export of logins and role changes. Is there a way to "
     "get that, ideally as CSV?\n\nThanks,\n"
     "Priya Nandakumar\nFinancial Controller, Hollin & Vane Ltd\n"
     "priya.n@hollinvane.example.com | +44 20 7946 0102"),
    ("a", "2025-01-28 13:40",
     "Hi Priya,\n\nAdmins can export the access log under Settings > Security > Audit log > "
     "Export (CSV or JSON). Filter by date range to get FY2024.\n\nBest,\nOmar, Ledgerly Support"),
    ("c", "2025-01-28 14:02",
     "Found it, thank you. That's what we needed for the auditors.\n\nPriya"),
])

H("h009", "Crestmont Bank", "undetermined", "", "negative", "symptom;bug_report;caps", [
    ("c", "2025-03-11 12:14",
     "App crashes every time I open the cheque deposit screen. Every. Single. Time. Pixel 8, "
     "Android 15, app version 7.4.1. Cleared cache, reinstalled, same thing. Can't deposit my "
     "cheque and the branch is closed until Monday. FIX IT"),
    ("a", "2025-03-11 12:50",
     "Hi, sorry about this. Our team is aware of an issue with cheque deposit on some Android 15 "
     "devices and a fix is due in 7.4.2 later this week. In the meantime you can deposit via "
     "the web app."),
    ("c", "2025-03-11 12:58", "the web app doesn't have cheque deposit. but ok, I'll wait."),
])

H("h010", "Crestmont Bank", "adversaries", "", "negative",
  "caps;paraphrase;sarcasm;other_type_cue", [
    ("c", "2024-09-30 09:02",
     "@CrestmontBank overdraft fee AGAIN for a payment that cleared the same morning my salary "
     "landed. we do this every quarter, don't we"),
    ("a", "2024-09-30 09:30",
     "Hi, we're sorry to hear that. Please DM us your details and we'll take a look."),
    ("c", "2024-09-30 09:41",
     "I know the routine. I'll DM, you'll ask me to call, I'll wait 50 minutes on hold, "
     "someone nice will reverse it as a \"one-off goodwill gesture\", and in January we'll do "
     "it all again. fourth one-off goodwill gesture this year"),
    ("c", "2025-01-06 08:55",
     "and here's January. 35 quid. set your watches, see you on hold 🙃"),
])

H("h011", "Parcelio", "adversaries", "colleagues", "negative",
  "sarcasm;other_type_cue;paraphrase", [
      ("c", "2025-02-04 17:30",
       "Hi, parcel PRC-88120-UK went to a depot in Doncaster and then back to my town and then "
       "to Doncaster again. Third one this month taking the scenic route. Where is it?"),
      ("a", "2025-02-04 17:36",
       "Hi, thanks for contacting Parcelio. I can see the parcel is in transit and should be "
       "delivered within 2 working days."),
      ("c", "2025-02-04 17:38",
       "That's what the tracking said on Friday. I run a little candle shop and I send about 40 "
       "parcels a week with you because you're cheapest for the weight, which means I now keep "
       "a spreadsheet just for your lost-and-found claims. Column for claim number, column for "
       "how many times I've been told \"2 working days\"."),
      ("c", "2025-03-18 09:15",
       "Morning! Two more for the spreadsheet: PRC-90311-UK and PRC-90317-UK, both \"delivered\" "
       "to customers who have nothing. Claim forms attached. See you next week, I'm sure."),
      ("a", "2025-03-18 09:40",
       "Sorry for the inconvenience. I've raised an investigation for both parcels; you'll "
       "receive an update within 5 working days."),
  ])

H("h012", "Harbor Card", "complete_strangers", "", "negative", "paraphrase;signature", [
    ("c", "2025-04-22 16:10",
     "To whom it may concern,\n\nI have received two letters this month addressed to me at my "
     "home address saying my Harbor Card account is 60 days past due. I have never applied "
     "for, held or used a card with your company. Until these letters arrived I had not heard "
     "of you. I have never given you my address.\n\nPlease tell me how you obtained my details "
     "and confirm in writing that no account exists in my name.\n\nD. Okonkwo-Reyes"),
    ("a", "2025-04-23 11:05",
     "Dear customer,\n\nThank you for contacting Harbor Card. To locate your account, please "
     "reply with your 16-digit card number and date of birth."),
    ("c", "2025-04-23 11:30",
     "There is no card number. That is the point. I am not your customer. I will not send you "
     "my date of birth. Please escalate this to your fraud team.\n\nD. Okonkwo-Reyes"),
])

H("h013", "Brightline Telecom", "complete_strangers", "", "negative",
  "short_signal;typos", [
      ("c", "2025-05-09 20:11",
       "@BrightlineTel who is this?? I get a text every day about 'upgrading my Brightline "
       "plan'. i dont have a brightline plan. never did. stop"),
      ("a", "2025-05-09 20:30",
       "Hi, sorry for the unwanted messages. Could you DM us the number so we can remove it from "
       "our lists?"),
      ("c", "2025-05-09 20:31", "done. and pls dont text me again, ever"),
  ])

H("h014", "Northwind Air", "undetermined", "", "positive",
  "single_thanks;occasion;emoji", [
      ("c", "2025-07-21 13:05",
       "Huge thanks to the crew on NW218 to Faro yesterday who found my daughter's rabbit "
       "wedged under row 23 after everyone had left ❤️ our family trip was nearly ruined on day "
       "one, she's been hugging him the whole holiday"),
      ("a", "2025-07-21 15:22",
       "This made our day! We've shared your message with the crew. Enjoy the rest of your "
       "family holiday, and give Mr Rabbit a hug from us ✈️"),
  ])

H("h015", "Tunewave", "love_hate", "", "mixed",
  "other_type_cue;evolving;symptom", [
      ("c", "2024-10-02 22:10",
       "tunewave has the best catalogue on the planet and I want to throw my phone every time "
       "shuffle plays the same 12 songs out of 900"),
      ("c", "2024-12-13 18:45",
       "cancelled tunewave today. the new home screen is an ad for podcasts I'll never listen "
       "to. goodbye."),
      ("c", "2024-12-15 11:30",
       "resubscribed. nobody else has the 70s northern soul stuff. I hate that you know that"),
      ("a", "2024-12-15 12:05",
       "Welcome back! 💜 You can hide podcast shelves in Settings > Home."),
      ("c", "2025-03-04 23:50",
       "I keep saying I'm done with you and then it's 11pm and I'm three hours into a "
       "playlist you made for me. still furious about shuffle though"),
      ("a", "2025-03-05 09:00",
       "We hear you on shuffle! Our team is testing a new 'fresh shuffle' mode. Stay tuned 💜"),
      ("c", "2025-04-18 20:30",
       "fresh shuffle is out and it played the same song twice in an hour. I'm writing you an "
       "angry post while listening to you. as usual"),
  ])

H("h016", "Gridwell Energy", "basic_exchange", "", "positive",
  "paraphrase;negation;competitor", [
      ("c", "2025-02-17 19:20",
       "Hi, I'd like to renew the 12-month fixed tariff when it ends in March. Same as last "
       "year please."),
      ("a", "2025-02-17 19:25",
       "Happy to help! Can I ask what you enjoy most about being with Gridwell?"),
      ("c", "2025-02-17 19:27",
       "Honestly, nothing emotional. I don't want a relationship with my electricity company. "
       "Your fixed rate came out cheapest on the comparison site again, the bills are right, "
       "and I haven't had to ring you once since the last renewal. Lumen Power were 4% dearer "
       "this time. If that changes I'll move, no hard feelings."),
      ("a", "2025-02-17 19:31",
       "Understood! I've renewed your fixed tariff from 18 March. You'll get confirmation by "
       "e-mail."),
  ])

H("h017", "Taskhive", "business_partners", "", "positive",
  "paraphrase;agent_cues", [
      ("c", "2025-01-13 21:00",
       "Hi Taskhive folks. I've been planning my freelance projects in Taskhive for about a "
       "year and keep a list of things that would make it nicer. Three for now:\n"
       "1. let me snooze a task to \"next Monday\" in one click instead of the date picker\n"
       "2. a keyboard shortcut to move a card to the column on the right\n"
       "3. in the weekly digest, show overdue items first\n"
       "Not complaints, it's good already. Happy to jump on a call or try an early build."),
      ("a", "2025-01-14 09:12",
       "Thank you so much, we love hearing from users like you! I've passed these to our product "
       "team. Would you like to join our beta programme?"),
      ("c", "2025-01-14 09:30",
       "Yes please, sign me up. I'll send notes as I go."),
      ("c", "2025-03-02 20:45",
       "Beta notes week 6: one-click snooze is great. Small thing: it snoozes to Monday 00:00, "
       "so the task shows up in the overnight digest before I'm awake. Maybe Monday 09:00 local? "
       "Screenshot attached. Also the right-column shortcut clashes with Firefox's tab switch on "
       "Linux; Alt+L instead?"),
      ("a", "2025-03-03 10:10", "Great catch on both, logged as TH-4412 and TH-4413. Thank you!"),
  ])

H("h018", "Beanhouse Coffee", "ex_friends", "", "negative",
  "paraphrase;product_attribute", [
      ("c", "2025-04-28 07:50",
       "I have been in the Calder Street Beanhouse most weekday mornings since the week it "
       "opened in 2017. The baristas knew I wanted an extra shot before I said hello. Since the "
       "chain bought you out: the beans taste burnt, I've seen four different managers in six "
       "months, and the Loyalty Card stamps I'd been collecting were just wiped with the new app. "
       "It isn't the place I used to walk into with a smile."),
      ("a", "2025-04-29 09:00",
       "Hi, thank you for being such a loyal regular. We're sorry to hear the changes haven't "
       "worked for you. Your old stamps can be transferred; please DM us your card number."),
      ("c", "2025-04-29 12:30",
       "It's not about the stamps. I've started going to the bakery across the road. I'm sad "
       "about it, but that's where my mornings go now."),
  ])

H("h019", "Volantis Motors", "marriage_partners", "", "positive",
  "paraphrase;competitor;other_type_cue", [
      ("c", "2025-03-30 18:00",
       "Dear Volantis,\n\nPicked up the new Estrel on Saturday: that makes four Volantis cars in "
       "our drive since 2006. I strayed once, in 2012, to a Kestrel, and spent three years "
       "regretting it. Since then, when a lease ends I don't even open the other brands' "
       "websites. My husband jokes that if I could marry a car company I'd have done it by now. "
       "He's not wrong.\n\nPlease thank Graham at the Harlow showroom.\n\nAnnette Lowry"),
      ("a", "2025-03-31 09:20",
       "Dear Mrs Lowry,\n\nThank you for this wonderful note. We'll pass it to Graham. Enjoy the "
       "Estrel!\n\nVolantis Customer Care"),
      ("c", "2025-08-12 12:00",
       "Just booked the first service. Whatever you bring out in 2029, put me down for it now."),
  ])

H("h020", "Hotel Marlowe", "undetermined", "", "positive",
  "for_work_occasion;mixed_aspects", [
      ("c", "2025-02-06 21:10",
       "Stayed two nights for work (trade fair at the exhibition centre). Quiet room at the "
       "back, the desk was actually big enough for a laptop and notes, and breakfast from 6:30 "
       "which I needed. Wifi dropped twice on the second evening. Would be fine for a business "
       "trip."),
      ("a", "2025-02-07 09:00",
       "Dear Guest, thank you for choosing Hotel Marlowe for your business stay. We're sorry "
       "about the wifi and have asked our IT partner to check the back wing. We hope to welcome "
       "you back soon!"),
  ])

H("h021", "Helplane", "colleagues", "basic_exchange", "positive",
  "paraphrase;signature;negation", [
      ("c", "2025-05-05 11:00",
       "Hi,\n\nWe'd like to add 8 seats to our Helplane workspace from 1 June (from 30 to 38). "
       "Helplane is where our support agents spend their whole shift, so I'd rather not have any "
       "downtime on the switch. Can you confirm the pro-rated cost?\n\n"
       "Jonas Berglund\nHead of Customer Support, Fjordline Outdoor AB"),
      ("a", "2025-05-05 14:30",
       "Hi Jonas, no downtime at all; seats are added instantly. The pro-rated cost for June is "
       "shown on the quote attached. Can I ask how the team finds Helplane?"),
      ("c", "2025-05-05 15:10",
       "It's not exciting and nobody here would call it fun, but it does what a support team "
       "of our size needs: queues, macros, the SLA reports my director reads on Mondays. Quote "
       "approved, PO to follow.\n\nJonas"),
  ])

H("h022", "Telora Mobile", "undetermined", "", "neutral", "agent_cues;routine_question", [
    ("c", "2025-06-16 18:20",
     "What's the 4.99 line on my bill called 'Extras Bundle'? I don't remember adding anything."),
    ("a", "2025-06-16 18:22",
     "Hello! First of all, we truly value your loyalty, you've been with us a long time and "
     "we love having you in the Telora family. The Extras Bundle is a 3-month free trial of "
     "cloud storage that became paid this month."),
    ("c", "2025-06-16 18:23", "ok. remove it please, I didn't ask for it."),
    ("a", "2025-06-16 18:25",
     "Done! It's removed and the 4.99 will be credited on your next bill. Anything else?"),
    ("c", "2025-06-16 18:25", "no, thanks"),
])

H("h023", "Hartley's", "old_friends", "", "positive", "paraphrase;negation", [
    ("c", "2024-12-08 16:40",
     "Went into Hartley's on the high street today for the Christmas windows and got "
     "completely soppy. I bought my first proper coat there in 1989 with my Saturday-job money, "
     "and I've been wandering that ground floor ever since: the perfume counters, the creaky "
     "lift, the café on the top floor that still does the same scones. It hasn't changed much "
     "and I wouldn't want it to."),
    ("a", "2024-12-08 17:30",
     "What a lovely memory, thank you for sharing! The windows are up until 5 January."),
    ("c", "2024-12-08 17:45",
     "I'll be back with my niece next week. Thirty-five years of scones and I'm not tired of "
     "them yet."),
])

H("h024", "Bloomcart", "undetermined", "", "neutral",
  "quoted_reply;agent_cues;signature", [
      ("c", "2025-03-06 10:12",
       "Hi, I returned order BC-550912 (the lamp) on 24 Feb and haven't seen a refund yet. "
       "Can you check?\n\nThanks, Leo"),
      ("a", "2025-03-06 15:40",
       "Hi Leo, your return was received on 28 Feb and the refund of 39.99 was issued today. It "
       "can take 3-5 days to appear. We truly love having you as part of the Bloomcart family "
       "and hope you'll stay with us for years to come!"),
      ("c", "2025-03-10 09:05",
       "Received, thanks.\n\nLeo\n\nSent from my phone\n\n"
       "On Thu, 6 Mar 2025, Bloomcart Support wrote:\n"
       "> Hi Leo, your return was received on 28 Feb and the refund of 39.99 was issued\n"
       "> today. It can take 3-5 days to appear. We truly love having you as part of the\n"
       "> Bloomcart family and hope you'll stay with us for years to come!"),
  ])

H("h025", "Bao Bros", "buddies", "", "positive", "paraphrase;competitor;emoji", [
    ("c", "2025-04-14 12:30",
     "monday = bao bros, wednesday = the taco van, friday = whatever's got the shortest queue. "
     "@BaoBros you're firmly in the lunch rotation 🥟"),
    ("a", "2025-04-14 13:00",
     "Honoured to be in the rotation! Have you signed up for our Bao Club card? 10th bun free."),
    ("c", "2025-04-14 13:04",
     "nah I don't do stamp cards, too much commitment lol. see you monday"),
    ("c", "2025-06-23 12:41", "monday bao check ✅ the kimchi one is back, nice"),
])

H("h026", "Volantis Motors", "business_partners", "", "positive",
  "paraphrase;agent_cues;signature", [
      ("c", "2025-06-01 20:00",
       "Hello,\n\nSix months with the Volantis Connect app on my Estrel EV. Some notes in case "
       "they're useful to the app team:\n\n"
       "- Preconditioning: a repeating schedule (weekdays 07:30) instead of setting it each "
       "night would be lovely.\n"
       "- The charge-limit slider jumps in 10% steps; 5% steps would let me keep it at 85%.\n"
       "- The trip log export is a PDF; a CSV would let me claim mileage.\n\n"
       "I've kept a log of when the app loses the car's connection (times and places); I can "
       "send it if an engineer wants it.\n\nBest,\nTomasz Wierzbicki"),
      ("a", "2025-06-03 10:00",
       "Dear Tomasz,\n\nThank you for your thoughtful feedback! Customers like you are the heart "
       "of Volantis. I've forwarded everything to our Connect team, and they'd love the log.\n\n"
       "Volantis Customer Care"),
      ("c", "2025-06-03 18:20",
       "Log attached (3 weeks, 14 drop-outs, mostly in the multi-storey at work). If they want "
       "me to test a fix, I'm glad to.\n\nTomasz"),
      ("c", "2025-09-15 19:00",
       "Saw the weekday schedule in the new update. Thank you for listening! One follow-up: "
       "the schedule ignores bank holidays, perhaps a 'skip next' button?\n\nTomasz"),
  ])

H("h027", "SwiftDrop Couriers", "undetermined", "", "negative",
  "single_incident;caps;not_chosen;strong_words", [
      ("c", "2025-01-22 16:05",
       "@SwiftDropUK your driver just left a box marked FRAGILE - LAPTOP in a PUDDLE by my bin. "
       "Photo attached. Absolutely unbelievable. I didn't even pick you, the shop did"),
      ("a", "2025-01-22 16:40",
       "We're really sorry to see this. Please DM us your tracking number and we'll raise it "
       "with the depot."),
      ("c", "2025-01-22 16:42", "sent. laptop works, luckily. box is mush."),
  ])

H("h028", "Mode&Thread", "undetermined", "fleeting_acquaintance", "negative",
  "first_time_loyal_claim;single_incident;loyal_grievance", [
      ("c", "2025-05-19 19:33",
       "Hi, this was my first order from Mode&Thread (order MT-220871) and the white linen "
       "shirt came with a brown mark on the collar. Really not what I expected for £60. Loyal "
       "customers deserve better than this, honestly."),
      ("a", "2025-05-19 19:50",
       "We're so sorry! I've arranged a free return and sent a replacement today. As a welcome "
       "gesture, here's 15% off your next order: WELCOME15."),
      ("c", "2025-05-19 19:52", "ok thanks, hope the next one is clean."),
  ])

H("h029", "Northwind Air", "undetermined", "", "neutral", "third_party;routine_question", [
    ("c", "2025-08-04 22:15",
     "Hi, I land in Lisbon on NW442 at 23:50. Do you know if the airport metro is still running "
     "then or do I need a taxi?"),
    ("a", "2025-08-04 22:30",
     "Hi! The Lisbon metro usually runs until 1am, but we'd recommend checking Metro de "
     "Lisboa's website for the latest times."),
    ("c", "2025-08-04 22:31", "thanks"),
])

H("h030", "Northwind Air", "master_slave", "", "negative",
  "paraphrase;agent_cues", [
      ("c", "2025-10-12 06:20",
       "@NorthwindAir 41 flights with you this year and the lounge desk in Manchester makes ME "
       "show ID and a boarding pass like I wandered in off the street. I shouldn't have to tell "
       "your staff who I am."),
      ("a", "2025-10-12 06:45",
       "We're sorry you felt that way! We value all our Sapphire members. Lounge staff do need "
       "to check boarding passes for every guest."),
      ("c", "2025-10-12 06:47",
       "Not every guest. Me. Your system knows exactly who I am and where I sit. I don't want a "
       "policy quote and I don't want miles. I want someone senior to call and apologise before "
       "I board at 8."),
      ("c", "2025-10-12 09:55",
       "Boarded. No call. Noted."),
  ])

H("h031", "Parcelio", "undetermined", "", "negative", "employee;typos", [
    ("c", "2025-03-14 21:40",
     "anyone else driving for parcelio out of the leeds depot? the new route app put 146 drops "
     "on my van today and then gave me a warning for being 'behind pace'. I like the job most "
     "days but this is mad"),
    ("c", "2025-03-14 21:58",
     "to be clear im not a customer lol, I'm the guy with the scanner. if your parcel was late "
     "in LS6 today, sorry, it was me and 145 others"),
])

H("h032", "Brightline Telecom", "adversaries", "", "negative",
  "quoted_reply;signature;sarcasm;agent_cues", [
      ("c", "2025-02-03 09:15",
       "Hello,\n\nRef BT-4471-22. I am writing for the fifth time about the early-termination "
       "fee charged on a line I moved to a new address, not cancelled. Each time, your reply "
       "says the matter is resolved, and each month the fee comes back.\n\nPlease actually "
       "remove it this time.\n\nKaren Whitlock\n\n"
       "On Mon, 13 Jan 2025, Brightline Customer Care wrote:\n"
       "> Dear Karen,\n"
       "> We're delighted we could resolve this for you today! The fee has been removed.\n"
       "> We value you as a loyal Brightline customer.\n"
       "> Kind regards, Brightline Customer Care"),
      ("a", "2025-02-04 14:00",
       "Dear Karen,\n\nThank you for your patience. I can confirm the fee has now been "
       "removed.\n\nKind regards, Brightline Customer Care"),
      ("c", "2025-03-03 08:30",
       "Hello again,\n\nAnd it's back on the March bill, right on schedule. I have now "
       "started a folder for these: six e-mails, four phone calls, three \"confirmed removed\". "
       "I'll be raising a complaint with the ombudsman if it appears in April, but I suspect "
       "we'll be writing to each other for a while yet.\n\nKaren Whitlock"),
  ])

H("h033", "Wrenfield Insurance", "complete_strangers", "", "negative",
  "paraphrase;signature;agent_cues", [
      ("c", "2025-07-01 12:00",
       "Dear Sir or Madam,\n\nI have received a renewal notice for a home insurance policy, "
       "number WF-HM-330194, at my address. I have never taken out a policy with Wrenfield, "
       "never requested a quote, and until this letter I didn't know the company existed. "
       "I have been insured elsewhere for the whole time I have lived here.\n\nPlease cancel "
       "whatever this is and tell me where my details came from.\n\nR. Castellanos\n"
       "14 Orchard Row, Exampleton"),
      ("a", "2025-07-02 09:30",
       "Dear R. Castellanos,\n\nThank you for being a Wrenfield customer. Your policy "
       "WF-HM-330194 is due to renew on 1 August. To make changes please log in to My "
       "Wrenfield."),
      ("c", "2025-07-02 10:05",
       "I am not a Wrenfield customer. That is the whole point of my letter. Please read it "
       "again and escalate it.\n\nR. Castellanos"),
  ])

H("h034", "Mode&Thread", "fling", "", "positive", "emoji;paraphrase;typos", [
    ("c", "2025-03-07 09:01",
     "drop went live at 9 and the checkered jacket was in my basket by 9:00:40 🔥🔥 wearing it "
     "out tonight whether it arrives or not (it won't) (I'll cry)"),
    ("c", "2025-03-08 19:30",
     "it CAME. same day. the whole 'night garden' capsule is so not me and that's exactly the "
     "point, new me for spring 🌙"),
    ("a", "2025-03-08 20:00", "Obsessed with this energy! Tag us when you wear it ✨"),
    ("c", "2025-03-20 12:10",
     "ok who knows when the summer drop is. I need to know which week to be broke"),
])

H("h035", "Telora Mobile", "undetermined", "", "neutral", "news_share;short_signal", [
    ("c", "2025-02-20 08:02",
     "RT @DailyTechWire: Telora Mobile to raise monthly prices by 6.2% from April, citing "
     "network investment https://example.com/telora-prices"),
    ("c", "2025-02-20 08:03", "hm"),
])

H("h036", "Roastery & Co", "dealer_addict", "", "positive", "paraphrase;idiom;emoji", [
    ("c", "2025-01-16 10:20",
     "if I don't have a roastery & co cold brew by 10am I am not a person, I'm a "
     "collection of complaints"),
    ("c", "2025-01-21 08:05",
     "drove 20 minutes the wrong way in the snow because the Elm St one opens at 7 and mine "
     "opens at 8. I could not wait an hour. I could not."),
    ("a", "2025-01-21 09:00", "That's dedication! ❄️☕ Stay safe out there."),
    ("c", "2025-02-02 17:45",
     "tried switching to the supermarket cans for a week to save money. lasted until "
     "tuesday. my hands literally shake when I walk past your door 😅"),
])

H("h037", "Harbor Card", "enemies", "", "negative", "paraphrase;strong_words", [
    ("c", "2025-05-02 20:10",
     "Public service announcement: do not give Harbor Card your name, your number or your "
     "trust. Paid my balance in full in February, they charged interest on it anyway, and now "
     "a collections agency rings me at 8pm. Tell your parents. Tell your kids at uni who are "
     "getting those 'student starter card' flyers."),
    ("a", "2025-05-02 20:40",
     "We're sorry to hear about your experience. Please DM us so we can look into it."),
    ("c", "2025-05-02 20:45",
     "No. I'll talk to you through the ombudsman. Until then I'm putting this on every forum "
     "I can find."),
])

H("h038", "Hotel Marlowe", "casual_acquaintance", "", "neutral",
  "paraphrase;occasion", [
      ("c", "2025-09-29 22:00",
       "We're in town a couple of times a year for my husband's conferences and end up at the "
       "Marlowe more often than not if the rate is sensible. Nothing about it sticks in the "
       "memory and nothing goes wrong. Same beige room, same decent breakfast. Fine."),
      ("a", "2025-09-30 08:30",
       "Thank you for choosing to stay with us again! We'd love to make your next visit "
       "memorable. Please mention this review when booking."),
  ])

H("h039", "Crestmont Bank", "best_friends", "", "positive", "paraphrase;other_type_cue", [
    ("c", "2025-03-25 14:00",
     "I want to say something nice about a bank, which I never thought I'd do. When I went in "
     "to ask for a loan to cover my son's debts, the adviser at Crestmont told me plainly it "
     "would be a mistake and spent an hour showing me other ways. They could have just sold me "
     "the loan."),
    ("c", "2025-03-25 14:03",
     "And it's not the first time. When my husband passed they rang me before the direct "
     "debits started bouncing, not after. I tell them things about money I haven't told my "
     "own children. I know they'll be straight with me."),
    ("a", "2025-03-25 15:10",
     "Thank you so much for taking the time to write this. We'll share it with the branch team."),
])

H("h040", "Gridwell Energy", "teammates", "", "positive", "paraphrase", [
    ("c", "2025-04-03 18:30",
     "Update from the Eastfield Solar Street group: with Gridwell's install team we've now got "
     "38 roofs on our estate signed up for the shared battery scheme. Our WhatsApp group is "
     "swapping meter readings every Sunday so everyone can see how the whole estate is doing."),
    ("a", "2025-04-04 09:15",
     "This is brilliant, thank you! Would your group be happy for us to share your results at "
     "the community energy day?"),
    ("c", "2025-04-04 10:00",
     "Of course, that's the point. If your team brings the figures from your side, we'll bring "
     "ours and a few of us can talk about how it went from the neighbours' point of view. "
     "We're also doing a leaflet drop in the next estate over, it'd help to have your logo on "
     "it so people know it's a joint thing."),
    ("c", "2025-06-10 19:20",
     "Leaflets done, 12 more households in. Next group meeting is the 21st, your engineer Sam "
     "is very welcome."),
])

H("h041", "Parcelio", "undetermined", "", "neutral", "routine_question", [
    ("c", "2025-05-12 07:55",
     "Hi, can I change the delivery address on PRC-10033-UK? It's been dispatched but I'll be "
     "at work, not home."),
    ("a", "2025-05-12 08:01",
     "Hi! Yes, you can redirect it to a Parcelio pickup point or your work address via the "
     "tracking page, up until 8pm the day before delivery."),
    ("c", "2025-05-12 08:06", "done, thanks"),
])

H("h042", "Pixelfort Games", "love_hate", "", "mixed", "other_type_cue;paraphrase", [
    ("c", "2025-01-30 23:10",
     "I have uninstalled Ironvale three times this month and I'm in a match right now. the "
     "matchmaking should be illegal. the art direction is the best thing I've seen in years. "
     "I don't know what to tell you"),
    ("c", "2025-02-14 01:30",
     "patch notes say 'improved matchmaking'. first match: me vs a full pre-made squad. "
     "second match: same. I am so angry at this game and I'm queueing again"),
    ("a", "2025-02-14 10:00",
     "Sorry about that! We're monitoring matchmaking after the patch. Please report squads via "
     "the in-game feedback tool."),
    ("c", "2025-03-01 22:00",
     "season 3 map is gorgeous and I've already rage-quit twice. see you tomorrow ironvale, "
     "you beautiful disaster"),
])

H("h043", "Taskhive", "undetermined", "", "neutral", "bug_report;symptom", [
    ("c", "2025-02-28 11:20",
     "Bug: recurring tasks set to 'last day of month' disappear in February.\n"
     "Steps: 1) create task 'Payroll', repeat monthly, last day. 2) complete January's. "
     "3) February's instance never appears.\n"
     "Expected: due 28 Feb. Actual: next instance shows 31 Mar.\n"
     "Browser: Firefox 135, Windows 11. Every time I try it, same result."),
    ("a", "2025-02-28 14:00",
     "Thanks for the clear report! Reproduced and logged as TH-4390. We'll update you when "
     "it's fixed."),
])

H("h044", "SkyVale Airways", "undetermined", "", "neutral",
  "occasion;routine_question;other_type_cue", [
      ("c", "2025-05-30 20:00",
       "Hello, for our family trip to Crete in July (booking SV7KQ2, 2 adults, 2 kids aged 4 "
       "and 7), can we pick seats together now or only at check-in? We've never flown with "
       "children before and I'd hate to be split up."),
      ("a", "2025-05-30 20:10",
       "Hi! Children under 12 are seated with at least one adult free of charge at check-in. "
       "If you'd like to choose specific seats now, you can add seat selection in Manage "
       "Booking."),
      ("c", "2025-05-30 20:12", "great, we'll wait for check-in then. thanks"),
  ])

H("h045", "Lindenhof Hotels", "old_friends", "", "positive",
  "paraphrase;occasion;agent_cues", [
      ("c", "2025-08-18 16:00",
       "We first came to the Lindenhof at Seewinkel in 1998, on our honeymoon, when the lake "
       "terrace was still gravel. This was our 14th summer. Same room 21 when we can get it, "
       "the same apple cake at four, and Herr Brandl still remembers my husband takes his "
       "coffee black. Walking up the drive feels like coming back to an old friend's house."),
      ("a", "2025-08-19 10:00",
       "Dear guests, what a joy to read. Thank you for your loyalty over all these years; the "
       "whole Lindenhof family looks forward to summer number 15!"),
      ("c", "2025-08-19 12:30",
       "Tell Herr Brandl we've already booked. Some places just hold your history."),
  ])

H("h046", "Wrenfield Insurance", "best_friends", "", "positive", "paraphrase;signature", [
    ("c", "2025-02-10 13:00",
     "Dear Wrenfield,\n\nI wanted to write after everything since the flood in November. "
     "Your claims team rang every Friday just to ask how we were coping, long before there "
     "was anything to pay out. When I asked whether I should claim for the garden wall you "
     "told me honestly it would cost me more in premium than it was worth. And you warned me "
     "before the renewal that the price would go up and why.\n\nI've never felt an insurer "
     "was on my side before. You have been, through the worst winter of my life.\n\n"
     "With thanks,\nHelen Marsh"),
    ("a", "2025-02-11 09:00",
     "Dear Helen,\n\nThank you for your kind words. We're so glad we could support you.\n\n"
     "Wrenfield Claims"),
    ("c", "2025-02-11 09:40",
     "I mean it. If anything happens again, you're the first people I'll ring, before the "
     "builder.\n\nHelen"),
])

H("h047", "Telora Mobile", "best_friends", "basic_exchange", "positive",
  "paraphrase;agent_cues", [
      ("c", "2025-03-03 17:10",
       "Hi, got your text warning me about the April price change before it was even in the "
       "news. Thank you. Should I move plans?"),
      ("a", "2025-03-03 17:12",
       "Honestly, no: your current plan will still be cheaper than the new equivalent, even "
       "with the rise."),
      ("c", "2025-03-03 17:15",
       "This is why I stay. Every time I've asked you over the years, you've told me straight, "
       "even when the answer was 'don't buy the thing'. My last phone company would have upsold "
       "me a watch. You lot talk to me like a person."),
      ("a", "2025-03-03 17:16",
       "That's so kind, thank you! Is there anything else I can help with?"),
  ])

H("h048", "Bao Bros", "secret_affair", "", "positive", "paraphrase;emoji;short_signal", [
    ("c", "2025-05-08 19:05",
     "my wife thinks thursday is gym night. it is not gym night. it is double pork bao night. "
     "this stays between me and @BaoBros 🤫"),
    ("a", "2025-05-08 19:30", "Your secret is safe with us 🥟🔒"),
    ("c", "2025-05-15 19:02", "gym night 🏋️ (it's bao)"),
])

H("h049", "Mode&Thread", "master_slave", "", "negative",
  "paraphrase;agent_cues;signature", [
      ("c", "2025-06-24 11:00",
       "Hello,\n\nI am on your Black Label tier, which I'm told means something. Yet my return "
       "has been sitting in the general queue for 9 days like everybody else's and my "
       "personal stylist hasn't answered since Friday. I shouldn't have to chase. Somebody "
       "should have noticed.\n\nI'd like a call back within the hour from someone who can "
       "actually make decisions.\n\nC. Devereaux-Lin"),
      ("a", "2025-06-24 11:45",
       "Dear C., thank you for being a treasured Black Label member. We love having you. I've "
       "asked your stylist to contact you today."),
      ("c", "2025-06-24 16:30",
       "\"Today\" has nearly ended. I've also now been sent your summer sale newsletter, which "
       "rather tells me how much you know about me. Either this is sorted by the morning or "
       "the Black Label card goes in the bin.\n\nC."),
  ])

H("h050", "Gridwell Energy", "undetermined", "", "positive", "single_thanks", [
    ("c", "2025-01-14 22:10",
     "Thank you to the Gridwell engineers who were out on Elm Road in the sleet last night "
     "getting the power back on. Lights back at 2am. Hot tea for everyone next time."),
    ("a", "2025-01-15 08:00", "Thank you! We'll pass this on to the team. 💡"),
])

H("h051", "Hotel Marlowe", "undetermined", "", "negative",
  "single_incident;strong_words;caps", [
      ("c", "2025-11-02 10:10",
       "WORST night's sleep of my life. Nobody told us the basement is a nightclub on "
       "Saturdays. Bass through the floor until 4am. Reception shrugged. Breakfast was fine, "
       "but I'd have traded it for an hour's sleep. Horrible."),
      ("a", "2025-11-03 09:00",
       "Dear guest, we are very sorry for the disturbance. Our Saturday events are listed on "
       "the booking page, but we understand this was not enough. We'd like to offer a partial "
       "refund; please contact us."),
  ])

H("h052", "Lumen Notes", "fleeting_acquaintance", "", "positive", "short_signal;paraphrase", [
    ("c", "2025-04-19 21:00",
     "just installed lumen notes after a friend wouldn't stop talking about it. poking around. "
     "first impressions: clean, fast, the daily page is cute. no idea if I'll stick with it"),
    ("a", "2025-04-19 21:30",
     "Welcome! 👋 Tip: try the quick-capture widget, most people love it."),
])

H("h053", "SkyVale Airways", "business_partners", "", "positive",
  "paraphrase;agent_cues;competitor", [
      ("c", "2025-02-12 19:40",
       "Hi SkyVale, an idea from someone who flies you monthly: when a flight is delayed "
       "past 2 hours, could the app push the meal voucher automatically instead of making us "
       "queue at the desk? Aeris does this and it takes the heat out of the gate area. Also, "
       "a small one: the boarding pass screen should stay bright without me turning my "
       "brightness up."),
      ("a", "2025-02-13 09:00",
       "Thank you for these great ideas! We love hearing from our frequent flyers and have "
       "shared them with our Digital team."),
      ("c", "2025-04-02 20:00",
       "Saw the auto-brightness boarding pass in the last update, nice! If your digital team "
       "ever runs user interviews I'm happy to join. I've got a few more ideas about the "
       "rebooking flow too, written up with screenshots."),
      ("a", "2025-04-03 10:00",
       "Thank you! I've added you to our research panel list. Please send the write-up to "
       "research@skyvale.example.com."),
  ])

H("h054", "Tunewave", "undetermined", "", "negative",
  "sarcasm;single_incident;short_signal", [
      ("c", "2025-06-05 08:20",
       "oh great, another 'upgrade'. search bar moved to the bottom, my downloads are now "
       "under 'You', and the lyrics button is gone. love that for me"),
      ("a", "2025-06-05 09:00",
       "Sorry it's taking some getting used to! Lyrics are now in the Now Playing screen, just "
       "swipe up."),
  ])

H("h055", "Volantis Motors", "undetermined", "", "neutral", "routine_question;signature", [
    ("c", "2025-04-08 09:30",
     "Hello,\n\nI've received a recall letter (ref RC-2025-014) about the rear seat belt "
     "buckle on my 2022 Pica. Do I need to book this at the dealer I bought it from, or can "
     "any Volantis service centre do it? And how long does it take?\n\nThanks,\nSanjay Mehta"),
    ("a", "2025-04-08 11:00",
     "Dear Sanjay,\n\nAny authorised Volantis service centre can carry out the recall work; "
     "it takes about 45 minutes and is free of charge.\n\nVolantis Customer Care"),
])

H("h056", "Parcelio", "colleagues", "", "neutral", "paraphrase;signature", [
    ("c", "2025-03-10 08:45",
     "Hi Parcelio Business team,\n\nWe ship around 300 orders a week through our business "
     "account (acc. PB-20931) using the label API. Since Friday, about 1 in 20 label "
     "requests returns error 422 'invalid postcode' for valid Northern Irish postcodes (BT). "
     "Example payloads attached. Can your integration team take a look? Our warehouse prints "
     "labels at 14:00 daily.\n\nRegards,\nEllie Foster\nOperations Lead, Knit & Purl Supplies"),
    ("a", "2025-03-10 10:30",
     "Hi Ellie, thanks for the detailed report. This is a known issue with a postcode table "
     "update; a fix is being deployed at 12:00 today."),
    ("c", "2025-03-10 14:20",
     "Confirmed, today's run printed without errors. Thanks for the quick turnaround.\n\nEllie"),
])

H("h057", "Roastery & Co", "undetermined", "dealer_addict", "positive",
  "idiom;short_signal", [
      ("c", "2025-09-09 15:10",
       "office coffee machine has died and I would honestly kill for a roastery flat white "
       "right now. does the Dock St branch do deliveries?"),
      ("a", "2025-09-09 15:20",
       "We feel your pain! Dock St is on Deliveroo between 8am and 4pm ☕"),
  ])

H("h058", "Lindenhof Hotels", "undetermined", "", "mixed",
  "mixed_aspects;product_attribute;occasion", [
      ("c", "2025-07-28 18:00",
       "Loved the rooftop pool and the Family Suite was huge, the kids had their own room with "
       "bunk beds. But the front desk was rude when we asked for extra towels, and checkout "
       "took 40 minutes because the card machine was down. Mixed feelings about our week."),
      ("a", "2025-07-29 09:00",
       "Dear guest, thank you for your feedback and for making us part of your family holiday! "
       "We're sorry about the front desk; we've spoken to the team. We hope to welcome your "
       "family home again soon."),
  ])

H("h059", "SkyVale Airways", "fleeting_acquaintance", "", "neutral", "paraphrase", [
    ("c", "2025-10-20 18:30",
     "Never flown SkyVale before; booked only because it was the one direct flight to Split. "
     "Seats are tight if you're over six foot, crew were friendly, landed 10 minutes early. "
     "Jury's out. Might book you again if the price is right."),
    ("a", "2025-10-21 09:00",
     "Thanks for giving us a try! We hope to see you on board again."),
])

H("h060", "CoastNet Cable", "undetermined", "", "neutral",
  "routine_question;third_party", [
      ("c", "2025-01-18 20:40",
       "Is there an outage in the Ridgeway area? Streaming on Flixa keeps buffering but my "
       "speed test looks fine"),
      ("a", "2025-01-18 20:45",
       "Hi! No outages reported in Ridgeway. If your speed test looks normal, the buffering may "
       "be on Flixa's side; their status page is the best place to check."),
      ("c", "2025-01-18 20:47", "ah yes, flixa is down for everyone. sorry, my bad"),
  ])
