// Well-known cities and countries by region, for wrong choices of the answer's own kind when
// the article names too few places: "Manchester" or "Leeds" beside "London", not "Qingdao".

const CITIES: Record<string, string> = {
  uk: 'London Manchester Birmingham Leeds Glasgow Edinburgh Liverpool Bristol Cardiff Belfast Sheffield Newcastle Nottingham Leicester Southampton Aberdeen Plymouth Oxford Cambridge York',
  ireland: 'Dublin Cork Galway Limerick Waterford Kilkenny Sligo Dundalk',
  us: 'New York|Los Angeles|Chicago|Houston|Boston|Seattle|San Francisco|Philadelphia|Washington|Atlanta|Miami|Denver|Dallas|Detroit|Phoenix|Baltimore|Pittsburgh|Minneapolis',
  canada: 'Toronto Montreal Vancouver Ottawa Calgary Edmonton Winnipeg Halifax|Quebec City',
  australia: 'Sydney Melbourne Brisbane Perth Adelaide Canberra Hobart Darwin',
  france: 'Paris Lyon Marseille Toulouse Bordeaux Lille Nantes Strasbourg Nice',
  germany: 'Berlin Hamburg Munich Cologne Frankfurt Stuttgart Dresden Leipzig Bremen',
  iberia: 'Madrid Barcelona Valencia Seville Bilbao Lisbon Porto Malaga',
  italy: 'Rome Milan Naples Turin Florence Venice Bologna Genoa Palermo',
  nordic: 'Oslo Bergen Trondheim Stockholm Gothenburg Malmö Copenhagen Aarhus Helsinki Reykjavik',
  central: 'Vienna Prague Budapest Warsaw Krakow Zurich Geneva Amsterdam Rotterdam Brussels Antwerp',
  asia: 'Tokyo Osaka Beijing Shanghai Seoul Mumbai Delhi Bangkok Singapore Jakarta Manila|Hong Kong',
};

const COUNTRIES: Record<string, string> = {
  europe: 'England Scotland Wales Ireland France Germany Spain Portugal Italy Norway Sweden Denmark Finland Iceland Poland Austria Switzerland Belgium Greece|the Netherlands',
  americas: 'Canada Mexico Brazil Argentina Chile Peru Colombia|the United States',
  asia: 'China Japan India Indonesia Thailand Vietnam Malaysia Pakistan|South Korea',
  africa: 'Nigeria Kenya Ghana Egypt Ethiopia Tanzania Morocco|South Africa',
  oceania: 'Australia|New Zealand|Fiji|Papua New Guinea',
};

type Groups = Map<string, string[]>;

function index(table: Record<string, string>): { groupOf: Map<string, string>; members: Groups } {
  const groupOf = new Map<string, string>();
  const members: Groups = new Map();
  for (const [group, list] of Object.entries(table)) {
    // Names of one word are space-separated; "|" sets off names of several words.
    const names = list.split('|').flatMap((part, k) => (k === 0 ? part.split(' ') : [part])).filter(Boolean);
    members.set(group, names);
    for (const n of names) groupOf.set(n.toLowerCase(), group);
  }
  return { groupOf, members };
}

const cities = index(CITIES);
const countries = index(COUNTRIES);

/** Cities (or countries) of `answer`'s region, `answer` left out, in the table's order; [] when it is not listed. */
export function regionalPlaces(answer: string, type: 'City' | 'Country'): string[] {
  const t = type === 'City' ? cities : countries;
  const group = t.groupOf.get(answer.toLowerCase());
  if (!group) return [];
  return t.members.get(group)!.filter((n) => n.toLowerCase() !== answer.toLowerCase());
}
