import type { Client } from "../../../domain/model/client";
import type { ClientSearchField } from "../../../domain/ports/client-repository";

/**
 * What a client is found by, as sort keys of term items in the studio's search partition. Each namespace
 * serves one kind of search: `L` the name list (last name first), `W` every word of the name (so "Anna",
 * "Nowak" and "Anna Nowak" find Anna Nowak), `P` the phone number, `E` the email address, `T` the tags, `G` the client groups.
 */
const NAMESPACE = { list: "L", word: "W", phone: "P", email: "E", tag: "T", group: "G" } as const;

/** Lower case, no diacritics: "Schäfer" → "schafer", "Łukasz" → "lukasz". */
export const searchable = (text: string): string =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .replace(/\s+/g, " ")
    .trim();

/** German spelling without umlauts, as people type it: "Schäfer" → "schaefer". */
const transliterated = (text: string): string =>
  searchable(text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"));

const wordsOf = (text: string): string[] => text.split(/[\s-]+/).filter((word) => word.length > 0);

/** Both spellings of every word of the client's name. */
export const nameWordsOf = (client: Pick<Client, "firstName" | "lastName">): string[] => {
  const raw = wordsOf(`${client.firstName} ${client.lastName}`);
  return [...new Set(raw.flatMap((word) => [searchable(word), transliterated(word)]))];
};

/** Every term the client is found by (sort keys without the client id). */
export const searchTermsOf = (client: Client): string[] => {
  const terms = [
    `${NAMESPACE.list}#${searchable(`${client.lastName} ${client.firstName}`)}`,
    ...nameWordsOf(client).map((word) => `${NAMESPACE.word}#${word}`),
    ...client.tags.map((tag) => `${NAMESPACE.tag}#${searchable(tag)}`),
    ...client.groupIds.map((groupId) => `${NAMESPACE.group}#${groupId}`),
    ...(client.phone === null ? [] : [`${NAMESPACE.phone}#${client.phone}`]),
    ...(client.email === null ? [] : [`${NAMESPACE.email}#${client.email.toLowerCase()}`]),
  ];
  return [...new Set(terms)];
};

/** The term prefix a search queries; a name with several words is looked up by its longest word. */
export const searchPrefixOf = (field: ClientSearchField, typed: string): string => {
  switch (field) {
    case "name": {
      const words = wordsOf(searchable(typed));
      if (words.length === 0) return `${NAMESPACE.list}#`;
      return `${NAMESPACE.word}#${words.reduce((a, b) => (b.length > a.length ? b : a))}`;
    }
    case "phone":
      return `${NAMESPACE.phone}#${typed}`;
    case "email":
      return `${NAMESPACE.email}#${typed.toLowerCase()}`;
    case "tag":
      return `${NAMESPACE.tag}#${searchable(typed)}`;
    case "group":
      return `${NAMESPACE.group}#${typed}#`;
  }
};

/** A name search with several words keeps the clients every one of whose words starts one of the name's words. */
export const matchesAllWords = (client: Client, typed: string): boolean => {
  const nameWords = nameWordsOf(client);
  return wordsOf(searchable(typed)).every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
};
