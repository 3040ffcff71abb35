/**
 * General place names: countries (with common short forms), capitals and major world cities, US states and
 * broad regions. General knowledge only; used as tagger features, never as the final word.
 */

export const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
Bosnia and Herzegovina|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|
Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|
Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Turkiye|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|
United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|
United States of America|US|U.S.|USA|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|
Yemen|Zambia|Zimbabwe|Greenland|Hong Kong|Macau|Puerto Rico|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Kashmir|
Tibet|Chechnya|Kurdistan|Yugoslavia|Soviet Union|USSR|Zaire|Ceylon|Rhodesia|Czechoslovakia|Faroe Islands`;

export const CITIES = `Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Ashgabat|Asmara|Astana|
Asuncion|Athens|Baghdad|Baku|Bamako|Bangkok|Bangui|Beijing|Beirut|Belgrade|Berlin|Bern|Bishkek|Bogota|Brasilia|
Bratislava|Brazzaville|Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Canberra|Caracas|Chisinau|Colombo|
Conakry|Copenhagen|Dakar|Damascus|Dhaka|Dili|Djibouti|Doha|Dodoma|Dublin|Dushanbe|Freetown|Gaborone|Georgetown|
Guatemala City|Hanoi|Harare|Havana|Helsinki|Honiara|Islamabad|Jakarta|Jerusalem|Juba|Kabul|Kampala|Kathmandu|
Khartoum|Kigali|Kingston|Kinshasa|Kyiv|Kiev|Kuala Lumpur|Kuwait City|La Paz|Libreville|Lilongwe|Lima|Lisbon|
Ljubljana|Lome|London|Luanda|Lusaka|Luxembourg|Madrid|Malabo|Male|Managua|Manama|Manila|Maputo|Maseru|Mbabane|
Mexico City|Minsk|Mogadishu|Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw|N'Djamena|New Delhi|
Niamey|Nicosia|Nouakchott|Nuku'alofa|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris|Phnom Penh|Podgorica|
Port Louis|Port Moresby|Port-au-Prince|Port of Spain|Porto-Novo|Prague|Praia|Pretoria|Pristina|Pyongyang|Quito|
Rabat|Reykjavik|Riga|Riyadh|Rome|Roseau|San Jose|San Salvador|Sanaa|Santiago|Santo Domingo|Sarajevo|Seoul|
Singapore|Skopje|Sofia|Stockholm|Suva|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Teheran|Thimphu|Tirana|
Tokyo|Tripoli|Tunis|Ulaanbaatar|Vaduz|Valletta|Victoria|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|
Windhoek|Yamoussoukro|Yaounde|Yerevan|Zagreb|New York|New York City|Los Angeles|Chicago|Houston|Philadelphia|
Phoenix|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|
New Orleans|Baltimore|Pittsburgh|Cleveland|St. Louis|Minneapolis|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|
Toronto|Montreal|Vancouver|Calgary|Manchester|Birmingham|Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|
Newcastle|Sheffield|Nottingham|Leicester|Oxford|Cambridge|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf|
Bonn|Milan|Naples|Turin|Florence|Venice|Barcelona|Valencia|Seville|Marseille|Lyon|Nice|Toulouse|Bordeaux|Geneva|
Zurich|Basel|Rotterdam|The Hague|Antwerp|Istanbul|St Petersburg|St. Petersburg|Saint Petersburg|Novosibirsk|
Kharkiv|Odesa|Odessa|Lviv|Mariupol|Donetsk|Luhansk|Bakhmut|Kherson|Zaporizhzhia|Shanghai|Hong Kong|Guangzhou|
Shenzhen|Wuhan|Chengdu|Tianjin|Osaka|Kyoto|Yokohama|Mumbai|Bombay|Delhi|Kolkata|Calcutta|Chennai|Madras|Bangalore|
Bengaluru|Hyderabad|Karachi|Lahore|Peshawar|Dubai|Jeddah|Mecca|Medina|Tel Aviv|Haifa|Ramallah|Aleppo|Homs|Mosul|
Basra|Erbil|Kirkuk|Fallujah|Kandahar|Herat|Alexandria|Casablanca|Marrakesh|Lagos|Kano|Johannesburg|Cape Town|
Durban|Mombasa|Goma|Benghazi|Misrata|Sao Paulo|Rio de Janeiro|Rio|Buenos Aires|Medellin|Guadalajara|Monterrey|
Tijuana|Ho Chi Minh City|Saigon|Yangon|Rangoon|Mandalay|Jakarta|Surabaya|Bali|Davao|Cebu|Busan|Incheon|Macau|
Taipei|Kaohsiung|Vladivostok|Sochi|Kazan|Grozny|Minsk|Gdansk|Krakow|Wroclaw|Porto|Thessaloniki|Izmir|Antalya|
Tabriz|Isfahan|Mashhad|Qom|Sanaa|Aden|Hodeidah|Rafah|Khan Younis|Jenin|Nablus|Hebron|Bethlehem`;

export const STATES_REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|
Wyoming|Ontario|Quebec|British Columbia|Alberta|Queensland|New South Wales|Tasmania|Bavaria|Catalonia|Siberia|
Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Near East|Far East|
Oceania|Antarctica|Arctic|Scandinavia|Balkans|Caucasus|Sahel|Sahara|Gulf|Persian Gulf|Red Sea|Black Sea|
Mediterranean|Baltic|Atlantic|Pacific|Indian Ocean|Caribbean|Horn of Africa|Southeast Asia|East Asia|South Asia|
Central Asia|West Africa|East Africa|North Africa|Western Europe|Eastern Europe|Himalayas|Alps|Amazon|Nile|
Danube|Euphrates|Golan Heights|Sinai|Strait of Hormuz|Taiwan Strait|South China Sea|Silicon Valley|Wall Street|
Downing Street|Capitol Hill|White House|Kremlin|Pentagon`;

export const DEMONYMS = `Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|Cameroonian|
Canadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|Ecuadorian|Egyptian|
Emirati|English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|
Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|
Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|
Libyan|Lithuanian|Macedonian|Malagasy|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|
Mozambican|Namibian|Nepalese|Nepali|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|
Paraguayan|Persian|Peruvian|Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serb|
Serbian|Slovak|Slovenian|Somali|South African|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Taiwanese|Tajik|
Tanzanian|Thai|Tibetan|Tunisian|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|
Yemeni|Zambian|Zimbabwean|Arab|Arabic|Asian|African|Western|Soviet|Sunni|Shia|Shiite|Muslim|Christian|Jewish|
Catholic|Protestant|Orthodox|Hindu|Buddhist|Islamic|Latino|Hispanic|Baltic|Nordic|Scandinavian|Balkan|Caucasian|
Kremlin|Yugoslav|Israeli-Palestinian|Anglo|Franco|Sino|Euro`;
