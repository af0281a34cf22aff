import { useEffect, useRef, useState } from 'preact/hooks';
import type { Provenance } from '@/utils/provenance/types';
import type { TraceResult, TraceStep } from '@/utils/trace';
import { awaitPermission, nextUrl, PERMISSION_TIMEOUT_MS, requestSite, runTrace } from '@/utils/popup-trace';
import { formatList, t, tn } from '@/utils/i18n';

/** A step's state: "reading…", "found The Record", … */
function stepLabel(step: TraceStep): string {
  switch (step.status) {
    case 'reading':
      return t('trace_step_reading');
    case 'found':
      return t('trace_step_found', [formatList(step.added)]);
    case 'no-source':
      return t('trace_step_no_source');
    case 'blocked':
      return t('trace_step_blocked');
    case 'failed':
      return t('trace_step_failed');
  }
}

function stopLabel(result: TraceResult): string {
  switch (result.stoppedBecause) {
    case 'origin':
      return t('trace_stop_origin');
    case 'no-url':
      return t('trace_stop_no_url');
    case 'cycle':
      return t('trace_stop_cycle');
    case 'max-steps':
      return tn('trace_stop_max_steps', result.steps.length);
    case 'blocked':
      return t('trace_stop_blocked');
    case 'failed':
      return t('trace_stop_failed');
  }
}

interface Props {
  provenance: Provenance;
  pageUrl: string;
  onChain: (provenance: Provenance) => void;
}

/** "Trace upstream": reads each source's own page, on the person's click and permission only. */
export function TracePanel({ provenance, pageUrl, onChain }: Props) {
  const [steps, setSteps] = useState<TraceStep[]>([]);
  const [result, setResult] = useState<TraceResult | undefined>();
  const [running, setRunning] = useState(false);
  // The site whose permission prompt is open, while the popup waits for the person's answer.
  const [asking, setAsking] = useState<string | undefined>();
  const [ended, setEnded] = useState<'cancelled' | 'timed-out' | undefined>();
  const cancel = useRef<AbortController | undefined>();
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The trace button is disabled while the prompt is open: the keyboard's focus goes on to Cancel.
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
  }, [asking]);
  const readUrls = steps.filter((step) => step.status !== 'blocked').map((step) => step.url);
  const target = nextUrl(provenance, readUrls);
  const unreadable = provenance.chain.length > 1 && !provenance.chain[0].url ? provenance.chain[0].name : undefined;

  const trace = () => {
    if (!target) return;
    // The permission prompt must come straight from the click, before anything is awaited.
    const asked = requestSite(target);
    const controller = new AbortController();
    cancel.current = controller;
    setRunning(true);
    setEnded(undefined);
    setAsking(new URL(target).hostname);
    const earlier = steps.filter((step) => step.status !== 'blocked');
    void awaitPermission(asked, controller.signal)
      .then(async (answer) => {
        setAsking(undefined);
        if (answer === 'cancelled' || answer === 'timed-out') return setEnded(answer);
        // A refusal still runs: the step is shown as blocked, and nothing is read.
        const outcome = await runTrace(provenance, pageUrl, (live) => setSteps([...earlier, ...live]));
        setResult(outcome);
        onChain({ ...provenance, chain: outcome.chain });
      })
      .finally(() => setRunning(false));
  };

  if (!target && !steps.length) {
    return unreadable ? <p class="trace-note">{t('trace_no_link', [unreadable])}</p> : null;
  }
  return (
    <section class="trace" aria-label={t('trace_label')}>
      {target && result?.stoppedBecause !== 'origin' && (
        <div class="trace-row">
          <button type="button" class="trace-button" disabled={running} onClick={trace}>
            {running ? t('trace_running') : steps.length ? t('trace_continue') : t('trace_button')}
          </button>
          {asking && (
            <button type="button" class="trace-cancel" ref={cancelButton} onClick={() => cancel.current?.abort()}>
              {t('trace_cancel')}
            </button>
          )}
        </div>
      )}
      <p class="trace-permission" role="status">
        {asking
          ? t('trace_waiting', [asking])
          : ended === 'cancelled'
            ? t('trace_cancelled')
            : ended === 'timed-out'
              ? tn('trace_timed_out', PERMISSION_TIMEOUT_MS / 1000)
              : ''}
      </p>
      {!steps.length && !asking && !ended && target && <p class="trace-note">{t('trace_hint', [new URL(target).hostname])}</p>}
      {steps.length > 0 && (
        <ol class="trace-steps" aria-live="polite">
          {steps.map((step, index) => (
            <li key={`${step.url}-${index}`} data-status={step.status}>
              <span class="node-name">{step.name}</span> <span class="node-domain">{new URL(step.url).hostname}</span>
              {t('colon')}
              {stepLabel(step)}
              {step.error && step.status !== 'blocked' && ` (${step.error})`}
            </li>
          ))}
        </ol>
      )}
      {result && !running && <p class="trace-note">{stopLabel(result)}</p>}
    </section>
  );
}
