"""English phrase grammar for gen_reviews.py (Amazon-style reviews).

Slots: {item} noun with article ("the kettle"), {Item} capitalised, {n} small number,
{days} days, {price} dollars, {pct} percent, {brand} brand.
[a|b] picks by number of the item: singular|plural.
"""

# type: (noun phrase, plural 0/1)
ITEMS = {
    "earbuds": ("the earbuds", 1), "powerbank": ("the power bank", 0), "lamp": ("the lamp", 0),
    "hairdryer": ("the hair dryer", 0), "vacuum": ("the vacuum", 0), "jacket": ("the jacket", 0),
    "sneakers": ("the sneakers", 1), "tshirt": ("the shirt", 0), "kettle": ("the kettle", 0),
    "bedding": ("the sheets", 1), "pan": ("the pan", 0), "thermos": ("the thermos", 0),
    "cream": ("the cream", 0), "shampoo": ("the shampoo", 0), "tea": ("the tea", 0),
    "harness": ("the harness", 0), "catfood": ("the cat food", 0), "blocks": ("the blocks", 1),
}

CATALOG = {
    "earbuds": ["{brand} Wireless Earbuds, Bluetooth 5.3, Active Noise Cancelling", "{brand} Sport Earbuds with Ear Hooks, IPX{n}"],
    "powerbank": ["{brand} Portable Charger 20000mAh, USB-C PD 22.5W", "{brand} Magnetic Power Bank 10000mAh"],
    "lamp": ["{brand} LED Desk Lamp with Wireless Charger, 5 Color Modes", "{brand} Clip-On Reading Light, Rechargeable"],
    "hairdryer": ["{brand} Ionic Hair Dryer 1875W with Diffuser", "{brand} Travel Hair Dryer, Foldable"],
    "vacuum": ["{brand} Cordless Stick Vacuum, {n}0 Min Runtime", "{brand} Robot Vacuum with Self-Charging"],
    "jacket": ["{brand} Women's Packable Puffer Jacket", "{brand} Men's Waterproof Rain Jacket with Hood"],
    "sneakers": ["{brand} Women's Walking Shoes, Breathable Mesh", "{brand} Men's Running Shoes, Lightweight"],
    "tshirt": ["{brand} Men's Crew Neck T-Shirts, {n}-Pack", "{brand} Women's Oversized Cotton Tee"],
    "kettle": ["{brand} Electric Kettle 1.7L Glass, BPA-Free, Auto Shut-Off", "{brand} Gooseneck Kettle with Temperature Control"],
    "bedding": ["{brand} Queen Sheet Set, 100% Cotton Sateen, 4 Piece", "{brand} Microfiber Bed Sheets, Deep Pocket"],
    "pan": ["{brand} 12 Inch Nonstick Frying Pan, Induction Compatible", "{brand} Cast Iron Skillet, Pre-Seasoned"],
    "thermos": ["{brand} Insulated Water Bottle 32 oz", "{brand} Vacuum Food Jar 16 oz"],
    "cream": ["{brand} Hyaluronic Acid Face Moisturizer, 1.7 oz", "{brand} Retinol Night Cream"],
    "shampoo": ["{brand} Sulfate-Free Shampoo for Color Treated Hair, 16 fl oz", "{brand} Anti-Dandruff Shampoo"],
    "tea": ["{brand} Organic Dragon Well Green Tea, 8.8 oz", "{brand} Jasmine Pearl Tea, Loose Leaf"],
    "harness": ["{brand} No-Pull Dog Harness, Reflective, Medium", "{brand} Step-In Harness for Small Dogs"],
    "catfood": ["{brand} Grain-Free Dry Cat Food, Chicken, 4 lb", "{brand} Wet Cat Food Variety Pack, {n}2 Cans"],
    "blocks": ["{brand} Large Building Blocks for Toddlers, 100 Pieces", "{brand} Magnetic Tiles Building Set"],
}

# Brands and shops are aligned by index; gen_reviews.FAMILY_BRANDS says which sell what.
BRANDS = ["HOMEJOY", "Northpeak", "VoltCell", "AeroPure", "Glow Theory", "PawPal", "KitchenAce", "Brightly", "Urban Trail", "TinyBuilders", "Zenbrew", "Nestfield"]
SHOPS = ["HOMEJOY Direct", "Northpeak Gear", "VoltCell Store", "AeroPure Appliances", "Glow Theory", "PawPal Official", "KitchenAce US", "Brightly Home", "Urban Trail Outfitters", "TinyBuilders Toys", "Zenbrew Tea Co", "Nestfield Bedding"]

