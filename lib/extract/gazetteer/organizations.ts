/**
 * Well-known organisations with their acronyms and alternative names: international bodies, alliances, armed
 * groups, government institutions referred to by their seat ("Kremlin", "White House") and news agencies.
 * General world knowledge; resolution uses it to join "EU" with "European Union" and to fix the tagger's type.
 * One line per organisation:  canonical name | acronyms and alternative names | kind
 * News outlets (kind "media") are not listed here: they come from the outlet table (outlets.ts), shared with
 * ingest.
 */

export interface OrganizationEntry {
  name: string;
  aliases: string[];
  kind: "org" | "media";
}

const ORG_TABLE = `
European Union|EU;E.U.|org
United Nations|UN;U.N.|org
UN Security Council|United Nations Security Council;UNSC;Security Council|org
UN General Assembly|United Nations General Assembly;UNGA|org
North Atlantic Treaty Organization|NATO;Nato;North Atlantic Treaty Organisation|org
International Atomic Energy Agency|IAEA|org
World Health Organization|WHO;World Health Organisation|org
International Monetary Fund|IMF|org
World Bank||org
World Trade Organization|WTO;World Trade Organisation|org
Organization of the Petroleum Exporting Countries|OPEC;Opec|org
Islamic State|ISIS;ISIL;Daesh;Islamic State group;Islamic State of Iraq and Syria|org
ISIS-Khorasan|ISIS-K;Islamic State Khorasan|org
Al-Qaeda|al-Qaeda;Al Qaeda;al Qaeda;al-Qaida|org
Hamas||org
Hezbollah|Hizbollah;Hizballah|org
Taliban|The Taliban|org
Houthis|Houthi;Ansar Allah|org
Kremlin|The Kremlin|org
Pentagon|The Pentagon;US Department of Defense;Department of Defense|org
White House|The White House|org
Downing Street|Number 10|org
Elysee|Élysée;Elysee Palace|org
European Commission|EU Commission|org
European Parliament||org
European Council||org
European Central Bank|ECB|org
Federal Reserve|Fed;US Federal Reserve|org
Bank of England|BoE|org
Shanghai Cooperation Organization|SCO;Shanghai Cooperation Organisation|org
Eurasian Economic Union|EAEU;EEU|org
Collective Security Treaty Organization|CSTO|org
Association of Southeast Asian Nations|ASEAN;Asean|org
African Union||org
Arab League|League of Arab States|org
Gulf Cooperation Council|GCC|org
Organisation for Economic Co-operation and Development|OECD|org
Group of Seven|G7;G-7|org
Group of Twenty|G20;G-20|org
BRICS||org
International Criminal Court|ICC|org
International Court of Justice|ICJ|org
International Committee of the Red Cross|ICRC;Red Cross|org
Amnesty International|Amnesty|org
Human Rights Watch|HRW|org
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard|org
Central Intelligence Agency|CIA|org
Federal Bureau of Investigation|FBI|org
National Security Agency|NSA|org
MI5|Security Service|org
MI6|Secret Intelligence Service;SIS|org
Mossad||org
Federal Security Service|FSB|org
State Duma|Duma|org
Verkhovna Rada|Rada|org
US Congress|United States Congress|org
US Senate|United States Senate|org
House of Representatives||org
House of Commons|Commons|org
House of Lords|Lords|org
Wagner Group|Wagner mercenary group|org
Hayat Tahrir al-Sham|HTS|org
Kurdistan Workers' Party|PKK|org
Palestinian Authority||org
Palestine Liberation Organization|PLO|org
Muslim Brotherhood||org
Conservative Party|Conservatives;Tory;Tories;Tory Party|org
Labour Party|Labour|org
Liberal Democrats|Lib Dems;Lib Dem;Liberal Democrat Party|org
Scottish National Party|SNP|org
Republican Party|Republicans;GOP|org
Democratic Party|Democrats|org
FIFA||org
UEFA||org
International Olympic Committee|IOC|org
IAAF|International Association of Athletics Federations;World Athletics|org
Treasury|HM Treasury;The Treasury|org
Home Office||org
Foreign Office|Foreign and Commonwealth Office;FCDO|org
`;

export const ORGANIZATIONS: readonly OrganizationEntry[] = ORG_TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name, aliases, kind] = line.split("|");
    return {
      name: name.trim(),
      aliases: (aliases ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
      kind: kind?.trim() === "media" ? "media" : "org",
    };
  });
