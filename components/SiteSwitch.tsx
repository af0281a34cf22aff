import { useEffect, useState } from 'preact/hooks';
import { isSiteDisabled, normalizeSite } from '@/utils/settings';
import { getSettings, saveSettings } from '@/utils/settings-store';
import { t } from '@/utils/i18n';

/** The site a tab's address belongs to, as the settings list it ("www.example.com/x" → "example.com"). */
export function siteOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return normalizeSite(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

interface Props {
  site: string;
  onSwitched: (off: boolean) => void;
}

/** "Off on example.com": adds the site to the settings' list, or takes it (and any site above it) off. */
export function SiteSwitch({ site, onSwitched }: Props) {
  const [off, setOff] = useState<boolean | undefined>();
  useEffect(() => {
    void getSettings().then((settings) => setOff(isSiteDisabled(settings, site)));
  }, [site]);
  if (off === undefined) return null;
  const toggle = async (next: boolean) => {
    const settings = await getSettings();
    const others = settings.disabledSites.filter((listed) => !(site === listed || site.endsWith(`.${listed}`)));
    await saveSettings({ ...settings, disabledSites: next ? [...others, site] : others });
    setOff(next);
    onSwitched(next);
  };
  return (
    <label class="site-switch">
      <input type="checkbox" role="switch" checked={off} onChange={(event) => void toggle(event.currentTarget.checked)} />
      <span>{t('popup_site_off', [site])}</span>
    </label>
  );
}
