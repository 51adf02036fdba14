/** Attributes that exist only for keys and indexes; entities never see them. */
const storageAttributes = new Set([
  "pk",
  "sk",
  "contactOf",
  "contactIn",
  "dueShard",
  "scanAt",
  "overdueOf",
  "overdueKey",
  "reconnectOf",
  "reconnectAt",
  "queueOf",
  "queueAt",
  "listOf",
  "listAt",
  "followUpOf",
  "followUpAt",
  "entity",
  "historyOf",
  "calendarOf",
  "noticeQueue",
  "noticeAt",
  "birthdayOn",
  "birthdayOf",
  "expiresAt",
]);

export const toEntity = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as T;
