/**
 * The batch's progress line on standard error: pages done, the rate, and with a known total (files,
 * folders, WARC files: their bytes) a bar and the time left. Drawn only on a terminal, at most ten
 * times a second, so a run whose stderr goes to a log gets the summary and nothing else.
 */
export class Progress {
  private readonly started = performance.now();
  private drawnAt = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
  ) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(pages: number, bytesDone: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.drawnAt < 100) return;
    this.drawnAt = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? pages / seconds : 0;
    let line = `${pages} pages  ${rate.toFixed(1)}/s`;
    if (this.totalBytes) {
      const fraction = Math.min(1, bytesDone / this.totalBytes);
      const width = 24;
      const filled = Math.round(fraction * width);
      const left = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(100 * fraction).toFixed(0).padStart(3)}%  ${line}  ETA ${clock(left)}`;
    }
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the line, so the summary starts on a clean one. */
  end(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
