#!/usr/bin/env python3
"""Write histories.csv and labels.csv for the g001-g080 set (data below is hand-written).

Each history: (customer_id, brand, start ISO timestamp, [(role, gap, text), ...])
gap is the time since the previous message: "0", "7m", "3h", "12d".
Each label: (customer_id, type, second, valence, trap)
"""
import csv
import os
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

TYPES = {
    "basic_exchange", "business_partners", "fling", "best_friends", "buddies",
    "master_slave", "marriage_partners", "dealer_addict", "secret_affair",
    "complete_strangers", "fleeting_acquaintance", "casual_acquaintance",
    "teammates", "old_friends", "close_siblings", "ex_friends", "enemies",
    "love_hate", "one_night_stand", "colleagues", "adversaries",
}
VALENCES = {"positive", "negative", "mixed", "neutral"}
UNITS = {"m": "minutes", "h": "hours", "d": "days", "s": "seconds"}


def gap(s):
    if s in ("0", ""):
        return timedelta(0)
    return timedelta(**{UNITS[s[-1]]: int(s[:-1])})


# g001-g040. All text invented for this set.
C, A = "customer", "agent"

H1 = [
("g001", "SkyLark Air", "2025-02-11T07:42:00Z", [
    (C, "0", "@SkyLarkAir is there any way to add a checked bag after booking?? app only lets me pick seats. flying Thursday"),
    (A, "38m", "Hi there! You can add bags under Manage Booking > Extras up to 24h before departure. If the option is greyed out, DM us your booking ref and we'll add it for you ✈️"),
    (C, "11m", "found it, was hidden under 'extras' not 'baggage' 🙄 cheers"),
]),
("g002", "Vantel Mobile", "2025-04-03T18:20:00Z", [
    (C, "0", "Right. Bill says £42.17 again. My plan is £25. This is the fourth month on the trot I've had to ring you about roaming charges from a trip to Spain I took in JANUARY. Each time someone 'removes' them and each time they're back."),
    (A, "2h", "Hi Dean, I'm really sorry for the hassle. We truly value loyal customers like you and I've raised a credit of £17.17. It should show on your next bill."),
    (C, "40m", "That's the exact sentence I got in March, and February. Fifty minutes in the queue to hear it. I'll put a note in the calendar to ring you again on the 3rd of May, because we both know I'll need to."),
    (C, "31d", "3rd of May. £42.17. Ringing now. Put the kettle on, Vantel."),
    (A, "1h", "Hi Dean, so sorry you've had to contact us again. I've applied a credit of £17.17 and escalated the roaming fault to our billing team."),
    (C, "20m", "'Escalated'. That's new, I'll give you that. Screenshot saved next to the other four."),
    (C, "33d", "June bill: £25.00. I don't trust it. Checking again in July."),
]),
("g003", "Bramble & Bean", "2025-01-19T09:05:00Z", [
    (C, "0", "Eleven years, three cities, and I have never once cheated on @BrambleandBean with another coffee place. Moved to Leeds last month and before I'd unpacked a single box I'd found my nearest one. You're stuck with me till they carry me out ❤️☕"),
    (A, "2h", "Eleven years!! Welcome to Leeds 🥹 The Briggate team can't wait to meet you."),
    (C, "1d", "met them. they spelled my name right on the first go. this is the one ❤️"),
]),
("g004", "Pixelroost", "2025-05-27T21:14:00Z", [
    (C, "0", "Every time I open the app it hangs on the egg loading screen and then closes. Pixel 7, Android 14. I've reinstalled three times, I'm a bit obsessed with fixing it at this point lol. Lost my farm?"),
    (A, "1d", "Hi! Sorry about that, we've found a crash affecting Android 14 on some Pixel devices. Your farm is saved on our servers. A fix is rolling out in version 3.4.2 this week."),
    (C, "3d", "still crashing on 3.4.2. same screen, same crash, every single launch"),
]),
("g005", "Marlowe Street", "2025-03-14T23:51:00Z", [
    (C, "0", "just hauled half the spring drop 😭😭 the lilac co-ord is EVERYTHING. hadn't even heard of you lot before a tiktok three weeks ago and now I'm refreshing the site like a lunatic waiting for the next release"),
    (C, "2d", "wore the co-ord out tonight and got stopped TWICE. new era. will I still be into this in October? literally no idea and I don't care, it's March and I'm a lilac girl now"),
    (A, "9h", "Obsessed with this energy 💜 Our next drop lands Friday 8pm, set a reminder!"),
]),
("g006", "Northmere Building Society", "2025-06-09T10:02:00Z", [
    (C, "0", "Good morning. My mother has been with Northmere since the early seventies and she thinks the world of you, she still calls the branch 'her bank'. She is 84 now and her eyesight is going. I am not a customer myself. What do I need to do to get a lasting power of attorney registered on her accounts, and can it be done by post?"),
    (A, "3h", "Good morning, thank you for getting in touch. You can register an LPA by post or in branch. Please send the original or a certified copy to our Bereavement & Power of Attorney team at the address below, together with ID for yourself..."),
    (C, "1h", "Thank you, that is clear. I will post it this week."),
]),
("g007", "Halcyon Power", "2025-02-25T16:30:00Z", [
    (C, "0", """To whom it may concern,

I write to confirm that as of 21 February I have moved my gas and electricity supply to another company, and to set out why.

In the seven months I was your customer I received four estimated bills, none of which bore any relation to my meter readings, and one direct debit increase of 140% made without notice. Your company appears to operate on the principle that a customer who notices will eventually give up.

I have no intention of giving up. I have submitted a complaint to the Energy Ombudsman and I intend to post a full account of your conduct on every review site, community noticeboard and residents' group I can find, so that my neighbours need not learn it the way I did.

Yours faithfully,
M. Okonjo (Mrs)"""),
    (A, "2d", "Dear Mrs Okonjo, we are sorry to hear you have chosen to leave Halcyon Power. We would welcome the chance to put things right. Your final bill will be issued within 6 weeks..."),
    (C, "5h", "There is nothing to put right except your billing system and your manners. Please do not contact me again other than to send the final bill and the refund of my credit balance."),
]),
("g008", "Harbourview Larch Hotel", "2025-08-18T19:10:00Z", [
    (C, "0", "Absolutely LOVED our stay!!! The Family Suite was spotless, the kids adored the pool and the staff could not do enough for us. Breakfast was a proper feast. We'll definitely be back!!"),
    (A, "1d", "Dear guest, thank you so much for your wonderful review. We are delighted that you felt at home with us and we look forward to welcoming you back into the Larch family very soon. Warm regards, Fiona, Guest Relations Manager"),
]),
("g009", "Northmere Building Society", "2025-03-30T14:44:00Z", [
    (C, "0", "I don't normally do this but I wanted to say something. I've been saving with Northmere for about four years and honestly you're the people I ring before I ring my own sister. When that fraud text went round last year you called me before I'd even clocked it. When I lost my job you talked me through what I could and couldn't touch, straight, no selling me anything. I tell you lot things I wouldn't tell my accountant."),
    (A, "4h", "That's so kind of you to say, thank you. I've passed this on to the team at the Halifax Road branch."),
    (C, "26d", "Thanks for the letter about the branch hours changing, and for sending it before it was in the Courier. That's exactly why I stay. You treat me like a grown-up."),
]),
("g010", "Tallyline", "2025-07-01T08:12:00Z", [
    (C, "0", "Hi, our practice (four accountants, ~300 clients) runs all client invoicing through Tallyline. Our month-end batch failed overnight with a 429. Has the API rate limit on the Team plan changed? Nothing on the status page."),
    (A, "25m", "Good morning Hannah, apologies for that. We lowered the burst limit on Team plans on 30 June by mistake; it's been reverted. Re-running the batch should now work."),
    (C, "1h", "Re-ran, all 312 went out. Thanks. It's not thrilling software but it's what our bookkeeping sits on and on the whole it behaves. A heads-up email next time something like that changes would help us plan month-end."),
]),
("g011", "Swiftbox", "2025-09-04T06:05:00Z", [
    (C, "0", "Driver for Swiftbox here, three years in. Depot just told us the target's going to 180 drops a day from next month with the same van and same hours. Anyone else on the Midlands routes being told this? Genuinely don't see how it's doable without running every light."),
]),
("g012", "Greenfield's", "2025-10-12T12:30:00Z", [
    (C, "0", "Did my big shop at Greenfield's every Saturday since my two were in car seats. Knew the cashiers by name, Pauline on till 4 used to save me the reduced bread. Now it's a wall of self-checkouts that shout at you, half the shelves empty and the points card quietly made worthless."),
    (A, "3h", "Hi Carol, thank you for being such a loyal customer over the years. We're sorry to hear about your recent experience. Our store team would love your feedback..."),
    (C, "2d", "Went to the discounter by the ring road last Saturday. Cheaper, and the man on the till smiled at me. I didn't miss you, which is the sad bit. Twenty-odd years and I didn't miss you."),
]),
("g013", "Parcelbird", "2025-11-28T15:16:00Z", [
    (C, "0", "Love how @Parcelbird 'delivered' my parcel to a house that doesn't exist. Really loving the delivery photo of a stranger's blue door. Top work everyone, truly inspiring 👏👏"),
]),
("g014", "Gemfall Saga", "2025-06-21T12:02:00Z", [
    (C, "0", "ok someone needs to stage an intervention. 412 day streak on Gemfall and I genuinely get twitchy if my dailies aren't done by lunch. did them at my cousin's wedding. in the toilets. my phone sends me a screen time report on sundays and I swipe it away without reading it 😂"),
    (A, "2h", "412 days!! You're a legend 💎 Don't forget the Midsummer event starts tonight!"),
    (C, "6m", "tonight??? great, there goes my sleep. what time exactly"),
]),
("g015", "Meridian Bank", "2025-04-16T20:40:00Z", [
    (C, "0", "Saw on the BBC that Meridian Bank are being fined again for mis-selling packaged accounts, 'the third time in a decade' apparently. Does anyone know if this affects ordinary current accounts or just the packaged ones?"),
    (A, "1h", "Hi, the FCA decision relates to packaged accounts sold between 2012 and 2018. Standard current accounts aren't affected. If you think you were sold a packaged account, DM us."),
    (C, "30m", "Ok, mine's a basic one I think. Thanks for clarifying."),
]),
("g016", "Crumbly's Donuts", "2025-05-07T22:03:00Z", [
    (C, "0", "My PT thinks I'm on chicken and rice. I am, Monday to Friday. Wednesday nights though I take the long way home past Crumbly's, eat a maple glaze in the car park like a raccoon and bin the bag before I get to my street. Please never open one near my gym, I am begging you 🍩🤫"),
]),
("g017", "FibreNest", "2025-09-22T19:25:00Z", [
    (C, "0", "Hi, moved over to FibreNest from Quorix last week. Quorix honestly were the best provider I ever had, nine years with them and never a reason to leave, only moved because they don't cover the new flat. Anyway: what's the admin password for the FibreNest router? The sticker on the back is worn off."),
    (A, "14m", "Welcome to FibreNest! The default admin password is printed inside the box lid, or you can reset the router by holding the pinhole button for 10 seconds and use 'admin' / your serial number."),
    (C, "20m", "Box lid, of course. Sorted, ta."),
]),
("g018", "The Aldgrave", "2025-10-03T17:55:00Z", [
    (C, "0", "I have held Aldgrave Black status for six years and this evening I arrived to find my suite not ready and a junior receptionist suggesting I 'take a seat in the lounge'. I do not take seats in lounges. My preferences (the corner suite on eight, feather-free bedding, no turndown) are on file precisely so that I never have to recite them to anyone. Tonight I recited them twice."),
    (A, "35m", "Dear Mr Falkner, please accept our sincere apologies. Your suite is now ready and we have sent up a bottle of the 2015 Margaux with our compliments."),
    (C, "10m", "A bottle of wine is not an answer. I would like the name of the person on the desk at 17:30 and a call from the general manager before nine tonight. I have a standing booking for the whole of November and I am reconsidering it as we speak."),
]),
("g019", "Dewleaf", "2025-02-02T13:37:00Z", [
    (C, "0", "hiya, I pop into Dewleaf when I'm passing the one at the station, few times a year maybe, not a devotee or anything lol. couldn't find the vitamin C serum last time, is it being discontinued?"),
    (A, "50m", "Hi! Not discontinued, it's being reformulated and will be back on shelves mid-March 🌿"),
    (C, "1h", "ah ok ty, will have a look next time I'm through"),
]),
("g020", "Reelhouse", "2025-07-15T21:02:00Z", [
    (C, "0", "how do i change the email on my account"),
    (A, "1m", "Hi there! 💜 We LOVE having you as part of the Reelhouse family! Go to Profile > Account > Email, then confirm the link we send to your new address. Anything else I can help you with today?"),
    (C, "4m", "ok done ta"),
]),
("g021", "Ironvale Online", "2025-03-09T01:18:00Z", [
    (C, "0", "Massive shout to everyone on the EU-West servers who jumped on the guild patch test tonight. Between about forty of us we found the item dupe inside two hours and wrote it up properly for the devs. This is the bit of Ironvale I'd pay for even if the game itself was rubbish."),
    (A, "9h", "Thank you all! The dupe fix is going into tomorrow's hotfix, credit to the testers in the patch notes."),
    (C, "1d", "Credit in the patch notes 😭 see, this is why I keep showing up on test nights. Players find it, studio fixes it, everyone's on the same side. Next PTR is Thursday lads, bring snacks"),
]),
("g022", "Credora Finance", "2025-05-12T09:30:00Z", [
    (C, "0", "I have received a letter from Credora Finance demanding £640.00 on an account 'in my name'. I have never borrowed from you, never applied, never spoken to your company before this letter arrived. Please explain where you got my name and address."),
    (A, "2h", "Thank you for contacting Credora. To locate the account, please confirm your date of birth and the first line of your previous address."),
    (C, "30m", "No. I am not giving my date of birth to a company I have never had any dealings with. Send me a copy of the signed credit agreement you say exists. Until then treat this debt as disputed."),
]),
("g023", "Stopover Inn", "2025-01-08T04:20:00Z", [
    (C, "0", "Stayed one night near the airport before a 6am flight. Room clean and fine, bit of road noise. Breakfast from 4am is a godsend, and the shuttle was on time. Does what it says."),
]),
("g024", "Velour & Vine", "2025-06-29T10:48:00Z", [
    (C, "0", "Hello, I bought a sequinned jacket from you at 2am after my cousin's wedding and a worrying amount of prosecco. It arrived, it fits, it's gorgeous, I'm keeping it. But could you please take me off every mailing list you have? I'm not a sequins person. That was one evening's madness, not the start of something."),
    (A, "1h", "Hi Roisin, so glad you love it! We've removed you from our marketing emails. If you ever fancy a little more sparkle, you know where we are ✨"),
    (C, "5m", "I do, and I won't 😂 thank you!"),
]),
("g025", "Rossi's Trattoria", "2025-09-14T20:15:00Z", [
    (C, "0", "My dad brought me to Rossi's for my tenth birthday and last week I brought my daughter for her eighteenth. Same red checked cloths, same photo of old Mr Rossi with the 1982 football team behind the till, same wobbly table by the loo. The lasagne isn't quite how I remember it (nothing is) but sitting in that back booth still feels like pulling on an old jumper. Long may it stay exactly as it is."),
]),
("g026", "PulseBox", "2025-01-27T18:33:00Z", [
    (C, "0", "Hi, I rotate between PulseBox, the council pool and a bouldering wall depending on the week, and I'm quite happy for you to be one of the regulars in the mix. What I'm not going to do is sign a 12-month contract, so: is there a class pack I can dip into?"),
    (A, "20m", "Hi Tom! We do a 10-class pack (valid 3 months) for £85, no membership needed. You can book any class in the app."),
    (C, "15m", "Perfect, that's exactly my speed. Bought."),
]),
("g027", "Koffi Kiosk", "2025-11-03T08:49:00Z", [
    (C, "0", "I would sell my own grandmother for a flat white right now and the Kings Cross kiosk has a queue out the door and round the bins. Any chance of mobile ordering at that one?"),
    (A, "18m", "Ha! Grandmothers are safe, mobile ordering comes to Kings Cross on the 17th ☕"),
]),
("g028", "Lanternbox", "2025-08-02T22:10:00Z", [
    (C, "0", "Signed up on the free week because a mate wouldn't shut up about the lighthouse documentary. Watched that, then two more. Haven't made my mind up about staying yet — what does it cost once the trial runs out, and can I stop it in the app?"),
    (A, "12m", "Hi! After the trial it's £6.99/month, and yes, you can cancel any time under Settings > Plan. Enjoy the lighthouse keepers 🔦"),
]),
("g029", "Corvia Airways", "2025-04-21T06:58:00Z", [
    (C, "0", "@CorviaAir why do you do this to me. Sixth delay this year and I'm STILL booking you because you're the only direct to Porto and your cabin crew are the nicest humans in the sky. I resent every minute of it."),
    (A, "30m", "We're so sorry for today's delay. Our team is doing all we can to get you on your way. Please check the app for updates."),
    (C, "4h", "landed. Ana on the crew gave me an extra pastel de nata because she recognised me from March. I can't stay angry at you and it's infuriating"),
    (C, "12d", "seventh. SEVENTH. sat on the tarmac at Stansted for 95 mins. swore on the jet bridge I was done with you"),
    (C, "23d", "booked you again for August. of course I did. don't make me regret it (you will)"),
]),
("g030", "Meridale Hotel", "2025-03-05T07:30:00Z", [
    (C, "0", "Stayed two nights for work. Desk was big enough for a laptop and notes, wifi held up through several video calls. Gym is basically a cupboard with a bike in it. Fine for a business trip."),
]),
("g031", "Trewin's Bakery", "2025-12-01T11:20:00Z", [
    (C, "0", "Hello, I'd like to order a large stollen for collection on the 23rd, same as every year. Christmas in our house doesn't start until there's a Trewin's stollen on the side, the way it was at my nan's and then at Mum's. My brother and I still fight over the end slice."),
    (A, "40m", "Hello Mrs Penrose! Of course, a large stollen for the 23rd is booked in. Lovely to hear from the family again, give our best to your brother."),
    (C, "25m", "You see, that's it, you remembered him. You lot feel more like cousins than a shop. Thank you!"),
]),
("g032", "Ashford & Kell", "2025-07-31T09:12:00Z", [
    (C, "0", "You bounced my rent payment this morning because of a 'system outage'?? I now have a £30 late fee from my landlord for something that was your fault. I want it refunded and a letter I can show him."),
    (A, "1h", "We're very sorry. There was an outage affecting standing orders between 1am and 6am. We've re-sent your payment and will refund the late fee; a letter will be emailed within 24h."),
    (C, "1d", "Refund and letter received."),
]),
("g033", "Linkstream", "2023-11-02T18:40:00Z", [
    (C, "0", "@Linkstream thanks for the speed bump on my plan without me even asking, you lot are good to me"),
    (A, "1h", "You're very welcome Sam, enjoy the extra speed! 🚀"),
    (C, "221d", "Little shout out for @Linkstream — five years now and I genuinely can't remember an outage. Recommend them to literally everyone who moves into our road."),
    (C, "280d", "@Linkstream price going up 18% with a letter that reads like a ransom note. Rang to ask why and was told 'that's just the new pricing'. After five years of me sending you half my street?"),
    (A, "3h", "Hi Sam, we're sorry you're unhappy with the price change. As a valued long-standing customer you may be eligible for our loyalty tariff. DM us and we'll take a look."),
    (C, "2d", "Your 'loyalty tariff' is £2 off the increase. Cancelled this morning, porting on Tuesday. Properly gutted, I was basically your unpaid salesman for half a decade."),
]),
("g034", "Lumière Cosmetics", "2025-10-20T16:41:00Z", [
    (C, "0", "Does the Forever Glow primer work on oily skin? Asking for my girlfriend, it's her birthday Saturday and I'm clueless"),
    (A, "22m", "Aw, lovely! Forever Glow is best for dry/normal skin. For oily skin we'd suggest Matte Veil primer. Happy to help you put a gift set together!"),
    (C, "10m", "Matte Veil it is, thank you!! ordering now"),
]),
("g035", "Dispatchly", "2025-05-19T10:05:00Z", [
    (C, "0", "Third damage claim I've had to open with Dispatchly since March. Every time I'm promised a decision in 48 hours and every time it takes three weeks and four chaser emails. I keep a spreadsheet now. Claim DL-88213, ceramic lamp, arrived in about nine pieces."),
    (A, "6h", "Hi Jo, we're sorry to hear about the damage. Your claim has been logged and our claims team will respond within 48 hours."),
    (C, "15m", "That's the exact email from the last two claims, word for word. Noted in the spreadsheet. I'll chase on Friday, and the Friday after that. You're still the cheapest for what I post from my shop, so here we both are."),
    (C, "19d", "Claim DL-88213 paid. 19 days. Personal best for us both."),
]),
("g036", "Shieldwell Insurance", "2025-08-08T13:13:00Z", [
    (C, "0", "Shieldwell took my home insurance premiums for four years without a murmur, then found a missing comma in the small print the one time I claimed. If you're thinking of buying cover from them: don't. Tell your parents not to. I'll keep saying this until they go under."),
    (A, "2h", "We're sorry to hear about your experience. Please DM us your claim reference so we can review it."),
    (C, "40m", "Already went through your 'review'. Three months of it. This thread is for everyone else now. Quote it, share it, pin it to the fridge."),
]),
("g037", "Hartwell Motors", "2025-04-12T15:40:00Z", [
    (C, "0", "Picked up car number five from Hartwell today! First one was a 2009 hatchback when I was 22 and skint. I don't shop around, I don't even glance at the other forecourts on the bypass. When this one's done I'll be back through your door, same as always. Wouldn't go anywhere else if you paid me."),
    (A, "3h", "Congratulations Priya! We've loved being part of your motoring story. Enjoy the new car!"),
    (C, "1h", "Already do 😍 see you in 2029"),
]),
("g038", "Cliffside Lodge", "2025-07-06T18:22:00Z", [
    (C, "0", "Rooms gorgeous, view to die for, bed like a cloud. But the restaurant staff were rude from the moment we sat down and the bill had two bottles of wine on it we never ordered. Took twenty minutes to get it taken off."),
]),
("g039", "Notably", "2025-02-17T20:05:00Z", [
    (C, "0", "Long-time Notably user here. I keep a running doc of things I'd change, so here are this month's three: (1) let me pin tags to the sidebar, (2) markdown export that keeps images, (3) search should rank title matches above body matches. Happy to jump on a call with whoever owns the roadmap — I'd rather help you get it right than grumble on the app store."),
    (A, "1d", "Thanks so much for such detailed ideas! I've passed all three to our product team."),
    (C, "34d", "Spotted tag pinning in the beta — lovely. Two small notes after a week of using it: pinned tags should keep their order after sync, and a long tag name currently pushes the sidebar wider. Screenshots attached. Keep them coming and I'll keep testing."),
    (A, "2d", "This is gold, thank you. Both are fixed in beta 2. Would you like to join our user advisory group? We meet on a call once a quarter."),
    (C, "3h", "Yes please. Put me down."),
]),
("g040", "Kestrel Mobile", "2025-09-30T12:00:00Z", [
    (C, "0", "Been on Kestrel's £8 SIM for about three years. Signal's fine, bill's the same every month, I've never once had to ring you, which is the point. Since the update last night my data shows 0GB left on day 2 of the month though. Can you fix it?"),
    (A, "10m", "Thanks for being with us for 3 years! That's a display glitch, your allowance is intact. While I have you, have you heard about Kestrel+? Unlimited data, Disney+ and a new handset from £29!"),
    (C, "6m", "No thanks, honestly. Cheap, works, leaves me alone — that's the whole reason I'm with you. Just the data display fixed please."),
]),
]

