/**
 * US states with the abbreviations of AP style ("Mass.", "Tenn.", "N.M."), the way American news writes a place
 * after its city ("Boston, Mass."). General knowledge. The abbreviations are only read where a state is
 * expected (after "City," — see lib/extract/resolve/place-chains): alone, "Miss.", "Ind." or "La." are other
 * words.
 */
const TABLE = `Alabama|Ala.
Alaska|
Arizona|Ariz.
Arkansas|Ark.
California|Calif.;Cal.
Colorado|Colo.
Connecticut|Conn.
Delaware|Del.
Florida|Fla.
Georgia|Ga.
Hawaii|
Idaho|
Illinois|Ill.
Indiana|Ind.
Iowa|
Kansas|Kan.;Kans.
Kentucky|Ky.
Louisiana|La.
Maine|
Maryland|Md.
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi|Miss.
Missouri|Mo.
Montana|Mont.
Nebraska|Neb.;Nebr.
Nevada|Nev.
New Hampshire|N.H.
New Jersey|N.J.
New Mexico|N.M.;N.Mex.
New York|N.Y.
North Carolina|N.C.
North Dakota|N.D.;N.Dak.
Ohio|
Oklahoma|Okla.
Oregon|Ore.;Oreg.
Pennsylvania|Pa.;Penn.
Rhode Island|R.I.
South Carolina|S.C.
South Dakota|S.D.;S.Dak.
Tennessee|Tenn.
Texas|Tex.
Utah|
Vermont|Vt.
Virginia|Va.
Washington|Wash.
West Virginia|W.Va.;W. Va.
Wisconsin|Wis.;Wisc.
Wyoming|Wyo.`;

interface StateEntry {
  name: string;
  abbreviations: string[];
}

const STATES: readonly StateEntry[] = TABLE.split("\n").map((line) => {
  const [name, abbr] = line.split("|");
  return { name, abbreviations: abbr.split(";").filter(Boolean) };
});

const byName = new Map(STATES.map((s) => [s.name, s.name]));
/** Abbreviations keyed without dots or spaces, case kept: "N.M." → "NM", "Mass." → "Mass". */
const byAbbreviation = new Map<string, string>();
for (const s of STATES) for (const a of s.abbreviations) byAbbreviation.set(a.replace(/[.\s]/g, ""), s.name);

/** The state a full name names ("Ohio"), or undefined. Case-exact. */
export function usStateByName(surface: string): string | undefined {
  return byName.get(surface.trim());
}

/**
 * The state a full name or an AP abbreviation names ("Tenn.", "Tenn", "N.M."), or undefined. Case-exact, so
 * "mass" or "MISS" are not states; postal codes ("TX", "OR") are not read at all. Callers read abbreviations only
 * where a state is expected.
 */
export function usState(surface: string): string | undefined {
  const s = surface.trim();
  return byName.get(s) ?? byAbbreviation.get(s.replace(/[.\s]/g, ""));
}
