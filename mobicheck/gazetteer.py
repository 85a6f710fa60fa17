"""Place names and counted-noun classes that the claim framer looks up.

Data only, no logic beyond building lookup tables at import. The lists are
general (every country, US states, a few much-reported regions) so that no
article's own words leak into the code: a new story about a new country
needs no code change.

Country rows are ``Name|aliases|demonym singular[/plural]|capital|regions``;
aliases and regions are ``;``-separated. Regions are the words wire copy
uses in descriptive anaphors ("the Caucasus country", "the Gulf state"), so
that they can be resolved to a country named nearby.
"""
from __future__ import annotations

_COUNTRIES = """\
Afghanistan||Afghan|Kabul|asia;south asia;central asia
Albania||Albanian|Tirana|europe;balkans
Algeria||Algerian|Algiers|africa;north africa;arab;maghreb;mediterranean
Andorra||Andorran|Andorra la Vella|europe;pyrenees
Angola||Angolan|Luanda|africa;southern africa
Antigua and Barbuda||Antiguan|Saint John's|americas;caribbean;island
Argentina||Argentine/Argentines|Buenos Aires|americas;south america;latin america
Armenia||Armenian|Yerevan|asia;europe;caucasus;soviet
Australia||Australian|Canberra|oceania;pacific
Austria||Austrian|Vienna|europe;central europe;alpine
Azerbaijan||Azerbaijani|Baku|asia;caucasus;soviet;caspian
Bahamas|The Bahamas|Bahamian|Nassau|americas;caribbean;island
Bahrain||Bahraini|Manama|asia;middle east;gulf;arab;island
Bangladesh||Bangladeshi|Dhaka|asia;south asia
Barbados||Barbadian|Bridgetown|americas;caribbean;island
Belarus||Belarusian|Minsk|europe;eastern europe;soviet
Belgium||Belgian|Brussels|europe;western europe
Belize||Belizean|Belmopan|americas;central america
Benin||Beninese/Beninese|Porto-Novo|africa;west africa
Bhutan||Bhutanese/Bhutanese|Thimphu|asia;south asia;himalayan
Bolivia||Bolivian|La Paz|americas;south america;latin america;andean
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|europe;balkans
Botswana||Botswanan|Gaborone|africa;southern africa
Brazil||Brazilian|Brasilia;Brasília|americas;south america;latin america
Brunei||Bruneian|Bandar Seri Begawan|asia;southeast asia
Bulgaria||Bulgarian|Sofia|europe;balkans;eastern europe
Burkina Faso||Burkinabe/Burkinabe|Ouagadougou|africa;west africa;sahel
Burundi||Burundian|Gitega|africa;east africa;great lakes
Cambodia||Cambodian|Phnom Penh|asia;southeast asia
Cameroon||Cameroonian|Yaounde;Yaoundé|africa;central africa
Canada||Canadian|Ottawa|americas;north america
Cape Verde|Cabo Verde|Cape Verdean|Praia|africa;west africa;island
Central African Republic||Central African|Bangui|africa;central africa
Chad||Chadian|N'Djamena|africa;central africa;sahel
Chile||Chilean|Santiago|americas;south america;latin america;andean
China||Chinese/Chinese|Beijing|asia;east asia
Colombia||Colombian|Bogota;Bogotá|americas;south america;latin america;andean
Comoros||Comoran|Moroni|africa;island
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese/Congolese|Kinshasa|africa;central africa;great lakes
Republic of the Congo|Congo-Brazzaville|Congolese/Congolese|Brazzaville|africa;central africa
Costa Rica||Costa Rican|San Jose;San José|americas;central america;latin america
Croatia||Croatian|Zagreb|europe;balkans
Cuba||Cuban|Havana|americas;caribbean;latin america;island
Cyprus||Cypriot|Nicosia|europe;mediterranean;island
Czech Republic|Czechia|Czech|Prague|europe;central europe
Denmark||Danish/Danes|Copenhagen|europe;nordic;scandinavian
Djibouti||Djiboutian|Djibouti City|africa;horn of africa;east africa
Dominica||Dominican|Roseau|americas;caribbean;island
Dominican Republic||Dominican|Santo Domingo|americas;caribbean;latin america
East Timor|Timor-Leste|Timorese/Timorese|Dili|asia;southeast asia;island
Ecuador||Ecuadorian|Quito|americas;south america;latin america;andean
Egypt||Egyptian|Cairo|africa;north africa;middle east;arab
El Salvador||Salvadoran|San Salvador|americas;central america;latin america
Equatorial Guinea||Equatoguinean|Malabo|africa;central africa
Eritrea||Eritrean|Asmara|africa;horn of africa;east africa
Estonia||Estonian|Tallinn|europe;baltic;soviet
Eswatini|Swaziland|Swazi|Mbabane|africa;southern africa
Ethiopia||Ethiopian|Addis Ababa|africa;horn of africa;east africa
Fiji||Fijian|Suva|oceania;pacific;island
Finland||Finnish/Finns|Helsinki|europe;nordic
France||French/French|Paris|europe;western europe
Gabon||Gabonese/Gabonese|Libreville|africa;central africa
Gambia|The Gambia|Gambian|Banjul|africa;west africa
Georgia||Georgian|Tbilisi|asia;europe;caucasus;soviet;black sea
Germany||German|Berlin|europe;western europe;central europe
Ghana||Ghanaian|Accra|africa;west africa
Greece||Greek|Athens|europe;balkans;mediterranean
Grenada||Grenadian|St George's|americas;caribbean;island
Guatemala||Guatemalan|Guatemala City|americas;central america;latin america
Guinea||Guinean|Conakry|africa;west africa
Guinea-Bissau||Bissau-Guinean|Bissau|africa;west africa
Guyana||Guyanese/Guyanese|Georgetown|americas;south america
Haiti||Haitian|Port-au-Prince|americas;caribbean;latin america;island
Honduras||Honduran|Tegucigalpa|americas;central america;latin america
Hungary||Hungarian|Budapest|europe;central europe
Iceland||Icelandic/Icelanders|Reykjavik|europe;nordic;island
India||Indian|New Delhi|asia;south asia
Indonesia||Indonesian|Jakarta|asia;southeast asia;island
Iran||Iranian|Tehran|asia;middle east;gulf
Iraq||Iraqi|Baghdad|asia;middle east;arab;gulf
Ireland|Republic of Ireland|Irish/Irish|Dublin|europe;western europe;island
Israel||Israeli|Jerusalem|asia;middle east;mediterranean
Italy||Italian|Rome|europe;western europe;mediterranean
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro|africa;west africa
Jamaica||Jamaican|Kingston|americas;caribbean;island
Japan||Japanese/Japanese|Tokyo|asia;east asia;island
Jordan||Jordanian|Amman|asia;middle east;arab
Kazakhstan||Kazakh|Astana|asia;central asia;soviet
Kenya||Kenyan|Nairobi|africa;east africa
Kiribati||I-Kiribati/I-Kiribati|Tarawa|oceania;pacific;island
Kosovo||Kosovar|Pristina|europe;balkans
Kuwait||Kuwaiti|Kuwait City|asia;middle east;gulf;arab
Kyrgyzstan||Kyrgyz/Kyrgyz|Bishkek|asia;central asia;soviet
Laos||Lao/Lao|Vientiane|asia;southeast asia
Latvia||Latvian|Riga|europe;baltic;soviet
Lebanon||Lebanese/Lebanese|Beirut|asia;middle east;arab;mediterranean
Lesotho||Basotho/Basotho|Maseru|africa;southern africa
Liberia||Liberian|Monrovia|africa;west africa
Libya||Libyan|Tripoli|africa;north africa;arab;maghreb;mediterranean
Liechtenstein||Liechtensteiner|Vaduz|europe;alpine
Lithuania||Lithuanian|Vilnius|europe;baltic;soviet
Luxembourg||Luxembourger|Luxembourg City|europe;western europe
Madagascar||Malagasy/Malagasy|Antananarivo|africa;island
Malawi||Malawian|Lilongwe|africa;southern africa
Malaysia||Malaysian|Kuala Lumpur|asia;southeast asia
Maldives||Maldivian|Male|asia;south asia;island
Mali||Malian|Bamako|africa;west africa;sahel
Malta||Maltese/Maltese|Valletta|europe;mediterranean;island
Marshall Islands||Marshallese/Marshallese|Majuro|oceania;pacific;island
Mauritania||Mauritanian|Nouakchott|africa;west africa;sahel;arab;maghreb
Mauritius||Mauritian|Port Louis|africa;island
Mexico||Mexican|Mexico City|americas;north america;latin america
Micronesia||Micronesian|Palikir|oceania;pacific;island
Moldova||Moldovan|Chisinau|europe;eastern europe;soviet
Monaco||Monegasque|Monaco|europe;mediterranean
Mongolia||Mongolian|Ulaanbaatar|asia;east asia
Montenegro||Montenegrin|Podgorica|europe;balkans
Morocco||Moroccan|Rabat|africa;north africa;arab;maghreb
Mozambique||Mozambican|Maputo|africa;southern africa
Myanmar|Burma|Burmese/Burmese|Naypyidaw|asia;southeast asia
Namibia||Namibian|Windhoek|africa;southern africa
Nauru||Nauruan|Yaren|oceania;pacific;island
Nepal||Nepali|Kathmandu|asia;south asia;himalayan
Netherlands|The Netherlands;Holland|Dutch/Dutch|Amsterdam|europe;western europe
New Zealand||New Zealander|Wellington|oceania;pacific;island
Nicaragua||Nicaraguan|Managua|americas;central america;latin america
Niger||Nigerien|Niamey|africa;west africa;sahel
Nigeria||Nigerian|Abuja|africa;west africa
North Korea||North Korean|Pyongyang|asia;east asia
North Macedonia|Macedonia|Macedonian|Skopje|europe;balkans
Norway||Norwegian|Oslo|europe;nordic;scandinavian
Oman||Omani|Muscat|asia;middle east;gulf;arab
Pakistan||Pakistani|Islamabad|asia;south asia
Palau||Palauan|Ngerulmud|oceania;pacific;island
Palestine|Palestinian territories|Palestinian|Ramallah|asia;middle east;arab
Panama||Panamanian|Panama City|americas;central america;latin america
Papua New Guinea||Papua New Guinean|Port Moresby|oceania;pacific;island
Paraguay||Paraguayan|Asuncion;Asunción|americas;south america;latin america
Peru||Peruvian|Lima|americas;south america;latin america;andean
Philippines|The Philippines|Filipino|Manila|asia;southeast asia;island
Poland||Polish/Poles|Warsaw|europe;central europe;eastern europe
Portugal||Portuguese/Portuguese|Lisbon|europe;western europe;iberian
Qatar||Qatari|Doha|asia;middle east;gulf;arab
Romania||Romanian|Bucharest|europe;eastern europe;balkans
Russia|Russian Federation|Russian|Moscow|europe;eastern europe;asia
Rwanda||Rwandan|Kigali|africa;east africa;great lakes
Saint Kitts and Nevis||Kittitian|Basseterre|americas;caribbean;island
Saint Lucia||Saint Lucian|Castries|americas;caribbean;island
Saint Vincent and the Grenadines||Vincentian|Kingstown|americas;caribbean;island
Samoa||Samoan|Apia|oceania;pacific;island
San Marino||Sammarinese/Sammarinese|San Marino|europe
Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome|africa;central africa;island
Saudi Arabia||Saudi|Riyadh|asia;middle east;gulf;arab
Senegal||Senegalese/Senegalese|Dakar|africa;west africa;sahel
Serbia||Serbian/Serbs|Belgrade|europe;balkans
Seychelles||Seychellois/Seychellois|Victoria|africa;island
Sierra Leone||Sierra Leonean|Freetown|africa;west africa
Singapore||Singaporean|Singapore|asia;southeast asia;island
Slovakia||Slovak|Bratislava|europe;central europe
Slovenia||Slovenian|Ljubljana|europe;central europe;balkans;alpine
Solomon Islands||Solomon Islander|Honiara|oceania;pacific;island
Somalia||Somali|Mogadishu|africa;horn of africa;east africa
South Africa||South African|Pretoria|africa;southern africa
South Korea||South Korean|Seoul|asia;east asia
South Sudan||South Sudanese/South Sudanese|Juba|africa;east africa
Spain||Spanish/Spaniards|Madrid|europe;western europe;iberian;mediterranean
Sri Lanka||Sri Lankan|Colombo|asia;south asia;island
Sudan||Sudanese/Sudanese|Khartoum|africa;north africa;east africa;arab
Suriname||Surinamese/Surinamese|Paramaribo|americas;south america
Sweden||Swedish/Swedes|Stockholm|europe;nordic;scandinavian
Switzerland||Swiss/Swiss|Bern|europe;central europe;alpine
Syria||Syrian|Damascus|asia;middle east;arab;mediterranean
Taiwan||Taiwanese/Taiwanese|Taipei|asia;east asia;island
Tajikistan||Tajik|Dushanbe|asia;central asia;soviet
Tanzania||Tanzanian|Dodoma|africa;east africa
Thailand||Thai|Bangkok|asia;southeast asia
Togo||Togolese/Togolese|Lome;Lomé|africa;west africa
Tonga||Tongan|Nuku'alofa|oceania;pacific;island
Trinidad and Tobago||Trinidadian|Port of Spain|americas;caribbean;island
Tunisia||Tunisian|Tunis|africa;north africa;arab;maghreb;mediterranean
Turkey|Turkiye;Türkiye|Turkish/Turks|Ankara|europe;asia;middle east;mediterranean;black sea
Turkmenistan||Turkmen/Turkmen|Ashgabat|asia;central asia;soviet;caspian
Tuvalu||Tuvaluan|Funafuti|oceania;pacific;island
Uganda||Ugandan|Kampala|africa;east africa;great lakes
Ukraine||Ukrainian|Kyiv;Kiev|europe;eastern europe;soviet;black sea
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi|asia;middle east;gulf;arab
United Kingdom|UK;U.K.;Britain;Great Britain|British/British|London|europe;western europe;island
United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington|americas;north america
Uruguay||Uruguayan|Montevideo|americas;south america;latin america
Uzbekistan||Uzbek|Tashkent|asia;central asia;soviet
Vanuatu||Ni-Vanuatu/Ni-Vanuatu|Port Vila|oceania;pacific;island
Vatican|Vatican City;Holy See||Vatican City|europe
Venezuela||Venezuelan|Caracas|americas;south america;latin america
Vietnam|Viet Nam|Vietnamese/Vietnamese|Hanoi|asia;southeast asia
Yemen||Yemeni|Sanaa;Sana'a|asia;middle east;arab;gulf
Zambia||Zambian|Lusaka|africa;southern africa
Zimbabwe||Zimbabwean|Harare|africa;southern africa
"""

