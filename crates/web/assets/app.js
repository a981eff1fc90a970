// Samtal staff UI. Plain JavaScript, no dependencies; the pages work without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Move focus to the first error or status message so screen readers announce it.
  var message = document.querySelector("[role=alert], #verification");
  if (message) {
    message.setAttribute("tabindex", "-1");
    message.focus();
  }
});
