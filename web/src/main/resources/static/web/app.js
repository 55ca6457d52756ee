// Orientation numérique: JavaScript only improves pages that work without it (htmx does the live parts).
// After an htmx swap, move the focus to the first error of a form, as a full page load does with autofocus.
document.addEventListener('htmx:afterSwap', function (event) {
  var firstError = event.target.querySelector('[data-first-error]');
  if (firstError) {
    firstError.focus();
  }
});
