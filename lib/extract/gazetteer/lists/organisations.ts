/**
 * Well-known organisations and the words that usually end an organisation's name. General knowledge only.
 */

export const ORGANISATIONS = `United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|UNRWA|WHO|World Health Organization|
World Health Organisation|WTO|World Trade Organization|IMF|International Monetary Fund|World Bank|
European Union|EU|European European Parliament|European Central Bank|ECB|Council of Europe|NATO|
North Atlantic Treaty Organization|OPEC|OSCE|G7|G20|ASEAN|African Union|Arab League|Gulf Cooperation Council|GCC|
BRICS|Interpol|Europol|IAEA|International Atomic Energy Agency|International Criminal Court|ICC|
International Court of Justice|ICJ|Red Cross|Red Crescent|ICRC|Amnesty International|Human Rights Watch|Greenpeace|
Doctors Without Borders|MSF|Oxfam|FIFA|UEFA|IOC|International Olympic Committee|NBA|NFL|NHL|MLB|Formula One|
Federal Reserve|Fed|Congress|Senate|House of Representatives|Supreme Court|Pentagon|State Department|
Department of Defense|Justice Department|Department of Justice|Treasury|FBI|CIA|NSA|NASA|FDA|CDC|EPA|SEC|FAA|DEA|
ATF|Homeland Security|White House|Kremlin|Parliament|Bundestag|Knesset|Duma|Politburo|Hamas|Hezbollah|Taliban|
al-Qaeda|Al-Qaeda|Al Qaeda|Islamic State|ISIS|ISIL|Houthis|Houthi|IRGC|Revolutionary Guards|Wagner|Wagner Group|
Republican Party|Democratic Party|Republicans|Democrats|GOP|Labour|Labour Party|Conservative Party|Conservatives|
Tories|Liberal Democrats|Likud|Fatah|PLO|Bharatiya Janata Party|BJP|Congress Party|ANC|SPD|CDU|Reuters|
Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|Fox News|NBC|CBS|ABC|MSNBC|NPR|Al Jazeera|
Al Arabiya|TASS|RIA Novosti|Xinhua|Interfax|Kyodo|Yonhap|Sky News|The New York Times|New York Times|
The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal|Financial Times|The Guardian|
The Times|The Economist|Le Monde|Der Spiegel|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|
WhatsApp|Twitter|X Corp|Tesla|SpaceX|Netflix|Nvidia|Intel|AMD|IBM|Oracle|Samsung|Sony|Huawei|Alibaba|Tencent|
Baidu|TikTok|ByteDance|OpenAI|Uber|Airbnb|Boeing|Airbus|Lockheed Martin|Raytheon|General Motors|GM|Ford|Toyota|
Volkswagen|BMW|Mercedes-Benz|Daimler|Renault|Fiat|Honda|Nissan|Hyundai|Shell|BP|ExxonMobil|Exxon|Chevron|Aramco|
Saudi Aramco|Gazprom|Rosneft|TotalEnergies|Total|Goldman Sachs|JPMorgan|JPMorgan Chase|Morgan Stanley|Citigroup|
Citibank|Bank of America|Wells Fargo|HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|BlackRock|Visa|Mastercard|
PayPal|Walmart|Coca-Cola|PepsiCo|McDonald's|Starbucks|Nike|Disney|Pfizer|Moderna|AstraZeneca|Johnson & Johnson|
Novartis|Roche|Bayer|Siemens|Nokia|Ericsson|Philips|Unilever|Nestle|Nestlé|Harvard|Harvard University|Yale|
Stanford|MIT|Oxford University|Cambridge University|Ryanair|Lufthansa|Emirates|Qatar Airways|British Airways|
Hamas|Mossad|Shin Bet|IDF|Israel Defense Forces|Security Council|General Assembly|Bank of England|Bank of Japan|
Press Association|PA|Deutsche Presse-Agentur|DPA|dpa|ANSA|EFE|Itar-Tass|ITAR-TASS|Tass|PTI|Press Trust of India|
Kyodo News|Jiji|Anadolu|MENA|IRNA|KCNA|Yonhap|APP|Bernama|Antara|Agence France Presse|Dow Jones|
Christian Democrats|Social Democrats|Social Democratic Party|Christian Democratic Union|Christian Social Union|CSU|
Free Democrats|FDP|Greens|Green Party|Socialist Party|Socialists|Communist Party|Communists|RPR|UDF|
National Front|Front National|Forza Italia|Northern League|Democratic Party of the Left|PDS|Popular Party|PP|PSOE|
Socialist Workers Party|Ulster Unionist Party|Democratic Unionist Party|DUP|Sinn Fein|SDLP|IRA|Scottish National Party|
SNP|Plaid Cymru|Liberal Party|Liberals|New Democracy|PASOK|Likud Party|Labour Party|Kadima|Shas|Fatah|PLO|
African National Congress|Inkatha|Inkatha Freedom Party|National Party|Congress Party|Janata Dal|BJP|
Kuomintang|KMT|Liberal Democratic Party|LDP|Institutional Revolutionary Party|PRI|Workers' Party|PT|
Solidarity|Communist Party of the Russian Federation|Yabloko|United Russia|Our Home is Russia|Khmer Rouge|
ETA|PKK|Hamas|Islamic Jihad|Tamil Tigers|LTTE|Shining Path|Zapatistas|FARC|ELN|Polisario|UNITA|MPLA|SPLA|
Daimler-Benz|Volvo|Saab|Peugeot|Citroen|Alfa Romeo|Porsche|Chrysler|Mitsubishi|Mazda|Suzuki|Subaru|
General Electric|GE|AT&T|Motorola|Hewlett-Packard|Compaq|Dell|Apple Computer|Sun Microsystems|Netscape|Novell|
Texas Instruments|Xerox|Kodak|Eastman Kodak|Procter & Gamble|Kellogg|Philip Morris|RJR Nabisco|Nabisco|
Merrill Lynch|Salomon Brothers|Lehman Brothers|Bear Stearns|Paine Webber|Credit Lyonnais|BNP|Paribas|
Societe Generale|Dresdner Bank|Commerzbank|ABN Amro|ING|Rabobank|Lloyds|Lloyds Bank|NatWest|Midland Bank|
Standard Chartered|Royal Bank of Scotland|Bank of Scotland|Prudential|Allianz|AXA|Generali|Nomura|
Sumitomo|Mitsui|Toshiba|Hitachi|Fujitsu|NEC|Matsushita|Panasonic|Canon|Bridgestone|Michelin|
British Telecom|BT|Deutsche Telekom|France Telecom|Telefonica|Vodafone|Cable and Wireless|Olivetti|Fiat|
British Petroleum|Royal Dutch/Shell|Royal Dutch Shell|Mobil|Texaco|Elf|Elf Aquitaine|Eni|Agip|Repsol|Statoil|
Glaxo|Glaxo Wellcome|SmithKline Beecham|Zeneca|Merck|Bristol-Myers Squibb|Eli Lilly|Sandoz|Ciba-Geigy|Hoechst|
BASF|ICI|Rhone-Poulenc|Nestle|Danone|Heineken|Guinness|Grand Metropolitan|Cadbury Schweppes|Rolls-Royce|
British Aerospace|BAe|Lockheed|McDonnell Douglas|Northrop Grumman|Aerospatiale|Dassault|Alcatel|
News Corp|News Corporation|Time Warner|Viacom|CBS|Reuters Holdings|Pearson|Bertelsmann|Sony|Nintendo|Sega|
British Airways|Air France|KLM|Iberia|Alitalia|Swissair|SAS|American Airlines|United Airlines|Delta|Delta Air Lines|
Northwest Airlines|Continental Airlines|Qantas|Singapore Airlines|Cathay Pacific|Aeroflot|
Wal-Mart|Sears|Kmart|Marks and Spencer|Marks & Spencer|Tesco|Sainsbury|Carrefour|
Moody's|Standard & Poor's|S&P|Nasdaq|New York Stock Exchange|NYSE|London Stock Exchange|Bundesbank|
Bank of France|Bank of Italy|Reserve Bank|People's Bank of China|Bank of Canada|Swiss National Bank|
Football Association|FA|Premier League|UEFA|FIFA|ICC|International Cricket Council|England and Wales Cricket Board|ECB|IAAF|ATP|WTA|PGA|NCAA|NASCAR|IRB|Rugby Football Union|RFU|
European Commission|Commission|Council of Ministers|OAU|Organisation of African Unity|Commonwealth|
Organisation of Islamic Conference|OIC|Non-Aligned Movement|Mercosur|NAFTA|APEC|WEU|CIS|
Commonwealth of Independent States|UNCTAD|UNDP|UNEP|FAO|ILO|WFP|World Food Programme|UNIDO|IFAD|GATT|
Medecins Sans Frontieres|Save the Children|Greenpeace|WWF|Salvation Army|Scotland Yard|Metropolitan Police|
Interior Ministry|Foreign Ministry|Defence Ministry|Defense Ministry|Finance Ministry|Home Office|Foreign Office|
Treasury|Ministry of Defence|Supreme Court|High Court|Constitutional Court|European Court of Justice|
European Court of Human Rights|Bundesrat|Sejm|National Assembly|Knesset|Lok Sabha|Storting|Riksdag|
Folketing|Congress|Politburo|Central Committee|State Council|Xinhua News Agency`;

