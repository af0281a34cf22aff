import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, normalizeSite, type Settings } from '@/utils/settings';
import { getSettings, saveSettings } from '@/utils/settings-store';
import { forgetTraces } from '@/utils/trace-cache';
import { t, tn, uiLanguage } from '@/utils/i18n';

type ControlId = 'show-badges' | 'show-cite-badges' | 'remember-traces' | 'sites';

interface ToggleProps {
  id: ControlId;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint: string;
  status: string;
}

/** Where a control says it was saved: beside it, announced, and empty until it changes. */
function Status({ id, text }: { id: string; text: string }) {
  return (
    <span class="status saved" id={`${id}-status`} role="status">
      {text}
    </span>
  );
}

/** One on/off setting: a checkbox, its label, a line saying what it does, and "Saved" beside it. */
function Toggle({ id, checked, disabled, onChange, label, hint, status }: ToggleProps) {
  return (
    <div class="setting">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.currentTarget.checked)} />
      <div>
        <label for={id}>{label}</label>
        <Status id={id} text={status} />
        <p id={`${id}-hint`}>{hint}</p>
      </div>
    </div>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [sitesText, setSitesText] = useState('');
  // One control's status at a time: the one the person just changed.
  const [status, setStatus] = useState<{ control: ControlId; text: string } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void getSettings().then((loaded) => {
      setSettings(loaded);
      setSitesText(loaded.disabledSites.join('\n'));
    });
  }, []);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!settings) return <p class="state">{t('options_loading')}</p>;

  const statusOf = (control: ControlId) => (status?.control === control ? status.text : '');
  const update = async (control: ControlId, next: Settings, message = t('options_saved')) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus({ control, text: message });
    } catch (error) {
      setStatus({ control, text: t('options_save_failed', [(error as Error).message]) });
    }
  };

  const saveSites = () => {
    const lines = sitesText.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);
    const valid = lines.map(normalizeSite).filter((site): site is string => !!site);
    const rejected = lines.length - valid.length;
    setSitesText([...new Set(valid)].join('\n'));
    void update('sites', { ...settings, disabledSites: valid }, rejected ? tn('options_saved_rejected', rejected) : t('options_saved'));
  };

  const restore = () => {
    setConfirming(false);
    setSitesText('');
    void update('sites', { ...DEFAULT_SETTINGS }, t('options_restored'));
    restoreButton.current?.focus();
  };
  // Restoring empties the person's site list: asked first, whenever there is one to lose.
  const askRestore = () => (settings.disabledSites.length ? setConfirming(true) : restore());

  return (
    <main>
      <h1>{t('options_title')}</h1>
      <Toggle
        id="show-badges"
        checked={settings.showBadges}
        onChange={(showBadges) => void update('show-badges', { ...settings, showBadges })}
        label={t('options_badges')}
        hint={t('options_badges_hint')}
        status={statusOf('show-badges')}
      />
      <Toggle
        id="show-cite-badges"
        checked={settings.showCiteBadges}
        disabled={!settings.showBadges}
        onChange={(showCiteBadges) => void update('show-cite-badges', { ...settings, showCiteBadges })}
        label={t('options_cites')}
        hint={t('options_cites_hint')}
        status={statusOf('show-cite-badges')}
      />
      <Toggle
        id="remember-traces"
        checked={settings.rememberTraces}
        onChange={(rememberTraces) =>
          // Turning it off also forgets what was kept, at once.
          void (rememberTraces ? Promise.resolve() : forgetTraces())
            .then(() => update('remember-traces', { ...settings, rememberTraces }, rememberTraces ? t('options_saved') : t('options_saved_forgotten')))
            .catch((error: Error) => setStatus({ control: 'remember-traces', text: t('options_forget_failed', [error.message]) }))
        }
        label={t('options_remember')}
        hint={t('options_remember_hint')}
        status={statusOf('remember-traces')}
      />
      <div class="sites">
        <label for="disabled-sites">{t('options_sites')}</label>
        <p class="hint" id="disabled-sites-hint">{t('options_sites_hint')}</p>
        <textarea id="disabled-sites" aria-describedby="disabled-sites-hint" value={sitesText} onInput={(event) => setSitesText(event.currentTarget.value)} />
        <div class="row">
          <button type="button" id="save-sites" onClick={saveSites}>{t('options_save_sites')}</button>
          <button type="button" id="restore-defaults" ref={restoreButton} onClick={askRestore} aria-expanded={confirming}>
            {t('options_restore')}
          </button>
          <Status id="sites" text={statusOf('sites')} />
        </div>
        {confirming && (
          <div class="confirm" role="group" aria-labelledby="restore-question">
            <p id="restore-question">{tn('options_restore_confirm', settings.disabledSites.length)}</p>
            <div class="row">
              <button type="button" id="restore-confirm" ref={confirmButton} onClick={restore}>{t('options_restore_yes')}</button>
              <button type="button" id="restore-cancel" onClick={() => { setConfirming(false); restoreButton.current?.focus(); }}>
                {t('options_cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
