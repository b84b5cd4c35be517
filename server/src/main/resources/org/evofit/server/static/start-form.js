/*
 * The start form's data-set choosers: only the fieldset of the model chosen shows (and is sent); the others
 * are hidden and disabled. Without this script every fieldset shows and the service reads the chosen
 * model's alone.
 */
(function () {
  'use strict';

  var model = document.getElementById('start-model');
  if (!model) {
    return;
  }

  function showChosen() {
    document.querySelectorAll('fieldset.data-sets').forEach(function (set) {
      var chosen = set.getAttribute('data-model') === model.value;
      set.hidden = !chosen;
      set.disabled = !chosen;
    });
  }

  model.addEventListener('change', showChosen);
  showChosen();
})();
