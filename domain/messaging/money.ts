/** An amount in the currency's minor units, as the studio's locale writes it (e.g. 120,00 € in de-DE). */
export const formatMoney = (minorUnits: number, currency: string, locale: string): string => {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
};
