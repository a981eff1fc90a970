# -*- coding: utf-8 -*-
# English sentence templates for corpus h4.  Same syntax as templates_sv.py.
T = r"""
## generic
I vote {A:vote}, but that's beside the point.
As a {A:polnoun}, I object to your sponsorship of that event.
I'm {A:sex} and your staff made inappropriate comments about it.
I'm a member of the {A:partythe} and your marketing reached my party address.
I'm a member of {A:partybare} and I want my data removed from your mailing list.
I'm {A:rel} – please take that into account when scheduling.
My brother {A:crime} and I wonder if it affects us since we share an address.
I have been waiting over a week for a reply and I'm getting quite frustrated.
Could someone call me back? I've been trying to reach you [all morning|for three days|since Monday].
Thanks for the quick reply, that sorted it[!| 🙂|.|, much appreciated 🙏]
I don't really understand what you mean in your last [email|letter|message].
Where can I find the [form|right link|contact details] on your website? I've looked everywhere.
How long is the processing time at the moment?
I sent everything you asked for but nothing is happening[.|...|!]
I want to complain about how I was treated [on the phone|at the front desk|in the chat] [yesterday|last week|on Friday].
Your website and your letter say different things – which one is correct?
Please reply by email rather than calling, I work during the day.
Is there anyone who speaks [Polish|Spanish|Arabic|Swedish|Portuguese]? My father's English isn't great.
Just following up, still no answer.
I've attached [a photo|a screenshot|the receipt|the invoice] so you can see what I mean.
Can you confirm you received my email?
I'm so tired of being transferred between departments.
Your phone line hangs up after [twenty|thirty|forty] minutes in the queue, that's not acceptable.
Why does it say my case is closed when nobody has got back to me?
I'd appreciate a written answer so I have something to show.
ok but what happens now
Thanks, I'll wait to hear from you then.
Please get back to me before {EDAY}, it's urgent.
The page just shows an error when I press submit.
Who is responsible for this? I'd like to speak to a manager.
This is the third time I'm writing about the same thing.
Sorry if this is the wrong place to ask, I wasn't sure who to contact.
My name is {ENAME} and I'm writing about [my invoice|my case|my application|my booking].
You can reach me on {FPHONE} [after 4pm|any time|in the mornings].
My email is {EMAIL} if you want to send the [documents|copy|confirmation] there.
New phone number: {FPHONE}. Please update your records.
Please call me on {PHONE}, that's my Swedish number.
I have {H:n} so I'd prefer email to phone calls.
Sorry for the slow reply, I've been in bed with {H:n}.
I was {H:stay} because of my {H:poss} and missed [your letters|the payment deadline|the appointment].
My [partner|husband|wife] has {H:nm} so I'm handling all contact with you for now.
I'm {![on sick leave|signed off sick|recovering from surgery|off sick with flu|in hospital|bedridden|recovering from Covid|post-op|undergoing chemo]} at the moment so I may be slow to respond.
My mum is {H:staym} and I'm trying to sort out her paperwork in the meantime.
Honestly, this service is {~sickening} – not in a good way.
I'm {~sick of waiting} for a reply.
Your system seems to be {~having a seizure} again, nothing loads.
Your website {~crashes} every time I try to log in.
Got a weird email from you – is it a {~virus} or a phishing attempt?
The link in your email is {~dead}.
Your queue is driving me {~insane}.
This whole thing has become a massive {~headache}.
It feels like a {~symptom} of being understaffed.
My complaints seem to be falling on {~deaf ears}.
That's a pretty {~lame} excuse, if you ask me.
I'm practically {~allergic} to call queues by now 😅
It's not {~crazy} to expect an answer within a week.
Honestly, it's {^criminal} how long this is taking.
I've asked six times now, and the {^jury} is still out on whether anyone reads these.
I say this with some {^conviction}: this process is broken.
I'm losing {^faith} in your customer service.
The last {^sentence} of your email didn't make sense to me.
You said a decision would come by {DATE}.
My reference number was {TICKET}, if that helps.
I'm referring to case {TICKET}.
I sent everything on {DATE} but never got a confirmation.
Your {^third-party} provider keeps sending me the wrong information.

I have a gift card from you, number {GIFT16}, but the balance doesn't show.
The parcel tracking number is {TRACK}.
The contract number is {ORDER12}, in case you need it.
The invoice came from a company with registration number {ORGNR} – is that your debt collector?
Order no. {ORDER10} was placed on {DATE}.
Customer number: {ORDER10}

The queue is pure {~[madness|insanity|lunacy]}.
I nearly had a {~heart attack} when I saw the bill 😅
I'm {~dying} to get this sorted.
Your app is a {~nightmare} to use — every single update.
That was a {~bitter pill} to swallow, but fine.
It was a {~stroke of luck} that I checked my statement.
Your support is {~limping} along at best.
Your system seems to have {~amnesia} – I've explained three times.
Your fees are {~crippling} small businesses like mine.
Sending it {~blind} copy to everyone was {~ill}-advised.
Nothing to {~sneeze} at, but still not what you promised.
Why should I {~cough up} another fee for this?
I'm getting {~cold feet} about renewing.
Frustration is at {~fever pitch} in our office.
That's a {~healthy} discount, thanks!
A small {~dose} of honesty would go a long way.
The {^verdict} on your new app: meh.
I want a {^straight} answer, not a template.
Don't take your own FAQ as {^gospel}.
I used to be a {^brand evangelist} for you guys.
Visiting your store has become a {^pilgrimage} for nothing.
Honestly, it's a {^race} to the bottom with your prices.
Is there a {^blacklist} I've ended up on?
Please {^whitelist} my address so your emails stop bouncing.
Your chocolate is my {^guilty pleasure}, but the price isn't.
Does a {^jailbreak} void the warranty?

## eu_company
The {~operation} to move your warehouse doesn't seem to have gone well.
{~Surgical} precision on the delivery this time, well done.
Your post about the outage went {~viral}.
Your {^third-party} cookie banner covers the whole checkout page.
The recruiter asked if I vote {A:vote} – that has nothing to do with the job.
I lost my job after my manager found out I'm {A:sex}.
I'm a {A:polnoun} and got banned from your platform for a political post.
Our account was charged twice this month, can you check?
Can you export all the personal data you hold about me, as required under GDPR?
I'd like my account deleted and all data erased, please confirm when done.
Your app won't let me change the billing address.
We'd like to upgrade to the team plan for {NUM} users.
The integration with our CRM stopped syncing after your last update.
Is there an EU data centre option, or is everything hosted in the US?
Could you send a proper VAT invoice? Our company number is {ORGNR}.
Invoice {ORDER10} lists the wrong company name.
Order no. {ORDER10} – the licence key never arrived.
Your system shows order {ORDER12}, but we never placed it.
Ticket {TICKET} was closed without a solution.
The gift voucher {GIFT16} doesn't work at checkout.
Please refund to {IBAN}, the card has been cancelled.
The card used was {CARD}, but the charge appears twice.
I'm flying with my {![oxygen concentrator|CPAP machine|insulin pump|wheelchair|guide dog|mobility scooter]} – do I need to notify you in advance?
I have {H:n} and need to bring {H:m} in my hand luggage, is that allowed?
My daughter is {![autistic|blind|deaf|disabled|epileptic|partially sighted|paralysed|visually impaired]} and needs assistance at the airport, how do I book it?
My father uses a {!wheelchair} and the special assistance didn't show up at the gate.
I'm {![in a wheelchair|disabled|paralysed|on crutches|wheelchair-bound|registered disabled|recovering from a stroke]} and the hotel room you gave us had no accessible bathroom.
I had to cancel the trip because I was {H:stay}. Travel insurance needs your confirmation.
I cancelled my booking because of {H:tn}; I have a doctor's note.
My son has a {![severe nut allergy|peanut allergy|sesame allergy|tree nut allergy]} – can you guarantee the meals are nut-free?
Please note my meal preference: I'm {A:rel} and can only eat [halal|kosher|vegetarian] food.
We're a {A:couple} and the staff at check-in made rude comments about it.
The flight attendant made a remark because my wife is {A:rel} and wears a headscarf.
I'm a member of {A:union}, do I still get the staff discount through the union deal?
Your background check flagged that I {A:crime} – I'd like to know what data you hold.
Your recruiter asked whether I'm a member of {A:union}. Is that even legal?
I was asked in the interview if I'm {A:rel}. I want to file a complaint.
My employer's app stores my {@[fingerprints|facial scan|biometric data|iris scan|voiceprint]} – I want it deleted.
Your fitness app is asking for my {@[DNA test results|23andMe results|genetic test results]}, why?
Please delete the {@[face scan|facial recognition data|fingerprint template]} you took at the gym entrance.
Our {^third-party} integration keeps timing out.
Can you give me a {^conservative} estimate of when the outage will be fixed?
You have a very {^liberal} return policy on paper, but not in practice.
The {^union} of the two customer lists created duplicates.
The free {^trial} ended without any warning and I was {^charged}.
I was {^charged} twice for the same subscription.
Is the {^Black Friday} discount still valid?
Your {^native} app is much slower than the web version.
Is the {^biometric} login option available on Android?
Looks like a {^race condition} in your checkout when two people edit the basket.
The {^genetic algorithm} feature in your scheduling tool is a black box.
Honestly, the deal looked too good, almost not {^kosher}.
Your servers are down again – the status page says "{~degraded health}".
Please run a {~health check} on our tenant, it's timing out.
Your {~diagnostics} page shows all green but nothing works.
We think it's an SQL {~injection} attempt, not a bug on our side.
The old platform is on {~life support} and your migration tool is {~crippled}.
The new release {~crashed} our staging server.
This is a {~killer} feature, but it's broken.
What a {~pain point} your invoicing module is.
The whole dashboard is {~paralysed} since this morning.
Please email the confirmation to {EMAIL}.
You can reach me at {FPHONE}.
My colleague {ENAME} is the account owner now.
Could you move our account to the {ECITY} office address?
We need an invoice in euros rather than kronor.
Your terms changed on {DATE} and nobody told us.

## webshop
Do you have {~plasters} and {~bandages} in stock?
How much is the {~thermometer}? There's no price on it.
Are the {~face masks} still sold in 50-packs?
Is the {~nasal spray} available in a bigger bottle?
The {~gluten-free} pasta has been out of stock for three weeks.
Will the {~lactose-free} milk come back?
Is the pillow actually {~hypoallergenic}?
Why did you remove the {~over-the-counter} painkillers section?
Can I donate to {~Race for Life} at checkout?
A {^party} of six of us ordered the same jacket and all got the wrong size.
Do you stock {^kosher} products online?
Is there a {^halal} section in the frozen aisle?
Are you open late during {^Ramadan}?
Does the {^Eid} sale apply in the app?
Is the {^Diwali} offer still on?
Do you sell the {^Prison Break} box set?
My parcel hasn't arrived, but it says it was delivered yesterday.
I got the wrong size {EPROD}, how do I return it?
The item arrived {~damaged}, the box was completely crushed.
Can I change the delivery address after placing the order?
The discount code didn't work at checkout.
How long does the refund take once you have the return?
Order number {ORDER10} – I'd like to cancel it.
Order {ORDER10} still hasn't shipped even though it said 1–3 days.
Order no. {ORDER12} only arrived half complete.
Tracking number {TRACK}, the parcel hasn't moved in a week.
The tracking ID {TRACK} says "exception" – what does that mean?
My gift card {GIFT16} shows a zero balance, but it was unused.
The return number I received is {TICKET}.
Delivery was supposed to be on {DATE}.
I paid with card {CARD} and the payment went through twice.
Can you deliver to the door? I use a {!walker|wheelchair|walking frame|mobility scooter} and can't carry parcels up the stairs.
The compression stockings are too tight – I have {![lymphoedema|varicose veins|DVT|lipoedema]} and my doctor said class 2.
I need to know exactly what's in the protein bars, I have {![coeliac disease|PKU|a severe nut allergy|kidney disease]}.
I couldn't return the item in time because I was {H:stay}.
I bought the massage chair because of my {![back pain|chronic pain|fibromyalgia|arthritis|sciatica|slipped disc]}, but it's making it worse.
I'm {H:adj} and can't sign for deliveries at the door, can the courier leave it?
{~Insane} deal, thank you!
The Black Friday {~fever} seems to have knocked out your website.
Your site {~crashes} when I try to pay.
My basket froze, must be a {~bug} 😂
Do you have {~paracetamol} in stock? I can't find it on the site.
Why is the {~first aid kit} cheaper in store than online?
Your {~coffee capsules} have been sold out for weeks.
The {~dishwasher tablets} are out of stock again.
The {~cast-iron} pan I ordered has a crack.
Retail {~therapy} aside, I still want my money back.
I'm {~dying} to know when the restock is.
Would you be able to swap it for the {^Pride} edition?
The {^Pride collection} is sold out in my size.
Is the {^Black Friday} price guaranteed until midnight?
The mugs from the {^party} supplies order arrived broken.
You're donating to the {~cancer charity} per order – does that happen automatically?
Can I round up for the {~breast cancer} campaign at checkout?
My name is {ENAME}, the order is on my partner's account.
Please send the return label to {EMAIL}.
Can I swap the {EPROD} for another colour?
Why did the price change after I put it in the basket?
Do you ship to {ECITY}?

The e-gift card {GIFT16} was rejected at checkout twice.
I returned it with {TRACK} two weeks ago and still no refund.
The courier says {TRACK} was delivered to a parcel locker I never chose.
The invoice is issued by {ORGNR} – is that you or a reseller?

## bank
Does your fund's {^ethical} label exclude arms?
The {^church} on High Street is listed as my branch – it closed years ago.
I'm a {A:polnoun} and don't want my pension invested in arms companies.
I can't log in to online banking, it says my account is locked.
Someone called pretending to be from the bank and I think I was scammed.
My card was blocked without warning, what happened?
The transfer to {IBAN} never arrived.
Please refund the money to {IBAN}.
My card number is {CARD} and there are purchases I don't recognise.
I want to dispute a charge on card {CARD} from {DATE}.
My mother has {![dementia|Alzheimer's|vascular dementia|early-onset dementia]} and I need power of attorney to manage her accounts.
My dad is {H:adjm} and can no longer use the authentication app.
I was {H:stay} and missed a mortgage payment – can I get a payment holiday?
I have {H:n} and struggle with the codes, is there an easier way?
My brother has a {![gambling addiction|gambling problem|drinking problem]} and keeps taking loans – can you block him?
Was the loan refused because I {A:crime}?
I'd like a standing order to {A:partythe}, how do I set it up?
The {^fraud} team called me, but I'm not sure it was real.
I was the victim of {^fraud} and have filed a {^police report}.
Why was I {^charged} a fee for paying on time?
Your app has {~crashed} since the update.
Your fees for foreign payments are {~sick}.
It's in the bank's {^DNA} to make everything complicated.
Can I log in with {^fingerprint} on the new app?
Our company number is {ORGNR}, we'd like to open a business account.
Case {TICKET}, I still haven't been refunded.
Please call me on {FPHONE}, I don't want to type card details here.
My name is {ENAME} and I've been a customer for years.
How long does a SEPA transfer take?
What's the interest rate if I fix for three years?
Why is there a monthly card fee?
Can I open an account if I only have a coordination number {SAM}?
My Swedish personal number is {PNR}, but your form won't accept it.
The {^credit union} transfer took five days.

## telecom
The router blinks like it's having a {~fit}.
My laptop has a {~fever}, the fan sounds like a jet engine.
There are {^fingerprint} smudges inside the screen protector you fitted.
My broadband has been down since this morning.
I'd like to switch to a cheaper plan with less data.
The router is blinking red and nothing works.
I was charged for international calls I never made.
I want to port my number {FPHONE} to you.
Please block {PHONE}, the phone was stolen.
Account number {ORDER10}, the bill is wrong.
Invoice {ORDER10} – I'd like an itemised bill.
The phone order {ORDER12} never arrived.
Ticket {TICKET} – no reply for two weeks.
The router was shipped with tracking number {TRACK} but hasn't arrived.
My mother's {!personal alarm|care alarm|fall alarm} runs on your network, it has to work!
I use {![hearing aids|a hearing aid|a cochlear implant]} and can't hear calls on this phone, do you have compatible models?
My dad has {![dementia|Alzheimer's|memory problems]} and signed up for three contracts, can we cancel them?
I'm {![deaf|hard of hearing|deafblind]} and can't call your hotline, can you help by chat?
I was {H:stay} and couldn't pay, please don't cut off my number.
My brother {A:crime} and needs a prepaid SIM when he gets out.
The router seems {~sick}, it keeps rebooting.
There's an {~epidemic} of scam calls lately, can you block them?
Your spam filter put all my emails in {~quarantine}.
I ran a {~virus scan} but the laptop is still slow.
The router {~diagnostics} say everything is fine, but nothing works.
My {~tablet} won't connect to the new Wi-Fi.
The phone was {~dead on arrival}.
The battery is {~dead} after two hours, it's a brand-new phone.
Is it a {^third party} sending these texts, or you?
The phone has {^Face ID} but it doesn't work with a case on.
Is there a {^penalty} if I cancel the contract early?
My name is {ENAME} and I have a business contract through work.
Send the confirmation to {EMAIL}.
How much does it cost to call from Spain?
Can I get an extra SIM for my smartwatch?
Why did you raise the price without telling me?

## insurance
Does legal cover include {^court} costs in a dispute with a builder?
The {^Labour Party}'s proposal on energy bills – does it affect my policy?
Do I have to tell you that my {@genetic test} showed a {@[BRCA1 mutation|BRCA2 mutation|Huntington's gene]}?
I want to report damage to my car, someone reversed into it in the car park.
Our bike was stolen, I've filed a {^police report} but what happens next?
What's the excess for {~water damage} in the bathroom?
My policy number is {ORDER10}, I'd like to change the payment schedule.
Claim number {TICKET}, I still haven't been paid.
The payout can go to {IBAN}.
I have {H:n} – does my health insurance cover {H:tn}?
My son has {H:nm} and we were refused child insurance, why?
After {H:tn} I couldn't work for months, does the policy cover lost income?
I fell and got {![concussion|a broken wrist|whiplash|a torn ACL|a fractured hip|a dislocated shoulder]}, can I claim on my accident insurance?
The health questionnaire asks about {H:n} – do I need to say yes if it was five years ago?
I was refused life insurance because of my {H:poss}, can I appeal?
My husband is {H:adjm} and you want him to have a medical, why?
The dental injury needed a {!root canal} and two implants.
My insurance is through {A:union}, does it cover my partner too?
Is it true that members of {A:union} get a discount with you?
My son {A:crime} – are you cancelling the car insurance now?
I {A:crime} years ago, do I have to declare it when taking out insurance?
We have {~damp damage} in the crawl space, is that covered?
How long does a claim take before someone gets back to me? The process seems {~terminally} slow.
Do I need an approved {^theft protection} device on the e-bike?
The engine seems to have had a {~heart attack}, the car won't start at all.
The whole claims team seems {~paralysed} after the storm.
What's the difference between comprehensive and third-party cover?
Can I get a discount if I move all my policies to you?
What applies if the accident happens abroad?
The premium was paid with reference {OCR} but shows as unpaid.
The incident date was {DATE}, receipt attached.
I'd like to add my partner {ENAME} to the home insurance.

## healthcare
Is the {~Macmillan} coffee morning at your clinic open to everyone?
Who runs the {~CPR course} for local clubs?
Where is the {~defibrillator} in the new building?
I don't want my health record to say I'm {A:sex}.
My {@[genetic test|DNA test|23andMe test]} showed a {@[BRCA1 mutation|BRCA2 mutation|Lynch syndrome variant|Huntington's gene]} – can I get genetic counselling?
I need a repeat prescription for {H:m}, I run out on {EDAY}.
Could you renew my prescription for {H:m}? The pharmacy says it has expired.
I've had {H:n} for almost two weeks and it's not getting better.
My father has {H:nm} and we're still waiting for a specialist appointment.
I was diagnosed with {H:n} last year and would like a referral to [a specialist|a dietitian|psychiatry|physio].
I take {H:m} and wonder if I can take {H:m} at the same time.
Can I drink alcohol while on {H:m}? I have a wedding next weekend.
I'm {H:adj} and need to rebook my appointment.
I want to cancel my appointment on {DATE} – I'm {H:stay}.
My wife is {H:staym} and I'd like to know visiting times.
I've been waiting for {H:tn} for over a year now.
My appointment for {H:tn} was moved again, that's the third time.
After {H:tn} I still have {H:n} and nobody has called me back.
My {H:poss} has got much worse since the autumn and I can't cope any more.
I'd like to read my medical notes about my {H:poss}, but they don't show in the app.
How long does it take to get results after {H:tn}?
My daughter is {H:adjm} and we need a doctor's note for school.
My {H:poss} means I can't get to the clinic, can we do a video appointment?
Her {H:poss} hasn't been taken seriously by your doctor, it's not OK.
I'm {!pregnant} – week {GV} – and have developed {H:n}, should I worry?
I'm an expat and my GP in {ECITY} prescribed {H:m}, can you continue it here?
My psychologist left and now nobody is helping me with my {H:poss}.
I've had {H:n} and {H:n} since [Covid|giving birth|the fall] and want to be examined.
My son is {H:adjm} and needs {H:tn}, but the waiting time is a year.
I have {H:n} and have been having {!suicidal thoughts} this week.
The doctor wrote the wrong thing in my notes, I've never had {H:n}.
Thanks to the ward staff who looked after my dad when he was {H:staym}.
I've caught a {!virus} [and I'm in bed|again|from my kids] and can't come on {DATE}.
I want to change my health centre, personal number {PNR}.
My name is {ENAME}, coordination number {SAM}, and I can't log in to 1177.
My daughter {EFN} has {H:nm} and needs a new appointment.
Please call me on {PHONE} about the test results for my {H:poss}.
What are the {~pharmacy opening hours} on public holidays?
When does the {~vaccination bus} come to our area?
Are the {~surgery opening hours} different in summer?
Is there a {~hearing loop} in the new waiting room?
Your {~1177} app freezes when I try to log in.
What does your page on the {~treatment} of personal data actually mean for my records request?
Where do I upload a {~sick note} for staff, is there a form?
Invoice {ORDER10} from A&E has already been paid.
My complaint to the patient board has number {TICKET}.
I got a letter dated {DATE} about an appointment that has already passed.
My mum is {H:staym} and her {![medication|hearing aids|dentures and glasses|insulin pens]} didn't come with her from the care home.

## housing
The bathroom ceiling has been dripping since Thursday.
The fridge stopped working and the landlord isn't answering.
I'd like to end my lease from {EMONTH}.
My neighbour smokes on the balcony and it comes into my flat.
There's mould in the bedroom and I have {![asthma|COPD|a mould allergy|chronic bronchitis]}, it's getting worse.
I use a {!wheelchair|mobility scooter|walker} and the lift has been broken for five days, I can't get out.
My son has {![asthma|severe eczema|a dust mite allergy]} and we need a flat without carpets.
I'm {![a wheelchair user|in a wheelchair|partially sighted|disabled]} and can't manage stairs, is there a ground-floor flat?
I'm {H:adj} and need to defer this month's rent.
Our neighbours harass us because we're a {A:couple}, we need help.
The neighbours leave notes because we're {A:eth}, it has to stop.
The tenant on the third floor {A:crime} and everyone in the building is worried.
The radiators are ice cold and I'm {~sick} of it.
There are cracks in the {~plasterboard} after the renovation.
We have {~water damage} in the kitchen, who should we contact?
The landlord told me to ask the tenants' {^union}, but nobody answers.
What's the {^penalty} if you forget to cancel a laundry slot?
Rent for {EMONTH} was paid with reference {OCR}.
Contract number {ORDER10}, we're moving out on {DATE}.
Repair request {TICKET} still hasn't been fixed.
The housing cooperative's org number is {ORGNR}.
Please send the lease to {EMAIL}.
Call me on {FPHONE} before entering the flat.
When are you renovating the bathrooms in our building?
Is it allowed to put up a satellite dish on the balcony?

## transport
The {^Pride} parade closes the roads – how are buses running?
Is {^Unite} on strike at the depot? My bus didn't come.
The {^RMT} strike means no trains tomorrow, right?
Is the {^mosque} stop being moved during the works?
The bus {~coughs} and stalls on every hill.
My son is {A:sex} and was harassed by other passengers while your staff watched.
The bus never came this morning and I missed my appointment.
I'd like compensation for a delayed journey.
The app charged me for a ticket that never activated.
I use a {!wheelchair|mobility scooter} and the ramp on the bus was broken again.
I have {H:n} and was left at the wrong stop by the paratransit service.
I got {![palpitations|a panic attack|a seizure|an asthma attack|chest pains|a migraine attack]} on the train and the staff didn't help at all.
I'm {![pregnant|heavily pregnant|recovering from surgery|in chemo|on crutches]} and needed a seat, but nobody would move.
I'm {![blind|visually impaired|partially sighted|dyslexic]} and can't read the timetables, is there audio?
The driver commented that we're {A:eth}, it felt really unpleasant.
Staff mocked us because we're a {A:couple}, that's unacceptable.
Does the airport bus go to {~Terminal 5}?
The ticket {~terminal} on the bus is {~dead}.
The train stood still for an hour with no information, {~crazy}.
The trams are completely {~paralysed} by the snow.
Is there a night bus to the {~hospital} stop?
What's the {^penalty fare} if you forget to tap in?
Travel card {ORDER10} is blocked, why?
Ticket number {TICKET}, I want a refund.
The refund can go to {IBAN}.
I paid with card {CARD} but the ticket isn't in the app.
The journey was on {DATE}, departing {TID} from {ECITY}.
My mobile {FPHONE} is linked to the app but I get no texts.
Where do I hand in lost property?
Can I take my bike on the train?

## municipality
I recently moved to Sweden and need help registering my child for preschool.
The bins on our street haven't been emptied for two weeks.
How do I apply for a building permit for a small extension?
My mother has {![dementia|Parkinson's|advanced COPD|MS]} and can't live alone any more, how do we apply for a care home?
My son has {![autism|Down syndrome|cerebral palsy|an intellectual disability]} and we want to apply for a support person.
I need a disabled parking permit because I have {H:n} and can't walk far.
The home care staff forgot to give my father his {![medication|insulin|blood thinners|eye drops|Parkinson's medication|evening meds]}.
We're {A:rel} and would like halal meals for my mother at the care home.
I'm {A:eth} and would like to know about minority language rights.
My husband {A:crime} and social services are asking whether we can keep the children.
Is the town hall open on {^Ascension Day}?
Does the council negotiate directly with the {^union} on opening hours?
Case number {TICKET}, I'd like a copy of the decision.
The invoice {ORDER10} for water seems to be duplicated.
The {~vaccination bus} timetable isn't on the website.

## social_insurance
I've been on sick leave with {H:n} since {DATE} and haven't been paid.
The doctor's certificate about my {H:poss} was sent three weeks ago, did you get it?
I'm {H:adj} and wonder how it affects my parental benefit.
Our son has {H:nm} and we want to apply for childcare allowance.
I have {H:n} and can only work part-time, how do I apply for partial sickness compensation?
Can I get sickness benefit while I'm in {H:tn}?
My personal identity number is {PNR} and I'm still waiting for a decision.
I only have a coordination number, {SAM}, and can't apply online.
Please pay the benefit into my foreign account {IBAN}.
The form asks about {~functional impairment} – what does that mean in your template?
Decision ref {TICKET} – the amount is wrong.

## tax
When will this year's tax refund be paid?
I forgot to declare a sale of shares, what do I do now?
My personal number is {PNR} and I received two different tax statements.
I have a coordination number {SAM} and need a personal number to open a bank account.
I paid the tax with reference {OCR} but it's registered to the wrong year.
I was {H:stay} all of April and couldn't file on time.
I'd like to leave the Church of Sweden; I'm {A:rel} and don't want to pay the fee.
What's the {^penalty} for filing late?
The e-service {~crashes} when I upload attachments.
My company's org number is {ORGNR}, why isn't it registered for F-tax?

## school
The canteen uses {@[fingerprints|facial recognition]} for payment and we never consented.
Our daughter has {H:nm} and needs extra support in lessons.
Our son has been diagnosed with {H:nm} and we'd like a meeting with the school health team.
{EFN} won't be in today because of [her|his] {H:poss}.
My son takes {H:m} in the morning; can the school nurse give him a dose after lunch?
Our child has {![coeliac disease|type 1 diabetes|a milk allergy|an egg allergy]} and needs a special diet form.
We're {A:rel} and our son will be absent for [Eid|Diwali|Yom Kippur|Passover].
We're a {A:couple} and would like the school forms to reflect that.
My daughter is being bullied because she's {A:eth}.
Is the {~school nurse's} office open during the holidays?
The school platform has {~crashed} again, we can't see the timetable.
Our child's personal number is {PNR}, it was entered wrong.
Please call me on {FPHONE} rather than sending notes home.
When are the parent-teacher meetings this term?
Is the school trip to Rome still happening?

## utility
The power has gone out several times this week, why?
My electricity bill for {EMONTH} is twice the usual.
I have a {![oxygen concentrator|home dialysis machine|CPAP machine|electric wheelchair charger]} at home that needs power around the clock – you must warn before outages.
I was {H:stay} and missed the reminder, why did you send it to debt collection?
The whole area is {~paralysed} by the outage.
It's an {~emergency} – we have no water and a newborn at home.
The meter seems {~dead}, the display is black.
Customer number {ORDER10}, I want to change contract.
Meter point id {ORDER12}, we're moving in on {DATE}.
Please send invoices to {EMAIL}.
Can I pay by direct debit?

## library
I'd like to renew my books but it says they're reserved.
I have {![dyslexia|macular degeneration|a visual impairment|aphasia]} and would like to borrow audiobooks.
I'm {H:adj} and can't come to the library – do you have a home delivery service?
Is {~Doctor Glas} available in English?
The novel was absolutely {^arresting}, is there a sequel?
Library card {ORDER10} – I've lost it.
The late fee was paid with reference {OCR}.
Can I book a group room for Saturday?
Do you have more books in [Ukrainian|Arabic|Polish|Spanish]?
"""
