/* The PP 50/2025 discount's status on the visitor's day. Each [data-live-to] element holds a status the
   build wrote, dated and true on any day; this rewrites it for today in Jakarta (UTC+7, as
   ContributionCalculator.Today) with the page's phrases (LiveText.Phrases). LiveText.Status is the C#
   twin; LiveScriptTests holds both to the same answers. */
(function () {
  "use strict";

  /* Day numbers since 1970-01-01: ISO "yyyy-mm-dd", and a clock's milliseconds read in Jakarta. */
  function day(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5; }

  function today(ms) { return Math.floor((ms + 7 * 36e5) / 864e5); }

  function status(from, to, now, t) {
    var n;
    if (now < from) { n = from - now; return n === 1 ? t.tomorrow : t.soon.replace("{n}", n); }
    if (now > to) { return t.ended; }
    n = to - now + 1;
    return n === 1 ? t.last : t.on.replace("{n}", n);
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
    e.textContent = status(day(e.getAttribute("data-live-from")), day(e.getAttribute("data-live-to")), now, t);
  }
})();