L1 = [
    ("g001", "undetermined", "", "neutral", "routine_question;tweet"),
    ("g002", "adversaries", "", "negative", "recurring_dispute_paraphrase;agent_cue_loyal;sarcasm"),
    ("g003", "marriage_partners", "old_friends", "positive", "idiom_cheated_on_not_affair;tenure;agent_cue_words"),
    ("g004", "undetermined", "", "negative", "bug_report;symptom_every_time;obsessed_about_fixing_not_brand"),
    ("g005", "fling", "dealer_addict", "positive", "novelty_drop;refreshing_like_lunatic_not_addiction;agent_cue_obsessed"),
    ("g006", "undetermined", "", "neutral", "not_a_customer;third_party_tenure;mother_loyalty"),
    ("g007", "enemies", "", "negative", "formal_letter;warn_neighbours_paraphrase;short_tenure_no_bond;agent_cue_words"),
    ("g008", "undetermined", "", "positive", "single_stay_gushing;product_name_family_suite;manager_cue_family;well_be_back"),
    ("g009", "best_friends", "", "positive", "trust_support_paraphrase;advance_notice;moderate_tenure"),
    ("g010", "colleagues", "basic_exchange", "neutral", "work_tool;feedback_request_not_partnership"),
    ("g011", "undetermined", "", "negative", "employee;tenure_as_staff"),
    ("g012", "ex_friends", "old_friends", "negative", "long_tenure_soured;nostalgia_in_passing;agent_cue_loyal;switched_to_rival"),
    ("g013", "undetermined", "", "negative", "sarcasm_love;single_incident;courier_not_chosen"),
    ("g014", "dealer_addict", "", "positive", "dependence_paraphrase;hidden_screen_time_not_affair;agent_cue_words"),
    ("g015", "undetermined", "", "neutral", "quoted_news;again_in_news_not_relationship"),
    ("g016", "secret_affair", "", "positive", "hidden_indulgence_paraphrase;single_message"),
    ("g017", "undetermined", "fleeting_acquaintance", "neutral", "competitor_praise;loyalty_to_other_brand;new_customer_routine_question"),
    ("g018", "master_slave", "", "negative", "status_tier;deference_demanded;paraphrase_no_i_expect"),
    ("g019", "casual_acquaintance", "", "neutral", "occasional_use_paraphrase;routine_question"),
    ("g020", "undetermined", "", "neutral", "agent_cue_family_love;routine_question"),
    ("g021", "teammates", "business_partners", "positive", "community_testing;players_and_studio"),
    ("g022", "complete_strangers", "", "negative", "never_dealt_with_company;debt_collector"),
    ("g023", "undetermined", "", "positive", "single_stay;one_night_not_ons;does_what_it_says_single_use"),
    ("g024", "one_night_stand", "fleeting_acquaintance", "positive", "one_off_paraphrase;no_relationship_wanted;agent_invites_more"),
    ("g025", "old_friends", "close_siblings", "positive", "nostalgia;family_cue_in_passing;single_message"),
    ("g026", "buddies", "casual_acquaintance", "positive", "variety_no_commitment;rotation_paraphrase"),
    ("g027", "undetermined", "", "neutral", "idiom_sell_grandmother;routine_question"),
    ("g028", "fleeting_acquaintance", "", "positive", "free_trial_first_contact;undecided"),
    ("g029", "love_hate", "adversaries", "mixed", "repeat_delays;keeps_booking;ambivalence_paraphrase"),
    ("g030", "undetermined", "", "neutral", "for_work_occasion;single_stay"),
    ("g031", "close_siblings", "old_friends", "positive", "family_tradition_paraphrase;agent_warmth"),
    ("g032", "undetermined", "", "negative", "single_incident_angry;resolved"),
    ("g033", "ex_friends", "enemies", "negative", "evolves_positive_to_negative;price_rise_betrayal;agent_cue_loyalty"),
    ("g034", "undetermined", "", "neutral", "product_name_forever;third_party_gift"),
    ("g035", "adversaries", "colleagues", "negative", "repeat_claims;running_battle;business_sender;dry_sarcasm"),
    ("g036", "enemies", "ex_friends", "negative", "tenure_without_bond;warn_others_paraphrase;agent_invites_dm"),
    ("g037", "marriage_partners", "old_friends", "positive", "exclusivity_paraphrase;tenure;agent_cue_loved"),
    ("g038", "undetermined", "", "mixed", "mixed_single_stay;idiom_to_die_for"),
    ("g039", "business_partners", "", "positive", "ideas_and_beta_testing;long_time_user_in_passing"),
    ("g040", "basic_exchange", "", "positive", "value_and_no_fuss;agent_upsell_rejected"),
]


