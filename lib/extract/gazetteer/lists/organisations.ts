/**
 * Well-known organisations and the words that usually end an organisation's name. General knowledge only.
 */

export const ORGANISATIONS = `United Nations|UN|U.N.|UNESCO|UNICEF|UNHCR|UNRWA|WHO|World Health Organization|
World Health Organisation|WTO|World Trade Organization|IMF|International Monetary Fund|World Bank|
European Union|EU|European Commission|European Parliament|European Central Bank|ECB|Council of Europe|NATO|
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
Hamas|Mossad|Shin Bet|IDF|Israel Defense Forces|Security Council|General Assembly|Bank of England|Bank of Japan`;

/** Last words that mark an organisation's name ("... Party", "... Bank", "... Inc"). */
export const ORG_SUFFIXES = `Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|Plc|PLC|LLC|AG|SA|NV|GmbH|Group|
Holdings|Bank|Bancorp|Party|Ministry|Council|Committee|Commission|Union|Association|Federation|Institute|University|
College|School|Agency|Authority|Foundation|Fund|Organization|Organisation|Society|Club|Airlines|Airways|Motors|
Industries|Partners|Capital|Securities|Insurance|Assembly|Parliament|Court|Office|Department|Bureau|Service|Services|
Front|Movement|Army|Forces|Brigade|Brigades|Guard|Police|Times|Post|News|Journal|Press|Exchange|Systems|
Technologies|Energy|Petroleum|Oil|Network|Television|Radio|Church|Hospital|Board|Alliance|League|Coalition|
Congress|Senate|Cabinet`;

/** Words that come right before a person's name in news ("President", "spokesman", "Mr"). Not part of the name. */
export const PERSON_TITLES = `Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Sir|Dame|Lord|Lady|President|Vice President|
Prime Minister|Premier|Chancellor|Minister|Secretary|Senator|Sen.|Rep.|Representative|Governor|Gov.|Mayor|King|
Queen|Prince|Princess|Emperor|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Sheikh|Sheik|Emir|Sultan|
General|Gen.|Colonel|Col.|Lieutenant|Lt.|Major|Maj.|Captain|Capt.|Admiral|Adm.|Sergeant|Sgt.|Commander|Judge|
Justice|spokesman|spokeswoman|spokesperson|chief|envoy|ambassador|leader|minister|president|secretary|director|
chairman|chairwoman|CEO|coach|manager|striker|midfielder|defender|goalkeeper|captain|correspondent|analyst|
professor|lawyer|attorney|official|officials|commander|general`;
