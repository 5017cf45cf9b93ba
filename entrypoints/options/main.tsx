import { render } from 'preact';
import { createSettingsStore } from '@/utils/extension/settings';
import { createAutoModePermission } from '@/utils/extension/autoMode';
import { OptionsForm } from '@/components/OptionsForm';
import '@/components/sift.css';
import '@/components/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsForm settings={createSettingsStore(browser)} autoMode={createAutoModePermission(browser)} />, document.getElementById('app')!);
