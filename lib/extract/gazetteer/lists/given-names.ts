/**
 * Common given names from many languages, for the "looks like a first name" feature. General knowledge only.
 */

export const FIRST_NAMES = `Aaron|Abdul|Abdullah|Abraham|Adam|Adrian|Ahmad|Ahmed|Aidan|Alan|Albert|Alberto|Alejandro|
Alex|Alexander|Alexandre|Alexei|Alexey|Alfred|Ali|Alice|Alicia|Alison|Amanda|Amber|Amy|Ana|Andre|Andrea|Andreas|
Andrei|Andrew|Andrzej|Andy|Angela|Angelo|Ann|Anna|Anne|Annie|Anthony|Antoine|Anton|Antonio|Arnold|Arthur|Ashley|
Barack|Barbara|Barry|Ben|Benjamin|Bernard|Bernie|Beth|Betty|Bill|Billy|Bob|Bobby|Boris|Brad|Bradley|Brandon|Brenda|
Brian|Bruce|Bruno|Carl|Carla|Carlos|Carmen|Carol|Caroline|Catherine|Charles|Charlie|Charlotte|Chen|Chris|Christian|
Christina|Christine|Christopher|Cindy|Claire|Claude|Claudia|Colin|Craig|Cristina|Dan|Daniel|Daniela|Danny|Dave|
David|Dean|Deborah|Denis|Dennis|Derek|Diana|Diane|Dimitri|Dmitry|Dmitri|Dominic|Don|Donald|Doug|Douglas|Ebrahim|
Ed|Eddie|Edward|Elena|Elizabeth|Ellen|Emily|Emma|Emmanuel|Eric|Erik|Ernest|Eva|Evan|Fatima|Felipe|Fernando|Frank|
Francesco|Francis|Francisco|Franco|François|Francois|Frederick|Gabriel|Gary|Geoff|George|Georg|Gerald|Gerhard|
Giovanni|Giuseppe|Glenn|Gordon|Graham|Greg|Gregory|Hans|Harold|Harry|Hassan|Heather|Heinz|Helen|Helmut|Henry|
Hillary|Hiroshi|Hugh|Hugo|Hussein|Ian|Ibrahim|Igor|Ilya|Ivan|Jack|Jacob|Jacques|James|Jan|Jane|Janet|Jason|Javier|
Jean|Jeff|Jeffrey|Jennifer|Jeremy|Jerry|Jessica|Jim|Jimmy|Joan|Joe|Joel|Johan|Johann|John|Johnny|Jon|Jonathan|
Jorge|Jose|José|Joseph|Josh|Joshua|Juan|Julia|Julian|Julie|Justin|Kamala|Karen|Karl|Kate|Katherine|Kathleen|Kathy|
Keith|Kelly|Ken|Kenneth|Kevin|Kim|Klaus|Kurt|Larry|Laura|Lauren|Lee|Leonid|Li|Linda|Lisa|Liu|Louis|Luca|Lucas|Luis|
Luke|Manuel|Marc|Marco|Marcus|Margaret|Maria|Marie|Mario|Mark|Martin|Mary|Mason|Matt|Matthew|Maurice|Max|Maxim|
Michael|Michel|Michelle|Miguel|Mike|Mikhail|Mohamed|Mohammad|Mohammed|Muhammad|Nancy|Naomi|Nathan|Neil|Nicholas|
Nick|Nicola|Nicolas|Nikolai|Noah|Oleg|Olga|Oliver|Omar|Oscar|Pablo|Pamela|Patricia|Patrick|Paul|Paula|Pedro|Peter|
Philip|Philippe|Pierre|Rachel|Rafael|Ralph|Ramon|Randy|Raul|Ray|Raymond|Rebecca|Richard|Rick|Rob|Robert|Roberto|
Robin|Roger|Ron|Ronald|Rose|Ross|Roy|Russell|Ruth|Ryan|Sam|Samuel|Sandra|Sara|Sarah|Scott|Sean|Sebastian|Selim|
Sergei|Sergey|Shane|Sharon|Shaun|Simon|Stefan|Stephen|Steve|Steven|Stuart|Susan|Tariq|Ted|Teresa|Terry|Thomas|
Tim|Timothy|Todd|Tom|Tony|Tyler|Ursula|Valentina|Valery|Vasily|Victor|Viktor|Vincent|Vladimir|Walter|Wang|Wayne|
Wei|William|Willie|Wolfgang|Xavier|Yasser|Yevgeny|Youssef|Yuri|Yusuf|Zhang|Emmanuel|Olaf|Keir|Rishi|Narendra|
Recep|Tayyip|Benjamin|Volodymyr|Xi|Joe|Kamala|Antony|Lloyd|Jens|Josep|Charles|Giorgia|Pedro|Jair|Luiz|Inacio|
Javier|Gustavo|Andres|Nicolas|Mahmoud|Bashar|Abdel|Fattah|Khalid|Salman|Tamim|Hamad|Nasser|Hosni|Anwar|Recep`;
