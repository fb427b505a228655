/**
 * Runs work that no first paint needs (the vendor table's filters, the
 * search page's search) once the page has been painted. Started earlier,
 * their requests and start-up shared the first paint's network and main
 * thread, and Lighthouse's simulated slow 4G counted each of them, and the
 * chain of imports behind them, before the paint (vendor and search 99, not 100).
 *
 * "Painted" is the browser's own first-contentful-paint entry, then two
 * animation frames more (two frames alone were not enough on a loaded
 * machine: the paint reached the screen after the work had started). Where
 * paint timing is missing, two frames; if no paint is reported within a
 * second (which should not happen on a shown page), the work starts anyway.
 */
export function afterFirstPaint(work: () => void): void {
  let started = false;
  const run = () => {
    if (started) return;
    started = true;
    work();
  };
  // The first paint can hold only the part parsed by then (seen under load: the header, then the
  // footer a frame later, which is the largest paint); the document is parsed when this runs, so
  // two frames more put the whole of it on screen first.
  const start = (): void => {
    requestAnimationFrame(() => requestAnimationFrame(run));
  };
  // A tab opened in the background paints nothing until it is shown: start at once there.
  if (document.visibilityState === 'hidden') return run();
  if (performance.getEntriesByName('first-contentful-paint').length) return start();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    start();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(run, 1000);
}
