/**
 * Countries of the world with their common alternative names, demonyms and major cities. General world
 * knowledge used to normalise country mentions ("U.S." → "United States"), to read demonyms ("Iranian" → Iran)
 * and to type cities as locations. One line per country:
 *   canonical name | alternative names | demonyms (adjective and nationality nouns) | capital and major cities
 */

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  cities: string[];
}

const COUNTRY_TABLE = `
Afghanistan||Afghan;Afghans|Kabul;Kandahar;Herat
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers;Oran
Andorra||Andorran|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda||Antiguan|St. John's
Argentina|Argentine Republic|Argentine;Argentinian;Argentinians;Argentines|Buenos Aires;Cordoba;Rosario
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra;Sydney;Melbourne;Brisbane;Perth;Adelaide
Austria||Austrian;Austrians|Vienna;Salzburg;Graz
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka;Chittagong
Barbados||Barbadian|Bridgetown
Belarus|Byelorussia|Belarusian;Belarussian;Belarusians|Minsk
Belgium||Belgian;Belgians|Brussels;Antwerp;Liege;Ghent;Bruges
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo;Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian;Bolivians|La Paz;Sucre;Santa Cruz
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
Botswana||Botswanan;Motswana|Gaborone
Brazil||Brazilian;Brazilians|Brasilia;Sao Paulo;São Paulo;Rio de Janeiro
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega;Bujumbura
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaounde;Douala
Canada||Canadian;Canadians|Ottawa;Toronto;Montreal;Vancouver;Calgary
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|CAR|Central African|Bangui
Chad||Chadian;Chadians|N'Djamena
Chile||Chilean;Chileans|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Shanghai;Hong Kong;Guangzhou;Shenzhen;Wuhan
Colombia||Colombian;Colombians|Bogota;Bogotá;Medellin;Cali
Comoros||Comoran|Moroni
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa||Kinshasa;Goma
Costa Rica||Costa Rican|San Jose
Croatia||Croatian;Croat;Croats;Croatians|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague;Brno
Denmark||Danish;Dane;Danes|Copenhagen
Djibouti||Djiboutian|Djibouti City
Dominica||Dominican|Roseau
Dominican Republic||Dominicans|Santo Domingo
Ecuador||Ecuadorian;Ecuadorean|Quito;Guayaquil
Egypt||Egyptian;Egyptians|Cairo;Alexandria
El Salvador||Salvadoran;Salvadorans|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish;Finn;Finns|Helsinki
France|French Republic|French;Frenchman;Frenchwoman|Paris;Marseille;Lyon;Toulouse;Nice;Strasbourg
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian;Georgians|Tbilisi
Germany|Federal Republic of Germany|German;Germans|Berlin;Munich;Hamburg;Frankfurt;Cologne;Bonn
Ghana||Ghanaian;Ghanaians|Accra
Greece|Hellenic Republic|Greek;Greeks|Athens;Thessaloniki
Grenada||Grenadian|St. George's
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean;Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik
India|Republic of India|Indian;Indians|New Delhi;Delhi;Mumbai;Kolkata;Chennai;Bangalore;Bengaluru;Hyderabad
Indonesia||Indonesian;Indonesians|Jakarta
Iran|Islamic Republic of Iran;Persia|Iranian;Iranians;Persian|Tehran;Isfahan;Mashhad;Tabriz;Shiraz;Qom
Iraq||Iraqi;Iraqis|Baghdad;Basra;Mosul;Erbil;Kirkuk
Ireland|Republic of Ireland;Eire|Irish;Irishman|Dublin;Cork
Israel|State of Israel|Israeli;Israelis|Jerusalem;Tel Aviv;Haifa
Italy|Italian Republic|Italian;Italians|Rome;Milan;Naples;Turin;Florence;Venice
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo;Osaka;Kyoto;Yokohama;Hiroshima
Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhstani;Kazakhs|Astana;Almaty
Kenya||Kenyan;Kenyans|Nairobi;Mombasa
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar;Kosovan|Pristina
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut;Tripoli;Sidon;Tyre
Lesotho||Basotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Libya||Libyan;Libyans|Benghazi
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourgish;Luxembourger|Luxembourg City
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Maldives||Maldivian|Male
Mali||Malian;Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico|United Mexican States|Mexican;Mexicans|Mexico City;Guadalajara;Monterrey;Tijuana
Micronesia||Micronesian|Palikir
Moldova||Moldovan;Moldovans|Chisinau
Monaco||Monegasque|Monte Carlo
Mongolia||Mongolian;Mongolians|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan;Moroccans|Rabat;Casablanca;Marrakesh
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw;Yangon;Rangoon;Mandalay
Namibia||Namibian|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|Holland;The Netherlands|Dutch;Dutchman|Amsterdam;The Hague;Rotterdam
New Zealand||New Zealander;New Zealanders;Kiwi|Wellington;Auckland
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian;Nigerians|Abuja;Lagos;Kano
North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Norway||Norwegian;Norwegians|Oslo;Bergen
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad;Karachi;Lahore;Peshawar;Rawalpindi;Quetta
Palau||Palauan|Ngerulmud
Palestine|Palestinian Territories;State of Palestine|Palestinian;Palestinians|Ramallah;Gaza City;Nablus
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian;Peruvians|Lima
Philippines|The Philippines|Filipino;Filipinos;Philippine|Manila;Quezon City;Davao
Poland||Polish;Pole;Poles|Warsaw;Krakow;Gdansk;Wroclaw
Portugal||Portuguese|Lisbon;Porto
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow;St Petersburg;St. Petersburg;Saint Petersburg;Novosibirsk;Yekaterinburg;Kazan
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis||Kittitian|Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines||Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|City of San Marino
Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian|Riyadh;Jeddah;Mecca;Medina
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb;Serbs;Serbians|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean;Singaporeans|
Slovakia|Slovak Republic|Slovak;Slovakian;Slovaks|Bratislava
Slovenia||Slovenian;Slovene;Slovenes|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali;Somalis|Mogadishu
South Africa|Republic of South Africa|South African;South Africans|Pretoria;Johannesburg;Cape Town;Durban
South Korea|Republic of Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul;Busan
South Sudan||South Sudanese|Juba
Spain|Kingdom of Spain|Spanish;Spaniard;Spaniards|Madrid;Barcelona;Valencia;Seville;Bilbao
Sri Lanka||Sri Lankan;Sri Lankans|Colombo
Sudan||Sudanese|Khartoum;Omdurman
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm;Gothenburg;Malmo
Switzerland|Swiss Confederation|Swiss|Bern;Zurich;Geneva;Basel;Lausanne;Davos
Syria|Syrian Arab Republic|Syrian;Syrians|Damascus;Aleppo;Homs;Idlib;Raqqa
Taiwan|Republic of China|Taiwanese|Taipei
Tajikistan||Tajik;Tajikistani|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma;Dar es Salaam
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara;Istanbul;Izmir
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Ukraine|The Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev;Kharkiv;Odesa;Odessa;Lviv;Dnipro;Zaporizhzhia;Mariupol;Sumy;Kherson;Donetsk;Luhansk
United Arab Emirates|UAE;Emirates;U.A.E.|Emirati;Emiratis|Abu Dhabi;Dubai;Sharjah
United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brit|London;Manchester;Birmingham;Liverpool;Glasgow;Edinburgh;Leeds;Cardiff;Belfast
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans|Washington;Washington DC;Washington D.C.;New York;New York City;Los Angeles;Chicago;Houston;San Francisco;Boston;Miami;Seattle
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent;Samarkand
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Holy See;Vatican||
Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas;Maracaibo
Vietnam|Viet Nam|Vietnamese|Hanoi;Ho Chi Minh City;Saigon
Yemen||Yemeni;Yemenis|Sanaa;Sana'a;Aden;Hodeidah
Zambia||Zambian;Zambians|Lusaka
Soviet Union|USSR|Soviet|
Zimbabwe||Zimbabwean;Zimbabweans|Harare;Bulawayo
England||English;Englishman|
Scotland||Scottish;Scot;Scots|
Wales||Welsh|
Northern Ireland||Northern Irish|
`;

function splitList(field: string | undefined): string[] {
  return (field ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name, aliases, demonyms, cities] = line.split("|");
    return { name: name.trim(), aliases: splitList(aliases), demonyms: splitList(demonyms), cities: splitList(cities) };
  });