# US states, then regions that wire copy names as places in their own right
# (provinces, disputed territories, parts of a country). Each is ``Name|aliases|within``.
_REGIONS = """\
Alabama||United States
Alaska||United States
Arizona||United States
Arkansas||United States
California||United States
Colorado||United States
Connecticut||United States
Delaware||United States
Florida||United States
Hawaii||United States
Idaho||United States
Illinois||United States
Indiana||United States
Iowa||United States
Kansas||United States
Kentucky||United States
Louisiana||United States
Maine||United States
Maryland||United States
Massachusetts||United States
Michigan||United States
Minnesota||United States
Mississippi||United States
Missouri||United States
Montana||United States
Nebraska||United States
Nevada||United States
New Hampshire||United States
New Jersey||United States
New Mexico||United States
New York||United States
North Carolina||United States
North Dakota||United States
Ohio||United States
Oklahoma||United States
Oregon||United States
Pennsylvania||United States
Rhode Island||United States
South Carolina||United States
South Dakota||United States
Tennessee||United States
Texas||United States
Utah||United States
Vermont||United States
Virginia||United States
Washington State|Washington state|United States
West Virginia||United States
Wisconsin||United States
Wyoming||United States
District of Columbia|D.C.|United States
Puerto Rico||United States
England||United Kingdom
Scotland||United Kingdom
Wales||United Kingdom
Northern Ireland||United Kingdom
Quebec||Canada
Ontario||Canada
British Columbia||Canada
Alberta||Canada
Catalonia||Spain
Bavaria||Germany
Sicily||Italy
Corsica||France
Greenland||Denmark
Hong Kong||China
Macau|Macao|China
Tibet||China
Xinjiang||China
Crimea||Ukraine
Donbas|Donbass|Ukraine
Donetsk||Ukraine
Luhansk|Lugansk|Ukraine
Kharkiv|Kharkov|Ukraine
Kherson||Ukraine
Zaporizhzhia|Zaporizhzhia|Ukraine
Mariupol||Ukraine
Odesa|Odessa|Ukraine
Siberia||Russia
Chechnya||Russia
Dagestan||Russia
St Petersburg|St. Petersburg;Saint Petersburg|Russia
Abkhazia||Georgia
South Ossetia||Georgia
Nagorno-Karabakh|Karabakh|Azerbaijan
Transnistria||Moldova
Kashmir||India
Punjab||India
Gaza|Gaza Strip|Palestine
West Bank||Palestine
Kurdistan||Iraq
Darfur||Sudan
Tigray||Ethiopia
Sahel||
Caucasus||
Balkans||
Middle East|Mideast|
Europe||
Africa||
Asia||
Latin America||
"""

