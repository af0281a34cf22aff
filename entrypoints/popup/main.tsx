import { render } from 'preact';
import { uiLanguage } from '@/utils/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
render(<App search={location.search} />, document.getElementById('app')!);
