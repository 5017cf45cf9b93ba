import { render } from 'preact';
import { createSettingsStore } from '@/utils/settings';
import { createAutoModePermission } from '@/utils/autoMode';
import { OptionsForm } from '@/components/OptionsForm';
import '@/components/sift.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <OptionsForm settings={createSettingsStore(browser)} autoMode={createAutoModePermission(browser)} />,
  document.getElementById('app')!,
);