# Words that, inside "the <word> country/nation/state", stand for a region
# tag above ("the Caucasus country" -> any country tagged "caucasus").
REGION_ADJECTIVES = {
    "caucasus": "caucasus", "caucasian": "caucasus", "south caucasus": "caucasus",
    "balkan": "balkans", "baltic": "baltic", "nordic": "nordic",
    "scandinavian": "scandinavian", "gulf": "gulf", "arab": "arab",
    "central asian": "central asia", "african": "africa", "asian": "asia",
    "european": "europe", "east african": "east africa", "west african": "west africa",
    "north african": "north africa", "southern african": "southern africa",
    "central african": "central africa", "latin american": "latin america",
    "south american": "south america", "central american": "central america",
    "caribbean": "caribbean", "pacific": "pacific", "himalayan": "himalayan",
    "middle eastern": "middle east", "mideast": "middle east", "andean": "andean",
    "alpine": "alpine", "mediterranean": "mediterranean", "sahel": "sahel",
    "sahelian": "sahel", "southeast asian": "southeast asia", "south asian": "south asia",
    "east asian": "east asia", "island": "island", "ex-soviet": "soviet",
    "former soviet": "soviet", "post-soviet": "soviet", "iberian": "iberian",
    "maghreb": "maghreb", "black sea": "black sea", "caspian": "caspian",
    "horn of africa": "horn of africa", "great lakes": "great lakes",
    "eastern european": "eastern europe", "central european": "central europe",
    "western european": "western europe",
}