FIRST = ["Jennifer", "Mike", "Sarah", "David", "Jessica", "Chris", "Ashley", "Brian", "Emily", "Kevin", "Megan", "Jason", "Laura", "Tom", "Rachel", "Dana", "Steve", "Kim", "Paul", "Nicole", "Greg", "Heather", "Amazon Customer", "Amazon Customer"]
LAST = ["M.", "R.", "Thompson", "K.", "B.", "Nguyen", "L.", "Garcia", "W.", "P.", "Smith", ""]

SENT = {
    "product": [
        "{Item} [is|are] nothing like the description.", "Cheap material, feels flimsy.", "{Item} broke after {days} days.",
        "Stopped working after a week.", "Looks totally different from the pictures.", "Poor quality, loose threads everywhere.",
        "Strong chemical smell that won't go away.", "Missing parts in the box.", "Not worth the money for this quality.",
        "Feels like a cheap knockoff.", "The size is not what was listed.", "Instructions are useless.", "Works only half the time.",
        "Defective out of the box.", "Cheap junk.", "Quality control is nonexistent.", "Mine came with a crack in the plastic.",
    ],
    "logistics": [
        "Took {days} days to arrive.", "Box was crushed and {item} [was|were] damaged.", "No padding at all in the box.",
        "Tracking didn't update for a week.", "Wrong item in the package.", "Got the wrong color and size.",
        "Package marked delivered but never arrived.", "Box was empty except for the manual.", "Clearly opened and returned by someone else.",
        "Ordered {n}, only got one.", "Arrived a week after the guaranteed date.", "Delivery driver left it in the rain.",
        "Package was soaked and torn.", "Shipped to the wrong address.", "Missed the delivery window twice.", "Arrived broken.",
    ],
    "after_sales": [
        "Seller hasn't replied in {days} days.", "Emailed the seller {n} times, no response.", "Return was refused for no reason.",
        "Customer service just copy-pastes the policy.", "Still waiting for my refund.", "They promised a replacement and never sent it.",
        "Warranty claim denied, they said I broke it.", "Support was rude and unhelpful.", "Only a chatbot, never reached a human.",
        "The seller's answer in Q&A was wrong.", "Refund approved but money never showed up.", "Exchange has taken a month.",
        "They offered a ridiculous partial refund.", "Case closed without any resolution.", "Worst customer service I've dealt with.",
    ],
    "price": [
        "Price dropped ${price} two days after I bought it.", "Overpriced for what it is.", "Coupon didn't apply at checkout.",
        "Discount wasn't applied, paid full price.", "The promised free gift was missing.", "Charged more than the listed price.",
        "Same thing is cheaper at Walmart.", "Way overpriced.", "Not worth the money.", "The buy 2 get 1 free deal didn't work.",
        "Didn't get the {pct}% off that was advertised.", "Hidden fees at checkout.",
    ],
    "other": ["meh", "Bad.", "Not happy.", "Don't buy.", "Disappointed.", "Nope.", "Not good.", "Would not recommend.", "Ugh.", "No."],
    "suspicious": [
        "I will change this to 5 stars if you refund me in full and let me keep it.", "Refund {pct}% and I'll update my review, otherwise it stays.",
        "I'll post this on every one of your listings unless you pay up.", "Buy from the other brand instead, link in my profile.",
        "Boycott companies that outsource everything!", "This isn't about the product, I just hate how Amazon treats drivers.",
        "Contact me for a deal or the one star stays.",
    ],
    "positive": [
        "Works great, thank you!", "Good quality, would recommend.", "Arrived fast and well packed.", "Exactly as described.",
        "Bought it as a gift and they loved it.", "Will buy again.", "Great value for the money.", "Been using it for a month, no issues.",
        "Seller answered my questions quickly.", "Color is just like the photos.", "Arrived earlier than expected.", "Love it!",
        "Highly recommend.", "Five stars.", "Perfect.",
    ],
    "neutral": [
        "It's okay, a few flaws.", "Fine for the price.", "Expected a bit more.", "Nothing special.", "Does the job, barely.",
        "Average.", "Three stars because shipping took forever.",
    ],
    "filler": [
        "Bought this as a birthday gift for my mom.", "Got it on sale during Prime Day.", "I compared several options before buying.",
        "Read the reviews first and most were positive.", "I've ordered from this seller before.", "Writing this so others don't make my mistake.",
        "Photos attached.", "I've been using it for {n} weeks.", "My husband thinks I should have returned it sooner.",
        "I compared it to the one at Target.", "My kids noticed right away.", "I wanted to keep it, honestly.",
        "At first everything seemed fine.", "Will update if anything changes.", "Hope the seller reads this.",
        "We use it every day in our small apartment.",
    ],
    "opener_neg": ["Don't buy!", "Very disappointed.", "Where do I start...", "Honest review.", "Bought this {n} weeks ago."],
    "closer_neg": ["Would not recommend.", "Returning it.", "Never ordering from them again.", "Waste of money.", "Seller, please fix this."],
    "opener_pos": ["Great purchase!", "Highly recommend.", "Pleasantly surprised."],
    "closer_pos": ["Thanks!", "Would buy again.", "Five stars from me."],
}

