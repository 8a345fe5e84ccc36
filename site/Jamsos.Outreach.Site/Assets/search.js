/* Search with Pagefind's index (written by "npx pagefind" after the build). Pagefind picks the
   index for this page's <html lang>, so Indonesian pages search Indonesian answers with its
   Indonesian stemming. The index and its runtime load only when someone searches. */
(function () {
  "use strict";
  var form = document.getElementById("cari"), input = document.getElementById("q");
  var status = document.getElementById("status"), list = document.getElementById("hasil");
  var pagefind = null, timer = 0, latest = 0;
  if (!form || !input || !status || !list) { return; }
  status.textContent = "";

  function load() {
    if (!pagefind) {
      pagefind = import("/pagefind/pagefind.js").then(function (pf) {
        return pf.options({ excerptLength: 24 }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function say(text) { status.textContent = text; }

  function words(text) { return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w; }); }

  /* Best bets: an answer's search keywords (front matter "search:", SearchKeywords) name the answer
     people mean by them. Pagefind's weights lift those pages but cannot outweigh a page that says
     "ojol" ten times, so a page with a keyword whose every word is in the query comes first, the
     longest keyword first ("cek saldo jht" before "jht"); Pagefind's order stands otherwise. */
  function bet(r, q) {
    var best = 0;
    ((r.meta && r.meta.keywords) || "").split(";").forEach(function (k) {
      var w = words(k);
      if (w.length && w.every(function (x) { return q.indexOf(x) >= 0; }) && k.length > best) { best = k.length; }
    });
    return best;
  }

  async function run(query) {
    var ticket = ++latest;
    if (!query.trim()) { list.textContent = ""; say(""); return; }
    try {
      var pf = await load();
      var found = await pf.search(query), q = words(query);
      var results = await Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
      results = results.map(function (r, i) { return [bet(r, q), i, r]; })
        .sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; }).slice(0, 10).map(function (x) { return x[2]; });
      if (ticket !== latest) { return; }
      list.textContent = "";
      results.forEach(function (r) {
        var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("p");
        a.href = r.url;
        a.textContent = (r.meta && r.meta.title) || r.url;
        /* Pagefind's excerpt is escaped page text with <mark> around the matches. */
        p.innerHTML = r.excerpt;
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
      say(results.length ? status.getAttribute("data-count").replace("{n}", String(found.results.length)) : status.getAttribute("data-none"));
    } catch (e) {
      say(status.getAttribute("data-error"));
    }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 250);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
