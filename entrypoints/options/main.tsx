import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, normalizeSite, saveSettings, type Settings } from '@/utils/settings';
import { forgetTraces } from '@/utils/trace-cache';

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
      <div class="setting">
        <input
          id="show-badges"
          type="checkbox"
          checked={settings.showBadges}
          onChange={(event) => void update({ ...settings, showBadges: event.currentTarget.checked })}
        />
        <div>
          <label for="show-badges">Show badges on pages</label>
          <p>Small labels beside the sentences that name where a story came from.</p>
        </div>
      </div>
      <div class="setting">
        <input
          id="show-cite-badges"
          type="checkbox"
          checked={settings.showCiteBadges}
          disabled={!settings.showBadges}
          onChange={(event) => void update({ ...settings, showCiteBadges: event.currentTarget.checked })}
        />
        <div>
          <label for="show-cite-badges">Also badge outlets the text cites</label>
          <p>“Reuters reported…”, “according to a report in…”: sources of a claim, not of the whole story.</p>
        </div>
      </div>
      <div class="setting">
        <input
          id="remember-traces"
          type="checkbox"
          checked={settings.rememberTraces}
          onChange={(event) => {
            const remember = event.currentTarget.checked;
            // Turning it off also forgets what was kept, at once.
            void (remember ? Promise.resolve() : forgetTraces())
              .then(() => update({ ...settings, rememberTraces: remember }, remember ? 'Saved' : 'Saved; traced pages forgotten'))
              .catch((error: Error) => setStatus(`Could not forget traced pages: ${error.message}`));
          }}
        />
        <div>
          <label for="remember-traces">Remember what Trace upstream found for 24 hours</label>
          <p>Publishers and quotes from the sources’ pages, kept on this device so a second trace reads nothing again.</p>
        </div>
      </div>
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
