/** The preview page's entry: no Office, no network beyond this page's own files. */
import '../pages/polyfills';
import { createRoot } from 'react-dom/client';
import { localeFrom } from '../core/i18n/messages';
import { PreviewPage } from './PreviewPage';

const params = new URLSearchParams(window.location.search);
// Chinese first, as in Excel for our users; ?lang=en-US for English.
const locale = localeFrom(params.get('lang'));
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
// On the root element too, so that the page's own CSS (body, header, grid, tabs) follows, not only the pane.
document.documentElement.dataset.theme = theme;
createRoot(document.getElementById('root')!).render(<PreviewPage locale={locale} theme={theme} />);