/** Last words that mark an organisation's name ("... Party", "... Bank", "... Inc"). */
export const ORG_SUFFIXES = `Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|Plc|PLC|LLC|AG|SA|NV|GmbH|Group|
Holdings|Bank|Bancorp|Party|Ministry|Council|Committee|Commission|Union|Association|Federation|Institute|University|
College|School|Agency|Authority|Foundation|Fund|Organization|Organisation|Society|Club|Airlines|Airways|Motors|
Industries|Partners|Capital|Securities|Insurance|Assembly|Parliament|Court|Office|Department|Bureau|Service|Services|
Front|Movement|Army|Forces|Brigade|Brigades|Guard|Police|Times|Post|News|Journal|Press|Exchange|Systems|
Technologies|Energy|Petroleum|Oil|Network|Television|Radio|Church|Hospital|Board|Alliance|League|Coalition|
Congress|Senate|Cabinet|Medical|Pharmaceutical|Pharmaceuticals|Electronics|Communications|Telecom|Resources|Mining|
Minerals|Steel|Chemical|Chemicals|Foods|Brothers|Bros|Trust|Financial|Investments|Properties|Enterprises|
Entertainment|Pictures|Records|Electric|Semiconductor|Software|Computer|Computers|Laboratories|Labs|Airline|
Shipping|Construction|Engineering|Stores|Brewery|Breweries|Mills|Textiles|Utilities|Railway|Railways|Rail|
Telecommunications|Investment|Finance|Credit|Savings|Bancshares|Trading|Ventures|Products|International|Worldwide`;

/** Words that come right before a person's name in news ("President", "spokesman", "Mr"). Not part of the name. */
export const PERSON_TITLES = `Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Sir|Dame|Lord|Lady|President|Vice President|
Prime Minister|Premier|Chancellor|Minister|Secretary|Senator|Sen.|Rep.|Representative|Governor|Gov.|Mayor|King|
Queen|Prince|Princess|Emperor|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Sheikh|Sheik|Emir|Sultan|
General|Gen.|Colonel|Col.|Lieutenant|Lt.|Major|Maj.|Captain|Capt.|Admiral|Adm.|Sergeant|Sgt.|Commander|Judge|
Justice|spokesman|spokeswoman|spokesperson|chief|envoy|ambassador|leader|minister|president|secretary|director|
chairman|chairwoman|CEO|coach|manager|striker|midfielder|defender|goalkeeper|captain|correspondent|analyst|
professor|lawyer|attorney|official|officials|commander|general`;
