import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, normalizeSite, saveSettings, type Settings } from '@/utils/settings';
import { forgetTraces } from '@/utils/trace-cache';
import { t, tn, uiLanguage } from '@/utils/i18n';

interface ToggleProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint: string;
}

/** One on/off setting: a checkbox, its label and a line saying what it does. */
function Toggle({ id, checked, disabled, onChange, label, hint }: ToggleProps) {
  return (
    <div class="setting">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked)} />
      <div>
        <label for={id}>{label}</label>
        <p>{hint}</p>
      </div>
    </div>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [sitesText, setSitesText] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void getSettings().then((loaded) => {
      setSettings(loaded);
      setSitesText(loaded.disabledSites.join('\n'));
    });
  }, []);

  if (!settings) return <p class="state">{t('options_loading')}</p>;

  const update = async (next: Settings, message = t('options_saved')) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus(message);
    } catch (error) {
      setStatus(t('options_save_failed', [(error as Error).message]));
    }
  };

  const saveSites = () => {
    const lines = sitesText.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);
    const valid = lines.map(normalizeSite).filter((site): site is string => !!site);
    const rejected = lines.length - valid.length;
    setSitesText([...new Set(valid)].join('\n'));
    void update({ ...settings, disabledSites: valid }, rejected ? tn('options_saved_rejected', rejected) : t('options_saved'));
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <Toggle
        id="show-badges"
        checked={settings.showBadges}
        onChange={(showBadges) => void update({ ...settings, showBadges })}
        label={t('options_badges')}
        hint={t('options_badges_hint')}
      />
      <Toggle
        id="show-cite-badges"
        checked={settings.showCiteBadges}
        disabled={!settings.showBadges}
        onChange={(showCiteBadges) => void update({ ...settings, showCiteBadges })}
        label={t('options_cites')}
        hint={t('options_cites_hint')}
      />
      <Toggle
        id="remember-traces"
        checked={settings.rememberTraces}
        onChange={(rememberTraces) =>
          // Turning it off also forgets what was kept, at once.
          void (rememberTraces ? Promise.resolve() : forgetTraces())
            .then(() => update({ ...settings, rememberTraces }, rememberTraces ? t('options_saved') : t('options_saved_forgotten')))
            .catch((error: Error) => setStatus(t('options_forget_failed', [error.message])))
        }
        label={t('options_remember')}
        hint={t('options_remember_hint')}
      />
      <div class="sites">
        <label for="disabled-sites">{t('options_sites')}</label>
        <p class="status">{t('options_sites_hint')}</p>
        <textarea id="disabled-sites" value={sitesText} onInput={(event) => setSitesText(event.currentTarget.value)} />
        <div class="row">
          <button type="button" id="save-sites" onClick={saveSites}>{t('options_save_sites')}</button>
          <button type="button" onClick={() => { setSitesText(''); void update({ ...DEFAULT_SETTINGS }, t('options_restored')); }}>
            {t('options_restore')}
          </button>
          <span class="status" role="status">{status}</span>
        </div>
      </div>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
