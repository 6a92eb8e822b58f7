import { createContext, useContext, type ReactNode } from 'react';
import { en } from './en.js';
import { id, type Catalogue, type MessageKey } from './id.js';

export type Language = 'id' | 'en';
export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

const catalogues: Readonly<Record<Language, Catalogue>> = { id, en };

export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
}

const TranslateContext = createContext<Translate>(translator('id'));

export function I18nProvider(props: { readonly language: Language; readonly children: ReactNode }) {
  return (
    <TranslateContext.Provider value={translator(props.language)}>
      {props.children}
    </TranslateContext.Provider>
  );
}

export function useT(): Translate {
  return useContext(TranslateContext);
}
