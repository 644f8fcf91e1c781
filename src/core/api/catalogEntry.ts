// The shape of one catalog entry: an explanation and a hint per language.

export type CatalogLanguage = 'en' | 'zh-cn';

export interface CatalogText {
  readonly explanation: string;
  readonly hint: string;
}

export type CatalogEntry = Readonly<Record<CatalogLanguage, CatalogText>>;

export function entry(explanation: string, hint: string, explanationZh: string, hintZh: string): CatalogEntry {
  return { en: { explanation, hint }, 'zh-cn': { explanation: explanationZh, hint: hintZh } };
}