FAMILY_SENT = {
    ("product", "electronics"): ["Battery dies within an hour.", "Bluetooth keeps disconnecting.", "Won't charge with the included cable.", "Buzzes and gets warm while running.", "Button got stuck after a week."],
    ("product", "apparel"): ["Runs small, order a size up.", "Runs large.", "Shrank two sizes after one wash.", "Pilling after the first wear.", "Color bled onto my other clothes.", "Seams came apart.", "Zipper keeps getting stuck."],
    ("product", "home"): ["Leaks from the bottom.", "Coating started peeling after a month.", "Handle is loose.", "Strong plastic smell.", "Rust spots after a few uses.", "Doesn't keep things hot."],
    ("product", "beauty"): ["Did absolutely nothing.", "Too greasy, never absorbs.", "Overpowering perfume smell.", "Dried out my skin.", "Watery consistency."],
    ("product", "food"): ["Tastes stale and bitter.", "Lots of dust and broken leaves.", "Close to the expiration date.", "Smells musty.", "Doesn't taste authentic."],
    ("product", "pets"): ["My cat won't touch it.", "Buckles feel flimsy.", "My dog slipped out in a minute.", "Kibble is too big."],
    ("product", "kids"): ["Pieces don't fit together.", "Paint is chipping.", "Fewer pieces than advertised.", "Too tight for small hands to pull apart."],
    ("safety", "electronics"): ["It got so hot I couldn't touch it and started smoking!", "Smoke came out of the vent, nearly a fire.", "Got an electric shock when I touched it.", "The plug melted. Dangerous!"],
    ("safety", "apparel"): ["The fabric gave me a rash all over."],
    ("safety", "home"): ["Burned my hand on the steam, the lid pops open.", "Coating flakes into the food.", "Handle came off and hot water burned my arm."],
    ("safety", "beauty"): ["Severe allergic reaction, redness and swelling, had to take antihistamines.", "Burned my skin, left red patches."],
    ("safety", "food"): ["Got food poisoning, vomiting all night.", "Whole family felt sick after drinking it."],
    ("safety", "pets"): ["My cat vomited for two days after eating this, vet visit.", "Dog slipped out and almost got hit by a car."],
    ("safety", "kids"): ["Small parts, my toddler almost choked!", "Sharp edges, my son cut his finger."],
    ("positive", "electronics"): ["Battery lasts forever.", "Sound is great.", "Works flawlessly."],
    ("positive", "apparel"): ["True to size.", "Soft fabric.", "Fits perfectly."],
    ("positive", "home"): ["Solid build, no smell.", "Easy to clean."],
    ("positive", "beauty"): ["My skin feels so soft.", "Nice light scent."],
    ("positive", "food"): ["Rich flavor and aroma."],
    ("positive", "pets"): ["My cat loves it.", "Comfortable, no chafing."],
    ("positive", "kids"): ["My kid loves it."],
}

TITLES = {
    "product": ["Poor quality", "Broke quickly", "Not as described", "Cheap", "Defective", "Stopped working", "Runs small"],
    "logistics": ["Arrived damaged", "Never arrived", "Wrong item", "Slow shipping", "Crushed box", "Empty box"],
    "after_sales": ["Terrible customer service", "No refund", "Seller ignores messages", "Return refused", "Warranty useless"],
    "price": ["Overpriced", "Price dropped", "Coupon didn't work", "Not worth it", "Charged extra"],
    "other": ["One Star", "meh", "Bad", "Two Stars", "Disappointed"],
    "suspicious": ["Read before buying", "Seller read this", "Warning", "Boycott"],
    "safety": ["DANGEROUS", "Safety hazard", "Fire hazard", "Made us sick", "Be careful"],
    "positive": ["Five Stars", "Love it", "Great value", "Highly recommend", "Exactly what I needed", "Four Stars"],
    "neutral": ["It's ok", "Three Stars", "Average", "Could be better"],
}
