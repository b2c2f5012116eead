// Progressive enhancement only: every page works without this script (CSP allows no inline
// script, so behaviour hangs on data attributes printed by the server).
(() => {
  'use strict';

  // Side by side: focusing or hovering a sentence lights it and its counterparts
  // (data-pair lists their ids); on focus the counterpart is scrolled into view in its column.
  const lit = new Set();
  const unlight = () => {
    for (const el of lit) el.classList.remove('lit');
    lit.clear();
  };
  const light = (sentence, scroll) => {
    unlight();
    const ids = (sentence.dataset.pair || '').split(' ').filter(Boolean);
    const others = ids.map((id) => document.getElementById(id)).filter(Boolean);
    for (const el of [sentence, ...others]) {
      el.classList.add('lit');
      lit.add(el);
    }
    if (scroll && others[0]) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      others[0].scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
  };
  const sentenceOf = (target) => (target instanceof Element ? target.closest('.columns .sent[data-pair]') : null);
  document.addEventListener('focusin', (e) => {
    const s = sentenceOf(e.target);
    if (s) light(s, true);
  });
  document.addEventListener('focusout', (e) => {
    if (sentenceOf(e.target)) unlight();
  });
  document.addEventListener('mouseover', (e) => {
    const s = sentenceOf(e.target);
    if (s) light(s, false);
  });
  document.addEventListener('mouseout', (e) => {
    const s = sentenceOf(e.target);
    if (s && !s.contains(e.relatedTarget) && document.activeElement !== s) unlight();
  });

  // Evidence: following a link to words lights every piece of them (the id is on the first
  // piece only), not just the :target. Evidence ids are plain ASCII (w-l-847-857), so the hash is
  // used as it is: decoding a typed "#%" threw.
  const litEvidence = new Set();
  const showEvidence = () => {
    for (const el of litEvidence) el.classList.remove('lit-ev');
    litEvidence.clear();
    const id = location.hash.slice(1);
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    // Words inside a folded run of rows or a folded section: open it and scroll again (Chromium
    // opens a closed <details> for a fragment by itself; other browsers do not).
    let opened = false;
    for (let d = target.closest('details:not([open])'); d; d = d.parentElement && d.parentElement.closest('details:not([open])')) {
      d.open = true;
      opened = true;
    }
    if (opened) target.scrollIntoView({ block: 'start' });
    if (!target.dataset.ev) return;
    for (const el of document.querySelectorAll('[data-ev]')) {
      if (el.dataset.ev !== id) continue;
      el.classList.add('lit-ev');
      litEvidence.add(el);
    }
  };
  window.addEventListener('hashchange', showEvidence);
  showEvidence();

  // Printing: open every collapsed part so the paper shows all findings and explanations.
  const opened = [];
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details:not([open])')) {
      d.open = true;
      opened.push(d);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });

  // A print button, shown only where this script runs.
  for (const item of document.querySelectorAll('[data-print]')) {
    item.hidden = false;
    item.querySelector('button')?.addEventListener('click', () => window.print());
  }

  // A page that says Parallax is still working reloads itself after the time it names.
  const waiting = document.querySelector('[data-retry-after]');
  if (waiting) {
    const seconds = Number(waiting.getAttribute('data-retry-after')) || 3;
    setTimeout(() => location.reload(), seconds * 1000);
  }
})();
