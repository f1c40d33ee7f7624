import { i18n, type Locale } from '../../i18n'
import messages from './messages'

/**
 * Merges all the fee pages' texts under `fees` once their chunk loads (every page imports this module first): the
 * frame carries only the menu and titles (shell-messages.ts).
 */
for (const locale of ['zh-CN', 'en'] as Locale[]) {
  i18n.global.mergeLocaleMessage(locale, { fees: messages[locale] })
}
