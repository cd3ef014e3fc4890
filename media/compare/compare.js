// @ts-check
// The compare panel's only script (loaded with the page's nonce). It never builds HTML from document
// text: the extension sends the already-escaped body, and this script only wires clicks and keys.
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('compare'));

  // Lets the panel serializer reopen the same two reports after a window reload.
  vscode.setState({ a: document.body.dataset.a, b: document.body.dataset.b });

  /** @param {string} side @param {string} id */
  function passageMarks(side, id) {
    return Array.from(main.querySelectorAll(`mark.passage[data-side="${side}"]`)).filter((m) =>
      (/** @type {HTMLElement} */ (m).dataset.passages || '').split(' ').includes(id));
  }

  /** Scrolls only the text column, not the whole page, so both columns stay in view. @param {Element} target */
  function scrollColumnTo(target) {
    const column = target.closest('.text');
    if (!column) return;
    const offset = target.getBoundingClientRect().top - column.getBoundingClientRect().top;
    column.scrollTop += offset - column.clientHeight / 3;
  }

  /** @param {string} side @param {number} start @param {number} end */
  function reveal(side, start, end) {
    vscode.postMessage({ type: 'reveal', side, start, end });
  }

  /** A passage: highlight it on both sides, scroll the other side to it, show it in the editor. @param {HTMLElement} mark */
  function activatePassage(mark) {
    const side = mark.dataset.side || 'a';
    const other = side === 'a' ? 'b' : 'a';
    const id = (mark.dataset.passages || '').split(' ')[0];
    const mine = passageMarks(side, id);
    const theirs = passageMarks(other, id);
    main.querySelectorAll('mark.passage.active').forEach((m) => m.classList.remove('active'));
    for (const m of [...mine, ...theirs]) m.classList.add('active');
    if (theirs[0]) scrollColumnTo(theirs[0]);
    const starts = mine.map((m) => Number(/** @type {HTMLElement} */ (m).dataset.start));
    const ends = mine.map((m) => Number(/** @type {HTMLElement} */ (m).dataset.end));
    reveal(side, Math.min(...starts), Math.max(...ends));
  }

  /** @param {Element} target */
  function activate(target) {
    const el = /** @type {HTMLElement | SVGElement} */ (target);
    if (el instanceof HTMLElement && el.matches('mark.passage')) return activatePassage(el);
    const { side, start, end } = el.dataset;
    if (side && start !== undefined && end !== undefined) reveal(side, Number(start), Number(end));
  }

  main.addEventListener('click', (event) => {
    const target = /** @type {Element} */ (event.target);
    if (target.closest('a')) return; // image links open in the browser, via the webview host
    const actionable = target.closest('[data-start]');
    if (actionable) activate(actionable);
  });

  main.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = /** @type {Element} */ (event.target);
    const actionable = target.closest && target.closest('[data-start]');
    if (!actionable) return;
    event.preventDefault();
    activate(actionable);
  });

  /** The timeline is wider than the panel: start it at the first event both reports share. */
  function scrollTimelineToFirstPair() {
    const scroller = main.querySelector('.timeline-scroll');
    const pair = main.querySelector('svg.timeline line.pair');
    if (scroller && pair) scroller.scrollLeft = Math.max(0, Number(pair.getAttribute('x1')) - scroller.clientWidth / 3);
  }
  scrollTimelineToFirstPair();

  // Live updates: the extension re-renders after an edit; keep the reader's place in both columns.
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.body !== 'string') return;
    const scrolls = Array.from(main.querySelectorAll('.text')).map((t) => t.scrollTop);
    const pageScroll = document.scrollingElement ? document.scrollingElement.scrollTop : 0;
    const timelineScroll = main.querySelector('.timeline-scroll')?.scrollLeft ?? 0;
    main.innerHTML = message.body;
    main.querySelectorAll('.text').forEach((t, i) => { t.scrollTop = scrolls[i] || 0; });
    const timeline = main.querySelector('.timeline-scroll');
    if (timeline) timeline.scrollLeft = timelineScroll;
    if (document.scrollingElement) document.scrollingElement.scrollTop = pageScroll;
  });
})();
