import type { Language } from "../../../domain/model/language";
import type { SeededRandom } from "./random";

interface Nationality {
  /** The language the studio writes to them in. */
  language: Language;
  firstNames: readonly string[];
  lastNames: readonly string[];
  mobile: (random: SeededRandom) => string;
  emailDomain: string;
}

/**
 * The demo studio's clientele: German, Dutch, Polish and English names with their own mobile numbers,
 * drawn only from prefixes whose every number is a valid mobile (06-6x is a pager in the Netherlands,
 * 52 and 61 are Polish landlines, parts of 077 and 079 are unassigned in the UK).
 */
const nationalities: readonly Nationality[] = [
  {
    firstNames: [
      "Jürgen",
      "Anna",
      "Lena",
      "Lukas",
      "Sophie",
      "Maximilian",
      "Jana",
      "Felix",
      "Hannah",
      "Jörg",
      "Mia",
      "Björn",
    ],
    lastNames: [
      "Müller",
      "Schmidt",
      "Schneider",
      "Fischer",
      "Weiß",
      "Becker",
      "Hoffmann",
      "Schäfer",
      "Koch",
      "Größer",
      "Wagner",
      "Krüger",
    ],
    mobile: (random) => `+49 15${random.pick(["1", "2", "7"])} ${random.digits(8)}`,
    emailDomain: "example.de",
    language: "de",
  },
  {
    firstNames: ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Sem", "Noor", "Jeroen", "Eline", "Thijs"],
    lastNames: [
      "de Vries",
      "van der Berg",
      "Jansen",
      "Bakker",
      "Visser",
      "Smit",
      "de Jong",
      "van Dijk",
      "Mulder",
      "Bos",
    ],
    mobile: (random) => `+31 6${random.pick(["1", "2", "3", "4", "5"])} ${random.digits(7)}`,
    emailDomain: "example.nl",
    language: "nl",
  },
  {
    firstNames: [
      "Zofia",
      "Jakub",
      "Małgorzata",
      "Piotr",
      "Agnieszka",
      "Łukasz",
      "Katarzyna",
      "Paweł",
      "Ewa",
      "Michał",
    ],
    lastNames: [
      "Nowak",
      "Kowalska",
      "Wiśniewski",
      "Wójcik",
      "Łukasiewicz",
      "Kamińska",
      "Lewandowski",
      "Zielińska",
      "Szymański",
      "Dąbrowska",
    ],
    mobile: (random) =>
      `+48 ${random.pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])}${random.digits(7)}`,
    emailDomain: "example.pl",
    language: "pl",
  },
  {
    firstNames: [
      "Oliver",
      "Amelia",
      "George",
      "Isla",
      "Harry",
      "Emily",
      "Jack",
      "Grace",
      "Charlie",
      "Olivia",
    ],
    lastNames: [
      "Smith",
      "Jones",
      "Taylor",
      "Brown",
      "Williams",
      "Wilson",
      "Evans",
      "Thomas",
      "Roberts",
      "O'Brien",
    ],
    mobile: (random) => `+44 7${random.pick(["1", "3", "4", "5", "8"])}${random.digits(8)}`,
    emailDomain: "example.co.uk",
    language: "en",
  },
];

const asciiLocalPart = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .replace(/[^a-z]/g, "");

export interface DemoPerson {
  firstName: string;
  lastName: string;
  language: Language;
  phone: string | null;
  email: string | null;
}

export const demoPerson = (random: SeededRandom, index: number): DemoPerson => {
  const nationality = random.chance(0.55) ? nationalities[0]! : random.pick(nationalities.slice(1));
  const firstName = random.pick(nationality.firstNames);
  const lastName = random.pick(nationality.lastNames);
  return {
    firstName,
    lastName,
    language: nationality.language,
    phone: random.chance(0.9) ? nationality.mobile(random) : null,
    email: random.chance(0.8)
      ? `${asciiLocalPart(firstName)}.${asciiLocalPart(lastName)}${index}@${nationality.emailDomain}`
      : null,
  };
};
