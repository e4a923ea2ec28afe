// Coalesce many change notifications into at most one call per interval, on an animation frame.
export function frameThrottle(fn: () => void, minIntervalMs: number): () => void {
  let scheduled = false;
  let last = 0;
  const run = () => {
    scheduled = false;
    last = performance.now();
    fn();
  };
  return () => {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, minIntervalMs - (performance.now() - last));
    const frame = () => (document.hidden ? setTimeout(run, 0) : requestAnimationFrame(run));
    if (wait > 0) setTimeout(frame, wait);
    else frame();
  };
}