def _build():
    names: dict[str, tuple[str, ...]] = {}  # surface -> canonical places
    demonyms: dict[str, str] = {}  # surface (sing. or plural) -> country
    regions: dict[str, frozenset[str]] = {}  # country -> region tags
    for line in _COUNTRIES.splitlines():
        name, aliases, demonym, capitals, tags = line.split("|")
        regions[name] = frozenset(t for t in tags.split(";") if t)
        for alias in [name, *filter(None, aliases.split(";"))]:
            names[alias] = (name,)
        for capital in filter(None, capitals.split(";")):
            # A capital stands for itself and for its country, so a claim
            # "in Yerevan" meets one "in Armenia".
            canonical = capitals.split(";")[0]
            names.setdefault(capital, (canonical, name) if canonical != name else (name,))
        if demonym:
            singular, _, plural = demonym.partition("/")
            plural = plural or (singular if singular.endswith(("ese", "ss", "sh", "ch")) else singular + "s")
            demonyms[singular] = name
            demonyms[plural] = name
    for line in _REGIONS.splitlines():
        name, aliases, within = line.split("|")
        for alias in [name, *filter(None, aliases.split(";"))]:
            names[alias] = (name, within) if within else (name,)
    # "Washington" alone is the US capital; the state is "Washington State".
    names["Washington"] = ("Washington", "United States")
    return names, demonyms, regions


