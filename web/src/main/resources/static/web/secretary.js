// Orientation numérique, the secretary's slip: the "Imprimer la fiche" button. It stays hidden without JavaScript,
// where the line beside it (Ctrl + P) says how to print; no inline script anywhere (CSP script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
});
