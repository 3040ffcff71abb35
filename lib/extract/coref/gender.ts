/**
 * Gender evidence for people, used by pronoun resolution: titles ("Mr", "Mrs", "Ms") and a general list of
 * common given names (English-language news across many countries). Unknown is an answer: a name missing here
 * is resolved by number, animacy, recency and earlier pronouns instead.
 */

export type Gender = "m" | "f";

const TITLE_GENDER: Record<string, Gender> = {
  mr: "m",
  "mr.": "m",
  sir: "m",
  lord: "m",
  king: "m",
  prince: "m",
  mrs: "f",
  "mrs.": "f",
  ms: "f",
  "ms.": "f",
  miss: "f",
  dame: "f",
  lady: "f",
  queen: "f",
  princess: "f",
  madam: "f",
};

const MALE =
  "aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alberto alejandro alex alexander alexei alfred " +
  "ali alistair andre andreas andrew andrei angelo anthony antonio arnold arthur ashraf barack ben benjamin " +
  "bernard bill billy bob boris brad brian bruce carl carlos charles chris christian christopher colin craig dan " +
  "daniel david dennis denis derek diego dmitry dmitri donald douglas duncan ed eddie edward emmanuel enrique eric " +
  "ernest evan felipe fernando francis francisco frank frankie franz fred frederick frederik gareth gary george " +
  "gerald gerhard giuseppe gordon graham greg gregory guy hamid hans harold harry harvey hassan henry howard hugh " +
  "hugo ian igor ivan jack jacob jacques jake james jamie jan javier jean jeff jeffrey jeremy jerry jim jimmy joe " +
  "john johnny jon jonathan jorge jose joseph juan julian justin karl keith kenneth kenenisa kevin kofi larry " +
  "lee leonard lewis liam louis luis luke marco marcus mario mark martin matthew maurice max michael miguel mike " +
  "mikhail mohamed mohammed muhammad narendra neil nicholas nick nicolas nigel oliver omar oscar pablo patrick paul " +
  "pedro peter philip philippe pierre rafael ralph ray raymond reza richard rick robert robbie rod roger roman ron " +
  "ronald roy rupert russell ryan sam samuel scott sean sebastian sergei sergey simon stanley stefan stephen steve " +
  "steven stuart ted terry thomas tim timothy tom tony trevor victor vincent vladimir walter wayne william xi " +
  "yasser yuri yusuf zhang";

const FEMALE =
  "alice alicia amanda amy ana angela angelina ann anna anne annie barbara betty brenda carol caroline " +
  "carolina catherine cathy charlotte cheryl christine claire clara cynthia dana deborah denise diana diane donna " +
  "dorothy elena elizabeth ellen emily emma eva fiona frances gloria grace hannah helen helena hillary ingrid irina " +
  "isabel jacqueline jane janet jennifer jessica jill joan jolanda jolene josephine judith judy julia julie karen " +
  "kate katherine kathleen kathryn kelly laura lauren linda lisa louise lucy margaret maria marie marina mary " +
  "megan melanie michelle monica nancy natalia natalie natasha nicola nicole olga pamela patricia paula rachel " +
  "rebecca rose ruth sally samantha sandra sara sarah sharon sonia sophie stephanie susan suzanne svetlana teresa " +
  "theresa tracey tracy ursula valerie vanessa victoria virginia wendy yulia";

const GIVEN = new Map<string, Gender>();
for (const n of MALE.split(" ")) GIVEN.set(n, "m");
for (const n of FEMALE.split(" ")) GIVEN.set(n, "f");

/** Gender of a title word ("Mrs" → f), or undefined. */
export function titleGender(word: string): Gender | undefined {
  return TITLE_GENDER[word.toLowerCase()];
}

/** Gender of a full name by its first given name ("Patricia Hewitt" → f), or undefined. */
export function nameGender(name: string): Gender | undefined {
  const first =
    name
      .trim()
      .split(/[\s-]+/)[0]
      ?.toLowerCase() ?? "";
  return GIVEN.get(first);
}
