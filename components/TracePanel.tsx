import { useState } from 'preact/hooks';
import type { Provenance } from '@/utils/provenance/types';
import type { TraceResult, TraceStep } from '@/utils/trace';
import { nextUrl, requestSite, runTrace } from '@/utils/popup-trace';

const STEP_LABEL: Record<TraceStep['status'], string> = {
  reading: 'reading…',
  found: 'found',
  'no-source': 'no source named',
  blocked: 'blocked: permission not given',
  failed: 'failed',
};

const STOP_LABEL: Record<TraceResult['stoppedBecause'], string> = {
  origin: 'Reached the origin: its page names no earlier source.',
  'no-url': 'The earliest source has no link to follow.',
  cycle: 'Stopped: the pages name each other.',
  'max-steps': 'Stopped after 5 pages.',
  blocked: 'Stopped: reading that site was not allowed.',
  failed: 'Stopped: a page could not be read.',
};

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
  const readUrls = steps.filter((step) => step.status !== 'blocked').map((step) => step.url);
  const target = nextUrl(provenance, readUrls);
  const unreadable = provenance.chain.length > 1 && !provenance.chain[0].url ? provenance.chain[0].name : undefined;

  const trace = () => {
    if (!target) return;
    // The permission prompt must come straight from the click, before anything is awaited.
    const asked = requestSite(target);
    setRunning(true);
    const earlier = steps.filter((step) => step.status !== 'blocked');
    void asked
      .then(() => runTrace(provenance, pageUrl, (live) => setSteps([...earlier, ...live])))
      .then((outcome) => {
        setResult(outcome);
        onChain({ ...provenance, chain: outcome.chain });
      })
      .finally(() => setRunning(false));
  };

  if (!target && !steps.length) {
    return unreadable ? <p class="trace-note">{unreadable} is named, but the page gives no link to its copy.</p> : null;
  }
  return (
    <section class="trace" aria-label="Trace upstream">
      {target && result?.stoppedBecause !== 'origin' && (
        <button type="button" class="trace-button" disabled={running} onClick={trace}>
          {running ? 'Tracing…' : steps.length ? 'Continue tracing' : 'Trace upstream'}
        </button>
      )}
      {!steps.length && <p class="trace-note">Reads the source’s own page ({new URL(target!).hostname}) after you allow it.</p>}
      {steps.length > 0 && (
        <ol class="trace-steps" aria-live="polite">
          {steps.map((step, index) => (
            <li key={`${step.url}-${index}`} data-status={step.status}>
              <span class="node-name">{step.name}</span> <span class="node-domain">{new URL(step.url).hostname}</span>:{' '}
              {STEP_LABEL[step.status]}
              {step.added.length > 0 && ` ${step.added.join(', ')}`}
              {step.error && step.status !== 'blocked' && ` (${step.error})`}
            </li>
          ))}
        </ol>
      )}
      {result && !running && <p class="trace-note">{STOP_LABEL[result.stoppedBecause]}</p>}
    </section>
  );
}
