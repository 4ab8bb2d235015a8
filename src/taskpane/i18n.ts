/** The task pane's words through React context; the words themselves are in strings.ts. */
import { createContext, useContext } from 'react';
import type { Locale } from '../core/i18n/messages';
import { stringsFor, type Strings } from './strings';

export { stringsFor, type Strings };

export const LocaleContext = createContext<{ locale: Locale; t: Strings }>({ locale: 'zh-CN', t: stringsFor('zh-CN') });

export function useStrings(): { locale: Locale; t: Strings } {
  return useContext(LocaleContext);
}