PLACE_NAMES, DEMONYMS, COUNTRY_REGIONS = _build()
COUNTRIES = frozenset(COUNTRY_REGIONS)

# Heads of counted noun phrases, grouped by the kind of thing they count.
# Two claims about "reservists" and "people" may be about the same count;
# "cars" and "people" never are. Singular forms; plurals are derived.
_CLASS_WORDS = {
    "people": """people person citizen resident inhabitant man men woman women child
        children kid boy girl baby infant adult teenager teen youth student pupil
        teacher worker employee staff staffer personnel civilian soldier troop
        serviceman servicemen servicemember reservist conscript recruit draftee
        officer policeman policemen fighter militant rebel insurgent combatant
        refugee migrant immigrant emigrant asylum-seeker evacuee detainee prisoner
        inmate hostage captive protester protestor demonstrator activist voter
        supporter member victim casualty dead fatality death survivor patient
        passenger tourist visitor traveler traveller pilgrim spectator fan
        participant attendee individual pensioner retiree doctor nurse journalist
        reporter lawyer judge official lawmaker legislator senator deputy delegate
        candidate applicant customer user subscriber consumer shopper settler
        farmer miner crew sailor marine pilot guard crowd wounded injured missing
        displaced homeless unemployed life lives national foreigner expatriate
        expat guest body mourner worshipper follower opponent critic dissident
        defector deserter volunteer mercenary employer""",
    "households": "family household",
    "vehicles": "car vehicle truck lorry bus van tank motorcycle motorbike bike bicycle train tractor taxi suv",
    "aircraft": "plane aircraft airplane aeroplane jet helicopter drone airliner",
    "vessels": "ship boat vessel ferry tanker warship submarine yacht",
    "buildings": """house home building dwelling apartment school hospital church
        mosque synagogue temple shop store office structure property residence hut
        shelter factory warehouse barn bridge""",
    "money": """dollar euro pound yen yuan renminbi rouble ruble rupee franc lira peso
        dinar dirham rand cent penny pence krone krona zloty hryvnia lari dram
        tenge real shekel riyal naira budget fund funding loan aid grant donation
        revenue profit salary wage pension tax debt fee payment investment
        subsidy bailout bonus compensation""",
    "animals": """animal cattle cow sheep goat pig chicken bird dog cat horse fish whale
        elephant livestock poultry bee wolf bear deer rhino lion tiger""",
    "events": """incident attack strike raid protest rally demonstration explosion blast
        fire wildfire earthquake quake aftershock accident crash clash case
        infection election meeting flight trip visit call complaint crime murder
        shooting bombing airstrike air-strike arrest violation offence offense
        outbreak""",
    "weapons": "weapon gun rifle missile rocket shell bomb mine warhead bullet artillery",
    "jobs": "job position post vacancy",
    "votes": "vote ballot seat",
    "goods": "barrel tonne ton bag box parcel dose vaccine meal ration bottle",
    "land": "hectare acre",
    "documents": "visa passport permit application petition signature",
}
SUBJECT_CLASSES = {word: cls for cls, words in _CLASS_WORDS.items() for word in words.split()}
