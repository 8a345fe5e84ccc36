/* Contribution calculator. Mirrors ContributionCalculator (knowledge/Rules) exactly: band = the
   largest "from" not above the income; JKK = base x rate; JKM flat; JHT = base x rate; the discount
   on JKK + JKM when in force for the sector and month (never for government-paid). Rates arrive as
   integers of 1/scale, so the sums are whole numbers until the one division at the end. */
(function () {
  "use strict";

  function quote(d, declared, sector, month) {
    var income = Math.max(0, declared), b = d.bands[0], next = null, i, p, s = d.scale;
    for (i = 0; i < d.bands.length; i++) {
      if (d.bands[i][1] <= income) { b = d.bands[i]; next = d.bands[i + 1] || null; } else { break; }
    }
    var jkk = b[2] * d.jkk, jkm = d.jkm * s, jht = b[2] * d.jht, disc = null;
    if (sector !== "government") {
      for (i = 0; i < d.discounts.length; i++) {
        p = d.discounts[i];
        if (p.sector === sector && month >= p.first && month <= p.last) { disc = p; }
      }
    }
    var q = {
      band: b[0], from: b[1], upper: next ? next[1] - 1 : null, base: b[2],
      jkk: jkk / s, jkm: jkm / s, jht: jht / s,
      normal: (jkk + jkm) / s, normalWithJht: (jkk + jkm + jht) / s,
      discounted: null, discountedWithJht: null
    };
    if (disc) {
      q.discounted = (jkk + jkm) * (s - disc.rate) / (s * s);
      q.discountedWithJht = ((jkk + jkm) * (s - disc.rate) + jht * s) / (s * s);
    }
    q.payable = q.discounted === null ? q.normal : q.discounted;
    return q;
  }

  /* IncomeText (knowledge/Text), over its words in g = d.income: one monthly income, {rupiah} or {problem}.
     Fixtures/amounts/income_vectors.json holds this and the C# to the same answers. */
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  function amount(x) {
    var s = x[0], u = x[1], m, d;
    if (x[2] || u === 0) { return "unclearNumber"; }
    if (u !== null) {
      m = /^([0-9]+)(?:[.,]([0-9]{1,2}))?$/.exec(s);
      if (!m) { return "unclearNumber"; }
      d = m[1].replace(/^0+/, "");
      return d.length > 12 ? "tooLarge" : Number(d) * u + (m[2] ? Number(m[2]) * u / (m[2].length === 1 ? 10 : 100) : 0);
    }
    if (/^[0-9]+$|^[0-9]{1,3}(?:\.[0-9]{3})+$|^[0-9]{1,3}(?:,[0-9]{3})+$/.test(s)) {
      d = s.replace(/[.,]/g, "").replace(/^0+/, "");
      return d.length > 12 ? "tooLarge" : Number(d);
    }
    return /^[0-9]+[.,][0-9]{1,2}$/.test(s) ? "noUnit" : "unclearNumber";
  }

  function readIncome(text, g) {
    var s = String(text || ""), b = "", neg = false, n = [], unk = false, nm = false, bare = false, i, c, dn, t, m, u, was, v, w;
    for (i = 0; i < s.length; i++) {
      c = s.charAt(i);
      if (c >= "A" && c <= "Z") { c = c.toLowerCase(); }
      dn = /[0-9]/.test(s.charAt(i + 1));
      if (/[a-z0-9]/.test(c)) { b += c; continue; }
      if ((c === "." || c === ",") && dn && /[0-9]$/.test(b)) { b += c; continue; }
      if ((c === "-" || c === "\u2212") && dn && !/[0-9] *$/.test(b)) { neg = true; }
      b += " ";
    }
    t = b.split(" ").filter(function (x) { return x; });
    for (i = 0; i < t.length; i++) {
      was = bare;
      bare = false;
      if (i + 1 < t.length && g.ignore.indexOf(t[i] + " " + t[i + 1]) >= 0) { i++; continue; }
      if (g.ignore.indexOf(t[i]) >= 0) { continue; }
      if (g.notMonthly.indexOf(t[i]) >= 0) { nm = true; continue; }
      m = /^(?:rp|idr)?([0-9]+(?:[.,][0-9]+)*)([a-z]*)$/.exec(t[i]);
      if (m) {
        u = m[2] ? (has(g.units, m[2]) ? g.units[m[2]] : 0) : null;
        n.push([m[1], u, false]);
        bare = u === null;
      } else if (was && has(g.units, t[i])) { n[n.length - 1][1] = g.units[t[i]]; }
      else if (/[0-9]/.test(t[i])) { n.push([t[i], null, true]); }
      else { unk = true; }
    }
    var both = n.length === 2 && n[0][1] === 1e6 && n[1][1] === 1e3;
    v = !n.length ? "noNumber" : neg ? "negative" : n.length > 1 && !both ? "several" : nm ? "notMonthly" : unk ? "unknownWord" : amount(n[0]);
    if (both && typeof v === "number") { w = amount(n[1]); v = typeof w !== "number" ? w : w >= 1e6 ? "several" : v + w; }
    if (typeof v === "number") { v = v === 0 ? "zero" : n[0][1] === null && v < g.bare ? "noUnit" : v > g.max ? "tooLarge" : v; }
    return typeof v === "number" ? { rupiah: v } : { problem: v };
  }

  /* ValueFormatter.Number: "#,0.####", with '.' and ',' swapped in Indonesian. */
  function num(v, lang) {
    var parts = Math.abs(v).toFixed(4).split("."), en = lang === "en";
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, en ? "," : ".");
    var frac = parts[1].replace(/0+$/, "");
    return (v < 0 ? "-" : "") + whole + (frac ? (en ? "." : ",") + frac : "");
  }

  function rp(v, lang) { return "Rp" + num(v, lang); }

  if (typeof document === "undefined") {
    module.exports = { quote: quote, num: num, rp: rp, readIncome: readIncome };
    return;
  }

  var dataEl = document.getElementById("data-iuran"), form = document.getElementById("kalkulator");
  if (!dataEl || !form) { return; }
  var d = JSON.parse(dataEl.textContent), t = d.t, out = document.getElementById("hasil"), det = document.getElementById("rincian");
  var month = document.getElementById("bulan"), income = document.getElementById("penghasilan"), wa = document.getElementById("bagikan");
  /* The contribution month in Jakarta (UTC+7), like ContributionCalculator.Today. */
  month.value = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 7);

  function add(parent, tag, text) {
    var e = document.createElement(tag);
    e.textContent = text;
    parent.appendChild(e);
    return e;
  }

  function row(dl, label, value) {
    add(dl, "dt", label);
    return add(dl, "dd", typeof value === "number" ? rp(value, d.lang) : value);
  }

  /* A radio value's name in deep links (?sektor=transportasi). */
  function code(v) { for (var k in d.sectors) { if (d.sectors[k] === v) { return k; } } return ""; }

  function show() {
    var r = readIncome(income.value, d.income), box = form.querySelector("input[name=sektor]:checked"), sector = box.value, m = month.value;
    out.textContent = det.textContent = "";
    wa.parentNode.hidden = true;
    if (r.problem) {
      add(out, "span", t.income[r.problem] + " " + t.invalid).id = "iuran-masalah";
      return;
    }
    var q = quote(d, r.rupiah, sector, m), dl = add(det, "dl", ""), u = d.url + "?penghasilan=" + encodeURIComponent(income.value) + "&sektor=" + code(sector);
    add(out, "span", t.payable + ": ");
    add(out, "strong", rp(q.payable, d.lang)).id = "iuran-bayar";
    row(dl, t.band, q.band + " (" + rp(q.from, d.lang) + (q.upper === null ? " " + t.above : " " + t.upTo + " " + rp(q.upper, d.lang)) + ")");
    row(dl, t.base, q.base);
    row(dl, t.jkk, q.jkk);
    row(dl, t.jkm, q.jkm);
    row(dl, t.normal, q.normal);
    if (q.discounted === null) { row(dl, t.discounted, t.none); } else { row(dl, t.discounted, q.discounted).id = "iuran-diskon"; }
    row(dl, t.jht, q.jht);
    row(dl, t.withJht, q.discounted === null ? q.normalWithJht : q.discountedWithJht);
    /* What the person saw, in words a WhatsApp contact can read without the page. */
    wa.href = "https://wa.me/?text=" + encodeURIComponent(t.share.replace("{income}", rp(r.rupiah, d.lang))
      .replace("{sector}", box.parentNode.textContent.trim()).replace("{month}", t.months[+m.slice(5) - 1] + " " + m.slice(0, 4))
      .replace("{pay}", rp(q.payable, d.lang)).replace("{normal}", rp(q.normal, d.lang)) + " " + u);
    wa.parentNode.hidden = false;
    history.replaceState(null, "", u.slice(d.url.length));
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); show(); });
  form.addEventListener("change", function () { if (income.value) { show(); } });
  form.hidden = false;
  /* A deep link (/kalkulator/?penghasilan=3jt&sektor=transportasi) opens with its result shown. */
  var p = new URLSearchParams(location.search), s = p.get("sektor"), v = p.get("penghasilan");
  if (s !== null && has(d.sectors, s)) { form.querySelector("input[name=sektor][value=" + d.sectors[s] + "]").checked = true; }
  if (v !== null) { income.value = v; show(); out.scrollIntoView({ block: "center" }); }
})();
