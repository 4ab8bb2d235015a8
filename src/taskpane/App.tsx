/** The task pane app, in Office's language and theme, over whichever workbook host it is given. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../core/i18n/messages';
import type { WorkbookHost } from '../hosts/workbook-host';
import { LocaleContext, stringsFor } from './i18n';
import { ReviewPane } from './components/ReviewPane';
import { ErrorBoundary } from './ErrorBoundary';

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  theme?: 'light' | 'dark';
}

export function App({ host, locale, theme = 'light' }: AppProps) {
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={locale} style={{ minHeight: '100%' }}>
      <LocaleContext.Provider value={{ locale, t: stringsFor(locale) }}>
        <ErrorBoundary locale={locale}>
          <ReviewPane host={host} />
        </ErrorBoundary>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
