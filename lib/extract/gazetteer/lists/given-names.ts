/**
 * Common given names, written for this project as general knowledge (not the names of any corpus): English-
 * language names from Britain, Ireland, North America and Australia, and the names news most often carries from
 * Europe, the Arab world, South Asia, East Asia and Africa, with their usual short forms ("Wes", "Sol", "Jamie").
 * Left out: names that running text more often uses as a word, a place or a surname ("Will", "Jordan", "Chelsea",
 * "Blair", "Taylor").
 *
 * Read by the coreference (gender evidence) and by cross-article resolution (a bare given name is not carried
 * from one article to another); the NER's feature reads TAGGER_GIVEN_NAMES below, a subset. The gender is what the
 * name signals in English-language news most of the time; names given to both, or whose gender differs by country
 * ("Andrea", "Hilary"), are in NEUTRAL.
 */

export const MALE_GIVEN_NAMES = `
aaron abbas abdel abdul abdulaziz abdullah abe abel abraham abu adam adebayo adel adnan adolfo adrian adriano ahmad
ahmed aidan aiden akbar akhtar akira akram al alain alan alastair albert alberto albrecht aldo alec alejandro
aleksander aleksandr aleksei alessandro alessio alex alexander alexandre alexandros alexei alexey alf alfie alfonso
alfred alfredo ali alistair allan allen allister alonso alvaro alvin amadou amir amit amos anand anatoly anders
andre andreas andrei andres andrew andrey andrzej andy angelo angus anil ansel anson anthony antoine anton antonio
antony anwar archibald archie aristide arjun armand armando arnaud arne arnold arsene arthur arturo arun asa ashok
ashraf ashton asif aubrey augusto avi axel ayman ayrton aziz badr baldwin balthazar barack barnaby barney barrie
barry bart bartholomew bashar basil bastian beau ben benedict benito benjamin benji benny benoit bernard bernardo
bernd bernhard bernie bert bertie bertrand bill billy bjorn blaise bob bobby bogdan boris boyd brad bradley bram
brandon brendan brent brett brian brice bruce bruno bryan bryn burt byron caleb callum calum calvin cameron carl
carlo carlos carlton carmelo carsten cary casey caspar cecil cedric cesar chaim charles chas chris christian
christoph christophe christopher ciaran cillian clarence clark claude claudio clayton clement clifford clint clive
cody colin colm connor conor conrad constantin constantine corey cormac cornelius craig cristian cristiano cyril
cyrus dafydd daisuke damian damien damon dan dani daniel danny dante darius darren darryl daryl dave davey david
davide dean declan deepak delroy denis dennis denzel derek dermot desmond dexter diarmuid didier diego dieter
dietmar dilip dimitar dimitri dimitris dino dirk dmitri dmitry dominic dominik dominique don donal donald donovan
doug dougie douglas duane dudley duncan dustin dwayne dwight dylan eamon eamonn ebrahim ed eddie eddy edgar edmund
edoardo eduardo edward edwin egon ehud elias elijah eliot elliot elliott elmer elton elvis emanuel emeka emil emile
emilio emmanuel emmett enrico enrique enzo ephraim eric erich erik ernest ernesto ernie ernst errol erwin esteban
ethan etienne eugene evan evgeny ewan ezra fabian fabio fabrice faisal farid farouk fatih fattah federico felipe
felix ferdinand fergal fergus fernando fidel filip filippo finlay finn fintan florian floyd francesco francis
francisco franco francois frank frankie frans franz françois fraser fred freddie freddy frederic frederick frederik
fritz fyodor gabriel gaetano gareth garry garth gary gavin gene geoff geoffrey georg george georges georgi gerald
gerard gerardo gerhard gerry ghassan gianluca gianni gideon gil gilbert gilles gino giorgio giovanni giuliano giulio
giuseppe glen glenn godfrey gordon graeme graham greg gregg gregor gregory guillaume gunnar gunter gustav gustavo
guy gwyn habib hakan hal hamad hamid hamish hamza hank hans harald hari harold haroon harry harvey hasan hashim
hassan hector heinrich heinz helmut henri henrik henry herbert herman hermann hideki hiroshi hiroyuki hosni howard
hubert hugh hugo humphrey hussain hussein huw iain ian ibrahim idris ignacio igor ike ilya imran inigo ioan ioannis
irfan irvine irving isaac isaiah ismail ivan ivo jack jacob jacques jaime jair jake jakob jamal james jamie jan
janusz jared jarvis jason javed javier jay jean jeff jeffrey jens jeremiah jeremy jermaine jerome jerry jesse jim
jimmy joachim joao joaquin jock joe joel johan johann johannes john johnnie johnny jon jonah jonas jonathan jonny
jordi jorge jose josef josep joseph josh joshua josip josé juan jude jules julian julien julio junaid jurgen justin
kai kamal kane karim karl karlheinz kasper keir keiran keith kelvin ken kenenisa kenji kenneth kenny kevin khalid
khalil kieran kingsley kirk klaus kofi konrad kostas kris krishna kristian kurt kwame kyle lachlan lamar larry lars
laszlo laurence laurent lawrence lee len lennart lenny leo leon leonard leonardo leonid leopold leroy lester levi
lewis liam lionel lloyd logan lorenzo louis luc luca lucas luciano ludwig luigi luis luiz lukas luke luther lyndon
maarten magnus mahmoud majid malcolm malik manfred manny manoj manuel marc marcel marcello marco marcos marcus mario
marius mark marko marlon martin marty marvin massimo mateo mathieu matias matt matteo matthew matthias matty maurice
mauricio mauro max maxim maxime maximilian mehdi mel melvin merlin mervyn micah michael michal michel michele mick
mickey miguel mihai mikael mike mikhail miklos milo milton mitch mohamed mohammad mohammed mohsen moises moritz
moses muhammad mustafa naeem najib naoki narendra nasser nathan nathaniel naveed ned neil nestor neville niall
nicholas nick nico nicolai nicolas nigel nikita niklas nikola nikolai nikolaos nikolay nils noah noel norbert norman
oisin olaf oleg oliver olivier omar oscar oskar osman oswald otto owen pablo paddy padraig paolo pascal patrice
patrick paul paulo pavel pedro percy pervez pete peter petr phil philip philipp philippe phillip pierce pierre piers
pieter pietro piotr prakash pranab pyotr quentin quincy quinn rafa rafael rahul raj rajesh rajiv ralf ralph ramon
ramzan randall randy raphael rashid raul ray raymond recep reggie reginald reinhard remi rene reuben reza rhodri
rhys ricardo riccardo richard richie rick ricky rik riley rishi rob robbie robert roberto rocco rod roderick rodney
rodolfo rodrigo roger rohan roland rolf roman romano ron ronald ronan ronnie rory ross roy ruben rudi rudolf rudy
rufus rupert russ russell ryan ryszard saad sachin saddam salah salim salman salvatore sam sameer sami samir sammy
samuel sandeep sandro sanjay saul scott seamus sean sebastian sebastien selim serge sergei sergey sergio seth seumas
shahid shane shaun shawn shimon shinzo sidney silvio simon sol solomon sonny stan stanislav stanley stefan stefano
steffen stelios stephan stephane stephen steve steven stewart stig stuart sulaiman suleiman sunil sven sylvain
sylvester tadeusz taha takashi takeshi tamas tamim tariq taro tayyip ted teddy terence terrence terry thabo thaksin
theo theodore thierry thilo thomas tiago tim timo timothy tobias toby todd tom tomas tommaso tommy tony torsten
trevor tristan troy tyler tyrone tyson ulrich umar umberto uri usman uwe valentin valentino valery vasily vaughan
venkat vernon vic victor vijay vikram viktor vince vincent vinnie virgil vitali vitaly vito vivek vladimir vladislav
volker volodymyr wade waldemar wally walter warren wayne werner wes wesley wilf wilfred wilhelm willem willi william
willie willy winston wojciech wolfgang wyn xavier xi yaakov yannick yaroslav yasser yehuda yevgeny yitzhak yoshi
yoshihiko yousef youssef yuri yusuf yves zac zach zachary zak zbigniew zeljko zhang zhou zinedine zoltan`;

