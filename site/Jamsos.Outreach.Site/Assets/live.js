/* PP 50/2025 discount status for today in Jakarta (UTC+7) in each [data-live-to] element, from the
   page's LiveText.Phrases ({end}: data-live-end). C# twin: LiveText.Status (LiveScriptTests). */
(function () {
  "use strict";

  /* Day numbers since 1970-01-01: of "yyyy-mm-dd", and of a clock's milliseconds in Jakarta. */
  function day(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5; }

  function today(ms) { return Math.floor((ms + 7 * 36e5) / 864e5); }

  function status(from, to, now, t, end) {
    var n;
    if (now < from) { n = from - now; return n === 1 ? t.tomorrow : t.soon.replace("{n}", n); }
    if (now > to) { return t.ended; }
    n = to - now + 1;
    return (n === 1 ? t.last : t.on.replace("{n}", n)).replace("{end}", end);
  }

  if (typeof document === "undefined") {
    module.exports = { day: day, today: today, status: status };
    return;
  }

  var data = document.getElementById("data-live");
  if (!data) { return; }
  var t = JSON.parse(data.textContent), now = today(Date.now()), live = document.querySelectorAll("[data-live-to]"), i, e;
  for (i = 0; i < live.length; i++) {
    e = live[i];
    e.textContent = status(day(e.getAttribute("data-live-from")), day(e.getAttribute("data-live-to")), now, t, e.getAttribute("data-live-end"));
  }
})();
