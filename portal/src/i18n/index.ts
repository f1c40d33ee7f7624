import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'
import { features } from '../features'

/** zh-CN by default, en complete; the choice is remembered in localStorage. Features' texts sit under their names. */
export type Locale = 'zh-CN' | 'en'
const STORED = 'propertyops.portal.locale'

function withFeatures(base: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  const messages: Record<string, unknown> = { ...base }
  for (const feature of features) messages[feature.name] = feature.messages[locale]
  return messages
}

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORED)
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN'
}

type Messages = Record<string, unknown>

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': withFeatures(zhCN, 'zh-CN'), en: withFeatures(en, 'en') } as Record<Locale, Messages>,
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(locale: Locale) {
  i18n.global.locale.value = locale
  localStorage.setItem(STORED, locale)
  document.documentElement.lang = locale
}