export const FEMALE_GIVEN_NAMES = `
abigail ada adele adriana agata agatha agnes aicha aileen aimee aisha alana alexandra alexia alice alicia alina
alison allison alma amanda amber amelia amina amy ana anastasia angela angelica angelina angie anita ann anna
annabel annabelle anne annette annie antoinette antonia arabella ariana ariel arlene astrid audrey ava barbara
beatrice beatriz becky belinda bella benazir bernadette beryl beth bethany betty beverley beverly bianca billie
brenda bridget brigitte britney bronwen brooke caitlin camilla candice cara carina carla carly carmen carol carole
carolina caroline carolyn cassandra catalina caterina catherine cathy cecilia celia celine charlene charlotte cher
cheryl chloe christa christina christine ciara cindy claire clara clare clarissa claudia colette connie constance
cora corinne courtney cristina cynthia dana daniela danielle daphne davina debbie deborah debra deirdre delia denise
diana diane dianne dilma dolores dominika donna doreen doris dorothy edith edwina eileen elaine eleanor elena eliza
elizabeth ella ellen ellie eloise elsa elsie emilia emily emma erica erika erin esther ethel eugenia eunice eva
evangeline evelyn fatima fay felicity fiona flora frances francesca francine freya frieda gabriela gabriele
gabriella gabrielle gail gemma georgina geraldine gerda gertrude gillian gina giorgia giovanna giselle gladys glenda
gloria grace greta gwen gwendolyn gwyneth hadiza halle hanna hannah harriet hattie hayley heather heidi helen helena
helene helga henrietta hermione hilda hillary ida ilona imelda imogen ines ingrid irene irina isabel isabella
isabelle isla ivana jacqueline jacqui jana jane janet janice janine jasmine jeanette jeanne jemima jenna jennifer
jenny jessica jill joan joanna joanne jocelyn jodie jolanda jolene josephine joyce judith judy julia julie juliet
julieta juliette justine kamala karen karin karina kate katharina katherine kathleen kathryn kathy katie katrina
katy kayla keira kelly kimberley kirsten kirsty kristina kylie lara laura laurel lauren laurie layla leah leanne
leila lena leonie leticia liliana linda lindsey lisa liz liza lizzie lois lorna lorraine lotte louisa louise lucia
lucinda lucy luisa lydia lynda lynette lynn lynne madeleine madeline madonna magdalena maggie maia mandy manuela
mara marcela marcia margaret margarita margot maria mariam marian mariana marianne marie marina marine marion marisa
marjorie marlene martha martina mary maryam matilda maud maureen maxine megan meghan melanie melinda melissa meryl
mia michaela michelle mildred millie minnie mira miranda miriam moira molly monica monika muriel myra nadia nadine
nancy naomi natalia natalie natasha nell nellie nicola nicole nina nora norah noreen odette olga olivia oprah paloma
pamela patricia patsy patti paula pauline peggy penelope petra philippa phoebe phyllis polly priscilla priti rachael
rachel rebecca rebekah renata renee rhian rhiannon rita roberta robyn rosa rosalind rosamund rosanna rose rosemary
rosie rowena roxanne ruth sabine sabrina sadie sally salma samantha sandra sara sarah saskia selena serena shakira
sharon sheila shelley sheryl shirley silvia simone sinead siobhan sofia sonia sophia sophie stacey stella stephanie
susan susanna susannah susie suzanne svetlana sylvia tamara tammy tania tanya tara teresa tess tessa thelma theresa
tina tonya tracey tracy trudy ulrike uma ursula valentina valerie vanessa vera veronica veronique viktoria virginia
vivian vivien vivienne wanda wendy whitney wilma winifred winnie yasmin yoko yolanda yulia yvette yvonne zara zoe`;

