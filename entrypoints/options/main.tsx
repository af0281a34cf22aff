import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, normalizeSite, saveSettings, type Settings } from '@/utils/settings';
import { forgetTraces } from '@/utils/trace-cache';

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

  if (!settings) return <p class="state">Loading settings…</p>;

  const update = async (next: Settings, message = 'Saved') => {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus(message);
    } catch (error) {
      setStatus(`Could not save: ${(error as Error).message}`);
    }
  };

  const saveSites = () => {
    const lines = sitesText.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);
    const valid = lines.map(normalizeSite).filter((site): site is string => !!site);
    const rejected = lines.length - valid.length;
    setSitesText([...new Set(valid)].join('\n'));
    void update({ ...settings, disabledSites: valid }, rejected ? `Saved; ${rejected} line(s) were not site names and were left out` : 'Saved');
  };

  return (
    <main>
      <h1>Upstream settings</h1>
      <Toggle
        id="show-badges"
        checked={settings.showBadges}
        onChange={(showBadges) => void update({ ...settings, showBadges })}
        label="Show badges on pages"
        hint="Small labels beside the sentences that name where a story came from."
      />
      <Toggle
        id="show-cite-badges"
        checked={settings.showCiteBadges}
        disabled={!settings.showBadges}
        onChange={(showCiteBadges) => void update({ ...settings, showCiteBadges })}
        label="Also badge outlets the text cites"
        hint="“Reuters reported…”, “according to a report in…”: sources of a claim, not of the whole story."
      />
      <Toggle
        id="remember-traces"
        checked={settings.rememberTraces}
        onChange={(rememberTraces) =>
          // Turning it off also forgets what was kept, at once.
          void (rememberTraces ? Promise.resolve() : forgetTraces())
            .then(() => update({ ...settings, rememberTraces }, rememberTraces ? 'Saved' : 'Saved; traced pages forgotten'))
            .catch((error: Error) => setStatus(`Could not forget traced pages: ${error.message}`))
        }
        label="Remember what Trace upstream found for 24 hours"
        hint="Publishers and quotes from the sources’ pages, kept on this device so a second trace reads nothing again."
      />
      <div class="sites">
        <label for="disabled-sites">Sites where Upstream stays off</label>
        <p class="status">One site per line, e.g. example.com (its subdomains are included).</p>
        <textarea id="disabled-sites" value={sitesText} onInput={(event) => setSitesText(event.currentTarget.value)} />
        <div class="row">
          <button type="button" id="save-sites" onClick={saveSites}>Save sites</button>
          <button type="button" onClick={() => { setSitesText(''); void update({ ...DEFAULT_SETTINGS }, 'Defaults restored'); }}>
            Restore defaults
          </button>
          <span class="status" role="status">{status}</span>
        </div>
      </div>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
