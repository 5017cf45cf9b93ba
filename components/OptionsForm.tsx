import { useEffect, useState } from 'preact/hooks';
import { POINT_CHOICES } from '@/utils/engine/model';
import type { Settings, SettingsStore } from '@/utils/extension/settings';
import type { AutoModePermission } from '@/utils/extension/autoMode';
import { t } from '@/utils/extension/i18n';
import { VIEWS, viewNamed } from './views';

interface Props {
  settings: SettingsStore;
  autoMode: AutoModePermission;
}

/** The options page: default number of points, the view that opens first, automatic mode. */
export function OptionsForm({ settings, autoMode }: Props) {
  const [prefs, setPrefs] = useState<Settings | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    Promise.all([settings.get(), autoMode.granted()]).then(([s, granted]) =>
      // Automatic mode is on only while the browser still grants its access (it can be revoked elsewhere).
      setPrefs({ ...s, autoSummarize: s.autoSummarize && granted }),
    );
  }, [settings, autoMode]);

  if (!prefs) return null;

  const save = async (change: Partial<Settings>) => {
    setPrefs(await settings.update(change));
    setMessage(t('saved'));
  };

  const toggleAuto = (on: boolean) => {
    if (!on) {
      autoMode.remove().finally(() => save({ autoSummarize: false }));
      return;
    }
    // `permissions.request` right in the change handler: it needs the user gesture.
    autoMode.request().then(
      (granted) => (granted ? save({ autoSummarize: true }) : setMessage(t('optionAutoDenied'))),
      () => setMessage(t('optionAutoDenied')),
    );
  };

  return (
    <main class="sift options-form">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionPoints')}</legend>
        {POINT_CHOICES.map((n) => (
          <label key={n} class="choice">
            <input type="radio" name="points" checked={prefs.points === n} onChange={() => save({ points: n })} /> {n}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionFirstView')}</legend>
        {VIEWS.map((v) => (
          <label key={v.name} class="choice">
            <input type="radio" name="firstView" checked={viewNamed(prefs.firstView).name === v.name} onChange={() => save({ firstView: v.name })} />{' '}
            {t(v.label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionAuto')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            data-testid="auto-summarize"
            checked={prefs.autoSummarize}
            onChange={(e) => toggleAuto((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('optionAuto')}
        </label>
        <p class="hint">{t('optionAutoHelp')}</p>
      </fieldset>
      <p role="status" class="hint">
        {message}
      </p>
    </main>
  );
}