/** Given names without a gender signal (and East Asian family names that lead a name in news order: "Xi"). */
export const NEUTRAL_GIVEN_NAMES = `
alexis andrea ashley avery charlie chen dale drew hilary inacio jackie jess jessie jo jody kim leigh lesley leslie
li lindsay liu lou mason nicky pat robin rowan sandy sasha shannon stacy toni val wang wei`;

/**
 * The names the NER's "looks like a given name" feature was trained with (a subset of the lists above). The
 * tagger keeps reading these: retrained with the full lists it scored doc-level F1 0.908 against 0.909 on
 * CoNLL-2003 dev, and the relation extractor lost on CoNLL04 dev (micro F1 0.353 to 0.339) and on the labelled
 * BBC set (P/R 0.857/0.649 to 0.833/0.642).
 */
export const TAGGER_GIVEN_NAMES = `
aaron abdel abdul abdullah abraham adam adrian ahmad ahmed aidan alan albert alberto alejandro alex alexander
alexandre alexei alexey alfred ali alice alicia alison amanda amber amy ana andre andrea andreas andrei andres
andrew andrzej andy angela angelo ann anna anne annie anthony antoine anton antonio antony anwar arnold arthur
ashley barack barbara barry bashar ben benjamin bernard bernie beth betty bill billy bob bobby boris brad bradley
brandon brenda brian bruce bruno carl carla carlos carmen carol caroline catherine charles charlie charlotte chen
chris christian christina christine christopher cindy claire claude claudia colin craig cristina dan daniel daniela
danny dave david dean deborah denis dennis derek diana diane dimitri dmitri dmitry dominic don donald doug douglas
ebrahim ed eddie edward elena elizabeth ellen emily emma emmanuel eric erik ernest eva evan fatima fattah felipe
fernando francesco francis francisco franco francois frank françois frederick gabriel gary geoff georg george gerald
gerhard giorgia giovanni giuseppe glenn gordon graham greg gregory gustavo hamad hans harold harry hassan heather
heinz helen helmut henry hillary hiroshi hosni hugh hugo hussein ian ibrahim igor ilya inacio ivan jack jacob
jacques jair james jan jane janet jason javier jean jeff jeffrey jennifer jens jeremy jerry jessica jim jimmy joan
joe joel johan johann john johnny jon jonathan jorge jose josep joseph josh joshua josé juan julia julian julie
justin kamala karen karl kate katherine kathleen kathy keir keith kelly ken kenneth kevin khalid kim klaus kurt
larry laura lauren lee leonid li linda lisa liu lloyd louis luca lucas luis luiz luke mahmoud manuel marc marco
marcus margaret maria marie mario mark martin mary mason matt matthew maurice max maxim michael michel michelle
miguel mike mikhail mohamed mohammad mohammed muhammad nancy naomi narendra nasser nathan neil nicholas nick nicola
nicolas nikolai noah olaf oleg olga oliver omar oscar pablo pamela patricia patrick paul paula pedro peter philip
philippe pierre rachel rafael ralph ramon randy raul ray raymond rebecca recep richard rick rishi rob robert roberto
robin roger ron ronald rose ross roy russell ruth ryan salman sam samuel sandra sara sarah scott sean sebastian
selim sergei sergey shane sharon shaun simon stefan stephen steve steven stuart susan tamim tariq tayyip ted teresa
terry thomas tim timothy todd tom tony tyler ursula valentina valery vasily victor viktor vincent vladimir volodymyr
walter wang wayne wei william willie wolfgang xavier xi yasser yevgeny youssef yuri yusuf zhang`;