# g041-g080. All text invented for this set.
C, A = "customer", "agent"

H2 = [
("g041", "Velocity Gyms", "2025-01-06T19:48:00Z", [
    (C, "0", "Who is Velocity Gyms and how do you have my cell number? I have never set foot in one of your gyms, never signed up, never even heard the name until your text tonight. 'Jess, your 50% off first month is waiting!' No it isn't. Stop texting me."),
    (A, "1h", "Hi Jess, we're sorry for any confusion! We'd love to welcome you to the Velocity family. I've removed your number from our SMS list."),
    (C, "8m", "I'm not joining your family. I want to know where you got my number from, in writing."),
]),
("g042", "Tilesmith", "2025-03-18T17:26:00Z", [
    (C, "0", "Fun little puzzle game but way too addictive for young kids imo, and there's an ad every thirty seconds. Deleted it off my son's tablet. 2 stars."),
]),
("g043", "SkyLark Air", "2025-05-02T14:11:00Z", [
    (C, "0", "I am a Diamond member and I have been assigned seat 34E. Thirty-four E. Between the lavatory and a family of five. I would like to know who made that decision."),
    (A, "4m", "Hi, I'm sorry to hear that. Seats are assigned automatically when the flight is full. Could you share your booking reference so I can take a look?"),
    (C, "3m", "You have my name. You have my phone number. You have eleven years of my flying history. I should not need to hand you a reference number to be treated properly. Fix it before boarding, please."),
    (A, "9m", "Thank you for your patience. I've moved you to 2A and added a note to your profile."),
    (C, "2m", "Fine. Make sure the note says this is never to happen again. I shouldn't be the one noticing these things, your people should."),
]),
("g044", "ValuMart", "2025-06-15T10:30:00Z", [
    (C, "0", "I don't do brand loyalty, I do price per kilo. ValuMart's own-label stuff is as good as the big names at about half the money, the shelves are never empty on the things I buy, and I'm in and out in twenty minutes. Been doing my weekly shop there for two years on that basis alone. If someone cheaper opens up I'll be off, no hard feelings."),
    (A, "1d", "Thanks so much for the kind words! We love having savvy shoppers like you."),
    (C, "2h", "Ha. Just keep the tinned tomatoes at 39p and we're fine."),
]),
("g045", "Solace Spa", "2025-11-11T09:14:00Z", [
    (C, "0", """Hi, got the email below, what's the expiry date on the gift voucher? Code SOL-4471.

> Celebrating 10 wonderful years of Solace Spa! Thank you for being part of our family.
> To say thank you, here is a £20 voucher towards your next treatment. We can't wait to see you again.
> With love, the Solace team"""),
    (A, "30m", "Hi! Your voucher is valid until 31 January 2026 and can be used on any treatment over £40."),
    (C, "5m", "thanks"),
]),
("g046", "Penhallow Tea", "2025-02-28T08:03:00Z", [
    (C, "0", "Opened a fresh caddy of your Breakfast Blend this morning and the smell took me straight back to my student digs in 1986, a two-bar fire and the wireless on. Near enough forty years of mornings with Penhallow, including the six years in Toronto when my sister posted it out to me in shoeboxes. Still the first thing I reach for."),
    (A, "5h", "What a lovely message, thank you. It means the world to our team."),
    (C, "1d", "You're very welcome. Now, do you still do the big 500g tins? The shop in the village only has the small ones these days, which is a pity, they were part of the furniture."),
]),
("g047", "Hallam & Rye", "2025-09-01T12:12:00Z", [
    (C, "0", "Hi, when does the new autumn collection land in the Glasgow store? Need a decent navy coat for a job interview on the 12th."),
    (A, "15m", "Hi! The autumn collection is in Glasgow from the 5th. Our navy Harlow coat is a lovely choice for an interview. Good luck!"),
    (C, "3m", "Cheers"),
]),
("g048", "Reelhouse", "2025-05-20T23:30:00Z", [
    (C, "0", "Reelhouse I swear to god. Third price rise in two years, the app logs me out every other night, and half the good stuff vanishes at the end of the month. I cancelled in a rage in March. I was back by the 9th of April because nobody else has the Korean dramas. This is a toxic relationship and you know it."),
    (A, "20m", "We're sorry to hear this! We'd really love to keep you with us. Can we help with the log-out issue?"),
    (C, "6m", "you'd love to keep me. you HAVE me. that's the problem 😩"),
    (C, "18d", "season 2 of Moonlit Courthouse dropped and I forgave you for everything for about six hours. then you logged me out mid-episode. we're back to square one."),
    (C, "9d", "cancelled again. (I'll be back. we both know I'll be back.)"),
]),
("g049", "Halcyon Power", "2025-10-07T11:40:00Z", [
    (C, "0", "Hello, I am living in this flat since September. I send the meter reading three days ago in the app but it still say 'pending'. This is normal? I don't want to pay estimate."),
    (A, "2h", "Hello, thanks for getting in touch. Readings can take up to 5 working days to process. Your bill will use your actual reading, not an estimate."),
    (C, "10m", "Ok thank you very much for explain."),
]),
("g050", "Brookfield Autos", "2025-04-24T16:20:00Z", [
    (C, "0", "I bought a 2019 Octavia from Brookfield Autos on 2 April, advertised as 'fully serviced, no known faults'. On 16 April the clutch failed on the M62. When I phoned, the salesman laughed and said 'that's a wear item, mate'. Under the Consumer Rights Act I'm entitled to a repair or refund for a fault present at sale within 30 days. Please confirm which you are offering."),
    (A, "1d", "Hi Mr Doyle, sorry to hear about the clutch. Please bring the car in on Monday and our workshop will inspect it."),
    (C, "3h", "Monday 9am. If your workshop says 'wear item' I'll be getting an independent report."),
    (C, "4d", "Clutch replaced at your cost, car's back. Thanks for sorting it in the end, though the laughing on the phone wasn't on."),
]),
("g051", "Ostra Hotels", "2025-03-23T10:55:00Z", [
    (C, "0", "First stay with Ostra — picked you on a whim because my usual place in Bristol was full for the conference. Pleasantly surprised: quiet room, decent shower, staff who actually looked up from the screen. I'd give you another go next time I'm down."),
    (A, "1d", "Thank you! We'd love to welcome you back. Members get 10% off direct bookings if you fancy signing up."),
    (C, "4h", "Go on then, signed up. Let's see how round two goes."),
]),
("g052", "Koffi Kiosk", "2025-11-17T07:41:00Z", [
    (C, "0", "it's 7:40 and the station kiosk is SHUT. I've got a headache coming on and my hands are doing a thing. three of your lattes a day, every day, it's not a drink at this point it's life support. tried the café next door and poured it down the drain. when are you opening"),
    (A, "12m", "So sorry! We've had staff illness this morning, the kiosk will open at 8:15."),
    (C, "2m", "8:15. I'll be standing there at 8:14 vibrating"),
]),
("g053", "Vantel Mobile", "2025-08-26T20:05:00Z", [
    (C, "0", "My friend says Vantel cut her off halfway through her contract and still charged her the exit fee. Is that even allowed? I'm thinking about getting a SIM with you but now I'm not sure."),
    (A, "30m", "Hi! We can't discuss other customers' accounts, but we never charge an exit fee if we end a contract. Happy to talk you through our SIM-only plans!"),
]),
("g054", "Forkful", "2025-04-08T18:45:00Z", [
    (C, "0", "Fourth Forkful box this year and I've got notes — nice ones. The recipe cards would be easier with the steps numbered on the front, could the veg be bagged per recipe rather than all loose, and I'd happily pay a pound more to get rid of the plastic herb pots. Send me a survey, I'll actually fill it in properly."),
    (A, "1d", "These are brilliant, thank you! I've shared them with our recipe and packaging teams."),
    (C, "27d", "Just opened this week's box and the steps are NUMBERED. Was that me?? I'm taking the credit. Here's the next one then: a 'spice-shy' toggle for the kids' recipes. Still up for the survey whenever."),
]),
("g055", "Lumière Cosmetics", "2025-07-23T15:00:00Z", [
    (C, "0", "I have used your Nuit night cream since I was thirty. I'm fifty-eight. Girls at department store counters try to sell me other things and I just smile at them. When you changed the jar in 2019 I very nearly wrote to you in a panic. There is no other brand in my bathroom and there isn't going to be."),
    (A, "2h", "Thank you for 28 years with Nuit, we are truly touched."),
    (C, "1d", "Just promise me you'll never discontinue it. I'll be buying it at ninety."),
]),
("g056", "Meridian Bank", "2025-06-03T16:50:00Z", [
    (C, "0", "Huge thanks to Marcus on your card line this afternoon, he sorted my lost card in about five minutes, new one on the way, and he was genuinely lovely about it when I was in a state. Give that man a raise."),
]),
("g057", "Equifile", "2025-02-12T13:00:00Z", [
    (C, "0", """RE: Fourth dispute - Carrow Finance account ending 2291

This is my fourth dispute regarding the Carrow Finance account listed on my Equifile credit report. On each previous occasion (September, November and January) Equifile has responded that the item was 'verified' without providing any evidence of that verification. Copies of my three previous dispute letters and your responses are attached.

I will continue to dispute this item every 30 days until it is either properly verified with documentation or removed."""),
    (A, "10d", "Dear Consumer, we have completed our reinvestigation. The furnisher has verified that the information is reported accurately. No changes have been made to your report."),
    (C, "2d", "Received your response of 22 February. It is word for word the same as the previous three. Dispute #5 enclosed, along with a complaint to the CFPB this time. See you in 30 days."),
]),
("g058", "Rostra", "2025-08-12T08:25:00Z", [
    (C, "0", "Hi — we're a 12-person dental practice and Rostra has run our staff rota for about two years. Not in love with it, it's a tool, but it does the job for us. Question: can the hygienists see each other's shifts without seeing the dentists' pay codes?"),
    (A, "40m", "Good morning! Yes, create a 'Hygienists' role under Settings > Permissions and untick 'View pay codes'. They'll still see the shared rota."),
    (C, "20m", "Done, works. That's all we need from it, thanks."),
]),
("g059", "FibreNest", "2025-01-21T21:10:00Z", [
    (C, "0", "wifi always drops at about 9pm, every single night, right when I start a film. router lights go orange for 5 mins then back to white. it's done this every night this week"),
    (A, "25m", "Hi, sorry for the disruption and thank you for your patience as a valued customer. I can see line errors in the evening, I've booked an engineer for Thursday 8am-1pm."),
    (C, "2d", "engineer came, replaced a box outside. no drop last night. fingers crossed"),
]),
("g060", "Hallam & Rye", "2025-10-29T19:33:00Z", [
    (C, "0", "I've bought my work clothes at Hallam & Rye since my first proper job in 2006. Proper wool, proper seams, staff who knew how to pin a hem. The trousers I bought last month pilled after two washes and the lining is polyester now. I'm not angry. I'm just... it's not you anymore, is it?"),
    (A, "2h", "We're very sorry to hear about your trousers. We'd be happy to offer a refund or exchange."),
    (C, "1d", "Returned them for a refund. I don't think I'll be back, which is something I never expected to say about you."),
]),
("g061", "Pawsure", "2025-05-15T12:48:00Z", [
    (C, "0", "I just wanted to say something. When Biscuit got ill in the spring, your claims lady rang me every few days to ask how SHE was, not about the claim, about her. When Biscuit died you sent a card with her name spelled right. I've only had the policy a couple of years and I never expected an insurance company to be the ones checking on me. I'd trust you with anything now."),
    (A, "3h", "We're so sorry for your loss. Biscuit was clearly very loved."),
    (C, "40d", "New pup, Pickle, 9 weeks. Obviously she's going with you. Can you send me the form?"),
]),
("g062", "Cartograph", "2025-09-09T14:30:00Z", [
    (C, "0", "Hi! Bought the 'Pro for a day' pass because I need to print one map for my sister's wedding invitations. Please make sure it doesn't auto-renew — I don't need the subscription and honestly I won't be back (no offence, the app is great)."),
    (A, "20m", "No offence taken! Day passes never auto-renew, so you won't be charged again. Congratulations to your sister!"),
    (C, "3m", "perfect, thank you 🙏"),
]),
("g063", "Chompers Burgers", "2025-12-01T13:05:00Z", [
    (C, "0", "The Loyalty tab in the app just shows a spinning wheel and my points have disappeared. Had 340 this morning."),
    (A, "30m", "Hi, sorry about that! We had a glitch this lunchtime, points are safe and the tab should be working again now."),
    (C, "15m", "Yep back, thanks"),
]),
("g064", "Crown & Kettle", "2025-03-12T17:18:00Z", [
    (C, "0", "Hello, we end up at the Crown & Kettle maybe twice a year, usually when my in-laws come up. Always nice enough. Do you still do the Sunday roast for a table of eight? Thinking of the 30th."),
    (A, "1h", "Hello! Yes, we do, and I've pencilled in a table for eight at 1pm on the 30th. Just confirm by the 27th."),
    (C, "2d", "Confirming for 8 on the 30th, thanks."),
]),
("g065", "Glitterbox", "2025-02-03T22:40:00Z", [
    (C, "0", "My husband thinks I cancelled Glitterbox in January. I did not cancel Glitterbox. It's on my own card now and it shows up on the statement as something that sounds like a gym. So PLEASE, whatever you do, don't send the renewal email with 'Love Villa Season 9 is waiting for you!' in the subject line. He reads over my shoulder."),
    (A, "25m", "Your secret's safe with us 🤐 You can switch off marketing emails under Account > Notifications; receipts will just say 'Your subscription'."),
    (C, "4m", "bless you. Tuesday nights are mine."),
]),
("g066", "SkyLark Air", "2025-07-28T11:02:00Z", [
    (C, "0", "@SkyLarkAir someone found my passport down the back of seat 14C and had it couriered to my hotel in Lisbon in three hours. I could MARRY whoever did that. Thank you thank you thank you 😭🙏"),
]),
("g067", "Stridely", "2025-12-01T07:55:00Z", [
    (C, "0", "The Thursday Stridely club just passed 10,000 km between us this year 🎉 Shout to the forum mods who sat with us on the club leaderboard bug till it was sorted, proper team effort from both sides."),
    (A, "2h", "10,000km!!! Amazing work everyone 🏃‍♀️🏃 The leaderboard fix was all thanks to your club's reports."),
    (C, "3h", "Who else is doing the January challenge? Leeds crew, let's get on that board. If you're new to the club we do a slow 5k on Sundays, no one gets left behind."),
]),
("g068", "Quikpay", "2025-10-15T21:45:00Z", [
    (C, "0", "Quikpay is a loan shark with an app store rating. Don't download it. Don't let your kids download it. I've reported them to the CFPB and I'm helping three people in my building get out from under them. Retweet this as far as it'll go."),
    (A, "1h", "We're sorry to hear you feel this way. Quikpay is a fully licensed lender and we'd be happy to discuss any concerns via DM."),
    (C, "12m", "Licensed to do what exactly? Keep replying, every reply is another screenshot for the thread."),
]),
("g069", "Hotel Azzurra", "2025-08-30T09:30:00Z", [
    (C, "0", "Very nice hotel. The staff is like family for us, they help my mother with the wheelchair all the time, every morning, also to the beach. Breakfast very good, the room clean. Thank you so much for this holiday!"),
    (A, "1d", "Dear guest, thank you for your kind words, it was a pleasure to host you and your mother. We hope to see you again!"),
]),
("g070", "Ashford & Kell", "2025-11-20T12:35:00Z", [
    (C, "0", "I have been an Ashford & Kell Private client for nine years and this morning your Chelsea branch asked me to queue. To queue, behind a gentleman paying in a bag of coins. I should not have to explain who I am in my own bank."),
    (A, "1h", "Dear Mr Aldous, we sincerely apologise. The Private desk was unstaffed this morning due to training."),
    (C, "20m", "Sorry is not a service level. I want my relationship manager to call me personally, not a call centre, and I want to be told in advance the next time the Private desk is going to be empty. I shouldn't have to find these things out standing in a queue."),
]),
("g071", "Koffi Kiosk", "2025-04-04T08:20:00Z", [
    (C, "0", "Koffi is one of about four coffee places in my weekly rotation, no shame. Good for a quick one on the way in. I've got the app but I don't care about the stamps, I'm never going to be a one-coffee-shop man. Anyway — do you do oat milk at the Bank station kiosk yet?"),
    (A, "10m", "Morning! Yes, oat milk is now at all our kiosks including Bank 🌾"),
    (C, "2m", "Nice one, might swing by tomorrow then"),
]),
("g072", "Brightwatt Energy", "2025-12-01T10:10:00Z", [
    (C, "0", "Hi there. I'm with Brightwatt because you were the cheapest when I last compared, two winters ago, and nothing's gone wrong since, so I haven't bothered moving. Can you confirm my fixed rate ends in March and what the renewal price would be? If it's still competitive I'll stay put."),
    (A, "45m", "Hi! Your fix ends 14 March. Our current 12-month fix would be 22.9p/kWh with a 48p standing charge. We really value your loyalty and hope you'll stay with the Brightwatt family!"),
    (C, "1h", "Thanks. I'll run it through a comparison site and let you know."),
]),
("g073", "Dashbite", "2025-01-10T20:10:00Z", [
    (C, "0", "deleted dashbite. third cold order this week and the refund button is hidden behind four menus. done."),
    (C, "5d", "reinstalled dashbite. don't look at me."),
    (A, "1h", "Welcome back! 🎉 Here's £3 off your next order."),
    (C, "13d", "£4.99 delivery on a £6 burrito and I paid it like a fool. I hate what you've done to me dashbite 😩 (extra guac pls)"),
    (C, "9d", "deleted again. the driver ate my chips. I could see the salt on the bag"),
    (C, "2d", "ok it's raining and I'm tired. reinstalling. this is who I am now"),
]),
("g074", "Hearthguard Insurance", "2025-03-27T10:00:00Z", [
    (C, "0", """Dear Sirs,

Please would you send me a paper copy of my home insurance policy schedule by post, as I do not use the computer. My late husband always dealt with these matters and I am trying to get the papers in order.

Policy number HG-0092314.

Yours sincerely,
Mrs E. Whitcombe"""),
    (A, "2d", "Dear Mrs Whitcombe, we are sorry for your loss. A paper copy of your schedule has been posted today. Please call us on the number below if you need anything else."),
    (C, "6d", "Dear Sirs, the schedule arrived this morning. Thank you for your help. Yours sincerely, E. Whitcombe"),
]),
("g075", "Glossary Beauty", "2025-04-17T19:20:00Z", [
    (C, "0", "THE NEW JELLY BLUSH. I had never bought one single thing from Glossary before Tuesday and now I own three shades and the matching gloss. my entire personality is jelly blush now. tell me more shades are coming for summer, I need the coral"),
    (A, "30m", "Coral drops June 1st 🪸💕"),
    (C, "2m", "calendar'd. june is coral month. I'll be on to the next thing by july probably but for now it's all about this"),
]),
("g076", "Tillbank", "2025-09-18T18:00:00Z", [
    (C, "0", "The thing I like about Tillbank is you're straight with me. The app told me I spent more on takeaways than on my phone, gym and bus combined (harsh, fair). When I asked in chat whether your savings pot was worth it your person said 'honestly not at your balance, clear the overdraft first'. Who says that?? Basically handed my money worries over to you at this point."),
    (A, "1h", "Ha, we'll always tell you straight! Let us know if you want help setting up an overdraft plan."),
    (C, "12d", "and thank you for the notification warning me the gas direct debit would bounce BEFORE it bounced. you've had my back more than my ex ever did lol"),
]),
("g077", "Chompers Burgers", "2025-06-06T21:30:00Z", [
    (C, "0", "Been eating burgers since I was a kid and these are fine, but honestly the place across the road does a better one for less. Chips were good though."),
]),
("g078", "Calder & Sons Bank", "2025-08-19T11:00:00Z", [
    (C, "0", "Good morning. My great-grandfather opened the farm account with Calder & Sons in 1931, and Dad, my aunt and I have all banked with you since. I'm opening an account for my daughter today and it feels a bit like signing her into the family. Can she have a debit card at 11?"),
    (A, "1h", "Good morning, what a lovely history. Yes, our Young Saver account comes with a debit card from age 11. You can open it in branch or in the app."),
    (C, "3h", "All done at the Hexham branch. Mr Armstrong at the desk remembered Dad from the old days. Dad will be chuffed."),
]),
("g079", "Plumtree Games", "2025-10-05T20:40:00Z", [
    (C, "0", "Booted up the Plumtree anniversary collection tonight and I'm twelve again, skiving off Sunday school to play Mossy Mole on my brother's console with the sound down. Twenty-five-odd years of your games, on and off. Most of the new ones aren't really for me, but this felt like a visit home."),
    (A, "1d", "This made our whole studio smile. Mossy Mole says hi 🐹"),
    (C, "2h", "Tell him I still can't do level 7 😂"),
]),
("g080", "Meridale Hotel", "2025-05-14T15:15:00Z", [
    (C, "0", "Hi, I've booked your Garden meeting room for our team's away-day on the 3rd (14 people). Is there a projector and HDMI, or should we bring our own? And can lunch be served in the room?"),
    (A, "1h", "Hello! Yes, the Garden room has a projector with HDMI and USB-C. Lunch can be served in the room at a time of your choosing."),
    (C, "20m", "Great, 12:30 please. Thanks."),
]),
]

