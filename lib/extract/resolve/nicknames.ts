/**
 * Given-name equivalences: common English nicknames and short forms of formal given names ("Bernie" → Bernard,
 * "Steve" → Steven/Stephen), plus the usual spelling and transliteration variants of a few international names
 * ("Viktor"/"Victor", "Dmitry"/"Dmitri"). General knowledge written for this project, not names of any corpus.
 * A pair is compatible only between a formal name and one of its listed forms: two different nicknames of one
 * formal name ("Bill", "Will") are not taken as the same person on that basis alone (precision first).
 * One line per formal name:  formal: form form …
 */

const TABLE = `
abigail: abby abbie gail
abraham: abe
albert: al bert bertie
alexander: alex alec alexandre alastair alasdair alistair allister sandy sasha xander
alexandra: alex alexa sandra sasha lexi
alfred: alf alfie fred freddie
allister: ally alistair alastair
alistair: ally al
alastair: ally al
andrew: andy drew andie
angela: angie
anthony: tony ant antony
antony: tony
arnold: arnie
arthur: art artie
barbara: barb babs barbie
barnaby: barney
benedict: ben benny
benjamin: ben benny benji
bernard: bernie barney bernd
beverley: bev
bradley: brad
bridget: bridie biddy
calvin: cal
cameron: cam
catherine: cathy cath kate katie kathy kay cat katherine kathryn
katherine: kate katie kathy kat kay
kathryn: kate katie kathy
charles: charlie chas chuck chaz carl
charlotte: charlie lottie
christine: chris chrissie tina
christina: chris tina
christopher: chris kit topher
clifford: cliff
cornelius: neil
cynthia: cindy
daniel: dan danny
danielle: dani
david: dave davey davy dai
deborah: debbie deb debra
dennis: denny
dominic: dom
donald: don donnie
douglas: doug dougie
edward: ed eddie ted teddy ned
edmund: ed eddie ned
edwin: ed eddie
eleanor: ellie nora
elizabeth: liz lizzie beth betty bess libby eliza lisa elisabeth
emily: em emmy
eugene: gene
frances: fran fanny frankie
francis: frank frankie fran
franklin: frank
frederick: fred freddie freddy
gabriel: gabe
gabrielle: gabby
geoffrey: geoff jeff
gerald: gerry jerry ged
gerard: gerry ged
gilbert: gil
gordon: gordie
gregory: greg
harold: harry hal
harriet: hattie
henry: harry hank hal
herbert: herb bert
howard: howie
isaac: ike
isabel: izzy bella isobel isabelle
jacob: jake jack
jacqueline: jackie jacqui
james: jim jimmy jamie jimi
janet: jan
jeffrey: jeff
jennifer: jen jenny jenni
jeremy: jerry jez
jessica: jess jessie
john: jack johnny jon
jonathan: jon jonny
joseph: joe joey
josephine: jo josie
joshua: josh
judith: judy jude
julian: jules
katharine: kate katie
kenneth: ken kenny
kimberley: kim
kimberly: kim
lawrence: larry laurie
laurence: larry laurie
leonard: len lenny leo
lewis: lew
louis: lou louie
louise: lou
lucinda: lucy cindy
luke: lucas
madeleine: maddie
margaret: maggie meg peggy madge marge margie greta
martin: marty
matthew: matt matty
melvin: mel
melanie: mel
michael: mike mick mickey micky mikey
michelle: shell
montgomery: monty
nathan: nat nate
nathaniel: nat nate
nicholas: nick nicky nico
nicola: nicky nikki
nicole: nicky nikki
oliver: ollie
pamela: pam
patricia: pat patty tricia trish
patrick: pat paddy
penelope: penny
peter: pete
philip: phil pip
phillip: phil
raymond: ray
rafael: rafa
rafael: rafa
alberto: beto
rebecca: becky becca
reginald: reg reggie
richard: rich richie rick ricky dick
robert: rob robbie bob bobby bert
roberta: bobbie
rodney: rod
ronald: ron ronnie
rosemary: rosie
samantha: sam sammy
samuel: sam sammy
sebastian: seb
stanley: stan
stephen: steve stevie steph
steven: steve stevie
stuart: stu
susan: sue suzy susie
terence: terry
terrence: terry
theodore: theo ted teddy
thomas: tom tommy
timothy: tim timmy
tobias: toby
valerie: val
victor: vic viktor
victoria: vicky vicki tori
vincent: vince vinny
vladimir: vlad
walter: walt wally
william: will bill billy willie willy liam
zachary: zach zack
dmitry: dmitri dmitriy
sergei: sergey
alexei: alexey aleksei
yuri: yury yuriy
mikhail: michail
konstantinos: kostas costas
kostas: costas
mohammed: muhammad mohammad mohamed
ibrahim: ebrahim
yusuf: yousef youssef
`;

function build(): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const s = pairs.get(a) ?? new Set<string>();
    s.add(b);
    pairs.set(a, s);
  };
  for (const line of TABLE.trim().split("\n")) {
    const [formal, forms] = line.split(":");
    for (const f of forms.trim().split(/\s+/)) {
      add(formal.trim(), f);
      add(f, formal.trim());
    }
  }
  return pairs;
}

const PAIRS = build();

/** Whether two lower-case given names are a formal name and one of its listed forms (either order). */
export function isNicknamePair(a: string, b: string): boolean {
  return PAIRS.get(a)?.has(b) ?? false;
}

/** Whether the table knows a lower-case given name. */
export function isKnownGivenName(name: string): boolean {
  return PAIRS.has(name);
}

/** Every lower-case given name the table knows. */
export function knownGivenNames(): string[] {
  return [...PAIRS.keys()].sort();
}