L2 = [
    ("g041", "complete_strangers", "", "negative", "unsolicited_contact;never_heard_of_paraphrase;agent_cue_family"),
    ("g042", "undetermined", "", "negative", "addictive_product_attribute;third_party_child;single_message"),
    ("g043", "master_slave", "", "negative", "status_tier;wants_anticipation;american"),
    ("g044", "basic_exchange", "buddies", "positive", "value_price_per_kilo;negation_brand_loyalty;agent_cue_love"),
    ("g045", "undetermined", "", "neutral", "quoted_brand_email;brand_anniversary_not_tenure;family_in_quote"),
    ("g046", "old_friends", "marriage_partners", "positive", "nostalgia_tenure;family_in_passing;older_voice"),
    ("g047", "undetermined", "", "neutral", "new_collection_routine_question;occasion_job_interview"),
    ("g048", "love_hate", "adversaries", "mixed", "cancel_and_return;toxic_relationship;agent_cue_love"),
    ("g049", "undetermined", "", "neutral", "non_native;since_september_tenancy_not_tenure;routine_question"),
    ("g050", "undetermined", "", "negative", "single_incident_formal;resolved;no_stance_toward_brand"),
    ("g051", "fleeting_acquaintance", "one_night_stand", "positive", "first_stay;on_a_whim_not_ons;agent_cue_welcome_back"),
    ("g052", "dealer_addict", "", "mixed", "craving_paraphrase;withdrawal;rival_rejected"),
    ("g053", "undetermined", "", "neutral", "third_party_friend;prospective_customer"),
    ("g054", "business_partners", "", "positive", "ideas_repeated;survey_offer;tenure_in_passing"),
    ("g055", "marriage_partners", "old_friends", "positive", "exclusivity_paraphrase;long_tenure;older_voice;agent_cue_years"),
    ("g056", "undetermined", "", "positive", "praise_one_agent;single_incident;single_message"),
    ("g057", "adversaries", "", "negative", "repeat_disputes;credit_bureau;formal_letter;american"),
    ("g058", "colleagues", "basic_exchange", "neutral", "work_tool;negation_not_in_love;does_the_job"),
    ("g059", "undetermined", "", "negative", "symptom_always_every_night;agent_cue_valued;resolved"),
    ("g060", "ex_friends", "", "negative", "long_tenure_soured;not_you_anymore;quiet_tone"),
    ("g061", "best_friends", "marriage_partners", "positive", "care_and_trust_paraphrase;short_tenure;commitment_in_passing"),
    ("g062", "one_night_stand", "fleeting_acquaintance", "positive", "one_off_pass;wont_be_back_friendly;occasion_wedding"),
    ("g063", "undetermined", "", "negative", "product_name_loyalty_tab;bug_report;resolved"),
    ("g064", "casual_acquaintance", "", "neutral", "occasional_visits;family_occasion"),
    ("g065", "secret_affair", "", "positive", "hidden_from_spouse;product_name_love_villa;agent_cue_secret"),
    ("g066", "undetermined", "", "positive", "idiom_marry;single_incident_gushing;single_message"),
    ("g067", "teammates", "", "positive", "club_community;joint_bug_fixing;welcome_newcomers"),
    ("g068", "enemies", "", "negative", "warn_others_paraphrase;no_past_bond;american;agent_defence"),
    ("g069", "undetermined", "close_siblings", "positive", "single_stay;staff_like_family_single_trip;non_native;agent_cue_see_again"),
    ("g070", "master_slave", "adversaries", "negative", "status_tier;deference_demanded;advance_notice_demand"),
    ("g071", "buddies", "casual_acquaintance", "positive", "rotation_variety;negation_one_shop;no_loyalty_scheme"),
    ("g072", "basic_exchange", "", "neutral", "price_comparison;agent_cue_loyalty_family;stays_if_competitive"),
    ("g073", "love_hate", "dealer_addict", "mixed", "evolves_delete_reinstall;hate_with_return;agent_cue_welcome"),
    ("g074", "undetermined", "", "neutral", "older_voice;formal_letter;late_husband_not_tradition;routine_request"),
    ("g075", "fling", "", "positive", "new_launch_novelty;first_purchase;i_need_not_addiction;admits_short_lived"),
    ("g076", "best_friends", "", "positive", "honesty_two_way;advance_warning;ex_word_about_person"),
    ("g077", "undetermined", "", "mixed", "since_kid_about_food_not_brand;competitor_praise;single_message"),
    ("g078", "close_siblings", "old_friends", "positive", "generational_tie_paraphrase;family_into_bank"),
    ("g079", "old_friends", "", "positive", "nostalgia_since_childhood;sibling_in_passing;new_products_not_for_me"),
    ("g080", "undetermined", "", "neutral", "team_occasion_booking;routine_question"),
]


def main():
    histories, labels = H1 + H2, L1 + L2

    ids = [h[0] for h in histories]
    assert len(ids) == len(set(ids)), "duplicate history id"
    assert ids == [label[0] for label in labels], "labels out of step with histories"

    rows = []
    for cid, brand, start, msgs in histories:
        t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
        assert msgs[0][1] == "0"
        ncust = 0
        for role, g, text in msgs:
            assert role in ("customer", "agent"), (cid, role)
            ncust += role == "customer"
            t = t + gap(g)
            rows.append([cid, brand, role, t.strftime("%Y-%m-%dT%H:%M:%SZ"), text.strip()])
        assert 1 <= ncust <= 6, (cid, ncust)

    for cid, typ, second, val, trap in labels:
        assert typ in TYPES or typ == "undetermined", (cid, typ)
        assert second == "" or second in TYPES, (cid, second)
        assert second != typ, cid
        assert val in VALENCES, (cid, val)

    with open(os.path.join(HERE, "histories.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "brand", "role", "timestamp", "text"])
        w.writerows(rows)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["customer_id", "type", "second", "valence", "trap"])
        w.writerows(labels)
    print(f"{len(histories)} histories, {len(rows)} messages written")


if __name__ == "__main__":
    main()
